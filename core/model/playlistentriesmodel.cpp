#include "core/model/playlistentriesmodel.h"

#include "core/model/offlineavailability.h"
#include "core/model/plaintooltip.h"

#include "core/library/library.h"
#include "core/model/dragdata.h"
#include "core/model/playlistlistmodel.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>

namespace refrain {

PlaylistEntriesModel::PlaylistEntriesModel(Library *library, PlaylistListModel *playlists,
                                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
    , m_playlists(playlists) {
    connect(playlists, &PlaylistListModel::playlistChanged, this, [this](qint64 id) {
        if (id == m_id)
            reload();
    });
    // Library changes (a file found again, tags edited) show through in the entries.
    connect(library, &Library::scanFinished, this, &PlaylistEntriesModel::reload);
}

void PlaylistEntriesModel::setPlaylist(qint64 id) {
    if (id == m_id)
        return;
    m_id = id;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    reload();
}

void PlaylistEntriesModel::reload() {
    if (m_id == 0)
        return;
    m_library->query(
        this, [id = m_id](Database &db) { return PlaylistStore(db).items(id); },
        [this, id = m_id](Result<QList<PlaylistEntry>> result) {
            if (id != m_id || !result)
                return;
            beginResetModel();
            m_entries = std::move(result).value();
            endResetModel();
            Q_EMIT loaded();
        });
}

int PlaylistEntriesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

void PlaylistEntriesModel::setOfflineAvailability(OfflineAvailability *offline) {
    m_offline = offline;
    connect(offline, &OfflineAvailability::changed, this, [this] {
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, OfflineColumn),
                               index(int(m_entries.size()) - 1, OfflineColumn));
    });
    connect(offline, &OfflineAvailability::playabilityChanged, this, [this] {
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1),
                               {Qt::ToolTipRole, AvailableRole});
    });
}

QString PlaylistEntriesModel::blockedReason(const PlaylistEntry &e) const {
    // Only what streaming being out adds; a missing entry already says so in its own words.
    if (!m_offline || !e.available)
        return {};
    return m_offline->unplayableReason(
        e.trackId, !e.location.startsWith(QLatin1String("subsonic://")), e.available);
}

int PlaylistEntriesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaylistEntriesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return {};
    const PlaylistEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PositionColumn:
            return e.position + 1;
        case TitleColumn:
            return e.title.isEmpty() ? QFileInfo(e.location).fileName() : e.title;
        case ArtistColumn:
            return e.artist;
        case AlbumColumn:
            return e.album;
        case DurationColumn:
            return e.durationMs > 0 ? formatDuration(e.durationMs) : QString();
        case OfflineColumn:
            return m_offline ? OfflineAvailability::label(m_offline->state(
                       e.trackId, !e.location.startsWith(QLatin1String("subsonic://")),
                       e.available))
                             : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == OfflineColumn && m_offline)
            return plainTooltip(OfflineAvailability::explanation(m_offline->state(
                e.trackId, !e.location.startsWith(QLatin1String("subsonic://")), e.available)));
        // Reasons and locations carry server and file names: shown literally.
        if (const QString why = blockedReason(e); !why.isEmpty())
            return plainTooltip(why);
        return plainTooltip(e.available
                                ? QDir::toNativeSeparators(e.location)
                                : tr("Missing — %1 is not in the library or cannot be reached")
                                      .arg(QDir::toNativeSeparators(e.location)));
    case ItemIdRole:
        return e.itemId;
    case TrackIdRole:
        return e.trackId;
    case AvailableRole:
        return e.available && blockedReason(e).isEmpty();
    default:
        return {};
    }
}

QVariant PlaylistEntriesModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("#");
    case TitleColumn:
        return tr("Title");
    case ArtistColumn:
        return tr("Artist");
    case AlbumColumn:
        return tr("Album");
    case DurationColumn:
        return tr("Length");
    case OfflineColumn:
        return tr("Offline");
    default:
        return {};
    }
}

Qt::ItemFlags PlaylistEntriesModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropping between rows or at the end
    // Missing entries stay selectable (to remove or reorder them) but look disabled.
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    if (const PlaylistEntry &e = m_entries.at(index.row());
        e.available && blockedReason(e).isEmpty())
        flags |= Qt::ItemIsEnabled;
    return flags;
}

Qt::DropActions PlaylistEntriesModel::supportedDropActions() const {
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList PlaylistEntriesModel::mimeTypes() const {
    return {QString::fromLatin1(kItemIdsMime), QString::fromLatin1(kTrackIdsMime)};
}

QMimeData *PlaylistEntriesModel::mimeData(const QModelIndexList &indexes) const {
    QList<qint64> items;
    QList<qint64> tracks;
    for (const QModelIndex &index : indexes) {
        if (index.column() != 0)
            continue;
        items.append(m_entries.at(index.row()).itemId);
        if (m_entries.at(index.row()).trackId != 0)
            tracks.append(m_entries.at(index.row()).trackId);
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kItemIdsMime), dragdata::encode(items));
    mime->setData(QString::fromLatin1(kTrackIdsMime), dragdata::encode(tracks));
    return mime;
}

bool PlaylistEntriesModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                        const QModelIndex &parent) {
    if (m_id == 0 || action == Qt::IgnoreAction)
        return false;
    // Dropped on a row means before it; on empty space, at the end.
    const int before = row >= 0 ? row : parent.isValid() ? parent.row() : -1;
    if (data->hasFormat(QString::fromLatin1(kItemIdsMime))) {
        const QList<qint64> items =
            dragdata::decode<qint64>(data->data(QString::fromLatin1(kItemIdsMime)));
        if (items.isEmpty())
            return false;
        m_playlists->moveItems(m_id, items, before);
        // The store renumbers; the reload shows the new order. Returning false keeps the view
        // from removing the dragged rows itself.
        return false;
    }
    if (data->hasFormat(QString::fromLatin1(kTrackIdsMime))) {
        const QList<qint64> tracks =
            dragdata::decode<qint64>(data->data(QString::fromLatin1(kTrackIdsMime)));
        if (tracks.isEmpty())
            return false;
        m_playlists->addTracks(m_id, tracks, before);
        return true;
    }
    return false;
}

} // namespace refrain
