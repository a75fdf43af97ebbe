// SettingsWiring: builds the Settings dialog (File ▸ Settings…) from the parts' options and
// applies every change at once — to the tray, the engine, the extras, the history — as the
// person makes it; the few that need a new start say so under the option.
#pragma once

#include "ui/offlinesettingsfields.h"
#include "ui/settingsdialog.h"

#include <QListWidget>
#include <QObject>
#include <QPointer>

namespace refrain {

class CloseToTray;
class DegradationWiring;
class HistoryWiring;
class Library;
class LibraryActivity;
class MainWindow;
class OfflineWiring;
class PlaybackEngine;
class Preferences;
class ServerListModel;
class TrayIcon;

class SettingsWiring : public QObject {
    Q_OBJECT
public:
    struct Parts {
        Preferences *preferences = nullptr;
        MainWindow *window = nullptr;
        PlaybackEngine *engine = nullptr;
        Library *library = nullptr;
        LibraryActivity *activity = nullptr;
        ServerListModel *servers = nullptr;
        TrayIcon *tray = nullptr;
        CloseToTray *closeToTray = nullptr;
        DegradationWiring *degradation = nullptr;
        HistoryWiring *history = nullptr;
        OfflineWiring *offline = nullptr;
    };

    explicit SettingsWiring(Parts parts, QObject *parent = nullptr);
    ~SettingsWiring() override;

    // Opens the dialog (made on first use), on `page` when given.
    void showSettings(const QString &page = {});
    SettingsDialog *dialog() const { return m_dialog; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(const QString &key);
    void build();
    void addLibraryPage();
    void addOfflinePage();
    void addServersPage();
    void refreshFolders();

    Parts m_parts;
    QPointer<SettingsDialog> m_dialog;
    QPointer<OfflineSettingsFields> m_offlineFields;
    QPointer<QListWidget> m_folders; // the Library page's folders, while the dialog lives
};

} // namespace refrain
