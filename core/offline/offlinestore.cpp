#include "core/offline/offlinestore.h"

#include "core/offline/offlinestore_p.h"

#include "core/library/statement.h"
#include "core/offline/offlinepath.h"
#include "core/service/sqlrows.h"

#include <QCoreApplication>
#include <QDir>

namespace refrain {

namespace {

// This file's tr(): one context for all its text, the one lupdate files it under, so the
// translations in translations/*.ts are found at run time (lupdate files a free tr() function's
// strings under the enclosing class or namespace, whatever context it passes at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(refrain::OfflineStore)
};

int pinPriority(PinKind kind) {
    return kind == PinKind::Essentials ? kPriorityEssentials : kPriorityPinned;
}

Result<void> exec(Database &db, const char *sql, const std::function<void(Statement &)> &bind) {
    auto s = Statement::prepare(db, sql);
    if (!s)
        return s.error();
    bind(s.value());
    return s.value().run();
}

Result<TrackIds> readIds(Database &db, const char *sql, const QStringList &args) {
    auto s = Statement::prepare(db, sql);
    if (!s)
        return s.error();
    for (int i = 0; i < args.size(); ++i)
        s.value().bind(i + 1, args.at(i));
    TrackIds out;
    auto r = eachRow(s.value(), Text::tr("Reading the songs of a pin"),
                     [&](Statement &row) { out.append(row.int64(0)); });
    if (!r)
        return r.error();
    return out;
}

} // namespace

Result<TrackIds> offlinestore::ids(Database &db, const char *sql, const QStringList &args) {
    return readIds(db, sql, args);
}

using offlinestore::ids;

QString pinKindKey(PinKind kind) {
    switch (kind) {
    case PinKind::Essentials:
        return QStringLiteral("essentials");
    case PinKind::Playlist:
        return QStringLiteral("playlist");
    case PinKind::ServerPlaylist:
        return QStringLiteral("server_playlist");
    case PinKind::Album:
        return QStringLiteral("album");
    case PinKind::Artist:
        return QStringLiteral("artist");
    }
    return {};
}

std::optional<PinKind> pinKindFromKey(const QString &key) {
    for (PinKind k : {PinKind::Essentials, PinKind::Playlist, PinKind::ServerPlaylist,
                      PinKind::Album, PinKind::Artist}) {
        if (pinKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString musicLengthText(qint64 ms) {
    if (ms >= 3'600'000)
        return Text::tr("%1 h").arg(QString::number(double(ms) / 3'600'000.0, 'f', 1));
    const int minutes = int((ms + 59'999) / 60'000);
    return Text::tr("%n min", nullptr, minutes);
}

QString readinessText(const Readiness &r) {
    const QString ready = musicLengthText(r.essentialsReadyMs);
    QString text =
        r.essentialsTracks == 0
            ? Text::tr("Essentials is empty: star songs or pick some to keep them offline")
        : r.essentialsReady == r.essentialsTracks
            ? Text::tr("Essentials ready: %1 verified").arg(ready)
            : Text::tr("Essentials: %1 of %2 ready").arg(ready, musicLengthText(r.essentialsMs));
    if (r.essentialsPending > 0)
        text += QStringLiteral(" · ") + Text::tr("%n downloading", nullptr, r.essentialsPending);
    return text;
}

Result<OfflineSettings> OfflineStore::settings() {
    auto s = Statement::prepare(m_db, "SELECT key, value FROM offline_settings");
    if (!s)
        return s.error();
    OfflineSettings out;
    auto r = eachRow(s.value(), Text::tr("Reading the offline settings"), [&](Statement &row) {
        const QString key = row.text(0);
        bool ok = false;
        const double v = row.text(1).toDouble(&ok);
        if (!ok || v < 0)
            return;
        if (key == u"essentials_hours")
            out.essentialsHours = v;
        else if (key == u"essentials_gb")
            out.essentialsGb = v;
        else if (key == u"quota_gb")
            out.quotaGb = v;
        else if (key == u"parallel")
            out.parallel = qBound(1, int(v), 8);
        else if (key == u"cache_gb")
            out.cacheGb = v;
        else if (key == u"prefetch")
            out.prefetch = qBound(0, int(v), 20);
    });
    if (!r)
        return r.error();
    return out;
}

Result<void> OfflineStore::setSettings(const OfflineSettings &settings) {
    return m_db.transaction([&]() -> Result<void> {
        auto s = Statement::prepare(m_db, "INSERT INTO offline_settings (key, value) VALUES (?1, "
                                          "?2) ON CONFLICT (key) DO UPDATE SET value = ?2");
        if (!s)
            return s.error();
        const QList<QPair<QString, double>> values{
            {QStringLiteral("essentials_hours"), settings.essentialsHours},
            {QStringLiteral("essentials_gb"), settings.essentialsGb},
            {QStringLiteral("quota_gb"), settings.quotaGb},
            {QStringLiteral("parallel"), double(settings.parallel)},
            {QStringLiteral("cache_gb"), settings.cacheGb},
            {QStringLiteral("prefetch"), double(settings.prefetch)}};
        for (const auto &[key, value] : values) {
            if (auto r = s.value().bind(1, key).bind(2, QString::number(value, 'g', 17)).run(); !r)
                return r;
        }
        return {};
    });
}

Result<OfflineStore::Target> OfflineStore::findTarget(PinKind kind, const QString &idOrName) {
    const auto first = [&](const char *sql, const QString &source) -> Result<Target> {
        auto s = Statement::prepare(m_db, sql);
        if (!s)
            return s.error();
        s.value().bind(1, idOrName);
        if (s.value().step() != Statement::Step::Row)
            return Error::make(Error::Kind::NotFound, {});
        return Target{source.isEmpty() ? s.value().text(0) : source, s.value().text(1),
                      s.value().text(2)};
    };
    QList<const char *> queries;
    switch (kind) {
    case PinKind::Essentials:
        return Target{{}, {}, Text::tr("Emergency Essentials")};
    case PinKind::Playlist:
    case PinKind::ServerPlaylist:
        queries = {"SELECT 'local', id, name FROM playlists WHERE deleted_at IS NULL AND "
                   "(CAST(id AS TEXT) = ?1 OR name = ?1 COLLATE NOCASE) ORDER BY id LIMIT 1",
                   "SELECT server_id, playlist_id, name FROM remote_playlists WHERE "
                   "playlist_id = ?1 OR name = ?1 COLLATE NOCASE LIMIT 1"};
        break;
    case PinKind::Album:
        queries = {"SELECT server_id, album_id, name FROM remote_albums WHERE album_id = ?1 "
                   "OR name = ?1 COLLATE NOCASE LIMIT 1",
                   "SELECT 'local', CASE WHEN album_artist != '' THEN album_artist ELSE artist "
                   "END || char(31) || album, album FROM tracks WHERE source = 'local' AND "
                   "album = ?1 COLLATE NOCASE LIMIT 1"};
        break;
    case PinKind::Artist:
        queries = {"SELECT r.server_id, r.artist_id, t.artist FROM remote_songs r JOIN tracks t "
                   "ON t.id = r.track_id WHERE r.artist_id = ?1 OR t.artist = ?1 COLLATE NOCASE "
                   "LIMIT 1",
                   "SELECT 'local', artist, artist FROM tracks WHERE source = 'local' AND "
                   "artist = ?1 COLLATE NOCASE LIMIT 1"};
        break;
    }
    for (const char *sql : queries) {
        auto t = first(sql, {});
        if (t || t.error().kind != Error::Kind::NotFound)
            return t;
    }
    return Error::make(
        Error::Kind::NotFound,
        Text::tr("No %1 is called or numbered “%2”.").arg(pinKindKey(kind), idOrName));
}

Result<OfflinePin> OfflineStore::pin(PinKind kind, const QString &source, const QString &ref,
                                     qint64 nowMs) {
    if (kind == PinKind::Essentials)
        return essentials();
    // What it is called now, which also proves it exists.
    QString name;
    const QString &key = ref;
    auto named = [&](const char *sql, QStringList args) -> Result<void> {
        auto s = Statement::prepare(m_db, sql);
        if (!s)
            return s.error();
        for (int i = 0; i < args.size(); ++i)
            s.value().bind(i + 1, args.at(i));
        if (s.value().step() != Statement::Step::Row)
            return Error::make(
                Error::Kind::NotFound,
                Text::tr("There is no such %1 to keep offline.").arg(pinKindKey(kind)));
        name = s.value().text(0);
        return {};
    };
    Result<void> found;
    const bool local = source == QLatin1String(Track::kLocalSource);
    switch (kind) {
    case PinKind::Essentials:
        break;
    case PinKind::Playlist:
        found = named("SELECT name FROM playlists WHERE CAST(id AS TEXT) = ?1 AND deleted_at IS "
                      "NULL",
                      {key});
        break;
    case PinKind::ServerPlaylist:
        found = named("SELECT name FROM remote_playlists WHERE server_id = ?1 AND playlist_id = ?2",
                      {source, key});
        break;
    case PinKind::Album:
        found = local ? named("SELECT album FROM tracks WHERE source = 'local' AND CASE WHEN "
                              "album_artist != '' THEN album_artist ELSE artist END || char(31) || "
                              "album = ?1 LIMIT 1",
                              {key})
                      : named("SELECT name FROM remote_albums WHERE server_id = ?1 AND album_id = "
                              "?2",
                              {source, key});
        break;
    case PinKind::Artist:
        found = local ? named("SELECT artist FROM tracks WHERE source = 'local' AND (artist = ?1 "
                              "OR album_artist = ?1) LIMIT 1",
                              {key})
                      : named("SELECT t.artist FROM remote_songs r JOIN tracks t ON t.id = "
                              "r.track_id WHERE r.server_id = ?1 AND r.artist_id = ?2 LIMIT 1",
                              {source, key});
        break;
    }
    if (!found)
        return found.error();
    auto r = exec(m_db,
                  "INSERT INTO offline_pins (kind, source, ref, name, created_at) VALUES (?1, ?2, "
                  "?3, ?4, ?5) ON CONFLICT (kind, source, ref) DO UPDATE SET name = ?4",
                  [&](Statement &s) {
                      s.bind(1, pinKindKey(kind)).bind(2, source).bind(3, key).bind(4, name);
                      s.bind(5, nowMs);
                  });
    if (!r)
        return r.error();
    auto all = pins();
    if (!all)
        return all.error();
    for (const OfflinePin &p : all.value()) {
        if (p.kind == kind && p.source == source && p.ref == key)
            return p;
    }
    return Error::make(Error::Kind::Internal, Text::tr("The pin was not stored."));
}

Result<void> OfflineStore::unpin(qint64 pinId) {
    auto r = exec(m_db, "DELETE FROM offline_pins WHERE id = ?1 AND kind != 'essentials'",
                  [&](Statement &s) { s.bind(1, pinId); });
    if (r && m_db.changes() == 0)
        return Error::make(Error::Kind::NotFound,
                           Text::tr("Nothing pinned has that number (Essentials stays pinned)."));
    return r;
}

Result<QList<OfflinePin>> OfflineStore::pins() {
    auto s = Statement::prepare(
        m_db,
        "SELECT p.id, p.kind, p.source, p.ref, p.name, p.created_at, coalesce(p.synced_at, 0), "
        "count(pt.track_id), "
        "sum(CASE WHEN (t.source = 'local' AND t.available) OR f.state = 'verified' THEN 1 ELSE "
        "0 END), "
        "sum(CASE WHEN f.state = 'queued' THEN 1 ELSE 0 END), coalesce(sum(t.duration_ms), 0), "
        "coalesce(sum(CASE WHEN (t.source = 'local' AND t.available) OR f.state = 'verified' "
        "THEN t.duration_ms ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN f.state = 'verified' THEN f.size ELSE 0 END), 0) "
        "FROM offline_pins p LEFT JOIN offline_pin_tracks pt ON pt.pin_id = p.id "
        "LEFT JOIN tracks t ON t.id = pt.track_id LEFT JOIN offline_files f ON f.track_id = "
        "pt.track_id GROUP BY p.id ORDER BY p.kind != 'essentials', p.name COLLATE NOCASE");
    if (!s)
        return s.error();
    QList<OfflinePin> out;
    auto r = eachRow(s.value(), Text::tr("Reading what is kept offline"), [&](Statement &row) {
        OfflinePin p;
        p.id = row.int64(0);
        p.kind = pinKindFromKey(row.text(1)).value_or(PinKind::Playlist);
        p.source = row.text(2);
        p.ref = row.text(3);
        p.name = p.kind == PinKind::Essentials ? Text::tr("Emergency Essentials") : row.text(4);
        p.createdAtMs = row.int64(5);
        p.syncedAtMs = row.int64(6);
        p.tracks = row.integer(7);
        p.ready = row.integer(8);
        p.pending = row.integer(9);
        p.durationMs = row.int64(10);
        p.readyDurationMs = row.int64(11);
        p.bytes = row.int64(12);
        out.append(p);
    });
    if (!r)
        return r.error();
    return out;
}

Result<OfflinePin> OfflineStore::essentials() {
    auto all = pins();
    if (!all)
        return all.error();
    for (const OfflinePin &p : all.value()) {
        if (p.kind == PinKind::Essentials)
            return p;
    }
    return Error::make(Error::Kind::Corrupt, Text::tr("Emergency Essentials is missing."));
}

Result<void> OfflineStore::addPicks(const TrackIds &trackIds, qint64 nowMs) {
    return m_db.transaction([&]() -> Result<void> {
        auto s = Statement::prepare(m_db, "INSERT OR IGNORE INTO essentials_picks (track_id, "
                                          "added_at) SELECT id, ?2 FROM tracks WHERE id = ?1");
        if (!s)
            return s.error();
        for (qint64 id : trackIds) {
            if (auto r = s.value().bind(1, id).bind(2, nowMs).run(); !r)
                return r;
        }
        return {};
    });
}

Result<void> OfflineStore::removePicks(const TrackIds &trackIds) {
    return m_db.transaction([&]() -> Result<void> {
        auto s = Statement::prepare(m_db, "DELETE FROM essentials_picks WHERE track_id = ?1");
        if (!s)
            return s.error();
        for (qint64 id : trackIds) {
            if (auto r = s.value().bind(1, id).run(); !r)
                return r;
        }
        return {};
    });
}

Result<QSet<qint64>> OfflineStore::picks() {
    auto list = ids(m_db, "SELECT track_id FROM essentials_picks", {});
    if (!list)
        return list.error();
    return QSet<qint64>(list.value().cbegin(), list.value().cend());
}

Result<OfflineStore::Target> OfflineStore::groupOf(qint64 trackId, PinKind kind) {
    auto s = Statement::prepare(
        m_db, "SELECT t.source, coalesce(r.album_id, ''), coalesce(r.artist_id, ''), t.album, "
              "CASE WHEN t.album_artist != '' THEN t.album_artist ELSE t.artist END, t.artist "
              "FROM tracks t LEFT JOIN remote_songs r ON r.track_id = t.id WHERE t.id = ?1");
    if (!s)
        return s.error();
    s.value().bind(1, trackId);
    if (s.value().step() != Statement::Step::Row)
        return Error::make(Error::Kind::NotFound,
                           Text::tr("The song is no longer in the library."));
    const Statement &row = s.value();
    const QString source = row.text(0);
    const bool local = source == QLatin1String(Track::kLocalSource);
    if (kind == PinKind::Album)
        return Target{source, local ? row.text(4) + QChar(0x1f) + row.text(3) : row.text(1),
                      row.text(3)};
    return Target{source, local ? row.text(5) : row.text(2), row.text(5)};
}

Result<QHash<qint64, QList<qint64>>> OfflineStore::coverage() {
    auto s = Statement::prepare(m_db, "SELECT track_id, pin_id FROM offline_pin_tracks");
    if (!s)
        return s.error();
    QHash<qint64, QList<qint64>> out;
    auto r = eachRow(s.value(), Text::tr("Reading what is kept offline"),
                     [&](Statement &row) { out[row.int64(0)].append(row.int64(1)); });
    if (!r)
        return r.error();
    return out;
}

Result<TrackIds> OfflineStore::pinTracks(qint64 pinId) {
    return ids(m_db, "SELECT track_id FROM offline_pin_tracks WHERE pin_id = ?1 ORDER BY position",
               {QString::number(pinId)});
}

Result<QString> OfflineStore::freePath(const QString &wanted, const QString &songId) {
    auto s = Statement::prepare(m_db, "SELECT 1 FROM offline_files WHERE path = ?1");
    if (!s)
        return s.error();
    QString path = wanted;
    for (int i = 0; i < 3; ++i) {
        s.value().bind(1, path);
        const bool taken = s.value().step() == Statement::Step::Row;
        s.value().reset();
        if (!taken)
            return path;
        path = OfflinePath::disambiguated(wanted, i == 0 ? songId : songId + QString::number(i));
    }
    return Error::make(Error::Kind::Invalid,
                       Text::tr("No free file name for song %1.").arg(songId));
}

Result<void> OfflineStore::queueFile(qint64 trackId, bool pinned, int priority, qint64 nowMs) {
    auto s = Statement::prepare(
        m_db, "SELECT r.server_id, r.song_id, r.suffix, t.artist, t.album, t.disc_no, "
              "t.track_no, t.title, t.file_size, t.duration_ms, CASE WHEN t.album_artist != '' "
              "THEN t.album_artist ELSE t.artist END FROM remote_songs r JOIN tracks t ON t.id = "
              "r.track_id WHERE r.track_id = ?1");
    if (!s)
        return s.error();
    Statement &q = s.value();
    q.bind(1, trackId);
    if (q.step() != Statement::Step::Row)
        return {}; // a local track: nothing to download
    const QString serverId = q.text(0);
    const QString songId = q.text(1);
    QString suffix = q.text(2);
    if (suffix.isEmpty())
        suffix = QFileInfo(q.text(7)).suffix();
    const QString wanted = OfflinePath::forSong(serverId, q.text(10), q.text(4), q.integer(5),
                                                q.integer(6), q.text(7), suffix);
    const qint64 size = q.int64(8);
    const qint64 ms = q.int64(9);
    auto path = freePath(wanted, songId);
    if (!path)
        return path.error();
    return exec(m_db,
                "INSERT INTO offline_files (track_id, server_id, song_id, path, state, pinned, "
                "priority, expected_size, expected_ms, queued_at) VALUES (?1, ?2, ?3, ?4, "
                "'queued', ?5, ?6, ?7, ?8, ?9)",
                [&](Statement &st) {
                    st.bind(1, trackId).bind(2, serverId).bind(3, songId).bind(4, path.value());
                    st.bind(5, pinned ? 1 : 0).bind(6, priority).bind(7, size).bind(8, ms);
                    st.bind(9, nowMs);
                });
}

Result<OfflineStore::Reconciled> OfflineStore::reconcile(qint64 nowMs) {
    Reconciled out;
    auto settingsNow = settings();
    if (!settingsNow)
        return settingsNow.error();
    auto r = m_db.transaction([&]() -> Result<void> {
        auto all = pins();
        if (!all)
            return all.error();
        QHash<qint64, int> wanted; // track → priority
        auto clear = Statement::prepare(m_db, "DELETE FROM offline_pin_tracks WHERE pin_id = ?1");
        auto add = Statement::prepare(m_db, "INSERT INTO offline_pin_tracks (pin_id, position, "
                                            "track_id) VALUES (?1, ?2, ?3)");
        auto synced = Statement::prepare(m_db, "UPDATE offline_pins SET synced_at = ?2 WHERE id "
                                               "= ?1");
        if (!clear || !add || !synced)
            return (!clear ? clear.error() : !add ? add.error() : synced.error());
        for (const OfflinePin &p : all.value()) {
            auto songs = resolve(p, settingsNow.value());
            if (!songs)
                return songs.error();
            if (auto c = clear.value().bind(1, p.id).run(); !c)
                return c;
            for (int i = 0; i < songs.value().size(); ++i) {
                const qint64 id = songs.value().at(i);
                if (auto a = add.value().bind(1, p.id).bind(2, i).bind(3, id).run(); !a)
                    return a;
                wanted[id] = qMax(wanted.value(id), pinPriority(p.kind));
            }
            if (auto sy = synced.value().bind(1, p.id).bind(2, nowMs).run(); !sy)
                return sy;
        }

        // What is on disk (or on its way) and who still wants it.
        auto files = Statement::prepare(m_db, "SELECT id, track_id, path, pinned, priority FROM "
                                              "offline_files");
        if (!files)
            return files.error();
        QList<qint64> release;
        QList<QPair<qint64, int>> pinNow; // file id → priority
        QSet<qint64> present;
        auto read =
            eachRow(files.value(), Text::tr("Reading the offline files"), [&](Statement &row) {
                const qint64 fileId = row.int64(0);
                const bool orphan = row.isNull(1);
                const qint64 trackId = row.int64(1);
                present.insert(trackId);
                if (orphan || (row.integer(3) != 0 && !wanted.contains(trackId))) {
                    release.append(fileId);
                    out.releasedPaths.append(row.text(2));
                    if (!orphan)
                        out.releasedTracks.append(trackId);
                } else if (wanted.contains(trackId)) {
                    const int priority = qMax(row.integer(4), wanted.value(trackId));
                    if (row.integer(3) == 0 || priority != row.integer(4))
                        pinNow.append({fileId, priority});
                }
            });
        if (!read)
            return read;
        auto del = Statement::prepare(m_db, "DELETE FROM offline_files WHERE id = ?1");
        auto upd = Statement::prepare(m_db, "UPDATE offline_files SET pinned = 1, priority = ?2 "
                                            "WHERE id = ?1");
        if (!del || !upd)
            return !del ? del.error() : upd.error();
        for (qint64 id : release) {
            if (auto d = del.value().bind(1, id).run(); !d)
                return d;
        }
        for (const auto &[id, priority] : pinNow) {
            if (auto u = upd.value().bind(1, id).bind(2, priority).run(); !u)
                return u;
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            if (present.contains(it.key()))
                continue;
            if (auto q = queueFile(it.key(), true, it.value(), nowMs); !q)
                return q;
        }
        return {};
    });
    if (!r)
        return r.error();
    auto count = Statement::prepare(m_db, "SELECT count(*) FROM offline_files WHERE state = "
                                          "'queued'");
    if (count && count.value().step() == Statement::Step::Row)
        out.queued = count.value().integer(0);
    return out;
}

Result<QList<PlaylistFileEntry>> OfflineStore::playlistEntries(qint64 pinId,
                                                               const QString &offlineRoot) {
    auto s = Statement::prepare(
        m_db, "SELECT t.source, t.location, f.path, t.title, t.artist, t.album, t.duration_ms "
              "FROM offline_pin_tracks pt JOIN tracks t ON t.id = pt.track_id LEFT JOIN "
              "offline_files f ON f.track_id = t.id AND f.state = 'verified' WHERE pt.pin_id = "
              "?1 ORDER BY pt.position");
    if (!s)
        return s.error();
    s.value().bind(1, pinId);
    const QDir root(offlineRoot);
    QList<PlaylistFileEntry> out;
    auto r = eachRow(s.value(), Text::tr("Reading the songs of a pin"), [&](Statement &row) {
        const bool local = row.text(0) == QLatin1String(Track::kLocalSource);
        if (!local && row.isNull(2))
            return; // not here yet: another player could not play it either
        out.append({local ? row.text(1) : root.filePath(row.text(2)), row.text(3), row.text(4),
                    row.text(5), row.int64(6)});
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace refrain
