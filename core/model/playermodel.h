// PlayerModel: what the now-playing bar shows and the commands it may give, over the playback
// engine. Views talk to this, not to the engine, so capabilities can gate actions in one place.
#pragma once

#include "core/library/track.h"
#include "core/playback/playbackengine.h"

#include <QObject>

namespace refrain {

class PlayerModel : public QObject {
    Q_OBJECT
public:
    explicit PlayerModel(PlaybackEngine *engine, QObject *parent = nullptr);

    bool isPlaying() const { return m_engine->state() == PlaybackEngine::State::Playing; }
    bool hasCurrent() const { return m_engine->currentTrack() != nullptr; }
    Track currentTrack() const;
    qint64 position() const { return m_engine->position(); }
    qint64 duration() const { return m_engine->duration(); }
    bool canGoNext() const { return m_engine->queue().hasNext(); }
    bool canGoPrevious() const { return hasCurrent(); }
    bool canPlay() const { return !m_engine->queue().isEmpty(); }
    float volume() const { return m_engine->volume(); }
    // 0..100 on a perceptual (logarithmic) scale, as a volume slider should move.
    int volumePercent() const;
    // "Title — Artist", or empty when nothing is loaded.
    QString nowPlayingText() const;
    // One line on why playback is not as asked ("Playing the downloaded copy — the stream
    // stalled."); empty when nothing unusual happened.
    QString sourceNote() const { return m_engine->sourceNote(); }

public Q_SLOTS:
    void playTracks(const refrain::TrackList &tracks, int start) {
        m_engine->playTracks(tracks, start);
    }
    void togglePlayPause() { m_engine->togglePlayPause(); }
    void next() { m_engine->next(); }
    void previous() { m_engine->previous(); }
    void seek(qint64 ms) { m_engine->seek(ms); }
    void setVolume(float volume) { m_engine->setVolume(volume); }
    void setVolumePercent(int percent);
    // "Play Next" puts the tracks right after the current one; otherwise they go at the end.
    void addToQueue(const refrain::TrackList &tracks, bool next) {
        next ? m_engine->playNext(tracks) : m_engine->enqueue(tracks);
    }

Q_SIGNALS:
    void stateChanged(); // playing/paused/stopped, current track, what can be done
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void volumeChanged(float volume);
    void notice(const QString &text);
    void sourceNoteChanged(const QString &text);

private:
    PlaybackEngine *m_engine;
};

} // namespace refrain
