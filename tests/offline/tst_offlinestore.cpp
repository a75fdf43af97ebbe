// What is kept offline, against a real database with a real mirrored catalog: Emergency
// Essentials fills from starred songs, then recent listens, within its budget (the user's picks
// first and always), pins resolve to their songs and release them when unpinned, and every track
// view knows which songs play without a network — the "Offline" column and the "Available offline"
// filter.
#include "tests/offline/offlinetesthelpers.h"

#include "core/history/listenstore.h"
#include "core/library/trackstore.h"
#include "core/model/offlineavailability.h"
#include "core/model/offlinepinsmodel.h"
#include "core/model/trackfiltermodel.h"
#include "core/model/tracktablemodel.h"
#include "core/playback/sourceresolver.h"

using namespace refrain;
using namespace refrain::test;

class TestOfflineStore : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<OfflineRig> m_rig;
    QStringList m_songs;

    // Five 3-second songs; the last three starred, newest star first in the fill.
    void starredCatalog() {
        for (int i = 0; i < 5; ++i)
            m_songs.append(m_rig->addSong(
                QStringLiteral("Song %1").arg(i + 1),
                i < 3 ? QStringLiteral("First") : QStringLiteral("Second"), 300 + 30 * i));
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 2; i < 5; ++i)
            m_rig->content.catalog().setStarred(m_songs.at(i), base.addSecs(i * 60));
        QVERIFY(m_rig->open());
    }

    TrackIds essentials() {
        const OfflinePin pin = m_rig->store().essentials().value();
        return m_rig->store().pinTracks(pin.id).valueOr({});
    }

    qint64 now() const { return QDateTime::currentMSecsSinceEpoch(); }

private Q_SLOTS:
    void init() {
        m_rig = std::make_unique<OfflineRig>();
        m_songs.clear();
    }
    void cleanup() { m_rig.reset(); }

    void essentialsExistsFromTheFirstStart() {
        QVERIFY(m_rig->open());
        const auto pins = m_rig->store().pins().value();
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.first().kind, PinKind::Essentials);
        QCOMPARE(pins.first().name, QStringLiteral("Emergency Essentials"));
        // It cannot be unpinned.
        QVERIFY(!m_rig->store().unpin(pins.first().id));
        QCOMPARE(m_rig->store().pins().value().size(), 1);
    }

    void essentialsFillsFromStarredWithinTheBudget() {
        starredCatalog();
        OfflineSettings settings;
        settings.essentialsHours = 7.0 / 3600.0; // 7 s: two 3-second songs
        QVERIFY(m_rig->store().setSettings(settings));
        QVERIFY(m_rig->store().reconcile(now()));
        // Newest star first: songs 5 and 4.
        QCOMPARE(essentials(),
                 (TrackIds{m_rig->trackOf(m_songs.at(4)), m_rig->trackOf(m_songs.at(3))}));

        // A pick comes first and always counts, even past the budget.
        QVERIFY(m_rig->store().addPicks({m_rig->trackOf(m_songs.at(0))}, now()));
        QVERIFY(m_rig->store().reconcile(now()));
        QCOMPARE(essentials(),
                 (TrackIds{m_rig->trackOf(m_songs.at(0)), m_rig->trackOf(m_songs.at(4))}));

        // A budget in GB limits as well: none of the starred songs fit in 1 byte.
        settings.essentialsHours = 0;
        settings.essentialsGb = 1e-9;
        QVERIFY(m_rig->store().setSettings(settings));
        QVERIFY(m_rig->store().reconcile(now()));
        QCOMPARE(essentials(), (TrackIds{m_rig->trackOf(m_songs.at(0))}));

        // Downloads follow, and readiness says so.
        DownloadManager &manager = m_rig->makeManager();
        QSignalSpy ready(&manager, &DownloadManager::readinessChanged);
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        QTRY_VERIFY_WITH_TIMEOUT(manager.readiness().essentialsReady == 1, kWaitMs);
        const Readiness r = manager.readiness();
        QCOMPARE(r.essentialsTracks, 1);
        QCOMPARE(r.essentialsPending, 0);
        QVERIFY(readinessText(r).startsWith(QStringLiteral("Essentials ready: 1 min verified")));
    }

    // After starred and most played songs, Essentials takes what was heard most recently: counted
    // listens only, newest first, by track or by the server's song id.
    void essentialsFillsFromRecentListens() {
        for (int i = 0; i < 5; ++i)
            m_songs.append(
                m_rig->addSong(QStringLiteral("Song %1").arg(i + 1), QStringLiteral("Album"), 300));
        m_rig->content.catalog().setStarred(m_songs.at(2), QDateTime::currentDateTimeUtc());
        QVERIFY(m_rig->open());
        ListenStore history(*m_rig->db);
        const auto heard = [&](int song, int daysAgo, bool counted, bool byTrack) {
            Listen l;
            l.artist = QStringLiteral("Artist");
            l.title = QStringLiteral("Song %1").arg(song + 1);
            l.serverId = m_rig->server.id;
            l.songId = m_songs.at(song);
            l.trackId = byTrack ? m_rig->trackOf(m_songs.at(song)) : 0;
            l.startedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
            l.playedMs = counted ? 200'000 : 2'000;
            l.counted = counted;
            return history.record(l, {}).ok();
        };
        QVERIFY(heard(0, 30, true, true));
        QVERIFY(heard(4, 2, true, false));
        QVERIFY(heard(1, 1, false, true)); // skipped after two seconds: not a listen
        OfflineSettings settings;
        settings.essentialsHours = 10.0 / 3600.0; // three 3-second songs
        QVERIFY(m_rig->store().setSettings(settings));
        QVERIFY(m_rig->store().reconcile(now()));
        QCOMPARE(essentials(),
                 (TrackIds{m_rig->trackOf(m_songs.at(2)), m_rig->trackOf(m_songs.at(4)),
                           m_rig->trackOf(m_songs.at(0))}));
    }

    void unpinningReleasesTheFiles() {
        starredCatalog();
        OfflineSettings none;
        none.essentialsHours = 1e-9; // Essentials stays out of the way
        QVERIFY(m_rig->store().setSettings(none));
        const QString albumId = m_rig->content.catalog().song(m_songs.first())->albumId;
        auto pin = m_rig->store().pin(PinKind::Album, m_rig->server.id, albumId, now());
        QVERIFY(pin);
        QCOMPARE(pin.value().name, QStringLiteral("First"));
        DownloadManager &manager = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        QCOMPARE(manager.availableTracks().size(), 3);
        const QString path = manager.localPath(m_rig->trackOf(m_songs.first()));
        QVERIFY(QFile::exists(path));

        QVERIFY(m_rig->store().unpin(pin.value().id));
        QSignalSpy changed(&manager, &DownloadManager::availabilityChanged);
        manager.reconcile();
        QVERIFY(changed.wait(kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(path), kWaitMs);
        QVERIFY(manager.availableTracks().isEmpty());
        QCOMPARE(m_rig->queue().readiness().value().verifiedFiles, 0);
    }

    void unknownTargetsAreRefusedWithAReason() {
        QVERIFY(m_rig->open());
        auto missing = m_rig->store().findTarget(PinKind::Playlist, QStringLiteral("Nope"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("Nope")));
        QVERIFY(
            !m_rig->store().pin(PinKind::Album, m_rig->server.id, QStringLiteral("al-404"), now()));
    }

    void everyTrackViewKnowsWhatPlaysOffline() {
        starredCatalog();
        const QString albumId = m_rig->content.catalog().song(m_songs.first())->albumId;
        QVERIFY(m_rig->store().pin(PinKind::Album, m_rig->server.id, albumId, now()));
        OfflineSettings none;
        none.essentialsHours = 1e-9;
        QVERIFY(m_rig->store().setSettings(none));
        DownloadManager &manager = m_rig->makeManager();

        TrackTableModel tracks;
        OfflineAvailability availability;
        availability.attach(&manager);
        tracks.setOfflineAvailability(&availability);
        tracks.addTracks(TrackStore(*m_rig->db).allTracks().value());
        QCOMPARE(tracks.rowCount(), 5);
        TrackFilterModel visible;
        visible.setSourceModel(&tracks);
        visible.setOfflineOnly(true);
        QCOMPARE(visible.rowCount(), 0); // nothing plays without the server yet

        const int row = tracks.rowOfTrack(m_rig->trackOf(m_songs.first()));
        const QModelIndex cell = tracks.index(row, TrackTableModel::OfflineColumn);
        QCOMPARE(cell.data().toString(), QString());
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        // The album's three songs became playable offline; the view followed without a reset.
        QTRY_COMPARE_WITH_TIMEOUT(visible.rowCount(), 3, kWaitMs);
        QCOMPARE(cell.data().toString(), QStringLiteral("Downloaded"));
        QVERIFY(
            cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("without the server")));
        QVERIFY(tracks.index(row, 0).data(TrackTableModel::OfflineRole).toBool());
        const int other = tracks.rowOfTrack(m_rig->trackOf(m_songs.last()));
        QVERIFY(!tracks.index(other, 0).data(TrackTableModel::OfflineRole).toBool());
        visible.setOfflineOnly(false);
        QCOMPARE(visible.rowCount(), 5);
    }

    void theStreamCacheKeepsPlayedSongsAndNeverEvictsPinnedOnes() {
        starredCatalog();
        OfflineSettings settings;
        settings.essentialsHours = 1e-9;
        const qint64 size = m_rig->audioOf(m_songs.at(3)).size();
        settings.cacheGb = double(size) * 1.5 / 1e9; // one cached song fits
        QVERIFY(m_rig->store().setSettings(settings));
        const QString albumId = m_rig->content.catalog().song(m_songs.first())->albumId;
        QVERIFY(m_rig->store().pin(PinKind::Album, m_rig->server.id, albumId, now()));
        DownloadManager &manager = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        QCOMPARE(manager.availableTracks().size(), 3); // the pinned album

        // A song being streamed is kept …
        const qint64 fourth = m_rig->trackOf(m_songs.at(3));
        const qint64 fifth = m_rig->trackOf(m_songs.at(4));
        QVERIFY(m_rig->settle([&] { manager.cacheTrack(fourth); }));
        QTRY_VERIFY_WITH_TIMEOUT(manager.isAvailable(fourth), kWaitMs);
        const QString fourthPath = manager.localPath(fourth);
        // … until a newer one needs the room: least recently used goes, pinned ones never.
        QVERIFY(m_rig->settle([&] { manager.cacheTrack(fifth); }));
        QTRY_VERIFY_WITH_TIMEOUT(manager.isAvailable(fifth) && !manager.isAvailable(fourth),
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(fourthPath), kWaitMs);
        QCOMPARE(manager.availableTracks().size(), 4);
        for (int i = 0; i < 3; ++i)
            QVERIFY(manager.isAvailable(m_rig->trackOf(m_songs.at(i))));
    }

    void aMaintenanceWindowPutsMissingEssentialsFirst() {
        starredCatalog();
        const QString albumId = m_rig->content.catalog().song(m_songs.first())->albumId;
        QVERIFY(m_rig->store().pin(PinKind::Album, m_rig->server.id, albumId, now()));
        QVERIFY(m_rig->store().reconcile(now()));
        const auto firstUp = [this] {
            return m_rig->queue().nextJobs(1, {}).value().value(0).trackId;
        };
        // Essentials (the starred songs) already come before other pins …
        const TrackIds essential = essentials();
        QVERIFY(essential.contains(firstUp()));
        // … and a coming maintenance puts them above everything, the user's "next" included.
        QCOMPARE(m_rig->queue().setEssentialsUrgent(true).value(), essential.size());
        const auto jobs = m_rig->queue().nextJobs(10, {}).value();
        for (int i = 0; i < essential.size(); ++i)
            QCOMPARE(jobs.at(i).priority, kPriorityUrgent);
        QCOMPARE(m_rig->queue().setEssentialsUrgent(false).value(), essential.size());
        QCOMPARE(m_rig->queue().nextJobs(1, {}).value().value(0).priority, kPriorityEssentials);
    }

    void theResolverPlaysAVerifiedCopyBeforeStreaming() {
        starredCatalog();
        DownloadManager &manager = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        const TrackList all = TrackStore(*m_rig->db).allTracks().valueOr({});
        Track kept;
        for (const Track &t : all) {
            if (manager.isAvailable(t.id))
                kept = t;
        }
        QVERIFY(manager.isAvailable(kept.id));
        Track streamed;
        for (const Track &t : all) {
            if (!manager.isAvailable(t.id))
                streamed = t;
        }
        QVERIFY(streamed.id != 0);
        SourceResolver resolver;
        resolver.setRemoteResolver([](const Track &) -> Result<QUrl> {
            return QUrl(QStringLiteral("http://127.0.0.1:9/rest/stream.view"));
        });
        resolver.setOfflineResolver([&manager](const Track &t) { return manager.localPath(t.id); });
        const auto copy = resolver.resolve(kept);
        QVERIFY(copy);
        QVERIFY(copy.value().isLocalFile());
        QVERIFY(QFile::exists(copy.value().toLocalFile()));
        QVERIFY(resolver.lastWasOffline());
        const auto stream = resolver.resolve(streamed);
        QVERIFY(stream);
        QCOMPARE(stream.value().scheme(), QStringLiteral("http"));
        QVERIFY(!resolver.lastWasOffline());
    }

    void thePinsModelKeepsAndReleases() {
        starredCatalog();
        const QString playlist =
            m_rig->content.catalog().addPlaylist(QStringLiteral("Mix"), {m_songs.at(0)});
        QVERIFY(m_rig->sync());
        DownloadManager &manager = m_rig->makeManager();
        OfflinePinsModel pins(m_rig->runner(), &manager);
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        pins.reload();
        QTRY_COMPARE_WITH_TIMEOUT(pins.rowCount(), 1, kWaitMs);

        QSignalSpy changed(&pins, &OfflinePinsModel::pinsChanged);
        pins.setServerPlaylistKept(m_rig->server.id, playlist, true);
        QTRY_VERIFY_WITH_TIMEOUT(pins.isServerPlaylistKept(m_rig->server.id, playlist), kWaitMs);
        QCOMPARE(pins.rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(manager.isAvailable(m_rig->trackOf(m_songs.at(0))), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            pins.index(1).data().toString().contains(QStringLiteral("1 of 1 ready")), kWaitMs);

        Track first;
        first.id = m_rig->trackOf(m_songs.at(1));
        pins.setArtistKept(first, true);
        QTRY_VERIFY_WITH_TIMEOUT(pins.isArtistKept(first), kWaitMs);
        pins.setArtistKept(first, false);
        QTRY_VERIFY_WITH_TIMEOUT(!pins.isArtistKept(first), kWaitMs);

        pins.setPicked({first.id}, true);
        QTRY_VERIFY_WITH_TIMEOUT(pins.isPicked(first.id), kWaitMs);
        QVERIFY(pins.essentialsTracks().contains(first.id));
    }
};

QTEST_GUILESS_MAIN(TestOfflineStore)
#include "tst_offlinestore.moc"
