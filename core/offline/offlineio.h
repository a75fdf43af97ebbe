// OfflineIo: every file operation of offline listening, on a thread of its own so the window
// never waits on the disk — .part files opened for appending, written as bytes arrive, verified
// and renamed atomically into place; releases, the scrub, the sweep of strays, M3U8 copies.
// Nothing a server sent can make it touch a path outside the offline folder.
#pragma once

#include "core/library/playlistfile.h"
#include "core/library/result.h"
#include "core/offline/fileverifier.h"
#include "core/offline/sha256.h"

#include <QFile>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace refrain {

class OfflineIo : public QObject {
    Q_OBJECT
public:
    explicit OfflineIo(QString root, QObject *parent = nullptr);
    ~OfflineIo() override;

    const QString &root() const { return m_root; }

    struct Opened {
        qint64 partBytes = 0;      // already on disk: resume from here
        bool finalPresent = false; // the renamed file exists (a crash after the rename)
    };
    // Opens (creating folders and the file) "<path>.part" for appending.
    Result<Opened> open(qint64 fileId, const QString &path);
    // Appends; an Io error when the disk is full or the file cannot grow (diskFull tells).
    struct WriteError {
        QString message;
        bool diskFull = false;
    };
    std::optional<WriteError> append(qint64 fileId, const QByteArray &bytes);
    // The server ignored the Range asked for: start the .part again from nothing.
    Result<void> restart(qint64 fileId);
    // Flushes and closes the .part, keeping it for a resume.
    void close(qint64 fileId);
    // The body is complete: flushes and closes the .part and returns the SHA-256 of everything
    // in it, hashed as it was written (empty when the file was not open).
    QByteArray seal(qint64 fileId);
    // Verifies finished downloads, syncs the good ones to disk (once for the batch) and renames
    // them into place; a .part that fails is deleted (its bytes cannot be trusted for a resume
    // either). A path whose .part is gone but whose final file exists (a crash after the
    // rename) verifies that file. Touches only its own files: safe on any thread, so the file
    // thread never waits for it. One report per file, in order.
    struct Finish {
        QString path;
        VerifyExpectation expected;
    };
    static QList<VerifyReport> finalize(const QString &root, const QList<Finish> &files);
    // Deletes files (and their .part) and the folders they leave empty.
    void remove(const QStringList &paths);
    // The scrub: verifies a file in place against what was recorded.
    VerifyReport check(const QString &path, const VerifyExpectation &expected);
    // Deletes files under the root that no row knows (and stray .part files); how many.
    int sweep(const QSet<QString> &knownPaths);
    qint64 partSize(const QString &path) const;
    Result<void> writePlaylist(const QString &relativePath,
                               const QList<PlaylistFileEntry> &entries);

    // Free bytes on the offline folder's disk.
    qint64 freeBytes() const;

private:
    QString absolute(const QString &path) const;
    void pruneEmptyFolders(const QString &absoluteFile);

    QString m_root;
    struct Open {
        std::shared_ptr<QFile> file;
        std::shared_ptr<Sha256> hash;
    };
    QHash<qint64, Open> m_open;
};

} // namespace refrain
