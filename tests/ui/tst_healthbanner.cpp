// The health banner as a person meets it, headless: each kind of trouble reads differently and
// offers the one useful action, feed text is shown literally, details list what matters in local
// time, dismissing holds until things get worse, screen readers hear about it, and the tray
// announces each transition once. Every banner state is saved as health-<state>.png.
#include "app/trayicon.h"
#include "core/model/healthmodel.h"
#include "ui/healthbanner.h"
#include "ui/healthdetails.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace refrain;

namespace {

QDateTime local(int hour, int minute, int dayOffset = 0) {
    // Mid-June: no daylight-saving switch anywhere near, so local 02:00 always exists.
    return QDateTime(QDate(2024, 6, 12).addDays(dayOffset), QTime(hour, minute)).toUTC();
}

ServiceComponent component(const QString &name, HealthLevel level, const QString &status,
                           bool onlyIfDegraded = false, const QString &group = {}) {
    ServiceComponent c;
    c.id = name.toLower();
    c.name = name;
    c.level = level;
    c.status = status;
    c.onlyShowIfDegraded = onlyIfDegraded;
    c.group = group;
    c.source = QStringLiteral("status_page");
    return c;
}

} // namespace

class TestHealthBanner : public QObject {
    Q_OBJECT

    QDateTime m_now;
    std::unique_ptr<HealthModel> m_model;
    std::unique_ptr<QWidget> m_host;
    HealthBanner *m_banner = nullptr;

    // A server that was fine until a moment ago; each case changes what it needs.
    HealthState base() const {
        HealthState s;
        s.serverConfigured = true;
        s.serverId = QStringLiteral("home");
        s.serverName = QStringLiteral("Home server");
        s.serviceName = QStringLiteral("Home server");
        s.networkLevel = HealthLevel::Operational;
        s.serverLevel = HealthLevel::Operational;
        s.since = m_now.addSecs(-300);
        s.checkedAt = m_now.addSecs(-20);
        s.serverLastSeen = m_now.addSecs(-20);
        return s;
    }

    HealthState offline() const {
        HealthState s = base();
        s.level = HealthLevel::Offline;
        s.basis = HealthState::Basis::Network;
        s.networkLevel = HealthLevel::Offline;
        s.serverLastSeen = m_now.addSecs(-125);
        s.serverFailingSince = m_now.addSecs(-100);
        s.headline = QStringLiteral("You're offline — playing from this computer");
        s.detail = QStringLiteral("Your library and offline copies play as usual; streaming comes "
                                  "back with the network.");
        return s;
    }

    HealthState serverDown() const {
        HealthState s = base();
        s.level = HealthLevel::MajorOutage;
        s.basis = HealthState::Basis::ServerProbe;
        s.serverLevel = HealthLevel::MajorOutage;
        s.serverLastSeen = m_now.addSecs(-300);
        s.serverFailingSince = m_now.addSecs(-290);
        s.headline = QStringLiteral("Can't reach Home server (your network is fine)");
        s.detail = QStringLiteral("Playing from your library and offline copies meanwhile.");
        return s;
    }

    HealthState gitHubIncident(const QString &name = QStringLiteral("Incident with Packages")) {
        HealthState s = base();
        s.level = HealthLevel::PartialOutage;
        s.basis = HealthState::Basis::StatusPage;
        s.serviceName = QStringLiteral("GitHub");
        s.statusPageUrl = QUrl(QStringLiteral("https://www.githubstatus.com"));
        s.feedLevel = HealthLevel::PartialOutage;
        s.feedCheckedAt = m_now.addSecs(-20);
        s.headline = QStringLiteral("GitHub reports: ") + name;
        s.detail = QStringLiteral("Streaming may fail; your library and offline copies play.");
        ServiceComponent group = component(QStringLiteral("Actions"), HealthLevel::Degraded,
                                           QStringLiteral("degraded_performance"));
        group.isGroup = true;
        s.components = {
            component(QStringLiteral("Git Operations"), HealthLevel::Operational,
                      QStringLiteral("operational")),
            component(QStringLiteral("Packages"), HealthLevel::PartialOutage,
                      QStringLiteral("partial_outage")),
            component(QStringLiteral("Visit www.githubstatus.com for more information"),
                      HealthLevel::Operational, QStringLiteral("operational"), true),
            group,
            component(QStringLiteral("Hosted runners"), HealthLevel::Degraded,
                      QStringLiteral("degraded_performance"), false, QStringLiteral("Actions")),
            component(QStringLiteral("Larger runners"), HealthLevel::Operational,
                      QStringLiteral("operational"), true, QStringLiteral("Actions")),
        };
        ServiceIncident incident;
        incident.id = QStringLiteral("inc1");
        incident.name = name;
        incident.status = QStringLiteral("identified");
        incident.impact = QStringLiteral("major");
        incident.level = HealthLevel::PartialOutage;
        incident.startedAt = local(0, 5);
        incident.affectedComponents = {QStringLiteral("Packages")};
        // Given oldest first on purpose: the details must still list the newest first.
        incident.updates = {
            {QStringLiteral("investigating"), QStringLiteral("We are investigating reports."),
             local(0, 5)},
            {QStringLiteral("identified"), QStringLiteral("A fix is being rolled out."),
             local(0, 20)},
        };
        s.incidents = {incident};
        return s;
    }

    HealthState degraded() const {
        HealthState s = base();
        s.level = HealthLevel::Degraded;
        s.basis = HealthState::Basis::Requests;
        s.requestsLevel = HealthLevel::Degraded;
        s.headline = QStringLiteral("Home server is slow to answer");
        s.detail = QStringLiteral("Artwork and recaps may take a while; playback is unaffected.");
        return s;
    }

    HealthState operational() const {
        HealthState s = base();
        s.level = HealthLevel::Operational;
        s.basis = HealthState::Basis::ServerProbe;
        s.headline = QStringLiteral("Home server is working normally");
        return s;
    }

    HealthState withMaintenance(HealthState s) const {
        ServiceMaintenance m;
        m.id = QStringLiteral("m1");
        m.name = QStringLiteral("Database upgrade");
        m.status = QStringLiteral("scheduled");
        m.scheduledFor = local(2, 0);
        m.scheduledUntil = local(4, 0);
        s.maintenances = {m};
        return s;
    }

    void setState(const HealthState &state) {
        m_model->setState(state);
        // Let the layouts settle (word-wrapped labels) before anything is measured or grabbed.
        QCoreApplication::processEvents();
        m_host->layout()->activate();
    }

    void screenshot(const QString &name) {
        QCoreApplication::processEvents();
        const QString path = QDir::current().filePath(QStringLiteral("health-%1.png").arg(name));
        QVERIFY2(m_banner->grab().save(path), qPrintable(path));
    }

    QLabel *label(const char *name) const {
        return m_banner->findChild<QLabel *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase() {
        // 24-hour times, so "02:00–04:00" reads the same on every machine.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init() {
        m_now = local(0, 30);
        m_model = std::make_unique<HealthModel>();
        m_model->setClock([this] { return m_now; });
        m_host = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_host.get());
        m_banner = new HealthBanner(m_model.get(), m_host.get());
        layout->addWidget(m_banner);
        layout->addStretch(1);
        m_host->resize(800, 600);
        m_host->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    }

    void cleanup() {
        m_host.reset();
        m_model.reset();
    }

    void offlineSaysTheProblemIsHere() {
        setState(offline());
        QVERIFY(m_banner->isVisible());
        QCOMPARE(m_banner->headlineText(),
                 QStringLiteral("You're offline — playing from this computer"));
        QCOMPARE(m_banner->levelText(), QStringLiteral("Offline"));
        QVERIFY2(m_banner->freshnessText().contains(QStringLiteral("checked 20 s ago")),
                 qPrintable(m_banner->freshnessText()));
        QVERIFY2(
            m_banner->freshnessText().contains(QStringLiteral("server last answered 2 min ago")),
            qPrintable(m_banner->freshnessText()));
        QCOMPARE(m_model->severity(), HealthModel::Severity::Problem);
        QCOMPARE(m_banner->actionButton()->text(), QStringLiteral("Retry now"));
        QSignalSpy retry(m_banner, &HealthBanner::retryRequested);
        QSignalSpy open(m_banner, &HealthBanner::openStatusPageRequested);
        QTest::mouseClick(m_banner->actionButton(), Qt::LeftButton);
        QCOMPARE(retry.count(), 1);
        QCOMPARE(open.count(), 0);
        QVERIFY(m_banner->accessibleDescription().startsWith(
            QStringLiteral("Offline. You're offline — playing from this computer")));
        screenshot(QStringLiteral("offline"));
    }

    void unreachableServerWithTheNetworkFine() {
        setState(serverDown());
        QVERIFY(m_banner->isVisible());
        QCOMPARE(m_banner->headlineText(),
                 QStringLiteral("Can't reach Home server (your network is fine)"));
        QCOMPARE(m_banner->levelText(), QStringLiteral("Major outage"));
        QVERIFY2(m_banner->freshnessText().startsWith(
                     QStringLiteral("Based on checks of the server · checked 20 s ago")),
                 qPrintable(m_banner->freshnessText()));
        QVERIFY(
            m_banner->freshnessText().contains(QStringLiteral("server last answered 5 min ago")));
        QCOMPARE(m_banner->actionButton()->text(), QStringLiteral("Retry now"));
        // Time passes without a new state: the freshness line keeps up on its own.
        m_banner->setFreshnessInterval(20);
        m_now = m_now.addSecs(60);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_banner->freshnessText().contains(QStringLiteral("checked 1 min ago")), 20000);
        screenshot(QStringLiteral("server-unreachable"));
    }

    void statusPageIncidentOpensTheStatusPage() {
        setState(gitHubIncident());
        QCOMPARE(m_banner->headlineText(),
                 QStringLiteral("GitHub reports: Incident with Packages"));
        QCOMPARE(m_banner->levelText(), QStringLiteral("Partial outage"));
        QVERIFY(m_banner->freshnessText().startsWith(
            QStringLiteral("Based on the service's status page")));
        QCOMPARE(m_banner->actionButton()->text(), QStringLiteral("Open status page"));
        QSignalSpy retry(m_banner, &HealthBanner::retryRequested);
        QSignalSpy open(m_banner, &HealthBanner::openStatusPageRequested);
        QTest::mouseClick(m_banner->actionButton(), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://www.githubstatus.com")));
        QCOMPARE(retry.count(), 0);
        screenshot(QStringLiteral("status-page-incident"));

        // Details: the incident with its updates newest first, times in local time.
        QVERIFY(!m_banner->details()->isVisible());
        QTest::mouseClick(m_banner->detailsToggle(), Qt::LeftButton);
        QVERIFY(m_banner->details()->isVisible());
        const QStringList lines = m_banner->details()->incidentLines();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("Incident with Packages"));
        QCOMPARE(lines.at(1), QStringLiteral("Identified · major impact · since 00:05 · affects "
                                             "Packages"));
        QCOMPARE(lines.at(2), QStringLiteral("00:20 — Identified: A fix is being rolled out."));
        QCOMPARE(lines.at(3),
                 QStringLiteral("00:05 — Investigating: We are investigating reports."));
        QSignalSpy history(m_banner, &HealthBanner::statusHistoryRequested);
        auto *historyButton =
            m_banner->findChild<QPushButton *>(QStringLiteral("healthHistoryButton"));
        QVERIFY(historyButton && historyButton->isVisible());
        QTest::mouseClick(historyButton, Qt::LeftButton);
        QCOMPARE(history.count(), 1);
        screenshot(QStringLiteral("status-page-incident-details"));
    }

    void detailsListDegradedComponentsAndHideQuietOnes() {
        setState(gitHubIncident());
        m_banner->detailsToggle()->click();
        QTreeWidget *tree = m_banner->details()->componentsView();
        QVERIFY(tree->isVisible());
        const auto find = [tree](const QString &name) {
            const auto items = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
            return items.isEmpty() ? nullptr : items.first();
        };
        QTreeWidgetItem *packages = find(QStringLiteral("Packages"));
        QVERIFY(packages);
        QCOMPARE(packages->text(1), QStringLiteral("Partial outage"));
        QVERIFY(find(QStringLiteral("Git Operations")));
        QVERIFY(!find(QStringLiteral("Visit www.githubstatus.com for more information")));
        // A group shows its members under it; the quiet operational member stays hidden.
        QTreeWidgetItem *actions = find(QStringLiteral("Actions"));
        QVERIFY(actions);
        QCOMPARE(actions->childCount(), 1);
        QCOMPARE(actions->child(0)->text(0), QStringLiteral("Hosted runners"));
        QCOMPARE(actions->child(0)->text(1), QStringLiteral("Degraded performance"));
        QVERIFY(!find(QStringLiteral("Larger runners")));

        // The same component once degraded is listed.
        HealthState worse = gitHubIncident();
        worse.components[2].level = HealthLevel::Degraded;
        worse.components[2].status = QStringLiteral("degraded_performance");
        setState(worse);
        QVERIFY(find(QStringLiteral("Visit www.githubstatus.com for more information")));
    }

    void degradedIsAWarning() {
        setState(degraded());
        QVERIFY(m_banner->isVisible());
        QCOMPARE(m_banner->levelText(), QStringLiteral("Degraded"));
        QCOMPARE(m_model->severity(), HealthModel::Severity::Warning);
        QCOMPARE(m_banner->actionButton()->text(), QStringLiteral("Retry now"));
        QVERIFY(m_banner->freshnessText().startsWith(QStringLiteral("Based on recent requests")));
        screenshot(QStringLiteral("degraded"));
    }

    void scheduledMaintenanceShowsInLocalTime() {
        // All is well, but a window opens at 02:00 tonight: worth saying before it starts.
        setState(withMaintenance(operational()));
        QVERIFY(m_banner->isVisible());
        QCOMPARE(m_banner->maintenanceText(),
                 QStringLiteral("Scheduled maintenance 02:00–04:00 · Database upgrade"));
        QVERIFY(m_banner->actionButton()->isHidden());
        m_banner->detailsToggle()->click();
        QCOMPARE(m_banner->details()->maintenanceLines(),
                 QStringList({QStringLiteral("Scheduled maintenance 02:00–04:00"),
                              QStringLiteral("Database upgrade")}));
        screenshot(QStringLiteral("maintenance-scheduled"));

        // Inside the window, with the feed saying so.
        m_now = local(2, 30);
        HealthState during = withMaintenance(gitHubIncident());
        during.level = HealthLevel::Maintenance;
        during.incidents.clear();
        during.maintenances[0].status = QStringLiteral("in_progress");
        during.headline = QStringLiteral("GitHub: maintenance in progress");
        setState(during);
        QCOMPARE(m_banner->levelText(), QStringLiteral("Maintenance"));
        QCOMPARE(m_banner->maintenanceText(),
                 QStringLiteral("Maintenance in progress until 04:00 · Database upgrade"));
        screenshot(QStringLiteral("maintenance-active"));
    }

    void maintenanceOnAnotherDayNamesTheDay() {
        const HealthState s = withMaintenance(operational());
        ServiceMaintenance m = s.maintenances.first();
        QCOMPARE(m_model->maintenanceText(m, local(20, 0, -1)),
                 QStringLiteral("Scheduled maintenance tomorrow 02:00–04:00"));
        QCOMPARE(m_model->maintenanceText(m, local(9, 0, -3)),
                 QStringLiteral("Scheduled maintenance Wed 12 Jun 02:00–04:00"));
        m.scheduledFor = local(23, 0);
        m.scheduledUntil = local(1, 0, 1);
        QCOMPARE(m_model->maintenanceText(m, local(9, 0)),
                 QStringLiteral("Scheduled maintenance 23:00 – tomorrow 01:00"));
    }

    void operationalHiddenUnlessPinned() {
        setState(operational());
        QVERIFY(m_banner->isHidden());
        m_banner->setPinned(true);
        QVERIFY(m_banner->isVisible());
        QCOMPARE(m_banner->levelText(), QStringLiteral("Operational"));
        QCOMPARE(m_model->severity(), HealthModel::Severity::Good);
        QVERIFY(m_banner->actionButton()->isHidden());
        screenshot(QStringLiteral("operational-pinned"));
        m_banner->setPinned(false);
        QVERIFY(m_banner->isHidden());
    }

    void localOnlyNoticeShowsUntilDismissed() {
        HealthState s;
        s.level = HealthLevel::Operational;
        s.basis = HealthState::Basis::Configuration;
        s.checkedAt = m_now;
        s.headline = QStringLiteral("Local library — no streaming server configured");
        s.detail = QStringLiteral("Everything plays from this computer.");
        setState(s);
        QVERIFY(m_banner->isVisible());
        QVERIFY(m_banner->levelText().isEmpty()); // no level for a service that is not there
        QVERIFY(m_banner->actionButton()->isHidden());
        screenshot(QStringLiteral("local-only"));
        m_banner->dismissButton()->click();
        QVERIFY(m_banner->isHidden());
        s.checkedAt = m_now.addSecs(30);
        setState(s);
        QVERIFY(m_banner->isHidden());
    }

    void dismissHoldsForTheSameProblem() {
        setState(degraded());
        QCOMPARE(m_banner->dismissButton()->accessibleName(),
                 QStringLiteral("Dismiss service status"));
        QTest::mouseClick(m_banner->dismissButton(), Qt::LeftButton);
        QVERIFY(m_banner->isHidden());
        QVERIFY(m_model->isDismissed());
        // The monitor keeps checking: the same problem with a newer time stays dismissed.
        m_now = m_now.addSecs(30);
        HealthState again = degraded();
        again.checkedAt = m_now;
        setState(again);
        QVERIFY(m_banner->isHidden());
    }

    void dismissedBannerReturnsWhenWorse() {
        setState(degraded());
        m_banner->dismissButton()->click();
        QVERIFY(m_banner->isHidden());
        setState(serverDown());
        QVERIFY(m_banner->isVisible());
        QVERIFY(!m_model->isDismissed());
    }

    void dismissedBannerReturnsForANewIncident() {
        setState(gitHubIncident());
        m_banner->dismissButton()->click();
        QVERIFY(m_banner->isHidden());
        HealthState more = gitHubIncident();
        ServiceIncident second = more.incidents.first();
        second.id = QStringLiteral("inc2");
        second.name = QStringLiteral("Incident with Pages");
        more.incidents.prepend(second);
        setState(more);
        QVERIFY(m_banner->isVisible());
    }

    void dismissedBannerReturnsAfterRecoveryAndRelapse() {
        setState(degraded());
        m_banner->dismissButton()->click();
        setState(operational());
        QVERIFY(m_banner->isHidden());
        setState(degraded());
        QVERIFY(m_banner->isVisible());
    }

    void markupInFeedTextIsShownLiterally() {
        const QString name = QStringLiteral("<b>Elevated</b> errors <img src=\"x.png\"> & more");
        setState(gitHubIncident(name));
        QLabel *headline = label("healthHeadline");
        QVERIFY(headline);
        QCOMPARE(headline->text(), QStringLiteral("GitHub reports: ") + name);
        QCOMPARE(headline->textFormat(), Qt::PlainText);
        m_banner->detailsToggle()->click();
        QCOMPARE(m_banner->details()->incidentLines().value(0), name);
        // Every label that can show feed or server text is plain text.
        for (QLabel *l : m_banner->findChildren<QLabel *>()) {
            if (!l->text().isEmpty())
                QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(l->objectName()));
        }
        screenshot(QStringLiteral("markup-literal"));
    }

    void screenReadersHearChangesAndAlertsWhenWorse() {
        // Headless there is no accessibility bridge to listen to, so this checks what drives the
        // events: the description a screen reader reads, and the model's "worse" cue that the
        // banner turns into an Alert.
        QSignalSpy worsened(m_model.get(), &HealthModel::worsened);
        setState(degraded());
        QCOMPARE(m_banner->accessibleDescription(),
                 QStringLiteral("Degraded. Home server is slow to answer. ") + degraded().detail);
        QCOMPARE(worsened.count(), 1);
        setState(serverDown());
        QVERIFY(m_banner->accessibleDescription().startsWith(
            QStringLiteral("Major outage. Can't reach Home server")));
        QCOMPARE(worsened.count(), 2);
        // Getting better, or only the time moving, is not alarming.
        setState(degraded());
        HealthState later = degraded();
        later.checkedAt = m_now;
        setState(later);
        setState(operational());
        QCOMPARE(worsened.count(), 2);
        setState(offline());
        QCOMPARE(worsened.count(), 3);
    }

    void freshnessNamesTheStatusPageWhenItIsDown() {
        HealthState s = serverDown();
        s.statusPageUrl = QUrl(QStringLiteral("https://status.example.org"));
        s.feedFailingSince = m_now.addSecs(-300);
        s.feedProblem = QStringLiteral("Connection refused");
        m_model->setState(s);
        QCOMPARE(m_model->freshnessText(m_now),
                 QStringLiteral("checked 20 s ago · server last answered 5 min ago · status page "
                                "unreachable for 5 min"));
        QCOMPARE(m_model->freshnessText(m_now.addSecs(-18)),
                 QStringLiteral("checked just now · server last answered 4 min ago · status page "
                                "unreachable for 4 min"));
    }

    void actionFollowsWhatDecided() {
        HealthState s = gitHubIncident();
        s.statusPageUrl = QUrl();
        m_model->setState(s);
        // No page to open and nothing of ours to retry: no button rather than a useless one.
        QCOMPARE(m_model->action(), HealthModel::Action::None);
        m_model->setState(operational());
        QCOMPARE(m_model->action(), HealthModel::Action::None);
        m_model->setState(offline());
        QCOMPARE(m_model->action(), HealthModel::Action::RetryNow);
    }

    void outagesOfferEmergencyEssentialsWhenSomeIsReady() {
        Readiness ready;
        ready.essentialsTracks = 40;
        ready.essentialsReady = 38;
        ready.essentialsMs = 42'000'000;      // 11.7 h
        ready.essentialsReadyMs = 40'320'000; // 11.2 h
        ready.essentialsPending = 2;
        m_model->setReadiness(ready);
        setState(serverDown());
        // Music first: what is ready plays whatever the server does.
        QCOMPARE(m_model->action(), HealthModel::Action::PlayEssentials);
        QCOMPARE(m_banner->actionButton()->text(),
                 QStringLiteral("Play Emergency Essentials — 11.2 h ready"));
        QVERIFY(m_banner->actionButton()->isVisible());
        QCOMPARE(m_banner->offlineText(),
                 QStringLiteral("Essentials: 11.2 h of 11.7 h ready · 2 downloading"));
        QSignalSpy play(m_banner, &HealthBanner::playEssentialsRequested);
        QTest::mouseClick(m_banner->actionButton(), Qt::LeftButton);
        QCOMPARE(play.size(), 1);

        // Offline likewise; a slow server (degraded) still streams: no Essentials there.
        setState(offline());
        QCOMPARE(m_model->action(), HealthModel::Action::PlayEssentials);
        setState(degraded());
        QCOMPARE(m_model->action(), HealthModel::Action::RetryNow);
        // Nothing ready: the banner keeps its other action.
        m_model->setReadiness(Readiness{});
        setState(serverDown());
        QCOMPARE(m_model->action(), HealthModel::Action::RetryNow);
        QVERIFY(m_banner->offlineText().isEmpty());
    }

    void maintenanceAheadSaysHowReadyEssentialsIs() {
        Readiness ready;
        ready.essentialsTracks = 3;
        ready.essentialsReady = 3;
        ready.essentialsMs = ready.essentialsReadyMs = 40 * 60'000;
        ready.essentialsPending = 0;
        m_model->setReadiness(ready);
        setState(withMaintenance(operational()));
        // "Scheduled maintenance 02:00–04:00 · Database upgrade: Essentials ready: 40 min verified"
        QVERIFY2(m_banner->maintenanceText().contains(QStringLiteral("02:00–04:00")),
                 qPrintable(m_banner->maintenanceText()));
        QVERIFY2(m_banner->maintenanceText().endsWith(
                     QStringLiteral(": Essentials ready: 40 min verified")),
                 qPrintable(m_banner->maintenanceText()));
        QVERIFY(m_banner->offlineText().isEmpty()); // said once, on the maintenance line
        // All well and nothing planned: nothing about Essentials.
        setState(operational());
        QVERIFY(m_model->readinessLine().isEmpty());
    }

    void trayNotifiesOncePerTransition() {
        TrayIcon tray(m_model.get());
        // Headless CI has no tray: everything must still work without one.
        QVERIFY(!tray.icon().isNull());
        QSignalSpy notified(&tray, &TrayIcon::notified);

        HealthState start; // what the monitor says before it knows anything
        const HealthState down = serverDown();
        const HealthState slow = degraded();
        // The first state after start is not news: the window shows it.
        tray.notifyTransition(start, slow);
        QCOMPARE(notified.count(), 0);
        tray.notifyTransition(slow, down);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Home server: Major outage"));
        QCOMPARE(notified.at(0).at(1).toString(), down.headline);
        tray.notifyTransition(down, slow);
        QCOMPARE(notified.count(), 2);
        // Flapping back within ten minutes: the same news is not repeated.
        m_now = m_now.addSecs(5 * 60);
        QVERIFY(!tray.wouldNotify(slow, down, m_now));
        tray.notifyTransition(slow, down);
        QCOMPARE(notified.count(), 2);
        m_now = m_now.addSecs(6 * 60);
        QVERIFY(tray.wouldNotify(slow, down, m_now));
        tray.notifyTransition(slow, down);
        QCOMPARE(notified.count(), 3);
        // Never for Unknown, never without a level change.
        tray.notifyTransition(down, start);
        tray.notifyTransition(down, down);
        QCOMPARE(notified.count(), 3);
        // A recovery is a transition too.
        tray.notifyTransition(down, operational());
        QCOMPARE(notified.count(), 4);
    }

    void trayShowsTheHeadline() {
        m_model->setState(serverDown());
        TrayIcon tray(m_model.get());
        QVERIFY(tray.toolTip().contains(serverDown().headline));
        const QImage down = tray.icon().pixmap(64, 64).toImage();
        m_model->setState(operational());
        QVERIFY(tray.toolTip().contains(QStringLiteral("working normally")));
        // The badge changes with the level.
        QVERIFY(tray.icon().pixmap(64, 64).toImage() != down);
        // Built after the monitor spoke: its current state is the baseline, so the next real
        // change is announced.
        QSignalSpy notified(&tray, &TrayIcon::notified);
        tray.notifyTransition(operational(), degraded());
        QCOMPARE(notified.count(), 1);
    }
};

QTEST_MAIN(TestHealthBanner)
#include "tst_healthbanner.moc"
