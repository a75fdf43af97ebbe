// ManualClock: simulated time for tests and benchmarks — it stands still until advance() moves
// it, and then fires every timer that came due, in order, each at its own due time.
#pragma once

#include "core/service/request/clock.h"

#include <QHash>
#include <QPointer>
#include <QTimeZone>

#include <map>

namespace refrain {

class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 1'000'000,
                         QDateTime wallStart = QDateTime::fromSecsSinceEpoch(1'790'000'000,
                                                                             QTimeZone::utc()));

    qint64 nowMs() const override { return m_now; }
    QDateTime wallNow() const override;
    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    // Moves time forward, firing due timers (including ones they schedule within the span).
    void advance(qint64 ms);
    void advanceTo(qint64 ms);
    // When the next timer is due, or -1 when none is pending.
    qint64 nextDueMs() const;
    int pendingTimers() const { return int(m_timers.size()); }

private:
    struct Timer {
        QPointer<QObject> context;
        std::function<void()> fn;
    };

    qint64 m_now;
    qint64 m_start;
    QDateTime m_wallStart;
    TimerId m_nextId = 1;
    std::map<std::pair<qint64, TimerId>, Timer> m_timers; // by (due, id): due order, then FIFO
    QHash<TimerId, qint64> m_due;
};

} // namespace refrain
