// SoakFeed: the service's status page during the soak — a Statuspage v2 summary that the day's
// schedule rewrites (components degrade and recover, an incident opens, escalates and is
// resolved, a maintenance is announced, runs and completes), served with an ETag so an
// unchanged page costs a 304 as on a real status page. The server thread reads it while the
// test thread rewrites it, hence the lock.
#pragma once

#include "tests/support/httpserver/httpexchange.h"

#include <QDateTime>
#include <QMutex>

namespace refrain::test {

class SoakFeed {
public:
    enum class Phase {
        Operational,
        Degraded,              // search slow: a minor incident, investigating
        MajorOutage,           // streaming down, search partly: the incident escalated
        Resolved,              // all clear; the incident is still listed, as resolved
        MaintenanceScheduled,  // a window announced for later today
        MaintenanceInProgress, // streaming under maintenance
        MaintenanceCompleted,  // all clear; the window is listed as completed
    };

    // The page as it reads in `phase` of simulated day `day` (ids are new every day: yesterday's
    // incident is not today's). dayStart: that day's midnight (UTC), for the documents' times.
    void set(Phase phase, int day, const QDateTime &dayStart);
    HttpHandler handler();
    // How many different documents were published, and how many reads were answered with 304.
    int versions() const;
    int notModifiedSent() const;

private:
    HttpReply serve(const HttpRequest &request);

    mutable QMutex m_mutex;
    QByteArray m_body;
    QByteArray m_etag;
    int m_versions = 0;
    int m_notModified = 0;
};

} // namespace refrain::test
