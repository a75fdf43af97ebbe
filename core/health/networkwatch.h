// NetworkWatch: this computer's network as the OS reports it (QNetworkInformation), reduced to
// what the health monitor needs — online, offline, or unknown. Where no backend loads (common on
// minimal systems and in containers) it says unknown, never offline, and the probes decide.
#pragma once

#include "core/health/healthmonitor.h"

#include <QObject>

namespace refrain {

class NetworkWatch : public QObject {
    Q_OBJECT
public:
    explicit NetworkWatch(QObject *parent = nullptr);

    // Loads the OS backend (once per process); false when none is available.
    bool start();
    HealthMonitor::Network network() const { return m_network; }
    QString backendName() const { return m_backend; }

Q_SIGNALS:
    void networkChanged(refrain::HealthMonitor::Network network);

private:
    void update();

    HealthMonitor::Network m_network = HealthMonitor::Network::Unknown;
    QString m_backend;
};

} // namespace refrain
