// bench_scan: a full scan of a 10,000-file corpus against a bare TagLib loop plus SQLite inserts
// on the same threads, in one process run; then an unchanged rescan. JSON lines on stdout.
//
// Environment: REFRAIN_BENCH_CORPUS (corpus folder, made when missing), REFRAIN_BENCH_FILES
// (default 10000), REFRAIN_BENCH_RUNS (default 3; medians are reported), REFRAIN_BENCH_ONLY=scanner
// (skip the baseline and the breakdown: for `perf record` of the scanner alone).
#include "core/library/database.h"
#include "core/library/scanner.h"
#include "core/library/tagreader.h"
#include "core/library/trackstore.h"
#include "tests/benchmarks/benchreport.h"
#include "tests/support/corpusgenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>

#include <fileref.h>
#include <tag.h>
#include <tpropertymap.h>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

using namespace refrain;
using refrain::test::CorpusGenerator;
using refrain::test::CorpusSummary;

namespace {

constexpr quint32 kCorpusSeed = 20240601;
constexpr double kThroughputGoal = 0.8;
constexpr double kRescanGoalS = 0.5;
constexpr double kFirstRowsGoalS = 1.0;

void say(const QString &text) {
    bench::say("bench_scan", text);
}

double seconds(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e9;
}

double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double rounded(double value, int decimals = 4) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonArray toJsonArray(const QList<double> &values) {
    QJsonArray out;
    for (const double v : values)
        out.append(rounded(v));
    return out;
}

// --- the bare baseline -----------------------------------------------------------------------

// What a minimal scanner keeps of a file: the tags a library shows, as TagLib hands them out.
struct BareRow {
    bool ok = false;
    std::string path;
    std::string title, artist, album, albumArtist, genre, composer, disc;
    unsigned year = 0;
    unsigned track = 0;
    int lengthMs = 0;
    int bitrate = 0;
    int sampleRate = 0;
    int channels = 0;
    qint64 size = 0;
    qint64 mtimeMs = 0;
};

BareRow readBare(const QString &path) {
    BareRow row;
    const QFileInfo info(path);
    row.size = info.size();
    row.mtimeMs = info.lastModified().toMSecsSinceEpoch();
    const QByteArray encoded = QFile::encodeName(path);
    row.path = encoded.toStdString();
    const TagLib::FileRef ref(encoded.constData(), true, TagLib::AudioProperties::Average);
    if (ref.isNull() || !ref.file()->isValid() || !ref.audioProperties())
        return row;
    row.ok = true;
    const TagLib::AudioProperties *audio = ref.audioProperties();
    row.lengthMs = audio->lengthInMilliseconds();
    row.bitrate = audio->bitrate();
    row.sampleRate = audio->sampleRate();
    row.channels = audio->channels();
    if (const TagLib::Tag *tag = ref.tag()) {
        row.title = tag->title().to8Bit(true);
        row.artist = tag->artist().to8Bit(true);
        row.album = tag->album().to8Bit(true);
        row.genre = tag->genre().to8Bit(true);
        row.year = tag->year();
        row.track = tag->track();
    }
    const TagLib::PropertyMap props = ref.file()->properties();
    auto property = [&](const char *key) {
        const auto it = props.find(key);
        return it == props.end() || it->second.isEmpty() ? std::string()
                                                         : it->second.front().to8Bit(true);
    };
    row.albumArtist = property("ALBUMARTIST");
    row.composer = property("COMPOSER");
    row.disc = property("DISCNUMBER");
    return row;
}

bool sqliteOk(sqlite3 *db, int rc, const char *what) {
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    say(QStringLiteral("baseline SQLite error in %1: %2")
            .arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db))));
    return false;
}

// Plain inserts into a plain table (no full-text index), one writer, one transaction.
bool insertBare(const QString &dbPath, const QList<BareRow> &rows) {
    sqlite3 *db = nullptr;
    if (sqlite3_open(dbPath.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    bool ok = sqliteOk(db,
                       sqlite3_exec(db,
                                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                                    "CREATE TABLE tracks(id INTEGER PRIMARY KEY, location TEXT "
                                    "UNIQUE, title TEXT, artist TEXT, album TEXT, album_artist "
                                    "TEXT, genre TEXT, composer TEXT, year INT, track_no INT, "
                                    "disc_no TEXT, duration_ms INT, bitrate INT, sample_rate INT, "
                                    "channels INT, file_size INT, file_mtime INT);",
                                    nullptr, nullptr, nullptr),
                       "create");
    sqlite3_stmt *stmt = nullptr;
    ok = ok
         && sqliteOk(db,
                     sqlite3_prepare_v2(db,
                                        "INSERT INTO tracks(location, title, artist, album, "
                                        "album_artist, genre, composer, year, track_no, disc_no, "
                                        "duration_ms, bitrate, sample_rate, channels, file_size, "
                                        "file_mtime) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                        -1, &stmt, nullptr),
                     "prepare");
    ok = ok && sqliteOk(db, sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), "begin");
    for (const BareRow &row : rows) {
        if (!ok)
            break;
        if (!row.ok)
            continue;
        int i = 0;
        for (const std::string *text : {&row.path, &row.title, &row.artist, &row.album,
                                        &row.albumArtist, &row.genre, &row.composer})
            sqlite3_bind_text(stmt, ++i, text->data(), int(text->size()), SQLITE_STATIC);
        sqlite3_bind_int(stmt, ++i, int(row.year));
        sqlite3_bind_int(stmt, ++i, int(row.track));
        sqlite3_bind_text(stmt, ++i, row.disc.data(), int(row.disc.size()), SQLITE_STATIC);
        for (const qint64 number :
             {qint64(row.lengthMs), qint64(row.bitrate), qint64(row.sampleRate),
              qint64(row.channels), row.size, row.mtimeMs})
            sqlite3_bind_int64(stmt, ++i, number);
        ok = sqliteOk(db, sqlite3_step(stmt), "insert");
        sqlite3_reset(stmt);
    }
    ok = ok && sqliteOk(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ok;
}

struct BaselineRun {
    double readS = 0;  // the TagLib loop alone
    double totalS = 0; // loop plus inserts
    int rows = 0;
};

BaselineRun runBaseline(const QStringList &files, int threads) {
    QTemporaryDir profile;
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    BaselineRun run;
    QElapsedTimer timer;
    timer.start();
    const QList<BareRow> rows =
        QtConcurrent::blockingMapped<QList<BareRow>>(&pool, files, readBare);
    run.readS = seconds(timer);
    if (!insertBare(profile.filePath(QStringLiteral("bare.db")), rows))
        return {};
    run.totalS = seconds(timer);
    run.rows =
        int(std::count_if(rows.cbegin(), rows.cend(), [](const BareRow &r) { return r.ok; }));
    return run;
}

// --- Refrain's scanner -------------------------------------------------------------------------

struct ScanRun {
    double totalS = 0;
    double firstRowsS = -1;
    QList<double> batchTimesS; // when each tracksAdded batch was announced
    ScanReport report;
};

ScanRun runScanner(Scanner &scanner, const QString &root) {
    ScanRun run;
    QElapsedTimer timer;
    const auto connection = QObject::connect(&scanner, &Scanner::tracksAdded, [&] {
        const double at = seconds(timer);
        if (run.firstRowsS < 0)
            run.firstRowsS = at;
        run.batchTimesS.append(at);
    });
    timer.start();
    run.report = scanner.run({root});
    run.totalS = seconds(timer);
    QObject::disconnect(connection);
    return run;
}

std::optional<Database> openDatabase(const QString &path) {
    auto db = Database::open(path);
    if (!db) {
        say(QStringLiteral("cannot open %1: %2").arg(path, db.error().message));
        return std::nullopt;
    }
    return std::move(db).value();
}

QString prepareCorpus(const QString &dir, bool dirFromEnv, int count, CorpusSummary &summary) {
    say(QStringLiteral("corpus of %1 files in %2").arg(count).arg(dir));
    QString error = CorpusGenerator::generate(dir, count, kCorpusSeed, &summary);
    // The default folder belongs to the benchmark: a stale or half-made corpus is made again.
    if (!error.isEmpty() && !dirFromEnv) {
        say(QStringLiteral("%1 — making it again").arg(error));
        QDir(dir).removeRecursively();
        error = CorpusGenerator::generate(dir, count, kCorpusSeed, &summary);
    }
    return error;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int count = bench::envInt("REFRAIN_BENCH_FILES", 10000);
    const int runs = bench::envInt("REFRAIN_BENCH_RUNS", 3);
    const bool scannerOnly = qEnvironmentVariable("REFRAIN_BENCH_ONLY") == QLatin1String("scanner");
    const QString envCorpus = qEnvironmentVariable("REFRAIN_BENCH_CORPUS");
    const QString corpus = QDir::cleanPath(
        envCorpus.isEmpty() ? QStringLiteral(REFRAIN_BUILD_DIR "/bench-corpus-%1").arg(count)
                            : QDir(envCorpus).absolutePath());

    CorpusSummary summary;
    if (const QString error = prepareCorpus(corpus, !envCorpus.isEmpty(), count, summary);
        !error.isEmpty()) {
        say(error);
        return 1;
    }
    say(summary.reused ? QStringLiteral("reusing the corpus made earlier")
                       : QStringLiteral("corpus made in %1 s").arg(summary.seconds, 0, 'f', 1));
    if (!summary.note.isEmpty())
        say(summary.note);
    QJsonObject corpusLine = summary.toJson();
    corpusLine.insert(QStringLiteral("bench"), QStringLiteral("scan_corpus"));
    corpusLine.insert(QStringLiteral("path"), corpus);
    bench::emitJson(corpusLine);

    // The same file list for both sides; reading it all once first warms the page cache, as for
    // the reference figures.
    QElapsedTimer walkTimer;
    walkTimer.start();
    QStringList files;
    for (QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        if (TagReader::isAudioFile(path))
            files.append(path);
    }
    const double walkS = seconds(walkTimer);
    files.sort();
    qint64 bytes = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll().size();
    }
    const int threads = qMax(1, QThread::idealThreadCount());
    say(QStringLiteral("%1 audio files, %2 MiB, %3 threads, %4 runs")
            .arg(files.size())
            .arg(bytes / (1024 * 1024))
            .arg(threads)
            .arg(runs));

    // Interleaved runs, so a neighbour's load falls on both sides alike.
    QList<double> bareRead, bareInsert, bareTotal, fullScan, firstRows, rescan, ratios;
    ScanRun lastFull;
    ScanReport lastRescan;
    int bareRows = 0;
    for (int i = 0; i < runs; ++i) {
        const BaselineRun base = scannerOnly ? BaselineRun{0, 0, 0} : runBaseline(files, threads);
        if (!scannerOnly && base.totalS <= 0)
            return 1;
        bareRead.append(base.readS);
        bareTotal.append(base.totalS);
        bareInsert.append(base.totalS - base.readS);
        bareRows = base.rows;

        QTemporaryDir profile;
        auto db = openDatabase(profile.filePath(QStringLiteral("library.db")));
        if (!db)
            return 1;
        Scanner scanner(*db);
        const ScanRun full = runScanner(scanner, corpus);
        if (!full.report.fatalError.isEmpty()) {
            say(QStringLiteral("scan failed: %1").arg(full.report.fatalError));
            return 1;
        }
        fullScan.append(full.totalS);
        firstRows.append(full.firstRowsS);
        ratios.append(base.totalS / full.totalS);
        lastFull = full;

        const ScanRun again = runScanner(scanner, corpus);
        rescan.append(again.totalS);
        lastRescan = again.report;
        say(QStringLiteral("run %1: bare %2 s (TagLib alone %3 s), Refrain %4 s (first rows at "
                           "%5 s), unchanged rescan %6 s")
                .arg(i + 1)
                .arg(base.totalS, 0, 'f', 3)
                .arg(base.readS, 0, 'f', 3)
                .arg(full.totalS, 0, 'f', 3)
                .arg(full.firstRowsS, 0, 'f', 3)
                .arg(again.totalS, 0, 'f', 3));
    }

    if (scannerOnly) {
        bench::emitJson({{QStringLiteral("bench"), QStringLiteral("scan_full_scanner_only")},
                         {QStringLiteral("files"), int(files.size())},
                         {QStringLiteral("refrain_s"), rounded(median(fullScan))},
                         {QStringLiteral("unchanged_s"), rounded(median(rescan))},
                         {QStringLiteral("first_rows_s"), rounded(median(firstRows))}});
        return 0;
    }
    const double bare = median(bareTotal);
    const double ours = median(fullScan);
    const double ratio = bare / ours;
    bench::emitJson({
        {QStringLiteral("bench"), QStringLiteral("scan_full")},
        {QStringLiteral("files"), int(files.size())},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("baseline_taglib_sqlite_s"), rounded(bare)},
        {QStringLiteral("baseline_taglib_only_s"), rounded(median(bareRead))},
        {QStringLiteral("baseline_rows"), bareRows},
        {QStringLiteral("refrain_s"), rounded(ours)},
        {QStringLiteral("refrain_runs_s"), toJsonArray(fullScan)},
        {QStringLiteral("tracks_added"), lastFull.report.tracksAdded},
        {QStringLiteral("files_failed"), int(lastFull.report.failed.size())},
        {QStringLiteral("throughput_ratio"), rounded(ratio, 3)},
        {QStringLiteral("throughput_ratio_median_of_runs"), rounded(median(ratios), 3)},
        {QStringLiteral("ratio_per_run"), toJsonArray(ratios)},
        {QStringLiteral("goal"), kThroughputGoal},
        {QStringLiteral("met"), ratio >= kThroughputGoal},
        {QStringLiteral("first_rows_s"), rounded(median(firstRows))},
        {QStringLiteral("first_rows_goal_s"), kFirstRowsGoalS},
        {QStringLiteral("first_rows_met"),
         median(firstRows) >= 0 && median(firstRows) < kFirstRowsGoalS},
    });
    const double unchanged = median(rescan);
    bench::emitJson({
        {QStringLiteral("bench"), QStringLiteral("scan_unchanged")},
        {QStringLiteral("files"), int(files.size())},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("seconds"), rounded(unchanged)},
        {QStringLiteral("runs_s"), toJsonArray(rescan)},
        {QStringLiteral("tracks_unchanged"), lastRescan.tracksUnchanged},
        {QStringLiteral("files_reread"),
         lastRescan.tracksAdded + lastRescan.tracksUpdated + int(lastRescan.failed.size())},
        {QStringLiteral("goal_s"), kRescanGoalS},
        {QStringLiteral("met"), unchanged < kRescanGoalS},
    });

    // Where a full scan's time goes: the same work in separate pieces, each timed once.
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QList<QFileInfo> infos;
    for (const QString &path : std::as_const(files))
        infos.append(QFileInfo(path));
    // TagReader against the bare loop, interleaved, so both meet the same neighbours' load.
    QList<Result<Track>> read;
    QList<double> tagReaderRuns;
    QList<double> bareReadRuns;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        (void)QtConcurrent::blockingMapped<QList<BareRow>>(&pool, files, readBare);
        bareReadRuns.append(seconds(timer));
        timer.restart();
        read = QtConcurrent::blockingMapped<QList<Result<Track>>>(
            &pool, infos, [](const QFileInfo &info) { return TagReader::read(info); });
        tagReaderRuns.append(seconds(timer));
    }
    const double tagReaderS = median(tagReaderRuns);
    TrackList tracks;
    for (const Result<Track> &r : read) {
        if (r)
            tracks.append(r.value());
    }
    // TrackStore::write into a fresh database, in the scanner's batches, in one transaction, and
    // in batches without the full-text triggers: what the index and the commits cost.
    auto timeWrites = [&](qsizetype batchSize, bool withFts) -> double {
        QTemporaryDir profile;
        auto db = openDatabase(profile.filePath(QStringLiteral("library.db")));
        if (!db)
            return -1;
        if (!withFts) {
            for (const char *sql : {"DROP TRIGGER IF EXISTS tracks_fts_update",
                                    "DROP TRIGGER IF EXISTS tracks_fts_delete"}) {
                if (!db->execute(sql))
                    return -1;
            }
        }
        TrackStore store(*db);
        const qint64 rootId = store.ensureRoot(corpus).valueOr(0);
        QElapsedTimer writeTimer;
        writeTimer.start();
        for (qsizetype start = 0; start < tracks.size(); start += batchSize) {
            TrackList batch = tracks.mid(start, batchSize);
            if (auto written = store.write(batch, rootId, QDateTime::currentMSecsSinceEpoch());
                !written) {
                say(written.error().message);
                return -1;
            }
        }
        return seconds(writeTimer);
    };
    const double storeS = timeWrites(Scanner::kBatchSize, true);
    const double storeOneTxnS = timeWrites(tracks.size(), true);
    const double storeNoFtsS = timeWrites(Scanner::kBatchSize, false);
    if (storeS < 0 || storeOneTxnS < 0 || storeNoFtsS < 0)
        return 1;
    // Between batches the scanner waits for both the readers and the writer.
    QList<double> gaps;
    for (qsizetype i = 1; i < lastFull.batchTimesS.size(); ++i)
        gaps.append(lastFull.batchTimesS.at(i) - lastFull.batchTimesS.at(i - 1));
    bench::emitJson({
        {QStringLiteral("bench"), QStringLiteral("scan_breakdown")},
        {QStringLiteral("files"), int(files.size())},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("walk_qdiriterator_s"), rounded(walkS)},
        {QStringLiteral("tagreader_read_s"), rounded(tagReaderS)},
        {QStringLiteral("bare_taglib_read_s"), rounded(median(bareReadRuns))},
        {QStringLiteral("trackstore_write_s"), rounded(storeS)},
        {QStringLiteral("trackstore_write_one_transaction_s"), rounded(storeOneTxnS)},
        {QStringLiteral("trackstore_write_without_fts_s"), rounded(storeNoFtsS)},
        {QStringLiteral("bare_sqlite_insert_s"), rounded(median(bareInsert))},
        {QStringLiteral("scanner_batches"), int(lastFull.batchTimesS.size())},
        {QStringLiteral("scanner_batch_gap_median_s"), rounded(median(gaps))},
        {QStringLiteral("scanner_before_first_batch_s"), rounded(lastFull.firstRowsS)},
    });
    return 0;
}
