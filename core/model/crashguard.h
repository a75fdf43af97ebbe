// CrashGuard: notices that the last session ended without a clean exit and then keeps optional
// extras ("artwork", "prefetch", "heavy_extras") off — all of them for one session (safe mode),
// and an extra that was on in two crashed sessions in a row until the user turns it back on.
//
// How: begin() leaves a marker in a small JSON state file and end() removes it, so a marker
// found by the next begin() means that session crashed (or was killed). The file is written
// with QSaveFile, so a kill in the middle of a write leaves the old or the new state, never a
// mix; a file that cannot be read or understood counts as no history. The file looks like
//   {"format": 1, "sessionOpen": true, "active": ["artwork"],
//    "crashStreaks": {"artwork": 1}, "heldOff": ["heavy_extras"]}
// where crashStreaks counts, per extra, the consecutive crashed sessions that ended with it on
// (a clean session clears them all) and heldOff lists the extras kept off until re-enabled.
// Lives on the thread that creates it; every write is synchronous and small (one fsync).
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace refrain {

class CrashGuard : public QObject {
    Q_OBJECT
public:
    // stateFilePath: e.g. <app data>/crashguard.json; its folder is created when missing.
    explicit CrashGuard(QString stateFilePath, QObject *parent = nullptr);

    QString stateFilePath() const { return m_path; }

    // At start, once: reads what the previous session left, then marks this one as running.
    // `extras`: the optional extras the user has on, less any other gate's switch-off — what
    // would run if this guard held nothing back.
    void begin(const QStringList &extras);
    // The user (or another gate) switched extras on or off: the marker follows, so a crash is
    // blamed on what was really on at the time. Same meaning as begin()'s argument.
    void setActiveExtras(const QStringList &extras);
    // At a clean exit: removes the marker and forgets the crash streaks (held-off extras stay
    // held). Nothing is written after it.
    void end();

    bool previousSessionCrashed() const { return m_previousCrashed; }
    // This session started with every optional extra off because the last one crashed; true
    // until reenableAll() (reenable(key) lets single extras back on meanwhile).
    bool safeMode() const { return m_safeMode; }
    // Extras that were on in two crashed sessions in a row: off until the user re-enables them.
    QStringList heldOff() const;
    // Whether this guard keeps `key` off now (safe mode or held off).
    bool holds(const QString &key) const;
    // Why `key` is off because of this guard, in plain text for a tooltip; empty: not held.
    QString reason(const QString &key) const;
    // The extras the marker records as on: begin()'s or setActiveExtras()'s, minus the held.
    QStringList activeExtras() const;

    // The banner's "Turn extras back on": ends safe mode and releases every held-off extra.
    void reenableAll();
    // One extra back on (a settings switch): released from safe mode and from held-off.
    void reenable(const QString &key);

    // Why the state file could not be written (crashes would then go unnoticed); empty: fine.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    // safeMode(), heldOff() or holds() changed (after reenable/reenableAll).
    void changed();

private:
    void write();

    QString m_path;
    bool m_begun = false;
    bool m_ended = false;
    bool m_previousCrashed = false;
    bool m_safeMode = false;
    QSet<QString> m_releasedInSafeMode;
    QSet<QString> m_heldOff;
    QHash<QString, int> m_crashStreaks;
    QStringList m_extras; // as given, before holding any back
    QStringList m_active; // as written in the marker
    QString m_problem;
};

} // namespace refrain
