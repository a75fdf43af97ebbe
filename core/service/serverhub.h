// ServerHub: the app's streaming servers while it runs — it loads them from the database, reads
// their secrets, keeps one SubsonicClient each on the shared request layer, mirrors their
// catalogs into the library (announcing every change to the models), and signs stream URLs at
// play time. Nothing here waits: a server that does not answer only delays its own sync.
// Lives on the UI thread with the request layer.
#pragma once

#include "core/library/result.h"
#include "core/library/track.h"
#include "core/service/catalogsync.h"
#include "core/service/serverconfig.h"
#include "core/service/subsonic/connectionoutcome.h"

#include <functional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace refrain {

class Library;
class RequestLayer;
class SecretStore;
class ServerEdits;
class SubsonicClient;

class ServerHub : public QObject {
    Q_OBJECT
public:
    ServerHub(Library *library, RequestLayer *layer, SecretStore *secrets,
              QObject *parent = nullptr);
    ~ServerHub() override;

    // Loads the servers and syncs each one. Call once the library has opened.
    void start();
    void syncAll(bool full = false);
    void sync(const QString &serverId, bool full = false);
    // A sync the person asked for ("Sync now"): goes out even while a breaker waits.
    void syncNow(const QString &serverId);
    // The edit queue of a server's playlists and stars (null for an unknown server).
    ServerEdits *edits(const QString &serverId) const;

    // Stores a new server and its secret, connects it and starts its first sync.
    void addServer(ServerConfig config, const QString &secret,
                   std::function<void(Result<ServerConfig>)> done);
    // Saves where the server's service publishes its status (empty: none); serversChanged follows.
    void setStatusUrl(const QString &serverId, const QUrl &url,
                      std::function<void(Result<void>)> done);
    // Forgets the server, its secret and its mirrored songs (the models are told).
    void removeServer(const QString &serverId, std::function<void(Result<void>)> done);
    // "Test connection" for a server not saved yet (the settings dialog), or a saved one.
    void testConnection(const ServerConfig &config, const QString &secret,
                        std::function<void(const ConnectionOutcome &)> done);
    void testServer(const QString &serverId, std::function<void(const ConnectionOutcome &)> done);
    // Where secrets are kept, in a sentence for the settings.
    QString secretStorageDescription() const;
    bool isSyncing(const QString &serverId) const;

    QList<ServerConfig> servers() const;
    SubsonicClient *client(const QString &serverId) const;
    // A signed stream URL for a server's track (no I/O), or why it cannot be made now.
    Result<QUrl> streamUrl(const Track &track) const;
    // A signed URL of the song's original file, for an offline copy (no I/O).
    Result<QUrl> downloadUrl(const QString &serverId, const QString &songId) const;
    // The cover art of a server's track (location: subsonic://…) for the cover cache, at size
    // pixels (0: as the server keeps it): the song's cover, else its album's. The image's bytes;
    // NotFound when the server has none for it (no cover id mirrored, error 70); another error
    // when it could not be asked now (not connected yet, unreachable) — worth asking later.
    void fetchCoverArt(const QString &location, int size,
                       std::function<void(Result<QByteArray>)> done);

Q_SIGNALS:
    void serversChanged();
    void syncProgress(const QString &serverId, const QString &phase, int done, int total);
    void syncFinished(const QString &serverId, const refrain::CatalogSync::Report &report);
    void serverProblem(const QString &serverId, const QString &message);
    // A queued playlist or star edit was refused by the server and dropped (its reason).
    void editRejected(const QString &serverId, const QString &message);
    // The mirrored playlists (or stars) of a server changed: a sync or an edit.
    void playlistsChanged(const QString &serverId);

private:
    struct Entry;
    void load(const QList<ServerConfig> &configs);
    void connectServer(const ServerConfig &config, const QString &secret);
    Result<QUrl> signedMediaUrl(const QString &serverId, const QString &songId,
                                bool original) const;

    QPointer<Library> m_library;
    RequestLayer *m_layer;
    SecretStore *m_secrets;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QTimer m_resync;
};

} // namespace refrain
