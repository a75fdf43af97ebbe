// NostalgiaChart: what the Nostalgia page's painted charts share — a hovered or keyboard-chosen
// item that shows its exact figures in a tooltip, arrow keys to move between items, palette
// colours that follow light, dark and high-contrast themes, and a spoken summary of the data.
#pragma once

#include <QColor>
#include <QWidget>

namespace refrain {

class NostalgiaChart : public QWidget {
    Q_OBJECT
public:
    explicit NostalgiaChart(QWidget *parent = nullptr);

    // The item the keyboard is on (-1: none), and the one under the mouse.
    int currentItem() const { return m_current; }
    void setCurrentItem(int item);
    int hoveredItem() const { return m_hovered; }
    // The exact figures of an item, as its tooltip shows them (plain text).
    virtual QString itemText(int item) const = 0;
    virtual int itemCount() const = 0;

    // a blend of two colours, t = 0 → a, 1 → b
    static QColor mix(const QColor &a, const QColor &b, double t);

protected:
    // Where the item is drawn (for hit tests and the keyboard tooltip).
    virtual QRectF itemRect(int item) const = 0;
    // The item the key moves to from `from`; the default walks the items in order.
    virtual int neighbour(int from, int key) const;

    // Colours every chart uses, from the palette.
    QColor accent() const;
    QColor surface() const; // what the chart is drawn on
    QColor textColour() const;
    QColor secondaryText() const;
    QColor gridColour() const;
    // Whether the item should look raised (under the mouse or chosen by the keyboard).
    bool isEmphasised(int item) const;
    // Call when the data changes: forgets the hovered item and says the summary anew.
    void dataChanged(const QString &summary);
    // Draws the keyboard focus ring around the current item.
    void paintFocus(QPainter &painter) const;

    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int itemAt(const QPointF &pos) const;
    void showItemTip(int item);

    int m_current = -1;
    int m_hovered = -1;
};

// Names from history in a tooltip: escaped and wrapped so a title like "<b>Hi</b>" shows as
// typed instead of as markup.
QString plainToolTip(const QString &text);

} // namespace refrain
