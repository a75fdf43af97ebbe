// A server's album covers in the album grid, over real HTTP to a loopback Subsonic server: fetched
// once at thumbnail size through the request layer, cached on disk, shown again while the server
// is down, "no cover" remembered without asking again, and a cover that could not be fetched
// asked for again once the server is back.
#include "core/covers/albumkey.h"
#include "core/covers/coverstore.h"
#include "core/library/library.h"
#include "core/model/trackgroupmodel.h"
#include "core/model/tracktablemodel.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/secretstore.h"
#include "core/service/serverhub.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace refrain;
using namespace refrain::test;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("secret-pw");
constexpr int kThumbSize = 128;
const QString kArtAlbum = QStringLiteral("Painted Skies");
const QString kBareAlbum = QStringLiteral("Plain Sleeve");

QByteArray pngOf(const QColor &color, QSize size) {
    QImage image(size, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool near(QRgb actual, const QColor &expected) {
    constexpr int kTolerance = 24; // JPEG in the disk cache
    return qAbs(qRed(actual) - expected.red()) <= kTolerance
           && qAbs(qGreen(actual) - expected.green()) <= kTolerance
           && qAbs(qBlue(actual) - expected.blue()) <= kTolerance;
}

QRgb centre(const QImage &image) {
    return image.pixel(image.width() / 2, image.height() / 2);
}

} // namespace

class TestRemoteCovers : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QColor m_artColor = QColor(30, 90, 200);
    SubsonicContent m_content; // outlives the server that calls it
    std::unique_ptr<FaultServer> m_http;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<TrackTableModel> m_tracks;
    SystemClock m_clock;
    std::unique_ptr<RequestLayer> m_requests;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ServerHub> m_hub;
    int m_asked = 0; // questions the covers put to the hub, in every test

    // The composition root's wiring: a store's remote source asks the hub.
    CoverStore::RemoteSource hubSource() {
        return [this](const QString &, const QString &location, CoverStore::RemoteReply done) {
            ++m_asked;
            m_hub->fetchCoverArt(location, kThumbSize, [done](Result<QByteArray> image) {
                if (image)
                    done(image.value(), false);
                else
                    done({}, image.error().kind == Error::Kind::NotFound);
            });
        };
    }

    static int rowOf(const TrackGroupModel &albums, const QString &title) {
        for (int row = 0; row < albums.rowCount(); ++row) {
            if (albums.index(row).data(Qt::DisplayRole).toString() == title)
                return row;
        }
        return -1;
    }
    static QImage cover(const TrackGroupModel &albums, const QString &title) {
        return qvariant_cast<QImage>(albums.index(rowOf(albums, title)).data(Qt::DecorationRole));
    }
    static QString keyOf(const TrackGroupModel &albums, const QString &title) {
        const QVariant sample =
            albums.index(rowOf(albums, title)).data(TrackGroupModel::SampleTrackRole);
        return albumKey(sample.value<Track>());
    }

    int coverRequests() const { return m_content.requestCount(QStringLiteral("getCoverArt")); }

private Q_SLOTS:
    void initTestCase() {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/refrain-test-bus");
        QVERIFY(m_dir.isValid());

        m_content.setUser(kUser, kPassword);
        QString artAlbumId;
        for (int track = 1; track <= 2; ++track) {
            SongSpec spec;
            spec.artist = QStringLiteral("The Painters");
            spec.album = kArtAlbum;
            spec.title = QStringLiteral("Brush %1").arg(track);
            spec.track = track;
            artAlbumId = m_content.catalog().song(m_content.catalog().addSong(spec))->albumId;
        }
        SongSpec bare;
        bare.artist = QStringLiteral("Nobody Draws");
        bare.album = kBareAlbum;
        bare.title = QStringLiteral("Blank");
        m_content.catalog().addSong(bare);
        // Songs name their album's id as coverArt; only this album's id has an image.
        m_content.catalog().setCoverArt(artAlbumId, pngOf(m_artColor, QSize(400, 300)),
                                        "image/png");
        m_http = std::make_unique<FaultServer>();
        QVERIFY(m_http->isListening());
        m_http->setHandler(m_content.handler());

        m_library = std::make_unique<Library>();
        m_tracks = std::make_unique<TrackTableModel>();
        m_tracks->attach(m_library.get());
        QSignalSpy opened(m_library.get(), &Library::opened);
        m_library->open(m_dir.filePath(QStringLiteral("library.db")));
        QVERIFY(opened.wait(20000));

        m_requests = std::make_unique<RequestLayer>(&m_clock);
        m_secrets = std::make_unique<SecretStore>(m_dir.filePath(QStringLiteral("secrets")), false);
        m_hub = std::make_unique<ServerHub>(m_library.get(), m_requests.get(), m_secrets.get());

        ServerConfig config;
        config.name = QStringLiteral("Home");
        config.urls = {m_http->baseUrl()};
        config.user = kUser;
        QSignalSpy synced(m_hub.get(), &ServerHub::syncFinished);
        std::optional<Result<ServerConfig>> added;
        m_hub->addServer(config, kPassword,
                         [&](Result<ServerConfig> r) { added.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 20000);
        QVERIFY2(added->ok(), qPrintable(added->ok() ? QString() : added->error().message));
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30000); // it may end while `added` is awaited
        const auto report = synced.first().at(1).value<CatalogSync::Report>();
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->message : QString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_tracks->rowCount(), 3, 20000);
        QCOMPARE(coverRequests(), 0); // the sync itself fetches no art
    }

    void cleanupTestCase() {
        m_hub.reset();
        m_secrets.reset();
        m_requests.reset();
        m_tracks.reset();
        m_library.reset();
        m_http.reset();
    }

    void serverCoverShowsInTheAlbumGridAndIsCached() {
        QTemporaryDir cache;
        CoverStore covers(cache.path(), kThumbSize);
        covers.setRemoteSource(hubSource());
        TrackGroupModel albums(TrackGroupModel::Kind::Album, m_tracks.get());
        QAbstractItemModelTester tester(&albums);
        albums.setCoverStore(&covers);
        QCOMPARE(albums.rowCount(), 2);

        QVERIFY(cover(albums, kArtAlbum).isNull()); // the grid never waits
        QTRY_VERIFY_WITH_TIMEOUT(!cover(albums, kArtAlbum).isNull(), 30000);
        const QImage shown = cover(albums, kArtAlbum);
        QCOMPARE(shown.size(), QSize(kThumbSize, 96)); // 400×300 fitted into the thumbnail
        QVERIFY(near(centre(shown), m_artColor));

        // Asked once, at the size the grid shows, and kept on disk as a thumbnail.
        QCOMPARE(coverRequests(), 1);
        bool sized = false;
        for (const HttpRequest &request : m_http->requests()) {
            if (request.path.endsWith("getCoverArt.view"))
                sized = request.query.queryItemValue(QStringLiteral("size"))
                        == QString::number(kThumbSize);
        }
        QVERIFY(sized);
        const QString thumbnail = covers.thumbnailPath(keyOf(albums, kArtAlbum));
        QVERIFY(QFileInfo::exists(thumbnail));
        QCOMPARE(QImage(thumbnail).size(), shown.size());

        // Repainting asks nobody.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(cover(albums, kArtAlbum), shown);
        QCOMPARE(coverRequests(), 1);
    }

    void albumWithoutArtIsMarkedAndNotAskedAgain() {
        QTemporaryDir cache;
        CoverStore covers(cache.path(), kThumbSize);
        covers.setRemoteSource(hubSource());
        TrackGroupModel albums(TrackGroupModel::Kind::Album, m_tracks.get());
        albums.setCoverStore(&covers);
        const QString key = keyOf(albums, kBareAlbum);
        const int before = coverRequests();

        QVERIFY(cover(albums, kBareAlbum).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(covers.hasNoCover(key), 30000); // the server said error 70
        QCOMPARE(coverRequests(), before + 1);
        QVERIFY(QFileInfo::exists(covers.remoteNoCoverMarkerPath(key)));
        QVERIFY(!QFileInfo::exists(covers.thumbnailPath(key)));

        for (int i = 0; i < 5; ++i)
            QVERIFY(cover(albums, kBareAlbum).isNull());
        QVERIFY(!covers.isLoading(key));
        QCOMPARE(coverRequests(), before + 1);

        // Next start: the marker answers, the server is not asked.
        CoverStore again(cache.path(), kThumbSize);
        again.setRemoteSource(hubSource());
        TrackGroupModel albumsAgain(TrackGroupModel::Kind::Album, m_tracks.get());
        albumsAgain.setCoverStore(&again);
        QVERIFY(cover(albumsAgain, kBareAlbum).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(again.hasNoCover(key), 30000);
        QCOMPARE(coverRequests(), before + 1);
    }

    void cachedCoversShowWhileTheServerIsDown() {
        QTemporaryDir cache;
        {
            CoverStore covers(cache.path(), kThumbSize);
            covers.setRemoteSource(hubSource());
            TrackGroupModel albums(TrackGroupModel::Kind::Album, m_tracks.get());
            albums.setCoverStore(&covers);
            QVERIFY(cover(albums, kArtAlbum).isNull());
            QVERIFY(cover(albums, kBareAlbum).isNull());
            QTRY_VERIFY_WITH_TIMEOUT(!cover(albums, kArtAlbum).isNull(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(covers.hasNoCover(keyOf(albums, kBareAlbum)), 30000);
        }

        m_http->setMode(FaultMode::refused());
        const int asked = m_asked;
        CoverStore covers(cache.path(), kThumbSize); // the next start, offline
        covers.setRemoteSource(hubSource());
        TrackGroupModel albums(TrackGroupModel::Kind::Album, m_tracks.get());
        albums.setCoverStore(&covers);
        QVERIFY(cover(albums, kArtAlbum).isNull());
        QVERIFY(cover(albums, kBareAlbum).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!cover(albums, kArtAlbum).isNull(), 30000);
        QVERIFY(near(centre(cover(albums, kArtAlbum)), m_artColor));
        QTRY_VERIFY_WITH_TIMEOUT(covers.hasNoCover(keyOf(albums, kBareAlbum)), 30000);
        QCOMPARE(m_asked, asked); // the disk answered both; the server was not even tried
        m_http->setMode(FaultMode::normal());
    }

    void coverNotFetchedIsAskedForAgainWhenTheServerIsBack() {
        QTemporaryDir cache;
        CoverStore covers(cache.path(), kThumbSize);
        covers.setRemoteSource(hubSource());
        TrackGroupModel albums(TrackGroupModel::Kind::Album, m_tracks.get());
        albums.setCoverStore(&covers);
        const QString key = keyOf(albums, kArtAlbum);

        m_http->setMode(FaultMode::refused());
        const int asked = m_asked;
        QVERIFY(cover(albums, kArtAlbum).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(covers.fetchFailed(key), 30000);
        QCOMPARE(m_asked, asked + 1);
        // Not a verdict: nothing written, so the next start asks again.
        QVERIFY(!covers.hasNoCover(key));
        QVERIFY(!QFileInfo::exists(covers.remoteNoCoverMarkerPath(key)));
        QVERIFY(!QFileInfo::exists(covers.thumbnailPath(key)));
        // And no hammering while the grid repaints.
        for (int i = 0; i < 5; ++i)
            QVERIFY(cover(albums, kArtAlbum).isNull());
        QVERIFY(!covers.isLoading(key));
        QCOMPARE(m_asked, asked + 1);

        // The server answers again (the app learns it from a sync that worked).
        m_http->setMode(FaultMode::normal());
        m_requests->retryNow();
        const int requests = coverRequests();
        covers.retryFailedFetches();
        QTRY_VERIFY_WITH_TIMEOUT(!cover(albums, kArtAlbum).isNull(), 30000);
        QVERIFY(near(centre(cover(albums, kArtAlbum)), m_artColor));
        QCOMPARE(m_asked, asked + 2);
        QCOMPARE(coverRequests(), requests + 1);
        QVERIFY(QFileInfo::exists(covers.thumbnailPath(key)));
    }
};

QTEST_MAIN(TestRemoteCovers)
#include "tst_remotecovers.moc"
