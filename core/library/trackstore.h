// TrackStore: the tracks and roots tables, read and written through bound statements only.
// Not thread-bound itself; it works on whichever connection it is given, on one thread at a time.
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"
#include "core/library/searchquery.h"
#include "core/library/statement.h"
#include "core/library/track.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace refrain {

struct LibraryRoot {
    qint64 id = 0;
    QString path;
    bool available = true;
};

// What the scanner needs to know of a stored file to decide whether to read it again.
struct FileStamp {
    qint64 id = 0;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    bool available = true;
};

// A folder as the last scan saw it.
struct DirectoryStamp {
    QString path;
    QString parent; // empty for a root
    qint64 mtimeMs = 0;
};

class TrackStore {
public:
    // Matches ranked per search at most; beyond that, the first ones in index order.
    static constexpr int kRankCandidates = 500;

    explicit TrackStore(Database &db)
        : m_db(db) {}

    Result<TrackList> allTracks();
    // Streams every track in storage order (no sort: the first rows come at once), handing
    // them over firstChunkSize, then chunkSize at a time.
    Result<void> forEachChunk(int firstChunkSize, int chunkSize,
                              const std::function<void(TrackList &&)> &chunk);
    Result<TrackList> search(const SearchQuery &query, int limit = 500);
    Result<qint64> trackCount();
    // Every track the query matches (unranked), with the highest id that existed at that moment.
    Result<QPair<TrackIds, qint64>> matchingIds(const SearchQuery &query);

    Result<qint64> ensureRoot(const QString &path);
    Result<QList<LibraryRoot>> roots();
    // Forgets a music folder: the folder and its songs go from the library (files stay on disk;
    // playlists keep their entries as missing). Returns the ids of the songs that went.
    Result<TrackIds> removeRoot(const QString &path);
    Result<void> setRootAvailable(qint64 rootId, bool available, qint64 nowMs);

    Result<QHash<QString, FileStamp>> stampsUnderRoot(qint64 rootId);
    // Inserts tracks without an id (assigning it) and updates those with one, in one transaction.
    // Search indexing of new rows happens at the end of the same transaction, unless deferred
    // (the scanner indexes in bulk, which is many times cheaper); see indexPending().
    enum class Indexing { Now, Deferred };
    Result<void> write(TrackList &tracks, qint64 rootId, qint64 nowMs,
                       Indexing indexing = Indexing::Now);
    // Adds every row not yet in the search index, in one statement. Returns how many.
    Result<int> indexPending();
    // The highest track id the search index has seen; rows above it are waiting.
    Result<qint64> maxIndexedId();
    // Returns the ids whose availability actually changed.
    Result<TrackIds> setAvailable(const TrackIds &ids, bool available);
    Result<TrackIds> setRootTracksAvailable(qint64 rootId, bool available);
    Result<void> remove(const TrackIds &ids);

    Result<QHash<QString, DirectoryStamp>> directoriesUnderRoot(qint64 rootId);
    // Replaces what is known of a root's folders with what this scan saw.
    Result<void> replaceDirectories(qint64 rootId, const QList<DirectoryStamp> &directories);
    Result<QStringList> allDirectories();

    // Files under rootPath the last scan could not read: path → reason.
    Result<QHash<QString, QString>> failuresUnder(const QString &rootPath);
    Result<void> replaceFailures(const QString &rootPath, const QHash<QString, QString> &failures,
                                 qint64 nowMs);

private:
    Result<void> prepareWrites();

    Database &m_db;
    // Prepared on the first write() and kept: a scan writes dozens of batches with them.
    std::optional<Statement> m_insert;
    std::optional<Statement> m_update;
};

} // namespace refrain
