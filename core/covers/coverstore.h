// CoverStore: album thumbnails for views — served from memory at once, otherwise found, scaled and
// cached on disk by background jobs, so the UI thread never waits on disk or on decoding. Covers of
// a server's albums come through a remote source hook, once, and are then cached like local ones.
#pragma once

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <functional>

namespace refrain {

// Lives on the UI thread and is used only there; the jobs it starts touch nothing but files and
// their own copies of the data, and report back through QFutureWatcher (queued to this thread).
class CoverStore : public QObject {
    Q_OBJECT

public:
    // Decoded thumbnails kept in memory; beyond this the least recently used are dropped and
    // reloaded from the disk cache on demand.
    static constexpr qsizetype kMemoryBudgetBytes = 32 * 1024 * 1024;
    // Remote source questions open at once; the rest wait, newest first (likeliest on screen), so
    // a grid of uncached albums does not flood the server or the request queue.
    static constexpr int kMaxRemoteFetches = 4;

    // The answer of a remote source for one album: the image's bytes (decoded and scaled here, on a
    // background job), or none with definitelyNone true when the server has no cover for it, or
    // none with definitelyNone false when it could not be asked (worth asking in a later session).
    using RemoteReply = std::function<void(QByteArray imageBytes, bool definitelyNone)>;
    // Asks for the cover of the album whose sample track is at location (subsonic://…). It must
    // not block; done is called on the store's thread, at most once — later is fine, after the
    // store is gone too. A source that drops done without calling it counts as "could not ask".
    using RemoteSource =
        std::function<void(const QString &albumKey, const QString &location, RemoteReply done)>;

    // cacheDir is created by the first job that needs it.
    explicit CoverStore(const QString &cacheDir, int thumbnailSize = 256,
                        QObject *parent = nullptr);
    // Waits for running jobs (queued ones are dropped) so none outlives the store.
    ~CoverStore() override;

    QString cacheDir() const { return m_cacheDir; }
    int thumbnailSize() const { return m_thumbnailSize; }

    // The thumbnail if it is in memory; otherwise a null image, and a background job (one per
    // key, however often it is asked for) loads it from the disk cache or from sampleTrackPath's
    // embedded art or folder image. coverReady(albumKey) follows — also when there is no cover.
    QImage thumbnail(const QString &albumKey, const QString &sampleTrackPath);
    // As thumbnail(), for an album whose sample track is not a file (a server's: location is
    // subsonic://…). The disk cache answers first, so a cover fetched once shows offline; only an
    // album not cached asks the remote source — at most once per session whatever the answer,
    // until forget() or retryFailedFetches(). coverReady(albumKey) follows, also after a failure.
    QImage remoteThumbnail(const QString &albumKey, const QString &location);
    void setRemoteSource(RemoteSource source);
    // Lets the albums whose remote source could not be asked this session ask again (their server
    // is back); coverReady is emitted for each so views ask.
    void retryFailedFetches();
    // True when the remote source could not be asked for albumKey this session.
    bool fetchFailed(const QString &albumKey) const;

    // True once a job has found that the album has no usable cover (remembered across starts).
    bool hasNoCover(const QString &albumKey) const;
    // True while a job for albumKey runs or waits to run, or its remote source is being asked.
    bool isLoading(const QString &albumKey) const;

    // Drops everything known about albumKey — memory, cached thumbnail, "no cover" markers, a
    // failed fetch — so the next request looks at the files (or the server) again.
    void forget(const QString &albumKey);
    // Clears every "no cover" verdict about files, because a rescan may have brought new art. A
    // server's verdicts stay on disk: a local rescan cannot change them.
    void forgetMissingCovers();

    // The file names the disk cache uses for albumKey, for tools and tests.
    QString thumbnailPath(const QString &albumKey) const;
    QString noCoverMarkerPath(const QString &albumKey) const;
    QString remoteNoCoverMarkerPath(const QString &albumKey) const;

Q_SIGNALS:
    void coverReady(const QString &albumKey);

private:
    enum class JobMode {
        Load,             // disk cache, then the "no cover" marker, then the audio and its folder
        LoadIgnoreMarker, // as Load, but a marker from before a rescan does not count
        Refresh,          // delete the cached files first, then look at the audio and folder
        Store,            // a remote answer: decode and cache its bytes, or mark "no cover"
    };
    // What to do for a key once its running job is done, because more was asked meanwhile.
    enum class Next { Nothing, Load, Refresh };
    struct InFlight {
        QString samplePath; // a file, or a server's location when remote
        JobMode mode = JobMode::Load;
        Next next = Next::Nothing;
        bool remote = false;
        bool fetching = false;         // waiting for (or on) the remote source, no job running
        bool recheckIfMissing = false; // started before forgetMissingCovers()
    };
    struct Job;
    struct Outcome;
    struct RemoteAnswer;

    QImage request(const QString &albumKey, const QString &sample, bool remote);
    void start(const QString &albumKey, const QString &samplePath, JobMode mode, bool remote,
               const QByteArray &fetched = {});
    void finish(const Outcome &outcome);
    bool followUp(const QString &albumKey, const InFlight &job);
    void fetch(const QString &albumKey, const QString &location);
    void pumpFetches();
    void remoteAnswered(const QString &albumKey, const QByteArray &bytes, bool definitelyNone);
    static Outcome run(const Job &job, const QString &cacheDir, int thumbnailSize);

    QString m_cacheDir;
    int m_thumbnailSize;
    QCache<QString, QImage> m_images; // cost in KiB
    QSet<QString> m_noCover;
    QHash<QString, InFlight> m_inFlight;
    RemoteSource m_remoteSource;
    QStringList m_fetchQueue; // keys waiting to ask the remote source, oldest first
    int m_fetchesRunning = 0; // questions asked and not answered yet
    QSet<QString> m_fetchFailed;
    int m_sweepsRunning = 0; // marker sweeps of forgetMissingCovers() not yet done
    QThreadPool m_pool;      // our own, so the destructor can wait for exactly our jobs
};

} // namespace refrain
