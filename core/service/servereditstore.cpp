#include "core/service/servereditstore.h"

#include "core/service/conflictmarks.h"
#include "core/service/mirroredplaylists.h"
#include "core/service/sqlrows.h"

#include "core/library/statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace refrain {

namespace {

constexpr auto kLocalPrefix = "local:";

// This file's tr(): one context for all its text, the one lupdate files it under, so the
// translations in translations/*.ts are found at run time (lupdate files a free tr() function's
// strings under the enclosing class or namespace, whatever context it passes at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(refrain::ServerEditStore)
};

Result<void> run(Database &db, const char *sql, const std::function<void(Statement &)> &bind) {
    auto stmt = Statement::prepare(db, sql);
    if (!stmt)
        return stmt.error();
    bind(stmt.value());
    return stmt.value().run();
}

Error notInMirror(const QString &playlistId) {
    return Error::make(
        Error::Kind::NotFound,
        Text::tr("There is no playlist %1 in this server's mirror.").arg(playlistId));
}

} // namespace

bool ServerEditStore::isLocalId(const QString &playlistId) {
    return playlistId.startsWith(QLatin1String(kLocalPrefix));
}

Result<void> ServerEditStore::applyToMirror(ServerEdit &edit, const QString &owner, qint64 nowMs) {
    using Kind = ServerEdit::Kind;
    MirroredPlaylists mirror(m_db, m_serverId);
    if (edit.kind == Kind::Star || edit.kind == Kind::Unstar) {
        if (edit.itemId.isEmpty())
            return Error::make(Error::Kind::Invalid, Text::tr("Say what to star."));
        const char *sql = nullptr;
        if (edit.target == ServerEdit::Target::Song)
            sql = "UPDATE remote_songs SET starred_at = ?3 WHERE server_id = ?1 AND song_id = ?2";
        else if (edit.target == ServerEdit::Target::Album)
            sql = "UPDATE remote_albums SET starred_at = ?3 WHERE server_id = ?1 AND album_id = ?2";
        else
            return {}; // artists are not mirrored
        return run(m_db, sql, [&](Statement &s) {
            s.bind(1, m_serverId).bind(2, edit.itemId);
            if (edit.kind == Kind::Star)
                s.bind(3, nowMs);
            else
                s.bindNull(3);
        });
    }
    if (edit.kind == Kind::CreatePlaylist) {
        edit.name = edit.name.trimmed();
        if (edit.name.isEmpty())
            return Error::make(Error::Kind::Invalid, Text::tr("A playlist needs a name."));
        auto same = Statement::prepare(
            m_db, "SELECT playlist_id FROM remote_playlists WHERE server_id = ?1 AND name = ?2 "
                  "AND playlist_id NOT LIKE 'local:%'");
        if (!same)
            return same.error();
        same.value().bind(1, m_serverId).bind(2, edit.name);
        auto read = eachRow(same.value(), QStringLiteral("Reading mirrored playlists"),
                            [&](const Statement &s) { edit.existingIds.append(s.text(0)); });
        if (!read)
            return read;
        edit.playlistId =
            QLatin1String(kLocalPrefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
        edit.playlistName = edit.name;
        auto inserted = run(m_db,
                            "INSERT INTO remote_playlists (server_id, playlist_id, name, owner, "
                            "changed_at, synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                            [&](Statement &s) {
                                s.bind(1, m_serverId).bind(2, edit.playlistId).bind(3, edit.name);
                                s.bind(4, owner).bind(5, nowMs);
                            });
        if (!inserted)
            return inserted;
        return mirror.writeSongs(edit.playlistId, edit.songIds, nowMs);
    }

    auto found = mirror.playlist(edit.playlistId);
    if (!found)
        return found.error();
    if (!found.value())
        return notInMirror(edit.playlistId);
    edit.playlistName = found.value()->name;
    auto songs = mirror.songs(edit.playlistId);
    if (!songs)
        return songs.error();
    QStringList list = songs.value();
    if (!isLocalId(edit.playlistId) && edit.kind != Kind::DeletePlaylist) {
        // The first edit queued for it counts in the list the mirror shows: the base the edits
        // queued from now on are merged from, should the server change meanwhile.
        auto waiting = playlistsWithPendingEdits();
        if (!waiting)
            return waiting.error();
        if (!waiting.value().contains(edit.playlistId)) {
            if (auto based = mirror.baseFromMirror(edit.playlistId); !based)
                return based;
        }
    }
    switch (edit.kind) {
    case Kind::RenamePlaylist:
        edit.name = edit.name.trimmed();
        if (edit.name.isEmpty())
            return Error::make(Error::Kind::Invalid, Text::tr("A playlist needs a name."));
        // A new name settles a conflict over the old one: the playlist follows the server again.
        if (auto released = ConflictMarks(m_db, m_serverId).release(edit.playlistId); !released)
            return released;
        return mirror.rename(edit.playlistId, edit.name, nowMs);
    case Kind::AddToPlaylist:
        if (edit.songIds.isEmpty())
            return Error::make(Error::Kind::Invalid, Text::tr("Say which songs to add."));
        return mirror.writeSongs(edit.playlistId, edit.songIds, nowMs, int(list.size()));
    case Kind::RemoveFromPlaylist: {
        if (edit.indexes.isEmpty())
            return Error::make(Error::Kind::Invalid, Text::tr("Say which entries to remove."));
        QList<int> sorted = edit.indexes;
        std::sort(sorted.begin(), sorted.end(), std::greater<int>());
        for (int i = 0; i < sorted.size(); ++i) {
            if (sorted.at(i) < 0 || sorted.at(i) >= list.size()
                || (i > 0 && sorted.at(i) == sorted.at(i - 1)))
                return Error::make(
                    Error::Kind::Invalid,
                    Text::tr("“%1” has no entry %2 (it has %n entries, counted from 0).", nullptr,
                             int(list.size()))
                        .arg(edit.playlistName)
                        .arg(sorted.at(i)));
            list.removeAt(sorted.at(i));
        }
        return mirror.writeSongs(edit.playlistId, list, nowMs);
    }
    case Kind::DeletePlaylist:
        return run(m_db, "DELETE FROM remote_playlists WHERE server_id = ?1 AND playlist_id = ?2",
                   [&](Statement &s) { s.bind(1, m_serverId).bind(2, edit.playlistId); });
    default:
        return {};
    }
}

Result<qint64> ServerEditStore::enqueue(const ServerEdit &edit, qint64 nowMs) {
    auto inserted = run(
        m_db,
        "INSERT INTO pending_server_edits (server_id, kind, payload, created_at) "
        "VALUES (?1, ?2, ?3, ?4)",
        [&](Statement &s) {
            s.bind(1, m_serverId).bind(2, ServerEdit::kindKey(edit.kind));
            s.bind(3,
                   QString::fromUtf8(QJsonDocument(edit.payload()).toJson(QJsonDocument::Compact)));
            s.bind(4, nowMs);
        });
    if (!inserted)
        return inserted.error();
    return m_db.lastInsertId();
}

// A playlist made here whose create was never sent is simply forgotten, with its edits: the
// server need not hear of it at all.
Result<bool> ServerEditStore::cancelLocalPlaylist(const QString &playlistId) {
    auto pending = queued("AND last_error = ''");
    if (!pending)
        return pending.error();
    QList<qint64> drop;
    bool cancellable = false;
    for (const ServerEdit &e : pending.value()) {
        if (e.playlistId != playlistId)
            continue;
        if (e.kind == ServerEdit::Kind::CreatePlaylist)
            cancellable = !e.created && !e.maybeSent;
        drop.append(e.id);
    }
    if (!cancellable)
        return false;
    for (const qint64 id : std::as_const(drop)) {
        if (auto gone = applied(id); !gone)
            return gone.error();
    }
    auto removed =
        run(m_db, "DELETE FROM remote_playlists WHERE server_id = ?1 AND playlist_id = ?2",
            [&](Statement &s) { s.bind(1, m_serverId).bind(2, playlistId); });
    if (!removed)
        return removed.error();
    return true;
}

Result<QList<ServerEdit>> ServerEditStore::record(ServerEdit edit, const QString &owner,
                                                  qint64 nowMs) {
    QList<ServerEdit> out;
    auto done = m_db.transaction([&]() -> Result<void> {
        if (edit.kind == ServerEdit::Kind::DeletePlaylist && isLocalId(edit.playlistId)) {
            auto cancelled = cancelLocalPlaylist(edit.playlistId);
            if (!cancelled)
                return cancelled.error();
            if (cancelled.value())
                return {};
        }
        if (auto applied = applyToMirror(edit, owner, nowMs); !applied)
            return applied;
        QList<ServerEdit> parts{edit};
        const bool carriesSongs = edit.kind == ServerEdit::Kind::CreatePlaylist
                                  || edit.kind == ServerEdit::Kind::AddToPlaylist;
        if (carriesSongs && edit.songIds.size() > kMaxSongsPerRequest) {
            parts.first().songIds = edit.songIds.mid(0, kMaxSongsPerRequest);
            for (qsizetype i = kMaxSongsPerRequest; i < edit.songIds.size();
                 i += kMaxSongsPerRequest) {
                ServerEdit more;
                more.kind = ServerEdit::Kind::AddToPlaylist;
                more.playlistId = edit.playlistId;
                more.playlistName =
                    edit.kind == ServerEdit::Kind::CreatePlaylist ? edit.name : edit.playlistName;
                more.songIds = edit.songIds.mid(i, kMaxSongsPerRequest);
                parts.append(more);
            }
        }
        for (ServerEdit &part : parts) {
            auto id = enqueue(part, nowMs);
            if (!id)
                return id.error();
            part.id = id.value();
            part.createdAtMs = nowMs;
            out.append(part);
        }
        return {};
    });
    if (!done)
        return done.error();
    return out;
}

// where: a fixed SQL condition (no values but ?2 = arg) and what follows ORDER BY id.
Result<QList<ServerEdit>> ServerEditStore::queued(const char *where, qint64 arg, bool first) {
    const QByteArray sql = QByteArray("SELECT id, kind, payload, created_at, attempts, last_error "
                                      "FROM pending_server_edits WHERE server_id = ?1 ")
                           + where + " ORDER BY id" + (first ? " LIMIT 1" : "");
    auto stmt = Statement::prepare(m_db, sql.constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, m_serverId);
    if (arg >= 0)
        stmt.value().bind(2, arg);
    QList<ServerEdit> edits;
    auto read = eachRow(stmt.value(), QStringLiteral("Reading queued server edits"),
                        [&](const Statement &s) {
                            const auto kind = ServerEdit::kindFromKey(s.text(1));
                            if (!kind)
                                return; // written by a newer Refrain: left alone
                            ServerEdit e = ServerEdit::fromPayload(
                                *kind, QJsonDocument::fromJson(s.text(2).toUtf8()).object());
                            e.id = s.int64(0);
                            e.createdAtMs = s.int64(3);
                            e.attempts = s.integer(4);
                            e.lastError = s.text(5);
                            edits.append(e);
                        });
    if (!read)
        return read.error();
    return edits;
}

Result<std::optional<ServerEdit>> ServerEditStore::next() {
    auto pending = queued("AND last_error = ''", -1, true);
    if (!pending)
        return pending.error();
    if (pending.value().isEmpty())
        return std::optional<ServerEdit>();
    return std::optional<ServerEdit>(pending.value().first());
}

Result<std::optional<ServerEdit>> ServerEditStore::pendingEdit(qint64 editId) {
    auto found = queued("AND last_error = '' AND id = ?2", editId, true);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<ServerEdit>();
    return std::optional<ServerEdit>(found.value().first());
}

Result<QList<ServerEdit>> ServerEditStore::list() {
    return queued("");
}

Result<int> ServerEditStore::pendingCount() {
    auto stmt = Statement::prepare(m_db, "SELECT count(*) FROM pending_server_edits WHERE "
                                         "server_id = ?1 AND last_error = ''");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, m_serverId);
    if (stmt.value().step() != Statement::Step::Row)
        return stmt.value().error(QStringLiteral("Counting queued server edits"));
    return stmt.value().integer(0);
}

Result<QSet<QString>> ServerEditStore::playlistsWithPendingEdits() {
    auto pending = queued("AND last_error = ''");
    if (!pending)
        return pending.error();
    QSet<QString> ids;
    for (const ServerEdit &e : pending.value()) {
        if (!e.playlistId.isEmpty())
            ids.insert(e.playlistId);
    }
    return ids;
}

Result<QSet<QString>> ServerEditStore::serverPlaylistIds() {
    auto stmt = Statement::prepare(m_db, "SELECT playlist_id FROM remote_playlists WHERE "
                                         "server_id = ?1 AND playlist_id NOT LIKE 'local:%'");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, m_serverId);
    QSet<QString> ids;
    auto read = eachRow(stmt.value(), QStringLiteral("Reading mirrored playlists"),
                        [&](const Statement &s) { ids.insert(s.text(0)); });
    if (!read)
        return read.error();
    return ids;
}

Result<void> ServerEditStore::applied(qint64 editId) {
    return run(m_db, "DELETE FROM pending_server_edits WHERE id = ?1 AND server_id = ?2",
               [&](Statement &s) { s.bind(1, editId).bind(2, m_serverId); });
}

Result<void> ServerEditStore::sent(const ServerEdit &edit) {
    return m_db.transaction([&]() -> Result<void> {
        if (auto followed = MirroredPlaylists(m_db, m_serverId).baseFollows(edit); !followed)
            return followed;
        return applied(edit.id);
    });
}

Result<void> ServerEditStore::rewritePayload(const ServerEdit &edit) {
    return run(m_db, "UPDATE pending_server_edits SET payload = ?2 WHERE id = ?1",
               [&](Statement &s) {
                   s.bind(1, edit.id)
                       .bind(2, QString::fromUtf8(
                                    QJsonDocument(edit.payload()).toJson(QJsonDocument::Compact)));
               });
}

Result<void> ServerEditStore::playlistCreated(qint64 editId, const QString &localId,
                                              const QString &serverPlaylistId) {
    return m_db.transaction([&]() -> Result<void> {
        auto create = pendingEdit(editId);
        if (!create)
            return create.error();
        if (auto gone = applied(editId); !gone)
            return gone;
        MirroredPlaylists mirror(m_db, m_serverId);
        auto already = mirror.playlist(serverPlaylistId);
        if (!already)
            return already.error();
        const auto bindIds = [&](Statement &s) {
            s.bind(1, m_serverId).bind(2, localId).bind(3, serverPlaylistId);
        };
        // A sync may have mirrored the new playlist already: the server's copy wins then.
        if (!already.value()) {
            auto copied = run(m_db,
                              "INSERT INTO remote_playlists (server_id, playlist_id, name, owner, "
                              "comment, is_public, song_count, duration_ms, changed_at, synced_at) "
                              "SELECT server_id, ?3, name, owner, comment, is_public, song_count, "
                              "duration_ms, changed_at, synced_at FROM remote_playlists "
                              "WHERE server_id = ?1 AND playlist_id = ?2",
                              bindIds);
            if (!copied)
                return copied;
            auto moved = run(m_db,
                             "UPDATE remote_playlist_items SET playlist_id = ?3 "
                             "WHERE server_id = ?1 AND playlist_id = ?2",
                             bindIds);
            if (!moved)
                return moved;
            // The server has what the create sent (the rest of a long list is queued).
            if (create.value()) {
                auto based = mirror.setBase(serverPlaylistId,
                                            {create.value()->songIds, create.value()->name});
                if (!based)
                    return based;
            }
        }
        auto dropped =
            run(m_db, "DELETE FROM remote_playlists WHERE server_id = ?1 AND playlist_id = ?2",
                [&](Statement &s) { s.bind(1, m_serverId).bind(2, localId); });
        if (!dropped)
            return dropped;
        auto later = queued("");
        if (!later)
            return later.error();
        for (ServerEdit e : later.value()) {
            if (e.playlistId != localId)
                continue;
            e.playlistId = serverPlaylistId;
            if (auto rewritten = rewritePayload(e); !rewritten)
                return rewritten;
        }
        return {};
    });
}

Result<void> ServerEditStore::markCreated(qint64 editId) {
    auto edit = pendingEdit(editId);
    if (!edit)
        return edit.error();
    if (!edit.value())
        return {};
    ServerEdit e = *edit.value();
    e.created = true;
    return rewritePayload(e);
}

Result<void> ServerEditStore::attemptFailed(qint64 editId, bool maybeSent) {
    return m_db.transaction([&]() -> Result<void> {
        auto counted =
            run(m_db, "UPDATE pending_server_edits SET attempts = attempts + 1 WHERE id = ?1",
                [&](Statement &s) { s.bind(1, editId); });
        if (!counted || !maybeSent)
            return counted;
        auto edit = pendingEdit(editId);
        if (!edit)
            return edit.error();
        if (!edit.value() || edit.value()->kind != ServerEdit::Kind::CreatePlaylist
            || edit.value()->maybeSent)
            return {};
        ServerEdit e = *edit.value();
        e.maybeSent = true;
        return rewritePayload(e);
    });
}

Result<QList<ServerEdit>> ServerEditStore::reject(qint64 editId, const QString &message) {
    QList<ServerEdit> refused;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto pending = queued("AND last_error = ''");
        if (!pending)
            return pending.error();
        auto mark = Statement::prepare(
            m_db, "UPDATE pending_server_edits SET last_error = ?2, attempts = attempts + 1 "
                  "WHERE id = ?1");
        if (!mark)
            return mark.error();
        std::optional<ServerEdit> create;
        for (ServerEdit e : pending.value()) {
            QString why;
            if (e.id == editId) {
                why = message;
                if (e.kind == ServerEdit::Kind::CreatePlaylist)
                    create = e;
            } else if (create && e.playlistId == create->playlistId) {
                why = Text::tr("Not sent: the playlist “%1” could not be created on the server.")
                          .arg(create->name);
            } else {
                continue;
            }
            mark.value().bind(1, e.id).bind(2, why);
            if (auto ran = mark.value().run(); !ran)
                return ran;
            e.lastError = why;
            refused.append(e);
        }
        if (!create)
            return {};
        // It does not exist on the server: the mirror shows what the server has.
        return run(m_db, "DELETE FROM remote_playlists WHERE server_id = ?1 AND playlist_id = ?2",
                   [&](Statement &s) { s.bind(1, m_serverId).bind(2, create->playlistId); });
    });
    if (!done)
        return done.error();
    return refused;
}

Result<int> ServerEditStore::forgetRejected() {
    auto removed =
        run(m_db, "DELETE FROM pending_server_edits WHERE server_id = ?1 AND last_error != ''",
            [&](Statement &s) { s.bind(1, m_serverId); });
    if (!removed)
        return removed.error();
    return m_db.changes();
}

Result<QList<ServerEdit>> ServerEditStore::pendingFor(const QString &playlistId) {
    auto pending = queued("AND last_error = ''");
    if (!pending)
        return pending.error();
    QList<ServerEdit> out;
    for (const ServerEdit &e : pending.value()) {
        if (e.playlistId == playlistId)
            out.append(e);
    }
    return out;
}

Result<QList<RemotePlaylist>> ServerEditStore::playlists() {
    return MirroredPlaylists(m_db, m_serverId).all();
}

Result<QList<MirroredEntry>> ServerEditStore::entries(const QString &playlistId) {
    return MirroredPlaylists(m_db, m_serverId).entries(playlistId);
}

Result<ServerEdit::Target> ServerEditStore::starTargetOf(const QString &itemId) {
    const auto exists = [&](const char *sql) -> Result<bool> {
        auto stmt = Statement::prepare(m_db, sql);
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, m_serverId).bind(2, itemId);
        bool found = false;
        auto read = eachRow(stmt.value(), QStringLiteral("Looking up a mirrored item"),
                            [&](const Statement &) { found = true; });
        if (!read)
            return read.error();
        return found;
    };
    auto song = exists("SELECT 1 FROM remote_songs WHERE server_id = ?1 AND song_id = ?2");
    if (!song)
        return song.error();
    if (song.value())
        return ServerEdit::Target::Song;
    auto album = exists("SELECT 1 FROM remote_albums WHERE server_id = ?1 AND album_id = ?2");
    if (!album)
        return album.error();
    return album.value() ? ServerEdit::Target::Album : ServerEdit::Target::Song;
}

} // namespace refrain
