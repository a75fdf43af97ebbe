#include "core/health/serverprobe.h"

#include "core/health/statuspage.h"
#include "core/service/subsonicclient.h"

#include <QCoreApplication>

namespace refrain {

namespace {

// This file's tr(): one context for all its text, the one lupdate files it under, so the
// translations in translations/*.ts are found at run time (lupdate files a free tr() function's
// strings under the enclosing class or namespace, whatever context it passes at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(refrain::ServerProbe)
};

} // namespace

ProbeResult probeResultOf(const SubsonicCall &ping) {
    ProbeResult result;
    result.latencyMs = ping.transport.latencyMs;
    result.failure = ping.transport.failure;
    if (ping.ok()) {
        result.kind = ProbeResult::Kind::Answered;
        return result;
    }
    if (ping.reply && ping.reply->subsonicError()) {
        // A Subsonic error: the server is there. Refusing our sign-in is a problem of ours to
        // fix, not an outage; any other error still proves it answers.
        const int code = ping.reply->subsonicError()->code;
        const bool signIn =
            code >= SubsonicError::WrongCredentials && code <= SubsonicError::InvalidApiKey;
        result.kind = signIn ? ProbeResult::Kind::Rejected : ProbeResult::Kind::Answered;
        result.message = ping.error.message;
        return result;
    }
    const QString host = hostLabel(ping.transport.url);
    switch (ping.transport.failure) {
    case FailureKind::Timeout:
        result.kind = ProbeResult::Kind::Unreachable;
        result.message = Text::tr("No answer from %1 in time.").arg(host);
        return result;
    case FailureKind::Refused:
        result.kind = ProbeResult::Kind::Unreachable;
        result.message = Text::tr("%1 refused the connection.").arg(host);
        return result;
    case FailureKind::HostNotFound:
        result.kind = ProbeResult::Kind::Unreachable;
        result.message = Text::tr("The name %1 does not resolve.").arg(host);
        return result;
    case FailureKind::Reset:
        result.kind = ProbeResult::Kind::Unreachable;
        result.message = Text::tr("%1 cut the connection.").arg(host);
        return result;
    case FailureKind::NetworkDown:
        result.kind = ProbeResult::Kind::Unreachable;
        result.message = Text::tr("This computer has no usable network.");
        return result;
    case FailureKind::Tls:
        result.kind = ProbeResult::Kind::Unreachable;
        result.message = Text::tr("The secure connection to %1 was refused: %2")
                             .arg(host, ping.transport.tlsReason);
        return result;
    case FailureKind::None:
    case FailureKind::HttpStatus:
    case FailureKind::TooLarge:
    case FailureKind::Redirected:
        result.kind = ProbeResult::Kind::BadAnswer;
        break;
    case FailureKind::CircuitOpen:
    case FailureKind::Cancelled:
    case FailureKind::Other:
        result.kind = ProbeResult::Kind::Unreachable;
        break;
    }
    result.message = !ping.error.message.isEmpty() ? ping.error.message : ping.transport.errorText;
    return result;
}

HealthTarget serverHealthTarget(SubsonicClient *client) {
    HealthTarget target;
    target.serverId = client->config().id;
    target.serverName = client->config().name;
    if (!client->config().statusUrl.isEmpty())
        target.statusUrl = statuspage::summaryUrl(client->config().statusUrl);
    QPointer<SubsonicClient> guarded(client);
    target.probe = [guarded](std::function<void(const ProbeResult &)> done) {
        if (!guarded) {
            ProbeResult gone;
            gone.message = Text::tr("The server was removed.");
            done(gone);
            return;
        }
        guarded->call(QStringLiteral("ping"), {}, Component::Probe,
                      [done](const SubsonicCall &ping) { done(probeResultOf(ping)); });
    };
    return target;
}

} // namespace refrain
