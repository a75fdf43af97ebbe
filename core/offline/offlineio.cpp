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
    for (const auto &file : std::as_const(m_open))
        file->flush();
}

QString OfflineIo::absolute(const QString &path) const {
    return QDir(m_root).filePath(path);
}

Result<OfflineIo::Opened> OfflineIo::open(qint64 fileId, const QString &path) {
    if (!OfflinePath::staysInside(m_root, path))
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
    m_open.insert(fileId, file);
    return out;
}

std::optional<OfflineIo::WriteError> OfflineIo::append(qint64 fileId, const QByteArray &bytes) {
    const auto file = m_open.value(fileId);
    if (!file)
        return WriteError{tr("The download's file is not open."), false};
    errno = 0;
    const qint64 written = file->write(bytes);
    if (written == bytes.size() && file->flush())
        return std::nullopt;
    const int code = errno;
    const bool full = code == ENOSPC || code == EFBIG
#ifdef EDQUOT
                      || code == EDQUOT
#endif
                      || file->error() == QFileDevice::ResourceError;
    const QString message =
        full ? tr("The disk holding %1 is full (or the file may not grow "
                  "further).")
                   .arg(QDir::toNativeSeparators(m_root))
             : tr("“%1” could not be written: %2").arg(file->fileName(), file->errorString());
    // What was written before stays: a resume starts from the bytes that really are there.
    file->close();
    m_open.remove(fileId);
    return WriteError{message, full};
}

Result<void> OfflineIo::restart(qint64 fileId) {
    const auto file = m_open.value(fileId);
    if (!file)
        return Error::make(Error::Kind::Io, tr("The download's file is not open."));
    if (!file->resize(0))
        return Error::make(
            Error::Kind::Io,
            tr("“%1” could not be emptied: %2").arg(file->fileName(), file->errorString()));
    file->seek(0);
    return {};
}

void OfflineIo::close(qint64 fileId) {
    if (const auto file = m_open.take(fileId))
        file->close();
}

VerifyReport OfflineIo::finish(qint64 fileId, const QString &path,
                               const VerifyExpectation &expected) {
    const QString target = absolute(path);
    const QString part = target + kPart;
    if (const auto file = m_open.take(fileId)) {
        file->flush();
#ifdef Q_OS_UNIX
        // On disk before the rename makes it count: a power cut never leaves a verified name
        // on a file whose bytes were still in the cache.
        ::fsync(file->handle());
#endif
        file->close();
    }
    const bool fromPart = QFileInfo::exists(part) && QFileInfo(part).size() > 0;
    const QString candidate = fromPart ? part : target;
    VerifyReport report = FileVerifier::verify(candidate, expected);
    if (!report.ok) {
        QFile::remove(candidate);
        return report;
    }
    if (fromPart) {
        QFile::remove(target);
        if (!QFile::rename(part, target)) {
            report.ok = false;
            report.problem = tr("The verified file could not be moved into place as “%1”.")
                                 .arg(QFileInfo(target).fileName());
        }
    }
    return report;
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
