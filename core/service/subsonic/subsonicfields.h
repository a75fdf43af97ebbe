// SubsonicFields: reads one field of a reply the way real servers send it — numbers as strings,
// booleans as strings, one object where a list belongs, timestamps with or without a zone — and
// bounds what it returns, so hostile replies cannot blow up memory or crash anything above.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace refrain {

class SubsonicFields {
public:
    static constexpr qsizetype kMaxStringLength = 4096;
    static constexpr qsizetype kMaxListLength = 100000;

    // A string (numbers and booleans are written out), cut to at most kMaxStringLength; empty when
    // missing. Text stays plain text: nothing is ever read as HTML.
    static QString string(const QJsonObject &object, QLatin1String key);
    static QString string(const QJsonValue &value);

    // An integer from a number or a numeric string ("123", " 123 ", "123.0"); nothing when
    // missing, not a number, fractional or out of range.
    static std::optional<qint64> integer(const QJsonObject &object, QLatin1String key);
    static std::optional<qint64> integer(const QJsonValue &value);
    // An integer clamped to [0, INT_MAX]: for counts, years, durations. 0 when unusable.
    static int count(const QJsonObject &object, QLatin1String key);
    // A finite number from a number or numeric string.
    static std::optional<double> number(const QJsonObject &object, QLatin1String key);

    // true/false, "true"/"false" (any case), 1/0 and "1"/"0"; fallback otherwise.
    static bool boolean(const QJsonObject &object, QLatin1String key, bool fallback = false);

    // A UTC date-time from ISO 8601 text: "…Z", "…+02:00", "…+0200", no zone (read as UTC),
    // fractions of a second down to nanoseconds (kept to the millisecond), a space instead of
    // 'T', or a date alone. Invalid when missing or unreadable.
    static QDateTime dateTime(const QJsonObject &object, QLatin1String key);
    static QDateTime parseDateTime(const QString &text);

    // A list where one is expected: an array as is, a single object (or value) as a list of one
    // — XML-to-JSON converters write lists of one that way — and missing/null as empty. Capped
    // at kMaxListLength.
    static QJsonArray list(const QJsonObject &object, QLatin1String key);
    // An object, or an empty one when missing or of another type.
    static QJsonObject object(const QJsonObject &object, QLatin1String key);
};

} // namespace refrain
