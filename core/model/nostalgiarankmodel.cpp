#include "core/model/nostalgiarankmodel.h"

#include "core/model/plaintooltip.h"

namespace refrain {

NostalgiaRankModel::NostalgiaRankModel(QObject *parent)
    : QAbstractListModel(parent) {}

int NostalgiaRankModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

QString NostalgiaRankModel::describe(int rank, const RankedItem &item) {
    QString name = item.name;
    if (!item.artist.isEmpty())
        name += QStringLiteral(" — ") + item.artist;
    return tr("%1. %2: %3, %4")
        .arg(QString::number(rank), name, tr("%n listens", nullptr, int(item.listens)),
             tr("%n minutes", nullptr, int(item.minutes)));
}

QVariant NostalgiaRankModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const RankedItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.artist.isEmpty() ? item.name : item.name + QStringLiteral(" — ") + item.artist;
    case Qt::AccessibleTextRole:
        return describe(index.row() + 1, item);
    case Qt::ToolTipRole:
        // Names come from tags, servers and imported histories: shown literally.
        return plainTooltip(describe(index.row() + 1, item));
    case NameRole:
        return item.name;
    case ArtistRole:
        return item.artist;
    case ListensRole:
        return item.listens;
    case MinutesRole:
        return item.minutes;
    case RankRole:
        return index.row() + 1;
    case ShareRole: {
        const qint64 top = m_items.first().listens;
        return top > 0 ? double(item.listens) / double(top) : 0.0;
    }
    default:
        return {};
    }
}

void NostalgiaRankModel::setItems(const QList<RankedItem> &items) {
    if (items == m_items)
        return;
    // Same length: figures changed in place, so a view keeps its current row.
    if (items.size() == m_items.size()) {
        m_items = items;
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1));
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

} // namespace refrain
