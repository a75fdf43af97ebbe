// bench_startup: the real refrain binary, started on a profile holding 100,000 tracks and one
// Subsonic server (with its status page) that is up, down (503), refusing connections or
// black-holed: time from process start to the main window's first paint, to a usable library
// (every track in the library view), and the worst stall of the UI thread's event loop until two
// seconds after that (and after usable alone: when the servers are being asked) — from the app's
// own startup probe (app/startupprobe.h). Goal (issue #7): first paint under 500 ms, and the
// same whatever the server does. JSON lines: one per run, one per server state (medians, worst
// stalls), one summary.
//
// Environment: REFRAIN_BENCH_TRACKS (default 100000), REFRAIN_BENCH_ROUNDS (default 3; each round
// starts the app once in every state, so drift in the machine's load spreads over all of them),
// REFRAIN_PATH (the refrain binary; default: the one this build made).
#include "core/library/database.h"
#include "core/library/trackstore.h"
#include "core/service/secretstore.h"
#include "core/service/serverstore.h"
#include "tests/benchmarks/benchreport.h"
#include "tests/support/corpusgenerator.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

using namespace refrain;
using namespace refrain::test;

namespace {

const char *const kProgram = "bench_startup";
const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("sesame");
constexpr double kGoalFirstPaintMs = 500;
// "The same in all four": the medians of the states lie within this of each other.
constexpr double kSameWithinMs = 50;
constexpr int kSettleMs = 2000;
constexpr int kRunLimitMs = 180'000;

struct State {
    const char *name;
    FaultMode mode;
};

// The status page: all clear (the up state; the others get the server's fault like the API).
HttpHandler withStatusPage(HttpHandler subsonic) {
    return [subsonic = std::move(subsonic)](const HttpRequest &request) {
        if (!request.path.endsWith("/api/v2/summary.json"))
            return subsonic(request);
        HttpReply reply;
        reply.body =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("page"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("bench")},
                                 {QStringLiteral("name"), QStringLiteral("Bench Music")},
                                 {QStringLiteral("url"), QStringLiteral("http://127.0.0.1")},
                                 {QStringLiteral("updated_at"),
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}},
                    {QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("indicator"), QStringLiteral("none")},
                                 {QStringLiteral("description"),
                                  QStringLiteral("All Systems Operational")}}},
                    {QStringLiteral("components"), QJsonArray{}},
                    {QStringLiteral("incidents"), QJsonArray{}},
                    {QStringLiteral("scheduled_maintenances"), QJsonArray{}},
                })
                .toJson(QJsonDocument::Compact);
        return reply;
    };
}

// The profile every run starts from a copy of: `count` tracks, one server at `server` stored as
// refrainctl stores it (config in the database, password in the profile's secrets file).
QString makeProfile(const QString &dir, const QUrl &server, int count) {
    auto db = Database::open(QDir(dir).filePath(QStringLiteral("library.db")));
    if (!db)
        return db.error().message;
    QRandomGenerator rng(20261127);
    TrackList tracks = CorpusGenerator::syntheticTracks(count, rng);
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

bool copyProfile(const QString &from, const QString &to) {
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

// One start of the app on a fresh copy of the profile: the probe's report and how the app exited
// ("exit": its code, or "crashed"), or an empty object.
QJsonObject startOnce(const QString &refrain, const QString &templateProfile) {
    QTemporaryDir profile;
    if (!profile.isValid() || !copyProfile(templateProfile, profile.path()))
        return {};
    const QString reportPath = profile.filePath(QStringLiteral("startup.json"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("REFRAIN_STARTUP_REPORT"), reportPath);
    env.insert(QStringLiteral("REFRAIN_STARTUP_EXIT"), QStringLiteral("1"));
    env.insert(QStringLiteral("REFRAIN_STARTUP_SETTLE_MS"), QString::number(kSettleMs));
    // The same secret source every run (the profile's file), whatever desktop runs the bench.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.setStandardOutputFile(QProcess::nullDevice());
    app.start(refrain, {QStringLiteral("--profile"), profile.path()});
    if (!app.waitForStarted(kRunLimitMs) || !app.waitForFinished(kRunLimitMs)) {
        bench::say(kProgram,
                   QStringLiteral("refrain did not start or finish: %1").arg(app.errorString()));
        app.kill();
        app.waitForFinished();
        return {};
    }
    QFile file(reportPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    // How it quit matters too: a start that cannot end cleanly is not a clean start.
    report.insert(QStringLiteral("exit"), app.exitStatus() == QProcess::CrashExit
                                              ? QStringLiteral("crashed")
                                              : QString::number(app.exitCode()));
    return report;
}

double median(QList<double> values) {
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double numberOr(const QJsonObject &o, const char *key) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : -1;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int count = bench::envInt("REFRAIN_BENCH_TRACKS", 100000);
    const int rounds = bench::envInt("REFRAIN_BENCH_ROUNDS", 3);
    const QString refrain = qEnvironmentVariable("REFRAIN_PATH", QStringLiteral(REFRAIN_PATH));

    SubsonicContent content;
    content.setUser(kUser, kPassword);
    for (int i = 0; i < 200; ++i) {
        SongSpec song;
        song.title = QStringLiteral("Remote %1").arg(i + 1);
        song.artist = QStringLiteral("Artist %1").arg(i % 10);
        song.album = QStringLiteral("Album %1").arg(i % 20);
        song.track = i / 20 + 1;
        content.catalog().addSong(song);
    }
    FaultServer server;
    server.setHandler(withStatusPage(content.handler()));
    if (!server.isListening()) {
        bench::say(kProgram, QStringLiteral("the loopback server did not start"));
        return 1;
    }

    QTemporaryDir templateProfile;
    bench::say(kProgram, QStringLiteral("writing a library of %1 tracks").arg(count));
    if (const QString why = makeProfile(templateProfile.path(), server.baseUrl(), count);
        !why.isEmpty()) {
        bench::say(kProgram, QStringLiteral("making the profile failed: %1").arg(why));
        return 1;
    }

    const QList<State> states{
        {"up", FaultMode::normal()},
        {"down", FaultMode::serverError(503)},
        {"refusing", FaultMode::refused()},
        {"black_holed", FaultMode::blackHole()},
    };
    QHash<QString, QList<double>> paint, usable, stall, stallAfter;
    bool allRan = true;
    for (int round = 1; round <= rounds; ++round) {
        for (const State &state : states) {
            server.setMode(state.mode);
            server.resetCounters();
            const QJsonObject report = startOnce(refrain, templateProfile.path());
            const QString name = QString::fromLatin1(state.name);
            const bool complete = report.value(QStringLiteral("complete")).toBool();
            allRan = allRan && complete;
            if (complete) {
                paint[name].append(numberOr(report, "first_paint_ms"));
                usable[name].append(numberOr(report, "usable_ms"));
                stall[name].append(numberOr(report, "max_stall_ms"));
                stallAfter[name].append(numberOr(report, "max_stall_after_usable_ms"));
            }
            QJsonObject line{{QStringLiteral("bench"), QStringLiteral("startup_run")},
                             {QStringLiteral("state"), name},
                             {QStringLiteral("round"), round},
                             {QStringLiteral("server_requests"), server.requestCount()}};
            for (auto it = report.begin(); it != report.end(); ++it)
                line.insert(it.key(), it.value());
            bench::emitJson(line);
        }
    }

    QList<double> paintMedians, usableMedians;
    double worstStall = 0;
    double worstStallAfter = 0;
    for (const State &state : states) {
        const QString name = QString::fromLatin1(state.name);
        const double p = median(paint.value(name));
        const double u = median(usable.value(name));
        const QList<double> stalls = stall.value(name);
        const double s = stalls.isEmpty() ? -1 : *std::max_element(stalls.begin(), stalls.end());
        const QList<double> after = stallAfter.value(name);
        const double a = after.isEmpty() ? -1 : *std::max_element(after.begin(), after.end());
        paintMedians.append(p);
        usableMedians.append(u);
        worstStall = std::max(worstStall, s);
        worstStallAfter = std::max(worstStallAfter, a);
        bench::emitJson(QJsonObject{
            {QStringLiteral("bench"), QStringLiteral("startup")},
            {QStringLiteral("state"), name},
            {QStringLiteral("tracks"), count},
            {QStringLiteral("runs"), int(paint.value(name).size())},
            {QStringLiteral("first_paint_ms"), p},
            {QStringLiteral("usable_ms"), u},
            {QStringLiteral("max_stall_ms"), s},
            {QStringLiteral("median_max_stall_ms"), median(stalls)},
            {QStringLiteral("max_stall_after_usable_ms"), a},
        });
    }
    const auto [paintMin, paintMax] = std::minmax_element(paintMedians.begin(), paintMedians.end());
    const auto [usableMin, usableMax] =
        std::minmax_element(usableMedians.begin(), usableMedians.end());
    const double paintSpread = *paintMax - *paintMin;
    bench::emitJson(QJsonObject{
        {QStringLiteral("bench"), QStringLiteral("startup_summary")},
        {QStringLiteral("tracks"), count},
        {QStringLiteral("rounds"), rounds},
        {QStringLiteral("first_paint_spread_ms"), paintSpread},
        {QStringLiteral("usable_spread_ms"), *usableMax - *usableMin},
        {QStringLiteral("worst_first_paint_ms"), *paintMax},
        {QStringLiteral("worst_stall_ms"), worstStall},
        {QStringLiteral("worst_stall_after_usable_ms"), worstStallAfter},
        {QStringLiteral("goal_first_paint_ms"), kGoalFirstPaintMs},
        {QStringLiteral("first_paint_met"),
         allRan && *paintMin >= 0 && *paintMax < kGoalFirstPaintMs},
        {QStringLiteral("same_within_ms"), kSameWithinMs},
        {QStringLiteral("same_in_all_states"), allRan && paintSpread <= kSameWithinMs},
        {QStringLiteral("all_runs_complete"), allRan},
    });
    return allRan ? 0 : 1;
}
