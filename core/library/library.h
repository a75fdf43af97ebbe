// Library: the UI thread's handle on the music library. Every call returns at once; the work
// happens on the library thread and comes back as signals, so the window never waits on disk.
#pragma once

#include "core/library/database.h"
#include "core/library/libraryreader.h"
#include "core/library/result.h"
#include "core/library/scanreport.h"
#include "core/library/track.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <functional>

namespace refrain {

class LibraryReader;
class LibraryWorker;

class Library : public QObject {
    Q_OBJECT
public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    // Opens (creating or upgrading) the database, then streams its tracks via tracksLoaded().
    void open(const QString &databasePath);
    // After openFailed() with a damaged database: keep it under another name and start afresh.
    void moveAsideAndReopen();
    void scan(const QStringList &roots);
    void rescanAll();
    // Forgets a music folder and its songs (the files stay on disk); rootsChanged() follows.
    void removeRoot(const QString &path);
    // Reads every file again, whatever the stamps say.
    void fullRescan();
    // At start: adds addedRoots, then scans every root incrementally; with no roots at all, scans
    // fallbackRoot (the user's Music folder) when it exists.
    void scanOnStart(const QStringList &addedRoots, const QString &fallbackRoot);
    void cancelScan();
    // Finds the ids of every matching track on the reader thread; the answer arrives as
    // idsFound(). Older requests still waiting are dropped: only the newest text is answered.
    quint64 findIds(const QString &text);

    // Runs job(Database &) on the library thread with the writer connection, then done(result)
    // on context's thread. For small operations (playlists) that do not deserve their own slot.
    template<typename Job, typename Done>
    void query(QObject *context, Job job, Done done) {
        runOnDatabase([ctx = QPointer<QObject>(context), job = std::move(job),
                       done = std::move(done)](Database &db) mutable {
            auto result = job(db);
            if (!ctx)
                return;
            QMetaObject::invokeMethod(
                ctx.data(), [done = std::move(done), result = std::move(result)]() mutable {
                    done(std::move(result));
                });
        });
    }
    void runOnDatabase(std::function<void(Database &)> job);
    // The same, waiting until it ran: only for the last words at shutdown (the caller is about
    // to wait for the database thread anyway), never while the window is in use.
    void runOnDatabaseAndWait(std::function<void(Database &)> job);
    // Announces tracks written by someone else on the library thread (a server's catalog
    // mirror), through the same signals a scan uses, so every model follows.
    void publishChanges(const refrain::TrackList &added, const refrain::TrackList &updated,
                        const refrain::TrackIds &removed);

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
    void idsFound(const refrain::SearchMatches &matches);
    void failed(const refrain::Error &error);

private:
    QThread m_thread;
    LibraryWorker *m_worker = nullptr; // lives on m_thread
    QThread m_readerThread;
    LibraryReader *m_reader = nullptr; // lives on m_readerThread
    quint64 m_nextSearch = 1;
    QString m_path;
};

} // namespace refrain
