// Preferences: the person's settings (refrain.ini) with their defaults in one place, and a signal
// when one changes, so every part applies a change at once instead of at the next start.
#pragma once

#include <QObject>
#include <QVariant>

class QSettings;

namespace refrain {

// The keys other tools and older profiles already use; never rename one.
namespace pref {
inline constexpr char kLanguage[] = "ui/language";                   // "" = the system's
inline constexpr char kCloseToTray[] = "ui/closeToTray";             // bool
inline constexpr char kNotifyTrackChange[] = "ui/notifyTrackChange"; // bool
inline constexpr char kNotifyHealth[] = "ui/notifyHealth";           // bool
inline constexpr char kResume[] = "playback/resume";                 // "off" | "queue" | "play"
inline constexpr char kReplayGain[] = "playback/replayGain";         // "off" | "track" | "album"
inline constexpr char kEssentialsWhenStuck[] = "playback/essentialsWhenStuck"; // "offer"|"start"
inline constexpr char kPinServiceStatus[] = "view/pinServiceStatus";           // bool
inline constexpr char kAnniversaries[] = "history/anniversaries";              // bool
inline constexpr char kScrobbleToServers[] = "history/scrobbleToServers";      // bool
inline constexpr char kListenBrainzUrl[] = "history/listenBrainzUrl";          // URL
inline constexpr char kFeatureDocumentUrl[] = "features/documentUrl";          // URL
inline constexpr char kExtrasPrefix[] = "extras/"; // + a feature key: bool, on by default
} // namespace pref

class Preferences : public QObject {
    Q_OBJECT
public:
    // settings is borrowed and must outlive this object.
    explicit Preferences(QSettings *settings, QObject *parent = nullptr);

    // The stored value, or the key's default when none is stored.
    QVariant value(const QString &key) const;
    bool flag(const QString &key) const { return value(key).toBool(); }
    QString text(const QString &key) const { return value(key).toString(); }
    // Writes and announces the value; nothing happens when it is what is in effect already.
    void setValue(const QString &key, const QVariant &value);
    // Back to the default (the key is removed from the file).
    void reset(const QString &key);

    static QVariant defaultValue(const QString &key);

Q_SIGNALS:
    void changed(const QString &key, const QVariant &value);

private:
    QSettings *m_settings;
};

} // namespace refrain
