#include "core/health/healthmerge.h"

#include <QLocale>

#include <algorithm>

namespace refrain {

namespace {

using Level = HealthLevel;

// Which state explains the most: being offline explains everything, unknown nothing.
int rank(Level level) {
    if (level == Level::Offline)
        return 10;
    return healthSeverity(level);
}

QString shortened(const QString &text, int max = 280) {
    const QString simple = text.simplified();
    if (simple.size() <= max)
        return simple;
    return simple.left(max - 1).trimmed() + QStringLiteral("…");
}

Level requestsLevel(const QList<HealthMerge::Tally> &requests) {
    if (requests.isEmpty())
        return Level::Unknown;
    Level level = Level::Operational;
    for (const HealthMerge::Tally &tally : requests) {
        Level here = Level::Operational;
        if (tally.failing) {
            here = (tally.component == Component::Stream || tally.component == Component::Search)
                       ? Level::PartialOutage
                       : Level::Degraded;
        } else if (tally.slow) {
            here = Level::Degraded;
        }
        if (healthSeverity(here) > healthSeverity(level))
            level = here;
    }
    return level;
}

// The tally that decided requestsLevel (the worst one).
const HealthMerge::Tally *worstTally(const QList<HealthMerge::Tally> &requests) {
    const HealthMerge::Tally *worst = nullptr;
    int worstScore = 0;
    for (const HealthMerge::Tally &tally : requests) {
        int score = 0;
        if (tally.failing)
            score = (tally.component == Component::Stream || tally.component == Component::Search)
                        ? 3
                        : 2;
        else if (tally.slow)
            score = 1;
        if (score > worstScore) {
            worstScore = score;
            worst = &tally;
        }
    }
    return worst;
}

const ServiceMaintenance *activeMaintenance(const std::optional<StatusReport> &report,
                                            const QDateTime &now) {
    if (!report)
        return nullptr;
    for (const ServiceMaintenance &maintenance : report->maintenances) {
        if (maintenance.activeAt(now))
            return &maintenance;
    }
    return nullptr;
}

const ServiceMaintenance *upcomingMaintenance(const std::optional<StatusReport> &report,
                                              const QDateTime &now) {
    if (!report)
        return nullptr;
    for (const ServiceMaintenance &maintenance : report->maintenances) {
        if (maintenance.scheduledFor.isValid() && maintenance.scheduledFor > now
            && now.secsTo(maintenance.scheduledFor) <= 24 * 3600)
            return &maintenance;
    }
    return nullptr;
}

} // namespace

QString HealthMerge::maintenanceHeadline(const ServiceMaintenance &maintenance,
                                         const QDateTime &now) {
    const QLocale locale;
    const QDateTime start = maintenance.scheduledFor.toLocalTime();
    const QDateTime end = maintenance.scheduledUntil.toLocalTime();
    QString window = clockTimeText(start.time());
    if (start.date() != now.toLocalTime().date())
        window =
            locale.toString(start.date(), QStringLiteral("ddd d MMM")) + QLatin1Char(' ') + window;
    if (end.isValid()) {
        window += QStringLiteral("–") + clockTimeText(end.time());
        if (end.date() != start.date())
            window += QLatin1Char(' ') + locale.toString(end.date(), QStringLiteral("ddd d MMM"));
    }
    if (!start.isValid())
        return tr("Scheduled maintenance");
    return tr("Scheduled maintenance %1").arg(window);
}

HealthState HealthMerge::merge(Network network, const QList<Watch> &watches,
                               const QList<Tally> &requests, const QDateTime &now) {
    if (watches.isEmpty()) {
        HealthState state;
        state.basis = HealthState::Basis::Configuration;
        state.networkLevel = network == Network::Online    ? Level::Operational
                             : network == Network::Offline ? Level::Offline
                                                           : Level::Unknown;
        // Nothing remote can fail: everything Refrain offers runs from this computer.
        state.level = Level::Operational;
        state.headline = tr("Local library — no streaming server configured");
        state.detail =
            tr("Everything plays from this computer. Add a Subsonic server (File ▸ Servers…) to "
               "stream and keep offline copies.");
        return state;
    }
    HealthState worst;
    bool first = true;
    for (const Watch &watch : watches) {
        HealthState one = mergeOne(network, watch, requests, now);
        if (first || rank(one.level) > rank(worst.level)) {
            worst = std::move(one);
            first = false;
        }
    }
    // Every server's own line is in the components, whichever decided the headline.
    for (const Watch &watch : watches) {
        if (!watch.probed || watch.serverId == worst.serverId)
            continue;
        ServiceComponent server;
        server.id = watch.serverId;
        server.name = watch.serverName;
        server.source = QStringLiteral("server_probe");
        server.level = watch.server == Server::Answering      ? Level::Operational
                       : watch.server == Server::NotAnswering ? Level::MajorOutage
                       : watch.server == Server::Rejecting    ? Level::Degraded
                                                              : Level::Unknown;
        server.status = healthLevelKey(server.level);
        worst.components.append(server);
    }
    return worst;
}

HealthState HealthMerge::mergeOne(Network network, const Watch &watch, const QList<Tally> &requests,
                                  const QDateTime &now) {
    HealthState state;
    state.serverConfigured = watch.probed;
    state.serverId = watch.serverId;
    state.serverName = watch.serverName;
    state.serviceName = watch.report && !watch.report->pageName.isEmpty() ? watch.report->pageName
                                                                          : watch.serverName;
    if (watch.report)
        state.statusPageUrl = watch.report->pageUrl;
    state.serverLastSeen = watch.lastSeen;
    state.serverFailingSince = watch.failingSince;
    state.feedCheckedAt = watch.feedCheckedAt;
    state.feedFailingSince = watch.feedFailingSince;
    state.feedProblem = watch.feedProblem;
    state.flapping = watch.flapping;

    state.networkLevel = network == Network::Online    ? Level::Operational
                         : network == Network::Offline ? Level::Offline
                                                       : Level::Unknown;
    switch (watch.server) {
    case Server::Checking:
        state.serverLevel = Level::Unknown;
        break;
    case Server::Answering:
        state.serverLevel = Level::Operational;
        break;
    case Server::Rejecting:
        state.serverLevel = Level::Degraded;
        break;
    case Server::NotAnswering:
        state.serverLevel = Level::MajorOutage;
        break;
    }
    if (!watch.probed)
        state.serverLevel = Level::Unknown;
    state.feedLevel = watch.feedFresh && watch.report ? watch.report->level : Level::Unknown;
    state.requestsLevel = watch.probed ? requestsLevel(requests) : Level::Unknown;

    if (watch.report) {
        state.components = watch.report->components;
        state.incidents = watch.report->incidents;
        for (const ServiceMaintenance &maintenance : watch.report->maintenances) {
            if (!maintenance.scheduledUntil.isValid() || maintenance.scheduledUntil > now)
                state.maintenances.append(maintenance);
        }
    }
    if (watch.probed) {
        ServiceComponent server;
        server.id = watch.serverId;
        server.name = watch.serverName;
        server.source = QStringLiteral("server_probe");
        server.level = state.serverLevel;
        server.status = healthLevelKey(server.level);
        state.components.append(server);
        for (const Tally &tally : requests) {
            ServiceComponent component;
            component.id = componentKey(tally.component);
            component.name = componentLabel(tally.component);
            component.source = QStringLiteral("requests");
            component.level = tally.failing ? requestsLevel({tally})
                              : tally.slow  ? Level::Degraded
                                            : Level::Operational;
            // Counts only while something fails: a healthy stream of requests must not make a
            // new state (and a banner repaint) out of every answer.
            component.status =
                tally.failed == 0
                    ? healthLevelKey(component.level)
                    : tr("%1 of %n recent requests failed", nullptr, tally.total).arg(tally.failed);
            state.components.append(component);
        }
    }

    const QString server = watch.serverName;
    const QString service = state.serviceName;
    const bool feedSpeaks = watch.feedFresh && watch.report.has_value();
    const ServiceMaintenance *maintenance =
        feedSpeaks ? activeMaintenance(watch.report, now) : nullptr;
    const ServiceIncident *incident = feedSpeaks && !watch.report->incidents.isEmpty()
                                          ? &watch.report->incidents.first()
                                          : nullptr;
    const QString stillWorks = tr("Your library and offline music still play.");
    auto feedHeadline = [&]() -> QString {
        if (maintenance)
            return maintenanceHeadline(*maintenance, now);
        if (incident)
            return tr("%1 reports: %2").arg(service, shortened(incident->name, 120));
        return tr("%1 reports: %2").arg(service, shortened(watch.report->description, 120));
    };
    auto feedStory = [&]() -> QString {
        if (maintenance) {
            const QString name = shortened(maintenance->name, 160);
            if (!maintenance->updates.isEmpty() && !maintenance->updates.first().body.isEmpty())
                return name + QStringLiteral(" — ") + shortened(maintenance->updates.first().body);
            return name;
        }
        if (incident && !incident->updates.isEmpty())
            return shortened(incident->updates.first().body);
        return QString();
    };
    auto join = [](QStringList parts) {
        parts.removeAll(QString());
        return parts.join(QLatin1Char(' '));
    };
    const qint64 silentMs = watch.failingSince.isValid() ? watch.failingSince.msecsTo(now) : 0;
    const QString silentFor = healthDurationText(silentMs);

    // 1. The server does not answer.
    // The OS's "offline" is believed only when nothing contradicts it: a refused connection or
    // an error page came from the server, and a fresh status page came over some network.
    const FailureKind lastFailure = watch.lastProbe.failure;
    const bool reachedHost =
        watch.lastProbe.kind == ProbeResult::Kind::BadAnswer || lastFailure == FailureKind::Refused
        || lastFailure == FailureKind::Reset || lastFailure == FailureKind::Tls;
    const bool offline = network == Network::Offline && !feedSpeaks;
    if (watch.probed && watch.server == Server::NotAnswering) {
        if (offline && !reachedHost) {
            state.level = Level::Offline;
            state.basis = HealthState::Basis::Network;
            state.headline = tr("You're offline — playing from this computer");
            state.detail = tr("This computer has no network connection, so %1 can't be reached. "
                              "%2 Refrain checks again as soon as the network is back.")
                               .arg(server, stillWorks);
            return state;
        }
        if (feedSpeaks && (maintenance || healthSeverity(state.feedLevel) >= 3)) {
            state.level = maintenance ? Level::Maintenance : state.feedLevel;
            state.basis = HealthState::Basis::StatusPage;
            state.headline = feedHeadline();
            state.detail =
                join({feedStory(), tr("%1 has not answered for %2.").arg(server, silentFor),
                      stillWorks});
            return state;
        }
        state.level = Level::MajorOutage;
        state.basis = HealthState::Basis::ServerProbe;
        const bool networkFine = network == Network::Online || feedSpeaks;
        if (watch.flapping)
            state.headline = tr("%1 keeps dropping out").arg(server);
        else if (networkFine)
            state.headline = tr("Can't reach %1 (your network is fine)").arg(server);
        else
            state.headline = tr("Can't reach %1").arg(server);
        QString why = watch.lastProbe.message;
        if (feedSpeaks && state.feedLevel == Level::Operational)
            why = join({why, tr("Status page says all clear, but the server has not answered "
                                "for %1.")
                                 .arg(silentFor)});
        else
            why = join({why, tr("It has not answered for %1.").arg(silentFor)});
        state.detail = join({why, stillWorks, tr("Refrain keeps checking.")});
        return state;
    }

    // 2. No network and nothing known to answer.
    if (offline && watch.server != Server::Answering && watch.server != Server::Rejecting) {
        state.level = Level::Offline;
        state.basis = HealthState::Basis::Network;
        state.headline = tr("You're offline — playing from this computer");
        state.detail =
            tr("%1 Refrain checks again as soon as the network is back.").arg(stillWorks);
        return state;
    }

    // 3. The server answers (or is being checked): the worst other signal decides.
    const Level feedLevel =
        feedSpeaks ? (maintenance ? Level::Maintenance : state.feedLevel) : Level::Unknown;
    const Level requestLevel = state.requestsLevel;
    const Level rejectLevel = watch.server == Server::Rejecting ? Level::Degraded : Level::Unknown;
    const int feedScore = healthSeverity(feedLevel);
    const int requestScore = healthSeverity(requestLevel);
    const int rejectScore = healthSeverity(rejectLevel);
    const int top = std::max({feedScore, requestScore, rejectScore});
    if (top > 0) {
        if (feedScore == top) {
            state.level = feedLevel;
            state.basis = HealthState::Basis::StatusPage;
            state.headline = feedHeadline();
            QString here;
            if (watch.server == Server::Answering)
                here = tr("%1 still answers here, so playing may keep working.").arg(server);
            state.detail = join(
                {feedStory(), here, watch.server == Server::Answering ? QString() : stillWorks});
        } else if (requestScore == top) {
            const Tally *tally = worstTally(requests);
            state.level = requestLevel;
            state.basis = HealthState::Basis::Requests;
            QString what = tally ? componentLabel(tally->component) : QString();
            if (!what.isEmpty())
                what[0] = what[0].toUpper(); // it opens the sentence
            if (tally && tally->failing) {
                state.headline = tr("%1 on %2 is failing").arg(what, server);
                state.detail = join({tr("%1 of %n recent requests failed.", nullptr, tally->total)
                                         .arg(tally->failed),
                                     stillWorks});
            } else {
                state.headline = tr("%1 is slow").arg(server);
                state.detail = tally ? tr("%1 takes %2 to answer.")
                                           .arg(what, healthDurationText(tally->medianLatencyMs))
                                     : QString();
            }
            if (feedSpeaks && state.feedLevel == Level::Operational)
                state.detail = join({state.detail, tr("The status page says all clear.")});
        } else {
            state.level = Level::Degraded;
            state.basis = HealthState::Basis::ServerProbe;
            state.headline = tr("%1 refused the sign-in").arg(server);
            state.detail = join({watch.lastProbe.message,
                                 tr("Check the user name and password in File ▸ Servers…")});
        }
        return state;
    }

    const ServiceMaintenance *upcoming =
        feedSpeaks ? upcomingMaintenance(watch.report, now) : nullptr;
    if (watch.probed && watch.server == Server::Answering) {
        state.level = Level::Operational;
        state.basis = HealthState::Basis::ServerProbe;
        state.headline = upcoming ? maintenanceHeadline(*upcoming, now)
                                  : tr("%1 is working normally").arg(server);
        QStringList detail;
        if (upcoming)
            detail << tr("%1 plans maintenance: %2. Keep what you need offline before it starts.")
                          .arg(service, shortened(upcoming->name, 160));
        if (watch.hasFeed && !feedSpeaks)
            detail << tr("Its status page can't be read right now.");
        state.detail = join(detail);
        return state;
    }
    if (watch.probed) {
        state.level = Level::Unknown;
        state.basis = HealthState::Basis::ServerProbe;
        state.headline = tr("Checking %1…").arg(server);
        state.detail = tr("Your library and offline music are available meanwhile.");
        return state;
    }
    // A status page alone.
    state.basis = HealthState::Basis::StatusPage;
    if (feedSpeaks) {
        state.level = state.feedLevel;
        state.headline = upcoming ? maintenanceHeadline(*upcoming, now)
                                  : tr("%1 reports: %2").arg(service, watch.report->description);
        state.detail = upcoming ? shortened(upcoming->name, 160) : QString();
        return state;
    }
    state.level = Level::Unknown;
    state.headline = watch.hasFeed ? tr("Can't read the status page") : tr("No status known");
    state.detail = watch.feedProblem;
    return state;
}

} // namespace refrain
