// MirroredPlaylists: a server's playlists as the mirror shows them (remote_playlists and their
// entries, with edits still queued already in), and beside each the server's own copy as it last
// said it (remote_playlist_base and base_name): the base a three-way merge starts from. Opens no
// transaction, so its writes join the caller's; runs on the thread that owns the Database.
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"
#include "core/service/playlistmerge.h"
#include "core/service/serveredit.h"
#include "core/service/subsonic/subsonictypes.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace refrain {

// A mirrored playlist's entry with what the mirror knows of its song.
struct MirroredEntry {
    int position = 0;
    QString songId;
    qint64 trackId = 0; // 0 when the song is not mirrored (yet)
    QString title;
    QString artist;
    QString album;
    qint64 durationMs = 0;
};

class MirroredPlaylists {
public:
    MirroredPlaylists(Database &db, QString serverId)
        : m_db(db)
        , m_serverId(std::move(serverId)) {}

    Result<std::optional<RemotePlaylist>> playlist(const QString &playlistId);
    // Sorted by name, for views and refrainctl.
    Result<QList<RemotePlaylist>> all();
    Result<QStringList> songs(const QString &playlistId);
    Result<QList<MirroredEntry>> entries(const QString &playlistId);
    // Writes the entries from position `from` on (those after it go); 0: the whole list.
    Result<void> writeSongs(const QString &playlistId, const QStringList &songIds, qint64 nowMs,
                            int from = 0);
    Result<void> rename(const QString &playlistId, const QString &name, qint64 nowMs);

    // The server's copy as last seen; nothing when it was never recorded (mirrored before
    // Refrain kept it) or the playlist is not mirrored.
    Result<std::optional<PlaylistMerge::Version>> base(const QString &playlistId);
    // Nothing happens for a playlist the mirror does not have.
    Result<void> setBase(const QString &playlistId, const PlaylistMerge::Version &base);
    Result<void> forgetBase(const QString &playlistId);
    // For a playlist with no edit queued: an edit counts its indexes in the list the mirror
    // shows, so that list is the base the edit is merged from — the same as the server's last
    // but where an edit the server refused still shows (which the merge then treats as the
    // server's doing). The name stays the server's last where one is known.
    Result<void> baseFromMirror(const QString &playlistId);
    // The server applied the edit: the base is what the server now has (as far as this computer
    // knows — whatever else changed there a merge finds later).
    Result<void> baseFollows(const ServerEdit &edit);

private:
    Database &m_db;
    QString m_serverId;
};

} // namespace refrain
