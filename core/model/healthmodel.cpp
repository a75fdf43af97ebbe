#include "core/model/healthmodel.h"

#include "core/health/healthmonitor.h"

#include <QLocale>

namespace refrain {

HealthModel::HealthModel(QObject *parent)
    : QObject(parent) {}

void HealthModel::attach(HealthMonitor *monitor) {
    connect(monitor, &HealthMonitor::stateChanged, this, &HealthModel::setState);
    setState(monitor->state());
}

void HealthModel::setState(const HealthState &state) {
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT changed();
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

QString HealthModel::basisText() const {
    QString basis;
    switch (m_state.basis) {
    case HealthState::Basis::Configuration:
        basis = tr("Based on your settings");
        break;
    case HealthState::Basis::Network:
        basis = tr("Based on this computer's network");
        break;
    case HealthState::Basis::ServerProbe:
        basis = tr("Based on checks of the server");
        break;
    case HealthState::Basis::StatusPage:
        basis = tr("Based on the service's status page");
        break;
    case HealthState::Basis::Requests:
        basis = tr("Based on recent requests");
        break;
    }
    if (!m_state.checkedAt.isValid())
        return basis;
    return tr("%1 · checked %2")
        .arg(basis,
             QLocale().toString(m_state.checkedAt.toLocalTime().time(), QLocale::ShortFormat));
}

} // namespace refrain
