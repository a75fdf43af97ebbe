#include "app/launchactions.h"

#include "core/library/library.h"
#include "core/library/playlistfile.h"
#include "core/library/tagreader.h"
#include "core/playback/playbackengine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QWidget>

namespace refrain {

namespace {

struct FilesRead {
    TrackList tracks;
    QStringList warnings;
};

void addTrack(const QString &path, TrackList &tracks, QStringList *warnings) {
    Result<Track> track = TagReader::read(QFileInfo(path));
    if (track)
        tracks.append(std::move(track).value());
    else if (warnings)
        // Qualified, so lupdate files it under LaunchActions as the run time does.
        warnings->append(LaunchActions::tr("Cannot play %1: %2").arg(path, track.error().message));
}

} // namespace

LaunchActions::LaunchActions(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(std::move(parts))
    , m_window(m_parts.window) {}

LaunchActions::~LaunchActions() = default;

void LaunchActions::carryOut(const LaunchRequest &request) {
    for (const QString &warning : request.warnings)
        Q_EMIT notice(warning);
    const QStringList folders = request.libraries + request.addFolders;
    if (!folders.isEmpty() && m_parts.library)
        m_parts.library->scan(folders);
    if (!request.play.isEmpty())
        playFiles(request.play);
    if (!request.playlist.isEmpty()) {
        if (request.playsEssentials() && m_parts.playEssentials)
            m_parts.playEssentials();
        else if (!request.playsEssentials() && m_parts.playPlaylist)
            m_parts.playPlaylist(request.playlist);
    }
    if (PlaybackEngine *engine = m_parts.engine) {
        for (const LaunchRequest::Control control : request.controls) {
            switch (control) {
            case LaunchRequest::Control::PlayPause:
                engine->togglePlayPause();
                break;
            case LaunchRequest::Control::Next:
                engine->next();
                break;
            case LaunchRequest::Control::Previous:
                engine->previous();
                break;
            case LaunchRequest::Control::Stop:
                engine->stop();
                break;
            }
        }
    }
    if (request.show || !request.hasWork())
        raiseWindow();
}

TrackList LaunchActions::tracksFor(const QStringList &paths, QStringList *warnings) {
    TrackList tracks;
    for (const QString &path : paths) {
        if (!LaunchRequest::isPlaylistFile(path)) {
            addTrack(path, tracks, warnings);
            continue;
        }
        const Result<QList<PlaylistFileEntry>> entries = PlaylistFile::read(path);
        if (!entries) {
            if (warnings)
                warnings->append(entries.error().message);
            continue;
        }
        int remote = 0;
        for (const PlaylistFileEntry &entry : entries.value()) {
            if (QFileInfo(entry.location).isAbsolute())
                addTrack(entry.location, tracks, warnings);
            else
                ++remote;
        }
        // Streams named in a file are not played: only the library's servers are trusted.
        if (remote > 0 && warnings)
            warnings->append(
                tr("%1: %2 entries are not local files and were left out.").arg(path).arg(remote));
    }
    return tracks;
}

void LaunchActions::playFiles(const QStringList &paths) {
    const quint64 serial = ++m_filesSerial;
    auto *watcher = new QFutureWatcher<FilesRead>(this);
    connect(watcher, &QFutureWatcher<FilesRead>::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_filesSerial)
            return;
        const FilesRead read = watcher->result();
        for (const QString &warning : read.warnings)
            Q_EMIT notice(warning);
        if (!read.tracks.isEmpty() && m_parts.engine)
            m_parts.engine->playTracks(read.tracks, 0);
        else if (read.tracks.isEmpty())
            Q_EMIT notice(tr("Nothing to play in the files given."));
        Q_EMIT filesStarted(int(read.tracks.size()));
    });
    watcher->setFuture(QtConcurrent::run([paths] {
        FilesRead read;
        read.tracks = tracksFor(paths, &read.warnings);
        return read;
    }));
}

void LaunchActions::raiseWindow() {
    if (!m_window)
        return;
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace refrain
