// The health merge as a table: what each signal says in, the level, the deciding signal and the
// words out — including when the signals disagree and when one of them cannot be believed.
#include "core/health/healthmerge.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace refrain;

namespace {

using Level = HealthLevel;
using Network = HealthMerge::Network;
using Server = HealthMerge::Server;

const QDateTime kNow(QDate(2026, 11, 28), QTime(3, 0), QTimeZone::utc());

StatusReport report(const QString &indicator, Level level, const QString &incident = {}) {
    StatusReport r;
    r.format = QStringLiteral("statuspage_v2");
    r.pageName = QStringLiteral("Tunes Cloud");
    r.pageUrl = QUrl(QStringLiteral("https://status.tunes.example"));
    r.indicator = indicator;
    r.level = level;
    r.description = QStringLiteral("Minor Service Outage");
    if (!incident.isEmpty()) {
        ServiceIncident i;
        i.id = QStringLiteral("i1");
        i.name = incident;
        i.status = QStringLiteral("investigating");
        i.level = level;
        i.updates.append({QStringLiteral("investigating"), QStringLiteral("We are investigating."),
                          kNow.addSecs(-300)});
        r.incidents.append(i);
    }
    return r;
}

HealthMerge::Watch watch(Server server, std::optional<StatusReport> feed = std::nullopt,
                         bool fresh = true) {
    HealthMerge::Watch w;
    w.serverId = QStringLiteral("s1");
    w.serverName = QStringLiteral("Home");
    w.probed = true;
    w.server = server;
    if (server == Server::NotAnswering) {
        w.failingSince = kNow.addSecs(-120);
        w.lastProbe.kind = ProbeResult::Kind::Unreachable;
        w.lastProbe.message = QStringLiteral("No answer from home.example in time.");
    }
    if (server == Server::Answering)
        w.lastSeen = kNow;
    w.hasFeed = feed.has_value();
    w.report = feed;
    w.feedFresh = feed.has_value() && fresh;
    if (w.feedFresh)
        w.feedCheckedAt = kNow;
    return w;
}

HealthMerge::Tally tally(Component component, int total, int failed) {
    HealthMerge::Tally t;
    t.component = component;
    t.total = total;
    t.failed = failed;
    t.failing = failed * 2 >= total && total >= 4;
    return t;
}

} // namespace

Q_DECLARE_METATYPE(HealthMerge::Watch)
Q_DECLARE_METATYPE(QList<HealthMerge::Tally>)

class TestHealthMerge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void table_data() {
        QTest::addColumn<int>("network");
        QTest::addColumn<HealthMerge::Watch>("w");
        QTest::addColumn<QList<HealthMerge::Tally>>("requests");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("basis");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("detailHas");

        const auto allClear = report(QStringLiteral("none"), Level::Operational);
        const auto minor = report(QStringLiteral("minor"), Level::Degraded,
                                  QStringLiteral("Elevated error rates"));
        const auto major = report(QStringLiteral("major"), Level::PartialOutage,
                                  QStringLiteral("Streaming unavailable"));
        const auto critical =
            report(QStringLiteral("critical"), Level::MajorOutage, QStringLiteral("Total outage"));
        const auto odd = report(QStringLiteral("purple"), Level::Unknown);

        QTest::newRow("checking") << int(Network::Unknown) << watch(Server::Checking)
                                  << QList<HealthMerge::Tally>{} << "unknown"
                                  << "server_probe"
                                  << "Checking Home…"
                                  << "available meanwhile";
        QTest::newRow("answering") << int(Network::Unknown) << watch(Server::Answering)
                                   << QList<HealthMerge::Tally>{} << "operational"
                                   << "server_probe"
                                   << "Home is working normally"
                                   << "";
        QTest::newRow("down, network unknown")
            << int(Network::Unknown) << watch(Server::NotAnswering) << QList<HealthMerge::Tally>{}
            << "major_outage"
            << "server_probe"
            << "Can't reach Home"
            << "It has not answered for 2 min.";
        QTest::newRow("down, network online") << int(Network::Online) << watch(Server::NotAnswering)
                                              << QList<HealthMerge::Tally>{} << "major_outage"
                                              << "server_probe"
                                              << "Can't reach Home (your network is fine)"
                                              << "No answer from home.example in time.";
        QTest::newRow("down, feed all clear: both named")
            << int(Network::Unknown) << watch(Server::NotAnswering, allClear)
            << QList<HealthMerge::Tally>{} << "major_outage"
            << "server_probe"
            << "Can't reach Home (your network is fine)"
            << "Status page says all clear, but the server has not answered for 2 min.";
        QTest::newRow("down, feed stale: it does not vouch for the network")
            << int(Network::Unknown) << watch(Server::NotAnswering, allClear, false)
            << QList<HealthMerge::Tally>{} << "major_outage"
            << "server_probe"
            << "Can't reach Home"
            << "It has not answered for 2 min.";
        QTest::newRow("down, feed agrees: the service says why")
            << int(Network::Online) << watch(Server::NotAnswering, critical)
            << QList<HealthMerge::Tally>{} << "major_outage"
            << "status_page"
            << "Tunes Cloud reports: Total outage"
            << "Home has not answered for 2 min.";
        QTest::newRow("down, feed partial")
            << int(Network::Online) << watch(Server::NotAnswering, major)
            << QList<HealthMerge::Tally>{} << "partial_outage"
            << "status_page"
            << "Tunes Cloud reports: Streaming unavailable"
            << "We are investigating.";
        QTest::newRow("offline and down")
            << int(Network::Offline) << watch(Server::NotAnswering, critical, false)
            << QList<HealthMerge::Tally>{} << "offline"
            << "network"
            << "You're offline — playing from this computer"
            << "no network connection";
        HealthMerge::Watch refused = watch(Server::NotAnswering);
        refused.lastProbe.failure = FailureKind::Refused;
        refused.lastProbe.message = QStringLiteral("home.example refused the connection.");
        QTest::newRow("OS says offline, but the server refused: it was reached")
            << int(Network::Offline) << refused << QList<HealthMerge::Tally>{} << "major_outage"
            << "server_probe"
            << "Can't reach Home"
            << "refused the connection";
        QTest::newRow("OS says offline, but the status page was just read")
            << int(Network::Offline) << watch(Server::NotAnswering, allClear)
            << QList<HealthMerge::Tally>{} << "major_outage"
            << "server_probe"
            << "Can't reach Home (your network is fine)"
            << "Status page says all clear";
        QTest::newRow("offline, not checked yet")
            << int(Network::Offline) << watch(Server::Checking) << QList<HealthMerge::Tally>{}
            << "offline"
            << "network"
            << "You're offline — playing from this computer"
            << "as soon as the network is back";
        QTest::newRow("OS says offline but the server answers (LAN)")
            << int(Network::Offline) << watch(Server::Answering) << QList<HealthMerge::Tally>{}
            << "operational"
            << "server_probe"
            << "Home is working normally"
            << "";
        QTest::newRow("answering, feed minor incident: worst credible wins")
            << int(Network::Online) << watch(Server::Answering, minor)
            << QList<HealthMerge::Tally>{} << "degraded"
            << "status_page"
            << "Tunes Cloud reports: Elevated error rates"
            << "Home still answers here";
        QTest::newRow("answering, feed critical")
            << int(Network::Online) << watch(Server::Answering, critical)
            << QList<HealthMerge::Tally>{} << "major_outage"
            << "status_page"
            << "Tunes Cloud reports: Total outage"
            << "Home still answers here";
        QTest::newRow("answering, stale feed incident does not count")
            << int(Network::Online) << watch(Server::Answering, critical, false)
            << QList<HealthMerge::Tally>{} << "operational"
            << "server_probe"
            << "Home is working normally"
            << "status page can't be read";
        QTest::newRow("answering, unknown indicator is not an error")
            << int(Network::Online) << watch(Server::Answering, odd) << QList<HealthMerge::Tally>{}
            << "operational"
            << "server_probe"
            << "Home is working normally"
            << "";
        QTest::newRow("streams failing while ping answers")
            << int(Network::Online) << watch(Server::Answering, allClear)
            << QList<HealthMerge::Tally>{tally(Component::Stream, 5, 4)} << "partial_outage"
            << "requests"
            << "Streaming on Home is failing"
            << "The status page says all clear.";
        QTest::newRow("browsing failing is degraded")
            << int(Network::Online) << watch(Server::Answering)
            << QList<HealthMerge::Tally>{tally(Component::Browse, 4, 2)} << "degraded"
            << "requests"
            << ""
            << "2 of 4 recent requests failed.";
        QTest::newRow("few failures are noise")
            << int(Network::Online) << watch(Server::Answering)
            << QList<HealthMerge::Tally>{tally(Component::Stream, 3, 2)} << "operational"
            << "server_probe"
            << "Home is working normally"
            << "";
        QTest::newRow("wrong password") << int(Network::Online) << watch(Server::Rejecting)
                                        << QList<HealthMerge::Tally>{} << "degraded"
                                        << "server_probe"
                                        << "Home refused the sign-in"
                                        << "File ▸ Servers";
    }

    void table() {
        QFETCH(int, network);
        QFETCH(HealthMerge::Watch, w);
        QFETCH(QList<HealthMerge::Tally>, requests);
        QFETCH(QString, level);
        QFETCH(QString, basis);
        QFETCH(QString, headline);
        QFETCH(QString, detailHas);
        const HealthState s = HealthMerge::merge(Network(network), {w}, requests, kNow);
        QCOMPARE(healthLevelKey(s.level), level);
        QCOMPARE(HealthState::basisKey(s.basis), basis);
        if (!headline.isEmpty())
            QCOMPARE(s.headline, headline);
        QVERIFY2(s.detail.contains(detailHas), qPrintable(s.detail));
        // Every state says who it is about and carries the server's own line.
        QCOMPARE(s.serverName, QStringLiteral("Home"));
        bool serverComponent = false;
        for (const ServiceComponent &c : s.components)
            serverComponent = serverComponent || c.source == QLatin1String("server_probe");
        QVERIFY(serverComponent);
    }

    void noServerIsLocalOnly() {
        const HealthState s = HealthMerge::merge(Network::Unknown, {}, {}, kNow);
        QCOMPARE(s.level, Level::Operational);
        QCOMPARE(s.basis, HealthState::Basis::Configuration);
        QVERIFY(!s.serverConfigured);
        QCOMPARE(s.headline, QStringLiteral("Local library — no streaming server configured"));
    }

    void statusPageAlone() {
        HealthMerge::Watch w;
        w.hasFeed = true;
        w.report = report(QStringLiteral("minor"), Level::Degraded, QStringLiteral("Slow API"));
        w.feedFresh = true;
        HealthState s = HealthMerge::merge(Network::Unknown, {w}, {}, kNow);
        QCOMPARE(s.level, Level::Degraded);
        QCOMPARE(s.headline, QStringLiteral("Tunes Cloud reports: Slow API"));
        w.feedFresh = false;
        w.feedProblem = QStringLiteral("The status page sent an HTML page");
        s = HealthMerge::merge(Network::Unknown, {w}, {}, kNow);
        QCOMPARE(s.level, Level::Unknown);
        QCOMPARE(s.detail, w.feedProblem);
    }

    void maintenanceWindow() {
        StatusReport r = report(QStringLiteral("none"), Level::Operational);
        ServiceMaintenance m;
        m.name = QStringLiteral("Database upgrade");
        m.status = QStringLiteral("scheduled");
        m.scheduledFor = kNow.addSecs(3600);
        m.scheduledUntil = kNow.addSecs(3 * 3600);
        r.maintenances.append(m);
        HealthState s =
            HealthMerge::merge(Network::Online, {watch(Server::Answering, r)}, {}, kNow);
        QCOMPARE(s.level, Level::Operational); // upcoming: said, not yet a problem
        QCOMPARE(s.headline, HealthMerge::maintenanceHeadline(m, kNow));
        QVERIFY(s.detail.contains(QStringLiteral("Database upgrade")));
        const QDateTime during = kNow.addSecs(2 * 3600);
        s = HealthMerge::merge(Network::Online, {watch(Server::NotAnswering, r)}, {}, during);
        QCOMPARE(s.level, Level::Maintenance);
        QCOMPARE(s.basis, HealthState::Basis::StatusPage);
        const QString expected = QStringLiteral("Scheduled maintenance %1–%2")
                                     .arg(clockTimeText(m.scheduledFor.toLocalTime().time()),
                                          clockTimeText(m.scheduledUntil.toLocalTime().time()));
        QVERIFY2(s.headline.endsWith(expected.mid(21)), qPrintable(s.headline));
        // Clock times without seconds, whatever the locale's short format says.
        QVERIFY2(!s.headline.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))),
                 qPrintable(s.headline));
        s = HealthMerge::merge(Network::Online, {watch(Server::Answering, r)}, {},
                               kNow.addSecs(4 * 3600));
        QCOMPARE(s.level, Level::Operational);
        QVERIFY(s.maintenances.isEmpty()); // over: no longer listed
    }

    void worstServerDecides() {
        HealthMerge::Watch good = watch(Server::Answering);
        HealthMerge::Watch bad = watch(Server::NotAnswering);
        bad.serverId = QStringLiteral("s2");
        bad.serverName = QStringLiteral("Work");
        const HealthState s = HealthMerge::merge(Network::Online, {good, bad}, {}, kNow);
        QCOMPARE(s.level, Level::MajorOutage);
        QCOMPARE(s.serverName, QStringLiteral("Work"));
        QStringList names;
        for (const ServiceComponent &c : s.components)
            names << c.name;
        QVERIFY(names.contains(QStringLiteral("Home")) && names.contains(QStringLiteral("Work")));
    }

    void durations() {
        QCOMPARE(healthDurationText(45'000), QStringLiteral("45 s"));
        QCOMPARE(healthDurationText(120'000), QStringLiteral("2 min"));
        QCOMPARE(healthDurationText(3 * 3600'000 + 5 * 60'000), QStringLiteral("3 h 5 min"));
        QCOMPARE(healthDurationText(-5), QStringLiteral("0 s"));
    }
};

QTEST_GUILESS_MAIN(TestHealthMerge)
#include "tst_healthmerge.moc"
