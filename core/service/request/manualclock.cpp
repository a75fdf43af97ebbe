#include "core/service/request/manualclock.h"

namespace refrain {

ManualClock::ManualClock(qint64 startMs, QDateTime wallStart)
    : m_now(startMs)
    , m_start(startMs)
    , m_wallStart(std::move(wallStart)) {}

QDateTime ManualClock::wallNow() const {
    return m_wallStart.addMSecs(m_now - m_start);
}

Clock::TimerId ManualClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) {
    const TimerId id = m_nextId++;
    const qint64 due = m_now + std::max<qint64>(0, delayMs);
    m_timers.emplace(std::make_pair(due, id), Timer{context, std::move(fn)});
    m_due.insert(id, due);
    return id;
}

void ManualClock::cancel(TimerId id) {
    const auto it = m_due.constFind(id);
    if (it == m_due.constEnd())
        return;
    m_timers.erase({it.value(), id});
    m_due.erase(it);
}

void ManualClock::advance(qint64 ms) {
    advanceTo(m_now + std::max<qint64>(0, ms));
}

void ManualClock::advanceTo(qint64 ms) {
    while (!m_timers.empty() && m_timers.begin()->first.first <= ms) {
        auto first = m_timers.begin();
        const TimerId id = first->first.second;
        m_now = std::max(m_now, first->first.first);
        Timer timer = std::move(first->second);
        m_timers.erase(first);
        m_due.remove(id);
        if (timer.context)
            timer.fn();
    }
    m_now = std::max(m_now, ms);
}

qint64 ManualClock::nextDueMs() const {
    return m_timers.empty() ? -1 : m_timers.begin()->first.first;
}

} // namespace refrain
