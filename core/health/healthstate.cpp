#include "core/health/healthstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace refrain {

namespace {

// The context of this file's text, spelled once so lupdate and the run time agree on it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(refrain::HealthState)
};

QJsonValue timeJson(const QDateTime &at) {
    if (!at.isValid())
        return QJsonValue::Null;
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray updatesJson(const QList<StatusUpdate> &updates) {
    QJsonArray out;
    for (const StatusUpdate &update : updates)
        out.append(update.toJson());
    return out;
}

template<typename T>
QJsonArray listJson(const QList<T> &items) {
    QJsonArray out;
    for (const T &item : items)
        out.append(item.toJson());
    return out;
}

} // namespace

int healthSeverity(HealthLevel level) {
    switch (level) {
    case HealthLevel::Operational:
        return 0;
    case HealthLevel::Degraded:
        return 1;
    case HealthLevel::Maintenance:
        return 2;
    case HealthLevel::PartialOutage:
        return 3;
    case HealthLevel::MajorOutage:
        return 4;
    case HealthLevel::Offline:
    case HealthLevel::Unknown:
        break;
    }
    return -1;
}

QString healthLevelKey(HealthLevel level) {
    switch (level) {
    case HealthLevel::Operational:
        return QStringLiteral("operational");
    case HealthLevel::Degraded:
        return QStringLiteral("degraded");
    case HealthLevel::PartialOutage:
        return QStringLiteral("partial_outage");
    case HealthLevel::MajorOutage:
        return QStringLiteral("major_outage");
    case HealthLevel::Maintenance:
        return QStringLiteral("maintenance");
    case HealthLevel::Offline:
        return QStringLiteral("offline");
    case HealthLevel::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

HealthLevel healthLevelFromKey(const QString &key) {
    for (HealthLevel level :
         {HealthLevel::Operational, HealthLevel::Degraded, HealthLevel::PartialOutage,
          HealthLevel::MajorOutage, HealthLevel::Maintenance, HealthLevel::Offline}) {
        if (healthLevelKey(level) == key)
            return level;
    }
    return HealthLevel::Unknown;
}

QString healthLevelLabel(HealthLevel level) {
    switch (level) {
    case HealthLevel::Operational:
        return Text::tr("Operational");
    case HealthLevel::Degraded:
        return Text::tr("Degraded");
    case HealthLevel::PartialOutage:
        return Text::tr("Partial outage");
    case HealthLevel::MajorOutage:
        return Text::tr("Major outage");
    case HealthLevel::Maintenance:
        return Text::tr("Maintenance");
    case HealthLevel::Offline:
        return Text::tr("Offline");
    case HealthLevel::Unknown:
        break;
    }
    return Text::tr("Unknown");
}

QString clockTimeText(const QTime &time) {
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(time, format);
}

QString healthDurationText(qint64 ms, bool coarse) {
    constexpr qint64 kMinute = 60'000, kHour = 60 * kMinute, kDay = 24 * kHour;
    ms = std::max<qint64>(0, ms);
    if (ms < kMinute)
        return coarse ? Text::tr("< 1 min") : Text::tr("%1 s").arg(ms / 1000);
    const qint64 days = ms / kDay;
    const qint64 hours = (ms % kDay) / kHour;
    const qint64 minutes = (ms % kHour) / kMinute;
    if (days > 0)
        return hours > 0 ? Text::tr("%1 d %2 h").arg(days).arg(hours) : Text::tr("%1 d").arg(days);
    if (hours > 0)
        return minutes > 0 ? Text::tr("%1 h %2 min").arg(hours).arg(minutes)
                           : Text::tr("%1 h").arg(hours);
    return Text::tr("%1 min").arg(minutes);
}

QJsonObject StatusUpdate::toJson() const {
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("body"), body},
                       {QStringLiteral("at"), timeJson(at)}};
}

QJsonObject ServiceComponent::toJson() const {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("group"), group},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("level"), healthLevelKey(level)},
                       {QStringLiteral("only_show_if_degraded"), onlyShowIfDegraded},
                       {QStringLiteral("is_group"), isGroup},
                       {QStringLiteral("source"), source}};
}

QJsonObject ServiceIncident::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("status"), status},
        {QStringLiteral("impact"), impact},
        {QStringLiteral("level"), healthLevelKey(level)},
        {QStringLiteral("url"), url.toString()},
        {QStringLiteral("started_at"), timeJson(startedAt)},
        {QStringLiteral("updated_at"), timeJson(updatedAt)},
        {QStringLiteral("updates"), updatesJson(updates)},
        {QStringLiteral("affected_components"), QJsonArray::fromStringList(affectedComponents)}};
}

bool ServiceMaintenance::activeAt(const QDateTime &now) const {
    if (status == QLatin1String("in_progress") || status == QLatin1String("verifying"))
        return true;
    if (status == QLatin1String("completed"))
        return false;
    return scheduledFor.isValid() && scheduledFor <= now
           && (!scheduledUntil.isValid() || now < scheduledUntil);
}

QJsonObject ServiceMaintenance::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("status"), status},
        {QStringLiteral("url"), url.toString()},
        {QStringLiteral("scheduled_for"), timeJson(scheduledFor)},
        {QStringLiteral("scheduled_until"), timeJson(scheduledUntil)},
        {QStringLiteral("updates"), updatesJson(updates)},
        {QStringLiteral("affected_components"), QJsonArray::fromStringList(affectedComponents)}};
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
        {QStringLiteral("since"), timeJson(since)},
        {QStringLiteral("checked_at"), timeJson(checkedAt)},
        {QStringLiteral("server_configured"), serverConfigured},
        {QStringLiteral("server_id"), serverId},
        {QStringLiteral("server_name"), serverName},
        {QStringLiteral("service_name"), serviceName},
        {QStringLiteral("status_page_url"), statusPageUrl.toString()},
        {QStringLiteral("signals"),
         QJsonObject{{QStringLiteral("network"), levelKey(networkLevel)},
                     {QStringLiteral("server"), levelKey(serverLevel)},
                     {QStringLiteral("status_page"), levelKey(feedLevel)},
                     {QStringLiteral("requests"), levelKey(requestsLevel)}}},
        {QStringLiteral("server_last_seen"), timeJson(serverLastSeen)},
        {QStringLiteral("server_failing_since"), timeJson(serverFailingSince)},
        {QStringLiteral("status_page_checked_at"), timeJson(feedCheckedAt)},
        {QStringLiteral("status_page_failing_since"), timeJson(feedFailingSince)},
        {QStringLiteral("status_page_problem"), feedProblem},
        {QStringLiteral("flapping"), flapping},
        {QStringLiteral("components"), listJson(components)},
        {QStringLiteral("incidents"), listJson(incidents)},
        {QStringLiteral("maintenances"), listJson(maintenances)},
    };
}

} // namespace refrain
