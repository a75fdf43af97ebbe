#include "core/playback/playbackengine.h"

#include <QAudioOutput>
#include <QTimer>

namespace refrain {

namespace {
constexpr qint64 kRestartThresholdMs = 3000;
}

PlaybackEngine::PlaybackEngine(std::unique_ptr<SourceResolver> resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver ? std::move(resolver) : std::make_unique<SourceResolver>())
    , m_player(new QMediaPlayer(this))
    , m_output(new QAudioOutput(this)) {
    qRegisterMetaType<refrain::Track>();
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            &PlaybackEngine::onMediaStatusChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PlaybackEngine::onError);
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlaybackEngine::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        // Tags know the length before the decoder does; prefer the decoder once it answers.
        if (duration > 0)
            Q_EMIT durationChanged(duration);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState s) {
                switch (s) {
                case QMediaPlayer::PlayingState:
                    setState(State::Playing);
                    break;
                case QMediaPlayer::PausedState:
                    setState(State::Paused);
                    break;
                case QMediaPlayer::StoppedState:
                    // End of a track is not a stop: the queue decides what happens next.
                    if (m_player->mediaStatus() != QMediaPlayer::EndOfMedia)
                        setState(State::Stopped);
                    break;
                }
            });
    applyVolume();
}

PlaybackEngine::~PlaybackEngine() {
    m_player->stop();
}

qint64 PlaybackEngine::position() const {
    return m_player->position();
}

qint64 PlaybackEngine::duration() const {
    const qint64 decoded = m_player->duration();
    if (decoded > 0)
        return decoded;
    const Track *track = m_queue.current();
    return track ? track->durationMs : 0;
}

void PlaybackEngine::setReplayGainMode(ReplayGainMode mode) {
    m_replayGain = mode;
    applyVolume();
}

void PlaybackEngine::playTracks(const TrackList &tracks, int start) {
    m_queue.replace(tracks, start);
    Q_EMIT queueChanged();
    m_consecutiveFailures = 0;
    startCurrent();
}

void PlaybackEngine::play() {
    if (!m_queue.current()) {
        if (m_queue.isEmpty())
            return;
        m_queue.setCurrent(0);
        startCurrent();
        return;
    }
    if (m_player->source().isEmpty() || m_state == State::Stopped) {
        startCurrent();
        return;
    }
    m_player->play();
}

void PlaybackEngine::pause() {
    m_player->pause();
}

void PlaybackEngine::togglePlayPause() {
    if (m_state == State::Playing)
        pause();
    else
        play();
}

void PlaybackEngine::stop() {
    m_player->stop();
    setState(State::Stopped);
}

void PlaybackEngine::next() {
    m_consecutiveFailures = 0;
    if (m_queue.advance())
        startCurrent();
}

void PlaybackEngine::previous() {
    m_consecutiveFailures = 0;
    if (m_player->position() > kRestartThresholdMs || !m_queue.hasPrevious()) {
        m_player->setPosition(0);
        return;
    }
    m_queue.back();
    startCurrent();
}

void PlaybackEngine::seek(qint64 positionMs) {
    if (m_player->isSeekable())
        m_player->setPosition(std::max<qint64>(0, positionMs));
}

void PlaybackEngine::setVolume(float volume) {
    volume = std::clamp(volume, 0.0f, 1.0f);
    if (qFuzzyCompare(volume + 1.0f, m_volume + 1.0f))
        return;
    m_volume = volume;
    applyVolume();
    Q_EMIT volumeChanged(m_volume);
}

void PlaybackEngine::updateTracks(const TrackList &tracks) {
    for (const Track &track : tracks)
        m_queue.updateTrack(track);
}

void PlaybackEngine::enqueue(const TrackList &tracks, int insertAt) {
    if (tracks.isEmpty())
        return;
    m_queue.insert(tracks, insertAt);
    Q_EMIT queueChanged();
}

void PlaybackEngine::playNext(const TrackList &tracks) {
    enqueue(tracks, m_queue.currentIndex() < 0 ? 0 : m_queue.currentIndex() + 1);
}

void PlaybackEngine::removeFromQueue(const QList<int> &rows) {
    const bool wasActive = m_state != State::Stopped;
    const bool removedCurrent = m_queue.remove(rows);
    Q_EMIT queueChanged();
    if (!removedCurrent)
        return;
    // The playing track was taken out: go on with what is now current, as a skip would.
    if (wasActive && m_queue.current()) {
        m_consecutiveFailures = 0;
        startCurrent();
    } else {
        stop();
        Q_EMIT currentTrackChanged(m_queue.current() ? *m_queue.current() : Track{});
    }
}

void PlaybackEngine::moveInQueue(const QList<int> &rows, int before) {
    m_queue.move(rows, before);
    Q_EMIT queueChanged();
}

void PlaybackEngine::playQueueRow(int row) {
    if (!m_queue.setCurrent(row))
        return;
    m_consecutiveFailures = 0;
    startCurrent();
}

void PlaybackEngine::startCurrent() {
    // Walks forward past tracks that cannot play now, one notice each, iteratively: a queue of
    // thousands of missing files must not recurse.
    for (;;) {
        const Track *track = m_queue.current();
        if (!track) {
            stop();
            return;
        }
        Q_EMIT currentTrackChanged(*track);
        if (track->durationMs > 0)
            Q_EMIT durationChanged(track->durationMs);
        const Result<QUrl> source = m_resolver->resolve(*track);
        if (source) {
            applyVolume();
            ++m_sourceSerial;
            m_player->setSource(source.value());
            m_player->play();
            return;
        }
        if (!moveOnAfterFailure(source.error().message))
            return;
    }
}

void PlaybackEngine::skipCurrent(const QString &reason) {
    if (moveOnAfterFailure(reason))
        startCurrent();
}

bool PlaybackEngine::moveOnAfterFailure(const QString &reason) {
    const Track *track = m_queue.current();
    const QString title = track ? track->title : QString();
    ++m_consecutiveFailures;
    // After every item in the queue failed once in a row there is nothing left to try.
    if (m_consecutiveFailures >= m_queue.size() || !m_queue.hasNext()) {
        Q_EMIT notice(
            tr("Couldn't play “%1”: %2. Nothing else in the queue could play.").arg(title, reason));
        ++m_sourceSerial;
        m_player->stop();
        m_player->setSource(QUrl());
        setState(State::Stopped);
        Q_EMIT queueFinished();
        return false;
    }
    Q_EMIT notice(tr("Skipped “%1”: %2.").arg(title, reason));
    m_queue.advance();
    return true;
}

void PlaybackEngine::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PlaybackEngine::applyVolume() {
    const Track *track = m_queue.current();
    const double gain = track ? replayGainFactor(*track, m_replayGain) : 1.0;
    m_output->setVolume(float(m_volume * gain));
}

void PlaybackEngine::onMediaStatusChanged(QMediaPlayer::MediaStatus status) {
    switch (status) {
    case QMediaPlayer::BufferedMedia:
        m_consecutiveFailures = 0;
        break;
    case QMediaPlayer::EndOfMedia:
        m_consecutiveFailures = 0;
        if (m_queue.advance()) {
            startCurrent();
        } else {
            setState(State::Stopped);
            Q_EMIT queueFinished();
        }
        break;
    case QMediaPlayer::InvalidMedia:
        failCurrentSource(tr("the file could not be decoded"));
        break;
    default:
        break;
    }
}

void PlaybackEngine::onError(QMediaPlayer::Error error, const QString &message) {
    if (error == QMediaPlayer::NoError)
        return;
    failCurrentSource(message.isEmpty() ? tr("playback failed") : message);
}

void PlaybackEngine::failCurrentSource(const QString &reason) {
    // An error and InvalidMedia usually both arrive for one broken file: only the first skips.
    if (m_failedSerial == m_sourceSerial)
        return;
    m_failedSerial = m_sourceSerial;
    // Not from inside the player's own signal: the backend is still unwinding its error, and a new
    // source set now can be swallowed. If the person moved on meanwhile, there is nothing to skip.
    QTimer::singleShot(0, this, [this, serial = m_sourceSerial, reason] {
        if (serial == m_sourceSerial)
            skipCurrent(reason);
    });
}

} // namespace refrain
