#include "core/model/downloadlistmodel.h"

#include "core/service/request/requesttypes.h"

#include <QTimer>

#include <algorithm>

namespace refrain {

namespace {

bool sameRow(const DownloadRow &a, const DownloadRow &b) {
    return a.fileId == b.fileId && a.trackId == b.trackId && a.title == b.title
           && a.artist == b.artist && a.album == b.album && a.state == b.state
           && a.pinned == b.pinned && a.priority == b.priority && a.expectedSize == b.expectedSize
           && a.doneBytes == b.doneBytes && a.error == b.error;
}

int percent(qint64 done, qint64 total) {
    if (total <= 0)
        return -1;
    return int(std::clamp<qint64>(done * 100 / total, 0, 100));
}

} // namespace

DownloadListModel::DownloadListModel(DownloadManager *manager, RowsSource rowsSource,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
    , m_source(std::move(rowsSource)) {
    m_queuePaused = manager->isPaused();
    // What runs, and how far, is known here at once; the rows' own states come from a read.
    connect(manager, &DownloadManager::queueChanged, this, [this] {
        followManager();
        refresh();
    });
    connect(manager, &DownloadManager::progress, this, &DownloadListModel::followManager);
    connect(manager, &DownloadManager::fileFinished, this, &DownloadListModel::refresh);
    // Pausing, resuming or cancelling a file that is not running only says so through this.
    connect(manager, &DownloadManager::readinessChanged, this, &DownloadListModel::refresh);
    followManager();
    refresh();
}

int DownloadListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DownloadListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

DownloadRow::State DownloadListModel::shownState(const DownloadRow &row) const {
    if (row.state != DownloadRow::State::Queued)
        return row.state;
    if (m_queuePaused)
        return DownloadRow::State::Paused;
    return m_live.contains(row.fileId) ? DownloadRow::State::Downloading : row.state;
}

qint64 DownloadListModel::doneBytesOf(const DownloadRow &row) const {
    if (row.state == DownloadRow::State::Verified)
        return row.doneBytes;
    if (const auto it = m_live.constFind(row.fileId); it != m_live.cend())
        return it->doneBytes;
    // A paused download keeps its .part: what it had is still there.
    if (shownState(row) == DownloadRow::State::Paused)
        return m_partial.value(row.fileId, 0);
    return 0;
}

int DownloadListModel::percentOf(const DownloadRow &row) const {
    if (row.state == DownloadRow::State::Verified)
        return 100;
    if (const auto it = m_live.constFind(row.fileId); it != m_live.cend())
        return percent(it->doneBytes, it->totalBytes > 0 ? it->totalBytes : row.expectedSize);
    if (const qint64 done = doneBytesOf(row); done > 0)
        return percent(done, row.expectedSize);
    return -1;
}

QVariant DownloadListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const DownloadRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TitleColumn:
            return row.title.isEmpty() ? tr("Unknown title") : row.title;
        case ArtistColumn:
            return row.artist;
        case AlbumColumn:
            return row.album;
        case StateColumn:
            return stateText(shownState(row), percentOf(row), row.error);
        case SizeColumn:
            return row.state == DownloadRow::State::Verified
                       ? byteSizeText(row.doneBytes)
                       : sizeText(doneBytesOf(row), row.expectedSize);
        case KindColumn:
            return row.pinned ? tr("Pinned") : tr("Cache");
        }
        return {};
    case Qt::ToolTipRole:
        // A long reason does not fit the column: the whole of it. Tooltips guess at markup, so
        // a server's words are escaped inside an explicit paragraph and never interpreted.
        if (index.column() == StateColumn && !row.error.isEmpty())
            return QString(QStringLiteral("<p>") + row.error.toHtmlEscaped()
                           + QStringLiteral("</p>"));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FileIdRole:
        return row.fileId;
    case TrackIdRole:
        return row.trackId;
    case StateRole:
        return int(shownState(row));
    case ProgressRole:
        return percentOf(row);
    case ErrorRole:
        return row.state == DownloadRow::State::Failed ? row.error : QString();
    default:
        return {};
    }
}

QVariant DownloadListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn:
        return tr("Title");
    case ArtistColumn:
        return tr("Artist");
    case AlbumColumn:
        return tr("Album");
    case StateColumn:
        return tr("State");
    case SizeColumn:
        return tr("Size");
    case KindColumn:
        return tr("Kind");
    }
    return {};
}

QString DownloadListModel::stateText(DownloadRow::State state, int percent, const QString &error) {
    switch (state) {
    case DownloadRow::State::Queued:
        return tr("Queued");
    case DownloadRow::State::Downloading:
        return percent >= 0 ? tr("Downloading %1 %").arg(percent) : tr("Downloading");
    case DownloadRow::State::Paused:
        return tr("Paused");
    case DownloadRow::State::Failed:
        // One line in a table cell, whatever the reason's shape.
        return error.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(error.simplified());
    case DownloadRow::State::Verified:
        return tr("Verified");
    }
    return {};
}

QString DownloadListModel::sizeText(qint64 doneBytes, qint64 totalBytes) {
    if (totalBytes <= 0)
        return doneBytes > 0 ? byteSizeText(doneBytes) : QString();
    if (doneBytes <= 0)
        return byteSizeText(totalBytes);
    return tr("%1 of %2").arg(byteSizeText(doneBytes), byteSizeText(totalBytes));
}

void DownloadListModel::setShowVerified(bool show) {
    if (show == m_showVerified)
        return;
    m_showVerified = show;
    if (m_loaded)
        apply(m_all);
}

void DownloadListModel::refresh() {
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    if (m_scheduled)
        return;
    // A burst of signals (a pump, a finished file) makes one read, not one each.
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        startRead();
    });
}

void DownloadListModel::startRead() {
    if (!m_source)
        return;
    m_reading = true;
    m_source([self = QPointer<DownloadListModel>(this)](QList<DownloadRow> rows) {
        if (!self)
            return;
        self->m_reading = false;
        self->apply(rows);
        if (self->m_readAgain) {
            self->m_readAgain = false;
            self->refresh();
        }
    });
}

void DownloadListModel::apply(const QList<DownloadRow> &all) {
    m_all = all;
    m_verifiedCount = 0;
    QList<DownloadRow> wanted;
    wanted.reserve(all.size());
    QSet<qint64> waiting;
    for (const DownloadRow &row : all) {
        if (row.state == DownloadRow::State::Verified)
            ++m_verifiedCount;
        else if (row.state != DownloadRow::State::Failed)
            waiting.insert(row.fileId);
        if (m_showVerified || row.state != DownloadRow::State::Verified)
            wanted.append(row);
    }
    // What a stopped download had only matters while it waits to go on.
    for (auto it = m_partial.begin(); it != m_partial.end();) {
        if (waiting.contains(it.key()))
            ++it;
        else
            it = m_partial.erase(it);
    }
    sync(wanted);
    m_loaded = true;
    Q_EMIT refreshed();
}

// Brings the shown rows in line with `wanted` by file id: rows that went are removed, moved
// ones moved, new ones inserted, the rest updated in place — never a reset, so selections and
// the current row follow their file.
void DownloadListModel::sync(const QList<DownloadRow> &wanted) {
    if (m_rows.isEmpty()) {
        if (!wanted.isEmpty()) {
            beginInsertRows({}, 0, int(wanted.size()) - 1);
            m_rows = wanted;
            endInsertRows();
        }
        rebuildIndex();
        return;
    }
    QHash<qint64, int> wantedAt;
    wantedAt.reserve(wanted.size());
    for (int i = 0; i < wanted.size(); ++i)
        wantedAt.insert(wanted.at(i).fileId, i);
    // Removals from the end, a contiguous block at a time.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (wantedAt.contains(m_rows.at(last).fileId)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wantedAt.contains(m_rows.at(first - 1).fileId))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    QSet<qint64> present;
    for (const DownloadRow &row : std::as_const(m_rows))
        present.insert(row.fileId);

    for (int i = 0; i < wanted.size(); ++i) {
        const DownloadRow &want = wanted.at(i);
        if (i < m_rows.size() && m_rows.at(i).fileId != want.fileId
            && present.contains(want.fileId)) {
            // One row went further down (it failed, or another one went first): move that one
            // row rather than every row it passed.
            if (i + 1 < m_rows.size() && m_rows.at(i + 1).fileId == want.fileId) {
                const int to = qMin(wantedAt.value(m_rows.at(i).fileId), int(m_rows.size()) - 1);
                if (to > i + 1) {
                    beginMoveRows({}, i, i, {}, to + 1);
                    m_rows.move(i, to);
                    endMoveRows();
                }
            }
            if (m_rows.at(i).fileId != want.fileId) {
                int from = i + 1;
                while (m_rows.at(from).fileId != want.fileId)
                    ++from;
                beginMoveRows({}, from, from, {}, i);
                m_rows.move(from, i);
                endMoveRows();
            }
        }
        if (i < m_rows.size() && m_rows.at(i).fileId == want.fileId) {
            if (!sameRow(m_rows.at(i), want)) {
                m_rows[i] = want;
                rowChanged(i);
            }
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, want);
        endInsertRows();
        present.insert(want.fileId);
    }
    Q_ASSERT(m_rows.size() == wanted.size());
    rebuildIndex();
}

void DownloadListModel::rebuildIndex() {
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).fileId, i);
}

void DownloadListModel::rowChanged(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, kColumnCount - 1));
}

// Overlays what the manager is doing now on the rows last read: which files run and how far
// they are, and whether the whole queue is paused. Only the rows that changed repaint.
void DownloadListModel::followManager() {
    if (!m_manager)
        return;
    QHash<qint64, Live> live;
    const QList<DownloadManager::Active> active = m_manager->active();
    for (const DownloadManager::Active &a : active)
        live.insert(a.fileId, Live{a.doneBytes, a.totalBytes});
    QSet<qint64> changed;
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        const auto old = m_live.constFind(it.key());
        if (old == m_live.cend() || old->doneBytes != it->doneBytes
            || old->totalBytes != it->totalBytes)
            changed.insert(it.key());
        m_partial.remove(it.key());
    }
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (!live.contains(it.key())) {
            changed.insert(it.key());
            m_partial.insert(it.key(), it->doneBytes);
        }
    }
    m_live = live;
    const bool paused = m_manager->isPaused();
    if (paused != m_queuePaused) {
        m_queuePaused = paused;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, kColumnCount - 1));
        return;
    }
    for (qint64 fileId : std::as_const(changed)) {
        if (const int row = rowOf(fileId); row >= 0)
            rowChanged(row);
    }
}

} // namespace refrain
