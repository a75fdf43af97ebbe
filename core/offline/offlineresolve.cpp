// OfflineStore's answer to "which songs does this pin want now": Emergency Essentials' fill
// within its budget, and the songs of a kept playlist, album or artist.
#include "core/offline/offlinestore.h"

#include "core/library/statement.h"
#include "core/offline/offlinestore_p.h"

#include <QSet>

namespace refrain {

using offlinestore::ids;

Result<TrackIds> OfflineStore::essentialsFill(const OfflineSettings &settings) {
    // The user's picks always; then starred songs, the server's most played, then what was
    // heard most recently (listening history: by library track, or by server and song for
    // listens whose track row was made again by a later sync), until the budget is met.
    auto picks = ids(m_db, "SELECT track_id FROM essentials_picks ORDER BY added_at, track_id", {});
    if (!picks)
        return picks.error();
    auto candidates = ids(m_db,
                          "SELECT track_id FROM remote_songs WHERE starred_at IS NOT NULL "
                          "ORDER BY starred_at DESC, track_id",
                          {});
    if (!candidates)
        return candidates.error();
    auto played = ids(m_db,
                      "SELECT track_id FROM remote_songs WHERE play_count > 0 AND starred_at IS "
                      "NULL ORDER BY play_count DESC, track_id",
                      {});
    if (!played)
        return played.error();
    auto recent = ids(m_db,
                      "SELECT track_id FROM (SELECT r.track_id AS track_id, MAX(l.started_at) AS "
                      "heard FROM listens l JOIN remote_songs r ON r.track_id = l.track_id WHERE "
                      "l.counted = 1 GROUP BY r.track_id UNION ALL SELECT r.track_id, "
                      "MAX(l.started_at) FROM listens l JOIN remote_songs r ON r.server_id = "
                      "l.server_id AND r.song_id = l.song_id WHERE l.counted = 1 AND l.track_id "
                      "IS NULL GROUP BY r.track_id) GROUP BY track_id ORDER BY MAX(heard) DESC, "
                      "track_id LIMIT 5000",
                      {});
    if (!recent)
        return recent.error();

    auto sizes = Statement::prepare(m_db, "SELECT duration_ms, CASE WHEN source = 'local' THEN 0 "
                                          "ELSE file_size END FROM tracks WHERE id = ?1");
    if (!sizes)
        return sizes.error();
    const double msBudget = settings.essentialsHours * 3'600'000.0;
    const double byteBudget = settings.essentialsGb * 1e9;
    double ms = 0;
    double bytes = 0;
    TrackIds out;
    QSet<qint64> seen;
    const auto take = [&](qint64 id, bool always) {
        if (seen.contains(id))
            return true;
        Statement &s = sizes.value();
        s.bind(1, id);
        if (s.step() != Statement::Step::Row) {
            s.reset();
            return true;
        }
        const double d = double(s.int64(0));
        const double b = double(s.int64(1));
        s.reset();
        const bool fits =
            (msBudget <= 0 || ms + d <= msBudget) && (byteBudget <= 0 || bytes + b <= byteBudget);
        if (!always && !fits)
            return false; // the budget is met
        seen.insert(id);
        out.append(id);
        ms += d;
        bytes += b;
        return true;
    };
    for (qint64 id : picks.value())
        take(id, true);
    for (const TrackIds *list : {&candidates.value(), &played.value(), &recent.value()}) {
        for (qint64 id : *list) {
            if (!take(id, false))
                return out;
        }
    }
    return out;
}

Result<TrackIds> OfflineStore::resolve(const OfflinePin &p, const OfflineSettings &settings) {
    const bool local = p.source == QLatin1String(Track::kLocalSource);
    switch (p.kind) {
    case PinKind::Essentials:
        return essentialsFill(settings);
    case PinKind::Playlist:
        return ids(m_db,
                   "SELECT i.track_id FROM playlist_items i JOIN playlists p ON p.id = "
                   "i.playlist_id WHERE CAST(i.playlist_id AS TEXT) = ?1 AND p.deleted_at IS NULL "
                   "AND i.track_id IS NOT NULL ORDER BY i.position",
                   {p.ref});
    case PinKind::ServerPlaylist:
        return ids(m_db,
                   "SELECT r.track_id FROM remote_playlist_items i JOIN remote_songs r ON "
                   "r.server_id = i.server_id AND r.song_id = i.song_id WHERE i.server_id = ?1 "
                   "AND i.playlist_id = ?2 ORDER BY i.position",
                   {p.source, p.ref});
    case PinKind::Album:
        if (local)
            return ids(m_db,
                       "SELECT id FROM tracks WHERE source = 'local' AND CASE WHEN album_artist "
                       "!= '' THEN album_artist ELSE artist END || char(31) || album = ?1 ORDER "
                       "BY disc_no, track_no, file_name",
                       {p.ref});
        return ids(m_db,
                   "SELECT t.id FROM remote_songs r JOIN tracks t ON t.id = r.track_id WHERE "
                   "r.server_id = ?1 AND r.album_id = ?2 ORDER BY t.disc_no, t.track_no, t.title",
                   {p.source, p.ref});
    case PinKind::Artist:
        if (local)
            return ids(m_db,
                       "SELECT id FROM tracks WHERE source = 'local' AND (artist = ?1 OR "
                       "album_artist = ?1) ORDER BY album, disc_no, track_no, file_name",
                       {p.ref});
        return ids(m_db,
                   "SELECT t.id FROM remote_songs r JOIN tracks t ON t.id = r.track_id WHERE "
                   "r.server_id = ?1 AND r.artist_id = ?2 ORDER BY t.album, t.disc_no, "
                   "t.track_no, t.title",
                   {p.source, p.ref});
    }
    return TrackIds{};
}

} // namespace refrain
