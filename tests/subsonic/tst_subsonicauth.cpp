// Subsonic authentication: the salted token against the specification's own vector, a fresh
// salt per request, an API key that never travels with a user name, the readable-password
// policy (HTTPS, loopback, LAN, or the user's explicit permission), the fallbacks after errors
// 41/30, request URLs under a path prefix, and URLs that can be shown without secrets.
#include "core/service/subsonic/subsonicauth.h"

#include <QSet>
#include <QTest>

using namespace refrain;

namespace {

const SubsonicCredentials kJoe{QStringLiteral("joe"), QStringLiteral("sesame"),
                               SubsonicCredentials::Kind::Password};
const SubsonicCredentials kKey{
    {}, QStringLiteral("k+ey/with=odd&chars"), SubsonicCredentials::Kind::ApiKey};

QString item(const QUrl &url, const char *name) {
    return QUrlQuery(url).queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

bool has(const QUrl &url, const char *name) {
    return QUrlQuery(url).hasQueryItem(QLatin1String(name));
}

ServerInfo serverAt(const char *version) {
    ServerInfo info;
    info.apiVersion = QLatin1String(version);
    return info;
}

} // namespace

class TestSubsonicAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokenMatchesTheSpecificationExample() {
        QCOMPARE(SubsonicAuth::token(QStringLiteral("sesame"), QStringLiteral("c19b2d")),
                 QStringLiteral("26719a1196d2a940705a59634eb18eab"));
        // Non-ASCII passwords are hashed as UTF-8 (vector computed with Python's hashlib).
        QCOMPARE(SubsonicAuth::token(QStringLiteral("pässwörd🎵"), QStringLiteral("a1b2c3")),
                 QStringLiteral("9b6e1692cc27e8f8c0122e20f5c6a68f"));
        QCOMPARE(SubsonicAuth::hexPassword(QStringLiteral("sesame")),
                 QStringLiteral("enc:736573616d65"));
        QCOMPARE(SubsonicAuth::hexPassword(QStringLiteral("pässwörd🎵")),
                 QStringLiteral("enc:70c3a4737377c3b67264f09f8eb5"));
    }

    void everyRequestGetsAFreshSalt() {
        QSet<QString> salts;
        for (int i = 0; i < 200; ++i) {
            const QString salt = SubsonicAuth::randomSalt();
            QVERIFY(salt.size() >= 12); // at least 6 random bytes
            QVERIFY(QByteArray::fromHex(salt.toLatin1()).toHex() == salt.toLatin1());
            salts.insert(salt);
        }
        QCOMPARE(salts.size(), 200);

        const QUrl base(QStringLiteral("https://music.example.com"));
        const QUrl a = SubsonicAuth::buildUrl(base, QStringLiteral("ping"), {},
                                              SubsonicAuth::Mode::Token, kJoe, {});
        const QUrl b = SubsonicAuth::buildUrl(base, QStringLiteral("ping"), {},
                                              SubsonicAuth::Mode::Token, kJoe, {});
        QVERIFY(item(a, "s") != item(b, "s"));
        QVERIFY(item(a, "t") != item(b, "t"));
    }

    void tokenRequest() {
        const QUrl url = SubsonicAuth::buildUrl(
            QUrl(QStringLiteral("https://music.example.com")), QStringLiteral("getAlbum"),
            {{QStringLiteral("id"), QStringLiteral("al-1")}}, SubsonicAuth::Mode::Token, kJoe, {});
        QCOMPARE(url.path(), QStringLiteral("/rest/getAlbum.view"));
        QCOMPARE(item(url, "u"), QStringLiteral("joe"));
        QCOMPARE(item(url, "t"), SubsonicAuth::token(QStringLiteral("sesame"), item(url, "s")));
        QCOMPARE(item(url, "v"), QStringLiteral("1.16.1"));
        QCOMPARE(item(url, "c"), QStringLiteral("Refrain"));
        QCOMPARE(item(url, "f"), QStringLiteral("json"));
        QCOMPARE(item(url, "id"), QStringLiteral("al-1"));
        QVERIFY(!has(url, "p"));
        QVERIFY(!has(url, "apiKey"));
        QVERIFY(!url.toString(QUrl::FullyEncoded).contains(QLatin1String("sesame")));
    }

    void apiKeyRequestNeverSendsUserOrPassword() {
        const QUrl url = SubsonicAuth::buildUrl(QUrl(QStringLiteral("https://music.example.com")),
                                                QStringLiteral("ping"), {},
                                                SubsonicAuth::Mode::ApiKey, kKey, {});
        QCOMPARE(item(url, "apiKey"), kKey.secret);
        for (const char *name : {"u", "p", "t", "s"})
            QVERIFY2(!has(url, name), name);
        // '+' must be encoded, or servers read it as a space.
        QVERIFY(url.toString(QUrl::FullyEncoded)
                    .contains(QLatin1String("k%2Bey%2Fwith%3Dodd%26chars")));
    }

    void hexPasswordRequest() {
        const QUrl url = SubsonicAuth::buildUrl(
            QUrl(QStringLiteral("http://192.168.1.5:4040")), QStringLiteral("ping"), {},
            SubsonicAuth::Mode::HexPassword, kJoe, serverAt("1.12.0"));
        QCOMPARE(item(url, "p"), QStringLiteral("enc:736573616d65"));
        QVERIFY(!has(url, "t"));
        QVERIFY(!has(url, "s"));
        QCOMPARE(item(url, "v"), QStringLiteral("1.12.0")); // the old server's own version
    }

    void parametersAreEncodedAndMayRepeat() {
        const QUrl url = SubsonicAuth::buildUrl(
            QUrl(QStringLiteral("https://host")), QStringLiteral("updatePlaylist"),
            {{QStringLiteral("playlistId"), QStringLiteral("1")},
             {QStringLiteral("name"), QStringLiteral("Björk & Sigur Rós + friends = 100%")},
             {QStringLiteral("songIdToAdd"), QStringLiteral("a")},
             {QStringLiteral("songIdToAdd"), QStringLiteral("b")}},
            SubsonicAuth::Mode::Token, kJoe, {});
        QCOMPARE(item(url, "name"), QStringLiteral("Björk & Sigur Rós + friends = 100%"));
        QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("songIdToAdd")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void baseUrlWithPathPrefix_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("root") << QStringLiteral("https://host")
                              << QStringLiteral("https://host/rest/ping.view");
        QTest::newRow("root slash")
            << QStringLiteral("https://host/") << QStringLiteral("https://host/rest/ping.view");
        QTest::newRow("prefix slash") << QStringLiteral("https://host/music/")
                                      << QStringLiteral("https://host/music/rest/ping.view");
        QTest::newRow("prefix") << QStringLiteral("https://host/music")
                                << QStringLiteral("https://host/music/rest/ping.view");
        QTest::newRow("deep prefix")
            << QStringLiteral("http://nas:8080/apps/navidrome//")
            << QStringLiteral("http://nas:8080/apps/navidrome/rest/ping.view");
        QTest::newRow("pasted rest") << QStringLiteral("https://host/music/rest/")
                                     << QStringLiteral("https://host/music/rest/ping.view");
        QTest::newRow("query, fragment, user") << QStringLiteral("https://me:pw@host/m/?x=1#top")
                                               << QStringLiteral("https://host/m/rest/ping.view");
    }
    void baseUrlWithPathPrefix() {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        const QUrl url = SubsonicAuth::buildUrl(QUrl(base), QStringLiteral("ping"), {},
                                                SubsonicAuth::Mode::ApiKey, kKey, {});
        QCOMPARE(url.adjusted(QUrl::RemoveQuery).toString(), expected);
    }

    void protocolVersionAndFormat() {
        QCOMPARE(SubsonicAuth::protocolVersionFor({}), QStringLiteral("1.16.1"));
        QCOMPARE(SubsonicAuth::protocolVersionFor(serverAt("1.12.0")), QStringLiteral("1.12.0"));
        QCOMPARE(SubsonicAuth::protocolVersionFor(serverAt("1.16.1")), QStringLiteral("1.16.1"));
        QCOMPARE(SubsonicAuth::protocolVersionFor(serverAt("1.17.0")), QStringLiteral("1.16.1"));
        QCOMPARE(SubsonicAuth::protocolVersionFor(serverAt("garbage")), QStringLiteral("1.16.1"));
        QCOMPARE(SubsonicAuth::formatFor(serverAt("1.3.0")), SubsonicAuth::Format::Xml);
        QCOMPARE(SubsonicAuth::formatFor(serverAt("1.4.0")), SubsonicAuth::Format::Json);
        QCOMPARE(SubsonicAuth::formatFor({}), SubsonicAuth::Format::Json);
    }

    void readablePasswordPolicy_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https public") << QStringLiteral("https://music.example.com") << true;
        QTest::newRow("http public") << QStringLiteral("http://music.example.com") << false;
        QTest::newRow("http public ip") << QStringLiteral("http://8.8.8.8:4533") << false;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:4533") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:4533") << true;
        QTest::newRow("127.x") << QStringLiteral("http://127.8.9.10") << true;
        QTest::newRow("::1") << QStringLiteral("http://[::1]:4533") << true;
        QTest::newRow("10/8") << QStringLiteral("http://10.1.2.3") << true;
        QTest::newRow("172.16/12") << QStringLiteral("http://172.31.255.1") << true;
        QTest::newRow("172.32 is public") << QStringLiteral("http://172.32.0.1") << false;
        QTest::newRow("192.168/16") << QStringLiteral("http://192.168.1.10:4040") << true;
        QTest::newRow("link-local v4") << QStringLiteral("http://169.254.7.7") << true;
        QTest::newRow("link-local v6")
            << QStringLiteral("http://[fe80::1ff:fe23:4567:890a]") << true;
        QTest::newRow("unique local v6") << QStringLiteral("http://[fd12:3456:789a::1]") << true;
        QTest::newRow("mapped v4") << QStringLiteral("http://[::ffff:192.168.0.2]") << true;
        QTest::newRow("public v6") << QStringLiteral("http://[2001:db8::1]") << false;
        QTest::newRow(".local") << QStringLiteral("http://nas.local:4533") << true;
        QTest::newRow("lookalike") << QStringLiteral("http://192.168.1.10.evil.example") << false;
        QTest::newRow("local lookalike")
            << QStringLiteral("http://nas.local.evil.example") << false;
        QTest::newRow("short ipv4") << QStringLiteral("http://127.1") << true; // QUrl: 127.0.0.1
        QTest::newRow("single label") << QStringLiteral("http://nas") << false;
    }
    void readablePasswordPolicy() {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(SubsonicAuth::hexPasswordAllowed(QUrl(url), false), allowed);
        QVERIFY(SubsonicAuth::hexPasswordAllowed(QUrl(url), true)); // the user's explicit choice
    }

    void chooseMode() {
        const QUrl publicHttp(QStringLiteral("http://music.example.com"));
        const QUrl https(QStringLiteral("https://music.example.com"));
        const QUrl lan(QStringLiteral("http://192.168.1.2:4533"));
        using Mode = SubsonicAuth::Mode;

        auto c = SubsonicAuth::chooseMode({}, kJoe, std::nullopt, publicHttp, false);
        QCOMPARE(c.mode, std::optional(Mode::Token));

        // A server older than 1.13 has no tokens: readable password, but not over plain HTTP
        // to the internet unless the user allows it.
        c = SubsonicAuth::chooseMode(serverAt("1.12.0"), kJoe, std::nullopt, publicHttp, false);
        QVERIFY(!c.mode);
        QVERIFY(c.needsPermission);
        QVERIFY(c.message.contains(QLatin1String("not encrypted")));
        c = SubsonicAuth::chooseMode(serverAt("1.12.0"), kJoe, std::nullopt, publicHttp, true);
        QCOMPARE(c.mode, std::optional(Mode::HexPassword));
        c = SubsonicAuth::chooseMode(serverAt("1.12.0"), kJoe, std::nullopt, lan, false);
        QCOMPARE(c.mode, std::optional(Mode::HexPassword));

        // Tokens refused (41) or our version too new (30): fall back the same way.
        for (int code : {41, 30}) {
            c = SubsonicAuth::chooseMode({}, kJoe, code, https, false);
            QCOMPARE(c.mode, std::optional(Mode::HexPassword));
            c = SubsonicAuth::chooseMode({}, kJoe, code, publicHttp, false);
            QVERIFY(c.needsPermission);
        }

        // Wrong password: nothing else to try.
        c = SubsonicAuth::chooseMode({}, kJoe, 40, https, true);
        QVERIFY(!c.mode);
        QVERIFY(!c.needsPermission);
        QVERIFY(c.message.contains(QLatin1String("Subsonic error 40")));

        // API-key-only servers (42) need a key from the user.
        c = SubsonicAuth::chooseMode({}, kJoe, 42, https, true);
        QVERIFY(!c.mode);
        QVERIFY(c.message.contains(QLatin1String("API key")));

        // With an API key there is one mode only.
        ServerInfo withKeys;
        withKeys.extensions.append({QStringLiteral("apiKeyAuthentication"), {1}});
        QVERIFY(withKeys.supportsApiKey());
        c = SubsonicAuth::chooseMode(withKeys, kKey, std::nullopt, publicHttp, false);
        QCOMPARE(c.mode, std::optional(Mode::ApiKey));
        c = SubsonicAuth::chooseMode(withKeys, kKey, 44, publicHttp, false);
        QVERIFY(!c.mode);
        QVERIFY(c.message.contains(QLatin1String("rejected the API key")));
    }

    void shownUrlsCarryNoSecrets() {
        const QUrl base(QStringLiteral("https://host/music/"));
        const QList<QPair<SubsonicAuth::Mode, SubsonicCredentials>> cases{
            {SubsonicAuth::Mode::Token, kJoe},
            {SubsonicAuth::Mode::HexPassword, kJoe},
            {SubsonicAuth::Mode::ApiKey, kKey},
        };
        for (const auto &[mode, credentials] : cases) {
            const QUrl url = SubsonicAuth::buildUrl(
                base, QStringLiteral("stream"), {{QStringLiteral("id"), QStringLiteral("tr-1")}},
                mode, credentials, {});
            const QString shown = SubsonicAuth::redacted(url);
            for (const char *secret : {"t", "s", "p", "apiKey"}) {
                if (has(url, secret)) {
                    QVERIFY2(!shown.contains(
                                 QString::fromLatin1(QUrl::toPercentEncoding(item(url, secret)))),
                             qPrintable(shown));
                    QVERIFY(shown.contains(QLatin1String(secret) + QStringLiteral("=REDACTED")));
                }
            }
            QVERIFY(!shown.contains(QLatin1String("736573616d65")));
            QVERIFY(shown.contains(QLatin1String("id=tr-1")));
            QVERIFY(shown.startsWith(QLatin1String("https://host/music/rest/stream.view?")));
        }
        QVERIFY(
            SubsonicAuth::redacted(QUrl(QStringLiteral("https://joe:pw@host/rest/ping.view?u=joe")))
                .indexOf(QLatin1String(":pw@"))
            < 0);
    }
};

QTEST_GUILESS_MAIN(TestSubsonicAuth)
#include "tst_subsonicauth.moc"
