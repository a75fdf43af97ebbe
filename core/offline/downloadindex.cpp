#include "core/offline/downloadmanager_p.h"

namespace refrain {

using namespace downloads;

void DownloadManager::refreshIndexSoon() {
    // At once when quiet, then at most one read per interval: downloads finishing one after
    // another cost a few reads a second, not one each (the read grows with the verified files).
    if (m_indexTimer->isActive()) {
        m_indexDue = true;
        return;
    }
    m_indexTimer->start();
    refreshIndex();
}

void DownloadManager::refreshIndex(bool announceAll) {
    // One read at a time, and one more after it when asked meanwhile: a burst of finished
    // files costs two reads, not one each.
    m_announceAll = m_announceAll || announceAll;
    if (m_indexing) {
        m_indexAgain = true;
        return;
    }
    m_indexing = true;
    announceAll = std::exchange(m_announceAll, false);
    struct Index {
        QHash<qint64, QString> verified;
        QSet<qint64> queued;
        Readiness readiness;
    };
    onDb(
        [](Database &db) -> Result<Index> {
            OfflineQueue queue(db);
            Index index;
            auto verified = queue.verifiedPaths();
            auto queued = queue.queuedTracks();
            auto ready = queue.readiness();
            if (!verified || !queued || !ready)
                return !verified ? verified.error() : !queued ? queued.error() : ready.error();
            return Index{verified.value(), queued.value(), ready.value()};
        },
        [this, announceAll](Result<Index> index) {
            m_indexing = false;
            if (std::exchange(m_indexAgain, false))
                refreshIndex();
            if (!index)
                return;
            TrackIds changed;
            const auto &verified = index.value().verified;
            for (auto it = verified.cbegin(); it != verified.cend(); ++it) {
                if (announceAll || m_verified.value(it.key()) != it.value())
                    changed.append(it.key());
            }
            for (auto it = m_verified.cbegin(); it != m_verified.cend(); ++it) {
                if (!verified.contains(it.key()))
                    changed.append(it.key());
            }
            const QSet<qint64> &queued = index.value().queued;
            for (qint64 id : queued) {
                if (!m_queuedTracks.contains(id))
                    changed.append(id);
            }
            for (qint64 id : std::as_const(m_queuedTracks)) {
                if (!queued.contains(id))
                    changed.append(id);
            }
            m_verified = verified;
            m_queuedTracks = queued;
            m_readiness = index.value().readiness;
            if (!changed.isEmpty())
                Q_EMIT availabilityChanged(changed);
            Q_EMIT readinessChanged(m_readiness);
        });
}

void DownloadManager::writePlaylists() {
    onDb(
        [root = m_root](Database &db) -> Result<QList<QPair<QString, QList<PlaylistFileEntry>>>> {
            OfflineStore store(db);
            auto pins = store.pins();
            if (!pins)
                return pins.error();
            QList<QPair<QString, QList<PlaylistFileEntry>>> out;
            for (const OfflinePin &p : pins.value()) {
                auto entries = store.playlistEntries(p.id, root);
                if (!entries)
                    return entries.error();
                out.append({OfflinePath::safeComponent(p.name) + QStringLiteral(".m3u8"),
                            entries.value()});
            }
            return out;
        },
        [this](auto lists) {
            if (!lists)
                return;
            onIo([lists = lists.value()](OfflineIo &io) {
                for (const auto &[name, entries] : lists)
                    (void)io.writePlaylist(name, entries);
            });
        });
}

void DownloadManager::scrub(int limit, qint64 olderThanMs) {
    m_backlog.clear(); // the queue changes: the next start plans afresh
    onDb([limit,
          olderThanMs](Database &db) { return OfflineQueue(db).scrubList(olderThanMs, limit); },
         [this](Result<QList<OfflineQueue::ScrubItem>> items) {
             if (!items) {
                 Q_EMIT notice(items.error().message);
                 Q_EMIT scrubFinished(0, 0);
                 return;
             }
             onIo(
                 [items = items.value()](OfflineIo &io) {
                     QList<QPair<OfflineQueue::ScrubItem, VerifyReport>> out;
                     for (const auto &item : items) {
                         VerifyExpectation e;
                         e.sizeBytes = item.size;
                         e.sha256Hex = item.sha256;
                         e.durationMs = item.expectedMs;
                         e.suffix = item.suffix;
                         VerifyReport report = io.check(item.path, e);
                         if (!report.ok)
                             io.remove({item.path});
                         out.append({item, report});
                     }
                     return out;
                 },
                 [this](QList<QPair<OfflineQueue::ScrubItem, VerifyReport>> checked) {
                     onDb(
                         [checked, now = m_clock->wallNow().toMSecsSinceEpoch()](
                             Database &db) -> Result<int> {
                             OfflineQueue queue(db);
                             int damaged = 0;
                             for (const auto &[item, report] : checked) {
                                 auto r = report.ok
                                              ? queue.markChecked(item.fileId, now)
                                              : queue.markCorrupt(item.fileId, report.problem);
                                 if (!r)
                                     return r.error();
                                 damaged += report.ok ? 0 : 1;
                             }
                             return damaged;
                         },
                         [this, checked](Result<int> damaged) {
                             const int total = int(checked.size());
                             const int bad = damaged ? damaged.value() : 0;
                             for (const auto &[item, report] : checked) {
                                 if (!report.ok)
                                     Q_EMIT fileDamaged(item.fileId, item.trackId, report.problem);
                             }
                             if (bad > 0)
                                 Q_EMIT notice(tr("%n offline file(s) were damaged and are "
                                                  "downloaded again.",
                                                  nullptr, bad));
                             refreshIndex();
                             Q_EMIT scrubFinished(total, bad);
                             pump();
                         });
                 });
         });
}

} // namespace refrain
