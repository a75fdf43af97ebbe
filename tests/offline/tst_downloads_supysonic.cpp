// Offline downloads end to end against a real Supysonic 0.7.2 (issue #6): a pinned album and a
// server playlist made on the server arrive verified and byte for byte the files Supysonic holds,
// with an M3U8 another player can use; a .part left by an earlier run is resumed over HTTP Range
// (Supysonic's download.view honours it), not fetched again; the scrub catches a flipped byte and
// the file is fetched again whole.
#include "core/library/database.h"
#include "core/library/statement.h"
#include "core/offline/downloadmanager.h"
#include "core/offline/offlinepath.h"
#include "core/offline/offlinequeue.h"
#include "core/offline/offlinestore.h"
#include "core/service/catalogsync.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/serverstore.h"
#include "core/service/subsonicclient.h"
#include "tests/support/skipunlessci.h"
#include "tests/support/supysonic/supysonicserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace refrain;
using namespace refrain::test;

namespace {

constexpr int kWaitMs = 60'000; // generous: a loaded 2-core machine

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray sha256Hex(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

// A song of the server as the mirror holds it.
struct MirroredSong {
    qint64 trackId = 0;
    QString songId;
    QString title;
    QString album;
    QString albumId;
    qint64 catalogSize = 0;
};

// One library database connected to the Supysonic server, its catalog mirrored, and the
// download manager wired as the app wires it.
class Rig {
public:
    QTemporaryDir dir;
    std::optional<Database> db;
    SystemClock clock;
    std::unique_ptr<RequestLayer> layer;
    std::unique_ptr<SubsonicClient> client;
    std::unique_ptr<DownloadManager> manager;
    ServerConfig server;
    QString offlineRoot;
    QString failure; // why connect() failed

    bool connect(const SupysonicServer &supysonic) {
        auto opened = Database::open(dir.filePath(QStringLiteral("library.db")));
        if (!opened)
            return fail(opened.error().message);
        db.emplace(std::move(opened.value()));
        ServerConfig config;
        config.name = QStringLiteral("Supysonic");
        config.urls = {supysonic.baseUrl()};
        config.user = supysonic.user();
        auto added = ServerStore(*db).add(config);
        if (!added)
            return fail(added.error().message);
        server = added.value();
        layer = std::make_unique<RequestLayer>(&clock);
        client = std::make_unique<SubsonicClient>(layer.get(), server, supysonic.password());
        offlineRoot = dir.filePath(QStringLiteral("downloads"));

        // As the settings dialog does first: it also teaches the client that tokens are refused.
        std::optional<ConnectionOutcome> outcome;
        client->testConnection([&](const ConnectionOutcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, kWaitMs))
            return fail(QStringLiteral("no answer to the connection test"));
        if (!outcome->ok())
            return fail(outcome->message);
        return sync() || fail(QStringLiteral("the catalog sync failed"));
    }

    bool sync() {
        CatalogSync catalog(client.get(), runner());
        QSignalSpy finished(&catalog, &CatalogSync::finished);
        catalog.start();
        return finished.wait(kWaitMs)
               && !finished.first().first().value<CatalogSync::Report>().error;
    }

    DownloadManager::DatabaseRunner runner() {
        return [this](const std::function<void(Database &)> &job) { job(*db); };
    }

    DownloadManager &makeManager() {
        manager = std::make_unique<DownloadManager>(
            runner(), layer.get(), offlineRoot,
            [this](const QString &, const QString &songId) -> Result<QUrl> {
                return client->downloadUrl(songId);
            });
        return *manager;
    }

    // Starts (or pokes) the manager and waits until it has done what it can.
    bool settle(const std::function<void()> &poke) {
        QSignalSpy settled(manager.get(), &DownloadManager::settled);
        poke();
        return settled.wait(kWaitMs);
    }

    QList<MirroredSong> songs() {
        QList<MirroredSong> out;
        auto s = Statement::prepare(*db, "SELECT r.track_id, r.song_id, t.title, t.album, "
                                         "r.album_id, t.file_size FROM remote_songs r "
                                         "JOIN tracks t ON t.id = r.track_id ORDER BY t.title");
        if (!s)
            return out;
        while (s.value().step() == Statement::Step::Row)
            out.append({s.value().int64(0), s.value().text(1), s.value().text(2), s.value().text(3),
                        s.value().text(4), s.value().int64(5)});
        return out;
    }

    std::optional<MirroredSong> song(const QString &title) {
        for (const MirroredSong &s : songs()) {
            if (s.title == title)
                return s;
        }
        return std::nullopt;
    }

    QString playlistId(const QString &name) {
        auto s = Statement::prepare(
            *db, "SELECT playlist_id FROM remote_playlists WHERE server_id = ?1 AND name = ?2");
        if (!s)
            return {};
        s.value().bind(1, server.id).bind(2, name);
        return s.value().step() == Statement::Step::Row ? s.value().text(0) : QString();
    }

    OfflineStore store() { return OfflineStore(*db); }
    OfflineQueue queue() { return OfflineQueue(*db); }

    int countState(DownloadRow::State state) {
        int n = 0;
        for (const DownloadRow &r : queue().rows().valueOr({}))
            n += r.state == state ? 1 : 0;
        return n;
    }

    QString absolute(const QString &relative) const { return QDir(offlineRoot).filePath(relative); }

private:
    bool fail(const QString &why) {
        failure = why;
        return false;
    }
};

} // namespace

class TestDownloadsSupysonic : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<SupysonicServer> m_server;
    QHash<QString, QString> m_originals; // title → the generated file Supysonic serves
    std::unique_ptr<Rig> m_rig;

    QString originalOf(const QString &title) const { return m_originals.value(title); }

    // A verified copy of the song is the very file in Supysonic's music folder, as big as the
    // catalog said.
    void verifyCopyOf(const MirroredSong &song) {
        const QString original = originalOf(song.title);
        QVERIFY2(!original.isEmpty(), qPrintable(song.title));
        QVERIFY2(m_rig->manager->isAvailable(song.trackId), qPrintable(song.title));
        const QString copy = m_rig->manager->localPath(song.trackId);
        QVERIFY2(copy.startsWith(m_rig->offlineRoot), qPrintable(copy));
        const QByteArray bytes = fileBytes(copy);
        QCOMPARE(sha256Hex(bytes), sha256Hex(fileBytes(original)));
        QCOMPARE(qint64(bytes.size()), song.catalogSize);
        QCOMPARE(QFileInfo(original).size(), song.catalogSize);
        QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
    }

    // The album "Night Drive": an MP3, a FLAC and an Ogg file.
    std::optional<OfflinePin> pinNightDrive() {
        const auto neon = m_rig->song(QStringLiteral("Neon Highway"));
        if (!neon)
            return std::nullopt;
        auto pin = m_rig->store().pin(PinKind::Album, m_rig->server.id, neon->albumId, nowMs());
        return pin ? std::optional(pin.value()) : std::nullopt;
    }

    qint64 catalogBytesOf(const TrackIds &tracks) {
        qint64 total = 0;
        for (const MirroredSong &s : m_rig->songs())
            total += tracks.contains(s.trackId) ? s.catalogSize : 0;
        return total;
    }

private Q_SLOTS:
    void initTestCase() {
        QString why;
        if (!SupysonicServer::available(&why))
            REFRAIN_SKIP_UNLESS_CI(qPrintable(why));
        m_server = std::make_unique<SupysonicServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        const QDir music(m_server->musicFolder());
        for (const ToneSpec &spec : m_server->library())
            m_originals.insert(spec.title, music.filePath(spec.relativePath));
    }

    void init() {
        m_rig = std::make_unique<Rig>();
        QVERIFY2(m_rig->connect(*m_server),
                 qPrintable(m_rig->failure + QStringLiteral("\n")
                            + QString::fromUtf8(m_server->log().right(2000))));
        QCOMPARE(m_rig->songs().size(), m_server->library().size());
    }

    void cleanup() {
        m_rig.reset(); // the manager quits before the database closes
    }

    void pinnedAlbumAndPlaylistArriveAsTheServersFiles() {
        // A playlist made on the server (Supysonic answers createPlaylist with an empty ok).
        const auto deja = m_rig->song(QStringLiteral("Déjà Vu"));
        const auto kino = m_rig->song(QStringLiteral("Группа крови"));
        const auto neon = m_rig->song(QStringLiteral("Neon Highway"));
        QVERIFY(deja && kino && neon);
        std::optional<SubsonicCall> created;
        m_rig->client->call(
            QStringLiteral("createPlaylist"),
            {{QStringLiteral("name"), QStringLiteral("Road trip")},
             {QStringLiteral("songId"), deja->songId},
             {QStringLiteral("songId"), kino->songId},
             {QStringLiteral("songId"), neon->songId}}, // also on the album: downloaded once
            Component::Browse, [&](const SubsonicCall &call) { created = call; },
            SubsonicClient::Delivery::SendOnce);
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), kWaitMs);
        QVERIFY2(created->ok(), qPrintable(created->error.message));
        QVERIFY(m_rig->sync());
        const QString playlistId = m_rig->playlistId(QStringLiteral("Road trip"));
        QVERIFY(!playlistId.isEmpty());

        const auto album = pinNightDrive();
        QVERIFY(album);
        auto playlist =
            m_rig->store().pin(PinKind::ServerPlaylist, m_rig->server.id, playlistId, nowMs());
        QVERIFY2(playlist, qPrintable(playlist ? QString() : playlist.error().message));

        DownloadManager &manager = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        for (const DownloadRow &row : m_rig->queue().rows().valueOr({}))
            QVERIFY2(row.state == DownloadRow::State::Verified,
                     qPrintable(row.title + QStringLiteral(": ") + row.error));
        QCOMPARE(m_rig->countState(DownloadRow::State::Verified), 5);

        for (const OfflinePin &pin : {*album, playlist.value()}) {
            const TrackIds tracks = m_rig->store().pinTracks(pin.id).valueOr({});
            QCOMPARE(tracks.size(), 3);
            QStringList titles;
            for (const MirroredSong &song : m_rig->songs()) {
                if (!tracks.contains(song.trackId))
                    continue;
                verifyCopyOf(song);
                if (QTest::currentTestFailed())
                    return;
            }

            // Another player can use the copy: an M3U8 beside the files, relative paths that
            // lead to the pin's files, in the pin's order.
            const QString m3u =
                m_rig->absolute(OfflinePath::safeComponent(pin.name) + QStringLiteral(".m3u8"));
            const auto entriesOf = [&] {
                return QString::fromUtf8(fileBytes(m3u))
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                    .filter(QRegularExpression(QStringLiteral("^[^#]")));
            };
            QTRY_COMPARE_WITH_TIMEOUT(entriesOf().size(), 3, kWaitMs);
            const QStringList entries = entriesOf();
            for (int i = 0; i < entries.size(); ++i) {
                const QString entry = entries.at(i).trimmed();
                QVERIFY2(!QDir::isAbsolutePath(entry), qPrintable(entry));
                const QFileInfo file(QFileInfo(m3u).dir().filePath(entry));
                QVERIFY2(file.exists(), qPrintable(entry));
                QCOMPARE(file.canonicalFilePath(),
                         QFileInfo(manager.localPath(tracks.at(i))).canonicalFilePath());
            }
        }
        const Readiness ready = m_rig->queue().readiness().value();
        QCOMPARE(ready.pending, 0);
        QCOMPARE(ready.verifiedFiles, 5);
        QCOMPARE(m_rig->manager->totals().doneBytes,
                 catalogBytesOf(m_rig->manager->availableTracks()));
    }

    void aPartFileIsResumedNotFetchedAgain() {
        const auto album = pinNightDrive();
        QVERIFY(album);
        QVERIFY(m_rig->store().reconcile(nowMs()));
        const TrackIds tracks = m_rig->store().pinTracks(album->id).valueOr({});
        QCOMPARE(tracks.size(), 3);
        const auto neon = m_rig->song(QStringLiteral("Neon Highway"));
        QVERIFY(neon);
        std::optional<DownloadJob> job;
        for (const DownloadJob &j : m_rig->queue().nextJobs(10, {}).valueOr({})) {
            if (j.songId == neon->songId)
                job = j;
        }
        QVERIFY(job);

        // Left by an earlier run: the first half of the song's real bytes.
        const QByteArray original = fileBytes(originalOf(neon->title));
        QVERIFY(original.size() > 20'000);
        const qint64 half = original.size() / 2;
        const QString part = m_rig->absolute(job->path) + QStringLiteral(".part");
        QVERIFY(QDir().mkpath(QFileInfo(part).absolutePath()));
        QFile file(part);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(original.left(half)), half);
        file.close();

        DownloadManager &manager = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        QCOMPARE(m_rig->countState(DownloadRow::State::Verified), 3);
        for (const MirroredSong &song : m_rig->songs()) {
            if (tracks.contains(song.trackId))
                verifyCopyOf(song);
        }
        // Supysonic answered the Range with the rest (206): only the missing half came over
        // the wire, besides the two other songs whole.
        QCOMPARE(manager.totals().doneBytes, catalogBytesOf(tracks) - half);
    }

    void theScrubFetchesADamagedFileAgain() {
        const auto album = pinNightDrive();
        QVERIFY(album);
        DownloadManager &manager = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        QCOMPARE(m_rig->countState(DownloadRow::State::Verified), 3);
        const auto rear = m_rig->song(QStringLiteral("Rear View")); // the FLAC
        QVERIFY(rear);
        const QString path = manager.localPath(rear->trackId);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        const char byte = file.peek(1).at(0);
        QCOMPARE(file.write(QByteArray(1, char(byte ^ 0x01))), qint64(1));
        file.close();
        QVERIFY(sha256Hex(fileBytes(path)) != sha256Hex(fileBytes(originalOf(rear->title))));
        const qint64 before = manager.totals().doneBytes;

        QSignalSpy scrubbed(&manager, &DownloadManager::scrubFinished);
        QSignalSpy damaged(&manager, &DownloadManager::fileDamaged);
        QSignalSpy finished(&manager, &DownloadManager::fileFinished);
        manager.scrub(100, nowMs());
        QVERIFY(scrubbed.wait(kWaitMs));
        QCOMPARE(scrubbed.first().at(0).toInt(), 3);
        QCOMPARE(scrubbed.first().at(1).toInt(), 1);
        QCOMPARE(damaged.size(), 1);
        QCOMPARE(damaged.first().at(1).toLongLong(), rear->trackId);

        // Queued again and fetched whole from Supysonic: the copy is the server's file again.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);
        QCOMPARE(finished.first().at(1).toLongLong(), rear->trackId);
        QVERIFY2(finished.first().at(2).toBool(), qPrintable(finished.first().at(3).toString()));
        QCOMPARE(m_rig->countState(DownloadRow::State::Verified), 3);
        verifyCopyOf(*rear);
        QCOMPARE(manager.totals().doneBytes - before, rear->catalogSize);
    }
};

QTEST_GUILESS_MAIN(TestDownloadsSupysonic)
#include "tst_downloads_supysonic.moc"
