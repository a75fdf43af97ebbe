#include "app/closetotray.h"

#include "app/trayicon.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeySequence>
#include <QTimer>
#include <QWidget>

namespace refrain {

CloseToTray::CloseToTray(QWidget *window, TrayIcon *tray, QObject *parent)
    : CloseToTray(window, tray, TrayAvailable(), parent) {}

CloseToTray::CloseToTray(QWidget *window, TrayIcon *tray, TrayAvailable trayAvailable,
                         QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_tray(tray)
    , m_trayAvailable(std::move(trayAvailable)) {
    if (!m_trayAvailable)
        m_trayAvailable = [this] { return m_tray && m_tray->isAvailable(); };
    if (m_window)
        m_window->installEventFilter(this);
    // Quitting (File ▸ Quit, the tray's Quit, the desktop asking) closes every window; the quit
    // is turned down if one refuses. The application's Quit event comes first, so it is seen here.
    qApp->installEventFilter(this);
}

CloseToTray::~CloseToTray() = default;

bool CloseToTray::wouldHide() const {
    return m_enabled && !m_quitting && !qApp->isSavingSession() && m_trayAvailable();
}

bool CloseToTray::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Quit && watched == qApp) {
        m_quitting = true;
        // Reached only if something turned the quit down: closing hides again from then on.
        QTimer::singleShot(0, this, [this] { m_quitting = false; });
        return false;
    }
    if (event->type() != QEvent::Close || watched != m_window || !wouldHide())
        return false;
    event->ignore();
    m_window->hide();
    if (!m_told && m_tray) {
        m_told = true;
        const QString quitKeys =
            QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText);
        m_tray->notify(
            tr("Refrain is still running"),
            quitKeys.isEmpty()
                ? tr("The music keeps playing. Click the tray icon to bring the window back; to "
                     "quit, choose Quit Refrain in its menu or File ▸ Quit.")
                : tr("The music keeps playing. Click the tray icon to bring the window back; to "
                     "quit, choose Quit Refrain in its menu or File ▸ Quit (%1).")
                      .arg(quitKeys));
    }
    return true;
}

} // namespace refrain
