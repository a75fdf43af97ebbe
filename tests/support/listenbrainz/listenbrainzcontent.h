// ListenBrainzContent: a ListenBrainz API server as an HttpHandler for the fault-injecting
// loopback server — POST /1/submit-listens and GET /1/validate-token, checked the way
// listenbrainz-server checks them (webserver/views/api_tools.py: token, listen_type, payload
// size, artist and track names, listened_at >= LISTEN_MINIMUM_TS), with the X-RateLimit-* headers
// and 429 of its rate limiter, and listens stored once per user, time and names as its listen
// store keeps them. Every member is safe to call from the test's thread while the server runs.
#pragma once

#include "tests/support/httpserver/httpexchange.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

namespace refrain::test {

class ListenBrainzContent {
public:
    // api_tools.py
    static constexpr qint64 kListenMinimumTs = 1033430400; // 2002-10-01
    static constexpr int kMaxListensPerRequest = 1000;
    static constexpr int kMaxListenSize = 10240;

    struct Submitted {
        QString user;
        QString listenType;
        qint64 listenedAt = 0; // s since the epoch
        QString artist;
        QString track;
        QString release;
        QJsonObject additionalInfo;
    };

    void addToken(const QString &token, const QString &user = QStringLiteral("tester"));
    // The rate limiter: `limit` requests per window, the window ending `resetInSeconds` after it
    // was (re)set. Requests past the limit get 429 until resetRateLimit() (the window passed).
    // A limit < 0 (the default) switches it off; every answer still carries the headers.
    void setRateLimit(int limit, qint64 resetInSeconds);
    void resetRateLimit();

    HttpReply handle(const HttpRequest &request);
    // A handler calling handle(); this content must outlive whoever holds it.
    HttpHandler handler() {
        return [this](const HttpRequest &request) { return handle(request); };
    }

    // What the listen store holds: one copy per user, listened_at, artist and track, in order of
    // arrival.
    QList<Submitted> stored() const;
    // Every listen of every accepted submission, duplicates included: what the client sent.
    QList<Submitted> received() const;
    int acceptedRequests() const;
    // submit-listens requests answered in any way (401, 400, 429 included).
    int submitRequests() const;
    // The Authorization header of every submit-listens request, in order.
    QList<QByteArray> authorizations() const;

private:
    struct Limiter {
        int limit = -1;
        int used = 0;
        qint64 resetInSeconds = 60;
    };

    HttpReply submit(const HttpRequest &request, const QString &user);
    HttpReply validateToken(const HttpRequest &request) const;
    HttpReply json(int status, const QJsonObject &body) const;
    HttpReply error(int status, const QString &message) const;
    QString userFor(const HttpRequest &request) const;

    mutable QMutex m_mutex;
    QHash<QString, QString> m_tokens; // token → user
    Limiter m_limiter;
    QList<Submitted> m_stored;
    QSet<QString> m_keys; // of m_stored: user, listened_at, artist, track
    QList<Submitted> m_received;
    int m_accepted = 0;
    int m_submitRequests = 0;
    QList<QByteArray> m_authorizations;
};

} // namespace refrain::test
