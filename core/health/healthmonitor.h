// HealthMonitor: merges what this computer's network, probes of the server, the service's
// status page and the app's own requests say into one HealthState, with hysteresis so that one
// lost packet does not paint the window red and a flapping server does not blink it. It owns
// the probe and feed schedules (relaxed while healthy, backing off with jitter while failing,
// immediate when the network returns or the user presses Retry) and, when the server answers
// again, opens the request layer's breakers so that traffic resumes at once.
// Lives on the request layer's thread (the UI thread in the app); never blocks it.
#pragma once

#include "core/health/healthmerge.h"
#include "core/health/healthstate.h"
#include "core/health/incidentlog.h"
#include "core/service/request/clock.h"
#include "core/service/request/requestresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <deque>
#include <functional>
#include <memory>

namespace refrain {

class RequestLayer;
class StatusFeed;

// One server the monitor watches.
struct HealthTarget {
    QString serverId;
    QString serverName;
    QUrl statusUrl; // its status page's summary document; empty: none configured
    // Sends one probe and calls `done` exactly once, on the monitor's thread.
    std::function<void(std::function<void(const ProbeResult &)>)> probe;
};

class HealthMonitor : public QObject {
    Q_OBJECT
public:
    // Reachability of this computer as the OS reports it (QNetworkInformation).
    enum class Network { Unknown, Online, Offline };

    struct Settings {
        int failuresToGoDown = 2;          // consecutive failed probes before the server is down
        int successesToComeBack = 2;       // consecutive answers before it is up again
        qint64 healthyProbeMs = 30'000;    // between probes while the server answers
        qint64 confirmProbeMs = 500;       // after a first failure (or first answer): confirm soon
        qint64 failingProbeBaseMs = 1'000; // while down: min(cap, base·2^n), jittered in [½, 1]
        qint64 failingProbeCapMs = 4'000;
        qint64 feedPollMs = 60'000;      // status page reads (conditional GETs)
        qint64 feedStaleMs = 5 * 60'000; // unread this long: its word no longer counts
        // Flap damping: this many downs within the window and recovery must hold for holdMs.
        int flapDowns = 3;
        qint64 flapWindowMs = 10 * 60'000;
        qint64 flapHoldMs = 30'000;
        // Request telemetry: the last `window` outcomes per component; a share failing at or
        // above failureShare (with at least minSamples) marks that component as failing.
        int requestWindow = 20;
        int requestMinSamples = 4;
        double requestFailureShare = 0.5;
        qint64 requestMaxAgeMs = 5 * 60'000;
        qint64 slowLatencyMs = 4'000; // median latency above this: degraded
        quint32 seed = 0;             // jitter; 0: from the system
    };

    // Records observed transitions (HealthLogEntry rows for incidentlog::record); optional.
    using Recorder = std::function<void(const HealthLogEntry &entry)>;

    HealthMonitor(Clock *clock, RequestLayer *layer, QObject *parent = nullptr);
    HealthMonitor(Clock *clock, RequestLayer *layer, Settings settings, QObject *parent = nullptr);
    ~HealthMonitor() override;

    const HealthState &state() const { return m_state; }
    const Settings &settings() const { return m_settings; }

    // The servers to watch; replaces the previous set (what is known about a kept server stays)
    // and checks the new ones at once. Empty: local library only.
    void setTargets(const QList<HealthTarget> &targets);
    // The OS's view of the network; going Online probes at once.
    void setNetwork(Network network);
    // One finished request of the app (RequestLayer::outcome).
    void observe(const RequestOutcome &outcome);
    // Also records the current state at once (the log starts from what is known now).
    void setRecorder(Recorder recorder);

    // The user pressed Retry: probe every server and read every feed now, and let the request
    // layer's open breakers try again.
    void retryNow();
    // One evaluation of every signal without hysteresis (refrainctl health): probes and feeds
    // are asked once; evaluated() follows when all have answered.
    void evaluateOnce();

    // Times, for tests and the banner: when the next probe of a server goes out (clock ms).
    qint64 nextProbeAtMs(const QString &serverId) const;
    int probesSent(const QString &serverId) const;

Q_SIGNALS:
    void stateChanged(const refrain::HealthState &state);
    // The level changed (after hysteresis): once per transition, for notifications.
    void transition(const refrain::HealthState &previous, const refrain::HealthState &current);
    void evaluated(const refrain::HealthState &state);

private:
    struct Watch;
    struct ComponentStats;

    void schedule(Watch &watch, qint64 delayMs);
    void probe(const QString &serverId);
    void onProbe(const QString &serverId, const ProbeResult &result);
    void scheduleFeed(Watch &watch, qint64 delayMs);
    void readFeed(const QString &serverId);
    void onFeed(const QString &serverId, bool ok, const QString &error);
    qint64 failingDelay(const Watch &watch);
    void checkEvaluationDone();
    void recompute();
    void publish(HealthState next);
    void record(const HealthState &state);

    Clock *m_clock;
    QPointer<RequestLayer> m_layer;
    Settings m_settings;
    QRandomGenerator m_random;
    Network m_network = Network::Unknown;
    QList<QString> m_order; // server ids in the order given
    QHash<QString, std::shared_ptr<Watch>> m_watches;
    QHash<int, std::shared_ptr<ComponentStats>> m_requests; // by Component
    Recorder m_recorder;
    bool m_evaluating = false;
    HealthState m_state;
    QHash<QString, HealthLevel> m_recordedLevels; // subject → level last recorded
};

} // namespace refrain
