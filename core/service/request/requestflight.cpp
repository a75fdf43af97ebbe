#include "core/service/request/requestflight.h"

#include "core/service/request/backoff.h"

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

namespace refrain {

namespace {

constexpr int kMaxRedirects = 5;
// What Qt may hold for us between two readyRead()s. Unlimited (Qt's default), a busy thread or a
// body Qt cannot hand over (see kUnpackFailed) piles up in memory at the line's speed.
constexpr qint64 kReadBufferBytes = 4 * 1024 * 1024;

// Qt 6.4 undoes gzip/deflate by itself and has no API to cap it; when the inflated bytes outgrow
// the compressed ones past its fixed safety ratio (a compression bomb), or the encoding is
// broken, it sets UnknownContentError on a 2xx reply — and goes on downloading, never finishing.
QString unpackFailedText(const QString &host) {
    return QStringLiteral("The answer from %1 could not be unpacked: it expands to far more than "
                          "was sent (a compression bomb) or is damaged, so it was stopped.")
        .arg(host);
}

bool unpackFailed(QNetworkReply::NetworkError error, int status) {
    return error == QNetworkReply::UnknownContentError && status < 400;
}

QString seconds(qint64 ms) {
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

bool sameOrigin(const QUrl &a, const QUrl &b) {
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
                  == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

RequestFlight::RequestFlight(RequestSpec spec, QString coalescingKey, Clock *clock,
                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_key(std::move(coalescingKey))
    , m_clock(clock)
    , m_network(network) {}

RequestFlight::~RequestFlight() {
    // No clock calls here: the clock may already be gone when the layer is torn down, and
    // timers whose context (this) dies never fire anyway.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        releaseReply();
    }
}

void RequestFlight::startAttempt() {
    Q_ASSERT(!m_reply);
    ++m_attempts;
    m_redirects = 0;
    m_retryAfterMs = -1;
    startExchange(m_spec.url);
}

void RequestFlight::startExchange(const QUrl &url) {
    m_url = url;
    m_result = RequestResult{};
    m_result.url = url;
    m_received = 0;
    m_streaming = false;
    m_abortKind = FailureKind::None;
    m_abortText.clear();
    m_tlsSubject.clear();
    m_tlsReason.clear();

    QNetworkRequest request(url);
    // Redirects are judged here (same origin only), never by the network stack.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : std::as_const(m_spec.headers))
        request.setRawHeader(h.first, h.second);
    if (!m_spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);

    const QByteArray &method = m_spec.method;
    if (method == "GET" && m_spec.body.isEmpty())
        m_reply = m_network->get(request);
    else if (method == "HEAD")
        m_reply = m_network->head(request);
    else if (method == "POST")
        m_reply = m_network->post(request, m_spec.body);
    else
        m_reply = m_network->sendCustomRequest(request, method, m_spec.body);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RequestFlight::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &RequestFlight::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RequestFlight::onFinished);
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(
        m_reply, &QNetworkReply::errorOccurred, this, [this](QNetworkReply::NetworkError error) {
            const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (unpackFailed(error, status) && m_abortKind == FailureKind::None) {
                m_result.undecodable = true;
                abortAttempt(FailureKind::TooLarge, unpackFailedText(hostLabel(m_url)));
            }
        });
#if QT_CONFIG(ssl)
    // Certificate problems are reported, never ignored: the reply then fails the handshake.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (errors.isEmpty())
            return;
        const QSslError &first = errors.constFirst();
        m_tlsReason = first.errorString();
        const QSslCertificate cert = first.certificate();
        m_tlsSubject = cert.isNull() ? QString() : cert.subjectDisplayName();
    });
#endif

    const RequestOptions &options = m_spec.options;
    m_firstByteTimer = m_clock->callAfter(options.firstByteTimeoutMs, this, [this] {
        m_firstByteTimer = 0;
        abortAttempt(FailureKind::Timeout,
                     QStringLiteral("No answer from %1 within %2 s.")
                         .arg(hostLabel(m_url), seconds(m_spec.options.firstByteTimeoutMs)));
    });
    if (options.deadlineMs > 0) {
        m_deadlineTimer = m_clock->callAfter(options.deadlineMs, this, [this] {
            m_deadlineTimer = 0;
            abortAttempt(FailureKind::Timeout,
                         QStringLiteral("The answer from %1 did not finish within %2 s (%3 "
                                        "received): the server is stalled or trickling.")
                             .arg(hostLabel(m_url), seconds(m_spec.options.deadlineMs),
                                  byteSizeText(m_received)));
        });
    }
}

void RequestFlight::abortAttempt(FailureKind kind, const QString &text) {
    if (!m_reply || m_abortKind != FailureKind::None)
        return;
    m_abortKind = kind;
    m_abortText = text;
    m_reply->abort(); // finished() follows, synchronously or soon
}

void RequestFlight::onMetaData() {
    if (m_firstByteTimer) {
        m_clock->cancel(m_firstByteTimer);
        m_firstByteTimer = 0;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_streaming = m_spec.options.streamBody && status >= 200 && status < 300;
    const qint64 cap = m_spec.options.maxBodyBytes;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (cap >= 0 && length.isValid() && length.toLongLong() > cap) {
        abortAttempt(
            FailureKind::TooLarge,
            QStringLiteral("The answer from %1 is %2, more than the %3 limit, so it was "
                           "not downloaded.")
                .arg(hostLabel(m_url), byteSizeText(length.toLongLong()), byteSizeText(cap)));
        return;
    }
    if (m_streaming)
        Q_EMIT streamStarted(status, m_reply->rawHeaderPairs());
}

void RequestFlight::onReadyRead() {
    if (!m_reply || m_abortKind != FailureKind::None)
        return;
    // read(bytesAvailable()) rather than readAll(): when one chunk waits, Qt hands that chunk
    // over without copying it (readAll copies every byte of a download once more). Never more
    // than one byte past the cap, though: Qt inflates compressed bodies as they are read, so
    // what is "available" may be many times what arrived.
    const qint64 cap = m_spec.options.maxBodyBytes;
    qint64 want = m_reply->bytesAvailable();
    if (cap >= 0)
        want = std::min(want, cap - m_received + 1);
    const QByteArray bytes = m_reply->read(want);
    m_received += bytes.size();
    if (cap >= 0 && m_received > cap) {
        abortAttempt(FailureKind::TooLarge,
                     QStringLiteral("The answer from %1 grew past the %2 limit, so it was "
                                    "stopped.")
                         .arg(hostLabel(m_url), byteSizeText(cap)));
        return;
    }
    if (m_streaming) {
        m_delivered += bytes.size();
        Q_EMIT bodyReceived(bytes);
    } else {
        m_result.body += bytes;
    }
}

void RequestFlight::onFinished() {
    if (!m_reply)
        return;
    if (m_abortKind == FailureKind::None)
        onReadyRead(); // whatever is still buffered
    clearTimers();

    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    m_result.headers = m_reply->rawHeaderPairs();
    m_result.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QNetworkReply::NetworkError error = m_reply->error();
    const QString host = hostLabel(m_url);

    if (m_abortKind != FailureKind::None) {
        finishAttempt(m_abortKind, m_abortText);
        return;
    }
    switch (error) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
        finishAttempt(FailureKind::Refused,
                      QStringLiteral("%1 refused the connection: nothing is listening there. Is "
                                     "the server running?")
                          .arg(host));
        return;
    case QNetworkReply::RemoteHostClosedError:
        finishAttempt(FailureKind::Reset,
                      QStringLiteral("The connection to %1 was cut before the answer was "
                                     "complete (%2 received).")
                          .arg(host, byteSizeText(m_received)));
        return;
    case QNetworkReply::HostNotFoundError:
        finishAttempt(FailureKind::HostNotFound,
                      QStringLiteral("The server name %1 could not be found.").arg(m_url.host()));
        return;
    case QNetworkReply::TimeoutError:
        finishAttempt(FailureKind::Timeout,
                      QStringLiteral("The connection to %1 timed out.").arg(host));
        return;
    case QNetworkReply::SslHandshakeFailedError:
        m_result.tlsSubject = m_tlsSubject;
        m_result.tlsReason =
            m_tlsReason.isEmpty() ? QStringLiteral("handshake failed") : m_tlsReason;
        finishAttempt(FailureKind::Tls,
                      QStringLiteral("The secure connection to %1 was refused: %2 (certificate: "
                                     "%3). Certificate problems are never ignored.")
                          .arg(host, m_result.tlsReason,
                               m_tlsSubject.isEmpty() ? QStringLiteral("none") : m_tlsSubject));
        return;
    case QNetworkReply::UnknownContentError:
        if (unpackFailed(error, status)) {
            m_result.undecodable = true;
            finishAttempt(FailureKind::TooLarge, unpackFailedText(host));
            return;
        }
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        finishAttempt(FailureKind::NetworkDown,
                      QStringLiteral("This computer has no working network connection."));
        return;
    default:
        // The content and server errors (201–499) go with a status, judged below. Never use
        // errorString(): it quotes the whole URL, credentials and all.
        if (error < QNetworkReply::ContentAccessDenied || status == 0) {
            const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
            finishAttempt(FailureKind::Other,
                          QStringLiteral("The request to %1 failed (%2).")
                              .arg(host, QString::fromLatin1(name ? name : "unknown error")));
            return;
        }
        break;
    }

    if (truncated()) {
        // Qt 6.4 can report a connection cut mid-body as a complete reply; the length tells.
        finishAttempt(
            FailureKind::Reset,
            QStringLiteral("The connection to %1 was cut before the answer was "
                           "complete (%2 of %3 received).")
                .arg(host, byteSizeText(m_received),
                     byteSizeText(
                         m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong())));
        return;
    }
    if (status >= 300 && status < 400 && followRedirect(status))
        return;
    if (status >= 400) {
        const QByteArray reason =
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        QString text = QStringLiteral("%1 answered %2 %3.")
                           .arg(host, QString::number(status), QString::fromLatin1(reason));
        if (status == 429 || status == 503) {
            const auto wait =
                Backoff::parseRetryAfterMs(m_result.header("Retry-After"), m_clock->wallNow());
            if (wait) {
                m_retryAfterMs = *wait;
                m_result.retryAtMs = m_clock->nowMs() + *wait;
                text += QStringLiteral(" It asked to wait %1 s.").arg(seconds(*wait));
            }
        }
        finishAttempt(FailureKind::HttpStatus, text);
        return;
    }
    finishAttempt(FailureKind::None, {});
}

// Follows a same-origin redirect within this attempt and returns true; otherwise finishes the
// attempt as Redirected (or returns false for a 3xx without Location, which is then a result).
bool RequestFlight::followRedirect(int status) {
    const QByteArray location = m_reply->rawHeader("Location");
    if (location.isEmpty())
        return false;
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
    const QString host = hostLabel(m_url);
    if (!sameOrigin(target, m_url)) {
        finishAttempt(FailureKind::Redirected,
                      QStringLiteral("%1 redirected to another server (%2). Refrain does not "
                                     "follow that, so your credentials are not sent there.")
                          .arg(host, target.scheme() + QStringLiteral("://") + hostLabel(target)));
        return true;
    }
    if (!m_spec.options.followRedirects) {
        finishAttempt(FailureKind::Redirected,
                      QStringLiteral("%1 redirected (%2), and this request does not follow "
                                     "redirects.")
                          .arg(host, QString::number(status)));
        return true;
    }
    if (++m_redirects > kMaxRedirects) {
        finishAttempt(FailureKind::Redirected, QStringLiteral("%1 redirected more than %2 times.")
                                                   .arg(host, QString::number(kMaxRedirects)));
        return true;
    }
    const int redirects = m_redirects;
    releaseReply();
    startExchange(target);
    m_redirects = redirects;
    return true;
}

// Fewer body bytes than Content-Length announced (when the length is of the bytes we count, i.e.
// without a Content-Encoding the network stack undid).
bool RequestFlight::truncated() const {
    if (m_spec.method == "HEAD")
        return false;
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!declared.isValid() || !(encoding.isEmpty() || encoding == "identity"))
        return false;
    return m_received < declared.toLongLong();
}

void RequestFlight::finishAttempt(FailureKind kind, const QString &text) {
    clearTimers();
    m_result.failure = kind;
    m_result.errorText = text;
    if (kind != FailureKind::None && kind != FailureKind::HttpStatus
        && kind != FailureKind::Redirected)
        m_result.body.clear(); // a partial body is no answer
    releaseReply();
    Q_EMIT attemptFinished();
}

void RequestFlight::clearTimers() {
    if (m_firstByteTimer)
        m_clock->cancel(std::exchange(m_firstByteTimer, 0));
    if (m_deadlineTimer)
        m_clock->cancel(std::exchange(m_deadlineTimer, 0));
}

void RequestFlight::releaseReply() {
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
}

} // namespace refrain
