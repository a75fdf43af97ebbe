// refrainctl health as a script runs it: one look at every signal, the HealthState as JSON, and
// an exit status that says the level — against a real status page (GitHub's, captured during an
// incident), broken ones, and a loopback Subsonic server that is up or refusing.
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

const QString kPassword = QStringLiteral("s3cret-health-pw");

QByteArray fixture(const QString &name) {
    QFile file(QStringLiteral(REFRAIN_TEST_DATA "/statuspage/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

HttpHandler serve(const QByteArray &body, const QByteArray &type = "application/json") {
    return [body, type](const HttpRequest &) {
        HttpReply reply;
        reply.contentType = type;
        reply.body = body;
        return reply;
    };
}

} // namespace

class TestCtlHealth : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_profile;

    CommandRun ctl(const QStringList &args, const QByteArray &input = {}) {
        return CommandRun::run(QStringLiteral(REFRAINCTL_PATH),
                               QStringList{QStringLiteral("--profile"), m_profile} + args, input);
    }
    CommandRun health(const QStringList &extra = {}) {
        return ctl(QStringList{QStringLiteral("health"), QStringLiteral("--json")} + extra);
    }
    static QJsonObject json(const CommandRun &run) {
        return QJsonDocument::fromJson(run.out).object();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/refrain-test-bus");
    }

    void init() {
        static int n = 0;
        m_profile = m_dir.filePath(QStringLiteral("profile-%1").arg(++n));
    }

    void withoutServersEverythingIsLocal() {
        const CommandRun run = health();
        QVERIFY2(run.exitCode == 0, qPrintable(describeRun(run)));
        QCOMPARE(json(run).value(QStringLiteral("level")).toString(),
                 QStringLiteral("operational"));
        QCOMPARE(json(run).value(QStringLiteral("basis")).toString(),
                 QStringLiteral("configuration"));
        QCOMPARE(json(run).value(QStringLiteral("server_configured")).toBool(), false);
    }

    void statusPageAloneGivesItsLevel() {
        const QByteArray github = fixture(QStringLiteral("github-summary-2022-11-25.json"));
        QVERIFY(!github.isEmpty());
        FaultServer feed;
        feed.setHandler(serve(github));
        const CommandRun run =
            health({QStringLiteral("--status-url"),
                    feed.url(QStringLiteral("/api/v2/summary.json")).toString()});
        QVERIFY2(run.exitCode == 1, qPrintable(describeRun(run)));
        const QJsonObject state = json(run);
        QCOMPARE(state.value(QStringLiteral("level")).toString(), QStringLiteral("degraded"));
        QCOMPARE(state.value(QStringLiteral("basis")).toString(), QStringLiteral("status_page"));
        QCOMPARE(state.value(QStringLiteral("service_name")).toString(), QStringLiteral("GitHub"));
        QVERIFY2(state.value(QStringLiteral("headline"))
                     .toString()
                     .startsWith(QStringLiteral("GitHub reports: ")),
                 qPrintable(state.value(QStringLiteral("headline")).toString()));
        QVERIFY(!state.value(QStringLiteral("incidents")).toArray().isEmpty());
        QVERIFY(!state.value(QStringLiteral("components")).toArray().isEmpty());
        QCOMPARE(state.value(QStringLiteral("signals"))
                     .toObject()
                     .value(QStringLiteral("status_page"))
                     .toString(),
                 QStringLiteral("degraded"));
    }

    void aPageUrlIsTurnedIntoItsSummary() {
        FaultServer feed;
        feed.setHandler(serve(fixture(QStringLiteral("cloudflare-summary-trimmed.json"))));
        const CommandRun run = health({QStringLiteral("--status-url"), feed.baseUrl().toString()});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(describeRun(run)));
        QCOMPARE(feed.requests().size(), 1);
        QCOMPARE(feed.requests().first().path, QByteArray("/api/v2/summary.json"));
    }

    void unreadableStatusPageIsUnknown_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("html") << QByteArray("<!doctype html><html><body>Sign in</body></html>")
                              << QByteArray("text/html");
        QTest::newRow("truncated") << QByteArray("{\"page\":{\"name\":\"X\"},\"status\":{\"ind")
                                   << QByteArray("application/json");
    }

    void unreadableStatusPageIsUnknown() {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        FaultServer feed;
        feed.setHandler(serve(body, type));
        const CommandRun run =
            health({QStringLiteral("--status-url"),
                    feed.url(QStringLiteral("/api/v2/summary.json")).toString()});
        QVERIFY2(run.exitCode == 2, qPrintable(describeRun(run)));
        const QJsonObject state = json(run);
        QCOMPARE(state.value(QStringLiteral("level")).toString(), QStringLiteral("unknown"));
        QVERIFY(!state.value(QStringLiteral("status_page_problem")).toString().isEmpty());
    }

    void statusPageThatDoesNotAnswerIsUnknown() {
        FaultServer feed;
        feed.setMode(FaultMode::refused());
        const CommandRun run =
            health({QStringLiteral("--status-url"),
                    feed.url(QStringLiteral("/api/v2/summary.json")).toString()});
        QVERIFY2(run.exitCode == 2, qPrintable(describeRun(run)));
        QCOMPARE(json(run).value(QStringLiteral("level")).toString(), QStringLiteral("unknown"));
    }

    void serverUpThenRefusing() {
        SubsonicContent content;
        content.setUser(QStringLiteral("alice"), kPassword);
        FaultServer server;
        server.setHandler(content.handler());
        FaultServer feed;
        feed.setHandler(serve(fixture(QStringLiteral("cloudflare-summary-trimmed.json"))));
        const CommandRun added = ctl(
            {QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Home"), QStringLiteral("--url"), server.baseUrl().toString(),
             QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-stdin"),
             QStringLiteral("--status-url"), feed.baseUrl().toString(), QStringLiteral("--json")},
            kPassword.toUtf8() + "\n");
        QVERIFY2(added.exitCode == 0, qPrintable(describeRun(added)));
        QCOMPARE(json(added).value(QStringLiteral("status_url")).toString(),
                 feed.baseUrl().toString());

        CommandRun run = health();
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(describeRun(run)));
        QJsonObject state = json(run);
        QCOMPARE(state.value(QStringLiteral("server_name")).toString(), QStringLiteral("Home"));
        QCOMPARE(state.value(QStringLiteral("service_name")).toString(),
                 QStringLiteral("Cloudflare"));
        QCOMPARE(state.value(QStringLiteral("signals"))
                     .toObject()
                     .value(QStringLiteral("server"))
                     .toString(),
                 QStringLiteral("operational"));
        QCOMPARE(feed.requestCount(), 1); // the server's own status page was read

        server.setMode(FaultMode::refused());
        run = health();
        QVERIFY2(run.exitCode == 1, qPrintable(describeRun(run)));
        state = json(run);
        QCOMPARE(state.value(QStringLiteral("level")).toString(), QStringLiteral("major_outage"));
        QCOMPARE(state.value(QStringLiteral("headline")).toString(),
                 QStringLiteral("Can't reach Home (your network is fine)"));
        // Never a credential in what is printed.
        QVERIFY(!run.out.contains(kPassword.toUtf8()) && !run.out.contains("&t=")
                && !run.out.contains("&p="));

        // The status page can be changed (and dropped) after adding.
        server.setMode(FaultMode::normal());
        FaultServer other;
        other.setHandler(serve(fixture(QStringLiteral("github-summary-2022-11-25.json"))));
        CommandRun changed =
            ctl({QStringLiteral("server"), QStringLiteral("status-url"), QStringLiteral("Home"),
                 other.baseUrl().toString(), QStringLiteral("--json")});
        QVERIFY2(changed.exitCode == 0, qPrintable(describeRun(changed)));
        QCOMPARE(json(changed).value(QStringLiteral("status_url")).toString(),
                 other.baseUrl().toString());
        run = health();
        QCOMPARE(json(run).value(QStringLiteral("service_name")).toString(),
                 QStringLiteral("GitHub"));
        changed = ctl({QStringLiteral("server"), QStringLiteral("status-url"),
                       QStringLiteral("Home"), QString()});
        QVERIFY2(changed.exitCode == 0, qPrintable(describeRun(changed)));
        run = health();
        QVERIFY2(run.exitCode == 0, qPrintable(describeRun(run)));
        QCOMPARE(json(run).value(QStringLiteral("service_name")).toString(),
                 QStringLiteral("Home"));
        changed = ctl({QStringLiteral("server"), QStringLiteral("status-url"),
                       QStringLiteral("Home"), QStringLiteral("not a url at all")});
        QCOMPARE(changed.exitCode, 2);
        server.setMode(FaultMode::refused());

        // The plain text form for people.
        run = ctl({QStringLiteral("health")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith("Major outage: Can't reach Home"), run.out.constData());
    }

    void argumentsAreChecked() {
        const CommandRun run = ctl({QStringLiteral("health"), QStringLiteral("extra")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("health"));
    }
};

QTEST_GUILESS_MAIN(TestCtlHealth)
#include "tst_ctlhealth.moc"
