// Offline downloads end to end against the loopback test Subsonic server: pinned songs arrive,
// verified, under safe names; an interrupted download resumes from its byte offset; a server
// that ignores Range is started clean; a damaged file is caught by its checksum or by the scrub;
// the quota holds; a changed playlist downloads what is new and releases what left it.
#include "tests/offline/offlinetesthelpers.h"

#include <QDirIterator>
#include <QRegularExpression>

using namespace refrain;
using namespace refrain::test;

class TestDownloads : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<OfflineRig> m_rig;
    QStringList m_songs;

    // A server with `count` songs of 3 s each in one playlist; the playlist is pinned.
    qint64 pinPlaylist(int count, const QString &suffix = QStringLiteral("mp3")) {
        for (int i = 0; i < count; ++i)
            m_songs.append(m_rig->addSong(QStringLiteral("Song %1").arg(i + 1),
                                          QStringLiteral("Album"), 300 + 40 * i, 3.0, suffix));
        const QString playlist =
            m_rig->content.catalog().addPlaylist(QStringLiteral("Road trip"), m_songs);
        if (!m_rig->open())
            return 0;
        auto pin = m_rig->store().pin(PinKind::ServerPlaylist, m_rig->server.id, playlist,
                                      QDateTime::currentMSecsSinceEpoch());
        return pin ? pin.value().id : 0;
    }

    QList<DownloadRow> rows() { return m_rig->queue().rows().valueOr({}); }

    int countState(DownloadRow::State state) {
        int n = 0;
        for (const DownloadRow &r : rows())
            n += r.state == state ? 1 : 0;
        return n;
    }

    // Every verified file is the server's bytes, exactly.
    void verifyAllMatchTheServer() {
        const auto paths = m_rig->queue().verifiedPaths().valueOr({});
        QVERIFY(!paths.isEmpty());
        for (const QString &songId : std::as_const(m_songs)) {
            const qint64 track = m_rig->trackOf(songId);
            if (!paths.contains(track))
                continue;
            QCOMPARE(sha256Hex(fileBytes(m_rig->absolute(paths.value(track)))),
                     sha256Hex(m_rig->audioOf(songId)));
            QVERIFY(m_rig->manager->isAvailable(track));
        }
    }

private Q_SLOTS:
    void init() {
        m_rig = std::make_unique<OfflineRig>();
        m_songs.clear();
    }

    void cleanup() { m_rig.reset(); }

    void pinnedPlaylistArrivesVerifiedWithAnM3u() {
        const qint64 pin = pinPlaylist(4);
        QVERIFY(pin > 0);
        DownloadManager &manager = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        QCOMPARE(countState(DownloadRow::State::Verified), 4);
        verifyAllMatchTheServer();
        // No more than the parallel limit ever went to the server at once.
        QVERIFY(m_rig->http.maxConcurrent() <= manager.settings().parallel);
        const Readiness ready = m_rig->queue().readiness().value();
        QCOMPARE(ready.pending, 0);
        QCOMPARE(ready.verifiedFiles, 4);

        // Another player can use the copy: an M3U8 beside the files, with relative paths.
        const QString m3u = m_rig->absolute(QStringLiteral("Road trip.m3u8"));
        const auto entriesOf = [&] {
            return QString::fromUtf8(fileBytes(m3u))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                .filter(QRegularExpression(QStringLiteral("^[^#]")));
        };
        QTRY_COMPARE_WITH_TIMEOUT(entriesOf().size(), 4, kWaitMs);
        const QStringList entries = entriesOf();
        for (const QString &entry : entries) {
            QVERIFY2(!QDir::isAbsolutePath(entry), qPrintable(entry));
            QVERIFY2(QFile::exists(m_rig->absolute(entry.trimmed())), qPrintable(entry));
        }
    }

    void cutDownloadsResumeFromTheirByteOffset() {
        QVERIFY(pinPlaylist(1) > 0);
        const qint64 size = m_rig->audioOf(m_songs.first()).size();
        QVERIFY(size > 30'000);
        // Every answer stops after 12 000 bytes: only Range requests can ever finish the file.
        m_rig->http.setMode(FaultMode::cutAfter(12'000));
        DownloadManager &manager = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        QCOMPARE(countState(DownloadRow::State::Verified), 1);
        verifyAllMatchTheServer();
        const QList<qint64> offsets = m_rig->downloadOffsets();
        QString seen;
        for (qint64 o : offsets)
            seen += QString::number(o) + QLatin1Char(' ');
        QVERIFY2(offsets.size() >= 3, qPrintable(seen));
        QCOMPARE(offsets.first(), -1);
        // Each request asked for what was missing: never from the start again, never a gap.
        // (The network stack may send a cut request once more by itself: the same offset.)
        for (int i = 1; i < offsets.size(); ++i) {
            QVERIFY2(offsets.at(i) % 12'000 == 0, qPrintable(seen));
            QVERIFY2(offsets.at(i) >= offsets.at(i - 1) && offsets.at(i) > 0, qPrintable(seen));
        }
        QVERIFY2(offsets.last() == (size - 1) / 12'000 * 12'000, qPrintable(seen));
    }

    void aServerIgnoringRangeIsStartedClean() {
        QVERIFY(pinPlaylist(1) > 0);
        m_rig->content.options().ignoreRange = true;
        // Left by an earlier run: 5 000 bytes that are NOT the song's beginning.
        auto pending = m_rig->store().reconcile(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(pending);
        const auto jobs = m_rig->queue().nextJobs(1, {}).value();
        QCOMPARE(jobs.size(), 1);
        const QString part = m_rig->absolute(jobs.first().path) + QStringLiteral(".part");
        QVERIFY(QDir().mkpath(QFileInfo(part).absolutePath()));
        QFile stale(part);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray(5'000, 'x'));
        stale.close();

        DownloadManager &manager = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        QCOMPARE(m_rig->downloadOffsets().value(0), qint64(5'000)); // it did ask to resume
        QCOMPARE(countState(DownloadRow::State::Verified), 1);
        verifyAllMatchTheServer();
        QVERIFY(!QFile::exists(part));
    }

    void theServersChecksumCatchesABadResume() {
        QVERIFY(pinPlaylist(1) > 0);
        m_rig->content.options().sendDigest = true;
        auto pending = m_rig->store().reconcile(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(pending);
        const auto job = m_rig->queue().nextJobs(1, {}).value().value(0);
        const QString part = m_rig->absolute(job.path) + QStringLiteral(".part");
        QVERIFY(QDir().mkpath(QFileInfo(part).absolutePath()));
        // Right length, wrong bytes: only the checksum can tell (sizes and tags would pass
        // if the damage were in the audio).
        QByteArray wrong = m_rig->audioOf(m_songs.first()).left(20'000);
        wrong[15'000] = char(wrong.at(15'000) ^ 0x5a);
        QFile stale(part);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(wrong);
        stale.close();

        DownloadManager &manager = m_rig->makeManager();
        QSignalSpy finished(&manager, &DownloadManager::fileFinished);
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        QVERIFY(!finished.isEmpty());
        QCOMPARE(finished.first().at(2).toBool(), false); // the resumed file was refused …
        QVERIFY2(finished.first().at(3).toString().contains(QStringLiteral("SHA-256"),
                                                            Qt::CaseInsensitive),
                 qPrintable(finished.first().at(3).toString()));
        QCOMPARE(countState(DownloadRow::State::Verified), 1); // … and fetched again, whole
        verifyAllMatchTheServer();
    }

    void theScrubCatchesAFlippedByte() {
        QVERIFY(pinPlaylist(2) > 0);
        DownloadManager &manager = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        QCOMPARE(countState(DownloadRow::State::Verified), 2);
        const qint64 track = m_rig->trackOf(m_songs.first());
        const QString path = manager.localPath(track);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        const char byte = file.peek(1).at(0);
        file.write(QByteArray(1, char(byte ^ 0x01)));
        file.close();

        QSignalSpy scrubbed(&manager, &DownloadManager::scrubFinished);
        QSignalSpy damaged(&manager, &DownloadManager::fileDamaged);
        manager.scrub(100, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(scrubbed.wait(kWaitMs));
        QCOMPARE(scrubbed.first().at(0).toInt(), 2);
        QCOMPARE(scrubbed.first().at(1).toInt(), 1);
        QCOMPARE(damaged.first().at(1).toLongLong(), track);
        // Queued again and fetched whole: the copy is the server's again.
        QTRY_COMPARE_WITH_TIMEOUT(countState(DownloadRow::State::Verified), 2, kWaitMs);
        verifyAllMatchTheServer();
    }

    void hostileNamesStayInsideTheDownloadFolder() {
        SongSpec spec;
        spec.artist = QStringLiteral("../../..");
        spec.album = QStringLiteral("/etc");
        spec.title = QStringLiteral("..\\..\\CON");
        spec.suffix = QStringLiteral("mp3/../../x");
        spec.path = QStringLiteral("../../../../tmp/evil.mp3");
        spec.durationSeconds = 3;
        spec.audio = toneBytes(m_rig->dir.path(), 3.0, 500);
        m_songs.append(m_rig->content.catalog().addSong(spec));
        spec.artist = QStringLiteral("NUL");
        spec.album = QStringLiteral("a\u202Eb\u0001c");
        spec.title = QString(300, QChar(0x00e9));
        spec.suffix = QStringLiteral("mp3");
        spec.path = QStringLiteral("C:\\Windows\\system32\\evil.mp3");
        m_songs.append(m_rig->content.catalog().addSong(spec));
        const QString playlist =
            m_rig->content.catalog().addPlaylist(QStringLiteral("../../escape"), m_songs);
        QVERIFY(m_rig->open());
        QVERIFY(m_rig->store().pin(PinKind::ServerPlaylist, m_rig->server.id, playlist,
                                   QDateTime::currentMSecsSinceEpoch()));
        DownloadManager &manager = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        for (const DownloadRow &row : rows())
            QVERIFY2(row.state == DownloadRow::State::Verified, qPrintable(row.error));
        verifyAllMatchTheServer();

        // Everything that was written is inside the download folder (or is the database).
        const QString root = QDir(m_rig->offlineRoot).canonicalPath() + QLatin1Char('/');
        QDirIterator it(m_rig->dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = QFileInfo(it.next()).canonicalFilePath();
            if (file.contains(QStringLiteral("/tones/")) || file.contains(QStringLiteral(".db")))
                continue;
            QVERIFY2(file.startsWith(root), qPrintable(file));
        }
        const auto verified = m_rig->queue().verifiedPaths().valueOr({});
        for (const QString &relative : verified) {
            for (const QString &part : relative.split(QLatin1Char('/')))
                QVERIFY2(part != u".." && part != u"." && !part.isEmpty(), qPrintable(relative));
            QVERIFY2(relative.toUtf8().size() <= 255, qPrintable(relative));
        }
    }

    void aChangedPlaylistDownloadsWhatIsNewAndReleasesWhatLeft() {
        QVERIFY(pinPlaylist(2) > 0);
        DownloadManager &manager = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        const qint64 first = m_rig->trackOf(m_songs.at(0));
        const QString firstPath = manager.localPath(first);
        QVERIFY(QFile::exists(firstPath));

        // On the server, someone replaces the first song with a new one.
        const QString added = m_rig->addSong(QStringLiteral("New"), QStringLiteral("Album"), 900);
        auto *list =
            m_rig->content.catalog().playlist(m_rig->content.catalog().playlists().first()->id);
        list->songIds = {m_songs.at(1), added};
        list->changed = QDateTime::currentDateTimeUtc().addSecs(60);
        m_songs.append(added);
        QVERIFY(m_rig->sync());

        QSignalSpy availability(&manager, &DownloadManager::availabilityChanged);
        QVERIFY(m_rig->settle([&] { manager.reconcile(); }));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(firstPath), kWaitMs);
        QVERIFY(!manager.isAvailable(first));
        QVERIFY(manager.isAvailable(m_rig->trackOf(added)));
        QCOMPARE(countState(DownloadRow::State::Verified), 2);
        verifyAllMatchTheServer();
    }

    void theQuotaHoldsAndNothingPartialCounts() {
        QVERIFY(pinPlaylist(3) > 0);
        const qint64 size = m_rig->audioOf(m_songs.first()).size();
        DownloadManager &manager = m_rig->makeManager();
        OfflineSettings settings;
        settings.quotaGb = double(size) * 1.5 / 1e9; // one file fits, two do not
        QVERIFY(m_rig->store().setSettings(settings));
        QSignalSpy notices(&manager, &DownloadManager::notice);
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        QCOMPARE(countState(DownloadRow::State::Verified), 1);
        QCOMPARE(countState(DownloadRow::State::Queued), 2);
        QVERIFY(!notices.isEmpty());
        QVERIFY2(notices.last().first().toString().contains(QStringLiteral("limit")),
                 qPrintable(notices.last().first().toString()));
        QVERIFY2(manager.holdReason().contains(QStringLiteral("2 song")),
                 qPrintable(manager.holdReason()));
        // No bytes of the held ones were fetched.
        QCOMPARE(m_rig->downloadOffsets().size(), 1);

        // A bigger quota lets the rest through.
        settings.quotaGb = 0;
        QVERIFY(m_rig->settle([&] { manager.setSettings(settings); }));
        QCOMPARE(countState(DownloadRow::State::Verified), 3);
        verifyAllMatchTheServer();
    }

    void heldDownloadsGoAtOnceWhenTheServerIsBack() {
        QVERIFY(pinPlaylist(2) > 0);
        // The server is down for maintenance and asks to be left alone for ten minutes.
        m_rig->http.setMode(FaultMode::retryAfter(503, 600).onlyFor("/rest/download.view"));
        DownloadManager &manager = m_rig->makeManager();
        manager.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            manager.holdReason().contains(QStringLiteral("wait for the server")), kWaitMs);
        QCOMPARE(countState(DownloadRow::State::Verified), 0);
        // It is back: told so (as the capabilities do), the downloads go now, not in ten minutes.
        m_rig->http.setMode(FaultMode::normal());
        manager.retryHeldNow();
        QTRY_COMPARE_WITH_TIMEOUT(countState(DownloadRow::State::Verified), 2, kWaitMs);
        QVERIFY(manager.holdReason().isEmpty());
        verifyAllMatchTheServer();
    }

    void aSongTheServerNoLongerHasFailsWithItsReason() {
        QVERIFY(pinPlaylist(1) > 0);
        m_rig->content.failEndpoint(QStringLiteral("download"), 70,
                                    QStringLiteral("Song not found"));
        DownloadManager &manager = m_rig->makeManager();
        QSignalSpy finished(&manager, &DownloadManager::fileFinished);
        QVERIFY(m_rig->settle([&] { manager.start(); }));
        QCOMPARE(countState(DownloadRow::State::Failed), 1);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(!finished.first().at(3).toString().isEmpty(), "a reason is given");
        QVERIFY(!manager.isAvailable(m_rig->trackOf(m_songs.first())));
        QVERIFY(m_rig->queue().verifiedPaths().value().isEmpty());
    }

    void aNewManagerResumesWhatTheLastOneLeft() {
        QVERIFY(pinPlaylist(1) > 0);
        const qint64 size = m_rig->audioOf(m_songs.first()).size();
        // Slow enough to stop it half way.
        m_rig->http.setMode(FaultMode::trickle(2'000, 20, false));
        {
            QVERIFY(m_rig->store().reconcile(QDateTime::currentMSecsSinceEpoch()));
            DownloadManager &manager = m_rig->makeManager();
            manager.start();
            const auto job = m_rig->queue().nextJobs(1, {});
            QVERIFY(job && !job.value().isEmpty());
            const QString part =
                m_rig->absolute(job.value().first().path) + QStringLiteral(".part");
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > size / 4, kWaitMs);
            m_rig->manager.reset(); // quits: the .part stays
            QVERIFY(QFileInfo(part).size() > 0);
        }
        m_rig->http.setMode(FaultMode::normal());
        m_rig->http.resetCounters();
        DownloadManager &again = m_rig->makeManager();
        QVERIFY(m_rig->settle([&] { again.start(); }));
        QCOMPARE(countState(DownloadRow::State::Verified), 1);
        verifyAllMatchTheServer();
        QVERIFY(m_rig->downloadOffsets().value(0) > 0);
    }
};

QTEST_GUILESS_MAIN(TestDownloads)
#include "tst_downloads.moc"
