// RequestLayer: the one way the app talks to the music service — one shared
// QNetworkAccessManager; per-attempt deadlines; retries for idempotent requests only
// (exponential backoff with full jitter, Retry-After honoured on 429/503); a circuit breaker per
// component (schedule in circuitbreaker.h); identical in-flight GETs coalesced; at most
// maxConcurrent exchanges at once, the rest queued by priority. Every finished exchange (one
// for all the callers it was shared by) and every fast failure is published as a RequestOutcome
// for the health monitor.
//
// Lives on the thread that creates it (asserted) and never blocks it. Time comes from the
// injected Clock, so simulated time drives deadlines, backoff and breakers alike; the clock must
// outlive the layer's work, though not its destructor, which never touches it.
#pragma once

#include "core/service/request/circuitbreaker.h"
#include "core/service/request/clock.h"
#include "core/service/request/requestreply.h"
#include "core/service/request/requestspec.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include <array>

class QNetworkAccessManager;

namespace refrain {

class RequestFlight;

class RequestLayer : public QObject {
    Q_OBJECT
public:
    struct Policy {
        int maxConcurrent = 6;
        CircuitBreaker::Settings breaker;
        // Retry waits: uniform in [0, min(retryCap, retryBase·2^n)] before retry n+1.
        qint64 retryBaseMs = 500;
        qint64 retryCapMs = 8'000;
        // A Retry-After longer than this is reported (result().retryAtMs), not waited out.
        qint64 maxRetryAfterMs = 60'000;
        quint32 seed = 0; // jitter; 0: seeded from the system
    };

    explicit RequestLayer(Clock *clock, QObject *parent = nullptr);
    RequestLayer(Clock *clock, Policy policy, QObject *parent = nullptr);
    ~RequestLayer() override;

    // The reply belongs to the caller: delete it (deleteLater) after finished().
    RequestReply *send(RequestSpec spec);
    RequestReply *get(const QUrl &url, RequestOptions options = {});
    // Not idempotent unless options say so: sent once, never retried or coalesced.
    RequestReply *post(const QUrl &url, const QByteArray &body,
                       const QByteArray &contentType = "application/x-www-form-urlencoded",
                       RequestOptions options = nonIdempotent());

    // The user pressed Retry, or the network came back: every open breaker lets its next
    // request through as a probe now.
    void retryNow();
    void retryNow(Component component);

    CircuitBreaker::State circuitState(Component component) const;
    // When an open breaker lets its probe through (clock ms); -1 when closed.
    qint64 circuitRetryAtMs(Component component) const;
    int runningCount() const { return m_running; }
    int queuedCount() const { return int(m_queue.size()); }
    // Exchanges put on the wire (attempts, redirect hops excluded), per component.
    int attemptsSent(Component component) const;
    const Policy &policy() const { return m_policy; }
    Clock *clock() const { return m_clock; }

    static RequestOptions nonIdempotent() {
        RequestOptions options;
        options.idempotent = false;
        return options;
    }

Q_SIGNALS:
    void outcome(const refrain::RequestOutcome &outcome);
    void circuitChanged(refrain::Component component, refrain::CircuitBreaker::State state,
                        qint64 retryAtMs);

private:
    friend class RequestReply;

    CircuitBreaker &breaker(Component component) { return m_breakers[size_t(component)]; }
    const CircuitBreaker &breaker(Component component) const {
        return m_breakers[size_t(component)];
    }
    double jitterUnit() { return m_random.generateDouble(); }

    void enqueue(RequestFlight *flight);
    void pump();
    void onAttemptFinished(RequestFlight *flight);
    void updateBreakers(RequestFlight *flight, const RequestResult &result);
    bool scheduleRetry(RequestFlight *flight, const RequestResult &result);
    void finishFlight(RequestFlight *flight, RequestResult result);
    RequestResult circuitOpenResult(Component component, const QUrl &url) const;
    void publish(Component component, const RequestResult &result, qint64 latencyMs);
    void cancelReply(RequestReply *reply);
    void dropReply(RequestFlight *flight, RequestReply *reply);
    void announceBreakers();

    Clock *m_clock;
    Policy m_policy;
    QNetworkAccessManager *m_network;
    QRandomGenerator m_random;
    std::array<CircuitBreaker, kComponentCount> m_breakers;
    std::array<CircuitBreaker::State, kComponentCount> m_announced{};
    std::array<qint64, kComponentCount> m_announcedRetryAt{};
    std::array<int, kComponentCount> m_attemptsSent{};
    QList<RequestFlight *> m_queue; // by priority, then first come
    QHash<QString, RequestFlight *> m_coalescing;
    int m_running = 0;
    bool m_pumping = false;
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::CircuitBreaker::State)
