#include "core/health/statusfeed.h"

#include "core/service/request/requestlayer.h"

namespace refrain {

StatusFeed::StatusFeed(RequestLayer *layer, QUrl url, QObject *parent)
    : QObject(parent)
    , m_layer(layer)
    , m_url(std::move(url)) {
    qRegisterMetaType<Reading>();
}

StatusFeed::~StatusFeed() {
    // Deleting the reply tells the layer nobody waits for it any more, which stops the exchange.
    if (m_reply) {
        m_reply->disconnect(this);
        delete std::exchange(m_reply, nullptr);
    }
}

void StatusFeed::fetch() {
    if (m_reply)
        return;
    // Without a layer (shutting down) or a web address, the read still ends once, from the
    // event loop like any other. Only http(s): the network stack would read a file: URL from disk.
    const QString scheme = m_url.scheme().toLower();
    const bool web = m_url.isValid() && !m_url.host().isEmpty()
                     && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
    if (!m_layer || !web) {
        Reading reading;
        reading.report = m_last;
        reading.error = !web ? QStringLiteral("The status page address is not a web address "
                                              "(http or https), so it was not read.")
                             : QStringLiteral("The status page at %1 was not read: the app is "
                                              "closing its connections.")
                                   .arg(hostLabel(m_url));
        reading.at = now();
        emitReading(std::move(reading));
        return;
    }

    RequestSpec spec;
    spec.url = m_url;
    spec.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    // Validators only for a document we could read: after a bad one, a 304 would confirm
    // something we never understood.
    const bool conditional = m_last.has_value();
    if (conditional) {
        if (!m_etag.isEmpty())
            spec.headers.append({QByteArray("If-None-Match"), m_etag});
        if (!m_lastModified.isEmpty())
            spec.headers.append({QByteArray("If-Modified-Since"), m_lastModified});
    }
    RequestOptions &options = spec.options;
    options.component = Component::Status;
    options.maxBodyBytes = statuspage::kMaxDocumentBytes;
    options.maxAttempts = 2;
    options.firstByteTimeoutMs = 10'000;
    // A conditional GET must not share an exchange with a plain one for the same URL (another
    // feed's 304 would be no answer for a feed without a report).
    options.coalescingKey = m_url.toString(QUrl::FullyEncoded);
    if (conditional)
        options.coalescingKey += QStringLiteral("\nif-none-match:") + QString::fromLatin1(m_etag)
                                 + QStringLiteral("\nif-modified-since:")
                                 + QString::fromLatin1(m_lastModified);

    m_reply = m_layer->send(std::move(spec));
    connect(m_reply, &RequestReply::finished, this, &StatusFeed::finish);
    connect(m_reply, &QObject::destroyed, this, &StatusFeed::abandon);
}

void StatusFeed::finish() {
    if (!m_reply)
        return;
    RequestReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->deleteLater();
    const RequestResult &result = reply->result();
    const QString host = hostLabel(m_url);

    Reading reading;
    reading.at = now();
    if (result.ok() && result.httpStatus == 304) {
        if (m_last) {
            reading.ok = true;
            reading.notModified = true;
        } else {
            reading.error = QStringLiteral("The status page at %1 answered \"not modified\" "
                                           "before it ever sent a document.")
                                .arg(host);
        }
    } else if (result.ok()) {
        Result<StatusReport> parsed = statuspage::parse(result.body, reading.at);
        if (parsed) {
            m_last = std::move(parsed).value();
            m_etag = result.header("ETag");
            m_lastModified = result.header("Last-Modified");
            reading.ok = true;
        } else {
            reading.error = QStringLiteral("%1: %2").arg(host, parsed.error().message);
        }
    } else if (result.failure == FailureKind::TooLarge && result.undecodable) {
        reading.error = QStringLiteral("The status page at %1 could not be unpacked: it is "
                                       "damaged or expands to far more than was sent; ignored.")
                            .arg(host);
    } else if (result.failure == FailureKind::TooLarge) {
        reading.error = QStringLiteral("The status page at %1 sent more than %2; ignored.")
                            .arg(host, byteSizeText(statuspage::kMaxDocumentBytes));
    } else if (!result.errorText.isEmpty()) {
        reading.error = result.errorText; // plain already, naming the host, never a credential
    } else {
        reading.error = QStringLiteral("The status page at %1 could not be read.").arg(host);
    }
    reading.report = m_last;
    Q_EMIT read(reading);
}

void StatusFeed::abandon() {
    if (!m_reply)
        return;
    m_reply = nullptr; // already being destroyed along with the layer
    Reading reading;
    reading.report = m_last;
    reading.error = QStringLiteral("The status page at %1 was not read: the app closed its "
                                   "connections.")
                        .arg(hostLabel(m_url));
    reading.at = now();
    emitReading(std::move(reading));
}

// From the event loop: the layer may be in the middle of its destructor right now.
void StatusFeed::emitReading(Reading reading) {
    QMetaObject::invokeMethod(
        this, [this, reading = std::move(reading)] { Q_EMIT read(reading); }, Qt::QueuedConnection);
}

QDateTime StatusFeed::now() const {
    if (m_layer && m_layer->clock())
        return m_layer->clock()->wallNow();
    return QDateTime::currentDateTimeUtc();
}

} // namespace refrain
