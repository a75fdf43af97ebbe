#include "core/service/request/requestlayer.h"

#include "core/service/request/requestflight.h"

#include <QNetworkAccessManager>
#include <QThread>

namespace refrain {

namespace {

bool unreachable(FailureKind kind) {
    return kind == FailureKind::Timeout || kind == FailureKind::Refused
           || kind == FailureKind::Reset;
}

bool overloaded(const RequestResult &r) {
    return r.failure == FailureKind::HttpStatus && (r.httpStatus >= 500 || r.httpStatus == 429);
}

// The server said something, so it is alive — even a 404 or a body that was too big.
bool serverAnswered(const RequestResult &r) {
    switch (r.failure) {
    case FailureKind::None:
    case FailureKind::TooLarge:
    case FailureKind::Redirected:
        return true;
    case FailureKind::HttpStatus:
        return !overloaded(r);
    default:
        return false;
    }
}

// Worth another try: the same request may well succeed a moment later.
bool retryable(const RequestResult &r) {
    if (unreachable(r.failure))
        return true;
    if (r.failure != FailureKind::HttpStatus)
        return false;
    switch (r.httpStatus) {
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

QString seconds(qint64 ms) {
    return QString::number((std::max<qint64>(0, ms) + 999) / 1000);
}

} // namespace

RequestLayer::RequestLayer(Clock *clock, QObject *parent)
    : RequestLayer(clock, Policy{}, parent) {}

RequestLayer::RequestLayer(Clock *clock, Policy policy, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_policy(policy)
    , m_network(new QNetworkAccessManager(this))
    , m_random(policy.seed ? policy.seed : QRandomGenerator::system()->generate()) {
    m_breakers.fill(CircuitBreaker(policy.breaker));
    m_announced.fill(CircuitBreaker::State::Closed);
    m_announcedRetryAt.fill(-1);
    qRegisterMetaType<RequestOutcome>();
    qRegisterMetaType<Component>();
    qRegisterMetaType<FailureKind>();
    qRegisterMetaType<CircuitBreaker::State>();
}

RequestLayer::~RequestLayer() {
    // Flights first: their network replies belong to the access manager.
    const auto flights = findChildren<RequestFlight *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(flights);
}

RequestReply *RequestLayer::get(const QUrl &url, RequestOptions options) {
    RequestSpec spec;
    spec.url = url;
    spec.options = std::move(options);
    return send(std::move(spec));
}

RequestReply *RequestLayer::post(const QUrl &url, const QByteArray &body,
                                 const QByteArray &contentType, RequestOptions options) {
    RequestSpec spec;
    spec.method = "POST";
    spec.url = url;
    spec.body = body;
    spec.contentType = contentType;
    spec.options = std::move(options);
    return send(std::move(spec));
}

RequestReply *RequestLayer::send(RequestSpec spec) {
    Q_ASSERT(QThread::currentThread() == thread());
    const qint64 now = m_clock->nowMs();
    RequestOptions &options = spec.options;
    if (!options.idempotent)
        options.maxAttempts = 1;
    const Component component = options.component;
    auto *reply = new RequestReply(this, component, now);

    QString key;
    if (options.idempotent && spec.method == "GET" && !options.streamBody)
        key = options.coalescingKey.isEmpty() ? spec.url.toString(QUrl::FullyEncoded)
                                              : options.coalescingKey;
    if (RequestFlight *shared = key.isEmpty() ? nullptr : m_coalescing.value(key)) {
        shared->book.replies.append(reply);
        reply->m_flight = shared;
        return reply;
    }
    if (component != Component::Probe && breaker(component).wouldReject(now)) {
        const RequestResult result = circuitOpenResult(component, spec.url);
        reply->deliver(result);
        publish(component, result, 0);
        return reply;
    }

    auto *flight = new RequestFlight(std::move(spec), key, m_clock, m_network, this);
    flight->book.replies = {reply};
    flight->book.submittedMs = now;
    reply->m_flight = flight;
    connect(flight, &RequestFlight::attemptFinished, this,
            [this, flight] { onAttemptFinished(flight); });
    connect(flight, &RequestFlight::bodyReceived, this, [flight](const QByteArray &bytes) {
        const auto replies = flight->book.replies;
        for (const QPointer<RequestReply> &r : replies) {
            if (r)
                r->appendBody(bytes);
        }
    });
    connect(flight, &RequestFlight::streamStarted, this,
            [flight](int status, const QList<QPair<QByteArray, QByteArray>> &headers) {
                const auto replies = flight->book.replies;
                for (const QPointer<RequestReply> &r : replies) {
                    if (r)
                        r->startStream(status, headers);
                }
            });
    if (!key.isEmpty())
        m_coalescing.insert(key, flight);
    enqueue(flight);
    pump();
    return reply;
}

void RequestLayer::enqueue(RequestFlight *flight) {
    const int priority = flight->spec().options.priority;
    qsizetype at = m_queue.size();
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i)->spec().options.priority < priority) {
            at = i;
            break;
        }
    }
    m_queue.insert(at, flight);
    flight->book.queued = true;
}

void RequestLayer::pump() {
    if (m_pumping)
        return; // the outer call's loop picks up whatever changed
    m_pumping = true;
    while (m_running < m_policy.maxConcurrent && !m_queue.isEmpty()) {
        RequestFlight *flight = m_queue.takeFirst();
        flight->book.queued = false;
        flight->book.probe = false;
        const Component component = flight->component();
        if (component != Component::Probe) {
            // Asked again at the head of the queue: the breaker may have opened meanwhile.
            const auto admission = breaker(component).admit(m_clock->nowMs());
            if (admission == CircuitBreaker::Admission::Reject) {
                finishFlight(flight, circuitOpenResult(component, flight->spec().url));
                continue;
            }
            flight->book.probe = admission == CircuitBreaker::Admission::Probe;
        }
        ++m_running;
        ++m_attemptsSent[size_t(component)];
        flight->startAttempt();
    }
    m_pumping = false;
    announceBreakers();
}

void RequestLayer::onAttemptFinished(RequestFlight *flight) {
    --m_running;
    const RequestResult &result = flight->lastResult();
    updateBreakers(flight, result);
    if (!scheduleRetry(flight, result))
        finishFlight(flight, result);
    pump();
}

void RequestLayer::updateBreakers(RequestFlight *flight, const RequestResult &result) {
    const qint64 now = m_clock->nowMs();
    const bool answered = serverAnswered(result);
    const Component component = flight->component();
    if (component != Component::Probe) {
        CircuitBreaker &b = breaker(component);
        if (unreachable(result.failure) || overloaded(result)) {
            const qint64 wait = flight->retryAfterMs();
            b.recordFailure(now, flight->book.probe, jitterUnit(), unreachable(result.failure),
                            wait >= 0 ? now + wait : -1);
        } else if (answered) {
            b.recordSuccess();
        } else if (flight->book.probe) {
            b.probeAbandoned(now);
        }
    }
    if (answered) {
        for (CircuitBreaker &b : m_breakers)
            b.serverSeenAlive(now);
    }
}

bool RequestLayer::scheduleRetry(RequestFlight *flight, const RequestResult &result) {
    const RequestOptions &options = flight->spec().options;
    if (!options.idempotent || flight->book.probe || flight->attempts() >= options.maxAttempts
        || flight->bytesDelivered() > 0 || !retryable(result))
        return false;
    const Component component = flight->component();
    // Once the breaker is open, the caller hears of the failure now rather than of a fast
    // CircuitOpen later.
    if (component != Component::Probe
        && breaker(component).state() != CircuitBreaker::State::Closed)
        return false;
    bool anyoneWaiting = false;
    for (const QPointer<RequestReply> &r : std::as_const(flight->book.replies))
        anyoneWaiting = anyoneWaiting || !r.isNull();
    if (!anyoneWaiting)
        return false;

    qint64 delay = 0;
    const qint64 retryAfter = flight->retryAfterMs();
    if (retryAfter >= 0) {
        if (retryAfter > m_policy.maxRetryAfterMs)
            return false;
        // At least what the server asked, spread a little so clients do not return together.
        delay = retryAfter + qint64(jitterUnit() * double(retryAfter) / 10.0);
    } else {
        delay = Backoff(m_policy.retryBaseMs, m_policy.retryCapMs)
                    .fullJitterMs(flight->attempts() - 1, jitterUnit());
    }
    flight->book.retryTimer = m_clock->callAfter(delay, flight, [this, flight] {
        flight->book.retryTimer = 0;
        enqueue(flight);
        pump();
    });
    return true;
}

void RequestLayer::finishFlight(RequestFlight *flight, RequestResult result) {
    const qint64 now = m_clock->nowMs();
    if (m_coalescing.value(flight->coalescingKey()) == flight)
        m_coalescing.remove(flight->coalescingKey());
    m_queue.removeOne(flight);
    if (flight->book.retryTimer)
        m_clock->cancel(std::exchange(flight->book.retryTimer, 0));
    if (result.url.isEmpty())
        result.url = flight->spec().url;
    result.attempts = flight->attempts();
    const auto replies = std::exchange(flight->book.replies, {});
    for (const QPointer<RequestReply> &reply : replies) {
        if (!reply)
            continue;
        RequestResult own = result;
        own.latencyMs = now - reply->m_submittedMs;
        reply->deliver(std::move(own));
    }
    publish(flight->component(), result, now - flight->book.submittedMs);
    flight->deleteLater();
}

RequestResult RequestLayer::circuitOpenResult(Component component, const QUrl &url) const {
    const CircuitBreaker &b = breaker(component);
    RequestResult result;
    result.failure = FailureKind::CircuitOpen;
    result.url = url;
    result.retryAtMs = b.retryAtMs();
    if (b.state() == CircuitBreaker::State::HalfOpen) {
        result.errorText = QStringLiteral("Requests for %1 are paused while one test request "
                                          "checks whether the server is back.")
                               .arg(componentLabel(component));
    } else {
        result.errorText =
            QStringLiteral("Requests for %1 are paused after repeated failures; "
                           "the next try is in %2 s.")
                .arg(componentLabel(component), seconds(result.retryAtMs - m_clock->nowMs()));
    }
    return result;
}

void RequestLayer::publish(Component component, const RequestResult &result, qint64 latencyMs) {
    RequestOutcome o;
    o.component = component;
    o.kind = result.failure;
    o.httpStatus = result.httpStatus;
    o.latencyMs = latencyMs;
    o.attempts = result.attempts;
    o.finishedAt = m_clock->wallNow();
    o.url = redactedUrlText(result.url);
    Q_EMIT outcome(o);
}

void RequestLayer::cancelReply(RequestReply *reply) {
    RequestFlight *flight = reply->m_flight;
    RequestResult cancelled;
    cancelled.failure = FailureKind::Cancelled;
    cancelled.errorText = QStringLiteral("The request was cancelled.");
    cancelled.latencyMs = m_clock->nowMs() - reply->m_submittedMs;
    if (flight) {
        cancelled.url = flight->spec().url;
        cancelled.attempts = flight->attempts();
    }
    reply->deliver(cancelled);
    if (flight)
        dropReply(flight, reply);
}

// A caller is gone (cancelled or deleted); the exchange stops when nobody else waits for it.
void RequestLayer::dropReply(RequestFlight *flight, RequestReply *reply) {
    auto &replies = flight->book.replies;
    replies.removeIf([reply](const QPointer<RequestReply> &r) { return r.isNull() || r == reply; });
    if (!replies.isEmpty())
        return;
    const QString text = QStringLiteral("The request was cancelled.");
    if (flight->isRunning()) {
        flight->abortAttempt(FailureKind::Cancelled, text); // finishes through attemptFinished
        return;
    }
    if (flight->book.queued || flight->book.retryTimer) {
        RequestResult cancelled;
        cancelled.failure = FailureKind::Cancelled;
        cancelled.errorText = text;
        finishFlight(flight, cancelled);
    }
}

void RequestLayer::retryNow() {
    const qint64 now = m_clock->nowMs();
    for (CircuitBreaker &b : m_breakers)
        b.retryNow(now);
    announceBreakers();
}

void RequestLayer::retryNow(Component component) {
    breaker(component).retryNow(m_clock->nowMs());
    announceBreakers();
}

CircuitBreaker::State RequestLayer::circuitState(Component component) const {
    return breaker(component).state();
}

qint64 RequestLayer::circuitRetryAtMs(Component component) const {
    return breaker(component).retryAtMs();
}

int RequestLayer::attemptsSent(Component component) const {
    return m_attemptsSent[size_t(component)];
}

void RequestLayer::announceBreakers() {
    for (int i = 0; i < kComponentCount; ++i) {
        const auto component = Component(i);
        if (component == Component::Probe)
            continue;
        const CircuitBreaker &b = m_breakers[size_t(i)];
        if (b.state() == m_announced[size_t(i)] && b.retryAtMs() == m_announcedRetryAt[size_t(i)])
            continue;
        m_announced[size_t(i)] = b.state();
        m_announcedRetryAt[size_t(i)] = b.retryAtMs();
        Q_EMIT circuitChanged(component, b.state(), b.retryAtMs());
    }
}

} // namespace refrain
