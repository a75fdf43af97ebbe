#include "ui/nostalgiaheatmap.h"

#include "ui/nostalgiatext.h"

#include <QLocale>
#include <QPainter>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace refrain {

namespace {

QString hourText(int hour) {
    return nostalgiaHourText(hour);
}

QString dayName(int dayOfWeek) {
    return QLocale().standaloneDayName(dayOfWeek, QLocale::LongFormat);
}

} // namespace

NostalgiaHeatMap::NostalgiaHeatMap(QWidget *parent)
    : NostalgiaChart(parent) {
    // Taller when its card is (beside the top artists), within reason.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::MinimumExpanding);
    dataChanged(describe(m_counts));
}

void NostalgiaHeatMap::setCounts(const Counts &counts) {
    m_counts = counts;
    dataChanged(describe(counts));
}

QString NostalgiaHeatMap::describe(const Counts &counts) {
    struct Cell {
        int day; // 1 = Monday
        int hour;
        qint64 count;
    };
    QList<Cell> cells;
    QStringList days;
    for (int d = 0; d < 7; ++d) {
        qint64 total = 0;
        int peak = 0;
        for (int h = 0; h < 24; ++h) {
            total += counts[d][h];
            if (counts[d][h] > counts[d][peak])
                peak = h;
            if (counts[d][h] > 0)
                cells.append({d + 1, h, counts[d][h]});
        }
        if (total == 0)
            days.append(tr("%1: none").arg(dayName(d + 1)));
        else
            days.append(tr("%1: %2, most at %3 (%4)")
                            .arg(dayName(d + 1), tr("%n listens", nullptr, int(total)),
                                 hourText(peak), QLocale().toString(counts[d][peak])));
    }
    if (cells.isEmpty())
        return tr("Listens by weekday and hour: none.");
    std::stable_sort(cells.begin(), cells.end(),
                     [](const Cell &a, const Cell &b) { return a.count > b.count; });
    QStringList busiest;
    for (int i = 0; i < std::min<qsizetype>(3, cells.size()); ++i) {
        const Cell &c = cells.at(i);
        busiest.append(
            tr("%1 %2 (%3)")
                .arg(dayName(c.day), hourText(c.hour), tr("%n listens", nullptr, int(c.count))));
    }
    return tr("Listens by weekday and hour. Busiest: %1. %2.")
        .arg(busiest.join(QStringLiteral(", ")), days.join(QStringLiteral("; ")));
}

int NostalgiaHeatMap::dayOfRow(int row) const {
    const int first = int(locale().firstDayOfWeek());
    return (first - 1 + row) % 7 + 1;
}

QString NostalgiaHeatMap::itemText(int item) const {
    if (item < 0 || item >= itemCount())
        return {};
    const int day = dayOfRow(item / 24);
    const int hour = item % 24;
    const qint64 count = m_counts[day - 1][hour];
    return tr("%1, %2–%3").arg(dayName(day), hourText(hour), hourText((hour + 1) % 24)) + u'\n'
           + tr("%n listens", nullptr, int(count));
}

qreal NostalgiaHeatMap::labelWidth() const {
    const QFontMetricsF fm(font());
    qreal widest = 0;
    for (int d = 1; d <= 7; ++d)
        widest = std::max(widest, fm.horizontalAdvance(locale().dayName(d, QLocale::ShortFormat)));
    return widest + fm.height() * 0.6;
}

qreal NostalgiaHeatMap::cellHeight() const {
    const qreal line = fontMetrics().height();
    return std::clamp((height() - 2 - line * 3.4) / 7.0, line * 1.3, line * 2.0);
}

QSize NostalgiaHeatMap::sizeHint() const {
    const int line = fontMetrics().height();
    return {line * 30, int(std::ceil(line * 1.3 * 7 + line * 3.4))};
}

QSize NostalgiaHeatMap::minimumSizeHint() const {
    return {fontMetrics().height() * 16, sizeHint().height()};
}

QRectF NostalgiaHeatMap::itemRect(int item) const {
    const qreal left = labelWidth();
    const qreal pitch = std::max(1.0, (width() - left - 2) / 24.0);
    const int row = item / 24;
    const int hour = item % 24;
    return QRectF(left + pitch * hour, 2 + cellHeight() * row, pitch, cellHeight());
}

int NostalgiaHeatMap::neighbour(int from, int key) const {
    const int row = from / 24;
    const int hour = from % 24;
    switch (key) {
    case Qt::Key_Left:
        return hour > 0 ? from - 1 : from;
    case Qt::Key_Right:
        return hour < 23 ? from + 1 : from;
    case Qt::Key_Up:
        return row > 0 ? from - 24 : from;
    case Qt::Key_Down:
        return row < 6 ? from + 24 : from;
    case Qt::Key_Home:
        return row * 24;
    case Qt::Key_End:
        return row * 24 + 23;
    default:
        return from;
    }
}

QColor NostalgiaHeatMap::cellColour(qint64 count, qint64 max) const {
    const QColor empty = mix(surface(), textColour(), 0.07);
    if (count <= 0 || max <= 0)
        return empty;
    // A square root spreads the quiet hours out so they do not all look empty.
    const double t = std::sqrt(double(count) / double(max));
    return mix(mix(empty, accent(), 0.18), accent(), t);
}

void NostalgiaHeatMap::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    qint64 max = 0;
    for (const auto &day : m_counts)
        max = std::max(max, *std::max_element(day.begin(), day.end()));
    const qreal gap = std::max(2.0, fm.height() / 8.0);

    for (int row = 0; row < 7; ++row) {
        const int day = dayOfRow(row);
        const QRectF first = itemRect(row * 24);
        p.setPen(secondaryText());
        p.drawText(QRectF(0, first.top(), labelWidth() - fm.height() * 0.4, first.height()),
                   Qt::AlignRight | Qt::AlignVCenter, locale().dayName(day, QLocale::ShortFormat));
        for (int hour = 0; hour < 24; ++hour) {
            const int item = row * 24 + hour;
            const QRectF cell = itemRect(item).adjusted(gap / 2, gap / 2, -gap / 2, -gap / 2);
            const qreal r = std::min(cell.width(), cell.height()) / 4;
            p.setPen(isEmphasised(item) ? QPen(textColour(), 1.5) : Qt::NoPen);
            p.setBrush(cellColour(m_counts[day - 1][hour], max));
            p.drawRoundedRect(cell, r, r);
        }
    }

    // Hours along the bottom, every third one so they fit at any scale.
    const qreal labelsTop = 2 + cellHeight() * 7 + fm.height() * 0.2;
    const qreal pitch = itemRect(1).left() - itemRect(0).left();
    const int every = pitch * 3 >= fm.horizontalAdvance(hourText(22)) + fm.height() * 0.4 ? 3 : 6;
    p.setPen(secondaryText());
    for (int hour = 0; hour < 24; hour += every) {
        const QRectF cell = itemRect(hour);
        p.drawText(QRectF(cell.left(), labelsTop, pitch * every, fm.height()),
                   Qt::AlignLeft | Qt::AlignTop, hourText(hour));
    }

    // Legend: fewer … more.
    const qreal swatch = fm.height() * 0.8;
    const qreal legendTop = labelsTop + fm.height() * 1.3;
    const QString fewer = tr("Fewer");
    const QString more = tr("More");
    qreal x = width() - 2 - fm.horizontalAdvance(more) - swatch * 5 - gap * 6
              - fm.horizontalAdvance(fewer);
    p.drawText(QRectF(x, legendTop, fm.horizontalAdvance(fewer), swatch),
               Qt::AlignLeft | Qt::AlignVCenter, fewer);
    x += fm.horizontalAdvance(fewer) + gap;
    for (int i = 0; i < 5; ++i) {
        p.setPen(Qt::NoPen);
        p.setBrush(cellColour(i == 0 ? 0 : qint64(i * i), 16));
        p.drawRoundedRect(QRectF(x, legendTop, swatch, swatch), swatch / 4, swatch / 4);
        x += swatch + gap;
    }
    p.setPen(secondaryText());
    p.drawText(QRectF(x, legendTop, fm.horizontalAdvance(more) + 2, swatch),
               Qt::AlignLeft | Qt::AlignVCenter, more);
    paintFocus(p);
}

} // namespace refrain
