// ServerEditStore: the database side of edits to a server's playlists and stars — it applies an
// edit to the local mirror and queues it in pending_server_edits in one transaction, hands the
// queue out in order, and records what the server made of each edit (in the same transaction
// that takes it off the queue). Runs on the thread that owns the Database (the writer).
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"
#include "core/service/mirroredplaylists.h"
#include "core/service/serveredit.h"
#include "core/service/subsonic/subsonictypes.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace refrain {

class ServerEditStore {
public:
    // Longer lists go to the server in several requests: every id rides in the URL.
    static constexpr int kMaxSongsPerRequest = 100;

    ServerEditStore(Database &db, QString serverId)
        : m_db(db)
        , m_serverId(std::move(serverId)) {}

    static bool isLocalId(const QString &playlistId);

    // Applies the edit to the mirror and queues it (one transaction); long song lists become
    // several queued edits. Returns the queued edits in order; for a create, playlistId is the
    // new local id. Deleting a playlist whose create never left this computer cancels the
    // create and its edits instead, and queues nothing. Refuses (Invalid, NotFound) an edit of
    // a playlist the mirror does not have, or indexes past its end. The first edit queued for a
    // server playlist records what the mirror shows as its base (MirroredPlaylists); a rename
    // settles a conflict over the playlist's name (ConflictMarks).
    Result<QList<ServerEdit>> record(ServerEdit edit, const QString &owner, qint64 nowMs);

    // The oldest edit still queued (not refused), if any.
    Result<std::optional<ServerEdit>> next();
    // Queued and refused edits, oldest first.
    Result<QList<ServerEdit>> list();
    // The edits of one playlist still queued, oldest first.
    Result<QList<ServerEdit>> pendingFor(const QString &playlistId);
    Result<int> pendingCount();
    // Playlists with queued edits: a sync should not overwrite them with the server's older copy.
    Result<QSet<QString>> playlistsWithPendingEdits();
    // Ids of mirrored playlists that are on the server (not local ones).
    Result<QSet<QString>> serverPlaylistIds();

    // Off the queue (the server applied it, or it went into a merge).
    Result<void> applied(qint64 editId);
    // The server applied it: off the queue, and the playlist's base follows (one transaction).
    Result<void> sent(const ServerEdit &edit);
    // The server created the playlist as serverPlaylistId: off the queue, and the local id is
    // replaced by it in the mirror and in every later edit.
    Result<void> playlistCreated(qint64 editId, const QString &localId,
                                 const QString &serverPlaylistId);
    // The server said ok to a create without its id: look it up next instead of sending again.
    Result<void> markCreated(qint64 editId);
    // An attempt that did not get through; maybeSent: it may have reached the server anyway.
    Result<void> attemptFailed(qint64 editId, bool maybeSent);
    // The server refused it for good: off the queue, the message kept for the user. A refused
    // create takes the edits of its playlist with it, and the playlist leaves the mirror.
    // Returns the edits refused, with their reasons (the first is editId).
    Result<QList<ServerEdit>> reject(qint64 editId, const QString &message);
    // Forgets refused edits the user has seen.
    Result<int> forgetRejected();

    // What the mirror holds, for views and refrainctl.
    Result<QList<RemotePlaylist>> playlists();
    Result<QList<MirroredEntry>> entries(const QString &playlistId);
    // A mirrored album that is not also a mirrored song is an album; anything else a song.
    Result<ServerEdit::Target> starTargetOf(const QString &itemId);

private:
    Result<void> applyToMirror(ServerEdit &edit, const QString &owner, qint64 nowMs);
    Result<qint64> enqueue(const ServerEdit &edit, qint64 nowMs);
    Result<bool> cancelLocalPlaylist(const QString &playlistId);
    Result<QList<ServerEdit>> queued(const char *where, qint64 arg = -1, bool first = false);
    Result<std::optional<ServerEdit>> pendingEdit(qint64 editId);
    Result<void> rewritePayload(const ServerEdit &edit);

    Database &m_db;
    QString m_serverId;
};

} // namespace refrain
