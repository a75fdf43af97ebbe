#include "core/history/recap.h"

#include "core/history/listenkey.h"
#include "core/history/recapcalendar.h"
#include "core/history/recapranking.h"
#include "core/library/database.h"
#include "core/library/statement.h"

#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

namespace refrain {

namespace {

constexpr int kTopCount = 10;

Error invalid(const QString &message) {
    return Error::make(Error::Kind::Invalid, message);
}

// Several reads that must see one moment of the history: a transaction of their own, unless
// the caller already holds one.
Result<void> snapshot(Database &db, const std::function<Result<void>()> &body) {
    if (!sqlite3_get_autocommit(db.handle()))
        return body();
    return db.readTransaction(body);
}

// The columns of a whole listen, read by readListen() from column 0.
constexpr auto kListenColumns =
    "SELECT l.id, l.uuid, a.name, t.name, COALESCE(al.name, ''), COALESCE(l.track_id, 0), "
    "COALESCE(l.server_id, ''), COALESCE(l.song_id, ''), l.started_at, l.utc_offset_s, "
    "l.played_ms, l.duration_ms, l.counted, l.origin FROM listens l "
    "JOIN history_artists a ON a.id = l.artist_ref JOIN history_tracks t ON t.id = l.track_ref "
    "LEFT JOIN history_albums al ON al.id = l.album_ref ";

Listen readListen(const Statement &s) {
    Listen listen;
    listen.id = s.int64(0);
    listen.uuid = s.text(1);
    listen.artist = s.text(2);
    listen.title = s.text(3);
    listen.album = s.text(4);
    listen.trackId = s.int64(5);
    listen.serverId = s.text(6);
    listen.songId = s.text(7);
    listen.startedAt = QDateTime::fromMSecsSinceEpoch(s.int64(8), Qt::UTC);
    listen.utcOffsetSeconds = s.integer(9);
    listen.playedMs = s.int64(10);
    listen.durationMs = s.int64(11);
    listen.counted = s.integer(12) != 0;
    listen.origin = s.text(13);
    return listen;
}

// Everything the one pass over the period's listens adds up.
struct PeriodTally {
    explicit PeriodTally(const RecapCalendar &calendar, qint64 maxArtist, qint64 maxTrack,
                         qint64 maxAlbum)
        : artists(maxArtist)
        , tracks(maxTrack)
        , albums(maxAlbum)
        , monthTracks(maxTrack)
        , dayListens(std::size_t(calendar.dayCount()))
        , dayMs(std::size_t(calendar.dayCount())) {}

    qint64 listens = 0;
    qint64 playedMs = 0;
    TallyById artists;
    TallyById tracks;
    TallyById albums;
    // Tracks of the month being read; kept per month as the read moves on.
    TallyById monthTracks;
    int month = 0;
    std::array<std::vector<RefTally>, 12> byMonth;
    std::vector<qint64> dayListens;
    std::vector<qint64> dayMs;
    std::array<qint64, 24> hourListens{};
    std::array<std::array<qint64, 24>, 7> weekdayHour{};

    void closeMonth() {
        if (month == 0)
            return;
        std::vector<RefTally> &kept = byMonth[std::size_t(month - 1)];
        const std::vector<RefTally> entries = monthTracks.entries();
        kept.insert(kept.end(), entries.begin(), entries.end());
        monthTracks.clear();
    }
};

Result<std::array<qint64, 3>> maxHistoryIds(Database &db) {
    auto read = Statement::prepare(db, "SELECT (SELECT MAX(id) FROM history_artists), "
                                       "(SELECT MAX(id) FROM history_tracks), "
                                       "(SELECT MAX(id) FROM history_albums)");
    if (!read)
        return read.error();
    if (read.value().step() != Statement::Step::Row)
        return read.value().error(QStringLiteral("Reading your history"));
    return std::array<qint64, 3>{read.value().int64(0), read.value().int64(1),
                                 read.value().int64(2)};
}

// One query in time order; each listen goes to its local day, hour and month.
Result<void> readPeriod(Database &db, RecapCalendar &calendar, PeriodTally &tally) {
    auto read = Statement::prepare(
        db, "SELECT started_at, played_ms, track_ref, artist_ref, COALESCE(album_ref, 0) "
            "FROM listens WHERE started_at >= ?1 AND started_at < ?2 AND counted = 1 "
            "ORDER BY started_at, id");
    if (!read)
        return read.error();
    Statement &s = read.value();
    s.bind(1, calendar.startUtcMs()).bind(2, calendar.endUtcMs());
    Statement::Step step;
    while ((step = s.step()) == Statement::Step::Row) {
        const RecapCalendar::Position at = calendar.locate(s.int64(0));
        if (at.day < 0)
            continue;
        const qint64 played = s.int64(1);
        const qint64 track = s.int64(2);
        const qint64 album = s.int64(4);
        ++tally.listens;
        tally.playedMs += played;
        tally.artists.add(s.int64(3), 1, played);
        tally.tracks.add(track, 1, played);
        if (album > 0)
            tally.albums.add(album, 1, played);
        if (const int month = calendar.month(at.day); month != tally.month) {
            tally.closeMonth();
            tally.month = month;
        }
        tally.monthTracks.add(track, 1, played);
        ++tally.dayListens[std::size_t(at.day)];
        tally.dayMs[std::size_t(at.day)] += played;
        ++tally.hourListens[std::size_t(at.hour)];
        ++tally.weekdayHour[std::size_t(calendar.weekdayIndex(at.day))][std::size_t(at.hour)];
    }
    if (step == Statement::Step::Failed)
        return s.error(QStringLiteral("Reading your listening history"));
    tally.closeMonth();
    return {};
}

// Artists seen in the period (in order of their first listen there) that have no counted
// listen before it.
Result<QStringList> newArtists(Database &db, const std::vector<qint64> &artistsInOrder,
                               qint64 periodStartUtcMs) {
    auto earlier = Statement::prepare(db, "SELECT 1 FROM listens WHERE artist_ref = ?1 AND "
                                          "started_at < ?2 AND counted = 1 LIMIT 1");
    if (!earlier)
        return earlier.error();
    Statement &s = earlier.value();
    std::vector<qint64> fresh;
    for (const qint64 artist : artistsInOrder) {
        s.bind(1, artist).bind(2, periodStartUtcMs);
        const Statement::Step step = s.step();
        if (step == Statement::Step::Failed)
            return s.error(QStringLiteral("Reading your listening history"));
        if (step == Statement::Step::Done)
            fresh.push_back(artist);
        s.reset();
    }
    auto names = historyNames(db, HistoryTable::Artists, fresh);
    if (!names)
        return names.error();
    QStringList out;
    out.reserve(qsizetype(fresh.size()));
    for (const qint64 artist : fresh)
        out.append(names.value().value(artist).name);
    return out;
}

// Streak, busiest day and hour, the charts: all from the per-day and per-hour counts.
void fillDays(Recap &recap, const RecapCalendar &calendar, const PeriodTally &tally) {
    int run = 0;
    for (int day = 0; day < calendar.dayCount(); ++day) {
        const qint64 listens = tally.dayListens[std::size_t(day)];
        const qint64 ms = tally.dayMs[std::size_t(day)];
        run = listens > 0 ? run + 1 : 0;
        if (run > recap.longestStreakDays) {
            recap.longestStreakDays = run;
            recap.longestStreakStart = calendar.date(day - run + 1);
        }
        if (listens > recap.busiestDayListens) {
            recap.busiestDayListens = listens;
            recap.busiestDay = calendar.date(day);
        }
        // Per month for a year, per day for a month: summed first, rounded down once.
        const std::size_t bucket = std::size_t(recap.month == 0 ? calendar.month(day) - 1 : day);
        recap.minutesPerPeriod[bucket] += ms;
    }
    for (qint64 &minutes : recap.minutesPerPeriod)
        minutes = wholeMinutes(minutes);
    recap.weekdayHour = tally.weekdayHour;
    for (int hour = 0; hour < 24; ++hour) {
        if (tally.hourListens[std::size_t(hour)] > recap.busiestHourListens) {
            recap.busiestHourListens = tally.hourListens[std::size_t(hour)];
            recap.busiestHour = hour;
        }
    }
}

} // namespace

Result<Recap> computeRecap(Database &db, int year, int month, const QTimeZone &zone) {
    if (!zone.isValid())
        return invalid(QStringLiteral("Unknown time zone."));
    if (year < 1 || year > 9999 || month < 0 || month > 12)
        return invalid(
            QStringLiteral("A recap needs a year and, optionally, a month from 1 to 12."));

    Recap recap;
    recap.year = year;
    recap.month = month;
    recap.timeZone = QString::fromUtf8(zone.id());
    const QDate first(year, month == 0 ? 1 : month, 1);
    const QDate end = month == 0 ? first.addYears(1) : first.addMonths(1);
    RecapCalendar calendar(zone, first, end);

    auto done = snapshot(db, [&]() -> Result<void> {
        auto maxIds = maxHistoryIds(db);
        if (!maxIds)
            return maxIds.error();
        PeriodTally tally(calendar, maxIds.value()[0], maxIds.value()[1], maxIds.value()[2]);
        if (auto read = readPeriod(db, calendar, tally); !read)
            return read;
        recap.listens = tally.listens;
        recap.minutes = wholeMinutes(tally.playedMs);

        auto artists = topRanked(db, HistoryTable::Artists, tally.artists.entries(), kTopCount);
        if (!artists)
            return artists.error();
        recap.topArtists = std::move(artists).value();
        auto tracks = topRanked(db, HistoryTable::Tracks, tally.tracks.entries(), kTopCount);
        if (!tracks)
            return tracks.error();
        recap.topTracks = std::move(tracks).value();
        auto albums = topRanked(db, HistoryTable::Albums, tally.albums.entries(), kTopCount);
        if (!albums)
            return albums.error();
        recap.topAlbums = std::move(albums).value();
        auto genres = topGenres(db, tally.tracks, kTopCount);
        if (!genres)
            return genres.error();
        recap.topGenres = std::move(genres).value();

        auto fresh = newArtists(db, tally.artists.seen(), calendar.startUtcMs());
        if (!fresh)
            return fresh.error();
        recap.newArtists = std::move(fresh).value();

        for (int m = 1; m <= 12; ++m) {
            std::vector<RefTally> &entries = tally.byMonth[std::size_t(m - 1)];
            if (entries.empty())
                continue;
            // A month read in two parts (a clock turned back over its first midnight) holds a
            // track twice; add the parts up first.
            TallyById merged;
            for (const RefTally &e : entries)
                merged.add(e.ref, e.tally.listens, e.tally.playedMs);
            auto top = topRanked(db, HistoryTable::Tracks, merged.entries(), 1);
            if (!top)
                return top.error();
            if (!top.value().isEmpty())
                recap.topTrackByMonth.append({m, top.value().first()});
        }
        fillDays(recap, calendar, tally);
        return {};
    });
    if (!done)
        return done.error();
    return recap;
}

Result<QList<OnThisDayYear>> onThisDay(Database &db, const QDate &date, const QTimeZone &zone) {
    if (!zone.isValid())
        return invalid(QStringLiteral("Unknown time zone."));
    if (!date.isValid())
        return invalid(QStringLiteral("“On this day” needs a valid date."));
    QList<OnThisDayYear> years;
    auto done = snapshot(db, [&]() -> Result<void> {
        auto earliest =
            Statement::prepare(db, "SELECT MIN(started_at) FROM listens WHERE counted = 1");
        if (!earliest)
            return earliest.error();
        if (earliest.value().step() != Statement::Step::Row)
            return earliest.value().error(QStringLiteral("Reading your listening history"));
        if (earliest.value().isNull(0))
            return {};
        const int firstYear =
            QDateTime::fromMSecsSinceEpoch(earliest.value().int64(0), zone).date().year();

        const QByteArray sql = QByteArray(kListenColumns)
                               + "WHERE l.started_at >= ?1 AND l.started_at < ?2 AND "
                                 "l.counted = 1 ORDER BY l.started_at, l.id";
        auto read = Statement::prepare(db, sql.constData());
        if (!read)
            return read.error();
        Statement &s = read.value();
        for (int year = date.year() - 1; year >= firstYear; --year) {
            // QDate refuses 29 February in a year without one: that year has no such day.
            const QDate day(year, date.month(), date.day());
            if (!day.isValid())
                continue;
            s.bind(1, day.startOfDay(zone).toMSecsSinceEpoch())
                .bind(2, day.addDays(1).startOfDay(zone).toMSecsSinceEpoch());
            OnThisDayYear found{year, {}};
            Statement::Step step;
            while ((step = s.step()) == Statement::Step::Row)
                found.listens.append(readListen(s));
            if (step == Statement::Step::Failed)
                return s.error(QStringLiteral("Reading your listening history"));
            s.reset();
            if (!found.listens.isEmpty())
                years.append(std::move(found));
        }
        return {};
    });
    if (!done)
        return done.error();
    return years;
}

Result<std::optional<FirstListen>> firstListen(Database &db, const QString &artist,
                                               const QString &title, const QString &album,
                                               const QTimeZone &zone) {
    if (!zone.isValid())
        return invalid(QStringLiteral("Unknown time zone."));
    if (artist.trimmed().isEmpty())
        return invalid(QStringLiteral("“First heard” needs an artist."));
    std::optional<FirstListen> found;
    auto done = snapshot(db, [&]() -> Result<void> {
        const QString context = QStringLiteral("Reading your listening history");
        auto findArtist =
            Statement::prepare(db, "SELECT id, name FROM history_artists WHERE key = ?1");
        if (!findArtist)
            return findArtist.error();
        findArtist.value().bind(1, listenkey::normalize(artist.simplified()));
        const Statement::Step artistStep = findArtist.value().step();
        if (artistStep == Statement::Step::Failed)
            return findArtist.value().error(context);
        if (artistStep == Statement::Step::Done)
            return {};
        FirstListen first;
        const qint64 artistId = findArtist.value().int64(0);
        first.artist = findArtist.value().text(1);

        // The subject: a track (title given), else an album, else the artist.
        const char *column = "artist_ref";
        qint64 subject = artistId;
        const bool byTitle = !title.trimmed().isEmpty();
        const bool byAlbum = !byTitle && !album.trimmed().isEmpty();
        if (byTitle || byAlbum) {
            auto findChild = Statement::prepare(
                db, byTitle
                        ? "SELECT id, name FROM history_tracks WHERE artist_id = ?1 AND key = ?2"
                        : "SELECT id, name FROM history_albums WHERE artist_id = ?1 AND key = ?2");
            if (!findChild)
                return findChild.error();
            findChild.value()
                .bind(1, artistId)
                .bind(2, listenkey::normalize((byTitle ? title : album).simplified()));
            const Statement::Step step = findChild.value().step();
            if (step == Statement::Step::Failed)
                return findChild.value().error(context);
            if (step == Statement::Step::Done)
                return {};
            subject = findChild.value().int64(0);
            (byTitle ? first.title : first.album) = findChild.value().text(1);
            column = byTitle ? "track_ref" : "album_ref";
        }

        // The column name is one of ours, never user text.
        const QByteArray where = QByteArray("WHERE l.") + column + " = ?1 AND l.counted = 1 ";
        const QByteArray firstSql =
            QByteArray(kListenColumns) + where + "ORDER BY l.started_at, l.id LIMIT 1";
        auto read = Statement::prepare(db, firstSql.constData());
        if (!read)
            return read.error();
        read.value().bind(1, subject);
        const Statement::Step step = read.value().step();
        if (step == Statement::Step::Failed)
            return read.value().error(context);
        if (step == Statement::Step::Done)
            return {}; // plays only, never a listen
        first.listen = readListen(read.value());
        first.localDate = first.listen.startedAt.toTimeZone(zone).date();

        const QByteArray countSql = QByteArray("SELECT COUNT(*) FROM listens l ") + where;
        auto count = Statement::prepare(db, countSql.constData());
        if (!count)
            return count.error();
        count.value().bind(1, subject);
        if (count.value().step() != Statement::Step::Row)
            return count.value().error(context);
        first.totalListens = count.value().int64(0);
        found = std::move(first);
        return {};
    });
    if (!done)
        return done.error();
    return found;
}

} // namespace refrain
