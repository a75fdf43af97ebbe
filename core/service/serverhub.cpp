#include "core/service/serverhub.h"

#include "core/library/library.h"
#include "core/library/statement.h"
#include "core/service/catalogmirror.h"
#include "core/service/secretstore.h"
#include "core/service/serveredits.h"
#include "core/service/serverstore.h"
#include "core/service/subsonicclient.h"

#include <QDateTime>

namespace refrain {

struct ServerHub::Entry {
    ServerConfig config;
    std::unique_ptr<SubsonicClient> client;
    std::unique_ptr<CatalogSync> sync;
    std::unique_ptr<ServerEdits> edits;
};

namespace {
// A server's catalog changes rarely: a quiet refresh now and then, never a stampede.
constexpr int kResyncIntervalMs = 30 * 60 * 1000;
} // namespace

ServerHub::ServerHub(Library *library, RequestLayer *layer, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_layer(layer)
    , m_secrets(secrets) {
    m_resync.setInterval(kResyncIntervalMs);
    connect(&m_resync, &QTimer::timeout, this, [this] { syncAll(); });
}

ServerHub::~ServerHub() = default;

void ServerHub::start() {
    if (!m_library)
        return;
    m_library->query(
        this, [](Database &db) { return ServerStore(db).all(); },
        [this](Result<QList<ServerConfig>> servers) {
            if (!servers) {
                Q_EMIT serverProblem(QString(), servers.error().message);
                return;
            }
            load(servers.value());
        });
}

void ServerHub::load(const QList<ServerConfig> &configs) {
    for (const ServerConfig &config : configs) {
        if (m_entries.contains(config.id))
            continue;
        m_secrets->read(config.id, [this, config](Result<QString> secret) {
            if (!secret) {
                Q_EMIT serverProblem(config.id,
                                     tr("%1: %2").arg(config.name, secret.error().message));
                return;
            }
            connectServer(config, secret.value());
        });
    }
}

void ServerHub::connectServer(const ServerConfig &config, const QString &secret) {
    auto entry = std::make_shared<Entry>();
    entry->config = config;
    entry->client = std::make_unique<SubsonicClient>(m_layer, config, secret);
    SubsonicClient *client = entry->client.get();
    const QString id = config.id;
    // What the client learns is saved for the next start (the writer thread does it).
    connect(client, &SubsonicClient::serverInfoLearnt, this, [this](const ServerConfig &c) {
        if (m_library)
            m_library->runOnDatabase(
                [c](Database &db) { (void)ServerStore(db).updateServerInfo(c); });
    });
    connect(client, &SubsonicClient::tokenAuthLearnt, this, [this, id](bool works) {
        if (m_library)
            m_library->runOnDatabase(
                [id, works](Database &db) { (void)ServerStore(db).setTokenAuth(id, works); });
    });
    connect(client, &SubsonicClient::addressOutcome, this,
            [this, id](const QUrl &url, bool ok, qint64 latencyMs) {
                if (!m_library)
                    return;
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                m_library->runOnDatabase([id, url, ok, latencyMs, now](Database &db) {
                    (void)ServerStore(db).recordAddressOutcome(id, url, ok, latencyMs, now);
                });
            });
    QPointer<Library> library = m_library;
    entry->sync =
        std::make_unique<CatalogSync>(client, [library](std::function<void(Database &)> job) {
            if (library)
                library->runOnDatabase(std::move(job));
        });
    connect(entry->sync.get(), &CatalogSync::changed, this,
            [this](const CatalogMirror::Changes &changes) {
                if (m_library)
                    m_library->publishChanges(changes.added, changes.updated, changes.removed);
            });
    connect(entry->sync.get(), &CatalogSync::progress, this,
            [this, id](const QString &phase, int done, int total) {
                Q_EMIT syncProgress(id, phase, done, total);
            });
    // Playlist and star edits: applied to the mirror at once, sent when the server answers.
    entry->edits =
        std::make_unique<ServerEdits>(client, [library](std::function<void(Database &)> job) {
            if (library)
                library->runOnDatabase(std::move(job));
        });
    connect(entry->edits.get(), &ServerEdits::rejected, this,
            [this, id](qint64, const QString &message) {
                Q_EMIT serverProblem(id, message);
                Q_EMIT editRejected(id, message);
            });
    connect(entry->edits.get(), &ServerEdits::mirrorChanged, this,
            [this, id] { Q_EMIT playlistsChanged(id); });
    ServerEdits *edits = entry->edits.get();
    connect(entry->sync.get(), &CatalogSync::finished, this,
            [this, id, edits](const CatalogSync::Report &report) {
                if (report.error) {
                    Q_EMIT serverProblem(id, report.error->message);
                } else {
                    // It answers: what was edited while it did not goes out now.
                    edits->drain();
                    Q_EMIT playlistsChanged(id);
                }
                Q_EMIT syncFinished(id, report);
            });
    m_entries.insert(id, entry);
    Q_EMIT serversChanged();
    entry->sync->start();
    if (!m_resync.isActive())
        m_resync.start();
}

void ServerHub::syncAll(bool full) {
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        sync(it.key(), full);
}

void ServerHub::syncNow(const QString &serverId) {
    // The person asked: a breaker still waiting out an outage lets this one through.
    if (m_layer)
        m_layer->retryNow(Component::Browse);
    sync(serverId);
}

ServerEdits *ServerHub::edits(const QString &serverId) const {
    const auto entry = m_entries.value(serverId);
    return entry ? entry->edits.get() : nullptr;
}

void ServerHub::sync(const QString &serverId, bool full) {
    const auto entry = m_entries.value(serverId);
    if (!entry || entry->sync->isRunning())
        return;
    CatalogSync::Options options;
    options.full = full;
    entry->sync->start(options);
}

void ServerHub::addServer(ServerConfig config, const QString &secret,
                          std::function<void(Result<ServerConfig>)> done) {
    if (!m_library) {
        done(Error::make(Error::Kind::Internal, tr("The library is not open.")));
        return;
    }
    m_library->query(
        this, [config](Database &db) { return ServerStore(db).add(config); },
        [this, secret, done](Result<ServerConfig> added) {
            if (!added) {
                done(added);
                return;
            }
            const ServerConfig stored = added.value();
            m_secrets->write(stored.id, secret,
                             [this, stored, secret, done](Result<SecretStore::Backend> written) {
                                 if (!written) {
                                     // Without its secret the server is of no use: undo.
                                     m_library->runOnDatabase([id = stored.id](Database &db) {
                                         (void)ServerStore(db).remove(id);
                                     });
                                     done(written.error());
                                     return;
                                 }
                                 connectServer(stored, secret);
                                 done(stored);
                             });
        });
}

void ServerHub::setStatusUrl(const QString &serverId, const QUrl &url,
                             std::function<void(Result<void>)> done) {
    if (!m_library || !m_entries.contains(serverId)) {
        done(Error::make(Error::Kind::NotFound, tr("This server is not connected.")));
        return;
    }
    m_library->query(
        this, [serverId, url](Database &db) { return ServerStore(db).setStatusUrl(serverId, url); },
        [this, serverId, url, done](Result<void> saved) {
            if (saved) {
                if (const auto entry = m_entries.value(serverId)) {
                    entry->config.statusUrl = url;
                    Q_EMIT serversChanged();
                }
            }
            done(saved);
        });
}

void ServerHub::removeServer(const QString &serverId, std::function<void(Result<void>)> done) {
    if (!m_library) {
        done(Error::make(Error::Kind::Internal, tr("The library is not open.")));
        return;
    }
    if (const auto entry = m_entries.take(serverId)) {
        entry->sync->cancel();
        Q_EMIT serversChanged();
    }
    struct Removed {
        TrackIds tracks;
        Result<void> outcome;
    };
    m_library->query(
        this,
        [serverId](Database &db) {
            Removed removed;
            auto ids = Statement::prepare(db, "SELECT id FROM tracks WHERE source = ?1");
            if (ids) {
                ids.value().bind(1, serverId);
                while (ids.value().step() == Statement::Step::Row)
                    removed.tracks.append(ids.value().int64(0));
            }
            removed.outcome = ServerStore(db).remove(serverId);
            return removed;
        },
        [this, serverId, done](Removed removed) {
            if (removed.outcome && m_library)
                m_library->publishChanges({}, {}, removed.tracks);
            m_secrets->remove(serverId, [](Result<void>) {});
            done(removed.outcome);
        });
}

void ServerHub::testConnection(const ServerConfig &config, const QString &secret,
                               std::function<void(const ConnectionOutcome &)> done) {
    // A client of its own, dropped when the answer is in: nothing is saved by a test.
    auto *client = new SubsonicClient(m_layer, config, secret, {}, this);
    client->testConnection([client, done](const ConnectionOutcome &outcome) {
        done(outcome);
        client->deleteLater();
    });
}

void ServerHub::testServer(const QString &serverId,
                           std::function<void(const ConnectionOutcome &)> done) {
    SubsonicClient *c = client(serverId);
    if (!c) {
        ConnectionOutcome outcome;
        outcome.message = tr("This server is not connected.");
        done(outcome);
        return;
    }
    c->testConnection(std::move(done));
}

QString ServerHub::secretStorageDescription() const {
    return m_secrets->describe();
}

bool ServerHub::isSyncing(const QString &serverId) const {
    const auto entry = m_entries.value(serverId);
    return entry && entry->sync->isRunning();
}

QList<ServerConfig> ServerHub::servers() const {
    QList<ServerConfig> out;
    for (const auto &entry : m_entries)
        out.append(entry->config);
    return out;
}

SubsonicClient *ServerHub::client(const QString &serverId) const {
    const auto entry = m_entries.value(serverId);
    return entry ? entry->client.get() : nullptr;
}

void ServerHub::fetchCoverArt(const QString &location, int size,
                              std::function<void(Result<QByteArray>)> done) {
    const auto where = CatalogMirror::parseLocation(location);
    if (!where) {
        done(Error::make(Error::Kind::NotFound, tr("this is not a server's track")));
        return;
    }
    if (!m_library || !client(where->first)) {
        // At start the servers connect a moment after the library shows their albums.
        done(Error::make(Error::Kind::Io, tr("its server is not connected")));
        return;
    }
    const QString serverId = where->first;
    const QString songId = where->second;
    m_library->query(
        this,
        [serverId, songId](Database &db) -> Result<QString> {
            auto lookup = Statement::prepare(
                db, "SELECT s.cover_art, COALESCE(a.cover_art, '') FROM remote_songs s "
                    "LEFT JOIN remote_albums a ON a.server_id = s.server_id "
                    "AND a.album_id = s.album_id WHERE s.server_id = ?1 AND s.song_id = ?2");
            if (!lookup)
                return lookup.error();
            Statement &statement = lookup.value();
            statement.bind(1, serverId).bind(2, songId);
            switch (statement.step()) {
            case Statement::Step::Row:
                return statement.text(0).isEmpty() ? statement.text(1) : statement.text(0);
            case Statement::Step::Done:
                // Gone from the mirror since it was shown: not a verdict about its album's art.
                return Error::make(Error::Kind::Io, tr("the song is no longer mirrored"));
            case Statement::Step::Failed:
                break;
            }
            return statement.error(QStringLiteral("Reading a song's cover art id"));
        },
        [this, serverId, size, done](Result<QString> coverId) {
            if (!coverId) {
                done(coverId.error());
                return;
            }
            if (coverId.value().isEmpty()) {
                done(Error::make(Error::Kind::NotFound, tr("the server has no cover for it")));
                return;
            }
            SubsonicClient *c = client(serverId);
            if (!c) { // removed or signed out while we looked
                done(Error::make(Error::Kind::Io, tr("its server is not connected")));
                return;
            }
            SubsonicParams params{{QStringLiteral("id"), coverId.value()}};
            if (size > 0)
                params.append({QStringLiteral("size"), QString::number(size)});
            c->fetchBinary(QStringLiteral("getCoverArt"), params, Component::Artwork,
                           [done](Result<QByteArray> image) {
                               if (image && image.value().isEmpty())
                                   done(Error::make(Error::Kind::NotFound,
                                                    tr("the server sent an empty cover")));
                               else
                                   done(std::move(image));
                           });
        });
}

Result<QUrl> ServerHub::streamUrl(const Track &track) const {
    const auto where = CatalogMirror::parseLocation(track.location);
    if (!where)
        return Error::make(Error::Kind::Invalid, tr("this is not a server's track"));
    return signedMediaUrl(where->first, where->second, false);
}

Result<QUrl> ServerHub::downloadUrl(const QString &serverId, const QString &songId) const {
    return signedMediaUrl(serverId, songId, true);
}

Result<QUrl> ServerHub::signedMediaUrl(const QString &serverId, const QString &songId,
                                       bool original) const {
    SubsonicClient *c = client(serverId);
    if (!c)
        return Error::make(Error::Kind::NotFound,
                           tr("its server is not connected (signed out or removed)"));
    const QUrl url = original ? c->downloadUrl(songId) : c->streamUrl(songId);
    if (url.isEmpty())
        return Error::make(Error::Kind::Invalid,
                           tr("the server cannot be signed in to without your permission to "
                              "send the password readably"));
    return url;
}

} // namespace refrain
