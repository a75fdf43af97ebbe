// ServerPlaylistEntriesModel: the songs of one server playlist in order, as the local mirror holds
// them (queued edits included) — songs the mirror does not have yet are kept and marked missing.
#pragma once

#include "core/service/servereditstore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace refrain {

class Library;
class OfflineAvailability;
class ServerHub;

class ServerPlaylistEntriesModel : public QAbstractTableModel {
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
    enum Role { TrackIdRole = Qt::UserRole + 1, AvailableRole, SongIdRole };

    ServerPlaylistEntriesModel(Library *library, ServerHub *hub, QObject *parent = nullptr);

    void setPlaylist(const QString &serverId, const QString &playlistId);
    QString serverId() const { return m_serverId; }
    QString playlistId() const { return m_playlistId; }
    const QList<MirroredEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Fills the Offline column and follows it as downloads finish.
    void setOfflineAvailability(OfflineAvailability *offline);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

private:
    // Why a present entry cannot play now (streaming is out and no copy is here); empty: it can.
    QString blockedReason(const MirroredEntry &entry) const;
    OfflineAvailability *m_offline = nullptr;
    // Replaces the entries, removing and inserting only the rows between the unchanged start and
    // end, so a removal keeps the selection and scroll position of the rest.
    void apply(QList<MirroredEntry> entries);

    Library *m_library;
    QPointer<ServerHub> m_hub;
    QString m_serverId;
    QString m_playlistId;
    QList<MirroredEntry> m_entries;
};

} // namespace refrain
