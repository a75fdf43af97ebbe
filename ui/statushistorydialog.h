// StatusHistoryDialog: the "Service Status History" window — uptime of each subject over the last
// 30 days with a bar of days (colour and words), and the timeline of observed incidents below.
// Non-modal; every string from the log is shown as plain text.
#pragma once

#include "core/model/healthhistorymodel.h"

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;
class QTableWidget;

namespace refrain {

class StatusHistoryDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { SubjectColumn, UptimeColumn, IncidentsColumn, DaysColumn, ColumnCount };

    explicit StatusHistoryDialog(HealthHistoryModel *model, QWidget *parent = nullptr);

    QTableWidget *uptimeTable() const { return m_uptime; }
    QListView *timeline() const { return m_timeline; }
    // What the dialog says about the load: "Loading…", a failure, or empty.
    QString statusText() const;
    // "No incidents observed in the last 30 days." while the timeline is empty; else empty.
    QString emptyText() const;

    // The bar of days: one cell per day, coloured by the worst level of that day.
    static QPixmap dayBar(const QList<HealthHistoryModel::Day> &days, qreal devicePixelRatio);
    // The same days in words, for the tooltip and screen readers: colour is never alone.
    static QString daysText(const QList<HealthHistoryModel::Day> &days);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildLegend();
    void rebuildUptime();
    void refreshState();

    HealthHistoryModel *m_model;
    QLabel *m_window;
    QLabel *m_status;
    QTableWidget *m_uptime;
    QListView *m_timeline;
    QLabel *m_empty;
    QPushButton *m_reload;
};

} // namespace refrain
