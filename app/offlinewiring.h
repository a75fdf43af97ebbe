// OfflineWiring: the composition root's offline part — builds the download manager, the
// availability index and the pins model, and ties them to the library, the servers, playback,
// health and the window: pins follow syncs and edits, streamed songs are cached, the queue's next
// songs are fetched ahead while the service is healthy, a maintenance window puts Essentials
// first, and the banner offers Emergency Essentials when streaming is out.
#pragma once

#include "core/health/healthstate.h"
#include "core/library/track.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace refrain {

class DownloadManager;
class HealthModel;
class HealthMonitor;
class Library;
class MainWindow;
class OfflineAvailability;
class OfflinePage;
class OfflinePinsModel;
class PlaybackEngine;
class PlaylistListModel;
class RequestLayer;
class ServerHub;
class TrackTableModel;

class OfflineWiring : public QObject {
    Q_OBJECT
public:
    struct Parts {
        Library *library = nullptr;
        RequestLayer *requests = nullptr;
        ServerHub *servers = nullptr;
        HealthMonitor *health = nullptr;
        HealthModel *healthModel = nullptr;
        PlaybackEngine *engine = nullptr;
        TrackTableModel *tracks = nullptr;
        PlaylistListModel *playlists = nullptr;
        QString offlineRoot;
    };

    explicit OfflineWiring(Parts parts, QObject *parent = nullptr);
    ~OfflineWiring() override;

    DownloadManager *manager() const { return m_manager; }
    OfflineAvailability *availability() const { return m_availability; }
    OfflinePinsModel *pins() const { return m_pins; }

    // The window's views, the banner's action, the Offline page and the Downloads dialog.
    void attachWindow(MainWindow *window);
    // Once the library has loaded: the manager resumes what was left.
    void start();
    // At quit: downloads stop and keep their .part files for the next start.
    void stop();

    // The resolver's hook: the verified copy of a server's track, or empty.
    QString localCopy(const Track &track) const;
    // Replaces the queue with the songs of Emergency Essentials that play offline now.
    void playEssentials();
    // The capabilities allow caching the queue's next songs ahead (an optional extra that steps
    // back first when the service struggles, and in crash safe mode).
    void setPrefetchAllowed(bool allowed) { m_prefetchAllowed = allowed; }
    void showDownloads();

private:
    void scheduleReconcile();
    void onTrackChanged(const Track &track);
    void onHealth(const HealthState &state);

    Parts m_parts;
    DownloadManager *m_manager;
    OfflineAvailability *m_availability;
    OfflinePinsModel *m_pins;
    QPointer<MainWindow> m_window;
    QWidget *m_downloads = nullptr; // the dialog, made when first opened
    OfflinePage *m_page = nullptr;
    QTimer m_reconcile;
    QTimer m_scrub;
    bool m_urgent = false;
    bool m_streamingHealthy = false;
    bool m_prefetchAllowed = true;
};

} // namespace refrain
