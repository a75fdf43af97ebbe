// MprisPlayer: the org.mpris.MediaPlayer2.Player interface over the playback engine — what plays,
// its state and volume, the commands the desktop may give, and the change signals (which
// QDBusAbstractAdaptor does not send by itself) so applets never have to poll.
#pragma once

#include <QDBusAbstractAdaptor>
#include <QDBusObjectPath>
#include <QVariantMap>

namespace refrain {

class MediaControlsState;
class MprisService;
class PlaybackEngine;
class PlayerModel;
struct Track;

class MprisPlayer : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2.Player")
    Q_PROPERTY(QString PlaybackStatus READ playbackStatus)
    Q_PROPERTY(double Rate READ rate WRITE setRate)
    Q_PROPERTY(double MinimumRate READ rate)
    Q_PROPERTY(double MaximumRate READ rate)
    Q_PROPERTY(QVariantMap Metadata READ metadata)
    Q_PROPERTY(double Volume READ volume WRITE setVolume)
    Q_PROPERTY(qlonglong Position READ position)
    Q_PROPERTY(bool CanGoNext READ canGoNext)
    Q_PROPERTY(bool CanGoPrevious READ canGoPrevious)
    Q_PROPERTY(bool CanPlay READ canPlay)
    Q_PROPERTY(bool CanPause READ canPause)
    Q_PROPERTY(bool CanSeek READ canSeek)
    Q_PROPERTY(bool CanControl READ canControl)

public:
    static constexpr auto kInterface = "org.mpris.MediaPlayer2.Player";
    static constexpr auto kTrackPathPrefix = "/io/github/refrain/Refrain/track/";
    static constexpr auto kNoTrack = "/org/mpris/MediaPlayer2/TrackList/NoTrack";

    MprisPlayer(MprisService *service, PlaybackEngine *engine, PlayerModel *player);

    QString playbackStatus() const;
    double rate() const { return 1.0; }
    void setRate(double rate);
    QVariantMap metadata() const;
    // The same perceptual 0..1 scale as Refrain's volume slider, so a desktop applet at 50 %
    // and Refrain's slider at half agree.
    double volume() const;
    void setVolume(double volume);
    qlonglong position() const; // µs
    // As on every platform (MediaControlsState): what cannot play now is not offered.
    bool canGoNext() const;
    bool canGoPrevious() const;
    bool canPlay() const;
    bool canPause() const;
    bool canSeek() const;
    bool canControl() const { return true; }

    // The MPRIS track id of the current track (NoTrack when there is none).
    QDBusObjectPath currentTrackId() const;

public Q_SLOTS:
    void Next();
    void Previous();
    void Pause();
    void PlayPause();
    void Stop();
    void Play();
    void Seek(qlonglong offsetUs);
    void SetPosition(const QDBusObjectPath &trackId, qlonglong positionUs);
    void OpenUri(const QString &uri);

Q_SIGNALS:
    // Exported on the bus: the position jumped (a seek here, in Refrain or by a resume).
    void Seeked(qlonglong positionUs);

private:
    // Every property that PropertiesChanged reports (Position never is, by the spec).
    QVariantMap snapshot() const;
    void scheduleChanges();
    void sendChanges();

    MprisService *m_service;
    MediaControlsState *m_state;
    PlaybackEngine *m_engine;
    PlayerModel *m_player;
    QVariantMap m_sent; // what the desktop was last told
    bool m_changesPending = false;
};

} // namespace refrain
