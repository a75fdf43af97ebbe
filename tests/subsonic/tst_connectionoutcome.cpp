// "Test connection": every way a connection attempt can end gives its own outcome and a plain,
// specific sentence — wrong credentials, tokens refused, bad API key, not a Subsonic server,
// TLS, timeout, refused, unknown host, HTTP errors, malformed answers.
#include "core/service/subsonic/connectionoutcome.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace refrain;
using Kind = ConnectionOutcome::Kind;
using Failure = ConnectionOutcome::NetworkFailure;

Q_DECLARE_METATYPE(ConnectionOutcome::Kind)
Q_DECLARE_METATYPE(ConnectionOutcome::NetworkFailure)

namespace {

QByteArray fixture(const char *name) {
    QFile f(QStringLiteral(REFRAIN_TEST_DATA "/subsonic/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QByteArray failed(int code) {
    return R"({"subsonic-response":{"status":"failed","version":"1.16.1","type":"navidrome",)"
           R"("serverVersion":"0.53.3","openSubsonic":true,"error":{"code":)"
           + QByteArray::number(code) + R"(,"message":"server words"}}})";
}

} // namespace

class TestConnectionOutcome : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void outcomes_data() {
        QTest::addColumn<Failure>("failure");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("message");
        const QByteArray json("application/json");
        QTest::newRow("ok")
            << Failure::None << 200 << json << fixture("ping.json") << Kind::Ok
            << QStringLiteral("Connected to AwesomeServerName 0.1.3 (tag) (Subsonic API 1.16.1).");
        QTest::newRow("ok, xml")
            << Failure::None << 200 << QByteArray("text/xml") << fixture("ping.xml") << Kind::Ok
            << QStringLiteral("Connected to AwesomeServerName 0.1.3 (tag) (Subsonic API 1.16.1).");
        QTest::newRow("40")
            << Failure::None << 200 << json << failed(40) << Kind::WrongCredentials
            << QStringLiteral("The server rejected the user name or password (Subsonic error 40).");
        QTest::newRow("41") << Failure::None << 200 << json << failed(41)
                            << Kind::TokenAuthNotSupported
                            << QStringLiteral("The server does not accept token authentication for "
                                              "this account (Subsonic error 41).");
        QTest::newRow("44") << Failure::None << 200 << json << failed(44) << Kind::ApiKeyInvalid
                            << QStringLiteral(
                                   "The server rejected the API key (Subsonic error 44).");
        QTest::newRow("42") << Failure::None << 200 << json << failed(42) << Kind::Other
                            << QStringLiteral("The server does not accept this way of signing in; "
                                              "it asks for an API key (Subsonic error 42).");
        QTest::newRow("html") << Failure::None << 200 << QByteArray("text/html")
                              << QByteArray("<!doctype html><html></html>") << Kind::NotSubsonic
                              << QStringLiteral("Not a Subsonic server (got an HTML page \u2014 a "
                                                "login page or captive portal?)");
        QTest::newRow("portal") << Failure::None << 511 << QByteArray("text/html")
                                << QByteArray("<html></html>") << Kind::NotSubsonic
                                << QStringLiteral(
                                       "Not a Subsonic server: the network asks you to sign in "
                                       "first (HTTP 511 \u2014 a captive portal?)");
        QTest::newRow("image") << Failure::None << 200 << QByteArray("image/png")
                               << QByteArray("\x89PNG", 4) << Kind::NotSubsonic
                               << QStringLiteral("Not a Subsonic reply: the server sent image/png "
                                                 "data where a Subsonic document was expected");
        QTest::newRow("malformed")
            << Failure::None << 200 << json << QByteArray(R"({"subsonic-response":{"status":)")
            << Kind::Malformed
            << QStringLiteral("Malformed reply: unterminated object at line 1, column 32");
        QTest::newRow("404") << Failure::None << 404 << QByteArray("text/plain")
                             << QByteArray("404 page not found") << Kind::HttpError
                             << QStringLiteral("The server answered HTTP 404 (Not Found). Check "
                                               "the server address (and its path, if it has one).");
        QTest::newRow("tls") << Failure::Tls << 0 << QByteArray() << QByteArray() << Kind::TlsError
                             << QStringLiteral(
                                    "The secure connection failed: the server's certificate is not "
                                    "valid or trusted for this address.");
        QTest::newRow("timeout") << Failure::Timeout << 0 << QByteArray() << QByteArray()
                                 << Kind::Timeout
                                 << QStringLiteral("The server did not answer in time. It may be "
                                                   "down, overloaded or unreachable from here.");
        QTest::newRow("refused") << Failure::ConnectionRefused << 0 << QByteArray() << QByteArray()
                                 << Kind::Refused
                                 << QStringLiteral("The server refused the connection. Check the "
                                                   "port, and that the server is running.");
        QTest::newRow("no host") << Failure::HostNotFound << 0 << QByteArray() << QByteArray()
                                 << Kind::HostNotFound
                                 << QStringLiteral(
                                        "The server's name could not be found. Check the address "
                                        "for typos, and your network connection.");
        QTest::newRow("closed") << Failure::ConnectionClosed << 0 << QByteArray() << QByteArray()
                                << Kind::Other
                                << QStringLiteral(
                                       "The server closed the connection without answering.");
        QTest::newRow("offline")
            << Failure::NetworkUnreachable << 0 << QByteArray() << QByteArray() << Kind::Other
            << QStringLiteral("The network is unreachable: this computer seems to be offline.");
    }
    void outcomes() {
        QFETCH(Failure, failure);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, message);
        const ConnectionOutcome outcome =
            ConnectionOutcome::classify(failure, status, contentType, body);
        QCOMPARE(outcome.kind, kind);
        QCOMPARE(outcome.message, message);
        QCOMPARE(outcome.ok(), kind == Kind::Ok);
    }

    void subsonicErrorsKeepTheirCodeAndServer() {
        const ConnectionOutcome outcome =
            ConnectionOutcome::classify(Failure::None, 200, "application/json", failed(41));
        QCOMPARE(outcome.subsonicCode, std::optional<int>(41));
        QCOMPARE(outcome.server.type, QStringLiteral("navidrome"));
        QVERIFY(outcome.server.openSubsonic);
        // A network failure wins over whatever body came along.
        const ConnectionOutcome timeout =
            ConnectionOutcome::classify(Failure::Timeout, 200, "application/json", failed(40));
        QCOMPARE(timeout.kind, Kind::Timeout);
        QVERIFY(!timeout.subsonicCode);
    }

    void eachOutcomeReadsDifferently() {
        QSet<QString> messages;
        for (Failure f :
             {Failure::Timeout, Failure::ConnectionRefused, Failure::HostNotFound, Failure::Tls,
              Failure::ConnectionClosed, Failure::NetworkUnreachable, Failure::Other})
            messages.insert(ConnectionOutcome::classify(f, 0, {}, {}).message);
        for (int code : {0, 10, 20, 30, 40, 41, 42, 43, 44, 50, 70})
            messages.insert(
                ConnectionOutcome::classify(Failure::None, 200, "application/json", failed(code))
                    .message);
        QCOMPARE(messages.size(), 7 + 11);
    }
};

QTEST_GUILESS_MAIN(TestConnectionOutcome)
#include "tst_connectionoutcome.moc"
