#include "core/playback/playqueue.h"

#include <QCoreApplication>

#include <algorithm>

namespace refrain {

void PlayQueue::replace(TrackList tracks, int current) {
    m_tracks = std::move(tracks);
    m_marks = QList<Mark>(m_tracks.size());
    m_current = m_tracks.isEmpty() ? -1 : std::clamp(current, 0, int(m_tracks.size()) - 1);
}

void PlayQueue::clear() {
    m_tracks.clear();
    m_marks.clear();
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
    for (int i = 0; i < tracks.size(); ++i) {
        m_tracks.insert(index + i, tracks.at(i));
        m_marks.insert(index + i, Mark{});
    }
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
        m_marks.removeAt(row);
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
    QList<Mark> movingMarks;
    int target = before;
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        moving.prepend(m_tracks.takeAt(rows.at(i)));
        movingMarks.prepend(m_marks.takeAt(rows.at(i)));
        if (rows.at(i) < before)
            --target;
    }
    const bool currentMoved = rows.contains(currentRow);
    for (int i = 0; i < moving.size(); ++i) {
        m_tracks.insert(target + i, moving.at(i));
        m_marks.insert(target + i, movingMarks.at(i));
    }
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

bool PlayQueue::updateTrack(const Track &track) {
    bool cleared = false;
    for (int i = 0; i < size(); ++i) {
        if (m_tracks.at(i).id != track.id)
            continue;
        m_tracks[i] = track;
        if (isMarked(i) && !m_marks.at(i).aboutService) {
            m_marks[i] = Mark{};
            cleared = true;
        }
    }
    return cleared;
}

void PlayQueue::markUnplayable(int index, const QString &reason, bool aboutService) {
    if (index < 0 || index >= size())
        return;
    // An empty reason would read as "not marked".
    m_marks[index] = Mark{
        reason.isEmpty() ? QCoreApplication::translate("PlayQueue", "it cannot play now") : reason,
        aboutService};
}

void PlayQueue::clearMark(int index) {
    if (index >= 0 && index < size())
        m_marks[index] = Mark{};
}

bool PlayQueue::clearServiceMarks() {
    bool cleared = false;
    for (Mark &m : m_marks) {
        if (!m.reason.isEmpty() && m.aboutService) {
            m = Mark{};
            cleared = true;
        }
    }
    return cleared;
}

bool PlayQueue::isMarked(int index) const {
    return index >= 0 && index < size() && !m_marks.at(index).reason.isEmpty();
}

PlayQueue::Mark PlayQueue::mark(int index) const {
    return index >= 0 && index < size() ? m_marks.at(index) : Mark{};
}

} // namespace refrain
