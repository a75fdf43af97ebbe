// bench_soak: the soak rig of tests/soak for longer — by default 30 simulated days of a server
// and a status page in trouble every day (soakschedule), with the real health monitor, incident
// log and scrobbler — printing one JSON line per simulated day: resident memory, open files,
// database pages and rows, live objects and timers, real requests so far, and the real time the
// day took. Nothing should grow but the listens (kept on purpose) once the log's retention is
// reached.
//
// Environment: REFRAIN_SOAK_DAYS (default 30); REFRAIN_SOAK_KEEP_DAYS, the incident log's
// retention in simulated days (default 7, so the plateau shows within the run; the app keeps
// 90 days and at most incidentlog::kMaxRowsPerSubject rows a subject).
#include "tests/benchmarks/benchreport.h"
#include "tests/soak/soakrig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace refrain;
using namespace refrain::test;

namespace {
const char *const kProgram = "bench_soak";
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int days = bench::envInt("REFRAIN_SOAK_DAYS", 30);
    const int keepDays = bench::envInt("REFRAIN_SOAK_KEEP_DAYS", 7);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        bench::say(kProgram, QStringLiteral("no temporary folder"));
        return 1;
    }
    SoakRig::Options options;
    options.databasePath = dir.filePath(QStringLiteral("soak.db"));
    options.retention.keepMs = qint64(keepDays) * SoakRig::kDayMs;
    SoakRig rig(options);
    if (!rig.isReady()) {
        bench::say(kProgram, rig.error());
        return 1;
    }
    bench::say(
        kProgram,
        QStringLiteral("%1 simulated days, incident log kept %2 days").arg(days).arg(keepDays));
    QElapsedTimer total;
    total.start();
    for (int day = 1; day <= days; ++day) {
        if (!rig.runDay()) {
            bench::say(kProgram, rig.error());
            return 1;
        }
        QJsonObject line = rig.sample().toJson();
        line.insert(QStringLiteral("benchmark"), QString::fromLatin1(kProgram));
        line.insert(QStringLiteral("keep_days"), keepDays);
        line.insert(QStringLiteral("listens_recorded"), rig.listensRecorded());
        line.insert(QStringLiteral("scrobbled"), int(rig.scrobbledOnServer().size()));
        bench::emitJson(line);
    }
    bench::say(kProgram, QStringLiteral("done in %1 s").arg(total.elapsed() / 1000.0));
    return 0;
}
