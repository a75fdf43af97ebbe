#include "core/offline/offlineio.h"

#include "core/offline/offlinepath.h"
#include "core/service/request/requesttypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace refrain {

namespace {

const QString kPart = QStringLiteral(".part");

} // namespace

OfflineIo::OfflineIo(QString root, QObject *parent)
    : QObject(parent)
    , m_root(QDir::cleanPath(std::move(root))) {}

OfflineIo::~OfflineIo() {
    for (const Open &open : std::as_const(m_open))
        open.file->flush();
}

QString OfflineIo::absolute(const QString &path) const {
    return QDir(m_root).filePath(path);
}

Result<OfflineIo::Opened> OfflineIo::open(qint64 fileId, const QString &path) {
    // The .part too: a link planted under its name must not carry the bytes elsewhere.
    if (!OfflinePath::staysInside(m_root, path)
        || !OfflinePath::staysInside(m_root, OfflinePath::partPath(path)))
        return Error::make(
            Error::Kind::Invalid,
            tr("The file name “%1” would leave the offline folder; it was refused.").arg(path));
    const QString target = absolute(path);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error::make(Error::Kind::Io, tr("The folder for “%1” could not be made in %2.")
                                                .arg(QFileInfo(target).fileName(), m_root));
    Opened out;
    out.finalPresent = QFileInfo::exists(target);
    auto file = std::make_shared<QFile>(target + kPart);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append))
        return Error::make(
            Error::Kind::Io,
            tr("“%1” could not be written: %2").arg(file->fileName(), file->errorString()));
    out.partBytes = file->size();
    // A resumed .part is hashed once here; from then on every byte as it is written.
    auto hash = std::make_shared<Sha256>();
    if (out.partBytes > 0) {
        QFile existing(file->fileName());
        if (!existing.open(QIODevice::ReadOnly))
            return Error::make(
                Error::Kind::Io,
                tr("“%1” could not be read: %2").arg(file->fileName(), existing.errorString()));
        QByteArray block(FileVerifier::kHashBlockBytes, Qt::Uninitialized);
        qint64 got = 0;
        while ((got = existing.read(block.data(), block.size())) > 0)
            hash->addData(block.constData(), got);
    }
    m_open.insert(fileId, {file, hash});
    return out;
}

std::optional<OfflineIo::WriteError> OfflineIo::append(qint64 fileId, const QByteArray &bytes) {
    const Open open = m_open.value(fileId);
    QFile *file = open.file.get();
    if (!file)
        return WriteError{tr("The download's file is not open."), false};
    errno = 0;
    const qint64 written = file->write(bytes);
    if (written == bytes.size() && file->flush()) {
        open.hash->addData(bytes);
        return std::nullopt;
    }
    const int code = errno;
    const bool full = code == ENOSPC || code == EFBIG
#ifdef EDQUOT
                      || code == EDQUOT
#endif
                      || file->error() == QFileDevice::ResourceError;
    const QString message =
        full ? tr("The disk holding %1 is full (or the file may not grow further).")
                   .arg(QDir::toNativeSeparators(m_root))
             : tr("“%1” could not be written: %2").arg(file->fileName(), file->errorString());
    // What was written before stays: a resume starts from the bytes that really are there.
    file->close();
    m_open.remove(fileId);
    return WriteError{message, full};
}

Result<void> OfflineIo::restart(qint64 fileId) {
    const Open open = m_open.value(fileId);
    if (!open.file)
        return Error::make(Error::Kind::Io, tr("The download's file is not open."));
    if (!open.file->resize(0))
        return Error::make(Error::Kind::Io,
                           tr("“%1” could not be emptied: %2")
                               .arg(open.file->fileName(), open.file->errorString()));
    open.file->seek(0);
    open.hash->reset();
    return {};
}

void OfflineIo::close(qint64 fileId) {
    if (const Open open = m_open.take(fileId); open.file)
        open.file->close();
}

QByteArray OfflineIo::seal(qint64 fileId) {
    const Open open = m_open.take(fileId);
    if (!open.file)
        return {};
    open.file->close();
    return open.hash->hexResult();
}

QList<VerifyReport> OfflineIo::finalize(const QString &root, const QList<Finish> &files) {
    QList<VerifyReport> reports;
    QList<int> renames; // the checked .part files, to move into place
    for (int i = 0; i < files.size(); ++i) {
        const Finish &f = files.at(i);
        VerifyReport report;
        if (!OfflinePath::staysInside(root, f.path)) {
            report.problem = tr("The file name leaves the offline folder.");
            reports.append(report);
            continue;
        }
        const QString target = QDir(root).filePath(f.path);
        const QString part = target + kPart;
        const bool fromPart = QFileInfo::exists(part) && QFileInfo(part).size() > 0;
        const QString candidate = fromPart ? part : target;
        VerifyExpectation check = f.expected;
        if (!fromPart)
            check.knownSha256Hex.clear(); // that hash was of a .part that is not there
        report = FileVerifier::verify(candidate, check);
        if (!report.ok) {
            QFile::remove(candidate); // its bytes cannot be trusted for a resume either
        } else if (fromPart) {
            renames.append(i);
        } else {
            // A kill after the rename but before the database heard of it: the restart's open()
            // made an empty .part next to the verified file. Nothing would ever remove it.
            QFile::remove(part);
        }
        reports.append(report);
    }
    if (renames.isEmpty())
        return reports;
        // On disk before a rename makes any of them count: a power cut never leaves a verified
        // name on bytes that were still in the cache. One sync for the whole batch: per file, it
        // would cost more than the download.
#if defined(Q_OS_LINUX)
    if (QFile dir(root); dir.open(QIODevice::ReadOnly))
        ::syncfs(dir.handle());
#elif defined(Q_OS_UNIX)
    for (int i : std::as_const(renames)) {
        QFile sync(QDir(root).filePath(files.at(i).path) + kPart);
        if (sync.open(QIODevice::ReadOnly))
            ::fsync(sync.handle());
    }
#endif
    for (int i : std::as_const(renames)) {
        const QString target = QDir(root).filePath(files.at(i).path);
        QFile::remove(target);
        if (!QFile::rename(target + kPart, target)) {
            reports[i].ok = false;
            reports[i].problem = tr("The verified file could not be moved into place as “%1”.")
                                     .arg(QFileInfo(target).fileName());
        }
    }
    return reports;
}

void OfflineIo::remove(const QStringList &paths) {
    for (const QString &path : paths) {
        if (!OfflinePath::staysInside(m_root, path))
            continue;
        const QString target = absolute(path);
        QFile::remove(target);
        QFile::remove(target + kPart);
        pruneEmptyFolders(target);
    }
}

void OfflineIo::pruneEmptyFolders(const QString &absoluteFile) {
    QDir dir = QFileInfo(absoluteFile).absoluteDir();
    const QString root = QDir(m_root).absolutePath();
    while (dir.absolutePath().startsWith(root + QLatin1Char('/')) && dir.isEmpty()) {
        const QString name = dir.dirName();
        if (!dir.cdUp() || !dir.rmdir(name))
            break;
    }
}

VerifyReport OfflineIo::check(const QString &path, const VerifyExpectation &expected) {
    if (!OfflinePath::staysInside(m_root, path)) {
        VerifyReport report;
        report.problem = tr("The file name leaves the offline folder.");
        return report;
    }
    return FileVerifier::verify(absolute(path), expected);
}

int OfflineIo::sweep(const QSet<QString> &knownPaths) {
    int removed = 0;
    const QDir root(m_root);
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    QStringList strays;
    while (it.hasNext()) {
        const QString file = it.next();
        QString rel = root.relativeFilePath(file);
        if (rel.endsWith(QLatin1String(".m3u8")))
            continue; // the playlist copies are rewritten, not owned by a row
        if (rel.endsWith(kPart))
            rel.chop(kPart.size());
        if (!knownPaths.contains(rel))
            strays.append(file);
    }
    for (const QString &file : std::as_const(strays)) {
        if (QFile::remove(file)) {
            ++removed;
            pruneEmptyFolders(file);
        }
    }
    return removed;
}

qint64 OfflineIo::partSize(const QString &path) const {
    return QFileInfo(absolute(path) + kPart).size();
}

Result<void> OfflineIo::writePlaylist(const QString &relativePath,
                                      const QList<PlaylistFileEntry> &entries) {
    if (!OfflinePath::staysInside(m_root, relativePath))
        return Error::make(Error::Kind::Invalid,
                           tr("The playlist name leaves the offline folder."));
    const QString target = absolute(relativePath);
    QDir().mkpath(QFileInfo(target).absolutePath());
    return PlaylistFile::write(target, entries, PlaylistFile::Format::M3u,
                               PlaylistFile::PathStyle::RelativeToPlaylist);
}

qint64 OfflineIo::freeBytes() const {
    QDir().mkpath(m_root);
    return QStorageInfo(m_root).bytesAvailable();
}

} // namespace refrain
