// What a `refrain` call does to the running player: files and playlists replace the queue in the
// order given, controls act on playback, a bare call brings the window forward, and playlists by
// name reach the one who knows them.
#include "app/launchactions.h"
#include "core/playback/playbackengine.h"
#include "tests/support/audiofixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using refrain::LaunchActions;
using refrain::LaunchRequest;
using refrain::PlaybackEngine;
using refrain::test::AudioFixtures;
using refrain::test::ToneSpec;

class TestLaunchActions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    LaunchRequest parse(const QStringList &args) const {
        return LaunchRequest::parse(args, m_dir.path());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        for (const char *name : {"One", "Two", "Three"}) {
            ToneSpec spec;
            spec.relativePath = QLatin1String(name) + QStringLiteral(".flac");
            spec.title = QLatin1String(name);
            spec.seconds = 20;
            const QString error = AudioFixtures::makeTone(m_dir.path(), spec);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QFile list(path(QStringLiteral("list.m3u8")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("#EXTM3U\nThree.flac\nmissing.flac\nhttp://example.org/stream?t=secret\n"
                   "Two.flac\n");
    }

    void filesAndPlaylistsPlayInOrder() {
        PlaybackEngine engine;
        engine.setVolume(0.0f);
        LaunchActions actions({&engine, nullptr, nullptr, {}, {}});
        QSignalSpy started(&actions, &LaunchActions::filesStarted);
        QSignalSpy notices(&actions, &LaunchActions::notice);
        actions.carryOut(parse({QStringLiteral("One.flac"), QStringLiteral("list.m3u8")}));
        QVERIFY(started.wait(30000));
        QCOMPARE(started.at(0).at(0).toInt(), 3);
        QCOMPARE(engine.queue().size(), 3);
        QStringList titles;
        for (int i = 0; i < engine.queue().size(); ++i)
            titles << engine.queue().tracks().at(i).title;
        QCOMPARE(titles, (QStringList{QStringLiteral("One"), QStringLiteral("Three"),
                                      QStringLiteral("Two")}));
        QCOMPARE(engine.currentTrack()->title, QStringLiteral("One"));
        // The missing entry and the stream are named, without the stream's credentials.
        const QString said = [&] {
            QStringList all;
            for (const QList<QVariant> &n : notices)
                all << n.at(0).toString();
            return all.join(QLatin1Char('\n'));
        }();
        QVERIFY2(said.contains(QStringLiteral("missing.flac")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("secret")), qPrintable(said));

        // Controls act on that queue.
        actions.carryOut(parse({QStringLiteral("--next")}));
        QCOMPARE(engine.currentTrack()->title, QStringLiteral("Three"));
        actions.carryOut(parse({QStringLiteral("--stop")}));
        QCOMPARE(engine.state(), PlaybackEngine::State::Stopped);
    }

    void nothingPlayableIsSaid() {
        PlaybackEngine engine;
        LaunchActions actions({&engine, nullptr, nullptr, {}, {}});
        QFile bad(path(QStringLiteral("bad.mp3")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.close(); // empty: nothing TagLib can read
        QSignalSpy started(&actions, &LaunchActions::filesStarted);
        QSignalSpy notices(&actions, &LaunchActions::notice);
        actions.carryOut(parse({QStringLiteral("bad.mp3")}));
        QVERIFY(started.wait(30000));
        QCOMPARE(started.at(0).at(0).toInt(), 0);
        QVERIFY(!notices.isEmpty());
        QCOMPARE(engine.queue().size(), 0);
    }

    void playlistsByNameAndEssentials() {
        QStringList asked;
        int essentials = 0;
        LaunchActions actions({nullptr, nullptr, nullptr,
                               [&](const QString &name) { asked << name; }, [&] { ++essentials; }});
        actions.carryOut(parse({QStringLiteral("--play-playlist"), QStringLiteral("Road trip")}));
        actions.carryOut(parse({QStringLiteral("--play-playlist"), QStringLiteral("essentials")}));
        actions.carryOut(
            parse({QStringLiteral("--play-playlist"), QStringLiteral("Emergency Essentials")}));
        QCOMPARE(asked, QStringList{QStringLiteral("Road trip")});
        QCOMPARE(essentials, 2);
    }

    void bareCallAndShowBringTheWindowForward() {
        QWidget window;
        LaunchActions actions({nullptr, nullptr, &window, {}, {}});
        actions.carryOut(parse({}));
        QVERIFY(window.isVisible());
        window.showMinimized();
        actions.carryOut(parse({QStringLiteral("--show")}));
        QVERIFY(!(window.windowState() & Qt::WindowMinimized));
        // A control alone leaves the window where it is.
        window.hide();
        actions.carryOut(parse({QStringLiteral("--next")}));
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestLaunchActions)
#include "tst_launchactions.moc"
