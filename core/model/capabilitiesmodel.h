// CapabilitiesModel: holds what the capabilities are computed from — the health state, this
// computer's network, the offline inventory and the feature gates — and the result, and tells
// views and the playback engine which features changed, only when one did.
#pragma once

#include "core/model/capabilities.h"

#include <QObject>

#include <functional>

namespace refrain {

class CapabilitiesModel : public QObject {
    Q_OBJECT
public:
    using Now = std::function<QDateTime()>;

    explicit CapabilitiesModel(QObject *parent = nullptr);

    // The clock times in reasons are told against ("14:05" today, with the day otherwise); tests
    // pin it. Recomputes at once.
    void setClock(Now now);

    const HealthState &health() const { return m_health; }
    Connectivity connectivity() const { return m_connectivity; }
    const OfflineInventory &inventory() const { return m_inventory; }
    const FeatureGates &gates() const { return m_gates; }

    const Capabilities &current() const { return m_current; }
    const Capability &capability(Feature feature) const { return m_current.of(feature); }
    bool available(Feature feature) const { return m_current.available(feature); }

public Q_SLOTS:
    void setHealth(const refrain::HealthState &health);
    void setConnectivity(refrain::Connectivity connectivity);
    void setInventory(const refrain::OfflineInventory &inventory);
    void setGates(const refrain::FeatureGates &gates);
    // Recompute with the inputs as they are: after midnight a saved copy's "14:05" needs its day.
    void refresh();

Q_SIGNALS:
    // `which`: the features whose availability or reason changed, in kAllFeatures order; never
    // empty.
    void changed(const refrain::Capabilities &now, const QList<refrain::Feature> &which);

private:
    HealthState m_health;
    Connectivity m_connectivity = Connectivity::Unknown;
    OfflineInventory m_inventory;
    FeatureGates m_gates;
    Now m_now;
    Capabilities m_current;
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::Connectivity)
Q_DECLARE_METATYPE(refrain::OfflineInventory)
Q_DECLARE_METATYPE(refrain::FeatureGates)
