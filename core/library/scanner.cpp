#include "core/library/scanner.h"

#include "core/library/tagreader.h"
#include "core/library/trackstore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QScopeGuard>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <QThreadPool>

#include <deque>
#include <memory>
#include <vector>

namespace refrain {

namespace {

QString normalisedKey(const QString &path) {
    return path.normalized(QString::NormalizationForm_C);
}

QString folderOf(const QString &path) {
    return path.left(path.lastIndexOf(QLatin1Char('/')));
}

bool isUnder(const QString &path, const QString &folder) {
    return path.startsWith(folder) && path.size() > folder.size()
           && path.at(folder.size()) == QLatin1Char('/');
}

// One file of a batch and what its TagLib read gave. The pool fills these in place, so a track
// is never copied through a result store on its way to the writer.
struct ReadJob {
    QFileInfo file;
    std::optional<Track> track;
    QString error;
    QStringList warnings;
};

void readFile(ReadJob &job) {
    Result<Track> result = TagReader::read(job.file, &job.warnings);
    if (result)
        job.track = std::move(result).value();
    else
        job.error = result.error().message;
}

} // namespace

// One root's scan: the walk, the TagLib pipeline and the writes. Reading a batch on the pool
// overlaps with walking on and with writing the batch before it.
class Scanner::RootScan {
public:
    // Stands for "not known" in the folder table: never equal to a real modification time.
    static constexpr qint64 kUnknownTime = -1;
    // New rows are added to the search index in bulk, this many at a time.
    static constexpr int kIndexEvery = 2048;

    RootScan(Scanner &scanner, const Options &options, ScanReport &report, const QString &root,
             qint64 rootId)
        : m_scanner(scanner)
        , m_options(options)
        , m_report(report)
        , m_store(scanner.m_db)
        , m_root(root)
        , m_rootId(rootId) {
        m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        m_pending.reserve(kFirstBatchSize);
    }

    ~RootScan() {
        for (Batch &batch : m_inflight)
            batch.future.waitForFinished();
    }

    bool load() {
        auto stamps = m_store.stampsUnderRoot(m_rootId);
        auto dirs = m_store.directoriesUnderRoot(m_rootId);
        auto failures = m_store.failuresUnder(m_root);
        if (!stamps || !dirs || !failures) {
            m_report.fatalError = (!stamps ? stamps.error()
                                   : !dirs ? dirs.error()
                                           : failures.error())
                                      .message;
            return false;
        }
        for (auto it = failures.value().cbegin(); it != failures.value().cend(); ++it)
            m_knownFailuresByFolder[folderOf(it.key())].append({it.key(), it.value()});
        for (auto it = stamps.value().cbegin(); it != stamps.value().cend(); ++it) {
            const QString key = normalisedKey(it.key());
            m_stamps.insert(key, it.value());
            m_stampsByFolder[folderOf(key)].append(key);
        }
        m_dirs = std::move(dirs).value();
        for (const DirectoryStamp &d : std::as_const(m_dirs)) {
            if (!d.parent.isEmpty())
                m_childDirs[d.parent].append(d.path);
        }
        return true;
    }

    bool hadTracks() const { return !m_stamps.isEmpty(); }
    int filesFound() const { return m_filesFound; }
    bool anyUnreadable() const { return !m_unreadable.isEmpty(); }

    void walk(const QString &root) {
        QSet<QString> visited;
        QStringList stack{root};
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        while (!stack.isEmpty() && !m_scanner.m_cancelled && m_report.fatalError.isEmpty()) {
            const QString folder = stack.takeLast();
            const QFileInfo info(folder);
            const QString canonical = info.canonicalFilePath();
            if (canonical.isEmpty())
                continue; // vanished since its parent was listed
            if (visited.contains(canonical)) {
                m_report.problems.append(
                    {QDir::toNativeSeparators(folder),
                     QStringLiteral("symbolic link loop or duplicate folder — skipped")});
                continue;
            }
            visited.insert(canonical);
            const QString parent = folder == root ? QString() : folderOf(folder);
            // Permissions change without touching a folder's time: ask (one call per folder).
            // An unreadable folder is remembered with no time, so its parent still leads to it
            // and it is listed in full once it can be read again.
            if (!info.isReadable() || !info.isExecutable()) {
                markUnreadable(folder);
                m_seenDirs.append({folder, parent, kUnknownTime});
                continue;
            }
            const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
            m_seenDirs.append({folder, parent, mtime});
            const auto known = m_dirs.constFind(folder);
            if (!m_options.full && known != m_dirs.cend() && known->mtimeMs == mtime
                && !m_options.forceList.contains(folder)) {
                takeUnchangedFolder(folder, stack);
            } else {
                listFolder(folder, stack);
            }
            if (sinceProgress.elapsed() >= 100) {
                sinceProgress.restart();
                emitProgress();
            }
        }
        if (!m_pending.empty() && !m_scanner.m_cancelled)
            submit();
        collectAll();
        m_walkDone = true;
        emitProgress();
    }

    // Files that vanished from folders we could read; those under unreadable folders are kept.
    TrackIds vanished() const {
        TrackIds ids;
        for (auto it = m_stamps.cbegin(); it != m_stamps.cend(); ++it) {
            if (m_seen.contains(it.key()))
                continue;
            const bool underUnreadable =
                std::any_of(m_unreadable.cbegin(), m_unreadable.cend(), [&](const QString &folder) {
                    return isUnder(it.key(), normalisedKey(folder));
                });
            if (!underUnreadable)
                ids.append(it->id);
        }
        return ids;
    }

    // force: even when this scan wrote nothing. A scan killed between its last write and its
    // indexing leaves rows search cannot find; the next scan finds every file unchanged, so
    // only this catches them up (cheap when nothing waits: one lookup past the last indexed id).
    void indexPending(bool force = false) {
        if (m_unindexed == 0 && !force)
            return;
        if (auto indexed = m_store.indexPending(); !indexed)
            m_report.fatalError = indexed.error().message;
        m_unindexed = 0;
    }

    const TrackIds &restored() const { return m_restored; }
    const QHash<QString, QString> &failures() const { return m_failures; }
    const QList<DirectoryStamp> &seenDirectories() const { return m_seenDirs; }

private:
    // The folder's listing is as last time: its files are the ones we know, its subfolders too.
    void takeUnchangedFolder(const QString &folder, QStringList &stack) {
        for (const QString &key : m_stampsByFolder.value(normalisedKey(folder))) {
            const FileStamp &stamp = m_stamps[key];
            m_seen.insert(key);
            ++m_filesFound;
            ++m_report.tracksUnchanged;
            if (!stamp.available)
                m_restored.append(stamp.id);
        }
        // Files that could not be read last time are still unreadable as far as we know.
        for (const ScanIssue &failure : m_knownFailuresByFolder.value(folder)) {
            ++m_filesFound;
            recordFailure(failure.path, failure.reason);
        }
        pushSubfolders(m_childDirs.value(folder), stack);
    }

    // The stack pops from the end: push in reverse name order so folders are walked A to Z, and
    // rows arrive in the order a person reads the folders.
    static void pushSubfolders(QStringList subfolders, QStringList &stack) {
        std::sort(subfolders.begin(), subfolders.end(), std::greater<>());
        stack += subfolders;
    }

    void recordFailure(const QString &path, const QString &reason) {
        m_failures.insert(path, reason);
        m_report.failed.append({QDir::toNativeSeparators(path), reason});
    }

    void listFolder(const QString &folder, QStringList &stack) {
        const QDir dir(folder);
        if (!dir.isReadable()) {
            markUnreadable(folder);
            return;
        }
        const QFileInfoList entries = dir.entryInfoList(
            QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        QStringList subfolders;
        const auto pushLater = qScopeGuard([&] { pushSubfolders(subfolders, stack); });
        for (const QFileInfo &entry : entries) {
            if (entry.isDir()) {
                // Readable or not, the walk takes it: it checks and remembers either way.
                subfolders.append(entry.absoluteFilePath());
                continue;
            }
            if (!entry.isFile() || !TagReader::isAudioFile(entry.fileName()))
                continue;
            ++m_filesFound;
            const QString key = normalisedKey(entry.absoluteFilePath());
            m_seen.insert(key);
            const auto it = m_stamps.constFind(key);
            if (!m_options.full && it != m_stamps.cend() && it->size == entry.size()
                && it->mtimeMs == entry.lastModified().toMSecsSinceEpoch()) {
                ++m_report.tracksUnchanged;
                if (!it->available)
                    m_restored.append(it->id);
                continue;
            }
            m_pending.push_back({entry, std::nullopt, {}, {}});
            ++m_toRead;
            const int batch = m_written == 0 && m_inflight.empty() ? kFirstBatchSize : kBatchSize;
            if (qsizetype(m_pending.size()) >= batch)
                submit();
        }
    }

    void markUnreadable(const QString &folder) {
        m_report.problems.append(
            {QDir::toNativeSeparators(folder), QStringLiteral("permission denied")});
        m_unreadable.append(folder);
    }

    // Two batches in flight: the pool reads the next while this thread writes the last one.
    void submit() {
        Batch batch;
        batch.jobs = std::make_unique<std::vector<ReadJob>>(std::exchange(m_pending, {}));
        m_pending.reserve(kBatchSize); // QFileInfo cannot move: growing would copy every job
        batch.future = QtConcurrent::map(&m_pool, batch.jobs->begin(), batch.jobs->end(), readFile);
        m_inflight.push_back(std::move(batch));
        while (m_inflight.size() > kBatchesInFlight)
            collectOldest();
    }

    void collectAll() {
        while (!m_inflight.empty()) {
            collectOldest();
            // The walk is over: index what is written while the pool reads the last batch, so
            // little is left for the end, when nothing else runs.
            if (!m_inflight.empty())
                indexPending();
        }
    }

    // Waits for the oldest batch on the pool and writes it in one transaction.
    void collectOldest() {
        Batch batch = std::move(m_inflight.front());
        m_inflight.pop_front();
        batch.future.waitForFinished();
        if (!m_report.fatalError.isEmpty())
            return;

        TrackList added;
        TrackList updated;
        added.reserve(qsizetype(batch.jobs->size()));
        for (ReadJob &job : *batch.jobs) {
            for (const QString &warning : std::as_const(job.warnings))
                m_report.warnings.append(
                    {QDir::toNativeSeparators(job.file.absoluteFilePath()), warning});
            if (!job.track) {
                recordFailure(job.file.absoluteFilePath(), job.error);
                continue;
            }
            // A first scan knows no file yet: no need to normalise every path to look it up.
            const auto it = m_stamps.isEmpty()
                                ? m_stamps.cend()
                                : m_stamps.constFind(normalisedKey(job.track->location));
            if (it != m_stamps.cend()) {
                job.track->id = it->id;
                updated.append(std::move(*job.track));
            } else {
                added.append(std::move(*job.track));
            }
        }
        // One transaction for both; the new rows get their ids in it.
        const qsizetype addedCount = added.size();
        const int writtenCount = int(addedCount + updated.size());
        TrackList all = std::move(added);
        all.append(updated);
        if (auto written =
                m_store.write(all, m_rootId, m_scanner.m_startedMs, TrackStore::Indexing::Deferred);
            !written) {
            m_report.fatalError = written.error().message;
            return;
        }
        if (updated.isEmpty())
            added = std::move(all);
        else
            added = all.first(addedCount);
        m_report.tracksAdded += int(added.size());
        m_report.tracksUpdated += int(updated.size());
        m_read += int(batch.jobs->size());
        // The first rows become searchable at once; after that the index catches up in bulk.
        m_unindexed += int(added.size());
        if (m_written == 0 || m_unindexed >= kIndexEvery)
            indexPending();
        m_written += writtenCount;
        if (!added.isEmpty())
            Q_EMIT m_scanner.tracksAdded(added);
        if (!updated.isEmpty())
            Q_EMIT m_scanner.tracksUpdated(updated);
        emitProgress();
    }

    void emitProgress() {
        ScanProgress progress;
        progress.phase = m_walkDone     ? ScanProgress::Phase::Finishing
                         : m_toRead > 0 ? ScanProgress::Phase::Reading
                                        : ScanProgress::Phase::Walking;
        progress.filesSeen = m_report.filesSeen + m_filesFound;
        progress.toRead = m_toRead;
        progress.read = m_read;
        progress.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_scanner.m_startedMs;
        if (m_read > 0 && m_toRead > m_read) {
            if (!m_readTimer.isValid())
                m_readTimer.start();
            progress.etaMs = m_readTimer.elapsed() * (m_toRead - m_read) / m_read;
        }
        Q_EMIT m_scanner.progress(progress);
    }

    Scanner &m_scanner;
    const Options &m_options;
    ScanReport &m_report;
    TrackStore m_store;
    QString m_root;
    qint64 m_rootId;
    QThreadPool m_pool;

    QHash<QString, FileStamp> m_stamps;                       // by NFC path
    QHash<QString, QStringList> m_stampsByFolder;             // NFC folder → NFC paths
    QHash<QString, DirectoryStamp> m_dirs;                    // by path on disk
    QHash<QString, QStringList> m_childDirs;                  // parent → folders
    QHash<QString, QList<ScanIssue>> m_knownFailuresByFolder; // from the last scan
    QHash<QString, QString> m_failures; // this scan's: path on disk → reason

    QSet<QString> m_seen;
    QStringList m_unreadable;
    TrackIds m_restored;
    QList<DirectoryStamp> m_seenDirs;
    std::vector<ReadJob> m_pending;
    // The jobs sit on the heap so the pool's iterators stay valid while a batch is moved.
    struct Batch {
        std::unique_ptr<std::vector<ReadJob>> jobs;
        QFuture<void> future;
    };
    static constexpr std::size_t kBatchesInFlight = 2;
    std::deque<Batch> m_inflight;
    QElapsedTimer m_readTimer;
    int m_filesFound = 0;
    int m_toRead = 0;
    int m_read = 0;
    int m_written = 0;
    int m_unindexed = 0;
    bool m_walkDone = false;
};

Scanner::Scanner(Database &writer, QObject *parent)
    : QObject(parent)
    , m_db(writer) {}

ScanReport Scanner::run(const QStringList &roots, const Options &options) {
    m_cancelled = false;
    QElapsedTimer timer;
    timer.start();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();

    // Fewer checkpoints (and their fsyncs) during a scan: the WAL may grow to ~40 MB and is
    // folded back at the end. Readers are unaffected; a crash replays the WAL as usual.
    (void)m_db.execute("PRAGMA wal_autocheckpoint = 10000");
    const auto restoreCheckpoints = qScopeGuard([this] {
        (void)m_db.execute("PRAGMA wal_autocheckpoint = 1000");
        (void)m_db.execute("PRAGMA wal_checkpoint(PASSIVE)");
    });

    ScanReport report;
    for (const QString &root : roots) {
        if (m_cancelled)
            break;
        scanRoot(QDir::cleanPath(QDir(root).absolutePath()), options, report);
        if (!report.fatalError.isEmpty())
            break;
    }
    report.cancelled = m_cancelled;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

void Scanner::scanRoot(const QString &root, const Options &options, ScanReport &report) {
    TrackStore store(m_db);
    report.roots.append(QDir::toNativeSeparators(root));
    const auto rootId = store.ensureRoot(root);
    if (!rootId) {
        report.fatalError = rootId.error().message;
        return;
    }

    // A root that is gone, or an empty mount point that used to hold music, is unavailable: its
    // tracks are kept (playlists and history point at them) until it returns.
    auto markRootMissing = [&](const QString &reason) {
        report.missingRoots.append(QDir::toNativeSeparators(root));
        report.problems.append({QDir::toNativeSeparators(root), reason});
        (void)store.setRootAvailable(rootId.value(), false, m_startedMs);
        const auto changed = store.setRootTracksAvailable(rootId.value(), false);
        if (changed && !changed.value().isEmpty()) {
            report.tracksUnavailable += int(changed.value().size());
            Q_EMIT availabilityChanged(changed.value(), false);
        }
    };
    const QFileInfo rootInfo(root);
    if (!rootInfo.exists() || !rootInfo.isDir()) {
        markRootMissing(
            QStringLiteral("folder not found — its tracks are kept and marked unavailable"));
        return;
    }
    if (!rootInfo.isReadable() || !rootInfo.isExecutable()) {
        markRootMissing(
            QStringLiteral("permission denied — its tracks are kept and marked unavailable"));
        return;
    }

    RootScan scan(*this, options, report, root, rootId.value());
    if (!scan.load())
        return;
    scan.walk(root);
    scan.indexPending(true); // cancelled or not: what was written must be found
    report.filesSeen += scan.filesFound();
    if (m_cancelled || !report.fatalError.isEmpty())
        return;

    // A share that drops, or a disk unplugged, while the walk runs: the files the walk did not
    // reach are not gone, they are out of reach. Nothing is removed and no folder or failure is
    // remembered from the half walk; what was read before it went stays, marked unavailable.
    // A network mount that drops may leave its empty mount point behind.
    if (const QFileInfo after(root);
        !after.exists() || !after.isDir() || (scan.filesFound() > 0 && QDir(root).isEmpty())) {
        report.failed.removeIf([&](const ScanIssue &issue) {
            return isUnder(QDir::fromNativeSeparators(issue.path), root);
        });
        markRootMissing(QStringLiteral("folder disappeared during the scan (a share or disk "
                                       "that went away?) — its tracks are kept and marked "
                                       "unavailable"));
        return;
    }

    if (scan.filesFound() == 0 && scan.hadTracks() && !scan.anyUnreadable()) {
        markRootMissing(QStringLiteral("folder is empty (not mounted?) — its tracks are kept and "
                                       "marked unavailable"));
        return;
    }

    (void)store.setRootAvailable(rootId.value(), true, m_startedMs);
    if (!scan.restored().isEmpty()) {
        const auto changed = store.setAvailable(scan.restored(), true);
        if (changed && !changed.value().isEmpty()) {
            report.tracksRestored += int(changed.value().size());
            Q_EMIT availabilityChanged(changed.value(), true);
        }
    }
    const TrackIds vanished = scan.vanished();
    if (!vanished.isEmpty()) {
        if (auto removed = store.remove(vanished); !removed) {
            report.fatalError = removed.error().message;
            return;
        }
        report.tracksRemoved += int(vanished.size());
        Q_EMIT tracksRemoved(vanished);
    }
    if (auto saved = store.replaceDirectories(rootId.value(), scan.seenDirectories()); !saved) {
        report.fatalError = saved.error().message;
        return;
    }
    if (auto saved = store.replaceFailures(root, scan.failures(), m_startedMs); !saved)
        report.fatalError = saved.error().message;
}

} // namespace refrain
