// The Subsonic envelope: ok and failed replies in JSON and XML, a precise sentence for every
// error code, and a clear, specific message for what is not a Subsonic reply at all — HTML login
// pages, captive portals, broken JSON/XML, wrong content types, HTTP errors — plus detection of
// error documents where media was expected.
#include "core/service/subsonic/subsonicreply.h"

#include <QFile>
#include <QTest>

using namespace refrain;

Q_DECLARE_METATYPE(SubsonicReply::Problem)

namespace {

QByteArray fixture(const char *name) {
    QFile f(QStringLiteral(REFRAIN_TEST_DATA "/subsonic/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QByteArray failedJson(const QByteArray &code, const QByteArray &message = "Server message") {
    return R"({"subsonic-response":{"status":"failed","version":"1.16.1","error":{"code":)" + code
           + R"(,"message":")" + message + R"("}}})";
}

} // namespace

class TestSubsonicReply : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void okRepliesInBothFormats() {
        const SubsonicReply json =
            SubsonicReply::parse(200, "application/json", fixture("ping.json"));
        QVERIFY(json.ok());
        QCOMPARE(json.format(), SubsonicReply::Format::Json);
        QVERIFY(json.message().isEmpty());

        const SubsonicReply xml =
            SubsonicReply::parse(200, "text/xml; charset=UTF-8", fixture("ping.xml"));
        QVERIFY(xml.ok());
        QCOMPARE(xml.format(), SubsonicReply::Format::Xml);
        QCOMPARE(xml.serverInfo().apiVersion, json.serverInfo().apiVersion);
        QCOMPARE(xml.serverInfo().type, json.serverInfo().type);
        QCOMPARE(xml.serverInfo().openSubsonic, json.serverInfo().openSubsonic);
    }

    void wrongCredentialsInBothFormats_data() {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("json") << QByteArray("application/json") << fixture("error-40.json");
        QTest::newRow("xml") << QByteArray("application/xml") << fixture("error-40.xml");
    }
    void wrongCredentialsInBothFormats() {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        const SubsonicReply reply = SubsonicReply::parse(200, contentType, body);
        QCOMPARE(reply.problem(), SubsonicReply::Problem::Failed);
        QVERIFY(reply.subsonicError().has_value());
        QCOMPARE(reply.subsonicError()->code, 40);
        QCOMPARE(reply.subsonicError()->message, QStringLiteral("Wrong username or password"));
        QCOMPARE(
            reply.message(),
            QStringLiteral("The server rejected the user name or password (Subsonic error 40)."));
        QCOMPARE(reply.error().kind, Error::Kind::Invalid);
        // The envelope still says who answered.
        QCOMPARE(reply.serverInfo().type, QStringLiteral("AwesomeServerName"));
    }

    void everyCodeHasItsOwnSentence_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0") << 0
                           << QStringLiteral("reported an error (Subsonic error 0). The server "
                                             "said: \u201cServer message\u201d");
        QTest::newRow("10") << 10 << QStringLiteral("required parameter is missing");
        QTest::newRow("20") << 20 << QStringLiteral("newer version of the Subsonic protocol");
        QTest::newRow("30") << 30 << QStringLiteral("older version of the Subsonic protocol");
        QTest::newRow("40") << 40 << QStringLiteral("user name or password (Subsonic error 40)");
        QTest::newRow("41") << 41 << QStringLiteral("does not accept token authentication");
        QTest::newRow("42") << 42 << QStringLiteral("asks for an API key");
        QTest::newRow("43") << 43 << QStringLiteral("more than one kind of credentials");
        QTest::newRow("44") << 44 << QStringLiteral("rejected the API key");
        QTest::newRow("50") << 50 << QStringLiteral("not allowed to do that");
        QTest::newRow("60") << 60 << QStringLiteral("trial period");
        QTest::newRow("70") << 70
                            << QStringLiteral("could not find the requested item (Subsonic error "
                                              "70). The server said: \u201cServer message\u201d");
        QTest::newRow("unknown") << 99 << QStringLiteral("(Subsonic error 99)");
    }
    void everyCodeHasItsOwnSentence() {
        QFETCH(int, code);
        QFETCH(QString, expected);
        const SubsonicReply reply =
            SubsonicReply::parse(200, "application/json", failedJson(QByteArray::number(code)));
        QCOMPARE(reply.problem(), SubsonicReply::Problem::Failed);
        QCOMPARE(reply.subsonicError()->code, code);
        QVERIFY2(reply.message().contains(expected), qPrintable(reply.message()));
    }

    // A server echoing request parameters in an auth error must not put them on screen.
    void authenticationErrorsNeverRepeatTheServersWords() {
        for (const QByteArray code : {"40", "41", "42", "43", "44"}) {
            const SubsonicReply reply = SubsonicReply::parse(
                200, "application/json", failedJson(code, "bad p=enc:736573616d65 for joe"));
            QVERIFY2(!reply.message().contains(QLatin1String("736573616d65")),
                     qPrintable(reply.message()));
            QVERIFY(reply.subsonicError()->isAuthenticationError());
        }
    }

    void numbersAsStringsInTheError() {
        const SubsonicReply reply =
            SubsonicReply::parse(200, "application/json", failedJson("\"41\""));
        QCOMPARE(reply.subsonicError()->code, 41);
    }

    void okStatusWithAnErrorObjectIsAFailure() { // early Funkwhale
        const SubsonicReply reply = SubsonicReply::parse(
            200, "application/json",
            R"({"subsonic-response":{"status":"ok","version":"1.16.0","error":{"code":10,"message":"required parameter 'id' not present"}}})");
        QCOMPARE(reply.problem(), SubsonicReply::Problem::Failed);
        QCOMPARE(reply.subsonicError()->code, 10);
        QVERIFY(reply.message().contains(QLatin1String("'id' not present")));
    }

    void notSubsonic_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<SubsonicReply::Problem>("problem");
        QTest::addColumn<QString>("message");
        using P = SubsonicReply::Problem;
        const QString html = QStringLiteral(
            "Not a Subsonic server (got an HTML page \u2014 a login page or captive portal?)");
        const QByteArray page = "<!DOCTYPE html>\n<html><head><title>Sign "
                                "in</title></head><body><form></form></body></html>";
        QTest::newRow("login page")
            << 200 << QByteArray("text/html; charset=utf-8") << page << P::NotSubsonic << html;
        QTest::newRow("login page as json")
            << 200 << QByteArray("application/json") << page << P::NotSubsonic << html;
        QTest::newRow("xhtml") << 200 << QByteArray("application/xhtml+xml")
                               << QByteArray(
                                      "<?xml version=\"1.0\"?>\n<html "
                                      "xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")
                               << P::NotSubsonic << html;
        QTest::newRow("html, no tags first")
            << 200 << QByteArray("text/html") << QByteArray("Please sign in") << P::NotSubsonic
            << html;
        QTest::newRow("captive portal 511")
            << 511 << QByteArray("text/html") << page << P::NotSubsonic
            << QStringLiteral("Not a Subsonic server: the network asks you to sign in first (HTTP "
                              "511 \u2014 a captive portal?)");
        QTest::newRow("other json")
            << 200 << QByteArray("application/json") << QByteArray(R"({"error":"nope"})")
            << P::NotSubsonic
            << QStringLiteral("Not a Subsonic server (the JSON answer has no subsonic-response)");
        QTest::newRow("json array")
            << 200 << QByteArray("application/json") << QByteArray("[1,2]") << P::NotSubsonic
            << QStringLiteral("Not a Subsonic server (the JSON answer has no subsonic-response)");
        QTest::newRow("other xml")
            << 200 << QByteArray("text/xml") << QByteArray("<rss version=\"2.0\"><channel/></rss>")
            << P::NotSubsonic
            << QStringLiteral(
                   "Not a Subsonic server (the XML answer is a \u201crss\u201d document)");
        QTest::newRow("plain text")
            << 200 << QByteArray("text/plain") << QByteArray("OK") << P::NotSubsonic
            << QStringLiteral("Not a Subsonic server (the answer is neither JSON nor XML)");
        QTest::newRow("audio for a document")
            << 200 << QByteArray("audio/mpeg") << QByteArray("ID3\x04\x00garbage", 12)
            << P::WrongContentType
            << QStringLiteral("Not a Subsonic reply: the server sent audio/mpeg data where a "
                              "Subsonic document was expected");
        QTest::newRow("truncated json")
            << 200 << QByteArray("application/json")
            << QByteArray("{\n  \"subsonic-response\": {\n    \"status\": \"ok\",\n    \"vers")
            << P::Malformed
            << QStringLiteral("Malformed reply: unterminated string at line 4, column 10");
        QTest::newRow("bad xml")
            << 200 << QByteArray("text/xml")
            << QByteArray("<subsonic-response status=\"ok\">\n<album></song>\n</subsonic-response>")
            << P::Malformed
            << QStringLiteral(
                   "Malformed reply: Opening and ending tag mismatch. at line 2, column 14");
        QTest::newRow("empty") << 200 << QByteArray("application/json") << QByteArray(" \r\n")
                               << P::Malformed
                               << QStringLiteral(
                                      "Malformed reply: the server sent an empty answer");
        QTest::newRow("no status")
            << 200 << QByteArray("application/json")
            << QByteArray(R"({"subsonic-response":{"version":"1.16.1"}})") << P::Malformed
            << QStringLiteral("Malformed reply: the subsonic-response has no status");
        QTest::newRow("odd status")
            << 200 << QByteArray("application/json")
            << QByteArray(R"({"subsonic-response":{"status":"maybe"}})") << P::Malformed
            << QStringLiteral("Malformed reply: unknown status \u201cmaybe\u201d");
        QTest::newRow("404") << 404 << QByteArray("text/plain") << QByteArray("404 page not found")
                             << P::HttpError
                             << QStringLiteral("The server answered HTTP 404 (Not Found). Check "
                                               "the server address (and its path, if it has one).");
        QTest::newRow("502 html") << 502 << QByteArray("text/html") << page << P::HttpError
                                  << QStringLiteral("The server answered HTTP 502 (Bad Gateway).");
        QTest::newRow("401 proxy")
            << 401 << QByteArray("text/html") << QByteArray() << P::HttpError
            << QStringLiteral("The server answered HTTP 401 (Unauthorized). Something in front of "
                              "the Subsonic server asks for its own sign-in.");
        QTest::newRow("418 json ok")
            << 418 << QByteArray("application/json") << fixture("ping.json") << P::HttpError
            << QStringLiteral("The server answered HTTP 418.");
    }
    void notSubsonic() {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(SubsonicReply::Problem, problem);
        QFETCH(QString, message);
        const SubsonicReply reply = SubsonicReply::parse(status, contentType, body);
        QCOMPARE(reply.problem(), problem);
        QCOMPARE(reply.message(), message);
        QCOMPARE(reply.error().message, message);
        QCOMPARE(reply.httpStatus(), status);
    }

    // A Subsonic error document is more precise than the HTTP status it came with.
    void subsonicErrorWinsOverHttpStatus() {
        const SubsonicReply reply =
            SubsonicReply::parse(401, "application/json", fixture("error-40.json"));
        QCOMPARE(reply.problem(), SubsonicReply::Problem::Failed);
        QCOMPARE(reply.subsonicError()->code, 40);
    }

    void byteOrderMarkAndWhitespaceAreFine() {
        const SubsonicReply reply = SubsonicReply::parse(200, "application/json; charset=utf-8",
                                                         "\xEF\xBB\xBF\n  " + fixture("ping.json"));
        QVERIFY2(reply.ok(), qPrintable(reply.message()));
    }

    void oversizedBodiesAreRefusedUnread() {
        QByteArray body(SubsonicReply::kMaxBodySize + 1, ' ');
        body[0] = '{';
        const SubsonicReply reply = SubsonicReply::parse(200, "application/json", body);
        QCOMPARE(reply.problem(), SubsonicReply::Problem::Malformed);
        QVERIFY(reply.message().contains(QLatin1String("larger than 32 MB")));
    }

    void errorKinds() {
        const auto kindFor = [](const QByteArray &code) {
            return SubsonicReply::parse(200, "application/json", failedJson(code)).error().kind;
        };
        QCOMPARE(kindFor("70"), Error::Kind::NotFound);
        QCOMPARE(kindFor("30"), Error::Kind::Unsupported);
        QCOMPARE(kindFor("44"), Error::Kind::Invalid);
        QCOMPARE(kindFor("50"), Error::Kind::Invalid);
        QCOMPARE(kindFor("10"), Error::Kind::Internal);
        QCOMPARE(kindFor("0"), Error::Kind::Io);
        QCOMPARE(SubsonicReply::parse(200, "text/html", "<html/>").error().kind,
                 Error::Kind::Unsupported);
        QCOMPARE(SubsonicReply::parse(200, "application/json", "{").error().kind,
                 Error::Kind::Corrupt);
        QCOMPARE(SubsonicReply::parse(503, "text/plain", "down").error().kind, Error::Kind::Io);
    }

    void errorDocumentsWhereMediaWasExpected_data() {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("isError");
        QTest::newRow("mp3") << QByteArray("audio/mpeg") << QByteArray("ID3\x04\x00\x00\x00", 7)
                             << false;
        QTest::newRow("flac") << QByteArray("audio/flac") << QByteArray("fLaC\x00\x00\x00\x22", 8)
                              << false;
        QTest::newRow("jpeg") << QByteArray("image/jpeg") << QByteArray("\xFF\xD8\xFF\xE0", 4)
                              << false;
        QTest::newRow("empty audio") << QByteArray("audio/ogg") << QByteArray() << false;
        QTest::newRow("brace in audio")
            << QByteArray("audio/mpeg") << QByteArray("{\x01\x02") << false;
        QTest::newRow("xml error")
            << QByteArray("text/xml; charset=utf-8") << fixture("error-40.xml") << true;
        QTest::newRow("json error")
            << QByteArray("application/json") << fixture("error-40.json") << true;
        QTest::newRow("html page")
            << QByteArray("text/html") << QByteArray("<html></html>") << true;
        QTest::newRow("xml as octet-stream")
            << QByteArray("application/octet-stream") << fixture("error-40.xml") << true;
        QTest::newRow("json labelled audio")
            << QByteArray("audio/mpeg") << QByteArray(" { \"subsonic-response\": {}}") << true;
        QTest::newRow("no content type, xml")
            << QByteArray() << QByteArray("<subsonic-response status=\"failed\"/>") << true;
    }
    void errorDocumentsWhereMediaWasExpected() {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(bool, isError);
        QCOMPARE(SubsonicReply::isErrorForBinary(contentType, body), isError);
    }
};

QTEST_GUILESS_MAIN(TestSubsonicReply)
#include "tst_subsonicreply.moc"
