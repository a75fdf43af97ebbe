#include "core/library/library.h"

#include "core/library/libraryworker.h"

namespace refrain {

Library::Library(QObject *parent)
    : QObject(parent)
    , m_worker(new LibraryWorker) {
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
    connect(m_worker, &LibraryWorker::availabilityChanged, this, &Library::availabilityChanged);
    connect(m_worker, &LibraryWorker::scanStarted, this, [this] {
        m_scanning = true;
        Q_EMIT scanStarted();
    });
    connect(m_worker, &LibraryWorker::scanProgress, this, &Library::scanProgress);
    connect(m_worker, &LibraryWorker::scanFinished, this, [this](const ScanReport &report) {
        m_scanning = false;
        Q_EMIT scanFinished(report);
    });
    connect(m_worker, &LibraryWorker::searchFinished, this, &Library::searchFinished);
    connect(m_worker, &LibraryWorker::failed, this, &Library::failed);
    m_thread.start();
}

Library::~Library() {
    m_worker->cancelScan();
    m_thread.quit();
    m_thread.wait();
}

void Library::open(const QString &databasePath) {
    QMetaObject::invokeMethod(m_worker, [w = m_worker, databasePath] { w->open(databasePath); });
}

void Library::moveAsideAndReopen() {
    QMetaObject::invokeMethod(m_worker, &LibraryWorker::moveAsideAndReopen);
}

void Library::scan(const QStringList &roots) {
    QMetaObject::invokeMethod(m_worker, [w = m_worker, roots] { w->scan(roots); });
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

void Library::cancelScan() {
    m_worker->cancelScan();
}

quint64 Library::search(const QString &text, int limit) {
    const quint64 id = m_nextSearch++;
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, id, text, limit] { w->search(id, text, limit); });
    return id;
}

} // namespace refrain
