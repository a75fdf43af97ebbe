// HealthMerge: the pure heart of the health monitor — what each signal says now in, one
// HealthState out: the worst credible signal wins, and the words name both when signals
// disagree. No clocks, timers or network here, so every combination is tested as a table.
#pragma once

#include "core/health/healthstate.h"
#include "core/health/statuspage.h"
#include "core/service/request/requesttypes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace refrain {

// What one probe of a server found.
struct ProbeResult {
    enum class Kind {
        Answered,    // the server answered as a Subsonic server should
        Unreachable, // nothing came back: timeout, refused, reset, TLS, no network, …
        Rejected,    // it answered but refused us (wrong credentials, error 40/41/44)
        BadAnswer,   // something answered that is not the server (HTML, a 5xx, garbage)
    };
    Kind kind = Kind::Unreachable;
    FailureKind failure = FailureKind::None; // the transport's word, for Unreachable/BadAnswer
    QString message;                         // plain text, no credentials
    qint64 latencyMs = 0;
};

class HealthMerge {
    Q_DECLARE_TR_FUNCTIONS(refrain::HealthMerge)
public:
    enum class Network { Unknown, Online, Offline };
    enum class Server { Checking, Answering, Rejecting, NotAnswering };

    // One watched server (or a status page alone: probed false) after hysteresis.
    struct Watch {
        QString serverId;
        QString serverName;
        bool probed = false;
        Server server = Server::Checking;
        ProbeResult lastProbe;
        QDateTime lastSeen;
        QDateTime failingSince;
        bool flapping = false;
        bool hasFeed = false;
        std::optional<StatusReport> report; // the last good read, possibly stale
        bool feedFresh = false;             // read recently enough to be believed
        QDateTime feedCheckedAt;
        QDateTime feedFailingSince;
        QString feedProblem;
    };

    // The app's own requests of one component, over the recent window.
    struct Tally {
        Component component = Component::Browse;
        int total = 0;
        int failed = 0;
        qint64 medianLatencyMs = 0;
        bool failing = false;
        bool slow = false;
    };

    static HealthState merge(Network network, const QList<Watch> &watches,
                             const QList<Tally> &requests, const QDateTime &now);

    // "Scheduled maintenance 02:00–04:00" (with the day when it is not today), local time.
    static QString maintenanceHeadline(const ServiceMaintenance &maintenance, const QDateTime &now);

private:
    static HealthState mergeOne(Network network, const Watch &watch, const QList<Tally> &requests,
                                const QDateTime &now);
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::ProbeResult)
