// Backoff: how long to wait before trying again — exponential steps capped at a ceiling, with
// the randomness ("jitter") that keeps many clients from retrying in lockstep; and what a
// server's Retry-After asks for.
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace refrain {

class Backoff {
public:
    // The longest Retry-After taken as said: a server asking for more is waited on no longer,
    // and an absurd number ("99999999999999999") cannot overflow the arithmetic of its callers.
    static constexpr qint64 kMaxRetryAfterMs = 366LL * 24 * 3600 * 1000;

    constexpr Backoff(qint64 baseMs, qint64 capMs)
        : m_baseMs(baseMs)
        , m_capMs(capMs) {}

    // min(cap, base·2^step)
    qint64 ceilingMs(int step) const;
    // "Full jitter": uniform in [0, ceiling]; `unit` is a random number in [0, 1].
    qint64 fullJitterMs(int step, double unit) const;
    // "Equal jitter": uniform in [ceiling/2, ceiling], so a step is never shorter than half its
    // ceiling — what bounds the number of circuit-breaker probes.
    qint64 equalJitterMs(int step, double unit) const;

    // Retry-After as delta-seconds ("120") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"),
    // in milliseconds from nowUtc (never negative, at most kMaxRetryAfterMs); nothing when
    // unreadable.
    static std::optional<qint64> parseRetryAfterMs(const QByteArray &value,
                                                   const QDateTime &nowUtc);

private:
    qint64 m_baseMs;
    qint64 m_capMs;
};

} // namespace refrain
