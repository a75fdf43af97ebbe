// A server's catalog mirrored into the library database: complete, incremental, and left as it
// was when the server answers with something broken.
#include "core/library/database.h"
#include "core/library/searchquery.h"
#include "core/library/statement.h"
#include "core/library/trackstore.h"
#include "core/service/catalogsync.h"
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

using namespace refrain;
using namespace refrain::test;

namespace {

const QString kPassword = QStringLiteral("pw");

// albums × songsPerAlbum songs, in a fixed order so two contents built alike share their ids.
void fill(SubsonicContent &content, int albums, int songsPerAlbum = 2) {
    content.setUser(QStringLiteral("alice"), kPassword);
    for (int a = 1; a <= albums; ++a) {
        for (int s = 1; s <= songsPerAlbum; ++s) {
            SongSpec spec;
            spec.artist = QStringLiteral("Artist %1").arg(a);
            spec.album = QStringLiteral("Album %1").arg(a);
            spec.title = QStringLiteral("Song %1-%2").arg(a).arg(s);
            spec.track = s;
            spec.created = QDateTime(QDate(2024, 1, a), QTime(12, 0), Qt::UTC);
            content.catalog().addSong(spec);
        }
    }
}

} // namespace

class TestCatalogSync : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    ServerConfig m_server;
    SystemClock m_clock;
    std::unique_ptr<RequestLayer> m_layer;
    std::unique_ptr<FaultServer> m_http;

    CatalogSync::Report sync(bool full = false) {
        SubsonicClient client(m_layer.get(), m_server, kPassword);
        CatalogSync sync(&client, [this](std::function<void(Database &)> job) { job(*m_db); });
        QSignalSpy finished(&sync, &CatalogSync::finished);
        CatalogSync::Options options;
        options.full = full;
        options.pageSize = 2; // several pages even for a small catalog
        sync.start(options);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<CatalogSync::Report>();
    }

    int mirrored() { return CatalogMirror(*m_db).songCount(m_server.id).valueOr(-1); }

private Q_SLOTS:
    void init() {
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("lib-%1.db").arg(++n)));
        QVERIFY(db);
        m_db.emplace(std::move(db).value());
        m_http = std::make_unique<FaultServer>();
        ServerConfig config;
        config.name = QStringLiteral("Home");
        config.urls = {m_http->baseUrl()};
        config.user = QStringLiteral("alice");
        auto added = ServerStore(*m_db).add(config);
        QVERIFY(added);
        m_server = added.value();
        m_layer = std::make_unique<RequestLayer>(&m_clock);
    }

    void cleanup() {
        m_layer.reset();
        m_http.reset();
        m_db.reset();
    }

    void mirrorsEverythingThenOnlyWhatChanged() {
        SubsonicContent content;
        fill(content, 3);
        const QString starred = content.catalog().songs().at(4)->id;
        content.catalog().setStarred(starred, QDateTime::currentDateTimeUtc());
        content.catalog().addPlaylist(QStringLiteral("Mix"),
                                      {content.catalog().songs().at(0)->id, starred});
        m_http->setHandler(content.handler());

        CatalogSync::Report report = sync();
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
        QCOMPARE(report.albumsListed, 3);
        QCOMPARE(report.albumsFetched, 3);
        QCOMPARE(report.songsAdded, 6);
        QCOMPARE(report.playlists, 1);
        QCOMPARE(report.starredSongs, 1);
        QCOMPARE(mirrored(), 6);
        QVERIFY(ServerStore(*m_db).find(m_server.id).value().lastSyncAtMs > 0);

        // Searchable like local tracks.
        auto found = TrackStore(*m_db).search(SearchQuery::parse(QStringLiteral("artist 3")));
        QVERIFY(found);
        QCOMPARE(found.value().size(), 2);
        QCOMPARE(found.value().first().source, m_server.id);

        // Nothing changed: no album fetched again.
        const int albumCalls = content.requestCount(QStringLiteral("getAlbum"));
        report = sync();
        QCOMPARE(report.albumsFetched, 0);
        QCOMPARE(report.songsAdded + report.songsUpdated + report.songsRemoved, 0);
        QCOMPARE(content.requestCount(QStringLiteral("getAlbum")), albumCalls);

        // --full fetches everything, and changes nothing that did not change.
        report = sync(true);
        QCOMPARE(report.albumsFetched, 3);
        QCOMPARE(report.songsUpdated, 0);
    }

    void albumsGoneFromTheServerLeaveTheMirror() {
        SubsonicContent before;
        fill(before, 3);
        m_http->setHandler(before.handler());
        QVERIFY(!sync().error);
        QCOMPARE(mirrored(), 6);

        SubsonicContent after; // the same catalog without its last album
        fill(after, 2);
        m_http->setHandler(after.handler());
        const CatalogSync::Report report = sync();
        QVERIFY(!report.error);
        QCOMPARE(report.albumsRemoved, 1);
        QCOMPARE(report.songsRemoved, 2);
        QCOMPARE(mirrored(), 4);
    }

    void brokenAnswersLeaveTheMirrorAsItWas_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>(
            "kind"); // 0 HTML page, 1 truncated JSON, 2 audio, 3 giant, 4 error 50
        QTest::addColumn<QString>("says");
        QTest::newRow("login page in the album list")
            << QStringLiteral("getAlbumList2") << 0 << QStringLiteral("Not a Subsonic server");
        QTest::newRow("truncated album")
            << QStringLiteral("getAlbum") << 1 << QStringLiteral("Malformed");
        QTest::newRow("audio where a document belongs")
            << QStringLiteral("getAlbumList2") << 2 << QStringLiteral("audio");
        QTest::newRow("giant playlist list")
            << QStringLiteral("getPlaylists") << 3 << QStringLiteral("limit");
        QTest::newRow("not allowed")
            << QStringLiteral("getStarred2") << 4 << QStringLiteral("not allowed");
    }

    void brokenAnswersLeaveTheMirrorAsItWas() {
        QFETCH(QString, endpoint);
        QFETCH(int, kind);
        QFETCH(QString, says);
        SubsonicContent content;
        fill(content, 2);
        m_http->setHandler(content.handler());
        QVERIFY(!sync().error);
        QCOMPARE(mirrored(), 4);

        // The server changes (a new album) but now answers one call with garbage.
        SubsonicContent changed;
        fill(changed, 3);
        HttpReply reply;
        switch (kind) {
        case 0:
            reply.contentType = "text/html";
            reply.body = SubsonicContent::loginPage();
            break;
        case 1:
            reply.body =
                R"({"subsonic-response": {"status": "ok", "album": {"id": "al-3", "song": [)";
            break;
        case 2:
            reply.contentType = "audio/mpeg";
            reply.body = QByteArray(4096, '\xff');
            break;
        case 3:
            reply.body = QByteArray(40 * 1024 * 1024, ' ');
            break;
        default:
            break;
        }
        if (kind == 4)
            changed.failEndpoint(endpoint, 50, QStringLiteral("<b>nope</b>"));
        else
            changed.overrideEndpoint(endpoint, reply);
        m_http->setHandler(changed.handler());

        const CatalogSync::Report report = sync();
        QVERIFY(report.error);
        QVERIFY2(report.error->message.contains(says, Qt::CaseInsensitive),
                 qPrintable(report.error->message));
        QVERIFY(!report.error->message.contains(kPassword));
        QCOMPARE(report.songsRemoved, 0);
        // Whole albums or nothing: the mirror holds the old four songs, or those plus the whole
        // new album if that was written before the failure.
        QVERIFY2(mirrored() == 4 || mirrored() == 6, qPrintable(QString::number(mirrored())));
    }

    void syncKeepsEditsStillQueued() {
        // Renamed and starred while the server was down; the server is back and a sync runs
        // before the queue has drained: the mirror must keep showing what the user did.
        SubsonicContent content;
        fill(content, 2);
        const QString playlist = content.catalog().addPlaylist(
            QStringLiteral("Mix"), {content.catalog().songs().at(0)->id});
        const QString song = content.catalog().songs().at(1)->id;
        m_http->setHandler(content.handler());
        QVERIFY(!sync().error);

        m_http->setMode(FaultMode::refused());
        SubsonicClient client(m_layer.get(), m_server, kPassword);
        ServerEdits edits(&client, [this](std::function<void(Database &)> job) { job(*m_db); });
        QSignalSpy idle(&edits, &ServerEdits::idle);
        edits.renamePlaylist(playlist, QStringLiteral("Renamed offline"));
        edits.star(ServerEdit::Target::Song, song);
        QVERIFY(idle.wait(20000) || !idle.isEmpty());

        m_http->setMode(FaultMode::normal());
        m_layer->retryNow();
        QVERIFY(!sync().error);
        auto names =
            Statement::prepare(*m_db, "SELECT name FROM remote_playlists WHERE playlist_id = ?1");
        names.value().bind(1, playlist);
        QCOMPARE(names.value().step(), Statement::Step::Row);
        QCOMPARE(names.value().text(0), QStringLiteral("Renamed offline"));
        auto stars = Statement::prepare(
            *m_db, "SELECT starred_at IS NOT NULL FROM remote_songs WHERE song_id = ?1");
        stars.value().bind(1, song);
        QCOMPARE(stars.value().step(), Statement::Step::Row);
        QCOMPARE(stars.value().integer(0), 1);
    }

    void unreachableServerChangesNothing() {
        SubsonicContent content;
        fill(content, 2);
        m_http->setHandler(content.handler());
        QVERIFY(!sync().error);
        m_http->setMode(FaultMode::refused());
        const CatalogSync::Report report = sync();
        QVERIFY(report.error);
        QCOMPARE(mirrored(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCatalogSync)
#include "tst_catalogsync.moc"
