// Scrobbling to a Subsonic server: real HTTP over 127.0.0.1 to the scriptable Subsonic content
// (which signs in like a real server and records every scrobble), a real SQLite history on its
// own thread, and simulated time for every wait. What a user would notice: the server counts each
// play once, at the moment it was played — later when it was out of reach, after a restart too;
// a refused sign-in stops quietly; a song gone from the server does not hold back the others.
#include "core/history/subsonicscrobbler.h"
#include "core/service/request/requestlayer.h"
#include "core/service/subsonicclient.h"
#include "tests/history/tst_scrobble.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

namespace refrain::test {

namespace {

const QString kPassword = QStringLiteral("s3cret-pw");
const QString kServerId = QStringLiteral("home-server");
const QString kTarget = scrobbletarget::server(kServerId);

} // namespace

class TestScrobbleSubsonic : public ScrobbleFixture {
    Q_OBJECT

private:
    std::unique_ptr<FaultServer> m_http;
    std::unique_ptr<SubsonicContent> m_content;
    std::unique_ptr<RequestLayer> m_layer;
    std::unique_ptr<SubsonicClient> m_client;
    QStringList m_songs;

    ServerConfig config(bool openSubsonic = true) const {
        ServerConfig c;
        c.id = kServerId;
        c.name = QStringLiteral("Home");
        c.urls = {m_http->baseUrl()};
        c.user = QStringLiteral("alice");
        c.openSubsonic = openSubsonic;
        c.apiVersion = QStringLiteral("1.16.1");
        return c;
    }

    void startScrobbler(bool openSubsonic = true, const QString &password = kPassword) {
        m_layer = std::make_unique<RequestLayer>(&m_clock);
        m_client = std::make_unique<SubsonicClient>(m_layer.get(), config(openSubsonic), password);
        makeScrobbler(new SubsonicScrobbler(m_client.get()));
        // The first look at the (empty) queue is over before the test records anything.
        QVERIFY(atRest(kTarget, [this] { m_scrobbler->start(); }));
    }

    void stopScrobbler() {
        tearDownScrobbler();
        m_client.reset();
        m_layer.reset();
    }

    // n listens of the server's songs, in turn, 4 minutes apart.
    QList<Listen> plays(int n, int from = 0) const {
        QList<Listen> out;
        for (int i = from; i < from + n; ++i)
            out.append(listenAt(i, startOf(i), kServerId, m_songs.at(i % m_songs.size())));
        return out;
    }

    static QList<QPair<QString, qint64>> scrobbled(const QList<SubsonicCatalog::Scrobble> &all) {
        QList<QPair<QString, qint64>> out;
        for (const auto &s : all) {
            if (s.submission)
                out.append({s.id, s.timeMs});
        }
        return out;
    }
    QList<QPair<QString, qint64>> onServer() const { return scrobbled(m_content->scrobbles()); }
    static QList<QPair<QString, qint64>> expected(const QList<Listen> &listens) {
        QList<QPair<QString, qint64>> out;
        for (const Listen &l : listens)
            out.append({l.songId, l.startedAt.toMSecsSinceEpoch()});
        return out;
    }

private Q_SLOTS:
    void init() {
        openDatabase();
        m_content = std::make_unique<SubsonicContent>();
        m_content->setUser(QStringLiteral("alice"), kPassword);
        m_songs.clear();
        for (int i = 0; i < 5; ++i) {
            SongSpec spec;
            spec.title = QStringLiteral("Song %1").arg(i);
            m_songs.append(m_content->catalog().addSong(spec));
        }
        m_http = std::make_unique<FaultServer>();
        m_http->setHandler(m_content->handler());
    }

    void cleanup() {
        stopScrobbler();
        m_http.reset();
        m_content.reset();
        m_database.reset();
    }

    void scrobblesWithTheOriginalTimeInMilliseconds() {
        startScrobbler();
        const auto played = record(plays(1), {kTarget});
        QTRY_COMPARE_WITH_TIMEOUT(m_scrobbler->pending().value(kTarget), 1, kWaitMs);
        QVERIFY(afterDebounce(kTarget));
        QCOMPARE(onServer(), expected(played));
        QCOMPARE(onServer().first().second % 1000, 481); // milliseconds kept
        QCOMPARE(m_content->catalog().song(m_songs[0])->playCount, 1);
        // Signed with a salted token; the password itself never travels.
        const QUrlQuery query = m_content->lastRequest().query;
        QVERIFY(query.hasQueryItem(QStringLiteral("t")) && query.hasQueryItem(QStringLiteral("s")));
        QVERIFY(!query.hasQueryItem(QStringLiteral("p")));
        QCOMPARE(query.queryItemValue(QStringLiteral("submission")), QStringLiteral("true"));
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
        QCOMPARE(m_scrobbler->status(kTarget).summary(),
                 QStringLiteral("Every listen was sent to Home."));
    }

    void listensMadeWhileAwayGoLaterInBatches() {
        m_http->setMode(FaultMode::refused());
        startScrobbler();
        const auto played = record(plays(60), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        const Scrobbler::Status s = m_scrobbler->status(kTarget);
        QCOMPARE(s.state, Scrobbler::State::Waiting);
        QCOMPARE(s.pending, 60);
        QVERIFY2(s.lastError.startsWith(QLatin1String("Home could not be reached")),
                 qPrintable(s.lastError));
        QVERIFY(!s.lastError.contains(kPassword));

        m_http->setMode(FaultMode::normal());
        QVERIFY(atRest(kTarget, [this] {
            m_layer->retryNow();
            m_scrobbler->retryNow();
        }));
        QCOMPARE(onServer(), expected(played)); // each once, in order, with its own time
        QCOMPARE(m_content->requestCount(QStringLiteral("scrobble")), 2); // 50 + 10
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
        QCOMPARE(counts(kTarget).pending, 0);
    }

    void aRestartResumesTheQueue() {
        m_http->setMode(FaultMode::serverError(502));
        startScrobbler();
        const auto played = record(plays(3), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        QCOMPARE(m_scrobbler->pending().value(kTarget), 3);
        QVERIFY(m_scrobbler->status(kTarget).lastError.contains(QLatin1String("502")));

        stopScrobbler();
        reopenDatabase();
        m_http->setMode(FaultMode::normal());
        m_layer = std::make_unique<RequestLayer>(&m_clock);
        m_client = std::make_unique<SubsonicClient>(m_layer.get(), config(), kPassword);
        makeScrobbler(new SubsonicScrobbler(m_client.get()));
        QVERIFY(atRest(kTarget, [this] { m_scrobbler->start(); }));
        QCOMPARE(onServer(), expected(played));
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
    }

    void aSlowAnswerIsNotSentAgain() {
        startScrobbler();
        m_http->setMode(FaultMode::slow(1'500).times(1));
        const auto first = record(plays(1), {kTarget});
        QSignalSpy idle(m_scrobbler.get(), &Scrobbler::idle);
        m_clock.advance(settings().debounceMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_http->inFlight(), 1, kWaitMs);
        const auto second = record(plays(1, 1), {kTarget});
        m_scrobbler->retryNow();
        m_clock.advance(settings().debounceMs);
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), kWaitMs);
        QCOMPARE(onServer(), expected(first + second));
        QCOMPARE(m_content->requestCount(QStringLiteral("scrobble")), 2);
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
    }

    void anUnansweredScrobbleIsNotDoubledAndGoesAgainOnce() {
        // While the request hangs, nothing the app does takes its listens again; after the
        // timeout (the server counted nothing) they go again, once.
        startScrobbler();
        m_http->setMode(FaultMode::blackHole().times(1));
        const auto played = record(plays(2), {kTarget});
        m_clock.advance(settings().debounceMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_http->requestCount(), 1, kWaitMs);
        const auto later = record(plays(1, 2), {kTarget});
        m_scrobbler->retryNow();
        m_clock.advance(settings().debounceMs);
        settle();
        QCOMPARE(m_scrobbler->status(kTarget).state, Scrobbler::State::Sending);
        QCOMPARE(m_http->requestCount(), 1);

        // The layer's first-byte timeout (10 s); sent once, so not retried by the layer.
        QVERIFY(atRest(kTarget, [this] { m_clock.advance(10'000); }));
        QCOMPARE(m_scrobbler->status(kTarget).state, Scrobbler::State::Waiting);
        QVERIFY(onServer().isEmpty());
        QVERIFY(afterWait(kTarget));
        QCOMPARE(onServer(), expected(played + later));
        QCOMPARE(m_http->requestCount(), 2);
    }

    void aSongGoneFromTheServerDoesNotHoldBackTheOthers() {
        // The server answers error 70 for the whole request when one id is unknown: the batch is
        // halved until that listen is found and refused; the others are scrobbled once.
        startScrobbler();
        QList<Listen> batch = plays(6);
        batch[4].songId = QStringLiteral("tr-999");
        QSignalSpy refused(m_scrobbler.get(), &Scrobbler::listensRefused);
        const auto played = record(batch, {kTarget});
        QVERIFY(afterDebounce(kTarget));
        QList<Listen> good = played;
        good.removeAt(4);
        QCOMPARE(onServer(), expected(good));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(1).value<QList<qint64>>(), QList<qint64>({played[4].id}));
        QVERIFY2(refused.first().at(2).toString().startsWith(QLatin1String("Home refused")),
                 qPrintable(refused.first().at(2).toString()));
        QCOMPARE(counts(kTarget), (ScrobbleCounts{0, 1}));
        QCOMPARE(m_scrobbler->status(kTarget).summary(),
                 QStringLiteral("Every listen was sent to Home. 1 listen refused by Home."));
    }

    void aRefusedSignInStopsQuietly() {
        startScrobbler(true, QStringLiteral("wrong"));
        record(plays(2), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        const Scrobbler::Status s = m_scrobbler->status(kTarget);
        QCOMPARE(s.state, Scrobbler::State::Stopped);
        QVERIFY2(s.lastError.startsWith(QLatin1String("Home refused the scrobbles")),
                 qPrintable(s.lastError));
        QVERIFY(!s.lastError.contains(QLatin1String("wrong")));
        const int asked = m_content->requestCount(QStringLiteral("scrobble"));
        QVERIFY(asked >= 1 && asked <= 2); // the token, then perhaps the fallback sign-in

        m_scrobbler->retryNow();
        for (int i = 0; i < 12; ++i)
            m_clock.advance(5 * 60'000);
        settle();
        QCOMPARE(m_layer->runningCount() + m_layer->queuedCount(), 0);
        QCOMPARE(m_content->requestCount(QStringLiteral("scrobble")), asked);
        QCOMPARE(m_scrobbler->pending().value(kTarget), 2);
    }

    void aListenOfAnotherServerIsRefusedWithoutAsking() {
        startScrobbler();
        QList<Listen> mixed = plays(2);
        mixed[0].serverId = QStringLiteral("elsewhere");
        const auto played = record(mixed, {kTarget});
        QVERIFY(afterDebounce(kTarget));
        QCOMPARE(onServer(), expected({played[1]}));
        QCOMPARE(m_content->requestCount(QStringLiteral("scrobble")), 1);
        QCOMPARE(counts(kTarget), (ScrobbleCounts{0, 1}));
    }

    void oneListenARequestWithoutOpenSubsonic() {
        startScrobbler(false);
        const auto played = record(plays(3), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        QCOMPARE(onServer(), expected(played));
        QCOMPARE(m_content->requestCount(QStringLiteral("scrobble")), 3);
    }
};

} // namespace refrain::test

QTEST_GUILESS_MAIN(refrain::test::TestScrobbleSubsonic)
#include "tst_scrobble_subsonic.moc"
