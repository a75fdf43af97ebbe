// MediaControlsState: what every desktop's media controls show and may do — the current track and
// its cover, playing or paused, which buttons work — worked out once from the engine and the
// player for MPRIS, the Windows System Media Transport Controls and macOS's Now Playing alike.
#pragma once

#include "core/library/track.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace refrain {

class PlaybackEngine;
class PlayerModel;

// Lives on the thread of the engine (the UI thread). Only Remote may be used from other threads.
class MediaControlsState : public QObject {
    Q_OBJECT

public:
    enum class Status { Stopped, Playing, Paused };
    Q_ENUM(Status)
    // What a desktop's buttons and keys ask for. Each platform names them its own way; when each
    // is obeyed is decided here, once.
    enum class Command { Play, Pause, PlayPause, Stop, Next, Previous, SeekTo };
    Q_ENUM(Command)

    using ArtResolver = std::function<QUrl(const Track &)>;
    // MediaControlsSetup::watchArt: subscribes a function to "some cover may have changed".
    using ArtWatch = std::function<void(QObject *context, std::function<void()> artMayHaveChanged)>;

    // A position further than this from where playback should be by now is a seek, not drift.
    static constexpr qint64 kJumpToleranceMs = 1000;

    // Everything the desktop is shown; compared as a whole to know whether to tell it again.
    struct Snapshot {
        Status status = Status::Stopped;
        bool hasTrack = false;
        Track track;         // the current track; empty when none
        int queueIndex = -1; // its row in the queue (a file from outside is known by it)
        QString title;       // the title tag, else the file name
        QString artist;      // the track's artist, else the album artist
        QString album;
        QUrl artUrl; // a local file, or empty
        qint64 durationMs = 0;
        bool canNext = false;
        bool canPrevious = false;
        bool canPlay = false;
        bool canPause = false;
        bool canSeek = false;

        friend bool operator==(const Snapshot &, const Snapshot &) = default;
    };

    // What the platform's callbacks hold to reach the state from the threads the system calls
    // them on: everything is queued to the state's thread, and dropped once the state is gone —
    // a media key pressed while Refrain shuts down does nothing instead of crashing.
    class Remote {
    public:
        // Any thread. `positionMs` is for SeekTo.
        void send(Command command, qint64 positionMs = 0);
        // Any thread: runs `task` on the state's thread, unless the state is gone by then (a
        // cover loaded in the background for controls that no longer exist).
        void post(std::function<void()> task);

    private:
        friend class MediaControlsState;
        QMutex m_mutex;
        MediaControlsState *m_state = nullptr;
    };

    // engine and player must outlive the state.
    MediaControlsState(PlaybackEngine *engine, PlayerModel *player, QObject *parent = nullptr);
    ~MediaControlsState() override;

    // Takes the setup's cover lookup (artUrl) and its "a cover may have arrived" notifications
    // (watchArt; may be empty).
    void followArt(ArtResolver resolver, const ArtWatch &watch);
    void setArtResolver(ArtResolver resolver);
    // A file:// URL for the cover of a track; empty when there is none or it is not a local file.
    QUrl artUrl(const Track &track) const;

    // Worked out now, from the engine as it is.
    Snapshot current() const;
    // As last announced by changed(): what platforms that are told, not asked, show.
    const Snapshot &published() const { return m_published; }

    Status status() const;
    // What cannot play now (a missing file, a stream during an outage) is not offered: a media
    // key that would only skip past it again does nothing instead.
    bool canGoNext() const;
    bool canGoPrevious() const;
    bool canPlay() const;
    bool canPause() const;
    bool canSeek() const;
    qint64 positionMs() const;
    qint64 durationMs() const;

    // The commands, obeyed only when they make sense now (what is not offered does nothing).
    void play();
    void pause();
    void playPause();
    void stop();
    void next();
    void previous();
    // False, and nothing happens, when the current track cannot seek or ms is outside it.
    bool seekTo(qint64 ms);
    void perform(Command command, qint64 positionMs = 0);

    // The handle for other threads; the same one for the state's whole life.
    std::shared_ptr<Remote> remote() const { return m_remote; }

public Q_SLOTS:
    // A cover may have been written: if the current track's art URL is now different, changed()
    // follows. Cheap to call often; calls in one turn of the event loop are looked at once.
    void artMayHaveChanged();

Q_SIGNALS:
    // published() differs from what it was: at most once per turn of the event loop, after
    // the engine's signals of that turn (track, state, length) have all arrived.
    void changed();
    // The position jumped (a seek from the desktop, in Refrain, or a resume from a downloaded
    // copy): desktops that extrapolate the position from the last one they were told must hear.
    void seeked(qint64 positionMs);

private:
    void scheduleUpdate();
    void update();
    void onPosition(qint64 ms);
    void resetPositionBaseline(qint64 ms);
    // Some item from row on is not marked unplayable.
    bool hasPlayableFrom(int row) const;

    PlaybackEngine *m_engine;
    PlayerModel *m_player;
    ArtResolver m_art;
    Snapshot m_published;
    bool m_updatePending = false;
    std::shared_ptr<Remote> m_remote;
    // Where playback was at the last position report and when, to tell a seek from playing on.
    qint64 m_lastPositionMs = 0;
    QElapsedTimer m_sincePosition;
};

} // namespace refrain
