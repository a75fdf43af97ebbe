#include "core/service/request/requesttypes.h"

#include <QUrlQuery>

namespace refrain {

QString componentKey(Component component) {
    switch (component) {
    case Component::Browse:
        return QStringLiteral("browse");
    case Component::Search:
        return QStringLiteral("search");
    case Component::Stream:
        return QStringLiteral("stream");
    case Component::Artwork:
        return QStringLiteral("artwork");
    case Component::Scrobble:
        return QStringLiteral("scrobble");
    case Component::Status:
        return QStringLiteral("status");
    case Component::Probe:
        return QStringLiteral("probe");
    }
    return {};
}

QString componentLabel(Component component) {
    switch (component) {
    case Component::Browse:
        return QStringLiteral("browsing");
    case Component::Search:
        return QStringLiteral("search");
    case Component::Stream:
        return QStringLiteral("streaming");
    case Component::Artwork:
        return QStringLiteral("artwork");
    case Component::Scrobble:
        return QStringLiteral("scrobbling");
    case Component::Status:
        return QStringLiteral("the status page");
    case Component::Probe:
        return QStringLiteral("server checks");
    }
    return {};
}

QString failureKindKey(FailureKind kind) {
    switch (kind) {
    case FailureKind::None:
        return QStringLiteral("none");
    case FailureKind::Timeout:
        return QStringLiteral("timeout");
    case FailureKind::Refused:
        return QStringLiteral("refused");
    case FailureKind::HostNotFound:
        return QStringLiteral("host_not_found");
    case FailureKind::Reset:
        return QStringLiteral("reset");
    case FailureKind::Tls:
        return QStringLiteral("tls");
    case FailureKind::HttpStatus:
        return QStringLiteral("http_status");
    case FailureKind::TooLarge:
        return QStringLiteral("too_large");
    case FailureKind::Redirected:
        return QStringLiteral("redirected");
    case FailureKind::CircuitOpen:
        return QStringLiteral("circuit_open");
    case FailureKind::Cancelled:
        return QStringLiteral("cancelled");
    case FailureKind::NetworkDown:
        return QStringLiteral("network_down");
    case FailureKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QUrl redactedUrl(const QUrl &url) {
    static const QStringList secrets = {
        QStringLiteral("p"),      QStringLiteral("t"),        QStringLiteral("s"),
        QStringLiteral("apikey"), QStringLiteral("password"), QStringLiteral("token"),
    };
    QUrl out = url;
    if (!out.password().isEmpty())
        out.setPassword(QStringLiteral("***"));
    if (!out.hasQuery())
        return out;
    QUrlQuery query(out);
    auto items = query.queryItems(QUrl::FullyEncoded);
    bool changed = false;
    for (auto &item : items) {
        const QString key = QUrl::fromPercentEncoding(item.first.toLatin1()).toLower();
        if (secrets.contains(key)) {
            item.second = QStringLiteral("***");
            changed = true;
        }
    }
    if (changed) {
        query.setQueryItems(items);
        out.setQuery(query);
    }
    return out;
}

QString redactedUrlText(const QUrl &url) {
    return redactedUrl(url).toString(QUrl::FullyEncoded);
}

QString hostLabel(const QUrl &url) {
    const QString host = url.host();
    return url.port() >= 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
}

QString byteSizeText(qint64 bytes) {
    constexpr qint64 kKiB = 1024, kMiB = 1024 * 1024;
    if (bytes >= kMiB)
        return QString::number(double(bytes) / double(kMiB), 'g', 3) + QStringLiteral(" MiB");
    if (bytes >= kKiB)
        return QString::number(double(bytes) / double(kKiB), 'g', 3) + QStringLiteral(" KiB");
    return QString::number(bytes) + QStringLiteral(" bytes");
}

} // namespace refrain
