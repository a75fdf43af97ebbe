// bench_search: prefix-search latency on 100,000 tracks, queried as a person types — "b", "be",
// "bea", "beat", then the next word — with field filters. JSON lines on stdout.
//
// Environment: REFRAIN_BENCH_TRACKS (default 100000), REFRAIN_BENCH_QUERIES (default 1000),
// REFRAIN_BENCH_SEARCH_DB (keep the database at this path, for a look with sqlite3; it must not
// exist yet).
#include "core/library/database.h"
#include "core/library/searchquery.h"
#include "core/library/trackstore.h"
#include "tests/benchmarks/benchreport.h"
#include "tests/support/corpusgenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace refrain;
using refrain::test::CorpusGenerator;

namespace {

constexpr quint32 kSeed = 20240602;
constexpr double kGoalP99Ms = 10.0;
constexpr int kResultLimit = 200;

void say(const QString &text) {
    bench::say("bench_search", text);
}

double rounded(double value, int decimals = 3) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Nearest-rank percentile of sorted values.
double percentile(const QList<double> &sorted, double p) {
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QStringList wordsOf(const QString &text) {
    QStringList out;
    for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // Brackets and punctuation are not what people type.
        QString clean;
        for (const QChar c : w) {
            if (c.isLetterOrNumber())
                clean.append(c);
        }
        if (!clean.isEmpty())
            out.append(clean);
    }
    return out;
}

// Every state of the search box while someone types `words` after `prefix` — "b", "be", …
void typeInto(QStringList &queries, const QString &prefix, const QStringList &words) {
    QString typed = prefix;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words.at(w);
        for (qsizetype n = 1; n <= word.size(); ++n)
            queries.append(typed + word.left(n));
        typed += word + QLatin1Char(' ');
    }
}

// What people look for: words of a title, an artist, an album, sometimes two fields together,
// sometimes with a field filter, in the library's own mix of scripts.
QStringList makeQueries(const TrackList &tracks, int wanted, QRandomGenerator &rng) {
    QStringList queries;
    while (queries.size() < wanted) {
        const Track &t = tracks.at(rng.bounded(int(tracks.size())));
        const QStringList title = wordsOf(t.title);
        const QStringList artist = wordsOf(t.artist);
        const QStringList album = wordsOf(t.album);
        if (title.isEmpty() || artist.isEmpty() || album.isEmpty())
            continue;
        const int roll = rng.bounded(100);
        if (roll < 30) {
            typeInto(queries, {}, title.mid(0, 1 + rng.bounded(int(qMin(title.size(), 3)))));
        } else if (roll < 50) {
            typeInto(queries, {}, artist.mid(0, 1 + rng.bounded(int(qMin(artist.size(), 2)))));
        } else if (roll < 60) {
            typeInto(queries, {}, album.mid(0, 1 + rng.bounded(int(qMin(album.size(), 2)))));
        } else if (roll < 75) {
            typeInto(queries, {}, {artist.first(), title.first()});
        } else if (roll < 88) {
            typeInto(queries, QStringLiteral("artist:"), {artist.first()});
        } else if (roll < 95) {
            typeInto(queries, QStringLiteral("album:"), {album.first()});
        } else {
            typeInto(queries, QStringLiteral("title:"), {title.first()});
        }
    }
    queries.resize(wanted);
    return queries;
}

struct Timed {
    QString query;
    double ms = 0;
    int hits = 0;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int trackCount = bench::envInt("REFRAIN_BENCH_TRACKS", 100000);
    const int queryCount = bench::envInt("REFRAIN_BENCH_QUERIES", 1000);

    QTemporaryDir profile;
    const QString keepAt = qEnvironmentVariable("REFRAIN_BENCH_SEARCH_DB");
    if (!keepAt.isEmpty() && QFile::exists(keepAt)) {
        say(QStringLiteral("%1 exists already; give a new path").arg(keepAt));
        return 1;
    }
    const QString dbPath =
        keepAt.isEmpty() ? profile.filePath(QStringLiteral("library.db")) : keepAt;
    auto writer = Database::open(dbPath);
    if (!writer) {
        say(writer.error().message);
        return 1;
    }
    QRandomGenerator rng(kSeed);
    TrackList tracks = CorpusGenerator::syntheticTracks(trackCount, rng);
    QElapsedTimer timer;
    timer.start();
    {
        TrackStore store(writer.value());
        const auto rootId = store.ensureRoot(QStringLiteral("/music"));
        if (!rootId) {
            say(rootId.error().message);
            return 1;
        }
        constexpr qsizetype kBatch = 1000;
        for (qsizetype start = 0; start < tracks.size(); start += kBatch) {
            TrackList batch = tracks.mid(start, kBatch);
            if (auto written = store.write(batch, rootId.value(), 1700000000000LL); !written) {
                say(written.error().message);
                return 1;
            }
        }
    }
    const double buildS = double(timer.nsecsElapsed()) / 1e9;
    say(QStringLiteral("%1 tracks written in %2 s").arg(trackCount).arg(buildS, 0, 'f', 2));

    // Searches come from a reader connection, as in the app.
    auto reader = Database::open(dbPath, Database::Mode::ReadOnly);
    if (!reader) {
        say(reader.error().message);
        return 1;
    }
    TrackStore store(reader.value());
    const QStringList queries = makeQueries(tracks, queryCount, rng);
    for (qsizetype i = 0; i < qMin<qsizetype>(20, queries.size()); ++i)
        (void)store.search(SearchQuery::parse(queries.at(i)), kResultLimit); // warm up

    QList<Timed> timed;
    int failures = 0;
    int empty = 0;
    for (const QString &q : queries) {
        timer.restart();
        const auto found = store.search(SearchQuery::parse(q), kResultLimit);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!found) {
            ++failures;
            say(QStringLiteral("query \"%1\" failed: %2").arg(q, found.error().message));
            continue;
        }
        // Every query is typed from a stored track, so each one should find something.
        if (found.value().isEmpty() && ++empty <= 10)
            say(QStringLiteral("no hits for \"%1\"").arg(q));
        timed.append({q, ms, int(found.value().size())});
    }

    QList<double> all;
    QList<double> lastWordShort; // the last word typed so far is one character long
    QList<double> lastWordLonger;
    for (const Timed &t : std::as_const(timed)) {
        all.append(t.ms);
        const QString lastWord =
            t.query.section(QLatin1Char(' '), -1).section(QLatin1Char(':'), -1);
        (lastWord.size() <= 1 ? lastWordShort : lastWordLonger).append(t.ms);
    }
    std::sort(all.begin(), all.end());
    std::sort(lastWordShort.begin(), lastWordShort.end());
    std::sort(lastWordLonger.begin(), lastWordLonger.end());
    std::sort(timed.begin(), timed.end(),
              [](const Timed &a, const Timed &b) { return a.ms > b.ms; });
    QJsonArray slowest;
    for (qsizetype i = 0; i < qMin<qsizetype>(5, timed.size()); ++i) {
        slowest.append(QJsonObject{{QStringLiteral("q"), timed.at(i).query},
                                   {QStringLiteral("ms"), rounded(timed.at(i).ms)},
                                   {QStringLiteral("hits"), timed.at(i).hits}});
        say(QStringLiteral("slow: \"%1\" %2 ms, %3 hits")
                .arg(timed.at(i).query)
                .arg(timed.at(i).ms, 0, 'f', 2)
                .arg(timed.at(i).hits));
    }

    const double p99 = percentile(all, 99);
    bench::emitJson({
        {QStringLiteral("bench"), QStringLiteral("search_prefix")},
        {QStringLiteral("tracks"), trackCount},
        {QStringLiteral("queries"), int(all.size())},
        {QStringLiteral("limit"), kResultLimit},
        {QStringLiteral("p50_ms"), rounded(percentile(all, 50))},
        {QStringLiteral("p95_ms"), rounded(percentile(all, 95))},
        {QStringLiteral("p99_ms"), rounded(p99)},
        {QStringLiteral("max_ms"), rounded(all.isEmpty() ? 0 : all.last())},
        {QStringLiteral("p99_ms_one_letter_last_word"), rounded(percentile(lastWordShort, 99))},
        {QStringLiteral("p99_ms_longer_last_word"), rounded(percentile(lastWordLonger, 99))},
        {QStringLiteral("queries_one_letter_last_word"), int(lastWordShort.size())},
        {QStringLiteral("queries_without_hits"), empty},
        {QStringLiteral("queries_failed"), failures},
        {QStringLiteral("slowest"), slowest},
        {QStringLiteral("build_s"), rounded(buildS)},
        {QStringLiteral("goal_p99_ms"), kGoalP99Ms},
        {QStringLiteral("met"), failures == 0 && p99 < kGoalP99Ms},
    });
    return failures == 0 ? 0 : 1;
}
