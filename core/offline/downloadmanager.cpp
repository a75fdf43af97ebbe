#include "core/offline/downloadmanager_p.h"

namespace refrain {

using namespace downloads;

DownloadManager::DownloadManager(DatabaseRunner runner, RequestLayer *layer, QString offlineRoot,
                                 UrlSigner signer, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_layer(layer)
    , m_clock(layer->clock())
    , m_root(QDir::cleanPath(std::move(offlineRoot)))
    , m_signer(std::move(signer)) {
    m_ioThread.setObjectName(QStringLiteral("refrain-offline-io"));
    m_io = new OfflineIo(m_root);
    m_io->moveToThread(&m_ioThread);
    m_ioThread.start();
    m_verifyPool.setMaxThreadCount(2);
    m_indexTimer = new QTimer(this);
    m_indexTimer->setSingleShot(true);
    m_indexTimer->setInterval(kIndexIntervalMs);
    connect(m_indexTimer, &QTimer::timeout, this, [this] {
        if (std::exchange(m_indexDue, false)) {
            m_indexTimer->start();
            refreshIndex();
        }
    });
}

DownloadManager::~DownloadManager() {
    stop();
    // The .part files are flushed and closed before the thread ends: the next start resumes.
    QMetaObject::invokeMethod(
        m_io, [io = m_io] { delete io; }, Qt::BlockingQueuedConnection);
    m_ioThread.quit();
    m_ioThread.wait();
    if (m_wake)
        m_clock->cancel(m_wake);
}

QString DownloadManager::localPath(qint64 trackId) const {
    const auto it = m_verified.constFind(trackId);
    return it == m_verified.cend() ? QString() : QDir(m_root).filePath(*it);
}

void DownloadManager::start() {
    if (m_started)
        return;
    m_started = true;
    onDb(
        [](Database &db) -> Result<std::pair<OfflineSettings, QSet<QString>>> {
            auto settings = OfflineStore(db).settings();
            if (!settings)
                return settings.error();
            auto known = OfflineQueue(db).knownPaths();
            if (!known)
                return known.error();
            return std::pair{settings.value(), known.value()};
        },
        [this](auto loaded) {
            if (!loaded) {
                Q_EMIT notice(loaded.error().message);
                return;
            }
            m_settings = loaded.value().first;
            // Files no row knows are what a crash between delete-row and delete-file left.
            onIo([known = loaded.value().second](OfflineIo &io) { return io.sweep(known); },
                 [](int) {});
            reconcile();
        });
}

void DownloadManager::setSettings(const OfflineSettings &settings) {
    m_backlog.clear(); // the queue changes: the next start plans afresh
    const bool refill = settings.essentialsHours != m_settings.essentialsHours
                        || settings.essentialsGb != m_settings.essentialsGb;
    m_settings = settings;
    m_quotaWarned = false;
    onDb([settings](Database &db) { return OfflineStore(db).setSettings(settings); },
         [this, refill](Result<void> r) {
             if (!r)
                 Q_EMIT notice(r.error().message);
             if (refill)
                 reconcile();
             else
                 pump();
         });
}

void DownloadManager::reconcile() {
    m_backlog.clear(); // the queue changes: the next start plans afresh
    if (!m_started || m_stopped)
        return;
    onDb([now = m_clock->wallNow().toMSecsSinceEpoch()](
             Database &db) { return OfflineStore(db).reconcile(now); },
         [this](Result<OfflineStore::Reconciled> r) {
             if (!r) {
                 Q_EMIT notice(r.error().message);
                 return;
             }
             // A released file that is downloading right now stops.
             for (const auto &job : std::as_const(m_jobs)) {
                 if (r.value().releasedPaths.contains(job->job.path)) {
                     job->cancelled = true;
                     if (job->reply)
                         job->reply->cancel();
                 }
             }
             release(r.value().releasedPaths, r.value().releasedTracks);
             refreshIndex();
             writePlaylists();
             pump();
         });
}

void DownloadManager::release(const QStringList &paths, const TrackIds &tracks) {
    if (!paths.isEmpty())
        onIo([paths](OfflineIo &io) { io.remove(paths); });
    TrackIds gone;
    for (qint64 id : tracks) {
        if (m_verified.remove(id))
            gone.append(id);
    }
    if (!gone.isEmpty())
        Q_EMIT availabilityChanged(gone);
}

void DownloadManager::pauseAll() {
    m_backlog.clear(); // the queue changes: the next start plans afresh
    m_paused = true;
    for (const auto &job : std::as_const(m_jobs)) {
        job->cancelled = true;
        if (job->reply)
            job->reply->cancel();
    }
    Q_EMIT queueChanged();
}

void DownloadManager::resumeAll() {
    m_backlog.clear(); // the queue changes: the next start plans afresh
    m_paused = false;
    m_holdReason.clear();
    m_heldUntil.clear();
    m_serverFailures.clear();
    m_quotaWarned = false;
    Q_EMIT queueChanged();
    pump();
}

void DownloadManager::retryHeldNow() {
    if (m_heldUntil.isEmpty())
        return;
    m_backlog.clear(); // the held jobs were left out of the last plan
    m_heldUntil.clear();
    m_serverFailures.clear();
    if (!m_paused)
        m_holdReason.clear();
    Q_EMIT queueChanged();
    pump();
}

void DownloadManager::pause(qint64 fileId) {
    m_backlog.clear(); // the queue changes: the next start plans afresh
    if (const auto job = m_jobs.value(fileId)) {
        job->cancelled = true;
        if (job->reply)
            job->reply->cancel();
    }
    onDb([fileId](Database &db) { return OfflineQueue(db).setPaused(fileId, true); },
         [this](Result<void>) { refreshIndex(); });
}

void DownloadManager::resume(qint64 fileId) {
    m_backlog.clear(); // the queue changes: the next start plans afresh
    onDb([fileId](Database &db) { return OfflineQueue(db).retry(fileId); },
         [this](Result<void>) {
             refreshIndex();
             pump();
         });
}

void DownloadManager::cancel(qint64 fileId) {
    m_backlog.clear(); // the queue changes: the next start plans afresh
    if (const auto job = m_jobs.value(fileId)) {
        job->cancelled = true;
        if (job->reply)
            job->reply->cancel();
    }
    onDb([fileId](Database &db) { return OfflineQueue(db).cancel(fileId); },
         [this](Result<void>) { refreshIndex(); });
}

void DownloadManager::downloadNext(qint64 fileId) {
    m_backlog.clear(); // the queue changes: the next start plans afresh
    onDb(
        [fileId](Database &db) -> Result<void> {
            OfflineQueue queue(db);
            auto top = queue.topPriority();
            if (!top)
                return top.error();
            if (auto r = queue.retry(fileId); !r)
                return r;
            return queue.setPriority(fileId, top.value());
        },
        [this](Result<void>) {
            Q_EMIT queueChanged();
            pump();
        });
}

void DownloadManager::cacheTrack(qint64 trackId, int priority) {
    m_backlog.clear(); // the queue changes: the next start plans afresh
    if (m_settings.cacheBytes() <= 0 || m_verified.contains(trackId))
        return;
    onDb([trackId, priority, now = m_clock->wallNow().toMSecsSinceEpoch()](
             Database &db) { return OfflineQueue(db).addToCache(trackId, priority, now); },
         [this](Result<bool> added) {
             if (added && added.value()) {
                 refreshIndex();
                 pump();
             }
         });
}

void DownloadManager::setEssentialsUrgent(bool urgent) {
    m_backlog.clear(); // the queue changes: the next start plans afresh
    onDb([urgent](Database &db) { return OfflineQueue(db).setEssentialsUrgent(urgent); },
         [this](Result<int> changed) {
             if (changed && changed.value() > 0) {
                 Q_EMIT queueChanged();
                 pump();
             }
         });
}

void DownloadManager::markUsed(qint64 trackId) {
    onDb([trackId, now = m_clock->wallNow().toMSecsSinceEpoch()](
             Database &db) { return OfflineQueue(db).touch(trackId, now); },
         [](Result<void>) {});
}

void DownloadManager::stop() {
    m_backlog.clear(); // the queue changes: the next start plans afresh
    m_stopped = true;
    for (const auto &job : std::as_const(m_jobs)) {
        job->cancelled = true;
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->cancel();
            job->reply->deleteLater();
        }
        onIo([id = job->job.fileId](OfflineIo &io) { io.close(id); });
    }
    m_jobs.clear();
}

QList<DownloadManager::Active> DownloadManager::active() const {
    QList<Active> out;
    for (const auto &j : m_jobs) {
        out.append({j->job.fileId, j->job.trackId, j->job.title, j->job.artist,
                    j->partBytes + j->written, j->job.expectedSize});
    }
    std::sort(out.begin(), out.end(),
              [](const Active &a, const Active &b) { return a.fileId < b.fileId; });
    return out;
}

DownloadManager::Totals DownloadManager::totals() const {
    Totals t;
    t.running = int(m_jobs.size());
    t.queued = m_queuedCount;
    t.doneBytes = m_sessionBytes;
    qint64 activeDone = 0;
    for (const auto &j : m_jobs)
        activeDone += j->partBytes + j->written;
    t.remainingBytes = qMax<qint64>(0, m_queuedBytes - activeDone);
    t.bytesPerSecond = m_rate;
    if (m_rate > 1 && t.remainingBytes > 0)
        t.etaMs = qint64(double(t.remainingBytes) / m_rate * 1000.0);
    else if (t.remainingBytes == 0)
        t.etaMs = 0;
    return t;
}

bool DownloadManager::isSettled() const {
    if (!m_jobs.isEmpty() || !m_verifying.isEmpty() || m_pumping
        || (!m_paused && m_moreQueued && m_holdReason.isEmpty()))
        return false;
    // A server that failed only once or twice is waited for; one that stays away is not.
    const qint64 now = m_clock->nowMs();
    for (auto it = m_heldUntil.cbegin(); it != m_heldUntil.cend(); ++it) {
        if (it.value() > now && m_serverFailures.value(it.key()) < kAwayAfter && !m_paused)
            return false;
    }
    return true;
}

void DownloadManager::checkSettled() {
    if (isSettled()) {
        writePlaylists();
        Q_EMIT settled();
    }
}

void DownloadManager::wakeAt(qint64 atMs) {
    if (m_wake && m_wakeAt <= atMs)
        return;
    if (m_wake)
        m_clock->cancel(m_wake);
    m_wakeAt = atMs;
    m_wake = m_clock->callAfter(qMax<qint64>(0, atMs - m_clock->nowMs()), this, [this] {
        m_wake = 0;
        m_wakeAt = -1;
        pump();
    });
}

void DownloadManager::pump() {
    if (!m_started || m_stopped || m_paused) {
        checkSettled();
        return;
    }
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    const int free = m_settings.parallel - int(m_jobs.size());
    // Checks run beside the downloads, but never pile up behind a slow disk.
    if (free <= 0 || m_verifying.size() >= 4 * m_settings.parallel)
        return;
    m_pumping = true;
    struct Plan {
        QList<DownloadJob> jobs;
        QStringList evicted;
        qint64 verifiedBytes = 0;
        int queued = 0;
        qint64 queuedBytes = 0;
    };
    QSet<qint64> running(m_jobs.keyBegin(), m_jobs.keyEnd());
    running.unite(QSet<qint64>(m_verifying.keyBegin(), m_verifying.keyEnd()));
    // More than the free slots: some may belong to a server that is held or not fit the quota.
    onDb(
        [running, limit = free + 16, cap = m_settings.cacheBytes()](Database &db) -> Result<Plan> {
            OfflineQueue queue(db);
            Plan plan;
            if (cap > 0) {
                auto evicted = queue.evictCache(cap);
                if (!evicted)
                    return evicted.error();
                plan.evicted = evicted.value();
            }
            auto jobs = queue.nextJobs(limit, running);
            if (!jobs)
                return jobs.error();
            plan.jobs = jobs.value();
            auto stats = queue.stats();
            if (!stats)
                return stats.error();
            plan.verifiedBytes = stats.value().verifiedBytes;
            plan.queued = stats.value().queued;
            plan.queuedBytes = stats.value().queuedBytes;
            return plan;
        },
        [this](Result<Plan> plan) {
            m_pumping = false;
            if (!plan) {
                Q_EMIT notice(plan.error().message);
                return;
            }
            if (!plan.value().evicted.isEmpty()) {
                onIo([paths = plan.value().evicted](OfflineIo &io) { io.remove(paths); });
                refreshIndex(); // those songs stream again
            }
            m_queuedCount = plan.value().queued;
            m_queuedBytes = plan.value().queuedBytes;
            m_verifiedBytes = plan.value().verifiedBytes;
            startPlanned(plan.value().jobs);
            if (m_pumpAgain) {
                m_pumpAgain = false;
                pump();
                return;
            }
            checkSettled();
        });
}

void DownloadManager::pumpNext() {
    if (m_backlog.isEmpty() || m_pumping || !m_started || m_stopped || m_paused) {
        pump();
        return;
    }
    if (m_settings.parallel - int(m_jobs.size()) <= 0
        || m_verifying.size() >= 4 * m_settings.parallel)
        return;
    startPlanned(std::exchange(m_backlog, {}));
    checkSettled();
}

void DownloadManager::startPlanned(const QList<DownloadJob> &jobs) {
    const qint64 now = m_clock->nowMs();
    const qint64 quota = m_settings.quotaBytes();
    qint64 used = m_verifiedBytes;
    for (const auto &j : std::as_const(m_jobs))
        used += j->job.expectedSize;
    for (const auto &j : std::as_const(m_verifying))
        used += j->job.expectedSize;
    int overQuota = 0;
    int held = 0;
    m_moreQueued = false;
    m_backlog.clear();
    for (const DownloadJob &job : jobs) {
        if (m_stopped || m_paused || m_jobs.contains(job.fileId)
            || m_verifying.contains(job.fileId))
            continue;
        if (m_heldUntil.value(job.serverId, -1) > now) {
            ++held;
            continue;
        }
        if (quota > 0 && used + job.expectedSize > quota) {
            ++overQuota;
            continue;
        }
        if (int(m_jobs.size()) >= m_settings.parallel) {
            m_moreQueued = true;
            m_backlog.append(job);
            continue;
        }
        used += job.expectedSize;
        startJob(job);
    }
    if (overQuota > 0 && m_jobs.isEmpty()) {
        m_holdReason = tr("Offline storage has reached its limit of %1: %n song(s) wait. Raise the "
                          "limit in Settings or keep fewer things offline.",
                          nullptr, overQuota)
                           .arg(byteSizeText(quota));
        if (!m_quotaWarned) {
            m_quotaWarned = true;
            Q_EMIT notice(m_holdReason);
        }
    } else if (held == 0 && overQuota == 0 && !m_paused) {
        m_holdReason.clear();
    }
    Q_EMIT queueChanged();
}

void DownloadManager::failJob(const std::shared_ptr<Job> &job, const QString &message,
                              bool permanent) {
    onDb([id = job->job.fileId, message,
          permanent](Database &db) { return OfflineQueue(db).markFailed(id, message, permanent); },
         [this, job, message](Result<bool> queued) {
             Q_EMIT fileFinished(job->job.fileId, job->job.trackId, false, message);
             if (queued && !queued.value())
                 m_queuedTracks.remove(job->job.trackId);
             endJob(job);
         });
}

void DownloadManager::holdServer(const std::shared_ptr<Job> &job, qint64 retryAtMs,
                                 const QString &why) {
    const QString &server = job->job.serverId;
    const int failures = m_serverFailures.value(server) + 1;
    m_serverFailures.insert(server, failures);
    const qint64 now = m_clock->nowMs();
    const qint64 backoff = qMin(kHoldCapMs, kHoldBaseMs << qMin(failures - 1, 10));
    const qint64 until = qMax(now + backoff, retryAtMs);
    m_heldUntil.insert(server, until);
    m_holdReason = tr("Downloads wait for the server: %1").arg(why);
    wakeAt(until);
    endJob(job);
}

void DownloadManager::endJob(const std::shared_ptr<Job> &job) {
    if (m_jobs.value(job->job.fileId) == job)
        m_jobs.remove(job->job.fileId);
    if (m_verifying.value(job->job.fileId) == job)
        m_verifying.remove(job->job.fileId);
    Q_EMIT queueChanged();
    pumpNext();
}

void DownloadManager::haltForDiskFull(const QString &message) {
    m_paused = true;
    m_holdReason = tr("%1 Downloads are paused and nothing was lost: free some space, then "
                      "resume them.")
                       .arg(message);
    for (const auto &job : std::as_const(m_jobs)) {
        job->cancelled = true;
        if (job->reply)
            job->reply->cancel();
    }
    Q_EMIT notice(m_holdReason);
    Q_EMIT queueChanged();
}

} // namespace refrain
