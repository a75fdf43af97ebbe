// ZoneOffsets: the UTC offset of a time zone at an instant, remembered between transitions —
// asking QTimeZone for each of a million listens would be the slowest part of an import.
#pragma once

#include <QTimeZone>

namespace refrain {

class ZoneOffsets {
public:
    explicit ZoneOffsets(QTimeZone zone);

    // Seconds ahead of UTC at this instant.
    int offsetAt(qint64 utcMs);
    // The instant a wall-clock time of this zone names (the wall time written as if it were UTC
    // milliseconds). A time skipped by a DST change is read with the offset before it.
    qint64 utcFromWallClock(qint64 wallMs);

private:
    QTimeZone m_zone;
    bool m_fixed = false; // no transitions: one offset for all time
    qint64 m_from = 0;    // m_offset holds for [m_from, m_to)
    qint64 m_to = 0;
    int m_offset = 0;
};

} // namespace refrain
