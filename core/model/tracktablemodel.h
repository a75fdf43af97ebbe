// TrackTableModel: every track of the library as rows, fed incrementally by the Library's signals
// (loaded, added, updated, removed, availability) — never reset on a rescan.
#pragma once

#include "core/library/track.h"
#include "core/model/dragdata.h"
#include "core/model/offlineavailability.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>

#include <array>
#include <optional>
#include <vector>

namespace refrain {

class Library;

class TrackTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The same type PlaylistEntriesModel takes in a drop.
    static constexpr auto kTrackIdsMime = dragdata::kTrackIdsMime;

    // Source: "Local", or the name of the server a track streams from.
    enum Column {
        TitleColumn,
        ArtistColumn,
        AlbumColumn,
        SourceColumn,
        DurationColumn,
        OfflineColumn, // Downloaded, Waiting, On this computer … (OfflineAvailability)
        ColumnCount
    };
    enum Role {
        TrackRole = Qt::UserRole + 1, // the whole Track
        TrackIdRole,
        SortRole, // numbers as numbers, text folded for sorting
        AvailableRole,
        NowPlayingRole, // true for the track the player is on
        OfflineRole,    // true when it plays without a network (a local file or a verified copy)
    };

    explicit TrackTableModel(QObject *parent = nullptr);

    // Connects to a library's signals; the model then follows it on its own.
    void attach(Library *library);
    // Where the Offline column and OfflineRole come from (none: local files only).
    void setOfflineAvailability(OfflineAvailability *offline);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Dragged tracks carry their ids, for playlists and the queue to take.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    const Track &trackAt(int row) const { return m_tracks.at(row); }
    // The collation key of a text column's cell (case-insensitive, numbers by value, the
    // locale's alphabet), computed once per row: sorting 100,000 rows compares bytes instead of
    // running the collator on every comparison.
    const QCollatorSortKey &sortKey(int row, int column) const;
    static bool isTextColumn(int column) {
        return column != DurationColumn && column != OfflineColumn;
    }
    int rowOfTrack(qint64 id) const { return m_rowById.value(id, -1); }
    // What the Source column shows for a track: "Local", or its server's name.
    QString sourceName(const Track &track) const;

public Q_SLOTS:
    // Marks the playing track (0 for none) so views can show where playback is.
    void setNowPlaying(qint64 trackId);
    // Server id → name, so remote tracks say where they come from (ServerListModel keeps it).
    void setSourceNames(const QHash<QString, QString> &names);
    void addTracks(const refrain::TrackList &tracks);
    void updateTracks(const refrain::TrackList &tracks);
    void removeTracks(const refrain::TrackIds &ids);
    void setAvailability(const refrain::TrackIds &ids, bool available);
    void clear();

private:
    void reindexFrom(int row);
    OfflineAvailability::State offlineState(const Track &track) const;
    // Why the track cannot play now (missing, or streaming is out and no copy is here).
    QString unplayableReason(const Track &track) const;
    bool isValidRow(const QModelIndex &index) const;

    void forgetSortKeys(int row);

    TrackList m_tracks;
    QCollator m_collator;
    mutable std::array<std::vector<std::optional<QCollatorSortKey>>, ColumnCount> m_sortKeys;
    QHash<qint64, int> m_rowById;
    QHash<QString, QString> m_sourceNames;
    qint64 m_nowPlaying = 0;
    OfflineAvailability *m_offline = nullptr;
};

} // namespace refrain
