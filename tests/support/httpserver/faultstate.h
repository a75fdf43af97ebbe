// FaultState: what the fault server's thread and the test's thread share — the mode, the handler,
// and the record of every request received. Every member is safe to call from either thread.
#pragma once

#include "tests/support/httpserver/faultmode.h"
#include "tests/support/httpserver/httpexchange.h"

#include <QHash>
#include <QMutex>

namespace refrain::test {

class FaultState {
public:
    // What the server thread needs to answer one request: the fault that applies to it (with
    // Flapping already resolved to Normal or ServerError) and the handler to ask for content.
    struct Admission {
        FaultMode mode;
        HttpHandler handler;
    };

    void setMode(const FaultMode &mode);
    FaultMode mode() const;
    void setHandler(HttpHandler handler);

    // Server thread: a complete request arrived. Records it and says how to answer.
    Admission admit(const HttpRequest &request);
    // Server thread: the answer to an admitted request is written, or its connection is gone.
    void responseFinished();
    void connectionAccepted();
    // Server thread: bytes the kernel took from a connection's socket (any connection).
    void addBytesSent(qint64 bytes);

    int requestCount() const;
    int requestCount(const QByteArray &path) const;
    QList<HttpRequest> requests() const;
    int connectionCount() const;
    int inFlight() const;
    int maxConcurrent() const;
    qint64 bytesSent() const;
    // The first byte each logged request for `path` (any path when empty) asked for with a
    // Range header, in order; requests without one are left out, -1 stands for a suffix range
    // ("bytes=-n") or a header that is not a single byte range.
    QList<qint64> rangeStarts(const QByteArray &path) const;
    void resetCounters();

private:
    mutable QMutex m_mutex;
    FaultMode m_mode;
    HttpHandler m_handler;
    int m_flapIndex = 0; // requests seen since Flapping was set
    int m_matched = 0;   // requests the mode's onlyPath let through since it was set
    QList<HttpRequest> m_log;
    QHash<QByteArray, int> m_perPath;
    int m_connections = 0;
    int m_inFlight = 0;
    int m_maxConcurrent = 0;
    qint64 m_bytesSent = 0;
};

} // namespace refrain::test
