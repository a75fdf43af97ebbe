// bench_health: how fast the health banner learns the truth, in real time, with default
// settings: a loopback Subsonic server black-holes connections, refuses them, comes back; and
// how soon the app's own browsing flows again once it is back, while its breaker was open from
// the outage (the monitor opens the breakers when the server answers: #4's "traffic resumes
// within 5 s"). Goals (issue #5): black hole ≤ 10 s, refused ≤ 3 s, back ≤ 5 s. JSON lines.
//
// Environment: REFRAIN_BENCH_ROUNDS (default 3) — each round measures every case once.
#include "core/health/healthmonitor.h"
#include "core/health/serverprobe.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/subsonicclient.h"
#include "tests/benchmarks/benchreport.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <memory>

using namespace refrain;
using namespace refrain::test;

namespace {

const char *const kProgram = "bench_health";
const QString kPassword = QStringLiteral("pw");

// Runs the event loop until `done` holds or limitMs pass; the real milliseconds it took, -1 if not.
qint64 waitFor(const std::function<bool()> &done, qint64 limitMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > limitMs)
            return -1;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return timer.elapsed();
}

struct Rig {
    SystemClock clock;
    RequestLayer layer{&clock};
    SubsonicContent content;
    FaultServer http;
    std::unique_ptr<SubsonicClient> client;
    std::unique_ptr<HealthMonitor> monitor;

    Rig() {
        content.setUser(QStringLiteral("alice"), kPassword);
        http.setHandler(content.handler());
        ServerConfig config;
        config.id = QStringLiteral("bench");
        config.name = QStringLiteral("Home");
        config.urls = {http.baseUrl()};
        config.user = QStringLiteral("alice");
        client = std::make_unique<SubsonicClient>(&layer, config, kPassword);
        monitor = std::make_unique<HealthMonitor>(&clock, &layer);
        QObject::connect(&layer, &RequestLayer::outcome, monitor.get(), &HealthMonitor::observe);
        monitor->setNetwork(HealthMonitor::Network::Online);
        monitor->setTargets({serverHealthTarget(client.get())});
    }
    HealthLevel level() const { return monitor->state().level; }
    bool up() {
        return waitFor([&] { return level() == HealthLevel::Operational; }, 20'000) >= 0;
    }
};

void report(const char *name, qint64 ms, qint64 goalMs, int round) {
    bench::emitJson(QJsonObject{{QStringLiteral("benchmark"), QString::fromLatin1(kProgram)},
                                {QStringLiteral("case"), QString::fromLatin1(name)},
                                {QStringLiteral("round"), round},
                                {QStringLiteral("ms"), ms},
                                {QStringLiteral("goal_ms"), goalMs},
                                {QStringLiteral("met"), ms >= 0 && ms <= goalMs}});
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int rounds = bench::envInt("REFRAIN_BENCH_ROUNDS", 3);
    for (int round = 1; round <= rounds; ++round) {
        {
            // From a working server to a black hole, noticed after the user presses Retry (or
            // the app's own request fails): two missed probes of 4 s each.
            Rig rig;
            if (!rig.up())
                return 1;
            rig.http.setMode(FaultMode::blackHole());
            rig.monitor->retryNow();
            report("black_hole_shown",
                   waitFor([&] { return rig.level() == HealthLevel::MajorOutage; }, 30'000), 10'000,
                   round);
        }
        {
            Rig rig;
            if (!rig.up())
                return 1;
            rig.http.setMode(FaultMode::refused());
            rig.monitor->retryNow();
            report("refused_shown",
                   waitFor([&] { return rig.level() == HealthLevel::MajorOutage; }, 30'000), 3'000,
                   round);
            // Down for a while: the app keeps trying to browse until its breaker opens.
            for (int i = 0; i < 4; ++i) {
                bool done = false;
                rig.client->call(QStringLiteral("getPlaylists"), {}, Component::Browse,
                                 [&](const SubsonicCall &) { done = true; });
                waitFor([&] { return done; }, 30'000);
            }
            waitFor([] { return false; }, 8'000);
            bench::say(kProgram, QStringLiteral("browse breaker %1, probes sent while down: %2")
                                     .arg(rig.layer.circuitState(Component::Browse)
                                                  == CircuitBreaker::State::Open
                                              ? QStringLiteral("open")
                                              : QStringLiteral("not open"))
                                     .arg(rig.monitor->probesSent(QStringLiteral("bench"))));
            rig.http.setMode(FaultMode::normal());
            QElapsedTimer back;
            back.start();
            report("operational_again",
                   waitFor([&] { return rig.level() == HealthLevel::Operational; }, 30'000), 5'000,
                   round);
            // The first browse after the banner turned green goes out at once, breaker or not.
            bool answered = false;
            rig.client->call(QStringLiteral("getPlaylists"), {}, Component::Browse,
                             [&](const SubsonicCall &call) { answered = call.ok(); });
            waitFor([&] { return answered; }, 30'000);
            report("browse_resumed", answered ? back.elapsed() : -1, 5'000, round);
        }
    }
    return 0;
}
