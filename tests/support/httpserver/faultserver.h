// FaultServer: a real HTTP/1.1 server on 127.0.0.1 for tests, whose content comes from an
// HttpHandler and whose behaviour (slow, 5xx, reset, black hole, refused, …) the test switches
// at any moment. It runs on its own thread, so a test that blocks or waits never stalls it.
//
// Handlers run on the server's thread: they must only read data the test does not change while
// the server runs (or guard it). Every public member is for the thread that made the server.
#pragma once

#include "tests/support/httpserver/faultmode.h"
#include "tests/support/httpserver/httpexchange.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace refrain::test {

class FaultListener;
class FaultState;

class FaultServer : public QObject {
    Q_OBJECT
public:
    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    // baseUrl() with this path and query, e.g. url("/rest/ping.view", {{"u", "bob"}}).
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

    // Default content: 404 for everything.
    void setHandler(HttpHandler handler);
    // Takes effect for the next request (Refused and its end: before this returns).
    void setMode(const FaultMode &mode);
    FaultMode mode() const;

    // What arrived: complete requests, in order, whatever the mode (Refused sees none).
    int requestCount() const;
    int requestCount(const QByteArray &path) const;
    QList<HttpRequest> requests() const;
    int connectionCount() const;
    int inFlight() const;      // requests received and not yet answered in full
    int maxConcurrent() const; // the most that were in flight at once
    // Response bytes (heads and bodies) the server's sockets handed to the kernel: how a test
    // sees that a client stopped reading an endless body, and how much it took before that.
    qint64 bytesSent() const;
    // Where requests for `path` (any path when empty) asked to start with "Range: bytes=N-…",
    // in order: how a test sees that a download resumed, and from which byte. Requests without
    // a Range header are left out; -1 is a suffix range or a header not understood.
    QList<qint64> rangeStarts(const QByteArray &path = {}) const;
    void resetCounters();

Q_SIGNALS:
    // A complete request arrived (emitted on this object's thread).
    void requestReceived(const QByteArray &path);

private:
    QThread m_thread;
    std::shared_ptr<FaultState> m_state;
    FaultListener *m_listener = nullptr;
    quint16 m_port = 0;
};

} // namespace refrain::test
