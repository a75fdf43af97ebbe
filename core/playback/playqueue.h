// PlayQueue: the ordered tracks to play, which one is current and which could not play (and why) —
// pure logic, no audio, so every rule about what plays next is tested without a sound device.
#pragma once

#include "core/library/track.h"

namespace refrain {

class PlayQueue {
public:
    // Why an item could not play; an empty reason means it is not marked.
    struct Mark {
        QString reason;
        // The service failed (not the file): the mark goes when streaming is back.
        bool aboutService = false;
    };

    void replace(TrackList tracks, int current);
    void clear();

    const TrackList &tracks() const { return m_tracks; }
    int size() const { return int(m_tracks.size()); }
    bool isEmpty() const { return m_tracks.isEmpty(); }
    int currentIndex() const { return m_current; }
    const Track *current() const;

    bool hasNext() const { return m_current + 1 < size(); }
    bool hasPrevious() const { return m_current > 0; }
    // Moves to the next or previous item; false (and no move) at either end.
    bool advance();
    bool back();
    bool setCurrent(int index);

    // Keeps queued copies of a track in step with the library (tags edited, file moved). A file
    // mark on those items goes, since the file may be back; true when a mark went.
    bool updateTrack(const Track &track);

    // Marks stay with their item wherever it moves in the queue.
    void markUnplayable(int index, const QString &reason, bool aboutService);
    void clearMark(int index);
    // Clears the marks about the service (missing files stay marked); true when any went.
    bool clearServiceMarks();
    bool isMarked(int index) const;
    // The mark of an item; an empty Mark for a playable one or an index out of range.
    Mark mark(int index) const;

    // Editing the queue while it plays: the current track stays current wherever it moves.
    // insert: before index (-1 or past the end: at the end).
    void insert(const TrackList &tracks, int index);
    // Removes the rows; if the current one goes, the next remaining one becomes current
    // (the engine decides whether to start it). Returns whether the current row was removed.
    bool remove(QList<int> rows);
    // Moves the rows, in queue order, before the row now at `before` (-1: to the end).
    void move(QList<int> rows, int before);

private:
    TrackList m_tracks;
    QList<Mark> m_marks; // parallel to m_tracks
    int m_current = -1;
};

} // namespace refrain
