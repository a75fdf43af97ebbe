#include "core/library/libraryworker.h"

#include "core/library/playliststore.h"
#include "core/library/scanner.h"
#include "core/library/trackstore.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThread>
#include <QTimer>

namespace refrain {

namespace {
constexpr int kLoadChunk = 5000;
constexpr int kFirstLoadChunk = 500;
// Copying an album fires dozens of events: wait for quiet before scanning.
constexpr int kWatchDebounceMs = 1500;
} // namespace

LibraryWorker::LibraryWorker(QObject *parent)
    : QObject(parent) {}

LibraryWorker::~LibraryWorker() = default;

void LibraryWorker::assertOwnThread() const {
    Q_ASSERT(QThread::currentThread() == thread());
}

void LibraryWorker::cancelScan() {
    if (Scanner *scanner = m_scanner.load())
        scanner->cancel();
}

void LibraryWorker::open(const QString &path) {
    assertOwnThread();
    m_path = path;
    m_db.reset();
    auto db = Database::open(path);
    if (!db) {
        Q_EMIT openFailed(db.error());
        return;
    }
    m_db.emplace(std::move(db).value());
    const auto count = TrackStore(*m_db).trackCount();
    Q_EMIT opened(count.valueOr(0));
    loadAll();
}

void LibraryWorker::moveAsideAndReopen() {
    assertOwnThread();
    m_db.reset();
    const auto moved = Database::moveAside(m_path);
    if (!moved) {
        Q_EMIT openFailed(moved.error());
        return;
    }
    Q_EMIT movedAside(moved.value());
    open(m_path);
}

void LibraryWorker::loadAll() {
    // A small first chunk paints the first screen at once; the rest follows in larger ones.
    const auto loaded = TrackStore(*m_db).forEachChunk(
        kFirstLoadChunk, kLoadChunk, [this](TrackList &&chunk) { Q_EMIT tracksLoaded(chunk); });
    if (!loaded)
        Q_EMIT failed(loaded.error());
    Q_EMIT loadFinished();
}

void LibraryWorker::scan(const QStringList &roots) {
    assertOwnThread();
    runScan(roots, {});
}

void LibraryWorker::runScan(const QStringList &roots, const Scanner::Options &options) {
    if (!m_db)
        return;
    Scanner scanner(*m_db);
    connect(&scanner, &Scanner::progress, this, &LibraryWorker::scanProgress);
    connect(&scanner, &Scanner::tracksAdded, this, &LibraryWorker::tracksAdded);
    connect(&scanner, &Scanner::tracksUpdated, this, &LibraryWorker::tracksUpdated);
    connect(&scanner, &Scanner::tracksRemoved, this, &LibraryWorker::tracksRemoved);
    connect(&scanner, &Scanner::availabilityChanged, this, &LibraryWorker::availabilityChanged);
    m_scanner = &scanner;
    Q_EMIT scanStarted();
    const ScanReport report = scanner.run(roots, options);
    m_scanner = nullptr;
    // Playlist entries that pointed nowhere may point at a file this scan found.
    (void)PlaylistStore(*m_db).relinkMissing();
    Q_EMIT scanFinished(report);
    watchScannedFolders();
}

void LibraryWorker::watchScannedFolders() {
    const auto folders = TrackStore(*m_db).allDirectories();
    if (!folders)
        return;
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        m_watchDelay = new QTimer(this);
        m_watchDelay->setSingleShot(true);
        m_watchDelay->setInterval(kWatchDebounceMs);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
                &LibraryWorker::onFolderChanged);
        connect(m_watchDelay, &QTimer::timeout, this, [this] {
            Scanner::Options options;
            options.forceList = std::exchange(m_changedFolders, {});
            runScan(storedRoots(), options);
        });
    }
    const QStringList wanted = folders.value();
    const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
    QStringList stale;
    for (const QString &watched : m_watcher->directories()) {
        if (!wantedSet.contains(watched))
            stale.append(watched);
    }
    if (!stale.isEmpty())
        m_watcher->removePaths(stale);
    const QStringList current = m_watcher->directories();
    const QSet<QString> currentSet(current.cbegin(), current.cend());
    QStringList fresh;
    for (const QString &path : wanted) {
        if (!currentSet.contains(path))
            fresh.append(path);
    }
    // Paths the system refuses (watch limits) are simply left to the next manual scan.
    if (!fresh.isEmpty())
        m_watcher->addPaths(fresh);
}

void LibraryWorker::onFolderChanged(const QString &path) {
    m_changedFolders.insert(path);
    m_watchDelay->start();
}

QStringList LibraryWorker::storedRoots() {
    QStringList paths;
    const auto roots = TrackStore(*m_db).roots();
    if (!roots) {
        Q_EMIT failed(roots.error());
        return paths;
    }
    for (const LibraryRoot &root : roots.value())
        paths.append(root.path);
    return paths;
}

void LibraryWorker::rescanAll() {
    assertOwnThread();
    if (m_db)
        runScan(storedRoots(), {});
}

void LibraryWorker::removeRoot(const QString &path) {
    assertOwnThread();
    if (!m_db)
        return;
    const auto removed = TrackStore(*m_db).removeRoot(path);
    if (!removed) {
        Q_EMIT failed(removed.error());
        return;
    }
    if (!removed.value().isEmpty())
        Q_EMIT tracksRemoved(removed.value());
    Q_EMIT rootsChanged();
    watchScannedFolders(); // its folders are no longer watched
}

void LibraryWorker::fullRescan() {
    assertOwnThread();
    if (!m_db)
        return;
    Scanner::Options options;
    options.full = true;
    runScan(storedRoots(), options);
}

void LibraryWorker::scanOnStart(const QStringList &addedRoots, const QString &fallbackRoot) {
    assertOwnThread();
    if (!m_db)
        return;
    QStringList paths = storedRoots();
    for (const QString &added : addedRoots) {
        const QString clean = QDir::cleanPath(QDir(added).absolutePath());
        if (!paths.contains(clean))
            paths.append(clean);
    }
    // A first start with nothing configured looks in the usual place for music.
    if (paths.isEmpty() && !fallbackRoot.isEmpty() && QFileInfo(fallbackRoot).isDir())
        paths.append(QDir::cleanPath(fallbackRoot));
    if (!paths.isEmpty())
        scan(paths);
}

void LibraryWorker::withDatabase(const std::function<void(Database &)> &job) {
    assertOwnThread();
    if (m_db)
        job(*m_db);
}

} // namespace refrain
