#include "tests/support/demo/demostatuspage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QTime>

#include <algorithm>

namespace refrain::test {

namespace {

// The window is already running when the demo switches to it: that is the case worth seeing.
constexpr qint64 kWindowStartedSecsAgo = 10 * 60;
constexpr qint64 kWindowLastsSecs = 60 * 60;

QString iso(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// A component's status on the page in each mode. The website stays up except in maintenance:
// the outage is the music service's, not the whole company's.
QJsonObject component(const char *id, const char *name, const QString &status,
                      const QDateTime &since) {
    return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                       {QStringLiteral("name"), QLatin1String(name)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("group"), false},
                       {QStringLiteral("only_show_if_degraded"), false},
                       {QStringLiteral("updated_at"), iso(since)}};
}

QJsonArray components(DemoMode mode, const QDateTime &since) {
    QString service = QStringLiteral("operational");
    QString website = QStringLiteral("operational");
    switch (mode) {
    case DemoMode::Normal:
    case DemoMode::BlackHole: // the provider has not noticed yet
    case DemoMode::BlackHoleAll:
        break;
    case DemoMode::Slow:
        service = QStringLiteral("degraded_performance");
        break;
    case DemoMode::Failing:
        service = QStringLiteral("major_outage");
        break;
    case DemoMode::Maintenance:
        service = QStringLiteral("under_maintenance");
        website = QStringLiteral("under_maintenance");
        break;
    }
    return QJsonArray{component("c-api", "API", service, since),
                      component("c-streaming", "Streaming", service, since),
                      component("c-website", "Website", website, since)};
}

QJsonObject update(const char *status, const char *body, const QDateTime &at) {
    return QJsonObject{{QStringLiteral("status"), QLatin1String(status)},
                       {QStringLiteral("body"), QLatin1String(body)},
                       {QStringLiteral("created_at"), iso(at)},
                       {QStringLiteral("display_at"), iso(at)}};
}

QJsonObject incident(const char *name, const char *status, const char *impact, const char *body,
                     const QDateTime &since) {
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("i-demo")},
        {QStringLiteral("name"), QLatin1String(name)},
        {QStringLiteral("status"), QLatin1String(status)},
        {QStringLiteral("impact"), QLatin1String(impact)},
        {QStringLiteral("shortlink"), QStringLiteral("https://status.demo.invalid/i")},
        {QStringLiteral("created_at"), iso(since)},
        {QStringLiteral("started_at"), iso(since)},
        {QStringLiteral("updated_at"), iso(since)},
        {QStringLiteral("incident_updates"), QJsonArray{update(status, body, since)}},
    };
}

// Windows start on a whole minute, as announced ones do.
QDateTime windowStart(const QDateTime &since) {
    const QDateTime utc = since.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()), Qt::UTC)
        .addSecs(-kWindowStartedSecsAgo);
}

QJsonObject maintenance(const QDateTime &since) {
    const QDateTime start = windowStart(since);
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("m-demo")},
        {QStringLiteral("name"), QStringLiteral("Database upgrade")},
        {QStringLiteral("status"), QStringLiteral("in_progress")},
        {QStringLiteral("impact"), QStringLiteral("maintenance")},
        {QStringLiteral("shortlink"), QStringLiteral("https://status.demo.invalid/m")},
        {QStringLiteral("created_at"), iso(start.addDays(-2))},
        {QStringLiteral("scheduled_for"), iso(start)},
        {QStringLiteral("scheduled_until"), iso(start.addSecs(kWindowLastsSecs))},
        {QStringLiteral("incident_updates"),
         QJsonArray{update("in_progress",
                           "The music service is down for a database upgrade. Browsing and "
                           "streaming return when the window ends.",
                           start)}},
    };
}

} // namespace

struct DemoStatusPage::State {
    mutable QMutex mutex;
    DemoMode mode = DemoMode::Normal;
    QDateTime since = QDateTime::currentDateTimeUtc();
};

DemoStatusPage::DemoStatusPage()
    : m_state(std::make_shared<State>()) {}

void DemoStatusPage::setMode(DemoMode mode, const QDateTime &since) {
    const QMutexLocker lock(&m_state->mutex);
    m_state->mode = mode;
    m_state->since = since;
}

int DemoStatusPage::secondsUntilMaintenanceEnds(const QDateTime &now) const {
    const QMutexLocker lock(&m_state->mutex);
    if (m_state->mode != DemoMode::Maintenance)
        return 0;
    const QDateTime end = windowStart(m_state->since).addSecs(kWindowLastsSecs);
    return int(std::max<qint64>(0, now.secsTo(end)));
}

QByteArray DemoStatusPage::summary() const {
    DemoMode mode;
    QDateTime since;
    {
        const QMutexLocker lock(&m_state->mutex);
        mode = m_state->mode;
        since = m_state->since;
    }
    return summaryFor(mode, since);
}

HttpHandler DemoStatusPage::handler() const {
    std::shared_ptr<State> state = m_state;
    return [state](const HttpRequest &request) {
        HttpReply reply;
        if (!request.path.endsWith("/summary.json")) {
            reply.status = 404;
            reply.contentType = "text/plain";
            reply.body = "not found";
            return reply;
        }
        DemoMode mode;
        QDateTime since;
        {
            const QMutexLocker lock(&state->mutex);
            mode = state->mode;
            since = state->since;
        }
        reply.body = summaryFor(mode, since);
        return reply;
    };
}

QByteArray DemoStatusPage::summaryFor(DemoMode mode, const QDateTime &since) {
    QString indicator = QStringLiteral("none");
    QString description = QStringLiteral("All Systems Operational");
    QJsonArray incidents;
    QJsonArray maintenances;
    switch (mode) {
    case DemoMode::Normal:
    case DemoMode::BlackHole:
    case DemoMode::BlackHoleAll:
        break;
    case DemoMode::Slow:
        indicator = QStringLiteral("minor");
        description = QStringLiteral("Minor Service Outage");
        incidents.append(incident("Slow responses", "investigating", "minor",
                                  "Browsing and streaming take several seconds to start. We are "
                                  "looking into it.",
                                  since));
        break;
    case DemoMode::Failing:
        indicator = QStringLiteral("major");
        description = QStringLiteral("Partial System Outage");
        incidents.append(incident("Errors when browsing and playing", "identified", "major",
                                  "Most requests to the music service fail. A fix is being "
                                  "rolled out.",
                                  since));
        break;
    case DemoMode::Maintenance:
        indicator = QStringLiteral("maintenance");
        description = QStringLiteral("Service Under Maintenance");
        maintenances.append(maintenance(since));
        break;
    }
    const QJsonObject root{
        {QStringLiteral("page"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("demo")},
                     {QStringLiteral("name"), QStringLiteral("Refrain Demo Music")},
                     {QStringLiteral("url"), QStringLiteral("https://status.demo.invalid")},
                     {QStringLiteral("time_zone"), QStringLiteral("Etc/UTC")},
                     {QStringLiteral("updated_at"), iso(since)}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("indicator"), indicator},
                                               {QStringLiteral("description"), description}}},
        {QStringLiteral("components"), components(mode, since)},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("scheduled_maintenances"), maintenances},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace refrain::test
