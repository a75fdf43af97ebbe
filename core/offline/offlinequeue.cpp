#include "core/offline/offlinequeue.h"

#include "core/library/statement.h"
#include "core/offline/offlinestore.h"
#include "core/service/sqlrows.h"

#include <QCoreApplication>

namespace refrain {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("refrain::OfflineQueue", text);
}

// A failed try is retried this often before the file is marked failed for good.
constexpr int kMaxAttempts = 5;

Result<void> exec(Database &db, const char *sql, const std::function<void(Statement &)> &bind) {
    auto s = Statement::prepare(db, sql);
    if (!s)
        return s.error();
    bind(s.value());
    return s.value().run();
}

Result<qint64> scalar(Database &db, const char *sql) {
    auto s = Statement::prepare(db, sql);
    if (!s)
        return s.error();
    if (s.value().step() != Statement::Step::Row)
        return s.value().error(tr("Reading the offline files"));
    return s.value().int64(0);
}

DownloadRow::State stateFromKey(const QString &key) {
    if (key == u"paused")
        return DownloadRow::State::Paused;
    if (key == u"failed")
        return DownloadRow::State::Failed;
    if (key == u"verified")
        return DownloadRow::State::Verified;
    return DownloadRow::State::Queued;
}

} // namespace

Result<QList<DownloadJob>> OfflineQueue::nextJobs(int limit, const QSet<qint64> &running) {
    auto s = Statement::prepare(
        m_db, "SELECT f.id, f.track_id, f.server_id, f.song_id, f.path, r.suffix, t.title, "
              "t.artist, f.expected_size, f.expected_ms, f.checksum, f.priority, f.attempts "
              "FROM offline_files f JOIN tracks t ON t.id = f.track_id LEFT JOIN remote_songs r "
              "ON r.track_id = f.track_id WHERE f.state = 'queued' "
              "ORDER BY f.priority DESC, f.queued_at, f.id LIMIT ?1");
    if (!s)
        return s.error();
    s.value().bind(1, limit + int(running.size()));
    QList<DownloadJob> out;
    auto r = eachRow(s.value(), tr("Reading the download queue"), [&](Statement &row) {
        if (running.contains(row.int64(0)) || out.size() >= limit)
            return;
        DownloadJob j;
        j.fileId = row.int64(0);
        j.trackId = row.int64(1);
        j.serverId = row.text(2);
        j.songId = row.text(3);
        j.path = row.text(4);
        j.suffix = row.text(5);
        j.title = row.text(6);
        j.artist = row.text(7);
        j.expectedSize = row.int64(8);
        j.expectedMs = row.int64(9);
        j.checksum = row.text(10).toLatin1();
        j.priority = row.integer(11);
        j.attempts = row.integer(12);
        out.append(j);
    });
    if (!r)
        return r.error();
    return out;
}

Result<void> OfflineQueue::rememberChecksum(qint64 fileId, const QByteArray &sha256Hex) {
    return exec(m_db, "UPDATE offline_files SET checksum = ?2 WHERE id = ?1",
                [&](Statement &s) { s.bind(1, fileId).bind(2, QString::fromLatin1(sha256Hex)); });
}

Result<void> OfflineQueue::markVerified(qint64 fileId, qint64 size, const QByteArray &sha256Hex,
                                        qint64 nowMs) {
    return exec(m_db,
                "UPDATE offline_files SET state = 'verified', size = ?2, sha256 = ?3, "
                "verified_at = ?4, checked_at = ?4, last_error = '' WHERE id = ?1",
                [&](Statement &s) {
                    s.bind(1, fileId).bind(2, size).bind(3, QString::fromLatin1(sha256Hex));
                    s.bind(4, nowMs);
                });
}

Result<bool> OfflineQueue::markFailed(qint64 fileId, const QString &error, bool permanent) {
    auto r = exec(m_db,
                  "UPDATE offline_files SET attempts = attempts + 1, last_error = ?2, state = "
                  "CASE WHEN ?3 OR attempts + 1 >= ?4 THEN 'failed' ELSE state END WHERE id = ?1",
                  [&](Statement &s) {
                      s.bind(1, fileId).bind(2, error).bind(3, permanent ? 1 : 0);
                      s.bind(4, kMaxAttempts);
                  });
    if (!r)
        return r.error();
    auto s = Statement::prepare(m_db, "SELECT state FROM offline_files WHERE id = ?1");
    if (!s)
        return s.error();
    s.value().bind(1, fileId);
    return s.value().step() == Statement::Step::Row && s.value().text(0) == u"queued";
}

Result<void> OfflineQueue::setPaused(qint64 fileId, bool paused) {
    return exec(m_db,
                paused ? "UPDATE offline_files SET state = 'paused' WHERE id = ?1 AND state = "
                         "'queued'"
                       : "UPDATE offline_files SET state = 'queued' WHERE id = ?1 AND state = "
                         "'paused'",
                [&](Statement &s) { s.bind(1, fileId); });
}

Result<void> OfflineQueue::retry(qint64 fileId) {
    return exec(m_db,
                "UPDATE offline_files SET state = 'queued', attempts = 0, last_error = '' WHERE "
                "id = ?1 AND state IN ('failed', 'paused')",
                [&](Statement &s) { s.bind(1, fileId); });
}

Result<void> OfflineQueue::cancel(qint64 fileId) {
    return exec(m_db,
                "UPDATE offline_files SET state = 'failed', last_error = ?2 WHERE id = ?1 AND "
                "state IN ('queued', 'paused')",
                [&](Statement &s) { s.bind(1, fileId).bind(2, tr("Cancelled")); });
}

Result<void> OfflineQueue::setPriority(qint64 fileId, int priority) {
    return exec(m_db, "UPDATE offline_files SET priority = ?2 WHERE id = ?1",
                [&](Statement &s) { s.bind(1, fileId).bind(2, priority); });
}

Result<int> OfflineQueue::topPriority() {
    auto v = scalar(m_db, "SELECT coalesce(max(priority), 0) + 1 FROM offline_files WHERE state "
                          "= 'queued'");
    if (!v)
        return v.error();
    return int(v.value());
}

Result<int> OfflineQueue::setEssentialsUrgent(bool urgent) {
    auto r = exec(m_db,
                  "UPDATE offline_files SET priority = ?1 WHERE state = 'queued' AND priority = "
                  "?2 AND track_id IN (SELECT pt.track_id FROM offline_pin_tracks pt JOIN "
                  "offline_pins p ON p.id = pt.pin_id WHERE p.kind = 'essentials')",
                  [&](Statement &s) {
                      s.bind(1, urgent ? kPriorityUrgent : kPriorityEssentials);
                      s.bind(2, urgent ? kPriorityEssentials : kPriorityUrgent);
                  });
    if (!r)
        return r.error();
    return m_db.changes();
}

Result<bool> OfflineQueue::addToCache(qint64 trackId, int priority, qint64 nowMs) {
    auto s = Statement::prepare(m_db, "SELECT state, priority FROM offline_files WHERE track_id "
                                      "= ?1");
    if (!s)
        return s.error();
    s.value().bind(1, trackId);
    if (s.value().step() == Statement::Step::Row) {
        if (s.value().text(0) == u"queued" && s.value().integer(1) < priority) {
            if (auto r = exec(m_db, "UPDATE offline_files SET priority = ?2 WHERE track_id = ?1",
                              [&](Statement &u) { u.bind(1, trackId).bind(2, priority); });
                !r)
                return r.error();
        }
        return false; // already kept, or on its way
    }
    s.value().reset();
    const int before = int(m_db.lastInsertId());
    if (auto r = OfflineStore(m_db).queueFile(trackId, false, priority, nowMs); !r)
        return r.error();
    return int(m_db.lastInsertId()) != before;
}

Result<QStringList> OfflineQueue::evictCache(qint64 capBytes) {
    QStringList paths;
    const char *const totalSql = "SELECT coalesce(sum(size), 0) FROM offline_files WHERE pinned = "
                                 "0 AND state = 'verified'";
    // A read first: most calls find the cache within its size and write nothing.
    if (auto total = scalar(m_db, totalSql); !total)
        return total.error();
    else if (total.value() <= capBytes)
        return paths;
    auto r = m_db.transaction([&]() -> Result<void> {
        auto total = scalar(m_db, totalSql);
        if (!total)
            return total.error();
        qint64 excess = total.value() - capBytes;
        if (excess <= 0)
            return {};
        auto s = Statement::prepare(m_db, "SELECT id, path, size FROM offline_files WHERE pinned "
                                          "= 0 AND state = 'verified' ORDER BY coalesce(used_at, "
                                          "verified_at), id");
        if (!s)
            return s.error();
        QList<qint64> gone;
        auto read = eachRow(s.value(), tr("Reading the stream cache"), [&](Statement &row) {
            if (excess <= 0)
                return;
            gone.append(row.int64(0));
            paths.append(row.text(1));
            excess -= row.int64(2);
        });
        if (!read)
            return read;
        for (qint64 id : gone) {
            if (auto d = exec(m_db, "DELETE FROM offline_files WHERE id = ?1",
                              [&](Statement &st) { st.bind(1, id); });
                !d)
                return d;
        }
        return {};
    });
    if (!r)
        return r.error();
    return paths;
}

Result<void> OfflineQueue::touch(qint64 trackId, qint64 nowMs) {
    return exec(m_db, "UPDATE offline_files SET used_at = ?2 WHERE track_id = ?1",
                [&](Statement &s) { s.bind(1, trackId).bind(2, nowMs); });
}

Result<QList<DownloadRow>> OfflineQueue::rows() {
    auto s = Statement::prepare(
        m_db, "SELECT f.id, coalesce(f.track_id, 0), t.title, t.artist, t.album, f.state, "
              "f.pinned, f.priority, f.expected_size, f.size, f.last_error FROM offline_files f "
              "LEFT JOIN tracks t ON t.id = f.track_id "
              "ORDER BY f.state = 'verified', f.state = 'failed', f.priority DESC, f.queued_at, "
              "f.id");
    if (!s)
        return s.error();
    QList<DownloadRow> out;
    auto r = eachRow(s.value(), tr("Reading the download queue"), [&](Statement &row) {
        DownloadRow d;
        d.fileId = row.int64(0);
        d.trackId = row.int64(1);
        d.title = row.text(2);
        d.artist = row.text(3);
        d.album = row.text(4);
        d.state = stateFromKey(row.text(5));
        d.pinned = row.integer(6) != 0;
        d.priority = row.integer(7);
        d.expectedSize = row.int64(8);
        d.doneBytes = d.state == DownloadRow::State::Verified ? row.int64(9) : 0;
        d.error = row.text(10);
        out.append(d);
    });
    if (!r)
        return r.error();
    return out;
}

Result<Readiness> OfflineQueue::readiness() {
    Readiness out;
    auto s = Statement::prepare(
        m_db, "SELECT count(*), "
              "coalesce(sum(CASE WHEN (t.source = 'local' AND t.available) OR f.state = 'verified' "
              "THEN 1 ELSE 0 END), 0), coalesce(sum(t.duration_ms), 0), "
              "coalesce(sum(CASE WHEN (t.source = 'local' AND t.available) OR f.state = 'verified' "
              "THEN t.duration_ms ELSE 0 END), 0), "
              "coalesce(sum(CASE WHEN f.state = 'verified' THEN f.size ELSE 0 END), 0), "
              "coalesce(sum(CASE WHEN f.state = 'queued' THEN 1 ELSE 0 END), 0), "
              "coalesce(max(p.synced_at), 0) "
              "FROM offline_pins p JOIN offline_pin_tracks pt ON pt.pin_id = p.id JOIN tracks t ON "
              "t.id = pt.track_id LEFT JOIN offline_files f ON f.track_id = t.id WHERE p.kind = "
              "'essentials'");
    if (!s)
        return s.error();
    if (s.value().step() == Statement::Step::Row) {
        out.essentialsTracks = s.value().integer(0);
        out.essentialsReady = s.value().integer(1);
        out.essentialsMs = s.value().int64(2);
        out.essentialsReadyMs = s.value().int64(3);
        out.essentialsReadyBytes = s.value().int64(4);
        out.essentialsPending = s.value().integer(5);
    }
    auto all = Statement::prepare(
        m_db, "SELECT coalesce(sum(state = 'queued'), 0), coalesce(sum(state = 'failed'), 0), "
              "coalesce(sum(state = 'verified'), 0), coalesce(sum(CASE WHEN state = 'verified' "
              "THEN size ELSE 0 END), 0), (SELECT coalesce(max(synced_at), 0) FROM "
              "offline_pins) FROM offline_files");
    if (!all)
        return all.error();
    if (all.value().step() == Statement::Step::Row) {
        out.pending = all.value().integer(0);
        out.failed = all.value().integer(1);
        out.verifiedFiles = all.value().integer(2);
        out.verifiedBytes = all.value().int64(3);
        out.lastSyncMs = all.value().int64(4);
    }
    return out;
}

Result<qint64> OfflineQueue::committedBytes() {
    return scalar(m_db, "SELECT coalesce(sum(CASE WHEN state = 'verified' THEN size ELSE "
                        "expected_size END), 0) FROM offline_files WHERE state IN ('verified', "
                        "'queued')");
}

Result<OfflineQueue::Stats> OfflineQueue::stats() {
    auto s = Statement::prepare(
        m_db, "SELECT coalesce(sum(state = 'queued'), 0), coalesce(sum(CASE WHEN state = "
              "'queued' THEN expected_size ELSE 0 END), 0), coalesce(sum(CASE WHEN state = "
              "'verified' THEN size ELSE 0 END), 0) FROM offline_files");
    if (!s)
        return s.error();
    if (s.value().step() != Statement::Step::Row)
        return s.value().error(tr("Reading the download queue"));
    return Stats{s.value().integer(0), s.value().int64(1), s.value().int64(2)};
}

Result<QHash<qint64, QString>> OfflineQueue::verifiedPaths() {
    auto s = Statement::prepare(m_db, "SELECT track_id, path FROM offline_files WHERE state = "
                                      "'verified' AND track_id IS NOT NULL");
    if (!s)
        return s.error();
    QHash<qint64, QString> out;
    auto r = eachRow(s.value(), tr("Reading the offline files"),
                     [&](Statement &row) { out.insert(row.int64(0), row.text(1)); });
    if (!r)
        return r.error();
    return out;
}

Result<QSet<qint64>> OfflineQueue::queuedTracks() {
    auto s = Statement::prepare(m_db, "SELECT track_id FROM offline_files WHERE state = 'queued' "
                                      "AND track_id IS NOT NULL");
    if (!s)
        return s.error();
    QSet<qint64> out;
    auto r = eachRow(s.value(), tr("Reading the download queue"),
                     [&](Statement &row) { out.insert(row.int64(0)); });
    if (!r)
        return r.error();
    return out;
}

Result<QSet<QString>> OfflineQueue::knownPaths() {
    auto s = Statement::prepare(m_db, "SELECT path FROM offline_files");
    if (!s)
        return s.error();
    QSet<QString> out;
    auto r = eachRow(s.value(), tr("Reading the offline files"),
                     [&](Statement &row) { out.insert(row.text(0)); });
    if (!r)
        return r.error();
    return out;
}

Result<QList<OfflineQueue::ScrubItem>> OfflineQueue::scrubList(qint64 olderThanMs, int limit) {
    auto s = Statement::prepare(
        m_db, "SELECT f.id, coalesce(f.track_id, 0), f.path, coalesce(r.suffix, ''), f.size, "
              "f.sha256, f.expected_ms FROM offline_files f LEFT JOIN remote_songs r ON "
              "r.track_id = f.track_id WHERE f.state = 'verified' AND coalesce(f.checked_at, 0) "
              "<= ?1 ORDER BY coalesce(f.checked_at, 0), f.id LIMIT ?2");
    if (!s)
        return s.error();
    s.value().bind(1, olderThanMs).bind(2, limit);
    QList<ScrubItem> out;
    auto r = eachRow(s.value(), tr("Reading the offline files"), [&](Statement &row) {
        out.append({row.int64(0), row.int64(1), row.text(2), row.text(3), row.int64(4),
                    row.text(5).toLatin1(), row.int64(6)});
    });
    if (!r)
        return r.error();
    return out;
}

Result<void> OfflineQueue::markChecked(qint64 fileId, qint64 nowMs) {
    return exec(m_db, "UPDATE offline_files SET checked_at = ?2 WHERE id = ?1",
                [&](Statement &s) { s.bind(1, fileId).bind(2, nowMs); });
}

Result<void> OfflineQueue::markCorrupt(qint64 fileId, const QString &problem) {
    return exec(m_db,
                "UPDATE offline_files SET state = 'queued', size = 0, sha256 = '', verified_at "
                "= NULL, attempts = 0, last_error = ?2 WHERE id = ?1",
                [&](Statement &s) { s.bind(1, fileId).bind(2, problem); });
}

} // namespace refrain
