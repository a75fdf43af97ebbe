// HealthModel: the current HealthState as properties a view binds to, plus how to present it —
// severity for colour and icon, how fresh the knowledge is, the one useful action, which
// components to list, maintenance windows in local time, and whether the user dismissed it.
// Fed by the HealthMonitor; no widgets, so all of this is testable headless.
#pragma once

#include "core/health/healthstate.h"
#include "core/offline/offlinetypes.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace refrain {

class HealthMonitor;

class HealthModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString level READ levelKey NOTIFY changed)
    Q_PROPERTY(QString headline READ headline NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
public:
    enum class Severity { Neutral, Good, Warning, Problem };
    // The one thing the banner offers to do about the current state.
    enum class Action {
        None,
        RetryNow,       // the server or this computer's network is the problem: check again now
        OpenStatusPage, // the service's own status page decided it: read what they say
        // Streaming is out (outage, maintenance, offline) and Emergency Essentials has songs that
        // play without it: "Play Emergency Essentials — 11.2 h ready" outranks RetryNow.
        PlayEssentials,
    };
    using Now = std::function<QDateTime()>;

    explicit HealthModel(QObject *parent = nullptr);

    void attach(HealthMonitor *monitor);
    // The clock freshness and "today" are measured against (UTC); tests pin it.
    void setClock(Now now);
    QDateTime now() const;

    const HealthState &state() const { return m_state; }
    QString levelKey() const { return HealthState::levelKey(m_state.level); }
    QString headline() const { return m_state.headline; }
    QString detail() const { return m_state.detail; }
    Severity severity() const;
    // The level as a word ("Partial outage"); empty while no server is configured, where a level
    // would only confuse. Goes in front of the headline so colour never carries it alone.
    QString levelText() const;
    // "Based on checks of the server" — which signal decided.
    QString basisText() const;
    // "checked 20 s ago · server last answered 2 min ago · status page unreachable for 5 min".
    QString freshnessText(const QDateTime &now) const;
    QString freshnessText() const { return freshnessText(now()); }

    Action action() const;
    // How ready Emergency Essentials is (from the download manager).
    void setReadiness(const Readiness &readiness);
    const Readiness &readiness() const { return m_readiness; }
    // What still plays, for the banner while streaming is in doubt or a maintenance window is
    // near: "Essentials ready: 11.2 h verified · 3 downloading"; empty while all is well.
    QString readinessLine(const QDateTime &now) const;
    QString readinessLine() const { return readinessLine(now()); }
    QString actionText() const; // the button's words; empty for None
    QUrl statusPageUrl() const { return m_state.statusPageUrl; }

    // The components worth listing, in display order: a group is followed by its visible
    // members; those marked only_show_if_degraded are left out while operational, and a group
    // whose members are all left out goes with them.
    QList<ServiceComponent> visibleComponents() const;
    // "Scheduled maintenance 02:00–04:00", with the day when it is not today, in local time.
    QString maintenanceText(const ServiceMaintenance &maintenance, const QDateTime &now) const;
    QString maintenanceText(const ServiceMaintenance &maintenance) const {
        return maintenanceText(maintenance, now());
    }
    // The soonest maintenance that is active or starts within a day, as one line: "Scheduled
    // maintenance 02:00–04:00 · Database upgrade"; empty when there is none. Worth a banner even
    // while all is well, so people can pin their music for offline before it starts.
    QString upcomingMaintenanceText(const QDateTime &now) const;
    QString upcomingMaintenanceText() const { return upcomingMaintenanceText(now()); }
    // A moment in local time: "21:03" today, "Tue 12 Nov 21:03" on another day.
    QString timeText(const QDateTime &at, const QDateTime &now) const;
    QString timeText(const QDateTime &at) const { return timeText(at, now()); }
    // A feed's status word for people: "degraded_performance" → "Degraded performance",
    // "investigating" → "Investigating"; words we do not know are shown tidied, not dropped.
    static QString statusText(const QString &status);

    // The user closed the banner for the current problem. It stays closed until things get
    // worse (see isWorse) or recover and fail again.
    void dismiss();
    void undismiss();
    bool isDismissed() const { return m_dismissed; }
    // Whether the banner belongs on screen. Operational with a server: only when pinned or with
    // maintenance coming up. The local-only notice is a pointer to File ▸ Servers…, shown until
    // dismissed.
    bool shouldShowBanner(bool pinned) const;

    // `to` is worse than `from`: a higher severity, an incident `from` did not have, or a problem
    // where there was none (this covers Offline or Unknown becoming a service problem).
    static bool isWorse(const HealthState &from, const HealthState &to);

public Q_SLOTS:
    void setState(const refrain::HealthState &state);

Q_SIGNALS:
    void changed();
    // The state just got worse than the one before: screen readers get an alert, not a murmur.
    void worsened();

private:
    static bool isWorse(HealthLevel fromLevel, const QSet<QString> &fromIncidents,
                        const HealthState &to);
    static QSet<QString> incidentIds(const HealthState &state);

    HealthState m_state;
    Readiness m_readiness;
    Now m_now;
    bool m_dismissed = false;
    HealthLevel m_dismissedLevel = HealthLevel::Unknown;
    QSet<QString> m_dismissedIncidents;
};

} // namespace refrain
