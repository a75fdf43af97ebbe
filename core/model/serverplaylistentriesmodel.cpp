#include "core/model/serverplaylistentriesmodel.h"

#include "core/model/offlineavailability.h"

#include "core/library/library.h"
#include "core/library/track.h"
#include "core/service/serveredits.h"
#include "core/service/serverhub.h"

namespace refrain {

ServerPlaylistEntriesModel::ServerPlaylistEntriesModel(Library *library, ServerHub *hub,
                                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
    , m_hub(hub) {
    connect(hub, &ServerHub::playlistsChanged, this, [this](const QString &serverId) {
        if (serverId == m_serverId)
            reload();
    });
    // A sync may bring the songs that were missing.
    connect(hub, &ServerHub::syncFinished, this, [this](const QString &serverId) {
        if (serverId == m_serverId)
            reload();
    });
}

void ServerPlaylistEntriesModel::setPlaylist(const QString &serverId, const QString &playlistId) {
    if (serverId == m_serverId && playlistId == m_playlistId)
        return;
    if (serverId != m_serverId && m_hub) {
        if (ServerEdits *old = m_hub->edits(m_serverId))
            disconnect(old, &ServerEdits::playlistIdReplaced, this, nullptr);
        // A playlist made here gets its server id later: keep showing it under the new one.
        if (ServerEdits *edits = m_hub->edits(serverId)) {
            connect(edits, &ServerEdits::playlistIdReplaced, this,
                    [this](const QString &localId, const QString &serverPlaylistId) {
                        if (localId == m_playlistId)
                            m_playlistId = serverPlaylistId;
                    });
        }
    }
    m_serverId = serverId;
    m_playlistId = playlistId;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    reload();
}

void ServerPlaylistEntriesModel::reload() {
    if (m_playlistId.isEmpty())
        return;
    m_library->query(
        this,
        [serverId = m_serverId, id = m_playlistId](Database &db) {
            return ServerEditStore(db, serverId).entries(id);
        },
        [this, serverId = m_serverId, id = m_playlistId](Result<QList<MirroredEntry>> result) {
            if (serverId != m_serverId || id != m_playlistId)
                return;
            // A deleted playlist has no entries left to show.
            apply(result ? std::move(result).value() : QList<MirroredEntry>{});
            Q_EMIT loaded();
        });
}

void ServerPlaylistEntriesModel::apply(QList<MirroredEntry> entries) {
    const auto same = [](const MirroredEntry &a, const MirroredEntry &b) {
        return a.songId == b.songId;
    };
    const int oldSize = int(m_entries.size());
    const int newSize = int(entries.size());
    int head = 0;
    while (head < oldSize && head < newSize && same(m_entries.at(head), entries.at(head)))
        ++head;
    int tail = 0;
    while (tail < oldSize - head && tail < newSize - head
           && same(m_entries.at(oldSize - 1 - tail), entries.at(newSize - 1 - tail)))
        ++tail;
    if (oldSize - tail > head) {
        beginRemoveRows({}, head, oldSize - tail - 1);
        m_entries.remove(head, oldSize - tail - head);
        endRemoveRows();
    }
    if (newSize - tail > head) {
        beginInsertRows({}, head, newSize - tail - 1);
        for (int i = head; i < newSize - tail; ++i)
            m_entries.insert(i, entries.at(i));
        endInsertRows();
    }
    // Positions, titles and availability of the rest may have changed too.
    m_entries = std::move(entries);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

int ServerPlaylistEntriesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

void ServerPlaylistEntriesModel::setOfflineAvailability(OfflineAvailability *offline) {
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

QString ServerPlaylistEntriesModel::blockedReason(const MirroredEntry &e) const {
    if (!m_offline || e.trackId == 0)
        return {};
    return m_offline->unplayableReason(e.trackId, false, true);
}

int ServerPlaylistEntriesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerPlaylistEntriesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return {};
    const MirroredEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PositionColumn:
            return e.position + 1; // as stored, so rows keep their data while others move
        case TitleColumn:
            return e.title.isEmpty() ? e.songId : e.title;
        case ArtistColumn:
            return e.artist;
        case AlbumColumn:
            return e.album;
        case DurationColumn:
            return e.durationMs > 0 ? formatDuration(e.durationMs) : QString();
        case OfflineColumn:
            return m_offline ? OfflineAvailability::label(
                       m_offline->state(e.trackId, false, e.trackId != 0))
                             : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == OfflineColumn && m_offline)
            return OfflineAvailability::explanation(
                m_offline->state(e.trackId, false, e.trackId != 0));
        if (const QString why = blockedReason(e); !why.isEmpty())
            return why;
        return e.trackId != 0 ? QVariant()
                              : QVariant(tr("Missing — this song is not in the library yet; it "
                                            "shows once the server's catalog is synced"));
    case TrackIdRole:
        return e.trackId;
    case AvailableRole:
        return e.trackId != 0 && blockedReason(e).isEmpty();
    case SongIdRole:
        return e.songId;
    default:
        return {};
    }
}

QVariant ServerPlaylistEntriesModel::headerData(int section, Qt::Orientation orientation,
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

Qt::ItemFlags ServerPlaylistEntriesModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Missing entries stay selectable (to remove them) but look disabled.
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (const MirroredEntry &e = m_entries.at(index.row());
        e.trackId != 0 && blockedReason(e).isEmpty())
        flags |= Qt::ItemIsEnabled;
    return flags;
}

} // namespace refrain
