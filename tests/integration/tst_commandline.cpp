// The command-line contracts scripts rely on: refrainctl's --json keys and exit codes, --profile
// before or after the command, and refrain's --help/--version.
#include "tests/support/audiofixtures.h"
#include "tests/support/commandrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <sqlite3.h>

using refrain::test::AudioFixtures;

namespace {

using Run = refrain::test::CommandRun;

Run ctl(const QStringList &args) {
    return Run::run(QStringLiteral(REFRAINCTL_PATH), args);
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

    QTemporaryDir m_music;

private Q_SLOTS:
    void initTestCase() {
        const QString error = AudioFixtures::makeStandardLibrary(m_music.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void scanJsonContract() {
        QTemporaryDir profile;
        const Run r = ctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("scan"),
                           m_music.path(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, r.out.constData());
        for (const char *key : {"files_seen", "tracks_added", "tracks_updated", "tracks_unchanged",
                                "failed", "seconds"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("files_seen")).toInt(), 7);
        QCOMPARE(o.value(QStringLiteral("tracks_added")).toInt(), 5);
        const QJsonArray failed = o.value(QStringLiteral("failed")).toArray();
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.at(0).toObject().contains(QStringLiteral("path")));
        QVERIFY(!failed.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());

        // Options after the command name work the same; a second scan finds nothing new.
        const Run again = ctl({QStringLiteral("scan"), m_music.path(), QStringLiteral("--json"),
                               QStringLiteral("--profile"), profile.path()});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject o2 = QJsonDocument::fromJson(again.out).object();
        // Without --json: a sentence a person reads, with English plurals from the catalogue.
        const Run text = ctl(
            {QStringLiteral("scan"), m_music.path(), QStringLiteral("--profile"), profile.path()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith("Scan finished: 7 files"), text.out.constData());
        QVERIFY(text.out.contains("unreadable: "));
        QCOMPARE(o2.value(QStringLiteral("tracks_unchanged")).toInt(), 5);
        QCOMPARE(o2.value(QStringLiteral("tracks_added")).toInt(), 0);
    }

    void searchJsonContract() {
        QTemporaryDir profile;
        QCOMPARE(ctl({QStringLiteral("scan"), m_music.path(), QStringLiteral("--profile"),
                      profile.path()})
                     .exitCode,
                 0);
        const Run r = ctl({QStringLiteral("search"), QStringLiteral("beyonce"),
                           QStringLiteral("--json"), QStringLiteral("--profile"), profile.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        for (const auto &value : list) {
            const QJsonObject t = value.toObject();
            for (const char *key :
                 {"title", "artist", "album", "duration_ms", "source", "location"})
                QVERIFY2(t.contains(QLatin1String(key)), key);
            QCOMPARE(t.value(QStringLiteral("source")).toString(), QStringLiteral("local"));
            QCOMPARE(t.value(QStringLiteral("artist")).toString(), QStringLiteral("Beyoncé"));
            QVERIFY(t.value(QStringLiteral("duration_ms")).toInt() > 1500);
        }
        const Run text = ctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("search"),
                              QStringLiteral("кино")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("Группа крови")));
    }

    void exitCodes() {
        QTemporaryDir profile;
        QCOMPARE(ctl({}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(
            ctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("search")}).exitCode,
            2);
        QCOMPARE(ctl({QStringLiteral("--bogus-option")}).exitCode, 2);
        // A missing folder: the scan completes with a problem.
        const Run missing =
            ctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("scan"),
                 QStringLiteral("/nonexistent/music"), QStringLiteral("--json")});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(missing.out)
                     .object()
                     .value(QStringLiteral("missing_roots"))
                     .toArray()
                     .size(),
                 1);
    }

    void newerDatabaseIsRefusedWithExit3() {
        QTemporaryDir profile;
        QCOMPARE(ctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("scan"),
                      m_music.path()})
                     .exitCode,
                 0);
        sqlite3 *db = nullptr;
        QCOMPARE(
            sqlite3_open(profile.filePath(QStringLiteral("library.db")).toUtf8().constData(), &db),
            SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 4242", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const Run r = ctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("search"),
                           QStringLiteral("b")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("newer version of Refrain"), r.err.constData());
    }

    void damagedDatabaseExit3AndMoveAside() {
        QTemporaryDir profile;
        QFile junk(profile.filePath(QStringLiteral("library.db")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'j'));
        junk.close();
        const Run r = ctl(
            {QStringLiteral("--profile"), profile.path(), QStringLiteral("scan"), m_music.path()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("damaged"), r.err.constData());
        QVERIFY(r.err.contains("move-aside"));
        QCOMPARE(ctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("db"),
                      QStringLiteral("move-aside")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("--profile"), profile.path(), QStringLiteral("scan"),
                      m_music.path()})
                     .exitCode,
                 0);
    }

    void unreadableFolderIsReportedAndItsTracksKept() {
        // As root nothing is unreadable: run refrainctl as an unprivileged user then.
        QStringList prefix;
#ifdef Q_OS_UNIX
        if (::geteuid() == 0) {
            const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
            QVERIFY2(!runuser.isEmpty(), "running as root needs runuser to drop privileges");
            prefix = {runuser, QStringLiteral("-u"), QStringLiteral("nobody"),
                      QStringLiteral("--")};
        }
#endif
        QTemporaryDir dir;
        // The unprivileged user may not reach the build folder (a checkout under /root): run a
        // copy of refrainctl from the test's own folder.
        const QString program = dir.filePath(QStringLiteral("refrainctl"));
        QVERIFY(QFile::copy(QStringLiteral(REFRAINCTL_PATH), program));
        auto ctlAs = [&](const QStringList &args) {
            if (prefix.isEmpty())
                return ctl(args);
            return Run::run(prefix.first(), prefix.mid(1) + QStringList{program} + args);
        };
        const QString music = dir.filePath(QStringLiteral("music"));
        const QString profile = dir.filePath(QStringLiteral("profile"));
        const auto specs = AudioFixtures::standardLibrary();
        QVERIFY(QDir().mkpath(music + QStringLiteral("/open"))
                && QDir().mkpath(music + QStringLiteral("/locked")));
        QVERIFY(QDir().mkpath(profile));
        QVERIFY(QFile::copy(m_music.filePath(specs.at(3).relativePath),
                            music + QStringLiteral("/open/a.flac")));
        QVERIFY(QFile::copy(m_music.filePath(specs.at(1).relativePath),
                            music + QStringLiteral("/locked/b.flac")));
        const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                              | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                              | QFileDevice::ExeGroup | QFileDevice::ReadOther
                              | QFileDevice::ExeOther;
        const QString open = music + QStringLiteral("/open");
        const QString lockedDir = music + QStringLiteral("/locked");
        for (const QString &path : {dir.path(), music, open, lockedDir, program})
            QVERIFY(QFile::setPermissions(path, everyone));
        QVERIFY(QFile::setPermissions(profile, everyone | QFileDevice::WriteGroup
                                                   | QFileDevice::WriteOther));

        const Run first = ctlAs({QStringLiteral("--profile"), profile, QStringLiteral("scan"),
                                 music, QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(QJsonDocument::fromJson(first.out)
                     .object()
                     .value(QStringLiteral("tracks_added"))
                     .toInt(),
                 2);

        QVERIFY(QFile::setPermissions(music + QStringLiteral("/locked"), QFileDevice::WriteOwner));
        const Run locked = ctlAs({QStringLiteral("--profile"), profile, QStringLiteral("scan"),
                                  music, QStringLiteral("--json")});
        QFile::setPermissions(music + QStringLiteral("/locked"), everyone);
        QCOMPARE(locked.exitCode, 1); // finished, with a problem to report
        const QJsonObject report = QJsonDocument::fromJson(locked.out).object();
        QCOMPARE(report.value(QStringLiteral("tracks_removed")).toInt(),
                 0); // we could not look: kept
        const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).toObject().value(QStringLiteral("path")).toString(),
                 music + QStringLiteral("/locked"));
        QCOMPARE(problems.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("permission denied"));
        const Run found = ctlAs({QStringLiteral("--profile"), profile, QStringLiteral("search"),
                                 QStringLiteral("irreplaceable"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(found.out).array().size(), 1);

        // Readable again: nothing was lost and nothing is reported.
        const Run again = ctlAs({QStringLiteral("--profile"), profile, QStringLiteral("scan"),
                                 music, QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject after = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(after.value(QStringLiteral("tracks_unchanged")).toInt(), 2);
        QCOMPARE(after.value(QStringLiteral("tracks_removed")).toInt(), 0);
    }

    void refrainHelpAndVersion() {
        const Run help = Run::run(QStringLiteral(REFRAIN_PATH), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--profile"));
        QVERIFY(help.out.contains("--library"));
        const Run version = Run::run(QStringLiteral(REFRAIN_PATH), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("Refrain "));
        const Run ctlVersion = ctl({QStringLiteral("--version")});
        QCOMPARE(ctlVersion.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
