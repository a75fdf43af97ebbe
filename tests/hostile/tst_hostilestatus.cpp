// A hostile status page, read by the production StatusFeed over loopback HTTP: 100,000
// components, pages that never end or inflate from a gzip bomb, a loop of redirects, invalid
// UTF-8, absurd numbers and timestamps. Each read ends with a report or one plain sentence; the
// last good report keeps standing, and the bytes taken stay bounded.
#include "core/health/statusfeed.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "tests/support/httpserver/faultserver.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(refrain::test::FaultMode)

using namespace refrain;
using namespace refrain::test;

namespace {

constexpr int kWaitMs = 30'000; // generous: a loaded CI machine, never a timed assertion
constexpr qint64 MiB = 1024 * 1024;
// What may be in flight past a cap when the client stops: loopback socket buffers, Qt's read
// buffer (4 MiB), the server's queue.
constexpr qint64 kInFlightSlack = 24 * MiB;

// Plain literals, not one raw string over several lines: moc loses its way in those.
const QByteArray kGood =
    R"({"page":{"id":"p","name":"Music Cloud","url":"https://status.example"},)"
    R"("status":{"indicator":"none","description":"All Systems Operational"},)"
    R"("components":[{"id":"a","name":"Streaming","status":"operational"}],"incidents":[]})";

// The page the server serves; the test swaps it while the server's thread reads it.
struct Page {
    QMutex mutex;
    QByteArray body = kGood;
    QList<QPair<QByteArray, QByteArray>> headers;
    void set(QByteArray b, QList<QPair<QByteArray, QByteArray>> h = {}) {
        QMutexLocker lock(&mutex);
        body = std::move(b);
        headers = std::move(h);
    }
    HttpReply serve() {
        QMutexLocker lock(&mutex);
        HttpReply reply;
        reply.body = body;
        reply.headers = headers;
        return reply;
    }
};

// n components; the last one is in a major outage, which the page's indicator says too.
QByteArray components(int n, bool verbose) {
    QByteArray body = R"({"page":{"name":"Big"},"status":{"indicator":"major",)"
                      R"("description":"Partial outage"},"components":[)";
    for (int i = 0; i < n; ++i) {
        const QByteArray id = QByteArray::number(i);
        if (i)
            body += ',';
        if (verbose)
            body += R"({"id":"component-)" + id + R"(","name":"Component )" + id + R"(","status":")"
                    + (i == n - 1 ? "major_outage" : "operational")
                    + R"(","created_at":"2024-01-01T00:00:00.000Z","updated_at":)"
                      R"("2024-01-01T00:00:00.000Z","position":)"
                    + id + R"(,"description":null,"showcase":false,"group":false})";
        else if (i == n - 1)
            body += R"({"name":"c)" + id + R"(","status":"major_outage"})";
        else
            body += R"({"name":"c)" + id + R"("})";
    }
    return body + R"(],"incidents":[]})";
}

} // namespace

class TestHostileStatus : public QObject {
    Q_OBJECT
private:
    SystemClock m_clock;
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<RequestLayer> m_layer;
    std::shared_ptr<Page> m_page;
    std::unique_ptr<StatusFeed> m_feed;

    StatusFeed::Reading readOnce() {
        QSignalSpy read(m_feed.get(), &StatusFeed::read);
        m_feed->fetch();
        if (!read.wait(kWaitMs))
            return {};
        return read.first().first().value<StatusFeed::Reading>();
    }

    // The feed has its last good word: an all-clear for one component.
    void readGood() {
        m_page->set(kGood);
        const StatusFeed::Reading good = readOnce();
        QVERIFY2(good.ok, qPrintable(good.error));
        QCOMPARE(good.report->level, HealthLevel::Operational);
        m_server->resetCounters();
    }

    void lastGoodStands(const StatusFeed::Reading &r) {
        QVERIFY(!r.ok);
        QVERIFY(r.report);
        QCOMPARE(r.report->pageName, QStringLiteral("Music Cloud"));
        QCOMPARE(r.report->level, HealthLevel::Operational);
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<FaultServer>();
        m_page = std::make_shared<Page>();
        m_server->setHandler([page = m_page](const HttpRequest &) { return page->serve(); });
        RequestLayer::Policy policy;
        policy.retryBaseMs = 10;
        policy.retryCapMs = 40;
        m_layer = std::make_unique<RequestLayer>(&m_clock, policy);
        m_feed = std::make_unique<StatusFeed>(
            m_layer.get(), m_server->url(QStringLiteral("/api/v2/summary.json")));
    }
    void cleanup() {
        m_feed.reset();
        m_layer.reset();
        m_server.reset();
    }

    // 100,000 components in 1.6 MB: within the 2 MiB cap, so read — the first 500 kept (what a
    // person can scan), and the outage of the very last one still reaches the user through the
    // page's own indicator.
    void hundredThousandComponentsAreReadAndCut() {
        const QByteArray body = components(100'000, false);
        QVERIFY(body.size() < 2 * MiB);
        m_page->set(body);
        const StatusFeed::Reading r = readOnce();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report->components.size(), statuspage::kMaxItems);
        QCOMPARE(r.report->components.first().name, QStringLiteral("c0"));
        QCOMPARE(r.report->level, HealthLevel::PartialOutage);
        QCOMPARE(r.report->description, QStringLiteral("Partial outage"));
    }

    // The same 100,000 with every field a real page has weigh 17 MB: refused while it arrives,
    // in one sentence, and the last good report stands.
    void hundredThousandFullComponentsAreTooLarge() {
        readGood();
        m_page->set(components(100'000, true));
        const StatusFeed::Reading r = readOnce();
        lastGoodStands(r);
        QCOMPARE(r.error, QStringLiteral("The status page at %1 sent more than 2 MiB; ignored.")
                              .arg(hostLabel(m_feed->url())));
        QVERIFY(m_server->bytesSent() < 2 * MiB + kInFlightSlack);
    }

    void pagesThatNeverEndOrInflateAreRefused_data() {
        QTest::addColumn<FaultMode>("mode");
        QTest::addColumn<QString>("says");
        const QString tooLarge = QStringLiteral("sent more than 2 MiB; ignored.");
        const QString bomb = QStringLiteral("could not be unpacked: it is damaged or expands to "
                                            "far more than was sent; ignored.");
        QTest::newRow("endless, no length") << FaultMode::giant(-1) << tooLarge;
        // Past Qt's own inflation-ratio check: a bomb, said as such.
        QTest::newRow("endless gzip bomb") << FaultMode::gzipBomb(-1) << bomb;
        QTest::newRow("1 GiB gzip bomb") << FaultMode::gzipBomb(1024 * MiB) << bomb;
        // 3 MiB once inflated (19 KiB sent): under Qt's own bomb check; our cap counts it.
        QTest::newRow("3 MiB inflated") << FaultMode::gzipBomb(3 * MiB) << tooLarge;
    }
    void pagesThatNeverEndOrInflateAreRefused() {
        QFETCH(FaultMode, mode);
        QFETCH(QString, says);
        readGood();
        m_server->setMode(mode);
        const StatusFeed::Reading r = readOnce();
        lastGoodStands(r);
        QCOMPARE(r.error,
                 QStringLiteral("The status page at %1 %2").arg(hostLabel(m_feed->url()), says));
        QCOMPARE(m_server->requestCount(), 1); // too large stays too large: not asked twice
        qInfo("%s: the server sent %.1f MiB before the client stopped", QTest::currentDataTag(),
              double(m_server->bytesSent()) / double(MiB));
        QVERIFY(m_server->bytesSent() < 2 * MiB + kInFlightSlack);

        m_server->setMode(FaultMode::normal()); // mended: read again at once
        const StatusFeed::Reading again = readOnce();
        QVERIFY2(again.ok, qPrintable(again.error));
    }

    // A few hundred bytes that claim to be gzip and are not: damaged, not "more than 2 MiB".
    void aDamagedCompressedPageSaysSo() {
        readGood();
        QByteArray damaged("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
        damaged += QByteArray("not deflate at all, ").repeated(20);
        m_page->set(damaged, {{"Content-Encoding", "gzip"}});
        const StatusFeed::Reading r = readOnce();
        lastGoodStands(r);
        QCOMPARE(r.error, QStringLiteral("The status page at %1 could not be unpacked: it is "
                                         "damaged or expands to far more than was sent; ignored.")
                              .arg(hostLabel(m_feed->url())));
        QCOMPARE(m_server->requestCount(), 1); // damaged stays damaged: not asked twice

        m_page->set(kGood); // mended: read again at once
        const StatusFeed::Reading again = readOnce();
        QVERIFY2(again.ok, qPrintable(again.error));
    }

    void aRedirectLoopEndsAfterFiveHops() {
        readGood();
        m_server->setHandler([](const HttpRequest &request) {
            const int hop = request.query.queryItemValue(QStringLiteral("hop")).toInt();
            HttpReply moved;
            moved.status = 302;
            if (hop < 10'000)
                moved.headers.append(
                    {"Location", request.path + "?hop=" + QByteArray::number(hop + 1)});
            return moved;
        });
        const StatusFeed::Reading r = readOnce();
        lastGoodStands(r);
        QVERIFY2(r.error.contains(QStringLiteral("redirected more than 5 times")),
                 qPrintable(r.error));
        QCOMPARE(m_server->requestCount(), 6);
    }

    // Bytes that are not UTF-8 spoil only their own text; numbers and times past any sense are
    // left unread (no time) rather than overflowing; the page's word still reaches the user.
    void invalidUtf8AndAbsurdValuesStayInTheirField() {
        readGood();
        m_page->set(
            "{\"page\":{\"name\":\"Music \xFF\xFE "
            "Cloud\",\"updated_at\":\"99999-01-01T00:00:00Z\"},"
            "\"status\":{\"indicator\":\"minor\",\"description\":\"Slow \xC3\x28 streams\"},"
            "\"components\":[{\"name\":\"Stre\xC3\xA4ming\",\"status\":\"degraded_performance\","
            "\"position\":1e308,\"updated_at\":\"-271821-04-20T00:00:00Z\"},"
            "{\"name\":\"Search\",\"status\":\"operational\",\"position\":-9223372036854775808}],"
            "\"incidents\":[{\"name\":\"Slow\",\"status\":\"investigating\",\"impact\":\"minor\","
            "\"created_at\":\"+275760-09-13T00:00:00Z\",\"updated_at\":1e300,"
            "\"incident_updates\":[{\"body\":\"\xED\xA0\x80 surrogate\",\"created_at\":-1}]}],"
            "\"scheduled_maintenances\":[{\"name\":\"Never\",\"status\":\"scheduled\","
            "\"scheduled_for\":\"9999999999\",\"scheduled_until\":\"-1\"}]}");
        const StatusFeed::Reading r = readOnce();
        QVERIFY2(r.ok, qPrintable(r.error));
        const StatusReport &report = *r.report;
        QCOMPARE(report.level, HealthLevel::Degraded);
        QVERIFY(report.pageName.startsWith(QStringLiteral("Music ")));
        QVERIFY(report.pageName.contains(QChar(QChar::ReplacementCharacter)));
        QVERIFY(report.description.contains(QChar(QChar::ReplacementCharacter)));
        QVERIFY(!report.updatedAt.isValid());
        QCOMPARE(report.components.size(), 2);
        QCOMPARE(report.components.first().name, QString::fromUtf8("Stre\xC3\xA4ming"));
        QCOMPARE(report.components.last().name, QStringLiteral("Search"));
        QCOMPARE(report.incidents.size(), 1);
        QCOMPARE(report.incidents.first().name, QStringLiteral("Slow"));
        for (const ServiceMaintenance &m : report.maintenances)
            QVERIFY(!m.scheduledFor.isValid() || m.scheduledFor.date().year() <= 9999);
    }
};

QTEST_GUILESS_MAIN(TestHostileStatus)
#include "tst_hostilestatus.moc"
