#include "app/smtc/smtccontrols.h"

#include "app/mediacontrols.h"
#include "app/mediacontrolsstate.h"
#include "core/model/playermodel.h"
#include "core/playback/playbackengine.h"

#include <QDir>
#include <QLoggingCategory>
#include <QWindow>

#include <algorithm>

// The Windows SDK's headers are not ours to keep free of level-4 warnings.
#pragma warning(push, 3)
#include <roapi.h>
#include <systemmediatransportcontrolsinterop.h>
#include <windows.foundation.h>
#include <windows.media.h>
#include <windows.storage.h>
#include <windows.storage.streams.h>
#include <wrl/client.h>
#include <wrl/event.h>
#include <wrl/wrappers/corewrappers.h>
#pragma warning(pop)

namespace refrain {

namespace {
Q_LOGGING_CATEGORY(lcSmtc, "refrain.smtc")

namespace wf = ABI::Windows::Foundation;
namespace wm = ABI::Windows::Media;
namespace ws = ABI::Windows::Storage;
namespace wss = ABI::Windows::Storage::Streams;
using Microsoft::WRL::Callback;
using Microsoft::WRL::ComPtr;
using Microsoft::WRL::Wrappers::HString;
using Microsoft::WRL::Wrappers::HStringReference;
using Command = MediaControlsState::Command;

using ButtonHandler =
    wf::ITypedEventHandler<wm::SystemMediaTransportControls *,
                           wm::SystemMediaTransportControlsButtonPressedEventArgs *>;
using SeekHandler = wf::ITypedEventHandler<wm::SystemMediaTransportControls *,
                                           wm::PlaybackPositionChangeRequestedEventArgs *>;
using FileOperation = wf::IAsyncOperation<ws::StorageFile *>;
using FileHandler = wf::IAsyncOperationCompletedHandler<ws::StorageFile *>;

// A TimeSpan counts ticks of 100 ns.
constexpr INT64 kTicksPerMs = 10000;

wf::TimeSpan timeSpan(qint64 ms) {
    wf::TimeSpan span;
    span.Duration = INT64(ms) * kTicksPerMs;
    return span;
}

HString hstring(const QString &text) {
    HString result;
    result.Set(reinterpret_cast<const wchar_t *>(text.utf16()),
               static_cast<unsigned int>(text.size()));
    return result;
}

QString describe(HRESULT hr) {
    return QStringLiteral("0x%1").arg(quint32(hr), 8, 16, QLatin1Char('0'));
}

wm::MediaPlaybackStatus playbackStatus(const MediaControlsState::Snapshot &s) {
    // Closed takes Refrain off the overlay: nothing is queued, there is nothing to show.
    if (!s.hasTrack)
        return wm::MediaPlaybackStatus_Closed;
    switch (s.status) {
    case MediaControlsState::Status::Playing:
        return wm::MediaPlaybackStatus_Playing;
    case MediaControlsState::Status::Paused:
        return wm::MediaPlaybackStatus_Paused;
    case MediaControlsState::Status::Stopped:
        break;
    }
    return wm::MediaPlaybackStatus_Stopped;
}

} // namespace

struct SmtcControls::Winrt {
    bool roInitialized = false; // RoInitialize succeeded here and is balanced on the way out
    ComPtr<wm::ISystemMediaTransportControls> controls;
    // Timeline and seek requests: Windows 10 1607 and later.
    ComPtr<wm::ISystemMediaTransportControls2> controls2;
    ComPtr<wm::ISystemMediaTransportControlsDisplayUpdater> updater;
    ComPtr<wm::ISystemMediaTransportControlsTimelineProperties> timeline;
    EventRegistrationToken buttonToken{};
    EventRegistrationToken seekToken{};
};

SmtcControls::SmtcControls(PlaybackEngine *engine, PlayerModel *player, QObject *parent)
    : QObject(parent)
    , m_state(new MediaControlsState(engine, player, this))
    , m_winrt(std::make_unique<Winrt>()) {
    connect(m_state, &MediaControlsState::changed, this, &SmtcControls::publish);
    connect(m_state, &MediaControlsState::seeked, this, &SmtcControls::publishTimeline);
    connect(engine, &PlaybackEngine::positionChanged, this, [this] {
        if (m_state->published().status == MediaControlsState::Status::Playing
            && (!m_sinceTimeline.isValid() || m_sinceTimeline.elapsed() >= kTimelineIntervalMs))
            publishTimeline();
    });
}

SmtcControls::~SmtcControls() {
    Winrt &w = *m_winrt;
    if (w.controls) {
        // Handlers already running may still queue a command: MediaControlsState::Remote drops
        // it once the state is gone.
        if (w.buttonToken.value)
            w.controls->remove_ButtonPressed(w.buttonToken);
        if (w.controls2 && w.seekToken.value)
            w.controls2->remove_PlaybackPositionChangeRequested(w.seekToken);
        if (w.updater) {
            w.updater->ClearAll();
            w.updater->Update();
        }
        w.controls->put_PlaybackStatus(wm::MediaPlaybackStatus_Closed);
        w.controls->put_IsEnabled(false);
    }
    const bool uninitialize = w.roInitialized;
    m_winrt.reset(); // every WinRT reference goes before the runtime is left
    if (uninitialize)
        RoUninitialize();
}

bool SmtcControls::start(QWindow *window) {
    Winrt &w = *m_winrt;
    if (w.controls)
        return true;
    if (!window) {
        m_error = tr("There is no window to show the media controls for.");
        return false;
    }
    // Qt has set up COM on this thread already; this only makes sure of it. RPC_E_CHANGED_MODE
    // (a multithreaded apartment) is fine too, and then there is nothing to balance.
    if (!w.roInitialized)
        w.roInitialized = SUCCEEDED(RoInitialize(RO_INIT_SINGLETHREADED));

    // A desktop program has no CoreWindow: the documented way in is the interop factory, with
    // the top-level window whose taskbar button the controls belong to.
    const auto hwnd = reinterpret_cast<HWND>(window->winId());
    ComPtr<ISystemMediaTransportControlsInterop> interop;
    HRESULT hr = RoGetActivationFactory(
        HStringReference(RuntimeClass_Windows_Media_SystemMediaTransportControls).Get(),
        IID_PPV_ARGS(interop.GetAddressOf()));
    if (SUCCEEDED(hr))
        hr = interop->GetForWindow(hwnd, IID_PPV_ARGS(w.controls.ReleaseAndGetAddressOf()));
    if (SUCCEEDED(hr))
        hr = w.controls->get_DisplayUpdater(w.updater.ReleaseAndGetAddressOf());
    if (FAILED(hr)) {
        m_error = tr("Windows offers no media controls for this window (%1).").arg(describe(hr));
        w.controls.Reset();
        w.updater.Reset();
        return false;
    }

    const std::shared_ptr<MediaControlsState::Remote> remote = m_state->remote();
    // Called on a thread of Windows': only handed on, queued to the UI thread.
    auto onButton = Callback<ButtonHandler>(
        [remote](wm::ISystemMediaTransportControls *,
                 wm::ISystemMediaTransportControlsButtonPressedEventArgs *args) -> HRESULT {
            wm::SystemMediaTransportControlsButton button;
            if (!args || FAILED(args->get_Button(&button)))
                return S_OK;
            switch (button) {
            case wm::SystemMediaTransportControlsButton_Play:
                remote->send(Command::Play);
                break;
            case wm::SystemMediaTransportControlsButton_Pause:
                remote->send(Command::Pause);
                break;
            case wm::SystemMediaTransportControlsButton_Stop:
                remote->send(Command::Stop);
                break;
            case wm::SystemMediaTransportControlsButton_Next:
                remote->send(Command::Next);
                break;
            case wm::SystemMediaTransportControlsButton_Previous:
                remote->send(Command::Previous);
                break;
            default:
                break; // fast-forward, rewind, channels, record: never enabled
            }
            return S_OK;
        });
    hr = w.controls->add_ButtonPressed(onButton.Get(), &w.buttonToken);
    if (FAILED(hr)) {
        m_error = tr("Windows did not accept the media buttons (%1).").arg(describe(hr));
        w.controls.Reset();
        w.updater.Reset();
        return false;
    }

    // The timeline and its seek bar are extras: without them the buttons still work.
    if (SUCCEEDED(w.controls.As(&w.controls2))) {
        auto onSeek = Callback<SeekHandler>(
            [remote](wm::ISystemMediaTransportControls *,
                     wm::IPlaybackPositionChangeRequestedEventArgs *args) -> HRESULT {
                wf::TimeSpan at{};
                if (args && SUCCEEDED(args->get_RequestedPlaybackPosition(&at)))
                    remote->send(Command::SeekTo, qint64(at.Duration / kTicksPerMs));
                return S_OK;
            });
        if (FAILED(w.controls2->add_PlaybackPositionChangeRequested(onSeek.Get(), &w.seekToken)))
            w.seekToken = {};
        ComPtr<IInspectable> instance;
        if (SUCCEEDED(RoActivateInstance(
                HStringReference(
                    RuntimeClass_Windows_Media_SystemMediaTransportControlsTimelineProperties)
                    .Get(),
                instance.GetAddressOf())))
            instance.As(&w.timeline);
    }

    w.updater->put_Type(wm::MediaPlaybackType_Music);
    w.controls->put_IsFastForwardEnabled(false);
    w.controls->put_IsRewindEnabled(false);
    w.controls->put_IsEnabled(true);
    m_error.clear();
    publish();
    return true;
}

void SmtcControls::publish() {
    Winrt &w = *m_winrt;
    if (!w.controls)
        return;
    const MediaControlsState::Snapshot &s = m_state->published();
    w.controls->put_PlaybackStatus(playbackStatus(s));
    w.controls->put_IsPlayEnabled(s.canPlay);
    w.controls->put_IsPauseEnabled(s.canPause);
    w.controls->put_IsStopEnabled(s.hasTrack);
    w.controls->put_IsNextEnabled(s.canNext);
    w.controls->put_IsPreviousEnabled(s.canPrevious);

    // The display updater is touched only when what it shows changes: every Update() is
    // redrawn by the overlay.
    if (s.hasTrack != m_shownTrack || s.title != m_shownTitle || s.artist != m_shownArtist
        || s.album != m_shownAlbum) {
        m_shownTrack = s.hasTrack;
        m_shownTitle = s.title;
        m_shownArtist = s.artist;
        m_shownAlbum = s.album;
        if (!s.hasTrack) {
            w.updater->ClearAll(); // the cover too
            w.updater->Update();
            m_shownArt = QUrl();
            ++m_artGeneration; // a cover still loading is for nothing now
        } else {
            // ClearAll forgets the type as well.
            w.updater->put_Type(wm::MediaPlaybackType_Music);
            ComPtr<wm::IMusicDisplayProperties> music;
            if (SUCCEEDED(w.updater->get_MusicProperties(music.GetAddressOf()))) {
                music->put_Title(hstring(s.title).Get());
                music->put_Artist(hstring(s.artist).Get());
                music->put_AlbumArtist(hstring(s.track.albumArtist).Get());
                ComPtr<wm::IMusicDisplayProperties2> music2;
                if (SUCCEEDED(music.As(&music2)))
                    music2->put_AlbumTitle(hstring(s.album).Get());
            }
            w.updater->Update();
        }
    }
    if (s.hasTrack && s.artUrl != m_shownArt) {
        m_shownArt = s.artUrl;
        loadThumbnail(s.artUrl);
    }
    publishTimeline();
}

void SmtcControls::publishTimeline() {
    Winrt &w = *m_winrt;
    if (!w.controls2 || !w.timeline)
        return;
    const MediaControlsState::Snapshot &s = m_state->published();
    const qint64 end = s.hasTrack ? s.durationMs : 0;
    const qint64 position = std::clamp<qint64>(m_state->positionMs(), 0, end);
    w.timeline->put_StartTime(timeSpan(0));
    w.timeline->put_MinSeekTime(timeSpan(0));
    w.timeline->put_EndTime(timeSpan(end));
    // A track that cannot seek (its length not known yet) offers no seek bar.
    w.timeline->put_MaxSeekTime(timeSpan(s.canSeek ? end : 0));
    w.timeline->put_Position(timeSpan(position));
    w.controls2->UpdateTimelineProperties(w.timeline.Get());
    m_sinceTimeline.start();
}

void SmtcControls::loadThumbnail(const QUrl &art) {
    Winrt &w = *m_winrt;
    const quint64 generation = ++m_artGeneration;
    if (art.isEmpty()) {
        w.updater->put_Thumbnail(nullptr);
        w.updater->Update();
        return;
    }
    // StorageFile opens the file on a thread of Windows', never on the UI thread.
    ComPtr<ws::IStorageFileStatics> files;
    HRESULT hr =
        RoGetActivationFactory(HStringReference(RuntimeClass_Windows_Storage_StorageFile).Get(),
                               IID_PPV_ARGS(files.GetAddressOf()));
    ComPtr<FileOperation> operation;
    if (SUCCEEDED(hr))
        hr = files->GetFileFromPathAsync(hstring(QDir::toNativeSeparators(art.toLocalFile())).Get(),
                                         operation.GetAddressOf());
    if (FAILED(hr)) {
        qCDebug(lcSmtc) << "the cover could not be opened:" << describe(hr);
        return;
    }
    const std::shared_ptr<MediaControlsState::Remote> remote = m_state->remote();
    auto done = Callback<FileHandler>(
        [this, remote, generation](FileOperation *finished, wf::AsyncStatus status) -> HRESULT {
            ComPtr<ws::IStorageFile> file;
            if (status != wf::AsyncStatus::Completed || !finished
                || FAILED(finished->GetResults(file.GetAddressOf())))
                return S_OK;
            // `this` is used only there, on the UI thread, and only while the state (its child)
            // still exists.
            remote->post([this, generation, file] {
                Winrt &ui = *m_winrt;
                // Another track's cover was asked for meanwhile, or the controls were closed.
                if (generation != m_artGeneration || !ui.updater)
                    return;
                ComPtr<wss::IRandomAccessStreamReferenceStatics> streams;
                ComPtr<wss::IRandomAccessStreamReference> reference;
                if (FAILED(RoGetActivationFactory(
                        HStringReference(
                            RuntimeClass_Windows_Storage_Streams_RandomAccessStreamReference)
                            .Get(),
                        IID_PPV_ARGS(streams.GetAddressOf())))
                    || FAILED(streams->CreateFromFile(file.Get(), reference.GetAddressOf())))
                    return;
                ui.updater->put_Thumbnail(reference.Get());
                ui.updater->Update();
            });
            return S_OK;
        });
    operation->put_Completed(done.Get());
}

// The Windows implementation of the platform seam. Windows has no "raise", "quit" or "open"
// requests in these controls: those hooks of the setup are not used here.
std::unique_ptr<QObject> makeMediaControls(const MediaControlsSetup &setup) {
    if (!setup.engine || !setup.player)
        return nullptr;
    QWindow *window = setup.window ? setup.window() : nullptr;
    if (!window) {
        qCInfo(lcSmtc) << "System Media Transport Controls not started: no window given";
        return nullptr;
    }
    auto controls = std::make_unique<SmtcControls>(setup.engine, setup.player);
    controls->state()->followArt(setup.artUrl, setup.watchArt);
    if (!controls->start(window)) {
        // Not an error for the person: the player works the same without desktop controls.
        qCInfo(lcSmtc) << "System Media Transport Controls not available:"
                       << controls->errorString();
        return nullptr;
    }
    return controls;
}

} // namespace refrain
