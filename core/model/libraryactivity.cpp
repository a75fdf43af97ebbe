#include "core/model/libraryactivity.h"

#include "core/library/library.h"

#include <QDir>

namespace refrain {

LibraryActivity::LibraryActivity(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library) {
    connect(library, &Library::opened, this, [this](qint64 count) {
        m_problem.reset();
        setStatus(tr("%n track(s) in your library", nullptr, int(count)));
    });
    connect(library, &Library::loadFinished, this, [this] {
        m_loading = false;
        Q_EMIT changed();
    });
    connect(library, &Library::openFailed, this, [this](const Error &error) {
        m_loading = false;
        m_problem = error;
        setStatus(error.message);
    });
    connect(library, &Library::movedAside, this, [this](const QString &path) {
        setStatus(tr("The damaged library was kept as “%1”; a fresh one was started.")
                      .arg(QDir::toNativeSeparators(path)));
    });
    connect(library, &Library::scanStarted, this, [this] {
        m_scanning = true;
        m_progress = {};
        setStatus(m_progress.text());
    });
    connect(library, &Library::scanProgress, this, [this](const ScanProgress &progress) {
        m_progress = progress;
        setStatus(progress.text());
    });
    connect(library, &Library::scanFinished, this, [this](const ScanReport &report) {
        m_scanning = false;
        setStatus(report.summary());
    });
    connect(library, &Library::failed, this,
            [this](const Error &error) { setStatus(error.message); });
}

void LibraryActivity::scan(const QStringList &roots) {
    m_library->scan(roots);
}

void LibraryActivity::rescan() {
    m_library->rescanAll();
}

void LibraryActivity::fullRescan() {
    m_library->fullRescan();
}

void LibraryActivity::cancelScan() {
    m_library->cancelScan();
}

void LibraryActivity::moveDatabaseAside() {
    m_library->moveAsideAndReopen();
}

void LibraryActivity::setStatus(const QString &text) {
    m_statusText = text;
    Q_EMIT changed();
}

} // namespace refrain
