// NostalgiaColumnChart: listening over time as upright bars — minutes per month of a year, or per
// day of a month — with a light grid, axis labels, and each bar's exact figures on hover or on
// the arrow keys.
#pragma once

#include "ui/nostalgiachart.h"

#include <QList>

#include <functional>

namespace refrain {

class NostalgiaColumnChart : public NostalgiaChart {
    Q_OBJECT
public:
    struct Column {
        QString label;    // under the bar: "Mar", "14"
        QString title;    // in its tooltip: "March 2024"
        qint64 value = 0; // in `unit`s
        QString note;     // an extra tooltip line (the month's top track); plain text
    };

    explicit NostalgiaColumnChart(QWidget *parent = nullptr);

    // unitText turns a value into words ("1,234 minutes"); summary is the spoken description.
    void setColumns(const QList<Column> &columns, std::function<QString(qint64)> unitText,
                    const QString &summary);
    const QList<Column> &columns() const { return m_columns; }

    int itemCount() const override { return int(m_columns.size()); }
    QString itemText(int item) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QRectF itemRect(int item) const override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF plotRect() const;
    qint64 axisTop() const;
    qint64 axisStep() const;
    QString axisLabel(qint64 value) const;

    QList<Column> m_columns;
    std::function<QString(qint64)> m_unitText;
};

} // namespace refrain
