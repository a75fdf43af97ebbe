// HealthMonitor: turns the signals it is given into one HealthState and announces changes.
// Today its only source is the configuration (no streaming server yet); probes, the status page
// and request telemetry join it in later work without changing who listens.
#pragma once

#include "core/health/healthstate.h"

#include <QObject>

#include <functional>

namespace refrain {

class HealthMonitor : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit HealthMonitor(Clock clock = {}, QObject *parent = nullptr);

    const HealthState &state() const { return m_state; }

    // Called by the composition root from the settings: how many servers are configured.
    void setServerCount(int count);

Q_SIGNALS:
    void stateChanged(const refrain::HealthState &state);

private:
    void publish(HealthState next);

    Clock m_clock;
    HealthState m_state;
};

} // namespace refrain
