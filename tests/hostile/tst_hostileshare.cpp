// A music folder on a share that vanishes mid-scan (issue #10, hostile input). The folder is
// renamed away — atomically, as a dropped network share or an unplugged disk goes — the moment
// the scan reports its first rows written. The scan ends saying the folder disappeared; no track
// the library had is deleted for it (they are kept, marked unavailable), no unreadable-file
// record is made up from files that were simply out of reach; refrainctl says the same while it
// stays away, and once it is back a rescan completes with exactly the library of before.
#include "core/library/database.h"
#include "core/library/scanner.h"
#include "tests/hostile/diskrun.h"
#include "tests/support/corpusgenerator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;
using namespace refrain::test;

namespace {

constexpr int kFiles = 1200;

// The library as a person sees it: every track with where it is and whether it plays.
QSet<QString> libraryIn(const QString &database) {
    CrashedDatabase db(database);
    const QStringList rows =
        db.rows("SELECT location, title, artist, album, available FROM tracks");
    return QSet<QString>(rows.cbegin(), rows.cend());
}

} // namespace

class TestHostileShare : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_music, m_gone, m_profile, m_database;
    QSet<QString> m_clean;
    QSet<QString> m_cleanFailures;

    ProcessRun ctl(const QStringList &args) const {
        return DiskRun::ctl(QStringList{QStringLiteral("--profile"), m_profile} + args);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_music = m_dir.filePath(QStringLiteral("share/music"));
        m_gone = m_dir.filePath(QStringLiteral("share/music-gone"));
        m_profile = m_dir.filePath(QStringLiteral("profile"));
        m_database = QDir(m_profile).filePath(QStringLiteral("library.db"));
        const QString made = CorpusGenerator::generate(m_music, kFiles, 21);
        QVERIFY2(made.isEmpty(), qPrintable(made));

        const ProcessRun first = ctl({QStringLiteral("scan"), m_music});
        QVERIFY2(first.finished && first.exitCode == 0, qPrintable(first.describe()));
        m_clean = libraryIn(m_database);
        QVERIFY(m_clean.size() > kFiles * 9 / 10);
        CrashedDatabase db(m_database);
        const QStringList failures = db.rows("SELECT path, reason FROM scan_failures");
        m_cleanFailures = QSet<QString>(failures.cbegin(), failures.cend());
    }

    // Everything is read again ("Rescan everything"), so the walk is far from done when the
    // folder goes: the rows it has not reached must not be taken for deleted files.
    void aShareThatVanishesMidScanKeepsTheLibrary() {
        auto opened = Database::open(m_database);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        Database db = std::move(opened).value();
        Scanner scanner(db);
        bool renamed = false;
        int readWhenGone = 0;
        // Same thread: the folder goes between two batches, before the next one is read.
        connect(&scanner, &Scanner::progress, this, [&](const ScanProgress &progress) {
            if (renamed || progress.read == 0)
                return;
            renamed = QDir().rename(m_music, m_gone);
            readWhenGone = progress.read;
        });
        int removedSignals = 0;
        connect(&scanner, &Scanner::tracksRemoved, this, [&] { ++removedSignals; });
        Scanner::Options everything;
        everything.full = true;
        const ScanReport report = scanner.run({m_music}, everything);

        QVERIFY(renamed);
        QVERIFY2(readWhenGone < kFiles / 2, "the scan was nearly done before the folder went");
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QCOMPARE(report.tracksRemoved, 0);
        QCOMPARE(removedSignals, 0);
        QCOMPARE(report.missingRoots, QStringList{QDir::toNativeSeparators(m_music)});
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().reason.contains(QStringLiteral("disappeared")),
                 qPrintable(report.problems.first().reason));
        QVERIFY2(report.problems.first().reason.contains(QStringLiteral("kept")),
                 qPrintable(report.problems.first().reason));
        // Files cut off mid-read are not "unreadable": nothing is wrong with them.
        for (const ScanIssue &issue : report.failed)
            QVERIFY2(!issue.path.startsWith(QDir::toNativeSeparators(m_music)),
                     qPrintable(issue.path + QStringLiteral(": ") + issue.reason));

        // Every track is still there, unavailable until its folder returns.
        CrashedDatabase check(m_database);
        QCOMPARE(check.integrity(), QStringLiteral("ok"));
        QCOMPARE(check.number("SELECT count(*) FROM tracks"), qint64(m_clean.size()));
        QCOMPARE(check.number("SELECT count(*) FROM tracks WHERE available"), 0);
        QCOMPARE(check.number("SELECT count(*) - count(DISTINCT location) FROM tracks"), 0);
        const QStringList failures = check.rows("SELECT path, reason FROM scan_failures");
        QCOMPARE(QSet<QString>(failures.cbegin(), failures.cend()), m_cleanFailures);
    }

    // What the user sees while it stays away, and after it is back. Run on its own (or after a
    // failure above left the share in place), the share goes between two scans instead.
    void aRescanCompletesOnceItIsBack() {
        if (!QFileInfo::exists(m_gone))
            QVERIFY(QDir().rename(m_music, m_gone));
        const ProcessRun away = ctl({QStringLiteral("scan")}); // the profile's folders
        QVERIFY2(away.finished && away.exitCode == 1, qPrintable(away.describe()));
        QVERIFY2(away.out.contains("folder not found") && away.out.contains("kept"),
                 qPrintable(away.describe()));
        QCOMPARE(libraryIn(m_database).size(), m_clean.size());

        QVERIFY(QDir().rename(m_gone, m_music));
        const ProcessRun back = ctl({QStringLiteral("scan")});
        QVERIFY2(back.finished && back.exitCode == 0, qPrintable(back.describe()));
        const QSet<QString> now = libraryIn(m_database);
        QVERIFY2(now == m_clean, qPrintable(setDifference(now, m_clean)));
        CrashedDatabase check(m_database);
        QCOMPARE(check.integrity(), QStringLiteral("ok"));
        const QStringList failures = check.rows("SELECT path, reason FROM scan_failures");
        QCOMPARE(QSet<QString>(failures.cbegin(), failures.cend()), m_cleanFailures);
        QCOMPARE(check.number("SELECT count(*) FROM tracks t WHERE NOT EXISTS "
                              "(SELECT 1 FROM tracks_fts_docsize d WHERE d.id = t.id)"),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileShare)
#include "tst_hostileshare.moc"
