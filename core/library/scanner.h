// Scanner: walks music folders once, reads new and changed files with TagLib on a worker pool,
// and commits them in batches through one writer connection, announcing rows as they land.
// It runs on whichever thread calls run() — a library worker thread in the app, the main thread
// in refrainctl — and never on the UI thread.
#pragma once

#include "core/library/database.h"
#include "core/library/scanreport.h"
#include "core/library/track.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>

namespace refrain {

class Scanner : public QObject {
    Q_OBJECT
public:
    // Files handed to TagLib per batch, and so rows committed per transaction. The first batch is
    // small so the first rows show within moments of the start.
    static constexpr int kBatchSize = 256;
    static constexpr int kFirstBatchSize = 32;

    struct Options {
        // Read every file again and list every folder, whatever the stamps say (the explicit
        // "Rescan everything" action). Otherwise unchanged folders (same modification time) are
        // not listed and unchanged files (same size and time) are not opened.
        bool full = false;
        // Folders to list even when their time is unchanged (a watcher saw something happen).
        QSet<QString> forceList;
    };

    explicit Scanner(Database &writer, QObject *parent = nullptr);

    ScanReport run(const QStringList &roots) { return run(roots, Options{}); }
    ScanReport run(const QStringList &roots, const Options &options);
    // Safe from any thread; the scan stops after the batch in flight.
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void progress(const refrain::ScanProgress &progress);
    void tracksAdded(const refrain::TrackList &tracks);
    void tracksUpdated(const refrain::TrackList &tracks);
    void tracksRemoved(const refrain::TrackIds &ids);
    void availabilityChanged(const refrain::TrackIds &ids, bool available);

private:
    class RootScan;
    void scanRoot(const QString &root, const Options &options, ScanReport &report);

    Database &m_db;
    std::atomic<bool> m_cancelled{false};
    qint64 m_startedMs = 0;
};

} // namespace refrain
