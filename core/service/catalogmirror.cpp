#include "core/service/catalogmirror.h"

#include "core/service/mirroredplaylists.h"
#include "core/service/sqlrows.h"

#include "core/library/statement.h"
#include "core/library/trackstore.h"

#include <QFileInfo>
#include <QUrl>

namespace refrain {

namespace {

constexpr auto kScheme = "subsonic://";

std::optional<qint64> msOrNull(const QDateTime &time) {
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

Statement &bindOptional(Statement &s, int index, std::optional<qint64> value) {
    if (value)
        s.bind(index, *value);
    else
        s.bindNull(index);
    return s;
}

// The track columns a server controls, as stored; compared to decide "changed".
bool sameContent(const Track &a, const Track &b) {
    return a.fileName == b.fileName && a.title == b.title && a.artist == b.artist
           && a.album == b.album && a.albumArtist == b.albumArtist && a.genre == b.genre
           && a.year == b.year && a.trackNumber == b.trackNumber && a.discNumber == b.discNumber
           && a.durationMs == b.durationMs && a.bitrateKbps == b.bitrateKbps
           && a.fileSize == b.fileSize && a.trackGainDb == b.trackGainDb
           && a.trackPeak == b.trackPeak && a.albumGainDb == b.albumGainDb
           && a.albumPeak == b.albumPeak;
}

// Inside the caller's transaction (TrackStore::remove opens its own).
Result<void> deleteTracks(Database &db, const TrackIds &ids) {
    auto stmt = Statement::prepare(db, "DELETE FROM tracks WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    for (const qint64 id : ids) {
        if (auto done = stmt.value().bind(1, id).run(); !done)
            return done;
    }
    return {};
}

// New songs become searchable in the same transaction that wrote them.
Result<void> indexNewRows(Database &db) {
    auto indexed = TrackStore(db).indexPending();
    return indexed ? Result<void>() : Result<void>(indexed.error());
}

} // namespace

void CatalogMirror::Changes::append(const Changes &other) {
    added += other.added;
    updated += other.updated;
    removed += other.removed;
}

QString CatalogMirror::location(const QString &serverId, const QString &songId) {
    return QLatin1String(kScheme) + serverId + QLatin1Char('/')
           + QString::fromLatin1(QUrl::toPercentEncoding(songId));
}

std::optional<std::pair<QString, QString>> CatalogMirror::parseLocation(const QString &location) {
    if (!location.startsWith(QLatin1String(kScheme)))
        return std::nullopt;
    const QStringView rest = QStringView(location).mid(qsizetype(qstrlen(kScheme)));
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == rest.size() - 1)
        return std::nullopt;
    return std::pair{rest.left(slash).toString(),
                     QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8())};
}

Track CatalogMirror::trackFromSong(const QString &serverId, const RemoteSong &song) {
    Track t;
    t.source = serverId;
    t.location = location(serverId, song.id);
    t.fileName = QFileInfo(song.path).fileName();
    if (t.fileName.isEmpty() && !song.suffix.isEmpty())
        t.fileName = song.title + QLatin1Char('.') + song.suffix;
    t.title = song.title.isEmpty() ? t.fileName : song.title;
    t.artist = song.artist;
    t.album = song.album;
    t.albumArtist = song.albumArtist;
    t.genre = song.genre;
    t.year = song.year;
    t.trackNumber = song.track;
    t.discNumber = song.discNumber;
    t.durationMs = qint64(song.durationSeconds) * 1000;
    t.bitrateKbps = song.bitRateKbps;
    t.fileSize = song.sizeBytes;
    t.trackGainDb = song.replayGain.trackGain;
    t.trackPeak = song.replayGain.trackPeak;
    t.albumGainDb = song.replayGain.albumGain;
    t.albumPeak = song.replayGain.albumPeak;
    return t;
}

QString CatalogMirror::fingerprint(const RemoteAlbum &album) {
    return QStringList{QString::number(album.songCount),
                       QString::number(album.durationSeconds),
                       QString::number(msOrNull(album.created).value_or(0)),
                       album.name,
                       album.artist,
                       QString::number(album.year),
                       album.genre,
                       album.coverArt}
        .join(QLatin1Char('|'));
}

QString CatalogMirror::fingerprint(const RemotePlaylist &playlist) {
    return QStringList{QString::number(msOrNull(playlist.changed).value_or(0)),
                       QString::number(playlist.songCount),
                       QString::number(playlist.durationSeconds), playlist.name}
        .join(QLatin1Char('|'));
}

Result<QHash<QString, QString>> CatalogMirror::albumFingerprints(const QString &serverId) {
    auto stmt = Statement::prepare(
        m_db, "SELECT album_id, fingerprint FROM remote_albums WHERE server_id = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, serverId);
    QHash<QString, QString> out;
    auto read = eachRow(stmt.value(), QStringLiteral("Reading mirrored albums"),
                        [&](const Statement &s) { out.insert(s.text(0), s.text(1)); });
    if (!read)
        return read.error();
    return out;
}

Result<void> CatalogMirror::upsertSong(const QString &serverId, const RemoteSong &song,
                                       qint64 nowMs, Changes &changes) {
    if (song.id.isEmpty())
        return {};
    Track track = trackFromSong(serverId, song);
    auto find = Statement::prepare(
        m_db, "SELECT t.id, t.file_name, t.title, t.artist, t.album, t.album_artist, t.genre, "
              "t.year, t.track_no, t.disc_no, t.duration_ms, t.bitrate_kbps, t.file_size, "
              "t.rg_track_gain, t.rg_track_peak, t.rg_album_gain, t.rg_album_peak, t.available "
              "FROM tracks t WHERE t.source = ?1 AND t.location = ?2");
    if (!find)
        return find.error();
    find.value().bind(1, serverId).bind(2, track.location);
    std::optional<Track> stored;
    auto read =
        eachRow(find.value(), QStringLiteral("Reading a mirrored song"), [&](const Statement &s) {
            Track t = track;
            t.id = s.int64(0);
            t.fileName = s.text(1);
            t.title = s.text(2);
            t.artist = s.text(3);
            t.album = s.text(4);
            t.albumArtist = s.text(5);
            t.genre = s.text(6);
            t.year = s.integer(7);
            t.trackNumber = s.integer(8);
            t.discNumber = s.integer(9);
            t.durationMs = s.int64(10);
            t.bitrateKbps = s.integer(11);
            t.fileSize = s.int64(12);
            t.trackGainDb = s.optionalReal(13);
            t.trackPeak = s.optionalReal(14);
            t.albumGainDb = s.optionalReal(15);
            t.albumPeak = s.optionalReal(16);
            t.available = s.integer(17) != 0;
            stored = t;
        });
    if (!read)
        return read;

    if (!stored || !sameContent(*stored, track)) {
        auto write = Statement::prepare(
            m_db,
            stored ? "UPDATE tracks SET file_name = ?3, title = ?4, artist = ?5, album = ?6, "
                     "album_artist = ?7, genre = ?8, year = ?9, track_no = ?10, disc_no = ?11, "
                     "duration_ms = ?12, bitrate_kbps = ?13, file_size = ?14, rg_track_gain = ?15, "
                     "rg_track_peak = ?16, rg_album_gain = ?17, rg_album_peak = ?18, "
                     "updated_at = ?19 WHERE source = ?1 AND location = ?2"
                   : "INSERT INTO tracks (source, location, file_name, title, artist, album, "
                     "album_artist, genre, year, track_no, disc_no, duration_ms, bitrate_kbps, "
                     "file_size, rg_track_gain, rg_track_peak, rg_album_gain, rg_album_peak, "
                     "added_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                     "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?19)");
        if (!write)
            return write.error();
        Statement &s = write.value();
        s.bind(1, serverId).bind(2, track.location).bind(3, track.fileName).bind(4, track.title);
        s.bind(5, track.artist).bind(6, track.album).bind(7, track.albumArtist);
        s.bind(8, track.genre).bind(9, track.year).bind(10, track.trackNumber);
        s.bind(11, track.discNumber).bind(12, track.durationMs).bind(13, track.bitrateKbps);
        s.bind(14, track.fileSize).bind(15, track.trackGainDb).bind(16, track.trackPeak);
        s.bind(17, track.albumGainDb).bind(18, track.albumPeak).bind(19, nowMs);
        if (auto ran = s.run(); !ran)
            return ran;
        track.id = stored ? stored->id : m_db.lastInsertId();
        track.available = stored ? stored->available : true;
        (stored ? changes.updated : changes.added).append(track);
    } else {
        track.id = stored->id;
    }

    auto side = Statement::prepare(
        m_db, "INSERT INTO remote_songs (track_id, server_id, song_id, album_id, artist_id, "
              "cover_art, suffix, content_type, starred_at, play_count, synced_at) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
              "ON CONFLICT (track_id) DO UPDATE SET album_id = ?4, artist_id = ?5, "
              "cover_art = ?6, suffix = ?7, content_type = ?8, starred_at = ?9, "
              "play_count = ?10, synced_at = ?11");
    if (!side)
        return side.error();
    Statement &s = side.value();
    s.bind(1, track.id).bind(2, serverId).bind(3, song.id).bind(4, song.albumId);
    s.bind(5, song.artistId).bind(6, song.coverArt).bind(7, song.suffix).bind(8, song.contentType);
    bindOptional(s, 9, msOrNull(song.starred)).bind(10, song.playCount).bind(11, nowMs);
    return s.run();
}

Result<CatalogMirror::Changes> CatalogMirror::storeAlbums(const QString &serverId,
                                                          const QList<RemoteAlbum> &albums,
                                                          qint64 nowMs) {
    Changes changes;
    auto stored = m_db.transaction([&]() -> Result<void> {
        for (const RemoteAlbum &album : albums) {
            QSet<QString> songIds;
            for (const RemoteSong &song : album.songs) {
                RemoteSong withAlbum = song;
                if (withAlbum.albumId.isEmpty())
                    withAlbum.albumId = album.id;
                if (auto written = upsertSong(serverId, withAlbum, nowMs, changes); !written)
                    return written;
                songIds.insert(song.id);
            }
            // Songs that left the album (deleted on the server, or moved elsewhere and not
            // re-listed): gone from the mirror unless another album or a playlist lists them.
            auto gone = Statement::prepare(
                m_db, "SELECT track_id, song_id FROM remote_songs WHERE server_id = ?1 AND "
                      "album_id = ?2");
            if (!gone)
                return gone.error();
            gone.value().bind(1, serverId).bind(2, album.id);
            TrackIds leaving;
            auto read = eachRow(gone.value(), QStringLiteral("Reading an album's songs"),
                                [&](const Statement &s) {
                                    if (!songIds.contains(s.text(1)))
                                        leaving.append(s.int64(0));
                                });
            if (!read)
                return read;
            if (!leaving.isEmpty()) {
                if (auto removed = deleteTracks(m_db, leaving); !removed)
                    return removed;
                changes.removed += leaving;
            }
            auto remember = Statement::prepare(
                m_db, "INSERT INTO remote_albums (server_id, album_id, name, artist, "
                      "fingerprint, cover_art, starred_at, synced_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (server_id, album_id) "
                      "DO UPDATE SET name = ?3, artist = ?4, fingerprint = ?5, cover_art = ?6, "
                      "starred_at = ?7, synced_at = ?8");
            if (!remember)
                return remember.error();
            Statement &s = remember.value();
            s.bind(1, serverId).bind(2, album.id).bind(3, album.name).bind(4, album.artist);
            s.bind(5, fingerprint(album)).bind(6, album.coverArt);
            bindOptional(s, 7, msOrNull(album.starred)).bind(8, nowMs);
            if (auto ran = s.run(); !ran)
                return ran;
        }
        return indexNewRows(m_db);
    });
    if (!stored)
        return stored.error();
    return changes;
}

Result<CatalogMirror::Changes> CatalogMirror::removeAlbums(const QString &serverId,
                                                           const QStringList &albumIds) {
    Changes changes;
    auto removed = m_db.transaction([&]() -> Result<void> {
        auto songs = Statement::prepare(
            m_db, "SELECT rs.track_id FROM remote_songs rs WHERE rs.server_id = ?1 AND "
                  "rs.album_id = ?2 AND NOT EXISTS (SELECT 1 FROM remote_playlist_items i "
                  "WHERE i.server_id = rs.server_id AND i.song_id = rs.song_id)");
        auto forget = Statement::prepare(
            m_db, "DELETE FROM remote_albums WHERE server_id = ?1 AND album_id = ?2");
        if (!songs)
            return songs.error();
        if (!forget)
            return forget.error();
        for (const QString &albumId : albumIds) {
            songs.value().bind(1, serverId).bind(2, albumId);
            auto read = eachRow(songs.value(), QStringLiteral("Reading an album's songs"),
                                [&](const Statement &s) { changes.removed.append(s.int64(0)); });
            if (!read)
                return read;
            forget.value().bind(1, serverId).bind(2, albumId);
            if (auto ran = forget.value().run(); !ran)
                return ran;
        }
        return deleteTracks(m_db, changes.removed);
    });
    if (!removed)
        return removed.error();
    return changes;
}

Result<QHash<QString, QString>> CatalogMirror::playlistFingerprints(const QString &serverId) {
    auto stmt = Statement::prepare(
        m_db, "SELECT playlist_id, changed_at, song_count, duration_ms, name FROM "
              "remote_playlists WHERE server_id = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, serverId);
    QHash<QString, QString> out;
    auto read = eachRow(
        stmt.value(), QStringLiteral("Reading mirrored playlists"), [&](const Statement &s) {
            out.insert(s.text(0),
                       QStringList{QString::number(s.int64(1)), QString::number(s.integer(2)),
                                   QString::number(s.int64(3) / 1000), s.text(4)}
                           .join(QLatin1Char('|')));
        });
    if (!read)
        return read.error();
    return out;
}

Result<CatalogMirror::Changes> CatalogMirror::storePlaylist(const QString &serverId,
                                                            const RemotePlaylist &playlist,
                                                            qint64 nowMs, PlaylistWrite write) {
    Changes changes;
    auto stored = m_db.transaction([&]() -> Result<void> {
        if (write == PlaylistWrite::SongsOnly) {
            for (const RemoteSong &song : playlist.entries) {
                if (auto written = upsertSong(serverId, song, nowMs, changes); !written)
                    return written;
            }
            return indexNewRows(m_db);
        }
        auto upsert = Statement::prepare(
            m_db, write == PlaylistWrite::KeepName
                      ? "INSERT INTO remote_playlists (server_id, playlist_id, name, owner, "
                        "comment, is_public, song_count, duration_ms, changed_at, synced_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                        "ON CONFLICT (server_id, playlist_id) DO UPDATE SET owner = ?4, "
                        "comment = ?5, is_public = ?6, song_count = ?7, duration_ms = ?8, "
                        "changed_at = ?9, synced_at = ?10"
                      : "INSERT INTO remote_playlists (server_id, playlist_id, name, owner, "
                        "comment, is_public, song_count, duration_ms, changed_at, synced_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                        "ON CONFLICT (server_id, playlist_id) DO UPDATE SET name = ?3, owner = ?4, "
                        "comment = ?5, is_public = ?6, song_count = ?7, duration_ms = ?8, "
                        "changed_at = ?9, synced_at = ?10");
        if (!upsert)
            return upsert.error();
        Statement &s = upsert.value();
        s.bind(1, serverId).bind(2, playlist.id).bind(3, playlist.name).bind(4, playlist.owner);
        s.bind(5, playlist.comment).bind(6, playlist.isPublic ? 1 : 0);
        s.bind(7, playlist.songCount).bind(8, qint64(playlist.durationSeconds) * 1000);
        s.bind(9, msOrNull(playlist.changed).value_or(0)).bind(10, nowMs);
        if (auto ran = s.run(); !ran)
            return ran;
        auto clear = Statement::prepare(
            m_db, "DELETE FROM remote_playlist_items WHERE server_id = ?1 AND playlist_id = ?2");
        if (!clear)
            return clear.error();
        clear.value().bind(1, serverId).bind(2, playlist.id);
        if (auto ran = clear.value().run(); !ran)
            return ran;
        auto item = Statement::prepare(
            m_db, "INSERT INTO remote_playlist_items (server_id, playlist_id, position, song_id) "
                  "VALUES (?1, ?2, ?3, ?4)");
        if (!item)
            return item.error();
        PlaylistMerge::Version base{{}, playlist.name};
        for (int i = 0; i < playlist.entries.size(); ++i) {
            const RemoteSong &song = playlist.entries.at(i);
            if (auto written = upsertSong(serverId, song, nowMs, changes); !written)
                return written;
            item.value().bind(1, serverId).bind(2, playlist.id).bind(3, i).bind(4, song.id);
            if (auto ran = item.value().run(); !ran)
                return ran;
            base.songs.append(song.id);
        }
        if (auto based = MirroredPlaylists(m_db, serverId).setBase(playlist.id, base); !based)
            return based;
        return indexNewRows(m_db);
    });
    if (!stored)
        return stored.error();
    return changes;
}

Result<QSet<QString>> CatalogMirror::playlistsWithoutBase(const QString &serverId) {
    auto stmt = Statement::prepare(m_db, "SELECT playlist_id FROM remote_playlists WHERE "
                                         "server_id = ?1 AND base_name IS NULL");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, serverId);
    QSet<QString> out;
    auto read = eachRow(stmt.value(), QStringLiteral("Reading mirrored playlists"),
                        [&](const Statement &s) { out.insert(s.text(0)); });
    if (!read)
        return read.error();
    return out;
}

Result<void> CatalogMirror::keepOnlyPlaylists(const QString &serverId,
                                              const QSet<QString> &playlistIds) {
    auto known = playlistFingerprints(serverId);
    if (!known)
        return known.error();
    return m_db.transaction([&]() -> Result<void> {
        auto drop = Statement::prepare(
            m_db, "DELETE FROM remote_playlists WHERE server_id = ?1 AND playlist_id = ?2");
        if (!drop)
            return drop.error();
        for (auto it = known.value().cbegin(); it != known.value().cend(); ++it) {
            if (playlistIds.contains(it.key()) || it.key().startsWith(QLatin1String("local:")))
                continue;
            drop.value().bind(1, serverId).bind(2, it.key());
            if (auto ran = drop.value().run(); !ran)
                return ran;
        }
        return {};
    });
}

Result<CatalogMirror::Changes> CatalogMirror::applyStarred(const QString &serverId,
                                                           const Starred &starred, qint64 nowMs,
                                                           const QSet<QString> &pending) {
    Changes changes;
    // Remember what the user starred or unstarred while the edit waits in the queue.
    QHash<QString, std::optional<qint64>> keepSongs;
    QHash<QString, std::optional<qint64>> keepAlbums;
    if (!pending.isEmpty()) {
        auto songs = Statement::prepare(
            m_db, "SELECT song_id, starred_at FROM remote_songs WHERE server_id = ?1");
        auto albums = Statement::prepare(
            m_db, "SELECT album_id, starred_at FROM remote_albums WHERE server_id = ?1");
        if (!songs || !albums)
            return Error::make(Error::Kind::Internal, QStringLiteral("Reading stars failed."));
        for (auto [stmt, keep] :
             {std::pair{&songs.value(), &keepSongs}, std::pair{&albums.value(), &keepAlbums}}) {
            stmt->bind(1, serverId);
            // Captured by name: Clang before 16 cannot capture a structured binding.
            auto read = eachRow(
                *stmt, QStringLiteral("Reading stars"), [&, into = keep](const Statement &s) {
                    if (pending.contains(s.text(0)))
                        into->insert(s.text(0), s.isNull(1) ? std::nullopt
                                                            : std::optional<qint64>(s.int64(1)));
                });
            if (!read)
                return read.error();
        }
    }
    auto applied = m_db.transaction([&]() -> Result<void> {
        auto clearSongs = Statement::prepare(
            m_db, "UPDATE remote_songs SET starred_at = NULL WHERE server_id = ?1");
        auto clearAlbums = Statement::prepare(
            m_db, "UPDATE remote_albums SET starred_at = NULL WHERE server_id = ?1");
        auto starAlbum = Statement::prepare(
            m_db, "UPDATE remote_albums SET starred_at = ?3 WHERE server_id = ?1 AND "
                  "album_id = ?2");
        if (!clearSongs || !clearAlbums || !starAlbum)
            return Error::make(Error::Kind::Internal, QStringLiteral("Preparing stars failed."));
        clearSongs.value().bind(1, serverId);
        clearAlbums.value().bind(1, serverId);
        if (auto ran = clearSongs.value().run(); !ran)
            return ran;
        if (auto ran = clearAlbums.value().run(); !ran)
            return ran;
        // Starred songs are mirrored even when their album is not (yet): they are what people
        // most want offline.
        for (const RemoteSong &song : starred.songs) {
            if (auto written = upsertSong(serverId, song, nowMs, changes); !written)
                return written;
        }
        for (const RemoteAlbum &album : starred.albums) {
            starAlbum.value().bind(1, serverId).bind(2, album.id);
            bindOptional(starAlbum.value(), 3, msOrNull(album.starred));
            if (auto ran = starAlbum.value().run(); !ran)
                return ran;
        }
        auto restoreSong = Statement::prepare(
            m_db, "UPDATE remote_songs SET starred_at = ?3 WHERE server_id = ?1 AND song_id = ?2");
        if (!restoreSong)
            return restoreSong.error();
        for (auto it = keepSongs.cbegin(); it != keepSongs.cend(); ++it) {
            restoreSong.value().bind(1, serverId).bind(2, it.key());
            bindOptional(restoreSong.value(), 3, it.value());
            if (auto ran = restoreSong.value().run(); !ran)
                return ran;
        }
        for (auto it = keepAlbums.cbegin(); it != keepAlbums.cend(); ++it) {
            starAlbum.value().bind(1, serverId).bind(2, it.key());
            bindOptional(starAlbum.value(), 3, it.value());
            if (auto ran = starAlbum.value().run(); !ran)
                return ran;
        }
        return indexNewRows(m_db);
    });
    if (!applied)
        return applied.error();
    return changes;
}

Result<int> CatalogMirror::songCount(const QString &serverId) {
    auto stmt = Statement::prepare(m_db, "SELECT count(*) FROM remote_songs WHERE server_id = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, serverId);
    if (stmt.value().step() != Statement::Step::Row)
        return stmt.value().error(QStringLiteral("Counting mirrored songs"));
    return stmt.value().integer(0);
}

} // namespace refrain
