#include "core/service/request/circuitbreaker.h"

#include <algorithm>

namespace refrain {

CircuitBreaker::CircuitBreaker()
    : CircuitBreaker(Settings{}) {}

CircuitBreaker::CircuitBreaker(Settings settings)
    : m_settings(settings) {}

qint64 CircuitBreaker::retryAtMs() const {
    switch (m_state) {
    case State::Closed:
        return -1;
    case State::Open:
        return m_openUntil;
    case State::HalfOpen:
        return m_probeSince + m_settings.baseMs;
    }
    return -1;
}

bool CircuitBreaker::wouldReject(qint64 nowMs) const {
    switch (m_state) {
    case State::Closed:
        return false;
    case State::Open:
        return nowMs < m_openUntil;
    case State::HalfOpen:
        return true;
    }
    return false;
}

CircuitBreaker::Admission CircuitBreaker::admit(qint64 nowMs) {
    if (m_state == State::Closed)
        return Admission::Allow;
    if (m_state == State::Open && nowMs >= m_openUntil) {
        m_state = State::HalfOpen;
        m_probeSince = nowMs;
        return Admission::Probe;
    }
    return Admission::Reject;
}

void CircuitBreaker::open(qint64 nowMs, double unit, qint64 notBeforeMs) {
    m_state = State::Open;
    const Backoff schedule(m_settings.baseMs, m_settings.capMs);
    m_openUntil = std::max(nowMs + schedule.equalJitterMs(m_step, unit), notBeforeMs);
    m_probeSince = -1;
}

void CircuitBreaker::recordFailure(qint64 nowMs, bool probe, double unit, bool connectivity,
                                   qint64 notBeforeMs) {
    switch (m_state) {
    case State::Closed:
        if (++m_failures >= m_settings.failureThreshold) {
            m_step = 0;
            m_unreachable = connectivity;
            open(nowMs, unit, notBeforeMs);
        }
        return;
    case State::HalfOpen:
        if (!probe)
            return; // a request sent before the breaker opened; the probe decides
        ++m_step;
        m_unreachable = connectivity;
        open(nowMs, unit, notBeforeMs);
        return;
    case State::Open:
        // Stragglers sent before it opened add nothing, except a longer Retry-After.
        m_openUntil = std::max(m_openUntil, notBeforeMs);
        return;
    }
}

void CircuitBreaker::recordSuccess() {
    m_state = State::Closed;
    m_failures = 0;
    m_step = 0;
    m_openUntil = -1;
    m_probeSince = -1;
    m_unreachable = false;
}

void CircuitBreaker::probeAbandoned(qint64 nowMs) {
    if (m_state != State::HalfOpen)
        return;
    m_state = State::Open;
    m_openUntil = nowMs;
    m_probeSince = -1;
}

void CircuitBreaker::retryNow(qint64 nowMs) {
    if (m_state == State::Open)
        m_openUntil = std::min(m_openUntil, nowMs);
}

void CircuitBreaker::serverSeenAlive(qint64 nowMs) {
    if (m_state == State::Open && m_unreachable)
        m_openUntil = std::min(m_openUntil, nowMs);
}

int CircuitBreaker::maxProbesWithin(qint64 windowMs, const Settings &settings) {
    const Backoff schedule(settings.baseMs, settings.capMs);
    qint64 t = 0;
    int probes = 0;
    for (int step = 0;; ++step) {
        t += std::max<qint64>(1, schedule.ceilingMs(step) / 2);
        if (t > windowMs)
            return probes;
        ++probes;
    }
}

} // namespace refrain
