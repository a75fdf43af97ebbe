#include "tests/support/listenbrainz/listenbrainzcontent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>

namespace refrain::test {

namespace {

QString keyOf(const ListenBrainzContent::Submitted &s) {
    return s.user + QLatin1Char('\n') + QString::number(s.listenedAt) + QLatin1Char('\n') + s.artist
           + QLatin1Char('\n') + s.track;
}

bool isNonEmptyString(const QJsonValue &v) {
    return v.isString() && !v.toString().trimmed().isEmpty();
}

} // namespace

void ListenBrainzContent::addToken(const QString &token, const QString &user) {
    QMutexLocker lock(&m_mutex);
    m_tokens.insert(token, user);
}

void ListenBrainzContent::setRateLimit(int limit, qint64 resetInSeconds) {
    QMutexLocker lock(&m_mutex);
    m_limiter.limit = limit;
    m_limiter.used = 0;
    m_limiter.resetInSeconds = resetInSeconds;
}

void ListenBrainzContent::resetRateLimit() {
    QMutexLocker lock(&m_mutex);
    m_limiter.used = 0;
}

HttpReply ListenBrainzContent::json(int status, const QJsonObject &body) const {
    HttpReply reply;
    reply.status = status;
    reply.contentType = "application/json";
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // The limiter's headers ride on every answer (ratelimit.py inject_x_rate_headers).
    const int limit = m_limiter.limit < 0 ? 1000 : m_limiter.limit;
    const int remaining = m_limiter.limit < 0 ? 999 : std::max(0, limit - m_limiter.used);
    const qint64 resetIn = m_limiter.resetInSeconds;
    reply.headers = {
        {"X-RateLimit-Limit", QByteArray::number(limit)},
        {"X-RateLimit-Remaining", QByteArray::number(remaining)},
        {"X-RateLimit-Reset-In", QByteArray::number(resetIn)},
        {"X-RateLimit-Reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + resetIn)},
    };
    return reply;
}

HttpReply ListenBrainzContent::error(int status, const QString &message) const {
    return json(status, {{QStringLiteral("code"), status}, {QStringLiteral("error"), message}});
}

QString ListenBrainzContent::userFor(const HttpRequest &request) const {
    const QByteArray header = request.header("authorization").trimmed();
    if (!header.startsWith("Token "))
        return {};
    return m_tokens.value(QString::fromUtf8(header.mid(6).trimmed()));
}

HttpReply ListenBrainzContent::handle(const HttpRequest &request) {
    QMutexLocker lock(&m_mutex);
    const bool submitting = request.path == "/1/submit-listens";
    if (submitting) {
        ++m_submitRequests;
        m_authorizations.append(request.header("authorization"));
    }
    if (m_limiter.limit >= 0) {
        if (m_limiter.used >= m_limiter.limit)
            return error(429, QStringLiteral("Too many requests. Please wait before trying "
                                             "again."));
        ++m_limiter.used;
    }
    if (request.path == "/1/validate-token")
        return validateToken(request);
    if (!submitting)
        return error(404, QStringLiteral("Not found"));
    if (request.method != "POST")
        return error(405, QStringLiteral("Method not allowed"));
    if (request.header("authorization").isEmpty())
        return error(401, QStringLiteral("You need to provide an Authorization header."));
    const QString user = userFor(request);
    if (user.isEmpty())
        return error(401, QStringLiteral("Invalid authorization token."));
    return submit(request, user);
}

HttpReply ListenBrainzContent::validateToken(const HttpRequest &request) const {
    const QString user = userFor(request);
    if (user.isEmpty()) {
        return json(200, {{QStringLiteral("code"), 200},
                          {QStringLiteral("message"), QStringLiteral("Token invalid.")},
                          {QStringLiteral("valid"), false}});
    }
    return json(200, {{QStringLiteral("code"), 200},
                      {QStringLiteral("message"), QStringLiteral("Token valid.")},
                      {QStringLiteral("valid"), true},
                      {QStringLiteral("user_name"), user}});
}

HttpReply ListenBrainzContent::submit(const HttpRequest &request, const QString &user) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(
            400, QStringLiteral("Cannot parse JSON document: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    const QString type = root.value(QLatin1String("listen_type")).toString();
    if (type != u"single" && type != u"import" && type != u"playing_now")
        return error(400, QStringLiteral("JSON document must contain the key listen_type at the "
                                         "top level."));
    const QJsonValue payloadValue = root.value(QLatin1String("payload"));
    if (!payloadValue.isArray() || payloadValue.toArray().isEmpty())
        return error(400, QStringLiteral("JSON document must contain the key payload at the top "
                                         "level and it must be a non-empty list."));
    const QJsonArray payload = payloadValue.toArray();
    if (type != u"import" && payload.size() != 1)
        return error(400, QStringLiteral("JSON document should contain exactly one listen for "
                                         "listen_type %1.")
                              .arg(type));
    if (payload.size() > kMaxListensPerRequest)
        return error(400, QStringLiteral("Too many listens. You may not submit more than %1 "
                                         "listens at once.")
                              .arg(kMaxListensPerRequest));

    // The whole submission is refused when one listen in it is bad, as the real one does.
    QList<Submitted> listens;
    for (const QJsonValue &value : payload) {
        const QJsonObject listen = value.toObject();
        if (QJsonDocument(listen).toJson(QJsonDocument::Compact).size() > kMaxListenSize)
            return error(400, QStringLiteral("JSON document is too large. In aggregate, listens "
                                             "may not be larger than %1 characters.")
                                  .arg(kMaxListenSize));
        const QJsonObject metadata = listen.value(QLatin1String("track_metadata")).toObject();
        if (!isNonEmptyString(metadata.value(QLatin1String("artist_name"))))
            return error(400, QStringLiteral("JSON document does not contain required "
                                             "track_metadata.artist_name."));
        if (!isNonEmptyString(metadata.value(QLatin1String("track_name"))))
            return error(400, QStringLiteral("JSON document does not contain required "
                                             "track_metadata.track_name."));
        Submitted s;
        s.user = user;
        s.listenType = type;
        s.artist = metadata.value(QLatin1String("artist_name")).toString();
        s.track = metadata.value(QLatin1String("track_name")).toString();
        s.release = metadata.value(QLatin1String("release_name")).toString();
        s.additionalInfo = metadata.value(QLatin1String("additional_info")).toObject();
        if (type != u"playing_now") {
            const QJsonValue at = listen.value(QLatin1String("listened_at"));
            if (!at.isDouble())
                return error(400, QStringLiteral("JSON document must contain the key listened_at "
                                                 "at the top level."));
            s.listenedAt = qint64(at.toDouble());
            if (s.listenedAt < kListenMinimumTs)
                return error(400, QStringLiteral("Value for key listened_at is too low. "
                                                 "listened_at timestamp should be greater than "
                                                 "%1.")
                                      .arg(kListenMinimumTs));
        }
        listens.append(s);
    }
    ++m_accepted;
    if (type != u"playing_now") {
        for (const Submitted &s : std::as_const(listens)) {
            m_received.append(s);
            // One row per user, time and names: a listen sent twice is stored once.
            if (!m_keys.contains(keyOf(s))) {
                m_keys.insert(keyOf(s));
                m_stored.append(s);
            }
        }
    }
    return json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
}

QList<ListenBrainzContent::Submitted> ListenBrainzContent::stored() const {
    QMutexLocker lock(&m_mutex);
    return m_stored;
}

QList<ListenBrainzContent::Submitted> ListenBrainzContent::received() const {
    QMutexLocker lock(&m_mutex);
    return m_received;
}

int ListenBrainzContent::acceptedRequests() const {
    QMutexLocker lock(&m_mutex);
    return m_accepted;
}

int ListenBrainzContent::submitRequests() const {
    QMutexLocker lock(&m_mutex);
    return m_submitRequests;
}

QList<QByteArray> ListenBrainzContent::authorizations() const {
    QMutexLocker lock(&m_mutex);
    return m_authorizations;
}

} // namespace refrain::test
