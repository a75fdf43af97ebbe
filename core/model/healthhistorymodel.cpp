#include "core/model/healthhistorymodel.h"

#include "core/library/database.h"

#include <QHash>
#include <QLocale>
#include <QMetaObject>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace refrain {

struct HealthHistoryModel::Snapshot {
    QList<HealthLogEntry> incidents;
    QList<Subject> subjects;
    QString error;
    QDateTime from;
    QDateTime to;
};

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

QString localDateTimeText(const QDateTime &at) {
    return QLocale().toString(at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

// "12 Mar 2024 14:02 – 16:16", or "since 12 Mar 2024 14:02" while it lasts.
QString timeText(const HealthLogEntry &e) {
    const QString start = localDateTimeText(e.startedAt);
    if (!e.endedAt.isValid())
        return HealthHistoryModel::tr("since %1").arg(start);
    const QDateTime end = e.endedAt.toLocalTime();
    const QString endText = end.date() == e.startedAt.toLocalTime().date()
                                ? QLocale().toString(end.time(), QStringLiteral("HH:mm"))
                                : localDateTimeText(end);
    return start + QStringLiteral(" – ") + endText;
}

QString entryDurationText(const HealthLogEntry &e) {
    if (!e.endedAt.isValid())
        return HealthHistoryModel::tr("ongoing");
    return healthDurationText(e.startedAt.msecsTo(e.endedAt), true);
}

} // namespace

HealthHistoryModel::HealthHistoryModel(Runner runner, QObject *parent)
    : HealthHistoryModel(
        std::move(runner), [] { return QDateTime::currentDateTimeUtc(); }, parent) {}

HealthHistoryModel::HealthHistoryModel(Runner runner, Now now, QObject *parent)
    : QAbstractListModel(parent)
    , m_runner(std::move(runner))
    , m_now(std::move(now)) {}

int HealthHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_incidents.size());
}

QVariant HealthHistoryModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= m_incidents.size())
        return {};
    const HealthLogEntry &e = m_incidents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(e);
    case Qt::DecorationRole:
        return levelColor(e.level);
    case LevelRole:
        return int(e.level);
    case LevelLabelRole:
        return healthLevelLabel(e.level);
    case SubjectRole:
        return e.subject;
    case SubjectNameRole:
        return subjectLabel(e.subject, e.subjectName);
    case HeadlineRole:
        return e.headline;
    case DetailRole:
        return e.detail;
    case StartedRole:
        return e.startedAt.toLocalTime();
    case EndedRole:
        return e.endedAt.isValid() ? e.endedAt.toLocalTime() : QDateTime();
    case TimeTextRole:
        return timeText(e);
    case DurationTextRole:
        return entryDurationText(e);
    default:
        return {};
    }
}

QHash<int, QByteArray> HealthHistoryModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LevelRole, "level");
    names.insert(LevelLabelRole, "levelLabel");
    names.insert(SubjectRole, "subject");
    names.insert(SubjectNameRole, "subjectName");
    names.insert(HeadlineRole, "headline");
    names.insert(DetailRole, "detail");
    names.insert(StartedRole, "started");
    names.insert(EndedRole, "ended");
    names.insert(TimeTextRole, "timeText");
    names.insert(DurationTextRole, "durationText");
    return names;
}

QString HealthHistoryModel::displayText(const HealthLogEntry &e) {
    // Plain text in lines: what, about whom, the words of the log, when and for how long.
    QString text =
        healthLevelLabel(e.level) + QStringLiteral(" — ") + subjectLabel(e.subject, e.subjectName);
    if (!e.headline.isEmpty())
        text += QLatin1Char('\n') + e.headline;
    if (!e.detail.isEmpty() && e.detail != e.headline)
        text += QLatin1Char('\n') + e.detail;
    text += QLatin1Char('\n') + timeText(e) + QStringLiteral(" · ") + entryDurationText(e);
    return text;
}

QList<SubjectUptime> HealthHistoryModel::uptime() const {
    QList<SubjectUptime> out;
    out.reserve(m_subjects.size());
    for (const Subject &s : m_subjects)
        out.append(s.uptime);
    return out;
}

QString HealthHistoryModel::subjectLabel(const QString &subject, const QString &subjectName) {
    if (subject == QLatin1String(incidentlog::kOverall))
        return tr("Overall");
    const auto server = QLatin1String("server:");
    if (subject.startsWith(server))
        return tr("Server %1")
            .arg(subjectName.isEmpty() ? subject.mid(server.size()) : subjectName);
    if (!subjectName.isEmpty())
        return subjectName;
    return subject.section(QLatin1Char(':'), -1);
}

QString HealthHistoryModel::uptimeText(const SubjectUptime &uptime) {
    if (uptime.observedMs <= 0)
        return tr("No data");
    const double ratio = uptime.ratio();
    if (ratio >= 1.0)
        return tr("100 %");
    // Rounded down: 99.996 % is not 100 %; the epsilon keeps 99.58 from becoming 99.57.
    const double percent = std::floor(ratio * 10'000.0 + 1e-6) / 100.0;
    return tr("%1 %").arg(QLocale().toString(percent, 'f', 2));
}

QString HealthHistoryModel::countsText(const SubjectUptime &uptime) {
    QStringList parts;
    parts.append(uptime.incidents == 0 ? tr("no incidents")
                                       : tr("%n incident(s)", nullptr, uptime.incidents));
    if (uptime.maintenances > 0)
        parts.append(tr("%n maintenance(s)", nullptr, uptime.maintenances) + QStringLiteral(" (")
                     + healthDurationText(uptime.maintenanceMs, true) + QLatin1Char(')'));
    return parts.join(QStringLiteral(" · "));
}

QString HealthHistoryModel::summaryText(const Subject &subject) {
    return subject.label + QStringLiteral(": ") + uptimeText(subject.uptime) + QStringLiteral(" · ")
           + countsText(subject.uptime);
}

QString HealthHistoryModel::dayText(const Day &day) {
    QString text = QLocale().toString(day.date, QStringLiteral("ddd d MMM")) + QStringLiteral(": ");
    if (day.worst == HealthLevel::Unknown)
        return text + tr("not observed");
    text += healthLevelLabel(day.worst);
    if (day.downMs > 0)
        text += QStringLiteral(", ") + tr("%1 down").arg(healthDurationText(day.downMs, true));
    if (day.maintenanceMs > 0)
        text += QStringLiteral(", ")
                + tr("%1 maintenance").arg(healthDurationText(day.maintenanceMs, true));
    return text;
}

QColor HealthHistoryModel::levelColor(HealthLevel level) {
    switch (level) {
    case HealthLevel::Operational:
        return QColor(0x2e, 0x9e, 0x44);
    case HealthLevel::Degraded:
        return QColor(0xe8, 0xb0, 0x0c);
    case HealthLevel::Maintenance:
        return QColor(0x3b, 0x78, 0xd8);
    case HealthLevel::PartialOutage:
        return QColor(0xec, 0x6f, 0x1a);
    case HealthLevel::MajorOutage:
        return QColor(0xc9, 0x2a, 0x2a);
    case HealthLevel::Offline:
    case HealthLevel::Unknown:
        break;
    }
    return QColor(0xc8, 0xc8, 0xc8);
}

QList<HealthHistoryModel::Day> HealthHistoryModel::days(const QList<HealthLogEntry> &entries,
                                                        const QString &subject,
                                                        const QDateTime &now, int count) {
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDate today = now.toLocalTime().date();
    QList<Day> out;
    out.reserve(count);
    QList<qint64> starts; // local midnights, one past the last day
    for (int i = 0; i <= count; ++i) {
        const QDate date = today.addDays(i - count + 1);
        if (i < count)
            out.append(Day{date, HealthLevel::Unknown, 0, 0});
        starts.append(date.startOfDay().toMSecsSinceEpoch());
    }
    for (const HealthLogEntry &e : entries) {
        if (e.subject != subject || healthSeverity(e.level) < 0)
            continue; // Offline and Unknown: nothing observed about the service
        const qint64 startMs = e.startedAt.toMSecsSinceEpoch();
        const qint64 endMs =
            std::min(e.endedAt.isValid() ? e.endedAt.toMSecsSinceEpoch() : nowMs, nowMs);
        for (int i = 0; i < count; ++i) {
            const qint64 span = std::min(endMs, starts.at(i + 1)) - std::max(startMs, starts.at(i));
            if (span <= 0)
                continue;
            Day &day = out[i];
            if (day.worst == HealthLevel::Unknown
                || healthSeverity(e.level) > healthSeverity(day.worst))
                day.worst = e.level;
            if (e.level == HealthLevel::Maintenance)
                day.maintenanceMs += span;
            else if (e.level != HealthLevel::Operational)
                day.downMs += span;
        }
    }
    return out;
}

void HealthHistoryModel::reload() {
    const quint64 generation = ++m_generation;
    m_loading = true;
    Q_EMIT loading();
    const QDateTime now = m_now();
    QPointer<HealthHistoryModel> self(this);
    m_runner([self, now, generation](Database &db) {
        Snapshot snapshot = read(db, now);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, snapshot = std::move(snapshot)]() {
                if (!self || generation != self->m_generation)
                    return; // a later reload is on its way
                self->apply(snapshot);
            },
            Qt::QueuedConnection);
    });
}

HealthHistoryModel::Snapshot HealthHistoryModel::read(Database &db, const QDateTime &now) {
    Snapshot s;
    s.to = now.toUTC();
    s.from = s.to.addMSecs(-qint64(kDays) * kDayMs);
    QList<HealthLogEntry> all;
    auto read = db.readTransaction([&]() -> Result<void> {
        auto entries = incidentlog::entries(db, s.from, s.to);
        if (!entries)
            return entries.error();
        auto incidents = incidentlog::incidents(db, s.from, s.to);
        if (!incidents)
            return incidents.error();
        all = std::move(entries).value();
        s.incidents = std::move(incidents).value();
        return {};
    });
    if (!read) {
        s.error = tr("The status history could not be read: %1").arg(read.error().message);
        s.incidents.clear();
        return s;
    }
    for (const SubjectUptime &uptime : incidentlog::uptime(all, s.from, s.to)) {
        Subject subject;
        subject.uptime = uptime;
        subject.label = subjectLabel(uptime.subject, uptime.subjectName);
        subject.days = days(all, uptime.subject, s.to);
        s.subjects.append(subject);
    }
    return s;
}

void HealthHistoryModel::apply(const Snapshot &snapshot) {
    m_error = snapshot.error;
    m_from = snapshot.from;
    m_to = snapshot.to;
    m_subjects = snapshot.subjects;
    applyIncidents(snapshot.incidents);
    m_loading = false;
    m_hasLoaded = true;
    Q_EMIT loaded();
}

void HealthHistoryModel::applyIncidents(const QList<HealthLogEntry> &incidents) {
    QSet<qint64> wanted;
    for (const HealthLogEntry &e : incidents)
        wanted.insert(e.id);
    for (int row = int(m_incidents.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_incidents.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_incidents.removeAt(row);
        endRemoveRows();
    }
    // What is left keeps the order of `incidents` (newest first, and a row's start never
    // changes), so one walk inserts the new rows and updates the changed ones.
    for (int row = 0; row < incidents.size(); ++row) {
        const HealthLogEntry &e = incidents.at(row);
        if (row < m_incidents.size() && m_incidents.at(row).id == e.id) {
            if (!(m_incidents.at(row) == e)) {
                m_incidents[row] = e;
                Q_EMIT dataChanged(index(row), index(row));
            }
            continue;
        }
        // Defensive: should the order ever differ, a row moves rather than appears twice.
        for (int later = row + 1; later < m_incidents.size(); ++later) {
            if (m_incidents.at(later).id == e.id) {
                beginRemoveRows({}, later, later);
                m_incidents.removeAt(later);
                endRemoveRows();
                break;
            }
        }
        beginInsertRows({}, row, row);
        m_incidents.insert(row, e);
        endInsertRows();
    }
}

} // namespace refrain
