// What the offline tests share: a test Subsonic server whose songs are real audio, a library
// database with its catalog mirrored for real, and the download manager wired as the app does.
#pragma once

#include "core/library/database.h"
#include "core/library/statement.h"
#include "core/offline/downloadmanager.h"
#include "core/offline/offlinequeue.h"
#include "core/offline/offlinestore.h"
#include "core/service/catalogsync.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/serverstore.h"
#include "core/service/subsonicclient.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace refrain::test {

inline constexpr int kWaitMs = 60'000; // generous: a loaded 2-core machine
inline const QString kUser = QStringLiteral("alice");
inline const QString kPassword = QStringLiteral("sesame");

inline QByteArray sha256Hex(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

inline QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Real audio bytes: a tone of `seconds` in the format of `suffix`, made once per kind.
inline QByteArray toneBytes(const QString &dir, double seconds, int frequency,
                            const QString &suffix = QStringLiteral("mp3")) {
    ToneSpec spec;
    spec.relativePath = QStringLiteral("tones/%1-%2.%3").arg(frequency).arg(seconds).arg(suffix);
    spec.seconds = seconds;
    spec.frequencyHz = frequency;
    spec.title = QStringLiteral("Tone %1").arg(frequency);
    const QString path = QDir(dir).filePath(spec.relativePath);
    if (!QFile::exists(path) && !AudioFixtures::makeTone(dir, spec).isEmpty())
        return {};
    return fileBytes(path);
}

// A library with one server whose catalog is mirrored; the manager downloads into offlineRoot.
class OfflineRig {
public:
    QTemporaryDir dir;
    std::optional<Database> db;
    SubsonicContent content;
    FaultServer http;
    SystemClock clock;
    std::unique_ptr<RequestLayer> layer;
    std::unique_ptr<SubsonicClient> client;
    std::unique_ptr<DownloadManager> manager;
    ServerConfig server;
    QString offlineRoot;

    OfflineRig() { content.setUser(kUser, kPassword); }

    QString addSong(const QString &title, const QString &album, int frequency, double seconds = 3.0,
                    const QString &suffix = QStringLiteral("mp3")) {
        SongSpec spec;
        spec.title = title;
        spec.album = album;
        spec.artist = QStringLiteral("The Testers");
        spec.track = int(content.catalog().songs().size()) + 1;
        spec.durationSeconds = int(seconds);
        spec.audio = toneBytes(dir.path(), seconds, frequency, suffix);
        spec.suffix = suffix;
        spec.contentType =
            suffix == u"mp3" ? QByteArray("audio/mpeg") : QByteArray("audio/") + suffix.toLatin1();
        return content.catalog().addSong(spec);
    }

    QByteArray audioOf(const QString &songId) {
        const auto *song = content.catalog().song(songId);
        return song ? song->spec.audio : QByteArray();
    }

    // Opens the database, adds the server and mirrors its catalog. Call after adding songs.
    bool open() {
        if (!dir.isValid())
            return false;
        http.setHandler(content.handler());
        auto opened = Database::open(dir.filePath(QStringLiteral("library.db")));
        if (!opened)
            return false;
        db.emplace(std::move(opened.value()));
        ServerConfig config;
        config.name = QStringLiteral("Home");
        config.urls = {http.baseUrl()};
        config.user = kUser;
        auto added = ServerStore(*db).add(config);
        if (!added)
            return false;
        server = added.value();
        RequestLayer::Policy policy;
        policy.retryBaseMs = 10;
        policy.retryCapMs = 50;
        policy.seed = 11;
        layer = std::make_unique<RequestLayer>(&clock, policy);
        client = std::make_unique<SubsonicClient>(layer.get(), server, kPassword);
        offlineRoot = dir.filePath(QStringLiteral("downloads"));
        return sync();
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

    OfflineStore store() { return OfflineStore(*db); }
    OfflineQueue queue() { return OfflineQueue(*db); }

    qint64 trackOf(const QString &songId) {
        auto s = Statement::prepare(*db, "SELECT track_id FROM remote_songs WHERE song_id = ?1");
        if (!s)
            return 0;
        s.value().bind(1, songId);
        return s.value().step() == Statement::Step::Row ? s.value().int64(0) : 0;
    }

    QString absolute(const QString &relative) const { return QDir(offlineRoot).filePath(relative); }

    // The download requests the server saw: the Range offset each asked for (-1: none).
    QList<qint64> downloadOffsets() const {
        QList<qint64> out;
        for (const HttpRequest &r : http.requests()) {
            if (!r.path.endsWith("/download.view"))
                continue;
            const QByteArray range = r.header("range");
            out.append(range.startsWith("bytes=")
                           ? range.mid(6, range.indexOf('-') - 6).toLongLong()
                           : -1);
        }
        return out;
    }
};

} // namespace refrain::test
