// MPRIS 2 as the desktop sees it: playerctl and dbus-send — clients no one here wrote — on a
// private session bus read what a real engine plays from generated files and drive it (play,
// pause, next, previous, seek, volume), and a second connection sees the change signals.
#include "app/mediacontrols.h"
#include "app/mpris/mprisplayer.h"
#include "app/mpris/mprisservice.h"
#include "core/model/playermodel.h"
#include "core/playback/playbackengine.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/skipunlessci.h"

#include <QAudio>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMetaType>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace refrain;
using refrain::test::AudioFixtures;
using refrain::test::ToneSpec;

namespace {

constexpr int kClientTimeoutMs = 30000;
constexpr int kPlayTimeoutMs = 15000;
constexpr qint64 kTrackMs = 20000;

struct ClientRun {
    int exitCode = -1; // -1: did not start or did not finish
    QString out;
    QString err;
};

// Runs a client while this thread's event loop goes on: the service it talks to lives here.
ClientRun runClient(const QString &program, const QStringList &args) {
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, args);
    ClientRun run;
    if (!finished.wait(kClientTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

QByteArray describe(const ClientRun &run) {
    return QStringLiteral("exit %1, out: %2, err: %3")
        .arg(run.exitCode)
        .arg(run.out, run.err)
        .toUtf8();
}

} // namespace

// Listens on a connection of its own, as an applet would, for what the service announces.
class BusWatcher : public QObject {
    Q_OBJECT
public:
    QList<QVariantMap> changes; // of org.mpris.MediaPlayer2.Player, in order
    QList<qlonglong> seeks;

    // The metadata of the last change that carried any, unpacked from its D-Bus form.
    QVariantMap lastMetadata() const {
        for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
            if (it->contains(QStringLiteral("Metadata")))
                return qdbus_cast<QVariantMap>(
                    it->value(QStringLiteral("Metadata")).value<QDBusArgument>());
        }
        return {};
    }
    QVariant lastValue(const QString &property) const {
        for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
            if (it->contains(property))
                return it->value(property);
        }
        return {};
    }

public Q_SLOTS:
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed,
                             const QStringList &) {
        if (interface == QLatin1String(MprisPlayer::kInterface))
            changes.append(changed);
        Q_EMIT propertiesChanged();
    }
    void onSeeked(qlonglong positionUs) {
        seeks.append(positionUs);
        Q_EMIT seeked();
    }

Q_SIGNALS:
    void propertiesChanged();
    void seeked();
};

// Stands in for CoverStore, whose coverReady(albumKey) the composition root passes on as
// MediaControlsSetup::watchArt.
class CoverNotice : public QObject {
    Q_OBJECT
Q_SIGNALS:
    void coverReady(const QString &albumKey);
};

class TestMpris : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_playerctl;
    QString m_dbusSend;
    std::unique_ptr<PlaybackEngine> m_engine;
    std::unique_ptr<PlayerModel> m_player;
    std::unique_ptr<MprisService> m_service;

    Track track(qint64 id, const QString &file, const QString &title, const QString &album) {
        Track t;
        t.id = id;
        t.source = QLatin1String(Track::kLocalSource);
        t.location = m_dir.filePath(file);
        t.fileName = file;
        t.title = title;
        t.artist = QStringLiteral("Ännie Artist");
        t.album = album;
        t.albumArtist = QStringLiteral("Ännie Artist");
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
    QUrl coverUrl() const { return QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("c.jpg"))); }

    ClientRun playerctl(const QStringList &args) {
        return runClient(m_playerctl,
                         QStringList{QStringLiteral("-p"), QStringLiteral("refrain")} + args);
    }
    // "variant boolean true" and the like: what dbus-send prints for one property.
    QString property(const QString &name,
                     const QString &interface = QLatin1String(MprisPlayer::kInterface),
                     const QString &service = QLatin1String(MprisService::kServiceName)) {
        const ClientRun run = runClient(
            m_dbusSend,
            {QStringLiteral("--session"), QStringLiteral("--print-reply=literal"),
             QStringLiteral("--dest=") + service, QLatin1String(MprisService::kObjectPath),
             QStringLiteral("org.freedesktop.DBus.Properties.Get"),
             QStringLiteral("string:") + interface, QStringLiteral("string:") + name});
        return run.exitCode == 0 ? run.out.simplified() : QStringLiteral("failed: ") + run.err;
    }
    ClientRun call(const QString &service, const QString &method, const QStringList &args = {}) {
        return runClient(m_dbusSend,
                         QStringList{QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                     QStringLiteral("--dest=") + service,
                                     QLatin1String(MprisService::kObjectPath), method}
                             + args);
    }
    bool playing() const { return m_engine->state() == PlaybackEngine::State::Playing; }
    // Listens for the service's change signals on a connection of its own, as an applet would.
    static bool watch(QDBusConnection &observer, BusWatcher &watcher) {
        return observer.isConnected()
               && observer.connect(QString(), QLatin1String(MprisService::kObjectPath),
                                   QStringLiteral("org.freedesktop.DBus.Properties"),
                                   QStringLiteral("PropertiesChanged"), &watcher,
                                   SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)))
               && observer.connect(QString(), QLatin1String(MprisService::kObjectPath),
                                   QLatin1String(MprisPlayer::kInterface), QStringLiteral("Seeked"),
                                   &watcher, SLOT(onSeeked(qlonglong)));
    }

private Q_SLOTS:
    void initTestCase() {
        if (!qEnvironmentVariableIsSet("REFRAIN_TEST_PRIVATE_BUS"))
            REFRAIN_SKIP_UNLESS_CI("not on a private bus: ctest runs this under dbus-run-session "
                                   "(Debian package dbus); the desktop's own bus is never used");
        m_playerctl = QStandardPaths::findExecutable(QStringLiteral("playerctl"));
        if (m_playerctl.isEmpty())
            REFRAIN_SKIP_UNLESS_CI("playerctl is not installed (Debian package playerctl)");
        m_dbusSend = QStandardPaths::findExecutable(QStringLiteral("dbus-send"));
        if (m_dbusSend.isEmpty())
            REFRAIN_SKIP_UNLESS_CI("dbus-send is not installed (Debian package dbus)");
        QString whyNoSox;
        if (AudioFixtures::soxPath(&whyNoSox).isEmpty())
            REFRAIN_SKIP_UNLESS_CI(qPrintable(whyNoSox));
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        for (const Track &t : threeTracks()) {
            ToneSpec spec;
            spec.relativePath = t.fileName;
            spec.title = t.title;
            spec.seconds = double(kTrackMs) / 1000.0;
            const QString error = AudioFixtures::makeTone(m_dir.path(), spec);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QFile cover(coverUrl().toLocalFile());
        QVERIFY(cover.open(QIODevice::WriteOnly));
        cover.write("not really a jpeg; only its path is published");
    }

    void init() {
        m_engine = std::make_unique<PlaybackEngine>();
        m_engine->setVolume(0.1f);
        m_player = std::make_unique<PlayerModel>(m_engine.get());
        m_service = std::make_unique<MprisService>(m_engine.get(), m_player.get());
        m_service->setArtResolver([this](const Track &t) {
            return t.album == QLatin1String("Album One") ? coverUrl() : QUrl();
        });
        QVERIFY2(m_service->start(), qPrintable(m_service->errorString()));
        QCOMPARE(m_service->serviceName(), QLatin1String(MprisService::kServiceName));
    }

    void cleanup() {
        m_service.reset();
        m_player.reset();
        m_engine.reset();
    }

    void desktopSeesAnIdleRefrain() {
        const ClientRun list = runClient(m_playerctl, {QStringLiteral("-l")});
        QVERIFY2(list.out.split(QLatin1Char('\n')).contains(QStringLiteral("refrain")),
                 describe(list));
        const QString root = QStringLiteral("org.mpris.MediaPlayer2");
        QCOMPARE(property(QStringLiteral("Identity"), root), QStringLiteral("variant Refrain"));
        QCOMPARE(property(QStringLiteral("DesktopEntry"), root),
                 QStringLiteral("variant io.github.refrain.Refrain"));
        QCOMPARE(property(QStringLiteral("CanRaise"), root),
                 QStringLiteral("variant boolean true"));
        QVERIFY(property(QStringLiteral("SupportedUriSchemes"), root).contains(u"file"));
        QVERIFY(property(QStringLiteral("SupportedMimeTypes"), root).contains(u"audio/flac"));

        const ClientRun status = playerctl({QStringLiteral("status")});
        QCOMPARE(status.out, QStringLiteral("Stopped"));
        // Nothing in the queue: play is not offered, and pressing it does nothing.
        QCOMPARE(property(QStringLiteral("CanPlay")), QStringLiteral("variant boolean false"));
        QCOMPARE(property(QStringLiteral("CanGoNext")), QStringLiteral("variant boolean false"));
        QCOMPARE(property(QStringLiteral("CanControl")), QStringLiteral("variant boolean true"));
        playerctl({QStringLiteral("play")}); // playerctl itself may refuse: either way, no play
        QCOMPARE(playerctl({QStringLiteral("status")}).out, QStringLiteral("Stopped"));

        QSignalSpy raised(m_service.get(), &MprisService::raiseRequested);
        QSignalSpy quit(m_service.get(), &MprisService::quitRequested);
        const QString service = QLatin1String(MprisService::kServiceName);
        QCOMPARE(call(service, QStringLiteral("org.mpris.MediaPlayer2.Raise")).exitCode, 0);
        QCOMPARE(raised.count(), 1);
        QCOMPARE(call(service, QStringLiteral("org.mpris.MediaPlayer2.Quit")).exitCode, 0);
        QCOMPARE(quit.count(), 1);
    }

    void desktopShowsWhatIsPlaying() {
        m_engine->playTracks(threeTracks(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(playing(), kPlayTimeoutMs);

        QCOMPARE(playerctl({QStringLiteral("status")}).out, QStringLiteral("Playing"));
        const auto meta = [this](const QString &key) {
            return playerctl({QStringLiteral("metadata"), key}).out;
        };
        QCOMPARE(meta(QStringLiteral("title")), QStringLiteral("First Song"));
        QCOMPARE(meta(QStringLiteral("artist")), QStringLiteral("Ännie Artist"));
        QCOMPARE(meta(QStringLiteral("album")), QStringLiteral("Album One"));
        QCOMPARE(meta(QStringLiteral("xesam:trackNumber")), QStringLiteral("1"));
        // playerctl prints an object path quoted.
        QCOMPARE(meta(QStringLiteral("mpris:trackid")),
                 QStringLiteral("'/io/github/refrain/Refrain/track/1'"));
        QCOMPARE(meta(QStringLiteral("mpris:artUrl")), coverUrl().toString());
        QCOMPARE(meta(QStringLiteral("xesam:url")),
                 QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("one.ogg"))).toString());
        // The decoder's length may differ from the tags' by a few milliseconds.
        const qint64 lengthUs = meta(QStringLiteral("mpris:length")).toLongLong();
        QVERIFY2(qAbs(lengthUs - kTrackMs * 1000) <= 200'000, QByteArray::number(lengthUs));

        // A track whose cover is not known publishes no art URL rather than a wrong one.
        QCOMPARE(playerctl({QStringLiteral("next")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(meta(QStringLiteral("title")), QStringLiteral("Second Song"),
                                  kPlayTimeoutMs);
        QCOMPARE(meta(QStringLiteral("mpris:artUrl")), QString());
        QCOMPARE(meta(QStringLiteral("album")), QStringLiteral("Album Two"));
    }

    void desktopControlsPlayback() {
        BusWatcher watcher;
        QDBusConnection observer = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                                 QStringLiteral("tst-observer"));
        QVERIFY(watch(observer, watcher));

        m_engine->playTracks(threeTracks(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(playing(), kPlayTimeoutMs);

        QCOMPARE(playerctl({QStringLiteral("play-pause")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Paused, kPlayTimeoutMs);
        QCOMPARE(playerctl({QStringLiteral("status")}).out, QStringLiteral("Paused"));
        QTRY_COMPARE(watcher.lastValue(QStringLiteral("PlaybackStatus")).toString(),
                     QStringLiteral("Paused"));
        QCOMPARE(playerctl({QStringLiteral("play-pause")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(playing(), kPlayTimeoutMs);
        QCOMPARE(playerctl({QStringLiteral("status")}).out, QStringLiteral("Playing"));

        // Next: the track changes, and an applet is told without asking.
        QCOMPARE(playerctl({QStringLiteral("next")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_player->currentTrack().id, 2, kPlayTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            watcher.lastMetadata().value(QStringLiteral("xesam:title")).toString(),
            QStringLiteral("Second Song"), kClientTimeoutMs);
        QCOMPARE(qdbus_cast<QDBusObjectPath>(
                     watcher.lastMetadata().value(QStringLiteral("mpris:trackid")))
                     .path(),
                 QStringLiteral("/io/github/refrain/Refrain/track/2"));

        // Seeking while paused, so where it lands does not depend on the machine's speed.
        QCOMPARE(playerctl({QStringLiteral("pause")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Paused, kPlayTimeoutMs);
        QCOMPARE(playerctl({QStringLiteral("position"), QStringLiteral("5")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(m_engine->position() - 5000) <= 100, kPlayTimeoutMs);
        QTRY_VERIFY(watcher.seeks.contains(5'000'000));
        const double shown = playerctl({QStringLiteral("position")}).out.toDouble();
        QVERIFY2(qAbs(shown - 5.0) <= 0.1, QByteArray::number(shown));
        // A relative seek (MPRIS Seek), forward from there.
        QCOMPARE(playerctl({QStringLiteral("position"), QStringLiteral("2+")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(m_engine->position() - 7000) <= 100, kPlayTimeoutMs);
        QTRY_VERIFY(!watcher.seeks.isEmpty() && qAbs(watcher.seeks.last() - 7'000'000) <= 100'000);

        // Previous, more than 3 s into a track, starts it again (as Refrain's own button does);
        // at its start, it goes back one.
        QCOMPARE(playerctl({QStringLiteral("previous")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() <= 100, kPlayTimeoutMs);
        QCOMPARE(m_player->currentTrack().id, 2);
        QCOMPARE(playerctl({QStringLiteral("previous")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_player->currentTrack().id, 1, kPlayTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            playerctl({QStringLiteral("metadata"), QStringLiteral("title")}).out,
            QStringLiteral("First Song"), kPlayTimeoutMs);

        // Volume on the same perceptual scale as Refrain's slider, both ways.
        QCOMPARE(playerctl({QStringLiteral("volume"), QStringLiteral("0.3")}).exitCode, 0);
        const float linear =
            QAudio::convertVolume(0.3f, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
        QTRY_VERIFY(qAbs(m_engine->volume() - linear) < 0.001f);
        QCOMPARE(m_player->volumePercent(), 30);
        const double volume = playerctl({QStringLiteral("volume")}).out.toDouble();
        QVERIFY2(qAbs(volume - 0.3) < 0.001, QByteArray::number(volume));
        QTRY_VERIFY(qAbs(watcher.lastValue(QStringLiteral("Volume")).toDouble() - 0.3) < 0.001);
        m_player->setVolumePercent(80); // Refrain's own slider: the desktop hears of it
        QTRY_VERIFY(qAbs(watcher.lastValue(QStringLiteral("Volume")).toDouble() - 0.8) < 0.01);

        // Stop.
        QCOMPARE(playerctl({QStringLiteral("stop")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), PlaybackEngine::State::Stopped,
                                  kPlayTimeoutMs);
        QCOMPARE(playerctl({QStringLiteral("status")}).out, QStringLiteral("Stopped"));
        QDBusConnection::disconnectFromBus(QStringLiteral("tst-observer"));
    }

    void nextIsOfferedOnlyWhenSomethingCanPlay() {
        m_engine->playTracks(threeTracks(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(playing(), kPlayTimeoutMs);
        // The last track: nothing to go on to.
        QCOMPARE(property(QStringLiteral("CanGoNext")), QStringLiteral("variant boolean false"));
        QCOMPARE(property(QStringLiteral("CanGoPrevious")), QStringLiteral("variant boolean true"));
        QCOMPARE(property(QStringLiteral("CanSeek")), QStringLiteral("variant boolean true"));
        playerctl({QStringLiteral("next")});
        QCOMPARE(playerctl({QStringLiteral("metadata"), QStringLiteral("title")}).out,
                 QStringLiteral("Third Song"));
        m_engine->playQueueRow(1);
        // Each look is a dbus-send process: on a loaded machine five seconds are a few looks.
        QTRY_COMPARE_WITH_TIMEOUT(property(QStringLiteral("CanGoNext")),
                                  QStringLiteral("variant boolean true"), kPlayTimeoutMs);

        // Only a track that could not play follows: it is not offered again.
        Track gone = track(9, QStringLiteral("gone.ogg"), QStringLiteral("Gone"),
                           QStringLiteral("Album Two"));
        m_engine->playTracks({gone, threeTracks().first()}, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_player->currentTrack().id, 1, kPlayTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(playing(), kPlayTimeoutMs);
        m_engine->moveInQueue({0}, -1);
        QVERIFY(m_player->canGoNext()); // the queue has a next row…
        QTRY_COMPARE_WITH_TIMEOUT(property(QStringLiteral("CanGoNext")),
                                  QStringLiteral("variant boolean false"),
                                  kPlayTimeoutMs); // …that cannot play now
        playerctl({QStringLiteral("next")});
        QCOMPARE(playerctl({QStringLiteral("metadata"), QStringLiteral("title")}).out,
                 QStringLiteral("First Song"));
        QVERIFY(playing());
    }

    void openUriPlaysAFileAndRefusesOtherSchemes() {
        // Built the way the composition root builds it: the factory, with no open hook.
        m_service.reset();
        int raised = 0;
        MediaControlsSetup setup;
        setup.engine = m_engine.get();
        setup.player = m_player.get();
        setup.raise = [&raised] { ++raised; };
        std::unique_ptr<QObject> controls = makeMediaControls(setup);
        QVERIFY(controls);

        const QString file = m_dir.filePath(QStringLiteral("three.ogg"));
        const ClientRun open =
            playerctl({QStringLiteral("open"), QUrl::fromLocalFile(file).toString()});
        QCOMPARE(open.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(playing(), kPlayTimeoutMs);
        QCOMPARE(m_player->currentTrack().location, file);
        QCOMPARE(playerctl({QStringLiteral("metadata"), QStringLiteral("title")}).out,
                 QStringLiteral("three"));

        // A stream URL from outside would bypass the source resolver: refused, and not echoed.
        const ClientRun web =
            call(QLatin1String(MprisService::kServiceName),
                 QStringLiteral("org.mpris.MediaPlayer2.Player.OpenUri"),
                 {QStringLiteral("string:https://example.invalid/rest/stream?id=1&t=secret")});
        QVERIFY2(web.exitCode != 0, describe(web));
        QVERIFY2(web.err.contains(u"NotSupported"), describe(web));
        QVERIFY2(!web.err.contains(u"secret"), describe(web));
        QCOMPARE(m_player->currentTrack().location, file);

        QCOMPARE(call(QLatin1String(MprisService::kServiceName),
                      QStringLiteral("org.mpris.MediaPlayer2.Raise"))
                     .exitCode,
                 0);
        QTRY_COMPARE(raised, 1);
    }

    void aCoverWrittenAfterTheTrackStartedIsPublished() {
        // Built the way the composition root builds it: the factory, told of covers as they are
        // written (CoverStore::coverReady).
        m_service.reset();
        CoverNotice covers;
        const QString late = m_dir.filePath(QStringLiteral("late.jpg"));
        QFile::remove(late);
        MediaControlsSetup setup;
        setup.engine = m_engine.get();
        setup.player = m_player.get();
        setup.artUrl = [late](const Track &) {
            return QFileInfo::exists(late) ? QUrl::fromLocalFile(late) : QUrl();
        };
        setup.watchArt = [&covers](QObject *context, std::function<void()> artMayHaveChanged) {
            QObject::connect(&covers, &CoverNotice::coverReady, context,
                             [artMayHaveChanged] { artMayHaveChanged(); });
        };
        std::unique_ptr<QObject> controls = makeMediaControls(setup);
        QVERIFY(controls);
        BusWatcher watcher;
        QDBusConnection observer = QDBusConnection::connectToBus(
            QDBusConnection::SessionBus, QStringLiteral("tst-cover-observer"));
        QVERIFY(watch(observer, watcher));

        m_engine->playTracks(threeTracks(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(playing(), kPlayTimeoutMs);
        const auto meta = [this](const QString &key) {
            return playerctl({QStringLiteral("metadata"), key}).out;
        };
        QCOMPARE(meta(QStringLiteral("title")), QStringLiteral("Second Song"));
        QCOMPARE(meta(QStringLiteral("mpris:artUrl")), QString());
        // Paused, so nothing else the desktop is told changes while the cover arrives: what
        // brings the art is the notice, not some other news.
        QCOMPARE(playerctl({QStringLiteral("pause")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.lastValue(QStringLiteral("PlaybackStatus")).toString(),
                                  QStringLiteral("Paused"), kClientTimeoutMs);
        QVERIFY(!watcher.lastMetadata().contains(QStringLiteral("mpris:artUrl")));

        QFile cover(late);
        QVERIFY(cover.open(QIODevice::WriteOnly));
        cover.write("not really a jpeg; only its path is published");
        cover.close();
        Q_EMIT covers.coverReady(QStringLiteral("album two"));

        // An applet is told without asking, with the whole of the track's metadata.
        const QString url = QUrl::fromLocalFile(late).toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            watcher.lastMetadata().value(QStringLiteral("mpris:artUrl")).toString(), url,
            kClientTimeoutMs);
        QCOMPARE(watcher.lastMetadata().value(QStringLiteral("xesam:title")).toString(),
                 QStringLiteral("Second Song"));
        QCOMPARE(meta(QStringLiteral("mpris:artUrl")), url);
        QDBusConnection::disconnectFromBus(QStringLiteral("tst-cover-observer"));
    }

    void aSecondRefrainTakesAnInstanceName() {
        PlaybackEngine engine;
        PlayerModel player(&engine);
        MprisService second(&engine, &player);
        // Another process would have a connection of its own; so does this second player.
        const QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                                  QStringLiteral("tst-second"));
        QVERIFY2(second.start(bus), qPrintable(second.errorString()));
        const QString name =
            QLatin1String(MprisService::kServiceName)
            + QStringLiteral(".instance%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(second.serviceName(), name);
        const ClientRun list = runClient(m_playerctl, {QStringLiteral("-l")});
        QVERIFY2(list.out.split(QLatin1Char('\n')).contains(name.mid(23)), describe(list));
        QCOMPARE(
            property(QStringLiteral("Identity"), QStringLiteral("org.mpris.MediaPlayer2"), name),
            QStringLiteral("variant Refrain"));
    }
};

QTEST_GUILESS_MAIN(TestMpris)
#include "tst_mpris.moc"
