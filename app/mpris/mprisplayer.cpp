#include "app/mpris/mprisplayer.h"

#include "app/mediacontrolsstate.h"
#include "app/mpris/mprisservice.h"
#include "core/model/playermodel.h"
#include "core/playback/playbackengine.h"

#include <QAudio>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace refrain {

namespace {
constexpr qint64 kUsPerMs = 1000;
} // namespace

MprisPlayer::MprisPlayer(MprisService *service, PlaybackEngine *engine, PlayerModel *player)
    : QDBusAbstractAdaptor(service)
    , m_service(service)
    , m_state(service->state())
    , m_engine(engine)
    , m_player(player) {
    // The state already gathers one turn's worth of the engine's news into one change.
    connect(m_state, &MediaControlsState::changed, this, &MprisPlayer::sendChanges);
    connect(m_state, &MediaControlsState::seeked, this,
            [this](qint64 ms) { Q_EMIT Seeked(qlonglong(ms * kUsPerMs)); });
    connect(player, &PlayerModel::volumeChanged, this, &MprisPlayer::scheduleChanges);
    // The desktop reads every property when the player appears; only changes after that are news.
    m_sent = snapshot();
}

QString MprisPlayer::playbackStatus() const {
    switch (m_state->status()) {
    case MediaControlsState::Status::Playing:
        return QStringLiteral("Playing");
    case MediaControlsState::Status::Paused:
        return QStringLiteral("Paused");
    case MediaControlsState::Status::Stopped:
        break;
    }
    return QStringLiteral("Stopped");
}

void MprisPlayer::setRate(double rate) {
    // Only normal speed exists; the spec asks that a rate of 0 act as Pause and that other
    // values outside [MinimumRate, MaximumRate] be ignored.
    if (rate <= 0.0)
        Pause();
}

QDBusObjectPath MprisPlayer::currentTrackId() const {
    const Track *track = m_engine->currentTrack();
    if (!track)
        return QDBusObjectPath(QLatin1String(kNoTrack));
    // A library track keeps its id wherever it moves in the queue; a file handed in from outside
    // (not stored yet, id 0) is named by its place in the queue.
    const QString element = track->id > 0
                                ? QString::number(track->id)
                                : QStringLiteral("q%1").arg(m_engine->queue().currentIndex());
    return QDBusObjectPath(QLatin1String(kTrackPathPrefix) + element);
}

QVariantMap MprisPlayer::metadata() const {
    QVariantMap map;
    map.insert(QStringLiteral("mpris:trackid"), QVariant::fromValue(currentTrackId()));
    const Track *track = m_engine->currentTrack();
    if (!track)
        return map;
    const qint64 length = m_engine->duration();
    if (length > 0)
        map.insert(QStringLiteral("mpris:length"), qlonglong(length * kUsPerMs));
    map.insert(QStringLiteral("xesam:title"),
               track->title.isEmpty() ? track->fileName : track->title);
    if (!track->artist.isEmpty())
        map.insert(QStringLiteral("xesam:artist"), QStringList{track->artist});
    if (!track->album.isEmpty())
        map.insert(QStringLiteral("xesam:album"), track->album);
    if (!track->albumArtist.isEmpty())
        map.insert(QStringLiteral("xesam:albumArtist"), QStringList{track->albumArtist});
    if (!track->genre.isEmpty())
        map.insert(QStringLiteral("xesam:genre"), QStringList{track->genre});
    if (!track->composer.isEmpty())
        map.insert(QStringLiteral("xesam:composer"), QStringList{track->composer});
    if (track->trackNumber > 0)
        map.insert(QStringLiteral("xesam:trackNumber"), track->trackNumber);
    if (track->discNumber > 0)
        map.insert(QStringLiteral("xesam:discNumber"), track->discNumber);
    // A server track's location is a service URL: it is not published, only a file's is.
    if (track->isLocal() && !track->location.isEmpty())
        map.insert(QStringLiteral("xesam:url"), QUrl::fromLocalFile(track->location).toString());
    const QUrl art = m_state->artUrl(*track);
    if (!art.isEmpty())
        map.insert(QStringLiteral("mpris:artUrl"), art.toString());
    return map;
}

double MprisPlayer::volume() const {
    return double(QAudio::convertVolume(m_engine->volume(), QAudio::LinearVolumeScale,
                                        QAudio::LogarithmicVolumeScale));
}

void MprisPlayer::setVolume(double volume) {
    const float perceived = float(std::clamp(volume, 0.0, 1.0));
    m_player->setVolume(QAudio::convertVolume(perceived, QAudio::LogarithmicVolumeScale,
                                              QAudio::LinearVolumeScale));
}

qlonglong MprisPlayer::position() const {
    return qlonglong(m_engine->position() * kUsPerMs);
}

bool MprisPlayer::canGoNext() const {
    return m_state->canGoNext();
}

bool MprisPlayer::canGoPrevious() const {
    return m_state->canGoPrevious();
}

bool MprisPlayer::canPlay() const {
    return m_state->canPlay();
}

bool MprisPlayer::canPause() const {
    return m_state->canPause();
}

bool MprisPlayer::canSeek() const {
    return m_state->canSeek();
}

void MprisPlayer::Next() {
    m_state->next();
}

void MprisPlayer::Previous() {
    m_state->previous();
}

void MprisPlayer::Pause() {
    m_state->pause();
}

void MprisPlayer::PlayPause() {
    m_state->playPause();
}

void MprisPlayer::Stop() {
    m_state->stop();
}

void MprisPlayer::Play() {
    m_state->play();
}

void MprisPlayer::Seek(qlonglong offsetUs) {
    if (!canSeek())
        return;
    const qint64 target = std::max<qint64>(0, m_engine->position() + offsetUs / kUsPerMs);
    // Past the end is the next track, as the spec says.
    if (target > m_engine->duration()) {
        Next();
        return;
    }
    m_state->seekTo(target);
}

void MprisPlayer::SetPosition(const QDBusObjectPath &trackId, qlonglong positionUs) {
    // A request about a track that is no longer current came too late: it is ignored (and so
    // is one outside the track, by seekTo).
    if (trackId != currentTrackId() || positionUs < 0)
        return;
    m_state->seekTo(positionUs / kUsPerMs);
}

void MprisPlayer::OpenUri(const QString &uri) {
    const QUrl url(uri);
    // The text of the URI is not repeated in the error: a stream URL may carry a token.
    if (!url.isLocalFile()) {
        if (m_service->calledFromDBus())
            m_service->sendErrorReply(QDBusError::NotSupported,
                                      tr("Refrain opens only file:// URIs."));
        return;
    }
    if (!QFileInfo(url.toLocalFile()).isFile()) {
        if (m_service->calledFromDBus())
            m_service->sendErrorReply(QDBusError::InvalidArgs, tr("There is no such file."));
        return;
    }
    Q_EMIT m_service->openRequested(url);
}

QVariantMap MprisPlayer::snapshot() const {
    return {
        {QStringLiteral("PlaybackStatus"), playbackStatus()},
        {QStringLiteral("Metadata"), metadata()},
        {QStringLiteral("Volume"), volume()},
        {QStringLiteral("Rate"), rate()},
        {QStringLiteral("MinimumRate"), rate()},
        {QStringLiteral("MaximumRate"), rate()},
        {QStringLiteral("CanGoNext"), canGoNext()},
        {QStringLiteral("CanGoPrevious"), canGoPrevious()},
        {QStringLiteral("CanPlay"), canPlay()},
        {QStringLiteral("CanPause"), canPause()},
        {QStringLiteral("CanSeek"), canSeek()},
        {QStringLiteral("CanControl"), canControl()},
    };
}

// Only the volume is not part of MediaControlsState (the other platforms do not show it): its
// changes are gathered here the same way, and go out with only what really changed.
void MprisPlayer::scheduleChanges() {
    if (m_changesPending)
        return;
    m_changesPending = true;
    QTimer::singleShot(0, this, &MprisPlayer::sendChanges);
}

void MprisPlayer::sendChanges() {
    m_changesPending = false;
    const QVariantMap now = snapshot();
    QVariantMap changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_sent.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    m_sent = now;
    if (changed.isEmpty() || !m_service->isStarted())
        return;
    QDBusMessage signal = QDBusMessage::createSignal(
        QLatin1String(MprisService::kObjectPath), QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("PropertiesChanged"));
    signal << QString(QLatin1String(kInterface)) << changed << QStringList();
    m_service->bus().send(signal);
}

} // namespace refrain
