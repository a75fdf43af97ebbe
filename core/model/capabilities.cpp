#include "core/model/capabilities.h"

#include <QLocale>

namespace refrain {

namespace {

using Level = HealthLevel;
using Basis = HealthState::Basis;

// Which column of the rules applies; the cause says why in words.
enum class Situation { Fine, Degraded, PartialOutage, Down, Offline, NoServer };

struct Cause {
    Situation situation = Situation::Fine;
    QString text; // opens the reason: "This computer is offline"
};

// A name from a status feed goes into a one-line tooltip: one line, and not a paragraph.
QString nameForSentence(const QString &name) {
    constexpr int kMax = 60;
    QString text = name.simplified();
    if (text.size() > kMax)
        text = text.left(kMax - 1).trimmed() + QStringLiteral("…");
    return text;
}

QString serviceOf(const HealthState &health) {
    if (!health.serviceName.trimmed().isEmpty())
        return nameForSentence(health.serviceName);
    if (!health.serverName.trimmed().isEmpty())
        return nameForSentence(health.serverName);
    return Capabilities::tr("The service");
}

// "14:05" on the day of `now`, "Tue 12 Nov 14:05" on another day, with the year when that differs.
QString timeText(const QDateTime &at, const QDateTime &now) {
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = local.toString(QStringLiteral("HH:mm"));
    if (local.date() == today)
        return time;
    const QString format = local.date().year() == today.year() ? QStringLiteral("ddd d MMM")
                                                               : QStringLiteral("d MMM yyyy");
    return QLocale().toString(local.date(), format) + QLatin1Char(' ') + time;
}

const ServiceMaintenance *currentMaintenance(const HealthState &health, const QDateTime &now) {
    for (const ServiceMaintenance &maintenance : health.maintenances) {
        if (maintenance.activeAt(now))
            return &maintenance;
    }
    // The level says maintenance even if the clocks disagree on the window: the soonest one.
    return health.maintenances.isEmpty() ? nullptr : &health.maintenances.first();
}

Cause causeOf(const HealthState &health, Connectivity connectivity, const QDateTime &now) {
    // A default HealthState (level Unknown, no server named) is "not checked yet", which must
    // not read as "no server".
    if (!health.serverConfigured && health.level != Level::Unknown)
        return {Situation::NoServer, Capabilities::tr("No streaming server is set up")};
    if (connectivity == Connectivity::Offline || health.level == Level::Offline
        || health.networkLevel == Level::Offline)
        return {Situation::Offline, Capabilities::tr("This computer is offline")};

    const bool feed = health.basis == Basis::StatusPage;
    switch (health.level) {
    case Level::Operational:
    case Level::Unknown:
    case Level::Offline: // handled above
        return {Situation::Fine, {}};
    case Level::Degraded:
        if (feed)
            return {Situation::Degraded,
                    Capabilities::tr("%1 reports degraded performance").arg(serviceOf(health))};
        // The merge says Degraded from a probe only when the server turned the sign-in away.
        if (health.basis == Basis::ServerProbe)
            return {Situation::Degraded, Capabilities::tr("The server refused the sign-in")};
        return {Situation::Degraded, Capabilities::tr("The server is slow or failing")};
    case Level::PartialOutage:
        if (feed)
            return {Situation::PartialOutage,
                    Capabilities::tr("%1 reports a partial outage").arg(serviceOf(health))};
        return {Situation::PartialOutage, Capabilities::tr("Part of the server is failing")};
    case Level::MajorOutage:
        if (feed)
            return {Situation::Down,
                    Capabilities::tr("%1 reports a major outage").arg(serviceOf(health))};
        return {Situation::Down, Capabilities::tr("The server does not answer")};
    case Level::Maintenance: {
        const ServiceMaintenance *maintenance = currentMaintenance(health, now);
        if (maintenance && maintenance->scheduledUntil.isValid()
            && maintenance->scheduledUntil > now)
            return {Situation::Down,
                    Capabilities::tr("%1 is down for scheduled maintenance until %2")
                        .arg(serviceOf(health), timeText(maintenance->scheduledUntil, now))};
        return {Situation::Down,
                Capabilities::tr("%1 is down for scheduled maintenance").arg(serviceOf(health))};
    }
    }
    return {Situation::Fine, {}};
}

// One sentence: the cause, then what still works.
Capability make(Availability availability, const QString &cause, const QString &consequence = {}) {
    if (availability == Availability::Available)
        return {};
    QString reason = cause;
    if (!consequence.isEmpty())
        reason += QStringLiteral("; ") + consequence;
    return {availability, reason + QLatin1Char('.')};
}

QString gateReason(const QString &why) {
    QString reason = why.simplified();
    if (reason.isEmpty())
        reason = Capabilities::tr("Switched off");
    const QChar last = reason.back();
    if (last != QLatin1Char('.') && last != QLatin1Char('!') && last != QLatin1Char('?'))
        reason += QLatin1Char('.');
    return reason;
}

struct Inputs {
    const Cause &cause;
    const OfflineInventory &inventory;
    const QDateTime &now;
};

QString stillPlays(const OfflineInventory &inventory) {
    if (inventory.verifiedTracks > 0)
        return Capabilities::tr("%n downloaded song(s) still play", nullptr,
                                inventory.verifiedTracks);
    return Capabilities::tr("music on this computer still plays");
}

QString savedCopy(const OfflineInventory &inventory, const QDateTime &now) {
    return inventory.mirrorSyncedAt.isValid()
               ? Capabilities::tr("the copy saved %1").arg(timeText(inventory.mirrorSyncedAt, now))
               : Capabilities::tr("the saved copy");
}

// Offline, major outage and maintenance: nothing reaches the server.
void fillDown(Capabilities &caps, const Inputs &in) {
    using A = Availability;
    const QString &c = in.cause.text;
    const bool local = in.cause.situation == Situation::Offline;
    const bool mirror = in.inventory.mirrorHasContent;
    const QString copy = savedCopy(in.inventory, in.now);
    const QString noCopy = Capabilities::tr("no copy of the catalog is saved on this computer yet");
    caps.set(Feature::Streaming, make(A::Unavailable, c, stillPlays(in.inventory)));
    caps.set(Feature::RemoteBrowsing,
             mirror ? make(A::Degraded, c, Capabilities::tr("browsing %1").arg(copy))
                    : make(A::Unavailable, c, noCopy));
    caps.set(Feature::RemoteSearch,
             mirror ? make(A::Degraded, c, Capabilities::tr("searching %1").arg(copy))
                    : make(A::Unavailable, c, noCopy));
    caps.set(Feature::Artwork,
             make(A::Degraded, c, Capabilities::tr("showing saved artwork only")));
    caps.set(Feature::Scrobbling,
             make(A::Degraded, c, Capabilities::tr("listens are kept and sent later")));
    caps.set(Feature::ServerPlaylistEdits,
             make(A::Degraded, c,
                  Capabilities::tr("edits are kept here and merged when the server is back")));
    caps.set(Feature::Downloads,
             make(A::Unavailable, c,
                  local ? Capabilities::tr("downloads wait until the network is back")
                        : Capabilities::tr("downloads wait until the server is back")));
    caps.set(Feature::Prefetch,
             make(A::Unavailable, c, Capabilities::tr("songs are not fetched ahead")));
    caps.set(Feature::HeavyExtras,
             make(A::Unavailable, c, Capabilities::tr("extras that need the server step back")));
}

// The first to go while the service struggles: what only adds load to a server in trouble.
void stepBackExtras(Capabilities &caps, const QString &cause) {
    caps.set(Feature::Prefetch,
             make(Availability::Unavailable, cause,
                  Capabilities::tr("songs are not fetched ahead to spare the server")));
    caps.set(Feature::HeavyExtras,
             make(Availability::Unavailable, cause,
                  Capabilities::tr("heavy extras step back to spare the server")));
}

void fillPartialOutage(Capabilities &caps, const Inputs &in) {
    using A = Availability;
    const QString &c = in.cause.text;
    const bool mirror = in.inventory.mirrorHasContent;
    const QString copy = savedCopy(in.inventory, in.now);
    caps.set(Feature::Streaming,
             make(A::Degraded, c,
                  Capabilities::tr("streams may fail, so downloaded copies play first")));
    caps.set(
        Feature::RemoteBrowsing,
        make(A::Degraded, c,
             mirror ? Capabilities::tr("browsing falls back to %1 when the server fails").arg(copy)
                    : Capabilities::tr("browsing may fail")));
    caps.set(
        Feature::RemoteSearch,
        make(A::Degraded, c,
             mirror ? Capabilities::tr("searching falls back to %1 when the server fails").arg(copy)
                    : Capabilities::tr("searching may fail")));
    caps.set(Feature::Artwork,
             make(A::Degraded, c, Capabilities::tr("showing saved artwork only")));
    caps.set(Feature::Scrobbling,
             make(A::Degraded, c,
                  Capabilities::tr("listens are queued and sent when the server takes them")));
    caps.set(Feature::ServerPlaylistEdits,
             make(A::Degraded, c,
                  Capabilities::tr("edits are kept here and merged when the server is back")));
    caps.set(Feature::Downloads,
             make(A::Degraded, c, Capabilities::tr("failed downloads are retried later")));
    stepBackExtras(caps, c);
}

void fillDegraded(Capabilities &caps, const Inputs &in) {
    using A = Availability;
    const QString &c = in.cause.text;
    caps.set(Feature::Artwork,
             make(A::Degraded, c,
                  Capabilities::tr("showing saved artwork only, no new artwork is fetched")));
    stepBackExtras(caps, c);
}

void fillNoServer(Capabilities &caps, const Inputs &in) {
    using A = Availability;
    const QString &c = in.cause.text;
    caps.set(Feature::Streaming,
             make(A::Unavailable, c, Capabilities::tr("music on this computer still plays")));
    caps.set(Feature::RemoteBrowsing, make(A::Unavailable, c));
    caps.set(Feature::RemoteSearch,
             make(A::Unavailable, c,
                  Capabilities::tr("search still covers the music on this computer")));
    caps.set(
        Feature::Scrobbling,
        make(A::Unavailable, c, Capabilities::tr("listens are still recorded on this computer")));
    caps.set(Feature::ServerPlaylistEdits, make(A::Unavailable, c));
    caps.set(Feature::Downloads, make(A::Unavailable, c));
    caps.set(Feature::Prefetch, make(A::Unavailable, c));
    // Artwork (embedded and folder covers) and heavy extras (recaps of local listens) need no
    // server: they stay Available.
}

} // namespace

QString featureKey(Feature feature) {
    switch (feature) {
    case Feature::Streaming:
        return QStringLiteral("streaming");
    case Feature::RemoteBrowsing:
        return QStringLiteral("remote_browsing");
    case Feature::RemoteSearch:
        return QStringLiteral("remote_search");
    case Feature::Artwork:
        return QStringLiteral("artwork");
    case Feature::Scrobbling:
        return QStringLiteral("scrobbling");
    case Feature::ServerPlaylistEdits:
        return QStringLiteral("server_playlist_edits");
    case Feature::Downloads:
        return QStringLiteral("downloads");
    case Feature::Prefetch:
        return QStringLiteral("prefetch");
    case Feature::HeavyExtras:
        return QStringLiteral("heavy_extras");
    }
    return {};
}

std::optional<Feature> featureFromKey(const QString &key) {
    for (Feature feature : kAllFeatures) {
        if (featureKey(feature) == key)
            return feature;
    }
    return std::nullopt;
}

QString featureLabel(Feature feature) {
    switch (feature) {
    case Feature::Streaming:
        return Capabilities::tr("Streaming");
    case Feature::RemoteBrowsing:
        return Capabilities::tr("Browsing the server");
    case Feature::RemoteSearch:
        return Capabilities::tr("Searching the server");
    case Feature::Artwork:
        return Capabilities::tr("Artwork");
    case Feature::Scrobbling:
        return Capabilities::tr("Scrobbling");
    case Feature::ServerPlaylistEdits:
        return Capabilities::tr("Editing server playlists");
    case Feature::Downloads:
        return Capabilities::tr("Downloads");
    case Feature::Prefetch:
        return Capabilities::tr("Fetching songs ahead");
    case Feature::HeavyExtras:
        return Capabilities::tr("Extras such as recaps with artwork");
    }
    return {};
}

bool isOptionalExtra(Feature feature) {
    return feature == Feature::Artwork || feature == Feature::Prefetch
           || feature == Feature::HeavyExtras;
}

QString availabilityKey(Availability availability) {
    switch (availability) {
    case Availability::Available:
        return QStringLiteral("available");
    case Availability::Degraded:
        return QStringLiteral("degraded");
    case Availability::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}

void Capabilities::set(Feature feature, Capability capability) {
    m_features[std::size_t(feature)] = std::move(capability);
}

QList<Feature> Capabilities::differingFrom(const Capabilities &other) const {
    QList<Feature> which;
    for (Feature feature : kAllFeatures) {
        if (of(feature) != other.of(feature))
            which.append(feature);
    }
    return which;
}

QJsonObject Capabilities::toJson() const {
    QJsonObject json;
    for (Feature feature : kAllFeatures) {
        const Capability &capability = of(feature);
        json.insert(
            featureKey(feature),
            QJsonObject{{QStringLiteral("availability"), availabilityKey(capability.availability)},
                        {QStringLiteral("reason"), capability.reason}});
    }
    return json;
}

Capabilities computeCapabilities(const HealthState &health, Connectivity connectivity,
                                 const OfflineInventory &inventory, const FeatureGates &gates,
                                 const QDateTime &now) {
    Capabilities caps;
    const Cause cause = causeOf(health, connectivity, now);
    const Inputs in{cause, inventory, now};
    switch (cause.situation) {
    case Situation::Fine:
        break;
    case Situation::Degraded:
        fillDegraded(caps, in);
        break;
    case Situation::PartialOutage:
        fillPartialOutage(caps, in);
        break;
    case Situation::Down:
    case Situation::Offline:
        fillDown(caps, in);
        break;
    case Situation::NoServer:
        fillNoServer(caps, in);
        break;
    }
    for (auto it = gates.off.cbegin(); it != gates.off.cend(); ++it) {
        if (isOptionalExtra(it.key()))
            caps.set(it.key(), {Availability::Unavailable, gateReason(it.value())});
    }
    return caps;
}

Capabilities computeCapabilities(const HealthState &health, Connectivity connectivity,
                                 const OfflineInventory &inventory, const FeatureGates &gates) {
    return computeCapabilities(health, connectivity, inventory, gates,
                               QDateTime::currentDateTimeUtc());
}

} // namespace refrain
