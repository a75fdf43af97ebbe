#include "app/mediacontrolsstate.h"

#include "core/model/playermodel.h"
#include "core/playback/playbackengine.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

namespace refrain {

void MediaControlsState::Remote::send(Command command, qint64 positionMs) {
    QMutexLocker lock(&m_mutex);
    if (!m_state)
        return;
    QMetaObject::invokeMethod(
        m_state, [state = m_state, command, positionMs] { state->perform(command, positionMs); },
        Qt::QueuedConnection);
}

void MediaControlsState::Remote::post(std::function<void()> task) {
    // Posting under the lock: the state's destructor takes it before the state is torn down, so
    // an event is either posted before (and dropped with the state) or not at all.
    QMutexLocker lock(&m_mutex);
    if (!m_state)
        return;
    QMetaObject::invokeMethod(m_state, std::move(task), Qt::QueuedConnection);
}

MediaControlsState::MediaControlsState(PlaybackEngine *engine, PlayerModel *player, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_player(player)
    , m_remote(std::make_shared<Remote>()) {
    m_remote->m_state = this;
    connect(player, &PlayerModel::stateChanged, this, [this] {
        // Paused, resumed or another track: playback goes on from here at its own pace.
        resetPositionBaseline(m_engine->position());
        scheduleUpdate();
    });
    connect(engine, &PlaybackEngine::currentTrackChanged, this, [this] {
        resetPositionBaseline(0);
        scheduleUpdate();
    });
    connect(player, &PlayerModel::durationChanged, this, &MediaControlsState::scheduleUpdate);
    connect(engine, &PlaybackEngine::queueChanged, this, &MediaControlsState::scheduleUpdate);
    connect(engine, &PlaybackEngine::queueMarksChanged, this, &MediaControlsState::scheduleUpdate);
    connect(engine, &PlaybackEngine::positionChanged, this, &MediaControlsState::onPosition);
    // The desktop reads everything when the controls appear; only changes after that are news.
    m_published = current();
}

MediaControlsState::~MediaControlsState() {
    QMutexLocker lock(&m_remote->m_mutex);
    m_remote->m_state = nullptr;
}

void MediaControlsState::followArt(ArtResolver resolver, const ArtWatch &watch) {
    setArtResolver(std::move(resolver));
    if (watch)
        watch(this, [this] { artMayHaveChanged(); });
}

void MediaControlsState::setArtResolver(ArtResolver resolver) {
    m_art = std::move(resolver);
    scheduleUpdate();
}

QUrl MediaControlsState::artUrl(const Track &track) const {
    if (!m_art)
        return {};
    const QUrl url = m_art(track);
    return url.isValid() && url.isLocalFile() ? url : QUrl();
}

MediaControlsState::Snapshot MediaControlsState::current() const {
    Snapshot s;
    s.status = status();
    s.canNext = canGoNext();
    s.canPrevious = canGoPrevious();
    s.canPlay = canPlay();
    s.canPause = canPause();
    s.canSeek = canSeek();
    const Track *track = m_engine->currentTrack();
    if (!track)
        return s;
    s.hasTrack = true;
    s.track = *track;
    s.queueIndex = m_engine->queue().currentIndex();
    s.title = track->title.isEmpty() ? track->fileName : track->title;
    s.artist = track->displayArtist();
    s.album = track->album;
    s.artUrl = artUrl(*track);
    s.durationMs = durationMs();
    return s;
}

MediaControlsState::Status MediaControlsState::status() const {
    switch (m_engine->state()) {
    case PlaybackEngine::State::Playing:
        return Status::Playing;
    case PlaybackEngine::State::Paused:
        return Status::Paused;
    case PlaybackEngine::State::Stopped:
        break;
    }
    return Status::Stopped;
}

bool MediaControlsState::hasPlayableFrom(int row) const {
    const PlayQueue &queue = m_engine->queue();
    for (int i = std::max(0, row); i < queue.size(); ++i) {
        if (!queue.isMarked(i))
            return true;
    }
    return false;
}

bool MediaControlsState::canGoNext() const {
    return m_player->canGoNext() && hasPlayableFrom(m_engine->queue().currentIndex() + 1);
}

bool MediaControlsState::canGoPrevious() const {
    return m_player->canGoPrevious();
}

bool MediaControlsState::canPlay() const {
    return m_player->canPlay() && hasPlayableFrom(0);
}

bool MediaControlsState::canPause() const {
    return m_player->hasCurrent();
}

bool MediaControlsState::canSeek() const {
    return m_player->hasCurrent() && m_engine->duration() > 0;
}

qint64 MediaControlsState::positionMs() const {
    return m_engine->position();
}

qint64 MediaControlsState::durationMs() const {
    return std::max<qint64>(0, m_engine->duration());
}

void MediaControlsState::play() {
    if (m_engine->state() != PlaybackEngine::State::Playing && canPlay())
        m_engine->play();
}

void MediaControlsState::pause() {
    // Pausing a stopped player would load the track without playing it: not what was asked.
    if (m_engine->state() == PlaybackEngine::State::Playing)
        m_engine->pause();
}

void MediaControlsState::playPause() {
    if (m_engine->state() == PlaybackEngine::State::Playing)
        m_engine->pause();
    else if (canPlay())
        m_engine->play();
}

void MediaControlsState::stop() {
    m_engine->stop();
}

void MediaControlsState::next() {
    if (canGoNext())
        m_player->next();
}

void MediaControlsState::previous() {
    if (canGoPrevious())
        m_player->previous();
}

bool MediaControlsState::seekTo(qint64 ms) {
    if (!canSeek() || ms < 0 || ms > m_engine->duration())
        return false;
    m_player->seek(ms);
    // Told at once, not when the player gets there: the desktop's clock restarts from here.
    resetPositionBaseline(ms);
    Q_EMIT seeked(ms);
    return true;
}

void MediaControlsState::perform(Command command, qint64 positionMs) {
    Q_ASSERT(QThread::currentThread() == thread());
    switch (command) {
    case Command::Play:
        play();
        return;
    case Command::Pause:
        pause();
        return;
    case Command::PlayPause:
        playPause();
        return;
    case Command::Stop:
        stop();
        return;
    case Command::Next:
        next();
        return;
    case Command::Previous:
        previous();
        return;
    case Command::SeekTo:
        seekTo(positionMs);
        return;
    }
}

void MediaControlsState::artMayHaveChanged() {
    scheduleUpdate();
}

// The engine often says several things in one turn (track, state, length): they become one
// change after it, and only if something the desktop shows really changed.
void MediaControlsState::scheduleUpdate() {
    if (m_updatePending)
        return;
    m_updatePending = true;
    QTimer::singleShot(0, this, &MediaControlsState::update);
}

void MediaControlsState::update() {
    m_updatePending = false;
    Snapshot now = current();
    if (now == m_published)
        return;
    m_published = std::move(now);
    Q_EMIT changed();
}

void MediaControlsState::onPosition(qint64 ms) {
    qint64 expected = m_lastPositionMs;
    if (m_engine->state() == PlaybackEngine::State::Playing && m_sincePosition.isValid())
        expected += m_sincePosition.elapsed();
    const bool jumped = std::abs(ms - expected) > kJumpToleranceMs;
    resetPositionBaseline(ms);
    // A jump the desktop did not cause (the seek bar in Refrain, a resume from a downloaded
    // copy) must be announced: it only extrapolates from the last position it was told.
    if (jumped)
        Q_EMIT seeked(ms);
}

void MediaControlsState::resetPositionBaseline(qint64 ms) {
    m_lastPositionMs = ms;
    m_sincePosition.start();
}

} // namespace refrain
