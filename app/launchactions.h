// LaunchActions: carries out a LaunchRequest — from this start's command line or a later call's —
// against the running parts: playback, the library, the window and the playlists.
#pragma once

#include "app/launchrequest.h"
#include "core/library/track.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace refrain {

class Library;
class PlaybackEngine;

class LaunchActions : public QObject {
    Q_OBJECT
public:
    // Any part may be missing (a test, a headless start); what needs it is then left out.
    struct Parts {
        PlaybackEngine *engine = nullptr;
        Library *library = nullptr;
        QWidget *window = nullptr;
        // Replaces the queue with the local or server playlist of that name and plays it; says
        // so through its own notices when there is none.
        std::function<void(const QString &name)> playPlaylist;
        std::function<void()> playEssentials;
    };

    explicit LaunchActions(Parts parts, QObject *parent = nullptr);
    ~LaunchActions() override;

    // Folders are added and scanned, files read (off the UI thread) and played in order, a
    // playlist started, then the controls applied in order. A request with nothing to do brings
    // the window forward, as calling a running app again does on every desktop.
    void carryOut(const LaunchRequest &request);

    // The tracks for files and playlist files, in order, with their tags; what cannot be played
    // is left out with one line in warnings. Reads files: call it off the UI thread.
    static TrackList tracksFor(const QStringList &paths, QStringList *warnings);

Q_SIGNALS:
    // One line for the person, shown inline: a missing file, a playlist that could not be read.
    void notice(const QString &text);
    // The files of a request were read and handed to playback (count tracks; 0 when none could).
    void filesStarted(int count);

private:
    void playFiles(const QStringList &paths);
    void raiseWindow();

    Parts m_parts;
    QPointer<QWidget> m_window;
    quint64 m_filesSerial = 0; // a later request's files win over an earlier one still reading
};

} // namespace refrain
