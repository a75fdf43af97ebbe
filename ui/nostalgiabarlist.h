// NostalgiaBarList: a top list drawn as horizontal bars — the top artists of a recap — with the
// names at the left, rounded bars as long as the listens, and exact figures on hover or on the
// arrow keys.
#pragma once

#include "core/history/recap.h"
#include "ui/nostalgiachart.h"

namespace refrain {

class NostalgiaBarList : public NostalgiaChart {
    Q_OBJECT
public:
    explicit NostalgiaBarList(QWidget *parent = nullptr);

    // `what` names the list for the spoken summary ("Top artists").
    void setItems(const QList<RankedItem> &items, const QString &what);
    const QList<RankedItem> &items() const { return m_items; }

    int itemCount() const override { return int(m_items.size()); }
    QString itemText(int item) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QRectF itemRect(int item) const override;
    void paintEvent(QPaintEvent *event) override;

private:
    qreal rowHeight() const;

    QList<RankedItem> m_items;
};

} // namespace refrain
