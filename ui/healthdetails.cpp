#include "ui/healthdetails.h"

#include "ui/formlabels.h"

#include "core/model/healthmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace refrain {

namespace {

constexpr int kMaxComponentsHeight = 220;
constexpr int kUpdateIndent = 14;
constexpr int kSectionIndent = 12;
constexpr int kSectionGap = 6;

QLabel *sectionTitle(const QString &text, QWidget *parent) {
    QLabel *label = plainTextLabel(parent, text, true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

void clearLayout(QVBoxLayout *layout) {
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QStyle::StandardPixmap levelIcon(HealthLevel level) {
    switch (level) {
    case HealthLevel::Operational:
        return QStyle::SP_DialogApplyButton;
    case HealthLevel::Degraded:
    case HealthLevel::Maintenance:
        return QStyle::SP_MessageBoxWarning;
    case HealthLevel::PartialOutage:
    case HealthLevel::MajorOutage:
    case HealthLevel::Offline:
        return QStyle::SP_MessageBoxCritical;
    case HealthLevel::Unknown:
        break;
    }
    return QStyle::SP_MessageBoxQuestion;
}

QStringList labelTexts(const QWidget *container) {
    QStringList out;
    for (const QLabel *label :
         container->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
        out << label->text();
    return out;
}

} // namespace

HealthDetails::HealthDetails(HealthModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_componentsTitle(sectionTitle(tr("Components"), this))
    , m_components(new QTreeWidget(this))
    , m_incidentsTitle(sectionTitle(tr("Incidents"), this))
    , m_incidents(new QWidget(this))
    , m_incidentsLayout(new QVBoxLayout(m_incidents))
    , m_maintenanceTitle(sectionTitle(tr("Maintenance"), this))
    , m_maintenance(new QWidget(this))
    , m_maintenanceLayout(new QVBoxLayout(m_maintenance))
    , m_empty(plainTextLabel(this, QString(), true)) {
    setObjectName(QStringLiteral("healthDetails"));
    m_components->setObjectName(QStringLiteral("healthComponents"));
    m_components->setColumnCount(2);
    m_components->setHeaderLabels({tr("Component"), tr("Status")});
    m_components->setRootIsDecorated(false);
    m_components->setIndentation(16);
    m_components->setSelectionMode(QAbstractItemView::NoSelection);
    m_components->setFocusPolicy(Qt::TabFocus);
    m_components->setAccessibleName(tr("Service components"));
    showFocusWhenEmpty(m_components);
    m_components->header()->setStretchLastSection(false);
    m_components->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_components->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_incidents->setObjectName(QStringLiteral("healthIncidents"));
    m_maintenance->setObjectName(QStringLiteral("healthMaintenance"));
    // A gap above each title that goes away with its section.
    m_incidentsTitle->setContentsMargins(0, kSectionGap, 0, 0);
    m_maintenanceTitle->setContentsMargins(0, kSectionGap, 0, 0);
    // Entries sit indented under their section title, so the two kinds of bold read apart.
    m_incidentsLayout->setContentsMargins(kSectionIndent, 0, 0, 0);
    m_incidentsLayout->setSpacing(2);
    m_maintenanceLayout->setContentsMargins(kSectionIndent, 0, 0, 0);
    m_maintenanceLayout->setSpacing(2);

    auto *history = new QPushButton(tr("Status History…"), this);
    history->setObjectName(QStringLiteral("healthHistoryButton"));
    history->setToolTip(tr("The last 30 days of observed incidents and uptime"));
    connect(history, &QPushButton::clicked, this, &HealthDetails::statusHistoryRequested);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_empty, 1);
    footer->addWidget(history, 0, Qt::AlignRight | Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_componentsTitle);
    layout->addWidget(m_components);
    layout->addWidget(m_incidentsTitle);
    layout->addWidget(m_incidents);
    layout->addWidget(m_maintenanceTitle);
    layout->addWidget(m_maintenance);
    layout->addLayout(footer);

    connect(m_model, &HealthModel::changed, this, &HealthDetails::refresh);
    refresh();
}

QStringList HealthDetails::incidentLines() const {
    return labelTexts(m_incidents);
}

QStringList HealthDetails::maintenanceLines() const {
    return labelTexts(m_maintenance);
}

void HealthDetails::refresh() {
    refreshComponents();
    refreshIncidents();
    refreshMaintenance();
    const HealthState &s = m_model->state();
    const bool nothing =
        m_components->topLevelItemCount() == 0 && s.incidents.isEmpty() && s.maintenances.isEmpty();
    if (!nothing)
        m_empty->clear();
    else if (s.statusPageUrl.isEmpty())
        m_empty->setText(tr("No status page is set up for this server, so Refrain's own checks "
                            "are all it knows."));
    else
        m_empty->setText(tr("The status page reports no incidents and no maintenance."));
}

void HealthDetails::refreshComponents() {
    m_components->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const ServiceComponent &c : m_model->visibleComponents()) {
        QTreeWidgetItem *parent = c.isGroup ? nullptr : groups.value(c.group);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_components);
        const QString status =
            c.status.isEmpty() ? healthLevelLabel(c.level) : HealthModel::statusText(c.status);
        item->setText(0, c.name);
        item->setText(1, status);
        item->setIcon(1, style()->standardIcon(levelIcon(c.level)));
        if (c.isGroup) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            groups.insert(c.name, item);
        }
    }
    m_components->expandAll();
    const int rows = int(m_model->visibleComponents().size());
    const bool any = rows > 0;
    m_componentsTitle->setVisible(any);
    m_components->setVisible(any);
    if (any) {
        // Tall enough for every row up to a cap, so a short list has no empty space below it.
        const int rowHeight = std::max(m_components->sizeHintForRow(0), fontMetrics().height() + 6);
        const int height = m_components->header()->sizeHint().height() + rows * rowHeight
                           + 2 * m_components->frameWidth() + 2;
        m_components->setFixedHeight(std::min(height, kMaxComponentsHeight));
    }
}

void HealthDetails::refreshIncidents() {
    clearLayout(m_incidentsLayout);
    const HealthState &s = m_model->state();
    for (const ServiceIncident &incident : s.incidents) {
        QLabel *name = plainTextLabel(m_incidents, incident.name, true);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_incidentsLayout->addWidget(name);

        QStringList meta;
        if (!incident.status.isEmpty())
            meta << HealthModel::statusText(incident.status);
        if (!incident.impact.isEmpty() && incident.impact != QLatin1String("none"))
            meta << tr("%1 impact").arg(incident.impact);
        if (incident.startedAt.isValid())
            meta << tr("since %1").arg(m_model->timeText(incident.startedAt));
        if (!incident.affectedComponents.isEmpty())
            meta << tr("affects %1").arg(incident.affectedComponents.join(QStringLiteral(", ")));
        if (!meta.isEmpty())
            m_incidentsLayout->addWidget(
                plainTextLabel(m_incidents, meta.join(QStringLiteral(" · ")), true));

        QList<StatusUpdate> updates = incident.updates;
        std::stable_sort(updates.begin(), updates.end(),
                         [](const StatusUpdate &a, const StatusUpdate &b) { return a.at > b.at; });
        for (const StatusUpdate &update : updates) {
            QString line = m_model->timeText(update.at);
            if (!update.status.isEmpty())
                line += QStringLiteral(" — ") + HealthModel::statusText(update.status);
            if (!update.body.isEmpty())
                line += QStringLiteral(": ") + update.body;
            QLabel *label = plainTextLabel(m_incidents, line, true);
            label->setIndent(kUpdateIndent);
            m_incidentsLayout->addWidget(label);
        }
    }
    m_incidentsTitle->setVisible(!s.incidents.isEmpty());
    m_incidents->setVisible(!s.incidents.isEmpty());
}

void HealthDetails::refreshMaintenance() {
    clearLayout(m_maintenanceLayout);
    const HealthState &s = m_model->state();
    for (const ServiceMaintenance &m : s.maintenances) {
        QLabel *when = plainTextLabel(m_maintenance, m_model->maintenanceText(m), true);
        QFont bold = when->font();
        bold.setBold(true);
        when->setFont(bold);
        m_maintenanceLayout->addWidget(when);
        QString what = m.name;
        if (!m.affectedComponents.isEmpty())
            what += QStringLiteral(" · ")
                    + tr("affects %1").arg(m.affectedComponents.join(QStringLiteral(", ")));
        if (!what.isEmpty())
            m_maintenanceLayout->addWidget(plainTextLabel(m_maintenance, what, true));
    }
    m_maintenanceTitle->setVisible(!s.maintenances.isEmpty());
    m_maintenance->setVisible(!s.maintenances.isEmpty());
}

} // namespace refrain
