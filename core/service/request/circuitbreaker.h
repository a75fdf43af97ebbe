// CircuitBreaker: one component's memory of a failing server — after repeated failures it stops
// that component's traffic, then lets exactly one probe through per backoff step until the
// server answers again. Plain state, driven by the request layer with its clock's time.
//
// The schedule (defaults: 3 failures, base 2 s, cap 5 min):
//   Closed ── failureThreshold consecutive failures (timeouts, refused or reset connections,
//   5xx, 429; not 4xx, which prove the server alive) ──► Open, step 0.
//   Open for step n: uniformly random in [c/2, c], c = min(cap, base·2^n); requests fail fast
//   with CircuitOpen and send nothing.
//       step      0   1   2   3    4    5    6     7     8 and on
//       ceiling   2s  4s  8s  16s  32s  64s  128s  256s  300s
//       at least  1s  2s  4s  8s   16s  32s  64s   128s  150s
//   Then HalfOpen: the next request is the one probe; every other request still fails fast.
//   Probe answered ──► Closed (step back to 0). Probe failed ──► Open, step n+1.
// So an outage of T ms costs each component at most maxProbesWithin(T) probes — 10 in ten
// minutes — after the failures that opened it (through the RequestLayer: at most
// failureThreshold − 1 finished plus maxConcurrent in flight, i.e. 8 with the defaults). Only two
// things cut a wait short: retryNow() (the user pressed Retry, the network came back) and
// serverSeenAlive() (another component just got an answer, so a breaker opened by unreachability
// may probe at once).
#pragma once

#include "core/service/request/backoff.h"

namespace refrain {

class CircuitBreaker {
public:
    enum class State { Closed, Open, HalfOpen };
    enum class Admission { Allow, Probe, Reject };

    struct Settings {
        int failureThreshold = 3;
        qint64 baseMs = 2'000;
        qint64 capMs = 5 * 60'000;
    };

    CircuitBreaker();
    explicit CircuitBreaker(Settings settings);

    State state() const { return m_state; }
    int step() const { return m_step; }
    int consecutiveFailures() const { return m_failures; }
    // Open: when the probe may go; HalfOpen: a guess at when the probe will have answered;
    // Closed: -1.
    qint64 retryAtMs() const;

    // Whether a request now would fail fast (does not claim the probe).
    bool wouldReject(qint64 nowMs) const;
    // Decides for a request about to be sent; Probe claims the single probe of this step.
    Admission admit(qint64 nowMs);

    // `probe`: the request was the one admitted as Probe. `unit` is a random number in [0, 1]
    // for the jitter. `connectivity`: the server could not be reached at all (timeout, refused,
    // reset) rather than answering badly. `notBeforeMs`: a Retry-After, as a clock time.
    void recordFailure(qint64 nowMs, bool probe, double unit, bool connectivity,
                       qint64 notBeforeMs = -1);
    // Any answer from the server (a 404 too) shows it is alive.
    void recordSuccess();
    // The probe ended without telling anything (cancelled, local network down): probe again.
    void probeAbandoned(qint64 nowMs);
    // Stop waiting: the next request probes.
    void retryNow(qint64 nowMs);
    // Another component reached the server: if this one opened because the server could not be
    // reached, the next request probes.
    void serverSeenAlive(qint64 nowMs);

    const Settings &settings() const { return m_settings; }
    // The documented bound: probes one component can send in an outage of windowMs, whatever
    // the jitter (every step waits at least half its ceiling; probe durations only lower it).
    static int maxProbesWithin(qint64 windowMs, const Settings &settings);

private:
    void open(qint64 nowMs, double unit, qint64 notBeforeMs);

    Settings m_settings;
    State m_state = State::Closed;
    int m_failures = 0;
    int m_step = 0;
    qint64 m_openUntil = -1;
    qint64 m_probeSince = -1;
    bool m_unreachable = false;
};

} // namespace refrain
