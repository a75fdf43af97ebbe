#include "core/model/playlistlistmodel.h"

#include "core/library/library.h"

#include <QDir>
#include <QFileInfo>

namespace refrain {

PlaylistListModel::PlaylistListModel(Library *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library) {
    qRegisterMetaType<refrain::PlaylistInfo>();
    connect(library, &Library::loadFinished, this, &PlaylistListModel::refresh);
    // A scan may relink missing entries: counts change.
    connect(library, &Library::scanFinished, this, &PlaylistListModel::refresh);
}

int PlaylistListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_playlists.size());
}

QVariant PlaylistListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= m_playlists.size())
        return {};
    const PlaylistInfo &p = m_playlists.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.name;
    case Qt::ToolTipRole: {
        QString text = tr("%n track(s)", nullptr, p.itemCount) + QStringLiteral(" · ")
                       + formatDuration(p.totalDurationMs);
        if (p.missingCount > 0)
            text += QLatin1Char('\n') + tr("%n missing", nullptr, p.missingCount);
        return text;
    }
    case IdRole:
        return p.id;
    case ItemCountRole:
        return p.itemCount;
    case MissingCountRole:
        return p.missingCount;
    case DurationRole:
        return p.totalDurationMs;
    default:
        return {};
    }
}

QString PlaylistListModel::nameOf(qint64 id) const {
    for (const PlaylistInfo &p : m_playlists) {
        if (p.id == id)
            return p.name;
    }
    return {};
}

void PlaylistListModel::refresh() {
    m_library->query(
        this, [](Database &db) { return PlaylistStore(db).list(); },
        [this](Result<QList<PlaylistInfo>> result) {
            if (!result) {
                report(result.error());
                return;
            }
            setPlaylists(std::move(result).value());
        });
}

void PlaylistListModel::setPlaylists(QList<PlaylistInfo> playlists) {
    // Update in place where the list is the same playlists; reset only when it is not.
    bool sameIds = playlists.size() == m_playlists.size();
    for (qsizetype i = 0; sameIds && i < playlists.size(); ++i)
        sameIds = playlists.at(i).id == m_playlists.at(i).id;
    if (sameIds) {
        m_playlists = std::move(playlists);
        if (!m_playlists.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_playlists.size()) - 1));
        return;
    }
    beginResetModel();
    m_playlists = std::move(playlists);
    endResetModel();
}

void PlaylistListModel::create(const QString &name, const TrackIds &tracks) {
    m_library->query(
        this,
        [name, tracks](Database &db) -> Result<qint64> {
            PlaylistStore store(db);
            auto id = store.create(name);
            if (id && !tracks.isEmpty()) {
                if (auto added = store.addTracks(id.value(), tracks); !added)
                    return added.error();
            }
            return id;
        },
        [this](Result<qint64> result) {
            if (!result) {
                report(result.error());
                return;
            }
            refresh();
            Q_EMIT created(result.value());
        });
}

void PlaylistListModel::rename(qint64 id, const QString &name) {
    m_library->query(
        this, [id, name](Database &db) { return PlaylistStore(db).rename(id, name); },
        [this](Result<void> result) {
            if (!result)
                report(result.error());
            refresh();
        });
}

void PlaylistListModel::remove(qint64 id) {
    const QString name = nameOf(id);
    m_library->query(
        this, [id](Database &db) { return PlaylistStore(db).remove(id); },
        [this, id, name](Result<void> result) {
            if (!result) {
                report(result.error());
                return;
            }
            m_lastRemoved = id;
            refresh();
            Q_EMIT removed(id, name);
        });
}

void PlaylistListModel::undoRemove() {
    const qint64 id = std::exchange(m_lastRemoved, 0);
    if (id == 0)
        return;
    m_library->query(
        this, [id](Database &db) { return PlaylistStore(db).restore(id); },
        [this](Result<void> result) {
            if (!result)
                report(result.error());
            refresh();
        });
}

void PlaylistListModel::addTracks(qint64 id, const TrackIds &tracks, int insertAt) {
    m_library->query(
        this, [=](Database &db) { return PlaylistStore(db).addTracks(id, tracks, insertAt); },
        [this, id, count = tracks.size()](Result<QList<qint64>> result) {
            if (!result) {
                report(result.error());
                return;
            }
            refresh();
            Q_EMIT playlistChanged(id);
            Q_EMIT notice(tr("Added %n track(s) to “%1”.", nullptr, int(count)).arg(nameOf(id)));
        });
}

void PlaylistListModel::removeItems(qint64 id, const QList<qint64> &itemIds) {
    m_library->query(
        this, [=](Database &db) { return PlaylistStore(db).removeItems(id, itemIds); },
        [this, id](Result<void> result) {
            if (!result)
                report(result.error());
            refresh();
            Q_EMIT playlistChanged(id);
        });
}

void PlaylistListModel::moveItems(qint64 id, const QList<qint64> &itemIds, int beforePosition) {
    m_library->query(
        this,
        [=](Database &db) { return PlaylistStore(db).moveItems(id, itemIds, beforePosition); },
        [this, id](Result<void> result) {
            if (!result)
                report(result.error());
            Q_EMIT playlistChanged(id);
        });
}

void PlaylistListModel::importFile(const QString &path) {
    m_library->query(
        this,
        [path](Database &db) -> Result<QPair<qint64, int>> {
            const auto entries = PlaylistFile::read(path);
            if (!entries)
                return entries.error();
            PlaylistStore store(db);
            const auto id =
                store.createFromEntries(QFileInfo(path).completeBaseName(), entries.value());
            if (!id)
                return id.error();
            const auto info = store.playlist(id.value());
            return qMakePair(id.value(), info ? info.value().missingCount : 0);
        },
        [this, path](Result<QPair<qint64, int>> result) {
            if (!result) {
                report(result.error());
                return;
            }
            refresh();
            const QString name = QFileInfo(path).completeBaseName();
            Q_EMIT notice(
                result.value().second == 0
                    ? tr("Imported “%1”.").arg(name)
                    : tr("Imported “%1”; %n track(s) could not be found and are shown as missing.",
                         nullptr, result.value().second)
                          .arg(name));
            Q_EMIT created(result.value().first);
        });
}

void PlaylistListModel::exportFile(qint64 id, const QString &path, bool relativePaths) {
    m_library->query(
        this,
        [=](Database &db) -> Result<int> {
            const auto format = PlaylistFile::formatForPath(path);
            if (!format)
                return Error::make(Error::Kind::Unsupported,
                                   tr("Choose a file name ending in .m3u8, .m3u, .pls or .xspf."));
            const auto items = PlaylistStore(db).items(id);
            if (!items)
                return items.error();
            QList<PlaylistFileEntry> entries;
            for (const PlaylistEntry &e : items.value())
                entries.append({e.location, e.title, e.artist, e.album, e.durationMs});
            const auto written =
                PlaylistFile::write(path, entries, *format,
                                    relativePaths ? PlaylistFile::PathStyle::RelativeToPlaylist
                                                  : PlaylistFile::PathStyle::Absolute);
            if (!written)
                return written.error();
            return int(entries.size());
        },
        [this, path](Result<int> result) {
            if (!result) {
                report(result.error());
                return;
            }
            Q_EMIT notice(tr("Exported %n track(s) to %1.", nullptr, result.value())
                              .arg(QDir::toNativeSeparators(path)));
        });
}

void PlaylistListModel::report(const Error &error) {
    Q_EMIT notice(error.message);
}

} // namespace refrain
