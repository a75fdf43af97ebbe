// tst_startup: the real refrain binary, started on a profile whose server is black-holed or
// refusing connections, still paints its window and shows the whole library — nothing at start
// waits for the server (issue #7, "Start without waiting"). What the app did is read from its
// startup probe's report (app/startupprobe.h); how fast is for bench_startup, never asserted here.
#include "core/library/database.h"
#include "core/library/trackstore.h"
#include "core/service/secretstore.h"
#include "core/service/serverstore.h"
#include "tests/support/corpusgenerator.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace refrain::test {

namespace {

constexpr int kTracks = 300;
constexpr int kWaitMs = 60'000; // generous: a loaded 2-core machine
const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("sesame");
// The request layer's first-byte timeout (RequestOptions): a UI thread that waited for the
// black-holed server, even once, would have stalled at least this long.
constexpr double kRequestTimeoutMs = 10'000;

// A library of kTracks local songs, and one server (with its status page) at `server`, stored
// the way the app and refrainctl store them: config in the database, password in the secrets
// file (the app finds no keychain here: the child runs without a D-Bus session).
QString makeProfile(const QString &dir, const QUrl &server) {
    auto db = Database::open(QDir(dir).filePath(QStringLiteral("library.db")));
    if (!db)
        return db.error().message;
    QRandomGenerator rng(20260807);
    TrackList tracks = CorpusGenerator::syntheticTracks(kTracks, rng);
    if (tracks.size() != kTracks)
        return QStringLiteral("the generator made %1 tracks").arg(tracks.size());
    if (auto written = TrackStore(db.value()).write(tracks, 0, QDateTime::currentMSecsSinceEpoch());
        !written)
        return written.error().message;
    ServerConfig config;
    config.name = QStringLiteral("Home");
    config.urls = {server};
    config.user = kUser;
    config.statusUrl = QUrl(server.toString() + QStringLiteral("/status"));
    auto added = ServerStore(db.value()).add(config);
    if (!added)
        return added.error().message;
    SecretStore secrets(QDir(dir).filePath(QStringLiteral("secrets.json")), false);
    if (auto stored = secrets.writeFile(added.value().id, kPassword); !stored)
        return stored.error().message;
    return {};
}

// refrain on that profile, headless, with the probe writing to `report`.
void launch(QProcess &app, const QString &profile, const QString &report, bool exitWhenDone) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("REFRAIN_STARTUP_REPORT"), report);
    env.insert(QStringLiteral("REFRAIN_STARTUP_SETTLE_MS"), QStringLiteral("500"));
    if (exitWhenDone)
        env.insert(QStringLiteral("REFRAIN_STARTUP_EXIT"), QStringLiteral("1"));
    // No keychain to ask (or to wait for): the password comes from the profile's file.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(REFRAIN_PATH), {QStringLiteral("--profile"), profile});
}

QJsonObject readReport(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestStartup : public QObject {
    Q_OBJECT

private:
    // What every start must show, whatever the server does: a painted window, every stored
    // track in the library view, and an event loop that never waited for a request.
    static void verifyStartedWithoutServer(const QJsonObject &report) {
        QVERIFY2(!report.isEmpty(), "no startup report");
        QCOMPARE(report.value(QStringLiteral("complete")).toBool(), true);
        QVERIFY(report.value(QStringLiteral("first_paint_ms")).isDouble());
        QVERIFY(report.value(QStringLiteral("usable_ms")).isDouble());
        QCOMPARE(report.value(QStringLiteral("library_tracks")).toInt(), kTracks);
        QCOMPARE(report.value(QStringLiteral("tracks")).toInt(), kTracks);
        QVERIFY(report.value(QStringLiteral("max_stall_ms")).isDouble());
        QVERIFY2(report.value(QStringLiteral("max_stall_ms")).toDouble() < kRequestTimeoutMs,
                 QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    }

private Q_SLOTS:
    void blackHoledServerDoesNotHoldUpTheWindow() {
        SubsonicContent content;
        content.setUser(kUser, kPassword);
        FaultServer server;
        server.setHandler(content.handler());
        server.setMode(FaultMode::blackHole());
        QVERIFY(server.isListening());
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString made = makeProfile(profile.path(), server.baseUrl());
        QVERIFY2(made.isEmpty(), qPrintable(made));

        const QString reportPath = profile.filePath(QStringLiteral("startup.json"));
        QProcess app;
        launch(app, profile.path(), reportPath, false);
        QVERIFY2(app.waitForStarted(kWaitMs), qPrintable(app.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(reportPath) || app.state() == QProcess::NotRunning,
                                 kWaitMs);
        QVERIFY2(QFile::exists(reportPath), "refrain ended without a startup report");
        verifyStartedWithoutServer(readReport(reportPath));
        // The app does talk to the server — the test is not passing because it never tried —
        // and keeps running while its requests hang unanswered.
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 1, kWaitMs);
        QCOMPARE(app.state(), QProcess::Running);

        app.kill();
        QVERIFY(app.waitForFinished(kWaitMs));
    }

    void refusingServerDoesNotHoldUpTheWindow() {
        FaultServer server;
        server.setMode(FaultMode::refused());
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString made = makeProfile(profile.path(), server.baseUrl());
        QVERIFY2(made.isEmpty(), qPrintable(made));

        const QString reportPath = profile.filePath(QStringLiteral("startup.json"));
        QProcess app;
        launch(app, profile.path(), reportPath, true);
        QVERIFY2(app.waitForStarted(kWaitMs), qPrintable(app.errorString()));
        QVERIFY2(app.waitForFinished(kWaitMs), "refrain did not quit after its startup report");
        // Quitting with the server refusing is the ordinary, clean shutdown.
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        verifyStartedWithoutServer(readReport(reportPath));
        QCOMPARE(server.requestCount(), 0);
    }
};

} // namespace refrain::test

QTEST_GUILESS_MAIN(refrain::test::TestStartup)
#include "tst_startup.moc"
