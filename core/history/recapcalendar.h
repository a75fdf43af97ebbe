// RecapCalendar: the local days of a period in one time zone, and where an instant falls among
// them — precomputed from the zone's offset changes so a recap over a million listens does not ask
// QTimeZone once per listen.
#pragma once

#include <QDate>
#include <QList>
#include <QTimeZone>

#include <vector>

namespace refrain {

class RecapCalendar {
public:
    static constexpr qint64 kMsPerDay = 86'400'000;
    static constexpr qint64 kMsPerHour = 3'600'000;

    // The local days [first, end) in zone. The UTC bounds are the start of first's day and of
    // end's day there (local midnight, or the first moment of the day when a DST change skips
    // midnight).
    RecapCalendar(const QTimeZone &zone, const QDate &first, const QDate &end);

    qint64 startUtcMs() const { return m_startUtcMs; }
    qint64 endUtcMs() const { return m_endUtcMs; }
    int dayCount() const { return m_dayCount; }

    struct Position {
        int day = -1; // index of the local day from `first`; -1: outside the period
        int hour = 0; // 0–23, local wall clock
    };
    // Where the instant falls locally. Fastest when instants come in time order (a sweep), but
    // any order gives the right answer.
    Position locate(qint64 utcMs);

    QDate date(int day) const { return QDate::fromJulianDay(m_firstJulianDay + day); }
    int month(int day) const { return m_months[std::size_t(day)]; }          // 1–12
    int weekdayIndex(int day) const { return m_weekdays[std::size_t(day)]; } // 0 = Monday

    // The offset from UTC in force at the instant, in seconds (for tests and callers that
    // want the same answer as locate()).
    int offsetAt(qint64 utcMs);

private:
    struct Interval {
        qint64 fromUtcMs = 0;
        int offsetSeconds = 0;
    };
    const Interval &intervalFor(qint64 utcMs);

    qint64 m_startUtcMs = 0;
    qint64 m_endUtcMs = 0;
    qint64 m_firstJulianDay = 0;
    int m_dayCount = 0;
    std::vector<Interval> m_intervals; // sorted by fromUtcMs; the first starts at "forever ago"
    std::size_t m_cursor = 0;
    std::vector<int> m_months;
    std::vector<int> m_weekdays;
};

} // namespace refrain
