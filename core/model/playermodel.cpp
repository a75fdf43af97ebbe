#include "core/model/playermodel.h"

#include <QAudio>

#include <cmath>

namespace refrain {

PlayerModel::PlayerModel(PlaybackEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine) {
    connect(engine, &PlaybackEngine::stateChanged, this, &PlayerModel::stateChanged);
    connect(engine, &PlaybackEngine::currentTrackChanged, this, &PlayerModel::stateChanged);
    connect(engine, &PlaybackEngine::queueFinished, this, &PlayerModel::stateChanged);
    // Adding or removing songs changes what can be done (Next, Play) without a new state.
    connect(engine, &PlaybackEngine::queueChanged, this, &PlayerModel::stateChanged);
    connect(engine, &PlaybackEngine::positionChanged, this, &PlayerModel::positionChanged);
    connect(engine, &PlaybackEngine::durationChanged, this, &PlayerModel::durationChanged);
    connect(engine, &PlaybackEngine::volumeChanged, this, &PlayerModel::volumeChanged);
    connect(engine, &PlaybackEngine::notice, this, &PlayerModel::notice);
    connect(engine, &PlaybackEngine::sourceNoteChanged, this, &PlayerModel::sourceNoteChanged);
}

int PlayerModel::volumePercent() const {
    const float perceived = QAudio::convertVolume(m_engine->volume(), QAudio::LinearVolumeScale,
                                                  QAudio::LogarithmicVolumeScale);
    return int(std::lround(perceived * 100.0f));
}

void PlayerModel::setVolumePercent(int percent) {
    const float linear =
        QAudio::convertVolume(float(std::clamp(percent, 0, 100)) / 100.0f,
                              QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
    m_engine->setVolume(linear);
}

Track PlayerModel::currentTrack() const {
    const Track *track = m_engine->currentTrack();
    return track ? *track : Track{};
}

QString PlayerModel::nowPlayingText() const {
    const Track *track = m_engine->currentTrack();
    if (!track)
        return {};
    const QString artist = track->displayArtist();
    return artist.isEmpty() ? track->title : tr("%1 — %2").arg(track->title, artist);
}

} // namespace refrain
