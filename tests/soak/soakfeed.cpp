#include "tests/soak/soakfeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace refrain::test {

namespace {

QString iso(const QDateTime &at) {
    return at.toString(Qt::ISODate);
}

QJsonObject component(const char *id, const char *name, const char *status) {
    return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                       {QStringLiteral("name"), QString::fromLatin1(name)},
                       {QStringLiteral("status"), QString::fromLatin1(status)},
                       {QStringLiteral("group"), false},
                       {QStringLiteral("only_show_if_degraded"), false}};
}

QJsonObject update(const char *status, const char *body, const QDateTime &at) {
    return QJsonObject{{QStringLiteral("status"), QString::fromLatin1(status)},
                       {QStringLiteral("body"), QString::fromLatin1(body)},
                       {QStringLiteral("created_at"), iso(at)}};
}

} // namespace

void SoakFeed::set(Phase phase, int day, const QDateTime &dayStart) {
    const auto at = [&](int hour, int minute) {
        return dayStart.addSecs(hour * 3600 + minute * 60);
    };
    const char *stream = "operational";
    const char *search = "operational";
    const char *scrobble = "operational";
    QString indicator = QStringLiteral("none");
    QString description = QStringLiteral("All Systems Operational");
    QJsonArray incidents;
    QJsonArray maintenances;

    const QString incidentId = QStringLiteral("inc-%1").arg(day);
    auto incident = [&](const char *status, const char *impact, const QDateTime &updatedAt,
                        const QJsonArray &updates) {
        incidents.append(QJsonObject{
            {QStringLiteral("id"), incidentId},
            {QStringLiteral("name"),
             QStringLiteral("Slow search and failing streams (day %1)").arg(day)},
            {QStringLiteral("status"), QString::fromLatin1(status)},
            {QStringLiteral("impact"), QString::fromLatin1(impact)},
            {QStringLiteral("created_at"), iso(at(12, 0))},
            {QStringLiteral("updated_at"), iso(updatedAt)},
            {QStringLiteral("shortlink"), QStringLiteral("https://stspg.io/%1").arg(incidentId)},
            {QStringLiteral("incident_updates"), updates}});
    };
    const QString maintenanceId = QStringLiteral("mnt-%1").arg(day);
    auto maintenance = [&](const char *status, const QJsonArray &updates) {
        maintenances.append(QJsonObject{
            {QStringLiteral("id"), maintenanceId},
            {QStringLiteral("name"), QStringLiteral("Database upgrade (day %1)").arg(day)},
            {QStringLiteral("status"), QString::fromLatin1(status)},
            {QStringLiteral("impact"), QStringLiteral("maintenance")},
            {QStringLiteral("scheduled_for"), iso(at(15, 0))},
            {QStringLiteral("scheduled_until"), iso(at(16, 0))},
            {QStringLiteral("incident_updates"), updates}});
    };

    switch (phase) {
    case Phase::Operational:
        break;
    case Phase::Degraded:
        search = "degraded_performance";
        indicator = QStringLiteral("minor");
        description = QStringLiteral("Minor Service Outage");
        incident(
            "investigating", "minor", at(12, 0),
            {update("investigating", "Searches are slow; we are looking into it.", at(12, 0))});
        break;
    case Phase::MajorOutage:
        stream = "major_outage";
        search = "partial_outage";
        indicator = QStringLiteral("major");
        description = QStringLiteral("Partial System Outage");
        incident(
            "identified", "major", at(12, 40),
            {update("identified", "A storage node failed; streams fail.", at(12, 40)),
             update("investigating", "Searches are slow; we are looking into it.", at(12, 0))});
        break;
    case Phase::Resolved:
        incident("resolved", "major", at(13, 20),
                 {update("resolved", "Everything works again.", at(13, 20)),
                  update("identified", "A storage node failed; streams fail.", at(12, 40))});
        break;
    case Phase::MaintenanceScheduled:
        maintenance("scheduled", {update("scheduled", "We upgrade the database.", at(14, 30))});
        break;
    case Phase::MaintenanceInProgress:
        stream = "under_maintenance";
        scrobble = "under_maintenance";
        indicator = QStringLiteral("maintenance");
        description = QStringLiteral("Service Under Maintenance");
        maintenance("in_progress", {update("in_progress", "Upgrading now.", at(15, 0)),
                                    update("scheduled", "We upgrade the database.", at(14, 30))});
        break;
    case Phase::MaintenanceCompleted:
        maintenance("completed", {update("completed", "Done.", at(16, 0)),
                                  update("in_progress", "Upgrading now.", at(15, 0))});
        break;
    }

    const QJsonObject doc{
        {QStringLiteral("page"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("soak")},
                     {QStringLiteral("name"), QStringLiteral("Tunes Cloud")},
                     {QStringLiteral("url"), QStringLiteral("https://status.tunes.example")},
                     {QStringLiteral("updated_at"), iso(dayStart)}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("indicator"), indicator},
                                               {QStringLiteral("description"), description}}},
        {QStringLiteral("components"), QJsonArray{component("c-stream", "Streaming", stream),
                                                  component("c-search", "Search", search),
                                                  component("c-scrobble", "Scrobbling", scrobble)}},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("scheduled_maintenances"), maintenances}};
    QByteArray body = QJsonDocument(doc).toJson(QJsonDocument::Compact);

    QMutexLocker lock(&m_mutex);
    if (body == m_body)
        return;
    m_body = std::move(body);
    ++m_versions;
    m_etag = QByteArray("\"v") + QByteArray::number(m_versions) + '"';
}

HttpHandler SoakFeed::handler() {
    return [this](const HttpRequest &request) { return serve(request); };
}

int SoakFeed::versions() const {
    QMutexLocker lock(&m_mutex);
    return m_versions;
}

int SoakFeed::notModifiedSent() const {
    QMutexLocker lock(&m_mutex);
    return m_notModified;
}

HttpReply SoakFeed::serve(const HttpRequest &request) {
    QMutexLocker lock(&m_mutex);
    HttpReply reply;
    reply.headers.append({QByteArray("ETag"), m_etag});
    if (request.header("if-none-match") == m_etag) {
        ++m_notModified;
        reply.status = 304;
        return reply;
    }
    reply.body = m_body;
    return reply;
}

} // namespace refrain::test
