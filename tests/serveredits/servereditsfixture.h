// ServerEditsFixture: what the tests of server edits share — a library, a scriptable Subsonic
// server on 127.0.0.1 with five songs and the playlist "Morning" (songs 0, 1, 2), a client, the
// edit queue, and the steps a test takes (edit, drain, sync, change the server behind its back).
#pragma once

#include "core/library/database.h"
#include "core/service/catalogsync.h"
#include "core/service/mirroredplaylists.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/serveredits.h"
#include "core/service/serverstore.h"
#include "core/service/subsonicclient.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace refrain::test {

inline const QString kPassword = QStringLiteral("pw");
inline constexpr int kWaitMs = 30'000; // generous: a loaded 2-core machine

// Retries and breakers as in the app, only with short waits, so refused attempts end quickly.
inline RequestLayer::Policy fastPolicy() {
    RequestLayer::Policy policy;
    policy.retryBaseMs = 10;
    policy.retryCapMs = 50;
    policy.seed = 7;
    return policy;
}

inline QStringList editEndpoints(const FaultServer &server) {
    static const QStringList edits{
        QStringLiteral("createPlaylist"), QStringLiteral("updatePlaylist"),
        QStringLiteral("deletePlaylist"), QStringLiteral("star"), QStringLiteral("unstar")};
    QStringList seen;
    for (const HttpRequest &r : server.requests()) {
        const QString name =
            QString::fromUtf8(r.path).section(QLatin1Char('/'), -1).remove(QStringLiteral(".view"));
        if (edits.contains(name))
            seen.append(name);
    }
    return seen;
}

class ServerEditsFixture : public QObject {
protected:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::optional<Database> m_db;
    ServerConfig m_server;
    SystemClock m_clock;
    std::unique_ptr<FaultServer> m_http;
    std::unique_ptr<SubsonicContent> m_content;
    std::unique_ptr<RequestLayer> m_layer;
    std::unique_ptr<SubsonicClient> m_client;
    std::unique_ptr<ServerEdits> m_edits;
    QStringList m_songs;
    QString m_morning; // a playlist on the server: songs 0, 1, 2

    void connectEdits() {
        m_client = std::make_unique<SubsonicClient>(m_layer.get(), m_server, kPassword);
        m_edits = std::make_unique<ServerEdits>(
            m_client.get(), [this](std::function<void(Database &)> job) { job(*m_db); });
    }

    bool syncMirror() {
        CatalogSync sync(m_client.get(),
                         [this](std::function<void(Database &)> job) { job(*m_db); });
        QSignalSpy finished(&sync, &CatalogSync::finished);
        sync.start();
        return finished.wait(kWaitMs)
               && !finished.first().first().value<CatalogSync::Report>().error;
    }

    ServerEditStore store() { return ServerEditStore(*m_db, m_server.id); }

    // Makes an edit and waits until the queue has gone as far as it can.
    QList<ServerEdit> edit(const std::function<void(ServerEdits::Done)> &make,
                           int *pending = nullptr) {
        QSignalSpy idle(m_edits.get(), &ServerEdits::idle);
        std::optional<Result<QList<ServerEdit>>> queued;
        make([&](Result<QList<ServerEdit>> r) { queued.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return queued.has_value(); }, kWaitMs) || !queued->ok())
            return {};
        if (!queued->value().isEmpty() && !idle.wait(kWaitMs))
            return {};
        if (pending && !idle.isEmpty())
            *pending = idle.last().first().toInt();
        return queued->value();
    }

    // Waits for the drain that is running (or starts one) to stop; returns the pending count.
    int drain() {
        QSignalSpy idle(m_edits.get(), &ServerEdits::idle);
        m_edits->drain();
        if (!idle.wait(kWaitMs))
            return -1;
        return idle.last().first().toInt();
    }

    // The server answers again: a probe goes through (as ServerHub's would), then the queue.
    int serverBack() { return reachable() ? drain() : -1; }

    QStringList mirrorSongs(const QString &playlistId) {
        QStringList songs;
        for (const MirroredEntry &e : store().entries(playlistId).valueOr({}))
            songs.append(e.songId);
        return songs;
    }

    std::optional<RemotePlaylist> mirrored(const QString &name) {
        for (const RemotePlaylist &p : store().playlists().valueOr({})) {
            if (p.name == name)
                return p;
        }
        return std::nullopt;
    }

    std::optional<PlaylistMerge::Version> baseOf(const QString &playlistId) {
        return MirroredPlaylists(*m_db, m_server.id).base(playlistId).valueOr(std::nullopt);
    }

    // Someone changes the playlist on the server (another client) between requests.
    SubsonicCatalog::Playlist *changeOnServer(const QString &playlistId) {
        SubsonicCatalog::Playlist *p = m_content->catalog().playlist(playlistId);
        p->changed = p->changed.addSecs(60); // as the server's own edits would
        return p;
    }

    // The server answers again, as a probe finds; nothing is drained yet.
    bool reachable() {
        m_http->setMode(FaultMode::normal());
        bool probed = false;
        m_client->testConnection([&](const ConnectionOutcome &) { probed = true; });
        return QTest::qWaitFor([&] { return probed; }, kWaitMs);
    }

    const SubsonicCatalog::Playlist *onServer(const QString &name) {
        for (const auto *p : m_content->catalog().playlists()) {
            if (p->name == name)
                return p;
        }
        return nullptr;
    }

    // Each test starts from a fresh library, mirrored from the server.
    void setUp() {
        static int n = 0;
        m_dbPath = m_dir.filePath(QStringLiteral("lib-%1.db").arg(++n));
        auto db = Database::open(m_dbPath);
        QVERIFY(db);
        m_db.emplace(std::move(db).value());
        m_content = std::make_unique<SubsonicContent>();
        m_content->setUser(QStringLiteral("alice"), kPassword);
        m_songs.clear();
        for (int i = 0; i < 5; ++i) {
            SongSpec spec;
            spec.title = QStringLiteral("Song %1").arg(i);
            spec.track = i + 1;
            spec.durationSeconds = 100 + i;
            m_songs.append(m_content->catalog().addSong(spec));
        }
        m_morning = m_content->catalog().addPlaylist(QStringLiteral("Morning"),
                                                     {m_songs[0], m_songs[1], m_songs[2]});
        m_http = std::make_unique<FaultServer>();
        m_http->setHandler(m_content->handler());
        ServerConfig config;
        config.name = QStringLiteral("Home");
        config.urls = {m_http->baseUrl()};
        config.user = QStringLiteral("alice");
        auto added = ServerStore(*m_db).add(config);
        QVERIFY(added);
        m_server = added.value();
        m_layer = std::make_unique<RequestLayer>(&m_clock, fastPolicy());
        connectEdits();
        QVERIFY(syncMirror());
        QCOMPARE(mirrorSongs(m_morning), QStringList({m_songs[0], m_songs[1], m_songs[2]}));
        m_http->resetCounters();
    }

    void tearDown() {
        m_edits.reset();
        m_client.reset();
        m_layer.reset();
        m_http.reset();
        m_content.reset();
        m_db.reset();
    }
};

} // namespace refrain::test
