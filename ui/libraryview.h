// LibraryView: the track table with its search box, and what to show when the library is empty.
// Double-click or Enter plays the visible tracks from that row on.
#pragma once

#include "core/model/trackgroupmodel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace refrain {

class OfflinePinsModel;
class PlayerModel;
class PlaylistListModel;
class ServerPlaylistModel;
class TrackFilterModel;
class TrackTableModel;

class LibraryView : public QWidget {
    Q_OBJECT
public:
    LibraryView(TrackTableModel *tracks, TrackFilterModel *visible, PlayerModel *player,
                QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    TrackFilterModel *filterModel() const { return m_filter; }

    void focusSearch();
    // Enables "Add to Playlist" in the tracks' context menu.
    void setPlaylists(PlaylistListModel *playlists) { m_playlists = playlists; }
    // Adds the servers' playlists to "Add to Playlist" (only a server's own songs go into them).
    void setServerPlaylists(ServerPlaylistModel *playlists) { m_serverPlaylists = playlists; }
    // Enables keeping songs, albums and artists offline (context menu, the scope bar's button).
    void setOfflinePins(OfflinePinsModel *pins);
    QCheckBox *offlineOnlyBox() const { return m_offlineOnly; }
    QPushButton *keepOfflineButton() const { return m_keepOffline; }
    TrackIds selectedTrackIds() const;
    // While the stored library is still loading, an empty table says so instead of "empty".
    void setLoading(bool loading);
    // Shows only one album, artist, genre or folder, with a bar that says so and a way back.
    void showScope(const TrackGroupModel *groups, const QString &key, const QString &title);
    void clearScope();
    QString scopeText() const;
    // Plays the visible tracks starting at the given visible row.
    void playRow(int row);
    // While servers' songs are listed from the copy saved here: "Server songs as of 14:02 — …".
    // Empty hides it.
    void setMirrorNote(const QString &text);
    QString mirrorNoteText() const;

Q_SIGNALS:
    void addFolderRequested();
    void scopeCleared();
    // A song that cannot play now was asked to play: why, in a sentence (never a dialog).
    void notice(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyState();
    void showContextMenu(const QPoint &pos);
    void addServerPlaylistActions(QMenu *menu, const TrackList &tracks);
    void addOfflineActions(QMenu *menu, const Track &clicked, const TrackList &selected);
    void updateKeepOffline();
    // The album or artist the scope shows, as one of its tracks (an empty track otherwise).
    Track scopeTrack() const;

    TrackTableModel *m_tracks;
    PlayerModel *m_player;
    TrackFilterModel *m_filter;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_emptyText;
    QLabel *m_mirrorNote = nullptr;
    QWidget *m_scopeBar;
    QLabel *m_scopeLabel;
    QWidget *m_emptyPage;
    bool m_loading = false;
    PlaylistListModel *m_playlists = nullptr;
    ServerPlaylistModel *m_serverPlaylists = nullptr;
    bool m_playWhenSearched = false; // Enter pressed before the search was answered
    OfflinePinsModel *m_pins = nullptr;
    QCheckBox *m_offlineOnly;
    QPushButton *m_keepOffline;
    TrackGroupModel::Kind m_scopeKind = TrackGroupModel::Kind::Album;
};

} // namespace refrain
