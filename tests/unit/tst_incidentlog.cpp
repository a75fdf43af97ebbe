// The incident log: every observed change of health is kept across restarts, read back for the
// Status page's 30-day window, and turned into the uptime figures people see.
#include "core/health/incidentlog.h"
#include "core/library/database.h"
#include "core/library/statement.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace refrain;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;

// A fixed moment keeps the arithmetic readable: t(h) is h hours after it.
const QDateTime kBase = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC);

QDateTime t(double hours) {
    return kBase.addMSecs(qint64(hours * double(kHour)));
}

HealthLogEntry at(const QString &subject, HealthLevel level, const QDateTime &start,
                  const QString &headline = {}) {
    HealthLogEntry e;
    e.subject = subject;
    e.subjectName = subject == QLatin1String(incidentlog::kOverall) ? QString() : subject.mid(7);
    e.level = level;
    e.basis = QStringLiteral("server_probe");
    e.headline = headline.isEmpty() ? healthLevelKey(level) : headline;
    e.startedAt = start;
    return e;
}

// A closed row as uptime() sees it, without a database.
HealthLogEntry span(const QString &subject, HealthLevel level, const QDateTime &start,
                    const QDateTime &end) {
    HealthLogEntry e = at(subject, level, start);
    e.endedAt = end;
    return e;
}

int openRows(Database &db, const QString &subject) {
    auto stmt = Statement::prepare(
        db, "SELECT count(*) FROM health_log WHERE subject = ?1 AND ended_at IS NULL");
    if (!stmt)
        return -1;
    stmt.value().bind(1, subject);
    return stmt.value().step() == Statement::Step::Row ? stmt.value().integer(0) : -1;
}

const QString kOverall = QString::fromLatin1(incidentlog::kOverall);
const QString kHome = incidentlog::serverSubject(QStringLiteral("Home"));

} // namespace

class TestIncidentLog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    int m_file = 0;

    Database &db() { return *m_db; }

    QList<HealthLogEntry> all() {
        auto rows = incidentlog::entries(db(), t(-10'000), t(10'000));
        return rows ? rows.value() : QList<HealthLogEntry>{};
    }

private Q_SLOTS:
    void init() {
        // A fresh real file per test: Database::open runs every migration, schema 6 included.
        auto opened = Database::open(m_dir.filePath(QStringLiteral("library-%1.db").arg(++m_file)));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        m_db.emplace(std::move(opened).value());
    }
    void cleanup() { m_db.reset(); }

    void subjectsAreNamedPredictably() {
        QCOMPARE(incidentlog::serverSubject(QStringLiteral("abc")), QStringLiteral("server:abc"));
        QCOMPARE(incidentlog::componentSubject(QStringLiteral("abc"), QStringLiteral("api")),
                 QStringLiteral("component:abc:api"));
    }

    void aTransitionClosesTheOpenRowAndOpensTheNext() {
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::Operational, t(0))));
        QVERIFY(incidentlog::record(
            db(), at(kHome, HealthLevel::MajorOutage, t(5), QStringLiteral("Can't reach Home"))));
        const QList<HealthLogEntry> rows = all();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).level, HealthLevel::Operational);
        QCOMPARE(rows.at(0).startedAt, t(0));
        QCOMPARE(rows.at(0).endedAt, t(5));
        QCOMPARE(rows.at(1).level, HealthLevel::MajorOutage);
        QCOMPARE(rows.at(1).headline, QStringLiteral("Can't reach Home"));
        QCOMPARE(rows.at(1).subjectName, QStringLiteral("Home"));
        QCOMPARE(rows.at(1).basis, QStringLiteral("server_probe"));
        QCOMPARE(rows.at(1).startedAt, t(5));
        QVERIFY(!rows.at(1).endedAt.isValid()); // it lasts
        QCOMPARE(openRows(db(), kHome), 1);
    }

    void theSameStateAgainChangesNothing() {
        QVERIFY(incidentlog::record(
            db(), at(kHome, HealthLevel::Degraded, t(0), QStringLiteral("Slow"))));
        // The monitor re-evaluates often; only a change of level or headline is a new row.
        HealthLogEntry again = at(kHome, HealthLevel::Degraded, t(1), QStringLiteral("Slow"));
        again.detail = QStringLiteral("Answers took 5 s");
        QVERIFY(incidentlog::record(db(), again));
        QCOMPARE(all().size(), 1);
        QCOMPARE(all().at(0).startedAt, t(0));

        QVERIFY(incidentlog::record(
            db(), at(kHome, HealthLevel::Degraded, t(2), QStringLiteral("Slower"))));
        QCOMPARE(all().size(), 2);
        QCOMPARE(all().at(0).endedAt, t(2));
        QCOMPARE(openRows(db(), kHome), 1);
    }

    void aRestartClosesRowsAndTheNextRunStartsFresh() {
        QVERIFY(incidentlog::record(db(), at(kOverall, HealthLevel::Operational, t(0))));
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::PartialOutage, t(1))));
        QVERIFY(incidentlog::closeAll(db(), t(3)));
        QCOMPARE(openRows(db(), kOverall), 0);
        QCOMPARE(openRows(db(), kHome), 0);

        // Reopened from the file, as the next start of the app does.
        const QString path = db().path();
        m_db.reset();
        auto reopened = Database::open(path);
        QVERIFY(reopened);
        m_db.emplace(std::move(reopened).value());

        // The same level as before the restart is a new row: the time the app was closed was
        // not observed.
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::PartialOutage, t(10))));
        const QList<HealthLogEntry> rows = all();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).endedAt, t(3));
        QCOMPARE(rows.at(1).endedAt, t(3));
        QCOMPARE(rows.at(2).startedAt, t(10));
        QCOMPARE(openRows(db(), kHome), 1);

        const QList<SubjectUptime> up = incidentlog::uptime(rows, t(0), t(12));
        QCOMPARE(up.size(), 2);
        QCOMPARE(up.at(1).subject, kHome);
        QCOMPARE(up.at(1).observedMs, 4 * kHour); // 1–3 and 10–12
        QCOMPARE(up.at(1).incidents, 2);
    }

    void aClockThatStepsBackNeverOverlapsRows() {
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::Operational, t(5))));
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::MajorOutage, t(4))));
        const QList<HealthLogEntry> rows = all();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).endedAt, t(5));
        QCOMPARE(rows.at(1).startedAt, t(5));
    }

    void badInputIsRefusedWithAReadableError() {
        HealthLogEntry noSubject = at(QString(), HealthLevel::Degraded, t(0));
        auto refused = incidentlog::record(db(), noSubject);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY(!incidentlog::record(db(), at(kHome, HealthLevel::Degraded, QDateTime())));
        QVERIFY(all().isEmpty());
    }

    void feedTextIsStoredExactly() {
        const QString hostile = QStringLiteral("<b>Down</b>'); DROP TABLE health_log; -- ☂");
        HealthLogEntry e = at(kHome, HealthLevel::MajorOutage, t(0), hostile);
        e.detail = QStringLiteral("<script>alert(1)</script>");
        QVERIFY(incidentlog::record(db(), e));
        QCOMPARE(all().size(), 1);
        QCOMPARE(all().at(0).headline, hostile);
        QCOMPARE(all().at(0).detail, e.detail);
    }

    void entriesAreTheRowsOverlappingTheWindow() {
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::Operational, t(0))));  // 0–10
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::Degraded, t(10))));    // 10–20
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::Operational, t(20)))); // 20–30
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::MajorOutage, t(30)))); // 30–
        QVERIFY(incidentlog::record(db(), at(kOverall, HealthLevel::Operational, t(40)))); // 40–

        auto window = incidentlog::entries(db(), t(15), t(35));
        QVERIFY(window);
        const QList<HealthLogEntry> rows = window.value();
        // The row that ended before the window is out; those straddling an edge keep their real
        // times; the open row counts; the row starting after the window is out.
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).level, HealthLevel::Degraded);
        QCOMPARE(rows.at(0).startedAt, t(10));
        QCOMPARE(rows.at(1).level, HealthLevel::Operational);
        QCOMPARE(rows.at(2).level, HealthLevel::MajorOutage);
        QVERIFY(!rows.at(2).endedAt.isValid());

        // Edges are half-open: a row ending exactly at `from` or starting at `to` is outside.
        auto edges = incidentlog::entries(db(), t(20), t(30));
        QVERIFY(edges);
        QCOMPARE(edges.value().size(), 1);
        QCOMPARE(edges.value().at(0).startedAt, t(20));

        // The uptime of a window counts only the part of each row inside it.
        const QList<SubjectUptime> up = incidentlog::uptime(rows, t(15), t(35));
        QCOMPARE(up.size(), 1);
        QCOMPARE(up.at(0).observedMs, 20 * kHour);
        QCOMPARE(up.at(0).operationalMs, 10 * kHour);
        QCOMPARE(up.at(0).incidents, 2);
    }

    void incidentsAreTheBadRowsNewestFirst() {
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::Operational, t(0))));
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::Degraded, t(1))));
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::Operational, t(2))));
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::Maintenance, t(3))));
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::Unknown, t(4))));
        QVERIFY(incidentlog::record(db(), at(kOverall, HealthLevel::Offline, t(5))));
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::MajorOutage, t(6))));

        auto found = incidentlog::incidents(db(), t(0), t(24));
        QVERIFY(found);
        QList<HealthLevel> levels;
        for (const HealthLogEntry &e : found.value())
            levels.append(e.level);
        // Offline and Unknown are about what we could see, not about the service.
        QCOMPARE(levels, (QList<HealthLevel>{HealthLevel::MajorOutage, HealthLevel::Maintenance,
                                             HealthLevel::Degraded}));

        auto later = incidentlog::incidents(db(), t(2), t(24));
        QVERIFY(later);
        QCOMPARE(later.value().size(), 2);
    }

    void thirtyDaysWithAThreeHourOutageIs99_58Percent() {
        const QDateTime from = t(0);
        const QDateTime to = t(30 * 24);
        const QList<HealthLogEntry> rows{
            span(kHome, HealthLevel::Operational, t(-100), t(200)),
            span(kHome, HealthLevel::MajorOutage, t(200), t(203)),
            span(kHome, HealthLevel::Operational, t(203), QDateTime()), // open: lasts until `to`
        };
        const QList<SubjectUptime> up = incidentlog::uptime(rows, from, to);
        QCOMPARE(up.size(), 1);
        QCOMPARE(up.at(0).observedMs, 30 * kDay);
        QCOMPARE(up.at(0).operationalMs, 30 * kDay - 3 * kHour);
        QCOMPARE(up.at(0).incidents, 1);
        QCOMPARE(qRound(up.at(0).ratio() * 10'000), 9958); // 99.58 %
    }

    void maintenanceIsNotDowntime() {
        const QList<HealthLogEntry> rows{
            span(kHome, HealthLevel::Operational, t(0), t(100)),
            span(kHome, HealthLevel::Maintenance, t(100), t(102)),
            span(kHome, HealthLevel::Operational, t(102), t(300)),
            span(kHome, HealthLevel::Degraded, t(300), t(301)),
            span(kHome, HealthLevel::Operational, t(301), t(720)),
        };
        const QList<SubjectUptime> up = incidentlog::uptime(rows, t(0), t(720));
        QCOMPARE(up.at(0).maintenanceMs, 2 * kHour);
        QCOMPARE(up.at(0).maintenances, 1);
        QCOMPARE(up.at(0).incidents, 1);
        QCOMPARE(up.at(0).operationalMs, 717 * kHour);
        // 717 of 718 counted hours: the maintenance is neither up nor down.
        QCOMPARE(up.at(0).ratio(), 717.0 / 718.0);

        // A window with nothing but maintenance was never down.
        const QList<SubjectUptime> only = incidentlog::uptime(rows, t(100), t(102));
        QCOMPARE(only.at(0).ratio(), 1.0);
    }

    void unknownAndOfflineTimeIsNotObserved() {
        const QList<HealthLogEntry> rows{
            span(kHome, HealthLevel::Unknown, t(0), t(240)),
            span(kHome, HealthLevel::Offline, t(240), t(480)),
            span(kHome, HealthLevel::Operational, t(480), t(719)),
            span(kHome, HealthLevel::PartialOutage, t(719), t(720)),
        };
        const QList<SubjectUptime> up = incidentlog::uptime(rows, t(0), t(720));
        QCOMPARE(up.at(0).observedMs, 240 * kHour);
        QCOMPARE(up.at(0).ratio(), 239.0 / 240.0);

        // Nothing observed at all: nothing to hold against the service.
        const QList<SubjectUptime> none = incidentlog::uptime(rows, t(0), t(10));
        QCOMPARE(none.at(0).observedMs, 0);
        QCOMPARE(none.at(0).ratio(), 1.0);
    }

    void anOutageThatEscalatesIsOneIncident() {
        const QList<HealthLogEntry> rows{
            span(kHome, HealthLevel::Operational, t(0), t(1)),
            span(kHome, HealthLevel::Degraded, t(1), t(2)),
            span(kHome, HealthLevel::MajorOutage, t(2), t(3)),
            span(kHome, HealthLevel::Degraded, t(3), t(4)),
            span(kHome, HealthLevel::Operational, t(4), t(5)),
            span(kHome, HealthLevel::Degraded, t(5), t(6)),
            span(kHome, HealthLevel::Operational, t(6), t(7)),
        };
        const QList<SubjectUptime> up = incidentlog::uptime(rows, t(0), t(7));
        QCOMPARE(up.at(0).incidents, 2);
        QCOMPARE(up.at(0).operationalMs, 3 * kHour);
    }

    void manySubjectsEachKeepTheirOwnHistory() {
        // 40 servers and the overall state, each changing 12 times, interleaved.
        for (int step = 0; step < 12; ++step) {
            const HealthLevel level = step % 2 ? HealthLevel::Degraded : HealthLevel::Operational;
            QVERIFY(incidentlog::record(db(), at(kOverall, level, t(step))));
            for (int s = 0; s < 40; ++s) {
                const QString subject = incidentlog::serverSubject(
                    QStringLiteral("s%1").arg(s, 2, 10, QLatin1Char('0')));
                QVERIFY(incidentlog::record(db(), at(subject, level, t(step + s / 1000.0))));
            }
        }
        const QList<HealthLogEntry> rows = all();
        QCOMPARE(rows.size(), 41 * 12);
        for (int s = 0; s < 40; ++s)
            QCOMPARE(openRows(db(), incidentlog::serverSubject(
                                        QStringLiteral("s%1").arg(s, 2, 10, QLatin1Char('0')))),
                     1);

        const QList<SubjectUptime> up = incidentlog::uptime(rows, t(0), t(12));
        QCOMPARE(up.size(), 41);
        QCOMPARE(up.first().subject, kOverall); // overall first, then servers by name
        QCOMPARE(up.at(1).subjectName, QStringLiteral("s00"));
        QCOMPARE(up.last().subjectName, QStringLiteral("s39"));
        for (const SubjectUptime &u : up) {
            QCOMPARE(u.incidents, 6);
            QVERIFY2(qAbs(u.ratio() - 0.5) < 0.01, qPrintable(u.subject));
        }
    }

    void pruneDropsWhatEndedBeforeTheCutOff() {
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::Operational, t(0))));
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::MajorOutage, t(10))));
        QVERIFY(incidentlog::record(db(), at(kHome, HealthLevel::Operational, t(20))));
        QVERIFY(incidentlog::record(db(), at(kOverall, HealthLevel::Operational, t(0)))); // open

        auto pruned = incidentlog::prune(db(), t(15));
        QVERIFY(pruned);
        QCOMPARE(pruned.value(), 1); // only the row that ended at 10
        QCOMPARE(all().size(), 3);
        QCOMPARE(openRows(db(), kOverall), 1); // what still lasts is never pruned
        QCOMPARE(incidentlog::prune(db(), t(15)).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIncidentLog)
#include "tst_incidentlog.moc"
