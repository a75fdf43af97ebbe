#include "core/history/subsonicscrobbler.h"

#include "core/history/scrobblequeue.h"
#include "core/service/subsonicclient.h"

namespace refrain {

SubsonicScrobbler::SubsonicScrobbler(SubsonicClient *client, QObject *parent)
    : ScrobbleSink(parent)
    , m_client(client)
    , m_serverId(client->config().id)
    , m_name(client->config().name) {}

QString SubsonicScrobbler::target() const {
    return scrobbletarget::server(m_serverId);
}

QString SubsonicScrobbler::label() const {
    return m_name;
}

int SubsonicScrobbler::batchSize() const {
    // OpenSubsonic servers read every id/time pair; others may read only the first (Supysonic
    // does) and drop the rest without a word.
    const bool many =
        m_client && (m_client->config().openSubsonic || m_client->serverInfo().openSubsonic);
    return many ? kBatchSize : 1;
}

QString SubsonicScrobbler::problemWith(const Listen &listen) const {
    if (listen.serverId != m_serverId || listen.songId.isEmpty())
        return QStringLiteral("This listen was not played from %1, so it cannot be scrobbled "
                              "there.")
            .arg(m_name);
    return {};
}

void SubsonicScrobbler::submit(const ListenList &listens, Done done) {
    if (!m_client) {
        const auto outcome = ScrobbleOutcome::make(
            ScrobbleOutcome::Kind::Unavailable,
            QStringLiteral("%1 was not asked: the app is closing its connections.").arg(m_name));
        QMetaObject::invokeMethod(
            this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
        return;
    }
    SubsonicParams params;
    for (const Listen &listen : listens) {
        params.append({QStringLiteral("id"), listen.songId});
        params.append(
            {QStringLiteral("time"), QString::number(listen.startedAt.toMSecsSinceEpoch())});
    }
    params.append({QStringLiteral("submission"), QStringLiteral("true")});
    const QPointer<SubsonicScrobbler> self(this);
    // Sent once: a scrobble counts a play, and servers such as Navidrome count it again when it
    // arrives twice. The Scrobbler sends it again later only when no answer said it arrived.
    m_client->call(
        QStringLiteral("scrobble"), params, Component::Scrobble,
        [self, done](const SubsonicCall &call) {
            if (!self)
                return;
            done(verdict(call, self->m_name));
        },
        SubsonicClient::Delivery::SendOnce);
}

ScrobbleOutcome SubsonicScrobbler::verdict(const SubsonicCall &call, const QString &serverName) {
    using Kind = ScrobbleOutcome::Kind;
    if (call.ok())
        return ScrobbleOutcome::accepted();
    const QString why = call.error.message;
    if (call.reply) {
        const SubsonicReply &reply = *call.reply;
        if (reply.problem() == SubsonicReply::Problem::Failed && reply.subsonicError()) {
            const SubsonicError &error = *reply.subsonicError();
            if (error.isAuthenticationError() || error.code == SubsonicError::NotAuthorized
                || error.code == SubsonicError::ClientTooOld
                || error.code == SubsonicError::ServerTooOld) {
                // Nothing changes until the user fixes the sign-in or the server: stop asking.
                return ScrobbleOutcome::make(
                    Kind::Unauthorized,
                    QStringLiteral("%1 refused the scrobbles: %2").arg(serverName, why));
            }
            // A song the server no longer has, or a request it cannot read: these listens,
            // never. (Error 0 is the server's own trouble, worth another try later.)
            if (error.code == SubsonicError::NotFound
                || error.code == SubsonicError::MissingParameter)
                return ScrobbleOutcome::make(
                    Kind::Rejected,
                    QStringLiteral("%1 refused the scrobble: %2").arg(serverName, why));
            return ScrobbleOutcome::make(
                Kind::Unavailable,
                QStringLiteral("%1 could not take the scrobbles now: %2").arg(serverName, why));
        }
        // Statuses that say "this request, never".
        const int status = reply.httpStatus();
        if (reply.problem() == SubsonicReply::Problem::HttpError
            && (status == 400 || status == 413 || status == 414 || status == 431))
            return ScrobbleOutcome::make(
                Kind::Rejected, QStringLiteral("%1 refused the scrobble: %2").arg(serverName, why));
    }
    // Unreachable, overloaded, a sign-in page in the way: later, after the breaker's or the
    // server's wait when there is one.
    return ScrobbleOutcome::make(Kind::Unavailable,
                                 QStringLiteral("%1 could not be reached: %2").arg(serverName, why),
                                 call.transport.retryAtMs);
}

} // namespace refrain
