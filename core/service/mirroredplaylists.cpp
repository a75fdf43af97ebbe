#include "core/service/mirroredplaylists.h"

#include "core/service/sqlrows.h"

#include "core/library/statement.h"

#include <QCoreApplication>

namespace refrain {

namespace {

Result<void> run(Database &db, const char *sql, const std::function<void(Statement &)> &bind) {
    auto stmt = Statement::prepare(db, sql);
    if (!stmt)
        return stmt.error();
    bind(stmt.value());
    return stmt.value().run();
}

} // namespace

Result<std::optional<RemotePlaylist>> MirroredPlaylists::playlist(const QString &playlistId) {
    auto stmt = Statement::prepare(
        m_db, "SELECT playlist_id, name, owner, comment, is_public, song_count, duration_ms, "
              "changed_at FROM remote_playlists WHERE server_id = ?1 AND playlist_id = ?2");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, m_serverId).bind(2, playlistId);
    std::optional<RemotePlaylist> found;
    auto read = eachRow(stmt.value(), QStringLiteral("Reading a mirrored playlist"),
                        [&](const Statement &s) {
                            RemotePlaylist p;
                            p.id = s.text(0);
                            p.name = s.text(1);
                            p.owner = s.text(2);
                            p.comment = s.text(3);
                            p.isPublic = s.integer(4) != 0;
                            p.songCount = s.integer(5);
                            p.durationSeconds = int(s.int64(6) / 1000);
                            if (!s.isNull(7) && s.int64(7) > 0)
                                p.changed = QDateTime::fromMSecsSinceEpoch(s.int64(7), Qt::UTC);
                            found = p;
                        });
    if (!read)
        return read.error();
    return found;
}

Result<QList<RemotePlaylist>> MirroredPlaylists::all() {
    auto stmt = Statement::prepare(m_db, "SELECT playlist_id FROM remote_playlists WHERE "
                                         "server_id = ?1 ORDER BY name COLLATE NOCASE, "
                                         "playlist_id");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, m_serverId);
    QStringList ids;
    auto read = eachRow(stmt.value(), QStringLiteral("Reading mirrored playlists"),
                        [&](const Statement &s) { ids.append(s.text(0)); });
    if (!read)
        return read.error();
    QList<RemotePlaylist> out;
    for (const QString &id : std::as_const(ids)) {
        auto p = playlist(id);
        if (!p)
            return p.error();
        if (p.value())
            out.append(*p.value());
    }
    return out;
}

Result<QStringList> MirroredPlaylists::songs(const QString &playlistId) {
    auto stmt = Statement::prepare(m_db, "SELECT song_id FROM remote_playlist_items WHERE "
                                         "server_id = ?1 AND playlist_id = ?2 ORDER BY position");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, m_serverId).bind(2, playlistId);
    QStringList songs;
    auto read = eachRow(stmt.value(), QStringLiteral("Reading a playlist's songs"),
                        [&](const Statement &s) { songs.append(s.text(0)); });
    if (!read)
        return read.error();
    return songs;
}

Result<QList<MirroredEntry>> MirroredPlaylists::entries(const QString &playlistId) {
    auto found = playlist(playlistId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate(
                               "ServerEdit", "There is no playlist %1 in this server's mirror.")
                               .arg(playlistId));
    auto stmt = Statement::prepare(
        m_db, "SELECT i.position, i.song_id, coalesce(rs.track_id, 0), t.title, t.artist, "
              "t.album, t.duration_ms FROM remote_playlist_items i "
              "LEFT JOIN remote_songs rs ON rs.server_id = i.server_id AND rs.song_id = i.song_id "
              "LEFT JOIN tracks t ON t.id = rs.track_id "
              "WHERE i.server_id = ?1 AND i.playlist_id = ?2 ORDER BY i.position");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, m_serverId).bind(2, playlistId);
    QList<MirroredEntry> out;
    auto read = eachRow(stmt.value(), QStringLiteral("Reading a playlist's songs"),
                        [&](const Statement &s) {
                            out.append(MirroredEntry{s.integer(0), s.text(1), s.int64(2), s.text(3),
                                                     s.text(4), s.text(5), s.int64(6)});
                        });
    if (!read)
        return read.error();
    return out;
}

// Positions are the primary key and stay the indexes the server counts with: after a removal the
// list is written afresh from 0, so no gaps are left; an addition only appends.
Result<void> MirroredPlaylists::writeSongs(const QString &playlistId, const QStringList &songIds,
                                           qint64 nowMs, int from) {
    auto cleared =
        run(m_db,
            "DELETE FROM remote_playlist_items WHERE server_id = ?1 AND playlist_id = ?2 "
            "AND position >= ?3",
            [&](Statement &s) { s.bind(1, m_serverId).bind(2, playlistId).bind(3, from); });
    if (!cleared)
        return cleared;
    auto insert = Statement::prepare(
        m_db, "INSERT INTO remote_playlist_items (server_id, playlist_id, position, song_id) "
              "VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    for (int i = 0; i < songIds.size(); ++i) {
        insert.value().bind(1, m_serverId).bind(2, playlistId).bind(3, from + i);
        insert.value().bind(4, songIds.at(i));
        if (auto ran = insert.value().run(); !ran)
            return ran;
    }
    // changed_at moves too: the server's copy now differs, so the next sync fetches it again.
    return run(m_db,
               "UPDATE remote_playlists SET song_count = ?3, changed_at = ?4, duration_ms = "
               "(SELECT coalesce(sum(t.duration_ms), 0) FROM remote_playlist_items i "
               "JOIN remote_songs rs ON rs.server_id = i.server_id AND rs.song_id = i.song_id "
               "JOIN tracks t ON t.id = rs.track_id "
               "WHERE i.server_id = ?1 AND i.playlist_id = ?2) "
               "WHERE server_id = ?1 AND playlist_id = ?2",
               [&](Statement &s) {
                   s.bind(1, m_serverId).bind(2, playlistId).bind(3, from + int(songIds.size()));
                   s.bind(4, nowMs);
               });
}

Result<void> MirroredPlaylists::rename(const QString &playlistId, const QString &name,
                                       qint64 nowMs) {
    return run(m_db,
               "UPDATE remote_playlists SET name = ?3, changed_at = ?4 WHERE server_id = ?1 "
               "AND playlist_id = ?2",
               [&](Statement &s) {
                   s.bind(1, m_serverId).bind(2, playlistId).bind(3, name).bind(4, nowMs);
               });
}

Result<std::optional<PlaylistMerge::Version>> MirroredPlaylists::base(const QString &playlistId) {
    auto named = Statement::prepare(m_db, "SELECT base_name FROM remote_playlists WHERE "
                                          "server_id = ?1 AND playlist_id = ?2");
    if (!named)
        return named.error();
    named.value().bind(1, m_serverId).bind(2, playlistId);
    std::optional<QString> name;
    auto read = eachRow(named.value(), QStringLiteral("Reading a playlist as the server had it"),
                        [&](const Statement &s) {
                            if (!s.isNull(0))
                                name = s.text(0);
                        });
    if (!read)
        return read.error();
    if (!name)
        return std::optional<PlaylistMerge::Version>();
    auto songs = Statement::prepare(m_db, "SELECT song_id FROM remote_playlist_base WHERE "
                                          "server_id = ?1 AND playlist_id = ?2 ORDER BY position");
    if (!songs)
        return songs.error();
    songs.value().bind(1, m_serverId).bind(2, playlistId);
    PlaylistMerge::Version base{{}, *name};
    read = eachRow(songs.value(), QStringLiteral("Reading a playlist as the server had it"),
                   [&](const Statement &s) { base.songs.append(s.text(0)); });
    if (!read)
        return read.error();
    return std::optional<PlaylistMerge::Version>(base);
}

Result<void> MirroredPlaylists::setBase(const QString &playlistId,
                                        const PlaylistMerge::Version &base) {
    auto named =
        run(m_db,
            "UPDATE remote_playlists SET base_name = ?3 WHERE server_id = ?1 AND "
            "playlist_id = ?2",
            [&](Statement &s) { s.bind(1, m_serverId).bind(2, playlistId).bind(3, base.name); });
    if (!named || m_db.changes() == 0)
        return named;
    auto cleared =
        run(m_db, "DELETE FROM remote_playlist_base WHERE server_id = ?1 AND playlist_id = ?2",
            [&](Statement &s) { s.bind(1, m_serverId).bind(2, playlistId); });
    if (!cleared)
        return cleared;
    auto insert = Statement::prepare(
        m_db, "INSERT INTO remote_playlist_base (server_id, playlist_id, position, song_id) "
              "VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    for (int i = 0; i < base.songs.size(); ++i) {
        insert.value().bind(1, m_serverId).bind(2, playlistId).bind(3, i);
        insert.value().bind(4, base.songs.at(i));
        if (auto ran = insert.value().run(); !ran)
            return ran;
    }
    return {};
}

Result<void> MirroredPlaylists::forgetBase(const QString &playlistId) {
    auto cleared =
        run(m_db, "DELETE FROM remote_playlist_base WHERE server_id = ?1 AND playlist_id = ?2",
            [&](Statement &s) { s.bind(1, m_serverId).bind(2, playlistId); });
    if (!cleared)
        return cleared;
    return run(m_db,
               "UPDATE remote_playlists SET base_name = NULL WHERE server_id = ?1 AND "
               "playlist_id = ?2",
               [&](Statement &s) { s.bind(1, m_serverId).bind(2, playlistId); });
}

Result<void> MirroredPlaylists::baseFromMirror(const QString &playlistId) {
    auto found = playlist(playlistId);
    if (!found)
        return found.error();
    if (!found.value())
        return {};
    auto list = songs(playlistId);
    if (!list)
        return list.error();
    auto known = base(playlistId);
    if (!known)
        return known.error();
    // The name stays the server's when known: the mirror's may be one held by a conflict.
    return setBase(playlistId,
                   {list.value(), known.value() ? known.value()->name : found.value()->name});
}

Result<void> MirroredPlaylists::baseFollows(const ServerEdit &edit) {
    if (edit.kind != ServerEdit::Kind::RenamePlaylist
        && edit.kind != ServerEdit::Kind::AddToPlaylist
        && edit.kind != ServerEdit::Kind::RemoveFromPlaylist)
        return {};
    auto known = base(edit.playlistId);
    if (!known)
        return known.error();
    if (!known.value())
        return {};
    const auto replayed = PlaylistMerge::replay(*known.value(), {edit});
    // An edit that does not fit the base means the base is not what the server had: better
    // none (plain replay, as before there was one) than a wrong one.
    if (!replayed)
        return forgetBase(edit.playlistId);
    return setBase(edit.playlistId, {replayed->songs, replayed->changes.name});
}

} // namespace refrain
