// CatalogMirror: the local copy of a server's catalog. Writes what the server listed into the
// shared tracks table (source = the server's id) and its side tables, an album or a playlist at
// a time in one transaction, so an interrupted sync leaves whole albums, never half ones, and
// reports which tracks appeared, changed or went. Runs on the database writer's thread.
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"
#include "core/library/track.h"
#include "core/service/subsonic/subsonictypes.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace refrain {

class CatalogMirror {
public:
    struct Changes {
        TrackList added;
        TrackList updated;
        TrackIds removed;

        bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
        void append(const Changes &other);
    };

    explicit CatalogMirror(Database &db)
        : m_db(db) {}

    // subsonic://<server-id>/<song-id>: how a server's song is stored; turned into a signed
    // stream URL only at play time, so no credential ever reaches a playlist or the database.
    static QString location(const QString &serverId, const QString &songId);
    // The server and song of such a location; nothing for anything else.
    static std::optional<std::pair<QString, QString>> parseLocation(const QString &location);
    static Track trackFromSong(const QString &serverId, const RemoteSong &song);
    // What an album list says about an album that, when it changes, means its songs may have.
    static QString fingerprint(const RemoteAlbum &album);

    // album id → fingerprint, for the albums mirrored so far.
    Result<QHash<QString, QString>> albumFingerprints(const QString &serverId);
    // Stores albums fetched with getAlbum (songs included): new songs are added, changed ones
    // updated, songs no longer on the album removed. One transaction per call.
    Result<Changes> storeAlbums(const QString &serverId, const QList<RemoteAlbum> &albums,
                                qint64 nowMs);
    // Albums the server no longer lists, with their songs (unless a playlist still lists them).
    Result<Changes> removeAlbums(const QString &serverId, const QStringList &albumIds);

    // playlist id → "changed|songCount" as last stored.
    Result<QHash<QString, QString>> playlistFingerprints(const QString &serverId);
    static QString fingerprint(const RemotePlaylist &playlist);
    // How much of a playlist fetched from the server a sync writes.
    enum class PlaylistWrite {
        All,       // the mirror shows it as the server has it, and that is its base
        KeepName,  // the same but the mirror's name: a conflict over the name holds it
        SongsOnly, // only its songs: edits are queued for it, so the mirror shows them on top of
                   // the base they were made on, and both stay until the queue has been merged
    };
    // Stores one playlist with its entries (from getPlaylist); entries' songs are mirrored too.
    // The base — the server's copy as last seen, for a three-way merge — is recorded with it.
    Result<Changes> storePlaylist(const QString &serverId, const RemotePlaylist &playlist,
                                  qint64 nowMs, PlaylistWrite write = PlaylistWrite::All);
    // Mirrored playlists without a base (mirrored before Refrain recorded one).
    Result<QSet<QString>> playlistsWithoutBase(const QString &serverId);
    // Forgets playlists the server no longer lists — but never one created here and not yet
    // sent ("local:…"): the edit queue owns those.
    Result<void> keepOnlyPlaylists(const QString &serverId, const QSet<QString> &playlistIds);
    // Starred songs and albums as getStarred2 lists them; everything else is not starred —
    // except items with a star or unstar still queued (pending), which keep what the user did.
    Result<Changes> applyStarred(const QString &serverId, const Starred &starred, qint64 nowMs,
                                 const QSet<QString> &pending = {});

    // Every mirrored song of a server, for counting and tests.
    Result<int> songCount(const QString &serverId);

private:
    Result<void> upsertSong(const QString &serverId, const RemoteSong &song, qint64 nowMs,
                            Changes &changes);

    Database &m_db;
};

} // namespace refrain
