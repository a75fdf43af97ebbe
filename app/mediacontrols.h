// MediaControls: the one seam between the player and the desktop's own media controls (MPRIS 2
// on Linux now; the System Media Transport Controls on Windows and MPNowPlayingInfoCenter on
// macOS later), so the composition root wires every platform the same way.
#pragma once

#include "core/library/track.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace refrain {

class PlaybackEngine;
class PlayerModel;

struct MediaControlsSetup {
    PlaybackEngine *engine = nullptr;
    PlayerModel *player = nullptr;
    // The cover of a track as a local file URL, or an empty URL when none is known. Only file
    // URLs are passed on: a server's cover URL carries credentials, and every program on the
    // desktop can read what is published here.
    std::function<QUrl(const Track &)> artUrl;
    // The desktop asked to show Refrain's window, or to quit it.
    std::function<void()> raise;
    std::function<void()> quit;
    // The desktop handed over a file to play (a file:// URL). When empty the file is played as
    // it is, named after its file name.
    std::function<void(const QUrl &)> open;
};

#if defined(REFRAIN_HAVE_MEDIA_CONTROLS)
// The platform's media controls, already published; nullptr when the desktop offers none right
// now (no session bus, say) — the player works the same without them.
std::unique_ptr<QObject> makeMediaControls(const MediaControlsSetup &setup);
#else
// A platform without an implementation yet: no media controls, nothing else changes.
inline std::unique_ptr<QObject> makeMediaControls(const MediaControlsSetup &) {
    return nullptr;
}
#endif

} // namespace refrain
