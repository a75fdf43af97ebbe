// ListenRecorder: what the engine played becomes history. The engine's signals are fed by hand
// for the arithmetic of the rule (minutes of real playback would make the suite slow), and a
// real QMediaPlayer plays a real file for the wiring.
#include "core/library/database.h"
#include "core/library/statement.h"
#include "core/model/listenrecorder.h"
#include "core/playback/playbackengine.h"
#include "core/service/request/manualclock.h"
#include "tests/support/audiofixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace refrain::test {

struct Row {
    qint64 playedMs = 0;
    bool counted = false;
    qint64 startedAt = 0;
    QString serverId;
    QString songId;
    int scrobbles = 0;
};

class TestListenRecorder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    ManualClock m_clock;

    // Jobs run at once on this thread: the database is this test's own.
    ListenRecorder::DatabaseRunner runner() {
        return [this](std::function<void(Database &)> job) { job(*m_db); };
    }

    QList<Row> rows() {
        QList<Row> out;
        auto s = Statement::prepare(
            *m_db, "SELECT played_ms, counted, started_at, COALESCE(server_id, ''), "
                   "COALESCE(song_id, ''), (SELECT COUNT(*) FROM scrobble_queue q WHERE "
                   "q.listen_id = l.id) FROM listens l ORDER BY id");
        if (!s)
            return out;
        while (s.value().step() == Statement::Step::Row) {
            out.append({s.value().int64(0), s.value().integer(1) != 0, s.value().int64(2),
                        s.value().text(3), s.value().text(4), s.value().integer(5)});
        }
        return out;
    }

    static Track track(qint64 id, qint64 durationMs, const QString &location = {}) {
        Track t;
        t.id = id;
        t.title = QStringLiteral("Song %1").arg(id);
        t.artist = QStringLiteral("Artist");
        t.album = QStringLiteral("Album");
        t.durationMs = durationMs;
        t.location = location.isEmpty() ? QStringLiteral("/music/%1.flac").arg(id) : location;
        return t;
    }

    // Plays from `from` to `to` as the engine reports it: a position every 250 ms, the clock
    // moving with it.
    void play(ListenRecorder &recorder, qint64 from, qint64 to) {
        for (qint64 pos = from; pos <= to; pos += 250) {
            recorder.onPosition(pos);
            m_clock.advance(250);
        }
    }

private Q_SLOTS:
    void init() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("%1.db"))
                                     .arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(db.ok());
        m_db.emplace(std::move(db).value());
    }
    void cleanup() { m_db.reset(); }

    // A 3-minute song counts once 90 s were heard — stored then, owing its scrobbles — and the
    // row learns the full time heard when the song ends.
    void countedAtHalfAndCompletedAtEnd() {
        ListenRecorder recorder(runner(), &m_clock);
        recorder.setTargets(
            [](const Track &) { return QStringList{QStringLiteral("listenbrainz")}; });
        QSignalSpy recorded(&recorder, &ListenRecorder::listenRecorded);
        const qint64 startWall = m_clock.wallNow().toMSecsSinceEpoch();
        recorder.onTrackChanged(track(1, 180'000));
        recorder.onState(PlaybackEngine::State::Playing);
        play(recorder, 0, 89'750);
        QVERIFY(rows().isEmpty());
        play(recorder, 90'000, 90'000);
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(rows().size(), 1);
        QVERIFY(rows().first().counted);
        QCOMPARE(rows().first().scrobbles, 1);
        QCOMPARE(rows().first().startedAt, startWall);
        play(recorder, 90'250, 150'000);
        recorder.onTrackChanged(track(2, 180'000));
        QCOMPARE(rows().size(), 1);
        QCOMPARE(rows().first().playedMs, 150'000);
    }

    // A seek does not count as listening; neither does time spent paused.
    void seeksAndPausesDoNotCount() {
        ListenRecorder recorder(runner(), &m_clock);
        recorder.onTrackChanged(track(1, 180'000));
        recorder.onState(PlaybackEngine::State::Playing);
        play(recorder, 0, 10'000);
        play(recorder, 120'000, 130'000); // jumped forward 110 s
        recorder.onState(PlaybackEngine::State::Paused);
        play(recorder, 130'000, 170'000); // positions while paused
        QCOMPARE(recorder.playedMs(), 20'000);
        recorder.onTrackChanged({});
        QCOMPARE(rows().size(), 1);
        QVERIFY(!rows().first().counted);
        QCOMPARE(rows().first().playedMs, 20'000);
        QCOMPARE(rows().first().scrobbles, 0);
    }

    // Songs of 30 s or less never count; a flick past a song (under a second) is not kept.
    void shortSongsAndFlicks() {
        ListenRecorder recorder(runner(), &m_clock);
        recorder.onTrackChanged(track(1, 30'000));
        recorder.onState(PlaybackEngine::State::Playing);
        play(recorder, 0, 30'000);
        recorder.onTrackChanged(track(2, 200'000));
        play(recorder, 0, 500);
        recorder.onTrackChanged(track(3, 200'000));
        const QList<Row> all = rows();
        QCOMPARE(all.size(), 1);
        QVERIFY(!all.first().counted);
        QCOMPARE(all.first().playedMs, 30'000);
    }

    // A server's song is recorded with its server and song id, for the server's scrobble queue.
    void serverSongsKeepTheirIdentity() {
        ListenRecorder recorder(runner(), &m_clock);
        recorder.setTargets([](const Track &t) {
            return t.location.startsWith(QLatin1String("subsonic://"))
                       ? QStringList{QStringLiteral("server:home"), QStringLiteral("listenbrainz")}
                       : QStringList{};
        });
        recorder.onTrackChanged(track(0, 100'000, QStringLiteral("subsonic://home/song-42")));
        recorder.onState(PlaybackEngine::State::Playing);
        play(recorder, 0, 60'000);
        recorder.flush();
        QCOMPARE(rows().size(), 1);
        QCOMPARE(rows().first().serverId, QStringLiteral("home"));
        QCOMPARE(rows().first().songId, QStringLiteral("song-42"));
        QCOMPARE(rows().first().scrobbles, 2);
        QCOMPARE(rows().first().playedMs, 60'000);
    }

    // Stop, then play the same song again: two plays.
    void replayAfterStopIsAnotherPlay() {
        ListenRecorder recorder(runner(), &m_clock);
        recorder.onTrackChanged(track(1, 200'000));
        recorder.onState(PlaybackEngine::State::Playing);
        play(recorder, 0, 5'000);
        recorder.onState(PlaybackEngine::State::Stopped);
        recorder.onState(PlaybackEngine::State::Playing);
        play(recorder, 0, 3'000);
        recorder.flush();
        QCOMPARE(rows().size(), 2);
        QCOMPARE(rows().at(0).playedMs, 5'000);
        QCOMPARE(rows().at(1).playedMs, 3'000);
    }

    // The real engine playing a real 2 s file: one play, not a listen, with the time heard.
    void realPlaybackIsRecorded() {
        ToneSpec spec;
        spec.relativePath = QStringLiteral("tone.flac");
        spec.seconds = 2;
        spec.title = QStringLiteral("Tone");
        spec.artist = QStringLiteral("Generator");
        const QString error = AudioFixtures::makeTone(m_dir.path(), spec);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Track t = track(7, 2'000, m_dir.filePath(spec.relativePath));
        t.title = spec.title;
        t.artist = spec.artist;
        t.source = QString::fromLatin1(Track::kLocalSource);

        ManualClock clock;
        PlaybackEngine engine;
        engine.setVolume(0.1f);
        ListenRecorder recorder(runner(), &clock);
        recorder.attach(&engine);
        QSignalSpy finished(&engine, &PlaybackEngine::queueFinished);
        engine.playTracks({t}, 0);
        QVERIFY(finished.wait(15'000));
        const QList<Row> all = rows();
        QCOMPARE(all.size(), 1);
        QVERIFY(!all.first().counted);
        QVERIFY2(all.first().playedMs >= 1'000 && all.first().playedMs <= 2'100,
                 qPrintable(QString::number(all.first().playedMs)));
    }
};

} // namespace refrain::test

QTEST_MAIN(refrain::test::TestListenRecorder)
#include "tst_listenrecorder.moc"
