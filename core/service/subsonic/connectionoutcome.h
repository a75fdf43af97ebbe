// ConnectionOutcome: what "Test connection" tells the user — one precise outcome (wrong
// password, tokens refused, not a Subsonic server, TLS, timeout, …) and a plain sentence for it,
// from what the network layer saw and what the server answered.
#pragma once

#include "core/service/subsonic/subsonictypes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace refrain {

struct ConnectionOutcome {
    enum class Kind {
        Ok,
        WrongCredentials,      // Subsonic error 40
        TokenAuthNotSupported, // 41
        ApiKeyInvalid,         // 44
        NotSubsonic,           // an HTML page, a captive portal, another kind of server
        TlsError,
        Timeout,
        Refused,
        HostNotFound,
        HttpError,
        Malformed,
        Other, // other Subsonic errors (42, 43, 30, …) and network failures
    };

    // How the request ended below HTTP. The request layer maps its own errors onto this, so
    // this classifier does not depend on it. Deliberately no error text: Qt's network error
    // strings can contain the request URL, and with it the credentials.
    enum class NetworkFailure {
        None, // an HTTP answer arrived (any status)
        Timeout,
        ConnectionRefused,
        HostNotFound,
        Tls,
        ConnectionClosed, // the server closed or reset the connection before answering
        NetworkUnreachable,
        Other,
    };

    Kind kind = Kind::Other;
    QString message;                 // one plain sentence (or two) for the user
    std::optional<int> subsonicCode; // when the server answered with a Subsonic error
    ServerInfo server;               // from the reply envelope when there was one

    bool ok() const { return kind == Kind::Ok; }

    static ConnectionOutcome classify(NetworkFailure failure, int httpStatus,
                                      const QByteArray &contentType, const QByteArray &body);
};

} // namespace refrain
