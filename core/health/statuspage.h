// Reading a service's published status: the Atlassian Statuspage v2 summary
// (/api/v2/summary.json) today; the format is recognised by its keys so that others can join.
// Parsing is pure and total: any bytes give a report or a plain-text error, never a crash, and
// whatever the feed says is kept as plain text.
#pragma once

#include "core/health/healthstate.h"
#include "core/library/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace refrain {

struct StatusReport {
    QString format;   // "statuspage_v2"
    QString pageName; // "GitHub"
    QUrl pageUrl;     // the human page, https only (else empty)
    QDateTime updatedAt;
    QString indicator;   // status.indicator as given: "none", "minor", "major", "critical", …
    QString description; // status.description: "All Systems Operational"
    HealthLevel level = HealthLevel::Unknown; // the indicator (and active maintenance) as a level
    QList<ServiceComponent> components;       // groups and their members, feed order
    QList<ServiceIncident> incidents;         // unresolved, newest first
    QList<ServiceMaintenance> maintenances;   // not completed, soonest first

    friend bool operator==(const StatusReport &, const StatusReport &) = default;
};

namespace statuspage {

// The most a status document may weigh; a bigger one is refused (capped while downloading).
inline constexpr qint64 kMaxDocumentBytes = 2 * 1024 * 1024;
// Lists longer than this are cut (a feed with 100,000 components still reads).
inline constexpr int kMaxItems = 500;
// Each text (a name, an update's body, …) is cut to this many characters.
inline constexpr int kMaxTextChars = 2000;

// "none" → Operational, "minor" → Degraded, "major" → PartialOutage, "critical" → MajorOutage,
// "maintenance" → Maintenance, anything else → Unknown.
HealthLevel levelFromIndicator(const QString &indicator);
// "operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance";
// anything else → Unknown.
HealthLevel levelFromComponentStatus(const QString &status);
// An incident's impact: "none" → Operational, "minor" → Degraded, "major" → PartialOutage,
// "critical" → MajorOutage, "maintenance" → Maintenance, anything else → Unknown.
HealthLevel levelFromImpact(const QString &impact);

// Parses a summary document. `now` decides which maintenances are active. Errors (Invalid or
// Unsupported) say what is wrong in a sentence: "The status page sent an HTML page, not a status
// document", "The status document is cut short", …
Result<StatusReport> parse(const QByteArray &body, const QDateTime &now);

// The summary URL for what the user typed: a page ("https://www.githubstatus.com") gets
// /api/v2/summary.json; a URL already naming a .json document is kept. Without a scheme, https
// is assumed; anything but http(s) gives an empty URL.
QUrl summaryUrl(const QUrl &typed);

} // namespace statuspage

} // namespace refrain
