// PlaylistView: one local playlist — its entries in order (missing ones greyed, never dropped),
// play from any entry, reorder by drag and drop, drop tracks in from the library, remove with
// Delete, export to a file.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace refrain {

class PlayerModel;
class PlaylistEntriesModel;
class PlaylistListModel;
class TrackTableModel;

class PlaylistView : public QWidget {
    Q_OBJECT
public:
    PlaylistView(PlaylistEntriesModel *entries, PlaylistListModel *playlists,
                 TrackTableModel *tracks, PlayerModel *player, QWidget *parent = nullptr);

    void showPlaylist(qint64 id);
    QTableView *table() const { return m_table; }
    QString headerText() const;
    // Plays the playable entries, starting at the given row (or the next playable one after it).
    void playFrom(int row);

Q_SIGNALS:
    void renameRequested(qint64 id);
    void exportRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshHeader();
    void removeSelected();

    PlaylistEntriesModel *m_entries;
    PlaylistListModel *m_playlists;
    TrackTableModel *m_tracks;
    PlayerModel *m_player;
    QLabel *m_header;
    QTableView *m_table;
};

} // namespace refrain
