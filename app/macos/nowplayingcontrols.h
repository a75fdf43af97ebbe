// NowPlayingControls: Refrain in macOS's Now Playing (MPNowPlayingInfoCenter) and its remote
// commands (MPRemoteCommandCenter) — the Control Centre, the Touch Bar, AirPods and the
// keyboard's media keys show what plays and drive it — behind app/mediacontrols.h.
#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

namespace refrain {

class MediaControlsState;
class PlaybackEngine;
class PlayerModel;

// Lives on the UI thread (the main thread, on macOS). The command handlers only forward to
// MediaControlsState::Remote, which queues to this thread, whichever thread they run on.
class NowPlayingControls : public QObject {
    Q_OBJECT

public:
    NowPlayingControls(PlaybackEngine *engine, PlayerModel *player, QObject *parent = nullptr);
    // Removes the command handlers and clears Now Playing, so the system forgets Refrain at once.
    ~NowPlayingControls() override;

    // Registers the command handlers and publishes what plays.
    void start();
    MediaControlsState *state() const { return m_state; }

private:
    struct Cocoa; // the Objective-C objects, kept out of this C++ header

    void publish();
    // Loads the cover off the UI thread, then publishes again with it.
    void loadArtwork(const QUrl &art);

    MediaControlsState *m_state;
    std::unique_ptr<Cocoa> m_cocoa;
    QUrl m_shownArt;
    quint64 m_artGeneration = 0; // a cover that arrives for an older one is dropped
    bool m_started = false;
};

} // namespace refrain
