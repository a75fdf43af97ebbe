// Clock: the time the request layer lives by — "now" and one-shot timers — injected so that
// backoff, deadlines and circuit breakers can be driven by simulated time in tests.
#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <functional>

class QObject;

namespace refrain {

class Clock {
public:
    using TimerId = quint64; // never 0

    virtual ~Clock() = default;

    // Monotonic milliseconds; only differences mean anything.
    virtual qint64 nowMs() const = 0;
    // The calendar time in UTC (Retry-After dates, outcome time stamps).
    virtual QDateTime wallNow() const = 0;
    // Calls `fn` once after delayMs of this clock's time, unless cancelled first or `context`
    // is destroyed first. Call it from `context`'s thread; `fn` runs there.
    virtual TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;
    virtual void cancel(TimerId id) = 0;
};

} // namespace refrain
