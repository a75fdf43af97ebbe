// Real playback through QMediaPlayer of generated files: a track plays to its end with the
// position moving, the queue advances, and what cannot play is skipped with a notice.
#include "core/playback/playbackengine.h"
#include "tests/support/audiofixtures.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;
using refrain::test::AudioFixtures;
using refrain::test::ToneSpec;

class TestPlayback : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    Track trackFor(const QString &relative, qint64 id, qint64 durationMs = 2000) {
        Track t;
        t.id = id;
        t.source = QStringLiteral("local");
        t.location = m_dir.filePath(relative);
        t.title = QFileInfo(relative).completeBaseName();
        t.durationMs = durationMs;
        return t;
    }

private Q_SLOTS:
    void initTestCase() {
        ToneSpec a;
        a.relativePath = QStringLiteral("a.flac");
        a.title = QStringLiteral("A");
        a.seconds = 2;
        ToneSpec b = a;
        b.relativePath = QStringLiteral("b.ogg");
        b.title = QStringLiteral("B");
        b.seconds = 1;
        ToneSpec c = a;
        c.relativePath = QStringLiteral("c.mp3");
        c.title = QStringLiteral("C");
        c.seconds = 1;
        ToneSpec longer = a;
        longer.relativePath = QStringLiteral("long.ogg");
        longer.seconds = 20;
        for (const ToneSpec &spec : {a, b, c, longer}) {
            const QString error = AudioFixtures::makeTone(m_dir.path(), spec);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QFile bad(m_dir.filePath(QStringLiteral("bad.mp3")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray(20000, 'z'));
    }

    void playsToEndWithPositionAdvancing() {
        PlaybackEngine engine;
        engine.setVolume(0.2f);
        QSignalSpy finished(&engine, &PlaybackEngine::queueFinished);
        QSignalSpy positions(&engine, &PlaybackEngine::positionChanged);
        QSignalSpy states(&engine, &PlaybackEngine::stateChanged);
        QSignalSpy notices(&engine, &PlaybackEngine::notice);

        engine.playTracks({trackFor(QStringLiteral("a.flac"), 1)}, 0);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), PlaybackEngine::State::Playing, 10000);
        QVERIFY(finished.wait(15000));
        QVERIFY2(notices.isEmpty(),
                 notices.isEmpty() ? "" : qPrintable(notices.first().first().toString()));
        qint64 maxPosition = 0;
        for (const auto &args : std::as_const(positions))
            maxPosition = std::max(maxPosition, args.first().toLongLong());
        QVERIFY2(maxPosition >= 1000, qPrintable(QString::number(maxPosition)));
        QCOMPARE(engine.state(), PlaybackEngine::State::Stopped);
    }

    void endOfTrackAdvancesTheQueue() {
        PlaybackEngine engine;
        QSignalSpy current(&engine, &PlaybackEngine::currentTrackChanged);
        QSignalSpy finished(&engine, &PlaybackEngine::queueFinished);
        QSignalSpy states(&engine, &PlaybackEngine::stateChanged);
        engine.playTracks({trackFor(QStringLiteral("b.ogg"), 2, 1000),
                           trackFor(QStringLiteral("c.mp3"), 3, 1000)},
                          0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(current.count(), 2);
        QCOMPARE(current.at(1).first().value<Track>().id, 3);
        // Between the two songs the player never reads as stopped (play button, MPRIS): only
        // at the end.
        QTRY_COMPARE(engine.state(), PlaybackEngine::State::Stopped);
        int stops = 0;
        for (const auto &args : std::as_const(states))
            stops += args.first().value<PlaybackEngine::State>() == PlaybackEngine::State::Stopped;
        QCOMPARE(stops, 1);
    }

    void unplayableTracksAreSkippedWithANotice() {
        PlaybackEngine engine;
        QSignalSpy notices(&engine, &PlaybackEngine::notice);
        QSignalSpy current(&engine, &PlaybackEngine::currentTrackChanged);
        Track missing = trackFor(QStringLiteral("gone.flac"), 10);
        Track broken = trackFor(QStringLiteral("bad.mp3"), 11);
        Track good = trackFor(QStringLiteral("long.ogg"), 12, 20000);
        engine.playTracks({missing, broken, good}, 0);

        QTRY_VERIFY_WITH_TIMEOUT(engine.currentTrack() && engine.currentTrack()->id == 12, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), PlaybackEngine::State::Playing, 10000);
        QVERIFY(notices.count() >= 2);
        QVERIFY(notices.at(0).first().toString().contains(QStringLiteral("missing")));
        QVERIFY(notices.at(1).first().toString().startsWith(QStringLiteral("Skipped “bad”")));
    }

    void aQueueWithNothingPlayableStops() {
        PlaybackEngine engine;
        QSignalSpy finished(&engine, &PlaybackEngine::queueFinished);
        QSignalSpy notices(&engine, &PlaybackEngine::notice);
        engine.playTracks({trackFor(QStringLiteral("gone1.flac"), 20),
                           trackFor(QStringLiteral("gone2.flac"), 21)},
                          0);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(engine.state(), PlaybackEngine::State::Stopped);
        QVERIFY(notices.last().first().toString().contains(QStringLiteral("Nothing else")));
    }

    void thousandsOfMissingFilesDoNotStall() {
        PlaybackEngine engine;
        TrackList queue;
        for (int i = 0; i < 5000; ++i)
            queue.append(trackFor(QStringLiteral("missing-%1.flac").arg(i), 100 + i));
        queue.append(trackFor(QStringLiteral("long.ogg"), 99, 20000));
        QSignalSpy notices(&engine, &PlaybackEngine::notice);
        engine.playTracks(queue, 0);
        QCOMPARE(engine.currentTrack()->id, 99);
        QCOMPARE(notices.count(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), PlaybackEngine::State::Playing, 10000);
    }

    void pauseResumeAndPrevious() {
        PlaybackEngine engine;
        engine.playTracks(
            {trackFor(QStringLiteral("a.flac"), 1), trackFor(QStringLiteral("long.ogg"), 2, 20000)},
            1);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), PlaybackEngine::State::Playing, 10000);
        engine.togglePlayPause();
        QTRY_COMPARE(engine.state(), PlaybackEngine::State::Paused);
        engine.togglePlayPause();
        QTRY_COMPARE(engine.state(), PlaybackEngine::State::Playing);
        engine.previous(); // less than 3 s in: goes back one
        QTRY_COMPARE(engine.currentTrack()->id, 1);
        engine.stop();
        QCOMPARE(engine.state(), PlaybackEngine::State::Stopped);
    }
};

QTEST_MAIN(TestPlayback)
#include "tst_playback.moc"
