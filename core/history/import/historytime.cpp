#include "core/history/import/historytime.h"

#include <array>
#include <cstring>

namespace refrain::historytime {

namespace {

// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm, proleptic Gregorian).
qint64 daysFromCivil(qint64 y, int m, int d) {
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool isLeap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m) {
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[size_t(m - 1)];
}

// Reads exactly `count` digits at text[*pos].
bool digits(QByteArrayView text, qsizetype *pos, int count, int *value) {
    if (*pos + count > text.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[*pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *pos += count;
    *value = v;
    return true;
}

// One or two digits (a day of the month written "1" or "01").
bool shortNumber(QByteArrayView text, qsizetype *pos, int *value) {
    if (!digits(text, pos, 1, value))
        return false;
    int second = 0;
    if (digits(text, pos, 1, &second))
        *value = *value * 10 + second;
    return true;
}

bool expect(QByteArrayView text, qsizetype *pos, char c) {
    if (*pos < text.size() && text[*pos] == c) {
        ++*pos;
        return true;
    }
    return false;
}

void skipSpaces(QByteArrayView text, qsizetype *pos) {
    while (*pos < text.size() && text[*pos] == ' ')
        ++*pos;
}

// "HH:MM" or "HH:MM:SS", fractions of a second ignored.
bool clock(QByteArrayView text, qsizetype *pos, int *hour, int *minute, int *second) {
    *second = 0;
    if (!digits(text, pos, 2, hour) || !expect(text, pos, ':') || !digits(text, pos, 2, minute))
        return false;
    if (expect(text, pos, ':')) {
        if (!digits(text, pos, 2, second))
            return false;
        if (expect(text, pos, '.')) {
            int ignored = 0;
            while (digits(text, pos, 1, &ignored)) {
            }
        }
    }
    return true;
}

int monthFromName(QByteArrayView name) {
    static constexpr std::array<const char *, 12> kNames{"jan", "feb", "mar", "apr", "may", "jun",
                                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    char lower[3];
    for (int i = 0; i < 3; ++i)
        lower[i] = char(name[i] | 0x20);
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (std::memcmp(lower, kNames[i], 3) == 0)
            return int(i) + 1;
    }
    return 0;
}

} // namespace

std::optional<qint64> civilToMs(int year, int month, int day, int hour, int minute, int second) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0
        || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60)
        return std::nullopt;
    const qint64 days = daysFromCivil(year, month, day);
    return ((days * 24 + hour) * 60 + minute) * 60'000 + qint64(second) * 1000;
}

std::optional<qint64> parseIsoUtc(QByteArrayView text) {
    text = text.trimmed();
    qsizetype pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, &pos, 4, &year) || !expect(text, &pos, '-') || !digits(text, &pos, 2, &month)
        || !expect(text, &pos, '-') || !digits(text, &pos, 2, &day))
        return std::nullopt;
    if (!expect(text, &pos, 'T') && !expect(text, &pos, ' '))
        return std::nullopt;
    if (!clock(text, &pos, &hour, &minute, &second))
        return std::nullopt;
    // Only UTC is accepted as a zone: every export that writes one writes UTC.
    const QByteArrayView rest = text.sliced(pos);
    if (!rest.isEmpty() && rest != "Z" && rest != "+00:00" && rest != "+0000" && rest != " UTC")
        return std::nullopt;
    return civilToMs(year, month, day, hour, minute, second);
}

std::optional<qint64> parseLastFmDate(QByteArrayView text) {
    text = text.trimmed();
    qsizetype pos = 0;
    int day = 0;
    if (!shortNumber(text, &pos, &day) || !expect(text, &pos, ' '))
        return parseIsoUtc(text);
    const qsizetype nameStart = pos;
    while (pos < text.size() && ((text[pos] | 0x20) >= 'a' && (text[pos] | 0x20) <= 'z'))
        ++pos;
    const int month = monthFromName(text.sliced(nameStart, pos - nameStart));
    int year = 0, hour = 0, minute = 0, second = 0;
    skipSpaces(text, &pos);
    if (month == 0 || !digits(text, &pos, 4, &year))
        return std::nullopt;
    expect(text, &pos, ',');
    skipSpaces(text, &pos);
    if (!clock(text, &pos, &hour, &minute, &second) || pos != text.size())
        return std::nullopt;
    return civilToMs(year, month, day, hour, minute, second);
}

bool isPlausible(qint64 msSinceEpoch) {
    constexpr qint64 kYear2200 = 7'258'118'400'000; // 2200-01-01T00:00:00Z
    return msSinceEpoch >= 0 && msSinceEpoch < kYear2200;
}

} // namespace refrain::historytime
