#include "core/history/listenbrainzsubmitter.h"

#include "core/history/scrobblequeue.h"
#include "core/service/request/requestlayer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace refrain {

namespace {

// Cut at a character boundary: half a surrogate pair is not text.
QString capped(const QString &text) {
    if (text.size() <= ListenBrainzSubmitter::kMaxNameChars)
        return text;
    qsizetype n = ListenBrainzSubmitter::kMaxNameChars;
    if (text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}

QJsonObject listenObject(const Listen &listen) {
    QJsonObject info{{QStringLiteral("submission_client"), QStringLiteral("Refrain")},
                     {QStringLiteral("submission_client_version"), QStringLiteral(REFRAIN_VERSION)},
                     {QStringLiteral("media_player"), QStringLiteral("Refrain")}};
    if (listen.durationMs > 0)
        info.insert(QStringLiteral("duration_ms"), listen.durationMs);
    QJsonObject metadata{{QStringLiteral("artist_name"), capped(listen.artist)},
                         {QStringLiteral("track_name"), capped(listen.title)},
                         {QStringLiteral("additional_info"), info}};
    if (!listen.album.isEmpty())
        metadata.insert(QStringLiteral("release_name"), capped(listen.album));
    return {{QStringLiteral("listened_at"), listen.startedAt.toSecsSinceEpoch()},
            {QStringLiteral("track_metadata"), metadata}};
}

// A whole number of seconds from a header ("12", "12.5" is read as 12); -1 when absent. Capped
// at a year: an absurd number ("1e300") would not fit in a qint64, nor its milliseconds added
// to the clock.
qint64 headerSeconds(const RequestResult &result, const QByteArray &name) {
    constexpr double kMaxSeconds = 366.0 * 24 * 3600;
    bool ok = false;
    const double value = result.header(name).trimmed().toDouble(&ok);
    return ok && value >= 0 ? qint64(std::min(value, kMaxSeconds)) : -1;
}

QString secondsText(qint64 ms) {
    return QString::number((std::max<qint64>(0, ms) + 999) / 1000);
}

} // namespace

QUrl ListenBrainzSubmitter::defaultApiRoot() {
    return QUrl(QStringLiteral("https://api.listenbrainz.org"));
}

ListenBrainzSubmitter::ListenBrainzSubmitter(RequestLayer *layer, QString token, QUrl apiRoot,
                                             QObject *parent)
    : ScrobbleSink(parent)
    , m_layer(layer)
    , m_token(std::move(token).trimmed())
    , m_apiRoot(std::move(apiRoot)) {}

ListenBrainzSubmitter::~ListenBrainzSubmitter() {
    // Deleting the reply tells the layer nobody waits for it any more.
    if (m_reply) {
        m_reply->disconnect(this);
        delete std::exchange(m_reply, nullptr);
    }
}

QString ListenBrainzSubmitter::target() const {
    return QString::fromLatin1(scrobbletarget::kListenBrainz);
}

QString ListenBrainzSubmitter::label() const {
    return QStringLiteral("ListenBrainz");
}

QString ListenBrainzSubmitter::problemWith(const Listen &listen) const {
    if (listen.artist.trimmed().isEmpty() || listen.title.trimmed().isEmpty())
        return QStringLiteral("ListenBrainz takes only listens with an artist and a title.");
    return {};
}

QByteArray ListenBrainzSubmitter::document(const ListenList &listens) {
    QJsonArray payload;
    for (const Listen &listen : listens)
        payload.append(listenObject(listen));
    // "single" is a listen that just finished; a backlog (offline, a restart) is an import.
    const QJsonObject document{{QStringLiteral("listen_type"), listens.size() == 1
                                                                   ? QStringLiteral("single")
                                                                   : QStringLiteral("import")},
                               {QStringLiteral("payload"), payload}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

void ListenBrainzSubmitter::submit(const ListenList &listens, Done done) {
    Q_ASSERT(!m_reply); // the Scrobbler sends one submission at a time per target
    if (!m_layer || m_token.isEmpty()) {
        const ScrobbleOutcome outcome =
            m_token.isEmpty()
                ? ScrobbleOutcome::make(ScrobbleOutcome::Kind::Unauthorized,
                                        QStringLiteral("No ListenBrainz token is set."))
                : ScrobbleOutcome::make(ScrobbleOutcome::Kind::Unavailable,
                                        QStringLiteral("ListenBrainz was not asked: the app is "
                                                       "closing its connections."));
        QMetaObject::invokeMethod(
            this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
        return;
    }
    RequestSpec spec;
    spec.method = "POST";
    QUrl url = m_apiRoot;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/1/submit-listens"));
    spec.url = url;
    spec.headers.append({QByteArray("Authorization"), "Token " + m_token.toUtf8()});
    spec.body = document(listens);
    spec.contentType = "application/json";
    RequestOptions &options = spec.options;
    options.component = Component::Scrobble;
    // Sent once per submission; the Scrobbler decides when to try again. ListenBrainz keeps one
    // copy of a listen with the same time and names, so a submission whose answer was lost and
    // that goes again does no harm there.
    options.idempotent = false;
    options.maxAttempts = 1;
    options.firstByteTimeoutMs = 20'000;
    options.deadlineMs = 40'000;
    options.maxBodyBytes = 64 * 1024;
    options.followRedirects = false; // the token rides in a header: it goes nowhere else
    options.priority = -1;           // background work: anything a person waits for goes first
    m_reply = m_layer->send(std::move(spec));
    RequestReply *reply = m_reply;
    connect(reply, &RequestReply::finished, this, [this, reply, done] { finish(reply, done); });
}

void ListenBrainzSubmitter::finish(RequestReply *reply, const Done &done) {
    if (m_reply == reply)
        m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    done(verdict(*reply));
}

ScrobbleOutcome ListenBrainzSubmitter::verdict(const RequestReply &reply) const {
    using Kind = ScrobbleOutcome::Kind;
    const RequestResult &r = reply.result();
    const qint64 now = m_layer && m_layer->clock() ? m_layer->clock()->nowMs() : 0;
    const qint64 resetInS = headerSeconds(r, "X-RateLimit-Reset-In");
    // A second more than the window's rest: the header is rounded to whole seconds.
    const qint64 resetAt = resetInS >= 0 ? now + (resetInS + 1) * 1000 : -1;
    if (r.ok()) {
        // The window's requests are used up: the next one would only earn a 429.
        const qint64 remaining = headerSeconds(r, "X-RateLimit-Remaining");
        return ScrobbleOutcome::accepted(remaining == 0 ? resetAt : -1);
    }
    if (r.failure != FailureKind::HttpStatus) {
        // Unreachable, timed out, cut, circuit open: the layer's sentence says which, and names
        // the host only.
        return ScrobbleOutcome::make(
            Kind::Unavailable,
            QStringLiteral("ListenBrainz could not be reached: %1").arg(scrubbed(r.errorText)),
            r.retryAtMs);
    }
    const int status = r.httpStatus;
    if (status == 401 || status == 403) {
        return ScrobbleOutcome::make(
            Kind::Unauthorized, QStringLiteral("The ListenBrainz token was refused. Listens wait "
                                               "here until a valid token is entered."));
    }
    if (status == 429) {
        qint64 retryAt = resetAt >= 0 ? resetAt : r.retryAtMs;
        if (retryAt < 0)
            retryAt = now + kDefaultRateLimitWaitMs;
        return ScrobbleOutcome::make(Kind::RateLimited,
                                     QStringLiteral("ListenBrainz asked to slow down; the next "
                                                    "listens go in %1 s.")
                                         .arg(secondsText(retryAt - now)),
                                     retryAt);
    }
    if (status == 400 || status == 413) {
        // {"code": 400, "error": "…"}: the server's reason is worth showing next to the listen.
        QString why = QJsonDocument::fromJson(r.body)
                          .object()
                          .value(QLatin1String("error"))
                          .toString()
                          .simplified();
        if (why.size() > 300)
            why = why.left(300) + QChar(0x2026);
        if (why.isEmpty())
            why = QStringLiteral("HTTP %1").arg(status);
        return ScrobbleOutcome::make(
            Kind::Rejected,
            QStringLiteral("ListenBrainz refused the listen: %1").arg(scrubbed(why)));
    }
    return ScrobbleOutcome::make(Kind::Unavailable,
                                 QStringLiteral("ListenBrainz answered HTTP %1; the listens go "
                                                "again later.")
                                     .arg(status),
                                 r.retryAtMs);
}

QString ListenBrainzSubmitter::scrubbed(QString text) const {
    if (!m_token.isEmpty())
        text.replace(m_token, QStringLiteral("***"));
    return text;
}

void ListenBrainzSubmitter::retryNow() {
    if (m_layer)
        m_layer->retryNow(Component::Scrobble);
}

} // namespace refrain
