// SubsonicAuth: how a request proves who it is — API key, salted token or hex password — which
// of them to use for a server, and the request URL that carries them. No network code here.
#pragma once

#include "core/service/subsonic/subsonictypes.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace refrain {

struct SubsonicCredentials {
    enum class Kind { Password, ApiKey };

    QString user;   // unused (and never sent) with an API key
    QString secret; // the password or the API key: never logged, never shown
    Kind kind = Kind::Password;
};

// Endpoint parameters in plain (decoded) form; a name may repeat (songIdToAdd, id, …).
using SubsonicParams = QList<QPair<QString, QString>>;

class SubsonicAuth {
public:
    enum class Mode {
        ApiKey,      // OpenSubsonic apiKey=…, never with u
        Token,       // u, t = md5(password + salt), s = fresh salt (API 1.13+)
        HexPassword, // u, p=enc:<hex>: for old servers or ones that refuse tokens
    };
    enum class Format { Json, Xml };

    // What chooseMode decided: a mode to try, or why none can be tried.
    struct Choice {
        std::optional<Mode> mode;
        // The only way left is the hex password over a connection that is not private: the
        // user has to allow it first (then call chooseMode again with permission).
        bool needsPermission = false;
        QString message; // for the user when no mode is chosen
    };

    static constexpr const char *kClientName = "Refrain";
    static constexpr const char *kProtocolVersion = "1.16.1"; // the API version we speak

    // A fresh random salt for each request: 8 bytes from the system generator, as hex.
    static QString randomSalt();
    // md5(password + salt) as 32 lower-case hex digits, both strings as UTF-8.
    static QString token(const QString &password, const QString &salt);
    // "enc:" followed by the UTF-8 password in hex.
    static QString hexPassword(const QString &password);

    // The authentication parameters alone (u/t/s, u/p or apiKey). With an API key `u` is never
    // sent: OpenSubsonic servers answer error 43 to both.
    static QUrlQuery authQuery(Mode mode, const SubsonicCredentials &credentials,
                               const QString &salt);
    // The parameters every request carries: v, c=Refrain and f.
    static QUrlQuery commonQuery(const QString &protocolVersion, Format format);
    // The `v` to send: ours, or the server's when it announced an older one (old servers refuse
    // newer clients with error 30, and hex-password servers are old by definition).
    static QString protocolVersionFor(const ServerInfo &server);
    // XML only for servers older than API 1.4, which have no JSON.
    static Format formatFor(const ServerInfo &server);

    // Whether the password may travel hex-encoded (i.e. readable) to this server: over HTTPS, to
    // loopback, to private/link-local addresses and .local hosts; elsewhere only with permission.
    static bool hexPasswordAllowed(const QUrl &baseUrl, bool userAllowed);
    // Loopback, RFC 1918, link-local, IPv6 unique-local, or a .local (mDNS) host name.
    static bool isPrivateHost(const QString &host);

    // The mode to try next. previousError is the Subsonic error code of the last attempt, if
    // any: 41 (tokens refused) and 30 (server too old) fall back to the hex password.
    static Choice chooseMode(const ServerInfo &server, const SubsonicCredentials &credentials,
                             std::optional<int> previousError, const QUrl &baseUrl,
                             bool userAllowsReadablePassword);

    // A request URL: <base>/rest/<endpoint>.view?<auth>&v&c&f&<params>. A base URL with a path
    // prefix keeps it (https://host/music/ → /music/rest/ping.view); a base already ending in
    // /rest is not doubled. Every value is fully percent-encoded ('+' included).
    static QUrl buildUrl(const QUrl &baseUrl, const QString &endpoint, const SubsonicParams &params,
                         Mode mode, const SubsonicCredentials &credentials,
                         const ServerInfo &server, std::optional<Format> format = std::nullopt);

    // The URL as it may be shown or logged: p, t, s and apiKey values replaced.
    static QString redacted(const QUrl &url);
};

} // namespace refrain
