// The request layer against a real loopback server that misbehaves on purpose: each failure
// arrives as its own clear error, retries and the circuit breaker spare a failing server,
// identical requests share one exchange, and the concurrency cap and priorities hold.
#include "core/service/request/manualclock.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "tests/request/requesttesthelpers.h"
#include "tests/support/httpserver/faultserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace refrain;
using namespace refrain::test;

class TestRequestLayer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_server = std::make_unique<FaultServer>();
        m_server->setHandler(okJson);
    }
    void cleanup() { m_server.reset(); }

    void succeeds() {
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        RequestReply *reply = layer.get(m_server->url(QStringLiteral("/rest/ping.view")));
        AWAIT(reply);
        const RequestResult &r = reply->result();
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.body, QByteArray("{\"ok\":true,\"path\":\"/rest/ping.view\"}"));
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.header("etag"), QByteArray("\"v1\""));
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.errorText.isEmpty());
    }

    void blackHoleHitsTheFirstByteDeadline() {
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        m_server->setMode(FaultMode::blackHole());
        RequestOptions options = quick();
        options.firstByteTimeoutMs = 300;
        RequestReply *reply = layer.get(m_server->url(QStringLiteral("/rest/ping.view")), options);
        AWAIT(reply);
        QCOMPARE(reply->result().failure, FailureKind::Timeout);
        QVERIFY2(reply->result().errorText.startsWith(QStringLiteral("No answer from 127.0.0.1:")),
                 qPrintable(reply->result().errorText));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void tricklingBodyHitsTheWholeDeadline() {
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        m_server->setMode(FaultMode::trickle(1, 20)); // headers at once, then a byte per 20 ms
        RequestOptions options = quick();
        options.deadlineMs = 400;
        RequestReply *reply =
            layer.get(m_server->url(QStringLiteral("/rest/stream.view")), options);
        AWAIT(reply);
        const RequestResult &r = reply->result();
        QCOMPARE(r.failure, FailureKind::Timeout);
        QVERIFY2(r.errorText.contains(QStringLiteral("did not finish within 0.4 s")),
                 qPrintable(r.errorText));
        QVERIFY(r.body.isEmpty()); // a partial body is no answer
    }

    void retriesServerErrorsUntilTheServerRecovers() {
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        m_server->setMode(FaultMode::flapping(1, 2, 503)); // up, down, down, up, …
        const QUrl url = m_server->url(QStringLiteral("/rest/getAlbum.view"));
        RequestReply *first = layer.get(url, quick(3));
        AWAIT(first);
        QVERIFY(first->result().ok());

        RequestReply *reply = layer.get(url, quick(3));
        AWAIT(reply);
        QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
        QCOMPARE(reply->result().attempts, 3);
        QCOMPARE(m_server->requestCount(), 4);
        QCOMPARE(layer.circuitState(Component::Browse), CircuitBreaker::State::Closed);
    }

    void neverRetriesAPost() {
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        m_server->setMode(FaultMode::serverError(500));
        RequestReply *reply = layer.post(m_server->url(QStringLiteral("/rest/scrobble.view")),
                                         "id=1&submission=true");
        AWAIT(reply);
        QCOMPARE(reply->result().failure, FailureKind::HttpStatus);
        QCOMPARE(reply->result().httpStatus, 500);
        QCOMPARE(reply->result().attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(layer.runningCount() + layer.queuedCount(), 0);
        QCOMPARE(m_server->requests().constFirst().method, QByteArray("POST"));
    }

    // Simulated time: the retry waits at least what Retry-After asked, and then goes.
    void honoursRetryAfter() {
        ManualClock clock;
        RequestLayer layer(&clock, fastRetries());
        m_server->setMode(FaultMode::retryAfter(503, 2));
        RequestReply *reply =
            layer.get(m_server->url(QStringLiteral("/rest/getArtists.view")), quick(3));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() == 1 && layer.runningCount() == 0,
                                 20'000);
        QVERIFY(!reply->isFinished());
        m_server->setMode(FaultMode::normal());
        clock.advance(1'999);
        QCOMPARE(layer.runningCount(), 0); // not yet: still inside the server's two seconds
        clock.advance(1'000);
        QCOMPARE(layer.runningCount(), 1);
        AWAIT(reply);
        QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
        QCOMPARE(reply->result().attempts, 2);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void reportsALongRetryAfterInsteadOfWaiting() {
        ManualClock clock;
        RequestLayer layer(&clock, fastRetries());
        m_server->setMode(FaultMode::retryAfter(429, 600));
        RequestReply *reply =
            layer.get(m_server->url(QStringLiteral("/rest/search3.view")), quick(3));
        AWAIT(reply);
        const RequestResult &r = reply->result();
        QCOMPARE(r.failure, FailureKind::HttpStatus);
        QCOMPARE(r.httpStatus, 429);
        QCOMPARE(r.retryAtMs, clock.nowMs() + 600'000);
        QVERIFY2(r.errorText.contains(QStringLiteral("asked to wait 600 s")),
                 qPrintable(r.errorText));
    }

    void reportsAResetMidBody() {
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        m_server->setHandler([](const HttpRequest &) {
            HttpReply reply;
            reply.contentType = "audio/flac";
            reply.body = QByteArray(300'000, 'f');
            return reply;
        });
        m_server->setMode(FaultMode::resetMidBody());
        for (int i = 0; i < 5; ++i) { // Qt sometimes reports these as complete: never accept that
            RequestReply *reply =
                layer.get(m_server->url(QStringLiteral("/rest/download.view")), quick());
            AWAIT(reply);
            QCOMPARE(reply->result().failure, FailureKind::Reset);
            QVERIFY2(reply->result().errorText.contains(QStringLiteral("was cut before")),
                     qPrintable(reply->result().errorText));
            QVERIFY(reply->result().body.isEmpty());
            layer.retryNow(); // keep the breaker out of this test
        }
    }

    void reportsARefusedConnectionAndRecovers() {
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        const QUrl url = m_server->url(QStringLiteral("/rest/ping.view"));
        m_server->setMode(FaultMode::refused());
        RequestReply *reply = layer.get(url, quick());
        AWAIT(reply);
        QCOMPARE(reply->result().failure, FailureKind::Refused);
        QVERIFY(reply->result().errorText.contains(QStringLiteral("refused the connection")));
        QCOMPARE(m_server->requestCount(), 0);

        m_server->setMode(FaultMode::normal());
        RequestReply *again = layer.get(url, quick());
        AWAIT(again);
        QVERIFY(again->result().ok());
    }

    void circuitOpensFailsFastAndProbesOnce() {
        ManualClock clock;
        RequestLayer layer(&clock, fastRetries());
        QSignalSpy circuit(&layer, &RequestLayer::circuitChanged);
        m_server->setMode(FaultMode::serverError(500));
        for (int i = 0; i < 3; ++i) {
            RequestReply *reply = layer.get(m_server->url(QStringLiteral("/f%1").arg(i)), quick());
            AWAIT(reply);
            QCOMPARE(reply->result().httpStatus, 500);
        }
        QCOMPARE(layer.circuitState(Component::Browse), CircuitBreaker::State::Open);
        QCOMPARE(circuit.count(), 1);
        QCOMPARE(circuit.constFirst().at(0).value<Component>(), Component::Browse);
        QCOMPARE(layer.circuitState(Component::Search), CircuitBreaker::State::Closed);

        const qint64 retryAt = layer.circuitRetryAtMs(Component::Browse);
        QVERIFY(retryAt - clock.nowMs() >= 1'000 && retryAt - clock.nowMs() <= 2'000);
        RequestReply *fast = layer.get(m_server->url(QStringLiteral("/fast")), quick());
        AWAIT(fast);
        QCOMPARE(fast->result().failure, FailureKind::CircuitOpen);
        QCOMPARE(fast->result().retryAtMs, retryAt);
        QVERIFY2(fast->result().errorText.contains(QStringLiteral("Requests for browsing are "
                                                                  "paused")),
                 qPrintable(fast->result().errorText));
        QVERIFY(fast->result().errorText.contains(QStringLiteral("next try is in 2 s"))
                || fast->result().errorText.contains(QStringLiteral("next try is in 1 s")));
        QCOMPARE(m_server->requestCount(), 3); // nothing was sent

        // Another component is not affected.
        RequestOptions search = quick();
        search.component = Component::Search;
        RequestReply *other = layer.get(m_server->url(QStringLiteral("/search")), search);
        AWAIT(other);
        QCOMPARE(other->result().failure, FailureKind::HttpStatus);
        QCOMPARE(m_server->requestCount(), 4);

        clock.advanceTo(retryAt);
        m_server->setMode(FaultMode::normal());
        RequestReply *probe = layer.get(m_server->url(QStringLiteral("/probe")), quick(3));
        RequestReply *during = layer.get(m_server->url(QStringLiteral("/during")), quick(3));
        QCOMPARE(layer.circuitState(Component::Browse), CircuitBreaker::State::HalfOpen);
        AWAIT(during);
        QCOMPARE(during->result().failure, FailureKind::CircuitOpen);
        QVERIFY(during->result().errorText.contains(QStringLiteral("one test request")));
        AWAIT(probe);
        QVERIFY2(probe->result().ok(), qPrintable(probe->result().errorText));
        QCOMPARE(m_server->requestCount(), 5); // exactly one probe
        QCOMPARE(layer.circuitState(Component::Browse), CircuitBreaker::State::Closed);

        RequestReply *after = layer.get(m_server->url(QStringLiteral("/after")), quick());
        AWAIT(after);
        QVERIFY(after->result().ok());
        QCOMPARE(m_server->requestCount(), 6);
    }

    void failedProbeWaitsLonger() {
        ManualClock clock;
        RequestLayer layer(&clock, fastRetries());
        m_server->setMode(FaultMode::serverError(503));
        for (int i = 0; i < 3; ++i) {
            RequestReply *reply = layer.get(m_server->url(QStringLiteral("/f%1").arg(i)), quick());
            AWAIT(reply);
        }
        clock.advanceTo(layer.circuitRetryAtMs(Component::Browse));
        RequestReply *probe = layer.get(m_server->url(QStringLiteral("/probe")), quick(3));
        AWAIT(probe);
        QCOMPARE(probe->result().failure, FailureKind::HttpStatus);
        QCOMPARE(probe->result().attempts, 1); // a probe is never retried
        QCOMPARE(layer.circuitState(Component::Browse), CircuitBreaker::State::Open);
        const qint64 wait = layer.circuitRetryAtMs(Component::Browse) - clock.nowMs();
        QVERIFY2(wait >= 2'000 && wait <= 4'000, qPrintable(QString::number(wait))); // step 1

        // The user presses Retry: the next request probes at once.
        layer.retryNow();
        m_server->setMode(FaultMode::normal());
        RequestReply *retry = layer.get(m_server->url(QStringLiteral("/retry")), quick());
        AWAIT(retry);
        QVERIFY(retry->result().ok());
        QCOMPARE(layer.circuitState(Component::Browse), CircuitBreaker::State::Closed);
    }

    void notFoundNeverOpensTheCircuit() {
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        m_server->setHandler({}); // 404 for everything
        for (int i = 0; i < 5; ++i) {
            RequestReply *reply =
                layer.get(m_server->url(QStringLiteral("/missing%1").arg(i)), quick(3));
            AWAIT(reply);
            QCOMPARE(reply->result().httpStatus, 404);
            QCOMPARE(reply->result().attempts, 1);
        }
        QCOMPARE(layer.circuitState(Component::Browse), CircuitBreaker::State::Closed);
    }

    void coalescesIdenticalGets() {
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        m_server->setMode(FaultMode::slow(300));
        const QUrl url = m_server->url(QStringLiteral("/rest/getCoverArt.view"));
        RequestReply *a = layer.get(url);
        RequestReply *b = layer.get(url);
        // Same resource, different per-request salt: one key from the caller.
        RequestOptions keyed;
        keyed.coalescingKey = QStringLiteral("cover:42");
        RequestReply *c = layer.get(withCredentials(*m_server, QStringLiteral("/c")), keyed);
        QUrl otherSalt = withCredentials(*m_server, QStringLiteral("/c"));
        otherSalt.setQuery(otherSalt.query().replace(QStringLiteral("s4lt"), QStringLiteral("x")));
        RequestReply *d = layer.get(otherSalt, keyed);
        // A POST is never shared.
        RequestReply *e = layer.post(url, "x=1");
        RequestReply *f = layer.post(url, "x=1");
        for (RequestReply *reply : {a, b, c, d, e, f})
            AWAIT(reply);
        for (RequestReply *reply : {a, b, c, d, e, f})
            QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
        QCOMPARE(a->result().body, b->result().body);
        QCOMPARE(m_server->requestCount("/rest/getCoverArt.view"), 3); // a+b once, e, f
        QCOMPARE(m_server->requestCount("/c"), 1);
    }

    void capsConcurrency() {
        SystemClock clock;
        RequestLayer::Policy policy = fastRetries();
        policy.maxConcurrent = 2;
        RequestLayer layer(&clock, policy);
        m_server->setMode(FaultMode::slow(100));
        QList<RequestReply *> replies;
        for (int i = 0; i < 7; ++i)
            replies.append(layer.get(m_server->url(QStringLiteral("/r%1").arg(i))));
        QCOMPARE(layer.runningCount(), 2);
        QCOMPARE(layer.queuedCount(), 5);
        for (RequestReply *reply : std::as_const(replies))
            AWAIT(reply);
        for (RequestReply *reply : std::as_const(replies))
            QVERIFY(reply->result().ok());
        QCOMPARE(m_server->requestCount(), 7);
        QVERIFY2(m_server->maxConcurrent() <= 2,
                 qPrintable(QString::number(m_server->maxConcurrent())));
    }

    void servesHigherPriorityFirst() {
        SystemClock clock;
        RequestLayer::Policy policy = fastRetries();
        policy.maxConcurrent = 1;
        RequestLayer layer(&clock, policy);
        m_server->setMode(FaultMode::slow(50));
        RequestOptions background;
        background.component = Component::Artwork;
        RequestOptions urgent;
        urgent.priority = 10;
        QList<RequestReply *> replies = {
            layer.get(m_server->url(QStringLiteral("/art1")), background),
            layer.get(m_server->url(QStringLiteral("/art2")), background),
            layer.get(m_server->url(QStringLiteral("/album")), urgent),
        };
        for (RequestReply *reply : std::as_const(replies))
            AWAIT(reply);
        QStringList order;
        for (const HttpRequest &r : m_server->requests())
            order.append(QString::fromUtf8(r.path));
        QCOMPARE(order, (QStringList{QStringLiteral("/art1"), QStringLiteral("/album"),
                                     QStringLiteral("/art2")}));
    }

    void publishesEveryOutcome() {
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        QSignalSpy outcomes(&layer, &RequestLayer::outcome);
        RequestOptions search;
        search.component = Component::Search;
        RequestReply *ok =
            layer.get(withCredentials(*m_server, QStringLiteral("/rest/search3.view")), search);
        AWAIT(ok);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 1, 20'000);
        const auto first = outcomes.constFirst().constFirst().value<RequestOutcome>();
        QCOMPARE(first.component, Component::Search);
        QCOMPARE(first.kind, FailureKind::None);
        QCOMPARE(first.httpStatus, 200);
        QCOMPARE(first.attempts, 1);
        QVERIFY(first.latencyMs >= 0);
        QVERIFY(first.finishedAt.isValid());
        QVERIFY2(first.url.contains(QStringLiteral("p=***"))
                     && first.url.contains(QStringLiteral("u=bob")),
                 qPrintable(first.url));
        QVERIFY(!leaks(first.url));

        m_server->setHandler({});
        RequestReply *missing = layer.get(m_server->url(QStringLiteral("/nope")));
        AWAIT(missing);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 2, 20'000);
        const auto second = outcomes.at(1).constFirst().value<RequestOutcome>();
        QCOMPARE(second.component, Component::Browse);
        QCOMPARE(second.kind, FailureKind::HttpStatus);
        QCOMPARE(second.httpStatus, 404);
    }

    void streamsABodyAsItArrives() {
        const QByteArray audio(2 * 1024 * 1024 + 17, 'a');
        m_server->setHandler([audio](const HttpRequest &) {
            HttpReply reply;
            reply.contentType = "audio/flac";
            reply.body = audio;
            reply.rangeable = true;
            return reply;
        });
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        RequestSpec spec;
        spec.url = m_server->url(QStringLiteral("/rest/stream.view"));
        spec.headers.append({QByteArray("Range"), QByteArray("bytes=17-")}); // resume a .part
        spec.options.component = Component::Stream;
        spec.options.streamBody = true;
        spec.options.maxBodyBytes = -1;
        RequestReply *reply = layer.send(spec);
        QByteArray received;
        int chunks = 0;
        connect(reply, &RequestReply::readyRead, this, [&] {
            received += reply->readAvailable();
            ++chunks;
        });
        AWAIT(reply);
        QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
        QCOMPARE(reply->result().httpStatus, 206);
        QCOMPARE(received.size(), audio.size() - 17);
        QCOMPARE(reply->bytesReceived(), qint64(audio.size() - 17));
        QVERIFY(chunks > 1);
        QVERIFY(reply->result().body.isEmpty());
    }

private:
    std::unique_ptr<FaultServer> m_server;
};

QTEST_GUILESS_MAIN(TestRequestLayer)
#include "tst_requestlayer.moc"
