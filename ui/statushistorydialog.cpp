#include "ui/statushistorydialog.h"

#include "ui/formlabels.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace refrain {

namespace {

constexpr int kCellWidth = 8;
constexpr int kCellGap = 2;
constexpr int kBarHeight = 16;
constexpr int kMaxUptimeRows = 8; // more subjects scroll

QString localText(const QDateTime &at) {
    return QLocale().toString(at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QLabel *heading(const QString &text, QWidget *parent) {
    QLabel *label = plainTextLabel(parent, text);
    label->setWordWrap(false);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QTableWidgetItem *readOnlyItem(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

StatusHistoryDialog::StatusHistoryDialog(HealthHistoryModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_window(plainTextLabel(this, QString()))
    , m_status(plainTextLabel(this, QString()))
    , m_uptime(new QTableWidget(0, ColumnCount, this))
    , m_timeline(new QListView(this))
    , m_empty(plainTextLabel(this, tr("No incidents observed in the last 30 days.")))
    , m_reload(new QPushButton(tr("&Reload"), this)) {
    setObjectName(QStringLiteral("statusHistoryDialog"));
    setWindowTitle(tr("Service Status History"));
    setModal(false);
    resizeWithinScreen(this, QSize(760, 640));

    m_window->setObjectName(QStringLiteral("statusHistoryWindow"));
    m_status->setObjectName(QStringLiteral("statusHistoryStatus"));
    m_status->setAccessibleName(tr("Loading state"));

    QLabel *uptimeHeading = heading(tr("&Uptime, last 30 days"), this);
    uptimeHeading->setTextFormat(Qt::AutoText); // our own text: the & marks the shortcut
    uptimeHeading->setBuddy(m_uptime);
    m_uptime->setObjectName(QStringLiteral("statusHistoryUptime"));
    m_uptime->setAccessibleName(tr("Uptime per service, last 30 days"));
    showFocusWhenEmpty(m_uptime);
    m_uptime->setHorizontalHeaderLabels(
        {tr("Service"), tr("Uptime"), tr("Incidents"), tr("Last 30 days (oldest to today)")});
    m_uptime->verticalHeader()->hide();
    m_uptime->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_uptime->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_uptime->setSelectionMode(QAbstractItemView::SingleSelection);
    m_uptime->setTabKeyNavigation(false); // Tab moves on to the timeline, arrows move in here
    m_uptime->setWordWrap(false);
    m_uptime->setIconSize(QSize(HealthHistoryModel::kDays * (kCellWidth + kCellGap), kBarHeight));
    m_uptime->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_uptime->horizontalHeader()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);

    QLabel *timelineHeading = heading(tr("&Incidents observed"), this);
    timelineHeading->setTextFormat(Qt::AutoText);
    timelineHeading->setBuddy(m_timeline);
    m_timeline->setObjectName(QStringLiteral("statusHistoryTimeline"));
    m_timeline->setAccessibleName(tr("Incident timeline, newest first"));
    showFocusWhenEmpty(m_timeline);
    m_timeline->setModel(m_model);
    m_timeline->setWordWrap(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setSpacing(2);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_empty->setObjectName(QStringLiteral("statusHistoryEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);

    m_reload->setObjectName(QStringLiteral("statusHistoryReload"));
    m_reload->setAccessibleName(tr("Reload the status history"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_reload, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_window);
    layout->addWidget(uptimeHeading);
    layout->addWidget(m_uptime);
    layout->addWidget(buildLegend());
    layout->addSpacing(6);
    layout->addWidget(timelineHeading);
    layout->addWidget(m_timeline, 3);
    layout->addWidget(m_empty, 3);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_reload, &QPushButton::clicked, m_model, &HealthHistoryModel::reload);
    connect(m_model, &HealthHistoryModel::loading, this, &StatusHistoryDialog::refreshState);
    connect(m_model, &HealthHistoryModel::loaded, this, [this] {
        rebuildUptime();
        refreshState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StatusHistoryDialog::refreshState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StatusHistoryDialog::refreshState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatusHistoryDialog::refreshState);

    rebuildUptime();
    refreshState();
}

QString StatusHistoryDialog::statusText() const {
    return m_status->text();
}

QString StatusHistoryDialog::emptyText() const {
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

void StatusHistoryDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    // Opening the window is asking for the latest history.
    if (!event->spontaneous() && !m_model->isLoading())
        m_model->reload();
}

QWidget *StatusHistoryDialog::buildLegend() {
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("statusHistoryLegend"));
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 0);
    QStringList spoken;
    for (HealthLevel level :
         {HealthLevel::Operational, HealthLevel::Degraded, HealthLevel::Maintenance,
          HealthLevel::PartialOutage, HealthLevel::MajorOutage, HealthLevel::Unknown}) {
        QPixmap swatch(kCellWidth + 2, kBarHeight - 4);
        swatch.fill(HealthHistoryModel::levelColor(level));
        auto *icon = new QLabel(legend);
        icon->setPixmap(swatch);
        const QString name =
            level == HealthLevel::Unknown ? tr("Not observed") : healthLevelLabel(level);
        row->addWidget(icon);
        row->addWidget(plainTextLabel(legend, name));
        row->addSpacing(8);
        spoken.append(name);
    }
    row->addStretch(1);
    legend->setAccessibleName(
        tr("Colours of the day bars: %1").arg(spoken.join(QStringLiteral(", "))));
    return legend;
}

QPixmap StatusHistoryDialog::dayBar(const QList<HealthHistoryModel::Day> &days,
                                    qreal devicePixelRatio) {
    const int width = int(days.size()) * (kCellWidth + kCellGap);
    QPixmap bar(QSize(width, kBarHeight) * devicePixelRatio);
    bar.setDevicePixelRatio(devicePixelRatio);
    bar.fill(Qt::transparent);
    QPainter painter(&bar);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < days.size(); ++i) {
        const HealthHistoryModel::Day &day = days.at(i);
        painter.setBrush(HealthHistoryModel::levelColor(day.worst));
        // Days that were not observed are drawn lower, so they differ by shape too.
        const QRectF cell = day.worst == HealthLevel::Unknown
                                ? QRectF(i * (kCellWidth + kCellGap), kBarHeight * 0.6, kCellWidth,
                                         kBarHeight * 0.4)
                                : QRectF(i * (kCellWidth + kCellGap), 0, kCellWidth, kBarHeight);
        painter.drawRoundedRect(cell, 1.5, 1.5);
    }
    return bar;
}

QString StatusHistoryDialog::daysText(const QList<HealthHistoryModel::Day> &days) {
    QStringList lines;
    int operational = 0;
    int unobserved = 0;
    for (const HealthHistoryModel::Day &day : days) {
        if (day.worst == HealthLevel::Operational)
            ++operational;
        else if (day.worst == HealthLevel::Unknown)
            ++unobserved;
        else
            lines.append(HealthHistoryModel::dayText(day));
    }
    if (lines.isEmpty() && unobserved == 0)
        return tr("All %n day(s) operational", nullptr, operational);
    if (operational > 0)
        lines.append(tr("%n day(s) operational", nullptr, operational));
    if (unobserved > 0)
        lines.append(tr("%n day(s) not observed", nullptr, unobserved));
    return lines.join(QLatin1Char('\n'));
}

void StatusHistoryDialog::rebuildUptime() {
    const QList<HealthHistoryModel::Subject> &subjects = m_model->subjects();
    m_uptime->setRowCount(int(subjects.size()));
    const qreal dpr = devicePixelRatioF();
    for (int row = 0; row < subjects.size(); ++row) {
        const HealthHistoryModel::Subject &s = subjects.at(row);
        m_uptime->setItem(row, SubjectColumn, readOnlyItem(s.label));
        QTableWidgetItem *uptime = readOnlyItem(HealthHistoryModel::uptimeText(s.uptime));
        uptime->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Read as one sentence by screen readers: "Server Home: 99.58 % · 1 incident".
        uptime->setData(Qt::AccessibleTextRole, HealthHistoryModel::summaryText(s));
        // 100 % of two days watched is not 100 % of thirty: say how much was seen.
        uptime->setToolTip(tr("Observed for %1 of the last 30 days")
                               .arg(healthDurationText(s.uptime.observedMs, true)));
        m_uptime->setItem(row, UptimeColumn, uptime);
        m_uptime->setItem(row, IncidentsColumn,
                          readOnlyItem(HealthHistoryModel::countsText(s.uptime)));
        QTableWidgetItem *bar = readOnlyItem(QString());
        bar->setData(Qt::DecorationRole, dayBar(s.days, dpr));
        const QString words = daysText(s.days);
        bar->setData(Qt::ToolTipRole, words);
        bar->setData(Qt::AccessibleTextRole, words);
        m_uptime->setItem(row, DaysColumn, bar);
    }
    m_uptime->resizeRowsToContents();
    // As tall as its rows (up to a screenful of subjects), so the timeline gets the rest.
    int height = m_uptime->horizontalHeader()->sizeHint().height() + 2 * m_uptime->frameWidth();
    const int shown = std::clamp(m_uptime->rowCount(), 1, kMaxUptimeRows);
    for (int row = 0; row < shown; ++row)
        height += row < m_uptime->rowCount() ? m_uptime->rowHeight(row)
                                             : m_uptime->verticalHeader()->defaultSectionSize();
    m_uptime->setFixedHeight(height);
}

void StatusHistoryDialog::refreshState() {
    if (m_model->windowStart().isValid()) {
        m_window->setText(
            tr("What this computer observed from %1 to %2 (local time). Maintenance is not "
               "counted as downtime; time Refrain was not running is not counted at all.")
                .arg(localText(m_model->windowStart()), localText(m_model->windowEnd())));
    } else {
        m_window->setText(tr("What this computer observed over the last 30 days."));
    }

    QString status;
    if (m_model->isLoading())
        status = tr("Loading…");
    else if (!m_model->errorText().isEmpty())
        status = m_model->errorText();
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());

    const bool empty =
        m_model->hasLoaded() && m_model->rowCount() == 0 && m_model->errorText().isEmpty();
    m_empty->setVisible(empty);
    m_timeline->setVisible(!empty);
    m_reload->setEnabled(!m_model->isLoading());
}

} // namespace refrain
