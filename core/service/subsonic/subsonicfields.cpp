#include "core/service/subsonic/subsonicfields.h"

#include <QRegularExpression>

#include <climits>
#include <cmath>

namespace refrain {

namespace {

// 2^53: beyond it a JSON double no longer holds every integer exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

std::optional<qint64> integerFromDouble(double d) {
    if (!std::isfinite(d) || std::fabs(d) > kMaxExactInteger || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

} // namespace

QString SubsonicFields::string(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > kMaxStringLength) {
            // Never cut a character in half: drop a lone high surrogate at the cut.
            const bool split = text.at(kMaxStringLength - 1).isHighSurrogate();
            text.truncate(split ? kMaxStringLength - 1 : kMaxStringLength);
        }
        return text;
    }
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (const auto i = integerFromDouble(d))
            return QString::number(*i);
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QString SubsonicFields::string(const QJsonObject &object, QLatin1String key) {
    return string(object.value(key));
}

std::optional<qint64> SubsonicFields::integer(const QJsonValue &value) {
    if (value.isDouble())
        return integerFromDouble(value.toDouble());
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text.size() > 32)
        return std::nullopt;
    bool ok = false;
    const qint64 i = text.toLongLong(&ok);
    if (ok)
        return i;
    const double d = text.toDouble(&ok); // "123.0", "1e3"
    return ok ? integerFromDouble(d) : std::nullopt;
}

std::optional<qint64> SubsonicFields::integer(const QJsonObject &object, QLatin1String key) {
    return integer(object.value(key));
}

int SubsonicFields::count(const QJsonObject &object, QLatin1String key) {
    const auto i = integer(object, key);
    if (!i || *i < 0)
        return 0;
    return int(std::min<qint64>(*i, INT_MAX));
}

std::optional<double> SubsonicFields::number(const QJsonObject &object, QLatin1String key) {
    const QJsonValue value = object.value(key);
    double d = 0;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.size() > 32)
            return std::nullopt;
        bool ok = false;
        d = text.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

bool SubsonicFields::boolean(const QJsonObject &object, QLatin1String key, bool fallback) {
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || text == u"1")
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || text == u"0")
            return false;
    }
    return fallback;
}

QDateTime SubsonicFields::parseDateTime(const QString &input) {
    const QString text = input.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return {};
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)"
        R"(\s*(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const auto part = [&m](int n) { return m.captured(n).toInt(); };
    const QDate date(part(1), part(2), part(3));
    int millis = 0;
    if (m.capturedLength(7) > 0) {
        // Nanoseconds (Go's RFC 3339) and microseconds are cut to milliseconds.
        const QString fraction = QString(m.captured(7) + QStringLiteral("00")).left(3);
        millis = fraction.toInt();
    }
    int second = part(6);
    if (second == 60)
        second = 59; // a leap second is not worth an invalid date
    const QTime time(part(4), part(5), second, millis);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime utc(date, time, Qt::UTC);
    if (m.capturedLength(9) > 0) {
        const int hours = part(10);
        const int minutes = part(11);
        if (hours > 23 || minutes > 59)
            return {};
        const int offset = (hours * 3600 + minutes * 60) * (m.captured(9) == u"-" ? -1 : 1);
        utc = utc.addSecs(-offset); // local wall time minus its offset is UTC
    }
    return utc;
}

QDateTime SubsonicFields::dateTime(const QJsonObject &object, QLatin1String key) {
    const QJsonValue value = object.value(key);
    return value.isString() ? parseDateTime(value.toString()) : QDateTime();
}

QJsonArray SubsonicFields::list(const QJsonObject &object, QLatin1String key) {
    const QJsonValue value = object.value(key);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.size() <= kMaxListLength)
            return array;
        QJsonArray capped;
        for (qsizetype i = 0; i < kMaxListLength; ++i)
            capped.append(array.at(i));
        return capped;
    }
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

QJsonObject SubsonicFields::object(const QJsonObject &object, QLatin1String key) {
    return object.value(key).toObject();
}

} // namespace refrain
