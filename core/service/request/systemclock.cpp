#include "core/service/request/systemclock.h"

#include <QDeadlineTimer>
#include <QTimer>

#include <limits>
#include <utility>

namespace refrain {

SystemClock::~SystemClock() {
    // The timers are children of their contexts; none may call back into a dead clock.
    const auto timers = std::exchange(m_timers, {});
    for (const QPointer<QTimer> &timer : timers)
        delete timer.data();
}

qint64 SystemClock::nowMs() const {
    return QDeadlineTimer::current().deadline();
}

QDateTime SystemClock::wallNow() const {
    return QDateTime::currentDateTimeUtc();
}

Clock::TimerId SystemClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) {
    const TimerId id = m_nextId++;
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    // Short waits (deadlines, probes) should not slip by the coarse timer's 5%.
    timer->setTimerType(delayMs < 60'000 ? Qt::PreciseTimer : Qt::CoarseTimer);
    QObject::connect(timer, &QTimer::timeout, timer, [this, id, timer, fn = std::move(fn)] {
        m_timers.remove(id);
        timer->deleteLater();
        fn();
    });
    // Timers that died with their context leave null entries; sweep them now and then rather
    // than connect to destroyed(), which could call into a clock destroyed before them.
    if (m_timers.size() >= m_sweepAt) {
        m_timers.removeIf([](const auto &entry) { return entry.value().isNull(); });
        m_sweepAt = std::max<qsizetype>(64, m_timers.size() * 2);
    }
    m_timers.insert(id, timer);
    timer->start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
    return id;
}

void SystemClock::cancel(TimerId id) {
    if (QTimer *timer = m_timers.take(id).data()) {
        timer->stop();
        timer->deleteLater();
    }
}

} // namespace refrain
