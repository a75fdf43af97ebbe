// DemoMode: the states `./dev demo` can put its server into, by the names typed on demo_server's
// standard input and shown in its menu.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace refrain::test {

enum class DemoMode {
    Normal,       // everything answers at once; the status page says all is well
    Slow,         // every API and stream answer waits a few seconds; a minor incident
    Failing,      // API and streams answer 503; the status page reports a major outage
    BlackHole,    // the API accepts and never answers; the status page has not noticed yet
    BlackHoleAll, // the whole host is gone: the status page never answers either
    Maintenance,  // 503 with Retry-After; the status page declares a window in progress
};

inline const QStringList &demoModeNames() {
    // In enum order; the names are the commands.
    static const QStringList names{QStringLiteral("normal"),        QStringLiteral("slow"),
                                   QStringLiteral("failing"),       QStringLiteral("blackhole"),
                                   QStringLiteral("blackhole-all"), QStringLiteral("maintenance")};
    return names;
}

inline QString demoModeName(DemoMode mode) {
    return demoModeNames().at(int(mode));
}

inline std::optional<DemoMode> demoModeFromName(const QString &name) {
    const qsizetype index = demoModeNames().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return DemoMode(index);
}

} // namespace refrain::test
