#include "core/history/listenstore.h"

#include "core/history/listenkey.h"
#include "core/library/database.h"
#include "core/library/statement.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace refrain {

namespace {

QString pairKey(qint64 id, const QString &key) {
    return QString::number(id) + QLatin1Char('\n') + key;
}

QString pairKey(const QString &a, const QString &b) {
    return a + QLatin1Char('\n') + b;
}

// RFC 9562 version 7: the start time's milliseconds first, then random bits. Listens arrive
// roughly in time order, so the unique index on uuid grows at its end instead of at random
// pages — an import of a million listens writes a fraction of the pages a random UUID costs.
QString timeOrderedUuid(const QDateTime &startedAt) {
    const quint64 ms = quint64(std::max<qint64>(0, startedAt.toMSecsSinceEpoch()));
    QRandomGenerator *random = QRandomGenerator::global();
    const quint64 high = (ms << 16) | 0x7000 | (random->generate() & 0x0fff);
    const quint64 low = (random->generate64() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(high >> (56 - 8 * i));
        bytes[8 + i] = char(low >> (56 - 8 * i));
    }
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

Error invalid(const QString &message) {
    return Error::make(Error::Kind::Invalid, message);
}

} // namespace

ListenStore::ListenStore(Database &db)
    : m_db(db) {}

ListenStore::~ListenStore() = default;

Result<qint64> ListenStore::artistRef(const QString &key, const QString &name) {
    if (const auto it = m_artists.constFind(key); it != m_artists.cend())
        return *it;
    auto find = Statement::prepare(m_db, "SELECT id FROM history_artists WHERE key = ?1");
    if (!find)
        return find.error();
    find.value().bind(1, key);
    qint64 id = 0;
    switch (find.value().step()) {
    case Statement::Step::Row:
        id = find.value().int64(0);
        break;
    case Statement::Step::Done: {
        auto add =
            Statement::prepare(m_db, "INSERT INTO history_artists (key, name) VALUES (?1, ?2)");
        if (!add)
            return add.error();
        add.value().bind(1, key).bind(2, name);
        if (auto ran = add.value().run(); !ran)
            return ran.error();
        id = m_db.lastInsertId();
        break;
    }
    case Statement::Step::Failed:
        return find.value().error(QStringLiteral("Reading the artists of your history"));
    }
    m_artists.insert(key, id);
    return id;
}

Result<qint64> ListenStore::childRef(const char *table, qint64 artistId, const QString &key,
                                     const QString &name) {
    const bool albums = qstrcmp(table, "history_albums") == 0;
    QHash<QString, qint64> &cache = albums ? m_albums : m_tracks;
    const QString cacheKey = pairKey(artistId, key);
    if (const auto it = cache.constFind(cacheKey); it != cache.cend())
        return *it;
    auto find = Statement::prepare(
        m_db, albums ? "SELECT id FROM history_albums WHERE artist_id = ?1 AND key = ?2"
                     : "SELECT id FROM history_tracks WHERE artist_id = ?1 AND key = ?2");
    if (!find)
        return find.error();
    find.value().bind(1, artistId).bind(2, key);
    qint64 id = 0;
    switch (find.value().step()) {
    case Statement::Step::Row:
        id = find.value().int64(0);
        break;
    case Statement::Step::Done: {
        auto add = Statement::prepare(
            m_db, albums ? "INSERT INTO history_albums (artist_id, key, name) VALUES (?1, ?2, ?3)"
                         : "INSERT INTO history_tracks (artist_id, key, name) VALUES (?1, ?2, ?3)");
        if (!add)
            return add.error();
        add.value().bind(1, artistId).bind(2, key).bind(3, name);
        if (auto ran = add.value().run(); !ran)
            return ran.error();
        id = m_db.lastInsertId();
        break;
    }
    case Statement::Step::Failed:
        return find.value().error(QStringLiteral("Reading the names in your history"));
    }
    cache.insert(cacheKey, id);
    return id;
}

Result<ListenStore::Refs> ListenStore::refsFor(const Listen &listen, const QString &genre) {
    const QString artist = listen.artist.simplified();
    const QString title = listen.title.simplified();
    if (artist.isEmpty() || title.isEmpty())
        return invalid(QStringLiteral("A listen needs an artist and a title."));
    Refs refs;
    auto artistId = artistRef(listenkey::normalize(artist), artist);
    if (!artistId)
        return artistId.error();
    refs.artist = artistId.value();
    auto trackId = childRef("history_tracks", refs.artist, listenkey::normalize(title), title);
    if (!trackId)
        return trackId.error();
    refs.track = trackId.value();
    if (const QString album = listen.album.simplified(); !album.isEmpty()) {
        auto albumId = childRef("history_albums", refs.artist, listenkey::normalize(album), album);
        if (!albumId)
            return albumId.error();
        refs.album = albumId.value();
    }
    if (!genre.isEmpty() && !m_tracksWithGenre.contains(refs.track)) {
        auto update = Statement::prepare(
            m_db, "UPDATE history_tracks SET genre = ?1 WHERE id = ?2 AND genre = ''");
        if (!update)
            return update.error();
        update.value().bind(1, genre).bind(2, refs.track);
        if (auto ran = update.value().run(); !ran)
            return ran.error();
        m_tracksWithGenre.insert(refs.track);
    }
    return refs;
}

Result<qint64> ListenStore::insert(const Listen &listen, const Refs &refs, qint64 importId) {
    auto add = Statement::prepare(
        m_db, "INSERT INTO listens (uuid, track_ref, artist_ref, album_ref, track_id, server_id, "
              "song_id, started_at, utc_offset_s, played_ms, duration_ms, counted, origin, "
              "import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!add)
        return add.error();
    Statement &s = add.value();
    s.bind(1, listen.uuid).bind(2, refs.track).bind(3, refs.artist);
    refs.album ? s.bind(4, refs.album) : s.bindNull(4);
    listen.trackId ? s.bind(5, listen.trackId) : s.bindNull(5);
    listen.serverId.isEmpty() ? s.bindNull(6) : s.bind(6, listen.serverId);
    listen.songId.isEmpty() ? s.bindNull(7) : s.bind(7, listen.songId);
    s.bind(8, listen.startedAt.toMSecsSinceEpoch())
        .bind(9, listen.utcOffsetSeconds)
        .bind(10, listen.playedMs)
        .bind(11, listen.durationMs)
        .bind(12, listen.counted ? 1 : 0)
        .bind(13, listen.origin);
    importId ? s.bind(14, importId) : s.bindNull(14);
    if (auto ran = s.run(); !ran)
        return ran.error();
    return m_db.lastInsertId();
}

Result<Listen> ListenStore::record(Listen listen, const QStringList &scrobbleTargets) {
    if (!listen.startedAt.isValid())
        return invalid(QStringLiteral("A listen needs the time it started."));
    listen.startedAt = listen.startedAt.toUTC();
    if (listen.uuid.isEmpty())
        listen.uuid = timeOrderedUuid(listen.startedAt);
    QString genre;
    if (listen.trackId) {
        auto read = Statement::prepare(m_db, "SELECT genre FROM tracks WHERE id = ?1");
        if (!read)
            return read.error();
        read.value().bind(1, listen.trackId);
        if (read.value().step() == Statement::Step::Row)
            genre = read.value().text(0);
        else
            listen.trackId = 0; // the track went away while it played
    }
    auto stored = m_db.transaction([&]() -> Result<void> {
        auto refs = refsFor(listen, genre);
        if (!refs)
            return refs.error();
        auto id = insert(listen, refs.value(), 0);
        if (!id)
            return id.error();
        listen.id = id.value();
        if (!listen.counted)
            return {};
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QString &target : scrobbleTargets) {
            auto queue = Statement::prepare(
                m_db, "INSERT OR IGNORE INTO scrobble_queue (listen_id, target, queued_at) "
                      "VALUES (?1, ?2, ?3)");
            if (!queue)
                return queue.error();
            queue.value().bind(1, listen.id).bind(2, target).bind(3, now);
            if (auto ran = queue.value().run(); !ran)
                return ran.error();
        }
        return {};
    });
    if (!stored) {
        // The caches may name rows the rollback took away.
        m_artists.clear();
        m_albums.clear();
        m_tracks.clear();
        m_tracksWithGenre.clear();
        return stored.error();
    }
    return listen;
}

Result<qint64> ListenStore::beginImport(const QString &origin, const QString &path) {
    auto add = Statement::prepare(
        m_db, "INSERT INTO history_imports (origin, path, started_at) VALUES (?1, ?2, ?3)");
    if (!add)
        return add.error();
    add.value().bind(1, origin).bind(2, path).bind(3, QDateTime::currentMSecsSinceEpoch());
    if (auto ran = add.value().run(); !ran)
        return ran.error();
    return m_db.lastInsertId();
}

Result<void> ListenStore::loadLibraryIndex() {
    m_library.clear();
    auto read = Statement::prepare(
        m_db, "SELECT id, artist, album_artist, title, album, genre, duration_ms FROM tracks");
    if (!read)
        return read.error();
    Statement &s = read.value();
    Statement::Step step;
    while ((step = s.step()) == Statement::Step::Row) {
        const QString title = listenkey::normalize(s.text(3));
        if (title.isEmpty())
            continue;
        LibraryMatch match{s.int64(0), listenkey::normalize(s.text(4)), s.text(5), s.int64(6)};
        const QString artist = listenkey::normalize(s.text(1));
        const QString albumArtist = listenkey::normalize(s.text(2));
        if (!artist.isEmpty())
            m_library[pairKey(artist, title)].append(match);
        if (!albumArtist.isEmpty() && albumArtist != artist)
            m_library[pairKey(albumArtist, title)].append(match);
    }
    if (step == Statement::Step::Failed)
        return s.error(QStringLiteral("Reading the library to match your history"));
    m_libraryLoaded = true;
    return {};
}

const ListenStore::LibraryMatch *ListenStore::matchLibrary(const QString &artistKey,
                                                           const QString &titleKey,
                                                           const QString &albumKey) const {
    const auto it = m_library.constFind(pairKey(artistKey, titleKey));
    if (it == m_library.cend() || it->isEmpty())
        return nullptr;
    for (const LibraryMatch &match : *it) {
        if (!albumKey.isEmpty() && match.albumKey == albumKey)
            return &match;
    }
    return &it->first();
}

Result<bool> ListenStore::addImported(Listen listen, qint64 importId, ImportCounts &counts) {
    if (!listen.startedAt.isValid()) {
        ++counts.skipped[QStringLiteral("malformed")];
        return false;
    }
    if (!m_libraryLoaded) {
        if (auto loaded = loadLibraryIndex(); !loaded)
            return loaded.error();
    }
    const LibraryMatch *match =
        matchLibrary(listenkey::normalize(listen.artist), listenkey::normalize(listen.title),
                     listenkey::normalize(listen.album));
    auto refs = refsFor(listen, match ? match->genre : QString());
    if (!refs) {
        if (refs.error().kind != Error::Kind::Invalid)
            return refs.error();
        ++counts.skipped[QStringLiteral("missing_fields")];
        return false;
    }
    const qint64 start = listen.startedAt.toMSecsSinceEpoch();
    auto same = Statement::prepare(m_db, "SELECT 1 FROM listens WHERE track_ref = ?1 AND "
                                         "started_at BETWEEN ?2 AND ?3 LIMIT 1");
    if (!same)
        return same.error();
    same.value()
        .bind(1, refs.value().track)
        .bind(2, start - kDuplicateWindowMs)
        .bind(3, start + kDuplicateWindowMs);
    switch (same.value().step()) {
    case Statement::Step::Row:
        ++counts.duplicates;
        return false;
    case Statement::Step::Done:
        break;
    case Statement::Step::Failed:
        return same.value().error(QStringLiteral("Looking for the listen in your history"));
    }
    same.value().reset();
    if (listen.uuid.isEmpty())
        listen.uuid = timeOrderedUuid(listen.startedAt);
    if (match) {
        listen.trackId = match->trackId;
        if (listen.durationMs <= 0)
            listen.durationMs = match->durationMs;
        ++counts.matched;
    }
    // A scrobble says that a track was heard, not for how long: it counts its length.
    if (listen.playedMs <= 0 && listen.durationMs > 0)
        listen.playedMs = listen.durationMs;
    if (auto id = insert(listen, refs.value(), importId); !id)
        return id.error();
    ++counts.imported;
    return true;
}

Result<void> ListenStore::finishImport(qint64 importId, const ImportCounts &counts) {
    qint64 skipped = 0;
    for (const qint64 n : counts.skipped)
        skipped += n;
    auto update = Statement::prepare(
        m_db, "UPDATE history_imports SET finished_at = ?1, imported = ?2, duplicates = ?3, "
              "skipped = ?4 WHERE id = ?5");
    if (!update)
        return update.error();
    update.value()
        .bind(1, QDateTime::currentMSecsSinceEpoch())
        .bind(2, counts.imported)
        .bind(3, counts.duplicates)
        .bind(4, skipped)
        .bind(5, importId);
    return update.value().run();
}

Result<Listen> ListenStore::listen(qint64 id) {
    auto read = Statement::prepare(
        m_db, "SELECT l.uuid, a.name, t.name, COALESCE(al.name, ''), COALESCE(l.track_id, 0), "
              "COALESCE(l.server_id, ''), COALESCE(l.song_id, ''), l.started_at, l.utc_offset_s, "
              "l.played_ms, l.duration_ms, l.counted, l.origin FROM listens l "
              "JOIN history_artists a ON a.id = l.artist_ref "
              "JOIN history_tracks t ON t.id = l.track_ref "
              "LEFT JOIN history_albums al ON al.id = l.album_ref WHERE l.id = ?1");
    if (!read)
        return read.error();
    Statement &s = read.value();
    s.bind(1, id);
    switch (s.step()) {
    case Statement::Step::Done:
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("That listen is not in your history."));
    case Statement::Step::Failed:
        return s.error(QStringLiteral("Reading a listen"));
    case Statement::Step::Row:
        break;
    }
    Listen listen;
    listen.id = id;
    listen.uuid = s.text(0);
    listen.artist = s.text(1);
    listen.title = s.text(2);
    listen.album = s.text(3);
    listen.trackId = s.int64(4);
    listen.serverId = s.text(5);
    listen.songId = s.text(6);
    listen.startedAt = QDateTime::fromMSecsSinceEpoch(s.int64(7), Qt::UTC);
    listen.utcOffsetSeconds = s.integer(8);
    listen.playedMs = s.int64(9);
    listen.durationMs = s.int64(10);
    listen.counted = s.integer(11) != 0;
    listen.origin = s.text(12);
    return listen;
}

} // namespace refrain
