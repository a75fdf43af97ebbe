#include "tests/support/httpserver/faultconnection.h"

#include "tests/support/httpserver/gzipbomb.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace refrain::test {

namespace {

constexpr qsizetype kMaxHead = 64 * 1024;
constexpr qint64 kMaxRequestBody = 16 * 1024 * 1024;
constexpr qint64 kStreamChunk = 64 * 1024;
constexpr qint64 kMaxQueued = 256 * 1024; // keep memory flat while a client reads slowly

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray httpDate(const QDateTime &utc) {
    return QLocale::c()
               .toString(utc.toTimeZone(QTimeZone::utc()),
                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1()
           + " GMT";
}

// A form or query string as QUrlQuery reads it; '+' means a space only in form bodies.
QUrlQuery parseQuery(QByteArray raw, bool form) {
    if (form)
        raw.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(raw));
}

// "bytes=a-b", "bytes=a-", "bytes=-n" against a body of `size` bytes. Returns false when the
// header is not a single byte range we understand (then the whole body is sent).
bool parseRange(const QByteArray &header, qint64 size, qint64 &first, qint64 &last,
                bool &satisfiable) {
    if (!header.startsWith("bytes=") || header.contains(','))
        return false;
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return false;
    bool okFirst = false, okLast = false;
    const QByteArray a = spec.left(dash).trimmed(), b = spec.mid(dash + 1).trimmed();
    if (a.isEmpty()) {
        const qint64 suffix = b.toLongLong(&okLast);
        if (!okLast)
            return false;
        satisfiable = suffix > 0 && size > 0;
        first = std::max<qint64>(0, size - suffix);
        last = size - 1;
        return true;
    }
    first = a.toLongLong(&okFirst);
    if (!okFirst)
        return false;
    if (b.isEmpty()) {
        last = size - 1;
    } else {
        last = b.toLongLong(&okLast);
        if (!okLast || last < first)
            return false; // invalid: ignored, as RFC 9110 asks
    }
    satisfiable = first < size;
    last = std::min(last, size - 1);
    return true;
}

} // namespace

FaultConnection::FaultConnection(QTcpSocket *socket, std::shared_ptr<FaultState> state,
                                 RequestObserver observer, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_state(std::move(state))
    , m_observer(std::move(observer)) {
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &FaultConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this](qint64 written) {
        m_state->addBytesSent(written);
        if (m_resetPending && m_socket->bytesToWrite() == 0)
            resetAfterFlush();
        else if (m_phase == Phase::Answering && m_remaining != 0 && !m_timer)
            pumpStream();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &FaultConnection::close);
    m_state->connectionAccepted();
}

FaultConnection::~FaultConnection() {
    if (m_admitted)
        m_state->responseFinished();
}

void FaultConnection::drop() {
    m_socket->abort();
    close();
}

void FaultConnection::close() {
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    if (m_timer)
        m_timer->stop();
    if (m_admitted) {
        m_admitted = false;
        m_state->responseFinished();
    }
    deleteLater();
}

void FaultConnection::onReadyRead() {
    if (m_phase == Phase::Closed)
        return;
    m_buffer.append(m_socket->readAll());
    if (m_phase == Phase::Hung) {
        m_buffer.clear(); // a black hole reads everything and says nothing
        return;
    }
    processBuffer();
}

void FaultConnection::processBuffer() {
    while (m_phase == Phase::Head || m_phase == Phase::Body) {
        if (m_phase == Phase::Head && !takeHead())
            return;
        if (m_phase == Phase::Body) {
            if (m_buffer.size() < m_bodyLength)
                return;
            m_request.body = m_buffer.left(m_bodyLength);
            m_buffer.remove(0, m_bodyLength);
            dispatch();
        }
    }
}

// Moves the request line and headers out of the buffer; false while they are incomplete.
bool FaultConnection::takeHead() {
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHead)
            drop();
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);

    m_request = HttpRequest{};
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        m_keepAlive = false;
        sendWhole(400, {}, "text/plain", "Malformed request line\n");
        return false;
    }
    m_request.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    m_request.path = QByteArray::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        m_request.query = parseQuery(target.mid(question + 1), false);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            m_request.headers.append(
                {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = m_request.header("connection").toLower();
    m_keepAlive =
        requestLine.at(2) == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
    m_headOnly = m_request.method == "HEAD";
    if (!m_request.header("transfer-encoding").isEmpty()) {
        m_keepAlive = false;
        sendWhole(501, {}, "text/plain", "Chunked request bodies are not supported\n");
        return false;
    }
    bool ok = true;
    const QByteArray length = m_request.header("content-length");
    m_bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_bodyLength < 0 || m_bodyLength > kMaxRequestBody) {
        m_keepAlive = false;
        sendWhole(400, {}, "text/plain", "Bad Content-Length\n");
        return false;
    }
    m_phase = Phase::Body;
    return true;
}

void FaultConnection::dispatch() {
    if (m_request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery form = parseQuery(m_request.body, true);
        for (const auto &item : form.queryItems(QUrl::FullyEncoded))
            m_request.query.addQueryItem(item.first, item.second);
    }
    const FaultState::Admission admission = m_state->admit(m_request);
    m_admitted = true;
    m_phase = Phase::Answering;
    if (m_observer)
        m_observer(m_request.path);

    if (admission.mode.kind == FaultMode::Kind::BlackHole) {
        m_phase = Phase::Hung;
        m_buffer.clear();
        return;
    }
    if (admission.mode.kind == FaultMode::Kind::Slow) {
        const HttpRequest request = m_request;
        QTimer::singleShot(admission.mode.delayMs, this, [this, request, admission] {
            if (m_phase == Phase::Answering)
                answer(request, admission);
        });
        return;
    }
    answer(m_request, admission);
}

void FaultConnection::answer(const HttpRequest &request, const FaultState::Admission &admission) {
    const FaultMode &mode = admission.mode;
    using Kind = FaultMode::Kind;
    switch (mode.kind) {
    case Kind::ServerError:
        sendWhole(mode.status, {}, "text/plain",
                  "Injected fault: " + QByteArray::number(mode.status) + "\n");
        return;
    case Kind::RetryAfter: {
        const QByteArray value =
            mode.retryAfterAsDate
                ? httpDate(QDateTime::currentDateTimeUtc().addSecs(mode.retryAfterSeconds))
                : QByteArray::number(mode.retryAfterSeconds);
        sendWhole(mode.status, {{"Retry-After", value}}, "text/plain", "Try again later\n");
        return;
    }
    case Kind::Redirect: {
        QUrl location = mode.target;
        if (location.path().isEmpty() || location.path() == QLatin1String("/")) {
            // Keep the path and query (unless the target names a path of its own), as a
            // misconfigured proxy would: that is what makes following such a redirect leak
            // credentials.
            location.setPath(QString::fromUtf8(request.path));
            location.setQuery(request.query);
        }
        sendWhole(302, {{"Location", location.toEncoded()}}, "text/plain", "Moved\n");
        return;
    }
    case Kind::Giant: {
        static const QByteArray pattern =
            QByteArray("0123456789abcdef").repeated(kStreamChunk / 16);
        startStream(200, {}, "application/octet-stream", pattern, mode.bytes, 0, 0);
        return;
    }
    case Kind::GzipBomb: {
        const Headers gzip{{"Content-Encoding", "gzip"}};
        if (mode.bytes < 0)
            startStream(200, gzip, mode.contentType, GzipBomb::block(), -1, 0, 0,
                        GzipBomb::header());
        else
            sendWhole(200, gzip, mode.contentType, GzipBomb::whole(mode.bytes));
        return;
    }
    default:
        break;
    }

    HttpReply reply;
    if (admission.handler) {
        reply = admission.handler(request);
    } else {
        reply.status = 404;
        reply.contentType = "text/plain";
        reply.body = "No handler\n";
    }
    QList<QPair<QByteArray, QByteArray>> headers = reply.headers;
    if (reply.rangeable && reply.status == 200) {
        headers.append(qMakePair(QByteArray("Accept-Ranges"), QByteArray("bytes")));
        const qint64 size = reply.body.size();
        qint64 first = 0, last = 0;
        bool satisfiable = false;
        if (parseRange(request.header("range"), size, first, last, satisfiable)) {
            if (!satisfiable) {
                headers.append(
                    qMakePair(QByteArray("Content-Range"), "bytes */" + QByteArray::number(size)));
                sendWhole(416, headers, "text/plain", {});
                return;
            }
            const QByteArray range = "bytes " + QByteArray::number(first) + '-'
                                     + QByteArray::number(last) + '/' + QByteArray::number(size);
            headers.append(qMakePair(QByteArray("Content-Range"), range));
            reply.status = 206;
            reply.body = reply.body.mid(first, last - first + 1);
        }
    }

    // The faults below shape the body after any Range is applied: a trickled or cut 206 carries
    // its Content-Range and the ranged bytes, as a slow or failing real server would.
    if (mode.kind == Kind::Trickle) {
        const QByteArray source = reply.body.isEmpty() ? QByteArray("x") : reply.body;
        startStream(reply.status, headers, reply.contentType, source,
                    mode.endless ? -1 : reply.body.size(), std::max(1, mode.bytesPerTick),
                    mode.delayMs);
        return;
    }
    if (mode.kind == Kind::ResetMidBody) {
        m_socket->write(responseHead(reply.status, headers, reply.contentType, reply.body.size())
                        + reply.body.left(reply.body.size() / 2));
        m_resetPending = true;
        return;
    }
    if (mode.kind == Kind::CutAfter) {
        sendCut(reply.status, headers, reply.contentType, reply.body, mode.bytes);
        return;
    }
    sendWhole(reply.status, headers, reply.contentType, reply.body);
}

// Status line and headers; length < 0 leaves Content-Length out (the body ends with the
// connection).
QByteArray FaultConnection::responseHead(int status, const Headers &headers,
                                         const QByteArray &contentType, qint64 length) const {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                     + "\r\nDate: " + httpDate(QDateTime::currentDateTimeUtc())
                     + "\r\nContent-Type: " + contentType;
    if (length >= 0)
        out += "\r\nContent-Length: " + QByteArray::number(length);
    out += m_keepAlive ? "\r\nConnection: keep-alive" : "\r\nConnection: close";
    for (const auto &h : headers)
        out += "\r\n" + h.first + ": " + h.second;
    out += "\r\n\r\n";
    return out;
}

void FaultConnection::sendWhole(int status, const Headers &headers, const QByteArray &contentType,
                                const QByteArray &body) {
    QByteArray out = responseHead(status, headers, contentType, body.size());
    if (!m_headOnly)
        out += body;
    m_socket->write(out);
    finishResponse();
}

// The head promises the whole body, only the first `bytes` follow, then an orderly close (FIN,
// not RST, so the client really receives all `bytes`). Qt 6.4 does not always call a short 206
// an error: a client has to count what it got against Content-Length.
void FaultConnection::sendCut(int status, const Headers &headers, const QByteArray &contentType,
                              const QByteArray &body, qint64 bytes) {
    QByteArray out = responseHead(status, headers, contentType, body.size());
    if (!m_headOnly)
        out += body.left(std::clamp<qint64>(bytes, 0, body.size()));
    m_socket->write(out);
    m_keepAlive = false; // announced as kept alive, like a server that dies mid-answer
    finishResponse();
}

// Starts a body sent piece by piece — as fast as the client reads, or tickBytes every intervalMs
// when tickBytes > 0. length < 0 means it never ends (no Content-Length; the connection closes
// when the client gives up). `prefix` goes out once before the repeated body (a gzip header).
void FaultConnection::startStream(int status, const Headers &headers, const QByteArray &contentType,
                                  const QByteArray &body, qint64 length, int tickBytes,
                                  int intervalMs, const QByteArray &prefix) {
    if (length < 0)
        m_keepAlive = false;
    const QByteArray head = responseHead(status, headers, contentType, length);
    m_socket->write(m_headOnly ? head : head + prefix);
    m_streamSource = body;
    m_streamOffset = 0;
    m_remaining = m_headOnly ? 0 : length;
    m_tickBytes = tickBytes;
    if (m_remaining == 0) {
        finishResponse();
    } else if (tickBytes > 0) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &FaultConnection::trickleTick);
        m_timer->start(std::max(1, intervalMs));
    } else {
        pumpStream();
    }
}

void FaultConnection::pumpStream() {
    while (m_remaining != 0 && m_socket->bytesToWrite() < kMaxQueued) {
        qint64 n = kStreamChunk;
        if (m_remaining > 0)
            n = std::min(n, m_remaining);
        QByteArray chunk;
        while (chunk.size() < n) {
            const qint64 take =
                std::min<qint64>(n - chunk.size(), m_streamSource.size() - m_streamOffset);
            chunk += m_streamSource.mid(m_streamOffset, take);
            m_streamOffset = (m_streamOffset + take) % m_streamSource.size();
        }
        m_socket->write(chunk);
        if (m_remaining > 0)
            m_remaining -= n;
    }
    if (m_remaining == 0)
        finishResponse();
}

void FaultConnection::trickleTick() {
    if (m_phase != Phase::Answering)
        return;
    qint64 n = m_tickBytes;
    if (m_remaining > 0)
        n = std::min(n, m_remaining);
    QByteArray chunk;
    while (chunk.size() < n) {
        chunk += m_streamSource.at(m_streamOffset);
        m_streamOffset = (m_streamOffset + 1) % m_streamSource.size();
    }
    m_socket->write(chunk);
    if (m_remaining > 0)
        m_remaining -= n;
    if (m_remaining == 0) {
        m_timer->stop();
        finishResponse();
    }
}

// A real reset (RST), not an orderly close: SO_LINGER with a zero timeout makes close() abort.
void FaultConnection::resetAfterFlush() {
    m_resetPending = false;
#ifdef Q_OS_UNIX
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger hard = {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
#endif
    drop();
}

void FaultConnection::finishResponse() {
    if (m_admitted) {
        m_admitted = false;
        m_state->responseFinished();
    }
    if (m_timer) {
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    m_remaining = 0;
    if (!m_keepAlive) {
        // Ignore anything more the client sends; `disconnected` (once the answer is out)
        // deletes this connection.
        m_phase = Phase::Hung;
        m_socket->disconnectFromHost();
        return;
    }
    m_phase = Phase::Head;
    // Pipelined requests may already be waiting; answer them on the next turn of the loop so a
    // long pipeline cannot recurse.
    QTimer::singleShot(0, this, [this] {
        if (m_phase == Phase::Head && !m_buffer.isEmpty())
            processBuffer();
    });
}

} // namespace refrain::test
