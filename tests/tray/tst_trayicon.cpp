// The tray icon as a person uses it, headless (offscreen has no tray; the menu and every decision
// exist without one): the menu names the song and offers only what the queue allows, its actions
// and clicks drive a real engine playing generated audio, clicks show and hide the window, a new
// song is announced once and only while the window is away, and the health option is obeyed.
#include "app/trayicon.h"
#include "core/model/healthmodel.h"
#include "core/model/playermodel.h"
#include "core/playback/playbackengine.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/skipunlessci.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace refrain;
using refrain::test::AudioFixtures;
using refrain::test::ToneSpec;

namespace {

constexpr int kPlayTimeoutMs = 15000;
// Generous: the notice waits kTrackNoticeDelayMs, and CI machines are loaded.
constexpr int kNoticeTimeoutMs = 15000;
constexpr qint64 kTrackMs = 20000;

} // namespace

class TestTrayIcon : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HealthModel> m_health;
    std::unique_ptr<PlaybackEngine> m_engine;
    std::unique_ptr<PlayerModel> m_player;
    std::unique_ptr<TrayIcon> m_tray;

    Track track(qint64 id, const QString &file, const QString &title, const QString &album) {
        Track t;
        t.id = id;
        t.source = QLatin1String(Track::kLocalSource);
        t.location = m_dir.filePath(file);
        t.fileName = file;
        t.title = title;
        t.artist = QStringLiteral("Ännie Artist");
        t.album = album;
        t.trackNumber = int(id);
        t.durationMs = kTrackMs;
        return t;
    }
    TrackList threeTracks() {
        return {track(1, QStringLiteral("one.ogg"), QStringLiteral("First Song"),
                      QStringLiteral("Album One")),
                track(2, QStringLiteral("two.ogg"), QStringLiteral("Second Song"),
                      QStringLiteral("Album Two")),
                track(3, QStringLiteral("three.ogg"), QStringLiteral("Third Song"),
                      QStringLiteral("Album Two"))};
    }
    QAction *action(const char *name) const {
        QAction *found = m_tray->menu()->findChild<QAction *>(QLatin1String(name));
        if (!found)
            qWarning("no action %s in the tray menu", name);
        return found;
    }
    bool playing(const QString &title) const {
        return m_engine->state() == PlaybackEngine::State::Playing && m_engine->currentTrack()
               && m_engine->currentTrack()->title == title;
    }
    HealthState state(HealthLevel level, const QString &headline) const {
        HealthState s;
        s.serverConfigured = true;
        s.serverId = QStringLiteral("home");
        s.serverName = QStringLiteral("Home server");
        s.serviceName = QStringLiteral("Home server");
        s.level = level;
        s.headline = headline;
        return s;
    }

private Q_SLOTS:
    void initTestCase() {
        QString whyNoSox;
        if (AudioFixtures::soxPath(&whyNoSox).isEmpty())
            REFRAIN_SKIP_UNLESS_CI(qPrintable(whyNoSox));
        for (const Track &t : threeTracks()) {
            ToneSpec spec;
            spec.relativePath = t.fileName;
            spec.title = t.title;
            spec.seconds = double(kTrackMs) / 1000.0;
            const QString error = AudioFixtures::makeTone(m_dir.path(), spec);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void init() {
        m_health = std::make_unique<HealthModel>();
        m_engine = std::make_unique<PlaybackEngine>();
        m_engine->setVolume(0.05f);
        m_player = std::make_unique<PlayerModel>(m_engine.get());
        m_tray = std::make_unique<TrayIcon>(m_health.get(), m_player.get());
    }

    void cleanup() {
        m_tray.reset();
        m_player.reset();
        m_engine.reset();
        m_health.reset();
    }

    void menuWhenNothingPlays() {
        // Headless CI has no tray: the menu is there all the same.
        QVERIFY(!m_tray->isAvailable());
        QStringList order;
        for (const QAction *a : m_tray->menu()->actions())
            order.append(a->isSeparator() ? QStringLiteral("-") : a->objectName());
        QCOMPARE(order, QStringList({QStringLiteral("nowPlaying"), QStringLiteral("playPause"),
                                     QStringLiteral("next"), QStringLiteral("previous"),
                                     QStringLiteral("-"), QStringLiteral("health"),
                                     QStringLiteral("showWindow"), QStringLiteral("quit")}));

        QCOMPARE(action("nowPlaying")->text(), QStringLiteral("Nothing playing"));
        QVERIFY(!action("nowPlaying")->isEnabled());
        QCOMPARE(action("playPause")->text(), QStringLiteral("Play"));
        QVERIFY(!action("playPause")->isEnabled()); // an empty queue has nothing to play
        QVERIFY(!action("next")->isEnabled());
        QVERIFY(!action("previous")->isEnabled());
        QCOMPARE(action("showWindow")->text(), QStringLiteral("Show Refrain"));
        QCOMPARE(action("quit")->text(), QStringLiteral("Quit Refrain"));
        QVERIFY(action("quit")->isEnabled());
        // No server, no headline: no health line either.
        QVERIFY(!action("health")->isVisible());

        // The health line: the headline with a badge for the level, for reading only.
        const QString headline = QStringLiteral("Can't reach Home server — playing from here");
        m_health->setState(state(HealthLevel::MajorOutage, headline));
        QVERIFY(action("health")->isVisible());
        QCOMPARE(action("health")->text(), headline);
        QVERIFY(!action("health")->isEnabled());
        QVERIFY(!action("health")->icon().isNull());
        const QImage outage = action("health")->icon().pixmap(16, 16).toImage();
        m_health->setState(state(HealthLevel::Operational, QStringLiteral("All good")));
        QVERIFY(action("health")->icon().pixmap(16, 16).toImage() != outage);
        QVERIFY(m_tray->toolTip().contains(QStringLiteral("All good")));
        QVERIFY(!m_tray->toolTip().contains(QStringLiteral("Nothing playing")));

        QSignalSpy quit(m_tray.get(), &TrayIcon::quitRequested);
        action("quit")->trigger();
        QCOMPARE(quit.count(), 1);
    }

    void menuFollowsAndDrivesPlayback() {
        m_player->playTracks(threeTracks(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(playing(QStringLiteral("First Song")), kPlayTimeoutMs);
        QCOMPARE(action("nowPlaying")->text(), QStringLiteral("First Song — Ännie Artist"));
        QVERIFY(!action("nowPlaying")->isEnabled());
        QCOMPARE(action("playPause")->text(), QStringLiteral("Pause"));
        QVERIFY(action("playPause")->isEnabled());
        QVERIFY(action("next")->isEnabled());
        QVERIFY(action("previous")->isEnabled());
        QVERIFY(m_tray->toolTip().startsWith(QStringLiteral("First Song — Ännie Artist\n")));

        action("playPause")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Paused, kPlayTimeoutMs);
        QCOMPARE(action("playPause")->text(), QStringLiteral("Play"));
        QVERIFY(action("playPause")->isEnabled());
        QVERIFY(m_tray->toolTip().startsWith(QStringLiteral("First Song — Ännie Artist (paused)")));
        action("playPause")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(playing(QStringLiteral("First Song")), kPlayTimeoutMs);
        QCOMPARE(action("playPause")->text(), QStringLiteral("Pause"));

        action("next")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(playing(QStringLiteral("Second Song")), kPlayTimeoutMs);
        QCOMPARE(action("nowPlaying")->text(), QStringLiteral("Second Song — Ännie Artist"));
        action("next")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(playing(QStringLiteral("Third Song")), kPlayTimeoutMs);
        // The end of the queue: nothing to go on to.
        QVERIFY(!action("next")->isEnabled());
        QVERIFY(action("previous")->isEnabled());
        // Just started, so Previous goes back a song rather than to the start of this one.
        action("previous")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(playing(QStringLiteral("Second Song")), kPlayTimeoutMs);
        QVERIFY(action("next")->isEnabled());

        // A middle click on the icon plays and pauses.
        m_tray->handleActivation(QSystemTrayIcon::MiddleClick);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Paused, kPlayTimeoutMs);
        m_tray->handleActivation(QSystemTrayIcon::MiddleClick);
        QTRY_VERIFY_WITH_TIMEOUT(playing(QStringLiteral("Second Song")), kPlayTimeoutMs);
    }

    void menuShowsTitlesAsTheyAre() {
        TrackList tracks = threeTracks();
        tracks[0].title = QStringLiteral("Rock & Roll");
        tracks[0].artist = QStringLiteral("Simon & Garfunkel");
        tracks[1].title = QString(300, QLatin1Char('x'));
        m_player->playTracks(tracks, 0);
        QTRY_VERIFY_WITH_TIMEOUT(playing(tracks[0].title), kPlayTimeoutMs);
        // '&' is doubled so the menu shows it instead of making a keyboard mnemonic of it.
        QCOMPARE(action("nowPlaying")->text(), QStringLiteral("Rock && Roll — Simon && Garfunkel"));
        QVERIFY(m_tray->toolTip().startsWith(QStringLiteral("Rock & Roll — Simon & Garfunkel")));

        m_player->next();
        QTRY_VERIFY_WITH_TIMEOUT(playing(tracks[1].title), kPlayTimeoutMs);
        // A very long title is cut short, visibly, so the menu stays a menu.
        const QString line = action("nowPlaying")->text();
        QVERIFY2(line.size() < 150 && line.endsWith(QChar(0x2026)), qPrintable(line));
    }

    void notificationBodiesReadLiterally() {
        // Song names and feed headlines are handed to the notification server as text: on
        // Linux it reads bodies as markup, so they are escaped there.
        const QString hostile = QStringLiteral("<b>Loud</b> & <a href=\"http://x\">y</a>");
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        QCOMPARE(TrayIcon::notificationBody(hostile),
                 QStringLiteral("&lt;b&gt;Loud&lt;/b&gt; &amp; &lt;a href=&quot;http://x&quot;&gt;"
                                "y&lt;/a&gt;"));
#else
        QCOMPARE(TrayIcon::notificationBody(hostile), hostile);
#endif
        QCOMPARE(TrayIcon::notificationBody(QStringLiteral("Artist — Album")),
                 QStringLiteral("Artist — Album"));
    }

    void clicksShowAndHideTheWindow() {
        // Without a window the click is only passed on.
        QSignalSpy activated(m_tray.get(), &TrayIcon::activated);
        m_tray->handleActivation(QSystemTrayIcon::Trigger);
        QCOMPARE(activated.count(), 1);

        QWidget window;
        m_tray->setWindow(&window);
        QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
        QCOMPARE(action("showWindow")->text(), QStringLiteral("Show Refrain"));
        m_tray->handleActivation(QSystemTrayIcon::Trigger);
        QVERIFY(window.isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(activated.count(), 2);
        QCOMPARE(action("showWindow")->text(), QStringLiteral("Hide Refrain"));

        m_tray->handleActivation(QSystemTrayIcon::Trigger);
        QVERIFY(!window.isVisible());
        QCOMPARE(action("showWindow")->text(), QStringLiteral("Show Refrain"));
        QCOMPARE(activated.count(), 2);
        // Hidden is not closed: the app goes on.
        QCOMPARE(lastClosed.count(), 0);

        action("showWindow")->trigger();
        QVERIFY(window.isVisible());
        action("showWindow")->trigger();
        QVERIFY(!window.isVisible());

        // Minimized counts as away: a click brings it back, as it was.
        window.showMinimized();
        QCOMPARE(action("showWindow")->text(), QStringLiteral("Show Refrain"));
        m_tray->handleActivation(QSystemTrayIcon::Trigger);
        QVERIFY(window.isVisible());
        QVERIFY(!window.isMinimized());
        QCOMPARE(action("showWindow")->text(), QStringLiteral("Hide Refrain"));
        // The second click of a double click does not hide it again.
        m_tray->handleActivation(QSystemTrayIcon::DoubleClick);
        QVERIFY(window.isVisible());
        m_tray->setWindow(nullptr);
    }

    void announcesEachNewSongWhileTheWindowIsAway() {
        QWidget window;
        m_tray->setWindow(&window);
        QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
        QVERIFY(!m_tray->notifiesTrackChanges()); // off unless asked for

        m_player->playTracks(threeTracks(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(playing(QStringLiteral("First Song")), kPlayTimeoutMs);
        QVERIFY(!m_tray->trackNoticePending());

        m_tray->setNotifyTrackChanges(true);
        // Pause and resume: the same song goes on, nothing to announce.
        m_player->togglePlayPause();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Paused, kPlayTimeoutMs);
        m_player->togglePlayPause();
        QTRY_VERIFY_WITH_TIMEOUT(playing(QStringLiteral("First Song")), kPlayTimeoutMs);
        QVERIFY(!m_tray->trackNoticePending());

        m_player->next();
        QVERIFY(notified.wait(kNoticeTimeoutMs));
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Second Song"));
        QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("Ännie Artist — Album Two"));

        // The same song from the top again is not a new song.
        m_engine->playQueueRow(1);
        QVERIFY(!m_tray->trackNoticePending());
        QTRY_VERIFY_WITH_TIMEOUT(playing(QStringLiteral("Second Song")), kPlayTimeoutMs);
        QVERIFY(!m_tray->trackNoticePending());

        // Someone looking at the window sees the song change: no notification.
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        m_player->next();
        QTRY_VERIFY_WITH_TIMEOUT(playing(QStringLiteral("Third Song")), kPlayTimeoutMs);
        QVERIFY(!m_tray->trackNoticePending());

        // Away again (closed to the tray): the next new song is announced, and only it.
        window.hide();
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeWindow(), kPlayTimeoutMs);
        m_player->previous();
        QVERIFY(notified.wait(kNoticeTimeoutMs));
        QCOMPARE(notified.count(), 2);
        QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("Second Song"));

        // Turned off: quiet again.
        m_tray->setNotifyTrackChanges(false);
        m_player->next();
        QTRY_VERIFY_WITH_TIMEOUT(playing(QStringLiteral("Third Song")), kPlayTimeoutMs);
        QVERIFY(!m_tray->trackNoticePending());
        QCOMPARE(notified.count(), 2);
        m_tray->setWindow(nullptr);
    }

    void healthNotificationsCanBeTurnedOff() {
        QVERIFY(m_tray->notifiesHealth()); // on unless turned off
        QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
        const HealthState start;
        const HealthState slow =
            state(HealthLevel::Degraded, QStringLiteral("Home server is slow"));
        const HealthState down =
            state(HealthLevel::MajorOutage, QStringLiteral("Can't reach Home server"));
        m_tray->notifyTransition(start, slow); // how things stand at start: not news
        QCOMPARE(notified.count(), 0);

        m_tray->setNotifyHealth(false);
        QVERIFY(!m_tray->wouldNotify(slow, down, m_health->now()));
        m_tray->notifyTransition(slow, down);
        QCOMPARE(notified.count(), 0);

        m_tray->setNotifyHealth(true);
        m_tray->notifyTransition(down, slow);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Home server: Degraded"));
        // The outage that went by unannounced is not held against the next one.
        m_tray->notifyTransition(slow, down);
        QCOMPARE(notified.count(), 2);
        QCOMPARE(notified.at(1).at(1).toString(), down.headline);
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
