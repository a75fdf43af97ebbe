// HealthDetails: the banner's expandable part — the service's components (respecting
// only_show_if_degraded), the open incidents with their updates newest first, and upcoming
// maintenance, all times in local time and all feed text shown literally.
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QVBoxLayout;

namespace refrain {

class HealthModel;

class HealthDetails : public QWidget {
    Q_OBJECT
public:
    explicit HealthDetails(HealthModel *model, QWidget *parent = nullptr);

    QTreeWidget *componentsView() const { return m_components; }
    // Every line the incident and maintenance lists show, in order (for tests and for copying).
    QStringList incidentLines() const;
    QStringList maintenanceLines() const;

Q_SIGNALS:
    void statusHistoryRequested();

private:
    void refresh();
    void refreshComponents();
    void refreshIncidents();
    void refreshMaintenance();

    HealthModel *m_model;
    QLabel *m_componentsTitle;
    QTreeWidget *m_components;
    QLabel *m_incidentsTitle;
    QWidget *m_incidents;
    QVBoxLayout *m_incidentsLayout;
    QLabel *m_maintenanceTitle;
    QWidget *m_maintenance;
    QVBoxLayout *m_maintenanceLayout;
    QLabel *m_empty;
};

} // namespace refrain
