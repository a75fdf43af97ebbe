// OfflineQueue: the offline files of the library database — the download queue (best first,
// pause, cancel, reprioritise), verification results, the stream cache's LRU, the scrub's list,
// and the figures the Downloads view and readiness show. Pure SQL on the Database's thread.
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"
#include "core/library/track.h"
#include "core/offline/offlinetypes.h"

#include <QHash>
#include <QSet>

namespace refrain {

class OfflineQueue {
public:
    explicit OfflineQueue(Database &db)
        : m_db(db) {}

    // Queued downloads, best first, skipping the ones already running.
    Result<QList<DownloadJob>> nextJobs(int limit, const QSet<qint64> &running);
    Result<void> rememberChecksum(qint64 fileId, const QByteArray &sha256Hex);
    Result<void> markVerified(qint64 fileId, qint64 size, const QByteArray &sha256Hex,
                              qint64 nowMs);
    // A failed try: back in the queue, or 'failed' for good when `permanent` or when it failed
    // too often. Returns whether it stays queued.
    Result<bool> markFailed(qint64 fileId, const QString &error, bool permanent);
    // Pause, resume (also retries a failed one), cancel (= failed, "cancelled"), reprioritise.
    Result<void> setPaused(qint64 fileId, bool paused);
    Result<void> retry(qint64 fileId);
    Result<void> cancel(qint64 fileId);
    Result<void> setPriority(qint64 fileId, int priority);
    // The highest priority of any queued file plus one: "download next".
    Result<int> topPriority();
    // Essentials that are still missing go first (a maintenance window is coming) or back.
    Result<int> setEssentialsUrgent(bool urgent);

    // The stream cache: keep a copy of a streamed (or soon to be played) song.
    Result<bool> addToCache(qint64 trackId, int priority, qint64 nowMs);
    // Cache files to delete so that the cache fits capBytes, least recently used first; their
    // rows are gone when this returns. Pinned files are never among them.
    Result<QStringList> evictCache(qint64 capBytes);
    Result<void> touch(qint64 trackId, qint64 nowMs);

    Result<QList<DownloadRow>> rows();
    Result<Readiness> readiness();
    // Bytes of verified files plus what queued ones will need.
    Result<qint64> committedBytes();
    struct Stats {
        int queued = 0;
        qint64 queuedBytes = 0; // as the catalog says
        qint64 verifiedBytes = 0;
    };
    // The figures the scheduler needs, in one query.
    Result<Stats> stats();
    // track id → path (relative) of every verified offline copy.
    Result<QHash<qint64, QString>> verifiedPaths();
    // track ids waiting in the queue (not paused, not failed).
    Result<QSet<qint64>> queuedTracks();
    // Every path a row knows (for the sweep of stray files).
    Result<QSet<QString>> knownPaths();

    // The scrub: verified files not read since olderThanMs.
    struct ScrubItem {
        qint64 fileId = 0;
        qint64 trackId = 0;
        QString path;
        QString suffix;
        qint64 size = 0;
        QByteArray sha256;
        qint64 expectedMs = 0;
    };
    Result<QList<ScrubItem>> scrubList(qint64 olderThanMs, int limit);
    Result<void> markChecked(qint64 fileId, qint64 nowMs);
    // The file on disk is damaged: queued again from the start.
    Result<void> markCorrupt(qint64 fileId, const QString &problem);

private:
    Database &m_db;
};

} // namespace refrain
