// Crash safe mode against real unclean exits: the test runs copies of itself as "sessions" that
// begin() and then abort() or are killed, and checks what the next start sees — safe mode after
// one crash, an extra held off after two crashes in a row with it on, a clean session in between
// forgiving, re-enabling releasing, and a damaged or half-written state file never stopping the
// app from starting.
#include "core/model/crashguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace refrain;

namespace {

constexpr int kWaitMs = 30'000; // generous: a loaded CI machine, never a timed assertion

// How the test tells a copy of itself to be a session instead of running the tests.
const char *const kModeVar = "REFRAIN_CRASHGUARD_CHILD";
const char *const kStateVar = "REFRAIN_CRASHGUARD_STATE";
const char *const kExtrasVar = "REFRAIN_CRASHGUARD_EXTRAS";
const char *const kToggleVar = "REFRAIN_CRASHGUARD_TOGGLE"; // extras switched to after begin()
const char *const kReenableVar = "REFRAIN_CRASHGUARD_REENABLE";

const QString kArtwork = QStringLiteral("artwork");
const QString kHeavy = QStringLiteral("heavy_extras");
const QString kPrefetch = QStringLiteral("prefetch");

QStringList listFromEnv(const char *name) {
    return qEnvironmentVariable(name).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void say(const char *line) {
    std::fputs(line, stdout);
    std::fflush(stdout);
}

// A session reduced to its crash guard. Modes:
//   clean  begin(), end(), exit 0
//   abort  begin(), abort() — a real crash signal (no core file)
//   hang   begin(), "ready", then wait to be killed
//   churn  begin(), "ready", then switch extras back and forth (each a state write) until
//          killed, saying "+" every 16 writes
// Before the mode's end: reenableAll() when asked (the user pressed "Turn extras back on"), then
// setActiveExtras(toggle) when given.
[[noreturn]] void runSession() {
    const QByteArray mode = qgetenv(kModeVar);
    CrashGuard guard(qEnvironmentVariable(kStateVar));
    guard.begin(listFromEnv(kExtrasVar));
    if (qEnvironmentVariableIsSet(kReenableVar))
        guard.reenableAll();
    if (qEnvironmentVariableIsSet(kToggleVar))
        guard.setActiveExtras(listFromEnv(kToggleVar));
    if (mode == "clean") {
        guard.end();
        std::exit(0);
    }
    if (mode == "abort") {
#if defined(Q_OS_LINUX)
        prctl(PR_SET_DUMPABLE, 0); // a crash, not a core file on the CI machine
#endif
        std::abort();
    }
    say("ready\n");
    if (mode == "churn") {
        const QStringList a{kArtwork, kHeavy};
        const QStringList b{kArtwork, kHeavy, kPrefetch};
        for (quint64 i = 1;; ++i) {
            guard.setActiveExtras(i % 2 ? b : a);
            if (i % 16 == 0)
                say("+\n");
        }
    }
    // hang: stdin stays open until the test kills us.
    while (std::getchar() != EOF) {
    }
    std::_Exit(3); // never a clean end()
}

struct Session {
    QByteArray mode;
    QStringList extras;
    QStringList toggle;
    bool reenableAll = false;

    Session &reenablingAll() {
        reenableAll = true;
        return *this;
    }
    Session &switchingTo(const QStringList &extrasLater) {
        toggle = extrasLater;
        return *this;
    }
};

Session session(const char *mode, const QStringList &extras) {
    Session s;
    s.mode = mode;
    s.extras = extras;
    return s;
}

} // namespace

class TestCrashGuard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_state = m_dir->filePath(QStringLiteral("profile/crashguard.json"));
    }

    void firstStartIsNoCrash() {
        CrashGuard guard(m_state);
        guard.begin({kArtwork, kHeavy});
        QVERIFY(!guard.previousSessionCrashed());
        QVERIFY(!guard.safeMode());
        QVERIFY(guard.heldOff().isEmpty());
        QVERIFY(!guard.holds(kHeavy));
        QVERIFY(guard.reason(kHeavy).isEmpty());
        QCOMPARE(guard.activeExtras(), (QStringList{kArtwork, kHeavy}));
        QVERIFY2(guard.problem().isEmpty(), qPrintable(guard.problem()));
        QVERIFY(QFile::exists(m_state)); // the folder was made
        guard.end();
    }

    void cleanExitIsNoCrash() {
        QVERIFY(run(session("clean", {kArtwork, kHeavy})));
        CrashGuard guard(m_state);
        guard.begin({kArtwork, kHeavy});
        QVERIFY(!guard.previousSessionCrashed());
        QVERIFY(!guard.safeMode());
        QCOMPARE(guard.activeExtras(), (QStringList{kArtwork, kHeavy}));
    }

    void abortedSessionStartsSafeMode() {
        QVERIFY(run(session("abort", {kArtwork, kHeavy})));
        CrashGuard guard(m_state);
        guard.begin({kArtwork, kHeavy});
        QVERIFY(guard.previousSessionCrashed());
        QVERIFY(guard.safeMode());
        QVERIFY(guard.holds(kArtwork));
        QVERIFY(guard.holds(kHeavy));
        QVERIFY(guard.activeExtras().isEmpty());
        QVERIFY(!guard.reason(kHeavy).isEmpty());
        // One crash is not yet a pattern: nothing is held beyond this session.
        QVERIFY(guard.heldOff().isEmpty());

        // The banner's button: everything back on at once.
        QSignalSpy changed(&guard, &CrashGuard::changed);
        guard.reenableAll();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!guard.safeMode());
        QVERIFY(!guard.holds(kHeavy));
        QCOMPARE(guard.activeExtras(), (QStringList{kArtwork, kHeavy}));
        guard.end();

        CrashGuard next(m_state);
        next.begin({kArtwork, kHeavy});
        QVERIFY(!next.previousSessionCrashed());
        QVERIFY(!next.safeMode());
    }

    void killedSessionStartsSafeMode() {
        QVERIFY(run(session("hang", {kArtwork})));
        CrashGuard guard(m_state);
        guard.begin({kArtwork});
        QVERIFY(guard.previousSessionCrashed());
        QVERIFY(guard.safeMode());
        QVERIFY(guard.holds(kArtwork));
    }

    void twoCrashesInARowHoldAnExtraOff() {
        QVERIFY(run(session("abort", {kArtwork, kHeavy})));
        // Safe mode; the user turns extras back on, but only heavy extras; it crashes again.
        QVERIFY(run(session("abort", {kHeavy}).reenablingAll()));

        CrashGuard guard(m_state);
        guard.begin({kArtwork, kHeavy});
        QVERIFY(guard.previousSessionCrashed());
        QCOMPARE(guard.heldOff(), QStringList{kHeavy});
        QVERIFY(guard.reason(kHeavy) != guard.reason(kArtwork));
        guard.end();

        // Held off across clean sessions, while the other extra is back.
        CrashGuard later(m_state);
        later.begin({kArtwork, kHeavy});
        QVERIFY(!later.previousSessionCrashed());
        QVERIFY(!later.safeMode());
        QCOMPARE(later.heldOff(), QStringList{kHeavy});
        QVERIFY(later.holds(kHeavy));
        QCOMPARE(later.activeExtras(), QStringList{kArtwork});

        // Until the user turns it back on — and that is remembered too.
        QSignalSpy changed(&later, &CrashGuard::changed);
        later.reenable(kHeavy);
        QCOMPARE(changed.count(), 1);
        QVERIFY(later.heldOff().isEmpty());
        QCOMPARE(later.activeExtras(), (QStringList{kArtwork, kHeavy}));
        later.end();
        CrashGuard after(m_state);
        after.begin({kArtwork, kHeavy});
        QVERIFY(after.heldOff().isEmpty());
        QCOMPARE(after.activeExtras(), (QStringList{kArtwork, kHeavy}));
    }

    void reenableAllReleasesHeldExtras() {
        QVERIFY(run(session("abort", {kHeavy})));
        QVERIFY(run(session("abort", {kHeavy}).reenablingAll()));
        CrashGuard guard(m_state);
        guard.begin({kHeavy});
        QCOMPARE(guard.heldOff(), QStringList{kHeavy});
        guard.reenableAll();
        QVERIFY(!guard.safeMode());
        QVERIFY(guard.heldOff().isEmpty());
        guard.end();
        CrashGuard next(m_state);
        next.begin({kHeavy});
        QVERIFY(next.heldOff().isEmpty());
        QCOMPARE(next.activeExtras(), QStringList{kHeavy});
    }

    void cleanSessionBetweenCrashesForgives() {
        QVERIFY(run(session("abort", {kHeavy})));
        QVERIFY(run(session("clean", {kHeavy}).reenablingAll()));
        QVERIFY(run(session("abort", {kHeavy})));
        CrashGuard guard(m_state);
        guard.begin({kHeavy});
        QVERIFY(guard.previousSessionCrashed());
        QVERIFY(guard.safeMode());
        QVERIFY(guard.heldOff().isEmpty());
    }

    void extraOffDuringTheSecondCrashIsNotBlamed() {
        QVERIFY(run(session("abort", {kHeavy})));
        // Safe mode kept heavy extras off, and it crashed anyway: heavy extras are not the cause.
        QVERIFY(run(session("abort", {kHeavy})));
        CrashGuard guard(m_state);
        guard.begin({kHeavy});
        QVERIFY(guard.safeMode());
        QVERIFY(guard.heldOff().isEmpty());
    }

    void blameFollowsWhatWasOnAtTheCrash() {
        // Heavy extras switched off (and prefetch on) after the start, before each crash.
        QVERIFY(run(session("abort", {kHeavy}).switchingTo({kPrefetch})));
        QVERIFY(run(session("abort", {kHeavy}).switchingTo({kPrefetch}).reenablingAll()));
        CrashGuard guard(m_state);
        guard.begin({kHeavy, kPrefetch});
        QCOMPARE(guard.heldOff(), QStringList{kPrefetch});
    }

    void reenableOneExtraInSafeMode() {
        QVERIFY(run(session("abort", {kArtwork, kHeavy})));
        CrashGuard guard(m_state);
        guard.begin({kArtwork, kHeavy});
        QSignalSpy changed(&guard, &CrashGuard::changed);
        guard.reenable(kArtwork);
        QCOMPARE(changed.count(), 1);
        QVERIFY(guard.safeMode());
        QVERIFY(!guard.holds(kArtwork));
        QVERIFY(guard.holds(kHeavy));
        QCOMPARE(guard.activeExtras(), QStringList{kArtwork});
        guard.reenable(kArtwork); // nothing left to release
        QCOMPARE(changed.count(), 1);
    }

    void damagedStateIsNoHistory_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\xff\xfe not json at all", 20);
        QTest::newRow("cut short") << QByteArray("{\"format\":1,\"sessionOpen\":true,\"act");
        QTest::newRow("array") << QByteArray("[true, \"heavy_extras\"]");
        QTest::newRow("wrong types") << QByteArray(
            "{\"sessionOpen\":\"yes\",\"active\":\"heavy_extras\",\"heldOff\":{\"a\":1},"
            "\"crashStreaks\":[5]}");
        QTest::newRow("bad streaks") << QByteArray(
            "{\"sessionOpen\":false,\"crashStreaks\":{\"heavy_extras\":1e300,\"artwork\":-2}}");
        QTest::newRow("huge") << QByteArray(1024 * 1024, ' ')
                                     + QByteArray("{\"sessionOpen\":true}");
    }
    void damagedStateIsNoHistory() {
        QFETCH(QByteArray, bytes);
        QVERIFY(QDir().mkpath(QFileInfo(m_state).absolutePath()));
        QFile file(m_state);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        CrashGuard guard(m_state);
        guard.begin({kArtwork, kHeavy});
        QVERIFY(!guard.previousSessionCrashed());
        QVERIFY(!guard.safeMode());
        QVERIFY(guard.heldOff().isEmpty());
        QCOMPARE(guard.activeExtras(), (QStringList{kArtwork, kHeavy}));
        QVERIFY2(guard.problem().isEmpty(), qPrintable(guard.problem()));
        // The damaged file was replaced by a good one: the next crash is noticed.
        QVERIFY(run(session("abort", {kHeavy})));
        CrashGuard next(m_state);
        next.begin({kHeavy});
        QVERIFY(next.previousSessionCrashed());
    }

    void damagedFieldsAreIgnored() {
        QVERIFY(QDir().mkpath(QFileInfo(m_state).absolutePath()));
        QFile file(m_state);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":99,\"sessionOpen\":true,\"active\":[\"heavy_extras\",7,\"\",null],"
                   "\"crashStreaks\":{\"heavy_extras\":\"1\"},\"heldOff\":[false],\"future\":{}}");
        file.close();
        CrashGuard guard(m_state);
        guard.begin({kHeavy});
        QVERIFY(guard.previousSessionCrashed());
        QVERIFY(guard.heldOff().isEmpty()); // the streak was unreadable: this is crash one
    }

    void unwritableStateIsReported() {
        // The state file's place is taken by a folder: nothing can be written there.
        QVERIFY(QDir().mkpath(m_state));
        CrashGuard guard(m_state);
        guard.begin({kArtwork});
        QVERIFY(!guard.previousSessionCrashed());
        QVERIFY(!guard.problem().isEmpty());
        QVERIFY(guard.problem().contains(QStringLiteral("crash")));
        QCOMPARE(guard.activeExtras(), QStringList{kArtwork}); // the app carries on
        guard.end();
    }

    void killDuringWritesLeavesReadableState() {
        // Each session rewrites the state as fast as it can and is killed meanwhile: most kills
        // land in the middle of a write. Every next start must read a whole state, see the
        // crash, and after two crashes in a row with heavy extras on, hold them off.
        for (int round = 1; round <= 4; ++round) {
            QVERIFY(run(session("churn", {kHeavy}).reenablingAll()));

            QFile file(m_state);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QVERIFY(document.isObject());
            file.close();

            // Look through a copy: a guard on the real file would begin a session of its own.
            const QString copy = m_dir->filePath(QStringLiteral("round%1.json").arg(round));
            QVERIFY(QFile::copy(m_state, copy));
            CrashGuard guard(copy);
            guard.begin({kArtwork, kHeavy, kPrefetch});
            QVERIFY(guard.previousSessionCrashed());
            // Held after every second crash: each session pressed "Turn extras back on", which
            // also gives a held-off extra a fresh start.
            QCOMPARE(guard.heldOff().contains(kHeavy), round % 2 == 0);
        }
    }

private:
    // One session in a child process; true when it ended the way its mode says.
    bool run(const Session &spec) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kModeVar), QString::fromLatin1(spec.mode));
        env.insert(QString::fromLatin1(kStateVar), m_state);
        env.insert(QString::fromLatin1(kExtrasVar), spec.extras.join(QLatin1Char(',')));
        if (!spec.toggle.isEmpty())
            env.insert(QString::fromLatin1(kToggleVar), spec.toggle.join(QLatin1Char(',')));
        if (spec.reenableAll)
            env.insert(QString::fromLatin1(kReenableVar), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.setProgram(QCoreApplication::applicationFilePath());
        child.start();
        if (!child.waitForStarted(kWaitMs)) {
            qWarning("session did not start: %s", qPrintable(child.errorString()));
            return false;
        }
        if (spec.mode == "hang" || spec.mode == "churn") {
            // Killed once it is running (churn: once it is rewriting the state).
            const QByteArray awaited = spec.mode == "hang" ? "ready\n" : "+\n";
            QByteArray seen;
            while (!seen.contains(awaited)) {
                if (!child.waitForReadyRead(kWaitMs)) {
                    qWarning("session never said it was running");
                    child.kill();
                    child.waitForFinished(kWaitMs);
                    return false;
                }
                seen += child.readAll();
            }
            child.kill();
        }
        if (!child.waitForFinished(kWaitMs)) {
            qWarning("session did not end");
            child.kill();
            child.waitForFinished(kWaitMs);
            return false;
        }
        if (spec.mode == "clean")
            return child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
        return child.exitStatus() == QProcess::CrashExit;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_state;
};

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsSet(kModeVar))
        runSession();
    QCoreApplication app(argc, argv);
    TestCrashGuard test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashguard.moc"
