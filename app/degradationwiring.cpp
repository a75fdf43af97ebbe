#include "app/degradationwiring.h"

#include "app/offlinewiring.h"
#include "core/health/networkwatch.h"
#include "core/model/capabilitiesmodel.h"
#include "core/model/crashguard.h"
#include "core/model/featuredocument.h"
#include "core/model/featuredocumentsource.h"
#include "core/model/healthmodel.h"
#include "core/model/offlineavailability.h"
#include "core/offline/downloadmanager.h"
#include "core/playback/playbackengine.h"
#include "core/service/serverhub.h"
#include "ui/healthbanner.h"
#include "ui/librarybrowser.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"
#include "ui/playlistview.h"

#include <QDir>
#include <QSettings>
#include <QStatusBar>
#include <QUuid>

namespace refrain {

const QString DegradationWiring::kFeatureUrlKey = QStringLiteral("features/documentUrl");
const QString DegradationWiring::kInstallIdKey = QStringLiteral("install/id");
const QString DegradationWiring::kEssentialsWhenStuck =
    QStringLiteral("playback/essentialsWhenStuck");

namespace {

// The optional extras a person can have on, by the keys the gates use.
QStringList optionalExtraKeys() {
    QStringList keys;
    for (Feature feature : kAllFeatures) {
        if (isOptionalExtra(feature))
            keys << featureKey(feature);
    }
    return keys;
}

Connectivity connectivityOf(HealthMonitor::Network network) {
    switch (network) {
    case HealthMonitor::Network::Online:
        return Connectivity::Online;
    case HealthMonitor::Network::Offline:
        return Connectivity::Offline;
    case HealthMonitor::Network::Unknown:
        break;
    }
    return Connectivity::Unknown;
}

QString installId(QSettings *settings) {
    QString id = settings->value(DegradationWiring::kInstallIdKey).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings->setValue(DegradationWiring::kInstallIdKey, id);
    }
    return id;
}

} // namespace

DegradationWiring::DegradationWiring(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(std::move(parts))
    , m_capabilities(new CapabilitiesModel(this))
    , m_guard(new CrashGuard(
          QDir(m_parts.profileDirectory).filePath(QStringLiteral("crashguard.json")), this))
    , m_features(new FeatureDocumentSource(
          m_parts.requests,
          QDir(m_parts.profileDirectory).filePath(QStringLiteral("featuredocument.json")),
          FeatureDocument::bucketFor(installId(m_parts.settings)), this)) {
    connect(m_capabilities, &CapabilitiesModel::changed, this,
            [this](const Capabilities &, const QList<Feature> &which) { apply(which); });
    connect(m_parts.health, &HealthModel::changed, this,
            [this] { m_capabilities->setHealth(m_parts.health->state()); });
    m_capabilities->setHealth(m_parts.health->state());
    connect(m_parts.network, &NetworkWatch::networkChanged, this,
            [this](HealthMonitor::Network network) {
                m_capabilities->setConnectivity(connectivityOf(network));
            });
    connect(m_parts.servers, &ServerHub::serversChanged, this, &DegradationWiring::updateInventory);
    connect(m_parts.servers, &ServerHub::syncFinished, this, &DegradationWiring::updateInventory);
    connect(m_guard, &CrashGuard::changed, this, &DegradationWiring::updateGates);
    connect(m_features, &FeatureDocumentSource::changed, this, &DegradationWiring::updateGates);
    connect(m_parts.engine, &PlaybackEngine::nothingPlayable, this,
            &DegradationWiring::onNothingPlayable);
}

DegradationWiring::~DegradationWiring() = default;

void DegradationWiring::begin() {
    m_guard->begin(extrasOn());
    updateGates();
    updateInventory();
}

void DegradationWiring::attachOffline(OfflineWiring *offline) {
    m_offline = offline;
    connect(offline->manager(), &DownloadManager::readinessChanged, this,
            &DegradationWiring::updateInventory);
    updateInventory();
    apply({kAllFeatures.begin(), kAllFeatures.end()});
}

void DegradationWiring::attachWindow(MainWindow *window) {
    m_window = window;
    connect(window->healthBanner(), &HealthBanner::extrasReenableRequested, m_guard,
            &CrashGuard::reenableAll);
    window->healthBanner()->setSafeModeNote(safeModeNote());
    apply({kAllFeatures.begin(), kAllFeatures.end()});
}

void DegradationWiring::start() {
    const QUrl url(m_parts.settings->value(kFeatureUrlKey).toString());
    // Only web addresses: anything else is ignored rather than asked for.
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        m_features->setUrl(url);
    m_features->start();
}

void DegradationWiring::end() {
    if (std::exchange(m_ended, true))
        return;
    m_guard->end();
}

bool DegradationWiring::allows(Feature feature) const {
    return m_capabilities->capability(feature).availability == Availability::Available;
}

QString DegradationWiring::streamingBlocked() const {
    const Capability &streaming = m_capabilities->capability(Feature::Streaming);
    return streaming.availability == Availability::Unavailable ? streaming.reason : QString();
}

QString DegradationWiring::safeModeNote() const {
    const QStringList held = m_guard->heldOff();
    if (m_guard->safeMode())
        return tr("Refrain did not close properly last time, so optional extras (artwork, "
                  "prefetching, recaps) start switched off this time.");
    if (!held.isEmpty()) {
        QStringList names;
        for (const QString &key : held) {
            if (const auto feature = featureFromKey(key))
                names << featureLabel(*feature);
        }
        return tr("Kept off after two crashes in a row: %1.").arg(names.join(QStringLiteral(", ")));
    }
    return {};
}

QStringList DegradationWiring::extrasOn() const {
    // Every optional extra is on unless the person switched it off in the settings.
    QStringList on;
    for (const QString &key : optionalExtraKeys()) {
        if (m_parts.settings->value(QStringLiteral("extras/") + key, true).toBool())
            on << key;
    }
    return on;
}

void DegradationWiring::updateGates() {
    FeatureGates gates;
    const QHash<QString, QString> remote = m_features->switchedOff();
    for (const QString &key : optionalExtraKeys()) {
        const auto feature = featureFromKey(key);
        if (!feature)
            continue;
        if (!m_parts.settings->value(QStringLiteral("extras/") + key, true).toBool())
            gates.off.insert(*feature, tr("Switched off in the settings."));
        else if (m_guard->holds(key))
            gates.off.insert(*feature, m_guard->reason(key));
        else if (remote.contains(key))
            gates.off.insert(*feature, remote.value(key));
    }
    // The marker records what really runs, so a crash is blamed on the right extras.
    QStringList running;
    for (const QString &key : optionalExtraKeys()) {
        if (const auto feature = featureFromKey(key); feature && !gates.off.contains(*feature))
            running << key;
    }
    m_guard->setActiveExtras(running);
    m_capabilities->setGates(gates);
    if (m_window)
        m_window->healthBanner()->setSafeModeNote(safeModeNote());
}

void DegradationWiring::updateInventory() {
    OfflineInventory inventory;
    if (m_offline && m_offline->manager()) {
        const Readiness &ready = m_offline->manager()->readiness();
        inventory.verifiedTracks = ready.verifiedFiles;
        inventory.verifiedMs = ready.essentialsReadyMs;
        inventory.essentialsReady = ready.essentialsReady;
    }
    qint64 lastSync = 0;
    for (const ServerConfig &config : m_parts.servers->servers())
        lastSync = qMax(lastSync, config.lastSyncAtMs);
    inventory.mirrorHasContent = lastSync > 0;
    if (lastSync > 0)
        inventory.mirrorSyncedAt = QDateTime::fromMSecsSinceEpoch(lastSync, Qt::UTC);
    m_capabilities->setInventory(inventory);
}

void DegradationWiring::apply(const QList<Feature> &which) {
    const auto touched = [&which](Feature f) { return which.contains(f); };
    if (touched(Feature::Streaming)) {
        const QString blocked = streamingBlocked();
        if (m_offline)
            m_offline->availability()->setStreamingBlocked(blocked);
        // The service is back: songs skipped because of it can play again, without a restart.
        if (m_capabilities->capability(Feature::Streaming).availability == Availability::Available)
            m_parts.engine->streamingRestored();
    }
    // Downloads work again: what waited on the server's backoff goes now, not in a minute.
    if (touched(Feature::Downloads) && allows(Feature::Downloads) && m_offline)
        m_offline->manager()->retryHeldNow();
    if (touched(Feature::Prefetch) && m_offline)
        m_offline->setPrefetchAllowed(allows(Feature::Prefetch));
    if (touched(Feature::Artwork) && allows(Feature::Artwork))
        Q_EMIT artworkResumed();
    if (touched(Feature::RemoteBrowsing) && m_window) {
        // Views of the server's catalog say they show the saved copy, and why.
        const Capability &browsing = m_capabilities->capability(Feature::RemoteBrowsing);
        const QString note =
            browsing.availability == Availability::Available ? QString() : browsing.reason;
        m_window->libraryView()->setMirrorNote(note);
        m_window->browser()->playlistView()->setMirrorNote(note);
    }
}

void DegradationWiring::onNothingPlayable(const QString &reason) {
    if (!m_offline || !m_window)
        return;
    const Readiness &ready = m_offline->manager()->readiness();
    if (ready.essentialsReady <= 0) {
        m_window->statusBar()->showMessage(reason, 20'000);
        return;
    }
    if (m_parts.settings->value(kEssentialsWhenStuck).toString() == QLatin1String("start")) {
        m_window->statusBar()->showMessage(
            tr("Nothing in the queue can play now (%1): playing Emergency Essentials.").arg(reason),
            20'000);
        m_offline->playEssentials();
        return;
    }
    // Offered, never forced: the banner's button plays them, the status bar says so.
    m_window->statusBar()->showMessage(
        tr("Nothing in the queue can play now (%1). Emergency Essentials has %n song(s) ready: "
           "use “Play Emergency Essentials”.",
           nullptr, ready.essentialsReady)
            .arg(reason),
        30'000);
}

} // namespace refrain
