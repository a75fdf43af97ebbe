// bench_import: imports 1,000,000 listens of Spotify Extended Streaming History (50 files of
// 20,000 rows, as Spotify splits them) into a fresh library database — reading, deduplicating,
// matching and writing — and a second time (everything a duplicate). Goal: < 30 s for the first.
// The generated export is cached in build/<preset>/bench-history (or $REFRAIN_BENCH_HISTORY).
// REFRAIN_BENCH_LISTENS changes the row count.
#include "tests/benchmarks/benchreport.h"

#include "core/history/historyimport.h"
#include "core/library/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace refrain;

namespace {

constexpr const char *kProgram = "bench_import";
constexpr int kRowsPerFile = 20'000;

// One row as Spotify writes it (personal fields blanked), ~650 bytes.
QByteArray row(QRandomGenerator &random, qint64 endSeconds, int artist, int track) {
    const int played =
        random.bounded(100) < 20 ? random.bounded(1'000, 29'000) : random.bounded(30'000, 360'000);
    const QByteArray ts = QDateTime::fromSecsSinceEpoch(endSeconds, QTimeZone::utc())
                              .toString(Qt::ISODate)
                              .toLatin1();
    return "  {\n    \"ts\": \"" + ts
           + "\",\n    \"platform\": \"linux\",\n    \"ms_played\": " + QByteArray::number(played)
           + ",\n    \"conn_country\": \"DE\",\n    \"ip_addr\": \"\",\n"
             "    \"master_metadata_track_name\": \"Track "
           + QByteArray::number(track) + " of Artist " + QByteArray::number(artist)
           + "\",\n    \"master_metadata_album_artist_name\": \"Artist "
           + QByteArray::number(artist) + "\",\n    \"master_metadata_album_album_name\": \"Album "
           + QByteArray::number(track / 12)
           + "\",\n    \"spotify_track_uri\": \"spotify:track:" + QByteArray::number(track)
           + "\",\n    \"episode_name\": null,\n    \"episode_show_name\": null,\n"
             "    \"spotify_episode_uri\": null,\n    \"audiobook_title\": null,\n"
             "    \"audiobook_uri\": null,\n    \"audiobook_chapter_uri\": null,\n"
             "    \"audiobook_chapter_title\": null,\n    \"reason_start\": \"trackdone\",\n"
             "    \"reason_end\": \"trackdone\",\n    \"shuffle\": false,\n    \"skipped\": "
             "false,\n"
             "    \"offline\": false,\n    \"offline_timestamp\": 0,\n"
             "    \"incognito_mode\": false\n  }";
}

// Writes the export unless a complete one is cached; returns its folder.
QString makeExport(int rows) {
    QString dir = qEnvironmentVariable("REFRAIN_BENCH_HISTORY");
    if (dir.isEmpty())
        dir = QStringLiteral(REFRAIN_BUILD_DIR "/bench-history/") + QString::number(rows);
    const QString marker = dir + QStringLiteral("/.complete");
    if (QFile::exists(marker))
        return dir;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    bench::say(kProgram,
               QStringLiteral("writing %1 rows of Spotify history to %2").arg(rows).arg(dir));
    QRandomGenerator random(8);
    qint64 end = QDateTime(QDate(2015, 1, 1), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (int file = 0; file * kRowsPerFile < rows; ++file) {
        QFile out(dir + QStringLiteral("/Streaming_History_Audio_%1.json").arg(file));
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write the export");
        out.write("[\n");
        const int count = std::min(kRowsPerFile, rows - file * kRowsPerFile);
        for (int i = 0; i < count; ++i) {
            // Zipf-like: a few artists and tracks most of the time.
            const int artist = int(5'000 * std::pow(random.generateDouble(), 3.0));
            const int track = artist * 10 + random.bounded(10);
            end += random.bounded(60, 600);
            out.write(row(random, end, artist, track));
            out.write(i + 1 < count ? ",\n" : "\n");
        }
        out.write("]\n");
    }
    QFile(marker).open(QIODevice::WriteOnly);
    return dir;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int rows = bench::envInt("REFRAIN_BENCH_LISTENS", 1'000'000);
    const QString exportDir = makeExport(rows);
    qint64 bytes = 0;
    for (const QFileInfo &info : QDir(exportDir).entryInfoList(QDir::Files))
        bytes += info.size();

    QTemporaryDir profile;
    auto db = Database::open(profile.filePath(QStringLiteral("library.db")));
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    for (const char *run : {"first", "again"}) {
        QElapsedTimer timer;
        timer.start();
        auto report = importHistory(db.value(), {exportDir});
        const qint64 ms = timer.elapsed();
        if (!report)
            qFatal("%s", qPrintable(report.error().message));
        const ImportCounts &c = report.value().counts;
        qint64 skipped = 0;
        for (const qint64 n : c.skipped)
            skipped += n;
        bench::emitJson({{QStringLiteral("bench"), QStringLiteral("history_import")},
                         {QStringLiteral("run"), QString::fromLatin1(run)},
                         {QStringLiteral("rows"), rows},
                         {QStringLiteral("bytes"), bytes},
                         {QStringLiteral("imported"), c.imported},
                         {QStringLiteral("duplicates"), c.duplicates},
                         {QStringLiteral("skipped"), skipped},
                         {QStringLiteral("seconds"), double(ms) / 1000.0},
                         {QStringLiteral("rows_per_second"), ms > 0 ? rows * 1000.0 / ms : 0.0},
                         {QStringLiteral("goal_seconds"), 30}});
    }
    return 0;
}
