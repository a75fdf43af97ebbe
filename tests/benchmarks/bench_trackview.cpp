// bench_trackview: the whole app (composition root, main window, offscreen) started on a profile
// holding 100,000 tracks: time until the window is shown, until the first rows are in the track
// view, until every row is; and resident memory with that library loaded. JSON lines on stdout.
//
// Environment: REFRAIN_BENCH_TRACKS (default 100000).
#include "app/compositionroot.h"
#include "core/library/database.h"
#include "core/library/trackstore.h"
#include "tests/benchmarks/benchreport.h"
#include "tests/support/corpusgenerator.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace refrain;

namespace {

constexpr double kGoalFirstRowsMs = 300;
constexpr double kGoalRssMb = 200;

double residentMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bool ok = false;
    int count = qEnvironmentVariableIntValue("REFRAIN_BENCH_TRACKS", &ok);
    if (!ok || count <= 0)
        count = 100000;

    QTemporaryDir profile;
    {
        auto db = Database::open(profile.filePath(QStringLiteral("library.db")));
        if (!db) {
            std::fprintf(stderr, "bench_trackview: %s\n", qPrintable(db.error().message));
            return 1;
        }
        QRandomGenerator rng(20261127);
        TrackList tracks = test::CorpusGenerator::syntheticTracks(count, rng);
        if (!TrackStore(db.value()).write(tracks, 0, 1)) {
            std::fprintf(stderr, "bench_trackview: writing the library failed\n");
            return 1;
        }
    }
#ifdef __GLIBC__
    // Hand the generator's freed memory back, so what is measured is the app's.
    malloc_trim(0);
#endif
    const double rssBefore = residentMb();

    QElapsedTimer timer;
    timer.start();
    CompositionRoot::Options options;
    options.profile = Profile::resolve(profile.path());
    CompositionRoot root(options);
    root.start();
    const bool exposed = QTest::qWaitForWindowExposed(root.window(), 10000);
    const double shownMs = double(timer.nsecsElapsed()) / 1e6;
    QTableView *table = root.window()->libraryView()->table();
    const bool first = QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, 10000);
    const double firstRowsMs = first ? double(timer.nsecsElapsed()) / 1e6 : -1;
    const bool all = QTest::qWaitFor([&] { return table->model()->rowCount() >= count; }, 60000);
    const double allRowsMs = all ? double(timer.nsecsElapsed()) / 1e6 : -1;
    // Sorting by title is the first thing many people do with a big list.
    QElapsedTimer sortTimer;
    sortTimer.start();
    table->sortByColumn(0, Qt::AscendingOrder);
    const double sortMs = double(sortTimer.nsecsElapsed()) / 1e6;
    // Turning the order round reuses what the first sort learnt about each title.
    sortTimer.restart();
    table->sortByColumn(0, Qt::DescendingOrder);
    const double resortMs = double(sortTimer.nsecsElapsed()) / 1e6;
    // Let the view paint and settle, then measure what staying open costs.
    QTest::qWait(500);
    const double rss = residentMb();

    bench::emitJson(QJsonObject{
        {QStringLiteral("bench"), QStringLiteral("track_view_open")},
        {QStringLiteral("tracks"), count},
        {QStringLiteral("window_shown_ms"), exposed ? shownMs : -1},
        {QStringLiteral("first_rows_ms"), firstRowsMs},
        {QStringLiteral("all_rows_ms"), allRowsMs},
        {QStringLiteral("rows"), table->model()->rowCount()},
        {QStringLiteral("sort_by_title_ms"), sortMs},
        {QStringLiteral("sort_by_title_descending_ms"), resortMs},
        {QStringLiteral("goal_first_rows_ms"), kGoalFirstRowsMs},
        {QStringLiteral("first_rows_met"), first && firstRowsMs < kGoalFirstRowsMs},
        {QStringLiteral("rss_mb"), rss},
        {QStringLiteral("rss_before_app_mb"), rssBefore},
        {QStringLiteral("goal_rss_mb"), kGoalRssMb},
        {QStringLiteral("rss_met"), rss > 0 && rss < kGoalRssMb},
    });
    return 0;
}
