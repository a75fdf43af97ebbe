// MediaControls: the one seam between the player and the desktop's own media controls — MPRIS 2
// on Linux (app/mpris), the System Media Transport Controls on Windows (app/smtc) and the Now
// Playing centre on macOS (app/macos) — so the composition root wires every platform the same way.
#pragma once

#include "core/library/track.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QWindow;

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
    // Covers are often written after their track has started. The controls call this once with
    // a function to call whenever some cover may have changed (a thumbnail was just written);
    // they then ask artUrl again for the current track and republish it if it differs. Connect
    // with `context` as the receiver, so the subscription ends with the controls. Optional:
    // without it the art of a track is what artUrl said when the track (or anything else) changed.
    std::function<void(QObject *context, std::function<void()> artMayHaveChanged)> watchArt;
    // The desktop asked to show Refrain's window, or to quit it.
    std::function<void()> raise;
    std::function<void()> quit;
    // The desktop handed over a file to play (a file:// URL). When empty the file is played as
    // it is, named after its file name.
    std::function<void(const QUrl &)> open;
    // The main window, created if need be. Windows ties its media controls to a top-level window
    // (its taskbar button); other platforms do not ask. Without it there are none on Windows.
    std::function<QWindow *()> window;
};

#if defined(REFRAIN_HAVE_MEDIA_CONTROLS)
// The platform's media controls, already published; nullptr when the desktop offers none right
// now (no session bus, say) — the player works the same without them.
std::unique_ptr<QObject> makeMediaControls(const MediaControlsSetup &setup);
#else
// A platform without an implementation (a BSD, or a Windows build without MSVC): no media
// controls, nothing else changes.
inline std::unique_ptr<QObject> makeMediaControls(const MediaControlsSetup &) {
    return nullptr;
}
#endif

} // namespace refrain
