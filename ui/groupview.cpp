#include "ui/groupview.h"

#include "ui/formlabels.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

namespace refrain {

namespace {

constexpr int kCoverSize = 160;

// The item's background and selection as the style draws them; subclasses paint the content.
class PanelDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    QStyleOptionViewItem paintPanel(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        opt.text.clear();
        opt.icon = QIcon();
        // The whole cell shows the selection, not just where the style would put text.
        opt.showDecorationSelected = true;
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        // The painted cards skip the style's item drawing, so the keyboard's place is drawn here.
        if (opt.state & QStyle::State_HasFocus) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(opt);
            focus.backgroundColor = opt.palette.color(
                opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Base);
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
        }
        return opt;
    }

    static QColor textColor(const QStyleOptionViewItem &opt) {
        return opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                    : QPalette::Text);
    }
};

// Paints a cover (or a placeholder with the album's initial) above two lines of text.
class AlbumDelegate : public PanelDelegate {
public:
    using PanelDelegate::PanelDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override {
        const int line = option.fontMetrics.height();
        return {kCoverSize + 16, kCoverSize + 2 * line + 20};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        const QStyleOptionViewItem opt = paintPanel(painter, option, index);

        const QRect coverRect(opt.rect.x() + 8, opt.rect.y() + 6, kCoverSize, kCoverSize);
        const QImage cover = index.data(Qt::DecorationRole).value<QImage>();
        painter->save();
        if (!cover.isNull()) {
            const QSize fitted = cover.size().scaled(coverRect.size(), Qt::KeepAspectRatio);
            const QRect target(coverRect.x() + (coverRect.width() - fitted.width()) / 2,
                               coverRect.y() + (coverRect.height() - fitted.height()) / 2,
                               fitted.width(), fitted.height());
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(target, cover);
        } else {
            painter->fillRect(coverRect, opt.palette.color(QPalette::Mid));
            QFont big = opt.font;
            big.setPointSizeF(big.pointSizeF() * 3);
            painter->setFont(big);
            // Light on Mid in most themes; whatever reads on it in the others.
            painter->setPen(
                readableOn(opt.palette.color(QPalette::Light), opt.palette.color(QPalette::Mid)));
            const QString title = index.data(Qt::DisplayRole).toString();
            painter->drawText(coverRect, Qt::AlignCenter,
                              title.isEmpty() ? QStringLiteral("♪") : title.left(1).toUpper());
        }
        painter->restore();

        const int line = opt.fontMetrics.height();
        const QRect titleRect(opt.rect.x() + 8, coverRect.bottom() + 4, kCoverSize, line);
        const QRect secondRect(opt.rect.x() + 8, titleRect.bottom() + 2, kCoverSize, line);
        painter->save();
        painter->setPen(textColor(opt));
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(),
                                                        Qt::ElideRight, titleRect.width()));
        painter->setFont(opt.font);
        painter->drawText(
            secondRect, Qt::AlignLeft | Qt::AlignVCenter,
            opt.fontMetrics.elidedText(index.data(TrackGroupModel::SecondaryTextRole).toString(),
                                       Qt::ElideRight, secondRect.width()));
        painter->restore();
    }
};

// Name on the first line, counts or path on the second.
class TwoLineDelegate : public PanelDelegate {
public:
    using PanelDelegate::PanelDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(option.fontMetrics.height() * 2 + 10);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        const QStyleOptionViewItem opt = paintPanel(painter, option, index);
        const int line = opt.fontMetrics.height();
        const QRect first(opt.rect.x() + 8, opt.rect.y() + 4, opt.rect.width() - 16, line);
        const QRect second(first.x(), first.bottom() + 2, first.width(), line);
        painter->save();
        painter->setPen(textColor(opt));
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                     Qt::ElideRight, first.width()));
        QColor dim = painter->pen().color();
        dim.setAlphaF(0.7f);
        painter->setPen(dim);
        painter->drawText(
            second, Qt::AlignLeft | Qt::AlignVCenter,
            opt.fontMetrics.elidedText(index.data(TrackGroupModel::SecondaryTextRole).toString(),
                                       Qt::ElideMiddle, second.width()));
        painter->restore();
    }
};

} // namespace

GroupView::GroupView(TrackGroupModel *groups, QWidget *parent)
    : QWidget(parent)
    , m_groups(groups)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this)) {
    const QString kindName = TrackGroupModel::kindName(groups->kind());
    setObjectName(QStringLiteral("groupView") + kindName);
    m_sorted->setSourceModel(groups);
    m_sorted->setSortRole(TrackGroupModel::SortRole);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setDynamicSortFilter(true);
    m_sorted->sort(0);

    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter %1 list").arg(kindName.toLower()));
    connect(m_filter, &QLineEdit::textChanged, m_sorted,
            &QSortFilterProxyModel::setFilterFixedString);

    m_list->setModel(m_sorted);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(kindName);
    showFocusWhenEmpty(m_list);
    if (groups->kind() == TrackGroupModel::Kind::Album) {
        m_list->setViewMode(QListView::IconMode);
        m_list->setResizeMode(QListView::Adjust);
        m_list->setMovement(QListView::Static);
        m_list->setSpacing(6);
        m_list->setItemDelegate(new AlbumDelegate(m_list));
    } else {
        m_list->setItemDelegate(new TwoLineDelegate(m_list));
        m_list->setAlternatingRowColors(true);
    }
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT groupActivated(m_groups, index.data(TrackGroupModel::KeyRole).toString(),
                              index.data(Qt::DisplayRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
}

} // namespace refrain
