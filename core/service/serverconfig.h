// ServerConfig: one streaming server as the user added it — a stable identity, its addresses in
// the user's order, who logs in and how — plus what the server last said about itself. Never a
// secret: passwords and API keys live in the SecretStore.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace refrain {

struct ServerConfig {
    enum class Auth { Password, ApiKey };

    QString id;   // stable identity; the source of its tracks and the key of its secret
    QString name; // what the user calls it; unique
    QList<QUrl> urls;
    QString user; // empty with an API key
    Auth auth = Auth::Password;
    // The user allowed the hex-encoded password over plain HTTP to a public address.
    bool allowPlainPassword = false;
    // The status page of the service behind it (a Statuspage v2 summary); empty: none.
    QUrl statusUrl;

    // Learnt from ping and getOpenSubsonicExtensions.
    QString apiVersion;
    QString serverType;
    QString serverVersion;
    bool openSubsonic = false;
    QStringList extensions;
    std::optional<bool> tokenAuth; // unknown until tried; false after error 41

    qint64 addedAtMs = 0;
    qint64 lastSyncAtMs = 0; // 0: never
    qint64 lastSeenAtMs = 0; // 0: never

    friend bool operator==(const ServerConfig &, const ServerConfig &) = default;
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::ServerConfig)
