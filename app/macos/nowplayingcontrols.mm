#include "app/macos/nowplayingcontrols.h"

#include "app/mediacontrols.h"
#include "app/mediacontrolsstate.h"
#include "core/model/playermodel.h"
#include "core/playback/playbackengine.h"

#include <utility>
#include <vector>

#import <AppKit/AppKit.h>
#import <MediaPlayer/MediaPlayer.h>

#if !__has_feature(objc_arc)
#error "nowplayingcontrols.mm needs ARC (-fobjc-arc, set by nowplaying.cmake)"
#endif

namespace refrain {

namespace {
using Command = MediaControlsState::Command;

constexpr double kMsPerSecond = 1000.0;

MPNowPlayingPlaybackState playbackState(const MediaControlsState::Snapshot &s) {
    if (!s.hasTrack)
        return MPNowPlayingPlaybackStateStopped;
    switch (s.status) {
    case MediaControlsState::Status::Playing:
        return MPNowPlayingPlaybackStatePlaying;
    case MediaControlsState::Status::Paused:
        return MPNowPlayingPlaybackStatePaused;
    case MediaControlsState::Status::Stopped:
        break;
    }
    return MPNowPlayingPlaybackStateStopped;
}

} // namespace

struct NowPlayingControls::Cocoa {
    // Each command with the target its handler was registered as, to remove exactly ours.
    std::vector<std::pair<MPRemoteCommand *, id>> targets;
    MPMediaItemArtwork *artwork = nil;
};

NowPlayingControls::NowPlayingControls(PlaybackEngine *engine, PlayerModel *player, QObject *parent)
    : QObject(parent)
    , m_state(new MediaControlsState(engine, player, this))
    , m_cocoa(std::make_unique<Cocoa>()) {
    connect(m_state, &MediaControlsState::changed, this, &NowPlayingControls::publish);
    // The system moves the elapsed time on by itself, at the rate it was given: only a jump
    // has to be told.
    connect(m_state, &MediaControlsState::seeked, this, &NowPlayingControls::publish);
}

NowPlayingControls::~NowPlayingControls() {
    if (!m_started)
        return;
    // A handler already running may still queue a command: MediaControlsState::Remote drops it
    // once the state is gone.
    for (const auto &target : m_cocoa->targets)
        [target.first removeTarget:target.second];
    MPNowPlayingInfoCenter *info = [MPNowPlayingInfoCenter defaultCenter];
    info.nowPlayingInfo = nil;
    info.playbackState = MPNowPlayingPlaybackStateStopped;
}

void NowPlayingControls::start() {
    if (m_started)
        return;
    m_started = true;
    MPRemoteCommandCenter *center = [MPRemoteCommandCenter sharedCommandCenter];
    const std::shared_ptr<MediaControlsState::Remote> remote = m_state->remote();
    // Handlers are only handed on, queued to the UI thread: the system does not promise which
    // thread it calls them on.
    const auto forward = [this, &remote](MPRemoteCommand *command, Command what) {
        const std::shared_ptr<MediaControlsState::Remote> to = remote;
        id target = [command
            addTargetWithHandler:^MPRemoteCommandHandlerStatus(MPRemoteCommandEvent *event) {
              (void)event;
              to->send(what);
              return MPRemoteCommandHandlerStatusSuccess;
            }];
        m_cocoa->targets.emplace_back(command, target);
    };
    forward(center.playCommand, Command::Play);
    forward(center.pauseCommand, Command::Pause);
    forward(center.togglePlayPauseCommand, Command::PlayPause);
    forward(center.stopCommand, Command::Stop);
    forward(center.nextTrackCommand, Command::Next);
    forward(center.previousTrackCommand, Command::Previous);

    MPRemoteCommand *seek = center.changePlaybackPositionCommand;
    id seekTarget =
        [seek addTargetWithHandler:^MPRemoteCommandHandlerStatus(MPRemoteCommandEvent *event) {
          if (![event isKindOfClass:[MPChangePlaybackPositionCommandEvent class]])
              return MPRemoteCommandHandlerStatusCommandFailed;
          const NSTimeInterval seconds =
              ((MPChangePlaybackPositionCommandEvent *)event).positionTime;
          remote->send(Command::SeekTo, qint64(seconds * kMsPerSecond));
          return MPRemoteCommandHandlerStatusSuccess;
        }];
    m_cocoa->targets.emplace_back(seek, seekTarget);

    // What Refrain does not do is not offered.
    for (MPRemoteCommand *unused in @[
             center.skipForwardCommand, center.skipBackwardCommand, center.seekForwardCommand,
             center.seekBackwardCommand, center.changePlaybackRateCommand,
             center.changeRepeatModeCommand, center.changeShuffleModeCommand
         ])
        unused.enabled = NO;
    publish();
}

void NowPlayingControls::publish() {
    if (!m_started)
        return;
    const MediaControlsState::Snapshot &s = m_state->published();
    MPRemoteCommandCenter *center = [MPRemoteCommandCenter sharedCommandCenter];
    center.playCommand.enabled = s.canPlay;
    center.pauseCommand.enabled = s.canPause;
    center.togglePlayPauseCommand.enabled = s.canPlay || s.canPause;
    center.stopCommand.enabled = s.hasTrack;
    center.nextTrackCommand.enabled = s.canNext;
    center.previousTrackCommand.enabled = s.canPrevious;
    center.changePlaybackPositionCommand.enabled = s.canSeek;

    if (s.artUrl != m_shownArt) {
        m_shownArt = s.artUrl;
        loadArtwork(s.artUrl); // publishes again once the image is loaded
    }

    MPNowPlayingInfoCenter *info = [MPNowPlayingInfoCenter defaultCenter];
    if (!s.hasTrack) {
        info.nowPlayingInfo = nil;
        info.playbackState = MPNowPlayingPlaybackStateStopped;
        return;
    }
    NSMutableDictionary<NSString *, id> *now = [NSMutableDictionary dictionary];
    now[MPMediaItemPropertyTitle] = s.title.toNSString();
    if (!s.artist.isEmpty())
        now[MPMediaItemPropertyArtist] = s.artist.toNSString();
    if (!s.album.isEmpty())
        now[MPMediaItemPropertyAlbumTitle] = s.album.toNSString();
    if (!s.track.albumArtist.isEmpty())
        now[MPMediaItemPropertyAlbumArtist] = s.track.albumArtist.toNSString();
    if (s.track.trackNumber > 0)
        now[MPMediaItemPropertyAlbumTrackNumber] = @(s.track.trackNumber);
    if (s.durationMs > 0)
        now[MPMediaItemPropertyPlaybackDuration] = @(double(s.durationMs) / kMsPerSecond);
    now[MPNowPlayingInfoPropertyElapsedPlaybackTime] =
        @(double(m_state->positionMs()) / kMsPerSecond);
    now[MPNowPlayingInfoPropertyPlaybackRate] =
        @(s.status == MediaControlsState::Status::Playing ? 1.0 : 0.0);
    now[MPNowPlayingInfoPropertyDefaultPlaybackRate] = @1.0;
    now[MPNowPlayingInfoPropertyMediaType] = @(MPNowPlayingInfoMediaTypeAudio);
    if (m_cocoa->artwork)
        now[MPMediaItemPropertyArtwork] = m_cocoa->artwork;
    info.nowPlayingInfo = now;
    info.playbackState = playbackState(s);
}

void NowPlayingControls::loadArtwork(const QUrl &art) {
    const quint64 generation = ++m_artGeneration;
    m_cocoa->artwork = nil;
    if (art.isEmpty())
        return;
    // The UI thread never waits on the disk: the image is read on a background queue and handed
    // back through the state's Remote, which drops it if the controls are gone by then.
    NSString *path = art.toLocalFile().toNSString();
    const std::shared_ptr<MediaControlsState::Remote> remote = m_state->remote();
    NowPlayingControls *controls = this;
    dispatch_async(dispatch_get_global_queue(QOS_CLASS_UTILITY, 0), ^{
      NSImage *image = [[NSImage alloc] initWithContentsOfFile:path];
      if (!image)
          return;
      remote->post([controls, generation, image] {
          // Another track's cover was asked for meanwhile.
          if (generation != controls->m_artGeneration)
              return;
          controls->m_cocoa->artwork =
              [[MPMediaItemArtwork alloc] initWithBoundsSize:image.size
                                              requestHandler:^NSImage *(CGSize size) {
                                                (void)size;
                                                return image;
                                              }];
          controls->publish();
      });
    });
}

// The macOS implementation of the platform seam. Now Playing has no "raise", "quit" or "open"
// requests: those hooks of the setup are not used here.
std::unique_ptr<QObject> makeMediaControls(const MediaControlsSetup &setup) {
    if (!setup.engine || !setup.player)
        return nullptr;
    auto controls = std::make_unique<NowPlayingControls>(setup.engine, setup.player);
    controls->state()->followArt(setup.artUrl, setup.watchArt);
    controls->start();
    return controls;
}

} // namespace refrain
