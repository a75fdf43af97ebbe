// CoverStore: album thumbnails for views — served from memory at once, otherwise found, scaled and
// cached on disk by background jobs, so the UI thread never waits on disk or on decoding.
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

namespace refrain {

// Lives on the UI thread and is used only there; the jobs it starts touch nothing but files and
// their own copies of the data, and report back through QFutureWatcher (queued to this thread).
class CoverStore : public QObject {
    Q_OBJECT

public:
    // Decoded thumbnails kept in memory; beyond this the least recently used are dropped and
    // reloaded from the disk cache on demand.
    static constexpr qsizetype kMemoryBudgetBytes = 32 * 1024 * 1024;

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
    // True once a job has found that the album has no usable cover (remembered across starts).
    bool hasNoCover(const QString &albumKey) const;
    // True while a job for albumKey runs or waits to run.
    bool isLoading(const QString &albumKey) const;

    // Drops everything known about albumKey — memory, cached thumbnail, "no cover" marker — so the
    // next request looks at the files again (their art was edited).
    void forget(const QString &albumKey);
    // Clears every "no cover" verdict, because a rescan may have brought new art.
    void forgetMissingCovers();

    // The file names the disk cache uses for albumKey, for tools and tests.
    QString thumbnailPath(const QString &albumKey) const;
    QString noCoverMarkerPath(const QString &albumKey) const;

Q_SIGNALS:
    void coverReady(const QString &albumKey);

private:
    enum class JobMode {
        Load,             // disk cache, then the "no cover" marker, then the audio and its folder
        LoadIgnoreMarker, // as Load, but a marker from before a rescan does not count
        Refresh,          // delete the cached files first, then look at the audio and folder
    };
    // What to do for a key once its running job is done, because more was asked meanwhile.
    enum class Next { Nothing, Load, Refresh };
    struct InFlight {
        QString samplePath;
        JobMode mode = JobMode::Load;
        Next next = Next::Nothing;
        bool recheckIfMissing = false; // started before forgetMissingCovers()
    };
    struct Outcome;

    void start(const QString &albumKey, const QString &samplePath, JobMode mode);
    void finish(const Outcome &outcome);
    static Outcome run(const QString &albumKey, const QString &samplePath, JobMode mode,
                       const QString &cacheDir, int thumbnailSize);

    QString m_cacheDir;
    int m_thumbnailSize;
    QCache<QString, QImage> m_images; // cost in KiB
    QSet<QString> m_noCover;
    QHash<QString, InFlight> m_inFlight;
    int m_sweepsRunning = 0; // marker sweeps of forgetMissingCovers() not yet done
    QThreadPool m_pool;      // our own, so the destructor can wait for exactly our jobs
};

} // namespace refrain
