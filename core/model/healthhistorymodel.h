// HealthHistoryModel: the last 30 days of the incident log as the Status page shows them — the
// timeline of observed incidents (one row each, newest first), uptime per subject, and per subject
// the worst level of each day. It reads on the database thread through a runner; no widgets.
#pragma once

#include "core/health/incidentlog.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <functional>

namespace refrain {

class Database;

class HealthHistoryModel : public QAbstractListModel {
    Q_OBJECT
public:
    using Job = std::function<void(Database &)>;
    // Runs a job on the database thread (the app passes Library::runOnDatabase).
    using Runner = std::function<void(Job)>;
    using Now = std::function<QDateTime()>;

    static constexpr int kDays = 30;

    enum Role {
        LevelRole = Qt::UserRole + 1, // HealthLevel as an int
        LevelLabelRole,               // "Major outage"
        SubjectRole,                  // "server:<id>"
        SubjectNameRole,              // "Server Home"
        HeadlineRole,
        DetailRole,
        StartedRole,      // QDateTime, local time
        EndedRole,        // QDateTime, local time; invalid while it lasts
        TimeTextRole,     // "12 Mar 2024 14:02 – 16:16"
        DurationTextRole, // "2 h 14 min" or "ongoing"
    };

    // One calendar day (local time) of one subject.
    struct Day {
        QDate date;
        HealthLevel worst = HealthLevel::Unknown; // Unknown: nothing observed that day
        qint64 downMs = 0;                        // Degraded or worse
        qint64 maintenanceMs = 0;
        friend bool operator==(const Day &, const Day &) = default;
    };
    struct Subject {
        SubjectUptime uptime;
        QString label;   // "Server Home"
        QList<Day> days; // kDays of them, oldest first, the last one today
    };

    explicit HealthHistoryModel(Runner runner, QObject *parent = nullptr);
    HealthHistoryModel(Runner runner, Now now, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<HealthLogEntry> &incidents() const { return m_incidents; }
    const QList<Subject> &subjects() const { return m_subjects; }
    QList<SubjectUptime> uptime() const;
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_hasLoaded; }
    // Why the last load failed, for people; empty when it worked.
    QString errorText() const { return m_error; }
    // The window the figures are about: [now - 30 days, now) at the last load.
    QDateTime windowStart() const { return m_from; }
    QDateTime windowEnd() const { return m_to; }

    // Presentation, shared by every view of the history.
    static QString subjectLabel(const QString &subject, const QString &subjectName);
    static QString uptimeText(const SubjectUptime &uptime); // "99.58 %", "No data"
    static QString countsText(const SubjectUptime &uptime); // "2 incidents · 1 maintenance"
    static QString summaryText(const Subject &subject);     // "Server Home: 99.58 % · 2 incidents"
    static QString dayText(const Day &day);                 // "Tue 12 Mar: Major outage, 3 h down"
    static QColor levelColor(HealthLevel level);            // Unknown: grey, "not observed"
    // The worst level of each of the `count` local calendar days ending today (pure).
    static QList<Day> days(const QList<HealthLogEntry> &entries, const QString &subject,
                           const QDateTime &now, int count = kDays);

public Q_SLOTS:
    // Reads the window again; results arrive queued on this object's thread.
    void reload();

Q_SIGNALS:
    void loading();
    void loaded();

private:
    struct Snapshot;
    static Snapshot read(Database &db, const QDateTime &now);
    void apply(const Snapshot &snapshot);
    // Brings the rows in line with `incidents` by id: gone rows removed, new ones inserted,
    // changed ones updated — never a reset, so a selection in the view survives a reload.
    void applyIncidents(const QList<HealthLogEntry> &incidents);
    static QString displayText(const HealthLogEntry &entry);

    Runner m_runner;
    Now m_now;
    QList<HealthLogEntry> m_incidents;
    QList<Subject> m_subjects;
    QString m_error;
    QDateTime m_from;
    QDateTime m_to;
    quint64 m_generation = 0; // a reload supersedes the results of earlier ones
    bool m_loading = false;
    bool m_hasLoaded = false;
};

} // namespace refrain
