// Server playlists as a person meets them in the window, headless, against a real Subsonic server
// on loopback: they are listed in the sidebar under their server, open to show their songs, play,
// take a rename that reaches the server, and take a removal while the server is down — shown at
// once, sent when it is back.
#include "core/library/library.h"
#include "core/model/offlineavailability.h"
#include "core/model/playermodel.h"
#include "core/model/playlistentriesmodel.h"
#include "core/model/playlistlistmodel.h"
#include "core/model/serverplaylistentriesmodel.h"
#include "core/model/serverplaylistmodel.h"
#include "core/model/trackfiltermodel.h"
#include "core/model/tracktablemodel.h"
#include "core/playback/playbackengine.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/secretstore.h"
#include "core/service/serverhub.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"
#include "ui/librarybrowser.h"
#include "ui/libraryview.h"
#include "ui/playlistview.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace refrain;
using refrain::test::FaultMode;
using refrain::test::FaultServer;
using refrain::test::SongSpec;
using refrain::test::SubsonicContent;

namespace {
constexpr int kWaitMs = 20000; // generous: a loaded 2-core machine syncs slowly
const QString kUser = QStringLiteral("tester");
const QString kPassword = QStringLiteral("s3cret pass");
} // namespace

class TestServerPlaylists : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<SubsonicContent> m_content;
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<RequestLayer> m_layer;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ServerHub> m_hub;
    std::unique_ptr<TrackTableModel> m_tracks;
    std::unique_ptr<TrackFilterModel> m_visible;
    std::unique_ptr<PlaybackEngine> m_engine;
    std::unique_ptr<PlayerModel> m_player;
    std::unique_ptr<PlaylistListModel> m_playlists;
    std::unique_ptr<PlaylistEntriesModel> m_entries;
    std::unique_ptr<ServerPlaylistModel> m_serverPlaylists;
    std::unique_ptr<ServerPlaylistEntriesModel> m_serverEntries;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_entriesTester;
    std::unique_ptr<LibraryBrowser> m_browser; // owns the library and playlist views
    PlaylistView *m_playlistView = nullptr;
    QString m_serverId;
    QString m_roadTrip; // the server's id of the playlist the tests use
    QStringList m_songs;

    QStringList shownTitles() const {
        QStringList titles;
        QAbstractItemModel *model = m_playlistView->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            titles.append(
                model->index(row, ServerPlaylistEntriesModel::TitleColumn).data().toString());
        return titles;
    }

    QStringList sidebarTexts() const {
        QStringList texts;
        for (int row = 0; row < m_browser->sidebar()->count(); ++row)
            texts.append(m_browser->sidebar()->item(row)->text());
        return texts;
    }

    bool openRoadTrip() {
        m_browser->showServerPlaylist(m_serverId, m_roadTrip);
        return QTest::qWaitFor(
            [this] {
                return m_browser->currentPage() == m_playlistView
                       && m_playlistView->table()->model()->rowCount() == 3;
            },
            kWaitMs);
    }

private Q_SLOTS:
    void initTestCase() {
        // No keychain here: secrets go to the owner-only file.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    }

    void init() {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
        m_content = std::make_unique<SubsonicContent>();
        m_content->setUser(kUser, kPassword);
        m_songs.clear();
        for (const QString &title :
             {QStringLiteral("Teardrop"), QStringLiteral("Roads"), QStringLiteral("Glory Box")}) {
            SongSpec song;
            song.title = title;
            m_songs.append(m_content->catalog().addSong(song));
        }
        m_roadTrip = m_content->catalog().addPlaylist(QStringLiteral("Road trip"), m_songs);
        m_server = std::make_unique<FaultServer>();
        QVERIFY(m_server->isListening());
        m_server->setHandler(m_content->handler());

        m_library = std::make_unique<Library>();
        QSignalSpy loaded(m_library.get(), &Library::loadFinished);
        m_library->open(m_profile->filePath(QStringLiteral("library.db")));
        QVERIFY(loaded.wait(kWaitMs));
        m_clock = std::make_unique<SystemClock>();
        m_layer = std::make_unique<RequestLayer>(m_clock.get());
        m_secrets = std::make_unique<SecretStore>(m_profile->filePath(QStringLiteral("secrets")));
        m_hub = std::make_unique<ServerHub>(m_library.get(), m_layer.get(), m_secrets.get());
        m_tracks = std::make_unique<TrackTableModel>();
        m_tracks->attach(m_library.get());
        m_visible = std::make_unique<TrackFilterModel>();
        m_visible->setSourceModel(m_tracks.get());
        m_engine = std::make_unique<PlaybackEngine>();
        m_player = std::make_unique<PlayerModel>(m_engine.get());
        m_playlists = std::make_unique<PlaylistListModel>(m_library.get());
        m_entries = std::make_unique<PlaylistEntriesModel>(m_library.get(), m_playlists.get());
        m_serverPlaylists = std::make_unique<ServerPlaylistModel>(m_library.get(), m_hub.get());
        m_serverEntries =
            std::make_unique<ServerPlaylistEntriesModel>(m_library.get(), m_hub.get());
        m_listTester = std::make_unique<QAbstractItemModelTester>(
            m_serverPlaylists.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_entriesTester = std::make_unique<QAbstractItemModelTester>(
            m_serverEntries.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        auto *songs = new LibraryView(m_tracks.get(), m_visible.get(), m_player.get());
        m_playlistView =
            new PlaylistView(m_entries.get(), m_playlists.get(), m_tracks.get(), m_player.get());
        m_playlistView->setServerPlaylists(m_serverPlaylists.get(), m_serverEntries.get());
        m_browser = std::make_unique<LibraryBrowser>(songs, QList<TrackGroupModel *>{},
                                                     m_playlistView, m_playlists.get());
        m_browser->setServerPlaylists(m_serverPlaylists.get());
        songs->setPlaylists(m_playlists.get());
        songs->setServerPlaylists(m_serverPlaylists.get());
        m_browser->show();

        ServerConfig config;
        config.name = QStringLiteral("Home");
        config.urls = {m_server->baseUrl()};
        config.user = kUser;
        QSignalSpy synced(m_hub.get(), &ServerHub::syncFinished);
        std::optional<Result<ServerConfig>> added;
        m_hub->addServer(config, kPassword,
                         [&](Result<ServerConfig> r) { added.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), kWaitMs);
        QVERIFY2(added->ok(), qPrintable(added->ok() ? QString() : added->error().message));
        m_serverId = added->value().id;
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), kWaitMs); // it may end while `added` is awaited
        QTRY_COMPARE_WITH_TIMEOUT(m_tracks->rowCount(), 3, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->itemForServerPlaylist(m_serverId, m_roadTrip), kWaitMs);
    }

    void cleanup() {
        m_browser.reset();
        m_entriesTester.reset();
        m_listTester.reset();
        m_serverEntries.reset();
        m_serverPlaylists.reset();
        m_entries.reset();
        m_playlists.reset();
        m_hub.reset();
        m_player.reset();
        m_engine.reset();
        m_visible.reset();
        m_tracks.reset();
        m_layer.reset();
        m_clock.reset();
        m_secrets.reset();
        m_library.reset();
        m_server.reset();
        m_content.reset();
        m_profile.reset();
    }

    void listsServerPlaylistsUnderTheServer() {
        const QStringList texts = sidebarTexts();
        const qsizetype server = texts.indexOf(QStringLiteral("Home"));
        QVERIFY2(server > texts.indexOf(QStringLiteral("Playlists")), qPrintable(texts.join(u'|')));
        QCOMPARE(texts.value(server + 1), QStringLiteral("Road trip"));
        const QListWidgetItem *item = m_browser->itemForServerPlaylist(m_serverId, m_roadTrip);
        QVERIFY2(item->toolTip().contains(QStringLiteral("On Home")), qPrintable(item->toolTip()));
        QVERIFY(item->toolTip().contains(QStringLiteral("3 song")));
    }

    void opensAndPlaysItsSongs() {
        QVERIFY(openRoadTrip());
        QCOMPARE(shownTitles(), (QStringList{QStringLiteral("Teardrop"), QStringLiteral("Roads"),
                                             QStringLiteral("Glory Box")}));
        QVERIFY2(m_playlistView->headerText().startsWith(QStringLiteral("Road trip — 3 song")),
                 qPrintable(m_playlistView->headerText()));
        QVERIFY(m_playlistView->headerText().contains(QStringLiteral("On Home")));
        // Nothing is downloaded: the Offline column says these need the server.
        OfflineAvailability offline;
        m_serverEntries->setOfflineAvailability(&offline);
        const QModelIndex cell =
            m_serverEntries->index(0, ServerPlaylistEntriesModel::OfflineColumn);
        QCOMPARE(
            m_serverEntries->headerData(ServerPlaylistEntriesModel::OfflineColumn, Qt::Horizontal),
            QVariant(QStringLiteral("Offline")));
        QCOMPARE(cell.data().toString(), QString());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("server only")));

        // Double-click (activate) the second song: the whole playlist is queued from there.
        m_playlistView->playFrom(1);
        QStringList queued;
        for (const Track &track : m_engine->queue().tracks())
            queued.append(track.title);
        QCOMPARE(queued, shownTitles());
        QVERIFY(
            m_engine->queue().tracks().at(1).location.startsWith(QStringLiteral("subsonic://")));
    }

    void renameReachesTheServer() {
        m_serverPlaylists->rename(m_serverId, m_roadTrip, QStringLiteral("Night drive"));
        // The sidebar shows the new name at once; the server has it soon after.
        QTRY_COMPARE_WITH_TIMEOUT(m_browser->itemForServerPlaylist(m_serverId, m_roadTrip)->text(),
                                  QStringLiteral("Night drive"), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_content->catalog().playlist(m_roadTrip)->name,
                                  QStringLiteral("Night drive"), kWaitMs);
    }

    void removalWhileOfflineShowsAtOnceAndReachesServerLater() {
        QVERIFY(openRoadTrip());
        m_server->setMode(FaultMode::refused());
        m_playlistView->table()->selectRow(1); // "Roads"
        QTest::keyClick(m_playlistView->table(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(
            shownTitles(), (QStringList{QStringLiteral("Teardrop"), QStringLiteral("Glory Box")}),
            kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->itemForServerPlaylist(m_serverId, m_roadTrip)
                                     ->toolTip()
                                     .contains(QStringLiteral("2 song")),
                                 kWaitMs);
        QCOMPARE(m_content->catalog().playlist(m_roadTrip)->songIds.size(), 3); // not there yet

        m_server->setMode(FaultMode::normal());
        m_hub->syncNow(m_serverId);
        QTRY_COMPARE_WITH_TIMEOUT(m_content->catalog().playlist(m_roadTrip)->songIds,
                                  (QStringList{m_songs.at(0), m_songs.at(2)}), kWaitMs);
        // The sync after it keeps the edit rather than bringing the old list back.
        QTRY_COMPARE_WITH_TIMEOUT(
            shownTitles(), (QStringList{QStringLiteral("Teardrop"), QStringLiteral("Glory Box")}),
            kWaitMs);
    }

    void addToPlaylistFromTheLibraryMenu() {
        // Select "Glory Box" in the songs and add it through the context menu.
        m_browser->showSongs();
        QTableView *table = m_browser->songs()->table();
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(TrackTableModel::TrackRole).value<Track>().title
                == QStringLiteral("Glory Box"))
                row = r;
        }
        QVERIFY(row >= 0);
        table->selectRow(row);
        Q_EMIT table->customContextMenuRequested(
            table->visualRect(table->model()->index(row, 0)).center());
        QMenu *add = nullptr;
        QTRY_VERIFY(
            (add = m_browser->songs()->findChild<QMenu *>(QStringLiteral("addToPlaylistMenu"))));
        QAction *target = nullptr;
        for (QAction *action : add->actions()) {
            if (action->text() == QStringLiteral("Road trip"))
                target = action;
        }
        QVERIFY(target);
        QVERIFY(target->isEnabled());
        QCOMPARE(target->toolTip(), QStringLiteral("On Home"));
        target->trigger();
        add->parentWidget()->close();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_content->catalog().playlist(m_roadTrip)->songIds,
            (QStringList{m_songs.at(0), m_songs.at(1), m_songs.at(2), m_songs.at(2)}), kWaitMs);

        // The same menu starts a new playlist on that server with the selected song.
        Q_EMIT table->customContextMenuRequested(
            table->visualRect(table->model()->index(row, 0)).center());
        QAction *create = nullptr;
        QTRY_VERIFY((create = m_browser->songs()->findChild<QAction *>(
                         QStringLiteral("newServerPlaylistAction"))));
        QCOMPARE(create->text(), QStringLiteral("New Playlist on Home…"));
        create->trigger();
        if (auto *submenu = qobject_cast<QMenu *>(create->parent()))
            submenu->parentWidget()->close();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto *p : m_content->catalog().playlists()) {
                    if (p->name == QStringLiteral("New Playlist")
                        && p->songIds == QStringList{m_songs.at(2)})
                        return true;
                }
                return false;
            }(),
            kWaitMs);

        // A song from elsewhere cannot go into a server's playlist, and the menu says why.
        Track local;
        local.source = QStringLiteral("local");
        local.location = QStringLiteral("/music/song.flac");
        QCOMPARE(m_serverPlaylists->whyNotAddable(m_serverId, {local}),
                 QStringLiteral("Only songs from Home can be added to its playlists"));
    }

    void deletingTheShownPlaylistGoesBackToSongs() {
        QVERIFY(openRoadTrip());
        m_serverPlaylists->remove(m_serverId, m_roadTrip);
        QTRY_VERIFY_WITH_TIMEOUT(!m_browser->itemForServerPlaylist(m_serverId, m_roadTrip),
                                 kWaitMs);
        QCOMPARE(m_browser->currentPage(), static_cast<QWidget *>(m_browser->songs()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_content->catalog().playlist(m_roadTrip), kWaitMs);
    }
};

QTEST_MAIN(TestServerPlaylists)
#include "tst_serverplaylists.moc"
