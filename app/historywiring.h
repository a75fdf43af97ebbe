// HistoryWiring: listening history in the running app — the recorder on the engine, the
// scrobbler and its targets (each server, ListenBrainz when connected), the Nostalgia page, and
// importing other services' histories with a progress bar. Builds and connects; decides nothing.
#pragma once

#include "core/history/historyimport.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;

namespace refrain {

class CapabilitiesModel;
class Clock;
class Library;
class ListenRecorder;
class MainWindow;
class NostalgiaModel;
class PlaybackEngine;
class RequestLayer;
class Scrobbler;
class SecretStore;
class ServerHub;
class TrackTableModel;
class TrayIcon;

class HistoryWiring : public QObject {
    Q_OBJECT
public:
    struct Parts {
        Library *library = nullptr;
        RequestLayer *requests = nullptr;
        ServerHub *servers = nullptr;
        PlaybackEngine *engine = nullptr;
        SecretStore *secrets = nullptr;
        QSettings *settings = nullptr;
        Clock *clock = nullptr;
        TrackTableModel *tracks = nullptr;
    };

    explicit HistoryWiring(Parts parts, QObject *parent = nullptr);
    ~HistoryWiring() override;

    ListenRecorder *recorder() const { return m_recorder; }
    Scrobbler *scrobbler() const { return m_scrobbler; }
    NostalgiaModel *nostalgia() const { return m_nostalgia; }

    // The Nostalgia page, File ▸ Import Listening History… and Connect ListenBrainz….
    void attachWindow(MainWindow *window);
    // Scrobbling follows the capabilities: when it is available again, waiting queues go.
    void attachCapabilities(CapabilitiesModel *capabilities);
    // Anniversaries are told through the tray when there is one.
    void attachTray(TrayIcon *tray);
    // After the library is open: counts and drains the queues, loads the Nostalgia page.
    void start();
    // The app quits: the play in progress is kept as far as it got.
    void stop();

    // Imports on the database thread with a progress bar in the status bar; the answer is a
    // notice there, and the page refreshes.
    void importHistory(const QStringList &paths);
    bool isImporting() const { return m_importing; }
    // Stores the ListenBrainz token (in the keychain) and starts submitting with it; an empty
    // token disconnects.
    void setListenBrainzToken(const QString &token);
    // The history settings changed: anniversaries on or off, servers' scrobbles, and the
    // ListenBrainz address (a connected ListenBrainz reconnects there with its saved token).
    void applySettings();
    // Asks for the ListenBrainz token (File ▸ Connect ListenBrainz…, the Settings dialog).
    void askForToken();

Q_SIGNALS:
    void importFinished(const refrain::ImportReport &report);
    void importFailed(const QString &message);
    void notice(const QString &text);

private:
    void syncServerTargets();
    void addListenBrainz(const QString &token);
    void askForImport();
    void playListens(const ListenList &listens);
    void showImportProgress(const ImportProgress &progress);
    void showPending();
    void endImport();
    QString reportText(const ImportReport &report) const;

    Parts m_parts;
    ListenRecorder *m_recorder;
    Scrobbler *m_scrobbler;
    NostalgiaModel *m_nostalgia;
    RequestLayer *m_listenBrainzRequests;
    QPointer<MainWindow> m_window;
    QPointer<TrayIcon> m_tray;
    QProgressBar *m_progress = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_importing = false;
    // Read by the import on the database thread between batches.
    std::shared_ptr<std::atomic_bool> m_cancelImport = std::make_shared<std::atomic_bool>(false);
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::ImportReport)
