// DegradationWiring: turns health, this computer's network and the offline inventory into
// capabilities, and makes every part follow them — greyed songs that cannot play, "as of" notes
// on views of the server's catalog, the resolver's stream gate, artwork and prefetch stepping
// back, playback offered Emergency Essentials when nothing else plays — plus the feature gates:
// crash safe mode and the remote feature document.
#pragma once

#include "core/model/capabilities.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QSettings;

namespace refrain {

class CapabilitiesModel;
class CrashGuard;
class FeatureDocumentSource;
class HealthModel;
class MainWindow;
class NetworkWatch;
class OfflineWiring;
class PlaybackEngine;
class RequestLayer;
class ServerHub;

class DegradationWiring : public QObject {
    Q_OBJECT
public:
    struct Parts {
        QSettings *settings = nullptr;
        QString profileDirectory;
        HealthModel *health = nullptr;
        NetworkWatch *network = nullptr;
        RequestLayer *requests = nullptr;
        ServerHub *servers = nullptr;
        PlaybackEngine *engine = nullptr;
    };

    DegradationWiring(Parts parts, QObject *parent = nullptr);
    ~DegradationWiring() override;

    // Reads the crash guard's state: safe mode starts here, before any extra does.
    void begin();
    void attachOffline(OfflineWiring *offline);
    void attachWindow(MainWindow *window);
    // Starts reading the remote feature document (after the window is up).
    void start();
    // A clean exit: the next start is not a crash.
    void end();
    // An extra was switched on or off in the settings: the gates follow at once.
    void applySettings() { updateGates(); }

    CapabilitiesModel *capabilities() const { return m_capabilities; }
    CrashGuard *crashGuard() const { return m_guard; }
    bool allows(Feature feature) const;
    // Why streaming cannot be used now (the resolver's gate); empty while it can.
    QString streamingBlocked() const;
    // The banner's safe mode line; empty when no extra is held back by a crash.
    QString safeModeNote() const;

    // Settings keys (QSettings of the profile).
    static const QString kFeatureUrlKey;       // features/documentUrl: the remote feature document
    static const QString kInstallIdKey;        // install/id: the stable per-install bucket's seed
    static const QString kEssentialsWhenStuck; // playback/essentialsWhenStuck: "offer" | "start"

Q_SIGNALS:
    // Artwork came back after stepping back: covers that could not be fetched may be asked again.
    void artworkResumed();

private:
    void updateGates();
    void updateInventory();
    void apply(const QList<Feature> &which);
    void onNothingPlayable(const QString &reason);
    QStringList extrasOn() const;

    Parts m_parts;
    CapabilitiesModel *m_capabilities;
    CrashGuard *m_guard;
    FeatureDocumentSource *m_features;
    QPointer<OfflineWiring> m_offline;
    QPointer<MainWindow> m_window;
    bool m_ended = false;
};

} // namespace refrain
