#include "core/service/subsonicclient.h"

#include "core/service/subsonic/subsonicerror.h"
#include "core/service/subsonic/subsonicparser.h"

namespace refrain {

namespace {

bool isTransportFailure(FailureKind kind) {
    switch (kind) {
    case FailureKind::Timeout:
    case FailureKind::Refused:
    case FailureKind::HostNotFound:
    case FailureKind::Reset:
    case FailureKind::NetworkDown:
    case FailureKind::Other:
        return true;
    default:
        return false;
    }
}

ConnectionOutcome::NetworkFailure networkFailureOf(FailureKind kind) {
    using NF = ConnectionOutcome::NetworkFailure;
    switch (kind) {
    case FailureKind::None:
    case FailureKind::HttpStatus:
        return NF::None;
    case FailureKind::Timeout:
        return NF::Timeout;
    case FailureKind::Refused:
        return NF::ConnectionRefused;
    case FailureKind::HostNotFound:
        return NF::HostNotFound;
    case FailureKind::Tls:
        return NF::Tls;
    case FailureKind::Reset:
        return NF::ConnectionClosed;
    case FailureKind::NetworkDown:
        return NF::NetworkUnreachable;
    default:
        return NF::Other;
    }
}

// What the saved config knows about the server, as the protocol layer wants it.
ServerInfo infoFromConfig(const ServerConfig &config) {
    ServerInfo info;
    info.apiVersion = config.apiVersion;
    info.type = config.serverType;
    info.serverVersion = config.serverVersion;
    info.openSubsonic = config.openSubsonic;
    for (const QString &name : config.extensions)
        info.extensions.append(ServerExtension{name, {}});
    return info;
}

} // namespace

bool SubsonicCall::unreachable() const {
    return !reply && isTransportFailure(transport.failure);
}

struct SubsonicClient::Attempt {
    QString endpoint;
    SubsonicParams params;
    Component component = Component::Browse;
    Done done;
    int address = 0; // index into m_addresses
    int addressesTried = 0;
    std::optional<int> previousError; // the Subsonic error that made us change the sign-in
    bool binary = false;              // fetchBinary: media expected, a document means an error
    qint64 maxBodyBytes = 0;          // binary: the body's cap
    bool sendOnce = false;            // Delivery::SendOnce
};

SubsonicClient::SubsonicClient(RequestLayer *layer, ServerConfig config, QString secret,
                               QList<QUrl> addresses, QObject *parent)
    : QObject(parent)
    , m_layer(layer)
    , m_config(std::move(config))
    , m_addresses(addresses.isEmpty() ? m_config.urls : std::move(addresses))
    , m_info(infoFromConfig(m_config)) {
    m_credentials.user = m_config.user;
    m_credentials.secret = std::move(secret);
    m_credentials.kind = m_config.auth == ServerConfig::Auth::ApiKey
                             ? SubsonicCredentials::Kind::ApiKey
                             : SubsonicCredentials::Kind::Password;
}

QUrl SubsonicClient::currentAddress() const {
    return m_addresses.isEmpty() ? QUrl() : m_addresses.at(m_current);
}

SubsonicAuth::Choice SubsonicClient::choose(std::optional<int> previousError,
                                            const QUrl &address) const {
    // A server known to refuse tokens goes straight to the fallback.
    if (!previousError && m_config.tokenAuth == false
        && m_credentials.kind == SubsonicCredentials::Kind::Password)
        previousError = SubsonicError::TokenAuthNotSupported;
    return SubsonicAuth::chooseMode(m_info, m_credentials, previousError, address,
                                    m_config.allowPlainPassword);
}

void SubsonicClient::call(const QString &endpoint, const SubsonicParams &params,
                          Component component, Done done, Delivery delivery) {
    auto attempt = std::make_shared<Attempt>();
    attempt->endpoint = endpoint;
    attempt->params = params;
    attempt->component = component;
    attempt->done = std::move(done);
    attempt->address = m_current;
    attempt->sendOnce = delivery == Delivery::SendOnce;
    send(attempt);
}

void SubsonicClient::fetchBinary(const QString &endpoint, const SubsonicParams &params,
                                 Component component, BinaryDone done, qint64 maxBytes) {
    auto attempt = std::make_shared<Attempt>();
    attempt->endpoint = endpoint;
    attempt->params = params;
    attempt->component = component;
    attempt->binary = true;
    attempt->maxBodyBytes = maxBytes;
    attempt->address = m_current;
    attempt->done = [done = std::move(done)](const SubsonicCall &call) {
        if (call.media) {
            done(call.transport.body);
            return;
        }
        if (call.ok()) { // a document saying "ok" is not the media that was asked for
            done(Error::make(Error::Kind::Unsupported,
                             tr("The server answered with a document instead of the file.")));
            return;
        }
        done(call.error);
    };
    send(attempt);
}

void SubsonicClient::send(const std::shared_ptr<Attempt> &attempt) {
    SubsonicCall failed;
    if (!m_layer || m_addresses.isEmpty()) {
        failed.error = Error::make(Error::Kind::Invalid, tr("This server has no address."));
        attempt->done(failed);
        return;
    }
    const QUrl address = m_addresses.at(attempt->address);
    const SubsonicAuth::Choice choice = choose(attempt->previousError, address);
    if (!choice.mode) {
        failed.error = Error::make(Error::Kind::Invalid, choice.message);
        attempt->done(failed);
        return;
    }
    const SubsonicAuth::Mode mode = *choice.mode;
    RequestOptions options;
    options.component = attempt->component;
    if (attempt->component == Component::Probe) {
        // A person is waiting on "Test connection": one try, and a plain answer soon.
        // Short enough that two missed probes show a black-holed server within 10 s.
        options.firstByteTimeoutMs = 4'000;
        options.deadlineMs = 10'000;
        options.maxAttempts = 1;
    }
    if (attempt->sendOnce) {
        options.idempotent = false; // never retried by the layer, never shared with another
        options.maxAttempts = 1;
    }
    if (attempt->binary) {
        options.maxBodyBytes = attempt->maxBodyBytes;
        // Covers are a nicety: browsing and playing go first when connections are scarce.
        if (attempt->component == Component::Artwork)
            options.priority = -1;
    }
    // Every call carries a fresh salt: coalesce on what is asked, not on the signature.
    QString key = address.toString() + QLatin1Char('|') + attempt->endpoint;
    for (const auto &[name, value] : attempt->params)
        key += QLatin1Char('|') + name + QLatin1Char('=') + value;
    options.coalescingKey = key + QLatin1Char('|') + QString::number(int(mode))
                            + (attempt->binary ? QStringLiteral("|media") : QString());
    const QUrl url = SubsonicAuth::buildUrl(address, attempt->endpoint, attempt->params, mode,
                                            m_credentials, m_info);
    RequestReply *reply = m_layer->get(url, options);
    connect(reply, &RequestReply::finished, this, [this, reply, attempt, mode] {
        reply->deleteLater();
        finish(attempt, reply->result(), mode);
    });
}

void SubsonicClient::finish(const std::shared_ptr<Attempt> &attempt, const RequestResult &result,
                            SubsonicAuth::Mode mode) {
    const QUrl address = m_addresses.at(attempt->address);
    SubsonicCall call;
    call.transport = result;
    if (isTransportFailure(result.failure)) {
        Q_EMIT addressOutcome(address, false, result.latencyMs);
        // Another address may answer (the LAN one from outside, the public one during a
        // router outage): try each once before giving up.
        // An edit sent once may have arrived when the answer did not: only a connection that
        // never opened proves the first address did not get it.
        const bool neverArrived = result.failure == FailureKind::Refused
                                  || result.failure == FailureKind::HostNotFound
                                  || result.failure == FailureKind::NetworkDown;
        if ((!attempt->sendOnce || neverArrived)
            && ++attempt->addressesTried < m_addresses.size()) {
            attempt->address = (attempt->address + 1) % int(m_addresses.size());
            send(attempt);
            return;
        }
        call.error = Error::make(Error::Kind::Io, result.errorText);
        attempt->done(call);
        return;
    }
    if (result.failure != FailureKind::None && result.failure != FailureKind::HttpStatus) {
        // TLS, a redirect elsewhere, too large, circuit open, cancelled: the layer said why.
        call.error = Error::make(result.failure == FailureKind::Cancelled ? Error::Kind::Cancelled
                                                                          : Error::Kind::Io,
                                 result.errorText);
        attempt->done(call);
        return;
    }
    if (attempt->binary && result.failure == FailureKind::None
        && !SubsonicReply::isErrorForBinary(result.contentType, result.body)) {
        m_current = attempt->address;
        Q_EMIT addressOutcome(address, true, result.latencyMs);
        call.media = true;
        attempt->done(call);
        return;
    }
    call.reply = SubsonicReply::parse(result.httpStatus, result.contentType, result.body);
    const SubsonicReply &reply = *call.reply;
    if (reply.problem() != SubsonicReply::Problem::NotSubsonic
        && reply.problem() != SubsonicReply::Problem::HttpError) {
        m_current = attempt->address;
        Q_EMIT addressOutcome(address, true, result.latencyMs);
    }
    if (reply.problem() == SubsonicReply::Problem::Failed && reply.subsonicError()) {
        const int code = reply.subsonicError()->code;
        // Servers older than API 1.13 do not know t and s at all: Supysonic answers "required
        // parameter missing" (10) where newer ones say "token authentication not supported".
        const bool tooOldForTokens =
            code == SubsonicError::MissingParameter && !reply.serverInfo().supportsTokens();
        const bool tokenRefused = code == SubsonicError::TokenAuthNotSupported
                                  || code == SubsonicError::ServerTooOld || tooOldForTokens;
        if (tokenRefused && mode == SubsonicAuth::Mode::Token && !attempt->previousError) {
            if (code != SubsonicError::ServerTooOld && m_config.tokenAuth != false) {
                m_config.tokenAuth = false;
                Q_EMIT tokenAuthLearnt(false);
            }
            if (m_info.apiVersion.isEmpty())
                m_info.apiVersion = reply.serverInfo().apiVersion;
            attempt->previousError =
                tooOldForTokens ? int(SubsonicError::TokenAuthNotSupported) : code;
            send(attempt);
            return;
        }
    }
    if (reply.ok() && mode == SubsonicAuth::Mode::Token && !m_config.tokenAuth) {
        m_config.tokenAuth = true;
        Q_EMIT tokenAuthLearnt(true);
    }
    if (!reply.ok())
        call.error = reply.error();
    attempt->done(call);
}

void SubsonicClient::learn(const ServerInfo &info) {
    m_info = info;
    m_config.apiVersion = info.apiVersion;
    m_config.serverType = info.type;
    m_config.serverVersion = info.serverVersion;
    m_config.openSubsonic = info.openSubsonic;
    m_config.extensions.clear();
    for (const ServerExtension &extension : info.extensions)
        m_config.extensions.append(extension.name);
    Q_EMIT serverInfoLearnt(m_config);
}

void SubsonicClient::testConnection(std::function<void(const ConnectionOutcome &)> done) {
    call(QStringLiteral("ping"), {}, Component::Probe,
         [this, done = std::move(done)](const SubsonicCall &ping) {
             ConnectionOutcome outcome = ConnectionOutcome::classify(
                 networkFailureOf(ping.transport.failure), ping.transport.httpStatus,
                 ping.transport.contentType, ping.transport.body);
             if (!ping.reply && !ping.error.message.isEmpty()
                 && ping.transport.failure != FailureKind::Tls)
                 outcome.message = ping.error.message; // e.g. hex password needs permission
             if (ping.transport.failure == FailureKind::Tls) {
                 outcome.message = tr("The secure connection to %1 was refused: %2 "
                                      "(certificate: %3).")
                                       .arg(hostLabel(currentAddress()), ping.transport.tlsReason,
                                            ping.transport.tlsSubject);
             }
             if (!ping.ok()) {
                 if (outcome.ok()) // e.g. sign-in impossible before anything was sent
                     outcome.kind = ConnectionOutcome::Kind::Other;
                 done(outcome);
                 return;
             }
             auto info = SubsonicParser::parsePing(*ping.reply);
             ServerInfo learnt = info ? info.value() : ping.reply->serverInfo();
             if (!learnt.openSubsonic) {
                 learn(learnt);
                 done(outcome);
                 return;
             }
             call(QStringLiteral("getOpenSubsonicExtensions"), {}, Component::Probe,
                  [this, done, outcome, learnt](const SubsonicCall &extensions) mutable {
                      if (extensions.ok()) {
                          if (auto list = SubsonicParser::parseExtensions(*extensions.reply))
                              learnt.extensions = list.value();
                      }
                      learn(learnt);
                      done(outcome);
                  });
         });
}

QUrl SubsonicClient::signedUrl(const QString &endpoint, const SubsonicParams &params) const {
    const QUrl address = currentAddress();
    const SubsonicAuth::Choice choice = choose(std::nullopt, address);
    if (!choice.mode || address.isEmpty())
        return {};
    return SubsonicAuth::buildUrl(address, endpoint, params, *choice.mode, m_credentials, m_info);
}

QUrl SubsonicClient::streamUrl(const QString &songId) const {
    return signedUrl(QStringLiteral("stream"), {{QStringLiteral("id"), songId}});
}

QUrl SubsonicClient::downloadUrl(const QString &songId) const {
    return signedUrl(QStringLiteral("download"), {{QStringLiteral("id"), songId}});
}

QUrl SubsonicClient::coverArtUrl(const QString &coverArtId, int size) const {
    SubsonicParams params{{QStringLiteral("id"), coverArtId}};
    if (size > 0)
        params.append({QStringLiteral("size"), QString::number(size)});
    return signedUrl(QStringLiteral("getCoverArt"), params);
}

} // namespace refrain
