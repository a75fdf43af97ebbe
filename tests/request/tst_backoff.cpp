// The waiting rules, in simulated time: retry backoff with full jitter, Retry-After, the circuit
// breaker's schedule (the one documented in circuitbreaker.h), and the clock that drives them.
#include "core/service/request/backoff.h"
#include "core/service/request/circuitbreaker.h"
#include "core/service/request/manualclock.h"

#include <QTest>
#include <QTimeZone>

using namespace refrain;

class TestBackoff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ceilingsDoubleUpToTheCap() {
        const Backoff backoff(500, 8'000);
        QCOMPARE(backoff.ceilingMs(0), 500);
        QCOMPARE(backoff.ceilingMs(1), 1'000);
        QCOMPARE(backoff.ceilingMs(4), 8'000);
        QCOMPARE(backoff.ceilingMs(5), 8'000);
        QCOMPARE(backoff.ceilingMs(1'000), 8'000); // no overflow
    }

    void fullJitterSpansZeroToTheCeiling() {
        const Backoff backoff(500, 8'000);
        QCOMPARE(backoff.fullJitterMs(3, 0.0), 0);
        QCOMPARE(backoff.fullJitterMs(3, 1.0), 4'000);
        QCOMPARE(backoff.fullJitterMs(3, 0.5), 2'000);
        QCOMPARE(backoff.equalJitterMs(3, 0.0), 2'000);
        QCOMPARE(backoff.equalJitterMs(3, 1.0), 4'000);
    }

    void readsRetryAfter() {
        const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(Backoff::parseRetryAfterMs("120", now), 120'000);
        QCOMPARE(Backoff::parseRetryAfterMs(" 0 ", now), 0);
        QCOMPARE(Backoff::parseRetryAfterMs("Fri, 27 Nov 2026 12:00:30 GMT", now), 30'000);
        QCOMPARE(Backoff::parseRetryAfterMs("Fri, 27 Nov 2026 11:00:00 GMT", now), 0); // past
        QVERIFY(!Backoff::parseRetryAfterMs("soon", now));
        QVERIFY(!Backoff::parseRetryAfterMs("-5", now));
        QVERIFY(!Backoff::parseRetryAfterMs("", now));
        // Absurd waits are capped at a year, not overflowed into the past.
        QCOMPARE(Backoff::parseRetryAfterMs("9223372036854775807", now), Backoff::kMaxRetryAfterMs);
        QCOMPARE(Backoff::parseRetryAfterMs("Fri, 31 Dec 9999 23:59:59 GMT", now),
                 Backoff::kMaxRetryAfterMs);
    }

    void manualClockFiresTimersInOrderAtTheirTime() {
        ManualClock clock(0);
        QObject context;
        QList<qint64> firedAt;
        clock.callAfter(300, &context, [&] { firedAt.append(clock.nowMs()); });
        clock.callAfter(100, &context, [&] {
            firedAt.append(clock.nowMs());
            // Scheduled while advancing, due within the span: fires in the same advance.
            clock.callAfter(50, &context, [&] { firedAt.append(clock.nowMs()); });
        });
        const Clock::TimerId cancelled =
            clock.callAfter(200, &context, [&] { firedAt.append(-1); });
        clock.cancel(cancelled);
        clock.advance(99);
        QVERIFY(firedAt.isEmpty());
        QCOMPARE(clock.nextDueMs(), 100);
        clock.advance(1'000);
        QCOMPARE(firedAt, (QList<qint64>{100, 150, 300}));
        QCOMPARE(clock.nowMs(), 1'099);

        auto gone = std::make_unique<QObject>();
        bool fired = false;
        clock.callAfter(10, gone.get(), [&] { fired = true; });
        gone.reset();
        clock.advance(10);
        QVERIFY(!fired); // its context died first
        QCOMPARE(clock.wallNow(),
                 QDateTime::fromSecsSinceEpoch(1'790'000'000, QTimeZone::utc()).addMSecs(1'109));
    }

    // The documented schedule, step by step: fail fast while open, exactly one probe per step,
    // each step's wait within [ceiling/2, ceiling], success closes.
    void breakerFollowsTheDocumentedSchedule() {
        ManualClock clock(0);
        CircuitBreaker breaker; // defaults: 3 failures, base 2 s, cap 5 min
        QCOMPARE(breaker.admit(clock.nowMs()), CircuitBreaker::Admission::Allow);
        breaker.recordFailure(clock.nowMs(), false, 0.5, true);
        breaker.recordFailure(clock.nowMs(), false, 0.5, true);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        breaker.recordFailure(clock.nowMs(), false, 0.5, true);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);

        const QList<qint64> ceilings = {2'000,  4'000,   8'000,   16'000,  32'000,
                                        64'000, 128'000, 256'000, 300'000, 300'000};
        for (int step = 0; step < ceilings.size(); ++step) {
            QCOMPARE(breaker.step(), step);
            const qint64 wait = breaker.retryAtMs() - clock.nowMs();
            QVERIFY2(wait >= ceilings.at(step) / 2 && wait <= ceilings.at(step),
                     qPrintable(QStringLiteral("step %1 waits %2 ms").arg(step).arg(wait)));
            clock.advance(wait - 1);
            QVERIFY(breaker.wouldReject(clock.nowMs()));
            QCOMPARE(breaker.admit(clock.nowMs()), CircuitBreaker::Admission::Reject);
            clock.advance(1);
            QVERIFY(!breaker.wouldReject(clock.nowMs()));
            QCOMPARE(breaker.admit(clock.nowMs()), CircuitBreaker::Admission::Probe);
            // While the probe is out, everyone else still fails fast.
            QCOMPARE(breaker.admit(clock.nowMs()), CircuitBreaker::Admission::Reject);
            QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen);
            clock.advance(15'000); // the probe hangs until its deadline
            breaker.recordFailure(clock.nowMs(), true, double(step % 3) / 2.0, true);
            QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        }
        breaker.retryNow(clock.nowMs()); // the user pressed Retry
        QCOMPARE(breaker.admit(clock.nowMs()), CircuitBreaker::Admission::Probe);
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QCOMPARE(breaker.step(), 0);
        QCOMPARE(breaker.admit(clock.nowMs()), CircuitBreaker::Admission::Allow);
    }

    void boundsProbesInAnOutage() {
        const CircuitBreaker::Settings defaults;
        // 1+2+4+…+128 s = 255 s for eight steps, then 150 s each: probes at 405 s and 555 s.
        QCOMPARE(CircuitBreaker::maxProbesWithin(10 * 60'000, defaults), 10);
        QCOMPARE(CircuitBreaker::maxProbesWithin(999, defaults), 0);
        QCOMPARE(CircuitBreaker::maxProbesWithin(1'000, defaults), 1);

        // Whatever the jitter, instant probes (the worst case) never beat the bound.
        for (const double unit : {0.0, 0.37, 1.0}) {
            CircuitBreaker breaker;
            const qint64 start = 0;
            for (int i = 0; i < 3; ++i)
                breaker.recordFailure(start, false, unit, true);
            int probes = 0;
            qint64 now = start;
            while (true) {
                now = breaker.retryAtMs();
                if (now - start > 10 * 60'000)
                    break;
                QCOMPARE(breaker.admit(now), CircuitBreaker::Admission::Probe);
                ++probes;
                breaker.recordFailure(now, true, unit, true);
            }
            QVERIFY2(probes <= 10, qPrintable(QString::number(probes)));
        }
    }

    void answersAndNotFoundKeepTheBreakerClosed() {
        CircuitBreaker breaker;
        breaker.recordFailure(0, false, 0.5, true);
        breaker.recordFailure(0, false, 0.5, true);
        breaker.recordSuccess(); // e.g. a 404: the server is alive
        breaker.recordFailure(0, false, 0.5, true);
        breaker.recordFailure(0, false, 0.5, true);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
    }

    void retryAfterHoldsTheBreakerOpenLonger() {
        CircuitBreaker breaker;
        for (int i = 0; i < 3; ++i)
            breaker.recordFailure(0, false, 0.5, false, 60'000);
        QCOMPARE(breaker.retryAtMs(), 60'000);
        breaker.serverSeenAlive(1'000); // opened by 503s, not unreachability: keeps waiting
        QCOMPARE(breaker.retryAtMs(), 60'000);
    }

    void anotherComponentsAnswerCutsAnUnreachableWaitShort() {
        CircuitBreaker breaker;
        for (int i = 0; i < 3; ++i)
            breaker.recordFailure(0, false, 0.5, true);
        QVERIFY(breaker.wouldReject(10));
        breaker.serverSeenAlive(10);
        QVERIFY(!breaker.wouldReject(10));
        QCOMPARE(breaker.admit(10), CircuitBreaker::Admission::Probe);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
