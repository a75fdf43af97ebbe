// PlaylistView: one playlist — its entries in order (missing ones greyed, never dropped), play
// from any entry, remove with Delete; a local one also reorders by drag and drop, takes tracks
// dropped from the library and exports to a file. A server playlist's edits go to its server.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace refrain {

class OfflinePinsModel;
class PlayerModel;
class PlaylistEntriesModel;
class PlaylistListModel;
class ServerPlaylistEntriesModel;
class ServerPlaylistModel;
class TrackTableModel;

class PlaylistView : public QWidget {
    Q_OBJECT
public:
    PlaylistView(PlaylistEntriesModel *entries, PlaylistListModel *playlists,
                 TrackTableModel *tracks, PlayerModel *player, QWidget *parent = nullptr);

    void showPlaylist(qint64 id);
    // Lets the view show server playlists too (without them it shows local ones only).
    void setServerPlaylists(ServerPlaylistModel *playlists, ServerPlaylistEntriesModel *entries);
    void showServerPlaylist(const QString &serverId, const QString &playlistId);
    bool isShowingServerPlaylist() const { return m_remote; }
    // Shows "Keep Offline" for the playlist on screen.
    void setOfflinePins(OfflinePinsModel *pins);
    QPushButton *keepOfflineButton() const { return m_keepOffline; }
    QTableView *table() const { return m_table; }
    QString headerText() const;
    // While the server's catalog is shown from the copy saved here: "Shown as of 14:02 — …".
    // Appears above server playlists only; empty hides it.
    void setMirrorNote(const QString &text);
    QString mirrorNoteText() const;
    // Plays the playable entries, starting at the given row (or the next playable one after it).
    void playFrom(int row);

Q_SIGNALS:
    void renameRequested(qint64 id);
    void serverRenameRequested(const QString &serverId, const QString &playlistId);
    void exportRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshHeader();
    void removeSelected();
    void rename();
    void removePlaylist();
    // Switches the table between the local and the server entries.
    void setRemote(bool remote);
    void updateKeepOffline();
    void keepOffline(bool keep);

    PlaylistEntriesModel *m_entries;
    PlaylistListModel *m_playlists;
    TrackTableModel *m_tracks;
    PlayerModel *m_player;
    QLabel *m_header;
    QLabel *m_mirrorNote;
    QString m_mirrorText;
    QTableView *m_table;
    QPushButton *m_export = nullptr;
    ServerPlaylistModel *m_serverPlaylists = nullptr;
    ServerPlaylistEntriesModel *m_serverEntries = nullptr;
    bool m_remote = false;
    OfflinePinsModel *m_pins = nullptr;
    QPushButton *m_keepOffline = nullptr;
};

} // namespace refrain
