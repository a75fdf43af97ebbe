#include "core/health/networkwatch.h"

#include <QNetworkInformation>

namespace refrain {

NetworkWatch::NetworkWatch(QObject *parent)
    : QObject(parent) {}

bool NetworkWatch::start() {
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return false;
    m_backend = info->backendName();
    connect(info, &QNetworkInformation::reachabilityChanged, this, &NetworkWatch::update);
    update();
    return true;
}

void NetworkWatch::update() {
    HealthMonitor::Network next = HealthMonitor::Network::Unknown;
    if (const QNetworkInformation *info = QNetworkInformation::instance()) {
        switch (info->reachability()) {
        case QNetworkInformation::Reachability::Disconnected:
            next = HealthMonitor::Network::Offline;
            break;
        // A LAN is enough for a server at home; the status page may still be out of reach.
        case QNetworkInformation::Reachability::Local:
        case QNetworkInformation::Reachability::Site:
        case QNetworkInformation::Reachability::Online:
            next = HealthMonitor::Network::Online;
            break;
        case QNetworkInformation::Reachability::Unknown:
            break;
        }
    }
    if (next == m_network)
        return;
    m_network = next;
    Q_EMIT networkChanged(next);
}

} // namespace refrain
