// TrayIcon: Refrain in the system tray — the app icon with a badge for the service's health, the
// headline as tooltip, and one desktop notification per health transition, deduplicated, so an
// outage is announced once and never as a stack of dialogs. Harmless where there is no tray.
#pragma once

#include "core/health/healthstate.h"

#include <QHash>
#include <QIcon>
#include <QObject>

class QSystemTrayIcon;

namespace refrain {

class HealthModel;

class TrayIcon : public QObject {
    Q_OBJECT
public:
    // The same level and headline within this window is not announced twice.
    static constexpr qint64 kRepeatWindowSecs = 10 * 60;

    explicit TrayIcon(HealthModel *model, QObject *parent = nullptr);
    ~TrayIcon() override;

    // A system tray exists and the icon is in it.
    bool isAvailable() const { return m_tray != nullptr; }
    QIcon icon() const { return m_icon; }
    QString toolTip() const { return m_toolTip; }

    // Whether notifyTransition(previous, current) at `now` would show a notification: a real
    // level change, not into Unknown, not the first state after start, not while no server is
    // configured, and not the same level and headline as one shown in the last ten minutes.
    bool wouldNotify(const HealthState &previous, const HealthState &current,
                     const QDateTime &now) const;

public Q_SLOTS:
    // A message of Refrain's own (an anniversary): shown when the desktop shows tray messages.
    void notify(const QString &title, const QString &message);
    // Connect to HealthMonitor::transition.
    void notifyTransition(const refrain::HealthState &previous,
                          const refrain::HealthState &current);

Q_SIGNALS:
    // A notification was decided on (emitted with or without a tray to show it in).
    void notified(const QString &title, const QString &message);
    // The user clicked the tray icon: bring the window forward.
    void activated();

private:
    void refresh();
    static QString dedupeKey(const HealthState &state);

    HealthModel *m_model;
    QSystemTrayIcon *m_tray = nullptr;
    QIcon m_baseIcon;
    QIcon m_icon;
    QString m_toolTip;
    // Until some level other than Unknown has been seen, a transition is only the app finding
    // out how things stand at start: nothing happened that the user should be told about.
    bool m_settled = false;
    QHash<QString, QDateTime> m_shown; // dedupeKey → when it was shown
};

} // namespace refrain
