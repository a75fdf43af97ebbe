#include "core/service/subsonic/subsonictypes.h"

#include <algorithm>

namespace refrain {

std::optional<QList<int>> parseApiVersion(const QString &version) {
    const QStringList parts = version.trimmed().split(QLatin1Char('.'));
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    QList<int> numbers;
    for (const QString &part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 0)
            return std::nullopt;
        numbers.append(n);
    }
    while (numbers.size() < 3)
        numbers.append(0);
    return numbers;
}

int compareApiVersions(const QString &a, const QString &b) {
    const auto va = parseApiVersion(a);
    const auto vb = parseApiVersion(b);
    if (!va || !vb)
        return va ? 1 : (vb ? -1 : 0);
    for (qsizetype i = 0; i < std::max(va->size(), vb->size()); ++i) {
        const int x = va->value(i);
        const int y = vb->value(i);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

bool ServerInfo::hasExtension(const QString &name) const {
    for (const ServerExtension &e : extensions) {
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool ServerInfo::supportsApiKey() const {
    return hasExtension(QStringLiteral("apiKeyAuthentication"));
}

bool ServerInfo::apiVersionAtLeast(int major, int minor, int patch) const {
    const auto v = parseApiVersion(apiVersion);
    if (!v)
        return false;
    const QList<int> wanted{major, minor, patch};
    for (qsizetype i = 0; i < 3; ++i) {
        if (v->at(i) != wanted.at(i))
            return v->at(i) > wanted.at(i);
    }
    return true;
}

bool ServerInfo::supportsTokens() const {
    return !parseApiVersion(apiVersion) || apiVersionAtLeast(1, 13);
}

bool ServerInfo::supportsJson() const {
    return !parseApiVersion(apiVersion) || apiVersionAtLeast(1, 4);
}

QString ServerInfo::describe() const {
    QString name = type.isEmpty() ? QStringLiteral("Subsonic server") : type;
    if (!type.isEmpty() && type.at(0).isLower())
        name[0] = name.at(0).toUpper(); // "navidrome" reads better as "Navidrome"
    if (!serverVersion.isEmpty())
        name += QLatin1Char(' ') + serverVersion;
    if (!apiVersion.isEmpty())
        name += QStringLiteral(" (Subsonic API %1)").arg(apiVersion);
    return name;
}

} // namespace refrain
