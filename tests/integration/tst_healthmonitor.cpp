// The health monitor against real HTTP on loopback — a Subsonic test server and a status page
// server that misbehave on cue — driven by a simulated clock, so "within 10 s" is measured in
// the monitor's own time and the test does not wait it out. Simulated time only moves while
// nothing is on the wire, except for exchanges a black hole has swallowed.
#include "core/health/healthmonitor.h"
#include "core/health/serverprobe.h"
#include "core/service/request/manualclock.h"
#include "core/service/request/requestlayer.h"
#include "core/service/subsonicclient.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace refrain;
using namespace refrain::test;

namespace {

const QString kPassword = QStringLiteral("pw");

// A Statuspage v2 summary with the given indicator, incidents and maintenances.
struct FeedSpec {
    QString indicator = QStringLiteral("none");
    QString description = QStringLiteral("All Systems Operational");
    QString incident; // name of one unresolved incident, empty: none
    QString impact = QStringLiteral("major");
    QDateTime maintenanceFrom, maintenanceUntil; // a scheduled maintenance when valid
};

QByteArray summary(const FeedSpec &spec) {
    QJsonArray incidents;
    if (!spec.incident.isEmpty()) {
        incidents.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("inc1")},
            {QStringLiteral("name"), spec.incident},
            {QStringLiteral("status"), QStringLiteral("investigating")},
            {QStringLiteral("impact"), spec.impact},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-28T01:00:00Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-28T01:05:00Z")},
            {QStringLiteral("shortlink"), QStringLiteral("https://stspg.io/x")},
            {QStringLiteral("incident_updates"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("status"), QStringLiteral("investigating")},
                 {QStringLiteral("body"), QStringLiteral("We are looking into elevated errors.")},
                 {QStringLiteral("created_at"), QStringLiteral("2026-11-28T01:05:00Z")}}}}});
    }
    QJsonArray maintenances;
    if (spec.maintenanceFrom.isValid()) {
        maintenances.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("m1")},
            {QStringLiteral("name"), QStringLiteral("Database upgrade")},
            {QStringLiteral("status"), QStringLiteral("scheduled")},
            {QStringLiteral("impact"), QStringLiteral("maintenance")},
            {QStringLiteral("scheduled_for"), spec.maintenanceFrom.toString(Qt::ISODate)},
            {QStringLiteral("scheduled_until"), spec.maintenanceUntil.toString(Qt::ISODate)},
            {QStringLiteral("incident_updates"), QJsonArray{}}});
    }
    const QJsonObject doc{
        {QStringLiteral("page"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")},
                     {QStringLiteral("name"), QStringLiteral("Tunes Cloud")},
                     {QStringLiteral("url"), QStringLiteral("https://status.tunes.example")},
                     {QStringLiteral("updated_at"), QStringLiteral("2026-11-28T01:05:00Z")}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("indicator"), spec.indicator},
                                               {QStringLiteral("description"), spec.description}}},
        {QStringLiteral("components"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                                {QStringLiteral("name"), QStringLiteral("Streaming")},
                                {QStringLiteral("status"), QStringLiteral("operational")},
                                {QStringLiteral("group"), false},
                                {QStringLiteral("only_show_if_degraded"), false}}}},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("scheduled_maintenances"), maintenances}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

// Serves one summary document, replaceable at any time.
class FeedContent {
public:
    void set(const FeedSpec &spec) {
        QMutexLocker lock(&m_mutex);
        m_body = summary(spec);
    }
    HttpHandler handler() {
        return [this](const HttpRequest &) {
            QMutexLocker lock(&m_mutex);
            HttpReply reply;
            reply.body = m_body;
            return reply;
        };
    }

private:
    QMutex m_mutex;
    QByteArray m_body;
};

} // namespace

class TestHealthMonitor : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<RequestLayer> m_layer;
    std::unique_ptr<FaultServer> m_http;
    std::unique_ptr<FaultServer> m_status;
    SubsonicContent m_content;
    FeedContent m_feed;
    std::unique_ptr<SubsonicClient> m_client;
    std::unique_ptr<HealthMonitor> m_monitor;

    HealthLevel level() const { return m_monitor->state().level; }

    // Lets every exchange on the wire finish, except the ones a black hole holds.
    bool settle() {
        // Answers are delivered through the event loop: run it before looking.
        QCoreApplication::processEvents();
        return QTest::qWaitFor(
                   [&] {
                       int held = 0;
                       for (FaultServer *server : {m_http.get(), m_status.get()}) {
                           if (server && server->mode().kind == FaultMode::Kind::BlackHole)
                               held += server->inFlight();
                       }
                       return m_layer->runningCount() == held;
                   },
                   10000)
               && (QCoreApplication::processEvents(), true);
    }

    // Advances simulated time in 100 ms steps until `done` holds; the simulated time it took,
    // or -1 when it did not happen within limitMs.
    qint64 advanceUntil(const std::function<bool()> &done, qint64 limitMs) {
        const qint64 start = m_clock->nowMs();
        if (!settle())
            return -1;
        while (!done()) {
            if (m_clock->nowMs() - start > limitMs)
                return -1;
            m_clock->advance(100);
            QCoreApplication::processEvents();
            if (!settle())
                return -1;
        }
        return m_clock->nowMs() - start;
    }

    void startMonitor(bool withFeed = false, HealthMonitor::Settings settings = {}) {
        ServerConfig config;
        config.id = QStringLiteral("srv-1");
        config.name = QStringLiteral("Home");
        config.urls = {m_http->baseUrl()};
        config.user = QStringLiteral("alice");
        if (withFeed)
            config.statusUrl = m_status->url(QStringLiteral("/api/v2/summary.json"));
        m_client = std::make_unique<SubsonicClient>(m_layer.get(), config, kPassword);
        settings.seed = 7;
        m_monitor = std::make_unique<HealthMonitor>(m_clock.get(), m_layer.get(), settings);
        connect(m_layer.get(), &RequestLayer::outcome, m_monitor.get(), &HealthMonitor::observe);
        m_monitor->setTargets({serverHealthTarget(m_client.get())});
    }

    void bringUp() {
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::Operational; }, 5000) >= 0);
    }

private Q_SLOTS:
    void init() {
        m_clock = std::make_unique<ManualClock>(
            1'000'000, QDateTime(QDate(2026, 11, 28), QTime(3, 0), QTimeZone::utc()));
        m_layer = std::make_unique<RequestLayer>(m_clock.get());
        m_http = std::make_unique<FaultServer>();
        m_status = std::make_unique<FaultServer>();
        m_content.setUser(QStringLiteral("alice"), kPassword);
        m_http->setHandler(m_content.handler());
        m_feed.set({});
        m_status->setHandler(m_feed.handler());
    }

    void cleanup() {
        m_monitor.reset();
        m_client.reset();
        m_layer.reset();
        m_http.reset();
        m_status.reset();
        m_clock.reset();
    }

    void answeringServerIsOperational() {
        startMonitor();
        QCOMPARE(level(), HealthLevel::Unknown);
        QVERIFY(m_monitor->state().headline.contains(QStringLiteral("Checking Home")));
        bringUp();
        const HealthState &s = m_monitor->state();
        QCOMPARE(s.basis, HealthState::Basis::ServerProbe);
        QCOMPARE(s.headline, QStringLiteral("Home is working normally"));
        QVERIFY(s.serverLastSeen.isValid());
        QVERIFY(s.serverConfigured);
        // Healthy: the next probe is relaxed, not hammering.
        QCOMPARE(m_monitor->nextProbeAtMs(QStringLiteral("srv-1")) - m_clock->nowMs(),
                 m_monitor->settings().healthyProbeMs);
    }

    void blackHoledServerIsShownWithinTenSeconds() {
        m_http->setMode(FaultMode::blackHole());
        startMonitor();
        m_monitor->setNetwork(HealthMonitor::Network::Online);
        const qint64 took =
            advanceUntil([&] { return level() == HealthLevel::MajorOutage; }, 30'000);
        qInfo("black hole shown after %lld ms of monitor time", took);
        QVERIFY(took >= 0);
        QVERIFY2(took <= 10'000, qPrintable(QString::number(took)));
        QCOMPARE(m_monitor->state().headline,
                 QStringLiteral("Can't reach Home (your network is fine)"));
        QVERIFY(m_monitor->state().detail.contains(QStringLiteral("No answer")));
    }

    void blackHoleAfterWorkingIsShownWithinTenSecondsOfRetry() {
        startMonitor();
        bringUp();
        m_http->setMode(FaultMode::blackHole());
        m_monitor->retryNow();
        const qint64 took =
            advanceUntil([&] { return level() == HealthLevel::MajorOutage; }, 30'000);
        QVERIFY(took >= 0);
        // Two missed probes are needed to leave a good state: one lost packet is not an outage.
        QVERIFY2(took <= 10'000, qPrintable(QString::number(took)));
        QVERIFY(m_monitor->probesSent(QStringLiteral("srv-1")) >= 3);
    }

    void refusedConnectionIsShownWithinThreeSeconds() {
        startMonitor();
        bringUp();
        QSignalSpy transitions(m_monitor.get(), &HealthMonitor::transition);
        m_http->setMode(FaultMode::refused());
        m_monitor->retryNow();
        const qint64 took =
            advanceUntil([&] { return level() == HealthLevel::MajorOutage; }, 30'000);
        qInfo("refused shown after %lld ms of monitor time", took);
        QVERIFY(took >= 0);
        QVERIFY2(took <= 3'000, qPrintable(QString::number(took)));
        QVERIFY(m_monitor->state().detail.contains(QStringLiteral("refused the connection")));
        QCOMPARE(transitions.count(), 1);
        QCOMPARE(transitions.first().at(1).value<HealthState>().level, HealthLevel::MajorOutage);
    }

    void returnsToOperationalWithinFiveSecondsAndTrafficResumes() {
        m_http->setMode(FaultMode::refused());
        startMonitor();
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::MajorOutage; }, 10'000) >= 0);
        // A while down: the probes back off, and the app's own browsing opens its breaker.
        for (int i = 0; i < 4; ++i) {
            QSignalSpy done(m_layer.get(), &RequestLayer::outcome);
            m_client->call(QStringLiteral("getPlaylists"), {}, Component::Browse,
                           [](const SubsonicCall &) {});
            QVERIFY(advanceUntil([&] { return done.count() > 0; }, 30'000) >= 0);
        }
        QVERIFY(advanceUntil([] { return false; }, 60'000) < 0); // a minute passes
        QCOMPARE(m_layer->circuitState(Component::Browse), CircuitBreaker::State::Open);
        const int probesWhileDown = m_monitor->probesSent(QStringLiteral("srv-1"));
        // Backing off: at most one probe per second on average, at least one per 4 s.
        QVERIFY2(probesWhileDown <= 70 && probesWhileDown >= 15,
                 qPrintable(QString::number(probesWhileDown)));

        m_http->setMode(FaultMode::normal());
        const qint64 took =
            advanceUntil([&] { return level() == HealthLevel::Operational; }, 30'000);
        qInfo("operational again after %lld ms of monitor time", took);
        QVERIFY(took >= 0);
        QVERIFY2(took <= 5'000, qPrintable(QString::number(took)));
        // The breaker lets the next request through at once instead of waiting out its step.
        QVERIFY(m_layer->circuitState(Component::Browse) != CircuitBreaker::State::Open
                || m_layer->circuitRetryAtMs(Component::Browse) <= m_clock->nowMs());
        std::optional<SubsonicCall> answer;
        m_client->call(QStringLiteral("getPlaylists"), {}, Component::Browse,
                       [&](const SubsonicCall &call) { answer = call; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY2(answer->ok(), qPrintable(answer->error.message));
    }

    void serverErrorsAreAnOutageButAWrongPasswordIsNot() {
        startMonitor();
        bringUp();
        m_http->setMode(FaultMode::serverError(503));
        m_monitor->retryNow();
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::MajorOutage; }, 3'000) >= 0);
        m_http->setMode(FaultMode::normal());
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::Operational; }, 5'000) >= 0);
        m_content.setUser(QStringLiteral("alice"), QStringLiteral("changed on the server"));
        m_monitor->retryNow();
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::Degraded; }, 3'000) >= 0);
        QCOMPARE(m_monitor->state().headline, QStringLiteral("Home refused the sign-in"));
        QCOMPARE(m_monitor->state().serverLevel, HealthLevel::Degraded);
        m_content.setUser(QStringLiteral("alice"), kPassword);
    }

    void oneMissedProbeDoesNotChangeTheLevel() {
        startMonitor();
        bringUp();
        QSignalSpy transitions(m_monitor.get(), &HealthMonitor::transition);
        m_http->setMode(FaultMode::refused());
        const int before = m_monitor->probesSent(QStringLiteral("srv-1"));
        QVERIFY(advanceUntil(
                    [&] { return m_monitor->probesSent(QStringLiteral("srv-1")) > before; }, 60'000)
                >= 0);
        QVERIFY(settle());
        m_http->setMode(FaultMode::normal());
        QVERIFY(advanceUntil([] { return false; }, 3'000) < 0);
        QCOMPARE(level(), HealthLevel::Operational);
        QCOMPARE(transitions.count(), 0);
    }

    void flappingServerIsDampedAndNamed() {
        startMonitor();
        bringUp();
        // Down and up again, three times within a few minutes.
        for (int i = 0; i < 3; ++i) {
            m_http->setMode(FaultMode::refused());
            m_monitor->retryNow();
            QVERIFY(advanceUntil([&] { return level() == HealthLevel::MajorOutage; }, 10'000) >= 0);
            m_http->setMode(FaultMode::normal());
            if (i < 2)
                QVERIFY(advanceUntil([&] { return level() == HealthLevel::Operational; }, 10'000)
                        >= 0);
        }
        QVERIFY(m_monitor->state().flapping);
        QCOMPARE(m_monitor->state().headline, QStringLiteral("Home keeps dropping out"));
        // Recovery now has to hold for a while before the banner believes it.
        const qint64 took =
            advanceUntil([&] { return level() == HealthLevel::Operational; }, 120'000);
        QVERIFY(took >= m_monitor->settings().flapHoldMs);
    }

    void networkBackProbesAtOnce() {
        m_http->setMode(FaultMode::refused());
        startMonitor();
        m_monitor->setNetwork(HealthMonitor::Network::Offline);
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::Offline; }, 10'000) >= 0);
        QCOMPARE(m_monitor->state().headline,
                 QStringLiteral("You're offline — playing from this computer"));
        QCOMPARE(m_monitor->state().basis, HealthState::Basis::Network);
        QVERIFY(advanceUntil([] { return false; }, 20'000) < 0); // backing off
        m_http->setMode(FaultMode::normal());
        const int before = m_monitor->probesSent(QStringLiteral("srv-1"));
        m_monitor->setNetwork(HealthMonitor::Network::Online);
        QCOMPARE(m_monitor->probesSent(QStringLiteral("srv-1")), before); // not synchronous…
        QVERIFY(settle());
        m_clock->advance(0);
        QTRY_VERIFY(m_monitor->probesSent(QStringLiteral("srv-1")) > before); // …but at once
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::Operational; }, 2'000) >= 0);
    }

    void serverDownWhileStatusPageSaysAllClear() {
        startMonitor(true);
        bringUp();
        QTRY_VERIFY(m_monitor->state().feedCheckedAt.isValid());
        m_http->setMode(FaultMode::refused());
        m_monitor->retryNow();
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::MajorOutage; }, 10'000) >= 0);
        QVERIFY(advanceUntil([] { return false; }, 120'000) < 0);
        const HealthState &s = m_monitor->state();
        QCOMPARE(s.basis, HealthState::Basis::ServerProbe);
        // The status page answering proves this computer's network works.
        QCOMPARE(s.headline, QStringLiteral("Can't reach Home (your network is fine)"));
        QVERIFY2(s.detail.contains(
                     QStringLiteral("Status page says all clear, but the server has not answered "
                                    "for 2 min")),
                 qPrintable(s.detail));
        QCOMPARE(s.feedLevel, HealthLevel::Operational);
        QCOMPARE(s.serverLevel, HealthLevel::MajorOutage);
    }

    void statusPageChangeIsSeenWithinOnePoll() {
        startMonitor(true);
        bringUp();
        QTRY_VERIFY(m_monitor->state().feedCheckedAt.isValid());
        QCOMPARE(m_monitor->state().serviceName, QStringLiteral("Tunes Cloud"));
        FeedSpec incident;
        incident.indicator = QStringLiteral("major");
        incident.description = QStringLiteral("Partial System Outage");
        incident.incident = QStringLiteral("<b>Elevated error rates</b>");
        m_feed.set(incident);
        const qint64 took = advanceUntil([&] { return level() == HealthLevel::PartialOutage; },
                                         2 * m_monitor->settings().feedPollMs);
        QVERIFY(took >= 0);
        QVERIFY2(took <= m_monitor->settings().feedPollMs, qPrintable(QString::number(took)));
        const HealthState &s = m_monitor->state();
        QCOMPARE(s.basis, HealthState::Basis::StatusPage);
        // Feed text stays literal; the server's own answer is named too.
        QCOMPARE(s.headline, QStringLiteral("Tunes Cloud reports: <b>Elevated error rates</b>"));
        QVERIFY(s.detail.contains(QStringLiteral("Home still answers here")));
        QCOMPARE(s.incidents.size(), 1);
        QCOMPARE(s.statusPageUrl, QUrl(QStringLiteral("https://status.tunes.example")));

        m_feed.set({});
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::Operational; },
                             m_monitor->settings().feedPollMs + 1'000)
                >= 0);
    }

    void statusPageDownWhileServerIsFine() {
        startMonitor(true);
        bringUp();
        QTRY_VERIFY(m_monitor->state().feedCheckedAt.isValid());
        m_status->setMode(FaultMode::refused());
        QVERIFY(advanceUntil([&] { return !m_monitor->state().feedProblem.isEmpty(); }, 120'000)
                >= 0);
        QCOMPARE(level(), HealthLevel::Operational); // the server answers: nothing is down
        QVERIFY(m_monitor->state().feedFailingSince.isValid());
        // Once its last word is too old, it no longer counts at all.
        QVERIFY(advanceUntil([&] { return m_monitor->state().feedLevel == HealthLevel::Unknown; },
                             m_monitor->settings().feedStaleMs + 120'000)
                >= 0);
        QCOMPARE(level(), HealthLevel::Operational);
        QVERIFY(m_monitor->state().detail.contains(QStringLiteral("status page can't be read")));
    }

    void maintenanceStartsAndEnds() {
        const QDateTime now = m_clock->wallNow();
        FeedSpec planned;
        planned.maintenanceFrom = now.addSecs(10 * 60);
        planned.maintenanceUntil = now.addSecs(20 * 60);
        m_feed.set(planned);
        startMonitor(true);
        bringUp();
        QTRY_VERIFY(m_monitor->state().feedCheckedAt.isValid());
        QVERIFY(advanceUntil([&] { return !m_monitor->state().maintenances.isEmpty(); }, 5'000)
                >= 0);
        QVERIFY2(m_monitor->state().headline.startsWith(QStringLiteral("Scheduled maintenance ")),
                 qPrintable(m_monitor->state().headline));
        QCOMPARE(level(), HealthLevel::Operational); // not yet
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::Maintenance; }, 12 * 60'000)
                >= 0);
        QVERIFY(m_clock->wallNow() >= planned.maintenanceFrom);
        QCOMPARE(m_monitor->state().basis, HealthState::Basis::StatusPage);
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::Operational; }, 12 * 60'000)
                >= 0);
        QVERIFY(m_clock->wallNow() >= planned.maintenanceUntil);
    }

    void failingStreamsWhileThePingAnswers() {
        startMonitor();
        bringUp();
        for (int i = 0; i < 5; ++i) {
            RequestOutcome outcome;
            outcome.component = Component::Stream;
            outcome.kind = i == 0 ? FailureKind::None : FailureKind::HttpStatus;
            outcome.httpStatus = i == 0 ? 200 : 502;
            m_monitor->observe(outcome);
        }
        const HealthState &s = m_monitor->state();
        QCOMPARE(s.level, HealthLevel::PartialOutage);
        QCOMPARE(s.basis, HealthState::Basis::Requests);
        QVERIFY2(s.detail.startsWith(QStringLiteral("4 of 5 recent requests failed")),
                 qPrintable(s.detail));
        // A failure contradicting "answering" asks the server again soon.
        QVERIFY(m_monitor->nextProbeAtMs(QStringLiteral("srv-1")) - m_clock->nowMs()
                <= m_monitor->settings().confirmProbeMs);
    }

    void healthyTrafficDoesNotChurnTheState() {
        startMonitor();
        bringUp();
        QSignalSpy changed(m_monitor.get(), &HealthMonitor::stateChanged);
        for (int i = 0; i < 50; ++i) {
            RequestOutcome outcome;
            outcome.component = i % 2 ? Component::Artwork : Component::Browse;
            outcome.httpStatus = 200;
            outcome.latencyMs = 20 + i;
            m_monitor->observe(outcome);
        }
        // The two components join the state once each; answers after that change nothing.
        QCOMPARE(changed.count(), 2);
        QCOMPARE(level(), HealthLevel::Operational);
    }

    void transitionsAreRecordedOnce() {
        QList<HealthLogEntry> log;
        m_http->setMode(FaultMode::refused());
        startMonitor();
        m_monitor->setRecorder([&](const HealthLogEntry &entry) { log.append(entry); });
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::MajorOutage; }, 10'000) >= 0);
        QVERIFY(advanceUntil([] { return false; }, 30'000) < 0);
        m_http->setMode(FaultMode::normal());
        QVERIFY(advanceUntil([&] { return level() == HealthLevel::Operational; }, 10'000) >= 0);
        QStringList overall;
        for (const HealthLogEntry &entry : log) {
            if (entry.subject == QLatin1String("overall"))
                overall << healthLevelKey(entry.level);
        }
        // The state when the log was attached (still checking), then each transition once.
        QCOMPARE(overall, (QStringList{QStringLiteral("unknown"), QStringLiteral("major_outage"),
                                       QStringLiteral("operational")}));
        bool serverRow = false;
        for (const HealthLogEntry &entry : log)
            serverRow = serverRow || entry.subject == QLatin1String("server:srv-1");
        QVERIFY(serverRow);
    }

    void oneEvaluationForTheCommandLine() {
        startMonitor(true);
        QSignalSpy evaluated(m_monitor.get(), &HealthMonitor::evaluated);
        m_monitor->evaluateOnce();
        QVERIFY(evaluated.wait(10'000));
        const auto state = evaluated.first().first().value<HealthState>();
        QCOMPARE(state.level, HealthLevel::Operational);
        QVERIFY(state.feedCheckedAt.isValid());
        QCOMPARE(state.toJson().value(QStringLiteral("level")).toString(),
                 QStringLiteral("operational"));
    }
};

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_healthmonitor.moc"
