#include "ui/nostalgiachart.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>

namespace refrain {

QString plainToolTip(const QString &text) {
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<qt><p style='white-space:pre'>") + html + QStringLiteral("</p></qt>");
}

namespace {

// Screen readers announce a painted chart as a chart (its name and spoken summary come from
// accessibleName and accessibleDescription), not as an anonymous panel.
QAccessibleInterface *chartAccessible(const QString &, QObject *object) {
    if (auto *chart = qobject_cast<NostalgiaChart *>(object))
        return new QAccessibleWidget(chart, QAccessible::Chart);
    return nullptr;
}

} // namespace

NostalgiaChart::NostalgiaChart(QWidget *parent)
    : QWidget(parent) {
    static const bool installed = [] {
        QAccessible::installFactory(chartAccessible);
        return true;
    }();
    Q_UNUSED(installed)
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
}

QColor NostalgiaChart::mix(const QColor &a, const QColor &b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t),
                            float(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

// Charts sit on the page's cards, which are painted in the Base role, so text pairs with Text.
QColor NostalgiaChart::accent() const {
    return palette().color(QPalette::Highlight);
}

QColor NostalgiaChart::surface() const {
    return palette().color(QPalette::Base);
}

QColor NostalgiaChart::textColour() const {
    return palette().color(QPalette::Text);
}

QColor NostalgiaChart::secondaryText() const {
    return mix(surface(), textColour(), 0.68);
}

QColor NostalgiaChart::gridColour() const {
    return mix(surface(), textColour(), 0.13);
}

bool NostalgiaChart::isEmphasised(int item) const {
    return item >= 0 && (item == m_hovered || (hasFocus() && item == m_current));
}

void NostalgiaChart::setCurrentItem(int item) {
    item = itemCount() > 0 ? std::clamp(item, 0, itemCount() - 1) : -1;
    if (item == m_current)
        return;
    m_current = item;
    update();
    if (hasFocus() && item >= 0) {
        showItemTip(item);
    }
}

int NostalgiaChart::neighbour(int from, int key) const {
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        return from - 1;
    case Qt::Key_Right:
    case Qt::Key_Down:
        return from + 1;
    case Qt::Key_Home:
        return 0;
    case Qt::Key_End:
        return itemCount() - 1;
    default:
        return from;
    }
}

void NostalgiaChart::dataChanged(const QString &summary) {
    m_hovered = -1;
    if (m_current >= itemCount())
        m_current = itemCount() - 1;
    setAccessibleDescription(summary);
    updateGeometry();
    update();
}

void NostalgiaChart::paintFocus(QPainter &painter) const {
    if (!hasFocus())
        return;
    if (m_current < 0 || m_current >= itemCount()) {
        // Nothing to choose inside (no data yet): the whole chart shows it has the focus.
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = surface();
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        return;
    }
    painter.save();
    QPen pen(textColour(), std::max(1.5, fontMetrics().height() / 9.0));
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal r = fontMetrics().height() / 5.0;
    painter.drawRoundedRect(itemRect(m_current).adjusted(-3, -3, 3, 3), r, r);
    painter.restore();
}

int NostalgiaChart::itemAt(const QPointF &pos) const {
    for (int i = 0; i < itemCount(); ++i) {
        if (itemRect(i).contains(pos))
            return i;
    }
    return -1;
}

void NostalgiaChart::showItemTip(int item) {
    const QRect rect = itemRect(item).toAlignedRect();
    QToolTip::showText(mapToGlobal(rect.center()), plainToolTip(itemText(item)), this, rect);
}

bool NostalgiaChart::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int item = itemAt(help->pos());
        if (item >= 0) {
            const QRect rect = itemRect(item).toAlignedRect();
            QToolTip::showText(help->globalPos(), plainToolTip(itemText(item)), this, rect);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void NostalgiaChart::mouseMoveEvent(QMouseEvent *event) {
    const int item = itemAt(event->position());
    if (item != m_hovered) {
        m_hovered = item;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void NostalgiaChart::leaveEvent(QEvent *event) {
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void NostalgiaChart::keyPressEvent(QKeyEvent *event) {
    static const QList<int> navigation = {Qt::Key_Left, Qt::Key_Right, Qt::Key_Up,
                                          Qt::Key_Down, Qt::Key_Home,  Qt::Key_End};
    if (itemCount() == 0 || !navigation.contains(event->key())) {
        QWidget::keyPressEvent(event); // Tab and the rest go on as usual
        return;
    }
    event->accept();
    const int to = m_current < 0 ? 0 : neighbour(m_current, event->key());
    if (to < 0 || to >= itemCount())
        return; // already at the edge
    if (to == m_current)
        showItemTip(to);
    else
        setCurrentItem(to);
}

void NostalgiaChart::focusInEvent(QFocusEvent *event) {
    if (m_current < 0 && itemCount() > 0)
        m_current = 0;
    update();
    QWidget::focusInEvent(event);
}

void NostalgiaChart::focusOutEvent(QFocusEvent *event) {
    update();
    QWidget::focusOutEvent(event);
}

} // namespace refrain
