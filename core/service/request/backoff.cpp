#include "core/service/request/backoff.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace refrain {

qint64 Backoff::ceilingMs(int step) const {
    step = std::clamp(step, 0, 40); // 2^40 · base is past any cap; avoids overflow
    const double value = double(m_baseMs) * std::ldexp(1.0, step);
    return value >= double(m_capMs) ? m_capMs : qint64(value);
}

qint64 Backoff::fullJitterMs(int step, double unit) const {
    return qint64(std::llround(std::clamp(unit, 0.0, 1.0) * double(ceilingMs(step))));
}

qint64 Backoff::equalJitterMs(int step, double unit) const {
    const qint64 ceiling = ceilingMs(step);
    const qint64 half = ceiling / 2;
    return half + qint64(std::llround(std::clamp(unit, 0.0, 1.0) * double(ceiling - half)));
}

std::optional<qint64> Backoff::parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc) {
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok) {
        if (seconds < 0)
            return std::nullopt;
        return seconds > kMaxRetryAfterMs / 1000 ? kMaxRetryAfterMs : seconds * 1000;
    }

    // IMF-fixdate is the form servers send; the obsolete forms are not worth the code.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")))
        date.chop(4);
    QDateTime when = QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::clamp<qint64>(nowUtc.msecsTo(when), 0, kMaxRetryAfterMs);
}

} // namespace refrain
