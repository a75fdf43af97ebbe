#include "ui/nostalgiacolumnchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace refrain {

namespace {

// A round step for about four grid lines: 1, 2, 2.5 or 5 times a power of ten.
qint64 niceStep(qint64 max) {
    if (max <= 4)
        return 1;
    const double raw = double(max) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return std::max<qint64>(1, qint64(std::llround(m * magnitude)));
    }
    return qint64(10 * magnitude);
}

} // namespace

NostalgiaColumnChart::NostalgiaColumnChart(QWidget *parent)
    : NostalgiaChart(parent)
    , m_unitText([](qint64 v) { return QLocale().toString(v); }) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void NostalgiaColumnChart::setColumns(const QList<Column> &columns,
                                      std::function<QString(qint64)> unitText,
                                      const QString &summary) {
    m_columns = columns;
    m_unitText = std::move(unitText);
    dataChanged(summary);
}

QString NostalgiaColumnChart::itemText(int item) const {
    if (item < 0 || item >= m_columns.size())
        return {};
    const Column &c = m_columns.at(item);
    QString text = c.title + u'\n' + m_unitText(c.value);
    if (!c.note.isEmpty())
        text += u'\n' + c.note;
    return text;
}

QSize NostalgiaColumnChart::sizeHint() const {
    const int line = fontMetrics().height();
    return {line * 40, line * 12};
}

QSize NostalgiaColumnChart::minimumSizeHint() const {
    const int line = fontMetrics().height();
    return {line * 12, line * 8};
}

qint64 NostalgiaColumnChart::axisStep() const {
    qint64 max = 0;
    for (const Column &c : m_columns)
        max = std::max(max, c.value);
    return niceStep(max);
}

qint64 NostalgiaColumnChart::axisTop() const {
    qint64 max = 0;
    for (const Column &c : m_columns)
        max = std::max(max, c.value);
    const qint64 step = axisStep();
    return std::max<qint64>(step, (max + step - 1) / step * step);
}

QString NostalgiaColumnChart::axisLabel(qint64 value) const {
    const QLocale locale;
    if (value >= 10'000 && value % 1000 == 0)
        return tr("%1k").arg(locale.toString(value / 1000));
    return locale.toString(value);
}

QRectF NostalgiaColumnChart::plotRect() const {
    const QFontMetricsF fm(font());
    const qreal labelWidth = fm.horizontalAdvance(axisLabel(axisTop())) + fm.height() * 0.6;
    const qreal top = fm.height() * 0.6;
    const qreal bottom = fm.height() * 1.6;
    return QRectF(labelWidth, top, std::max(1.0, width() - labelWidth - 2),
                  std::max(1.0, height() - top - bottom));
}

QRectF NostalgiaColumnChart::itemRect(int item) const {
    const QRectF plot = plotRect();
    const qreal pitch = plot.width() / std::max<qsizetype>(1, m_columns.size());
    return QRectF(plot.left() + pitch * item, plot.top(), pitch, plot.height());
}

void NostalgiaColumnChart::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    const QRectF plot = plotRect();
    const qint64 top = axisTop();
    const qint64 step = axisStep();

    // Grid and its labels.
    for (qint64 v = 0; v <= top; v += step) {
        const qreal y = plot.bottom() - plot.height() * double(v) / double(top);
        p.setPen(QPen(gridColour(), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(secondaryText());
        const QRectF label(0, y - fm.height() / 2, plot.left() - fm.height() * 0.4, fm.height());
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, axisLabel(v));
    }

    if (m_columns.isEmpty()) {
        paintFocus(p); // still shows where the keyboard is
        return;
    }
    const qreal pitch = plot.width() / m_columns.size();
    const qreal barWidth = std::min(pitch * 0.64, fm.height() * 2.6);
    // Labels under every n-th bar so they never collide (days of a month).
    qreal widest = 0;
    for (const Column &c : m_columns)
        widest = std::max(widest, fm.horizontalAdvance(c.label));
    const int every = std::max(1, int(std::ceil((widest + fm.height() * 0.5) / pitch)));

    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &c = m_columns.at(i);
        const QRectF slot = itemRect(i);
        const qreal x = slot.center().x() - barWidth / 2;
        const qreal h = plot.height() * double(c.value) / double(top);
        const bool raised = isEmphasised(i);
        if (raised) {
            p.setPen(Qt::NoPen);
            p.setBrush(mix(surface(), accent(), 0.10));
            p.drawRoundedRect(slot.adjusted(1, 0, -1, 0), 4, 4);
        }
        if (c.value > 0) {
            const qreal height = std::max(h, 2.0);
            const qreal r = std::min({barWidth / 2.5, height, fm.height() / 3.0});
            // Rounded at the top only: the bar stands on the axis.
            QPainterPath bar;
            bar.addRoundedRect(QRectF(x, plot.bottom() - height, barWidth, height), r, r);
            bar.addRect(QRectF(x, plot.bottom() - height / 2, barWidth, height / 2));
            bar.setFillRule(Qt::WindingFill);
            p.setPen(Qt::NoPen);
            p.setBrush(raised ? mix(accent(), textColour(), 0.22) : accent());
            p.drawPath(bar.simplified());
        }
        if (i % every == 0) {
            QFont f = font();
            f.setBold(raised);
            p.setFont(f);
            p.setPen(raised ? textColour() : secondaryText());
            const QRectF label(slot.center().x() - pitch * every / 2.0,
                               plot.bottom() + fm.height() * 0.3, pitch * every, fm.height());
            p.drawText(label, Qt::AlignHCenter | Qt::AlignTop, c.label);
            p.setFont(font());
        }
    }
    p.setPen(QPen(mix(surface(), textColour(), 0.35), 1));
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    paintFocus(p);
}

} // namespace refrain
