#include "core/history/import/zoneoffsets.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace refrain {

ZoneOffsets::ZoneOffsets(QTimeZone zone)
    : m_zone(std::move(zone)) {
    if (!m_zone.isValid()) {
        m_fixed = true; // an unknown zone is read as UTC rather than failing the import
        m_offset = 0;
    } else if (!m_zone.hasTransitions()) {
        m_fixed = true;
        m_offset = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    }
}

int ZoneOffsets::offsetAt(qint64 utcMs) {
    if (m_fixed || (utcMs >= m_from && utcMs < m_to))
        return m_offset;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    m_offset = m_zone.offsetFromUtc(at);
    // The transition at or before this instant (hence +1 ms) to the next one bound the range
    // where the offset holds; without them, only this instant is known.
    const auto previous = m_zone.previousTransition(at.addMSecs(1));
    const auto next = m_zone.nextTransition(at);
    m_from = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch()
                                      : std::numeric_limits<qint64>::min();
    m_to =
        next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (m_from > utcMs || m_to <= utcMs) { // inconsistent data: trust only this instant
        m_from = utcMs;
        m_to = utcMs + 1;
    }
    return m_offset;
}

qint64 ZoneOffsets::utcFromWallClock(qint64 wallMs) {
    const int first = offsetAt(wallMs);
    qint64 utc = wallMs - qint64(first) * 1000;
    const int second = offsetAt(utc);
    if (second == first)
        return utc;
    utc = wallMs - qint64(second) * 1000;
    if (offsetAt(utc) == second)
        return utc;
    // A wall time the clocks skipped (they jumped forward, to the larger offset): read with
    // the offset from before the jump.
    return wallMs - qint64(std::min(first, second)) * 1000;
}

} // namespace refrain
