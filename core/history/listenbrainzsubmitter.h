// ListenBrainzSubmitter: the ScrobbleSink for ListenBrainz — POST {apiRoot}/1/submit-listens with
// the user's token, up to 100 listens a request, and the server's answer read as a verdict (401:
// the token was refused; 429: wait X-RateLimit-Reset-In; 400: a bad listen in the batch; 5xx and
// silence: later). The token never reaches a log, a message or the screen.
//
// Give it a RequestLayer of its own, not the music service's: ListenBrainz being down must
// neither trip the music server's Scrobble circuit breaker nor reach the health monitor as a
// failure of the music service. Lives on that layer's thread.
#pragma once

#include "core/history/scrobblesink.h"

#include <QPointer>
#include <QUrl>

namespace refrain {

class RequestLayer;
class RequestReply;

class ListenBrainzSubmitter : public ScrobbleSink {
    Q_OBJECT
public:
    // The API allows 1000 listens a request (MAX_LISTENS_PER_REQUEST); 100 keeps a request small
    // enough to go through a poor connection within its deadline.
    static constexpr int kBatchSize = 100;
    // Artist, title and album are cut to this many characters so a listen stays well under the
    // API's 10 KB a listen (MAX_LISTEN_SIZE) even when every character needs \u escaping.
    static constexpr int kMaxNameChars = 512;
    // When a 429 says nothing about how long to wait.
    static constexpr qint64 kDefaultRateLimitWaitMs = 60'000;

    static QUrl defaultApiRoot(); // https://api.listenbrainz.org

    ListenBrainzSubmitter(RequestLayer *layer, QString token, QUrl apiRoot = defaultApiRoot(),
                          QObject *parent = nullptr);
    ~ListenBrainzSubmitter() override;

    QString target() const override;
    QString label() const override;
    int batchSize() const override { return kBatchSize; }
    QString problemWith(const Listen &listen) const override;
    void submit(const ListenList &listens, Done done) override;
    void retryNow() override;

    // The submit-listens document: "single" for one listen, "import" for several.
    static QByteArray document(const ListenList &listens);

private:
    void finish(RequestReply *reply, const Done &done);
    ScrobbleOutcome verdict(const RequestReply &reply) const;
    // The token removed from text a server sent back, just in case it echoes it.
    QString scrubbed(QString text) const;

    QPointer<RequestLayer> m_layer;
    QString m_token;
    QUrl m_apiRoot;
    RequestReply *m_reply = nullptr;
};

} // namespace refrain
