// tst_handoff: the real `refrain`, called again from where there is no display — an ssh session, a
// key daemon, a script without DISPLAY or WAYLAND_DISPLAY — hands its request to the Refrain that
// runs and ends, and --help and --version answer, all without a window system (issue #9).
#include "tests/support/audiofixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using refrain::test::AudioFixtures;
using refrain::test::ToneSpec;

namespace {

// Generous: a loaded 2-core machine. A working hand-over takes a fraction of a second.
constexpr int kWaitMs = 60'000;
const QString kTitle = QStringLiteral("Handed Over");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromLocal8Bit(out), QString::fromLocal8Bit(err));
    }
};

Run runRefrain(const QStringList &args, const QProcessEnvironment &env) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REFRAIN_PATH), args);
    Run run;
    if (!process.waitForFinished(kWaitMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished(kWaitMs);
        run.err = "crashed or did not end: " + process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The titles the library of the profile at `databasePath` holds right now.
QStringList titlesIn(const QString &databasePath) {
    QStringList titles;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &db, SQLITE_OPEN_READONLY,
                        nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT title FROM tracks", -1, &statement, nullptr)
            == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW)
                titles.append(QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return titles;
}

} // namespace

class TestHandOff : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_first;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    // Both processes meet in a private runtime folder, and neither reads or writes the real
    // user's settings, caches or session bus.
    QProcessEnvironment isolated() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return env;
    }

    // As from ssh or a key daemon: no display of any kind, and Qt not told to do without one.
    QProcessEnvironment withoutDisplay() const {
        QProcessEnvironment env = isolated();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
        return env;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        for (const char *dir : {"runtime", "config", "data", "cache", "profile", "music", "de"})
            QVERIFY(QDir(m_dir.path()).mkpath(QLatin1String(dir)));
        QVERIFY(QFile::setPermissions(path(QStringLiteral("runtime")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        ToneSpec tone;
        tone.relativePath = QStringLiteral("Handed Over.flac");
        tone.title = kTitle;
        const QString made = AudioFixtures::makeTone(path(QStringLiteral("music")), tone);
        QVERIFY2(made.isEmpty(), qPrintable(made));

        // The Refrain that runs, on a display of its own; its startup report says when it is up
        // and serving (the window painted, the event loop turning).
        const QString report = path(QStringLiteral("first-started.json"));
        QProcessEnvironment env = isolated();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("REFRAIN_STARTUP_REPORT"), report);
        env.insert(QStringLiteral("REFRAIN_STARTUP_SETTLE_MS"), QStringLiteral("0"));
        m_first.setProcessEnvironment(env);
        m_first.setProcessChannelMode(QProcess::ForwardedChannels);
        m_first.start(QStringLiteral(REFRAIN_PATH),
                      {QStringLiteral("--profile"), path(QStringLiteral("profile"))});
        QVERIFY(m_first.waitForStarted(kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo(report).size() > 0 || m_first.state() == QProcess::NotRunning, kWaitMs);
        QCOMPARE(m_first.state(), QProcess::Running);
    }

    void secondCallWithoutDisplayReachesTheRunningRefrain() {
        // A folder to add: the running Refrain scans it into its library.
        const Run added = runRefrain({QStringLiteral("--profile"), path(QStringLiteral("profile")),
                                      path(QStringLiteral("music"))},
                                     withoutDisplay());
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(
            titlesIn(path(QStringLiteral("profile/library.db"))).contains(kTitle), kWaitMs);

        // Playback controls from a media key daemon get through as well, one call after another.
        for (const char *control : {"--next", "--play-pause", "--stop"}) {
            const Run run = runRefrain({QStringLiteral("--profile"),
                                        path(QStringLiteral("profile")), QLatin1String(control)},
                                       withoutDisplay());
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
        QCOMPARE(m_first.state(), QProcess::Running);
    }

    void helpAndVersionNeedNoDisplay() {
        const Run version = runRefrain({QStringLiteral("--version")}, withoutDisplay());
        QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
        QVERIFY2(version.out.startsWith("Refrain "), qPrintable(version.describe()));

        // Qt's own options are still Qt's: the command line is not refused for them.
        const Run platform = runRefrain(
            {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--version")},
            withoutDisplay());
        QVERIFY2(platform.exitCode == 0, qPrintable(platform.describe()));

        // The help speaks the language of the profile it was asked for.
        QFile ini(path(QStringLiteral("de/refrain.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[ui]\nlanguage=de\n");
        ini.close();
        const Run help = runRefrain(
            {QStringLiteral("--profile"), path(QStringLiteral("de")), QStringLiteral("--help")},
            withoutDisplay());
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        const QString text = QString::fromLocal8Bit(help.out);
        QVERIFY2(text.contains(QStringLiteral("--play-playlist")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Zum nächsten Titel springen.")), qPrintable(text));
    }

    void cleanupTestCase() {
        if (m_first.state() == QProcess::NotRunning)
            return;
        m_first.terminate();
        if (!m_first.waitForFinished(kWaitMs)) {
            m_first.kill();
            m_first.waitForFinished(kWaitMs);
        }
    }
};

QTEST_GUILESS_MAIN(TestHandOff)
#include "tst_handoff.moc"
