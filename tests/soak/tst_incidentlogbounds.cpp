// The incident log stays bounded while the app runs (#10, soak): record() forgets what is older
// than the retention and keeps at most a cap of rows per subject, so a session of weeks with a
// flapping server does not fill the disk — and never drops the state of now. Before, only the
// start-up prune bounded the log, and a flapping server could write thousands of rows a day.
#include "core/health/incidentlog.h"
#include "core/library/database.h"
#include "core/library/statement.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace refrain;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

const QDateTime kBase = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC);
const QString kOverall = QString::fromLatin1(incidentlog::kOverall);
const QString kHome = incidentlog::serverSubject(QStringLiteral("home"));
const QString kStreaming =
    incidentlog::componentSubject(QStringLiteral("home"), QStringLiteral("streaming"));

HealthLogEntry at(const QString &subject, HealthLevel level, qint64 ms) {
    HealthLogEntry e;
    e.subject = subject;
    e.subjectName = subject;
    e.level = level;
    e.basis = QStringLiteral("server_probe");
    e.headline = healthLevelKey(level);
    e.detail = QStringLiteral("Songs on this computer and downloaded songs still play.");
    e.startedAt = kBase.addMSecs(ms);
    return e;
}

// Down and up again: every `every` ms a transition, for `count` transitions from `fromMs`.
bool flap(Database &db, const QString &subject, qint64 fromMs, qint64 every, int count,
          const incidentlog::Retention &retention = {}) {
    for (int i = 0; i < count; ++i) {
        const HealthLevel level = i % 2 ? HealthLevel::Operational : HealthLevel::MajorOutage;
        if (!incidentlog::record(db, at(subject, level, fromMs + i * every), retention))
            return false;
    }
    return true;
}

qint64 scalar(Database &db, const char *sql, const QString &subject = {}) {
    auto stmt = Statement::prepare(db, sql);
    if (!stmt)
        return -1;
    if (!subject.isEmpty())
        stmt.value().bind(1, subject);
    return stmt.value().step() == Statement::Step::Row ? stmt.value().int64(0) : -1;
}

qint64 rows(Database &db, const QString &subject) {
    return scalar(db, "SELECT count(*) FROM health_log WHERE subject = ?1", subject);
}

} // namespace

class TestIncidentLogBounds : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    int m_n = 0;

private Q_SLOTS:
    void init() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("log-%1.db").arg(++m_n)));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db.emplace(std::move(db).value());
    }
    void cleanup() { m_db.reset(); }

    void aLongSessionForgetsWhatIsOlderThanTheRetention() {
        Database &db = *m_db;
        // 100 days of one outage a day, without a restart (the start-up prune never runs).
        QVERIFY(flap(db, kHome, 0, 12 * kHour, 200));
        const QDateTime last = kBase.addMSecs(199 * 12 * kHour);
        // Nothing that ended more than 90 days before the newest row is left…
        auto old = incidentlog::entries(db, kBase, last.addDays(-incidentlog::kKeepDays - 1));
        QVERIFY(old.ok());
        QVERIFY2(old.value().isEmpty(), qPrintable(QString::number(old.value().size())));
        // …and the Status page's 30 days are all there.
        auto month = incidentlog::entries(db, last.addDays(-30), last.addMSecs(1));
        QVERIFY(month.ok());
        QCOMPARE(month.value().size(), 61);
        // Two a day for 90 days, the state of now, and the row that ended exactly 90 days ago.
        QCOMPARE(rows(db, kHome), qint64(2 * incidentlog::kKeepDays + 2));
    }

    void aFlappingServerKeepsOnlyItsNewestRows() {
        Database &db = *m_db;
        incidentlog::Retention small;
        small.maxRowsPerSubject = 100;
        QVERIFY(flap(db, kStreaming, 0, 10 * kMinute, 30, small));
        QVERIFY(flap(db, kHome, 0, kMinute, 1'000, small));
        QCOMPARE(rows(db, kHome), qint64(100));
        QCOMPARE(rows(db, kStreaming), qint64(30)); // another subject keeps its own history
        // The newest ones stay, the state of now among them.
        auto recent = incidentlog::entries(db, kBase.addMSecs(900 * kMinute),
                                           kBase.addMSecs(1'000 * kMinute));
        QVERIFY(recent.ok());
        int home = 0;
        for (const HealthLogEntry &e : std::as_const(recent.value()))
            home += e.subject == kHome ? 1 : 0;
        QCOMPARE(home, 100);
        QCOMPARE(scalar(db,
                        "SELECT count(*) FROM health_log WHERE subject = ?1 AND ended_at IS "
                        "NULL",
                        kHome),
                 qint64(1));
    }

    void theStateOfNowIsNeverDropped() {
        Database &db = *m_db;
        incidentlog::Retention tight;
        tight.keepMs = kHour;
        tight.maxRowsPerSubject = 1;
        // Down for ten days: its row is older than the retention but still open.
        QVERIFY(incidentlog::record(db, at(kHome, HealthLevel::MajorOutage, 0), tight));
        QVERIFY(incidentlog::record(db, at(kOverall, HealthLevel::MajorOutage, 0), tight));
        QVERIFY(flap(db, kStreaming, 0, kDay, 10, tight));
        QCOMPARE(rows(db, kHome), qint64(1));
        // It comes back: the outage closes now, the new row opens; the cap keeps just that one.
        QVERIFY(incidentlog::record(db, at(kHome, HealthLevel::Operational, 10 * kDay), tight));
        auto now = incidentlog::entries(db, kBase.addMSecs(10 * kDay), kBase.addMSecs(11 * kDay));
        QVERIFY(now.ok());
        bool homeUp = false;
        for (const HealthLogEntry &e : std::as_const(now.value()))
            homeUp = homeUp
                     || (e.subject == kHome && e.level == HealthLevel::Operational
                         && !e.endedAt.isValid());
        QVERIFY(homeUp);
        QCOMPARE(rows(db, kHome), qint64(1));
        QCOMPARE(rows(db, kOverall), qint64(1)); // untouched: nothing new was recorded for it
    }

    void monthsOfFlappingStayWithinTheCapAndTheFileStopsGrowing() {
        Database &db = *m_db;
        // A server (and so the overall state) down and up every 20 minutes for two months:
        // 4,300 transitions each. The cap is smaller than the app's so that the test reaches it
        // soon; the arithmetic is the same.
        incidentlog::Retention retention;
        retention.maxRowsPerSubject = 1'000;
        qint64 pagesAtCap = -1;
        constexpr int kPerDay = 72;
        for (int day = 0; day < 60; ++day) {
            QVERIFY(flap(db, kHome, day * kDay, 20 * kMinute, kPerDay, retention));
            QVERIFY(flap(db, kOverall, day * kDay, 20 * kMinute, kPerDay, retention));
            if (pagesAtCap < 0 && rows(db, kHome) >= retention.maxRowsPerSubject)
                pagesAtCap = scalar(db, "PRAGMA page_count");
        }
        QVERIFY(pagesAtCap > 0);
        QCOMPARE(rows(db, kHome), qint64(retention.maxRowsPerSubject));
        QCOMPARE(rows(db, kOverall), qint64(retention.maxRowsPerSubject));
        // Deleted rows' pages are reused: the file is the size it had when the cap was reached.
        const qint64 pages = scalar(db, "PRAGMA page_count");
        QVERIFY2(pages <= pagesAtCap + pagesAtCap / 10,
                 qPrintable(QStringLiteral("%1 pages, %2 at the cap").arg(pages).arg(pagesAtCap)));
    }
};

QTEST_GUILESS_MAIN(TestIncidentLogBounds)
#include "tst_incidentlogbounds.moc"
