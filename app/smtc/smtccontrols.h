// SmtcControls: Refrain in the Windows System Media Transport Controls — the media overlay, the
// lock screen and the keyboard's media keys show what plays and drive it — behind
// app/mediacontrols.h.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QWindow;

namespace refrain {

class MediaControlsState;
class PlaybackEngine;
class PlayerModel;

// Lives on the UI thread. Windows calls the button and seek handlers on threads of its own; they
// only forward to MediaControlsState::Remote, which queues to this thread.
class SmtcControls : public QObject {
    Q_OBJECT

public:
    // How often the position is told while playing: the controls do not extrapolate it, and
    // Microsoft asks for updates every few seconds rather than on every tick.
    static constexpr qint64 kTimelineIntervalMs = 5000;

    SmtcControls(PlaybackEngine *engine, PlayerModel *player, QObject *parent = nullptr);
    // Takes Refrain off the controls at once, instead of when the process ends.
    ~SmtcControls() override;

    // Binds to the window's taskbar entry and shows what plays. False, with the reason in
    // errorString(), when Windows offers no controls for it (an old Windows, a server core).
    bool start(QWindow *window);
    QString errorString() const { return m_error; }

    MediaControlsState *state() const { return m_state; }

private:
    struct Winrt; // the WinRT objects, kept out of this header (and out of moc's way)

    void publish();
    void publishTimeline();
    // Asks Windows for the cover's file in the background, and shows it once it is found.
    void loadThumbnail(const QUrl &art);

    MediaControlsState *m_state;
    std::unique_ptr<Winrt> m_winrt;
    QString m_error;
    // What the display updater shows, to touch it only when it changes.
    QString m_shownTitle;
    QString m_shownArtist;
    QString m_shownAlbum;
    bool m_shownTrack = false;
    QUrl m_shownArt;
    quint64 m_artGeneration = 0; // a cover that arrives for an older one is dropped
    QElapsedTimer m_sinceTimeline;
};

} // namespace refrain
