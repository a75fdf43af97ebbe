// The soak (#10): a simulated week of the app's long-lived parts — health monitor, incident log,
// scrobbler — against a Subsonic server and a status page that misbehave the same way every day
// (soakschedule), measured at each simulated midnight. After two days of warm-up nothing may keep
// growing: open files, memory, the incident log's rows and pages, objects and timers; the file
// grows only by the listens it keeps on purpose; and every listen reached the server once.
//
// The incident log keeps one simulated day here (the app keeps 90 days and at most
// incidentlog::kMaxRowsPerSubject rows a subject: tst_incidentlogbounds), so its plateau is
// reached inside the week; bench_soak prints the same figures for a month.
#include "core/health/incidentlog.h"
#include "tests/soak/soakrig.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace refrain;
using namespace refrain::test;

namespace {

constexpr int kDays = 7;
constexpr int kWarmUpDays = 2;

// Sanitizers keep freed memory in quarantine: resident memory says nothing there (LeakSanitizer
// does the job instead).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMemoryMeaningful = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kMemoryMeaningful = false;
#else
constexpr bool kMemoryMeaningful = true;
#endif
#else
constexpr bool kMemoryMeaningful = true;
#endif

} // namespace

class TestSoak : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<SoakRig> m_rig;
    QList<SoakRig::DaySample> m_days; // m_days[i]: after day i + 1

    const SoakRig::DaySample &after(int day) const { return m_days.at(day - 1); }

    // The largest value of figure over the days after warm-up.
    template<typename Figure>
    qint64 maxAfterWarmUp(Figure figure) const {
        qint64 most = figure(after(kWarmUpDays));
        for (int day = kWarmUpDays; day <= kDays; ++day)
            most = std::max<qint64>(most, figure(after(day)));
        return most;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        SoakRig::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("soak.db"));
        options.retention.keepMs = SoakRig::kDayMs;
        m_rig = std::make_unique<SoakRig>(options);
        QVERIFY2(m_rig->isReady(), qPrintable(m_rig->error()));
        qInfo("network backend: %s",
              m_rig->networkBackend().isEmpty() ? "none" : qPrintable(m_rig->networkBackend()));
        for (int day = 1; day <= kDays; ++day) {
            QVERIFY2(m_rig->runDay(), qPrintable(m_rig->error()));
            m_days.append(m_rig->sample());
            qInfo("%s",
                  QJsonDocument(m_days.last().toJson()).toJson(QJsonDocument::Compact).constData());
        }
    }

    void cleanupTestCase() { m_rig.reset(); }

    void theBannerFollowedEveryKindOfTrouble() {
        // Every day's outage, incident, maintenance and lost network reached the state people see.
        for (const HealthLevel level :
             {HealthLevel::MajorOutage, HealthLevel::PartialOutage, HealthLevel::Maintenance,
              HealthLevel::Offline, HealthLevel::Operational})
            QVERIFY2(m_rig->levelSeen(level), qPrintable(healthLevelKey(level)));
        QVERIFY(m_rig->flappingSeen());
        // And each day ended well: the week did not leave the banner stuck.
        QCOMPARE(m_rig->state().level, HealthLevel::Operational);
        QVERIFY2(m_rig->state().feedCheckedAt.isValid(), "the status page is read again");
        // Several transitions a day, every day (the same schedule: the same order of magnitude).
        const int firstDay = after(1).transitions;
        QVERIFY2(firstDay >= 10, qPrintable(QString::number(firstDay)));
        QVERIFY(after(kDays).transitions >= kDays * firstDay / 2);
        // Unchanged status pages cost a 304, day after day.
        QVERIFY(m_rig->statusNotModified() > after(kDays).statusRequests / 2);
    }

    void everyListenReachedTheServerOnce() {
        auto played = m_rig->listensPlayed();
        auto scrobbled = m_rig->scrobbledOnServer();
        QCOMPARE(played.size(), kDays * soakschedule::listensPerDay());
        std::sort(played.begin(), played.end());
        std::sort(scrobbled.begin(), scrobbled.end());
        QCOMPARE(scrobbled, played);
        // Nothing owed at any midnight: the queues drained after every day's trouble.
        for (const SoakRig::DaySample &day : std::as_const(m_days)) {
            QCOMPARE(day.db.queueRows, qint64(0));
            QCOMPARE(day.db.doneRows, day.db.listens);
        }
    }

    void openFilesStayFlat() {
        const int base = after(kWarmUpDays).fileDescriptors;
        QVERIFY(base > 0);
        for (int day = kWarmUpDays; day <= kDays; ++day) {
            const int fds = after(day).fileDescriptors;
            QVERIFY2(std::abs(fds - base) <= 2,
                     qPrintable(QStringLiteral("day %1: %2 open files, %3 after day %4")
                                    .arg(day)
                                    .arg(fds)
                                    .arg(base)
                                    .arg(kWarmUpDays)));
        }
    }

    void theIncidentLogStopsGrowing() {
        const soakmeter::DatabaseFigures &base = after(kWarmUpDays).db;
        QVERIFY(base.healthRows > 0);
        for (int day = kWarmUpDays; day <= kDays; ++day) {
            const soakmeter::DatabaseFigures &db = after(day).db;
            const QString where =
                QStringLiteral("day %1: %2")
                    .arg(day)
                    .arg(QString::fromUtf8(
                        QJsonDocument(db.toJson()).toJson(QJsonDocument::Compact)));
            // A day's worth of transitions, the same every day give or take the jitter — never
            // the sum of all days.
            QVERIFY2(db.healthRows <= base.healthRows + base.healthRows / 4 + 4, qPrintable(where));
            QVERIFY2(db.healthMaxRowsPerSubject <= incidentlog::kMaxRowsPerSubject,
                     qPrintable(where));
            // One open row per subject: the state of now, never dropped.
            QCOMPARE(db.healthOpenRows, db.healthSubjects);
            // Pruned pages are reused, so the log's share of the file stays put.
            if (base.healthLogPages >= 0)
                QVERIFY2(db.healthLogPages <= base.healthLogPages + base.healthLogPages / 4 + 2,
                         qPrintable(where));
        }
    }

    void theFileGrowsOnlyByTheListensItKeeps() {
        const soakmeter::DatabaseFigures &base = after(kWarmUpDays).db;
        const soakmeter::DatabaseFigures &last = after(kDays).db;
        // Listens are history, kept on purpose: a generous 1 KiB each, plus slack for one
        // B-tree split per index. Everything else (the log, the queues) must not add up.
        const qint64 allowed = (last.listens - base.listens) * 1024 + 64 * 1024;
        const qint64 grew = (last.pageCount - base.pageCount) * base.pageSize;
        QVERIFY2(grew <= allowed, qPrintable(QStringLiteral("%1 bytes for %2 listens")
                                                 .arg(grew)
                                                 .arg(last.listens - base.listens)));
        // The WAL is reused after each checkpoint: bounded by SQLite's auto-checkpoint size.
        QVERIFY2(last.walBytes <= 8 * 1024 * 1024, qPrintable(QString::number(last.walBytes)));
    }

    void memoryStaysFlat() {
        if (!kMemoryMeaningful)
            QSKIP("resident memory is meaningless under AddressSanitizer");
        const qint64 base = after(kWarmUpDays).residentBytes;
        QVERIFY(base > 0);
        const qint64 most =
            maxAfterWarmUp([](const SoakRig::DaySample &s) { return s.residentBytes; });
        // A few MiB of allocator noise; a leak per request (thousands of them) shows above it.
        QVERIFY2(most - base < 8 * 1024 * 1024,
                 qPrintable(QStringLiteral("%1 KiB more than after day %2")
                                .arg((most - base) / 1024)
                                .arg(kWarmUpDays)));
    }

    void objectsAndTimersStayFlat() {
        const SoakRig::DaySample &base = after(kWarmUpDays);
        for (int day = kWarmUpDays; day <= kDays; ++day) {
            const SoakRig::DaySample &s = after(day);
            const QString where = QStringLiteral("day %1").arg(day);
            // Nothing on the wire at midnight, and nothing finished left behind.
            QVERIFY2(s.networkReplies == 0, qPrintable(where));
            QVERIFY2(s.layerChildren <= base.layerChildren + 2, qPrintable(where));
            QVERIFY2(s.monitorObjects <= base.monitorObjects + 2, qPrintable(where));
            QVERIFY2(s.clockTimers <= base.clockTimers + 4, qPrintable(where));
        }
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
