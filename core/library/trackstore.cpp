#include "core/library/trackstore.h"

#include "core/library/statement.h"

#include <QDateTime>
#include <QSet>

namespace refrain {

namespace {

constexpr const char *kTrackColumns =
    "id, source, location, file_name, title, artist, album, album_artist, genre, composer, year, "
    "track_no, disc_no, duration_ms, bitrate_kbps, sample_rate, channels, file_size, file_mtime, "
    "rg_track_gain, rg_track_peak, rg_album_gain, rg_album_peak, available";

// Artists, albums and genres repeat across thousands of tracks: one shared string each keeps
// a 100,000-track library tens of megabytes smaller in memory.
class StringPool {
public:
    QString take(QString text) {
        if (text.isEmpty())
            return {};
        const auto it = m_strings.constFind(text);
        if (it != m_strings.cend())
            return *it;
        m_strings.insert(text);
        return text;
    }

private:
    QSet<QString> m_strings;
};

Track readTrack(const Statement &row, StringPool *pool = nullptr) {
    auto shared = [pool](QString text) { return pool ? pool->take(std::move(text)) : text; };
    Track t;
    t.id = row.int64(0);
    t.source = shared(row.text(1));
    t.location = row.text(2);
    t.fileName = row.text(3);
    t.title = row.text(4);
    t.artist = shared(row.text(5));
    t.album = shared(row.text(6));
    t.albumArtist = shared(row.text(7));
    t.genre = shared(row.text(8));
    t.composer = shared(row.text(9));
    t.year = row.integer(10);
    t.trackNumber = row.integer(11);
    t.discNumber = row.integer(12);
    t.durationMs = row.int64(13);
    t.bitrateKbps = row.integer(14);
    t.sampleRate = row.integer(15);
    t.channels = row.integer(16);
    t.fileSize = row.int64(17);
    t.fileMtimeMs = row.int64(18);
    t.trackGainDb = row.optionalReal(19);
    t.trackPeak = row.optionalReal(20);
    t.albumGainDb = row.optionalReal(21);
    t.albumPeak = row.optionalReal(22);
    t.available = row.integer(23) != 0;
    return t;
}

Result<TrackList> collect(Statement &stmt) {
    TrackList out;
    for (;;) {
        switch (stmt.step()) {
        case Statement::Step::Row:
            out.append(readTrack(stmt));
            continue;
        case Statement::Step::Done:
            return out;
        case Statement::Step::Failed:
            return stmt.error(QStringLiteral("Reading tracks"));
        }
    }
}

QByteArray selectTracks(const char *rest) {
    return QByteArray("SELECT ") + kTrackColumns + " FROM tracks " + rest;
}

} // namespace

Result<TrackList> TrackStore::allTracks() {
    auto stmt = Statement::prepare(
        m_db, selectTracks("ORDER BY album_artist COLLATE NOCASE, album COLLATE NOCASE, disc_no, "
                           "track_no, title COLLATE NOCASE")
                  .constData());
    if (!stmt)
        return stmt.error();
    return collect(stmt.value());
}

Result<void> TrackStore::forEachChunk(int firstChunkSize, int chunkSize,
                                      const std::function<void(TrackList &&)> &chunk) {
    auto stmt = Statement::prepare(m_db, selectTracks("").constData());
    if (!stmt)
        return stmt.error();
    StringPool pool;
    TrackList batch;
    int wanted = firstChunkSize;
    batch.reserve(wanted);
    for (;;) {
        switch (stmt.value().step()) {
        case Statement::Step::Row:
            batch.append(readTrack(stmt.value(), &pool));
            if (batch.size() >= wanted) {
                wanted = chunkSize;
                chunk(std::move(batch));
                batch = TrackList();
                batch.reserve(chunkSize);
            }
            continue;
        case Statement::Step::Done:
            if (!batch.isEmpty())
                chunk(std::move(batch));
            return {};
        case Statement::Step::Failed:
            return stmt.value().error(QStringLiteral("Reading tracks"));
        }
    }
}

Result<TrackList> TrackStore::search(const SearchQuery &query, int limit) {
    const QString match = query.toFtsMatch();
    const bool hasYear = query.yearFrom() != 0;
    QByteArray sql;
    if (match.isEmpty()) {
        sql = selectTracks("WHERE (?1 = 0 OR year BETWEEN ?2 AND ?3) ORDER BY artist, album, "
                           "track_no LIMIT ?4");
    } else {
        QByteArray columns = "t." + QByteArray(kTrackColumns).replace(", ", ", t.");
        // Ranking every match of a one-letter prefix costs hundreds of ms on a big library, so
        // only the first kRankCandidates matches are ranked: as you type, the set narrows fast.
        sql = QByteArray("SELECT ") + columns
              + " FROM (SELECT tracks_fts.rowid AS rid, "
                "bm25(tracks_fts, 10.0, 6.0, 4.0, 4.0, 1.0, 1.0, 2.0) AS score "
                "FROM tracks_fts JOIN tracks y ON y.id = tracks_fts.rowid "
                "WHERE tracks_fts MATCH ?5 AND (?1 = 0 OR y.year BETWEEN ?2 AND ?3) LIMIT ?6) c "
                "JOIN tracks t ON t.id = c.rid ORDER BY c.score LIMIT ?4";
    }
    auto stmt = Statement::prepare(m_db, sql.constData());
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, hasYear ? 1 : 0).bind(2, query.yearFrom()).bind(3, query.yearTo()).bind(4, limit);
    if (!match.isEmpty())
        s.bind(5, match).bind(6, kRankCandidates);
    return collect(s);
}

Result<QPair<TrackIds, qint64>> TrackStore::matchingIds(const SearchQuery &query) {
    const QString match = query.toFtsMatch();
    const bool hasYear = query.yearFrom() != 0;
    QPair<TrackIds, qint64> out;
    // One read transaction: the ids and the maximum describe the same moment.
    const auto outcome = m_db.readTransaction([&]() -> Result<void> {
        // Rows above the highest indexed id are not searchable yet: the caller judges those.
        auto max = Statement::prepare(m_db, "SELECT coalesce(max(id), 0) FROM tracks_fts_docsize");
        if (!max)
            return max.error();
        if (max.value().step() != Statement::Step::Row)
            return max.value().error(QStringLiteral("Searching the library"));
        out.second = max.value().int64(0);
        auto stmt = Statement::prepare(
            m_db, match.isEmpty()
                      ? "SELECT id FROM tracks WHERE (?1 = 0 OR year BETWEEN ?2 AND ?3)"
                      : "SELECT t.id FROM tracks_fts JOIN tracks t ON t.id = tracks_fts.rowid "
                        "WHERE tracks_fts MATCH ?4 AND (?1 = 0 OR t.year BETWEEN ?2 AND ?3)");
        if (!stmt)
            return stmt.error();
        Statement &s = stmt.value();
        s.bind(1, hasYear ? 1 : 0).bind(2, query.yearFrom()).bind(3, query.yearTo());
        if (!match.isEmpty())
            s.bind(4, match);
        for (;;) {
            switch (s.step()) {
            case Statement::Step::Row:
                out.first.append(s.int64(0));
                continue;
            case Statement::Step::Done:
                return {};
            case Statement::Step::Failed:
                return s.error(QStringLiteral("Searching the library"));
            }
        }
    });
    if (!outcome)
        return outcome.error();
    return out;
}

Result<qint64> TrackStore::trackCount() {
    auto stmt = Statement::prepare(m_db, "SELECT count(*) FROM tracks");
    if (!stmt)
        return stmt.error();
    if (stmt.value().step() != Statement::Step::Row)
        return stmt.value().error(QStringLiteral("Counting tracks"));
    return stmt.value().int64(0);
}

Result<qint64> TrackStore::ensureRoot(const QString &path) {
    auto insert = Statement::prepare(
        m_db, "INSERT INTO roots(path, added_at) VALUES (?1, ?2) ON CONFLICT(path) DO NOTHING");
    if (!insert)
        return insert.error();
    insert.value().bind(1, path).bind(2, QDateTime::currentMSecsSinceEpoch());
    if (auto done = insert.value().run(); !done)
        return done.error();
    auto select = Statement::prepare(m_db, "SELECT id FROM roots WHERE path = ?1");
    if (!select)
        return select.error();
    select.value().bind(1, path);
    if (select.value().step() != Statement::Step::Row)
        return select.value().error(QStringLiteral("Adding a music folder"));
    return select.value().int64(0);
}

Result<TrackIds> TrackStore::removeRoot(const QString &path) {
    TrackIds removed;
    const auto done = m_db.transaction([&]() -> Result<void> {
        auto select = Statement::prepare(
            m_db, "SELECT t.id FROM tracks t JOIN roots r ON r.id = t.root_id WHERE r.path = ?1");
        if (!select)
            return select.error();
        select.value().bind(1, path);
        for (;;) {
            const Statement::Step step = select.value().step();
            if (step == Statement::Step::Failed)
                return select.value().error(QStringLiteral("listing the folder's songs"));
            if (step == Statement::Step::Done)
                break;
            removed.append(select.value().int64(0));
        }
        auto tracks = Statement::prepare(
            m_db, "DELETE FROM tracks WHERE root_id = (SELECT id FROM roots WHERE path = ?1)");
        if (!tracks)
            return tracks.error();
        if (auto ran = tracks.value().bind(1, path).run(); !ran)
            return ran;
        // Its directories go with it (ON DELETE CASCADE).
        auto root = Statement::prepare(m_db, "DELETE FROM roots WHERE path = ?1");
        if (!root)
            return root.error();
        return root.value().bind(1, path).run();
    });
    if (!done)
        return done.error();
    return removed;
}

Result<QList<LibraryRoot>> TrackStore::roots() {
    auto stmt = Statement::prepare(m_db, "SELECT id, path, available FROM roots ORDER BY path");
    if (!stmt)
        return stmt.error();
    QList<LibraryRoot> out;
    for (;;) {
        switch (stmt.value().step()) {
        case Statement::Step::Row:
            out.append({stmt.value().int64(0), stmt.value().text(1), stmt.value().integer(2) != 0});
            continue;
        case Statement::Step::Done:
            return out;
        case Statement::Step::Failed:
            return stmt.value().error(QStringLiteral("Reading music folders"));
        }
    }
}

Result<void> TrackStore::setRootAvailable(qint64 rootId, bool available, qint64 nowMs) {
    auto stmt = Statement::prepare(
        m_db,
        "UPDATE roots SET available = ?1, last_scan = CASE WHEN ?1 THEN ?2 ELSE last_scan END "
        "WHERE id = ?3");
    if (!stmt)
        return stmt.error();
    return stmt.value().bind(1, available ? 1 : 0).bind(2, nowMs).bind(3, rootId).run();
}

Result<QHash<QString, FileStamp>> TrackStore::stampsUnderRoot(qint64 rootId) {
    auto stmt = Statement::prepare(
        m_db, "SELECT id, location, file_size, file_mtime, available FROM tracks "
              "WHERE root_id = ?1 AND source = 'local'");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, rootId);
    QHash<QString, FileStamp> out;
    for (;;) {
        switch (stmt.value().step()) {
        case Statement::Step::Row: {
            const Statement &s = stmt.value();
            out.insert(s.text(1), FileStamp{s.int64(0), s.int64(2), s.int64(3), s.integer(4) != 0});
            continue;
        }
        case Statement::Step::Done:
            return out;
        case Statement::Step::Failed:
            return stmt.value().error(QStringLiteral("Reading the library"));
        }
    }
}

Result<qint64> TrackStore::maxIndexedId() {
    auto stmt = Statement::prepare(m_db, "SELECT coalesce(max(id), 0) FROM tracks_fts_docsize");
    if (!stmt)
        return stmt.error();
    if (stmt.value().step() != Statement::Step::Row)
        return stmt.value().error(QStringLiteral("Reading the search index"));
    return stmt.value().int64(0);
}

Result<int> TrackStore::indexPending() {
    auto stmt = Statement::prepare(
        m_db,
        "INSERT INTO tracks_fts(rowid, title, artist, album, album_artist, genre, composer, "
        "file_name) SELECT id, title, artist, album, album_artist, genre, composer, file_name "
        "FROM tracks WHERE id > (SELECT coalesce(max(id), 0) FROM tracks_fts_docsize) ORDER BY id");
    if (!stmt)
        return stmt.error();
    if (auto done = stmt.value().run(); !done)
        return done.error();
    return m_db.changes();
}

Result<void> TrackStore::prepareWrites() {
    if (m_insert && m_update)
        return {};
    auto insert = Statement::prepare(
        m_db, "INSERT INTO tracks(source, location, root_id, file_name, title, artist, album, "
              "album_artist, genre, composer, year, track_no, disc_no, duration_ms, bitrate_kbps, "
              "sample_rate, channels, file_size, file_mtime, rg_track_gain, rg_track_peak, "
              "rg_album_gain, rg_album_peak, available, added_at, updated_at) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
              "?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?25)");
    auto update = Statement::prepare(
        m_db, "UPDATE tracks SET source = ?1, location = ?2, root_id = ?3, file_name = ?4, "
              "title = ?5, artist = ?6, album = ?7, album_artist = ?8, genre = ?9, composer = ?10, "
              "year = ?11, track_no = ?12, disc_no = ?13, duration_ms = ?14, bitrate_kbps = ?15, "
              "sample_rate = ?16, channels = ?17, file_size = ?18, file_mtime = ?19, "
              "rg_track_gain = ?20, rg_track_peak = ?21, rg_album_gain = ?22, rg_album_peak = ?23, "
              "available = ?24, updated_at = ?25 WHERE id = ?26");
    if (!insert)
        return insert.error();
    if (!update)
        return update.error();
    m_insert.emplace(std::move(insert).value());
    m_update.emplace(std::move(update).value());
    return {};
}

Result<void> TrackStore::write(TrackList &tracks, qint64 rootId, qint64 nowMs, Indexing indexing) {
    if (auto prepared = prepareWrites(); !prepared)
        return prepared;

    return m_db.transaction([&]() -> Result<void> {
        for (Track &t : tracks) {
            Statement &s = t.id == 0 ? *m_insert : *m_update;
            s.bind(1, t.source).bind(2, t.location);
            if (rootId > 0)
                s.bind(3, rootId);
            else
                s.bindNull(3);
            s.bind(4, t.fileName).bind(5, t.title).bind(6, t.artist).bind(7, t.album);
            s.bind(8, t.albumArtist).bind(9, t.genre).bind(10, t.composer).bind(11, t.year);
            s.bind(12, t.trackNumber).bind(13, t.discNumber).bind(14, t.durationMs);
            s.bind(15, t.bitrateKbps).bind(16, t.sampleRate).bind(17, t.channels);
            s.bind(18, t.fileSize).bind(19, t.fileMtimeMs).bind(20, t.trackGainDb);
            s.bind(21, t.trackPeak).bind(22, t.albumGainDb).bind(23, t.albumPeak);
            s.bind(24, t.available ? 1 : 0).bind(25, nowMs);
            if (t.id != 0)
                s.bind(26, t.id);
            if (auto done = s.run(); !done)
                return done;
            if (t.id == 0)
                t.id = m_db.lastInsertId();
        }
        if (indexing == Indexing::Now) {
            if (auto indexed = indexPending(); !indexed)
                return indexed.error();
        }
        return {};
    });
}

Result<TrackIds> TrackStore::setAvailable(const TrackIds &ids, bool available) {
    auto stmt = Statement::prepare(
        m_db, "UPDATE tracks SET available = ?1 WHERE id = ?2 AND available <> ?1");
    if (!stmt)
        return stmt.error();
    TrackIds changed;
    auto outcome = m_db.transaction([&]() -> Result<void> {
        for (const qint64 id : ids) {
            stmt.value().bind(1, available ? 1 : 0).bind(2, id);
            if (auto done = stmt.value().run(); !done)
                return done;
            if (m_db.changes() > 0)
                changed.append(id);
        }
        return {};
    });
    if (!outcome)
        return outcome.error();
    return changed;
}

Result<TrackIds> TrackStore::setRootTracksAvailable(qint64 rootId, bool available) {
    auto select =
        Statement::prepare(m_db, "SELECT id FROM tracks WHERE root_id = ?1 AND available <> ?2");
    if (!select)
        return select.error();
    select.value().bind(1, rootId).bind(2, available ? 1 : 0);
    TrackIds ids;
    while (select.value().step() == Statement::Step::Row)
        ids.append(select.value().int64(0));
    return setAvailable(ids, available);
}

Result<void> TrackStore::remove(const TrackIds &ids) {
    auto stmt = Statement::prepare(m_db, "DELETE FROM tracks WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    return m_db.transaction([&]() -> Result<void> {
        for (const qint64 id : ids) {
            if (auto done = stmt.value().bind(1, id).run(); !done)
                return done;
        }
        return {};
    });
}

Result<QHash<QString, DirectoryStamp>> TrackStore::directoriesUnderRoot(qint64 rootId) {
    auto stmt =
        Statement::prepare(m_db, "SELECT path, parent, mtime FROM directories WHERE root_id = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, rootId);
    QHash<QString, DirectoryStamp> out;
    for (;;) {
        switch (stmt.value().step()) {
        case Statement::Step::Row: {
            const Statement &s = stmt.value();
            out.insert(s.text(0), DirectoryStamp{s.text(0), s.text(1), s.int64(2)});
            continue;
        }
        case Statement::Step::Done:
            return out;
        case Statement::Step::Failed:
            return stmt.value().error(QStringLiteral("Reading the library"));
        }
    }
}

Result<void> TrackStore::replaceDirectories(qint64 rootId,
                                            const QList<DirectoryStamp> &directories) {
    auto clear = Statement::prepare(m_db, "DELETE FROM directories WHERE root_id = ?1");
    auto insert = Statement::prepare(
        m_db,
        "INSERT OR REPLACE INTO directories(path, root_id, parent, mtime) VALUES (?1, ?2, ?3, ?4)");
    if (!clear)
        return clear.error();
    if (!insert)
        return insert.error();
    return m_db.transaction([&]() -> Result<void> {
        if (auto done = clear.value().bind(1, rootId).run(); !done)
            return done;
        for (const DirectoryStamp &d : directories) {
            Statement &s = insert.value();
            s.bind(1, d.path).bind(2, rootId);
            if (d.parent.isEmpty())
                s.bindNull(3);
            else
                s.bind(3, d.parent);
            s.bind(4, d.mtimeMs);
            if (auto done = s.run(); !done)
                return done;
        }
        return {};
    });
}

Result<QStringList> TrackStore::allDirectories() {
    auto stmt = Statement::prepare(m_db, "SELECT path FROM directories");
    if (!stmt)
        return stmt.error();
    QStringList out;
    while (stmt.value().step() == Statement::Step::Row)
        out.append(stmt.value().text(0));
    return out;
}

namespace {
// "/music" → "/music/%" for LIKE, with LIKE's own wildcards in the path taken literally.
QString likePrefix(const QString &rootPath) {
    QString escaped = rootPath;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped + QStringLiteral("/%");
}
} // namespace

Result<QHash<QString, QString>> TrackStore::failuresUnder(const QString &rootPath) {
    auto stmt = Statement::prepare(
        m_db, "SELECT path, reason FROM scan_failures WHERE path LIKE ?1 ESCAPE '\\'");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, likePrefix(rootPath));
    QHash<QString, QString> out;
    while (stmt.value().step() == Statement::Step::Row)
        out.insert(stmt.value().text(0), stmt.value().text(1));
    return out;
}

Result<void> TrackStore::replaceFailures(const QString &rootPath,
                                         const QHash<QString, QString> &failures, qint64 nowMs) {
    auto clear =
        Statement::prepare(m_db, "DELETE FROM scan_failures WHERE path LIKE ?1 ESCAPE '\\'");
    auto insert = Statement::prepare(
        m_db, "INSERT OR REPLACE INTO scan_failures(path, reason, seen_at) VALUES (?1, ?2, ?3)");
    if (!clear)
        return clear.error();
    if (!insert)
        return insert.error();
    return m_db.transaction([&]() -> Result<void> {
        if (auto done = clear.value().bind(1, likePrefix(rootPath)).run(); !done)
            return done;
        for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
            if (auto done =
                    insert.value().bind(1, it.key()).bind(2, it.value()).bind(3, nowMs).run();
                !done)
                return done;
        }
        return {};
    });
}

} // namespace refrain
