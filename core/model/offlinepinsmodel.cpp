#include "core/model/offlinepinsmodel.h"

#include "core/offline/downloadmanager.h"
#include "core/offline/offlinestore.h"

#include <QDateTime>

namespace refrain {

namespace {

// Pins are read again at most this often while downloads report progress.
constexpr int kReloadEveryMs = 1'500;

} // namespace

OfflinePinsModel::OfflinePinsModel(DatabaseRunner runner, DownloadManager *manager, QObject *parent)
    : QAbstractListModel(parent)
    , m_runner(std::move(runner))
    , m_manager(manager) {
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(kReloadEveryMs);
    connect(&m_throttle, &QTimer::timeout, this, &OfflinePinsModel::reload);
    if (manager) {
        connect(manager, &DownloadManager::readinessChanged, this, [this] {
            if (!m_throttle.isActive())
                m_throttle.start();
        });
    }
}

int OfflinePinsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_pins.size());
}

QString OfflinePinsModel::describe(const OfflinePin &p) {
    QString text = tr("%1 of %2 ready · %3 of %4")
                       .arg(p.ready)
                       .arg(p.tracks)
                       .arg(musicLengthText(p.readyDurationMs), musicLengthText(p.durationMs));
    if (p.pending > 0)
        text += QStringLiteral(" · ") + tr("%n downloading", nullptr, p.pending);
    return p.name + QStringLiteral(" — ") + text;
}

QVariant OfflinePinsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_pins.size())
        return {};
    const OfflinePin &p = m_pins.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return describe(p);
    case Qt::AccessibleTextRole:
        return describe(p);
    case PinIdRole:
        return p.id;
    case KindRole:
        return int(p.kind);
    case ReadyRole:
        return p.ready;
    case TracksRole:
        return p.tracks;
    case PendingRole:
        return p.pending;
    default:
        return {};
    }
}

std::optional<OfflinePin> OfflinePinsModel::essentials() const {
    for (const OfflinePin &p : m_pins) {
        if (p.kind == PinKind::Essentials)
            return p;
    }
    return std::nullopt;
}

void OfflinePinsModel::reload() {
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_runner([self = QPointer<OfflinePinsModel>(this)](Database &db) {
        OfflineStore store(db);
        Snapshot snap;
        auto pins = store.pins();
        auto picks = store.picks();
        auto coverage = store.coverage();
        std::optional<Error> error;
        if (!pins || !picks || !coverage) {
            error = !pins ? pins.error() : !picks ? picks.error() : coverage.error();
        } else {
            snap.pins = pins.value();
            snap.picks = picks.value();
            snap.coverage = coverage.value();
            for (const OfflinePin &p : snap.pins) {
                if (p.kind == PinKind::Essentials)
                    snap.essentials = store.pinTracks(p.id).valueOr({});
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, snap = std::move(snap), error]() mutable {
                if (!self)
                    return;
                self->m_loading = false;
                if (error)
                    Q_EMIT self->notice(error->message);
                else
                    self->apply(std::move(snap));
                if (std::exchange(self->m_again, false))
                    self->reload();
            },
            Qt::QueuedConnection);
    });
}

void OfflinePinsModel::apply(Snapshot snap) {
    // Same pins in the same order: only their figures changed (the usual case while
    // downloading), so views keep their selection.
    bool sameRows = snap.pins.size() == m_pins.size();
    for (int i = 0; sameRows && i < snap.pins.size(); ++i)
        sameRows = snap.pins.at(i).id == m_pins.at(i).id;
    if (sameRows) {
        m_pins = snap.pins;
        if (!m_pins.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_pins.size()) - 1));
    } else {
        beginResetModel();
        m_pins = snap.pins;
        endResetModel();
    }
    m_picks = std::move(snap.picks);
    m_coverage = std::move(snap.coverage);
    m_essentialsTracks = std::move(snap.essentials);
    Q_EMIT pinsChanged();
}

bool OfflinePinsModel::isPlaylistKept(qint64 playlistId) const {
    return pinIdOf(PinKind::Playlist, QString::fromLatin1(Track::kLocalSource),
                   QString::number(playlistId))
           > 0;
}

bool OfflinePinsModel::isServerPlaylistKept(const QString &serverId,
                                            const QString &playlistId) const {
    return pinIdOf(PinKind::ServerPlaylist, serverId, playlistId) > 0;
}

qint64 OfflinePinsModel::pinIdOf(PinKind kind, const QString &source, const QString &ref) const {
    for (const OfflinePin &p : m_pins) {
        if (p.kind == kind && p.source == source && p.ref == ref)
            return p.id;
    }
    return 0;
}

qint64 OfflinePinsModel::coveringPin(const Track &track, PinKind kind) const {
    for (qint64 pinId : m_coverage.value(track.id)) {
        for (const OfflinePin &p : m_pins) {
            if (p.id == pinId && p.kind == kind)
                return pinId;
        }
    }
    return 0;
}

void OfflinePinsModel::change(std::function<Result<void>(Database &)> job) {
    m_runner([self = QPointer<OfflinePinsModel>(this), job = std::move(job)](Database &db) {
        const Result<void> done = job(db);
        QMetaObject::invokeMethod(
            self.data(),
            [self, done] {
                if (!self)
                    return;
                if (!done)
                    Q_EMIT self->notice(done.error().message);
                if (self->m_manager)
                    self->m_manager->reconcile(); // readinessChanged → reload
                self->reload();
            },
            Qt::QueuedConnection);
    });
}

void OfflinePinsModel::setPicked(const TrackIds &trackIds, bool picked) {
    change([trackIds, picked](Database &db) {
        OfflineStore store(db);
        return picked ? store.addPicks(trackIds, QDateTime::currentMSecsSinceEpoch())
                      : store.removePicks(trackIds);
    });
}

void OfflinePinsModel::setPlaylistKept(qint64 playlistId, bool keep) {
    const qint64 pinned = pinIdOf(PinKind::Playlist, QString::fromLatin1(Track::kLocalSource),
                                  QString::number(playlistId));
    change([playlistId, keep, pinned](Database &db) -> Result<void> {
        OfflineStore store(db);
        if (!keep)
            return pinned > 0 ? store.unpin(pinned) : Result<void>();
        auto pin = store.pin(PinKind::Playlist, QString::fromLatin1(Track::kLocalSource),
                             QString::number(playlistId), QDateTime::currentMSecsSinceEpoch());
        return pin ? Result<void>() : Result<void>(pin.error());
    });
}

void OfflinePinsModel::setServerPlaylistKept(const QString &serverId, const QString &playlistId,
                                             bool keep) {
    const qint64 pinned = pinIdOf(PinKind::ServerPlaylist, serverId, playlistId);
    change([serverId, playlistId, keep, pinned](Database &db) -> Result<void> {
        OfflineStore store(db);
        if (!keep)
            return pinned > 0 ? store.unpin(pinned) : Result<void>();
        auto pin = store.pin(PinKind::ServerPlaylist, serverId, playlistId,
                             QDateTime::currentMSecsSinceEpoch());
        return pin ? Result<void>() : Result<void>(pin.error());
    });
}

void OfflinePinsModel::setAlbumKept(const Track &track, bool keep) {
    pinTrackGroup(track, PinKind::Album, keep);
}

void OfflinePinsModel::setArtistKept(const Track &track, bool keep) {
    pinTrackGroup(track, PinKind::Artist, keep);
}

void OfflinePinsModel::pinTrackGroup(const Track &track, PinKind kind, bool keep) {
    const qint64 pinned = coveringPin(track, kind);
    change([id = track.id, kind, keep, pinned](Database &db) -> Result<void> {
        OfflineStore store(db);
        if (!keep)
            return pinned > 0 ? store.unpin(pinned) : Result<void>();
        auto group = store.groupOf(id, kind);
        if (!group)
            return group.error();
        auto pin = store.pin(kind, group.value().source, group.value().ref,
                             QDateTime::currentMSecsSinceEpoch());
        return pin ? Result<void>() : Result<void>(pin.error());
    });
}

void OfflinePinsModel::unpin(qint64 pinId) {
    change([pinId](Database &db) { return OfflineStore(db).unpin(pinId); });
}

} // namespace refrain
