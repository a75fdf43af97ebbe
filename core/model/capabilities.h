// Capabilities: what each feature can do right now — available, degraded or unavailable, with a
// reason a person can read — as a pure function of the service's health, this computer's network
// and what is kept offline. Every view, action and the playback engine read it, so an outage takes
// away exactly the features that depend on what failed and nothing else.
#pragma once

#include "core/health/healthstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace refrain {

enum class Feature {
    Streaming,
    RemoteBrowsing,
    RemoteSearch,
    Artwork,
    Scrobbling,
    ServerPlaylistEdits,
    Downloads,
    Prefetch,
    HeavyExtras
};
inline constexpr int kFeatureCount = 9;
inline constexpr std::array<Feature, kFeatureCount> kAllFeatures = {
    Feature::Streaming, Feature::RemoteBrowsing, Feature::RemoteSearch,
    Feature::Artwork,   Feature::Scrobbling,     Feature::ServerPlaylistEdits,
    Feature::Downloads, Feature::Prefetch,       Feature::HeavyExtras};
static_assert(int(Feature::HeavyExtras) + 1 == kFeatureCount);

// QHash<Feature, …> needs it; Qt 6.4 has no qHash for enums of its own.
inline size_t qHash(Feature feature, size_t seed = 0) noexcept {
    return ::qHash(int(feature), seed);
}

// "streaming", "remote_browsing", …: stable words for JSON, settings and the feature document.
QString featureKey(Feature feature);
std::optional<Feature> featureFromKey(const QString &key);
// For people: "Streaming", "Browsing the server", …
QString featureLabel(Feature feature);
// The extras nobody needs to hear music — artwork, prefetch and heavy extras. Only these may be
// switched off by a feature gate or crash safe mode; the rest follow the service alone.
bool isOptionalExtra(Feature feature);

enum class Availability { Available, Degraded, Unavailable };
// "available", "degraded", "unavailable".
QString availabilityKey(Availability availability);

struct Capability {
    Availability availability = Availability::Available;
    // One plain-text sentence for a tooltip or a notice: the cause, then what still works
    // ("This computer is offline; 120 downloaded songs still play."). Empty when Available.
    QString reason;

    friend bool operator==(const Capability &, const Capability &) = default;
};

// This computer's network as the OS reports it. Unknown never blocks anything.
enum class Connectivity { Unknown, Online, Offline };

// What plays and shows without the server.
struct OfflineInventory {
    int verifiedTracks = 0;        // downloaded copies that passed verification
    qint64 verifiedMs = 0;         // their total duration
    int essentialsReady = 0;       // of those, in Emergency Essentials
    bool mirrorHasContent = false; // the saved copy of the server's catalog has something in it
    QDateTime mirrorSyncedAt; // when that copy was last brought up to date (UTC); invalid: never

    friend bool operator==(const OfflineInventory &, const OfflineInventory &) = default;
};

struct FeatureGates {
    // Optional extras switched off, each with why, as a phrase that stands alone ("Switched off
    // by crash safe mode"). Features that are not optional extras are ignored here.
    QHash<Feature, QString> off;

    friend bool operator==(const FeatureGates &, const FeatureGates &) = default;
};

class Capabilities {
    Q_DECLARE_TR_FUNCTIONS(Capabilities)
public:
    const Capability &of(Feature feature) const { return m_features[std::size_t(feature)]; }
    void set(Feature feature, Capability capability);
    // Works at all, perhaps in part (Available or Degraded).
    bool available(Feature feature) const {
        return of(feature).availability != Availability::Unavailable;
    }
    // The features whose capability differs from `other`'s, in kAllFeatures order.
    QList<Feature> differingFrom(const Capabilities &other) const;
    // {"streaming": {"availability": "unavailable", "reason": "…"}, …}
    QJsonObject toJson() const;

    friend bool operator==(const Capabilities &, const Capabilities &) = default;

private:
    std::array<Capability, kFeatureCount> m_features;
};

// The rules, in order:
// - Gates first: an optional extra listed in `gates.off` is Unavailable with that reason, at any
//   level (a gate never makes anything more available).
// - No server set up (a decided health state without a server): every feature that needs the
//   server is Unavailable. Artwork and heavy extras stay Available: covers and recaps come from
//   the files and listens on this computer.
// - Offline (`connectivity`, the health level or the health's own network signal says so): the
//   problem is local. Streaming, downloads, prefetch and heavy extras are Unavailable; browsing
//   and search work from the saved copy of the catalog when there is one; artwork, scrobbling and
//   playlist edits are Degraded (saved artwork; listens and edits are kept and sent later).
// - Operational, or Unknown (not checked yet — never block on that): everything Available.
// - Degraded: artwork shows saved art only; prefetch and heavy extras step back first.
// - Partial outage: everything that needs the server is Degraded (it may fail; downloaded copies
//   play first, listens and edits are queued, downloads retried); prefetch and heavy extras off.
// - Major outage or maintenance: as offline, but the cause is the service ("The server does not
//   answer", "Tunes reports a major outage", "Tunes is down for scheduled maintenance until
//   04:00").
// Times in reasons are local, "14:05", with the day when it is not the day of `now`.
Capabilities computeCapabilities(const HealthState &health, Connectivity connectivity,
                                 const OfflineInventory &inventory, const FeatureGates &gates,
                                 const QDateTime &now);
Capabilities computeCapabilities(const HealthState &health, Connectivity connectivity,
                                 const OfflineInventory &inventory, const FeatureGates &gates = {});

} // namespace refrain

Q_DECLARE_METATYPE(refrain::Feature)
Q_DECLARE_METATYPE(refrain::Capabilities)
