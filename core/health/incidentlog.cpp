#include "core/health/incidentlog.h"

#include "core/library/database.h"
#include "core/library/statement.h"

#include <QHash>

#include <algorithm>

namespace refrain {

double SubjectUptime::ratio() const {
    const qint64 counted = observedMs - maintenanceMs;
    if (counted <= 0)
        return 1.0;
    return double(operationalMs) / double(counted);
}

namespace incidentlog {

namespace {

constexpr auto kColumns = "SELECT id, subject, subject_name, level, basis, headline, detail, "
                          "started_at, ended_at FROM health_log ";

// Overlapping [from, to): open rows last until `to`.
constexpr auto kOverlaps = "WHERE started_at < ?2 AND (ended_at IS NULL OR ended_at > ?1) ";

QDateTime utcFromMs(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

HealthLogEntry entryFromRow(const Statement &s) {
    HealthLogEntry e;
    e.id = s.int64(0);
    e.subject = s.text(1);
    e.subjectName = s.text(2);
    e.level = healthLevelFromKey(s.text(3));
    e.basis = s.text(4);
    e.headline = s.text(5);
    e.detail = s.text(6);
    e.startedAt = utcFromMs(s.int64(7));
    if (!s.isNull(8))
        e.endedAt = utcFromMs(s.int64(8));
    return e;
}

Result<QList<HealthLogEntry>> readEntries(Database &db, const QByteArray &sql,
                                          const QDateTime &from, const QDateTime &to) {
    if (!from.isValid() || !to.isValid())
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("Reading the status history needs a time window."));
    auto stmt = Statement::prepare(db, sql.constData());
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, from.toMSecsSinceEpoch()).bind(2, to.toMSecsSinceEpoch());
    QList<HealthLogEntry> out;
    for (;;) {
        const Statement::Step step = s.step();
        if (step == Statement::Step::Failed)
            return s.error(QStringLiteral("Reading the status history"));
        if (step == Statement::Step::Done)
            return out;
        out.append(entryFromRow(s));
    }
}

// What a row means for uptime.
enum class Kind { NotObserved, Up, Down, Maintenance };

Kind kindOf(HealthLevel level) {
    if (level == HealthLevel::Maintenance)
        return Kind::Maintenance;
    const int severity = healthSeverity(level);
    if (severity < 0)
        return Kind::NotObserved;
    return severity == 0 ? Kind::Up : Kind::Down;
}

// Overall first, then servers, then status-page components: the order people read them in.
int subjectRank(const QString &subject) {
    if (subject == QLatin1String(kOverall))
        return 0;
    if (subject.startsWith(QLatin1String("server:")))
        return 1;
    if (subject.startsWith(QLatin1String("component:")))
        return 2;
    return 3;
}

// Keeps one subject's history within `retention` as of nowMs. Only when a row is added, so the
// cost follows transitions, not time: everything walks the (subject, started_at) index, the cap
// at most maxRowsPerSubject entries of it (under a millisecond at the app's cap, and rows come
// at most a few a minute). A closed row starts no later than it ends, so "started before the
// cut-off" narrows the walk without changing which rows go.
Result<void> trim(Database &db, const QString &subject, qint64 nowMs, const Retention &retention) {
    if (retention.keepMs > 0) {
        auto old = Statement::prepare(db, "DELETE FROM health_log WHERE subject = ?1 "
                                          "AND started_at < ?2 AND ended_at IS NOT NULL "
                                          "AND ended_at < ?2");
        if (!old)
            return old.error();
        old.value().bind(1, subject).bind(2, nowMs - retention.keepMs);
        if (auto ran = old.value().run(); !ran)
            return ran;
    }
    if (retention.maxRowsPerSubject <= 0)
        return {};
    // The start of the oldest row to keep; none when the subject has no more than the cap.
    auto cut = Statement::prepare(db, "SELECT started_at FROM health_log WHERE subject = ?1 "
                                      "ORDER BY started_at DESC LIMIT 1 OFFSET ?2");
    if (!cut)
        return cut.error();
    cut.value().bind(1, subject).bind(2, qint64(retention.maxRowsPerSubject - 1));
    const Statement::Step step = cut.value().step();
    if (step == Statement::Step::Failed)
        return cut.value().error(QStringLiteral("Reading the status history"));
    if (step == Statement::Step::Done)
        return {};
    const qint64 oldestKept = cut.value().int64(0);
    auto drop = Statement::prepare(db, "DELETE FROM health_log WHERE subject = ?1 "
                                       "AND started_at < ?2 AND ended_at IS NOT NULL");
    if (!drop)
        return drop.error();
    drop.value().bind(1, subject).bind(2, oldestKept);
    return drop.value().run();
}

} // namespace

QString serverSubject(const QString &serverId) {
    return QStringLiteral("server:") + serverId;
}

QString componentSubject(const QString &serverId, const QString &componentId) {
    return QStringLiteral("component:") + serverId + QLatin1Char(':') + componentId;
}

Result<void> record(Database &db, const HealthLogEntry &entry, const Retention &retention) {
    if (entry.subject.isEmpty() || !entry.startedAt.isValid())
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("A status history entry needs a subject and a time."));
    const QString level = healthLevelKey(entry.level);
    return db.transaction([&]() -> Result<void> {
        auto open = Statement::prepare(db, "SELECT id, level, headline, started_at FROM health_log "
                                           "WHERE subject = ?1 AND ended_at IS NULL");
        if (!open)
            return open.error();
        open.value().bind(1, entry.subject);
        qint64 startMs = entry.startedAt.toMSecsSinceEpoch();
        const Statement::Step step = open.value().step();
        if (step == Statement::Step::Failed)
            return open.value().error(QStringLiteral("Reading the status history"));
        if (step == Statement::Step::Row) {
            const Statement &row = open.value();
            if (row.text(1) == level && row.text(2) == entry.headline)
                return {}; // still the same state: its row goes on
            // Rows of one subject never overlap, even when the clock stepped back.
            startMs = std::max(startMs, row.int64(3));
            auto close =
                Statement::prepare(db, "UPDATE health_log SET ended_at = ?2 WHERE id = ?1");
            if (!close)
                return close.error();
            close.value().bind(1, row.int64(0)).bind(2, startMs);
            if (auto ran = close.value().run(); !ran)
                return ran;
        }
        auto insert = Statement::prepare(
            db, "INSERT INTO health_log (subject, subject_name, level, basis, headline, detail, "
                "started_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!insert)
            return insert.error();
        insert.value()
            .bind(1, entry.subject)
            .bind(2, entry.subjectName)
            .bind(3, level)
            .bind(4, entry.basis)
            .bind(5, entry.headline)
            .bind(6, entry.detail)
            .bind(7, startMs);
        if (auto ran = insert.value().run(); !ran)
            return ran;
        return trim(db, entry.subject, startMs, retention);
    });
}

Result<void> closeAll(Database &db, const QDateTime &at) {
    if (!at.isValid())
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("Closing the status history needs a time."));
    auto close = Statement::prepare(
        db, "UPDATE health_log SET ended_at = max(?1, started_at) WHERE ended_at IS NULL");
    if (!close)
        return close.error();
    close.value().bind(1, at.toMSecsSinceEpoch());
    return close.value().run();
}

Result<QList<HealthLogEntry>> entries(Database &db, const QDateTime &from, const QDateTime &to) {
    return readEntries(db, QByteArray(kColumns) + kOverlaps + "ORDER BY started_at, id", from, to);
}

Result<QList<HealthLogEntry>> incidents(Database &db, const QDateTime &from, const QDateTime &to) {
    return readEntries(db,
                       QByteArray(kColumns) + kOverlaps
                           + "AND level IN ('degraded', 'partial_outage', 'major_outage', "
                             "'maintenance') ORDER BY started_at DESC, id DESC",
                       from, to);
}

QList<SubjectUptime> uptime(const QList<HealthLogEntry> &entries, const QDateTime &from,
                            const QDateTime &to) {
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();

    QList<HealthLogEntry> sorted = entries;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const HealthLogEntry &a, const HealthLogEntry &b) { return a.startedAt < b.startedAt; });

    struct Tally {
        SubjectUptime uptime;
        Kind lastKind = Kind::NotObserved;
        qint64 lastEndMs = -1;
    };
    QHash<QString, Tally> tallies;
    for (const HealthLogEntry &e : std::as_const(sorted)) {
        Tally &t = tallies[e.subject];
        t.uptime.subject = e.subject;
        if (!e.subjectName.isEmpty())
            t.uptime.subjectName = e.subjectName; // the newest name wins
        const qint64 startMs = std::max(e.startedAt.toMSecsSinceEpoch(), fromMs);
        const qint64 rawEndMs = e.endedAt.isValid() ? e.endedAt.toMSecsSinceEpoch() : toMs;
        const qint64 endMs = std::min(rawEndMs, toMs);
        if (endMs <= startMs)
            continue;
        const qint64 span = endMs - startMs;
        const Kind kind = kindOf(e.level);
        // A new spell unless the previous row of this subject was the same kind and this one
        // follows it without a gap.
        const bool continues = t.lastKind == kind && t.lastEndMs == e.startedAt.toMSecsSinceEpoch();
        switch (kind) {
        case Kind::NotObserved:
            break;
        case Kind::Up:
            t.uptime.observedMs += span;
            t.uptime.operationalMs += span;
            break;
        case Kind::Down:
            t.uptime.observedMs += span;
            if (!continues)
                ++t.uptime.incidents;
            break;
        case Kind::Maintenance:
            t.uptime.observedMs += span;
            t.uptime.maintenanceMs += span;
            if (!continues)
                ++t.uptime.maintenances;
            break;
        }
        t.lastKind = kind;
        t.lastEndMs = rawEndMs;
    }

    QList<SubjectUptime> out;
    out.reserve(tallies.size());
    for (const Tally &t : std::as_const(tallies))
        out.append(t.uptime);
    std::sort(out.begin(), out.end(), [](const SubjectUptime &a, const SubjectUptime &b) {
        const int ra = subjectRank(a.subject);
        const int rb = subjectRank(b.subject);
        if (ra != rb)
            return ra < rb;
        const int byName = a.subjectName.localeAwareCompare(b.subjectName);
        if (byName != 0)
            return byName < 0;
        return a.subject < b.subject;
    });
    return out;
}

Result<int> prune(Database &db, const QDateTime &before) {
    if (!before.isValid())
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("Pruning the status history needs a time."));
    auto drop = Statement::prepare(
        db, "DELETE FROM health_log WHERE ended_at IS NOT NULL AND ended_at < ?1");
    if (!drop)
        return drop.error();
    drop.value().bind(1, before.toMSecsSinceEpoch());
    if (auto ran = drop.value().run(); !ran)
        return ran.error();
    return db.changes();
}

} // namespace incidentlog

} // namespace refrain
