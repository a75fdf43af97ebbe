#include "core/playback/playqueue.h"

namespace refrain {

void PlayQueue::replace(TrackList tracks, int current) {
    m_tracks = std::move(tracks);
    m_current = m_tracks.isEmpty() ? -1 : std::clamp(current, 0, int(m_tracks.size()) - 1);
}

void PlayQueue::clear() {
    m_tracks.clear();
    m_current = -1;
}

const Track *PlayQueue::current() const {
    if (m_current < 0 || m_current >= size())
        return nullptr;
    return &m_tracks.at(m_current);
}

bool PlayQueue::advance() {
    if (!hasNext())
        return false;
    ++m_current;
    return true;
}

bool PlayQueue::back() {
    if (!hasPrevious())
        return false;
    --m_current;
    return true;
}

bool PlayQueue::setCurrent(int index) {
    if (index < 0 || index >= size())
        return false;
    m_current = index;
    return true;
}

void PlayQueue::updateTrack(const Track &track) {
    for (Track &queued : m_tracks) {
        if (queued.id == track.id)
            queued = track;
    }
}

} // namespace refrain
