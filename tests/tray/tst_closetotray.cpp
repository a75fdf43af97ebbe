// Close-to-tray on a real window in the application's own event loop, headless: offscreen has no
// system tray, so whether one is there is injected. Off, or with no tray, closing the window quits
// the app; on, the window only hides while a generated song keeps playing and the person is told
// once where Refrain went — and File ▸ Quit and the tray's Quit still quit.
#include "app/closetotray.h"
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
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

using namespace refrain;
using refrain::test::AudioFixtures;
using refrain::test::ToneSpec;

namespace {

constexpr int kPlayTimeoutMs = 15000;
constexpr qint64 kTrackMs = 20000;
// Only reached if the app neither quits nor goes on: a hang, reported instead of waited out.
constexpr int kLoopGuardMs = 60000;

// A window that will not close, as an editor with unsaved changes might refuse to.
class SwallowClose : public QObject {
public:
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() != QEvent::Close)
            return false;
        event->ignore();
        return true;
    }
};

struct LoopRun {
    bool quit = false;  // the application's event loop ended: Refrain would have quit
    int lastClosed = 0; // lastWindowClosed, Qt's signal that the last window went
    bool stuck = false;
};

// Runs `step` inside QCoreApplication::exec — the loop the app runs in, and the only one in which
// Qt announces lastWindowClosed and quits on it or on QCoreApplication::quit. The loop ends when
// the app quits, or soon after `step` when it does not. Qt delivers the events posted while it
// delivers a batch in the next batch, so the "still running" exit, two batches after `step`,
// comes after any Quit that `step` caused has ended the loop.
LoopRun runInAppLoop(const std::function<void()> &step) {
    enum { kQuit = 0, kStillRunning = 1, kStuck = 2 };
    LoopRun run;
    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    // Owns what is still queued when the loop ends, so none of it ends a later wait.
    auto context = std::make_unique<QObject>();
    QObject *ctx = context.get();
    const auto later = [ctx](std::function<void()> f) {
        QMetaObject::invokeMethod(ctx, std::move(f), Qt::QueuedConnection);
    };
    later([&later, &step] {
        step();
        later([&later] { later([] { QCoreApplication::exit(kStillRunning); }); });
    });
    QTimer::singleShot(kLoopGuardMs, ctx, [] { QCoreApplication::exit(kStuck); });
    const int code = QCoreApplication::exec();
    context.reset();
    run.quit = code == kQuit;
    run.stuck = code == kStuck;
    run.lastClosed = int(lastClosed.count());
    return run;
}

} // namespace

class TestCloseToTray : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HealthModel> m_health;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<QWidget> m_window;

    static CloseToTray::TrayAvailable tray(bool available) {
        return [available] { return available; };
    }
    void showWindow() {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void init() {
        m_health = std::make_unique<HealthModel>();
        m_tray = std::make_unique<TrayIcon>(m_health.get());
        m_window = std::make_unique<QWidget>();
        m_tray->setWindow(m_window.get());
    }

    void cleanup() {
        m_window.reset();
        m_tray.reset();
        m_health.reset();
    }

    void closingQuitsUnlessAskedOtherwise() {
        CloseToTray closeToTray(m_window.get(), m_tray.get(), tray(true));
        QVERIFY(!closeToTray.enabled());
        showWindow();
        bool closed = false;
        const LoopRun run = runInAppLoop([&] { closed = m_window->close(); });
        QVERIFY(!run.stuck);
        QVERIFY(closed);
        QVERIFY(!m_window->isVisible());
        QCOMPARE(run.lastClosed, 1);
        QVERIFY(run.quit);
    }

    void closingHidesToTheTrayAndTheMusicGoesOn() {
        QString whyNoSox;
        if (AudioFixtures::soxPath(&whyNoSox).isEmpty())
            REFRAIN_SKIP_UNLESS_CI(qPrintable(whyNoSox));
        ToneSpec spec;
        spec.relativePath = QStringLiteral("song.ogg");
        spec.seconds = double(kTrackMs) / 1000.0;
        const QString error = AudioFixtures::makeTone(m_dir.path(), spec);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Track song;
        song.id = 1;
        song.source = QLatin1String(Track::kLocalSource);
        song.location = m_dir.filePath(spec.relativePath);
        song.fileName = spec.relativePath;
        song.title = QStringLiteral("Song");
        song.durationMs = kTrackMs;
        PlaybackEngine engine;
        engine.setVolume(0.05f);
        engine.playTracks({song}, 0);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), PlaybackEngine::State::Playing, kPlayTimeoutMs);

        CloseToTray closeToTray(m_window.get(), m_tray.get(), tray(true));
        closeToTray.setEnabled(true);
        QVERIFY(closeToTray.wouldHide());
        showWindow();
        QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
        bool closed = true;
        LoopRun run = runInAppLoop([&] { closed = m_window->close(); });
        QVERIFY(!run.stuck);
        QVERIFY(!closed); // the close was turned into a hide
        QVERIFY(!m_window->isVisible());
        QCOMPARE(run.lastClosed, 0);
        QVERIFY(!run.quit);
        // Told once where Refrain went and how to really quit.
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Refrain is still running"));
        QVERIFY2(notified.at(0).at(1).toString().contains(QStringLiteral("Quit Refrain")),
                 qPrintable(notified.at(0).at(1).toString()));
        // The music goes on.
        const qint64 at = engine.position();
        QTRY_VERIFY_WITH_TIMEOUT(engine.position() > at + 200, kPlayTimeoutMs);
        QCOMPARE(engine.state(), PlaybackEngine::State::Playing);

        // The tray brings the window back; closing it again hides it without a second message.
        m_tray->toggleWindow();
        QVERIFY(m_window->isVisible());
        run = runInAppLoop([&] { closed = m_window->close(); });
        QVERIFY(!closed);
        QVERIFY(!m_window->isVisible());
        QVERIFY(!run.quit);
        QCOMPARE(notified.count(), 1);

        // The tray's Quit ends Refrain, window hidden or not.
        QAction *quit = m_tray->menu()->findChild<QAction *>(QStringLiteral("quit"));
        QVERIFY(quit);
        run = runInAppLoop([quit] { quit->trigger(); });
        QVERIFY(!run.stuck);
        QVERIFY(run.quit);
        QCOMPARE(notified.count(), 1);
    }

    void fileQuitQuitsWithTheWindowOpen() {
        CloseToTray closeToTray(m_window.get(), m_tray.get(), tray(true));
        closeToTray.setEnabled(true);
        showWindow();
        QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
        // What File ▸ Quit does: the window is closed for real, not sent to the tray.
        const LoopRun run = runInAppLoop([] { QCoreApplication::quit(); });
        QVERIFY(!run.stuck);
        QVERIFY(run.quit);
        QVERIFY(!m_window->isVisible());
        QCOMPARE(notified.count(), 0); // no "still running" as it ends

        // A quit that something turned down leaves close-to-tray working.
        QWidget unsaved;
        SwallowClose refuse;
        unsaved.installEventFilter(&refuse);
        unsaved.show();
        showWindow();
        const LoopRun refused = runInAppLoop([] { QCoreApplication::quit(); });
        QVERIFY(!refused.quit);
        QTRY_VERIFY(closeToTray.wouldHide());
        showWindow();
        QVERIFY(!m_window->close());
        QVERIFY(!m_window->isVisible());
        QCOMPARE(notified.count(), 1);
        unsaved.removeEventFilter(&refuse);
    }

    void closingQuitsWhenThereIsNoTray() {
        // Hiding with no tray to come back from would lose the window: the app quits instead.
        CloseToTray closeToTray(m_window.get(), m_tray.get(), tray(false));
        closeToTray.setEnabled(true);
        QVERIFY(!closeToTray.wouldHide());
        showWindow();
        QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
        const LoopRun run = runInAppLoop([this] { m_window->close(); });
        QVERIFY(run.quit);
        QCOMPARE(run.lastClosed, 1);
        QCOMPARE(notified.count(), 0);

        // Headless there is no system tray, and by default that is what decides.
        CloseToTray real(m_window.get(), m_tray.get());
        real.setEnabled(true);
        QVERIFY(!real.wouldHide());
    }
};

QTEST_MAIN(TestCloseToTray)
#include "tst_closetotray.moc"
