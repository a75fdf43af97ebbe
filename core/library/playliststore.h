// PlaylistStore: the local playlists and their items in SQLite — create, rename, reorder, delete
// with undo — keeping entries whose track is missing so they can be shown and relinked later.
// Not thread-bound itself; it works on whichever connection it is given.
#pragma once

#include "core/library/database.h"
#include "core/library/playlistfile.h"
#include "core/library/result.h"
#include "core/library/track.h"

#include <QList>
#include <QString>

#include <functional>

namespace refrain {

struct PlaylistInfo {
    qint64 id = 0;
    QString name;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 deletedAtMs = 0; // 0 while the playlist is not deleted
    int itemCount = 0;
    int missingCount = 0; // entries without a track, or whose track is unavailable
    qint64 totalDurationMs = 0;
};

// One item of a playlist as a view shows it: the live track's metadata when the track exists,
// otherwise what the entry said when it was added.
struct PlaylistEntry {
    qint64 itemId = 0;
    int position = 0;
    qint64 trackId = 0; // 0 when the entry does not resolve to a track
    QString location;
    QString title;
    QString artist;
    QString album;
    qint64 durationMs = 0;
    bool available = false; // the track exists and is available

    friend bool operator==(const PlaylistEntry &, const PlaylistEntry &) = default;
};

class PlaylistStore {
public:
    using Clock = std::function<qint64()>; // ms since the epoch, UTC

    // The clock defaults to the system's; tests pass their own to test purging.
    explicit PlaylistStore(Database &db, Clock clock = {});

    // Names are trimmed and need not be unique; an empty name is refused.
    Result<qint64> create(const QString &name);
    // Creates a playlist holding the entries of an imported file, in one transaction.
    Result<qint64> createFromEntries(const QString &name, const QList<PlaylistFileEntry> &entries);
    Result<void> rename(qint64 playlistId, const QString &name);

    // Deleting only marks the playlist, so it can be restored until purgeDeleted() removes it.
    Result<void> remove(qint64 playlistId);
    Result<void> restore(qint64 playlistId);
    // Removes for good the playlists deleted more than olderThanMs ago (0: all deleted ones).
    // Returns how many were removed.
    Result<int> purgeDeleted(qint64 olderThanMs);

    // Playlists not deleted, by name; and the deleted ones, most recently deleted first.
    Result<QList<PlaylistInfo>> list();
    Result<QList<PlaylistInfo>> deletedPlaylists();
    // One playlist, deleted or not; NotFound when there is none with that id.
    Result<PlaylistInfo> playlist(qint64 playlistId);

    Result<QList<PlaylistEntry>> items(qint64 playlistId);

    // Inserts before the item at insertAt (-1 or past the end: appends). Returns the new items'
    // ids. Every track must exist.
    Result<QList<qint64>> addTracks(qint64 playlistId, const TrackIds &trackIds, int insertAt = -1);
    // For imports: each entry is resolved to a track by its location; those that do not resolve
    // are kept with their text. Returns the new items' ids.
    Result<QList<qint64>> addEntries(qint64 playlistId, const QList<PlaylistFileEntry> &entries,
                                     int insertAt = -1);
    // Ids not in the playlist are ignored.
    Result<void> removeItems(qint64 playlistId, const QList<qint64> &itemIds);
    // Moves the items, in their playlist order, before the item now at beforePosition (-1 or past
    // the end: to the end), as a drop does. Every id must belong to the playlist.
    Result<void> moveItems(qint64 playlistId, const QList<qint64> &itemIds, int beforePosition);

    // Points entries without a track at the track whose location now matches (after a scan).
    // Returns how many were relinked.
    Result<int> relinkMissing();

private:
    struct NewItem {
        qint64 trackId = 0;
        PlaylistFileEntry text;
    };

    Result<void> requireLive(qint64 playlistId);
    Result<QList<qint64>> itemIdsInOrder(qint64 playlistId);
    Result<void> renumber(qint64 playlistId, const QList<qint64> &newOrder);
    Result<QList<qint64>> insertItems(qint64 playlistId, const QList<NewItem> &newItems,
                                      int insertAt);
    Result<QList<NewItem>> resolveEntries(const QList<PlaylistFileEntry> &entries);
    Result<void> touch(qint64 playlistId);
    Result<QList<PlaylistInfo>> queryInfos(const char *sql, qint64 id);

    Database &m_db;
    Clock m_clock;
};

} // namespace refrain
