#include "ui/nostalgiarankdelegate.h"

#include "ui/nostalgiachart.h"

#include "core/model/nostalgiarankmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace refrain {

void NostalgiaRankDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The selection and hover background as the style draws it; the text is ours.
    opt.text.clear();
    opt.icon = {};
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet =
        NostalgiaChart::mix(pal.color(selected ? QPalette::Highlight : QPalette::Base), text, 0.68);
    const QFontMetricsF fm(option.font);
    const qreal line = fm.height();
    const QRectF r = QRectF(option.rect).adjusted(line * 0.4, 0, -line * 0.5, 0);
    const QLocale locale;

    const QString rank = locale.toString(index.data(NostalgiaRankModel::RankRole).toInt());
    const QString listens =
        locale.toString(index.data(NostalgiaRankModel::ListensRole).toLongLong());
    const QString name = index.data(NostalgiaRankModel::NameRole).toString();
    const QString artist = index.data(NostalgiaRankModel::ArtistRole).toString();
    const qreal rankWidth = fm.horizontalAdvance(QStringLiteral("10")) + line * 0.5;
    const qreal valueWidth = fm.horizontalAdvance(listens) + line * 0.5;
    const QRectF textRect(r.left() + rankWidth, r.top(), r.width() - rankWidth - valueWidth,
                          r.height());

    painter->save();
    painter->setPen(quiet);
    painter->drawText(QRectF(r.left(), r.top(), rankWidth, r.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, rank);
    painter->drawText(QRectF(r.right() - valueWidth, r.top(), valueWidth, r.height()),
                      Qt::AlignRight | Qt::AlignVCenter, listens);
    const qreal nameTop = artist.isEmpty() ? r.center().y() - line / 2 : r.center().y() - line;
    painter->setPen(text);
    painter->drawText(QRectF(textRect.left(), nameTop, textRect.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(name, Qt::ElideRight, textRect.width()));
    if (!artist.isEmpty()) {
        painter->setPen(quiet);
        painter->drawText(QRectF(textRect.left(), nameTop + line, textRect.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(artist, Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

QSize NostalgiaRankDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const {
    const int line = QFontMetrics(option.font).height();
    const bool twoLines = !index.data(NostalgiaRankModel::ArtistRole).toString().isEmpty();
    return {line * 12, twoLines ? line * 2 + line * 2 / 3 : line * 2};
}

} // namespace refrain
