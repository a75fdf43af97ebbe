// PlaybackEngine: plays the queue through QMediaPlayer. It asks the SourceResolver where audio
// comes from, walks on when a track cannot play (telling the person why, never with a dialog),
// and applies ReplayGain under the user's volume.
#pragma once

#include "core/library/track.h"
#include "core/playback/playqueue.h"
#include "core/playback/replaygain.h"
#include "core/playback/sourceresolver.h"

#include <QMediaPlayer>
#include <QObject>

#include <memory>

class QAudioOutput;

namespace refrain {

class PlaybackEngine : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)

    explicit PlaybackEngine(std::unique_ptr<SourceResolver> resolver = {},
                            QObject *parent = nullptr);
    ~PlaybackEngine() override;

    const PlayQueue &queue() const { return m_queue; }
    State state() const { return m_state; }
    qint64 position() const;
    qint64 duration() const;
    float volume() const { return m_volume; }
    const Track *currentTrack() const { return m_queue.current(); }

    void setReplayGainMode(ReplayGainMode mode);

public Q_SLOTS:
    // Replaces the queue and starts playing at index start.
    void playTracks(const refrain::TrackList &tracks, int start);
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

Q_SIGNALS:
    void stateChanged(refrain::PlaybackEngine::State state);
    void currentTrackChanged(const refrain::Track &track); // an empty Track when nothing is current
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    void volumeChanged(float volume);
    // Something a person should know, shown inline and never as a dialog: "Skipped …: reason".
    void notice(const QString &text);
    void queueFinished();
    // The queue's contents or order changed (not emitted for moving to the next track).
    void queueChanged();

private:
    void startCurrent();
    void skipCurrent(const QString &reason);
    // Notes the failure and advances; false when nothing is left to try (playback stopped).
    bool moveOnAfterFailure(const QString &reason);
    void failCurrentSource(const QString &reason);
    void setState(State state);
    void applyVolume();
    void onMediaStatusChanged(QMediaPlayer::MediaStatus status);
    void onError(QMediaPlayer::Error error, const QString &message);

    std::unique_ptr<SourceResolver> m_resolver;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    PlayQueue m_queue;
    State m_state = State::Stopped;
    float m_volume = 1.0f;
    ReplayGainMode m_replayGain = ReplayGainMode::Track;
    int m_consecutiveFailures = 0;
    quint64 m_sourceSerial = 0; // counts setSource() calls
    quint64 m_failedSerial = 0; // the source that last failed
};

} // namespace refrain
