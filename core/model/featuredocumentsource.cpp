#include "core/model/featuredocumentsource.h"

#include "core/service/request/requestlayer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <utility>

namespace refrain {

namespace {

constexpr int kCacheFormat = 1;
// The saved file holds one document (at most 64 KiB) and a few fields around it.
constexpr qint64 kMaxCacheBytes = 2 * FeatureDocument::kMaxBytes;

// Ties a saved document to the URL it came from without writing the URL (it may hold a key).
QString sourceId(const QUrl &url) {
    return QString::fromLatin1(
        QCryptographicHash::hash(url.toEncoded(QUrl::FullyEncoded), QCryptographicHash::Sha256)
            .toHex());
}

bool isWebAddress(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
           && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

} // namespace

FeatureDocumentSource::FeatureDocumentSource(RequestLayer *layer, QString cacheFilePath, int bucket,
                                             QObject *parent)
    : QObject(parent)
    , m_layer(layer)
    , m_cachePath(std::move(cacheFilePath))
    , m_bucket(bucket) {}

FeatureDocumentSource::~FeatureDocumentSource() {
    // Deleting the reply tells the layer nobody waits for it any more. The scheduled read is
    // bound to this object and goes with it; the clock is not touched (it may be gone).
    if (m_reply) {
        m_reply->disconnect(this);
        delete std::exchange(m_reply, nullptr);
    }
}

void FeatureDocumentSource::setUrl(const QUrl &url) {
    if (url == m_url)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        delete std::exchange(m_reply, nullptr);
    }
    cancelSchedule();
    m_url = url;
    m_problem.clear();
    // Another publisher's document says nothing about this one's: start from what was saved
    // for this URL, or from nothing.
    adopt(std::nullopt, {});
    if (m_started) {
        adoptSaved();
        refresh();
    }
}

void FeatureDocumentSource::setInterval(std::chrono::milliseconds interval) {
    m_interval = std::max(interval, std::chrono::milliseconds(1));
    if (m_timer != 0) {
        cancelSchedule();
        scheduleNext();
    }
}

void FeatureDocumentSource::start() {
    if (m_started)
        return;
    m_started = true;
    adoptSaved();
    refresh();
}

void FeatureDocumentSource::refresh() {
    if (m_reply || m_url.isEmpty())
        return;
    cancelSchedule();
    if (!isWebAddress(m_url)) {
        endRead(QStringLiteral("The feature document address is not a web address (http or "
                               "https), so it was not read."));
        return;
    }
    if (!m_layer) {
        endRead(QStringLiteral("The feature document at %1 was not read: the app is closing its "
                               "connections.")
                    .arg(m_url.host()));
        return;
    }

    RequestSpec spec;
    spec.url = m_url;
    spec.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    RequestOptions &options = spec.options;
    options.component = Component::Status;
    options.maxBodyBytes = FeatureDocument::kMaxBytes;
    options.firstByteTimeoutMs = 5'000;
    options.deadlineMs = 8'000;
    options.maxAttempts = 2;
    options.priority = -1; // background: anything the user waits for goes first
    m_reply = m_layer->send(std::move(spec));
    connect(m_reply, &RequestReply::finished, this, &FeatureDocumentSource::finish);
    connect(m_reply, &QObject::destroyed, this, &FeatureDocumentSource::abandon);
}

void FeatureDocumentSource::finish() {
    if (!m_reply)
        return;
    RequestReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->deleteLater();
    const RequestResult &result = reply->result();
    const QString host = m_url.host();

    if (result.failure == FailureKind::TooLarge) {
        endRead(QStringLiteral("The feature document at %1 is larger than 64 KiB, so it was "
                               "ignored and nothing changed.")
                    .arg(host));
        return;
    }
    if (!result.ok()) {
        // errorText is plain already, names the host and never a credential.
        const QString why = !result.errorText.isEmpty()
                                ? result.errorText
                                : QStringLiteral("%1 did not answer.").arg(host);
        endRead(QStringLiteral("The feature document could not be read, so nothing changed: %1")
                    .arg(why));
        return;
    }
    if (result.httpStatus < 200 || result.httpStatus > 299) {
        endRead(QStringLiteral("The feature document at %1 answered %2 instead of a document, so "
                               "nothing changed.")
                    .arg(host)
                    .arg(result.httpStatus));
        return;
    }
    Result<FeatureDocument> parsed = FeatureDocument::parse(result.body);
    if (!parsed) {
        endRead(QStringLiteral("%1 It came from %2; nothing changed.")
                    .arg(parsed.error().message, host));
        return;
    }
    adopt(std::move(parsed).value(), now());
    endRead(save(result.body));
}

void FeatureDocumentSource::abandon() {
    if (!m_reply)
        return;
    m_reply = nullptr; // destroyed along with the layer
    endRead(QStringLiteral("The feature document at %1 was not read: the app closed its "
                           "connections.")
                .arg(m_url.host()));
}

void FeatureDocumentSource::endRead(const QString &problem) {
    m_problem = problem;
    scheduleNext();
    // From the event loop, like every other end of a read: a caller of refresh() can connect
    // after it returned, and the layer may be in the middle of its destructor right now.
    QMetaObject::invokeMethod(this, &FeatureDocumentSource::readFinished, Qt::QueuedConnection);
}

void FeatureDocumentSource::scheduleNext() {
    if (!m_started || m_timer != 0 || m_url.isEmpty() || !m_layer || !m_layer->clock())
        return;
    m_timer = m_layer->clock()->callAfter(m_interval.count(), this, [this] {
        m_timer = 0;
        refresh();
    });
}

void FeatureDocumentSource::cancelSchedule() {
    if (m_timer == 0)
        return;
    if (m_layer && m_layer->clock())
        m_layer->clock()->cancel(m_timer);
    m_timer = 0;
}

void FeatureDocumentSource::adopt(std::optional<FeatureDocument> document, QDateTime fetchedAt) {
    const QStringList before = offKeys();
    m_document = std::move(document);
    m_fetchedAt = m_document ? std::move(fetchedAt) : QDateTime();
    if (offKeys() != before)
        Q_EMIT changed();
}

void FeatureDocumentSource::adoptSaved() {
    if (m_url.isEmpty())
        return;
    QFile file(m_cachePath);
    if (!file.open(QIODevice::ReadOnly))
        return; // nothing saved yet
    const QByteArray bytes = file.read(kMaxCacheBytes + 1);
    if (bytes.size() > kMaxCacheBytes)
        return;
    // A damaged or foreign file is as good as none: the next read replaces it.
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (root.value(QLatin1String("format")).toInt() != kCacheFormat
        || root.value(QLatin1String("source")).toString() != sourceId(m_url))
        return;
    const QJsonValue saved = root.value(QLatin1String("document"));
    if (!saved.isObject())
        return;
    Result<FeatureDocument> parsed =
        FeatureDocument::parse(QJsonDocument(saved.toObject()).toJson(QJsonDocument::Compact));
    if (!parsed)
        return;
    QDateTime fetchedAt =
        QDateTime::fromString(root.value(QLatin1String("fetchedAt")).toString(), Qt::ISODateWithMs);
    adopt(std::move(parsed).value(), std::move(fetchedAt));
}

QString FeatureDocumentSource::save(const QByteArray &body) const {
    QJsonObject root;
    root.insert(QLatin1String("format"), kCacheFormat);
    root.insert(QLatin1String("source"), sourceId(m_url));
    root.insert(QLatin1String("fetchedAt"), m_fetchedAt.toString(Qt::ISODateWithMs));
    root.insert(QLatin1String("document"), QJsonDocument::fromJson(body).object());

    QDir().mkpath(QFileInfo(m_cachePath).absolutePath());
    // Whole or not at all: a kill mid-write keeps the previous document.
    QSaveFile file(m_cachePath);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok)
        ok = file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) >= 0;
    if (ok)
        ok = file.commit();
    if (ok)
        return {};
    const QString error = file.errorString();
    file.cancelWriting();
    return QStringLiteral("The feature document from %1 is in use but could not be saved in %2 "
                          "(%3), so it will not hold across a restart while %1 is down.")
        .arg(m_url.host(), QDir::toNativeSeparators(m_cachePath), error);
}

QHash<QString, QString> FeatureDocumentSource::switchedOff(int bucket) const {
    QHash<QString, QString> off;
    if (!m_document)
        return off;
    const QString reason =
        QStringLiteral("Switched off by %1's feature document").arg(m_url.host());
    const QStringList keys = m_document->switchedOff(bucket);
    for (const QString &key : keys)
        off.insert(key, reason);
    return off;
}

QStringList FeatureDocumentSource::offKeys() const {
    return m_document ? m_document->switchedOff(m_bucket) : QStringList();
}

QDateTime FeatureDocumentSource::now() const {
    if (m_layer && m_layer->clock())
        return m_layer->clock()->wallNow();
    return QDateTime::currentDateTimeUtc();
}

} // namespace refrain
