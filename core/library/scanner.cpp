#include "core/library/scanner.h"

#include "core/library/tagreader.h"
#include "core/library/trackstore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <QThreadPool>

namespace refrain {

namespace {

QString normalisedKey(const QString &path) {
    return path.normalized(QString::NormalizationForm_C);
}

bool isUnder(const QString &path, const QString &folder) {
    return path.startsWith(folder) && path.size() > folder.size()
           && path.at(folder.size()) == QLatin1Char('/');
}

} // namespace

// The result of one directory walk: audio files found and folders that could not be entered.
struct Scanner::Walk {
    QList<QFileInfo> files;
    QList<ScanIssue> problems;
    QStringList unreadableFolders; // tracks under these are kept: we could not look
};

Scanner::Scanner(Database &writer, QObject *parent)
    : QObject(parent)
    , m_db(writer) {}

ScanReport Scanner::run(const QStringList &roots) {
    m_cancelled = false;
    QElapsedTimer timer;
    timer.start();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();

    ScanReport report;
    for (const QString &root : roots) {
        if (m_cancelled)
            break;
        scanRoot(QDir::cleanPath(QDir(root).absolutePath()), report);
        if (!report.fatalError.isEmpty())
            break;
    }
    report.cancelled = m_cancelled;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report.failed.isEmpty()) {
        QList<QPair<QString, QString>> failures;
        for (const ScanIssue &issue : std::as_const(report.failed))
            failures.append({issue.path, issue.reason});
        (void)TrackStore(m_db).recordFailures(failures, m_startedMs); // the report has them anyway
    }
    return report;
}

void Scanner::scanRoot(const QString &root, ScanReport &report) {
    TrackStore store(m_db);
    report.roots.append(QDir::toNativeSeparators(root));
    const auto rootId = store.ensureRoot(root);
    if (!rootId) {
        report.fatalError = rootId.error().message;
        return;
    }
    auto stampsResult = store.stampsUnderRoot(rootId.value());
    if (!stampsResult) {
        report.fatalError = stampsResult.error().message;
        return;
    }
    QHash<QString, FileStamp> stamps;
    for (auto it = stampsResult.value().cbegin(); it != stampsResult.value().cend(); ++it)
        stamps.insert(normalisedKey(it.key()), it.value());

    ScanProgress progress;
    auto elapsed = [this] { return QDateTime::currentMSecsSinceEpoch() - m_startedMs; };

    // A root that is gone, or an empty mount point that used to hold music, is treated as
    // unavailable: its tracks are kept (playlists and history point at them) until it returns.
    const QFileInfo rootInfo(root);
    auto markRootMissing = [&](const QString &reason) {
        report.missingRoots.append(QDir::toNativeSeparators(root));
        report.problems.append({QDir::toNativeSeparators(root), reason});
        (void)store.setRootAvailable(rootId.value(), false, m_startedMs);
        const auto changed = store.setRootTracksAvailable(rootId.value(), false);
        if (changed && !changed.value().isEmpty()) {
            report.tracksUnavailable += int(changed.value().size());
            Q_EMIT availabilityChanged(changed.value(), false);
        }
    };
    if (!rootInfo.exists() || !rootInfo.isDir()) {
        markRootMissing(
            QStringLiteral("folder not found — its tracks are kept and marked unavailable"));
        return;
    }
    if (!rootInfo.isReadable() || !rootInfo.isExecutable()) {
        markRootMissing(
            QStringLiteral("permission denied — its tracks are kept and marked unavailable"));
        return;
    }

    // One traversal. Symlinked folders are followed once: a canonical path seen before is a loop
    // or a second way to the same music.
    Walk walk;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QSet<QString> visited;
    QStringList pending{root};
    while (!pending.isEmpty() && !m_cancelled) {
        const QString folder = pending.takeLast();
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (visited.contains(canonical)) {
            walk.problems.append(
                {QDir::toNativeSeparators(folder),
                 QStringLiteral("symbolic link loop or duplicate folder — skipped")});
            continue;
        }
        visited.insert(canonical);
        const QDir dir(folder);
        if (!dir.isReadable()) {
            walk.problems.append(
                {QDir::toNativeSeparators(folder), QStringLiteral("permission denied")});
            walk.unreadableFolders.append(folder);
            continue;
        }
        const QFileInfoList entries = dir.entryInfoList(
            QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.isDir()) {
                if (entry.isReadable() && entry.isExecutable()) {
                    pending.append(entry.absoluteFilePath());
                } else {
                    walk.problems.append({QDir::toNativeSeparators(entry.absoluteFilePath()),
                                          QStringLiteral("permission denied")});
                    walk.unreadableFolders.append(entry.absoluteFilePath());
                }
            } else if (entry.isFile() && TagReader::isAudioFile(entry.fileName())) {
                walk.files.append(entry);
                ++progress.filesSeen;
            }
        }
        if (sinceProgress.elapsed() >= 100) {
            sinceProgress.restart();
            progress.elapsedMs = elapsed();
            Q_EMIT this->progress(progress);
        }
    }
    report.problems += walk.problems;
    report.filesSeen += int(walk.files.size());
    if (m_cancelled)
        return;

    if (walk.files.isEmpty() && !stamps.isEmpty() && walk.unreadableFolders.isEmpty()) {
        markRootMissing(QStringLiteral("folder is empty (not mounted?) — its tracks are kept and "
                                       "marked unavailable"));
        return;
    }

    // Diff by path, size and modification time: unchanged files are not opened at all.
    QList<QFileInfo> toRead;
    TrackIds restored;
    QSet<QString> seen;
    for (const QFileInfo &file : std::as_const(walk.files)) {
        const QString key = normalisedKey(file.absoluteFilePath());
        seen.insert(key);
        const auto it = stamps.constFind(key);
        if (it != stamps.cend() && it->size == file.size()
            && it->mtimeMs == file.lastModified().toMSecsSinceEpoch()) {
            ++report.tracksUnchanged;
            if (!it->available)
                restored.append(it->id);
            continue;
        }
        toRead.append(file);
    }
    (void)store.setRootAvailable(rootId.value(), true, m_startedMs);
    if (!restored.isEmpty()) {
        const auto changed = store.setAvailable(restored, true);
        if (changed && !changed.value().isEmpty()) {
            report.tracksRestored += int(changed.value().size());
            Q_EMIT availabilityChanged(changed.value(), true);
        }
    }

    progress.phase = ScanProgress::Phase::Reading;
    progress.toRead = int(toRead.size());
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    QElapsedTimer readTimer;
    readTimer.start();
    for (qsizetype start = 0; start < toRead.size() && !m_cancelled; start += kBatchSize) {
        const QList<QFileInfo> batch = toRead.mid(start, kBatchSize);
        const QList<Result<Track>> results = QtConcurrent::blockingMapped(
            &pool, batch, [](const QFileInfo &info) { return TagReader::read(info); });

        TrackList added;
        TrackList updated;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Result<Track> &result = results.at(i);
            if (!result) {
                report.failed.append({QDir::toNativeSeparators(batch.at(i).absoluteFilePath()),
                                      result.error().message});
                continue;
            }
            Track track = result.value();
            const auto it = stamps.constFind(normalisedKey(track.location));
            if (it != stamps.cend()) {
                track.id = it->id;
                updated.append(track);
            } else {
                added.append(track);
            }
        }
        TrackList all = added + updated;
        if (auto written = store.write(all, rootId.value(), m_startedMs); !written) {
            report.fatalError = written.error().message;
            return;
        }
        added = all.mid(0, added.size());
        updated = all.mid(added.size());
        report.tracksAdded += int(added.size());
        report.tracksUpdated += int(updated.size());
        if (!added.isEmpty())
            Q_EMIT tracksAdded(added);
        if (!updated.isEmpty())
            Q_EMIT tracksUpdated(updated);

        progress.read += int(batch.size());
        progress.elapsedMs = elapsed();
        const qint64 spent = readTimer.elapsed();
        progress.etaMs =
            progress.read > 0 ? spent * (progress.toRead - progress.read) / progress.read : -1;
        Q_EMIT this->progress(progress);
    }
    if (m_cancelled)
        return;

    // Files gone from a folder we could read are removed; under folders we could not read they
    // are kept, since we do not know.
    TrackIds vanished;
    for (auto it = stamps.cbegin(); it != stamps.cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        const bool underUnreadable = std::any_of(
            walk.unreadableFolders.cbegin(), walk.unreadableFolders.cend(),
            [&](const QString &folder) { return isUnder(it.key(), normalisedKey(folder)); });
        if (!underUnreadable)
            vanished.append(it->id);
    }
    if (!vanished.isEmpty()) {
        if (auto removed = store.remove(vanished); !removed) {
            report.fatalError = removed.error().message;
            return;
        }
        report.tracksRemoved += int(vanished.size());
        Q_EMIT tracksRemoved(vanished);
    }
    progress.phase = ScanProgress::Phase::Finishing;
    progress.etaMs = 0;
    Q_EMIT this->progress(progress);
}

} // namespace refrain
