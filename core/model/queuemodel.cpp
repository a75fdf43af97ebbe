#include "core/model/queuemodel.h"

#include "core/model/dragdata.h"
#include "core/model/plaintooltip.h"
#include "core/model/tracktablemodel.h"
#include "core/playback/playbackengine.h"

#include <QDataStream>
#include <QFont>
#include <QGuiApplication>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>

namespace refrain {

QueueModel::QueueModel(PlaybackEngine *engine, TrackTableModel *tracks, QObject *parent)
    : QAbstractListModel(parent)
    , m_engine(engine)
    , m_tracks(tracks) {
    connect(engine, &PlaybackEngine::queueChanged, this, &QueueModel::onQueueChanged);
    connect(engine, &PlaybackEngine::currentTrackChanged, this, &QueueModel::onCurrentChanged);
    connect(engine, &PlaybackEngine::queueMarksChanged, this, &QueueModel::onMarksChanged);
}

int QueueModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_engine->queue().size();
}

QVariant QueueModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= m_engine->queue().size())
        return {};
    const Track &t = m_engine->queue().tracks().at(index.row());
    const bool current = index.row() == m_engine->queue().currentIndex();
    const QString unplayable = m_engine->queue().mark(index.row()).reason;
    switch (role) {
    case Qt::DisplayRole: {
        const QString artist = t.displayArtist();
        return artist.isEmpty() ? t.title : QString(t.title + QStringLiteral(" — ") + artist);
    }
    case Qt::ToolTipRole:
        // Plain text: the reason may come from a status feed or a server.
        return plainTooltip(unplayable.isEmpty() ? t.location
                                                 : tr("Can't play now: %1").arg(unplayable));
    case Qt::ForegroundRole:
        // Greyed, not disabled: it can still be chosen, moved and removed.
        if (!unplayable.isEmpty())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case UnplayableRole:
        return unplayable;
    case Qt::FontRole:
        if (current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case CurrentRole:
        return current;
    case TrackIdRole:
        return t.id;
    default:
        return {};
    }
}

Qt::ItemFlags QueueModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
           | Qt::ItemNeverHasChildren;
}

Qt::DropActions QueueModel::supportedDropActions() const {
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList QueueModel::mimeTypes() const {
    return {QString::fromLatin1(kQueueRowsMime),
            QString::fromLatin1(TrackTableModel::kTrackIdsMime)};
}

QMimeData *QueueModel::mimeData(const QModelIndexList &indexes) const {
    QList<int> rows;
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        rows.append(index.row());
        ids.append(index.data(TrackIdRole).toLongLong());
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kQueueRowsMime), dragdata::encode(rows));
    mime->setData(QString::fromLatin1(TrackTableModel::kTrackIdsMime), dragdata::encode(ids));
    return mime;
}

bool QueueModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                              const QModelIndex &parent) {
    if (action == Qt::IgnoreAction)
        return false;
    const int before = row >= 0 ? row : parent.isValid() ? parent.row() : -1;
    if (data->hasFormat(QString::fromLatin1(kQueueRowsMime))) {
        m_engine->moveInQueue(
            dragdata::decode<int>(data->data(QString::fromLatin1(kQueueRowsMime))), before);
        return false; // moved here; the view must not remove the dragged rows itself
    }
    const QList<qint64> ids =
        dragdata::decode<qint64>(data->data(QString::fromLatin1(TrackTableModel::kTrackIdsMime)));
    TrackList tracks;
    for (const qint64 id : ids) {
        const int trackRow = m_tracks->rowOfTrack(id);
        if (trackRow >= 0)
            tracks.append(m_tracks->trackAt(trackRow));
    }
    if (tracks.isEmpty())
        return false;
    m_engine->enqueue(tracks, before);
    return true;
}

void QueueModel::playRow(int row) {
    m_engine->playQueueRow(row);
}

void QueueModel::removeQueueRows(const QList<int> &rows) {
    m_engine->removeFromQueue(rows);
}

void QueueModel::onQueueChanged() {
    beginResetModel();
    m_shownCurrent = m_engine->queue().currentIndex();
    endResetModel();
}

void QueueModel::onCurrentChanged() {
    const int now = m_engine->queue().currentIndex();
    for (const int row : {m_shownCurrent, now}) {
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row), index(row), {Qt::FontRole, CurrentRole});
    }
    m_shownCurrent = now;
}

void QueueModel::onMarksChanged(int first, int last) {
    first = std::max(first, 0);
    last = std::min(last, rowCount() - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first), index(last),
                           {Qt::ToolTipRole, Qt::ForegroundRole, UnplayableRole});
}

} // namespace refrain
