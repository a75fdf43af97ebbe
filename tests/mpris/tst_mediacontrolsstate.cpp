// MediaControlsState — what every desktop's media controls (MPRIS, Windows, macOS) are told and
// may ask — over a real engine playing generated files: what plays and which buttons work follow
// the queue, a cover written after its track started is announced once, commands sent from other
// threads (as Windows and macOS call their handlers) are obeyed on the UI thread and dropped once
// the controls are gone, and jumps in the position are announced.
#include "app/mediacontrolsstate.h"
#include "core/model/playermodel.h"
#include "core/playback/playbackengine.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/skipunlessci.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace refrain;
using refrain::test::AudioFixtures;
using refrain::test::ToneSpec;
using Status = MediaControlsState::Status;
using Command = MediaControlsState::Command;

namespace {

constexpr int kPlayTimeoutMs = 15000;
constexpr qint64 kTrackMs = 10000;

// Runs `work` on a thread of its own and waits for it, as a platform's handler thread would.
void onAnotherThread(std::function<void()> work) {
    std::unique_ptr<QThread> thread(QThread::create(std::move(work)));
    thread->start();
    QVERIFY(thread->wait(kPlayTimeoutMs));
}

} // namespace

class TestMediaControlsState : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PlaybackEngine> m_engine;
    std::unique_ptr<PlayerModel> m_player;
    std::unique_ptr<MediaControlsState> m_state;

    Track track(qint64 id, const QString &file, const QString &title) const {
        Track t;
        t.id = id;
        t.source = QLatin1String(Track::kLocalSource);
        t.location = m_dir.filePath(file);
        t.fileName = file;
        t.title = title;
        t.artist = QStringLiteral("Ännie Artist");
        t.album = QStringLiteral("Album One");
        t.albumArtist = QStringLiteral("Ännie Artist");
        t.durationMs = kTrackMs;
        return t;
    }
    TrackList threeTracks() const {
        TrackList list{track(1, QStringLiteral("one.ogg"), QStringLiteral("First Song")),
                       track(2, QStringLiteral("two.ogg"), QStringLiteral("Second Song")),
                       track(3, QStringLiteral("three.ogg"), QString())};
        list[2].artist.clear(); // untagged but for its album artist
        return list;
    }
    const MediaControlsState::Snapshot &shown() const { return m_state->published(); }
    // Playing, with its length known: nothing the desktop is shown is still on its way.
    void playAndSettle(int start) {
        m_engine->playTracks(threeTracks(), start);
        QTRY_VERIFY_WITH_TIMEOUT(shown().status == Status::Playing && shown().canSeek,
                                 kPlayTimeoutMs);
    }
    void pauseAndSettle() {
        m_state->pause();
        QTRY_COMPARE_WITH_TIMEOUT(shown().status, Status::Paused, kPlayTimeoutMs);
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
        m_engine = std::make_unique<PlaybackEngine>();
        m_engine->setVolume(0.1f);
        m_player = std::make_unique<PlayerModel>(m_engine.get());
        m_state = std::make_unique<MediaControlsState>(m_engine.get(), m_player.get());
    }

    void cleanup() {
        m_state.reset();
        m_player.reset();
        m_engine.reset();
    }

    void followsWhatPlays() {
        // Nothing queued: nothing to show, and no button that would do nothing.
        QVERIFY(!shown().hasTrack);
        QCOMPARE(shown().status, Status::Stopped);
        QVERIFY(!shown().canPlay);
        QVERIFY(!shown().canNext);
        QVERIFY(!shown().canPause);

        playAndSettle(0);
        QCOMPARE(shown().title, QStringLiteral("First Song"));
        QCOMPARE(shown().artist, QStringLiteral("Ännie Artist"));
        QCOMPARE(shown().album, QStringLiteral("Album One"));
        QCOMPARE(shown().track.id, 1);
        QVERIFY(qAbs(shown().durationMs - kTrackMs) <= 200);
        QVERIFY(shown().canNext);
        QVERIFY(shown().canPrevious);
        QVERIFY(shown().canPause);

        // The last track, untagged but for its album artist: named after its file, and no next.
        m_engine->playQueueRow(2);
        QTRY_COMPARE_WITH_TIMEOUT(shown().title, QStringLiteral("three.ogg"), kPlayTimeoutMs);
        QCOMPARE(shown().artist, QStringLiteral("Ännie Artist"));
        QVERIFY(!shown().canNext);

        m_state->stop();
        QTRY_COMPARE_WITH_TIMEOUT(shown().status, Status::Stopped, kPlayTimeoutMs);
        QVERIFY(shown().canPlay);
    }

    void nextIsNotOfferedWhenOnlyUnplayableTracksFollow() {
        Track gone = track(9, QStringLiteral("gone.ogg"), QStringLiteral("Gone"));
        m_engine->playTracks({gone, threeTracks().first()}, 0);
        QTRY_VERIFY_WITH_TIMEOUT(shown().status == Status::Playing && shown().track.id == 1,
                                 kPlayTimeoutMs);
        m_engine->moveInQueue({0}, -1);
        QVERIFY(m_player->canGoNext()); // the queue has a next row…
        QTRY_VERIFY(!shown().canNext);  // …that cannot play now
        m_state->next();                // a media key: nothing happens
        QCOMPARE(m_player->currentTrack().id, 1);
        QCOMPARE(shown().status, Status::Playing);
    }

    void aCoverWrittenLaterIsAnnouncedOnce() {
        const QString cover = m_dir.filePath(QStringLiteral("late.jpg"));
        QFile::remove(cover);
        m_state->setArtResolver([cover](const Track &) {
            return QFileInfo::exists(cover) ? QUrl::fromLocalFile(cover) : QUrl();
        });
        playAndSettle(0);
        pauseAndSettle(); // nothing else changes while the cover arrives
        QCOMPARE(shown().artUrl, QUrl());

        QSignalSpy changed(m_state.get(), &MediaControlsState::changed);
        QFile file(cover);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not really a jpeg; only its path is published");
        file.close();
        // CoverStore says "ready" for every album it loads: several notices, one change.
        m_state->artMayHaveChanged();
        m_state->artMayHaveChanged();
        m_state->artMayHaveChanged();
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(shown().artUrl, QUrl::fromLocalFile(cover));
        QCOMPARE(shown().title, QStringLiteral("First Song"));

        // Only local files are published: a server's cover URL carries credentials.
        m_state->setArtResolver([](const Track &) {
            return QUrl(QStringLiteral("https://example.invalid/rest/getCoverArt?id=1&t=secret"));
        });
        QTRY_COMPARE(changed.count(), 2);
        QCOMPARE(shown().artUrl, QUrl());
    }

    void commandsFromOtherThreadsAreObeyedHere() {
        playAndSettle(0);
        const std::shared_ptr<MediaControlsState::Remote> remote = m_state->remote();
        QSignalSpy seeked(m_state.get(), &MediaControlsState::seeked);

        onAnotherThread([remote] { remote->send(Command::PlayPause); });
        QTRY_COMPARE_WITH_TIMEOUT(shown().status, Status::Paused, kPlayTimeoutMs);

        onAnotherThread([remote] { remote->send(Command::Next); });
        QTRY_COMPARE_WITH_TIMEOUT(shown().track.id, 2, kPlayTimeoutMs);

        // Seeking while paused, so where it lands does not depend on the machine's speed.
        if (m_engine->state() != PlaybackEngine::State::Paused)
            pauseAndSettle();
        QTRY_VERIFY_WITH_TIMEOUT(m_state->canSeek(), kPlayTimeoutMs);
        onAnotherThread([remote] { remote->send(Command::SeekTo, 4000); });
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(m_engine->position() - 4000) <= 100, kPlayTimeoutMs);
        QTRY_VERIFY(seeked.contains(QVariantList{qint64(4000)}));
        // Past the end of the track: not a place to go to.
        const auto seeksBefore = seeked.count();
        QVERIFY(!m_state->seekTo(kTrackMs * 2));
        QCOMPARE(seeked.count(), seeksBefore);

        // The controls are closed while a key is pressed: the command goes nowhere.
        m_state.reset();
        onAnotherThread([remote] { remote->send(Command::Previous); });
        onAnotherThread([remote] { remote->post([] { QFAIL("ran after the state was gone"); }); });
        QCoreApplication::processEvents(); // runs anything that was wrongly queued
        QCOMPARE(m_player->currentTrack().id, 2);
        QCOMPARE(m_engine->state(), PlaybackEngine::State::Paused);
    }

    void aJumpMadeInRefrainIsAnnounced() {
        playAndSettle(0);
        QSignalSpy seeked(m_state.get(), &MediaControlsState::seeked);
        // Refrain's own seek bar, while playing: far enough, either way, not to be mistaken for
        // playing on however slow the machine.
        const qint64 target = m_engine->position() < kTrackMs / 2 ? kTrackMs - 2000 : 1000;
        m_player->seek(target);
        QTRY_VERIFY_WITH_TIMEOUT(!seeked.isEmpty(), kPlayTimeoutMs);
        const qint64 announced = seeked.first().first().toLongLong();
        QVERIFY2(qAbs(announced - target) <= MediaControlsState::kJumpToleranceMs,
                 QByteArray::number(announced));
    }
};

QTEST_GUILESS_MAIN(TestMediaControlsState)
#include "tst_mediacontrolsstate.moc"
