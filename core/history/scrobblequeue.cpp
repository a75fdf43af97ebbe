#include "core/history/scrobblequeue.h"

#include "core/library/database.h"
#include "core/library/statement.h"

#include <QTimeZone>

namespace refrain {

namespace scrobbletarget {

QString server(const QString &serverId) {
    return QStringLiteral("server:") + serverId;
}

QString serverIdOf(const QString &target) {
    static const QString prefix = QStringLiteral("server:");
    return target.startsWith(prefix) ? target.mid(prefix.size()) : QString();
}

} // namespace scrobbletarget

namespace {

// The columns select() reads, in this order, from scrobble_queue q joined with its listen.
#define REFRAIN_QUEUED_COLUMNS                                                                     \
    "SELECT q.listen_id, q.attempts, q.last_error, q.queued_at, l.uuid, a.name, t.name, "          \
    "al.name, l.track_id, l.server_id, l.song_id, l.started_at, l.utc_offset_s, l.played_ms, "     \
    "l.duration_ms, l.counted, l.origin "                                                          \
    "FROM scrobble_queue q "                                                                       \
    "JOIN listens l ON l.id = q.listen_id "                                                        \
    "JOIN history_artists a ON a.id = l.artist_ref "                                               \
    "JOIN history_tracks t ON t.id = l.track_ref "                                                 \
    "LEFT JOIN history_albums al ON al.id = l.album_ref "

#define REFRAIN_NOT_DONE                                                                           \
    "NOT EXISTS (SELECT 1 FROM scrobble_done d WHERE d.listen_id = q.listen_id "                   \
    "AND d.target = q.target) "

QueuedScrobble readRow(const Statement &s) {
    QueuedScrobble q;
    Listen &l = q.listen;
    l.id = s.int64(0);
    q.attempts = s.integer(1);
    q.lastError = s.text(2);
    q.queuedAtMs = s.int64(3);
    l.uuid = s.text(4);
    l.artist = s.text(5);
    l.title = s.text(6);
    l.album = s.isNull(7) ? QString() : s.text(7);
    l.trackId = s.isNull(8) ? 0 : s.int64(8);
    l.serverId = s.isNull(9) ? QString() : s.text(9);
    l.songId = s.isNull(10) ? QString() : s.text(10);
    l.startedAt = QDateTime::fromMSecsSinceEpoch(s.int64(11), QTimeZone::utc());
    l.utcOffsetSeconds = s.integer(12);
    l.playedMs = s.int64(13);
    l.durationMs = s.int64(14);
    l.counted = s.integer(15) != 0;
    l.origin = s.text(16);
    return q;
}

} // namespace

ScrobbleQueue::ScrobbleQueue(Database &db)
    : m_db(db) {}

Result<QList<QueuedScrobble>> ScrobbleQueue::select(const char *sql, const QString &target,
                                                    int limit) {
    auto s = Statement::prepare(m_db, sql);
    if (!s)
        return s.error();
    s.value().bind(1, target).bind(2, qMax(0, limit));
    QList<QueuedScrobble> rows;
    for (;;) {
        switch (s.value().step()) {
        case Statement::Step::Row:
            rows.append(readRow(s.value()));
            continue;
        case Statement::Step::Done:
            return rows;
        case Statement::Step::Failed:
            return s.value().error(QStringLiteral("Reading the listens waiting to be sent"));
        }
    }
}

Result<QList<QueuedScrobble>> ScrobbleQueue::next(const QString &target, int limit) {
    return select(REFRAIN_QUEUED_COLUMNS
                  "WHERE q.target = ?1 AND q.attempts >= 0 AND " REFRAIN_NOT_DONE
                  "ORDER BY l.started_at, q.listen_id LIMIT ?2",
                  target, limit);
}

Result<QList<QueuedScrobble>> ScrobbleQueue::refusedListens(const QString &target, int limit) {
    return select(REFRAIN_QUEUED_COLUMNS
                  "WHERE q.target = ?1 AND q.attempts < 0 AND " REFRAIN_NOT_DONE
                  "ORDER BY l.started_at DESC, q.listen_id DESC LIMIT ?2",
                  target, limit);
}

Result<void> ScrobbleQueue::markDone(const QString &target, const QList<qint64> &listenIds,
                                     qint64 submittedAtMs) {
    return m_db.transaction([&]() -> Result<void> {
        // The listen may have been deleted from history while its submission was on the way;
        // scrobble_done must not point at nothing.
        auto done = Statement::prepare(
            m_db, "INSERT OR IGNORE INTO scrobble_done (listen_id, target, submitted_at) "
                  "SELECT id, ?2, ?3 FROM listens WHERE id = ?1");
        if (!done)
            return done.error();
        auto dequeue = Statement::prepare(
            m_db, "DELETE FROM scrobble_queue WHERE listen_id = ?1 AND target = ?2");
        if (!dequeue)
            return dequeue.error();
        for (const qint64 id : listenIds) {
            done.value().bind(1, id).bind(2, target).bind(3, submittedAtMs);
            if (auto ran = done.value().run(); !ran)
                return ran.error();
            dequeue.value().bind(1, id).bind(2, target);
            if (auto ran = dequeue.value().run(); !ran)
                return ran.error();
        }
        return {};
    });
}

Result<void> ScrobbleQueue::update(const char *sql, const QString &target,
                                   const QList<qint64> &listenIds, const QString &error) {
    return m_db.transaction([&]() -> Result<void> {
        auto s = Statement::prepare(m_db, sql);
        if (!s)
            return s.error();
        for (const qint64 id : listenIds) {
            s.value().bind(1, id).bind(2, target).bind(3, error);
            if (auto ran = s.value().run(); !ran)
                return ran.error();
        }
        return {};
    });
}

Result<void> ScrobbleQueue::attemptFailed(const QString &target, const QList<qint64> &listenIds,
                                          const QString &error) {
    return update("UPDATE scrobble_queue SET attempts = attempts + 1, last_error = ?3 "
                  "WHERE listen_id = ?1 AND target = ?2 AND attempts >= 0",
                  target, listenIds, error);
}

Result<void> ScrobbleQueue::refuse(const QString &target, const QList<qint64> &listenIds,
                                   const QString &error) {
    return update("UPDATE scrobble_queue SET attempts = -1, last_error = ?3 "
                  "WHERE listen_id = ?1 AND target = ?2",
                  target, listenIds, error);
}

Result<qint64> ScrobbleQueue::retryRefused(const QString &target) {
    auto s = Statement::prepare(m_db, "UPDATE scrobble_queue SET attempts = 0 "
                                      "WHERE target = ?1 AND attempts < 0");
    if (!s)
        return s.error();
    s.value().bind(1, target);
    if (auto ran = s.value().run(); !ran)
        return ran.error();
    return qint64(m_db.changes());
}

Result<ScrobbleCounts> ScrobbleQueue::counts(const QString &target) {
    auto s = Statement::prepare(
        m_db, "SELECT COALESCE(SUM(q.attempts >= 0), 0), COALESCE(SUM(q.attempts < 0), 0) "
              "FROM scrobble_queue q WHERE q.target = ?1 AND " REFRAIN_NOT_DONE);
    if (!s)
        return s.error();
    s.value().bind(1, target);
    if (s.value().step() != Statement::Step::Row)
        return s.value().error(QStringLiteral("Counting the listens waiting to be sent"));
    return ScrobbleCounts{s.value().int64(0), s.value().int64(1)};
}

Result<QHash<QString, ScrobbleCounts>> ScrobbleQueue::allCounts() {
    auto s = Statement::prepare(m_db, "SELECT q.target, SUM(q.attempts >= 0), SUM(q.attempts < 0) "
                                      "FROM scrobble_queue q WHERE " REFRAIN_NOT_DONE
                                      "GROUP BY q.target");
    if (!s)
        return s.error();
    QHash<QString, ScrobbleCounts> counts;
    for (;;) {
        switch (s.value().step()) {
        case Statement::Step::Row:
            counts.insert(s.value().text(0), {s.value().int64(1), s.value().int64(2)});
            continue;
        case Statement::Step::Done:
            return counts;
        case Statement::Step::Failed:
            return s.value().error(QStringLiteral("Counting the listens waiting to be sent"));
        }
    }
}

#undef REFRAIN_QUEUED_COLUMNS
#undef REFRAIN_NOT_DONE

} // namespace refrain
