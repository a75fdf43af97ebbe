// The nostalgia engine on a real history file: recaps whose days, hours and streaks follow the
// user's time zone across DST changes and New Year's Eve, top lists ranked with their ties,
// minutes rounded down, plays that are not listens left out, new artists per year, "on this day"
// with 29 February, and "first heard" found by any spelling of a name.
#include "core/history/listen.h"
#include "core/history/listenstore.h"
#include "core/history/recap.h"
#include "core/history/recapcalendar.h"
#include "core/library/database.h"
#include "core/library/trackstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>
#include <tuple>

namespace refrain::test {

namespace {

QDateTime at(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QTimeZone zone(const char *id) {
    return QTimeZone(QByteArray(id));
}

using Cells = QList<std::tuple<int, int, qint64>>; // weekday (0 = Monday), hour, listens

std::array<std::array<qint64, 24>, 7> heatMap(const Cells &cells) {
    std::array<std::array<qint64, 24>, 7> out{};
    for (const auto &[weekday, hour, listens] : cells)
        out[std::size_t(weekday)][std::size_t(hour)] = listens;
    return out;
}

std::array<qint64, 31> perPeriod(const QList<std::pair<int, qint64>> &buckets) {
    std::array<qint64, 31> out{};
    for (const auto &[index, minutes] : buckets)
        out[std::size_t(index)] = minutes;
    return out;
}

RankedItem item(const char *name, const char *artist, qint64 listens, qint64 minutes) {
    return {QString::fromUtf8(name), QString::fromUtf8(artist), listens, minutes};
}

QList<int> monthsOf(const Recap &recap) {
    QList<int> months;
    for (const MonthTop &top : recap.topTrackByMonth)
        months.append(top.month);
    return months;
}

} // namespace

class TestRecap : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<ListenStore> m_store;

    Database &db() { return *m_db; }

    // Records one play made here, as the player would.
    void play(const char *artist, const char *title, const char *start, qint64 playedMs,
              bool counted = true, const char *album = "", qint64 trackId = 0) {
        Listen l;
        l.artist = QString::fromUtf8(artist);
        l.title = QString::fromUtf8(title);
        l.album = QString::fromUtf8(album);
        l.startedAt = at(start);
        l.playedMs = playedMs;
        l.counted = counted;
        l.trackId = trackId;
        auto stored = m_store->record(l, {});
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
    }

    Recap recap(int year, int month, const char *zoneId) {
        auto r = computeRecap(db(), year, month, zone(zoneId));
        if (!r.ok())
            qWarning() << r.error().message;
        return r.valueOr(Recap{});
    }

    // The Berlin listens of tests/data/history/recap/expected.py, one track each.
    void berlinAroundDst() {
        const char *starts[] = {
            "2021-03-26T12:00:00+01:00", "2021-03-27T23:30:00+01:00", "2021-03-28T00:30:00+01:00",
            "2021-03-28T03:30:00+02:00", "2021-03-28T23:30:00+02:00", "2021-03-29T00:30:00+02:00",
            "2021-03-31T23:30:00+02:00", "2021-04-01T00:30:00+02:00", "2021-10-30T23:30:00+02:00",
            "2021-10-31T00:30:00+02:00", "2021-10-31T02:30:00+02:00", "2021-10-31T02:30:00+01:00",
            "2021-10-31T23:30:00+01:00", "2021-11-01T00:30:00+01:00"};
        int n = 0;
        for (const char *start : starts)
            play("Kraftwerk", QByteArray("Track " + QByteArray::number(++n)).constData(), start,
                 200'000);
    }

private Q_SLOTS:
    void init() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("history-%1.db"))
                                     .arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db.emplace(std::move(db).value());
        m_store.emplace(*m_db);
    }
    void cleanup() {
        m_store.reset();
        m_db.reset();
    }

    // Spring forward in Berlin (2021-03-28, 02:00 → 03:00): a listen at 00:30 local belongs to
    // the 28th there but to the 27th in UTC, one at 00:30 on the 29th to the 28th in UTC, and
    // 00:30 on 1 April is still March in UTC. Expected figures: expected.py (zoneinfo), blocks
    // "Europe/Berlin 2021 3" and "UTC 2021 3"; checked by hand against the offsets in the data.
    void daysFollowTheZoneAcrossSpringForward() {
        berlinAroundDst();
        const Recap berlin = recap(2021, 3, "Europe/Berlin");
        QCOMPARE(berlin.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(berlin.listens, 7);
        QCOMPARE(berlin.minutes, 23); // 7 × 200 s = 23.3 min
        QCOMPARE(berlin.longestStreakDays, 4);
        QCOMPARE(berlin.longestStreakStart, QDate(2021, 3, 26));
        QCOMPARE(berlin.busiestDay, QDate(2021, 3, 28));
        QCOMPARE(berlin.busiestDayListens, 3);
        QCOMPARE(berlin.busiestHour, 23);
        QCOMPARE(berlin.busiestHourListens, 3);
        QCOMPARE(berlin.minutesPerPeriod,
                 perPeriod({{25, 3}, {26, 3}, {27, 10}, {28, 3}, {30, 3}}));
        QCOMPARE(
            berlin.weekdayHour,
            heatMap(
                {{0, 0, 1}, {2, 23, 1}, {4, 12, 1}, {5, 23, 1}, {6, 0, 1}, {6, 3, 1}, {6, 23, 1}}));

        const Recap utc = recap(2021, 3, "UTC");
        QCOMPARE(utc.listens, 8);
        QCOMPARE(utc.minutes, 26);
        QCOMPARE(utc.longestStreakDays, 3);
        QCOMPARE(utc.longestStreakStart, QDate(2021, 3, 26));
        QCOMPARE(utc.busiestDay, QDate(2021, 3, 28));
        QCOMPARE(utc.busiestHour, 22);
        QCOMPARE(utc.busiestHourListens, 3);
        QCOMPARE(utc.minutesPerPeriod, perPeriod({{25, 3}, {26, 6}, {27, 10}, {30, 6}}));

        // April in Berlin holds the listen UTC puts in March.
        const Recap april = recap(2021, 4, "Europe/Berlin");
        QCOMPARE(april.listens, 1);
        QCOMPARE(april.busiestDay, QDate(2021, 4, 1));
        QCOMPARE(april.busiestHour, 0);
        QCOMPARE(april.weekdayHour, heatMap({{3, 0, 1}}));
        QCOMPARE(recap(2021, 4, "UTC").listens, 0);
    }

    // Fall back in Berlin (2021-10-31, 03:00 → 02:00): both 02:30s are hour 2 of the 31st, so
    // hour 2 ties hour 23 and the lower hour wins; 00:30 on 1 November is October in UTC.
    // Expected: expected.py blocks "Europe/Berlin 2021 10", "UTC 2021 10", "Europe/Berlin 2021 0".
    void theRepeatedHourCountsTwiceInItsHour() {
        berlinAroundDst();
        const Recap berlin = recap(2021, 10, "Europe/Berlin");
        QCOMPARE(berlin.listens, 5);
        QCOMPARE(berlin.minutes, 16);
        QCOMPARE(berlin.busiestDay, QDate(2021, 10, 31));
        QCOMPARE(berlin.busiestDayListens, 4);
        QCOMPARE(berlin.busiestHour, 2);
        QCOMPARE(berlin.busiestHourListens, 2);
        QCOMPARE(berlin.longestStreakDays, 2);
        QCOMPARE(berlin.minutesPerPeriod, perPeriod({{29, 3}, {30, 13}}));
        QCOMPARE(berlin.weekdayHour, heatMap({{5, 23, 1}, {6, 0, 1}, {6, 2, 2}, {6, 23, 1}}));

        const Recap utc = recap(2021, 10, "UTC");
        QCOMPARE(utc.listens, 6);
        QCOMPARE(utc.busiestHour, 22);
        QCOMPARE(utc.weekdayHour,
                 heatMap({{5, 21, 1}, {5, 22, 1}, {6, 0, 1}, {6, 1, 1}, {6, 22, 1}, {6, 23, 1}}));

        // The year: months by the local start, the busiest day in autumn (4 beats March's 3).
        const Recap year = recap(2021, 0, "Europe/Berlin");
        QCOMPARE(year.listens, 14);
        QCOMPARE(year.minutes, 46);
        QCOMPARE(year.busiestDay, QDate(2021, 10, 31));
        QCOMPARE(year.busiestHour, 0);
        QCOMPARE(year.busiestHourListens, 5);
        QCOMPARE(year.longestStreakDays, 4);
        QCOMPARE(year.longestStreakStart, QDate(2021, 3, 26));
        QCOMPARE(year.minutesPerPeriod, perPeriod({{2, 23}, {3, 3}, {9, 16}, {10, 3}}));
        QCOMPARE(monthsOf(year), (QList<int>{3, 4, 10, 11}));
        QCOMPARE(monthsOf(recap(2021, 0, "UTC")), (QList<int>{3, 10}));
    }

    // New Year's Eve: 20:00 on 31 December in Los Angeles is 04:00 on 1 January UTC; 09:00 on
    // 1 January in Auckland is 20:00 on 31 December UTC. Expected: expected.py, NEW_YEAR blocks.
    void newYearsEveBelongsToTheLocalYear() {
        play("Auld", "Lang Syne", "2020-12-31T20:00:00-08:00", 240'000);
        play("Auld", "Kiwi", "2021-01-01T09:00:00+13:00", 240'000);
        play("Auld", "Before", "2020-12-30T12:00:00Z", 240'000);
        play("Auld", "After", "2021-01-02T12:00:00Z", 240'000);

        const Recap la2020 = recap(2020, 0, "America/Los_Angeles");
        QCOMPARE(la2020.listens, 3);
        QCOMPARE(la2020.minutes, 12);
        QCOMPARE(la2020.busiestDay, QDate(2020, 12, 31));
        QCOMPARE(la2020.busiestDayListens, 2);
        QCOMPARE(la2020.longestStreakDays, 2);
        QCOMPARE(la2020.longestStreakStart, QDate(2020, 12, 30));
        QCOMPARE(la2020.busiestHour, 4); // hours 4, 12, 20 once each: the lowest
        QCOMPARE(la2020.weekdayHour, heatMap({{2, 4, 1}, {3, 12, 1}, {3, 20, 1}}));
        QCOMPARE(la2020.minutesPerPeriod, perPeriod({{11, 12}}));
        QCOMPARE(recap(2021, 0, "America/Los_Angeles").listens, 1);

        const Recap utc2020 = recap(2020, 0, "UTC");
        QCOMPARE(utc2020.listens, 2);
        QCOMPARE(utc2020.busiestDay, QDate(2020, 12, 30)); // 1 and 1: the earlier day
        QCOMPARE(utc2020.busiestHour, 12);
        const Recap utc2021 = recap(2021, 0, "UTC");
        QCOMPARE(utc2021.listens, 2);
        QCOMPARE(utc2021.busiestDay, QDate(2021, 1, 1));
        QCOMPARE(utc2021.weekdayHour, heatMap({{4, 4, 1}, {5, 12, 1}}));

        const Recap nz2021 = recap(2021, 0, "Pacific/Auckland");
        QCOMPARE(nz2021.listens, 3);
        QCOMPARE(nz2021.busiestDay, QDate(2021, 1, 1));
        QCOMPARE(nz2021.longestStreakDays, 1); // 1 and 3 January, not consecutive
        QCOMPARE(nz2021.weekdayHour, heatMap({{4, 9, 1}, {4, 17, 1}, {6, 1, 1}}));
        const Recap nz2020 = recap(2020, 0, "Pacific/Auckland");
        QCOMPARE(nz2020.listens, 1);
        QCOMPARE(nz2020.busiestDay, QDate(2020, 12, 31));
        QCOMPARE(nz2020.busiestHour, 1);
    }

    // Ranking, worked out by hand: listens first; then whole minutes, so "delta" (420 s, 7 min)
    // ties "Gamma" (474 s, 7.9 → 7 min) and wins on the name; "alpha"/"Beta" by name ignoring
    // case; "Echo" before "echo" (same letters, exact order); two "Foxtrot"s by artist. Twelve
    // tracks, six of them at 1 listen and 5 minutes for the last five places: "Golf" drops out.
    // Five plays that are not listens change nothing.
    void topListsBreakTiesByMinutesNameAndArtist() {
        TrackStore library(db());
        auto root = library.ensureRoot(QStringLiteral("/music"));
        QVERIFY(root.ok());
        auto track = [](const char *title, const char *genre) {
            Track t;
            t.source = QString::fromLatin1(Track::kLocalSource);
            t.title = QString::fromUtf8(title);
            t.artist = QStringLiteral("Ann");
            t.genre = QString::fromUtf8(genre);
            t.durationMs = 300'000;
            t.location = QStringLiteral("/music/") + t.title;
            t.fileName = t.title;
            return t;
        };
        TrackList tracks{track("Hotel", "Pop"), track("alpha", "pop"), track("Gamma", "Jazz"),
                         track("delta", "")};
        QVERIFY(library.write(tracks, root.value(), 1).ok());

        for (int i = 0; i < 3; ++i)
            play("Ann", "Hotel", "2022-01-03T10:00:00Z", 60'000, true, "Album One",
                 tracks.at(0).id);
        for (int i = 0; i < 2; ++i) {
            play("Ann", "alpha", "2022-02-03T10:00:00Z", 200'000, true, "Album One",
                 tracks.at(1).id);
            play("Ann", "Beta", "2022-02-04T10:00:00Z", 200'000, true, "Album One");
            play("Ann", "Gamma", "2022-03-03T10:00:00Z", 237'000, true, "album two",
                 tracks.at(2).id);
            play("Ann", "delta", "2022-03-04T10:00:00Z", 210'000, true, "album two",
                 tracks.at(3).id);
        }
        play("Zed", "Echo", "2022-04-01T10:00:00Z", 300'000);
        play("Ann", "echo", "2022-04-02T10:00:00Z", 300'000);
        play("Zed", "Foxtrot", "2022-04-03T10:00:00Z", 300'000);
        play("Ann", "Foxtrot", "2022-04-04T10:00:00Z", 300'000);
        play("Ann", "Golf", "2022-04-05T10:00:00Z", 300'000);
        play("Zed", "Apple", "2022-04-06T10:00:00Z", 300'000);
        play("Ann", "India", "2022-04-07T10:00:00Z", 240'000);
        for (int i = 0; i < 5; ++i)
            play("Ann", "Beta", "2022-05-01T10:00:00Z", 20'000, false);
        play("Nobody", "Zulu", "2022-05-02T10:00:00Z", 10'000, false);

        const Recap r = recap(2022, 0, "UTC");
        QCOMPARE(r.listens, 18);
        // 3,914 s of listens: 65 minutes, while the tracks' own floors add up to only 63.
        QCOMPARE(r.minutes, 65);
        QCOMPARE(r.topTracks, (QList<RankedItem>{
                                  item("Hotel", "Ann", 3, 3),
                                  item("delta", "Ann", 2, 7),
                                  item("Gamma", "Ann", 2, 7),
                                  item("alpha", "Ann", 2, 6),
                                  item("Beta", "Ann", 2, 6),
                                  item("Apple", "Zed", 1, 5),
                                  item("Echo", "Zed", 1, 5),
                                  item("echo", "Ann", 1, 5),
                                  item("Foxtrot", "Ann", 1, 5),
                                  item("Foxtrot", "Zed", 1, 5),
                              }));
        // Ann: 15 listens, 3,014 s; Zed: 3 listens, 900 s. "Nobody" only played, never listened.
        QCOMPARE(r.topArtists,
                 (QList<RankedItem>{item("Ann", "", 15, 50), item("Zed", "", 3, 15)}));
        QCOMPARE(r.topAlbums, (QList<RankedItem>{item("Album One", "Ann", 7, 16),
                                                 item("album two", "Ann", 4, 14)}));
        // Genres from the library tracks; "Pop" and "pop" are one; delta's empty genre is none.
        QCOMPARE(r.topGenres, (QList<RankedItem>{item("Pop", "", 5, 9), item("Jazz", "", 2, 7)}));
        QCOMPARE(r.newArtists, (QStringList{QStringLiteral("Ann"), QStringLiteral("Zed")}));
        // Month tops: January Hotel; February alpha (ties Beta, wins by name); March delta;
        // April Apple (six at 1 listen and 5 minutes; May held plays only).
        QCOMPARE(r.topTrackByMonth, (QList<MonthTop>{{1, item("Hotel", "Ann", 3, 3)},
                                                     {2, item("alpha", "Ann", 2, 6)},
                                                     {3, item("delta", "Ann", 2, 7)},
                                                     {4, item("Apple", "Zed", 1, 5)}}));
        // A month alone ranks the same way, and its chart is per day.
        const Recap february = recap(2022, 2, "UTC");
        QCOMPARE(february.topTracks,
                 (QList<RankedItem>{item("alpha", "Ann", 2, 6), item("Beta", "Ann", 2, 6)}));
        QCOMPARE(february.minutesPerPeriod, perPeriod({{2, 6}, {3, 6}}));
        QCOMPARE(february.newArtists, QStringList());
    }

    // First-ever counted listens, worked out by hand: P first heard in 2019; R only played (not
    // listened) in 2019, so new in 2020; Q new in 2020 before R; S's listen is New Year's Eve
    // in Los Angeles but New Year's Day in UTC, so new in 2020 there and in 2021 here.
    void newArtistsAreThoseFirstHeardInThePeriod() {
        play("P", "One", "2019-05-01T10:00:00Z", 200'000);
        play("R", "One", "2019-06-01T10:00:00Z", 20'000, false);
        play("Q", "One", "2020-01-15T10:00:00Z", 200'000);
        play("P", "Two", "2020-02-01T10:00:00Z", 200'000);
        play("R", "Two", "2020-03-01T10:00:00Z", 200'000);
        play("Q", "Two", "2020-04-01T10:00:00Z", 200'000);
        play("S", "One", "2020-12-31T23:30:00-08:00", 200'000);

        const auto names = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *name : list)
                out.append(QString::fromUtf8(name));
            return out;
        };
        QCOMPARE(recap(2019, 0, "UTC").newArtists, names({"P"}));
        QCOMPARE(recap(2020, 0, "UTC").newArtists, names({"Q", "R"}));
        QCOMPARE(recap(2020, 0, "America/Los_Angeles").newArtists, names({"Q", "R", "S"}));
        QCOMPARE(recap(2021, 0, "UTC").newArtists, names({"S"}));
        QCOMPARE(recap(2021, 0, "America/Los_Angeles").newArtists, QStringList());
        QCOMPARE(recap(2020, 3, "UTC").newArtists, names({"R"}));
        QCOMPARE(recap(2020, 2, "UTC").newArtists, QStringList());
    }

    // The precomputed offsets give, for every quarter hour of a year, the same local day and
    // hour as asking QTimeZone about that instant — in zones with odd changes: a 30-minute DST
    // (Lord Howe), changes at midnight (Santiago), +5:45 (Kathmandu), and Samoa, which skipped
    // 30 December 2011. Asked in time order (the sweep) and then backwards (the search).
    void calendarAgreesWithTheZoneAtEveryInstant() {
        const QList<std::pair<const char *, int>> cases{
            {"Europe/Berlin", 2021},  {"Australia/Lord_Howe", 2021}, {"America/Santiago", 2022},
            {"Asia/Kathmandu", 2020}, {"Pacific/Apia", 2011},        {"UTC", 2020}};
        for (const auto &[id, year] : cases) {
            const QTimeZone tz = zone(id);
            QVERIFY2(tz.isValid(), id);
            RecapCalendar calendar(tz, QDate(year, 1, 1), QDate(year + 1, 1, 1));
            QCOMPARE(calendar.startUtcMs(), QDate(year, 1, 1).startOfDay(tz).toMSecsSinceEpoch());
            constexpr qint64 kStep = 15 * 60'000;
            QList<qint64> instants;
            for (qint64 ms = calendar.startUtcMs(); ms < calendar.endUtcMs(); ms += kStep)
                instants.append(ms);
            for (int pass = 0; pass < 2; ++pass) {
                for (const qint64 ms : std::as_const(instants)) {
                    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, tz);
                    const RecapCalendar::Position p = calendar.locate(ms);
                    QVERIFY2(p.day >= 0, qPrintable(local.toString(Qt::ISODate)));
                    if (calendar.date(p.day) != local.date() || p.hour != local.time().hour())
                        QFAIL(qPrintable(QStringLiteral("%1 %2: day %3 hour %4")
                                             .arg(QString::fromLatin1(id),
                                                  local.toString(Qt::ISODate),
                                                  calendar.date(p.day).toString(Qt::ISODate))
                                             .arg(p.hour)));
                }
                std::reverse(instants.begin(), instants.end());
            }
        }
        // Samoa's year had 364 days: nothing can fall on the day that was skipped.
        RecapCalendar samoa(zone("Pacific/Apia"), QDate(2011, 12, 1), QDate(2012, 1, 1));
        const qint64 beforeSkip =
            QDateTime(QDate(2011, 12, 29), QTime(23, 59), zone("Pacific/Apia")).toMSecsSinceEpoch();
        QCOMPARE(samoa.date(samoa.locate(beforeSkip).day), QDate(2011, 12, 29));
        QCOMPARE(samoa.date(samoa.locate(beforeSkip + 120'000).day), QDate(2011, 12, 31));
    }

    // A year with nothing in it says so rather than inventing a busiest day or hour; a zone
    // that does not exist is refused with a message.
    void anEmptyPeriodAndAnUnknownZone() {
        play("P", "One", "2019-05-01T10:00:00Z", 200'000);
        const Recap empty = recap(2018, 0, "UTC");
        QCOMPARE(empty.listens, 0);
        QCOMPARE(empty.minutes, 0);
        QVERIFY(empty.topTracks.isEmpty());
        QVERIFY(!empty.busiestDay.isValid());
        QCOMPARE(empty.busiestHour, -1);
        QCOMPARE(empty.longestStreakDays, 0);
        QVERIFY(empty.topTrackByMonth.isEmpty());

        auto refused = computeRecap(db(), 2019, 0, QTimeZone(QByteArray("Mars/Olympus_Mons")));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
        QVERIFY(!computeRecap(db(), 2019, 13, zone("UTC")).ok());
    }

    // On this day, worked out by hand: 29 February matches only 29 February (2016 and 2020);
    // 28 February finds 2021 and 2019 but not a 29th; the date's own year is never included;
    // plays that are not listens are left out; in Los Angeles, 23:30 on 29 Feb 2020 local
    // (07:30 UTC on 1 March) is on the 29th.
    void onThisDayMatchesTheDateInEarlierYears() {
        play("A", "Leap 2016", "2016-02-29T12:00:00Z", 200'000);
        play("A", "Leap 2020", "2020-02-29T08:00:00Z", 200'000);
        play("A", "Leap 2020 late", "2020-02-29T23:30:00-08:00", 200'000);
        play("A", "Not a listen", "2020-02-29T09:00:00Z", 10'000, false);
        play("A", "Feb 28 2019", "2019-02-28T12:00:00Z", 200'000);
        play("A", "Mar 1 2019", "2019-03-01T12:00:00Z", 200'000);
        play("A", "Feb 28 2021", "2021-02-28T12:00:00Z", 200'000);
        play("A", "Leap 2024", "2024-02-29T12:00:00Z", 200'000);

        const auto titles = [](const OnThisDayYear &year) {
            QStringList out;
            for (const Listen &l : year.listens)
                out.append(l.title);
            return out;
        };
        auto leap = onThisDay(db(), QDate(2024, 2, 29), zone("UTC"));
        QVERIFY(leap.ok());
        QCOMPARE(leap.value().size(), 2);
        QCOMPARE(leap.value().at(0).year, 2020);
        QCOMPARE(titles(leap.value().at(0)), QStringList{QStringLiteral("Leap 2020")});
        QCOMPARE(leap.value().at(1).year, 2016);
        QCOMPARE(leap.value().at(1).listens.first().artist, QStringLiteral("A"));
        QCOMPARE(leap.value().at(1).listens.first().startedAt, at("2016-02-29T12:00:00Z"));

        auto la = onThisDay(db(), QDate(2024, 2, 29), zone("America/Los_Angeles"));
        QVERIFY(la.ok());
        QCOMPARE(la.value().size(), 2);
        QCOMPARE(titles(la.value().at(0)),
                 (QStringList{QStringLiteral("Leap 2020"), QStringLiteral("Leap 2020 late")}));

        auto feb28 = onThisDay(db(), QDate(2023, 2, 28), zone("UTC"));
        QVERIFY(feb28.ok());
        QCOMPARE(feb28.value().size(), 2);
        QCOMPARE(feb28.value().at(0).year, 2021);
        QCOMPARE(feb28.value().at(1).year, 2019);
        QCOMPARE(titles(feb28.value().at(1)), QStringList{QStringLiteral("Feb 28 2019")});

        auto own = onThisDay(db(), QDate(2021, 2, 28), zone("UTC"));
        QVERIFY(own.ok());
        QCOMPARE(own.value().size(), 1);
        QCOMPARE(own.value().at(0).year, 2019);
        QCOMPARE(onThisDay(db(), QDate(2019, 2, 28), zone("UTC")).value().size(), 0);
    }

    // First heard, by hand: the 2018 play never counted, so Beyoncé was first heard on
    // 2019-03-14 at 20:00 UTC — 15 March in Auckland (+13:00). Any case and accents find her,
    // her track and her album; a name never heard finds nothing.
    void firstListenFindsAnySpellingOfAName() {
        play("Beyoncé", "Halo", "2018-01-01T10:00:00Z", 10'000, false, "I Am... Sasha Fierce");
        play("Beyoncé", "Halo", "2019-03-14T20:00:00Z", 200'000, true, "I Am... Sasha Fierce");
        play("BEYONCE", "halo ", "2020-06-01T10:00:00Z", 200'000, true, "i am sasha fierce");
        play("beyonce", "Crazy in Love", "2019-01-10T10:00:00Z", 200'000, true, "");
        play("Beyoncé", "Single Ladies", "2019-05-01T10:00:00Z", 200'000, true,
             "I AM… SASHA FIERCE");

        auto artist = firstListen(db(), QStringLiteral("BEYONCE"), {}, {}, zone("UTC"));
        QVERIFY(artist.ok() && artist.value().has_value());
        QCOMPARE(artist.value()->artist, QStringLiteral("Beyoncé"));
        QCOMPARE(artist.value()->listen.title, QStringLiteral("Crazy in Love"));
        QCOMPARE(artist.value()->localDate, QDate(2019, 1, 10));
        QCOMPARE(artist.value()->totalListens, 4);

        auto track = firstListen(db(), QStringLiteral("beyoncé"), QStringLiteral("HALO"), {},
                                 zone("Pacific/Auckland"));
        QVERIFY(track.ok() && track.value().has_value());
        QCOMPARE(track.value()->title, QStringLiteral("Halo"));
        QCOMPARE(track.value()->listen.startedAt, at("2019-03-14T20:00:00Z"));
        QCOMPARE(track.value()->localDate, QDate(2019, 3, 15));
        QCOMPARE(track.value()->totalListens, 2);

        auto album = firstListen(db(), QStringLiteral("Beyonce"), {},
                                 QStringLiteral("i am sasha fierce"), zone("UTC"));
        QVERIFY(album.ok() && album.value().has_value());
        QCOMPARE(album.value()->album, QStringLiteral("I Am... Sasha Fierce"));
        QVERIFY(album.value()->title.isEmpty());
        QCOMPARE(album.value()->localDate, QDate(2019, 3, 14));
        QCOMPARE(album.value()->totalListens, 3);

        auto never = firstListen(db(), QStringLiteral("Beyoncé"), QStringLiteral("Formation"), {},
                                 zone("UTC"));
        QVERIFY(never.ok());
        QVERIFY(!never.value().has_value());
        QVERIFY(!firstListen(db(), QStringLiteral("Nobody"), {}, {}, zone("UTC")).value());
    }
};

} // namespace refrain::test

QTEST_GUILESS_MAIN(refrain::test::TestRecap)
#include "tst_recap.moc"
