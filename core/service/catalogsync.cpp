#include "core/service/catalogsync.h"

#include "core/service/conflictmarks.h"
#include "core/service/servereditstore.h"
#include "core/service/serverstore.h"
#include "core/service/subsonic/subsonicerror.h"
#include "core/service/subsonic/subsonicparser.h"

#include <QDateTime>

namespace refrain {

namespace {
// A server whose paging never ends (it ignores offset) must not keep us listing forever.
constexpr int kMaxAlbumPages = 2000;
} // namespace

CatalogSync::CatalogSync(SubsonicClient *client, DatabaseRunner runner, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_runner(std::move(runner)) {
    qRegisterMetaType<CatalogMirror::Changes>();
    qRegisterMetaType<CatalogSync::Report>();
}

void CatalogSync::start(Options options) {
    if (m_running)
        return;
    m_options = options;
    m_options.pageSize = std::clamp(m_options.pageSize, 1, 500);
    m_options.parallelAlbums = std::max(1, m_options.parallelAlbums);
    m_options.albumsPerWrite = std::max(1, m_options.albumsPerWrite);
    m_report = Report();
    m_running = true;
    m_cancelled = false;
    ++m_generation;
    m_listed.clear();
    m_listedIds.clear();
    m_toFetch.clear();
    m_nextFetch = 0;
    m_inFlight = 0;
    m_writing = false;
    m_fetched.clear();
    m_toRemove.clear();
    m_playlistsToFetch.clear();
    m_playlistIds.clear();
    m_timer.start();
    listAlbums(0);
}

void CatalogSync::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    m_report.cancelled = true;
    // Fetches still on their way are dropped when they arrive; what was written stays.
    complete();
}

template<typename Job, typename Then>
void CatalogSync::write(Job job, Then then) {
    const QPointer<CatalogSync> self(this);
    const quint64 generation = m_generation;
    m_runner([self, generation, job = std::move(job), then = std::move(then)](Database &db) {
        CatalogMirror mirror(db);
        auto result = job(mirror, db);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(), [self, generation, then, result = std::move(result)]() mutable {
                if (self && self->m_running && self->m_generation == generation)
                    then(std::move(result));
            });
    });
}

void CatalogSync::callServer(const QString &endpoint, const SubsonicParams &params,
                             SubsonicClient::Done done) {
    // The client outlives a sync, which may be dropped with requests still in flight (a failed
    // sync's other albums): their answers reach this object only while it exists.
    // Nor does an answer for a run that has ended, or been restarted since it was asked.
    m_client->call(endpoint, params, Component::Browse,
                   [self = QPointer<CatalogSync>(this), generation = m_generation,
                    done = std::move(done)](const SubsonicCall &call) {
                       if (self && self->m_running && generation == self->m_generation)
                           done(call);
                   });
}

void CatalogSync::publish(const CatalogMirror::Changes &changes) {
    m_report.songsAdded += int(changes.added.size());
    m_report.songsUpdated += int(changes.updated.size());
    m_report.songsRemoved += int(changes.removed.size());
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

void CatalogSync::listAlbums(int offset) {
    if (!m_client)
        return fail(Error::make(Error::Kind::Internal, tr("The server connection is gone.")));
    Q_EMIT progress(tr("Listing albums"), int(m_listed.size()), 0);
    callServer(QStringLiteral("getAlbumList2"),
               {{QStringLiteral("type"), QStringLiteral("alphabeticalByName")},
                {QStringLiteral("size"), QString::number(m_options.pageSize)},
                {QStringLiteral("offset"), QString::number(offset)}},
               [this, offset](const SubsonicCall &call) {
                   if (!call.ok())
                       return fail(call.error);
                   auto page = SubsonicParser::parseAlbumList(*call.reply);
                   if (!page)
                       return fail(page.error());
                   int fresh = 0;
                   for (const RemoteAlbum &album : page.value()) {
                       if (m_listedIds.contains(album.id))
                           continue;
                       m_listedIds.insert(album.id);
                       m_listed.append(album);
                       ++fresh;
                   }
                   const bool more = page.value().size() >= m_options.pageSize && fresh > 0
                                     && offset / m_options.pageSize < kMaxAlbumPages;
                   if (more)
                       return listAlbums(offset + int(page.value().size()));
                   m_report.albumsListed = int(m_listed.size());
                   planAlbums();
               });
}

void CatalogSync::planAlbums() {
    const QString serverId = m_client->config().id;
    write([serverId](CatalogMirror &mirror,
                     Database &) { return mirror.albumFingerprints(serverId); },
          [this](Result<QHash<QString, QString>> known) {
              if (!known)
                  return fail(known.error());
              for (const RemoteAlbum &album : std::as_const(m_listed)) {
                  const auto it = known.value().constFind(album.id);
                  if (m_options.full || it == known.value().cend()
                      || *it != CatalogMirror::fingerprint(album))
                      m_toFetch.append(album.id);
              }
              for (auto it = known.value().cbegin(); it != known.value().cend(); ++it) {
                  if (!m_listedIds.contains(it.key()))
                      m_toRemove.append(it.key());
              }
              m_listed.clear(); // only ids are needed from here on
              fetchMoreAlbums();
          });
}

void CatalogSync::fetchMoreAlbums() {
    if (!m_running)
        return;
    Q_EMIT progress(tr("Albums"), m_report.albumsFetched, int(m_toFetch.size()));
    while (m_inFlight < m_options.parallelAlbums && m_nextFetch < m_toFetch.size()) {
        const QString albumId = m_toFetch.at(m_nextFetch++);
        ++m_inFlight;
        callServer(QStringLiteral("getAlbum"), {{QStringLiteral("id"), albumId}},
                   [this](const SubsonicCall &call) {
                       --m_inFlight;
                       const bool vanished =
                           call.reply && call.reply->subsonicError()
                           && call.reply->subsonicError()->code == SubsonicError::NotFound;
                       if (!call.ok() && !vanished) // deleted since the list: nothing to do
                           return fail(call.error);
                       if (call.ok()) {
                           auto album = SubsonicParser::parseAlbum(*call.reply);
                           if (!album)
                               return fail(album.error());
                           m_fetched.append(album.value());
                       }
                       ++m_report.albumsFetched;
                       writeAlbums(false);
                       fetchMoreAlbums();
                   });
    }
    writeAlbums(true);
}

void CatalogSync::writeAlbums(bool final) {
    const bool allFetched = m_nextFetch >= m_toFetch.size() && m_inFlight == 0;
    if (m_writing || !m_running)
        return;
    if (m_fetched.isEmpty()) {
        if (final && allFetched)
            removeGoneAlbums();
        return;
    }
    if (m_fetched.size() < m_options.albumsPerWrite && !allFetched)
        return;
    m_writing = true;
    const QList<RemoteAlbum> batch = std::exchange(m_fetched, {});
    const QString serverId = m_client->config().id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    write([serverId, batch, now](CatalogMirror &mirror,
                                 Database &) { return mirror.storeAlbums(serverId, batch, now); },
          [this](Result<CatalogMirror::Changes> stored) {
              m_writing = false;
              if (!stored)
                  return fail(stored.error());
              publish(stored.value());
              writeAlbums(true);
          });
}

void CatalogSync::removeGoneAlbums() {
    if (m_toRemove.isEmpty())
        return syncPlaylists();
    const QString serverId = m_client->config().id;
    const QStringList gone = m_toRemove;
    m_writing = true;
    write([serverId, gone](CatalogMirror &mirror,
                           Database &) { return mirror.removeAlbums(serverId, gone); },
          [this, count = int(gone.size())](Result<CatalogMirror::Changes> removed) {
              m_writing = false;
              if (!removed)
                  return fail(removed.error());
              m_report.albumsRemoved = count;
              m_toRemove.clear();
              publish(removed.value());
              syncPlaylists();
          });
}

void CatalogSync::syncPlaylists() {
    Q_EMIT progress(tr("Playlists"), 0, 0);
    callServer(QStringLiteral("getPlaylists"), {}, [this](const SubsonicCall &call) {
        if (!call.ok())
            return fail(call.error);
        auto lists = SubsonicParser::parsePlaylists(*call.reply);
        if (!lists)
            return fail(lists.error());
        const QString serverId = m_client->config().id;
        struct Plan {
            QHash<QString, QString> known;
            QSet<QString> kept;    // edits still queued, or a conflict: the mirror shows them
            QSet<QString> unbased; // no base recorded yet
        };
        write(
            [serverId](CatalogMirror &mirror, Database &db) -> Result<Plan> {
                auto known = mirror.playlistFingerprints(serverId);
                if (!known)
                    return known.error();
                auto editing = ServerEditStore(db, serverId).playlistsWithPendingEdits();
                if (!editing)
                    return editing.error();
                auto held = ConflictMarks(db, serverId).heldPlaylists();
                if (!held)
                    return held.error();
                auto unbased = mirror.playlistsWithoutBase(serverId);
                if (!unbased)
                    return unbased.error();
                return Plan{known.value(), editing.value() + held.value(), unbased.value()};
            },
            [this, lists = lists.value()](Result<Plan> plan) {
                if (!plan)
                    return fail(plan.error());
                for (const RemotePlaylist &p : lists) {
                    m_playlistIds.insert(p.id);
                    // Those the user changed here are fetched too (their songs are mirrored;
                    // what else is written is decided when it is stored), and those without
                    // a base, so the next merge has one.
                    if (m_options.full || plan.value().kept.contains(p.id)
                        || plan.value().unbased.contains(p.id)
                        || plan.value().known.value(p.id) != CatalogMirror::fingerprint(p))
                        m_playlistsToFetch.append(p);
                }
                // Playlists deleted here but not yet on the server, or deleted there while
                // edited here, stay known.
                m_playlistIds.unite(plan.value().kept);
                m_report.playlists = int(lists.size());
                fetchNextPlaylist();
            });
    });
}

void CatalogSync::fetchNextPlaylist() {
    if (m_playlistsToFetch.isEmpty()) {
        const QString serverId = m_client->config().id;
        write(
            [serverId, ids = m_playlistIds](CatalogMirror &mirror, Database &) {
                return mirror.keepOnlyPlaylists(serverId, ids);
            },
            [this](Result<void> kept) {
                if (!kept)
                    return fail(kept.error());
                syncStars();
            });
        return;
    }
    const RemotePlaylist next = m_playlistsToFetch.takeFirst();
    callServer(QStringLiteral("getPlaylist"), {{QStringLiteral("id"), next.id}},
               [this, next](const SubsonicCall &call) {
                   if (!call.ok())
                       return fail(call.error);
                   auto playlist = SubsonicParser::parsePlaylist(*call.reply);
                   if (!playlist)
                       return fail(playlist.error());
                   RemotePlaylist full = playlist.value();
                   // The list's summary is what the next sync compares with.
                   if (!full.changed.isValid())
                       full.changed = next.changed;
                   const QString serverId = m_client->config().id;
                   const qint64 now = QDateTime::currentMSecsSinceEpoch();
                   write(
                       [serverId, full, now](CatalogMirror &mirror,
                                             Database &db) -> Result<CatalogMirror::Changes> {
                           // Decided on the writer, where edits are queued: one queued since
                           // the list was read is not overwritten.
                           auto pending = ServerEditStore(db, serverId).pendingFor(full.id);
                           if (!pending)
                               return pending.error();
                           auto held = ConflictMarks(db, serverId).heldPlaylists();
                           if (!held)
                               return held.error();
                           using Write = CatalogMirror::PlaylistWrite;
                           const Write how = !pending.value().isEmpty()       ? Write::SongsOnly
                                             : held.value().contains(full.id) ? Write::KeepName
                                                                              : Write::All;
                           return mirror.storePlaylist(serverId, full, now, how);
                       },
                       [this](Result<CatalogMirror::Changes> stored) {
                           if (!stored)
                               return fail(stored.error());
                           publish(stored.value());
                           fetchNextPlaylist();
                       });
               });
}

void CatalogSync::syncStars() {
    Q_EMIT progress(tr("Starred"), 0, 0);
    callServer(QStringLiteral("getStarred2"), {}, [this](const SubsonicCall &call) {
        if (!call.ok())
            return fail(call.error);
        auto starred = SubsonicParser::parseStarred2(*call.reply);
        if (!starred)
            return fail(starred.error());
        m_report.starredSongs = int(starred.value().songs.size());
        const QString serverId = m_client->config().id;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        write(
            [serverId, stars = starred.value(),
             now](CatalogMirror &mirror, Database &db) -> Result<CatalogMirror::Changes> {
                QSet<QString> pending; // stars and unstars still queued
                auto edits = ServerEditStore(db, serverId).list();
                if (!edits)
                    return edits.error();
                for (const ServerEdit &edit : edits.value()) {
                    if (!edit.isRejected()
                        && (edit.kind == ServerEdit::Kind::Star
                            || edit.kind == ServerEdit::Kind::Unstar))
                        pending.insert(edit.itemId);
                }
                auto applied = mirror.applyStarred(serverId, stars, now, pending);
                if (!applied)
                    return applied;
                if (auto stamped = ServerStore(db).setLastSync(serverId, now); !stamped)
                    return stamped.error();
                return applied;
            },
            [this](Result<CatalogMirror::Changes> applied) {
                if (!applied)
                    return fail(applied.error());
                publish(applied.value());
                complete();
            });
    });
}

void CatalogSync::fail(const Error &error) {
    if (!m_running)
        return;
    m_report.error = error;
    complete();
}

void CatalogSync::complete() {
    m_running = false;
    ++m_generation;
    m_report.milliseconds = m_timer.elapsed();
    Q_EMIT finished(m_report);
}

} // namespace refrain
