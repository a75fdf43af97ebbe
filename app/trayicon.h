// TrayIcon: Refrain in the system tray — the app icon with a badge for the service's health, a
// menu with the song playing and its controls, and desktop notifications: one per health
// transition, deduplicated, and (when asked for) one per new song while the window is not in
// front. The menu and every decision exist without a tray, so all of it works headless.
#pragma once

#include "core/health/healthstate.h"

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace refrain {

class HealthModel;
class PlayerModel;

class TrayIcon : public QObject {
    Q_OBJECT
public:
    // The same level and headline within this window is not announced twice.
    static constexpr qint64 kRepeatWindowSecs = 10 * 60;
    // A new song is announced once it has played this long: skipping through five songs
    // announces the one that stays, and a song that fails at once is not announced at all.
    static constexpr int kTrackNoticeDelayMs = 800;

    // `player` may be null (no play controls: they stay disabled).
    explicit TrayIcon(HealthModel *model, PlayerModel *player = nullptr, QObject *parent = nullptr);
    ~TrayIcon() override;

    // A system tray exists and the icon is in it.
    bool isAvailable() const { return m_tray != nullptr; }
    QIcon icon() const { return m_icon; }
    QString toolTip() const { return m_toolTip; }
    // The context menu; it exists without a tray too. Its actions have object names:
    // nowPlaying, playPause, next, previous, health, showWindow, quit.
    QMenu *menu() const { return m_menu.get(); }

    // The main window the tray shows and hides; while it (or any Refrain window) is active the
    // person sees the song change and is not told about it.
    void setWindow(QWidget *window);

    // A notification per new song while the window is not active. Off by default.
    void setNotifyTrackChanges(bool on);
    bool notifiesTrackChanges() const { return m_notifyTracks; }
    // A new song's notification is waiting for the song to settle (kTrackNoticeDelayMs).
    bool trackNoticePending() const { return m_trackNotice.isActive(); }
    // Notifications on health transitions. On by default.
    void setNotifyHealth(bool on) { m_notifyHealth = on; }
    bool notifiesHealth() const { return m_notifyHealth; }

    // Whether notifyTransition(previous, current) at `now` would show a notification: health
    // notifications are on, it is a real level change, not into Unknown, not the first state
    // after start, not while no server is configured, and not the same level and headline as
    // one shown in the last ten minutes.
    bool wouldNotify(const HealthState &previous, const HealthState &current,
                     const QDateTime &now) const;

    // A notification's body as handed to the system. On Linux and the BSDs notification servers
    // read the body as markup (the freedesktop "body-markup" capability), so a song called
    // "<b>Loud</b>" or a feed headline with "<a href=…>" is escaped there to read literally;
    // Windows and macOS show the body as plain text already.
    static QString notificationBody(const QString &text);

public Q_SLOTS:
    // A message of Refrain's own (an anniversary): shown when the desktop shows tray messages.
    void notify(const QString &title, const QString &message);
    // Connect to HealthMonitor::transition.
    void notifyTransition(const refrain::HealthState &previous,
                          const refrain::HealthState &current);
    // A click on the icon: left shows or hides the window, middle plays or pauses.
    void handleActivation(QSystemTrayIcon::ActivationReason reason);
    // Hides the window when it is on screen, otherwise brings it back and to the front.
    void toggleWindow();

Q_SIGNALS:
    // A notification was decided on (emitted with or without a tray to show it in).
    void notified(const QString &title, const QString &message);
    // The tray brought the window forward (without a window set: the user clicked the icon).
    void activated();
    // "Quit Refrain" was chosen; already connected to QCoreApplication::quit.
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenu();
    void refresh();
    void refreshPlayer();
    void refreshWindowAction();
    void updateToolTip();
    void onPlayerChanged();
    void announceTrack();
    bool windowInFront() const;
    bool windowOnScreen() const;
    // One line of the menu: elided to a sensible width, with '&' shown as itself.
    QString menuLine(const QString &text) const;
    QString elided(const QString &text) const;
    static QString dedupeKey(const HealthState &state);
    // Shows a notification with `icon`, or with the standard icon of `kind` when `icon` is null.
    void showMessage(const QString &title, const QString &message,
                     QSystemTrayIcon::MessageIcon kind, const QIcon &icon, int ms);

    HealthModel *m_model;
    QPointer<PlayerModel> m_player;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_nowPlaying = nullptr;
    QAction *m_playPause = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_health = nullptr;
    QAction *m_showWindow = nullptr;
    QAction *m_quit = nullptr;
    QIcon m_baseIcon;
    QIcon m_icon;
    QString m_toolTip;
    // Until some level other than Unknown has been seen, a transition is only the app finding
    // out how things stand at start: nothing happened that the user should be told about.
    bool m_settled = false;
    bool m_notifyHealth = true;
    bool m_notifyTracks = false;
    QHash<QString, QDateTime> m_shown; // dedupeKey → when it was shown
    // The song that last started playing: pausing, resuming and restarting it is not news.
    QString m_startedKey;
    QTimer m_trackNotice;
};

} // namespace refrain
