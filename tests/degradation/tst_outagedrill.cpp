// The outage drill (issue #7): the whole app, a queue of five server songs of which two are
// downloaded, and a server that goes black-hole during the first. The music goes on through the
// downloaded songs with short gaps, the banner says the server cannot be reached, search still
// answers from the mirror; the server comes back, the banner says so and the rest plays.
#include "app/compositionroot.h"
#include "core/library/database.h"
#include "core/library/library.h"
#include "core/library/statement.h"
#include "core/model/tracktablemodel.h"
#include "core/offline/offlinestore.h"
#include "core/playback/playbackengine.h"
#include "core/service/catalogsync.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/secretstore.h"
#include "core/service/serverstore.h"
#include "core/service/subsonicclient.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"
#include "ui/healthbanner.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;
using namespace refrain::test;

namespace {

constexpr int kWaitMs = 60'000;
const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("sesame");

QByteArray tone(const QString &dir, double seconds, int frequency) {
    ToneSpec spec;
    spec.relativePath = QStringLiteral("tones/%1.mp3").arg(frequency);
    spec.seconds = seconds;
    spec.frequencyHz = frequency;
    if (!AudioFixtures::makeTone(dir, spec).isEmpty())
        return {};
    QFile f(QDir(dir).filePath(spec.relativePath));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestOutageDrill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void musicGoesOnThroughABlackHoleAndTheRestPlaysWhenItEnds() {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const Profile profile = Profile::resolve(work.filePath(QStringLiteral("profile")));
        QVERIFY(QDir().mkpath(profile.directory));

        // Five songs: 1, 3 and 5 stream; 2 and 4 are downloaded before the outage. The
        // downloaded ones are long enough for the health checks to see the outage meanwhile.
        SubsonicContent content;
        content.setUser(kUser, kPassword);
        const QList<std::pair<QString, double>> songs = {
            {QStringLiteral("One (streams)"), 3.0},
            {QStringLiteral("Two (downloaded)"), 12.0},
            {QStringLiteral("Three (streams)"), 3.0},
            {QStringLiteral("Four (downloaded)"), 12.0},
            {QStringLiteral("Five (streams)"), 3.0}};
        QStringList songIds;
        for (int i = 0; i < songs.size(); ++i) {
            SongSpec spec;
            spec.title = songs.at(i).first;
            spec.album = QStringLiteral("Drill");
            spec.artist = QStringLiteral("The Testers");
            spec.track = i + 1;
            spec.durationSeconds = int(songs.at(i).second);
            spec.audio = tone(work.path(), songs.at(i).second, 300 + 60 * i);
            QVERIFY(!spec.audio.isEmpty());
            spec.suffix = QStringLiteral("mp3");
            spec.contentType = "audio/mpeg";
            songIds << content.catalog().addSong(spec);
        }
        FaultServer http;
        http.setHandler(content.handler());

        // The profile as a person would have it: the server added, its catalog mirrored, songs 2
        // and 4 picked for Emergency Essentials (and nothing else filling it).
        QList<qint64> trackIds;
        {
            auto opened = Database::open(profile.databasePath());
            QVERIFY(opened.ok());
            Database db = std::move(opened.value());
            ServerConfig config;
            config.name = QStringLiteral("Home");
            config.urls = {http.baseUrl()};
            config.user = kUser;
            auto added = ServerStore(db).add(config);
            QVERIFY(added.ok());
            QVERIFY(SecretStore(profile.secretsPath(), false)
                        .writeFile(added.value().id, kPassword)
                        .ok());
            SystemClock clock;
            RequestLayer layer(&clock);
            SubsonicClient client(&layer, added.value(), kPassword);
            CatalogSync sync(&client,
                             [&db](const std::function<void(Database &)> &job) { job(db); });
            QSignalSpy synced(&sync, &CatalogSync::finished);
            sync.start();
            QVERIFY(synced.wait(kWaitMs));
            for (const QString &id : std::as_const(songIds)) {
                auto s =
                    Statement::prepare(db, "SELECT track_id FROM remote_songs WHERE song_id = ?1");
                QVERIFY(s.ok());
                s.value().bind(1, id);
                QCOMPARE(s.value().step(), Statement::Step::Row);
                trackIds << s.value().int64(0);
            }
            OfflineStore store(db);
            QVERIFY(
                store
                    .addPicks({trackIds.at(1), trackIds.at(3)}, QDateTime::currentMSecsSinceEpoch())
                    .ok());
            // No stream cache and no caching ahead: songs 3 and 5 really need the server (with
            // them, Refrain would have fetched song 3 during song 1 and played it too).
            OfflineSettings settings = store.settings().valueOr({});
            settings.cacheGb = 0;
            settings.prefetch = 0;
            QVERIFY(store.setSettings(settings).ok());
        }

        CompositionRoot::Options options;
        options.profile = profile;
        HealthMonitor::Settings health;
        health.healthyProbeMs = 1'000; // a drill need not wait half a minute for the next check
        health.confirmProbeMs = 300;
        health.failingProbeBaseMs = 500;
        health.failingProbeCapMs = 1'000;
        options.health = health;
        CompositionRoot app(options);
        app.start();
        MainWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        PlaybackEngine *engine = app.engine();

        // Both picks are downloaded and verified before the outage.
        QTRY_VERIFY_WITH_TIMEOUT(app.offlineCopy(trackIds.at(1)) && app.offlineCopy(trackIds.at(3)),
                                 kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(window->healthBanner()->levelText(),
                                  QStringLiteral("Operational"), kWaitMs);

        // The queue: the five songs from the library, as a person would double-click them.
        TrackList queue;
        TrackTableModel *tracks = app.tracks();
        for (qint64 id : std::as_const(trackIds)) {
            const int row = tracks->rowOfTrack(id);
            QVERIFY(row >= 0);
            queue << tracks->trackAt(row);
        }

        // When each song really started (position moving) and when the last position was seen.
        QElapsedTimer clock;
        clock.start();
        QHash<qint64, qint64> startedAt;
        qint64 current = 0;
        qint64 lastProgressAt = -1;
        qint64 longestGap = 0;
        QStringList notices;
        // For the failure message: each song made current, with the positions it reported.
        QStringList seen;
        QObject receiver; // goes before the variables above: no signal reaches them after
        connect(engine, &PlaybackEngine::currentTrackChanged, &receiver, [&](const Track &track) {
            current = track.id;
            seen << QStringLiteral("%1 @%2 ms:").arg(track.title).arg(clock.elapsed());
        });
        connect(engine, &PlaybackEngine::positionChanged, &receiver, [&](qint64 position) {
            if (!seen.isEmpty() && seen.last().size() < 200)
                seen.last() += QLatin1Char(' ') + QString::number(position);
            if (position <= 0 || current == 0)
                return;
            // Any silence counts: between songs and within one.
            const qint64 now = clock.elapsed();
            if (!startedAt.contains(current))
                startedAt.insert(current, now);
            if (lastProgressAt >= 0)
                longestGap = qMax(longestGap, now - lastProgressAt);
            lastProgressAt = now;
        });
        connect(engine, &PlaybackEngine::notice, &receiver,
                [&](const QString &text) { notices << text; });
        QSignalSpy finished(engine, &PlaybackEngine::queueFinished);
        QSignalSpy stuck(engine, &PlaybackEngine::nothingPlayable);

        engine->playTracks(queue, 0);
        QTRY_VERIFY_WITH_TIMEOUT(startedAt.contains(trackIds.at(0)), kWaitMs);

        // The server goes black-hole during song 1.
        http.setMode(FaultMode::blackHole());

        // Song 2 plays from its copy; the banner says the server cannot be reached.
        const auto story = [&] {
            return QStringLiteral("state %1, current %2, notices: %3; songs and positions: %4")
                .arg(int(engine->state()))
                .arg(engine->currentTrack() ? engine->currentTrack()->title : QString())
                .arg(notices.join(QStringLiteral(" | ")), seen.join(QStringLiteral(" | ")));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(startedAt.contains(trackIds.at(1)), qPrintable(story()), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->healthBanner()->headlineText().startsWith(QStringLiteral("Can't reach Home")),
            kWaitMs);
        // Search answers from the mirror while the server is away.
        LibraryView *library = window->libraryView();
        library->searchBox()->setText(QStringLiteral("Three"));
        QTRY_COMPARE_WITH_TIMEOUT(library->table()->model()->rowCount(), 1, kWaitMs);
        const QModelIndex three = library->table()->model()->index(0, TrackTableModel::TitleColumn);
        QCOMPARE(three.data().toString(), QStringLiteral("Three (streams)"));
        // It cannot play now: greyed, and its tooltip says why; the view says what it shows.
        QTRY_VERIFY_WITH_TIMEOUT(!(three.flags() & Qt::ItemIsEnabled), kWaitMs);
        QVERIFY2(three.data(Qt::ToolTipRole).toString().contains(QStringLiteral("does not answer")),
                 qPrintable(three.data(Qt::ToolTipRole).toString()));
        QVERIFY2(library->mirrorNoteText().contains(QStringLiteral("copy saved")),
                 qPrintable(library->mirrorNoteText()));
        // A double-click on it says why instead of doing nothing; what plays keeps playing.
        const QRect cell = library->table()->visualRect(three);
        QTest::mouseDClick(library->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(
            window->statusBar()->currentMessage().contains(QStringLiteral("can't play now")));
        QCOMPARE(engine->currentTrack()->id, trackIds.at(1));
        library->searchBox()->setText(QStringLiteral("Four"));
        QTRY_COMPARE_WITH_TIMEOUT(
            library->table()->model()->index(0, TrackTableModel::TitleColumn).data().toString(),
            QStringLiteral("Four (downloaded)"), kWaitMs);
        QVERIFY(library->table()->model()->index(0, 0).flags() & Qt::ItemIsEnabled); // its copy

        // Song 3 cannot stream: skipped with the reason; song 4 plays from its copy.
        QTRY_VERIFY2_WITH_TIMEOUT(startedAt.contains(trackIds.at(3)), qPrintable(story()), kWaitMs);
        QVERIFY(!startedAt.contains(trackIds.at(2)));
        QVERIFY2(std::any_of(notices.cbegin(), notices.cend(),
                             [](const QString &n) { return n.contains(QStringLiteral("Three")); }),
                 qPrintable(notices.join(QStringLiteral(" | "))));
        // The player was never left stopped meanwhile.
        QCOMPARE(engine->state(), PlaybackEngine::State::Playing);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(stuck.count(), 0);

        // The server comes back during song 4: the banner says so and song 5 plays.
        http.setMode(FaultMode::normal());
        QTRY_COMPARE_WITH_TIMEOUT(window->healthBanner()->levelText(),
                                  QStringLiteral("Operational"), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(startedAt.contains(trackIds.at(4)), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(library->mirrorNoteText().isEmpty(), kWaitMs);

        // Through all of it, the music never paused for more than 3 s between songs.
        qInfo("longest silence: %lld ms", longestGap);
        QVERIFY2(longestGap <= 3'000, qPrintable(QStringLiteral("a gap of %1 ms").arg(longestGap)));
    }
};

QTEST_MAIN(TestOutageDrill)
#include "tst_outagedrill.moc"
