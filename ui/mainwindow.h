// MainWindow: composes the health banner, the library view, the now-playing bar and the status
// bar over the shared model layer. It holds no business logic of its own.
#pragma once

#include <QMainWindow>
#include <QUrl>

class QAction;
class QMenu;
class QPushButton;
class QTimer;

namespace refrain {

class DatabaseNotice;
class HealthBanner;
class HealthModel;
class LibraryActivity;
class LibraryView;
class NowPlayingBar;
class PlayerModel;
class ScanStatusWidget;
class LibraryBrowser;
class PlaylistEntriesModel;
class PlaylistListModel;
class QueueModel;
class QueueView;
class ServerListModel;
class ServersDialog;
class TrackFilterModel;
class TrackGroupModel;
class TrackTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Models {
        TrackTableModel *tracks = nullptr;
        TrackFilterModel *visibleTracks = nullptr; // the tracks view's filter and order
        HealthModel *health = nullptr;
        PlayerModel *player = nullptr;
        LibraryActivity *library = nullptr;
        QList<TrackGroupModel *> groups; // albums, artists, genres, folders: the sidebar's pages
        PlaylistListModel *playlists = nullptr;
        PlaylistEntriesModel *playlistEntries = nullptr;
        QueueModel *queue = nullptr;
        ServerListModel *servers = nullptr; // none: no Servers… entry
    };

    explicit MainWindow(const Models &models, QWidget *parent = nullptr);

    HealthBanner *healthBanner() const { return m_banner; }
    LibraryView *libraryView() const { return m_libraryView; }
    LibraryBrowser *browser() const { return m_browser; }
    QueueView *queueView() const { return m_queueView; }
    NowPlayingBar *nowPlayingBar() const { return m_nowPlaying; }
    ScanStatusWidget *scanStatus() const { return m_scanStatus; }
    DatabaseNotice *databaseNotice() const { return m_dbNotice; }
    QAction *playPauseAction() const { return m_playPause; }
    // View ▸ Always Show Service Status: the banner stays up while all is well (checkable; the
    // composition root may restore and save its state).
    QAction *pinHealthAction() const { return m_pinHealth; }
    // The Servers dialog, made on first use (nullptr before, or without servers).
    ServersDialog *serversDialog() const { return m_serversDialog; }
    // File, for the parts the composition root adds (history import); its actions that open
    // something go before fileMenuSeparator().
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *fileMenuSeparator() const { return m_fileSeparator; }
    void showServers();

Q_SIGNALS:
    // The banner's requests, for the composition root to carry out.
    void retryHealthRequested();
    void openStatusPageRequested(const QUrl &url);
    void statusHistoryRequested();
    // Replace the queue with Emergency Essentials and play it (the banner's action in outages).
    void playEssentialsRequested();
    void downloadsRequested();

protected:
    bool event(QEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void chooseMusicFolder();
    void importPlaylist();
    void exportPlaylist(qint64 id);
    void offerUndo(const QString &name);
    void updateSourceColumn();

    Models m_models;
    HealthBanner *m_banner;
    DatabaseNotice *m_dbNotice;
    LibraryView *m_libraryView;
    LibraryBrowser *m_browser;
    QueueView *m_queueView = nullptr;
    NowPlayingBar *m_nowPlaying;
    ScanStatusWidget *m_scanStatus;
    QAction *m_playPause = nullptr;
    QAction *m_pinHealth = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_fileSeparator = nullptr;
    QPushButton *m_undo = nullptr;
    QTimer *m_undoTimeout = nullptr;
    ServersDialog *m_serversDialog = nullptr;
};

} // namespace refrain
