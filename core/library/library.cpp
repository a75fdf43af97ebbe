#include "core/library/library.h"

#include "core/library/libraryworker.h"

namespace refrain {

Library::Library(QObject *parent)
    : QObject(parent)
    , m_worker(new LibraryWorker)
    , m_reader(new LibraryReader) {
    qRegisterMetaType<refrain::SearchMatches>();
    qRegisterMetaType<refrain::Error>();
    qRegisterMetaType<refrain::Track>();
    qRegisterMetaType<refrain::TrackList>();
    qRegisterMetaType<refrain::TrackIds>();
    qRegisterMetaType<refrain::ScanProgress>();
    qRegisterMetaType<refrain::ScanReport>();

    m_thread.setObjectName(QStringLiteral("refrain-library"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &LibraryWorker::opened, this, &Library::opened);
    connect(m_worker, &LibraryWorker::openFailed, this, &Library::openFailed);
    connect(m_worker, &LibraryWorker::movedAside, this, &Library::movedAside);
    connect(m_worker, &LibraryWorker::tracksLoaded, this, &Library::tracksLoaded);
    connect(m_worker, &LibraryWorker::loadFinished, this, &Library::loadFinished);
    connect(m_worker, &LibraryWorker::tracksAdded, this, &Library::tracksAdded);
    connect(m_worker, &LibraryWorker::tracksUpdated, this, &Library::tracksUpdated);
    connect(m_worker, &LibraryWorker::tracksRemoved, this, &Library::tracksRemoved);
    connect(m_worker, &LibraryWorker::rootsChanged, this, &Library::rootsChanged);
    connect(m_worker, &LibraryWorker::availabilityChanged, this, &Library::availabilityChanged);
    connect(m_worker, &LibraryWorker::scanStarted, this, &Library::scanStarted);
    connect(m_worker, &LibraryWorker::scanProgress, this, &Library::scanProgress);
    connect(m_worker, &LibraryWorker::scanFinished, this, &Library::scanFinished);
    connect(m_worker, &LibraryWorker::failed, this, &Library::failed);
    m_thread.start();

    m_readerThread.setObjectName(QStringLiteral("refrain-library-reader"));
    m_reader->moveToThread(&m_readerThread);
    connect(&m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &LibraryReader::idsFound, this, &Library::idsFound);
    connect(m_reader, &LibraryReader::failed, this, &Library::failed);
    // The reader may only open the file once the writer has created or upgraded it.
    connect(m_worker, &LibraryWorker::opened, this, [this] {
        QMetaObject::invokeMethod(m_reader,
                                  [r = m_reader, path = m_path] { r->setDatabasePath(path); });
    });
    m_readerThread.start();
}

Library::~Library() {
    m_worker->cancelScan();
    m_thread.quit();
    m_readerThread.quit();
    m_thread.wait();
    m_readerThread.wait();
}

void Library::open(const QString &databasePath) {
    m_path = databasePath;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, databasePath] { w->open(databasePath); });
}

void Library::moveAsideAndReopen() {
    QMetaObject::invokeMethod(m_worker, &LibraryWorker::moveAsideAndReopen);
}

void Library::scan(const QStringList &roots) {
    QMetaObject::invokeMethod(m_worker, [w = m_worker, roots] { w->scan(roots); });
}

void Library::removeRoot(const QString &path) {
    QMetaObject::invokeMethod(m_worker, [w = m_worker, path] { w->removeRoot(path); });
}

void Library::rescanAll() {
    QMetaObject::invokeMethod(m_worker, &LibraryWorker::rescanAll);
}

void Library::fullRescan() {
    QMetaObject::invokeMethod(m_worker, &LibraryWorker::fullRescan);
}

void Library::scanOnStart(const QStringList &addedRoots, const QString &fallbackRoot) {
    QMetaObject::invokeMethod(m_worker, [w = m_worker, addedRoots, fallbackRoot] {
        w->scanOnStart(addedRoots, fallbackRoot);
    });
}

quint64 Library::findIds(const QString &text) {
    const quint64 id = m_nextSearch++;
    m_reader->setLatestRequest(id);
    QMetaObject::invokeMethod(m_reader, [r = m_reader, id, text] { r->findIds(id, text); });
    return id;
}

void Library::runOnDatabase(std::function<void(Database &)> job) {
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, job = std::move(job)] { w->withDatabase(job); });
}

void Library::runOnDatabaseAndWait(std::function<void(Database &)> job) {
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job = std::move(job)] { w->withDatabase(job); },
        Qt::BlockingQueuedConnection);
}

void Library::publishChanges(const TrackList &added, const TrackList &updated,
                             const TrackIds &removed) {
    if (!removed.isEmpty())
        Q_EMIT tracksRemoved(removed);
    if (!added.isEmpty())
        Q_EMIT tracksAdded(added);
    if (!updated.isEmpty())
        Q_EMIT tracksUpdated(updated);
}

void Library::cancelScan() {
    m_worker->cancelScan();
}

} // namespace refrain
