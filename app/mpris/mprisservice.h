// MprisService: Refrain on the session bus as an MPRIS 2 media player, so desktop media keys,
// panel applets and tools such as playerctl can see and drive what is playing.
#pragma once

#include "core/library/track.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QObject>
#include <QUrl>

#include <functional>

namespace refrain {

class MediaControlsState;
class MprisPlayer;
class MprisRoot;
class PlaybackEngine;
class PlayerModel;

// QtDBus gives the context of a call (to answer it with an error) to the object that holds the
// adaptors, not to the adaptor: hence QDBusContext here, for MprisPlayer's use.
class MprisService : public QObject, protected QDBusContext {
    Q_OBJECT
    friend class MprisPlayer;

public:
    static constexpr auto kServiceName = "org.mpris.MediaPlayer2.refrain";
    static constexpr auto kObjectPath = "/org/mpris/MediaPlayer2";

    using ArtResolver = std::function<QUrl(const Track &)>;

    // Nothing is published until start().
    MprisService(PlaybackEngine *engine, PlayerModel *player, QObject *parent = nullptr);
    // Leaves the bus: the desktop forgets the player at once instead of when the process ends.
    ~MprisService() override;

    // Publishes the object and takes the bus name — with an ".instance<pid>" suffix when another
    // Refrain already holds the plain one. False, with the reason in errorString(), when there is
    // no bus to publish on.
    bool start(const QDBusConnection &bus = QDBusConnection::sessionBus());
    bool isStarted() const { return !m_serviceName.isEmpty(); }
    // The bus name taken by start(); empty before.
    QString serviceName() const { return m_serviceName; }
    QString errorString() const { return m_error; }

    void setArtResolver(ArtResolver resolver);
    // A file:// URL for the cover of a track; empty when there is none or it is not a local file.
    QUrl artUrl(const Track &track) const;
    // What is published and which commands are obeyed, as on every other platform.
    MediaControlsState *state() const { return m_state; }

    QDBusConnection bus() const { return m_bus; }

Q_SIGNALS:
    // The desktop asked Refrain to show its window (MediaPlayer2.Raise).
    void raiseRequested();
    // The desktop asked Refrain to quit (MediaPlayer2.Quit).
    void quitRequested();
    // The desktop handed over a file to play (Player.OpenUri); always a file:// URL.
    void openRequested(const QUrl &url);

private:
    MediaControlsState *m_state; // before the adaptors, which use it
    MprisRoot *m_root;
    MprisPlayer *m_playerAdaptor;
    QDBusConnection m_bus;
    QString m_serviceName;
    QString m_error;
};

} // namespace refrain
