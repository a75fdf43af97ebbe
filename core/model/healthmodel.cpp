#include "core/model/healthmodel.h"

#include "core/health/healthmonitor.h"

#include <QLocale>

#include <algorithm>

namespace refrain {

namespace {

// Offline and Unknown say nothing about the service; Operational is fine. Everything else is a
// problem the user may want to read about.
bool isProblem(HealthLevel level) {
    return level != HealthLevel::Operational && level != HealthLevel::Unknown;
}

bool isComponentShown(const ServiceComponent &component) {
    const bool operational = component.level == HealthLevel::Operational
                             || component.status == QLatin1String("operational");
    return !(component.onlyShowIfDegraded && operational);
}

qint64 secondsBetween(const QDateTime &from, const QDateTime &to) {
    // A clock that stepped back must not print "checked -3 s ago".
    return std::max<qint64>(0, from.secsTo(to));
}

} // namespace

HealthModel::HealthModel(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); }) {}

void HealthModel::attach(HealthMonitor *monitor) {
    connect(monitor, &HealthMonitor::stateChanged, this, &HealthModel::setState);
    setState(monitor->state());
}

void HealthModel::setClock(Now now) {
    m_now = std::move(now);
}

QDateTime HealthModel::now() const {
    return m_now();
}

void HealthModel::setState(const HealthState &state) {
    if (state == m_state)
        return;
    const HealthState previous = m_state;
    m_state = state;
    if (m_dismissed) {
        // Recovering ends the dismissed problem: the next one is news again.
        const bool recovered =
            state.level == HealthLevel::Operational && m_dismissedLevel != HealthLevel::Operational;
        if (recovered || isWorse(m_dismissedLevel, m_dismissedIncidents, state))
            m_dismissed = false;
    }
    const bool worse = isWorse(previous, state);
    Q_EMIT changed();
    if (worse)
        Q_EMIT worsened();
}

HealthModel::Severity HealthModel::severity() const {
    using Level = HealthState::Level;
    switch (m_state.level) {
    case Level::Operational:
        return m_state.serverConfigured ? Severity::Good : Severity::Neutral;
    case Level::Degraded:
    case Level::Maintenance:
        return Severity::Warning;
    case Level::PartialOutage:
    case Level::MajorOutage:
    case Level::Offline:
        return Severity::Problem;
    case Level::Unknown:
        break;
    }
    return Severity::Neutral;
}

QString HealthModel::levelText() const {
    if (!m_state.serverConfigured)
        return {};
    if (m_state.level == HealthLevel::Unknown)
        return tr("Status unknown");
    return healthLevelLabel(m_state.level);
}

QString HealthModel::basisText() const {
    switch (m_state.basis) {
    case HealthState::Basis::Configuration:
        return tr("Based on your settings");
    case HealthState::Basis::Network:
        return tr("Based on this computer's network");
    case HealthState::Basis::ServerProbe:
        return tr("Based on checks of the server");
    case HealthState::Basis::StatusPage:
        return tr("Based on the service's status page");
    case HealthState::Basis::Requests:
        return tr("Based on recent requests");
    }
    return {};
}

QString HealthModel::statusText(const QString &status) {
    static const struct {
        const char *key;
        const char *text;
    } known[] = {
        {"operational", QT_TR_NOOP("Operational")},
        {"degraded_performance", QT_TR_NOOP("Degraded performance")},
        {"partial_outage", QT_TR_NOOP("Partial outage")},
        {"major_outage", QT_TR_NOOP("Major outage")},
        {"under_maintenance", QT_TR_NOOP("Under maintenance")},
        {"investigating", QT_TR_NOOP("Investigating")},
        {"identified", QT_TR_NOOP("Identified")},
        {"monitoring", QT_TR_NOOP("Monitoring")},
        {"resolved", QT_TR_NOOP("Resolved")},
        {"postmortem", QT_TR_NOOP("Postmortem")},
        {"scheduled", QT_TR_NOOP("Scheduled")},
        {"in_progress", QT_TR_NOOP("In progress")},
        {"verifying", QT_TR_NOOP("Verifying")},
        {"completed", QT_TR_NOOP("Completed")},
    };
    for (const auto &entry : known) {
        if (status == QLatin1String(entry.key))
            return tr(entry.text);
    }
    QString tidy = status;
    tidy.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!tidy.isEmpty())
        tidy[0] = tidy[0].toUpper();
    return tidy;
}

QString HealthModel::freshnessText(const QDateTime &now) const {
    const HealthState &s = m_state;
    QStringList parts;
    if (s.checkedAt.isValid()) {
        const qint64 age = secondsBetween(s.checkedAt, now);
        parts << (age < 5 ? tr("checked just now")
                          : tr("checked %1 ago").arg(healthDurationText(1000 * age)));
    }
    if (s.serverConfigured) {
        const bool serverFailing =
            s.serverFailingSince.isValid() || s.level == HealthLevel::Offline;
        if (serverFailing && s.serverLastSeen.isValid())
            parts << tr("server last answered %1 ago")
                         .arg(healthDurationText(1000 * (secondsBetween(s.serverLastSeen, now))));
        else if (s.serverFailingSince.isValid())
            parts << tr("server not answering for %1")
                         .arg(healthDurationText(1000
                                                 * (secondsBetween(s.serverFailingSince, now))));
    }
    if (s.feedFailingSince.isValid()) {
        parts << tr("status page unreachable for %1")
                     .arg(healthDurationText(1000 * (secondsBetween(s.feedFailingSince, now))));
    } else if (s.basis == HealthState::Basis::StatusPage && s.feedCheckedAt.isValid()
               && (!s.checkedAt.isValid() || s.feedCheckedAt.secsTo(s.checkedAt) >= 60)) {
        // The feed is read less often than the server is probed; say how old its word is.
        parts << tr("status page read %1 ago")
                     .arg(healthDurationText(1000 * (secondsBetween(s.feedCheckedAt, now))));
    }
    return parts.join(QStringLiteral(" · "));
}

void HealthModel::setReadiness(const Readiness &readiness) {
    const bool differs = readiness.essentialsReady != m_readiness.essentialsReady
                         || readiness.essentialsTracks != m_readiness.essentialsTracks
                         || readiness.essentialsReadyMs != m_readiness.essentialsReadyMs
                         || readiness.essentialsPending != m_readiness.essentialsPending;
    m_readiness = readiness;
    if (differs)
        Q_EMIT changed();
}

QString HealthModel::readinessLine(const QDateTime &now) const {
    if (!m_state.serverConfigured || m_readiness.essentialsTracks == 0)
        return {};
    if (m_state.level == HealthLevel::Operational && upcomingMaintenanceText(now).isEmpty())
        return {};
    return readinessText(m_readiness);
}

HealthModel::Action HealthModel::action() const {
    const HealthState &s = m_state;
    if (!s.serverConfigured || s.level == HealthLevel::Operational)
        return Action::None;
    switch (s.level) {
    case HealthLevel::PartialOutage:
    case HealthLevel::MajorOutage:
    case HealthLevel::Maintenance:
    case HealthLevel::Offline:
        // Music first: what is ready plays now, whatever the server does.
        if (m_readiness.essentialsReady > 0)
            return Action::PlayEssentials;
        break;
    case HealthLevel::Operational:
    case HealthLevel::Degraded:
    case HealthLevel::Unknown:
        break;
    }
    if (s.level == HealthLevel::Offline)
        return Action::RetryNow;
    switch (s.basis) {
    case HealthState::Basis::StatusPage:
        return s.statusPageUrl.isValid() && !s.statusPageUrl.isEmpty() ? Action::OpenStatusPage
                                                                       : Action::None;
    case HealthState::Basis::Network:
    case HealthState::Basis::ServerProbe:
    case HealthState::Basis::Requests:
        return Action::RetryNow;
    case HealthState::Basis::Configuration:
        break;
    }
    return Action::None;
}

QString HealthModel::actionText() const {
    switch (action()) {
    case Action::None:
        break;
    case Action::RetryNow:
        return tr("Retry now");
    case Action::OpenStatusPage:
        return tr("Open status page");
    case Action::PlayEssentials:
        return tr("Play Emergency Essentials — %1 ready")
            .arg(musicLengthText(m_readiness.essentialsReadyMs));
    }
    return {};
}

QList<ServiceComponent> HealthModel::visibleComponents() const {
    const QList<ServiceComponent> &all = m_state.components;
    QSet<QString> groups;
    for (const ServiceComponent &c : all) {
        if (c.isGroup)
            groups.insert(c.name);
    }
    QList<ServiceComponent> out;
    for (const ServiceComponent &c : all) {
        if (c.isGroup) {
            QList<ServiceComponent> members;
            for (const ServiceComponent &m : all) {
                if (!m.isGroup && m.group == c.name && isComponentShown(m))
                    members << m;
            }
            const bool hasMembers = std::any_of(all.begin(), all.end(), [&](const auto &m) {
                return !m.isGroup && m.group == c.name;
            });
            if (!isComponentShown(c) || (hasMembers && members.isEmpty()))
                continue;
            out << c << members;
        } else if (!groups.contains(c.group) && isComponentShown(c)) {
            // Top level, or a member whose group the feed did not list: show it on its own.
            out << c;
        }
    }
    return out;
}

QString HealthModel::timeText(const QDateTime &at, const QDateTime &now) const {
    if (!at.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    const QString time = clockTimeText(local.time());
    const QDate today = now.toLocalTime().date();
    if (local.date() == today)
        return time;
    const QString format = local.date().year() == today.year() ? QStringLiteral("ddd d MMM")
                                                               : QStringLiteral("d MMM yyyy");
    return locale.toString(local.date(), format) + QLatin1Char(' ') + time;
}

QString HealthModel::maintenanceText(const ServiceMaintenance &m, const QDateTime &now) const {
    const QLocale locale;
    const QDate today = now.toLocalTime().date();
    auto day = [&](const QDate &date) -> QString {
        if (date == today)
            return {};
        if (date == today.addDays(1))
            return tr("tomorrow") + QLatin1Char(' ');
        return locale.toString(date, QStringLiteral("ddd d MMM")) + QLatin1Char(' ');
    };
    auto time = [&](const QDateTime &at) { return clockTimeText(at.time()); };
    const QDateTime start = m.scheduledFor.toLocalTime();
    const QDateTime end = m.scheduledUntil.toLocalTime();

    if (m.status == QLatin1String("completed"))
        return tr("Maintenance completed");
    if (m.activeAt(now)) {
        if (!end.isValid())
            return tr("Maintenance in progress");
        return tr("Maintenance in progress until %1").arg(day(end.date()) + time(end));
    }
    if (!start.isValid())
        return tr("Scheduled maintenance");
    if (!end.isValid())
        return tr("Scheduled maintenance from %1").arg(day(start.date()) + time(start));
    if (end.date() == start.date())
        return tr("Scheduled maintenance %1–%2").arg(day(start.date()) + time(start), time(end));
    return tr("Scheduled maintenance %1 – %2")
        .arg(day(start.date()) + time(start), day(end.date()) + time(end));
}

QString HealthModel::upcomingMaintenanceText(const QDateTime &now) const {
    constexpr qint64 kAheadSecs = 24 * 3600;
    for (const ServiceMaintenance &m : m_state.maintenances) {
        if (m.status == QLatin1String("completed"))
            continue;
        const bool soon = m.scheduledFor.isValid() && now.secsTo(m.scheduledFor) <= kAheadSecs
                          && (!m.scheduledUntil.isValid() || now < m.scheduledUntil);
        if (!m.activeAt(now) && !soon)
            continue;
        const QString when = maintenanceText(m, now);
        return m.name.isEmpty() ? when : when + QStringLiteral(" · ") + m.name;
    }
    return {};
}

void HealthModel::dismiss() {
    if (m_dismissed && m_dismissedLevel == m_state.level)
        return;
    m_dismissed = true;
    m_dismissedLevel = m_state.level;
    m_dismissedIncidents = incidentIds(m_state);
    Q_EMIT changed();
}

void HealthModel::undismiss() {
    if (!m_dismissed)
        return;
    m_dismissed = false;
    Q_EMIT changed();
}

bool HealthModel::shouldShowBanner(bool pinned) const {
    if (m_dismissed || m_state.headline.isEmpty())
        return false;
    if (!m_state.serverConfigured)
        return true;
    // "Checking the streaming server…" at start is no news; it shows only when asked for.
    const bool checking =
        m_state.level == HealthLevel::Unknown && m_state.basis == HealthState::Basis::Configuration;
    if (m_state.level == HealthLevel::Operational || checking)
        return pinned || !upcomingMaintenanceText().isEmpty();
    return true;
}

QSet<QString> HealthModel::incidentIds(const HealthState &state) {
    QSet<QString> ids;
    for (const ServiceIncident &incident : state.incidents)
        ids.insert(incident.id);
    return ids;
}

bool HealthModel::isWorse(const HealthState &from, const HealthState &to) {
    return isWorse(from.level, incidentIds(from), to);
}

bool HealthModel::isWorse(HealthLevel fromLevel, const QSet<QString> &fromIncidents,
                          const HealthState &to) {
    if (!isProblem(to.level))
        return false;
    if (!isProblem(fromLevel))
        return true;
    if (healthSeverity(to.level) > healthSeverity(fromLevel))
        return true;
    return std::any_of(to.incidents.begin(), to.incidents.end(),
                       [&](const ServiceIncident &i) { return !fromIncidents.contains(i.id); });
}

} // namespace refrain
