#!/usr/bin/env python3
"""Works out, independently of Qt, the figures tst_recap checks for its time-zone histories.

The listens below are the ones tst_recap records (same times, same played milliseconds). Days and
hours come from Python's zoneinfo (the IANA database), not from QTimeZone, so the test compares
two separate readings of the same rules. Run: python3 expected.py  (prints one block per recap).
"""
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

# (start as ISO 8601 with its local offset, played ms): Berlin around both DST changes of 2021.
BERLIN = [
    ("2021-03-26T12:00:00+01:00", 200_000),
    ("2021-03-27T23:30:00+01:00", 200_000),
    ("2021-03-28T00:30:00+01:00", 200_000),  # local Mar 28, UTC Mar 27
    ("2021-03-28T03:30:00+02:00", 200_000),  # just after the hour that does not exist
    ("2021-03-28T23:30:00+02:00", 200_000),
    ("2021-03-29T00:30:00+02:00", 200_000),  # local Mar 29, UTC Mar 28
    ("2021-03-31T23:30:00+02:00", 200_000),
    ("2021-04-01T00:30:00+02:00", 200_000),  # local April, UTC March
    ("2021-10-30T23:30:00+02:00", 200_000),
    ("2021-10-31T00:30:00+02:00", 200_000),
    ("2021-10-31T02:30:00+02:00", 200_000),  # the repeated hour, first time
    ("2021-10-31T02:30:00+01:00", 200_000),  # the repeated hour, second time
    ("2021-10-31T23:30:00+01:00", 200_000),
    ("2021-11-01T00:30:00+01:00", 200_000),  # local November, UTC October
]

# New Year's Eve on both sides of UTC.
NEW_YEAR = [
    ("2020-12-31T20:00:00-08:00", 240_000),  # Los Angeles: 2020; UTC: 2021-01-01 04:00
    ("2021-01-01T09:00:00+13:00", 240_000),  # Auckland: 2021; UTC: 2020-12-31 20:00
    ("2020-12-30T12:00:00+00:00", 240_000),
    ("2021-01-02T12:00:00+00:00", 240_000),
]


def recap(listens, zone, year, month=0):
    tz = ZoneInfo(zone)
    days, hours, cells, per = {}, {}, {}, {}
    count = 0
    total_ms = 0
    for iso, ms in listens:
        local = datetime.fromisoformat(iso).astimezone(timezone.utc).astimezone(tz)
        if local.year != year or (month and local.month != month):
            continue
        count += 1
        total_ms += ms
        d = local.date()
        days[d] = days.get(d, 0) + 1
        hours[local.hour] = hours.get(local.hour, 0) + 1
        cell = (local.weekday(), local.hour)  # Monday = 0, as Recap.weekdayHour
        cells[cell] = cells.get(cell, 0) + 1
        bucket = local.day - 1 if month else local.month - 1
        per[bucket] = per.get(bucket, 0) + ms
    best_streak, best_start, run, prev = 0, None, 0, None
    for d in sorted(days):
        run = run + 1 if prev is not None and d - prev == timedelta(days=1) else 1
        if run > best_streak:
            best_streak, best_start = run, d - timedelta(days=run - 1)
        prev = d
    busiest_day = min(days, key=lambda d: (-days[d], d)) if days else None
    busiest_hour = min(hours, key=lambda h: (-hours[h], h)) if hours else -1
    return {
        "listens": count,
        "minutes": total_ms // 60000,
        "days": {str(d): n for d, n in sorted(days.items())},
        "streak": (best_streak, str(best_start)),
        "busiest_day": (str(busiest_day), days.get(busiest_day, 0)),
        "busiest_hour": (busiest_hour, hours.get(busiest_hour, 0)),
        "weekday_hour": dict(sorted(cells.items())),
        "minutes_per_period": {k: v // 60000 for k, v in sorted(per.items())},
    }


if __name__ == "__main__":
    for zone, year, month in [("Europe/Berlin", 2021, 3), ("UTC", 2021, 3),
                              ("Europe/Berlin", 2021, 10), ("UTC", 2021, 10),
                              ("Europe/Berlin", 2021, 0), ("Europe/Berlin", 2021, 4),
                              ("Europe/Berlin", 2021, 11)]:
        print(zone, year, month, recap(BERLIN, zone, year, month))
    for zone in ["America/Los_Angeles", "UTC", "Pacific/Auckland"]:
        for year in [2020, 2021]:
            print(zone, year, recap(NEW_YEAR, zone, year))
