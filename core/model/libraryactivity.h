// LibraryActivity: what the library is doing — opening, scanning with progress, a problem with
// the database — as state a status bar or notice binds to, with the actions that go with it.
#pragma once

#include "core/library/result.h"
#include "core/library/scanreport.h"

#include <QObject>

namespace refrain {

class Library;

class LibraryActivity : public QObject {
    Q_OBJECT
public:
    explicit LibraryActivity(Library *library, QObject *parent = nullptr);

    bool isScanning() const { return m_scanning; }
    // True from start until the stored tracks have all been handed to the models.
    bool isLoading() const { return m_loading; }
    const ScanProgress &progress() const { return m_progress; }
    // Set while the database could not be opened; the window offers what can be done.
    bool hasDatabaseProblem() const { return m_problem.has_value(); }
    const Error &databaseProblem() const { return *m_problem; }
    bool canMoveDatabaseAside() const {
        return m_problem && m_problem->kind == Error::Kind::Corrupt;
    }
    // A one-line message for the status bar.
    QString statusText() const { return m_statusText; }

public Q_SLOTS:
    void scan(const QStringList &roots);
    void rescan();
    void fullRescan();
    void cancelScan();
    void moveDatabaseAside();

Q_SIGNALS:
    void changed();

private:
    void setStatus(const QString &text);

    Library *m_library;
    bool m_scanning = false;
    bool m_loading = true;
    ScanProgress m_progress;
    std::optional<Error> m_problem;
    QString m_statusText;
};

} // namespace refrain
