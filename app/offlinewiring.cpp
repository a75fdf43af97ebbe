#include "app/offlinewiring.h"

#include "core/health/healthmonitor.h"
#include "core/library/library.h"
#include "core/model/healthmodel.h"
#include "core/model/offlineavailability.h"
#include "core/model/offlinepinsmodel.h"
#include "core/model/playlistlistmodel.h"
#include "core/model/tracktablemodel.h"
#include "core/offline/downloadmanager.h"
#include "core/offline/offlinequeue.h"
#include "core/playback/playbackengine.h"
#include "core/service/serverhub.h"
#include "ui/downloadsdialog.h"
#include "ui/librarybrowser.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"
#include "ui/offlinepage.h"
#include "ui/playlistview.h"

#include <QDateTime>
#include <QStatusBar>
#include <QStyle>

namespace refrain {

namespace {

// Changes that may change what a pin stands for arrive in bursts (a sync, a scan): one
// reconcile after the burst.
constexpr int kReconcileDelayMs = 1'500;
// The scrub reads a few files now and then, so damage is found without a burst of disk work.
constexpr int kScrubEveryMs = 30 * 60'000;
constexpr int kScrubBatch = 20;
constexpr qint64 kScrubAgainAfterMs = 7LL * 24 * 3600 * 1000;
// A maintenance window this close puts missing Essentials first.
constexpr qint64 kMaintenanceAheadSecs = 24 * 3600;

DownloadManager::DatabaseRunner runnerOf(Library *library) {
    return [library = QPointer<Library>(library)](std::function<void(Database &)> job) {
        if (library)
            library->runOnDatabase(std::move(job));
    };
}

} // namespace

OfflineWiring::OfflineWiring(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(std::move(parts))
    , m_manager(new DownloadManager(
          runnerOf(m_parts.library), m_parts.requests, m_parts.offlineRoot,
          [servers = QPointer<ServerHub>(m_parts.servers)](const QString &serverId,
                                                           const QString &songId) -> Result<QUrl> {
              if (!servers)
                  return Error::make(Error::Kind::NotFound, tr("Refrain is quitting"));
              return servers->downloadUrl(serverId, songId);
          },
          this))
    , m_availability(new OfflineAvailability(this))
    , m_pins(new OfflinePinsModel(runnerOf(m_parts.library), m_manager, this)) {
    m_availability->attach(m_manager);
    m_parts.tracks->setOfflineAvailability(m_availability);

    m_reconcile.setSingleShot(true);
    m_reconcile.setInterval(kReconcileDelayMs);
    connect(&m_reconcile, &QTimer::timeout, m_manager, &DownloadManager::reconcile);
    // What a pin stands for changes with the server's catalog and playlists, local playlists
    // and the local library (a pinned artist's new album).
    connect(m_parts.servers, &ServerHub::syncFinished, this,
            [this](const QString &, const CatalogSync::Report &report) {
                if (!report.error)
                    scheduleReconcile();
            });
    connect(m_parts.servers, &ServerHub::playlistsChanged, this, &OfflineWiring::scheduleReconcile);
    connect(m_parts.servers, &ServerHub::serversChanged, this, &OfflineWiring::scheduleReconcile);
    connect(m_parts.playlists, &PlaylistListModel::playlistChanged, this,
            &OfflineWiring::scheduleReconcile);
    connect(m_parts.playlists, &PlaylistListModel::removed, this,
            &OfflineWiring::scheduleReconcile);
    connect(m_parts.library, &Library::scanFinished, this, &OfflineWiring::scheduleReconcile);

    connect(m_manager, &DownloadManager::readinessChanged, m_parts.healthModel,
            &HealthModel::setReadiness);
    connect(m_parts.engine, &PlaybackEngine::currentTrackChanged, this,
            &OfflineWiring::onTrackChanged);
    connect(m_parts.health, &HealthMonitor::stateChanged, this, &OfflineWiring::onHealth);

    m_scrub.setInterval(kScrubEveryMs);
    connect(&m_scrub, &QTimer::timeout, m_manager, [this] {
        m_manager->scrub(kScrubBatch, QDateTime::currentMSecsSinceEpoch() - kScrubAgainAfterMs);
    });
}

OfflineWiring::~OfflineWiring() {
    stop();
}

void OfflineWiring::attachWindow(MainWindow *window) {
    m_window = window;
    window->libraryView()->setOfflinePins(m_pins);
    window->browser()->playlistView()->setOfflinePins(m_pins);
    window->browser()->setOfflinePins(m_pins);
    // The Offline page: Emergency Essentials and everything kept offline, under the groups.
    m_page = new OfflinePage(m_pins, m_manager, m_parts.tracks, window);
    m_page->setObjectName(QStringLiteral("offlinePage"));
    window->browser()->addPage(m_page, window->style()->standardIcon(QStyle::SP_DriveHDIcon),
                               tr("Offline"));
    connect(m_page, &OfflinePage::playEssentialsRequested, this, &OfflineWiring::playEssentials);
    connect(m_page, &OfflinePage::downloadsRequested, this, &OfflineWiring::showDownloads);
    connect(m_page, &OfflinePage::playTracksRequested, m_parts.engine, &PlaybackEngine::playTracks);
    connect(window, &MainWindow::playEssentialsRequested, this, &OfflineWiring::playEssentials);
    connect(window, &MainWindow::downloadsRequested, this, &OfflineWiring::showDownloads);
    // Problems are said where people look, never in a modal box.
    const auto say = [window = QPointer<MainWindow>(window)](const QString &text) {
        if (window)
            window->statusBar()->showMessage(text, 15'000);
    };
    connect(m_manager, &DownloadManager::notice, window, say);
    connect(m_pins, &OfflinePinsModel::notice, window, say);
}

void OfflineWiring::start() {
    m_manager->start();
    m_pins->reload();
    m_scrub.start();
}

void OfflineWiring::stop() {
    m_reconcile.stop();
    m_scrub.stop();
    m_manager->stop();
}

QString OfflineWiring::localCopy(const Track &track) const {
    return m_manager->localPath(track.id);
}

void OfflineWiring::scheduleReconcile() {
    m_reconcile.start();
}

void OfflineWiring::onTrackChanged(const Track &track) {
    if (track.id == 0)
        return;
    if (!track.isLocal()) {
        if (m_manager->isAvailable(track.id))
            m_manager->markUsed(track.id); // the stream cache keeps what is played
        else
            m_manager->cacheTrack(track.id, kPriorityCache);
    }
    // The next songs of the queue come while the connection is good: an outage in the middle
    // of the queue then costs nothing.
    if (!m_streamingHealthy || !m_prefetchAllowed)
        return;
    const PlayQueue &queue = m_parts.engine->queue();
    const int prefetch = m_manager->settings().prefetch;
    int taken = 0;
    for (int i = queue.currentIndex() + 1; i < queue.tracks().size() && taken < prefetch; ++i) {
        const Track &next = queue.tracks().at(i);
        if (next.isLocal())
            continue;
        ++taken;
        if (!m_manager->isAvailable(next.id))
            m_manager->cacheTrack(next.id, kPriorityPrefetch);
    }
}

void OfflineWiring::onHealth(const HealthState &state) {
    m_streamingHealthy = state.level == HealthLevel::Operational;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool soon = false;
    for (const ServiceMaintenance &m : state.maintenances) {
        if (m.status == QLatin1String("completed"))
            continue;
        if (m.activeAt(now)
            || (m.scheduledFor.isValid() && now.secsTo(m.scheduledFor) <= kMaintenanceAheadSecs
                && (!m.scheduledUntil.isValid() || now < m.scheduledUntil)))
            soon = true;
    }
    if (soon != m_urgent) {
        m_urgent = soon;
        m_manager->setEssentialsUrgent(soon);
    }
}

void OfflineWiring::playEssentials() {
    TrackList tracks;
    for (qint64 id : m_pins->essentialsTracks()) {
        const int row = m_parts.tracks->rowOfTrack(id);
        if (row < 0)
            continue;
        const Track &t = m_parts.tracks->trackAt(row);
        if (m_availability->playsOffline(t))
            tracks.append(t);
    }
    if (tracks.isEmpty()) {
        if (m_window)
            m_window->statusBar()->showMessage(
                tr("Nothing in Emergency Essentials can play without the server yet."), 10'000);
        return;
    }
    m_parts.engine->playTracks(tracks, 0);
}

void OfflineWiring::showDownloads() {
    if (!m_window)
        return;
    if (!m_downloads) {
        // The queue is read on the library thread, like everything else from the database.
        auto rows =
            [library = QPointer<Library>(m_parts.library),
             self = QPointer<OfflineWiring>(this)](std::function<void(QList<DownloadRow>)> done) {
                if (!library || !self)
                    return;
                library->query(
                    self.data(), [](Database &db) { return OfflineQueue(db).rows(); },
                    [done = std::move(done)](Result<QList<DownloadRow>> result) {
                        done(result.valueOr({}));
                    });
            };
        m_downloads = new DownloadsDialog(m_manager, rows, m_window);
    }
    m_downloads->show();
    m_downloads->raise();
    m_downloads->activateWindow();
}

} // namespace refrain
