// LibraryBrowser: the sidebar (Songs, Albums, Artists, Genres, Folders, local playlists and each
// server's playlists) and the page it shows. Opening an album, artist, genre or folder shows its
// songs; "Show All Songs" goes back to it.
#pragma once

#include "core/model/trackgroupmodel.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace refrain {

class GroupView;
class OfflinePinsModel;
class PlaylistListModel;
class PlaylistView;
class ServerPlaylistModel;
class LibraryView;

class LibraryBrowser : public QWidget {
    Q_OBJECT
public:
    LibraryBrowser(LibraryView *songs, const QList<TrackGroupModel *> &groups,
                   PlaylistView *playlistView, PlaylistListModel *playlists,
                   QWidget *parent = nullptr);

    QListWidget *sidebar() const { return m_sidebar; }
    LibraryView *songs() const { return m_songs; }
    GroupView *groupView(TrackGroupModel::Kind kind) const;
    QWidget *currentPage() const;
    void showSongs();
    void showPlaylist(qint64 id);
    // Starts editing the playlist's name in the sidebar.
    void renamePlaylist(qint64 id);
    PlaylistView *playlistView() const { return m_playlistView; }
    // Lists the servers' playlists under their server's name, after the local ones.
    void setServerPlaylists(ServerPlaylistModel *playlists);
    void showServerPlaylist(const QString &serverId, const QString &playlistId);
    void renameServerPlaylist(const QString &serverId, const QString &playlistId);
    QListWidgetItem *itemForServerPlaylist(const QString &serverId,
                                           const QString &playlistId) const;
    // A page of its own in the sidebar, after the groups and before the playlists ("Offline").
    void addPage(QWidget *page, const QIcon &icon, const QString &label);
    void showPage(QWidget *page);
    // Playlists in the sidebar get "Keep Offline" in their context menu.
    void setOfflinePins(OfflinePinsModel *pins) { m_pins = pins; }

private:
    void openGroup(const TrackGroupModel *groups, const QString &key, const QString &title);
    void showSidebarMenu(const QPoint &pos);
    void rebuildPlaylistItems();
    void addServerPlaylistItems(const QString &currentServer, const QString &currentPlaylist);
    QListWidgetItem *itemForPlaylist(qint64 id) const;

    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    LibraryView *m_songs;
    QList<GroupView *> m_groupViews;
    PlaylistView *m_playlistView;
    PlaylistListModel *m_playlists;
    ServerPlaylistModel *m_serverPlaylists = nullptr;
    OfflinePinsModel *m_pins = nullptr;
    int m_fixedRows = 0; // Songs and the group pages; playlists follow
    qint64 m_pendingSelect = 0;
    int m_returnRow = -1; // the sidebar entry to go back to when a scope is cleared
};

} // namespace refrain
