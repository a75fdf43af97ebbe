#include "core/offline/downloadmanager.h"

#include "core/offline/offlineio.h"
#include "core/offline/offlinepath.h"
#include "core/offline/offlinequeue.h"
#include "core/offline/offlinestore.h"
#include "core/service/request/requestlayer.h"
#include "core/service/subsonic/subsonicreply.h"

#include <QDir>
#include <QTimer>

namespace refrain {

namespace {

// Bodies of error documents kept to read the server's reason.
constexpr qsizetype kMaxDocument = 64 * 1024;
// A server that could not be reached this many times in a row counts as away: the queue
// settles (refrainctl finishes) while the app keeps trying on a slower schedule.
constexpr int kAwayAfter = 3;
constexpr qint64 kHoldBaseMs = 1'000;
constexpr qint64 kHoldCapMs = 60'000;
constexpr int kIndexIntervalMs = 250; // the availability index and readiness, while busy
constexpr qint64 kProgressEveryMs = 250;

// "sha-256=:<base64>:" (Repr-Digest, RFC 9530) or "SHA-256=<base64>" (Digest, RFC 3230).
QByteArray sha256FromDigest(const QByteArray &header) {
    for (QByteArray part : header.split(',')) {
        part = part.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0 || part.left(eq).trimmed().toLower() != "sha-256")
            continue;
        QByteArray value = part.mid(eq + 1).trimmed();
        if (value.startsWith(':') && value.endsWith(':') && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        const QByteArray raw = QByteArray::fromBase64(value);
        if (raw.size() == 32)
            return raw.toHex();
    }
    return {};
}

// "bytes 1000-4999/5000" → 1000; -1 when unreadable.
qint64 rangeStart(const QByteArray &contentRange) {
    const QByteArray v = contentRange.trimmed();
    if (!v.startsWith("bytes "))
        return -1;
    const qsizetype dash = v.indexOf('-');
    bool ok = false;
    const qint64 start = v.mid(6, dash - 6).trimmed().toLongLong(&ok);
    return ok ? start : -1;
}

} // namespace

struct DownloadManager::Job {
    DownloadJob job;
    QPointer<RequestReply> reply;
    qint64 partBytes = 0; // on disk when the request went out: the Range asked from here
    qint64 written = 0;   // appended since
    bool cancelled = false;
    bool writeFailed = false;
    bool document = false;
    QByteArray documentBody;
    QByteArray contentType;
    qint64 contentLength = -1; // of this answer's body; -1 unknown
};

template<typename Fn, typename Done>
void DownloadManager::onIo(Fn fn, Done done) {
    QMetaObject::invokeMethod(m_io, [io = m_io, self = QPointer<DownloadManager>(this),
                                     fn = std::move(fn), done = std::move(done)]() mutable {
        auto result = fn(*io);
        QMetaObject::invokeMethod(
            self.data(),
            [self, done = std::move(done), result = std::move(result)]() mutable {
                if (self)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

template<typename Fn>
void DownloadManager::onIo(Fn fn) {
    QMetaObject::invokeMethod(m_io, [io = m_io, fn = std::move(fn)]() mutable { fn(*io); });
}

template<typename Fn, typename Done>
void DownloadManager::onDb(Fn fn, Done done) {
    m_runner([self = QPointer<DownloadManager>(this), fn = std::move(fn),
              done = std::move(done)](Database &db) mutable {
        auto result = fn(db);
        QMetaObject::invokeMethod(
            self.data(),
            [self, done = std::move(done), result = std::move(result)]() mutable {
                if (self)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

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

void DownloadManager::startJob(const DownloadJob &dj) {
    auto job = std::make_shared<Job>();
    job->job = dj;
    m_jobs.insert(dj.fileId, job);
    onIo([id = dj.fileId, path = dj.path](OfflineIo &io) { return io.open(id, path); },
         [this, job](Result<OfflineIo::Opened> opened) {
             if (job->cancelled) {
                 onIo([id = job->job.fileId](OfflineIo &io) { io.close(id); });
                 endJob(job);
                 return;
             }
             if (!opened) {
                 // A name that would leave the folder can never be written: give up on it.
                 failJob(job, opened.error().message, opened.error().kind == Error::Kind::Invalid);
                 return;
             }
             job->partBytes = opened.value().partBytes;
             const qint64 expected = job->job.expectedSize;
             if ((opened.value().finalPresent && job->partBytes == 0)
                 || (expected > 0 && job->partBytes >= expected)) {
                 verify(job); // complete already (a crash before the database heard of it)
                 return;
             }
             sendRequest(job);
         });
}

void DownloadManager::sendRequest(const std::shared_ptr<Job> &job) {
    const auto url = m_signer(job->job.serverId, job->job.songId);
    if (!url) {
        holdServer(job, -1, url.error().message);
        return;
    }
    RequestSpec spec;
    spec.url = url.value();
    if (job->partBytes > 0)
        spec.headers.append({"Range", "bytes=" + QByteArray::number(job->partBytes) + '-'});
    RequestOptions &o = spec.options;
    o.component = Component::Stream;
    o.streamBody = true;
    o.firstByteTimeoutMs = 15'000;
    o.deadlineMs = 0; // a long file on a slow line is not a failure; silence is (first byte)
    o.maxBodyBytes = job->job.expectedSize > 0 ? job->job.expectedSize + 1024 * 1024
                                               : qint64(4) * 1024 * 1024 * 1024;
    o.priority = -5; // what the user clicks on goes first
    job->written = 0;
    job->contentLength = -1;
    job->document = false;
    job->documentBody.clear();
    RequestReply *reply = m_layer->send(spec);
    job->reply = reply;
    connect(reply, &RequestReply::streamStarted, this, [this, job] { onStreamStarted(job); });
    connect(reply, &RequestReply::readyRead, this, [this, job] { onReadyRead(job); });
    connect(reply, &RequestReply::finished, this, [this, job] { onFinished(job); });
}

void DownloadManager::onStreamStarted(const std::shared_ptr<Job> &job) {
    RequestReply *reply = job->reply;
    if (!reply)
        return;
    job->contentType = reply->streamHeader("Content-Type");
    bool known = false;
    job->contentLength = reply->streamHeader("Content-Length").toLongLong(&known);
    if (!known)
        job->contentLength = -1;
    if (SubsonicReply::isErrorForBinary(job->contentType, {})) {
        job->document = true; // the server's reason comes as a document: read it, save nothing
        return;
    }
    const QByteArray digest = sha256FromDigest(reply->streamHeader("Repr-Digest"));
    const QByteArray checksum =
        digest.isEmpty() ? sha256FromDigest(reply->streamHeader("Digest")) : digest;
    if (!checksum.isEmpty() && checksum != job->job.checksum) {
        job->job.checksum = checksum;
        onDb([id = job->job.fileId,
              checksum](Database &db) { return OfflineQueue(db).rememberChecksum(id, checksum); },
             [](Result<void>) {});
    }
    const int status = reply->streamStatus();
    const bool resumed =
        status == 206 && rangeStart(reply->streamHeader("Content-Range")) == job->partBytes;
    if (job->partBytes > 0 && !resumed) {
        // The server ignored the Range (or answered another one): start clean from its bytes.
        job->partBytes = 0;
        if (status == 206) {
            job->cancelled = true; // an unexpected slice: ask again for the whole file
            reply->cancel();
        }
        onIo([id = job->job.fileId](OfflineIo &io) { return io.restart(id); }, [](Result<void>) {});
    }
}

void DownloadManager::onReadyRead(const std::shared_ptr<Job> &job) {
    RequestReply *reply = job->reply;
    if (!reply || job->cancelled || job->writeFailed)
        return;
    const QByteArray bytes = reply->readAvailable();
    if (bytes.isEmpty())
        return;
    if (job->document) {
        if (job->documentBody.size() < kMaxDocument)
            job->documentBody += bytes.left(kMaxDocument - job->documentBody.size());
        return;
    }
    job->written += bytes.size();
    m_sessionBytes += bytes.size();
    // Only a failed write comes back: a download is many small writes.
    onIo([id = job->job.fileId, bytes, self = QPointer<DownloadManager>(this), job](OfflineIo &io) {
        const auto error = io.append(id, bytes);
        if (!error)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, job, error = *error] {
                if (!self || job->writeFailed)
                    return;
                job->writeFailed = true;
                if (job->reply)
                    job->reply->cancel();
                if (error.diskFull)
                    self->haltForDiskFull(error.message);
                else
                    self->failJob(job, error.message, false);
            },
            Qt::QueuedConnection);
    });
    const qint64 now = m_clock->nowMs();
    if (m_rateAtMs < 0) {
        m_rateAtMs = now;
        m_rateBytes = m_sessionBytes;
    } else if (now - m_rateAtMs >= 500) {
        const double sample =
            double(m_sessionBytes - m_rateBytes) * 1000.0 / double(now - m_rateAtMs);
        m_rate = m_rate <= 0 ? sample : 0.7 * m_rate + 0.3 * sample;
        m_rateAtMs = now;
        m_rateBytes = m_sessionBytes;
    }
    if (m_lastProgressMs < 0 || now - m_lastProgressMs >= kProgressEveryMs) {
        m_lastProgressMs = now;
        Q_EMIT progress();
    }
}

void DownloadManager::onFinished(const std::shared_ptr<Job> &job) {
    RequestReply *reply = job->reply;
    if (!reply)
        return;
    onReadyRead(job); // anything still buffered
    const RequestResult result = reply->result();
    job->reply = nullptr;
    reply->deleteLater();
    if (job->writeFailed) {
        endJob(job); // the write's own handler said why; when paused, this may settle
        return;
    }
    if (job->cancelled) {
        // Paused, cancelled, released, or an unexpected slice to ask for again (pump restarts
        // it from the emptied .part).
        onIo([id = job->job.fileId](OfflineIo &io) { io.close(id); });
        endJob(job);
        return;
    }
    if (job->document) {
        onIo([id = job->job.fileId](OfflineIo &io) { io.close(id); });
        const SubsonicReply parsed = SubsonicReply::parse(
            result.httpStatus ? result.httpStatus : 200, job->contentType, job->documentBody);
        const bool gone = parsed.error().kind == Error::Kind::NotFound;
        const QString why =
            parsed.ok() ? tr("The server sent a document instead of the song.") : parsed.message();
        if (gone || parsed.error().kind == Error::Kind::Invalid)
            failJob(job, why, gone);
        else
            holdServer(job, -1, why);
        return;
    }
    // A connection closed early can look like a complete answer (Qt reports some cut 206s as
    // success): the bytes are counted against what the server announced.
    const bool cut = result.ok() && job->contentLength >= 0 && job->written < job->contentLength;
    if ((result.ok() && !cut) || result.httpStatus == 416) {
        verify(job); // 416: nothing after what is on disk; the .part may be the whole file
        return;
    }
    onIo([id = job->job.fileId](OfflineIo &io) { io.close(id); });
    if (result.failure == FailureKind::HttpStatus && result.httpStatus >= 400
        && result.httpStatus < 500 && result.httpStatus != 408 && result.httpStatus != 429) {
        failJob(job, result.errorText, result.httpStatus == 404 || result.httpStatus == 410);
        return;
    }
    if (result.failure == FailureKind::TooLarge) {
        failJob(job, result.errorText, false);
        return;
    }
    if (job->written > 0 || cut) {
        // Cut off after some progress: the next request resumes from there, straight away.
        m_serverFailures.remove(job->job.serverId);
        endJob(job);
        return;
    }
    holdServer(job, result.retryAtMs, result.errorText);
}

void DownloadManager::verify(const std::shared_ptr<Job> &job) {
    VerifyExpectation expected;
    expected.sizeBytes = job->job.expectedSize;
    expected.durationMs = job->job.expectedMs;
    expected.sha256Hex = job->job.checksum;
    expected.suffix = job->job.suffix;
    // The body is in: its slot goes to the next download while this one is checked.
    if (m_jobs.value(job->job.fileId) == job) {
        m_jobs.remove(job->job.fileId);
        m_verifying.insert(job->job.fileId, job);
        pumpNext();
    }
    onIo([id = job->job.fileId](OfflineIo &io) { return io.seal(id); },
         [this, job, expected](QByteArray hash) mutable {
             if (hash.isEmpty() && job->written > 0) {
                 // A write failed (the disk is full): its handler pauses and says so. The
                 // bytes on disk stay for a resume; none of it counts as a failed try.
                 endJob(job);
                 return;
             }
             expected.knownSha256Hex = hash;
             m_toFinalize.append({job, expected});
             finalizeWaiting();
         });
}

void DownloadManager::finalizeWaiting() {
    if (m_finalizing || m_toFinalize.isEmpty())
        return;
    m_finalizing = true;
    const auto batch = std::exchange(m_toFinalize, {});
    QList<OfflineIo::Finish> files;
    for (const auto &[job, expected] : batch)
        files.append({job->job.path, expected});
    QPointer<DownloadManager> self(this);
    m_verifyPool.start([self, batch, files, root = m_root] {
        const QList<VerifyReport> reports = OfflineIo::finalize(root, files);
        QMetaObject::invokeMethod(
            self.data(),
            [self, batch, reports] {
                if (!self)
                    return;
                self->m_finalizing = false;
                QList<std::pair<std::shared_ptr<Job>, VerifyReport>> checked;
                for (int i = 0; i < batch.size(); ++i)
                    checked.append({batch.at(i).first, reports.at(i)});
                self->verified(checked);
                // What finished meanwhile is the next batch.
                self->finalizeWaiting();
            },
            Qt::QueuedConnection);
    });
}

void DownloadManager::verified(
    const QList<std::pair<std::shared_ptr<Job>, VerifyReport>> &checked) {
    QList<std::shared_ptr<Job>> good;
    QList<VerifyReport> reports;
    for (const auto &[job, report] : checked) {
        if (!report.ok) {
            failJob(job, report.problem, false);
            continue;
        }
        good.append(job);
        reports.append(report);
    }
    if (good.isEmpty())
        return;
    QList<qint64> ids;
    for (const auto &job : std::as_const(good))
        ids.append(job->job.fileId);
    onDb(
        [ids, reports, now = m_clock->wallNow().toMSecsSinceEpoch()](Database &db) {
            return db.transaction([&]() -> Result<void> {
                OfflineQueue queue(db);
                for (int i = 0; i < ids.size(); ++i) {
                    const VerifyReport &r = reports.at(i);
                    if (auto marked = queue.markVerified(ids.at(i), r.sizeBytes, r.sha256Hex, now);
                        !marked)
                        return marked;
                }
                return {};
            });
        },
        [this, good, reports](Result<void> stored) {
            if (!stored) {
                for (const auto &job : good)
                    failJob(job, stored.error().message, false);
                return;
            }
            TrackIds tracks;
            for (const VerifyReport &report : reports)
                m_verifiedBytes += report.sizeBytes;
            for (const auto &job : good) {
                m_queuedCount = qMax(0, m_queuedCount - 1);
                m_queuedBytes = qMax<qint64>(0, m_queuedBytes - job->job.expectedSize);
                m_serverFailures.remove(job->job.serverId);
                m_verified.insert(job->job.trackId, job->job.path);
                m_queuedTracks.remove(job->job.trackId);
                tracks.append(job->job.trackId);
            }
            Q_EMIT availabilityChanged(tracks);
            for (const auto &job : good) {
                Q_EMIT fileFinished(job->job.fileId, job->job.trackId, true,
                                    job->job.artist + QStringLiteral(" – ") + job->job.title);
                endJob(job);
            }
            refreshIndexSoon();
        });
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
