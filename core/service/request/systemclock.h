// SystemClock: the real Clock of the application — steady time and QTimer-based timers. It may
// be destroyed before the objects that used it: its pending timers go with it.
#pragma once

#include "core/service/request/clock.h"

#include <QHash>
#include <QPointer>

class QTimer;

namespace refrain {

class SystemClock final : public Clock {
public:
    SystemClock() = default;
    ~SystemClock() override;
    SystemClock(const SystemClock &) = delete;
    SystemClock &operator=(const SystemClock &) = delete;

    qint64 nowMs() const override;
    QDateTime wallNow() const override;
    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

private:
    QHash<TimerId, QPointer<QTimer>> m_timers;
    TimerId m_nextId = 1;
    qsizetype m_sweepAt = 64;
};

} // namespace refrain
