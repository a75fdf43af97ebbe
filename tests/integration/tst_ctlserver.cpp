// refrainctl server: add, test, sync and search against a real loopback Subsonic server, as a
// script would run them — including the ways a server goes wrong.
#include "tests/support/commandrun.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain::test;

namespace {

const QString kPassword = QStringLiteral("s3cret pässword&+");

QJsonObject jsonObject(const CommandRun &run) {
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestCtlServer : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_profile;

    CommandRun ctl(const QStringList &args, const QByteArray &input = {}) {
        return CommandRun::run(QStringLiteral(REFRAINCTL_PATH),
                               QStringList{QStringLiteral("--profile"), m_profile} + args, input);
    }

    CommandRun add(const QString &name, const QStringList &urls, const QString &password) {
        QStringList args{QStringLiteral("server"),
                         QStringLiteral("add"),
                         QStringLiteral("--json"),
                         QStringLiteral("--name"),
                         name,
                         QStringLiteral("--user"),
                         QStringLiteral("alice"),
                         QStringLiteral("--password-stdin")};
        for (const QString &url : urls)
            args << QStringLiteral("--url") << url;
        return ctl(args, password.toUtf8() + "\n");
    }

    static void fillCatalog(SubsonicContent &content) {
        content.setUser(QStringLiteral("alice"), kPassword);
        SongSpec spec;
        spec.artist = QStringLiteral("Beyoncé");
        spec.album = QStringLiteral("Lemonade");
        spec.year = 2016;
        for (const QString &title : {QStringLiteral("Formation"), QStringLiteral("Sorry")}) {
            spec.title = title;
            ++spec.track;
            content.catalog().addSong(spec);
        }
        spec = SongSpec();
        spec.artist = QStringLiteral("Kino");
        spec.album = QStringLiteral("Gruppa krovi");
        spec.title = QStringLiteral("Gruppa krovi");
        const QString starred = content.catalog().addSong(spec);
        content.catalog().setStarred(starred, QDateTime::currentDateTimeUtc());
        spec.title = QStringLiteral("Zakrytaya dver");
        const QString other = content.catalog().addSong(spec);
        content.catalog().addPlaylist(QStringLiteral("Road trip"), {starred, other});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // No keychain daemon can answer here: secrets go to the owner-only file.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/refrain-test-bus");
    }

    void init() {
        static int n = 0;
        m_profile = m_dir.filePath(QStringLiteral("profile-%1").arg(++n));
    }

    void addTestSyncSearch() {
        SubsonicContent content;
        fillCatalog(content);
        FaultServer server;
        server.setHandler(content.handler());
        QVERIFY(server.isListening());

        const CommandRun added =
            add(QStringLiteral("Home"), {server.baseUrl().toString()}, kPassword);
        QVERIFY2(added.exitCode == 0, qPrintable(describeRun(added)));
        const QString id = jsonObject(added).value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(jsonObject(added).value(QStringLiteral("secret_storage")).toString(),
                 QStringLiteral("file"));

        const CommandRun tested = ctl({QStringLiteral("server"), QStringLiteral("test"),
                                       QStringLiteral("Home"), QStringLiteral("--json")});
        QVERIFY2(tested.exitCode == 0, qPrintable(describeRun(tested)));
        const QJsonObject test = jsonObject(tested);
        QCOMPARE(test.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(test.value(QStringLiteral("api_version")).toString(), QStringLiteral("1.16.1"));
        QCOMPARE(test.value(QStringLiteral("server_type")).toString(),
                 QStringLiteral("refrain-test"));

        const CommandRun synced =
            ctl({QStringLiteral("server"), QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, qPrintable(describeRun(synced)));
        QJsonObject sync = jsonObject(synced);
        QCOMPARE(sync.value(QStringLiteral("songs_added")).toInt(), 4);
        QCOMPARE(sync.value(QStringLiteral("songs_total")).toInt(), 4);
        QCOMPARE(sync.value(QStringLiteral("albums_listed")).toInt(), 2);
        QCOMPARE(sync.value(QStringLiteral("playlists")).toInt(), 1);
        QCOMPARE(sync.value(QStringLiteral("starred_songs")).toInt(), 1);

        // Remote songs are found like local ones, accents folded, with their origin named.
        const CommandRun found =
            ctl({QStringLiteral("search"), QStringLiteral("beyonce"), QStringLiteral("--json")});
        QVERIFY2(found.exitCode == 0, qPrintable(describeRun(found)));
        const QJsonArray hits = QJsonDocument::fromJson(found.out).array();
        QCOMPARE(hits.size(), 2);
        for (const QJsonValue &hit : hits) {
            QCOMPARE(hit[QStringLiteral("source")].toString(), QStringLiteral("Home"));
            QVERIFY(hit[QStringLiteral("location")].toString().startsWith(
                QStringLiteral("subsonic://%1/").arg(id)));
        }

        // A second sync fetches nothing it already has.
        const int albumRequests = content.requestCount(QStringLiteral("getAlbum"));
        sync = jsonObject(
            ctl({QStringLiteral("server"), QStringLiteral("sync"), QStringLiteral("--json")}));
        QCOMPARE(sync.value(QStringLiteral("albums_fetched")).toInt(), 0);
        QCOMPARE(sync.value(QStringLiteral("songs_added")).toInt(), 0);
        QCOMPARE(content.requestCount(QStringLiteral("getAlbum")), albumRequests);

        // A song added on the server arrives with the next sync, and only its album is fetched.
        SongSpec spec;
        spec.artist = QStringLiteral("Beyoncé");
        spec.album = QStringLiteral("Lemonade");
        spec.title = QStringLiteral("Hold Up");
        spec.track = 3;
        content.catalog().addSong(spec);
        sync = jsonObject(
            ctl({QStringLiteral("server"), QStringLiteral("sync"), QStringLiteral("--json")}));
        QCOMPARE(sync.value(QStringLiteral("albums_fetched")).toInt(), 1);
        QCOMPARE(sync.value(QStringLiteral("songs_added")).toInt(), 1);
        QCOMPARE(sync.value(QStringLiteral("songs_total")).toInt(), 5);

        // Token auth was used: the password itself never crossed the wire, nor reached the
        // database.
        for (const HttpRequest &request : server.requests()) {
            QVERIFY(request.query.hasQueryItem(QStringLiteral("t")));
            QVERIFY(!request.query.hasQueryItem(QStringLiteral("p")));
        }
        QFile db(m_profile + QStringLiteral("/library.db"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(kPassword.toUtf8()));
        QVERIFY(!added.out.contains(kPassword.toUtf8()));
    }

    void wrongPasswordIsNamed() {
        SubsonicContent content;
        fillCatalog(content);
        FaultServer server;
        server.setHandler(content.handler());
        QCOMPARE(add(QStringLiteral("S"), {server.baseUrl().toString()}, QStringLiteral("nope"))
                     .exitCode,
                 0);
        const CommandRun tested =
            ctl({QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("--json")});
        QCOMPARE(tested.exitCode, 1);
        const QJsonObject test = jsonObject(tested);
        QCOMPARE(test.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("wrong_credentials"));
        QCOMPARE(test.value(QStringLiteral("subsonic_error")).toInt(), 40);
        QVERIFY(!tested.out.contains("nope"));
        // A sync stops with the same reason and mirrors nothing.
        const CommandRun synced =
            ctl({QStringLiteral("server"), QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(synced.exitCode, 1);
        QCOMPARE(jsonObject(synced).value(QStringLiteral("songs_total")).toInt(), 0);
    }

    void serverRefusingTokensGetsTheHexPassword() {
        // Like Supysonic and LDAP-backed servers: error 41 for t/s. On loopback the hex password
        // is allowed; the refusal is remembered, so the next run does not ask twice.
        SubsonicContent content;
        fillCatalog(content);
        content.options().refuseTokens = true;
        FaultServer server;
        server.setHandler(content.handler());
        QCOMPARE(add(QStringLiteral("Old"), {server.baseUrl().toString()}, kPassword).exitCode, 0);
        const CommandRun tested =
            ctl({QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("--json")});
        QVERIFY2(tested.exitCode == 0, qPrintable(describeRun(tested)));
        const QList<HttpRequest> first = server.requests();
        QVERIFY(first.first().query.hasQueryItem(QStringLiteral("t")));
        QVERIFY(first.last()
                    .query.queryItemValue(QStringLiteral("p"), QUrl::FullyDecoded)
                    .startsWith(QStringLiteral("enc:")));
        const CommandRun listed =
            ctl({QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out)
                     .array()
                     .first()[QStringLiteral("token_auth")]
                     .toBool(true),
                 false);
        server.resetCounters();
        const CommandRun synced =
            ctl({QStringLiteral("server"), QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, qPrintable(describeRun(synced)));
        for (const HttpRequest &request : server.requests())
            QVERIFY(!request.query.hasQueryItem(QStringLiteral("t")));
    }

    void apiKeySignIn() {
        SubsonicContent content;
        fillCatalog(content);
        content.addApiKey(QStringLiteral("key-123"));
        FaultServer server;
        server.setHandler(content.handler());
        const auto addWithKey = [&](const QString &name, const QByteArray &key) {
            return ctl({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("--name"),
                        name, QStringLiteral("--url"), server.baseUrl().toString(),
                        QStringLiteral("--api-key-stdin")},
                       key + "\n");
        };
        QCOMPARE(addWithKey(QStringLiteral("Keyed"), "key-123").exitCode, 0);
        CommandRun tested = ctl({QStringLiteral("server"), QStringLiteral("test"),
                                 QStringLiteral("Keyed"), QStringLiteral("--json")});
        QVERIFY2(tested.exitCode == 0, qPrintable(describeRun(tested)));
        for (const HttpRequest &request : server.requests()) {
            QCOMPARE(request.query.queryItemValue(QStringLiteral("apiKey")),
                     QStringLiteral("key-123"));
            QVERIFY(!request.query.hasQueryItem(QStringLiteral("u")));
        }
        QCOMPARE(addWithKey(QStringLiteral("Revoked"), "key-old").exitCode, 0);
        tested = ctl({QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("Revoked"),
                      QStringLiteral("--json")});
        QCOMPARE(tested.exitCode, 1);
        QCOMPARE(jsonObject(tested).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("api_key_invalid"));
        QCOMPARE(jsonObject(tested).value(QStringLiteral("subsonic_error")).toInt(), 44);
        QVERIFY(!tested.out.contains("key-old"));
    }

    void notASubsonicServer() {
        SubsonicContent content;
        content.options().htmlLoginPage = true; // a captive portal or a sign-in proxy
        FaultServer server;
        server.setHandler(content.handler());
        QCOMPARE(add(QStringLiteral("Portal"), {server.baseUrl().toString()}, kPassword).exitCode,
                 0);
        const CommandRun tested =
            ctl({QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("--json")});
        QCOMPARE(tested.exitCode, 1);
        QCOMPARE(jsonObject(tested).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("not_subsonic"));
    }

    void unreachableAddressesAndFailover() {
        SubsonicContent content;
        fillCatalog(content);
        FaultServer down;
        down.setMode(FaultMode::refused());
        FaultServer up;
        up.setHandler(content.handler());
        QCOMPARE(add(QStringLiteral("Two"), {down.baseUrl().toString(), up.baseUrl().toString()},
                     kPassword)
                     .exitCode,
                 0);
        // The first address refuses: the second answers, and is the one reported.
        CommandRun tested =
            ctl({QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("--json")});
        QVERIFY2(tested.exitCode == 0, qPrintable(describeRun(tested)));
        QCOMPARE(jsonObject(tested).value(QStringLiteral("address")).toString(),
                 up.baseUrl().toString());
        // Next time the address that answered is asked first, even once the other is back.
        SubsonicContent other;
        fillCatalog(other);
        down.setHandler(other.handler());
        down.setMode(FaultMode::normal());
        tested = ctl({QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("--json")});
        QCOMPARE(tested.exitCode, 0);
        QCOMPARE(down.requestCount(), 0);
        down.setMode(FaultMode::refused());

        up.setMode(FaultMode::refused());
        tested = ctl({QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("--json")});
        QCOMPARE(tested.exitCode, 1);
        QCOMPARE(jsonObject(tested).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("refused"));

        up.setMode(FaultMode::blackHole());
        down.setMode(FaultMode::blackHole());
        tested = ctl({QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("--json")});
        QCOMPARE(tested.exitCode, 1);
        QCOMPARE(jsonObject(tested).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("timeout"));
    }

    void malformedReplyLeavesTheMirrorAsItWas() {
        SubsonicContent content;
        fillCatalog(content);
        FaultServer server;
        server.setHandler(content.handler());
        QCOMPARE(add(QStringLiteral("S"), {server.baseUrl().toString()}, kPassword).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("server"), QStringLiteral("sync")}).exitCode, 0);

        HttpReply broken;
        broken.body = R"({"subsonic-response": {"status": "ok", "albumList2": {"album": [)";
        content.overrideEndpoint(QStringLiteral("getAlbumList2"), broken);
        const CommandRun synced =
            ctl({QStringLiteral("server"), QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(synced.exitCode, 1);
        const QJsonObject sync = jsonObject(synced);
        QVERIFY(
            sync.value(QStringLiteral("error")).toString().contains(QStringLiteral("alformed")));
        QCOMPARE(sync.value(QStringLiteral("songs_total")).toInt(), 4);
        QCOMPARE(sync.value(QStringLiteral("songs_removed")).toInt(), 0);
        QVERIFY(synced.err.contains("what was mirrored before stays"));
        const CommandRun found =
            ctl({QStringLiteral("search"), QStringLiteral("formation"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(found.out).array().size(), 1);
    }

    void usageErrors() {
        QCOMPARE(ctl({QStringLiteral("server"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("server"), QStringLiteral("test")}).exitCode, 2); // none yet
        // Credentials in the address are refused and never echoed.
        const CommandRun bad =
            add(QStringLiteral("X"), {QStringLiteral("http://bob:hunter2@host")}, kPassword);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(!bad.err.contains("hunter2"));
        QCOMPARE(ctl({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Y"), QStringLiteral("--url"), QStringLiteral("http://h"),
                      QStringLiteral("--user"), QStringLiteral("u")})
                     .exitCode,
                 2); // neither --password-stdin nor --api-key-stdin
    }
};

QTEST_GUILESS_MAIN(TestCtlServer)
#include "tst_ctlserver.moc"
