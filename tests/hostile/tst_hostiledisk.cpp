// A full disk during a scan, a history import and an offline download (issue #10, hostile
// input). The disk is made full by the LD_PRELOAD shim (tests/support/diskfull) after a byte
// budget spent on the profile's folder — database, its WAL and the downloads alike — at several
// points of each piece of work. Every time refrainctl ends with an error that says the disk is
// full (no crash, no raw errno), the database passes integrity_check, what the profile held
// before is intact, nothing is doubled and no partial download counts as verified; once space
// is back the same command completes and leaves exactly what a run that never hit a full disk
// leaves.
#include "tests/hostile/diskrun.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/corpusgenerator.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/skipunlessci.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace refrain::test;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("sesame");

QSet<QString> rowSet(const QStringList &rows) {
    return QSet<QString>(rows.cbegin(), rows.cend());
}

QByteArray sha256Hex(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Part `part` of a Rockbox .scrobbler.log in UTC: 2,000 listens three minutes or more apart.
QByteArray scrobblerLog(int part) {
    QByteArray log = "#AUDIOSCROBBLER/1.1\n#TZ/UTC\n#CLIENT/Rockbox hostile-test\n";
    qint64 at = 1'420'070'400 + qint64(part) * 2000 * 300;
    for (int i = part * 2000; i < (part + 1) * 2000; ++i) {
        at += 180 + (i % 7) * 13;
        const int artist = (i * 7) % 211;
        const int track = (i * 13) % 23;
        log += "Artist " + QByteArray::number(artist) + "\tAlbum " + QByteArray::number(artist % 5)
               + "\tSong " + QByteArray::number(track) + "\t" + QByteArray::number(track + 1) + "\t"
               + QByteArray::number(170 + track) + "\tL\t" + QByteArray::number(at) + "\t\n";
    }
    return log;
}

} // namespace

class TestHostileDisk : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString database(const QString &profile) const {
        return QDir(path(profile)).filePath(QStringLiteral("library.db"));
    }
    ProcessRun ctl(const QString &profile, const QStringList &args, bool full = false,
                   qint64 budget = 0, const QByteArray &input = {}) const {
        return DiskRun::ctl(QStringList{QStringLiteral("--profile"), path(profile)} + args,
                            full ? DiskFull{path(profile), budget} : DiskFull{}, input);
    }
    // The space comes back while the shim still watches: the same process set-up then writes.
    void spaceIsBack(const QString &profile) const {
        QFile space(QDir(path(profile)).filePath(QStringLiteral(".space")));
        QVERIFY(space.open(QIODevice::WriteOnly));
    }
    // What a full disk must have left: refused with a sentence, sound, nothing doubled.
    static QString refusedClearly(const ProcessRun &run) {
        if (!run.finished)
            return QStringLiteral("crashed or hung: ") + run.describe();
        if (run.exitCode == 0)
            return QStringLiteral("a full disk went unnoticed: ") + run.describe();
        if (!saysDiskFull(run.err + run.out))
            return QStringLiteral("does not say the disk is full: ") + run.describe();
        if (looksRaw(run.err + run.out))
            return QStringLiteral("a raw error code reached the user: ") + run.describe();
        return {};
    }

    // Scan ------------------------------------------------------------------------------------
    QString m_musicA, m_musicB;
    QSet<QString> m_tracksA, m_tracksAB;

    QSet<QString> tracksIn(const QString &profile) const {
        CrashedDatabase db(database(profile));
        return rowSet(db.rows("SELECT location, title, artist, album, available FROM tracks"));
    }

    // Import ----------------------------------------------------------------------------------
    QStringList m_logs; // the first is imported before the disk fills, the others during
    QSet<QString> m_listensBefore, m_listensClean;
    QByteArray m_cleanStatus;

    static QStringList listensIn(CrashedDatabase &db) {
        return db.rows("SELECT a.name, t.name, l.started_at FROM listens l "
                       "JOIN history_artists a ON a.id = l.artist_ref "
                       "JOIN history_tracks t ON t.id = l.track_ref");
    }

    // Download --------------------------------------------------------------------------------
    SubsonicContent m_content;
    std::unique_ptr<FaultServer> m_http;
    QHash<QString, QByteArray> m_sha; // song id → SHA-256 of what the server serves
    QSet<QString> m_verifiedBefore, m_verifiedClean;

    QString downloads(const QString &profile) const {
        return QDir(path(profile)).filePath(QStringLiteral("downloads"));
    }
    // Every verified row is a whole file with the recorded size and hash, byte for byte what
    // the server serves; the rows as "song size sha", or a problem.
    QSet<QString> verifiedRows(const QString &profile, QString &problem) const {
        CrashedDatabase db(database(profile));
        if (const QString integrity = db.integrity(); integrity != u"ok") {
            problem = QStringLiteral("integrity_check: ") + integrity;
            return {};
        }
        QSet<QString> out;
        for (const QString &row : db.rows("SELECT song_id, path, size, sha256 FROM offline_files "
                                          "WHERE state = 'verified'")) {
            const QStringList f = row.split(QLatin1Char('\t'));
            const QByteArray bytes = fileBytes(QDir(downloads(profile)).filePath(f.value(1)));
            if (f.size() != 4 || bytes.size() != f.at(2).toLongLong()
                || sha256Hex(bytes) != f.at(3).toLatin1()
                || m_sha.value(f.at(0)) != f.at(3).toLatin1()) {
                problem = QStringLiteral("called verified but not the server's whole file: ") + row;
                return {};
            }
            out.insert(f.at(0) + QLatin1Char(' ') + f.at(2) + QLatin1Char(' ') + f.at(3));
        }
        return out;
    }

    void addSongs(const QString &prefix, int count, int firstTone, QStringList &ids) {
        for (int i = 0; i < count; ++i) {
            ToneSpec tone;
            tone.relativePath = QStringLiteral("tones/%1-%2.mp3").arg(prefix).arg(i);
            tone.seconds = 6.0;
            tone.frequencyHz = 300 + 40 * (firstTone + i);
            tone.title = QStringLiteral("%1 %2").arg(prefix).arg(i + 1);
            const QString made = AudioFixtures::makeTone(m_dir.path(), tone);
            QVERIFY2(made.isEmpty(), qPrintable(made));
            SongSpec spec;
            spec.title = tone.title;
            spec.artist = QStringLiteral("The Testers");
            spec.album = prefix;
            spec.track = i + 1;
            spec.durationSeconds = 6;
            spec.audio = fileBytes(m_dir.filePath(tone.relativePath));
            QVERIFY(!spec.audio.isEmpty());
            const QString id = m_content.catalog().addSong(spec);
            m_sha.insert(id, sha256Hex(spec.audio));
            ids.append(id);
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(DiskRun::shim()), qPrintable(DiskRun::shim()));
        // A shim that is not loaded would make every "full disk" below pass unnoticed.
        const ProcessRun probe =
            DiskRun::ctl({QStringLiteral("--profile"), path(QStringLiteral("probe")),
                          QStringLiteral("history"), QStringLiteral("status")},
                         DiskFull{path(QStringLiteral("probe")), 0});
        if (DiskRun::sanitized() && probe.err.contains("AddressSanitizer"))
            QSKIP("the full-disk shim cannot be preloaded into this sanitizer build");
        QVERIFY2(probe.finished && probe.exitCode == 3 && saysDiskFull(probe.err),
                 qPrintable(probe.describe()));
    }

    void scanOnAFullDisk_data() {
        QTest::addColumn<qint64>("budget");
        // Nothing (the database cannot even open), its first batch, later batches.
        QTest::newRow("0 bytes") << qint64(0);
        QTest::newRow("16 KiB") << qint64(16 * 1024);
        QTest::newRow("64 KiB") << qint64(64 * 1024);
        QTest::newRow("256 KiB") << qint64(256 * 1024);
    }

    void scanOnAFullDisk() {
        QFETCH(qint64, budget);
        if (m_musicA.isEmpty()) {
            m_musicA = path(QStringLiteral("musicA"));
            m_musicB = path(QStringLiteral("musicB"));
            QString made = CorpusGenerator::generate(m_musicA, 200, 11);
            QVERIFY2(made.isEmpty(), qPrintable(made));
            made = CorpusGenerator::generate(m_musicB, 600, 12);
            QVERIFY2(made.isEmpty(), qPrintable(made));
            ProcessRun run =
                ctl(QStringLiteral("scan-template"), {QStringLiteral("scan"), m_musicA});
            QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
            m_tracksA = tracksIn(QStringLiteral("scan-template"));
            QVERIFY(copyTree(path(QStringLiteral("scan-template")),
                             path(QStringLiteral("scan-clean"))));
            run = ctl(QStringLiteral("scan-clean"), {QStringLiteral("scan"), m_musicB});
            QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
            m_tracksAB = tracksIn(QStringLiteral("scan-clean"));
            QVERIFY(m_tracksAB.size() > m_tracksA.size() + 500);
        }
        const QString name = QStringLiteral("scan-%1").arg(budget);
        QVERIFY(copyTree(path(QStringLiteral("scan-template")), path(name)));

        const ProcessRun full = ctl(name, {QStringLiteral("scan"), m_musicB}, true, budget);
        const QString refused = refusedClearly(full);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        qInfo("exit %d: %s", full.exitCode, full.err.trimmed().constData());
        {
            CrashedDatabase db(database(name));
            QCOMPARE(db.integrity(), QStringLiteral("ok"));
            QCOMPARE(db.number("SELECT count(*) - count(DISTINCT location) FROM tracks"), 0);
        }
        const QSet<QString> after = tracksIn(name);
        QVERIFY2(after.contains(m_tracksA), qPrintable(setDifference(after, m_tracksA)));

        spaceIsBack(name);
        const ProcessRun again = ctl(name, {QStringLiteral("scan"), m_musicB}, true, budget);
        QVERIFY2(again.finished && again.exitCode == 0, qPrintable(again.describe()));
        const QSet<QString> done = tracksIn(name);
        QVERIFY2(done == m_tracksAB, qPrintable(setDifference(done, m_tracksAB)));
        CrashedDatabase db(database(name));
        QCOMPARE(db.integrity(), QStringLiteral("ok"));
        QCOMPARE(db.number("SELECT count(*) FROM tracks t WHERE NOT EXISTS "
                           "(SELECT 1 FROM tracks_fts_docsize d WHERE d.id = t.id)"),
                 0);
    }

    void importOnAFullDisk_data() {
        QTest::addColumn<qint64>("budget");
        QTest::newRow("0 bytes") << qint64(0);
        QTest::newRow("16 KiB") << qint64(16 * 1024);
        QTest::newRow("200 KiB") << qint64(200 * 1024);
    }

    void importOnAFullDisk() {
        QFETCH(qint64, budget);
        if (m_logs.isEmpty()) {
            for (int part = 0; part < 3; ++part) {
                m_logs.append(path(QStringLiteral("part-%1.scrobbler.log").arg(part + 1)));
                QFile file(m_logs.last());
                QVERIFY(file.open(QIODevice::WriteOnly));
                QVERIFY(file.write(scrobblerLog(part)) > 0);
            }
            const QString tpl = QStringLiteral("import-template");
            ProcessRun run =
                ctl(tpl, {QStringLiteral("history"), QStringLiteral("import"), m_logs.first()});
            QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
            {
                CrashedDatabase db(database(tpl));
                m_listensBefore = rowSet(listensIn(db));
                QCOMPARE(m_listensBefore.size(), 2000);
            }
            QVERIFY(copyTree(path(tpl), path(QStringLiteral("import-clean"))));
            run = ctl(QStringLiteral("import-clean"),
                      QStringList{QStringLiteral("history"), QStringLiteral("import")}
                          + m_logs.mid(1));
            QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
            {
                CrashedDatabase db(database(QStringLiteral("import-clean")));
                m_listensClean = rowSet(listensIn(db));
                QCOMPARE(m_listensClean.size(), 6000);
            }
            run = ctl(
                QStringLiteral("import-clean"),
                {QStringLiteral("history"), QStringLiteral("status"), QStringLiteral("--json")});
            QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
            m_cleanStatus = run.out;
        }
        const QString name = QStringLiteral("import-%1").arg(budget);
        QVERIFY(copyTree(path(QStringLiteral("import-template")), path(name)));
        const QStringList import =
            QStringList{QStringLiteral("history"), QStringLiteral("import")} + m_logs.mid(1);

        const ProcessRun full = ctl(name, import, true, budget);
        const QString refused = refusedClearly(full);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        qInfo("exit %d: %s", full.exitCode, full.err.trimmed().constData());
        {
            CrashedDatabase db(database(name));
            QCOMPARE(db.integrity(), QStringLiteral("ok"));
            const QStringList listens = listensIn(db);
            const QSet<QString> kept = rowSet(listens);
            QCOMPARE(kept.size(), listens.size()); // nothing doubled
            QVERIFY2(kept.contains(m_listensBefore), "listens from before the full disk were lost");
            QVERIFY2(m_listensClean.contains(kept),
                     qPrintable(setDifference(kept, m_listensClean)));
        }

        spaceIsBack(name);
        const ProcessRun again = ctl(name, import, true, budget);
        QVERIFY2(again.finished && again.exitCode == 0, qPrintable(again.describe()));
        {
            CrashedDatabase db(database(name));
            QCOMPARE(db.integrity(), QStringLiteral("ok"));
            const QStringList listens = listensIn(db);
            QCOMPARE(rowSet(listens).size(), listens.size());
            QVERIFY2(rowSet(listens) == m_listensClean,
                     qPrintable(setDifference(rowSet(listens), m_listensClean)));
        }
        const ProcessRun status = ctl(
            name, {QStringLiteral("history"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.out, m_cleanStatus);
    }

    void downloadOnAFullDisk_data() {
        QTest::addColumn<qint64>("budget");
        // The database cannot open; the first song's bytes; a song or two in.
        QTest::newRow("0 bytes") << qint64(0);
        QTest::newRow("48 KiB") << qint64(48 * 1024);
        QTest::newRow("160 KiB") << qint64(160 * 1024);
        QTest::newRow("320 KiB") << qint64(320 * 1024);
    }

    void downloadOnAFullDisk() {
        QFETCH(qint64, budget);
        const QString tpl = QStringLiteral("download-template");
        if (!m_http) {
            QString why;
            if (AudioFixtures::soxPath(&why).isEmpty())
                REFRAIN_SKIP_UNLESS_CI(qPrintable(why));
            m_content.setUser(kUser, kPassword);
            QStringList early, trip;
            addSongs(QStringLiteral("Early"), 2, 0, early);
            addSongs(QStringLiteral("Trip"), 5, 2, trip);
            m_content.catalog().addPlaylist(QStringLiteral("Early"), early);
            m_content.catalog().addPlaylist(QStringLiteral("Road trip"), trip);
            m_http = std::make_unique<FaultServer>();
            m_http->setHandler(m_content.handler());
            QVERIFY(m_http->isListening());

            // Before the disk fills: a server, its catalog and one playlist already offline;
            // then a second playlist pinned, whose songs the full disk will meet.
            ProcessRun run =
                ctl(tpl,
                    {QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Home"), QStringLiteral("--url"), m_http->baseUrl().toString(),
                     QStringLiteral("--user"), kUser, QStringLiteral("--password-stdin")},
                    false, 0, kPassword.toUtf8() + "\n");
            QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
            for (const QStringList &args :
                 {QStringList{QStringLiteral("server"), QStringLiteral("sync")},
                  QStringList{QStringLiteral("offline"), QStringLiteral("pin"),
                              QStringLiteral("--playlist"), QStringLiteral("Early")},
                  QStringList{QStringLiteral("offline"), QStringLiteral("sync")},
                  QStringList{QStringLiteral("offline"), QStringLiteral("pin"),
                              QStringLiteral("--playlist"), QStringLiteral("Road trip")}}) {
                run = ctl(tpl, args);
                QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
            }
            QString problem;
            m_verifiedBefore = verifiedRows(tpl, problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(m_verifiedBefore.size(), 2);
            QVERIFY(copyTree(path(tpl), path(QStringLiteral("download-clean"))));
            run = ctl(QStringLiteral("download-clean"),
                      {QStringLiteral("offline"), QStringLiteral("sync")});
            QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
            m_verifiedClean = verifiedRows(QStringLiteral("download-clean"), problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(m_verifiedClean.size(), 7);
        }
        const QString name = QStringLiteral("download-%1").arg(budget);
        QVERIFY(copyTree(path(tpl), path(name)));
        const QStringList sync{QStringLiteral("offline"), QStringLiteral("sync")};

        const ProcessRun full = ctl(name, sync, true, budget);
        const QString refused = refusedClearly(full);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        qInfo("exit %d: %s", full.exitCode, full.err.trimmed().constData());
        // Three parallel downloads meet the same full disk: the person is told once.
        QVERIFY2(full.err.count("Downloads are paused") <= 1, full.err.constData());
        QString problem;
        const QSet<QString> kept = verifiedRows(name, problem); // whole files only
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(kept.contains(m_verifiedBefore), "a song offline before the disk filled was lost");
        QVERIFY2(kept.size() < m_verifiedClean.size(), "every song arrived on a full disk");
        {
            CrashedDatabase db(database(name));
            // A song the full disk stopped waits for its turn; it has not been given up on.
            QCOMPARE(db.number("SELECT count(*) FROM offline_files WHERE state = 'failed'"), 0);
        }

        spaceIsBack(name);
        const ProcessRun again = ctl(name, sync, true, budget);
        QVERIFY2(again.finished && again.exitCode == 0, qPrintable(again.describe()));
        const QSet<QString> done = verifiedRows(name, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(done == m_verifiedClean, qPrintable(setDifference(done, m_verifiedClean)));
        const QStringList parts = filesUnder(downloads(name), QStringLiteral(".part"));
        QVERIFY2(parts.isEmpty(), qPrintable(parts.join(u',')));
        QCOMPARE(filesUnder(downloads(name), QStringLiteral(".mp3")).size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestHostileDisk)
#include "tst_hostiledisk.moc"
