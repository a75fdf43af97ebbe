// nostalgiaHourText: an hour of the day as the locale writes a clock time, without seconds
// ("07:00", "7:00 AM") — QLocale's short time format carries seconds in some locales (C).
#pragma once

#include <QLocale>
#include <QRegularExpression>
#include <QTime>

namespace refrain {

inline QString nostalgiaHourText(int hour, const QLocale &locale = QLocale()) {
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return QTime(hour, 0).toString(format);
}

} // namespace refrain
