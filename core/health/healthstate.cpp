#include "core/health/healthstate.h"

namespace refrain {

QString HealthState::levelKey(Level level) {
    switch (level) {
    case Level::Operational:
        return QStringLiteral("operational");
    case Level::Degraded:
        return QStringLiteral("degraded");
    case Level::PartialOutage:
        return QStringLiteral("partial_outage");
    case Level::MajorOutage:
        return QStringLiteral("major_outage");
    case Level::Maintenance:
        return QStringLiteral("maintenance");
    case Level::Offline:
        return QStringLiteral("offline");
    case Level::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString HealthState::basisKey(Basis basis) {
    switch (basis) {
    case Basis::Configuration:
        return QStringLiteral("configuration");
    case Basis::Network:
        return QStringLiteral("network");
    case Basis::ServerProbe:
        return QStringLiteral("server_probe");
    case Basis::StatusPage:
        return QStringLiteral("status_page");
    case Basis::Requests:
        return QStringLiteral("requests");
    }
    return {};
}

QJsonObject HealthState::toJson() const {
    return QJsonObject{
        {QStringLiteral("level"), levelKey(level)},
        {QStringLiteral("basis"), basisKey(basis)},
        {QStringLiteral("headline"), headline},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("since"), since.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("checked_at"), checkedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("server_configured"), serverConfigured},
    };
}

} // namespace refrain
