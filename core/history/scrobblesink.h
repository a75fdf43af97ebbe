// ScrobbleSink: one place listens are scrobbled to (a Subsonic server, ListenBrainz) as the
// Scrobbler sees it — how many listens go in one request, which listens it can never take, and
// one submission with its verdict. Lives on the request layer's thread, owned by the Scrobbler.
#pragma once

#include "core/history/listen.h"

#include <QObject>
#include <QString>

#include <functional>

namespace refrain {

// How the target took one submission.
struct ScrobbleOutcome {
    enum class Kind {
        Accepted,     // every listen of the submission is stored there
        Rejected,     // the submission can never be taken as it is (a bad listen in it)
        Unauthorized, // the target refuses who we are (token, sign-in): stop until that changes
        RateLimited,  // asked to wait waitMs before the next request; not the listens' fault
        Unavailable,  // down, unreachable, overloaded: try again later
    };

    Kind kind = Kind::Unavailable;
    // Plain text for the user, never a credential; empty when accepted.
    QString message;
    // When the target may be asked again (Clock::nowMs time of the request layer), or -1 when
    // it did not say. RateLimited: the end of the wait it asked for. Unavailable: a Retry-After
    // or an open circuit breaker. Accepted: its rate limit is used up until then.
    qint64 retryAtMs = -1;

    static ScrobbleOutcome accepted(qint64 retryAtMs = -1) {
        return {Kind::Accepted, {}, retryAtMs};
    }
    static ScrobbleOutcome make(Kind kind, QString message, qint64 retryAtMs = -1) {
        return {kind, std::move(message), retryAtMs};
    }
};

class ScrobbleSink : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const ScrobbleOutcome &)>;

    explicit ScrobbleSink(QObject *parent = nullptr)
        : QObject(parent) {}

    // The scrobble_queue.target this sink drains ("listenbrainz", "server:<id>").
    virtual QString target() const = 0;
    // For sentences: "ListenBrainz", the server's name.
    virtual QString label() const = 0;
    // The most listens one submission carries.
    virtual int batchSize() const = 0;
    // Why this listen can never go to this target (nothing to name it by there), or empty.
    virtual QString problemWith(const Listen &listen) const {
        Q_UNUSED(listen);
        return {};
    }
    // Sends listens (1 … batchSize(), oldest first) and calls done once with the verdict,
    // on this object's thread — unless this object is destroyed first.
    virtual void submit(const ListenList &listens, Done done) = 0;
    // The network or the target is back: stop any wait of the layer below (circuit breaker).
    virtual void retryNow() {}
};

} // namespace refrain
