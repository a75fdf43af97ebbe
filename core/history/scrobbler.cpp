#include "core/history/scrobbler.h"

#include "core/library/track.h"
#include "core/service/request/backoff.h"

#include <QPointer>
#include <QThread>

namespace refrain {

namespace {

QList<qint64> idsOf(const ListenList &listens) {
    QList<qint64> ids;
    ids.reserve(listens.size());
    for (const Listen &l : listens)
        ids.append(l.id);
    return ids;
}

QString listensText(qint64 n) {
    return n == 1 ? QStringLiteral("1 listen") : QStringLiteral("%1 listens").arg(n);
}

} // namespace

struct Scrobbler::Target {
    QString name;
    ScrobbleSink *sink = nullptr; // a child of the Scrobbler
    quint64 generation = 0;       // answers for an older sink of the same target are ignored
    State state = State::Idle;
    bool busy = false;        // a take → send → mark cycle runs; nothing else may start one
    bool again = false;       // drain() was asked for during the cycle, after its last take
    QList<ListenList> parts;  // halves of a refused batch still to send; the last goes next
    int failures = 0;         // in a row, for the backoff
    Clock::TimerId timer = 0; // Waiting
    qint64 retryAtMs = -1;
    QString lastError;
};

QString Scrobbler::Status::summary() const {
    const QString where = label.isEmpty() ? target : label;
    QString text;
    if (pending == 0)
        text = QStringLiteral("Every listen was sent to %1.").arg(where);
    else
        text = QStringLiteral("%1 waiting to be sent to %2.").arg(listensText(pending), where);
    if (pending > 0 && state == State::Stopped)
        text += QLatin1Char(' ') + lastError;
    else if (pending > 0 && state == State::Waiting && !lastError.isEmpty())
        text += QStringLiteral(" Last try: ") + lastError;
    if (refused > 0)
        text += QStringLiteral(" %1 refused by %2.").arg(listensText(refused), where);
    return text;
}

Scrobbler::Scrobbler(DatabaseRunner runner, Clock *clock, QObject *parent)
    : Scrobbler(std::move(runner), clock, Settings{}, parent) {}

Scrobbler::Scrobbler(DatabaseRunner runner, Clock *clock, Settings settings, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_clock(clock)
    , m_settings(settings)
    , m_random(settings.seed ? settings.seed : QRandomGenerator::system()->generate()) {
    qRegisterMetaType<Scrobbler::State>();
}

// Timers are bound to this object and go with it; the clock is not touched (it may be gone).
Scrobbler::~Scrobbler() = default;

template<typename Job, typename Then>
void Scrobbler::write(Job job, Then then) {
    const QPointer<Scrobbler> self(this);
    m_runner([self, job = std::move(job), then = std::move(then)](Database &db) mutable {
        ScrobbleQueue queue(db);
        auto result = job(queue);
        if (!self)
            return;
        // Queued even when the runner is inline: the caller's state never changes under it.
        QMetaObject::invokeMethod(
            self.data(),
            [self, then, result = std::move(result)]() mutable {
                if (self)
                    then(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

Scrobbler::Target *Scrobbler::live(const QString &name, quint64 generation) {
    const auto it = m_targets.constFind(name);
    if (it == m_targets.cend() || (*it)->generation != generation)
        return nullptr;
    return it->get();
}

void Scrobbler::addTarget(ScrobbleSink *sink) {
    Q_ASSERT(QThread::currentThread() == thread());
    const QString name = sink->target();
    removeTarget(name);
    auto t = std::make_shared<Target>();
    t->name = name;
    t->sink = sink;
    t->generation = ++m_generation;
    sink->setParent(this);
    m_targets.insert(name, t);
    Q_EMIT statusChanged(name);
    if (m_started) {
        refreshCounts();
        drain(name);
    }
}

void Scrobbler::removeTarget(const QString &name) {
    Q_ASSERT(QThread::currentThread() == thread());
    const auto t = m_targets.take(name);
    if (!t)
        return;
    if (t->timer)
        m_clock->cancel(t->timer);
    // Later, not now: this may run inside the sink's own callback. Its answers are ignored
    // from here on (the generation is gone); its request ends with it.
    t->sink->deleteLater();
    Q_EMIT statusChanged(name);
}

QStringList Scrobbler::targets() const {
    return m_targets.keys();
}

QStringList Scrobbler::targetsFor(const Track &track) const {
    QStringList targets;
    if (!track.isLocal() && !track.source.isEmpty())
        targets.append(scrobbletarget::server(track.source));
    const QString listenBrainz = QString::fromLatin1(scrobbletarget::kListenBrainz);
    if (m_targets.contains(listenBrainz))
        targets.append(listenBrainz);
    return targets;
}

void Scrobbler::start() {
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_started)
        return;
    m_started = true;
    refreshCounts();
    drainAll();
    schedulePeriodic();
}

void Scrobbler::listenRecorded(const Listen &listen) {
    Q_ASSERT(QThread::currentThread() == thread());
    Q_UNUSED(listen);
    if (!m_started)
        return;
    refreshCounts();
    // The first listen opens the window; those within it ride along.
    if (m_debounce == 0) {
        m_debounce = m_clock->callAfter(m_settings.debounceMs, this, [this] {
            m_debounce = 0;
            drainAll();
        });
    }
}

void Scrobbler::retryNow() {
    Q_ASSERT(QThread::currentThread() == thread());
    const QStringList names = m_targets.keys();
    for (const QString &name : names) {
        const std::shared_ptr<Target> target = m_targets.value(name);
        Target &t = *target;
        if (t.state == State::Stopped)
            continue;
        if (t.state == State::Waiting) {
            if (t.timer)
                m_clock->cancel(std::exchange(t.timer, 0));
            t.retryAtMs = -1;
            setState(t, State::Idle);
        }
        t.sink->retryNow();
        drain(name);
    }
}

void Scrobbler::resume(const QString &name) {
    Q_ASSERT(QThread::currentThread() == thread());
    const auto t = m_targets.value(name);
    if (!t || t->state != State::Stopped)
        return;
    t->failures = 0;
    setState(*t, State::Idle);
    t->sink->retryNow();
    drain(name);
}

void Scrobbler::retryRefused(const QString &name) {
    write(
        [name](ScrobbleQueue &queue) -> Result<ScrobbleCounts> {
            if (auto again = queue.retryRefused(name); !again)
                return again.error();
            return queue.counts(name);
        },
        [this, name](Result<ScrobbleCounts> counts) {
            if (counts)
                setCounts(name, counts.value());
            drain(name);
        });
}

QHash<QString, qint64> Scrobbler::pending() const {
    QHash<QString, qint64> pending;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        pending.insert(it.key(), it->pending);
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        if (!pending.contains(it.key()))
            pending.insert(it.key(), 0);
    }
    return pending;
}

Scrobbler::Status Scrobbler::status(const QString &name) const {
    Status s;
    s.target = name;
    s.label = name;
    const ScrobbleCounts counts = m_counts.value(name);
    s.pending = counts.pending;
    s.refused = counts.refused;
    if (const auto t = m_targets.value(name)) {
        s.label = t->sink->label();
        s.state = t->state;
        s.lastError = t->lastError;
        s.retryAtMs = t->retryAtMs;
    }
    return s;
}

QList<Scrobbler::Status> Scrobbler::statuses() const {
    QList<Status> all;
    const auto names = pending().keys();
    for (const QString &name : names)
        all.append(status(name));
    return all;
}

void Scrobbler::drainAll() {
    const QStringList names = m_targets.keys();
    for (const QString &name : names)
        drain(name);
}

void Scrobbler::drain(const QString &name) {
    const auto t = m_targets.value(name);
    if (!t || t->state == State::Stopped || t->state == State::Waiting)
        return; // a wait ends by its timer
    if (t->busy) {
        t->again = true; // the cycle running looks once more before it ends
        return;
    }
    t->busy = true;
    take(*t);
}

void Scrobbler::take(Target &t) {
    // Whatever was stored before this read is seen by it; a later drain() sets again.
    t.again = false;
    const int limit = std::max(1, t.sink->batchSize());
    write([name = t.name, limit](ScrobbleQueue &queue) { return queue.next(name, limit); },
          [this, name = t.name, generation = t.generation](Result<QList<QueuedScrobble>> rows) {
              Target *cur = live(name, generation);
              if (!cur)
                  return;
              if (!rows) {
                  cur->failures += 1;
                  wait(*cur, backoffMs(cur->failures),
                       QStringLiteral("The listens could not be read from history: %1")
                           .arg(rows.error().message));
                  return;
              }
              if (rows.value().isEmpty())
                  return cur->again ? take(*cur) : endCycle(*cur);
              ListenList listens;
              QHash<QString, QList<qint64>> unfit;
              for (const QueuedScrobble &row : std::as_const(rows.value())) {
                  const QString why = cur->sink->problemWith(row.listen);
                  if (why.isEmpty())
                      listens.append(row.listen);
                  else
                      unfit[why].append(row.listen.id);
              }
              if (!unfit.isEmpty())
                  return refuseLocally(*cur, unfit, listens);
              send(*cur, listens);
          });
}

void Scrobbler::refuseLocally(Target &t, const QHash<QString, QList<qint64>> &byReason,
                              const ListenList &rest) {
    write(
        [name = t.name, byReason](ScrobbleQueue &queue) -> Result<ScrobbleCounts> {
            for (auto it = byReason.cbegin(); it != byReason.cend(); ++it) {
                if (auto refused = queue.refuse(name, it.value(), it.key()); !refused)
                    return refused.error();
            }
            return queue.counts(name);
        },
        [this, name = t.name, generation = t.generation, byReason,
         rest](Result<ScrobbleCounts> counts) {
            Target *cur = live(name, generation);
            if (!cur)
                return;
            if (!counts) {
                cur->failures += 1;
                return wait(*cur, backoffMs(cur->failures), counts.error().message);
            }
            setCounts(name, counts.value());
            for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
                Q_EMIT listensRefused(name, it.value(), it.key());
            if (rest.isEmpty())
                return take(*cur);
            send(*cur, rest);
        });
}

void Scrobbler::next(Target &t) {
    if (!t.parts.isEmpty())
        return send(t, t.parts.takeLast());
    take(t);
}

void Scrobbler::send(Target &t, const ListenList &listens) {
    setState(t, State::Sending);
    const QPointer<Scrobbler> self(this);
    t.sink->submit(listens, [self, name = t.name, generation = t.generation,
                             listens](const ScrobbleOutcome &outcome) {
        if (self)
            self->submitted(name, generation, listens, outcome);
    });
}

void Scrobbler::submitted(const QString &name, quint64 generation, const ListenList &listens,
                          const ScrobbleOutcome &outcome) {
    Target *t = live(name, generation);
    if (!t || !t->busy)
        return;
    const QList<qint64> ids = idsOf(listens);
    using Kind = ScrobbleOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Accepted: {
        const qint64 at = m_clock->wallNow().toMSecsSinceEpoch();
        write(
            [name, ids, at](ScrobbleQueue &queue) -> Result<ScrobbleCounts> {
                if (auto done = queue.markDone(name, ids, at); !done)
                    return done.error();
                return queue.counts(name);
            },
            [this, name, generation, outcome](Result<ScrobbleCounts> counts) {
                Target *cur = live(name, generation);
                if (!cur)
                    return;
                if (!counts) {
                    // They stay queued and go again: a duplicate the target's dedupe absorbs,
                    // rather than a listen lost.
                    cur->failures += 1;
                    return wait(*cur, backoffMs(cur->failures),
                                QStringLiteral("%1 took the listens, but they could not be marked "
                                               "as sent: %2")
                                    .arg(cur->sink->label(), counts.error().message));
                }
                cur->failures = 0;
                cur->lastError.clear();
                setCounts(name, counts.value());
                // The target's rate limit is used up: the next request would only earn a 429.
                const qint64 untilReset = outcome.retryAtMs - m_clock->nowMs();
                if (outcome.retryAtMs >= 0 && untilReset > 0)
                    return wait(*cur, untilReset, {});
                next(*cur);
            });
        return;
    }
    case Kind::Rejected:
        if (listens.size() > 1) {
            // Halve until the listens the target refuses are found; the rest go on.
            const qsizetype half = listens.size() / 2;
            t->parts.append(listens.mid(half));
            t->parts.append(listens.first(half));
            return next(*t);
        }
        write(
            [name, ids, message = outcome.message](ScrobbleQueue &queue) -> Result<ScrobbleCounts> {
                if (auto refused = queue.refuse(name, ids, message); !refused)
                    return refused.error();
                return queue.counts(name);
            },
            [this, name, generation, ids,
             message = outcome.message](Result<ScrobbleCounts> counts) {
                Target *cur = live(name, generation);
                if (!cur)
                    return;
                if (!counts) {
                    cur->failures += 1;
                    return wait(*cur, backoffMs(cur->failures), counts.error().message);
                }
                setCounts(name, counts.value());
                Q_EMIT listensRefused(name, ids, message);
                next(*cur);
            });
        return;
    case Kind::RateLimited:
        // Not the listens' fault, and not a failure of the target: no attempt counted.
        return wait(*t, std::max<qint64>(0, outcome.retryAtMs - m_clock->nowMs()), outcome.message);
    case Kind::Unauthorized:
    case Kind::Unavailable:
        break;
    }
    write(
        [name, ids, message = outcome.message](ScrobbleQueue &queue) -> Result<ScrobbleCounts> {
            if (auto failed = queue.attemptFailed(name, ids, message); !failed)
                return failed.error();
            return queue.counts(name);
        },
        [this, name, generation, outcome](Result<ScrobbleCounts> counts) {
            Target *cur = live(name, generation);
            if (!cur)
                return;
            if (counts)
                setCounts(name, counts.value());
            if (outcome.kind == Kind::Unauthorized)
                return stop(*cur, outcome.message);
            cur->failures += 1;
            qint64 delay = backoffMs(cur->failures);
            if (outcome.retryAtMs >= 0)
                delay = std::max(delay, outcome.retryAtMs - m_clock->nowMs());
            wait(*cur, delay, outcome.message);
        });
}

void Scrobbler::endCycle(Target &t) {
    t.busy = false;
    t.again = false;
    t.parts.clear();
    setState(t, State::Idle);
    Q_EMIT idle(t.name);
}

void Scrobbler::wait(Target &t, qint64 delayMs, const QString &why) {
    t.busy = false;
    t.again = false;
    t.parts.clear(); // taken afresh from the queue after the wait
    if (!why.isEmpty())
        t.lastError = why;
    if (t.timer)
        m_clock->cancel(t.timer);
    t.retryAtMs = m_clock->nowMs() + std::max<qint64>(0, delayMs);
    t.timer = m_clock->callAfter(std::max<qint64>(0, delayMs), this,
                                 [this, name = t.name, generation = t.generation] {
                                     Target *cur = live(name, generation);
                                     if (!cur)
                                         return;
                                     cur->timer = 0;
                                     cur->retryAtMs = -1;
                                     setState(*cur, State::Idle);
                                     drain(name);
                                 });
    setState(t, State::Waiting);
    Q_EMIT statusChanged(t.name); // retryAtMs and lastError, even when the state was the same
    Q_EMIT idle(t.name);
}

void Scrobbler::stop(Target &t, const QString &why) {
    t.busy = false;
    t.again = false;
    t.parts.clear();
    t.lastError = why;
    if (t.timer)
        m_clock->cancel(std::exchange(t.timer, 0));
    t.retryAtMs = -1;
    setState(t, State::Stopped);
    Q_EMIT statusChanged(t.name);
    Q_EMIT idle(t.name);
}

void Scrobbler::setState(Target &t, State state) {
    if (t.state == state)
        return;
    t.state = state;
    Q_EMIT statusChanged(t.name);
}

void Scrobbler::setCounts(const QString &name, const ScrobbleCounts &counts) {
    const auto it = m_counts.constFind(name);
    const bool known = it != m_counts.cend();
    if (known && *it == counts)
        return;
    const bool pendingChanged = !known || it->pending != counts.pending;
    m_counts.insert(name, counts);
    if (pendingChanged)
        Q_EMIT pendingCountChanged(name, counts.pending);
    Q_EMIT statusChanged(name);
}

void Scrobbler::refreshCounts() {
    write([](ScrobbleQueue &queue) { return queue.allCounts(); },
          [this](Result<QHash<QString, ScrobbleCounts>> all) {
              if (!all)
                  return;
              // Targets whose rows are all gone count 0 now, rather than what they last had.
              const QStringList known = m_counts.keys();
              for (const QString &name : known) {
                  if (!all.value().contains(name))
                      setCounts(name, {});
              }
              for (auto it = all.value().cbegin(); it != all.value().cend(); ++it)
                  setCounts(it.key(), it.value());
              for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
                  if (!m_counts.contains(it.key()))
                      setCounts(it.key(), {});
              }
          });
}

void Scrobbler::schedulePeriodic() {
    if (m_periodic != 0 || m_settings.periodMs <= 0)
        return;
    m_periodic = m_clock->callAfter(m_settings.periodMs, this, [this] {
        m_periodic = 0;
        refreshCounts();
        drainAll();
        schedulePeriodic();
    });
}

qint64 Scrobbler::backoffMs(int failures) {
    return Backoff(m_settings.backoffBaseMs, m_settings.backoffCapMs)
        .equalJitterMs(std::max(0, failures - 1), m_random.generateDouble());
}

} // namespace refrain
