#include "core/playback/playbackengine.h"

#include <QAudioOutput>

namespace refrain {

namespace {
constexpr qint64 kRestartThresholdMs = 3000;
// A stream that ends this far before the track's known length was cut, not finished.
constexpr qint64 kEarlyEndMarginMs = 5000;
// How long a resumed copy may play silently waiting for its length to be known before it seeks.
constexpr qint64 kGiveUpSeekAfterMs = 4000;

// A reason goes inside a sentence of ours ("Skipped “X”: reason."): its own full stop would
// make two.
QString clause(QString reason) {
    reason = reason.trimmed();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    return reason;
}
} // namespace

PlaybackEngine::PlaybackEngine(std::unique_ptr<SourceResolver> resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver ? std::move(resolver) : std::make_unique<SourceResolver>())
    , m_output(new QAudioOutput(this)) {
    qRegisterMetaType<refrain::Track>();
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(kDefaultStallTimeoutMs);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        if (m_origin == SourceResolver::Origin::Stream && m_state == State::Playing)
            recoverStream(tr("the stream stalled"));
    });
    replacePlayer();
    applyVolume();
}

// A player whose source failed still has messages about it on their way (GStreamer posts an
// error, then "Internal data stream error", then InvalidMedia, one event-loop turn apart): they
// would be taken for the next song's and skip it too. The next song gets a fresh player instead.
void PlaybackEngine::replacePlayer() {
    if (m_player) {
        disconnect(m_player, nullptr, this, nullptr);
        m_player->stop();
        m_player->setAudioOutput(nullptr);
        m_player->deleteLater(); // we may be inside one of its signals
    }
    m_player = new QMediaPlayer(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            &PlaybackEngine::onMediaStatusChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PlaybackEngine::onError);
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlaybackEngine::onPosition);
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        if (seekable)
            applyPendingSeek();
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        // Tags know the length before the decoder does; prefer the decoder once it answers.
        if (duration > 0) {
            Q_EMIT durationChanged(duration);
            applyPendingSeek();
        }
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &PlaybackEngine::onPlayerState);
}

PlaybackEngine::~PlaybackEngine() {
    m_player->stop();
}

qint64 PlaybackEngine::position() const {
    if (m_restoredTrackId != 0 && m_state == State::Stopped)
        return m_restoredAtMs;
    // A copy taking over from a stream is at the stream's place as far as anyone can tell.
    return m_pendingSeek >= 0 ? m_pendingSeek : m_player->position();
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
    startCurrent(StartReason::Chosen);
}

void PlaybackEngine::restoreQueue(const TrackList &tracks, int current, qint64 positionMs) {
    stop();
    m_queue.replace(tracks, std::clamp(current, 0, std::max(0, int(tracks.size()) - 1)));
    Q_EMIT queueChanged();
    const Track *track = m_queue.current();
    m_restoredTrackId = track ? track->id : 0;
    m_restoredAtMs = track ? std::max<qint64>(0, positionMs) : 0;
    if (!track) {
        Q_EMIT currentTrackChanged(Track());
        return;
    }
    Q_EMIT currentTrackChanged(*track);
    if (track->durationMs > 0)
        Q_EMIT durationChanged(track->durationMs);
    Q_EMIT positionChanged(m_restoredAtMs);
}

void PlaybackEngine::play() {
    if (!m_queue.current()) {
        if (m_queue.isEmpty())
            return;
        m_queue.setCurrent(0);
        startCurrent(StartReason::Chosen);
        return;
    }
    if (m_player->source().isEmpty() || m_state == State::Stopped) {
        startCurrent(StartReason::Chosen);
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
    m_stallTimer.stop();
    m_pendingSeek = -1;
    applyVolume();
    m_player->stop();
    setState(State::Stopped);
}

void PlaybackEngine::next() {
    if (m_queue.advance())
        startCurrent(StartReason::Chosen);
}

void PlaybackEngine::previous() {
    if (m_player->position() > kRestartThresholdMs || !m_queue.hasPrevious()) {
        m_pendingSeek = -1;
        applyVolume();
        m_player->setPosition(0);
        return;
    }
    m_queue.back();
    startCurrent(StartReason::Chosen);
}

void PlaybackEngine::seek(qint64 positionMs) {
    positionMs = std::max<qint64>(0, positionMs);
    if (m_restoredTrackId != 0 && m_state == State::Stopped) {
        m_restoredAtMs = positionMs; // the restored track will start there
        Q_EMIT positionChanged(positionMs);
        return;
    }
    if (m_pendingSeek >= 0) {
        m_pendingSeek = positionMs; // the copy is still loading: it starts there instead
        return;
    }
    if (m_player->isSeekable() && m_player->duration() > 0)
        m_player->setPosition(positionMs);
    else
        m_deferredSeek = positionMs; // asked for before the file could seek: done once it can
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
    bool cleared = false;
    for (const Track &track : tracks)
        cleared = m_queue.updateTrack(track) || cleared;
    if (cleared)
        Q_EMIT queueMarksChanged(0, m_queue.size() - 1);
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
        startCurrent(StartReason::Chosen);
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
    startCurrent(StartReason::Chosen);
}

void PlaybackEngine::streamingRestored() {
    if (m_queue.clearServiceMarks())
        Q_EMIT queueMarksChanged(0, m_queue.size() - 1);
}

void PlaybackEngine::startCurrent(StartReason why) {
    if (why != StartReason::AfterFailure) {
        m_consecutiveFailures = 0;
        setNote({});
    }
    // Walks forward past tracks that cannot play now, one notice each, iteratively: a queue of
    // thousands of missing files must not recurse. A chosen item is tried even when marked (the
    // person may know better); on a walk, marked items are passed over without a new notice.
    bool honourMarks = why != StartReason::Chosen;
    for (;;) {
        const Track *track = m_queue.current();
        if (!track) {
            stop();
            return;
        }
        const int row = m_queue.currentIndex();
        if (honourMarks && m_queue.isMarked(row)) {
            const PlayQueue::Mark mark = m_queue.mark(row);
            if (!moveOnAfterFailure(mark.reason, mark.aboutService, true))
                return;
            continue;
        }
        honourMarks = true;
        // The restored track continues where it was left; anything else starts from the top.
        const qint64 resumeAt = track->id == m_restoredTrackId ? m_restoredAtMs : 0;
        m_restoredTrackId = 0;
        m_restoredAtMs = 0;
        Q_EMIT currentTrackChanged(*track);
        if (track->durationMs > 0)
            Q_EMIT durationChanged(track->durationMs);
        const Result<QUrl> source = m_resolver->resolve(*track);
        if (source) {
            startSource(source.value(), m_resolver->lastOrigin(), resumeAt);
            return;
        }
        // A server's track fails for the service (no copy, no stream now); a file for itself.
        const bool aboutService = !track->isLocal();
        markCurrent(source.error().message, aboutService);
        if (!moveOnAfterFailure(source.error().message, aboutService, false))
            return;
    }
}

void PlaybackEngine::startSource(const QUrl &url, SourceResolver::Origin origin,
                                 qint64 resumeAtMs) {
    // Every source gets a fresh player, not only a failed one's successor (see replacePlayer):
    // a finished or skipped player's end of stream can still be on its way too. Under load it
    // arrived after the next song's setSource and ended that song at 0:00, silently.
    replacePlayer();
    ++m_sourceSerial;
    m_origin = origin;
    m_lastPosition = resumeAtMs;
    m_pendingSeek = resumeAtMs > 0 ? resumeAtMs : -1;
    m_deferredSeek = -1;
    applyVolume();
    m_player->setSource(url);
    m_player->play();
    if (m_state != State::Playing && m_player->playbackState() == QMediaPlayer::PlayingState)
        setState(State::Playing);
    m_stallTimer.stop(); // a new source gets the whole timeout
    updateStallWatch();
}

void PlaybackEngine::skipCurrent(const QString &reason, bool aboutService) {
    markCurrent(reason, aboutService);
    if (moveOnAfterFailure(reason, aboutService, false))
        startCurrent(StartReason::AfterFailure);
}

void PlaybackEngine::markCurrent(const QString &reason, bool aboutService) {
    const int row = m_queue.currentIndex();
    if (row < 0)
        return;
    m_queue.markUnplayable(row, reason, aboutService);
    Q_EMIT queueMarksChanged(row, row);
}

bool PlaybackEngine::moveOnAfterFailure(const QString &reason, bool aboutService, bool quiet) {
    if (m_consecutiveFailures == 0) {
        m_failureRunStart = m_queue.currentIndex();
        m_failureRunService = false;
    }
    ++m_consecutiveFailures;
    m_failureRunService = m_failureRunService || aboutService;
    // After every item in the queue failed once in a row there is nothing left to try.
    if (m_consecutiveFailures >= m_queue.size() || !m_queue.hasNext()) {
        stopForNothingPlayable(reason, quiet);
        return false;
    }
    if (!quiet) {
        const Track *track = m_queue.current();
        const QString text =
            tr("Skipped “%1”: %2.").arg(track ? track->title : QString(), clause(reason));
        Q_EMIT notice(text);
        setNote(text);
    }
    m_queue.advance();
    return true;
}

void PlaybackEngine::stopForNothingPlayable(const QString &lastReason, bool quiet) {
    const Track *track = m_queue.current();
    const QString text =
        quiet ? tr("Nothing left in the queue can play now: %1.").arg(clause(lastReason))
              : tr("Couldn't play “%1”: %2. Nothing else in the queue could play.")
                    .arg(track ? track->title : QString(), clause(lastReason));
    Q_EMIT notice(text);
    setNote(text);
    m_stallTimer.stop();
    ++m_sourceSerial;
    m_origin = SourceResolver::Origin::None;
    m_pendingSeek = -1;
    m_player->stop();
    m_player->setSource(QUrl());
    setState(State::Stopped);
    // Play starts again where the failures began, which is what is worth retrying.
    if (m_failureRunStart >= 0 && m_failureRunStart != m_queue.currentIndex()
        && m_queue.setCurrent(m_failureRunStart))
        Q_EMIT currentTrackChanged(*m_queue.current());
    const bool service = m_failureRunService;
    m_consecutiveFailures = 0;
    Q_EMIT queueFinished();
    if (service)
        Q_EMIT nothingPlayable(lastReason);
}

void PlaybackEngine::recoverStream(const QString &why) {
    const Track *track = m_queue.current();
    if (!track)
        return;
    // The capabilities may know more than the player ("the server cannot be reached").
    const QString blocked = m_resolver->streamBlockedReason();
    const QString reason = blocked.isEmpty() ? why : blocked;
    // The failed player may still be waiting on its connection or reporting on it.
    replacePlayer();
    const QString copy = m_resolver->offlineCopy(*track);
    if (copy.isEmpty()) {
        skipCurrent(reason, true);
        return;
    }
    setNote(tr("Playing the downloaded copy — %1.").arg(clause(reason)));
    startSource(QUrl::fromLocalFile(copy), SourceResolver::Origin::OfflineCopy, m_lastPosition);
}

void PlaybackEngine::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    updateStallWatch();
    Q_EMIT stateChanged(state);
}

void PlaybackEngine::setNote(const QString &text) {
    if (m_note == text)
        return;
    m_note = text;
    Q_EMIT sourceNoteChanged(m_note);
}

void PlaybackEngine::applyVolume() {
    const Track *track = m_queue.current();
    const double gain = track ? replayGainFactor(*track, m_replayGain) : 1.0;
    // A copy taking over plays silently until it is at the stream's place: the person hears
    // the song go on, not its first moments again.
    m_output->setVolume(m_pendingSeek >= 0 ? 0.0f : float(m_volume * gain));
}

// Only a stream can stall for the service; the watch runs while it should be making progress.
void PlaybackEngine::updateStallWatch() {
    if (m_origin == SourceResolver::Origin::Stream && m_state == State::Playing) {
        if (!m_stallTimer.isActive())
            m_stallTimer.start();
    } else {
        m_stallTimer.stop();
    }
}

void PlaybackEngine::onPosition(qint64 positionMs) {
    if (m_pendingSeek >= 0) {
        // The copy's first moments before it reaches the stream's place are not news; a file
        // that never says its length cannot seek, and plays from where it is.
        if (positionMs < kGiveUpSeekAfterMs)
            return;
        m_pendingSeek = -1;
        applyVolume();
    }
    if (positionMs != m_lastPosition) {
        m_lastPosition = positionMs;
        if (m_stallTimer.isActive())
            m_stallTimer.start(); // progress: the stream is alive
    }
    Q_EMIT positionChanged(positionMs);
}

void PlaybackEngine::onPlayerState(QMediaPlayer::PlaybackState s) {
    switch (s) {
    case QMediaPlayer::PlayingState:
        setState(State::Playing);
        break;
    case QMediaPlayer::PausedState:
        setState(State::Paused);
        break;
    case QMediaPlayer::StoppedState:
        // End of a track is not a stop: the queue decides what happens next. Nor is the moment
        // a source is swapped for the next one. GStreamer says "stopped" just before it says
        // "end of media", so that is known only once this turn of the event loop is over.
        QTimer::singleShot(0, this, [this, serial = m_sourceSerial, player = m_player] {
            if (serial == m_sourceSerial && player == m_player
                && m_player->playbackState() == QMediaPlayer::StoppedState
                && m_player->mediaStatus() != QMediaPlayer::EndOfMedia)
                setState(State::Stopped);
        });
        break;
    }
}

void PlaybackEngine::applyPendingSeek() {
    if (m_deferredSeek >= 0 && m_player->isSeekable() && m_player->duration() > 0) {
        m_player->setPosition(std::exchange(m_deferredSeek, -1));
        Q_EMIT positionChanged(m_player->position());
    }
    // Qt 6.4 seeks to [position, duration]: with the length not known yet the seek is refused.
    if (m_pendingSeek < 0 || !m_player->isSeekable() || m_player->duration() <= 0)
        return;
    const qint64 at = m_pendingSeek;
    m_pendingSeek = -1;
    m_player->setPosition(at);
    applyVolume();
    Q_EMIT positionChanged(at);
}

void PlaybackEngine::onMediaStatusChanged(QMediaPlayer::MediaStatus status) {
    switch (status) {
    case QMediaPlayer::LoadedMedia:
        applyPendingSeek();
        break;
    case QMediaPlayer::BufferedMedia:
        applyPendingSeek();
        m_consecutiveFailures = 0;
        // It plays after all: whatever kept it from playing before no longer holds.
        if (m_queue.isMarked(m_queue.currentIndex())) {
            m_queue.clearMark(m_queue.currentIndex());
            Q_EMIT queueMarksChanged(m_queue.currentIndex(), m_queue.currentIndex());
        }
        break;
    case QMediaPlayer::EndOfMedia: {
        // A stream cut short (the connection closed early) ends long before the track does;
        // the copy, if there is one, goes on from there.
        const Track *track = m_queue.current();
        if (m_origin == SourceResolver::Origin::Stream && track && track->durationMs > 0
            && m_lastPosition + kEarlyEndMarginMs < track->durationMs
            && !m_resolver->offlineCopy(*track).isEmpty()) {
            recoverStream(tr("the stream ended early"));
            break;
        }
        m_consecutiveFailures = 0;
        m_stallTimer.stop();
        if (m_queue.advance()) {
            startCurrent(StartReason::NextInQueue);
        } else {
            setState(State::Stopped);
            Q_EMIT queueFinished();
        }
        break;
    }
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
    m_stallTimer.stop();
    // A stream's error text comes from the network stack and may quote the signed URL: it is
    // never shown. What it means for the person is that the stream failed.
    const bool stream = m_origin == SourceResolver::Origin::Stream;
    // Not from inside the player's own signal: the backend is still unwinding its error, and a new
    // source set now can be swallowed. If the person moved on meanwhile, there is nothing to skip.
    QTimer::singleShot(0, this, [this, serial = m_sourceSerial, reason, stream] {
        if (serial != m_sourceSerial)
            return;
        if (stream) {
            recoverStream(tr("the stream failed"));
        } else {
            replacePlayer();
            skipCurrent(reason, false);
        }
    });
}

} // namespace refrain
