// Against a real Subsonic server (Supysonic 0.7.2, which answers API 1.10.2 and refuses tokens):
// connect → sync into the library → search → play the stream → ranged download. The kind of
// server users really have, not one we wrote.
#include "core/library/library.h"
#include "core/model/tracktablemodel.h"
#include "core/playback/playbackengine.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/secretstore.h"
#include "core/service/serverhub.h"
#include "core/service/subsonicclient.h"
#include "tests/support/skipunlessci.h"
#include "tests/support/supysonic/supysonicserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;
using namespace refrain::test;

class TestServerSupysonic : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<SupysonicServer> m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QString why;
        if (!SupysonicServer::available(&why))
            REFRAIN_SKIP_UNLESS_CI(qPrintable(why));
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/refrain-test-bus");
        m_server = std::make_unique<SupysonicServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void connectSyncSearchPlay() {
        Library library;
        TrackTableModel tracks;
        tracks.attach(&library);
        QSignalSpy opened(&library, &Library::opened);
        library.open(m_dir.filePath(QStringLiteral("library.db")));
        QVERIFY(opened.wait(20000));

        SystemClock clock;
        RequestLayer requests(&clock);
        SecretStore secrets(m_dir.filePath(QStringLiteral("secrets.json")));
        ServerHub hub(&library, &requests, &secrets);

        ServerConfig config;
        config.name = QStringLiteral("Supysonic");
        config.urls = {m_server->baseUrl()};
        config.user = m_server->user();

        // Test before saving, as the settings dialog does.
        std::optional<ConnectionOutcome> outcome;
        hub.testConnection(config, m_server->password(),
                           [&](const ConnectionOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QVERIFY2(outcome->ok(), qPrintable(outcome->message));

        QSignalSpy synced(&hub, &ServerHub::syncFinished);
        std::optional<Result<ServerConfig>> added;
        hub.addServer(config, m_server->password(),
                      [&](Result<ServerConfig> r) { added.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 30000);
        QVERIFY2(added->ok(), qPrintable(added->ok() ? QString() : added->error().message));
        const QString serverId = added->value().id;
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 60000); // it may end while `added` is awaited
        const auto report = synced.first().at(1).value<CatalogSync::Report>();
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));

        // What the real server taught the client: an old API, no tokens.
        SubsonicClient *client = hub.client(serverId);
        QVERIFY(client);
        QCOMPARE(client->serverInfo().apiVersion, QStringLiteral("1.10.2"));
        QCOMPARE(client->config().tokenAuth, std::optional<bool>(false));

        // Every playable song of the generated library is in the table, as the server's.
        const int songs = int(m_server->library().size());
        QTRY_COMPARE_WITH_TIMEOUT(tracks.rowCount(), songs, 10000);
        int neon = -1;
        for (int row = 0; row < tracks.rowCount(); ++row) {
            QCOMPARE(tracks.trackAt(row).source, serverId);
            if (tracks.trackAt(row).title == QLatin1String("Neon Highway"))
                neon = row;
        }
        QVERIFY(neon >= 0);
        const Track song = tracks.trackAt(neon);
        QCOMPARE(song.artist, QStringLiteral("The Midnight Owls"));
        QCOMPARE(song.album, QStringLiteral("Night Drive"));
        QCOMPARE(song.durationMs, 3000);
        QVERIFY(song.bitrateKbps > 0 && song.bitrateKbps < 1000); // it sends bit/s: normalised

        // Search finds server songs like local ones (accents folded, prefix as you type).
        QSignalSpy found(&library, &Library::idsFound);
        library.findIds(QStringLiteral("deja"));
        QVERIFY(found.wait(10000));
        const auto matches = found.first().first().value<SearchMatches>();
        QCOMPARE(matches.ids.size(), 1);
        const Track deja = tracks.trackAt(tracks.rowOfTrack(matches.ids.first()));
        QCOMPARE(deja.title, QStringLiteral("Déjà Vu"));

        // Play: the stream is signed at play time and really plays.
        auto resolver = std::make_unique<SourceResolver>();
        resolver->setRemoteResolver([&hub](const Track &t) { return hub.streamUrl(t); });
        PlaybackEngine engine(std::move(resolver));
        engine.playTracks({song}, 0);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), PlaybackEngine::State::Playing, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(engine.position() > 200, 20000);
        engine.stop();

        // A ranged request (how downloads resume) gets exactly the bytes asked for.
        const auto location = CatalogMirror::parseLocation(song.location);
        QVERIFY(location);
        RequestSpec spec;
        spec.url = client->streamUrl(location->second);
        spec.headers = {{"Range", "bytes=100-199"}};
        spec.options.component = Component::Stream;
        RequestReply *ranged = requests.send(spec);
        QSignalSpy rangedDone(ranged, &RequestReply::finished);
        QVERIFY(rangedDone.wait(20000));
        QCOMPARE(ranged->result().httpStatus, 206);
        QCOMPARE(ranged->result().body.size(), 100);
        ranged->deleteLater();
    }
};

QTEST_MAIN(TestServerSupysonic)
#include "tst_serversupysonic.moc"
