#include "tests/support/httpserver/faultserver.h"

#include "tests/support/httpserver/faultlistener.h"
#include "tests/support/httpserver/faultstate.h"

#include <QPointer>
#include <QUrlQuery>

namespace refrain::test {

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<FaultState>()) {
    m_thread.setObjectName(QStringLiteral("FaultServer"));
    QPointer<FaultServer> self(this);
    // The observer runs on the server thread; the signal is emitted on ours.
    m_listener = new FaultListener(m_state, [self](const QByteArray &path) {
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, path] {
                    if (self)
                        Q_EMIT self->requestReceived(path);
                },
                Qt::QueuedConnection);
        }
    });
    m_listener->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_listener, [this] { m_port = m_listener->listen(); }, Qt::BlockingQueuedConnection);
}

FaultServer::~FaultServer() {
    FaultListener *listener = m_listener;
    QMetaObject::invokeMethod(
        listener,
        [listener] {
            listener->shutdown();
            delete listener;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QUrl FaultServer::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl FaultServer::url(const QString &path, const QList<QPair<QString, QString>> &query) const {
    QUrl out = baseUrl();
    out.setPath(path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        out.setQuery(q);
    }
    return out;
}

void FaultServer::setHandler(HttpHandler handler) {
    m_state->setHandler(std::move(handler));
}

void FaultServer::setMode(const FaultMode &mode) {
    Q_ASSERT(QThread::currentThread() != &m_thread);
    const bool wasRefused = m_state->mode().kind == FaultMode::Kind::Refused;
    const bool refuse = mode.kind == FaultMode::Kind::Refused;
    m_state->setMode(mode);
    FaultListener *listener = m_listener;
    if (refuse && !wasRefused) {
        QMetaObject::invokeMethod(
            listener, [listener] { listener->refuse(); }, Qt::BlockingQueuedConnection);
    } else if (!refuse && wasRefused) {
        bool ok = false;
        QMetaObject::invokeMethod(
            listener, [listener, &ok] { ok = listener->resume(); }, Qt::BlockingQueuedConnection);
        if (!ok)
            qWarning("FaultServer: could not listen on port %u again", unsigned(m_port));
    }
}

FaultMode FaultServer::mode() const {
    return m_state->mode();
}

int FaultServer::requestCount() const {
    return m_state->requestCount();
}

int FaultServer::requestCount(const QByteArray &path) const {
    return m_state->requestCount(path);
}

QList<HttpRequest> FaultServer::requests() const {
    return m_state->requests();
}

int FaultServer::connectionCount() const {
    return m_state->connectionCount();
}

int FaultServer::inFlight() const {
    return m_state->inFlight();
}

int FaultServer::maxConcurrent() const {
    return m_state->maxConcurrent();
}

qint64 FaultServer::bytesSent() const {
    return m_state->bytesSent();
}

QList<qint64> FaultServer::rangeStarts(const QByteArray &path) const {
    return m_state->rangeStarts(path);
}

void FaultServer::resetCounters() {
    m_state->resetCounters();
}

} // namespace refrain::test
