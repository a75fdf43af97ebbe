// What the request layer refuses to do, against a real loopback server: follow a redirect that
// would carry credentials to another host, keep reading a giant body, show a credential in any
// text, keep a hanging exchange open after its caller left, or crash when torn down in any order.
#include "core/service/request/manualclock.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "tests/request/requesttesthelpers.h"
#include "tests/support/httpserver/faultserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace refrain;
using namespace refrain::test;

class TestRequestSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_server = std::make_unique<FaultServer>();
        m_server->setHandler(okJson);
    }
    void cleanup() { m_server.reset(); }

    void capsAGiantBody() {
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        RequestOptions options = quick(3);
        options.maxBodyBytes = 1024 * 1024;

        m_server->setMode(FaultMode::giant()); // endless, no Content-Length
        RequestReply *endless = layer.get(m_server->url(QStringLiteral("/a")), options);
        AWAIT(endless);
        QCOMPARE(endless->result().failure, FailureKind::TooLarge);
        QVERIFY2(endless->result().errorText.contains(QStringLiteral("past the 1 MiB limit")),
                 qPrintable(endless->result().errorText));
        QCOMPARE(endless->result().attempts, 1); // too large stays too large
        QVERIFY(endless->result().body.isEmpty());

        m_server->setMode(FaultMode::giant(50 * 1024 * 1024)); // announced: refused up front
        RequestReply *announced = layer.get(m_server->url(QStringLiteral("/b")), options);
        AWAIT(announced);
        QCOMPARE(announced->result().failure, FailureKind::TooLarge);
        QVERIFY2(announced->result().errorText.contains(QStringLiteral("is 50 MiB")),
                 qPrintable(announced->result().errorText));
    }

    // Two servers are two origins (127.0.0.1 vs localhost, other port): the credentials in the
    // query must never travel to the second.
    void neverFollowsARedirectToAnotherHost() {
        FaultServer other;
        other.setHandler(okJson);
        QUrl target;
        target.setScheme(QStringLiteral("http"));
        target.setHost(QStringLiteral("localhost"));
        target.setPort(other.port());
        m_server->setMode(FaultMode::redirect(target));

        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        QSignalSpy outcomes(&layer, &RequestLayer::outcome);
        RequestReply *reply =
            layer.get(withCredentials(*m_server, QStringLiteral("/rest/getSong.view")));
        AWAIT(reply);
        const RequestResult &r = reply->result();
        QCOMPARE(r.failure, FailureKind::Redirected);
        QVERIFY2(r.errorText.contains(
                     QStringLiteral("another server (http://localhost:%1)").arg(other.port())),
                 qPrintable(r.errorText));
        QVERIFY(!leaks(r.errorText));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(other.connectionCount(), 0);
        QCOMPARE(other.requestCount(), 0);
        QCOMPARE(outcomes.count(), 1);
        QVERIFY(!leaks(outcomes.constFirst().constFirst().value<RequestOutcome>().url));
    }

    void followsARedirectOnTheSameServer() {
        m_server->setHandler([](const HttpRequest &request) {
            if (request.path == "/old") {
                HttpReply moved;
                moved.status = 301;
                moved.headers.append({QByteArray("Location"), QByteArray("/new?id=3")});
                return moved;
            }
            return okJson(request);
        });
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        RequestReply *reply = layer.get(m_server->url(QStringLiteral("/old")));
        AWAIT(reply);
        QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
        QCOMPARE(reply->result().url.path(), QStringLiteral("/new"));
        QCOMPARE(m_server->requestCount("/new"), 1);
    }

    // The breaker opens after three failures; then requests fail fast with no traffic at all,
    // until exactly one probe goes out; its success closes the breaker.
    void cancelsAHangingRequest() {
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        QSignalSpy outcomes(&layer, &RequestLayer::outcome);
        m_server->setMode(FaultMode::blackHole());
        RequestReply *reply = layer.get(m_server->url(QStringLiteral("/hang")));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 1, 20'000);
        reply->cancel();
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->result().failure, FailureKind::Cancelled);
        QCOMPARE(layer.runningCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, 20'000); // the connection was closed
        QCOMPARE(outcomes.count(), 1);
        QCOMPARE(outcomes.constFirst().constFirst().value<RequestOutcome>().kind,
                 FailureKind::Cancelled);
        QCOMPARE(layer.circuitState(Component::Browse), CircuitBreaker::State::Closed);
    }

    void neverShowsCredentials() {
        QCOMPARE(redactedUrlText(QUrl(QStringLiteral(
                     "https://music.example/rest/ping.view?u=bob&p=secret&t=abc&s=def&v=1.16.1"))),
                 QStringLiteral(
                     "https://music.example/rest/ping.view?u=bob&p=***&t=***&s=***&v=1.16.1"));
        QCOMPARE(redactedUrlText(QUrl(QStringLiteral("https://x/a?apiKey=K&Password=P&token=T"))),
                 QStringLiteral("https://x/a?apiKey=***&Password=***&token=***"));
        QCOMPARE(redactedUrlText(QUrl(QStringLiteral("https://bob:pw@x/a"))),
                 QStringLiteral("https://bob:***@x/a"));

        // Every failure's text and outcome, with credentials in the URL.
        SystemClock clock;
        RequestLayer layer(&clock, fastRetries());
        QSignalSpy outcomes(&layer, &RequestLayer::outcome);
        const QList<FaultMode> modes = {FaultMode::serverError(500), FaultMode::resetMidBody(),
                                        FaultMode::blackHole(), FaultMode::refused(),
                                        FaultMode::giant()};
        RequestOptions options = quick();
        options.firstByteTimeoutMs = 300;
        options.maxBodyBytes = 100'000;
        QStringList texts;
        for (const FaultMode &mode : modes) {
            m_server->setMode(mode);
            RequestReply *reply =
                layer.get(withCredentials(*m_server, QStringLiteral("/rest/x")), options);
            AWAIT(reply);
            QVERIFY(!reply->result().ok());
            texts.append(reply->result().errorText);
            layer.retryNow();
        }
        m_server->setMode(FaultMode::normal());
        for (int i = 0; i < 3; ++i) { // open the breaker for a CircuitOpen text as well
            m_server->setMode(FaultMode::serverError(503));
            RequestReply *reply =
                layer.get(withCredentials(*m_server, QStringLiteral("/rest/y")), options);
            AWAIT(reply);
            texts.append(reply->result().errorText);
        }
        RequestReply *fast = layer.get(withCredentials(*m_server, QStringLiteral("/rest/z")));
        AWAIT(fast);
        QCOMPARE(fast->result().failure, FailureKind::CircuitOpen);
        texts.append(fast->result().errorText);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), texts.size(), 20'000);
        for (const auto &args : std::as_const(outcomes))
            texts.append(args.constFirst().value<RequestOutcome>().url);
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!text.isEmpty() && !leaks(text), qPrintable(text));
    }

    // The app holds its clock as a member and the layer as a child: the clock dies first.
    void survivesTheClockGoingFirst() {
        m_server->setMode(FaultMode::blackHole());
        auto clock = std::make_unique<SystemClock>();
        auto *layer = new RequestLayer(clock.get(), fastRetries());
        for (int i = 0; i < 3; ++i)
            layer->get(m_server->url(QStringLiteral("/hang%1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 3, 20'000);
        clock.reset();
        delete layer;
        QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 0, 20'000);
    }

private:
    std::unique_ptr<FaultServer> m_server;
};

QTEST_GUILESS_MAIN(TestRequestSafety)
#include "tst_requestsafety.moc"
