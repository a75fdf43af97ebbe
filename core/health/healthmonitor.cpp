#include "core/health/healthmonitor.h"

namespace refrain {

HealthMonitor::HealthMonitor(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {
    qRegisterMetaType<refrain::HealthState>();
    setServerCount(0);
}

void HealthMonitor::setServerCount(int count) {
    HealthState next;
    next.serverConfigured = count > 0;
    next.basis = HealthState::Basis::Configuration;
    if (count == 0) {
        // Nothing remote can fail: everything Refrain offers runs from this computer.
        next.level = HealthState::Level::Operational;
        next.headline = tr("Local library — no streaming server configured");
        next.detail =
            tr("Everything plays from this computer. Add a Subsonic server (File ▸ Servers…) to "
               "stream and keep offline copies.");
    } else {
        next.level = HealthState::Level::Unknown;
        next.headline = tr("Checking the streaming server…");
        next.detail = tr("Your library and offline music are available meanwhile.");
    }
    publish(std::move(next));
}

void HealthMonitor::publish(HealthState next) {
    const QDateTime now = m_clock();
    next.checkedAt = now;
    next.since = (m_state.level == next.level && m_state.since.isValid()) ? m_state.since : now;
    HealthState comparableOld = m_state;
    comparableOld.checkedAt = now;
    m_state = std::move(next);
    if (!(comparableOld == m_state))
        Q_EMIT stateChanged(m_state);
}

} // namespace refrain
