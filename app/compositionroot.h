// CompositionRoot: builds the core objects, the shared models and the main window, and wires
// them together. The only place that knows every part; nothing else reaches across.
#pragma once

#include "app/profile.h"
#include "core/health/healthmonitor.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace refrain {

class CloseToTray;
class ColumnChooser;
class CoverStore;
class DegradationWiring;
class HealthModel;
class HealthHistoryModel;
class HealthMonitor;
class Library;
class LibraryActivity;
class MainWindow;
class NetworkWatch;
class HistoryWiring;
class OfflineWiring;
class StatusHistoryDialog;
class TrayIcon;
class PlaybackEngine;
class PlaySession;
class Preferences;
class SettingsWiring;
class PlayerModel;
class PlaylistEntriesModel;
class PlaylistListModel;
class RequestLayer;
class SecretStore;
class ServerHub;
class ServerListModel;
class SystemClock;
class QueueModel;
class TrackFilterModel;
class TrackGroupModel;
class TrackTableModel;

class CompositionRoot : public QObject {
    Q_OBJECT
public:
    struct Options {
        Profile profile;
        QStringList addedLibraries; // --library DIR…
        QString defaultLibrary;     // scanned on a first start with no folders configured
        // How often the health monitor checks; the defaults unless a test or drill says.
        std::optional<HealthMonitor::Settings> health;
    };

    explicit CompositionRoot(Options options, QObject *parent = nullptr);
    ~CompositionRoot() override;

    // Shows the window at once and starts loading: nothing here waits on disk or network.
    void start();

    MainWindow *window() const { return m_window.get(); }
    Library *library() const { return m_library; }
    PlaybackEngine *engine() const { return m_engine; }
    TrackTableModel *tracks() const { return m_tracks; }
    DegradationWiring *degradation() const { return m_degradation; }
    HistoryWiring *history() const { return m_history; }
    Preferences *preferences() const { return m_preferences; }
    SettingsWiring *settings() const { return m_settingsWiring; }
    PlaySession *session() const { return m_session; }
    // `refrain --play-playlist NAME`: replaces the queue with the local playlist of that name
    // (ignoring case), else a server playlist of that name, and plays it; says so when none is.
    void playPlaylistNamed(const QString &name);
    void playEssentials();
    // Whether a verified offline copy of the track is here.
    bool offlineCopy(qint64 trackId) const;

private:
    void saveSettings();
    void wireHealth();
    void watchServers();
    void showStatusHistory();
    // Brings back the queue and position the last run left (playback/resume), then keeps them
    // saved as they change.
    void restoreSession();
    void followResumeSetting();

    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    Preferences *m_preferences;
    std::unique_ptr<QObject> m_mediaControls; // MPRIS; gone before the engine it watches
    Library *m_library;
    std::unique_ptr<SystemClock> m_clock;
    RequestLayer *m_requests;
    HealthMonitor *m_health;
    NetworkWatch *m_network;
    SecretStore *m_secrets;
    ServerHub *m_servers;
    ServerListModel *m_serverList;
    PlaybackEngine *m_engine;
    TrackTableModel *m_tracks;
    TrackFilterModel *m_visibleTracks;
    CoverStore *m_covers;
    QList<TrackGroupModel *> m_groups;
    HealthModel *m_healthModel;
    PlayerModel *m_player;
    LibraryActivity *m_activity;
    PlaylistListModel *m_playlists;
    PlaylistEntriesModel *m_playlistEntries;
    QueueModel *m_queue;
    std::unique_ptr<MainWindow> m_window;
    TrayIcon *m_tray = nullptr;
    OfflineWiring *m_offline = nullptr;
    HistoryWiring *m_history = nullptr;
    DegradationWiring *m_degradation = nullptr;
    HealthHistoryModel *m_healthHistory = nullptr; // made when the history is first opened
    StatusHistoryDialog *m_statusHistory = nullptr;
    SettingsWiring *m_settingsWiring = nullptr;
    CloseToTray *m_closeToTray = nullptr;
    ColumnChooser *m_columns = nullptr;
    PlaySession *m_session = nullptr;
};

} // namespace refrain
