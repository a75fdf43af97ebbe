// bench_recap: the nostalgia engine over 1,000,000 listens (issue #8: a recap in under 1 s).
// A generated history of ten years — ~5,000 artists, ~50,000 tracks with Zipf-like popularity,
// more listening in later years, evenings busier than mornings, one play in ten skipped — is
// imported through ListenStore (timed), then recaps of the busiest year and month, a quiet year,
// on this day and first listens are timed in Europe/Berlin. A copy with the same listens squeezed
// into one year gives the hard case: a recap that reads the whole table. JSON lines on stdout.
//
// Environment: REFRAIN_BENCH_LISTENS (default 1000000), REFRAIN_BENCH_RUNS (default 5; medians
// are reported), REFRAIN_BENCH_HISTORY (folder for the generated databases, kept across runs;
// default <temp>/refrain-bench-recap).
#include "core/history/listenstore.h"
#include "core/history/recap.h"
#include "core/library/database.h"
#include "core/library/statement.h"
#include "core/library/trackstore.h"
#include "tests/benchmarks/benchreport.h"
#include "tests/support/corpuswords.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <random>
#include <vector>

using namespace refrain;

namespace {

constexpr quint32 kSeed = 20240808;
constexpr int kArtists = 5'000;
constexpr int kTracks = 50'000;
constexpr int kFirstYear = 2015;
constexpr int kYears = 10;
constexpr double kGoalS = 1.0;

void say(const QString &text) {
    bench::say("bench_recap", text);
}

double seconds(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e9;
}

double rounded(double value) {
    return std::round(value * 10000.0) / 10000.0;
}

struct GenTrack {
    QString artist;
    QString title;
    QString album;
    qint64 durationMs = 0;
};

// The catalogue: artists with a few albums each; tracks ranked by a Zipf-like popularity.
std::vector<GenTrack> makeCatalogue(QRandomGenerator &rng) {
    std::vector<QString> artists;
    for (int i = 0; i < kArtists; ++i)
        artists.push_back(test::corpus::artistIn(rng, test::corpus::pickScript(rng))
                          + QLatin1Char(' ')
                          + QString::number(i)); // distinct keys, as ~5,000 artists should be
    std::vector<GenTrack> tracks;
    tracks.reserve(kTracks);
    for (int i = 0; i < kTracks; ++i) {
        // Popular tracks mostly come from popular artists: artist drawn Zipf-like too.
        const int artist = int(std::pow(rng.generateDouble(), 2.0) * kArtists);
        const auto script = test::corpus::pickScript(rng);
        GenTrack t;
        t.artist = artists[std::size_t(artist)];
        t.title = test::corpus::songIn(rng, script) + QLatin1Char(' ') + QString::number(i);
        t.album = test::corpus::albumIn(rng, script) + QLatin1Char(' ')
                  + QString::number(artist * 4 + rng.bounded(4));
        t.durationMs = 150'000 + rng.bounded(250'000);
        tracks.push_back(std::move(t));
    }
    return tracks;
}

Result<void> generate(const QString &path, int listens) {
    QFile::remove(path);
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    Database &db = opened.value();
    QRandomGenerator rng(kSeed);
    const std::vector<GenTrack> catalogue = makeCatalogue(rng);

    // The library holds most of the tracks, so imports find their genre there.
    TrackStore library(db);
    auto root = library.ensureRoot(QStringLiteral("/music"));
    if (!root)
        return root.error();
    TrackList tracks;
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        if (i % 10 == 9)
            continue;
        Track t;
        t.source = QString::fromLatin1(Track::kLocalSource);
        t.title = catalogue[i].title;
        t.artist = catalogue[i].artist;
        t.album = catalogue[i].album;
        t.genre = i % 7 == 6 ? QString() : test::corpus::genreName(rng);
        t.durationMs = catalogue[i].durationMs;
        t.location = QStringLiteral("/music/%1.flac").arg(i);
        t.fileName = QStringLiteral("%1.flac").arg(i);
        tracks.append(std::move(t));
    }
    if (auto written = library.write(tracks, root.value(), 1, TrackStore::Indexing::Deferred);
        !written)
        return written;

    // Zipf (s = 1.07) over tracks, as a cumulative table.
    std::vector<double> cdf(catalogue.size());
    double sum = 0;
    for (std::size_t i = 0; i < cdf.size(); ++i)
        cdf[i] = sum += 1.0 / std::pow(double(i + 1), 1.07);
    // Hour weights: quiet nights, busy evenings.
    const double hourWeight[24] = {2, 1, 0.5, 0.3, 0.2, 0.3, 1, 2, 3, 3, 3, 3,
                                   4, 4, 3,   3,   4,   5,   6, 7, 8, 8, 6, 4};
    std::discrete_distribution<int> hourOf(std::begin(hourWeight), std::end(hourWeight));
    std::mt19937_64 engine(kSeed);

    // Later years hold more: year i weighs 1 + 0.3 i.
    const QDate first(kFirstYear, 1, 1);
    const int days = int(first.daysTo(QDate(kFirstYear + kYears, 1, 1)));
    double totalWeight = 0;
    for (int d = 0; d < days; ++d)
        totalWeight += 1 + 0.3 * (first.addDays(d).year() - kFirstYear);

    ListenStore store(db);
    auto importId = store.beginImport(QStringLiteral("spotify"), QStringLiteral("bench"));
    if (!importId)
        return importId.error();
    ImportCounts counts;
    QElapsedTimer timer;
    timer.start();
    qint64 made = 0;
    double carry = 0;
    std::vector<qint64> times;
    const QTimeZone berlin(QByteArray("Europe/Berlin"));
    auto body = [&](int fromDay, int toDay) -> Result<void> {
        for (int d = fromDay; d < toDay; ++d) {
            const QDate day = first.addDays(d);
            carry += listens * (1 + 0.3 * (day.year() - kFirstYear)) / totalWeight;
            const int today = int(carry);
            carry -= today;
            times.clear();
            const qint64 midnight = day.startOfDay(berlin).toMSecsSinceEpoch();
            for (int i = 0; i < today; ++i)
                times.push_back(midnight + hourOf(engine) * 3'600'000LL
                                + qint64(engine() % 3'600'000));
            std::sort(times.begin(), times.end());
            for (const qint64 start : times) {
                const double u = std::uniform_real_distribution<double>(0, sum)(engine);
                const std::size_t pick =
                    std::size_t(std::lower_bound(cdf.begin(), cdf.end(), u) - cdf.begin());
                const GenTrack &t = catalogue[std::min(pick, catalogue.size() - 1)];
                Listen l;
                l.artist = t.artist;
                l.title = t.title;
                l.album = t.album;
                l.startedAt = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
                l.utcOffsetSeconds = berlin.offsetFromUtc(l.startedAt);
                l.durationMs = t.durationMs;
                const bool skipped = engine() % 10 == 0;
                l.playedMs = skipped ? qint64(engine() % 30'000) : t.durationMs;
                l.counted = countsAsListen(l.durationMs, l.playedMs);
                l.origin = QStringLiteral("spotify");
                if (auto added = store.addImported(l, importId.value(), counts); !added)
                    return added.error();
                ++made;
            }
        }
        return {};
    };
    for (int d = 0; d < days; d += 100) {
        if (auto done = db.transaction([&] { return body(d, std::min(days, d + 100)); }); !done)
            return done;
        say(QStringLiteral("generated %1 listens").arg(made));
    }
    if (auto finished = store.finishImport(importId.value(), counts); !finished)
        return finished;
    const double insertS = seconds(timer);
    QJsonObject out{{QStringLiteral("name"), QStringLiteral("recap_history_import")},
                    {QStringLiteral("listens"), made},
                    {QStringLiteral("imported"), counts.imported},
                    {QStringLiteral("duplicates"), counts.duplicates},
                    {QStringLiteral("matched"), counts.matched},
                    {QStringLiteral("seconds"), rounded(insertS)},
                    {QStringLiteral("listens_per_s"), std::round(double(made) / insertS)}};
    bench::emitJson(out);
    return db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
}

// The same listens squeezed, in order, into 2024: a year recap that reads the whole table.
Result<void> squeezeIntoOneYear(const QString &from, const QString &to) {
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return Error::make(Error::Kind::Io, QStringLiteral("Cannot copy %1").arg(from));
    auto opened = Database::open(to);
    if (!opened)
        return opened.error();
    Database &db = opened.value();
    const qint64 begin = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 span = 365LL * 86'400'000;
    auto squeeze = Statement::prepare(
        db, "UPDATE listens SET started_at = ?1 + CAST((started_at - (SELECT MIN(started_at) FROM "
            "listens)) * ?2 / ((SELECT MAX(started_at) FROM listens) - (SELECT MIN(started_at) "
            "FROM listens) + 1) AS INTEGER)");
    if (!squeeze)
        return squeeze.error();
    squeeze.value().bind(1, begin).bind(2, double(span));
    return db.transaction([&] { return squeeze.value().run(); });
}

qint64 scalar(Database &db, const char *sql) {
    auto s = Statement::prepare(db, sql);
    return s && s.value().step() == Statement::Step::Row ? s.value().int64(0) : -1;
}

// Runs the query `runs` times; reports the first (cold caches) and the medians.
void timeIt(const QString &name, int runs, const std::function<QJsonObject()> &once) {
    std::vector<double> times;
    std::vector<double> cpu;
    QJsonObject last;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        last = once();
        times.push_back(seconds(timer));
        cpu.push_back(double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    }
    const double first = times.front();
    std::sort(times.begin(), times.end());
    last.insert(QStringLiteral("name"), name);
    last.insert(QStringLiteral("first_s"), rounded(first));
    last.insert(QStringLiteral("median_s"), rounded(times[times.size() / 2]));
    // CPU time tells the work apart from waiting for a core on a busy machine.
    std::sort(cpu.begin(), cpu.end());
    last.insert(QStringLiteral("median_cpu_s"), rounded(cpu[cpu.size() / 2]));
    last.insert(QStringLiteral("runs"), runs);
    last.insert(QStringLiteral("goal_s"), kGoalS);
    bench::emitJson(last);
}

QJsonObject describe(const Result<Recap> &recap) {
    if (!recap)
        return {{QStringLiteral("error"), recap.error().message}};
    const Recap &r = recap.value();
    return {{QStringLiteral("listens"), r.listens},
            {QStringLiteral("minutes"), r.minutes},
            {QStringLiteral("top_artist"), r.topArtists.value(0).name},
            {QStringLiteral("new_artists"), r.newArtists.size()},
            {QStringLiteral("longest_streak_days"), r.longestStreakDays}};
}

// The bare read the recap is built on: the same query, stepped through, nothing added up.
QJsonObject scanOnly(Database &db, qint64 from, qint64 to) {
    auto s = Statement::prepare(
        db, "SELECT started_at, played_ms, track_ref, artist_ref, COALESCE(album_ref, 0) "
            "FROM listens WHERE started_at >= ?1 AND started_at < ?2 AND counted = 1 "
            "ORDER BY started_at, id");
    qint64 rows = 0;
    qint64 check = 0;
    if (s) {
        s.value().bind(1, from).bind(2, to);
        while (s.value().step() == Statement::Step::Row) {
            check += s.value().int64(1) + s.value().int64(2);
            ++rows;
        }
    }
    return {{QStringLiteral("rows"), rows}, {QStringLiteral("checksum"), check}};
}

void timeRecaps(const QString &path, const QString &label, int year, int month, int runs) {
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened) {
        say(opened.error().message);
        return;
    }
    Database &db = opened.value();
    const QTimeZone zone(QByteArray("Europe/Berlin"));
    const QDate start(year, month ? month : 1, 1);
    const QDate end = month ? start.addMonths(1) : start.addYears(1);
    timeIt(QStringLiteral("recap_scan_only_") + label, runs, [&] {
        return scanOnly(db, start.startOfDay(zone).toMSecsSinceEpoch(),
                        end.startOfDay(zone).toMSecsSinceEpoch());
    });
    timeIt(QStringLiteral("recap_") + label, runs,
           [&] { return describe(computeRecap(db, year, month, zone)); });
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int listens = bench::envInt("REFRAIN_BENCH_LISTENS", 1'000'000);
    const int runs = bench::envInt("REFRAIN_BENCH_RUNS", 5);
    QString folder = qEnvironmentVariable("REFRAIN_BENCH_HISTORY");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("refrain-bench-recap"));
    QDir().mkpath(folder);
    const QString decade = QDir(folder).filePath(QStringLiteral("decade-%1.db").arg(listens));
    const QString oneYear = QDir(folder).filePath(QStringLiteral("one-year-%1.db").arg(listens));

    bool fresh = false;
    {
        auto existing = QFile::exists(decade) ? Database::open(decade, Database::Mode::ReadOnly)
                                              : Result<Database>(Error{});
        fresh = !existing || scalar(existing.value(), "SELECT COUNT(*) FROM listens") <= 0;
    }
    if (fresh) {
        say(QStringLiteral("generating %1 listens into %2").arg(listens).arg(decade));
        if (auto made = generate(decade, listens); !made) {
            say(made.error().message);
            return 1;
        }
        if (auto squeezed = squeezeIntoOneYear(decade, oneYear); !squeezed) {
            say(squeezed.error().message);
            return 1;
        }
    } else {
        say(QStringLiteral("reusing %1 (delete it to generate again)").arg(decade));
    }

    {
        auto opened = Database::open(decade, Database::Mode::ReadOnly);
        if (!opened) {
            say(opened.error().message);
            return 1;
        }
        Database &db = opened.value();
        bench::emitJson(
            {{QStringLiteral("name"), QStringLiteral("recap_history")},
             {QStringLiteral("listens"), scalar(db, "SELECT COUNT(*) FROM listens")},
             {QStringLiteral("counted"),
              scalar(db, "SELECT COUNT(*) FROM listens WHERE counted = 1")},
             {QStringLiteral("artists"), scalar(db, "SELECT COUNT(*) FROM history_artists")},
             {QStringLiteral("tracks"), scalar(db, "SELECT COUNT(*) FROM history_tracks")},
             {QStringLiteral("albums"), scalar(db, "SELECT COUNT(*) FROM history_albums")},
             {QStringLiteral("file_mb"), double(QFileInfo(decade).size() / 1'000'000)}});
    }

    const int busyYear = kFirstYear + kYears - 1;
    timeRecaps(decade, QStringLiteral("busy_year"), busyYear, 0, runs);
    timeRecaps(decade, QStringLiteral("busy_month"), busyYear, 12, runs);
    timeRecaps(decade, QStringLiteral("quiet_year"), kFirstYear, 0, runs);
    timeRecaps(oneYear, QStringLiteral("whole_table_year"), 2024, 0, runs);

    auto opened = Database::open(decade, Database::Mode::ReadOnly);
    if (!opened)
        return 1;
    Database &db = opened.value();
    const QTimeZone zone(QByteArray("Europe/Berlin"));
    timeIt(QStringLiteral("on_this_day"), runs, [&] {
        auto days = onThisDay(db, QDate(kFirstYear + kYears, 3, 28), zone);
        qint64 n = 0;
        for (const OnThisDayYear &y : days.valueOr({}))
            n += y.listens.size();
        return QJsonObject{{QStringLiteral("years"), days.valueOr({}).size()},
                           {QStringLiteral("listens"), n}};
    });
    // The most played artist and track (the most rows to count) and a rarely played one.
    auto top = computeRecap(db, busyYear, 0, zone);
    const RankedItem topTrack = top ? top.value().topTracks.value(0) : RankedItem{};
    timeIt(QStringLiteral("first_listen_top_artist"), runs, [&] {
        auto f = firstListen(db, topTrack.artist, {}, {}, zone);
        return QJsonObject{
            {QStringLiteral("total_listens"), f && f.value() ? f.value()->totalListens : -1}};
    });
    timeIt(QStringLiteral("first_listen_top_track"), runs, [&] {
        auto f = firstListen(db, topTrack.artist, topTrack.name, {}, zone);
        return QJsonObject{
            {QStringLiteral("total_listens"), f && f.value() ? f.value()->totalListens : -1}};
    });
    return 0;
}
