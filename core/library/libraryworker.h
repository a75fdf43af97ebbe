// LibraryWorker: the library's side of the thread boundary. It lives on the library thread, owns
// the writer connection and the scanner, and reports back only through queued signals.
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"
#include "core/library/scanreport.h"
#include "core/library/track.h"

#include "core/library/scanner.h"

#include <QObject>
#include <QSet>

class QFileSystemWatcher;
class QTimer;

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace refrain {

class LibraryWorker : public QObject {
    Q_OBJECT
public:
    explicit LibraryWorker(QObject *parent = nullptr);
    ~LibraryWorker() override;

    // Thread-safe: called directly from the UI thread.
    void cancelScan();

public Q_SLOTS:
    void open(const QString &path);
    void moveAsideAndReopen();
    void scan(const QStringList &roots);
    void rescanAll();
    void removeRoot(const QString &path);
    // The explicit "read everything again" action: ignores folder and file stamps.
    void fullRescan();
    void scanOnStart(const QStringList &addedRoots, const QString &fallbackRoot);
    // Runs job with the writer connection; does nothing while the database is not open.
    void withDatabase(const std::function<void(Database &)> &job);

Q_SIGNALS:
    void opened(qint64 trackCount);
    void openFailed(const refrain::Error &error);
    void movedAside(const QString &newPath);
    void tracksLoaded(const refrain::TrackList &tracks);
    void loadFinished();
    void tracksAdded(const refrain::TrackList &tracks);
    void tracksUpdated(const refrain::TrackList &tracks);
    void tracksRemoved(const refrain::TrackIds &ids);
    void rootsChanged();
    void availabilityChanged(const refrain::TrackIds &ids, bool available);
    void scanStarted();
    void scanProgress(const refrain::ScanProgress &progress);
    void scanFinished(const refrain::ScanReport &report);
    void failed(const refrain::Error &error);

private:
    void assertOwnThread() const;
    void loadAll();
    QStringList storedRoots();
    void runScan(const QStringList &roots, const Scanner::Options &options);
    void watchScannedFolders();
    void onFolderChanged(const QString &path);

    std::optional<Database> m_db;
    QString m_path;
    std::atomic<Scanner *> m_scanner{nullptr};
    // Created on this thread at first use: it must live where its events are handled.
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_watchDelay = nullptr;
    QSet<QString> m_changedFolders;
};

} // namespace refrain
