#include "core/service/subsonic/connectionoutcome.h"

#include "core/service/subsonic/subsonicerror.h"
#include "core/service/subsonic/subsonicreply.h"

namespace refrain {

namespace {

ConnectionOutcome make(ConnectionOutcome::Kind kind, QString message) {
    ConnectionOutcome outcome;
    outcome.kind = kind;
    outcome.message = std::move(message);
    return outcome;
}

ConnectionOutcome fromNetworkFailure(ConnectionOutcome::NetworkFailure failure) {
    using Kind = ConnectionOutcome::Kind;
    using Failure = ConnectionOutcome::NetworkFailure;
    switch (failure) {
    case Failure::Timeout:
        return make(Kind::Timeout, QStringLiteral("The server did not answer in time. It may be "
                                                  "down, overloaded or unreachable from here."));
    case Failure::ConnectionRefused:
        return make(Kind::Refused,
                    QStringLiteral("The server refused the connection. Check the port, and that "
                                   "the server is running."));
    case Failure::HostNotFound:
        return make(Kind::HostNotFound,
                    QStringLiteral("The server's name could not be found. Check the address for "
                                   "typos, and your network connection."));
    case Failure::Tls:
        return make(Kind::TlsError,
                    QStringLiteral("The secure connection failed: the server's certificate is not "
                                   "valid or trusted for this address."));
    case Failure::ConnectionClosed:
        return make(Kind::Other, QStringLiteral("The server closed the connection without "
                                                "answering."));
    case Failure::NetworkUnreachable:
        return make(Kind::Other, QStringLiteral("The network is unreachable: this computer "
                                                "seems to be offline."));
    case Failure::Other:
    case Failure::None:
        break;
    }
    return make(Kind::Other, QStringLiteral("The connection to the server failed."));
}

} // namespace

ConnectionOutcome ConnectionOutcome::classify(NetworkFailure failure, int httpStatus,
                                              const QByteArray &contentType,
                                              const QByteArray &body) {
    if (failure != NetworkFailure::None)
        return fromNetworkFailure(failure);

    const SubsonicReply reply = SubsonicReply::parse(httpStatus, contentType, body);
    ConnectionOutcome outcome;
    outcome.message = reply.message();
    switch (reply.problem()) {
    case SubsonicReply::Problem::None:
        outcome.kind = Kind::Ok;
        outcome.server = reply.serverInfo();
        outcome.message = QStringLiteral("Connected to %1.").arg(outcome.server.describe());
        return outcome;
    case SubsonicReply::Problem::Failed: {
        outcome.server = reply.serverInfo();
        const SubsonicError error = reply.subsonicError().value_or(SubsonicError{});
        outcome.subsonicCode = error.code;
        switch (error.code) {
        case SubsonicError::WrongCredentials:
            outcome.kind = Kind::WrongCredentials;
            break;
        case SubsonicError::TokenAuthNotSupported:
            outcome.kind = Kind::TokenAuthNotSupported;
            break;
        case SubsonicError::InvalidApiKey:
            outcome.kind = Kind::ApiKeyInvalid;
            break;
        default:
            outcome.kind = Kind::Other;
            break;
        }
        return outcome;
    }
    case SubsonicReply::Problem::NotSubsonic:
    case SubsonicReply::Problem::WrongContentType:
        outcome.kind = Kind::NotSubsonic;
        return outcome;
    case SubsonicReply::Problem::Malformed:
        outcome.kind = Kind::Malformed;
        return outcome;
    case SubsonicReply::Problem::HttpError:
        outcome.kind = Kind::HttpError;
        return outcome;
    }
    return outcome;
}

} // namespace refrain
