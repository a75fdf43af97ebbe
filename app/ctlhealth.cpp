#include "app/ctlhealth.h"

#include "app/ctlsession.h"

#include "core/health/healthmonitor.h"
#include "core/health/networkwatch.h"
#include "core/health/serverprobe.h"
#include "core/health/statuspage.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/serverstore.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace refrain::ctl {

namespace {

constexpr int kEvaluationLimitMs = 60'000;

int exitCodeFor(HealthLevel level) {
    switch (level) {
    case HealthLevel::Operational:
        return 0;
    case HealthLevel::Degraded:
    case HealthLevel::PartialOutage:
    case HealthLevel::MajorOutage:
    case HealthLevel::Maintenance:
        return 1;
    case HealthLevel::Offline:
    case HealthLevel::Unknown:
        break;
    }
    return 2;
}

int fail(const QString &message, int code) {
    err() << "refrainctl health: " << message << Qt::endl;
    return code;
}

} // namespace

int runHealth(const Context &ctx, const HealthOptions &options) {
    if (!ctx.args.isEmpty())
        return fail(QStringLiteral("takes no arguments (did you mean --status-url URL?)"), 2);
    QUrl statusUrl;
    if (!options.statusUrl.isEmpty()) {
        auto url = ServerStore::normaliseUrl(options.statusUrl);
        if (!url)
            return fail(url.error().message, 2);
        statusUrl = statuspage::summaryUrl(url.value());
    }

    std::optional<Database> db;
    if (const int rc = openDatabase(ctx, db); rc != kOk)
        return rc;
    auto servers = ServerStore(*db).all();
    if (!servers)
        return fail(servers.error().message, kDatabase);

    QList<HealthTarget> targets;
    std::vector<std::unique_ptr<Session>> sessions;
    for (const ServerConfig &config : servers.value()) {
        if (!options.server.isEmpty() && config.name != options.server
            && config.id != options.server)
            continue;
        auto session = std::make_unique<Session>(ctx, *db);
        if (session->open(config.id, "health") != kOk)
            continue; // said why; the others are still worth checking
        HealthTarget target = serverHealthTarget(session->client());
        if (!statusUrl.isEmpty())
            target.statusUrl = statusUrl;
        targets.append(target);
        sessions.push_back(std::move(session));
    }
    if (!options.server.isEmpty() && targets.isEmpty())
        return fail(QStringLiteral("no usable server named %1").arg(options.server), 2);
    if (targets.isEmpty() && !statusUrl.isEmpty()) {
        HealthTarget feedOnly; // no server: the level is the status page's
        feedOnly.statusUrl = statusUrl;
        targets.append(feedOnly);
    }

    SystemClock clock;
    RequestLayer layer(&clock);
    HealthMonitor monitor(&clock, &layer);
    NetworkWatch network;
    if (network.start())
        monitor.setNetwork(network.network());
    monitor.setTargets(targets);

    std::optional<HealthState> result;
    QEventLoop loop;
    QObject::connect(&monitor, &HealthMonitor::evaluated, &loop, [&](const HealthState &state) {
        result = state;
        loop.quit();
    });
    QTimer::singleShot(kEvaluationLimitMs, &loop, &QEventLoop::quit);
    monitor.evaluateOnce();
    if (!result)
        loop.exec();
    const HealthState state = result.value_or(monitor.state());

    if (ctx.json) {
        QJsonObject json = state.toJson();
        json.insert(QStringLiteral("network_backend"), network.backendName());
        printJson(QJsonDocument(json));
    } else {
        out() << healthLevelLabel(state.level) << ": " << state.headline << Qt::endl;
        if (!state.detail.isEmpty())
            out() << state.detail << Qt::endl;
        for (const ServiceIncident &incident : state.incidents) {
            out() << "  incident: " << incident.name << " (" << incident.status << ")";
            if (!incident.updates.isEmpty())
                out() << " — " << incident.updates.first().body.simplified().left(200);
            out() << Qt::endl;
        }
        for (const ServiceMaintenance &maintenance : state.maintenances)
            out() << "  maintenance: " << maintenance.name << " ("
                  << maintenance.scheduledFor.toLocalTime().toString(Qt::ISODate) << ")"
                  << Qt::endl;
    }
    return exitCodeFor(state.level);
}

} // namespace refrain::ctl
