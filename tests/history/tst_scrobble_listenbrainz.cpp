// Scrobbling to ListenBrainz: real HTTP over 127.0.0.1 to a server that checks submissions as
// listenbrainz-server does, a real SQLite history on its own thread, and simulated time for every
// wait. What a user would notice: listens reach ListenBrainz with the times they were played —
// later when offline, after a restart too — each once; a refused token stops with a plain message
// and no storm of retries; a rate limit is waited out; one bad listen does not hold back the rest;
// and the number still waiting goes to 0.
#include "core/history/listenbrainzsubmitter.h"
#include "core/service/request/requestlayer.h"
#include "tests/history/tst_scrobble.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/listenbrainz/listenbrainzcontent.h"

namespace refrain::test {

namespace {

const QString kToken = QStringLiteral("5e1f0c7d-lb-user-token-9a2b");
const QString kTarget = QString::fromLatin1(scrobbletarget::kListenBrainz);

QList<Listen> listens(int count, int from = 0) {
    QList<Listen> out;
    for (int i = from; i < from + count; ++i)
        out.append(listenAt(i, startOf(i)));
    return out;
}

} // namespace

class TestScrobbleListenBrainz : public ScrobbleFixture {
    Q_OBJECT

private:
    std::unique_ptr<FaultServer> m_http;
    std::unique_ptr<ListenBrainzContent> m_content;
    std::unique_ptr<RequestLayer> m_layer;

    void startScrobbler(const QString &token = kToken) {
        m_layer = std::make_unique<RequestLayer>(&m_clock);
        makeScrobbler(new ListenBrainzSubmitter(m_layer.get(), token, m_http->baseUrl()));
        // The first look at the (empty) queue is over before the test records anything.
        QVERIFY(atRest(kTarget, [this] { m_scrobbler->start(); }));
    }

    // The listened_at of every listen ListenBrainz keeps, in order.
    QList<qint64> storedTimes() const {
        QList<qint64> times;
        for (const auto &s : m_content->stored())
            times.append(s.listenedAt);
        return times;
    }

    static QList<qint64> timesOf(const QList<Listen> &listens) {
        QList<qint64> times;
        for (const Listen &l : listens)
            times.append(l.startedAt.toSecsSinceEpoch());
        return times;
    }

    bool leaksToken() const {
        const Scrobbler::Status s = m_scrobbler->status(kTarget);
        return s.lastError.contains(kToken) || s.summary().contains(kToken);
    }

private Q_SLOTS:
    void init() {
        openDatabase();
        m_content = std::make_unique<ListenBrainzContent>();
        m_content->addToken(kToken, QStringLiteral("alice"));
        m_http = std::make_unique<FaultServer>();
        m_http->setHandler(m_content->handler());
    }

    void cleanup() {
        tearDownScrobbler();
        m_layer.reset();
        m_http.reset();
        m_content.reset();
        m_database.reset();
    }

    void sendsTheListenAsPlayed() {
        startScrobbler();
        QSignalSpy pending(m_scrobbler.get(), &Scrobbler::pendingCountChanged);
        record({listenAt(1, startOf(1))}, {kTarget});
        QTRY_COMPARE_WITH_TIMEOUT(m_scrobbler->pending().value(kTarget), 1, kWaitMs);
        QVERIFY(afterDebounce(kTarget));

        QCOMPARE(m_content->stored().size(), 1);
        const auto sent = m_content->stored().first();
        QCOMPARE(sent.listenType, QStringLiteral("single"));
        QCOMPARE(sent.listenedAt, startOf(1).toSecsSinceEpoch());
        QCOMPARE(sent.artist, QStringLiteral("Artist 1"));
        QCOMPARE(sent.track, QStringLiteral("Song 1"));
        QCOMPARE(sent.release, QStringLiteral("Album 1"));
        QCOMPARE(sent.additionalInfo.value(QLatin1String("submission_client")).toString(),
                 QStringLiteral("Refrain"));
        QCOMPARE(sent.additionalInfo.value(QLatin1String("duration_ms")).toInteger(), 200'000);
        QCOMPARE(m_content->authorizations(), QList<QByteArray>({"Token " + kToken.toUtf8()}));
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
        QCOMPARE(pending.last().at(1).toLongLong(), 0);
        QCOMPARE(m_scrobbler->status(kTarget).summary(),
                 QStringLiteral("Every listen was sent to ListenBrainz."));
        QCOMPARE(counts(kTarget).pending, 0);
    }

    void offlineListensGoLaterWithTheirTimes() {
        m_http->setMode(FaultMode::refused());
        startScrobbler();
        const auto played = record(listens(150), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        Scrobbler::Status s = m_scrobbler->status(kTarget);
        QCOMPARE(s.state, Scrobbler::State::Waiting);
        QCOMPARE(s.pending, 150);
        QVERIFY2(s.summary().startsWith(
                     QLatin1String("150 listens waiting to be sent to ListenBrainz. Last try:")),
                 qPrintable(s.summary()));
        QVERIFY2(s.lastError.contains(QLatin1String("could not be reached")),
                 qPrintable(s.lastError));
        QVERIFY(!leaksToken());
        QCOMPARE(queued(kTarget).first().attempts, 1);

        // The network is back: the app says so, and the backlog goes at once in two imports.
        m_http->setMode(FaultMode::normal());
        QVERIFY(atRest(kTarget, [this] { m_scrobbler->retryNow(); }));
        QCOMPARE(storedTimes(), timesOf(played));
        QCOMPARE(m_content->received().size(), 150); // nothing twice
        QCOMPARE(m_content->acceptedRequests(), 2);  // 100 + 50
        QCOMPARE(m_content->stored().first().listenType, QStringLiteral("import"));
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
        QCOMPARE(m_scrobbler->status(kTarget).state, Scrobbler::State::Idle);
        QVERIFY(m_scrobbler->status(kTarget).lastError.isEmpty());
    }

    void aRestartResumesTheQueue() {
        m_http->setMode(FaultMode::refused());
        startScrobbler();
        const auto played = record(listens(5), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        QCOMPARE(m_scrobbler->pending().value(kTarget), 5);

        // Quit while offline; start again with the server back.
        tearDownScrobbler();
        m_layer.reset();
        reopenDatabase();
        m_http->setMode(FaultMode::normal());
        m_layer = std::make_unique<RequestLayer>(&m_clock);
        makeScrobbler(new ListenBrainzSubmitter(m_layer.get(), kToken, m_http->baseUrl()));
        QVERIFY(atRest(kTarget, [this] { m_scrobbler->start(); }));
        QCOMPARE(storedTimes(), timesOf(played));
        QCOMPARE(m_content->received().size(), 5);
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
        QCOMPARE(counts(kTarget).pending, 0);
    }

    void aSlowAnswerIsNotSentAgain() {
        startScrobbler();
        m_http->setMode(FaultMode::slow(1'500).times(1));
        record({listenAt(1, startOf(1))}, {kTarget});
        QSignalSpy idle(m_scrobbler.get(), &Scrobbler::idle);
        m_clock.advance(settings().debounceMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_http->inFlight(), 1, kWaitMs);
        // While the answer takes its time: another listen, the network "back", the debounce.
        record({listenAt(2, startOf(2))}, {kTarget});
        m_scrobbler->retryNow();
        m_clock.advance(settings().debounceMs);
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), kWaitMs);
        QCOMPARE(m_content->submitRequests(), 2);
        QCOMPARE(m_content->received().size(), 2);
        QCOMPARE(storedTimes(), timesOf({listenAt(1, startOf(1)), listenAt(2, startOf(2))}));
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
    }

    void anUnansweredSubmissionIsNotDoubledAndGoesAgainOnce() {
        // The request arrives and nothing comes back. While it hangs, nothing the app does takes
        // its listens again; after the timeout nothing was stored, so they go again, once.
        startScrobbler();
        m_http->setMode(FaultMode::blackHole().times(1));
        record(listens(3), {kTarget});
        m_clock.advance(settings().debounceMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_http->requestCount(), 1, kWaitMs);
        record(listens(1, 3), {kTarget});
        m_scrobbler->retryNow();
        m_clock.advance(settings().debounceMs);
        settle();
        QCOMPARE(m_scrobbler->status(kTarget).state, Scrobbler::State::Sending);
        QCOMPARE(m_http->requestCount(), 1);

        QVERIFY(atRest(kTarget, [this] { m_clock.advance(20'000); })); // the first-byte timeout
        QCOMPARE(m_scrobbler->status(kTarget).state, Scrobbler::State::Waiting);
        QVERIFY(m_content->received().isEmpty());
        QVERIFY(afterWait(kTarget));
        QCOMPARE(m_content->received().size(), 4);
        QCOMPARE(m_content->stored().size(), 4);
        QCOMPARE(m_http->requestCount(), 2);
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
    }

    void aLostAnswerIsStoredOnceByListenBrainz() {
        // Stored, then the answer is cut: it goes again (at least once, never lost), and
        // ListenBrainz keeps one copy of a listen with the same time and names.
        startScrobbler();
        m_http->setMode(FaultMode::resetMidBody().times(1));
        const auto played = record(listens(3), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        QCOMPARE(m_scrobbler->status(kTarget).state, Scrobbler::State::Waiting);
        QVERIFY(afterWait(kTarget));
        QCOMPARE(m_content->received().size(), 6);
        QCOMPARE(storedTimes(), timesOf(played));
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
    }

    void aRefusedTokenStopsWithAPlainMessage() {
        startScrobbler(QStringLiteral("not-my-token"));
        record(listens(3), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        Scrobbler::Status s = m_scrobbler->status(kTarget);
        QCOMPARE(s.state, Scrobbler::State::Stopped);
        QVERIFY2(s.lastError.startsWith(QLatin1String("The ListenBrainz token was refused.")),
                 qPrintable(s.lastError));
        QVERIFY(s.summary().startsWith(
            QLatin1String("3 listens waiting to be sent to ListenBrainz. The ListenBrainz token "
                          "was refused.")));
        QVERIFY(!s.lastError.contains(QLatin1String("not-my-token")));

        // No retry storm: the network coming back, new listens and an hour of timers send
        // nothing more with the same token.
        m_scrobbler->retryNow();
        record(listens(1, 3), {kTarget});
        for (int i = 0; i < 12; ++i)
            m_clock.advance(5 * 60'000);
        settle();
        QCOMPARE(m_layer->runningCount() + m_layer->queuedCount(), 0);
        QCOMPARE(m_content->submitRequests(), 1);
        QCOMPARE(m_scrobbler->status(kTarget).state, Scrobbler::State::Stopped);

        // A new token in the settings: everything goes.
        QVERIFY(atRest(kTarget, [this] {
            m_scrobbler->addTarget(
                new ListenBrainzSubmitter(m_layer.get(), kToken, m_http->baseUrl()));
        }));
        QCOMPARE(m_content->stored().size(), 4);
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
        QVERIFY(!leaksToken());
    }

    void aRateLimitIsWaitedOut() {
        m_content->setRateLimit(0, 30);
        startScrobbler();
        record(listens(2), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        const Scrobbler::Status s = m_scrobbler->status(kTarget);
        QCOMPARE(s.state, Scrobbler::State::Waiting);
        // X-RateLimit-Reset-In: 30, and a second to spare for its rounding.
        QCOMPARE(s.retryAtMs, m_clock.nowMs() + 31'000);
        QVERIFY(s.lastError.contains(QLatin1String("slow down")));
        QCOMPARE(counts(kTarget).pending, 2);
        QCOMPARE(queued(kTarget).first().attempts, 0); // not the listens' fault

        m_clock.advance(30'000);
        settle();
        QCOMPARE(m_layer->runningCount() + m_layer->queuedCount(), 0);
        QCOMPARE(m_content->submitRequests(), 1);
        m_content->setRateLimit(-1, 0); // the window is over
        QVERIFY(atRest(kTarget, [this] { m_clock.advance(1'000); }));
        QCOMPARE(m_content->stored().size(), 2);
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
    }

    void anAbsurdRateLimitWaitIsCappedAtAYear() {
        // A window "ending" in 9·10^15 s: waited for a year at most, never overflowed into a
        // time in the past that would send the listens again at once.
        m_content->setRateLimit(0, 9'000'000'000'000'000);
        startScrobbler();
        record(listens(1), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        const Scrobbler::Status s = m_scrobbler->status(kTarget);
        QCOMPARE(s.state, Scrobbler::State::Waiting);
        QCOMPARE(s.retryAtMs, m_clock.nowMs() + (366LL * 24 * 3600 + 1) * 1000);
        QCOMPARE(m_content->submitRequests(), 1);
        QCOMPARE(counts(kTarget).pending, 1);
    }

    void aUsedUpRateLimitWaitsBeforeTheNextRequest() {
        // One request left in the window: the backlog's second half waits for the window to end
        // instead of earning a 429.
        m_content->setRateLimit(1, 20);
        startScrobbler();
        record(listens(150), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        QCOMPARE(m_content->acceptedRequests(), 1);
        QCOMPARE(m_content->submitRequests(), 1);
        QCOMPARE(m_scrobbler->status(kTarget).state, Scrobbler::State::Waiting);
        QCOMPARE(m_scrobbler->status(kTarget).retryAtMs, m_clock.nowMs() + 21'000);
        QCOMPARE(m_scrobbler->pending().value(kTarget), 50);
        m_content->resetRateLimit();
        QVERIFY(afterWait(kTarget));
        QCOMPARE(m_content->stored().size(), 150);
        QCOMPARE(m_content->submitRequests(), 2);
    }

    void serverErrorsAreRetriedWithGrowingWaits() {
        m_http->setMode(FaultMode::serverError(503).times(2));
        startScrobbler();
        const auto played = record(listens(4), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        const qint64 firstWait = m_scrobbler->status(kTarget).retryAtMs - m_clock.nowMs();
        QVERIFY(m_scrobbler->status(kTarget).lastError.contains(QLatin1String("503")));
        QVERIFY(afterWait(kTarget));
        const qint64 secondWait = m_scrobbler->status(kTarget).retryAtMs - m_clock.nowMs();
        QVERIFY2(firstWait >= 5'000 && secondWait >= firstWait,
                 qPrintable(QStringLiteral("%1 then %2").arg(firstWait).arg(secondWait)));
        QCOMPARE(queued(kTarget).first().attempts, 2);
        QVERIFY(afterWait(kTarget));
        QCOMPARE(storedTimes(), timesOf(played));
        QCOMPARE(m_http->requestCount(), 3); // two 503s, then accepted
        QCOMPARE(m_scrobbler->pending().value(kTarget), 0);
    }

    void absurdlyLongNamesAreCutToFitTheListenSizeLimit() {
        // A tag editor's accident: thousands of characters, each needing \u escaping in JSON.
        // Cut to 512 characters a name, the listen stays under ListenBrainz's 10 KB a listen.
        startScrobbler();
        Listen l = listenAt(1, startOf(1));
        const QString noise = QString(QChar(0x01)).repeated(4'000); // 6 bytes each as JSON
        l.artist = QStringLiteral("A") + noise;
        l.title = QStringLiteral("T") + noise;
        l.album = QStringLiteral("R") + noise;
        record({l}, {kTarget});
        QVERIFY(afterDebounce(kTarget));
        QCOMPARE(m_content->stored().size(), 1);
        QCOMPARE(m_content->stored().first().track, l.title.left(512));
        QCOMPARE(counts(kTarget), (ScrobbleCounts{0, 0}));
    }

    void aBadListenDoesNotHoldBackTheOthers() {
        // A listen from a computer whose clock said 1999: ListenBrainz refuses the whole batch.
        // The batch is halved until that listen is found; it is refused with the server's reason
        // and the other nine go.
        startScrobbler();
        QList<Listen> batch = listens(10);
        batch[3].startedAt = QDateTime(QDate(1999, 12, 31), QTime(23, 0), QTimeZone::utc());
        QSignalSpy refused(m_scrobbler.get(), &Scrobbler::listensRefused);
        const auto played = record(batch, {kTarget});
        QVERIFY(afterDebounce(kTarget));

        QCOMPARE(m_content->stored().size(), 9);
        QCOMPARE(m_content->received().size(), 9);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(1).value<QList<qint64>>(), QList<qint64>({played[3].id}));
        const QString why = refused.first().at(2).toString();
        QVERIFY2(why.contains(QLatin1String("listened_at is too low")), qPrintable(why));
        const Scrobbler::Status s = m_scrobbler->status(kTarget);
        QCOMPARE(s.pending, 0);
        QCOMPARE(s.refused, 1);
        QCOMPARE(s.summary(), QStringLiteral("Every listen was sent to ListenBrainz. 1 listen "
                                             "refused by ListenBrainz."));
        // At most two requests per halving step on the way down to the one bad listen.
        QVERIFY(m_content->submitRequests() <= 1 + 2 * 4);

        // Later listens are not held back by the refused one.
        record(listens(2, 20), {kTarget});
        QVERIFY(afterDebounce(kTarget));
        QCOMPARE(m_content->stored().size(), 11);
        QCOMPARE(counts(kTarget), (ScrobbleCounts{0, 1}));
    }
};

} // namespace refrain::test

QTEST_GUILESS_MAIN(refrain::test::TestScrobbleListenBrainz)
#include "tst_scrobble_listenbrainz.moc"
