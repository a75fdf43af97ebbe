// CloseToTray: when the person asks for it and a tray can hold Refrain, closing the main window
// only hides it — the music keeps playing and the tray brings the window back — while File ▸
// Quit, the tray's Quit and logging out still end the app.
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace refrain {

class TrayIcon;

class CloseToTray : public QObject {
    Q_OBJECT
public:
    // Whether a tray is there to hold the app right now.
    using TrayAvailable = std::function<bool()>;

    // Watches `window`'s close events. `tray` tells the person where Refrain went (may be null)
    // and, by being in a system tray, says whether hiding is possible.
    CloseToTray(QWidget *window, TrayIcon *tray, QObject *parent = nullptr);
    // As above, with whether a tray is there decided by `trayAvailable` (tests: offscreen has
    // no tray).
    CloseToTray(QWidget *window, TrayIcon *tray, TrayAvailable trayAvailable,
                QObject *parent = nullptr);
    ~CloseToTray() override;

    // Off by default: closing the window quits, as people expect unless they asked otherwise.
    void setEnabled(bool on) { m_enabled = on; }
    bool enabled() const { return m_enabled; }
    // Whether closing the window now would hide it instead.
    bool wouldHide() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    QPointer<TrayIcon> m_tray;
    TrayAvailable m_trayAvailable;
    bool m_enabled = false;
    // The app is quitting: its windows close for real. Cleared if the quit was turned down.
    bool m_quitting = false;
    // Said once per run where Refrain went and how to quit it.
    bool m_told = false;
};

} // namespace refrain
