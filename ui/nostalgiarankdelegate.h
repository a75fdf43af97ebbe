// NostalgiaRankDelegate: how a row of a top list looks on the Nostalgia page — the rank, the name
// with its artist under it, and the listens at the right — painted as plain text in palette
// colours, so names from imports and servers never turn into markup.
#pragma once

#include <QStyledItemDelegate>

namespace refrain {

class NostalgiaRankDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace refrain
