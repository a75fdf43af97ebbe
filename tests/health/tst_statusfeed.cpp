// The status feed over real HTTP on 127.0.0.1: the first read gives the report, an unchanged
// page costs a 304 and keeps it, a change is seen on the next read, and every way a status page
// can fail (too big, HTML, cut short, down) ends in one plain sentence while the last good
// report is kept — markup in the feed stays literal text throughout.
#include "core/health/statusfeed.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "tests/support/httpserver/faultserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace refrain;
using namespace refrain::test;

namespace {

constexpr int kWaitMs = 20'000; // generous: a loaded CI machine, never a timed assertion

QByteArray fixture(const char *name) {
    QFile file(QStringLiteral(REFRAIN_TEST_DATA "/statuspage/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

// The status page the test server serves; the test changes it while the server's thread reads
// it, hence the lock. It answers 304 when If-None-Match names the current ETag.
struct Document {
    QMutex mutex;
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray etag;
    QByteArray lastModified;
    int notModifiedSent = 0;

    void set(QByteArray newBody, QByteArray newEtag, QByteArray type = "application/json") {
        QMutexLocker lock(&mutex);
        body = std::move(newBody);
        etag = std::move(newEtag);
        contentType = std::move(type);
    }
    int notModified() {
        QMutexLocker lock(&mutex);
        return notModifiedSent;
    }

    HttpReply serve(const HttpRequest &request) {
        QMutexLocker lock(&mutex);
        HttpReply reply;
        if (!etag.isEmpty())
            reply.headers.append({QByteArray("ETag"), etag});
        if (!lastModified.isEmpty())
            reply.headers.append({QByteArray("Last-Modified"), lastModified});
        if (!etag.isEmpty() && request.header("if-none-match") == etag) {
            ++notModifiedSent;
            reply.status = 304;
            return reply;
        }
        reply.contentType = contentType;
        reply.body = body;
        return reply;
    }
};

QByteArray summaryWithIncident(const QString &name, const QString &body) {
    const QJsonObject update{
        {QStringLiteral("status"), QStringLiteral("investigating")},
        {QStringLiteral("body"), body},
        {QStringLiteral("created_at"), QStringLiteral("2026-08-07T02:00:00Z")}};
    const QJsonObject incident{{QStringLiteral("id"), QStringLiteral("i1")},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("status"), QStringLiteral("investigating")},
                               {QStringLiteral("impact"), QStringLiteral("critical")},
                               {QStringLiteral("incident_updates"), QJsonArray{update}}};
    const QJsonObject doc{
        {QStringLiteral("page"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Example")}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("indicator"), QStringLiteral("critical")},
                     {QStringLiteral("description"), QStringLiteral("<i>Major</i> outage")}}},
        {QStringLiteral("components"), QJsonArray{}},
        {QStringLiteral("incidents"), QJsonArray{incident}},
    };
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

const QByteArray kGithubEtag = "\"gh-1\"";
const QByteArray kLastModified = "Fri, 25 Nov 2022 15:50:05 GMT";

} // namespace

class TestStatusFeed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_document = std::make_shared<Document>();
        m_document->set(fixture("github-summary-2022-11-25.json"), kGithubEtag);
        m_document->lastModified = kLastModified;
        m_server = std::make_unique<FaultServer>();
        m_server->setHandler([document = m_document](const HttpRequest &request) {
            return document->serve(request);
        });
        m_clock = std::make_unique<SystemClock>();
        RequestLayer::Policy policy;
        policy.retryBaseMs = 10; // a refused connection is tried twice: quickly here
        policy.retryCapMs = 40;
        policy.seed = 4242;
        m_layer = std::make_unique<RequestLayer>(m_clock.get(), policy);
    }
    void cleanup() {
        // The server first: a client torn down while a peer still streams an endless body can
        // wait seconds for its network thread (QNetworkAccessManager gives it up to 5 s).
        m_server.reset();
        m_layer.reset();
        m_clock.reset();
    }

    void firstReadGivesTheReport() {
        StatusFeed feed(m_layer.get(), summaryUrl());
        QVERIFY(!feed.lastReport());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const StatusFeed::Reading r = readOnce(feed);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.notModified);
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.report);
        QCOMPARE(r.report->pageName, QStringLiteral("GitHub"));
        QCOMPARE(r.report->level, HealthLevel::Degraded);
        QCOMPARE(r.report->incidents.first().name,
                 QStringLiteral("Incident with Packages and Pages"));
        QCOMPARE(feed.lastReport(), r.report);
        QVERIFY(!feed.busy());
        QVERIFY(r.at.isValid());
        QCOMPARE(r.at.timeSpec(), Qt::UTC);
        QVERIFY(r.at >= before.addSecs(-1) && r.at <= QDateTime::currentDateTimeUtc().addSecs(1));

        QCOMPARE(m_server->requestCount(), 1);
        const HttpRequest sent = m_server->requests().constFirst();
        QCOMPARE(sent.path, QByteArray("/api/v2/summary.json"));
        QVERIFY(sent.header("if-none-match").isEmpty()); // nothing read yet: nothing to validate
        QVERIFY(sent.header("if-modified-since").isEmpty());
    }

    void unchangedPageIsA304AndKeepsTheReport() {
        StatusFeed feed(m_layer.get(), summaryUrl());
        const StatusFeed::Reading first = readOnce(feed);
        QVERIFY2(first.ok, qPrintable(first.error));

        const StatusFeed::Reading second = readOnce(feed);
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(second.notModified);
        QCOMPARE(second.report, first.report);
        QCOMPARE(m_document->notModified(), 1);
        QCOMPARE(m_server->requestCount(), 2);
        const HttpRequest sent = m_server->requests().at(1);
        QCOMPARE(sent.header("if-none-match"), kGithubEtag);
        QCOMPARE(sent.header("if-modified-since"), kLastModified);
    }

    void changedPageIsSeenOnTheNextRead() {
        StatusFeed feed(m_layer.get(), summaryUrl());
        QVERIFY(readOnce(feed).ok);

        m_document->set(fixture("cloudflare-summary-trimmed.json"), "\"cf-1\"");
        const StatusFeed::Reading changed = readOnce(feed);
        QVERIFY2(changed.ok, qPrintable(changed.error));
        QVERIFY(!changed.notModified);
        QCOMPARE(changed.report->pageName, QStringLiteral("Cloudflare"));
        QCOMPARE(changed.report->maintenances.size(), 3);

        const StatusFeed::Reading again = readOnce(feed);
        QVERIFY(again.ok && again.notModified);
        QCOMPARE(again.report->pageName, QStringLiteral("Cloudflare"));
        QCOMPARE(m_server->requests().last().header("if-none-match"), QByteArray("\"cf-1\""));
    }

    void giantPageIsCappedWithAClearError_data() {
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("20 MB announced") << qint64(20 * 1000 * 1000);
        QTest::newRow("endless, no length") << qint64(-1);
    }
    void giantPageIsCappedWithAClearError() {
        QFETCH(qint64, bytes);
        StatusFeed feed(m_layer.get(), summaryUrl());
        const StatusFeed::Reading good = readOnce(feed);
        QVERIFY(good.ok);

        m_server->setMode(FaultMode::giant(bytes));
        const StatusFeed::Reading r = readOnce(feed);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("The status page at %1 sent more than 2 MiB; ignored.")
                              .arg(hostLabel(summaryUrl())));
        QCOMPARE(r.report, good.report); // the last good word still stands
        QCOMPARE(feed.lastReport(), good.report);
    }

    void htmlPageWithStatus200IsNoReport() {
        StatusFeed feed(m_layer.get(), summaryUrl());
        const StatusFeed::Reading good = readOnce(feed);
        QVERIFY(good.ok);

        m_document->set("<!DOCTYPE html>\n<html><head><title>Status</title></head>"
                        "<body>We'll be right back</body></html>",
                        "\"html\"", "text/html");
        const StatusFeed::Reading r = readOnce(feed);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, hostLabel(summaryUrl())
                              + QStringLiteral(": The status page sent an HTML page, not a "
                                               "status document."));
        QCOMPARE(r.report, good.report);

        // The page it could not read is never validated: the next read asks for the document
        // it last understood, so a repaired page comes through at once.
        m_document->set(fixture("cloudflare-summary-trimmed.json"), "\"cf-1\"");
        const StatusFeed::Reading repaired = readOnce(feed);
        QCOMPARE(m_server->requests().last().header("if-none-match"), kGithubEtag);
        QVERIFY2(repaired.ok, qPrintable(repaired.error));
        QCOMPARE(repaired.report->pageName, QStringLiteral("Cloudflare"));
    }

    void truncatedDocumentIsNoReport() {
        const QByteArray github = fixture("github-summary-2022-11-25.json");
        m_document->set(github.left(github.size() / 2), "\"half\"");
        StatusFeed feed(m_layer.get(), summaryUrl());
        const StatusFeed::Reading r = readOnce(feed);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("The status document is cut short or malformed")),
                 qPrintable(r.error));
        QVERIFY(!r.report);
        QVERIFY(!feed.lastReport());

        // Nothing was understood, so nothing is validated: a plain GET again.
        m_document->set(github, kGithubEtag);
        const StatusFeed::Reading whole = readOnce(feed);
        QVERIFY(m_server->requests().last().header("if-none-match").isEmpty());
        QVERIFY2(whole.ok, qPrintable(whole.error));
        QCOMPARE(whole.report->pageName, QStringLiteral("GitHub"));
    }

    void connectionCutMidBodyKeepsTheLastReport() {
        StatusFeed feed(m_layer.get(), summaryUrl());
        const StatusFeed::Reading good = readOnce(feed);
        QVERIFY(good.ok);
        m_document->set(fixture("cloudflare-summary-trimmed.json"), "\"cf-1\"");
        m_server->setMode(FaultMode::resetMidBody());
        const StatusFeed::Reading r = readOnce(feed);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("was cut before the answer was complete")),
                 qPrintable(r.error));
        QCOMPARE(r.report->pageName, QStringLiteral("GitHub"));
    }

    void serverDownKeepsTheLastGoodReport() {
        StatusFeed feed(m_layer.get(), summaryUrl());
        const StatusFeed::Reading good = readOnce(feed);
        QVERIFY(good.ok);

        m_server->setMode(FaultMode::refused());
        const StatusFeed::Reading down = readOnce(feed);
        QVERIFY(!down.ok);
        QVERIFY(!down.notModified);
        QVERIFY2(down.error.contains(QStringLiteral("refused the connection")),
                 qPrintable(down.error));
        QVERIFY(down.error.contains(hostLabel(summaryUrl())));
        QCOMPARE(down.report, good.report);
        QCOMPARE(feed.lastReport(), good.report);
        QVERIFY(down.at >= good.at);

        m_server->setMode(FaultMode::normal());
        m_layer->retryNow(); // as the monitor does when the user presses Retry
        const StatusFeed::Reading back = readOnce(feed);
        QVERIFY2(back.ok, qPrintable(back.error));
        QVERIFY(back.notModified);
        QCOMPARE(back.report, good.report);
    }

    void markupInTheFeedStaysLiteral() {
        m_document->set(summaryWithIncident(QStringLiteral("<b>Outage</b>"),
                                            QStringLiteral("<script>alert(1)</script> &amp; co")),
                        "\"markup\"");
        StatusFeed feed(m_layer.get(), summaryUrl());
        const StatusFeed::Reading r = readOnce(feed);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report->level, HealthLevel::MajorOutage);
        QCOMPARE(r.report->description, QStringLiteral("<i>Major</i> outage"));
        QCOMPARE(r.report->incidents.first().name, QStringLiteral("<b>Outage</b>"));
        QCOMPARE(r.report->incidents.first().updates.first().body,
                 QStringLiteral("<script>alert(1)</script> &amp; co"));
    }

    void secondFetchWhileBusyIsIgnored() {
        StatusFeed feed(m_layer.get(), summaryUrl());
        QSignalSpy spy(&feed, &StatusFeed::read);
        feed.fetch();
        QVERIFY(feed.busy());
        feed.fetch(); // ignored: one read is running
        QVERIFY(spy.wait(kWaitMs));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!feed.busy());

        // A later fetch is the second read and the second request: the ignored one never went.
        feed.fetch();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, kWaitMs);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void destroyedWhileBusyStopsItsRequest() {
        m_server->setMode(FaultMode::blackHole());
        auto feed = std::make_unique<StatusFeed>(m_layer.get(), summaryUrl());
        QSignalSpy spy(feed.get(), &StatusFeed::read);
        feed->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWaitMs);
        QCOMPARE(m_layer->runningCount(), 1);
        feed.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_layer->runningCount(), 0, kWaitMs);

        // The layer is none the worse: another feed reads normally.
        m_server->setMode(FaultMode::normal());
        StatusFeed next(m_layer.get(), summaryUrl());
        QVERIFY(readOnce(next).ok);
    }

    void layerGoneWhileBusyStillEndsTheRead() {
        m_server->setMode(FaultMode::blackHole());
        StatusFeed feed(m_layer.get(), summaryUrl());
        QSignalSpy spy(&feed, &StatusFeed::read);
        feed.fetch();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, kWaitMs);
        m_layer.reset();
        QVERIFY(!feed.busy());
        QVERIFY(spy.wait(kWaitMs));
        QCOMPARE(spy.count(), 1);
        const auto r = spy.takeFirst().at(0).value<StatusFeed::Reading>();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("was not read")), qPrintable(r.error));

        feed.fetch(); // no layer: still exactly one read, saying so
        QVERIFY(spy.wait(kWaitMs));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!spy.takeFirst().at(0).value<StatusFeed::Reading>().ok);
    }

    void onlyWebAddressesAreRead_data() {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("empty") << QUrl();
        QTest::newRow("file") << QUrl::fromLocalFile(
            QStringLiteral(REFRAIN_TEST_DATA "/statuspage/"
                                             "github-summary-2022-11-25.json"));
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/summary.json"));
    }
    void onlyWebAddressesAreRead() {
        QFETCH(QUrl, url);
        StatusFeed feed(m_layer.get(), url);
        const StatusFeed::Reading r = readOnce(feed);
        QVERIFY(!r.ok);
        QVERIFY(!r.report);
        QCOMPARE(r.error, QStringLiteral("The status page address is not a web address (http or "
                                         "https), so it was not read."));
        QCOMPARE(m_layer->attemptsSent(Component::Status), 0);
    }

    void secretsInTheUrlNeverShow() {
        const QUrl url = m_server->url(QStringLiteral("/api/v2/summary.json"),
                                       {{QStringLiteral("apiKey"), QStringLiteral("s3cr3t-key")},
                                        {QStringLiteral("t"), QStringLiteral("t0ken")}});
        StatusFeed feed(m_layer.get(), url);
        m_document->set("<html>oops</html>", "\"x\"", "text/html");
        const StatusFeed::Reading html = readOnce(feed);
        m_server->setMode(FaultMode::refused());
        const StatusFeed::Reading down = readOnce(feed);
        for (const StatusFeed::Reading &r : {html, down}) {
            QVERIFY(!r.ok);
            QVERIFY(!r.error.isEmpty());
            QVERIFY2(!r.error.contains(QStringLiteral("s3cr3t"))
                         && !r.error.contains(QStringLiteral("t0ken")),
                     qPrintable(r.error));
        }
    }

private:
    QUrl summaryUrl() const { return m_server->url(QStringLiteral("/api/v2/summary.json")); }

    // Starts one read and returns it; an empty failed reading if none came.
    static StatusFeed::Reading readOnce(StatusFeed &feed) {
        QSignalSpy spy(&feed, &StatusFeed::read);
        feed.fetch();
        if (!spy.wait(kWaitMs)) {
            StatusFeed::Reading none;
            none.error = QStringLiteral("(test) no reading arrived");
            return none;
        }
        return spy.takeFirst().at(0).value<StatusFeed::Reading>();
    }

    std::shared_ptr<Document> m_document;
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<RequestLayer> m_layer;
};

QTEST_GUILESS_MAIN(TestStatusFeed)
#include "tst_statusfeed.moc"
