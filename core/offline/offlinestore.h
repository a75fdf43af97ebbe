// OfflineStore: what is kept offline, in the library database — pins and the songs they stand
// for, Emergency Essentials' picks and automatic fill, the settings refrainctl and the app share,
// and reconciling the offline files with all of it. Pure SQL on the thread that owns the
// Database; the queue of files is OfflineQueue's, the files themselves OfflineIo's.
#pragma once

#include "core/library/database.h"
#include "core/library/playlistfile.h"
#include "core/library/result.h"
#include "core/library/track.h"
#include "core/offline/offlinetypes.h"

#include <QHash>
#include <QSet>

namespace refrain {

class OfflineStore {
public:
    explicit OfflineStore(Database &db)
        : m_db(db) {}

    Result<OfflineSettings> settings();
    Result<void> setSettings(const OfflineSettings &settings);

    // Pins something (checked to exist: an unknown playlist is an error, not an empty pin); an
    // existing pin of the same thing is returned as it is.
    Result<OfflinePin> pin(PinKind kind, const QString &source, const QString &ref, qint64 nowMs);
    // Essentials cannot be unpinned (it can be emptied and its budget set to 0).
    Result<void> unpin(qint64 pinId);
    Result<QList<OfflinePin>> pins();
    Result<OfflinePin> essentials();
    // A server playlist, album or artist by id or name; a local playlist by id or name. For the
    // command line: the pin's (source, ref, name).
    struct Target {
        QString source;
        QString ref;
        QString name;
    };
    Result<Target> findTarget(PinKind kind, const QString &idOrName);

    Result<void> addPicks(const TrackIds &trackIds, qint64 nowMs);
    Result<void> removePicks(const TrackIds &trackIds);
    Result<QSet<qint64>> picks();
    // The album or artist a track belongs to, as a pin names it (server ids for a server's
    // track, tags for a local one).
    Result<Target> groupOf(qint64 trackId, PinKind kind);
    // Which pins include each track (as last resolved).
    Result<QHash<qint64, QList<qint64>>> coverage();

    // Resolves every pin's songs again, then makes the offline files follow: songs newly wanted
    // are queued, files no pin wants any more (and songs gone from the mirror) are released —
    // their paths are returned for OfflineIo to delete; rows are gone when this returns.
    struct Reconciled {
        int queued = 0;
        QStringList releasedPaths;
        TrackIds releasedTracks;
    };
    Result<Reconciled> reconcile(qint64 nowMs);
    // The songs a pin stands for, in order (as last resolved).
    Result<TrackIds> pinTracks(qint64 pinId);

    // The pin's songs as M3U entries relative to the offline folder (local files: absolute).
    Result<QList<PlaylistFileEntry>> playlistEntries(qint64 pinId, const QString &offlineRoot);

private:
    Result<TrackIds> resolve(const OfflinePin &pin, const OfflineSettings &settings);
    Result<TrackIds> essentialsFill(const OfflineSettings &settings);
    Result<QString> freePath(const QString &wanted, const QString &songId);

    friend class OfflineQueue;
    // Puts a server song in the download queue (nothing for a local track).
    Result<void> queueFile(qint64 trackId, bool pinned, int priority, qint64 nowMs);

    Database &m_db;
};

} // namespace refrain
