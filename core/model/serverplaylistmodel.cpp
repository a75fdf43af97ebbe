#include "core/model/serverplaylistmodel.h"

#include "core/library/library.h"
#include "core/service/catalogmirror.h"
#include "core/service/serveredits.h"
#include "core/service/servereditstore.h"
#include "core/service/serverhub.h"

#include <QSet>

namespace refrain {

ServerPlaylistModel::ServerPlaylistModel(Library *library, ServerHub *hub, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_hub(hub) {
    connect(hub, &ServerHub::playlistsChanged, this, &ServerPlaylistModel::refresh);
    // A server added, renamed or removed: its block comes, changes its label or goes.
    connect(hub, &ServerHub::serversChanged, this, &ServerPlaylistModel::refreshAll);
    connect(hub, &ServerHub::syncFinished, this,
            [this](const QString &serverId) { refresh(serverId); });
}

int ServerPlaylistModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ServerPlaylistModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.playlist.name;
    case Qt::ToolTipRole:
        return QString(tr("On %1").arg(serverName(row.serverId)) + QStringLiteral(" · ")
                       + tr("%n song(s)", nullptr, row.playlist.songCount) + QStringLiteral(" · ")
                       + formatDuration(qint64(row.playlist.durationSeconds) * 1000));
    case ServerIdRole:
        return row.serverId;
    case PlaylistIdRole:
        return row.playlist.id;
    case ServerNameRole:
        return serverName(row.serverId);
    case SongCountRole:
        return row.playlist.songCount;
    default:
        return {};
    }
}

int ServerPlaylistModel::rowOf(const QString &serverId, const QString &playlistId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).serverId == serverId && m_rows.at(i).playlist.id == playlistId)
            return i;
    }
    return -1;
}

QString ServerPlaylistModel::serverName(const QString &serverId) const {
    if (m_hub) {
        for (const ServerConfig &config : m_hub->servers()) {
            if (config.id == serverId)
                return config.name;
        }
    }
    return serverId;
}

QString ServerPlaylistModel::songIdOn(const QString &serverId, const Track &track) {
    const auto parsed = CatalogMirror::parseLocation(track.location);
    if (!parsed || parsed->first != serverId)
        return {};
    return parsed->second;
}

QString ServerPlaylistModel::whyNotAddable(const QString &serverId, const TrackList &tracks) const {
    for (const Track &track : tracks) {
        if (songIdOn(serverId, track).isEmpty())
            return tr("Only songs from %1 can be added to its playlists").arg(serverName(serverId));
    }
    return {};
}

void ServerPlaylistModel::refreshAll() {
    if (!m_hub)
        return;
    QSet<QString> known;
    for (const ServerConfig &config : m_hub->servers())
        known.insert(config.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!known.contains(m_rows.at(i).serverId)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    if (!m_rows.isEmpty()) // server names may have changed
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    for (const QString &id : std::as_const(known))
        refresh(id);
}

void ServerPlaylistModel::refresh(const QString &serverId) {
    m_library->query(
        this, [serverId](Database &db) { return ServerEditStore(db, serverId).playlists(); },
        [this, serverId](Result<QList<RemotePlaylist>> result) {
            if (!result)
                return report(tr("Show the playlists of %1").arg(serverName(serverId)),
                              result.error());
            // The server may have gone while the query ran.
            bool known = false;
            if (m_hub) {
                for (const ServerConfig &config : m_hub->servers())
                    known = known || config.id == serverId;
            }
            apply(serverId, known ? std::move(result).value() : QList<RemotePlaylist>{});
        });
}

void ServerPlaylistModel::apply(const QString &serverId, const QList<RemotePlaylist> &playlists) {
    QSet<QString> wanted;
    for (const RemotePlaylist &p : playlists)
        wanted.insert(p.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows.at(i).serverId == serverId && !wanted.contains(m_rows.at(i).playlist.id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const RemotePlaylist &p : playlists) {
        if (const int row = rowOf(serverId, p.id); row >= 0) {
            m_rows[row].playlist = p;
            Q_EMIT dataChanged(index(row), index(row));
            continue;
        }
        // After the server's last row keeps its playlists together; a new server goes last.
        int at = int(m_rows.size());
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (m_rows.at(i).serverId == serverId) {
                at = i + 1;
                break;
            }
        }
        beginInsertRows({}, at, at);
        m_rows.insert(at, Row{serverId, p});
        endInsertRows();
    }
}

void ServerPlaylistModel::create(const QString &serverId, const QString &name,
                                 const TrackList &tracks) {
    ServerEdits *edits = m_hub ? m_hub->edits(serverId) : nullptr;
    if (!edits)
        return;
    QStringList songs;
    for (const Track &track : tracks) {
        if (const QString song = songIdOn(serverId, track); !song.isEmpty())
            songs.append(song);
    }
    edits->createPlaylist(name, songs, [this, name](Result<QList<ServerEdit>> result) {
        if (!result)
            report(tr("Create “%1”").arg(name), result.error());
    });
}

void ServerPlaylistModel::rename(const QString &serverId, const QString &playlistId,
                                 const QString &name) {
    if (ServerEdits *edits = m_hub ? m_hub->edits(serverId) : nullptr) {
        edits->renamePlaylist(playlistId, name, [this, name](Result<QList<ServerEdit>> result) {
            if (!result)
                report(tr("Rename to “%1”").arg(name), result.error());
        });
    }
}

void ServerPlaylistModel::remove(const QString &serverId, const QString &playlistId) {
    if (ServerEdits *edits = m_hub ? m_hub->edits(serverId) : nullptr) {
        edits->deletePlaylist(playlistId, [this](Result<QList<ServerEdit>> result) {
            if (!result)
                report(tr("Delete the playlist"), result.error());
        });
    }
}

void ServerPlaylistModel::addTracks(const QString &serverId, const QString &playlistId,
                                    const TrackList &tracks) {
    ServerEdits *edits = m_hub ? m_hub->edits(serverId) : nullptr;
    if (!edits)
        return;
    if (const QString why = whyNotAddable(serverId, tracks); !why.isEmpty()) {
        Q_EMIT notice(why + QLatin1Char('.'));
        return;
    }
    QStringList songs;
    for (const Track &track : tracks)
        songs.append(songIdOn(serverId, track));
    const int row = rowOf(serverId, playlistId);
    const QString name = row >= 0 ? m_rows.at(row).playlist.name : QString();
    edits->addToPlaylist(
        playlistId, songs, [this, name, count = int(songs.size())](Result<QList<ServerEdit>> r) {
            if (!r) {
                report(tr("Add to “%1”").arg(name), r.error());
                return;
            }
            Q_EMIT notice(tr("Added %n song(s) to “%1”.", nullptr, count).arg(name));
        });
}

void ServerPlaylistModel::removeEntries(const QString &serverId, const QString &playlistId,
                                        const QList<int> &indexes) {
    if (ServerEdits *edits = m_hub ? m_hub->edits(serverId) : nullptr) {
        edits->removeFromPlaylist(playlistId, indexes, [this](Result<QList<ServerEdit>> result) {
            if (!result)
                report(tr("Remove songs from the playlist"), result.error());
        });
    }
}

void ServerPlaylistModel::report(const QString &action, const Error &error) {
    Q_EMIT notice(action + QStringLiteral(": ") + error.message);
}

} // namespace refrain
