// bench_outage: outage discipline, measured. A loopback server black-holes every connection for
// ten minutes of simulated time while 1,000 queued operations, spread over six components, keep
// trying (each comes back when its error says the next try is). Prints what reached the server
// against the documented bound (circuitbreaker.h), then brings the server back — no retryNow() —
// and times, in real time, how long until traffic flows again. JSON lines on stdout.
//
// Time: simulated time runs only as fast as the real network can follow — while a request is
// on the wire, 500 ms of simulated time per 5 ms of real time; while nothing is, it jumps to the
// next timer. So "resume" is measured in real time from the moment the server answers again to
// the first successful answer, with the schedule's simulated wait (reported too) compressed.
//
// Environment: REFRAIN_BENCH_OPERATIONS (default 1000), REFRAIN_BENCH_OUTAGE_MINUTES (default 10).
#include "core/service/request/manualclock.h"
#include "core/service/request/requestlayer.h"
#include "tests/benchmarks/benchreport.h"
#include "tests/support/httpserver/faultserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <array>
#include <memory>

using namespace refrain;
using refrain::test::FaultMode;
using refrain::test::FaultServer;
using refrain::test::HttpReply;
using refrain::test::HttpRequest;

namespace {

constexpr std::array<Component, 6> kComponents = {Component::Browse,   Component::Search,
                                                  Component::Stream,   Component::Artwork,
                                                  Component::Scrobble, Component::Status};
constexpr qint64 kGoalResumeMs = 5'000;
constexpr qint64 kSimStepMs = 500;
constexpr int kRealStepMs = 5;

void say(const QString &text) {
    bench::say("bench_outage", text);
}

// One queued operation: it sends its request, and on failure comes back when told to.
struct Operation {
    int index = 0;
    Component component = Component::Browse;
    bool done = false;
};

class Driver {
public:
    Driver(RequestLayer *layer, ManualClock *clock, FaultServer *server, int operations)
        : m_layer(layer)
        , m_clock(clock)
        , m_server(server) {
        for (int i = 0; i < operations; ++i)
            m_ops.push_back(Operation{i, kComponents.at(size_t(i) % kComponents.size()), false});
    }

    void submitAll() {
        for (Operation &op : m_ops)
            submit(op);
    }

    int remaining() const {
        int n = 0;
        for (const Operation &op : m_ops)
            n += op.done ? 0 : 1;
        return n;
    }

    // Runs the simulation until `until` (simulated) or `stop()` says so.
    template<typename Stop>
    void run(qint64 until, Stop stop) {
        while (m_clock->nowMs() < until && !stop()) {
            QEventLoop loop;
            if (m_layer->runningCount() > 0) {
                // Give the real network its time before simulated deadlines move on.
                QTimer::singleShot(kRealStepMs, &loop, &QEventLoop::quit);
                loop.exec();
                m_clock->advanceTo(std::min(until, m_clock->nowMs() + kSimStepMs));
            } else {
                QTimer::singleShot(0, &loop, &QEventLoop::quit);
                loop.exec(); // deliveries and deferred deletions
                if (m_layer->runningCount() > 0 || stop())
                    continue;
                const qint64 next = m_clock->nextDueMs();
                m_clock->advanceTo(next < 0 ? until : std::min(until, next));
            }
        }
    }

private:
    void submit(Operation &op) {
        RequestOptions options;
        options.component = op.component;
        const QString path =
            QStringLiteral("/rest/%1/%2").arg(componentKey(op.component)).arg(op.index);
        RequestReply *reply = m_layer->get(m_server->url(path), options);
        QObject::connect(reply, &RequestReply::finished, reply, [this, reply, &op] {
            const RequestResult result = reply->result();
            reply->deleteLater();
            if (result.ok()) {
                op.done = true;
                return;
            }
            const qint64 wait =
                result.retryAtMs > m_clock->nowMs() ? result.retryAtMs - m_clock->nowMs() : 1'000;
            m_clock->callAfter(wait, m_layer, [this, &op] { submit(op); });
        });
    }

    RequestLayer *m_layer;
    ManualClock *m_clock;
    FaultServer *m_server;
    std::vector<Operation> m_ops;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int operations = bench::envInt("REFRAIN_BENCH_OPERATIONS", 1000);
    const int minutes = bench::envInt("REFRAIN_BENCH_OUTAGE_MINUTES", 10);
    const qint64 outageMs = qint64(minutes) * 60'000;

    FaultServer server;
    server.setHandler([](const HttpRequest &) {
        HttpReply reply;
        reply.body = "{\"subsonic-response\":{\"status\":\"ok\"}}";
        return reply;
    });
    server.setMode(FaultMode::blackHole());

    ManualClock clock;
    RequestLayer::Policy policy;
    policy.seed = 20261127;
    RequestLayer layer(&clock, policy);
    std::array<int, kComponentCount> probes{};
    QObject::connect(&layer, &RequestLayer::circuitChanged, &layer,
                     [&](Component c, CircuitBreaker::State state, qint64) {
                         if (state == CircuitBreaker::State::HalfOpen)
                             ++probes[size_t(c)];
                     });
    qint64 firstSuccessSim = -1;
    qint64 firstSuccessReal = -1;
    QElapsedTimer sinceReturn;
    QObject::connect(&layer, &RequestLayer::outcome, &layer, [&](const RequestOutcome &o) {
        if (o.kind == FailureKind::None && firstSuccessReal < 0 && sinceReturn.isValid()) {
            firstSuccessReal = sinceReturn.elapsed();
            firstSuccessSim = clock.nowMs();
        }
    });

    Driver driver(&layer, &clock, &server, operations);
    say(QStringLiteral("%1 operations, black hole for %2 simulated minutes")
            .arg(operations)
            .arg(minutes));
    QElapsedTimer outageReal;
    outageReal.start();
    const qint64 start = clock.nowMs();
    driver.submitAll();
    driver.run(start + outageMs, [] { return false; });
    const qint64 outageRealMs = outageReal.elapsed();

    // What the client sent while the server was gone, against the documented bound: the
    // failures that open a breaker (threshold − 1 finished, plus up to maxConcurrent in flight)
    // and then one probe per backoff step.
    const int openingBurst = policy.breaker.failureThreshold - 1 + policy.maxConcurrent;
    const int probeBound = CircuitBreaker::maxProbesWithin(outageMs, policy.breaker);
    QJsonObject perComponent;
    QJsonObject probesPerComponent;
    int total = 0;
    bool within = true;
    for (const Component c : kComponents) {
        const int sent = layer.attemptsSent(c);
        total += sent;
        within = within && sent <= openingBurst + probeBound && probes[size_t(c)] <= probeBound;
        perComponent.insert(componentKey(c), sent);
        probesPerComponent.insert(componentKey(c), probes[size_t(c)]);
    }
    const int received = server.requestCount();
    bench::emitJson({
        {QStringLiteral("bench"), QStringLiteral("outage_requests")},
        {QStringLiteral("operations"), operations},
        {QStringLiteral("outage_simulated_s"), double(outageMs) / 1000.0},
        {QStringLiteral("requests_sent"), total},
        {QStringLiteral("requests_received_by_server"), received},
        {QStringLiteral("requests_per_component"), perComponent},
        {QStringLiteral("probes_per_component"), probesPerComponent},
        {QStringLiteral("documented_max_probes_per_component"), probeBound},
        {QStringLiteral("documented_max_opening_burst_per_component"), openingBurst},
        {QStringLiteral("documented_max_requests_per_component"), openingBurst + probeBound},
        {QStringLiteral("operations_still_queued"), driver.remaining()},
        {QStringLiteral("real_s"), double(outageRealMs) / 1000.0},
        {QStringLiteral("met"), within},
    });
    say(QStringLiteral("outage: %1 requests sent for %2 operations in %3 s real")
            .arg(total)
            .arg(operations)
            .arg(double(outageRealMs) / 1000.0));

    // The server comes back. Nobody calls retryNow(): the schedule alone must find it.
    qint64 longestWait = 0;
    for (const Component c : kComponents)
        longestWait = std::max(longestWait, layer.circuitRetryAtMs(c) - clock.nowMs());
    const qint64 returnedAt = clock.nowMs();
    server.setMode(FaultMode::normal());
    sinceReturn.start();
    QElapsedTimer guard;
    guard.start();
    driver.run(std::numeric_limits<qint64>::max(),
               [&] { return driver.remaining() == 0 || guard.elapsed() > 30'000; });
    const qint64 drainRealMs = sinceReturn.elapsed();
    const bool resumed = firstSuccessReal >= 0 && firstSuccessReal < kGoalResumeMs;
    bench::emitJson({
        {QStringLiteral("bench"), QStringLiteral("outage_resume")},
        {QStringLiteral("resume_real_ms"), double(firstSuccessReal)},
        {QStringLiteral("resume_simulated_ms"),
         double(firstSuccessSim < 0 ? -1 : firstSuccessSim - returnedAt)},
        {QStringLiteral("longest_scheduled_wait_simulated_ms"), double(longestWait)},
        {QStringLiteral("all_operations_done_real_ms"), double(drainRealMs)},
        {QStringLiteral("operations_done"), operations - driver.remaining()},
        {QStringLiteral("goal_resume_real_ms"), double(kGoalResumeMs)},
        {QStringLiteral("met"), resumed && driver.remaining() == 0},
    });
    say(QStringLiteral("resumed %1 ms (real) after the server returned; all done after %2 ms")
            .arg(firstSuccessReal)
            .arg(drainRealMs));
    return within && resumed && driver.remaining() == 0 ? 0 : 1;
}
