// ScanReport and ScanProgress: what a library scan did and how far along it is, for the status
// bar, `refrainctl scan` and its --json output.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace refrain {

struct ScanIssue {
    QString path;
    QString reason;
};

struct ScanReport {
    QStringList roots;
    int filesSeen = 0;
    int tracksAdded = 0;
    int tracksUpdated = 0;
    int tracksUnchanged = 0;
    int tracksRemoved = 0;
    int tracksUnavailable = 0; // kept but marked unavailable: their folder is missing
    int tracksRestored = 0;    // available again: their folder came back
    QList<ScanIssue> failed;   // files that could not be read
    QList<ScanIssue> problems; // folders: missing roots, permission denied, symlink loops
    QList<ScanIssue> warnings; // files read, but with something repaired or cut (huge tag fields)
    QStringList missingRoots;
    double seconds = 0;
    bool cancelled = false;
    QString fatalError; // the scan could not write to the library at all

    bool hasProblems() const {
        return !missingRoots.isEmpty() || !problems.isEmpty() || !fatalError.isEmpty();
    }
    QJsonObject toJson() const;
    // One line for a status bar: "Scan finished: 120 files, 3 new, 1 unreadable".
    QString summary() const;
};

struct ScanProgress {
    enum class Phase { Walking, Reading, Finishing };
    Phase phase = Phase::Walking;
    int filesSeen = 0; // audio files found so far
    int toRead = 0;    // new or changed files that need TagLib
    int read = 0;      // of those, done
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; // -1 while unknown

    QString text() const;
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::ScanReport)
Q_DECLARE_METATYPE(refrain::ScanProgress)
