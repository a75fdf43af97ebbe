// Shared by the request layer's tests: a JSON handler, Subsonic-style URLs with credentials,
// and quick options, so each test states only what it is about.
#pragma once

#include "core/service/request/requestlayer.h"
#include "tests/support/httpserver/faultserver.h"

#include <QTest>

// Waits (event loop running) until the reply has its result.
#define AWAIT(reply) QTRY_VERIFY_WITH_TIMEOUT((reply)->isFinished(), 20'000)

namespace refrain::test {

inline constexpr quint32 kSeed = 4242;

inline HttpReply okJson(const HttpRequest &request) {
    HttpReply reply;
    reply.body = "{\"ok\":true,\"path\":\"" + request.path + "\"}";
    reply.headers.append({QByteArray("ETag"), QByteArray("\"v1\"")});
    return reply;
}

// A Subsonic-style URL: the password, token and salt ride in the query.
inline QUrl withCredentials(const FaultServer &server, const QString &path) {
    return server.url(path, {{QStringLiteral("u"), QStringLiteral("bob")},
                             {QStringLiteral("p"), QStringLiteral("secret")},
                             {QStringLiteral("t"), QStringLiteral("tok3n")},
                             {QStringLiteral("s"), QStringLiteral("s4lt")}});
}

inline bool leaks(const QString &text) {
    return text.contains(QLatin1String("secret")) || text.contains(QLatin1String("tok3n"))
           || text.contains(QLatin1String("s4lt"));
}

inline RequestOptions quick(int attempts = 1) {
    RequestOptions options;
    options.maxAttempts = attempts;
    options.firstByteTimeoutMs = 5'000;
    options.deadlineMs = 10'000;
    return options;
}

inline RequestLayer::Policy fastRetries() {
    RequestLayer::Policy policy;
    policy.retryBaseMs = 10;
    policy.retryCapMs = 40;
    policy.seed = kSeed;
    return policy;
}

} // namespace refrain::test
