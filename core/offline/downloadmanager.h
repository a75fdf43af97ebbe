// DownloadManager: makes offline copies of server songs and keeps them honest — it works the
// queue in the database a few files at a time through the request layer (HTTP Range resumes a
// .part; a server that ignores Range is started clean), verifies every file before it counts,
// keeps within the quota and the stream cache's size, pauses with a notice when the disk is
// full, re-queues what the scrub finds damaged, and announces which tracks can play offline.
//
// Lives on the request layer's thread (the UI thread in the app) and never blocks it: database
// work goes through the DatabaseRunner, file work to OfflineIo on a thread of its own. A quit
// (stop() or destruction) keeps every .part for the next start.
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"
#include "core/library/track.h"
#include "core/offline/fileverifier.h"
#include "core/offline/offlinetypes.h"
#include "core/service/request/clock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace refrain {

class OfflineIo;
class RequestLayer;

class DownloadManager : public QObject {
    Q_OBJECT
public:
    using DatabaseRunner = std::function<void(std::function<void(Database &)>)>;
    // A signed URL of a song's original file (ServerHub::downloadUrl), or why not now.
    using UrlSigner = std::function<Result<QUrl>(const QString &serverId, const QString &songId)>;

    DownloadManager(DatabaseRunner runner, RequestLayer *layer, QString offlineRoot,
                    UrlSigner signer, QObject *parent = nullptr);
    ~DownloadManager() override;

    const QString &offlineRoot() const { return m_root; }

    // Reads the settings and the verified files, sweeps strays, reconciles and starts working.
    void start();
    // Pins or their songs changed (a sync, an edit, a new pin): resolve again, then work.
    void reconcile();
    void setSettings(const OfflineSettings &settings);
    const OfflineSettings &settings() const { return m_settings; }

    // The whole queue.
    void pauseAll();
    void resumeAll();
    // The service is back (the capabilities say downloads work again): servers held after
    // failures are tried now instead of at the end of their backoff. A pause stays a pause.
    void retryHeldNow();
    bool isPaused() const { return m_paused; }
    // Why nothing is downloading although files wait ("The disk is full …"); empty otherwise.
    QString holdReason() const { return m_holdReason; }
    // One file.
    void pause(qint64 fileId);
    void resume(qint64 fileId);
    void cancel(qint64 fileId);
    void downloadNext(qint64 fileId);
    // Keeps a copy of a song being streamed, or about to be (the queue's next tracks).
    void cacheTrack(qint64 trackId, int priority = kPriorityCache);
    // A maintenance window is coming: missing Essentials go first.
    void setEssentialsUrgent(bool urgent);
    // Re-verifies up to `limit` verified files not checked since olderThanMs; damaged ones are
    // queued again. scrubFinished() follows.
    void scrub(int limit, qint64 olderThanMs);
    // Quits cleanly: running downloads stop and keep their .part; nothing more starts.
    void stop();

    // The availability index: verified offline copies, by track.
    bool isAvailable(qint64 trackId) const { return m_verified.contains(trackId); }
    bool isQueued(qint64 trackId) const { return m_queuedTracks.contains(trackId); }
    QString localPath(qint64 trackId) const;
    QList<qint64> availableTracks() const { return m_verified.keys(); }
    void markUsed(qint64 trackId);

    struct Active {
        qint64 fileId = 0;
        qint64 trackId = 0;
        QString title;
        QString artist;
        qint64 doneBytes = 0;
        qint64 totalBytes = 0;
    };
    QList<Active> active() const;
    struct Totals {
        int running = 0;
        int queued = 0;
        qint64 doneBytes = 0;      // this session, all files
        qint64 remainingBytes = 0; // of the queue, as the catalog says
        double bytesPerSecond = 0;
        qint64 etaMs = -1; // -1 unknown
    };
    Totals totals() const;
    const Readiness &readiness() const { return m_readiness; }
    // Nothing is running and nothing can start now (done, paused, held, or waiting to retry).
    bool isSettled() const;

Q_SIGNALS:
    void availabilityChanged(const refrain::TrackIds &trackIds);
    void queueChanged();
    void progress();
    // message: "Artist – Title" when verified; why not otherwise.
    void fileFinished(qint64 fileId, qint64 trackId, bool ok, const QString &message);
    void notice(const QString &text);
    void readinessChanged(const refrain::Readiness &readiness);
    void settled();
    void scrubFinished(int checked, int damaged);
    // The scrub found a verified file damaged; it is queued again.
    void fileDamaged(qint64 fileId, qint64 trackId, const QString &problem);

private:
    struct Job;
    // Plans from the database: the next jobs, the cache eviction, the totals.
    void pump();
    // After a job ends: the next one from the last plan's backlog, or pump() when it is empty.
    void pumpNext();
    // Starts what fits of jobs (free slots, quota, held servers); the rest is the backlog.
    void startPlanned(const QList<DownloadJob> &jobs);
    void startJob(const DownloadJob &job);
    void sendRequest(const std::shared_ptr<Job> &job);
    void onStreamStarted(const std::shared_ptr<Job> &job);
    void onReadyRead(const std::shared_ptr<Job> &job);
    void onFinished(const std::shared_ptr<Job> &job);
    void verify(const std::shared_ptr<Job> &job);
    // One finished batch of checks: the good files are recorded in one write.
    void verified(const QList<std::pair<std::shared_ptr<Job>, VerifyReport>> &checked);
    // Checks what waits, as one batch on the pool (one disk sync for all of it).
    void finalizeWaiting();
    void failJob(const std::shared_ptr<Job> &job, const QString &message, bool permanent);
    void holdServer(const std::shared_ptr<Job> &job, qint64 retryAtMs, const QString &why);
    void endJob(const std::shared_ptr<Job> &job);
    void haltForDiskFull(const QString &message);
    void refreshIndex(bool announceAll = false);
    // refreshIndex once the events waiting now are handled: a burst of files costs one read.
    void refreshIndexSoon();
    void release(const QStringList &paths, const TrackIds &tracks);
    void writePlaylists();
    void checkSettled();
    void wakeAt(qint64 atMs);
    // Runs fn(OfflineIo&) on the file thread, then done(result) here.
    template<typename Fn, typename Done>
    void onIo(Fn fn, Done done);
    template<typename Fn>
    void onIo(Fn fn);
    template<typename Fn, typename Done>
    void onDb(Fn fn, Done done);

    DatabaseRunner m_runner;
    QPointer<RequestLayer> m_layer;
    Clock *m_clock;
    QString m_root;
    UrlSigner m_signer;
    QThread m_ioThread;
    OfflineIo *m_io = nullptr; // lives on m_ioThread
    OfflineSettings m_settings;

    QHash<qint64, std::shared_ptr<Job>> m_jobs;      // on the wire, by file id
    QHash<qint64, std::shared_ptr<Job>> m_verifying; // body complete, being checked
    QThreadPool m_verifyPool; // verify, sync, rename: never in the file thread's way
    QList<std::pair<std::shared_ptr<Job>, VerifyExpectation>> m_toFinalize;
    bool m_finalizing = false;
    QHash<QString, qint64> m_heldUntil;   // server id → clock ms
    QHash<QString, int> m_serverFailures; // consecutive unreachable tries
    QHash<qint64, QString> m_verified;    // track id → relative path
    QSet<qint64> m_queuedTracks;
    Readiness m_readiness;
    bool m_indexing = false;
    bool m_indexAgain = false;
    bool m_indexDue = false; // asked for while m_indexTimer runs
    QTimer *m_indexTimer = nullptr;
    bool m_announceAll = false;
    bool m_started = false;
    bool m_stopped = false;
    bool m_paused = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    bool m_quotaWarned = false;
    QString m_holdReason;
    Clock::TimerId m_wake = 0;
    qint64 m_wakeAt = -1;
    qint64 m_sessionBytes = 0;
    double m_rate = 0;
    qint64 m_rateAtMs = -1;
    qint64 m_rateBytes = 0;
    qint64 m_queuedBytes = 0;
    int m_queuedCount = 0;
    bool m_moreQueued = false;
    QList<DownloadJob> m_backlog; // planned but not started; any change but an end re-plans
    qint64 m_verifiedBytes = 0;   // as of the last plan, plus what verified since
    qint64 m_lastProgressMs = -1;
};

} // namespace refrain
