#include "core/playback/playqueue.h"

#include <algorithm>

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

void PlayQueue::insert(const TrackList &tracks, int index) {
    if (index < 0 || index > size())
        index = size();
    for (int i = 0; i < tracks.size(); ++i)
        m_tracks.insert(index + i, tracks.at(i));
    if (m_current >= index)
        m_current += int(tracks.size());
}

bool PlayQueue::remove(QList<int> rows) {
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool removedCurrent = false;
    for (const int row : std::as_const(rows)) {
        if (row < 0 || row >= size())
            continue;
        m_tracks.removeAt(row);
        if (row < m_current)
            --m_current;
        else if (row == m_current)
            removedCurrent = true;
    }
    if (m_current >= size())
        m_current = size() - 1;
    if (m_tracks.isEmpty())
        m_current = -1;
    return removedCurrent;
}

void PlayQueue::move(QList<int> rows, int before) {
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [this](int r) { return r < 0 || r >= size(); }),
        rows.end());
    if (rows.isEmpty())
        return;
    if (before < 0 || before > size())
        before = size();
    const int currentRow = m_current;
    TrackList moving;
    int target = before;
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        moving.prepend(m_tracks.takeAt(rows.at(i)));
        if (rows.at(i) < before)
            --target;
    }
    const bool currentMoved = rows.contains(currentRow);
    for (int i = 0; i < moving.size(); ++i)
        m_tracks.insert(target + i, moving.at(i));
    // Find the current item again: by its place among the moved ones, or by shifting.
    if (currentMoved) {
        m_current = target + int(rows.indexOf(currentRow));
    } else if (currentRow >= 0) {
        int shifted = currentRow;
        for (const int r : std::as_const(rows)) {
            if (r < currentRow)
                --shifted;
        }
        if (shifted >= target)
            shifted += int(moving.size());
        m_current = shifted;
    }
}

void PlayQueue::updateTrack(const Track &track) {
    for (Track &queued : m_tracks) {
        if (queued.id == track.id)
            queued = track;
    }
}

} // namespace refrain
