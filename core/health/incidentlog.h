// IncidentLog: the health transitions Refrain observed, kept in SQLite (health_log, schema 6) —
// written when a subject changes level, read back for the Status page (a 30-day timeline and
// per-subject uptime). Plain functions on a Database: callers run them on the database thread
// (Library::runOnDatabase) so the UI thread never waits on disk.
#pragma once

#include "core/health/healthstate.h"
#include "core/library/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace refrain {

class Database;

struct HealthLogEntry {
    qint64 id = 0;
    QString subject;     // "overall", "server:<id>", "component:<server-id>:<component-id>"
    QString subjectName; // for people: the server's or the component's name
    HealthLevel level = HealthLevel::Unknown;
    QString basis; // HealthState::basisKey
    QString headline;
    QString detail;
    QDateTime startedAt; // UTC
    QDateTime endedAt;   // UTC; invalid while it lasts

    friend bool operator==(const HealthLogEntry &, const HealthLogEntry &) = default;
};

// Uptime of one subject over a window: the share of the observed time it was Operational.
struct SubjectUptime {
    QString subject;
    QString subjectName;
    qint64 observedMs = 0;    // time covered by log rows inside the window
    qint64 operationalMs = 0; // of which Operational (Maintenance counts apart, not as down)
    qint64 maintenanceMs = 0;
    // Spells of Degraded or worse that overlap the window; back-to-back rows of one subject
    // (an outage that escalated, or whose headline changed) are one incident.
    int incidents = 0;
    int maintenances = 0; // maintenance spells, counted the same way
    // operationalMs / (observedMs - maintenanceMs); 1.0 when nothing was observed.
    double ratio() const;
};

namespace incidentlog {

inline constexpr auto kOverall = "overall";
inline constexpr int kKeepDays = 90; // what prune() is called with: the log keeps 90 days
// A server that flaps all day long writes a row per transition; without a cap 90 days of that
// could be hundreds of thousands of rows. 5,000 rows (about 2 MB) per subject is months of
// ordinary outages; a pathological flapper keeps only its most recent history.
inline constexpr int kMaxRowsPerSubject = 5'000;

// What record() keeps of a subject's history while the app runs: prune() at start-up alone
// would let a week-long session (or a year-long one) grow the log without end.
struct Retention {
    qint64 keepMs = qint64(kKeepDays) * 24 * 3'600'000; // closed rows older than this go
    int maxRowsPerSubject = kMaxRowsPerSubject;         // beyond this, the oldest closed go
};

QString serverSubject(const QString &serverId);
QString componentSubject(const QString &serverId, const QString &componentId);

// Records that `subject` is at `entry.level` from entry.startedAt: when the open row of that
// subject has the same level (and headline), nothing changes; otherwise it is closed at
// startedAt and a new open row begins — in one transaction. entry.id and entry.endedAt are
// ignored. A startedAt before the open row's start (the clock went back) is taken as that start.
// A new row also trims that subject's history to `retention` (measured back from startedAt), in
// the same transaction; the open row is never dropped.
Result<void> record(Database &db, const HealthLogEntry &entry, const Retention &retention = {});
// Closes every open row at `at` (the app quits; the next start opens fresh rows).
Result<void> closeAll(Database &db, const QDateTime &at);
// Rows overlapping [from, to), oldest first. Open rows count as lasting until `to`.
Result<QList<HealthLogEntry>> entries(Database &db, const QDateTime &from, const QDateTime &to);
// Rows worse than Operational (Degraded, outages and Maintenance; not Offline or Unknown, which
// say nothing about the service) overlapping the window, newest first — the timeline of
// observed incidents.
Result<QList<HealthLogEntry>> incidents(Database &db, const QDateTime &from, const QDateTime &to);
// Uptime per subject over [from, to) from those rows (pure; open rows end at `to`). Offline and
// Unknown rows say nothing about the service: they count as not observed. Ordered overall
// first, then servers, then components, each by name.
QList<SubjectUptime> uptime(const QList<HealthLogEntry> &entries, const QDateTime &from,
                            const QDateTime &to);
// Drops rows that ended before `before` (the log keeps 90 days).
Result<int> prune(Database &db, const QDateTime &before);

} // namespace incidentlog

} // namespace refrain
