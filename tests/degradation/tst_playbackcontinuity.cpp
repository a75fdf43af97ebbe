// Playback continuity (#7): real streams over loopback HTTP from the fault-injecting server, real
// decoding through QMediaPlayer. A stream that stalls goes on from the verified local copy at the
// same place; one that fails without a copy is skipped and marked with the reason; a closed
// stream gate skips at once and, when nothing is left, says nothing can play; when streaming is
// back the marks go and play works again.
#include "core/model/playermodel.h"
#include "core/model/queuemodel.h"
#include "core/playback/playbackengine.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/httpserver/faultserver.h"
#include "ui/nowplayingbar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;
using refrain::test::AudioFixtures;
using refrain::test::FaultMode;
using refrain::test::FaultServer;
using refrain::test::HttpReply;
using refrain::test::HttpRequest;
using refrain::test::ToneSpec;

namespace {
constexpr int kStallMs = 2000; // short for the test, with room for a slow start under load
constexpr int kWaitMs = 20000; // generous: a loaded 2-core machine decodes slowly
const QString kServerSource = QStringLiteral("server-test");
} // namespace

class TestPlaybackContinuity : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_song; // 30 s of MP3: what the server streams and the copies hold
    FaultServer m_server;
    QHash<qint64, QString> m_copies; // track id → verified copy
    QString m_gate;                  // the stream gate's answer: empty while streaming works

    Track remote(qint64 id, const QString &title, const QString &path) {
        Track t;
        t.id = id;
        t.source = kServerSource;
        t.location = QStringLiteral("subsonic:") + path;
        t.title = title;
        t.durationMs = 30000;
        return t;
    }

    Track local(qint64 id) {
        Track t;
        t.id = id;
        t.source = QString::fromLatin1(Track::kLocalSource);
        t.location = m_dir.filePath(QStringLiteral("local.ogg"));
        t.title = QStringLiteral("Local");
        t.durationMs = 20000;
        return t;
    }

    // The engine as the composition root builds it: copies first, then the gate, then the stream.
    std::unique_ptr<PlaybackEngine> makeEngine() {
        auto resolver = std::make_unique<SourceResolver>();
        resolver->setOfflineResolver([this](const Track &t) { return m_copies.value(t.id); });
        resolver->setStreamGate([this] { return m_gate; });
        resolver->setRemoteResolver([this](const Track &t) -> Result<QUrl> {
            return m_server.url(t.location.mid(int(qstrlen("subsonic:"))));
        });
        auto engine = std::make_unique<PlaybackEngine>(std::move(resolver));
        engine->setVolume(0.1f);
        engine->setStallTimeoutMs(kStallMs);
        return engine;
    }

    static bool everStopped(const QSignalSpy &states) {
        for (const auto &args : states) {
            if (args.first().value<PlaybackEngine::State>() == PlaybackEngine::State::Stopped)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        ToneSpec song;
        song.relativePath = QStringLiteral("song.mp3");
        song.title = QStringLiteral("Song");
        song.seconds = 30;
        ToneSpec other = song;
        other.relativePath = QStringLiteral("local.ogg");
        other.title = QStringLiteral("Local");
        other.seconds = 20;
        other.frequencyHz = 660;
        for (const ToneSpec &spec : {song, other}) {
            const QString error = AudioFixtures::makeTone(m_dir.path(), spec);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QFile file(m_dir.filePath(QStringLiteral("song.mp3")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_song = file.readAll();
        QVERIFY(m_song.size() > 200000);
        QVERIFY(QFile::copy(file.fileName(), m_dir.filePath(QStringLiteral("copy.mp3"))));

        // /song.mp3 streams the whole song. /stall.mp3 sends its first ~3 s and then only
        // zeros, slowly and without end: the connection stays open, the decoder starves — a
        // stall as the player sees it, whatever the network does.
        // /short.mp3 is a stream whose server gave up after ~3 s: a complete answer, too short.
        const QByteArray stalling = m_song.left(48000) + QByteArray(8 << 20, '\0');
        m_server.setHandler([song = m_song, stalling](const HttpRequest &request) {
            HttpReply reply;
            reply.contentType = "audio/mpeg";
            reply.body = request.path == "/stall.mp3"   ? stalling
                         : request.path == "/short.mp3" ? song.left(48000)
                                                        : song;
            reply.rangeable = request.path == "/song.mp3";
            return reply;
        });
        QVERIFY(m_server.isListening());
    }

    void init() {
        m_copies.clear();
        m_gate.clear();
        m_server.setMode(FaultMode::normal());
        m_server.resetCounters();
    }

    void aStalledStreamGoesOnFromTheCopyAtTheSamePlace() {
        m_server.setMode(FaultMode::trickle(16000, 100).onlyFor("/stall.mp3"));
        const Track song = remote(1, QStringLiteral("Stalling"), QStringLiteral("/stall.mp3"));
        auto engine = makeEngine();
        PlayerModel player(engine.get());
        NowPlayingBar bar(&player);
        QSignalSpy states(engine.get(), &PlaybackEngine::stateChanged);
        QSignalSpy notes(engine.get(), &PlaybackEngine::sourceNoteChanged);
        qint64 streamedTo = 0;
        qint64 firstFromCopy = -1;
        qint64 lowestFromCopy = std::numeric_limits<qint64>::max();
        connect(engine.get(), &PlaybackEngine::positionChanged, this, [&](qint64 ms) {
            if (engine->currentOrigin() == SourceResolver::Origin::Stream) {
                streamedTo = std::max(streamedTo, ms);
            } else if (engine->currentOrigin() == SourceResolver::Origin::OfflineCopy) {
                if (firstFromCopy < 0)
                    firstFromCopy = ms;
                lowestFromCopy = std::min(lowestFromCopy, ms);
            }
        });

        engine->playTracks({song, local(2)}, 0);
        QCOMPARE(engine->currentOrigin(), SourceResolver::Origin::Stream);
        QTRY_VERIFY_WITH_TIMEOUT(streamedTo >= 1500, kWaitMs);
        // Meanwhile the stream cache finished its own download of the song and verified it.
        m_copies.insert(song.id, m_dir.filePath(QStringLiteral("copy.mp3")));
        QTRY_COMPARE_WITH_TIMEOUT(engine->currentOrigin(), SourceResolver::Origin::OfflineCopy,
                                  kWaitMs);
        QVERIFY2(streamedTo >= 2000, qPrintable(QString::number(streamedTo)));

        // The same song goes on from where the stream stopped, and keeps playing from there.
        QCOMPARE(engine->currentTrack()->id, song.id);
        QTRY_VERIFY_WITH_TIMEOUT(engine->position() > streamedTo + 1000, kWaitMs);
        QVERIFY2(firstFromCopy >= streamedTo - 1000,
                 qPrintable(QStringLiteral("%1 after %2").arg(firstFromCopy).arg(streamedTo)));
        QVERIFY(lowestFromCopy >= streamedTo - 1000);
        QCOMPARE(engine->state(), PlaybackEngine::State::Playing);
        QVERIFY(!everStopped(states));
        QVERIFY(!engine->queue().isMarked(0));

        // The bar says why, in one line, with the whole line in the tooltip.
        const QString note = engine->sourceNote();
        QVERIFY2(note.contains(QStringLiteral("downloaded copy"))
                     && note.contains(QStringLiteral("stalled")),
                 qPrintable(note));
        QCOMPARE(player.sourceNote(), note);
        QCOMPARE(bar.noteLabel()->toolTip(), note);
        QVERIFY(!bar.noteLabel()->isHidden());
        QVERIFY(!bar.noteLabel()->text().isEmpty());

        // A song started normally clears it.
        engine->next();
        QCOMPARE(engine->sourceNote(), QString());
        QVERIFY(bar.noteLabel()->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), PlaybackEngine::State::Playing, kWaitMs);
        QVERIFY(notes.count() >= 2);
    }

    void aStreamThatNeverAnswersFallsBackFromTheStart() {
        m_server.setMode(FaultMode::blackHole().onlyFor("/song.mp3"));
        const Track song = remote(3, QStringLiteral("Black hole"), QStringLiteral("/song.mp3"));
        auto engine = makeEngine();
        QSignalSpy states(engine.get(), &PlaybackEngine::stateChanged);
        engine->playTracks({song}, 0);
        QCOMPARE(engine->currentOrigin(), SourceResolver::Origin::Stream);
        m_copies.insert(song.id, m_dir.filePath(QStringLiteral("copy.mp3")));
        QTRY_COMPARE_WITH_TIMEOUT(engine->currentOrigin(), SourceResolver::Origin::OfflineCopy,
                                  kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(engine->position() > 500, kWaitMs);
        QVERIFY(!everStopped(states));
        QVERIFY(m_server.requestCount("/song.mp3") >= 1);
    }

    void aStreamCutShortGoesOnFromTheCopy() {
        const Track song = remote(11, QStringLiteral("Cut short"), QStringLiteral("/short.mp3"));
        auto engine = makeEngine();
        QSignalSpy states(engine.get(), &PlaybackEngine::stateChanged);
        QSignalSpy finished(engine.get(), &PlaybackEngine::queueFinished);
        engine->playTracks({song}, 0);
        QCOMPARE(engine->currentOrigin(), SourceResolver::Origin::Stream);
        m_copies.insert(song.id, m_dir.filePath(QStringLiteral("copy.mp3")));
        QTRY_COMPARE_WITH_TIMEOUT(engine->currentOrigin(), SourceResolver::Origin::OfflineCopy,
                                  kWaitMs);
        QVERIFY(engine->position() >= 1500);
        QTRY_VERIFY_WITH_TIMEOUT(engine->position() > 4000, kWaitMs);
        QCOMPARE(engine->currentTrack()->id, song.id);
        QVERIFY(!everStopped(states));
        QVERIFY(finished.isEmpty());
        QVERIFY(engine->sourceNote().contains(QStringLiteral("ended early")));
    }

    void aFailingStreamWithoutACopyIsSkippedAndMarked() {
        m_server.setMode(FaultMode::serverError(500).onlyFor("/song.mp3"));
        const Track song = remote(4, QStringLiteral("Broken"), QStringLiteral("/song.mp3"));
        auto engine = makeEngine();
        QueueModel queue(engine.get(), nullptr);
        QAbstractItemModelTester tester(&queue);
        QSignalSpy states(engine.get(), &PlaybackEngine::stateChanged);
        QSignalSpy notices(engine.get(), &PlaybackEngine::notice);
        QSignalSpy nothing(engine.get(), &PlaybackEngine::nothingPlayable);
        engine->playTracks({song, local(5)}, 0);

        QTRY_VERIFY_WITH_TIMEOUT(engine->currentTrack() && engine->currentTrack()->id == 5,
                                 kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), PlaybackEngine::State::Playing, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(engine->position() > 300, kWaitMs);
        QVERIFY(!everStopped(states));
        QVERIFY(nothing.isEmpty());

        const QModelIndex skipped = queue.index(0);
        const QString reason = skipped.data(QueueModel::UnplayableRole).toString();
        QCOMPARE(reason, QStringLiteral("the stream failed"));
        QVERIFY(skipped.data(Qt::ToolTipRole).toString().contains(reason));
        QVERIFY(skipped.data(Qt::ForegroundRole).isValid()); // greyed
        QVERIFY(queue.index(1).data(QueueModel::UnplayableRole).toString().isEmpty());
        QVERIFY(!notices.isEmpty());
        const QString said = notices.first().first().toString();
        QCOMPARE(said, QStringLiteral("Skipped “Broken”: the stream failed."));
        // The network stack's words (which may quote the signed URL) are never shown.
        QVERIFY(!said.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(engine->sourceNote(), said);
    }

    void aClosedGateSkipsAtOnceAndSaysWhenNothingCanPlay() {
        m_gate = QStringLiteral("the server cannot be reached");
        auto engine = makeEngine();
        QueueModel queue(engine.get(), nullptr);
        QAbstractItemModelTester tester(&queue);
        QSignalSpy nothing(engine.get(), &PlaybackEngine::nothingPlayable);
        QSignalSpy finished(engine.get(), &PlaybackEngine::queueFinished);

        // No copy: skipped before anything is asked of the network; the copy still plays.
        const Track streamed = remote(6, QStringLiteral("Streamed"), QStringLiteral("/song.mp3"));
        Track kept = remote(7, QStringLiteral("Kept"), QStringLiteral("/song.mp3"));
        m_copies.insert(kept.id, m_dir.filePath(QStringLiteral("copy.mp3")));
        engine->playTracks({streamed, kept}, 0);
        QCOMPARE(engine->currentTrack()->id, kept.id);
        QCOMPARE(engine->currentOrigin(), SourceResolver::Origin::OfflineCopy);
        QCOMPARE(queue.index(0).data(QueueModel::UnplayableRole).toString(), m_gate);
        QCOMPARE(engine->sourceNote(),
                 QStringLiteral("Skipped “Streamed”: the server cannot be reached."));
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), PlaybackEngine::State::Playing, kWaitMs);
        QVERIFY(nothing.isEmpty());

        // Only streams left: nothing can play, said once, and the queue is back at its start.
        const Track other = remote(8, QStringLiteral("Other"), QStringLiteral("/song.mp3"));
        engine->playTracks({streamed, other}, 0);
        QCOMPARE(nothing.count(), 1);
        QCOMPARE(nothing.first().first().toString(), m_gate);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(engine->state(), PlaybackEngine::State::Stopped);
        QCOMPARE(engine->queue().currentIndex(), 0);
        QVERIFY(engine->queue().isMarked(0) && engine->queue().isMarked(1));
        QCOMPARE(m_server.requestCount(), 0);

        // Play while it is still down: tried again at once, same answer, nothing hangs.
        engine->play();
        QCOMPARE(nothing.count(), 2);
        QCOMPARE(m_server.requestCount(), 0);

        // The service is back: the marks go, playback stays stopped until play is pressed.
        m_gate.clear();
        QSignalSpy marks(engine.get(), &PlaybackEngine::queueMarksChanged);
        engine->streamingRestored();
        QCOMPARE(marks.count(), 1);
        QVERIFY(!engine->queue().isMarked(0) && !engine->queue().isMarked(1));
        QVERIFY(queue.index(0).data(QueueModel::UnplayableRole).toString().isEmpty());
        QVERIFY(!queue.index(1).data(Qt::ForegroundRole).isValid());
        QCOMPARE(engine->state(), PlaybackEngine::State::Stopped);

        engine->play();
        QCOMPARE(engine->currentTrack()->id, streamed.id);
        QCOMPARE(engine->currentOrigin(), SourceResolver::Origin::Stream);
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), PlaybackEngine::State::Playing, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(engine->position() > 300, kWaitMs);
        QVERIFY(m_server.requestCount("/song.mp3") >= 1);
        QCOMPARE(nothing.count(), 2);
    }

    void missingFilesStayMarkedWhenStreamingReturns() {
        m_gate = QStringLiteral("the server cannot be reached");
        auto engine = makeEngine();
        Track gone = local(9);
        gone.location = m_dir.filePath(QStringLiteral("gone.flac"));
        const Track streamed = remote(10, QStringLiteral("Streamed"), QStringLiteral("/song.mp3"));
        QSignalSpy nothing(engine.get(), &PlaybackEngine::nothingPlayable);
        engine->playTracks({gone, streamed}, 0);
        QCOMPARE(nothing.count(), 1);
        QVERIFY(!engine->queue().mark(0).aboutService);
        QVERIFY(engine->queue().mark(1).aboutService);
        m_gate.clear();
        engine->streamingRestored();
        QVERIFY(engine->queue().isMarked(0));
        QVERIFY(!engine->queue().isMarked(1));
    }
};

QTEST_MAIN(TestPlaybackContinuity)
#include "tst_playbackcontinuity.moc"
