// PlaybackEngine: plays the queue through QMediaPlayer. It asks the SourceResolver where audio
// comes from; when a stream stalls or fails it goes on from the verified local copy at the same
// place, else walks on to the next playable item, marking what could not play and telling the
// person why in one line (never with a dialog); and it applies ReplayGain under the user's volume.
#pragma once

#include "core/library/track.h"
#include "core/playback/playqueue.h"
#include "core/playback/replaygain.h"
#include "core/playback/sourceresolver.h"

#include <QMediaPlayer>
#include <QObject>
#include <QTimer>

#include <memory>

class QAudioOutput;

namespace refrain {

class PlaybackEngine : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)

    static constexpr int kDefaultStallTimeoutMs = 3000;

    explicit PlaybackEngine(std::unique_ptr<SourceResolver> resolver = {},
                            QObject *parent = nullptr);
    ~PlaybackEngine() override;

    const PlayQueue &queue() const { return m_queue; }
    State state() const { return m_state; }
    qint64 position() const;
    qint64 duration() const;
    float volume() const { return m_volume; }
    const Track *currentTrack() const { return m_queue.current(); }
    // Where the current track's audio comes from (None while nothing is loaded).
    SourceResolver::Origin currentOrigin() const { return m_origin; }
    // The one line that explains an unusual source or skip; empty when nothing unusual happened.
    QString sourceNote() const { return m_note; }

    void setReplayGainMode(ReplayGainMode mode);
    ReplayGainMode replayGainMode() const { return m_replayGain; }
    // How long a playing stream may make no progress before it counts as stalled.
    void setStallTimeoutMs(int ms) { m_stallTimer.setInterval(std::max(1, ms)); }
    int stallTimeoutMs() const { return m_stallTimer.interval(); }

public Q_SLOTS:
    // Replaces the queue and starts playing at index start.
    void playTracks(const refrain::TrackList &tracks, int start);
    // Resume where the person left off: the queue comes back with `current` loaded but stopped,
    // showing positionMs; play() continues that track from there (choosing another starts it
    // from the beginning).
    void restoreQueue(const refrain::TrackList &tracks, int current, qint64 positionMs);
    void play();
    void pause();
    void togglePlayPause();
    void stop();
    void next();
    // Restarts the track when more than 3 s in, as every player does; otherwise goes back one.
    void previous();
    void seek(qint64 positionMs);
    // Linear 0..1; the UI maps its slider to it perceptually.
    void setVolume(float volume);
    // Keeps queued tracks in step with the library.
    void updateTracks(const refrain::TrackList &tracks);
    // Up Next: add (before insertAt; -1 at the end), play next, remove, reorder, jump.
    void enqueue(const refrain::TrackList &tracks, int insertAt = -1);
    void playNext(const refrain::TrackList &tracks);
    void removeFromQueue(const QList<int> &rows);
    void moveInQueue(const QList<int> &rows, int before);
    void playQueueRow(int row);
    // The service is back: items marked for a service failure are playable again. Playback that
    // stopped because nothing could play stays stopped until the person presses play.
    void streamingRestored();

Q_SIGNALS:
    void stateChanged(refrain::PlaybackEngine::State state);
    void currentTrackChanged(const refrain::Track &track); // an empty Track when nothing is current
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    void volumeChanged(float volume);
    // Something a person should know, shown inline and never as a dialog: "Skipped …: reason".
    void notice(const QString &text);
    // The now-playing line changed: "Playing the downloaded copy — the stream stalled.", or
    // empty once a track starts normally again.
    void sourceNoteChanged(const QString &text);
    // Playback ran out of queue: a normal end, or nothing that was left could play.
    void queueFinished();
    // Emitted after queueFinished when playback stopped because nothing left in the queue could
    // play and a service failure was among the reasons: the moment to offer Emergency Essentials.
    void nothingPlayable(const QString &reason);
    // The queue's contents or order changed (not emitted for moving to the next track).
    void queueChanged();
    // Items first..last were marked unplayable or became playable again (rows of queue()).
    void queueMarksChanged(int first, int last);

private:
    // Why startCurrent runs: a person's choice and a normal end clear the note; a walk after a
    // failure keeps it, and passes over items already marked unplayable.
    enum class StartReason { Chosen, NextInQueue, AfterFailure };

    void replacePlayer();
    void startCurrent(StartReason why);
    void startSource(const QUrl &url, SourceResolver::Origin origin, qint64 resumeAtMs);
    void skipCurrent(const QString &reason, bool aboutService);
    // Notes the failure and advances; false when nothing is left to try (playback stopped).
    // `quiet`: the item was already marked and the person already told.
    bool moveOnAfterFailure(const QString &reason, bool aboutService, bool quiet);
    void stopForNothingPlayable(const QString &lastReason, bool quiet);
    void markCurrent(const QString &reason, bool aboutService);
    void failCurrentSource(const QString &reason);
    // A stream stalled, failed or ended early: the local copy from the same place, else skip.
    void recoverStream(const QString &why);
    void setState(State state);
    void setNote(const QString &text);
    void applyVolume();
    void updateStallWatch();
    void onPosition(qint64 positionMs);
    void onPlayerState(QMediaPlayer::PlaybackState state);
    void onMediaStatusChanged(QMediaPlayer::MediaStatus status);
    void onError(QMediaPlayer::Error error, const QString &message);
    void applyPendingSeek();

    std::unique_ptr<SourceResolver> m_resolver;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    PlayQueue m_queue;
    State m_state = State::Stopped;
    float m_volume = 1.0f;
    ReplayGainMode m_replayGain = ReplayGainMode::Track;
    int m_consecutiveFailures = 0;
    int m_failureRunStart = -1;       // the row where the current run of failures began
    bool m_failureRunService = false; // a service failure was among them
    quint64 m_sourceSerial = 0;       // counts setSource() calls
    quint64 m_failedSerial = 0;       // the source that last failed
    SourceResolver::Origin m_origin = SourceResolver::Origin::None;
    qint64 m_lastPosition = 0;  // the furthest the current source got, for a resume
    qint64 m_pendingSeek = -1;  // where a resumed copy starts, once it can seek
    qint64 m_deferredSeek = -1; // a seek asked for before the source could seek
    // Set by restoreQueue until the restored track starts (or another is chosen).
    qint64 m_restoredTrackId = 0;
    qint64 m_restoredAtMs = 0;
    QTimer m_stallTimer;
    QString m_note;
};

} // namespace refrain
