// Crash consistency of a history import: refrainctl history import is SIGKILLed at random moments
// while it reads four scrobbler logs of 3,000 lines (each file is written in its own
// transaction, so kills land inside and between writes). After each kill the database is sound
// and no listen is doubled; importing the same files again completes with every listen present
// exactly once — the listens kept before the kill among them — and the history's totals are
// those of an import never interrupted.
#include "tests/crash/crashharness.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain::test;

namespace {

constexpr int kFiles = 4;
constexpr int kLinesPerFile = 3000;

// Every listen as the user would recognise it: artist, title and start time.
QStringList listensIn(CrashedDatabase &db) {
    return db.rows("SELECT a.name, t.name, l.started_at FROM listens l "
                   "JOIN history_artists a ON a.id = l.artist_ref "
                   "JOIN history_tracks t ON t.id = l.track_ref");
}

// Part `part` of a Rockbox .scrobbler.log in UTC: listens three minutes or more apart (never
// within the duplicate window of each other), some skipped by the player, some lines broken.
QByteArray scrobblerLog(int part, int &listens) {
    QByteArray log = "#AUDIOSCROBBLER/1.1\n#TZ/UTC\n#CLIENT/Rockbox crash-test\n";
    qint64 at = 1'420'070'400 + qint64(part) * kLinesPerFile * 300; // 2015-01-01 on
    for (int i = part * kLinesPerFile; i < (part + 1) * kLinesPerFile; ++i) {
        at += 180 + (i % 7) * 13;
        if (i % 97 == 0) {
            log += "a line cut short\t\n";
            continue;
        }
        const int artist = (i * 7) % 211;
        const int track = (i * 13) % 23;
        log += "Artist " + QByteArray::number(artist) + "\tAlbum " + QByteArray::number(artist % 5)
               + "\tSong " + QByteArray::number(track) + "\t" + QByteArray::number(track + 1) + "\t"
               + QByteArray::number(170 + track) + "\t" + (i % 50 == 0 ? "S" : "L") + "\t"
               + QByteArray::number(at) + "\t\n";
        listens += i % 50 == 0 ? 0 : 1;
    }
    return log;
}

} // namespace

class TestCrashImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_logs;
    QSet<QString> m_clean;
    QByteArray m_cleanStatus;
    qint64 m_cleanMs = 0;

    QString profile(int n) const { return m_dir.filePath(QStringLiteral("profile-%1").arg(n)); }
    QString database(int n) const {
        return QDir(profile(n)).filePath(QStringLiteral("library.db"));
    }
    ProcessRun ctl(int n, const QStringList &args, int killAfterMs = -1) const {
        return CrashHarness::run(QStringLiteral(REFRAINCTL_PATH),
                                 QStringList{QStringLiteral("--profile"), profile(n)} + args,
                                 killAfterMs);
    }
    ProcessRun import(int n, int killAfterMs = -1) const {
        return ctl(n, QStringList{QStringLiteral("history"), QStringLiteral("import")} + m_logs,
                   killAfterMs);
    }
    ProcessRun status(int n) const {
        return ctl(n,
                   {QStringLiteral("history"), QStringLiteral("status"), QStringLiteral("--json")});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        int expected = 0;
        for (int part = 0; part < kFiles; ++part) {
            m_logs.append(m_dir.filePath(QStringLiteral("part-%1.scrobbler.log").arg(part + 1)));
            QFile file(m_logs.last());
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(scrobblerLog(part, expected)) > 0);
        }

        const ProcessRun clean = import(0);
        QVERIFY2(clean.finished && clean.exitCode == 0, qPrintable(clean.describe()));
        m_cleanMs = clean.elapsedMs;
        CrashedDatabase db(database(0));
        QCOMPARE(db.integrity(), QStringLiteral("ok"));
        const QStringList listens = listensIn(db);
        m_clean = QSet<QString>(listens.cbegin(), listens.cend());
        QCOMPARE(m_clean.size(), listens.size());
        // Every line but the skipped and the broken ones is a listen.
        QCOMPARE(listens.size(), qsizetype(expected));
        const ProcessRun cleanStatus = status(0);
        QVERIFY2(cleanStatus.finished && cleanStatus.exitCode == 0,
                 qPrintable(cleanStatus.describe()));
        m_cleanStatus = cleanStatus.out;
        qInfo("import: a clean import of %lld listens takes %lld ms", qint64(listens.size()),
              m_cleanMs);
    }

    void killedImportsCompleteOnRestart() {
        CrashHarness harness("import");
        int kills = 0;
        int attempts = 0;
        while (kills < harness.kills()) {
            QVERIFY2(++attempts <= 3 * harness.kills(), "imports keep ending before the kill");
            const int n = attempts;
            const int at = harness.nextKillMs(m_cleanMs);
            const ProcessRun killed = import(n, at);
            if (!killed.killed) {
                QVERIFY2(killed.finished && killed.exitCode == 0, qPrintable(killed.describe()));
                QDir(profile(n)).removeRecursively();
                continue;
            }
            ++kills;
            const QString where = harness.where(kills, at);
            QSet<QString> kept; // listens the kill left: none may be lost or doubled later
            {
                CrashedDatabase db(database(n));
                if (db.isOpen() && db.hasTable("listens")) {
                    const QString integrity = db.integrity();
                    QVERIFY2(integrity == u"ok",
                             qPrintable(where + QStringLiteral("integrity_check: ") + integrity));
                    const QStringList listens = listensIn(db);
                    kept = QSet<QString>(listens.cbegin(), listens.cend());
                    QVERIFY2(kept.size() == listens.size(),
                             qPrintable(where + QStringLiteral("doubled listens after the kill")));
                    QVERIFY2(QSet<QString>(kept).subtract(m_clean).isEmpty(),
                             qPrintable(where + QStringLiteral("listens not in the log: ")
                                        + setDifference(kept, m_clean)));
                }
            }
            const ProcessRun again = import(n);
            QVERIFY2(again.finished && again.exitCode == 0,
                     qPrintable(where + QStringLiteral("the restart: ") + again.describe()));
            {
                CrashedDatabase db(database(n));
                const QString integrity = db.integrity();
                QVERIFY2(integrity == u"ok",
                         qPrintable(where + QStringLiteral("integrity_check: ") + integrity));
                const QStringList listens = listensIn(db);
                const QSet<QString> all(listens.cbegin(), listens.cend());
                QVERIFY2(
                    all.size() == listens.size(),
                    qPrintable(
                        where
                        + QStringLiteral("%1 listens doubled").arg(listens.size() - all.size())));
                QVERIFY2(all == m_clean, qPrintable(where + setDifference(all, m_clean)));
                QVERIFY2(all.contains(kept),
                         qPrintable(where + QStringLiteral("kept listens lost")));
            }
            const ProcessRun totals = status(n);
            QVERIFY2(totals.finished && totals.out == m_cleanStatus,
                     qPrintable(where
                                + QStringLiteral("history status differs from a clean "
                                                 "import's: ")
                                + QString::fromUtf8(totals.out) + QStringLiteral(" vs ")
                                + QString::fromUtf8(m_cleanStatus)));
            QDir(profile(n)).removeRecursively();
        }
        qInfo("import: %d kills in %d runs", kills, attempts);
    }
};

QTEST_GUILESS_MAIN(TestCrashImport)
#include "tst_crash_import.moc"
