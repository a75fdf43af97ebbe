// Scrobbler: drains the scrobble queues — each target's owed listens, oldest first, in batches
// through its ScrobbleSink — when a listen is recorded (debounced), when told the network or the
// server is back, and on a timer otherwise; with a backoff per target after failures, a stop when
// the target refuses who we are, and the count still pending for the status line.
//
// Never twice on purpose: a listen is marked done only after the target accepted it, and each
// target has at most one submission in flight, so rows on their way are never taken again. A
// crash (or a lost answer) between "accepted" and "marked done" can send that batch once more;
// ListenBrainz keeps one copy of a listen with the same time and names, and Subsonic servers that
// dedupe by time do the same — others count that play twice. A batch the target refuses (HTTP
// 400, song not found) is halved until the bad listens are found; those are refused for good with
// the target's message, the rest go on. Listens with no name there (problemWith) are refused
// without asking.
//
// Database work goes through the runner (the library's database thread in the app) and comes
// back here with QMetaObject::invokeMethod; timers run on the injected clock. Lives on the thread
// of the sinks' request layers (the UI thread); never blocks it.
#pragma once

#include "core/history/listen.h"
#include "core/history/scrobblequeue.h"
#include "core/history/scrobblesink.h"
#include "core/service/request/clock.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include <functional>
#include <memory>

namespace refrain {

class Database;
struct Track;

class Scrobbler : public QObject {
    Q_OBJECT
public:
    using DatabaseRunner = std::function<void(std::function<void(Database &)>)>;

    struct Settings {
        // After a listen is recorded: a skip through several tracks goes as one request.
        qint64 debounceMs = 5'000;
        // A look at every queue now and then, for listens queued by someone else (refrainctl).
        qint64 periodMs = 15 * 60'000;
        // Waits after failures: equal jitter in [c/2, c], c = min(cap, base·2^(failures−1)).
        qint64 backoffBaseMs = 30'000;
        qint64 backoffCapMs = 60 * 60'000;
        quint32 seed = 0; // jitter; 0: from the system
    };

    enum class State {
        Idle,    // nothing to send, or about to look
        Sending, // a submission is on its way
        Waiting, // after a failure or a rate limit, until retryAtMs (or retryNow())
        Stopped, // the target refused who we are: until resume() or a new sink (token)
    };

    struct Status {
        QString target;
        QString label; // "ListenBrainz", the server's name; the target key when it has no sink
        State state = State::Idle;
        qint64 pending = 0;
        qint64 refused = 0;
        QString lastError;     // the last failure, until a submission is accepted; plain text
        qint64 retryAtMs = -1; // Waiting: when it tries again (clock time)

        // "12 listens waiting to be sent to ListenBrainz", with why they wait.
        QString summary() const;
    };

    Scrobbler(DatabaseRunner runner, Clock *clock, QObject *parent = nullptr);
    Scrobbler(DatabaseRunner runner, Clock *clock, Settings settings, QObject *parent = nullptr);
    ~Scrobbler() override;

    // Takes the sink (it becomes a child). A sink for a target already known replaces the old
    // one and starts afresh: a new token or new credentials end a stop and a wait.
    void addTarget(ScrobbleSink *sink);
    void removeTarget(const QString &target);
    QStringList targets() const;
    // What a counted listen of this track owes: its server (for a server's track, whether or not
    // that server is connected now) and ListenBrainz when it is set up. For ListenRecorder.
    QStringList targetsFor(const Track &track) const;

    // Counts what is pending, drains every queue and starts the periodic look.
    void start();
    // A listen was stored (ListenRecorder::listenRecorded): counts now, drains soon.
    void listenRecorded(const refrain::Listen &listen);
    // The network or a server is back: targets waiting after a failure try now. Stopped
    // targets stay stopped (the same token would be refused again).
    void retryNow();
    // A stopped target tries again (the user fixed the token or the sign-in).
    void resume(const QString &target);
    // The refused listens of target are queued again (the user asks "try again").
    void retryRefused(const QString &target);

    // Listens pending per target: every target with queued rows, and every known sink.
    QHash<QString, qint64> pending() const;
    Status status(const QString &target) const;
    QList<Status> statuses() const;

Q_SIGNALS:
    void pendingCountChanged(const QString &target, qint64 pending);
    // State, counts, label or last error of target changed.
    void statusChanged(const QString &target);
    // The target refused these listens for good (message: its reason).
    void listensRefused(const QString &target, const QList<qint64> &listenIds,
                        const QString &message);
    // A drain of target ended: nothing left, waiting or stopped (see status()).
    void idle(const QString &target);

private:
    struct Target;
    Target *live(const QString &name, quint64 generation);
    void drain(const QString &name);
    void drainAll();
    void take(Target &t);
    void next(Target &t);
    void send(Target &t, const ListenList &listens);
    void submitted(const QString &name, quint64 generation, const ListenList &listens,
                   const ScrobbleOutcome &outcome);
    void refuseLocally(Target &t, const QHash<QString, QList<qint64>> &byReason,
                       const ListenList &rest);
    void endCycle(Target &t);
    void wait(Target &t, qint64 delayMs, const QString &why);
    void stop(Target &t, const QString &why);
    void setState(Target &t, State state);
    void setCounts(const QString &name, const ScrobbleCounts &counts);
    void refreshCounts();
    void schedulePeriodic();
    qint64 backoffMs(int failures);
    // Runs job(queue) on the database thread, then then(result) here (never re-entrantly).
    template<typename Job, typename Then>
    void write(Job job, Then then);

    DatabaseRunner m_runner;
    Clock *m_clock;
    Settings m_settings;
    QRandomGenerator m_random;
    QHash<QString, std::shared_ptr<Target>> m_targets;
    QHash<QString, ScrobbleCounts> m_counts; // every target with queued rows
    quint64 m_generation = 0;
    bool m_started = false;
    Clock::TimerId m_debounce = 0;
    Clock::TimerId m_periodic = 0;
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::Scrobbler::State)
