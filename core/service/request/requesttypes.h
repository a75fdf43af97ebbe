// The vocabulary of the request layer: which part of the app a request serves (each has its own
// circuit breaker), how a request can fail, and how a URL is shown without its credentials.
#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace refrain {

enum class Component {
    Browse,
    Search,
    Stream,
    Artwork,
    Scrobble,
    Status,
    Probe, // the health monitor's own checks: no breaker of its own, never fails fast
};
inline constexpr int kComponentCount = 7;

enum class FailureKind {
    None,
    Timeout,      // no answer before the first-byte timeout, or the body missed the deadline
    Refused,      // nothing listens on the server's port
    HostNotFound, // the name does not resolve
    Reset,        // the connection was cut before the answer was complete
    Tls,          // the secure connection was refused (certificate subject and reason given)
    HttpStatus,   // the server answered with an error status (4xx, 5xx)
    TooLarge,     // the body passed the request's size cap and was stopped
    Redirected,   // a redirect that was not followed (another host, or too many)
    CircuitOpen,  // failed fast, without traffic, while the component's breaker is open
    Cancelled,    // the caller gave up
    NetworkDown,  // this computer has no usable network
    Other,        // anything else the network stack reports
};

// Stable keys for logs and telemetry: "browse", "timeout", …
QString componentKey(Component component);
// For sentences: "browsing", "search", …
QString componentLabel(Component component);
QString failureKindKey(FailureKind kind);

// The URL with the values of credential-bearing query items (p, t, s, apiKey, password, token;
// any letter case) and any user-info password replaced by "***" — the only form of a service
// URL that may reach a log, an error message or the screen.
QUrl redactedUrl(const QUrl &url);
QString redactedUrlText(const QUrl &url);

// "host" or "host:port", as error messages name a server.
QString hostLabel(const QUrl &url);
// "512 bytes", "12 KiB", "16 MiB".
QString byteSizeText(qint64 bytes);

} // namespace refrain

Q_DECLARE_METATYPE(refrain::Component)
Q_DECLARE_METATYPE(refrain::FailureKind)
