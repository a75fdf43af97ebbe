// PlaylistEntriesModel: the items of one playlist in order — missing ones kept and marked — with
// drag and drop to reorder and to add tracks dragged from the library.
#pragma once

#include "core/library/playliststore.h"
#include "core/model/dragdata.h"

#include <QAbstractTableModel>

namespace refrain {

class Library;
class OfflineAvailability;
class PlaylistListModel;

class PlaylistEntriesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PositionColumn,
        TitleColumn,
        ArtistColumn,
        AlbumColumn,
        DurationColumn,
        OfflineColumn, // Downloaded, Waiting, On this computer (with OfflineAvailability)
        ColumnCount
    };
    enum Role { ItemIdRole = Qt::UserRole + 1, TrackIdRole, AvailableRole };

    // Dragged track ids (from the library) and item ids (within a playlist).
    static constexpr auto kTrackIdsMime = dragdata::kTrackIdsMime;
    static constexpr auto kItemIdsMime = dragdata::kPlaylistItemsMime;

    PlaylistEntriesModel(Library *library, PlaylistListModel *playlists, QObject *parent = nullptr);

    void setPlaylist(qint64 id);
    qint64 playlistId() const { return m_id; }
    const QList<PlaylistEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Fills the Offline column and follows it as downloads finish.
    void setOfflineAvailability(OfflineAvailability *offline);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

private:
    // Why a present entry cannot play now (streaming is out and no copy is here); empty: it can.
    QString blockedReason(const PlaylistEntry &entry) const;
    OfflineAvailability *m_offline = nullptr;
    Library *m_library;
    PlaylistListModel *m_playlists;
    qint64 m_id = 0;
    QList<PlaylistEntry> m_entries;
};

} // namespace refrain
