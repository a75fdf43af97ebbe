#include "ui/nostalgiabarlist.h"

#include "core/model/nostalgiarankmodel.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace refrain {

NostalgiaBarList::NostalgiaBarList(QWidget *parent)
    : NostalgiaChart(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void NostalgiaBarList::setItems(const QList<RankedItem> &items, const QString &what) {
    m_items = items;
    QStringList parts;
    for (int i = 0; i < items.size(); ++i)
        parts.append(NostalgiaRankModel::describe(i + 1, items.at(i)));
    const QString summary =
        items.isEmpty() ? tr("%1: none").arg(what)
                        : tr("%1, by listens: %2").arg(what, parts.join(QStringLiteral("; ")));
    dataChanged(summary);
}

QString NostalgiaBarList::itemText(int item) const {
    if (item < 0 || item >= m_items.size())
        return {};
    const RankedItem &r = m_items.at(item);
    return tr("%1. %2").arg(item + 1).arg(r.name) + u'\n'
           + tr("%n listens", nullptr, int(r.listens)) + QStringLiteral(" · ")
           + tr("%n minutes", nullptr, int(r.minutes));
}

qreal NostalgiaBarList::rowHeight() const {
    return fontMetrics().height() * 1.75;
}

QSize NostalgiaBarList::sizeHint() const {
    const int rows = std::max<int>(int(m_items.size()), 5);
    return {fontMetrics().height() * 24, int(std::ceil(rowHeight() * rows)) + 6};
}

QSize NostalgiaBarList::minimumSizeHint() const {
    return {fontMetrics().height() * 14, sizeHint().height()};
}

QRectF NostalgiaBarList::itemRect(int item) const {
    return QRectF(2, 3 + rowHeight() * item, width() - 4, rowHeight());
}

void NostalgiaBarList::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    const QLocale locale;
    if (m_items.isEmpty()) {
        paintFocus(p); // still shows where the keyboard is
        return;
    }
    const qint64 top = std::max<qint64>(1, m_items.first().listens);
    const qreal rankWidth = fm.horizontalAdvance(QStringLiteral("10")) + fm.height() * 0.5;
    qreal names = 0;
    for (const RankedItem &r : m_items)
        names = std::max(names, fm.horizontalAdvance(r.name));
    const qreal nameWidth = std::min(names + fm.height() * 0.6, width() * 0.36);
    const qreal valueWidth = fm.horizontalAdvance(locale.toString(top)) + fm.height() * 0.6;
    const qreal barLeft = rankWidth + nameWidth + fm.height() * 0.4;
    const qreal barSpace = std::max(1.0, width() - barLeft - valueWidth - 4);
    const qreal barHeight = fm.height() * 0.8;

    for (int i = 0; i < m_items.size(); ++i) {
        const RankedItem &r = m_items.at(i);
        const QRectF row = itemRect(i);
        const bool raised = isEmphasised(i);
        if (raised) {
            p.setPen(Qt::NoPen);
            p.setBrush(mix(surface(), accent(), 0.10));
            p.drawRoundedRect(row, 4, 4);
        }
        p.setPen(secondaryText());
        p.drawText(QRectF(row.left() + 4, row.top(), rankWidth - 4, row.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, locale.toString(i + 1));
        p.setPen(textColour());
        const QString name = fm.elidedText(r.name, Qt::ElideRight, nameWidth - fm.height() * 0.3);
        p.drawText(QRectF(row.left() + rankWidth, row.top(), nameWidth, row.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, name);
        // The first bar fills the space; fainter for lower ranks keeps the eye on the top.
        const qreal length = std::max(barHeight, barSpace * double(r.listens) / double(top));
        const QRectF bar(barLeft, row.center().y() - barHeight / 2, length, barHeight);
        QColor colour = mix(accent(), surface(), std::min(0.45, i * 0.05));
        if (raised)
            colour = mix(accent(), textColour(), 0.22);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(bar, barHeight / 2, barHeight / 2);
        p.setPen(secondaryText());
        p.drawText(QRectF(bar.right() + fm.height() * 0.35, row.top(), valueWidth, row.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, locale.toString(r.listens));
    }
    paintFocus(p);
}

} // namespace refrain
