#include "core/health/healthmonitor.h"

#include "core/health/healthmerge.h"
#include "core/health/statusfeed.h"
#include "core/service/request/requestlayer.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace refrain {

namespace {

// Whether an outcome of the app's own traffic says something about the service: a 404 or a
// cancelled request does not; a breaker failing fast repeats what is already known.
std::optional<bool> serviceVerdict(const RequestOutcome &outcome) {
    switch (outcome.kind) {
    case FailureKind::None:
        return true;
    case FailureKind::Cancelled:
    case FailureKind::CircuitOpen:
    case FailureKind::Redirected:
    case FailureKind::TooLarge:
        return std::nullopt;
    case FailureKind::HttpStatus:
        if (outcome.httpStatus >= 500 || outcome.httpStatus == 429)
            return false;
        return std::nullopt;
    default:
        return false;
    }
}

} // namespace

struct HealthMonitor::Watch {
    enum class Server { Unknown, Up, Down, Rejected };

    QString key; // the server's id; for a status page alone, its URL
    HealthTarget target;
    std::unique_ptr<StatusFeed> feed;

    Clock::TimerId probeTimer = 0;
    qint64 nextProbeAt = -1;
    bool probing = false;
    int probesSent = 0;
    quint64 generation = 0; // a probe answering after setTargets/evaluateOnce is ignored

    Server server = Server::Unknown;
    int failures = 0;
    int successes = 0;
    int failingStep = 0;
    ProbeResult last;
    QDateTime lastSeen;
    QDateTime failingSince;
    qint64 recoveringSinceMs = -1; // first answer of the current run while down
    std::deque<qint64> downs;      // when it went down, for flap damping
    bool flapping = false;

    Clock::TimerId feedTimer = 0;
    QDateTime feedCheckedAt;
    QDateTime feedFailingSince;
    QString feedProblem;

    bool evalProbeDone = true;
    bool evalFeedDone = true;
};

struct HealthMonitor::ComponentStats {
    struct Sample {
        qint64 atMs;
        bool ok;
        qint64 latencyMs;
    };
    std::deque<Sample> samples;
};

HealthMonitor::HealthMonitor(Clock *clock, RequestLayer *layer, QObject *parent)
    : HealthMonitor(clock, layer, Settings{}, parent) {}

HealthMonitor::HealthMonitor(Clock *clock, RequestLayer *layer, Settings settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_layer(layer)
    , m_settings(settings)
    , m_random(settings.seed ? QRandomGenerator(settings.seed)
                             : QRandomGenerator(QRandomGenerator::system()->generate())) {
    qRegisterMetaType<refrain::HealthState>();
    qRegisterMetaType<refrain::ProbeResult>();
    recompute();
}

HealthMonitor::~HealthMonitor() {
    for (const auto &watch : std::as_const(m_watches)) {
        if (watch->probeTimer)
            m_clock->cancel(watch->probeTimer);
        if (watch->feedTimer)
            m_clock->cancel(watch->feedTimer);
    }
}

void HealthMonitor::setTargets(const QList<HealthTarget> &targets) {
    QHash<QString, std::shared_ptr<Watch>> kept;
    m_order.clear();
    for (const HealthTarget &target : targets) {
        const QString key =
            target.serverId.isEmpty() ? target.statusUrl.toString() : target.serverId;
        std::shared_ptr<Watch> watch = m_watches.value(key);
        const bool fresh = !watch;
        if (fresh) {
            watch = std::make_shared<Watch>();
            watch->key = key;
        }
        const bool feedChanged = fresh || watch->target.statusUrl != target.statusUrl;
        if (!fresh && watch->probing) {
            // The probe in flight may belong to a client that is gone: ask the new one.
            watch->probing = false;
            ++watch->generation;
            schedule(*watch, 0);
        }
        watch->target = target;
        if (feedChanged) {
            watch->feed.reset();
            watch->feedCheckedAt = {};
            watch->feedFailingSince = {};
            watch->feedProblem.clear();
            if (target.statusUrl.isValid() && !target.statusUrl.isEmpty() && m_layer) {
                watch->feed = std::make_unique<StatusFeed>(m_layer, target.statusUrl);
                connect(watch->feed.get(), &StatusFeed::read, this,
                        [this, key](const StatusFeed::Reading &reading) {
                            onFeed(key, reading.ok, reading.error);
                        });
            }
        }
        m_order.append(key);
        kept.insert(key, watch);
        if (fresh)
            schedule(*watch, 0);
        if (feedChanged)
            scheduleFeed(*watch, 0);
    }
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        if (kept.contains(it.key()))
            continue;
        if (it.value()->probeTimer)
            m_clock->cancel(it.value()->probeTimer);
        if (it.value()->feedTimer)
            m_clock->cancel(it.value()->feedTimer);
    }
    m_watches = kept;
    recompute();
}

void HealthMonitor::setNetwork(Network network) {
    if (network == m_network)
        return;
    const bool cameBack = network == Network::Online && m_network != Network::Online;
    m_network = network;
    if (cameBack) {
        // The network is back: ask now rather than at the next step of a backoff.
        for (const auto &watch : std::as_const(m_watches)) {
            schedule(*watch, 0);
            scheduleFeed(*watch, 0);
        }
        if (m_layer)
            m_layer->retryNow();
    }
    recompute();
}

void HealthMonitor::observe(const RequestOutcome &outcome) {
    if (outcome.component == Component::Probe || outcome.component == Component::Status)
        return; // the monitor's own checks arrive through their callbacks
    const std::optional<bool> verdict = serviceVerdict(outcome);
    if (!verdict)
        return;
    auto &stats = m_requests[int(outcome.component)];
    if (!stats)
        stats = std::make_shared<ComponentStats>();
    stats->samples.push_back({m_clock->nowMs(), *verdict, outcome.latencyMs});
    while (int(stats->samples.size()) > m_settings.requestWindow)
        stats->samples.pop_front();
    // The app's own traffic disagrees with what the monitor believes: check now.
    for (const auto &watch : std::as_const(m_watches)) {
        if (!watch->target.probe || watch->probing)
            continue;
        const bool contradicts = (*verdict && watch->server == Watch::Server::Down)
                                 || (!*verdict && watch->server == Watch::Server::Up);
        if (contradicts
            && (watch->nextProbeAt < 0
                || watch->nextProbeAt - m_clock->nowMs() > m_settings.confirmProbeMs))
            schedule(*watch, m_settings.confirmProbeMs);
    }
    recompute();
}

void HealthMonitor::setRecorder(Recorder recorder) {
    m_recorder = std::move(recorder);
    m_recordedLevels.clear();
    record(m_state);
}

void HealthMonitor::retryNow() {
    for (const auto &watch : std::as_const(m_watches)) {
        schedule(*watch, 0);
        scheduleFeed(*watch, 0);
    }
    if (m_layer)
        m_layer->retryNow();
}

void HealthMonitor::evaluateOnce() {
    m_evaluating = true;
    for (const auto &watch : std::as_const(m_watches)) {
        // One look decides: no history to weigh it against.
        watch->server = Watch::Server::Unknown;
        watch->failures = watch->successes = 0;
        watch->evalProbeDone = !watch->target.probe;
        watch->evalFeedDone = !watch->feed;
        probe(watch->key);
        readFeed(watch->key);
    }
    QTimer::singleShot(0, this, &HealthMonitor::checkEvaluationDone);
}

qint64 HealthMonitor::nextProbeAtMs(const QString &serverId) const {
    const auto watch = m_watches.value(serverId);
    return watch ? watch->nextProbeAt : -1;
}

int HealthMonitor::probesSent(const QString &serverId) const {
    const auto watch = m_watches.value(serverId);
    return watch ? watch->probesSent : 0;
}

void HealthMonitor::schedule(Watch &watch, qint64 delayMs) {
    if (!watch.target.probe)
        return;
    if (watch.probeTimer)
        m_clock->cancel(watch.probeTimer);
    watch.probeTimer = 0;
    const QString id = watch.key;
    watch.nextProbeAt = m_clock->nowMs() + std::max<qint64>(0, delayMs);
    watch.probeTimer = m_clock->callAfter(std::max<qint64>(0, delayMs), this, [this, id] {
        const auto found = m_watches.value(id);
        if (found)
            found->probeTimer = 0;
        probe(id);
    });
}

void HealthMonitor::probe(const QString &serverId) {
    const auto watch = m_watches.value(serverId);
    if (!watch || !watch->target.probe)
        return;
    if (watch->probing)
        return; // its answer schedules the next one
    watch->probing = true;
    watch->nextProbeAt = -1;
    ++watch->probesSent;
    const quint64 generation = ++watch->generation;
    QPointer<HealthMonitor> self(this);
    watch->target.probe([self, serverId, generation](const ProbeResult &result) {
        if (!self)
            return;
        const auto found = self->m_watches.value(serverId);
        if (!found || found->generation != generation)
            return;
        found->probing = false;
        self->onProbe(serverId, result);
    });
}

qint64 HealthMonitor::failingDelay(const Watch &watch) {
    const double grown =
        double(m_settings.failingProbeBaseMs) * std::pow(2.0, std::min(watch.failingStep, 20));
    const double step = std::min(double(m_settings.failingProbeCapMs), grown);
    // Jitter in [½, 1] of the step: clients that lost the server together do not return in step.
    return qint64(step * (0.5 + 0.5 * m_random.generateDouble()));
}

void HealthMonitor::onProbe(const QString &serverId, const ProbeResult &result) {
    const auto watch = m_watches.value(serverId);
    if (!watch)
        return;
    Watch &w = *watch;
    const qint64 nowMs = m_clock->nowMs();
    const QDateTime now = m_clock->wallNow();
    w.last = result;
    const bool answered =
        result.kind == ProbeResult::Kind::Answered || result.kind == ProbeResult::Kind::Rejected;
    if (answered) {
        w.lastSeen = now;
        w.failures = 0;
        ++w.successes;
        if (w.recoveringSinceMs < 0)
            w.recoveringSinceMs = nowMs;
        const Watch::Server answeredAs = result.kind == ProbeResult::Kind::Rejected
                                             ? Watch::Server::Rejected
                                             : Watch::Server::Up;
        bool decided = w.server == Watch::Server::Unknown || w.server == Watch::Server::Up
                       || w.server == Watch::Server::Rejected;
        if (!decided) { // down: it takes M answers (and, while flapping, a quiet spell)
            decided = w.successes >= m_settings.successesToComeBack
                      && (!w.flapping || nowMs - w.recoveringSinceMs >= m_settings.flapHoldMs);
        }
        if (decided) {
            const bool wasDown = w.server == Watch::Server::Down;
            w.server = answeredAs;
            w.failingSince = {};
            w.failingStep = 0;
            schedule(w, m_settings.healthyProbeMs);
            if (wasDown && m_layer)
                m_layer->retryNow(); // the server is back: no request waits out a breaker
        } else {
            schedule(w, w.flapping ? failingDelay(w) : m_settings.confirmProbeMs);
        }
    } else {
        w.successes = 0;
        w.recoveringSinceMs = -1;
        ++w.failures;
        if (!w.failingSince.isValid())
            w.failingSince = now;
        const bool decided =
            w.server == Watch::Server::Unknown || w.failures >= m_settings.failuresToGoDown;
        if (w.server != Watch::Server::Down && decided) {
            w.server = Watch::Server::Down;
            w.failingStep = 0;
            w.downs.push_back(nowMs);
        }
        while (!w.downs.empty() && nowMs - w.downs.front() > m_settings.flapWindowMs)
            w.downs.pop_front();
        w.flapping = int(w.downs.size()) >= m_settings.flapDowns;
        if (w.server == Watch::Server::Down) {
            schedule(w, failingDelay(w));
            ++w.failingStep;
        } else {
            schedule(w, m_settings.confirmProbeMs);
        }
    }
    if (w.server != Watch::Server::Down && !w.downs.empty()
        && nowMs - w.downs.back() > m_settings.flapWindowMs) {
        w.flapping = false;
    }
    w.evalProbeDone = true;
    recompute();
    checkEvaluationDone();
}

void HealthMonitor::scheduleFeed(Watch &watch, qint64 delayMs) {
    if (!watch.feed)
        return;
    if (watch.feedTimer)
        m_clock->cancel(watch.feedTimer);
    const QString id = watch.key;
    watch.feedTimer = m_clock->callAfter(std::max<qint64>(0, delayMs), this, [this, id] {
        const auto found = m_watches.value(id);
        if (found)
            found->feedTimer = 0;
        readFeed(id);
    });
}

void HealthMonitor::readFeed(const QString &key) {
    const auto watch = m_watches.value(key);
    if (!watch || !watch->feed)
        return;
    watch->feed->fetch(); // ignored while one is running; its answer schedules the next
}

void HealthMonitor::onFeed(const QString &key, bool ok, const QString &error) {
    const auto watch = m_watches.value(key);
    if (!watch)
        return;
    const QDateTime now = m_clock->wallNow();
    if (ok) {
        watch->feedCheckedAt = now;
        watch->feedFailingSince = {};
        watch->feedProblem.clear();
    } else {
        if (!watch->feedFailingSince.isValid())
            watch->feedFailingSince = now;
        watch->feedProblem = error;
    }
    scheduleFeed(*watch, m_settings.feedPollMs);
    watch->evalFeedDone = true;
    recompute();
    checkEvaluationDone();
}

void HealthMonitor::checkEvaluationDone() {
    if (!m_evaluating)
        return;
    for (const auto &watch : std::as_const(m_watches)) {
        if (!watch->evalProbeDone || !watch->evalFeedDone)
            return;
    }
    m_evaluating = false;
    Q_EMIT evaluated(m_state);
}

void HealthMonitor::recompute() {
    const qint64 nowMs = m_clock->nowMs();
    const QDateTime now = m_clock->wallNow();

    // The app's own requests, per component.
    QList<HealthMerge::Tally> requests;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        auto &samples = it.value()->samples;
        while (!samples.empty() && nowMs - samples.front().atMs > m_settings.requestMaxAgeMs)
            samples.pop_front();
        if (samples.empty())
            continue;
        HealthMerge::Tally tally;
        tally.component = Component(it.key());
        std::vector<qint64> latencies;
        for (const auto &sample : samples) {
            ++tally.total;
            if (!sample.ok)
                ++tally.failed;
            else
                latencies.push_back(sample.latencyMs);
        }
        if (!latencies.empty()) {
            std::nth_element(latencies.begin(), latencies.begin() + latencies.size() / 2,
                             latencies.end());
            tally.medianLatencyMs = latencies[latencies.size() / 2];
        }
        tally.failing = tally.total >= m_settings.requestMinSamples
                        && double(tally.failed) / tally.total >= m_settings.requestFailureShare;
        tally.slow = !tally.failing && tally.medianLatencyMs > m_settings.slowLatencyMs
                     && tally.total - tally.failed >= m_settings.requestMinSamples;
        requests.append(tally);
    }

    QList<HealthMerge::Watch> watches;
    for (const QString &key : std::as_const(m_order)) {
        const auto watch = m_watches.value(key);
        if (!watch)
            continue;
        HealthMerge::Watch signal;
        signal.serverId = watch->target.serverId;
        signal.serverName = watch->target.serverName;
        signal.probed = bool(watch->target.probe);
        switch (watch->server) {
        case Watch::Server::Unknown:
            signal.server = HealthMerge::Server::Checking;
            break;
        case Watch::Server::Up:
            signal.server = HealthMerge::Server::Answering;
            break;
        case Watch::Server::Rejected:
            signal.server = HealthMerge::Server::Rejecting;
            break;
        case Watch::Server::Down:
            signal.server = HealthMerge::Server::NotAnswering;
            break;
        }
        signal.lastProbe = watch->last;
        signal.lastSeen = watch->lastSeen;
        signal.failingSince = watch->failingSince;
        signal.flapping = watch->flapping;
        signal.hasFeed = bool(watch->feed);
        if (watch->feed) {
            signal.report = watch->feed->lastReport();
            signal.feedCheckedAt = watch->feedCheckedAt;
            signal.feedFailingSince = watch->feedFailingSince;
            signal.feedProblem = watch->feedProblem;
            signal.feedFresh = watch->feedCheckedAt.isValid()
                               && watch->feedCheckedAt.msecsTo(now) <= m_settings.feedStaleMs
                               && signal.report.has_value();
        }
        watches.append(signal);
    }

    HealthMerge::Network network = HealthMerge::Network::Unknown;
    if (m_network == Network::Online)
        network = HealthMerge::Network::Online;
    else if (m_network == Network::Offline)
        network = HealthMerge::Network::Offline;
    publish(HealthMerge::merge(network, watches, requests, now));
}

void HealthMonitor::publish(HealthState next) {
    const QDateTime now = m_clock->wallNow();
    next.checkedAt = now;
    next.since = (m_state.level == next.level && m_state.since.isValid()) ? m_state.since : now;
    HealthState comparableOld = m_state;
    comparableOld.checkedAt = now;
    const HealthState previous = m_state;
    const bool first = !m_state.checkedAt.isValid();
    m_state = std::move(next);
    if (comparableOld == m_state)
        return;
    record(m_state);
    Q_EMIT stateChanged(m_state);
    if (!first && previous.level != m_state.level)
        Q_EMIT transition(previous, m_state);
}

void HealthMonitor::record(const HealthState &state) {
    if (!m_recorder)
        return;
    auto note = [&](const QString &subject, const QString &name, HealthLevel level,
                    const QString &basis, const QString &headline, const QString &detail) {
        const auto known = m_recordedLevels.constFind(subject);
        if (known != m_recordedLevels.cend() && known.value() == level)
            return;
        m_recordedLevels.insert(subject, level);
        HealthLogEntry entry;
        entry.subject = subject;
        entry.subjectName = name;
        entry.level = level;
        entry.basis = basis;
        entry.headline = headline;
        entry.detail = detail;
        entry.startedAt = state.checkedAt;
        m_recorder(entry);
    };
    note(QString::fromLatin1(incidentlog::kOverall), tr("Overall"), state.level,
         HealthState::basisKey(state.basis), state.headline, state.detail);
    for (const ServiceComponent &component : state.components) {
        if (component.isGroup)
            continue;
        QString subject;
        if (component.source == QLatin1String("server_probe"))
            subject = incidentlog::serverSubject(component.id);
        else if (component.source == QLatin1String("status_page"))
            subject = incidentlog::componentSubject(state.serverId, component.id);
        else
            continue;
        // The level says it all for a part; the feed's raw status word is not for people.
        note(subject, component.name, component.level, component.source, {}, {});
    }
}

} // namespace refrain
