// The remote feature document: what its schema accepts and refuses (rollout edges, wrong types,
// HTML, huge, not UTF-8, not JSON), the install bucket, and reading it over real HTTP on
// 127.0.0.1 — a good document switches extras off; a 5xx, nonsense, an oversized or cut answer
// or a refused connection changes nothing and says why; the last good document holds after a
// restart while its host refuses; a key in the URL never reaches the screen or the disk.
#include "core/model/featuredocument.h"
#include "core/model/featuredocumentsource.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "tests/support/httpserver/faultserver.h"

#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace refrain;
using namespace refrain::test;

namespace {

constexpr int kWaitMs = 20'000; // generous: a loaded CI machine, never a timed assertion

const QString kArtwork = QStringLiteral("artwork");
const QString kHeavy = QStringLiteral("heavy_extras");

const QByteArray kHeavyOff = R"({"features": {"heavy_extras": {"enabled": false}}})";
const QByteArray kHeavyOffArtworkQuarter =
    R"({"features": {"heavy_extras": {"enabled": false}, "artwork": {"rollout": 25}}})";
const QByteArray kAllOn = R"({"features": {"heavy_extras": {"enabled": true}}})";

// The document the test server serves; the test changes it while the server's thread reads it.
struct Published {
    QMutex mutex;
    QByteArray body = kHeavyOff;
    QByteArray contentType = "application/json";

    void set(QByteArray newBody, QByteArray type = "application/json") {
        QMutexLocker lock(&mutex);
        body = std::move(newBody);
        contentType = std::move(type);
    }
    HttpReply serve(const HttpRequest &request) {
        QMutexLocker lock(&mutex);
        HttpReply reply;
        if (!request.path.endsWith("/features.json")) {
            reply.status = 404;
            return reply;
        }
        reply.contentType = contentType;
        reply.body = body;
        return reply;
    }
};

// -1: the document says nothing; 0: off; 1: on.
int verdict(const std::optional<bool> &allowed) {
    return allowed ? int(*allowed) : -1;
}

QByteArray padded(const QByteArray &document, qint64 size) {
    // {"pad":"xxx…", <rest of document>} grown to exactly `size` bytes.
    const QByteArray head = R"({"pad":")";
    const QByteArray tail = "\"," + document.mid(1);
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

} // namespace

class TestFeatureDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // --- the schema ----------------------------------------------------------------------------

    void parse_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("bucket");
        QTest::addColumn<int>("expected");

        const auto row = [](const char *name, const QByteArray &bytes, const QString &key,
                            int bucket, int expected) {
            QTest::newRow(name) << bytes << key << bucket << expected;
        };
        row("switched off", kHeavyOff, kHeavy, 0, 0);
        row("not named: says nothing", kHeavyOff, kArtwork, 0, -1);
        row("no features at all", R"({"features": {}})", kHeavy, 0, -1);
        row("enabled, rollout defaults to all", R"({"features": {"artwork": {"enabled": true}}})",
            kArtwork, 99, 1);
        row("empty entry is on", R"({"features": {"artwork": {}}})", kArtwork, 99, 1);
        row("off wins over rollout",
            R"({"features": {"artwork": {"enabled":false,"rollout":100}}})", kArtwork, 0, 0);
        row("rollout 0, bucket 0", R"({"features": {"artwork": {"rollout": 0}}})", kArtwork, 0, 0);
        row("rollout 100, bucket 99", R"({"features": {"artwork": {"rollout": 100}}})", kArtwork,
            99, 1);
        row("rollout 25, bucket 24", kHeavyOffArtworkQuarter, kArtwork, 24, 1);
        row("rollout 25, bucket 25", kHeavyOffArtworkQuarter, kArtwork, 25, 0);
        row("rollout 1, bucket 0", R"({"features": {"artwork": {"rollout": 1}}})", kArtwork, 0, 1);
        row("rollout as 25.0", R"({"features": {"artwork": {"rollout": 25.0}}})", kArtwork, 30, 0);
        row("extra members tolerated",
            R"({"format": 2, "comment": "step back", "features": {"artwork": )"
            R"({"enabled": false, "why": "crash in 4.1", "rollout": 100}}, "more": [1, 2]})",
            kArtwork, 50, 0);
        row("unknown keys do not matter",
            R"({"features": {"telepathy": {"enabled": false}, "heavy_extras": {"enabled": false}}})",
            kHeavy, 0, 0);
        row("byte order mark", "\xEF\xBB\xBF" + kHeavyOff, kHeavy, 0, 0);
        // Entries that are not as the schema says are as if absent.
        row("enabled as text", R"({"features": {"heavy_extras": {"enabled": "false"}}})", kHeavy, 0,
            -1);
        row("enabled as number", R"({"features": {"heavy_extras": {"enabled": 0}}})", kHeavy, 0,
            -1);
        row("rollout as text", R"({"features": {"artwork": {"rollout": "25"}}})", kArtwork, 50, -1);
        row("rollout not whole", R"({"features": {"artwork": {"rollout": 25.5}}})", kArtwork, 50,
            -1);
        row("rollout over 100", R"({"features": {"artwork": {"rollout": 101}}})", kArtwork, 50, -1);
        row("rollout below 0", R"({"features": {"artwork": {"rollout": -1}}})", kArtwork, 50, -1);
        row("rollout null", R"({"features": {"artwork": {"rollout": null}}})", kArtwork, 50, -1);
        row("entry is a bare bool", R"({"features": {"heavy_extras": false}})", kHeavy, 0, -1);
        row("entry is an array", R"({"features": {"heavy_extras": [false]}})", kHeavy, 0, -1);
        row("key with capitals", R"({"features": {"Heavy_Extras": {"enabled": false}}})",
            QStringLiteral("Heavy_Extras"), 0, -1);
        row("one bad entry spoils only itself",
            R"({"features": {"artwork": {"enabled": "no"}, "heavy_extras": {"enabled": false}}})",
            kHeavy, 0, 0);
        row("exactly 64 KiB", padded(kHeavyOff, FeatureDocument::kMaxBytes), kHeavy, 0, 0);
    }
    void parse() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, key);
        QFETCH(int, bucket);
        QFETCH(int, expected);
        const Result<FeatureDocument> parsed = FeatureDocument::parse(bytes);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(verdict(parsed.value().allows(key, bucket)), expected);
    }

    void refused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray(" \n\t ");
        QTest::newRow("HTML") << QByteArray("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1>"
                                            "<script>alert(1)</script></body></html>");
        QTest::newRow("not JSON") << QByteArray("heavy_extras=off");
        QTest::newRow("cut short") << kHeavyOff.left(kHeavyOff.size() - 3);
        QTest::newRow("array") << QByteArray(R"([{"features": {}}])");
        QTest::newRow("string") << QByteArray(R"("features")");
        QTest::newRow("no features member") << QByteArray(R"({"feature": {"heavy_extras": {}}})");
        QTest::newRow("an error object") << QByteArray(R"({"error": "not found"})");
        QTest::newRow("features is a list") << QByteArray(R"({"features": ["heavy_extras"]})");
        QTest::newRow("not UTF-8 in a string")
            << QByteArray("{\"features\": {\"heavy_extras\": {\"enabled\": false, \"why\": "
                          "\"\xff\xfe\xc3\"}}}");
        QTest::newRow("Latin-1 key") << QByteArray("{\"features\": {\"caf\xe9\": {}}}");
        QTest::newRow("UTF-16") << QByteArray::fromRawData(
            reinterpret_cast<const char *>(u"{\"features\": {}}"), 32);
        QTest::newRow("one byte over 64 KiB") << padded(kHeavyOff, FeatureDocument::kMaxBytes + 1);
        QTest::newRow("huge") << padded(kHeavyOff, 4 * 1024 * 1024);
    }
    void refused() {
        QFETCH(QByteArray, bytes);
        const Result<FeatureDocument> parsed = FeatureDocument::parse(bytes);
        QVERIFY(!parsed.ok());
        const QString message = parsed.error().message;
        QVERIFY(message.startsWith(QStringLiteral("The feature document ")));
        // Plain words of ours, never an echo of what was sent.
        QVERIFY2(!message.contains(QLatin1Char('<')) && !message.contains(QStringLiteral("pad")),
                 qPrintable(message));
    }

    void switchedOffListsWhatABucketKeepsOff() {
        const FeatureDocument document = FeatureDocument::parse(kHeavyOffArtworkQuarter).value();
        QCOMPARE(document.switchedOff(0), QStringList{kHeavy});
        QCOMPARE(document.switchedOff(25), (QStringList{kArtwork, kHeavy}));
        QCOMPARE(document.keys(), (QStringList{kArtwork, kHeavy}));
    }

    void bucketIsStableAndSpread() {
        // SHA-256 reference values (Python: int.from_bytes(sha256(id).digest()[:4], "big") % 100):
        // the same bucket on every run, build and platform.
        QCOMPARE(FeatureDocument::bucketFor(QString()), 10);
        QCOMPARE(FeatureDocument::bucketFor(QStringLiteral("install-a")), 58);
        QCOMPARE(FeatureDocument::bucketFor(QStringLiteral("3f2c9a7e-1b4d-4c8e-9f00-5a6b7c8d9e01")),
                 34);
        QCOMPARE(FeatureDocument::bucketFor(QStringLiteral("ünïcødé")), 27);
        // Spread: 10,000 installs fill every bucket, none with more than twice its share, so a
        // rollout of N % reaches about N % of installs.
        QList<int> counts(100, 0);
        for (int i = 0; i < 10'000; ++i)
            ++counts[FeatureDocument::bucketFor(QStringLiteral("install-%1").arg(i))];
        for (int bucket = 0; bucket < 100; ++bucket) {
            QVERIFY2(counts[bucket] > 50 && counts[bucket] < 200,
                     qPrintable(QStringLiteral("bucket %1: %2").arg(bucket).arg(counts[bucket])));
        }
    }

    // --- the source, over loopback HTTP --------------------------------------------------------

    void init() {
        m_published = std::make_shared<Published>();
        m_server = std::make_unique<FaultServer>();
        m_server->setHandler([published = m_published](const HttpRequest &request) {
            return published->serve(request);
        });
        m_clock = std::make_unique<SystemClock>();
        RequestLayer::Policy policy;
        policy.retryBaseMs = 10; // failures are tried twice: quickly here
        policy.retryCapMs = 40;
        policy.seed = 77;
        m_layer = std::make_unique<RequestLayer>(m_clock.get(), policy);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cache = m_dir->filePath(QStringLiteral("profile/featuredocument.json"));
    }
    void cleanup() {
        m_server.reset();
        m_layer.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void goodDocumentSwitchesOff() {
        m_published->set(kHeavyOffArtworkQuarter);
        FeatureDocumentSource source(m_layer.get(), m_cache, 30);
        source.setUrl(documentUrl());
        QSignalSpy changed(&source, &FeatureDocumentSource::changed);
        QVERIFY(readStarted(source));
        QVERIFY2(source.problem().isEmpty(), qPrintable(source.problem()));
        QCOMPARE(changed.count(), 1);
        const QString reason = QStringLiteral("Switched off by 127.0.0.1's feature document");
        QCOMPARE(source.switchedOff(),
                 (QHash<QString, QString>{{kHeavy, reason}, {kArtwork, reason}}));
        // Bucket 10 is within the artwork rollout.
        QCOMPARE(source.switchedOff(10), (QHash<QString, QString>{{kHeavy, reason}}));
        QVERIFY(source.fetchedAt().isValid());
        QCOMPARE(m_server->requestCount("/features.json"), 1);
        QCOMPARE(m_server->requests().constFirst().header("accept"),
                 QByteArray("application/json"));

        // The same document again is no change; a document that lifts it is.
        QVERIFY(readAgain(source));
        QCOMPARE(changed.count(), 1);
        m_published->set(kAllOn);
        QVERIFY(readAgain(source));
        QCOMPARE(changed.count(), 2);
        QVERIFY(source.switchedOff().isEmpty());
    }

    void failedReadsChangeNothing_data() {
        QTest::addColumn<int>("mode"); // 0: serve `body`, else a FaultMode::Kind
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        using K = FaultMode::Kind;
        QTest::newRow("500") << int(K::ServerError) << QByteArray() << QStringLiteral("500");
        QTest::newRow("503") << int(K::RetryAfter) << QByteArray() << QStringLiteral("503");
        QTest::newRow("HTML with 200") << 0 << QByteArray("<html><body>Maintenance</body></html>")
                                       << QStringLiteral("not valid JSON");
        QTest::newRow("not a feature document")
            << 0 << QByteArray(R"({"error": "gone"})") << QStringLiteral("\"features\"");
        QTest::newRow("empty 200") << 0 << QByteArray() << QStringLiteral("empty");
        QTest::newRow("too big") << int(K::Giant) << QByteArray() << QStringLiteral("64 KiB");
        QTest::newRow("cut mid body")
            << int(K::ResetMidBody) << QByteArray() << QStringLiteral("cut");
        QTest::newRow("refused") << int(K::Refused) << QByteArray()
                                 << QStringLiteral("refused the connection");
    }
    void failedReadsChangeNothing() {
        QFETCH(int, mode);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        FeatureDocumentSource source(m_layer.get(), m_cache, 30);
        source.setUrl(documentUrl());
        QVERIFY(readStarted(source));
        const QHash<QString, QString> before = source.switchedOff();
        QCOMPARE(before.keys(), QStringList{kHeavy});
        const QDateTime fetchedAt = source.fetchedAt();

        QSignalSpy changed(&source, &FeatureDocumentSource::changed);
        using K = FaultMode::Kind;
        switch (K(mode)) {
        case K::ServerError:
            m_server->setMode(FaultMode::serverError(500));
            break;
        case K::RetryAfter:
            m_server->setMode(FaultMode::retryAfter(503, 1));
            break;
        case K::Giant:
            m_server->setMode(FaultMode::giant(200 * 1024));
            break;
        case K::ResetMidBody:
            m_published->set(kAllOn + QByteArray(4096, ' '));
            m_server->setMode(FaultMode::resetMidBody());
            break;
        case K::Refused:
            m_server->setMode(FaultMode::refused());
            break;
        default:
            m_published->set(body);
            break;
        }
        QVERIFY(readAgain(source));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(source.switchedOff(), before);
        QCOMPARE(source.fetchedAt(), fetchedAt);
        QVERIFY2(source.problem().contains(says), qPrintable(source.problem()));
        QVERIFY2(source.problem().contains(QStringLiteral("nothing changed")),
                 qPrintable(source.problem()));

        // The saved document is still the good one: a restart keeps heavy extras off.
        FeatureDocumentSource restarted(m_layer.get(), m_cache, 30);
        restarted.setUrl(documentUrl());
        restarted.start();
        QCOMPARE(restarted.switchedOff(), before);
    }

    void savedDocumentHoldsAfterARestartWhileTheHostRefuses() {
        {
            FeatureDocumentSource first(m_layer.get(), m_cache, 30);
            first.setUrl(documentUrl());
            QVERIFY(readStarted(first));
            QCOMPARE(first.switchedOff().keys(), QStringList{kHeavy});
        }
        m_server->setMode(FaultMode::refused());

        FeatureDocumentSource second(m_layer.get(), m_cache, 30);
        second.setUrl(documentUrl());
        QSignalSpy changed(&second, &FeatureDocumentSource::changed);
        QSignalSpy finished(&second, &FeatureDocumentSource::readFinished);
        second.start();
        // At once, before the host had a chance to answer.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(second.switchedOff().keys(), QStringList{kHeavy});
        QVERIFY(second.fetchedAt().isValid());
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(second.switchedOff().keys(), QStringList{kHeavy});
        QVERIFY2(second.problem().contains(QStringLiteral("refused")),
                 qPrintable(second.problem()));
        QCOMPARE(changed.count(), 1);

        // A document saved for another address says nothing about this one.
        FeatureDocumentSource other(m_layer.get(), m_cache, 30);
        other.setUrl(m_server->url(QStringLiteral("/other/features.json")));
        other.start();
        QVERIFY(other.switchedOff().isEmpty());
        QVERIFY(!other.document());

        // And the host coming back with a document that lifts the switch-off is heard.
        m_server->setMode(FaultMode::normal());
        m_published->set(kAllOn);
        m_layer->retryNow();
        QVERIFY(readAgain(second));
        QVERIFY2(second.problem().isEmpty(), qPrintable(second.problem()));
        QVERIFY(second.switchedOff().isEmpty());
        QCOMPARE(changed.count(), 2);
    }

    void damagedSavedFileIsIgnored() {
        QVERIFY(QDir().mkpath(QFileInfo(m_cache).absolutePath()));
        QFile file(m_cache);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 1, \"document\": {\"features\": \x01\xff");
        file.close();
        m_server->setMode(FaultMode::refused());
        FeatureDocumentSource source(m_layer.get(), m_cache, 30);
        source.setUrl(documentUrl());
        QVERIFY(readStarted(source));
        QVERIFY(!source.document());
        QVERIFY(source.switchedOff().isEmpty());
        QVERIFY(!source.problem().isEmpty());
    }

    void keyInTheUrlStaysSecret() {
        const QUrl url =
            m_server->url(QStringLiteral("/features.json"),
                          {{QStringLiteral("apiKey"), QStringLiteral("sekrit-key-123")},
                           {QStringLiteral("t"), QStringLiteral("sekrit-token-456")}});
        FeatureDocumentSource source(m_layer.get(), m_cache, 30);
        source.setUrl(url);
        QVERIFY(readStarted(source));
        QCOMPARE(source.switchedOff().keys(), QStringList{kHeavy});
        for (const QString &reason : source.switchedOff())
            QVERIFY(!reason.contains(QStringLiteral("sekrit")));
        QFile saved(m_cache);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("sekrit"));

        m_server->setMode(FaultMode::serverError(500));
        QVERIFY(readAgain(source));
        QVERIFY(!source.problem().isEmpty());
        QVERIFY2(!source.problem().contains(QStringLiteral("sekrit")),
                 qPrintable(source.problem()));
    }

    void readsAgainEveryInterval() {
        FeatureDocumentSource source(m_layer.get(), m_cache, 30);
        source.setUrl(documentUrl());
        source.setInterval(std::chrono::milliseconds(50));
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("/features.json") >= 3, kWaitMs);
        QCOMPARE(source.switchedOff().keys(), QStringList{kHeavy});
    }

    void noAddressMeansNothingSwitchedOff() {
        FeatureDocumentSource source(m_layer.get(), m_cache, 30);
        source.start();
        source.refresh();
        QVERIFY(!source.busy());
        QVERIFY(source.switchedOff().isEmpty());
        QVERIFY(source.problem().isEmpty());

        // An address that is not a web address is refused without a request.
        QSignalSpy finished(&source, &FeatureDocumentSource::readFinished);
        source.setUrl(QUrl::fromLocalFile(m_cache));
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(source.problem().contains(QStringLiteral("not a web address")));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void changingTheAddressDropsTheDocument() {
        FeatureDocumentSource source(m_layer.get(), m_cache, 30);
        source.setUrl(documentUrl());
        QVERIFY(readStarted(source));
        QCOMPARE(source.switchedOff().keys(), QStringList{kHeavy});
        QSignalSpy changed(&source, &FeatureDocumentSource::changed);
        source.setUrl(QUrl());
        QCOMPARE(changed.count(), 1);
        QVERIFY(source.switchedOff().isEmpty());
    }

private:
    QUrl documentUrl() const { return m_server->url(QStringLiteral("/features.json")); }

    // start() and wait for the first read to end.
    static bool readStarted(FeatureDocumentSource &source) {
        QSignalSpy finished(&source, &FeatureDocumentSource::readFinished);
        source.start();
        return finished.wait(kWaitMs);
    }
    static bool readAgain(FeatureDocumentSource &source) {
        QSignalSpy finished(&source, &FeatureDocumentSource::readFinished);
        source.refresh();
        return finished.wait(kWaitMs);
    }

    std::shared_ptr<Published> m_published;
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<RequestLayer> m_layer;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cache;
};

QTEST_GUILESS_MAIN(TestFeatureDocument)
#include "tst_featuredocument.moc"
