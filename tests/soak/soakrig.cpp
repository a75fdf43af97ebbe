#include "tests/soak/soakrig.h"

#include "core/health/networkwatch.h"
#include "core/health/serverprobe.h"
#include "core/history/listenstore.h"
#include "core/history/scrobblequeue.h"
#include "core/history/scrobbler.h"
#include "core/history/subsonicscrobbler.h"
#include "core/library/database.h"
#include "core/service/request/requestlayer.h"
#include "core/service/subsonicclient.h"
#include "tests/support/httpserver/faultserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QTimeZone>

#include <optional>

namespace refrain::test {

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("soak-pw");
const QString kServerId = QStringLiteral("soak-server");
constexpr int kSettleMs = 60'000; // real time; generous for a loaded 2-core machine

int objectsUnder(const QObject *object) {
    return object ? int(object->findChildren<QObject *>().size()) : 0;
}

} // namespace

// One SQLite connection used only on its own thread, as the library's database thread in the
// app: jobs run there in order.
class SoakRig::DatabaseThread {
public:
    explicit DatabaseThread(const QString &path) {
        auto db = Database::open(path);
        if (!db) {
            m_error = db.error().message;
            return;
        }
        m_db.emplace(std::move(db).value());
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~DatabaseThread() {
        m_thread.quit();
        m_thread.wait();
    }
    bool isOpen() const { return m_db.has_value(); }
    QString error() const { return m_error; }
    void post(std::function<void()> fn) { QMetaObject::invokeMethod(&m_context, std::move(fn)); }
    Database &db() { return *m_db; }

private:
    std::optional<Database> m_db;
    QString m_error;
    QThread m_thread;
    QObject m_context;
};

HealthMonitor::Settings SoakRig::monitorSettings(quint32 seed) {
    HealthMonitor::Settings s;
    s.healthyProbeMs = 5 * 60'000;
    s.failingProbeCapMs = 60'000;
    s.feedPollMs = 10 * 60'000;
    s.feedStaleMs = 30 * 60'000;
    s.flapWindowMs = 60 * 60'000;
    s.flapHoldMs = 5 * 60'000;
    s.seed = seed;
    return s;
}

SoakRig::SoakRig(Options options)
    : m_options(std::move(options))
    , m_wallStart(QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()))
    , m_clock(1'000'000, m_wallStart) {
    m_startMs = m_clock.nowMs();

    m_content.setUser(kUser, kPassword);
    m_content.setNow(m_wallStart);
    for (int i = 0; i < 6; ++i) {
        SongSpec spec;
        spec.title = QStringLiteral("Song %1").arg(i);
        m_songs.append(m_content.catalog().addSong(spec));
    }
    m_http = std::make_unique<FaultServer>();
    m_http->setHandler(m_content.handler());
    m_status = std::make_unique<FaultServer>();
    m_status->setHandler(m_feed.handler());
    m_feed.set(SoakFeed::Phase::Operational, 0, m_wallStart);

    m_database = std::make_unique<DatabaseThread>(m_options.databasePath);
    if (!m_database->isOpen()) {
        m_error = m_database->error();
        return;
    }
    if (!m_http->isListening() || !m_status->isListening()) {
        m_error = QStringLiteral("a loopback server did not start");
        return;
    }

    RequestLayer::Policy policy;
    policy.seed = m_options.seed;
    m_layer = std::make_unique<RequestLayer>(&m_clock, policy);
    ServerConfig config;
    config.id = kServerId;
    config.name = QStringLiteral("Home");
    config.urls = {m_http->baseUrl()};
    config.user = kUser;
    config.openSubsonic = true;
    config.apiVersion = QStringLiteral("1.16.1");
    config.statusUrl = m_status->url(QStringLiteral("/api/v2/summary.json"));
    m_client = std::make_unique<SubsonicClient>(m_layer.get(), config, kPassword);

    // As the composition root wires the monitor: every request's outcome, the OS's network, the
    // servers as targets, transitions into the incident log on the database thread.
    m_monitor =
        std::make_unique<HealthMonitor>(&m_clock, m_layer.get(), monitorSettings(m_options.seed));
    QObject::connect(m_layer.get(), &RequestLayer::outcome, m_monitor.get(),
                     &HealthMonitor::observe);
    m_network = std::make_unique<NetworkWatch>();
    QObject::connect(m_network.get(), &NetworkWatch::networkChanged, m_monitor.get(),
                     &HealthMonitor::setNetwork);
    if (m_network->start()) {
        m_networkBackend = m_network->backendName();
        m_monitor->setNetwork(m_network->network());
    }
    QObject::connect(m_monitor.get(), &HealthMonitor::stateChanged, m_monitor.get(),
                     [this](const HealthState &state) {
                         m_levelsSeen.insert(int(state.level));
                         m_flappingSeen = m_flappingSeen || state.flapping;
                     });
    QObject::connect(m_monitor.get(), &HealthMonitor::transition, m_monitor.get(),
                     [this] { ++m_transitions; });
    const incidentlog::Retention retention = m_options.retention;
    m_monitor->setRecorder([this, retention](const HealthLogEntry &entry) {
        runOnDatabase([this, entry, retention](Database &db) {
            if (!incidentlog::record(db, entry, retention))
                ++m_logFailures;
        });
    });
    m_monitor->setTargets({serverHealthTarget(m_client.get())});

    Scrobbler::Settings scrobbling;
    scrobbling.seed = m_options.seed;
    m_scrobbler = std::make_unique<Scrobbler>(
        [this](std::function<void(Database &)> job) { runOnDatabase(std::move(job)); }, &m_clock,
        scrobbling);
    m_scrobbler->addTarget(new SubsonicScrobbler(m_client.get()));
    // When the service is back, owed listens go at once: the app does this when its
    // capabilities say scrobbling is available again (HistoryWiring::attachCapabilities).
    QObject::connect(m_monitor.get(), &HealthMonitor::transition, m_scrobbler.get(),
                     [this](const HealthState &, const HealthState &current) {
                         if (current.level != HealthLevel::Operational)
                             return;
                         m_layer->retryNow(Component::Scrobble); // the breaker first
                         m_scrobbler->retryNow();
                     });
    m_scrobbler->start();
    m_ready = true;
}

SoakRig::~SoakRig() {
    // Users of the layer and the clock first, then the layer, then the database thread (its
    // queued jobs still run), then the servers.
    m_scrobbler.reset();
    m_monitor.reset();
    m_network.reset();
    m_client.reset();
    m_layer.reset();
    if (m_database && m_database->isOpen())
        runOnDatabaseAndWait([](Database &) {});
    m_database.reset();
    m_http.reset();
    m_status.reset();
}

const HealthState &SoakRig::state() const {
    return m_monitor->state();
}

void SoakRig::runOnDatabase(std::function<void(Database &)> job) {
    ++m_jobsQueued;
    m_database->post([this, job = std::move(job)] {
        job(m_database->db());
        ++m_jobsDone;
        QMetaObject::invokeMethod(
            &m_wake, [] {}, Qt::QueuedConnection);
    });
}

void SoakRig::runOnDatabaseAndWait(const std::function<void(Database &)> &job) {
    bool done = false;
    runOnDatabase([&](Database &db) {
        job(db);
        QMetaObject::invokeMethod(
            &m_wake, [&done] { done = true; }, Qt::QueuedConnection);
    });
    waitUntil([&] { return done; }, kSettleMs);
}

int SoakRig::held() {
    int held = 0;
    const std::array<FaultServer *, 2> servers = {m_http.get(), m_status.get()};
    for (size_t i = 0; i < servers.size(); ++i) {
        if (!m_held[i])
            continue;
        const int inFlight = servers[i]->inFlight();
        if (inFlight == 0 && servers[i]->mode().kind != FaultMode::Kind::BlackHole)
            m_held[i] = false;
        held += inFlight;
    }
    return held;
}

bool SoakRig::waitUntil(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer elapsed;
    elapsed.start();
    // Wakes the wait now and then even when no event arrives: a black hole's count changes on
    // the server's thread, and nothing tells this one.
    QTimer tick;
    tick.start(5);
    for (;;) {
        // deleteLater() of finished replies: the app's event loop runs these; so must we.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (done())
            return true;
        if (elapsed.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

bool SoakRig::settle() {
    const auto quiet = [this] {
        return m_layer->runningCount() == held() && m_layer->queuedCount() == 0
               && m_jobsDone.load() == m_jobsQueued;
    };
    for (int round = 0; round < 1000; ++round) {
        if (!waitUntil(quiet, kSettleMs)) {
            m_error = QStringLiteral("day %1, %2: %3 exchanges running (%4 held), %5 of %6 "
                                     "database jobs done")
                          .arg(m_day + 1)
                          .arg(m_clock.wallNow().toString(Qt::ISODate))
                          .arg(m_layer->runningCount())
                          .arg(held())
                          .arg(m_jobsDone.load())
                          .arg(m_jobsQueued);
            return false;
        }
        // What the database thread and the network handed back may start more: look again.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (quiet())
            return true;
    }
    m_error = QStringLiteral("the rig never came to rest");
    return false;
}

void SoakRig::apply(const SoakEvent &event, const QDateTime &dayStart) {
    switch (event.kind) {
    case SoakEvent::Kind::ServerMode:
        m_held[0] = m_held[0] || event.mode.kind == FaultMode::Kind::BlackHole;
        m_http->setMode(event.mode);
        break;
    case SoakEvent::Kind::StatusPageMode:
        m_held[1] = m_held[1] || event.mode.kind == FaultMode::Kind::BlackHole;
        m_status->setMode(event.mode);
        break;
    case SoakEvent::Kind::Feed:
        m_feed.set(event.phase, m_day + 1, dayStart);
        break;
    case SoakEvent::Kind::Network:
        // As NetworkWatch reports what QNetworkInformation says.
        Q_EMIT m_network->networkChanged(event.online ? HealthMonitor::Network::Online
                                                      : HealthMonitor::Network::Offline);
        break;
    case SoakEvent::Kind::Listen:
        recordListen();
        break;
    }
}

void SoakRig::recordListen() {
    // A 200 s song that just ended, as ListenRecorder stores it: counted, owed to its server.
    Listen listen;
    const int n = m_listens++;
    listen.songId = m_songs.at(n % m_songs.size());
    listen.serverId = kServerId;
    listen.artist = QStringLiteral("Test Artist");
    listen.title = QStringLiteral("Song %1").arg(n % m_songs.size());
    listen.album = QStringLiteral("Test Album");
    listen.durationMs = 200'000;
    listen.playedMs = 200'000;
    listen.startedAt = m_clock.wallNow().addSecs(-200);
    listen.counted = true;
    std::optional<Listen> stored;
    runOnDatabaseAndWait([&](Database &db) {
        auto recorded = ListenStore(db).record(listen, {scrobbletarget::server(kServerId)});
        if (recorded)
            stored = recorded.value();
    });
    if (!stored) {
        m_error = QStringLiteral("a listen could not be stored");
        return;
    }
    m_played.append({listen.songId, listen.startedAt.toMSecsSinceEpoch()});
    m_scrobbler->listenRecorded(*stored);
}

bool SoakRig::runDay() {
    if (!m_ready)
        return false;
    QElapsedTimer real;
    real.start();
    const qint64 dayStartMs = m_startMs + qint64(m_day) * kDayMs;
    const qint64 endMs = dayStartMs + kDayMs;
    const QDateTime dayStart = m_wallStart.addMSecs(qint64(m_day) * kDayMs);
    const QList<SoakEvent> events = soakschedule::day();
    qsizetype next = 0;
    for (;;) {
        if (!settle() || !m_error.isEmpty())
            return false;
        while (next < events.size()
               && dayStartMs + qint64(events.at(next).minute) * 60'000 <= m_clock.nowMs())
            apply(events.at(next++), dayStart);
        const qint64 due = m_clock.nextDueMs();
        if (due >= 0 && due <= m_clock.nowMs()) {
            m_clock.advanceTo(m_clock.nowMs()); // what just became due runs now
            continue;
        }
        if (m_clock.nowMs() >= endMs && next >= events.size())
            break;
        qint64 target = endMs;
        if (due >= 0)
            target = std::min(target, due);
        if (next < events.size())
            target = std::min(target, dayStartMs + qint64(events.at(next).minute) * 60'000);
        m_clock.advanceTo(target);
        m_content.setNow(m_clock.wallNow());
    }
    if (m_logFailures.load() > 0) {
        m_error = QStringLiteral("the incident log refused %1 writes").arg(m_logFailures.load());
        return false;
    }
    m_serverRequestsBefore += m_http->requestCount();
    m_statusRequestsBefore += m_status->requestCount();
    m_http->resetCounters();
    m_status->resetCounters();
    ++m_day;
    m_lastDayRealMs = real.elapsed();
    return true;
}

SoakRig::DaySample SoakRig::sample() {
    DaySample s;
    s.day = m_day;
    settle();
    runOnDatabaseAndWait([&](Database &db) { s.db = soakmeter::measure(db); });
    s.layerChildren = int(m_layer->children().size());
    s.networkReplies = int(m_layer->findChildren<QNetworkReply *>().size());
    s.monitorObjects = objectsUnder(m_monitor.get()) + objectsUnder(m_scrobbler.get())
                       + objectsUnder(m_client.get());
    s.clockTimers = m_clock.pendingTimers();
    s.serverRequests = m_serverRequestsBefore;
    s.statusRequests = m_statusRequestsBefore;
    s.transitions = m_transitions;
    s.realMs = m_lastDayRealMs;
    s.fileDescriptors = soakmeter::openFileDescriptors();
    s.residentBytes = soakmeter::residentBytes();
    return s;
}

QList<QPair<QString, qint64>> SoakRig::scrobbledOnServer() const {
    QList<QPair<QString, qint64>> out;
    for (const auto &s : m_content.scrobbles()) {
        if (s.submission)
            out.append({s.id, s.timeMs});
    }
    return out;
}

QJsonObject SoakRig::DaySample::toJson() const {
    QJsonObject o = db.toJson();
    o.insert(QStringLiteral("day"), day);
    o.insert(QStringLiteral("rss_bytes"), residentBytes);
    o.insert(QStringLiteral("open_fds"), fileDescriptors);
    o.insert(QStringLiteral("layer_children"), layerChildren);
    o.insert(QStringLiteral("network_replies"), networkReplies);
    o.insert(QStringLiteral("monitor_objects"), monitorObjects);
    o.insert(QStringLiteral("clock_timers"), clockTimers);
    o.insert(QStringLiteral("server_requests"), serverRequests);
    o.insert(QStringLiteral("status_requests"), statusRequests);
    o.insert(QStringLiteral("transitions"), transitions);
    o.insert(QStringLiteral("real_ms"), realMs);
    return o;
}

} // namespace refrain::test
