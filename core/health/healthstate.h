// HealthState: one snapshot of how the music service is doing and why we think so — the value
// every view, the playback engine and the offline manager read. Every text in it is plain text:
// whatever came from a status feed or a server is shown literally, never as markup.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace refrain {

// Ordered from best to worst where that makes sense; Offline and Unknown are about what we can
// see, not about the service.
enum class HealthLevel {
    Operational,
    Degraded,
    PartialOutage,
    MajorOutage,
    Maintenance,
    Offline,
    Unknown
};

// How bad a level is for the service (Operational 0 … MajorOutage 4); Offline and Unknown -1:
// they say nothing about the service itself.
int healthSeverity(HealthLevel level);
// "operational", "partial_outage", …; and back (anything else: Unknown).
QString healthLevelKey(HealthLevel level);
HealthLevel healthLevelFromKey(const QString &key);
// For people: "Operational", "Partial outage", …
QString healthLevelLabel(HealthLevel level);
// How long, for people — the one wording every health view uses: "45 s", "2 min", "3 h 5 min",
// "2 d 4 h". Coarse (spans in a history, where seconds are noise): under a minute is "< 1 min".
QString healthDurationText(qint64 ms, bool coarse = false);
// A clock time the way the locale writes it short, never with seconds ("14:05", "2:05 PM"): the
// C locale's short format would say "14:05:00".
QString clockTimeText(const QTime &time);

// One dated message of an incident or a maintenance ("Investigating — We are looking into …").
struct StatusUpdate {
    QString status; // as the feed says it: "investigating", "identified", "monitoring", …
    QString body;   // plain text
    QDateTime at;   // UTC

    QJsonObject toJson() const;
    friend bool operator==(const StatusUpdate &, const StatusUpdate &) = default;
};

// One part of the service as the status feed (or our own observation) describes it.
struct ServiceComponent {
    QString id;
    QString name;
    QString group;  // the name of the group it belongs to; empty at the top level
    QString status; // the feed's word ("degraded_performance", …); for our own: the level key
    HealthLevel level = HealthLevel::Unknown;
    bool onlyShowIfDegraded = false; // hide it while it is operational
    bool isGroup = false;
    QString source; // "status_page", "server_probe" or "requests"

    QJsonObject toJson() const;
    friend bool operator==(const ServiceComponent &, const ServiceComponent &) = default;
};

// An unresolved incident the service declared.
struct ServiceIncident {
    QString id;
    QString name;
    QString status;                           // "investigating", "identified", "monitoring", …
    QString impact;                           // "none", "minor", "major", "critical", "maintenance"
    HealthLevel level = HealthLevel::Unknown; // the impact as a level
    QUrl url; // the incident's page (shortlink), when the feed gives one
    QDateTime startedAt;
    QDateTime updatedAt;
    QList<StatusUpdate> updates;    // newest first
    QStringList affectedComponents; // names

    QJsonObject toJson() const;
    friend bool operator==(const ServiceIncident &, const ServiceIncident &) = default;
};

// A scheduled maintenance window, upcoming or in progress.
struct ServiceMaintenance {
    QString id;
    QString name;
    QString status; // "scheduled", "in_progress", "verifying", "completed"
    QUrl url;
    QDateTime scheduledFor;      // UTC start
    QDateTime scheduledUntil;    // UTC end; may be invalid
    QList<StatusUpdate> updates; // newest first
    QStringList affectedComponents;

    // In progress at `now`: the feed says so, or `now` is inside the window.
    bool activeAt(const QDateTime &now) const;
    QJsonObject toJson() const;
    friend bool operator==(const ServiceMaintenance &, const ServiceMaintenance &) = default;
};

struct HealthState {
    using Level = HealthLevel;

    // Which signal decided the level.
    enum class Basis { Configuration, Network, ServerProbe, StatusPage, Requests };

    Level level = Level::Unknown;
    Basis basis = Basis::Configuration;
    QString headline;    // plain text, one line
    QString detail;      // plain text, what still works and what to do
    QDateTime since;     // when this level began (UTC)
    QDateTime checkedAt; // when the signals were last looked at (UTC)
    bool serverConfigured = false;

    // Who: the server the state is about (empty with no server) and the service's name as its
    // status page gives it (else the server's name).
    QString serverId;
    QString serverName;
    QString serviceName;
    QUrl statusPageUrl; // the human page ("Open status page"); empty without a feed

    // What each signal says now (Unknown: it has not spoken or cannot be believed).
    Level networkLevel = Level::Unknown; // Operational: online; Offline: no network
    Level serverLevel = Level::Unknown;
    Level feedLevel = Level::Unknown;
    Level requestsLevel = Level::Unknown;

    // Freshness.
    QDateTime serverLastSeen;     // the last answer from the server (UTC); invalid: never
    QDateTime serverFailingSince; // the first failed check of the current run; invalid: answering
    QDateTime feedCheckedAt;      // the last good read of the status page; invalid: never
    QDateTime feedFailingSince;   // the status page has not been readable since; invalid: fine
    QString feedProblem;          // why the last read failed, plain text; empty when fine
    bool flapping = false;        // the server keeps dropping out: recovery is held back

    QList<ServiceComponent> components;     // the feed's, then our own observations
    QList<ServiceIncident> incidents;       // unresolved, newest first
    QList<ServiceMaintenance> maintenances; // active and upcoming, soonest first

    static QString levelKey(Level level) { return healthLevelKey(level); }
    static QString basisKey(Basis basis); // "configuration", "server_probe", …
    QJsonObject toJson() const;

    friend bool operator==(const HealthState &, const HealthState &) = default;
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::HealthState)
