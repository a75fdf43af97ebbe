// FaultMode: how the fault-injecting test server misbehaves right now — one value a test can
// switch at any moment, built with the named constructors below.
#pragma once

#include <QByteArray>
#include <QUrl>

namespace refrain::test {

struct FaultMode {
    enum class Kind {
        Normal,       // the handler's reply, as is
        Slow,         // the handler's reply after delayMs of silence
        Trickle,      // headers at once, then bytesPerTick every delayMs (slow-loris body)
        ServerError,  // `status` (5xx) with a short text body
        RetryAfter,   // `status` (503 or 429) with Retry-After in seconds or as an HTTP date
        ResetMidBody, // headers and half the body, then the connection is reset
        BlackHole,    // accepts and reads, never answers
        Refused,      // not listening; the port stays reserved and comes back unchanged
        Flapping,     // upRequests answered normally, then downRequests get `status`, repeating
        Redirect,     // 302 to `target` (plus the request's path and query if target has no path)
        Giant,        // a 200 body of `bytes` bytes (-1: endless, no Content-Length)
        CutAfter,     // headers (full Content-Length), the first `bytes` of the body, then close
        GzipBomb,     // Content-Encoding: gzip, expanding to >= `bytes` (-1: endless) zero bytes
    };

    Kind kind = Kind::Normal;
    int delayMs = 0;
    int bytesPerTick = 0;
    bool endless = false; // Trickle: the body never ends
    int status = 0;
    int retryAfterSeconds = 0;
    bool retryAfterAsDate = false;
    int upRequests = 0;
    int downRequests = 0;
    QUrl target;
    qint64 bytes = -1;
    QByteArray contentType; // GzipBomb: what the body claims to be
    // Which requests the fault applies to; the others are answered normally. Refused ignores
    // both: it is about the listening socket, not a request.
    QByteArray onlyPath; // non-empty: only requests whose path ends with this
    int count = -1;      // >= 0: only the first `count` requests (that onlyPath lets through)

    static FaultMode normal() { return {}; }
    static FaultMode slow(int delayMs) {
        FaultMode m;
        m.kind = Kind::Slow;
        m.delayMs = delayMs;
        return m;
    }
    static FaultMode trickle(int bytesPerTick, int intervalMs, bool endless = true) {
        FaultMode m;
        m.kind = Kind::Trickle;
        m.bytesPerTick = bytesPerTick;
        m.delayMs = intervalMs;
        m.endless = endless;
        return m;
    }
    static FaultMode serverError(int status = 500) {
        FaultMode m;
        m.kind = Kind::ServerError;
        m.status = status;
        return m;
    }
    static FaultMode retryAfter(int status, int seconds, bool asHttpDate = false) {
        FaultMode m;
        m.kind = Kind::RetryAfter;
        m.status = status;
        m.retryAfterSeconds = seconds;
        m.retryAfterAsDate = asHttpDate;
        return m;
    }
    static FaultMode resetMidBody() {
        FaultMode m;
        m.kind = Kind::ResetMidBody;
        return m;
    }
    static FaultMode blackHole() {
        FaultMode m;
        m.kind = Kind::BlackHole;
        return m;
    }
    static FaultMode refused() {
        FaultMode m;
        m.kind = Kind::Refused;
        return m;
    }
    static FaultMode flapping(int up, int down, int downStatus = 503) {
        FaultMode m;
        m.kind = Kind::Flapping;
        m.upRequests = up;
        m.downRequests = down;
        m.status = downStatus;
        return m;
    }
    static FaultMode redirect(const QUrl &target) {
        FaultMode m;
        m.kind = Kind::Redirect;
        m.target = target;
        return m;
    }
    static FaultMode giant(qint64 bytes = -1) {
        FaultMode m;
        m.kind = Kind::Giant;
        m.bytes = bytes;
        return m;
    }
    // An interrupted download at an exact byte: a resume must ask for the rest from there. The
    // close is orderly (FIN after the bytes are out), so the client really has all `bytes`.
    static FaultMode cutAfter(qint64 bytes) {
        FaultMode m;
        m.kind = Kind::CutAfter;
        m.bytes = bytes;
        return m;
    }

    // A small body that inflates about 159-fold (see gzipbomb.h): the client's network stack
    // undoes Content-Encoding by itself, so only a cap on the bytes it hands over can stop it.
    // With a size the body has a Content-Length (of the compressed bytes); -1 streams forever.
    static FaultMode gzipBomb(qint64 expandedBytes = -1,
                              const QByteArray &contentType = "application/json") {
        FaultMode m;
        m.kind = Kind::GzipBomb;
        m.bytes = expandedBytes;
        m.contentType = contentType;
        return m;
    }

    // FaultMode::cutAfter(4096).onlyFor("/rest/download.view").times(1): the first download
    // is cut, the retry and every other endpoint are answered normally.
    FaultMode onlyFor(const QByteArray &pathSuffix) const {
        FaultMode m = *this;
        m.onlyPath = pathSuffix;
        return m;
    }
    FaultMode times(int n) const {
        FaultMode m = *this;
        m.count = n;
        return m;
    }
};

} // namespace refrain::test
