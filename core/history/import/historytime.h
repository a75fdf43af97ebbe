// historytime: the date and time notations exports write, read straight into milliseconds since
// the epoch — fast enough for millions of rows, strict enough that garbage is refused.
#pragma once

#include <QByteArrayView>

#include <optional>

namespace refrain::historytime {

// A civil date and time as milliseconds since the epoch, read as UTC; nothing when a field is
// out of range (month 13, 31 April, hour 24…).
std::optional<qint64> civilToMs(int year, int month, int day, int hour, int minute, int second);

// "2024-04-20T18:15:22Z" (also with fractions, "+00:00", or a space for the "T"), and the
// minute-precise "2023-04-09 03:55" of Spotify's basic history: UTC.
std::optional<qint64> parseIsoUtc(QByteArrayView text);

// Last.fm's "22 May 2014, 20:11" (also without the comma, with seconds, or a full month name),
// else the ISO notations above: UTC.
std::optional<qint64> parseLastFmDate(QByteArrayView text);

// Whether an instant is one a listen can have happened at (1970 to 2200): guards against
// numbers that only look like times.
bool isPlausible(qint64 msSinceEpoch);

} // namespace refrain::historytime
