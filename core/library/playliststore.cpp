#include "core/library/playliststore.h"

#include "core/library/statement.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace refrain {

namespace {

Error noPlaylist(qint64 id) {
    return Error::make(Error::Kind::NotFound,
                       QStringLiteral("There is no playlist with the id %1.").arg(id));
}

Error emptyName() {
    return Error::make(Error::Kind::Invalid, QStringLiteral("A playlist needs a name."));
}

// Locations compare as clean, NFC-normalised paths: a name written on macOS (decomposed) finds
// the file scanned elsewhere (composed).
QString locationKey(const QString &location) {
    const QString clean =
        location.startsWith(QLatin1Char('/')) ? QDir::cleanPath(location) : location;
    return clean.normalized(QString::NormalizationForm_C);
}

// Finds the track for a location: an exact match through the index first, and only when that
// fails a map of every track's normalised location, built once per resolver.
class TrackResolver {
public:
    explicit TrackResolver(Database &db)
        : m_db(db) {}

    Result<qint64> resolve(const QString &location) {
        if (location.isEmpty())
            return qint64(0);
        if (!m_exact) {
            auto prepared = Statement::prepare(m_db, "SELECT id FROM tracks WHERE location = ?1 "
                                                     "ORDER BY source <> 'local', id LIMIT 1");
            if (!prepared)
                return prepared.error();
            m_exact.emplace(std::move(prepared).value());
        }
        const QString key = locationKey(location);
        QStringList candidates{location};
        if (key != location)
            candidates.append(key);
        for (const QString &candidate : std::as_const(candidates)) {
            Statement &s = *m_exact;
            s.bind(1, candidate);
            const Statement::Step step = s.step();
            const qint64 id = step == Statement::Step::Row ? s.int64(0) : 0;
            const Error error = step == Statement::Step::Failed
                                    ? s.error(QStringLiteral("Finding a track"))
                                    : Error();
            s.reset();
            if (step == Statement::Step::Failed)
                return error;
            if (id > 0)
                return id;
        }
        if (auto loaded = loadKeys(); !loaded)
            return loaded.error();
        return m_byKey.value(key, 0);
    }

private:
    Result<void> loadKeys() {
        if (m_keysLoaded)
            return {};
        auto stmt = Statement::prepare(
            m_db, "SELECT id, location FROM tracks ORDER BY source <> 'local', id");
        if (!stmt)
            return stmt.error();
        for (;;) {
            switch (stmt.value().step()) {
            case Statement::Step::Row: {
                const QString key = locationKey(stmt.value().text(1));
                if (!m_byKey.contains(key))
                    m_byKey.insert(key, stmt.value().int64(0));
                continue;
            }
            case Statement::Step::Done:
                m_keysLoaded = true;
                return {};
            case Statement::Step::Failed:
                return stmt.value().error(QStringLiteral("Finding tracks"));
            }
        }
    }

    Database &m_db;
    std::optional<Statement> m_exact;
    QHash<QString, qint64> m_byKey;
    bool m_keysLoaded = false;
};

constexpr const char *kInfoSelect =
    "SELECT p.id, p.name, p.created_at, p.updated_at, COALESCE(p.deleted_at, 0), count(i.id), "
    "COALESCE(sum(CASE WHEN i.id IS NOT NULL AND (t.id IS NULL OR t.available = 0) "
    "THEN 1 ELSE 0 END), 0), "
    "COALESCE(sum(COALESCE(NULLIF(t.duration_ms, 0), i.duration_ms)), 0) "
    "FROM playlists p LEFT JOIN playlist_items i ON i.playlist_id = p.id "
    "LEFT JOIN tracks t ON t.id = i.track_id ";

} // namespace

PlaylistStore::PlaylistStore(Database &db, Clock clock)
    : m_db(db)
    , m_clock(clock ? std::move(clock)
                    : Clock([] { return QDateTime::currentMSecsSinceEpoch(); })) {}

Result<qint64> PlaylistStore::create(const QString &name) {
    return createFromEntries(name, {});
}

Result<qint64> PlaylistStore::createFromEntries(const QString &name,
                                                const QList<PlaylistFileEntry> &entries) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return emptyName();
    auto insert = Statement::prepare(
        m_db, "INSERT INTO playlists(name, created_at, updated_at) VALUES (?1, ?2, ?2)");
    if (!insert)
        return insert.error();
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        if (auto ran = insert.value().bind(1, trimmed).bind(2, m_clock()).run(); !ran)
            return ran;
        id = m_db.lastInsertId();
        if (entries.isEmpty())
            return {};
        auto resolved = resolveEntries(entries);
        if (!resolved)
            return resolved.error();
        auto inserted = insertItems(id, resolved.value(), -1);
        if (!inserted)
            return inserted.error();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<void> PlaylistStore::rename(qint64 playlistId, const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return emptyName();
    auto stmt = Statement::prepare(
        m_db,
        "UPDATE playlists SET name = ?1, updated_at = ?2 WHERE id = ?3 AND deleted_at IS NULL");
    if (!stmt)
        return stmt.error();
    if (auto ran = stmt.value().bind(1, trimmed).bind(2, m_clock()).bind(3, playlistId).run(); !ran)
        return ran;
    if (m_db.changes() == 0)
        return noPlaylist(playlistId);
    return {};
}

Result<void> PlaylistStore::remove(qint64 playlistId) {
    auto stmt = Statement::prepare(
        m_db, "UPDATE playlists SET deleted_at = ?1 WHERE id = ?2 AND deleted_at IS NULL");
    if (!stmt)
        return stmt.error();
    if (auto ran = stmt.value().bind(1, m_clock()).bind(2, playlistId).run(); !ran)
        return ran;
    if (m_db.changes() == 0)
        return noPlaylist(playlistId);
    return {};
}

Result<void> PlaylistStore::restore(qint64 playlistId) {
    auto stmt = Statement::prepare(
        m_db, "UPDATE playlists SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL");
    if (!stmt)
        return stmt.error();
    if (auto ran = stmt.value().bind(1, playlistId).run(); !ran)
        return ran;
    if (m_db.changes() == 0) {
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("There is no deleted playlist with the id %1 to restore.")
                               .arg(playlistId));
    }
    return {};
}

Result<int> PlaylistStore::purgeDeleted(qint64 olderThanMs) {
    auto stmt = Statement::prepare(
        m_db, "DELETE FROM playlists WHERE deleted_at IS NOT NULL AND deleted_at <= ?1");
    if (!stmt)
        return stmt.error();
    if (auto ran = stmt.value().bind(1, m_clock() - qMax<qint64>(0, olderThanMs)).run(); !ran)
        return ran.error();
    return m_db.changes();
}

Result<QList<PlaylistInfo>> PlaylistStore::queryInfos(const char *sql, qint64 id) {
    const QByteArray query = QByteArray(kInfoSelect) + sql;
    auto stmt = Statement::prepare(m_db, query.constData());
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    if (id > 0)
        s.bind(1, id);
    QList<PlaylistInfo> out;
    for (;;) {
        switch (s.step()) {
        case Statement::Step::Row: {
            PlaylistInfo info;
            info.id = s.int64(0);
            info.name = s.text(1);
            info.createdAtMs = s.int64(2);
            info.updatedAtMs = s.int64(3);
            info.deletedAtMs = s.int64(4);
            info.itemCount = s.integer(5);
            info.missingCount = s.integer(6);
            info.totalDurationMs = s.int64(7);
            out.append(info);
            continue;
        }
        case Statement::Step::Done:
            return out;
        case Statement::Step::Failed:
            return s.error(QStringLiteral("Reading playlists"));
        }
    }
}

Result<QList<PlaylistInfo>> PlaylistStore::list() {
    return queryInfos(
        "WHERE p.deleted_at IS NULL GROUP BY p.id ORDER BY p.name COLLATE NOCASE, p.id", 0);
}

Result<QList<PlaylistInfo>> PlaylistStore::deletedPlaylists() {
    return queryInfos("WHERE p.deleted_at IS NOT NULL GROUP BY p.id ORDER BY p.deleted_at DESC", 0);
}

Result<PlaylistInfo> PlaylistStore::playlist(qint64 playlistId) {
    auto found = queryInfos("WHERE p.id = ?1 GROUP BY p.id", playlistId);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return noPlaylist(playlistId);
    return found.value().first();
}

Result<QList<PlaylistEntry>> PlaylistStore::items(qint64 playlistId) {
    // The live track wins where it knows something; the entry's own text fills the gaps.
    auto stmt = Statement::prepare(
        m_db, "SELECT i.id, i.position, COALESCE(t.id, 0), COALESCE(t.location, i.location), "
              "COALESCE(NULLIF(t.title, ''), i.title), "
              "COALESCE(NULLIF(t.artist, ''), NULLIF(t.album_artist, ''), i.artist), "
              "COALESCE(NULLIF(t.album, ''), i.album), "
              "COALESCE(NULLIF(t.duration_ms, 0), i.duration_ms), COALESCE(t.available, 0) "
              "FROM playlist_items i LEFT JOIN tracks t ON t.id = i.track_id "
              "WHERE i.playlist_id = ?1 ORDER BY i.position");
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, playlistId);
    QList<PlaylistEntry> out;
    for (;;) {
        switch (s.step()) {
        case Statement::Step::Row: {
            PlaylistEntry e;
            e.itemId = s.int64(0);
            e.position = s.integer(1);
            e.trackId = s.int64(2);
            e.location = s.text(3);
            e.title = s.text(4);
            e.artist = s.text(5);
            e.album = s.text(6);
            e.durationMs = s.int64(7);
            e.available = s.integer(8) != 0;
            out.append(e);
            continue;
        }
        case Statement::Step::Done:
            return out;
        case Statement::Step::Failed:
            return s.error(QStringLiteral("Reading a playlist"));
        }
    }
}

Result<QList<qint64>> PlaylistStore::addTracks(qint64 playlistId, const TrackIds &trackIds,
                                               int insertAt) {
    auto select = Statement::prepare(
        m_db, "SELECT location, title, artist, album, duration_ms FROM tracks WHERE id = ?1");
    if (!select)
        return select.error();
    QList<qint64> added;
    auto done = m_db.transaction([&]() -> Result<void> {
        if (auto live = requireLive(playlistId); !live)
            return live;
        QList<NewItem> newItems;
        // The track's text is kept with the item so the entry can still be shown if the
        // track leaves the library.
        for (const qint64 trackId : trackIds) {
            Statement &s = select.value();
            s.bind(1, trackId);
            const Statement::Step step = s.step();
            if (step == Statement::Step::Row) {
                newItems.append({trackId, PlaylistFileEntry{s.text(0), s.text(1), s.text(2),
                                                            s.text(3), s.int64(4)}});
            }
            const Error error = step == Statement::Step::Failed
                                    ? s.error(QStringLiteral("Reading tracks"))
                                    : Error::make(Error::Kind::NotFound,
                                                  QStringLiteral("There is no track with the id "
                                                                 "%1.")
                                                      .arg(trackId));
            s.reset();
            if (step != Statement::Step::Row)
                return error;
        }
        auto inserted = insertItems(playlistId, newItems, insertAt);
        if (!inserted)
            return inserted.error();
        added = inserted.value();
        return {};
    });
    if (!done)
        return done.error();
    return added;
}

Result<QList<qint64>> PlaylistStore::addEntries(qint64 playlistId,
                                                const QList<PlaylistFileEntry> &entries,
                                                int insertAt) {
    QList<qint64> added;
    auto done = m_db.transaction([&]() -> Result<void> {
        if (auto live = requireLive(playlistId); !live)
            return live;
        auto resolved = resolveEntries(entries);
        if (!resolved)
            return resolved.error();
        auto inserted = insertItems(playlistId, resolved.value(), insertAt);
        if (!inserted)
            return inserted.error();
        added = inserted.value();
        return {};
    });
    if (!done)
        return done.error();
    return added;
}

Result<void> PlaylistStore::removeItems(qint64 playlistId, const QList<qint64> &itemIds) {
    auto remove =
        Statement::prepare(m_db, "DELETE FROM playlist_items WHERE id = ?1 AND playlist_id = ?2");
    if (!remove)
        return remove.error();
    return m_db.transaction([&]() -> Result<void> {
        if (auto live = requireLive(playlistId); !live)
            return live;
        for (const qint64 itemId : itemIds) {
            if (auto ran = remove.value().bind(1, itemId).bind(2, playlistId).run(); !ran)
                return ran;
        }
        // Close the gaps the removed items left.
        auto order = itemIdsInOrder(playlistId);
        if (!order)
            return order.error();
        if (auto renumbered = renumber(playlistId, order.value()); !renumbered)
            return renumbered;
        return touch(playlistId);
    });
}

Result<void> PlaylistStore::moveItems(qint64 playlistId, const QList<qint64> &itemIds,
                                      int beforePosition) {
    return m_db.transaction([&]() -> Result<void> {
        if (auto live = requireLive(playlistId); !live)
            return live;
        auto order = itemIdsInOrder(playlistId);
        if (!order)
            return order.error();
        const QList<qint64> &current = order.value();
        const QSet<qint64> moving(itemIds.cbegin(), itemIds.cend());
        QList<qint64> moved;
        QList<qint64> rest;
        for (const qint64 id : current)
            (moving.contains(id) ? moved : rest).append(id);
        if (moved.size() != moving.size()) {
            return Error::make(
                Error::Kind::Invalid,
                QStringLiteral("Some of the items to move are not in the playlist."));
        }
        // The drop lands before the first item at or after beforePosition that is not moving.
        qsizetype insertAt = rest.size();
        if (beforePosition >= 0) {
            for (qsizetype k = beforePosition; k < current.size(); ++k) {
                if (!moving.contains(current.at(k))) {
                    insertAt = rest.indexOf(current.at(k));
                    break;
                }
            }
        }
        QList<qint64> reordered = rest.mid(0, insertAt);
        reordered += moved;
        reordered += rest.mid(insertAt);
        if (auto renumbered = renumber(playlistId, reordered); !renumbered)
            return renumbered;
        return touch(playlistId);
    });
}

Result<int> PlaylistStore::relinkMissing() {
    auto select = Statement::prepare(
        m_db, "SELECT id, location FROM playlist_items WHERE track_id IS NULL AND location <> ''");
    auto update = Statement::prepare(m_db, "UPDATE playlist_items SET track_id = ?1 WHERE id = ?2");
    if (!select)
        return select.error();
    if (!update)
        return update.error();
    int relinked = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<QPair<qint64, QString>> missing;
        for (;;) {
            const Statement::Step step = select.value().step();
            if (step == Statement::Step::Failed)
                return select.value().error(QStringLiteral("Reading playlists"));
            if (step == Statement::Step::Done)
                break;
            missing.append({select.value().int64(0), select.value().text(1)});
        }
        select.value().reset();
        TrackResolver resolver(m_db);
        for (const auto &[itemId, location] : std::as_const(missing)) {
            auto trackId = resolver.resolve(location);
            if (!trackId)
                return trackId.error();
            if (trackId.value() == 0)
                continue;
            if (auto ran = update.value().bind(1, trackId.value()).bind(2, itemId).run(); !ran)
                return ran;
            ++relinked;
        }
        return {};
    });
    if (!done)
        return done.error();
    return relinked;
}

Result<void> PlaylistStore::requireLive(qint64 playlistId) {
    auto stmt =
        Statement::prepare(m_db, "SELECT 1 FROM playlists WHERE id = ?1 AND deleted_at IS NULL");
    if (!stmt)
        return stmt.error();
    switch (stmt.value().bind(1, playlistId).step()) {
    case Statement::Step::Row:
        return {};
    case Statement::Step::Done:
        return noPlaylist(playlistId);
    case Statement::Step::Failed:
        break;
    }
    return stmt.value().error(QStringLiteral("Reading playlists"));
}

Result<QList<qint64>> PlaylistStore::itemIdsInOrder(qint64 playlistId) {
    auto stmt = Statement::prepare(
        m_db, "SELECT id FROM playlist_items WHERE playlist_id = ?1 ORDER BY position");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, playlistId);
    QList<qint64> out;
    for (;;) {
        switch (stmt.value().step()) {
        case Statement::Step::Row:
            out.append(stmt.value().int64(0));
            continue;
        case Statement::Step::Done:
            return out;
        case Statement::Step::Failed:
            return stmt.value().error(QStringLiteral("Reading a playlist"));
        }
    }
}

Result<void> PlaylistStore::renumber(qint64 playlistId, const QList<qint64> &newOrder) {
    auto select =
        Statement::prepare(m_db, "SELECT id, position FROM playlist_items WHERE playlist_id = ?1");
    auto update = Statement::prepare(m_db, "UPDATE playlist_items SET position = ?1 WHERE id = ?2");
    if (!select)
        return select.error();
    if (!update)
        return update.error();
    QHash<qint64, int> current;
    select.value().bind(1, playlistId);
    for (;;) {
        const Statement::Step step = select.value().step();
        if (step == Statement::Step::Failed)
            return select.value().error(QStringLiteral("Reading a playlist"));
        if (step == Statement::Step::Done)
            break;
        current.insert(select.value().int64(0), select.value().integer(1));
    }
    QList<QPair<int, qint64>> changed;
    for (int i = 0; i < int(newOrder.size()); ++i) {
        if (current.value(newOrder.at(i), -1) != i)
            changed.append({i, newOrder.at(i)});
    }
    // (playlist_id, position) is unique and SQLite checks it row by row, so the moving items
    // step aside to negative positions first.
    for (const bool parked : {true, false}) {
        for (const auto &[position, itemId] : std::as_const(changed)) {
            const int target = parked ? -1 - position : position;
            if (auto ran = update.value().bind(1, target).bind(2, itemId).run(); !ran)
                return ran;
        }
    }
    return {};
}

Result<QList<qint64>> PlaylistStore::insertItems(qint64 playlistId, const QList<NewItem> &newItems,
                                                 int insertAt) {
    auto order = itemIdsInOrder(playlistId);
    if (!order)
        return order.error();
    auto insert = Statement::prepare(
        m_db, "INSERT INTO playlist_items(playlist_id, position, track_id, location, title, "
              "artist, album, duration_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return insert.error();
    // New items go to the end first; renumbering then moves them where they were dropped.
    const int count = int(order.value().size());
    QList<qint64> added;
    for (const NewItem &item : newItems) {
        Statement &s = insert.value();
        s.bind(1, playlistId).bind(2, count + int(added.size()));
        if (item.trackId > 0)
            s.bind(3, item.trackId);
        else
            s.bindNull(3);
        s.bind(4, item.text.location).bind(5, item.text.title).bind(6, item.text.artist);
        s.bind(7, item.text.album).bind(8, item.text.durationMs);
        if (auto ran = s.run(); !ran)
            return ran.error();
        added.append(m_db.lastInsertId());
    }
    QList<qint64> reordered = order.value();
    if (insertAt >= 0 && insertAt < count) {
        reordered = order.value().mid(0, insertAt);
        reordered += added;
        reordered += order.value().mid(insertAt);
    } else {
        reordered += added;
    }
    if (auto renumbered = renumber(playlistId, reordered); !renumbered)
        return renumbered.error();
    if (auto touched = touch(playlistId); !touched)
        return touched.error();
    return added;
}

Result<QList<PlaylistStore::NewItem>>
PlaylistStore::resolveEntries(const QList<PlaylistFileEntry> &entries) {
    TrackResolver resolver(m_db);
    QList<NewItem> out;
    out.reserve(entries.size());
    for (const PlaylistFileEntry &entry : entries) {
        auto trackId = resolver.resolve(entry.location);
        if (!trackId)
            return trackId.error();
        out.append({trackId.value(), entry});
    }
    return out;
}

Result<void> PlaylistStore::touch(qint64 playlistId) {
    auto stmt = Statement::prepare(m_db, "UPDATE playlists SET updated_at = ?1 WHERE id = ?2");
    if (!stmt)
        return stmt.error();
    return stmt.value().bind(1, m_clock()).bind(2, playlistId).run();
}

} // namespace refrain
