#include "core/model/capabilitiesmodel.h"

namespace refrain {

CapabilitiesModel::CapabilitiesModel(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); }) {
    // For queued connections and QSignalSpy.
    qRegisterMetaType<Capabilities>();
    qRegisterMetaType<Feature>();
    qRegisterMetaType<QList<Feature>>();
    qRegisterMetaType<Connectivity>();
    qRegisterMetaType<OfflineInventory>();
    qRegisterMetaType<FeatureGates>();
    qRegisterMetaType<HealthState>();
    m_current = computeCapabilities(m_health, m_connectivity, m_inventory, m_gates, m_now());
}

void CapabilitiesModel::setClock(Now now) {
    m_now = std::move(now);
    refresh();
}

void CapabilitiesModel::setHealth(const HealthState &health) {
    if (health == m_health)
        return;
    m_health = health;
    refresh();
}

void CapabilitiesModel::setConnectivity(Connectivity connectivity) {
    if (connectivity == m_connectivity)
        return;
    m_connectivity = connectivity;
    refresh();
}

void CapabilitiesModel::setInventory(const OfflineInventory &inventory) {
    if (inventory == m_inventory)
        return;
    m_inventory = inventory;
    refresh();
}

void CapabilitiesModel::setGates(const FeatureGates &gates) {
    if (gates == m_gates)
        return;
    m_gates = gates;
    refresh();
}

void CapabilitiesModel::refresh() {
    Capabilities next =
        computeCapabilities(m_health, m_connectivity, m_inventory, m_gates, m_now());
    const QList<Feature> which = next.differingFrom(m_current);
    // Most health updates (a fresher checkedAt, a new headline) change no capability: views must
    // not repaint for those.
    if (which.isEmpty())
        return;
    m_current = std::move(next);
    Q_EMIT changed(m_current, which);
}

} // namespace refrain
