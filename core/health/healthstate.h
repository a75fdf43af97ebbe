// HealthState: one snapshot of how the music service is doing and why we think so — the value
// every view, the playback engine and the offline manager read.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace refrain {

struct HealthState {
    // Ordered from best to worst where that makes sense; Offline and Unknown are about what we
    // can see, not about the service.
    enum class Level {
        Operational,
        Degraded,
        PartialOutage,
        MajorOutage,
        Maintenance,
        Offline,
        Unknown
    };

    // Which signal decided the level.
    enum class Basis { Configuration, Network, ServerProbe, StatusPage, Requests };

    Level level = Level::Unknown;
    Basis basis = Basis::Configuration;
    QString headline;    // plain text, one line
    QString detail;      // plain text, what still works and what to do
    QDateTime since;     // when this level began (UTC)
    QDateTime checkedAt; // when the signals were last looked at (UTC)
    bool serverConfigured = false;

    static QString levelKey(Level level); // "operational", "partial_outage", …
    static QString basisKey(Basis basis); // "configuration", "server_probe", …
    QJsonObject toJson() const;

    friend bool operator==(const HealthState &, const HealthState &) = default;
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::HealthState)
