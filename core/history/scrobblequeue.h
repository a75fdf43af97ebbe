// ScrobbleQueue: the SQL side of scrobbling — the listens each target still owes, taken oldest
// first, marked done only once the target took them, with every failed attempt and every refusal
// kept with its reason. Plain functions on a Database: run them on the database thread.
//
// A row of scrobble_queue is in one of two states, told apart by `attempts` (the schema has no
// column of its own for it):
//   attempts >= 0   pending: taken by next(), counted by counts().pending;
//   attempts == -1  refused for good by the target (kRefused): never taken again, kept with the
//                   target's message in last_error so the user can see why; retryRefused()
//                   makes them pending again.
// A listen in scrobble_done for a target is never returned for that target again, even if its
// queue row came back.
#pragma once

#include "core/history/listen.h"
#include "core/library/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace refrain {

class Database;

// The target keys of scrobble_queue.target.
namespace scrobbletarget {
inline constexpr auto kListenBrainz = "listenbrainz";
// "server:<server id>": the Subsonic server the listen was played from.
QString server(const QString &serverId);
// The server id of a "server:…" target; empty for any other.
QString serverIdOf(const QString &target);
} // namespace scrobbletarget

// One listen owed to one target, as next() and refusedListens() return it.
struct QueuedScrobble {
    Listen listen;    // artist, title and album by the names history keeps for them
    int attempts = 0; // failed attempts so far; kRefused once refused
    QString lastError;
    qint64 queuedAtMs = 0; // ms since the epoch, UTC
};

// How many listens a target still owes, and how many it refused for good.
struct ScrobbleCounts {
    qint64 pending = 0;
    qint64 refused = 0;

    friend bool operator==(const ScrobbleCounts &, const ScrobbleCounts &) = default;
};

class ScrobbleQueue {
public:
    static constexpr int kRefused = -1;

    explicit ScrobbleQueue(Database &db);

    // The oldest pending listens of target (by start time), at most limit of them.
    Result<QList<QueuedScrobble>> next(const QString &target, int limit);
    // The target took these listens: into scrobble_done and out of the queue, in one
    // transaction. A listen deleted from history meanwhile is skipped.
    Result<void> markDone(const QString &target, const QList<qint64> &listenIds,
                          qint64 submittedAtMs);
    // One more attempt failed for these listens (the target was down, the token refused …);
    // they stay pending. error: a plain sentence, no credentials.
    Result<void> attemptFailed(const QString &target, const QList<qint64> &listenIds,
                               const QString &error);
    // The target refused these listens for good (its message in error): never taken again.
    Result<void> refuse(const QString &target, const QList<qint64> &listenIds,
                        const QString &error);
    // The user asks to try the refused listens of target once more; returns how many.
    Result<qint64> retryRefused(const QString &target);

    Result<ScrobbleCounts> counts(const QString &target);
    // Every target with a row in the queue.
    Result<QHash<QString, ScrobbleCounts>> allCounts();
    // The refused listens of target with their reasons, newest first, at most limit.
    Result<QList<QueuedScrobble>> refusedListens(const QString &target, int limit);

private:
    Result<QList<QueuedScrobble>> select(const char *sql, const QString &target, int limit);
    Result<void> update(const char *sql, const QString &target, const QList<qint64> &listenIds,
                        const QString &error);

    Database &m_db;
};

} // namespace refrain
