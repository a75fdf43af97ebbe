// NostalgiaHeatMap: when the music plays — listens by weekday (rows, in the locale's week order)
// and hour (columns), each cell as deep as its count, with exact counts on hover or on the arrow
// keys and a spoken summary of the busiest times.
#pragma once

#include "ui/nostalgiachart.h"

#include <array>

namespace refrain {

class NostalgiaHeatMap : public NostalgiaChart {
    Q_OBJECT
public:
    using Counts = std::array<std::array<qint64, 24>, 7>; // [0] = Monday, as in Recap

    explicit NostalgiaHeatMap(QWidget *parent = nullptr);

    void setCounts(const Counts &counts);
    const Counts &counts() const { return m_counts; }
    // The spoken summary: per weekday totals and peaks, and the busiest hours overall.
    static QString describe(const Counts &counts);

    int itemCount() const override { return 7 * 24; }
    QString itemText(int item) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QRectF itemRect(int item) const override;
    int neighbour(int from, int key) const override;
    void paintEvent(QPaintEvent *event) override;

private:
    int dayOfRow(int row) const; // Qt::DayOfWeek, 1 = Monday
    qreal labelWidth() const;
    qreal cellHeight() const;
    QColor cellColour(qint64 count, qint64 max) const;

    Counts m_counts{};
};

} // namespace refrain
