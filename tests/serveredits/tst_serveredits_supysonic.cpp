// Playlist and star edits against a real Supysonic 0.7.2, which answers createPlaylist with an
// empty ok (no id): the new playlist is found by name, and what the mirror showed while editing
// is exactly what a fresh sync fetches from the server afterwards.
#include "core/library/database.h"
#include "core/library/statement.h"
#include "core/service/catalogsync.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/serveredits.h"
#include "core/service/serverstore.h"
#include "core/service/subsonicclient.h"
#include "tests/support/skipunlessci.h"
#include "tests/support/supysonic/supysonicserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;
using namespace refrain::test;

namespace {
constexpr int kWaitMs = 60'000;
}

class TestServerEditsSupysonic : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<SupysonicServer> m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QString why;
        if (!SupysonicServer::available(&why))
            REFRAIN_SKIP_UNLESS_CI(qPrintable(why));
        m_server = std::make_unique<SupysonicServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void editsReachTheServerAndTheMirrorAgrees() {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("library.db")));
        QVERIFY(opened);
        Database db = std::move(opened).value();
        ServerConfig config;
        config.name = QStringLiteral("Supysonic");
        config.urls = {m_server->baseUrl()};
        config.user = m_server->user();
        auto added = ServerStore(db).add(config);
        QVERIFY(added);
        SystemClock clock;
        RequestLayer layer(&clock);
        SubsonicClient client(&layer, added.value(), m_server->password());
        const auto inline_ = [&db](std::function<void(Database &)> job) { job(db); };
        const auto sync = [&] {
            CatalogSync catalog(&client, inline_);
            QSignalSpy finished(&catalog, &CatalogSync::finished);
            CatalogSync::Options options;
            options.full = true;
            catalog.start(options);
            return finished.wait(kWaitMs)
                   && !finished.first().first().value<CatalogSync::Report>().error;
        };
        QVERIFY(sync());
        QStringList songs;
        auto ids = Statement::prepare(db, "SELECT song_id FROM remote_songs ORDER BY song_id");
        QVERIFY(ids);
        while (ids.value().step() == Statement::Step::Row)
            songs.append(ids.value().text(0));
        QVERIFY(songs.size() >= 4);

        ServerEdits edits(&client, inline_);
        const auto edit = [&](const std::function<void(ServerEdits::Done)> &make) {
            QSignalSpy idle(&edits, &ServerEdits::idle);
            QSignalSpy rejected(&edits, &ServerEdits::rejected);
            QList<ServerEdit> queued;
            bool done = false;
            make([&](Result<QList<ServerEdit>> r) {
                done = true;
                if (r)
                    queued = r.value();
            });
            if (!QTest::qWaitFor([&] { return done; }, kWaitMs) || queued.isEmpty()
                || !idle.wait(kWaitMs))
                return std::pair{queued, -1};
            return std::pair{queued, rejected.isEmpty() ? idle.last().first().toInt() : -2};
        };
        ServerEditStore store(db, added.value().id);

        const auto [created, left] = edit([&](auto done) {
            edits.createPlaylist(QStringLiteral("Road trip"), {songs[0], songs[1]}, done);
        });
        QCOMPARE(left, 0);
        QVERIFY(store.list().value().isEmpty());
        QString playlistId;
        for (const RemotePlaylist &p : store.playlists().valueOr({})) {
            if (p.name == QStringLiteral("Road trip"))
                playlistId = p.id;
        }
        // The id Supysonic gave it (a UUID), found through getPlaylists.
        QVERIFY2(!ServerEditStore::isLocalId(playlistId), qPrintable(playlistId));
        QCOMPARE(playlistId.size(), 36);

        QCOMPARE(edit([&](auto done) {
                     edits.addToPlaylist(playlistId, {songs[2], songs[3]}, done);
                 }).second,
                 0);
        QCOMPARE(edit([&](auto done) {
                     edits.removeFromPlaylist(playlistId, {0, 2}, done);
                 }).second,
                 0);
        QCOMPARE(edit([&](auto done) {
                     edits.renamePlaylist(playlistId, QStringLiteral("Night drive"), done);
                 }).second,
                 0);
        QCOMPARE(
            edit([&](auto done) { edits.star(ServerEdit::Target::Song, songs[3], done); }).second,
            0);
        // An edit Supysonic refuses (an unknown song) is dropped with its reason.
        QCOMPARE(edit([&](auto done) {
                     edits.addToPlaylist(playlistId,
                                         {QStringLiteral("00000000-0000-0000-0000-000000000000")},
                                         done);
                 }).second,
                 -2);
        QCOMPARE(store.pendingCount().value(), 0);

        QStringList shown;
        for (const MirroredEntry &e : store.entries(playlistId).valueOr({}))
            shown.append(e.songId);
        QCOMPARE(shown, QStringList({songs[1], songs[3],
                                     QStringLiteral("00000000-0000-0000-0000-000000000000")}));

        // What the server really has, fetched afresh; the refused song is not there.
        QVERIFY(sync());
        QStringList fetched;
        for (const MirroredEntry &e : store.entries(playlistId).valueOr({}))
            fetched.append(e.songId);
        QCOMPARE(fetched, QStringList({songs[1], songs[3]}));
        QCOMPARE(store.playlists().value().size(), 1);
        QCOMPARE(store.playlists().value().first().name, QStringLiteral("Night drive"));
        auto starred =
            Statement::prepare(db, "SELECT song_id FROM remote_songs WHERE starred_at IS NOT NULL");
        QVERIFY(starred);
        QCOMPARE(starred.value().step(), Statement::Step::Row);
        QCOMPARE(starred.value().text(0), songs[3]);

        QCOMPARE(edit([&](auto done) { edits.deletePlaylist(playlistId, done); }).second, 0);
        QVERIFY(sync());
        QVERIFY(store.playlists().value().isEmpty());
    }
};

QTEST_MAIN(TestServerEditsSupysonic)
#include "tst_serveredits_supysonic.moc"
