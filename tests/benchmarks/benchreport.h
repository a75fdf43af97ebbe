// What every benchmark prints: chatter on stderr, one JSON object per result line on stdout
// (with the machine's load at that moment, so noisy figures can be told apart).
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace refrain::bench {

inline void say(const char *program, const QString &text) {
    std::fprintf(stderr, "%s: %s\n", program, qPrintable(text));
    std::fflush(stderr);
}

inline void emitJson(QJsonObject object) {
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        object.insert(
            QStringLiteral("load_avg_1m"),
            QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 0).toDouble());
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// A positive integer from the environment, or the fallback.
inline int envInt(const char *name, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace refrain::bench
