// Signing in, and every way it can go wrong, without a secret in what the person reads or in a
// log line: "Test connection" against real loopback servers that accept the salted token, refuse
// the password, refuse tokens (the hex password follows), reject an API key, answer 500, cut the
// connection, refuse it, redirect to another host or show an HTML sign-in page — with every
// logging category of Refrain and of Qt's network stack switched on to debug.
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/subsonicclient.h"
#include "tests/security/logcapture.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QTest>

using namespace refrain;
using namespace refrain::test;

namespace {

constexpr int kWaitMs = 60'000;
const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("Open-Sesame-5e2f");
const QString kApiKey = QStringLiteral("APIKEY-77c1-03de");

struct Case {
    QString name;
    ConnectionOutcome outcome;
    QStringList sent; // every t, s, p and apiKey value the server saw
};

} // namespace

class TestSignInLogs : public QObject {
    Q_OBJECT

    std::unique_ptr<LogCapture> m_logs;
    QList<Case> m_cases;
    SystemClock m_clock;

    // One "Test connection" of a server at `address` signing in with `secret`.
    ConnectionOutcome test(const QUrl &address, const QString &secret, bool apiKey) {
        RequestLayer::Policy policy;
        policy.retryBaseMs = 10;
        policy.retryCapMs = 50;
        RequestLayer layer(&m_clock, policy);
        ServerConfig config;
        config.id = QStringLiteral("server-1");
        config.name = QStringLiteral("Home");
        config.urls = {address};
        config.user = apiKey ? QString() : kUser;
        config.auth = apiKey ? ServerConfig::Auth::ApiKey : ServerConfig::Auth::Password;
        SubsonicClient client(&layer, config, secret);
        std::optional<ConnectionOutcome> outcome;
        client.testConnection([&](const ConnectionOutcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, kWaitMs)) {
            ConnectionOutcome none;
            none.message = QStringLiteral("(test) no outcome");
            return none;
        }
        return *outcome;
    }

    void record(const QString &name, const ConnectionOutcome &outcome, const FaultServer &server) {
        Case c{name, outcome, {}};
        for (const HttpRequest &r : server.requests()) {
            for (const char *item : {"t", "s", "p", "apiKey"}) {
                const QString value =
                    r.query.queryItemValue(QLatin1String(item), QUrl::FullyDecoded);
                if (!value.isEmpty())
                    c.sent << value;
            }
        }
        m_cases.append(c);
    }

private Q_SLOTS:
    void initTestCase() {
        m_logs = std::make_unique<LogCapture>();
        qDebug("refrain-test: log capture on");
        QVERIFY(
            m_logs->captured().contains(QStringLiteral("default: refrain-test: log capture on")));
    }

    void everyOutcomeIsSaidWithoutSecrets_data() {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("kind");
        using K = ConnectionOutcome::Kind;
        QTest::newRow("token accepted") << QStringLiteral("ok") << int(K::Ok);
        QTest::newRow("wrong password") << QStringLiteral("wrong") << int(K::WrongCredentials);
        QTest::newRow("tokens refused, hex password")
            << QStringLiteral("refuseTokens") << int(K::Ok);
        QTest::newRow("api key accepted") << QStringLiteral("apiKey") << int(K::Ok);
        QTest::newRow("api key rejected") << QStringLiteral("badKey") << int(K::ApiKeyInvalid);
        QTest::newRow("500") << QStringLiteral("500") << int(K::HttpError);
        QTest::newRow("cut") << QStringLiteral("cut") << -1;
        QTest::newRow("refused") << QStringLiteral("refused") << int(K::Refused);
        QTest::newRow("sign-in page") << QStringLiteral("html") << int(K::NotSubsonic);
        QTest::newRow("redirect elsewhere") << QStringLiteral("redirect") << -1;
    }

    void everyOutcomeIsSaidWithoutSecrets() {
        QFETCH(QString, setup);
        QFETCH(int, kind);
        SubsonicContent content;
        content.setUser(kUser, kPassword);
        content.addApiKey(kApiKey);
        FaultServer server;
        server.setHandler(content.handler());
        FaultServer elsewhere;
        elsewhere.setHandler(content.handler());
        QString secret = kPassword;
        bool apiKey = false;
        if (setup == u"wrong")
            secret = kPassword + QStringLiteral("-typo");
        else if (setup == u"refuseTokens")
            content.options().refuseTokens = true;
        else if (setup == u"apiKey" || setup == u"badKey") {
            apiKey = true;
            secret = setup == u"apiKey" ? kApiKey : kApiKey + QStringLiteral("-revoked");
        } else if (setup == u"500")
            server.setMode(FaultMode::serverError(500));
        else if (setup == u"cut")
            server.setMode(FaultMode::resetMidBody());
        else if (setup == u"refused")
            server.setMode(FaultMode::refused());
        else if (setup == u"html")
            content.options().htmlLoginPage = true;
        else if (setup == u"redirect")
            server.setMode(FaultMode::redirect(elsewhere.url(QStringLiteral("/rest/ping.view"))));

        const ConnectionOutcome outcome = test(server.baseUrl(), secret, apiKey);
        if (kind >= 0)
            QCOMPARE(int(outcome.kind), kind);
        QVERIFY(!outcome.message.isEmpty() || outcome.ok());
        record(QString::fromLatin1(QTest::currentDataTag()), outcome, server);
        if (setup == u"redirect") {
            QVERIFY(!outcome.ok());
            // The signed request is not repeated to the other host.
            QCOMPARE(elsewhere.requestCount(), 0);
        }
        if (setup == u"refuseTokens") {
            bool hex = false;
            for (const HttpRequest &r : server.requests())
                hex = hex
                      || r.query.queryItemValue(QStringLiteral("p"), QUrl::FullyDecoded)
                             .startsWith(u"enc:");
            QVERIFY(hex);
        }

        QStringList secrets{kPassword, QString::fromLatin1(kPassword.toUtf8().toHex()), kApiKey,
                            secret};
        secrets << m_cases.constLast().sent;
        for (const QString &s : std::as_const(secrets))
            QVERIFY2(!outcome.message.contains(s), qPrintable(outcome.message));
    }

    void noLogLineHoldsASecret() {
        QStringList secrets{kPassword, QString::fromLatin1(kPassword.toUtf8().toHex()), kApiKey};
        int sent = 0;
        for (const Case &c : std::as_const(m_cases)) {
            secrets << c.sent;
            sent += int(c.sent.size());
        }
        QVERIFY(sent > 10); // tokens, salts, hex passwords and keys really travelled
        const QString leak = m_logs->lineWithAnyOf(secrets);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }

    void cleanupTestCase() { m_logs.reset(); }
};

QTEST_GUILESS_MAIN(TestSignInLogs)
#include "tst_signinlogs.moc"
