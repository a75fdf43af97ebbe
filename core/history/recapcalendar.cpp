#include "core/history/recapcalendar.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace refrain {

namespace {

// 1970-01-01, the day the epoch's day numbers count from.
constexpr qint64 kEpochJulianDay = 2'440'588;

qint64 floorDiv(qint64 a, qint64 b) {
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

RecapCalendar::RecapCalendar(const QTimeZone &zone, const QDate &first, const QDate &end)
    : m_startUtcMs(first.startOfDay(zone).toMSecsSinceEpoch())
    , m_endUtcMs(end.startOfDay(zone).toMSecsSinceEpoch())
    , m_firstJulianDay(first.toJulianDay())
    , m_dayCount(int(std::max<qint64>(0, end.toJulianDay() - first.toJulianDay()))) {
    // A day on each side, so a listen whose UTC instant is in range but whose offset moves it
    // out of the period still finds its offset (it is then dropped, not misplaced).
    const qint64 from = m_startUtcMs - kMsPerDay;
    const qint64 to = m_endUtcMs + kMsPerDay;
    const QDateTime fromUtc = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    m_intervals.push_back({std::numeric_limits<qint64>::min(), zone.offsetFromUtc(fromUtc)});
    if (zone.hasTransitions()) {
        const auto transitions =
            zone.transitions(fromUtc, QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
        for (const QTimeZone::OffsetData &t : transitions) {
            const qint64 at = t.atUtc.toMSecsSinceEpoch();
            if (at <= from || t.offsetFromUtc == m_intervals.back().offsetSeconds)
                continue;
            m_intervals.push_back({at, t.offsetFromUtc});
        }
    }

    m_months.reserve(std::size_t(m_dayCount));
    m_weekdays.reserve(std::size_t(m_dayCount));
    for (int day = 0; day < m_dayCount; ++day) {
        const QDate d = date(day);
        m_months.push_back(d.month());
        m_weekdays.push_back(d.dayOfWeek() - 1);
    }
}

const RecapCalendar::Interval &RecapCalendar::intervalFor(qint64 utcMs) {
    // The sweep: rows come in time order, so the answer is this interval or one just after.
    if (m_intervals[m_cursor].fromUtcMs > utcMs) {
        const auto it = std::upper_bound(
            m_intervals.begin(), m_intervals.end(), utcMs,
            [](qint64 ms, const Interval &interval) { return ms < interval.fromUtcMs; });
        m_cursor = std::size_t(it - m_intervals.begin()) - 1;
    }
    while (m_cursor + 1 < m_intervals.size() && m_intervals[m_cursor + 1].fromUtcMs <= utcMs)
        ++m_cursor;
    return m_intervals[m_cursor];
}

int RecapCalendar::offsetAt(qint64 utcMs) {
    return intervalFor(utcMs).offsetSeconds;
}

RecapCalendar::Position RecapCalendar::locate(qint64 utcMs) {
    const qint64 localMs = utcMs + qint64(intervalFor(utcMs).offsetSeconds) * 1000;
    const qint64 localDay = floorDiv(localMs, kMsPerDay);
    const qint64 day = localDay + kEpochJulianDay - m_firstJulianDay;
    if (day < 0 || day >= m_dayCount)
        return {};
    return {int(day), int((localMs - localDay * kMsPerDay) / kMsPerHour)};
}

} // namespace refrain
