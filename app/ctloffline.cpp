#include "app/ctloffline.h"

#include "app/ctlsession.h"
#include "core/health/incidentlog.h"
#include "core/offline/downloadmanager.h"
#include "core/offline/offlinequeue.h"
#include "core/offline/offlinestore.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/serverstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace refrain::ctl {

namespace {

int fail(const QString &what, const QString &message, int code) {
    err() << "refrainctl " << what << ": " << message << Qt::endl;
    return code;
}

QJsonValue isoOrNull(qint64 ms) {
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate))
                  : QJsonValue();
}

QString offlineRoot(const Context &ctx) {
    return ctx.profile.downloadsDirectory();
}

QJsonObject pinJson(const OfflinePin &p) {
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("kind"), pinKindKey(p.kind)},
            {QStringLiteral("source"), p.source},
            {QStringLiteral("ref"), p.ref},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("tracks"), p.tracks},
            {QStringLiteral("ready"), p.ready},
            {QStringLiteral("pending"), p.pending},
            {QStringLiteral("hours"), double(p.durationMs) / 3'600'000.0},
            {QStringLiteral("ready_hours"), double(p.readyDurationMs) / 3'600'000.0},
            {QStringLiteral("bytes"), p.bytes},
            {QStringLiteral("synced_at"), isoOrNull(p.syncedAtMs)}};
}

void printPin(const OfflinePin &p) {
    out() << qSetFieldWidth(4) << p.id << qSetFieldWidth(0) << "  " << p.name << "  ("
          << pinKindKey(p.kind) << "): " << p.ready << "/" << p.tracks << " ready, "
          << formatDuration(p.readyDurationMs) << " of " << formatDuration(p.durationMs);
    if (p.pending > 0)
        out() << ", " << p.pending << " downloading";
    out() << Qt::endl;
}

// The pin a command names: --essentials, --playlist, --album, --artist (by id or name).
std::optional<std::pair<PinKind, QString>> pinTarget(const OfflineOptions &o) {
    if (o.essentials)
        return std::pair{PinKind::Essentials, QString()};
    if (!o.playlist.isEmpty())
        return std::pair{PinKind::Playlist, o.playlist};
    if (!o.album.isEmpty())
        return std::pair{PinKind::Album, o.album};
    if (!o.artist.isEmpty())
        return std::pair{PinKind::Artist, o.artist};
    return std::nullopt;
}

int pin(const Context &ctx, Database &db, const OfflineOptions &o) {
    const auto target = pinTarget(o);
    if (!target)
        return fail(QStringLiteral("offline pin"),
                    QStringLiteral("say what to keep: --playlist NAME|ID, --album ID, --artist ID "
                                   "or --essentials"),
                    kUsage);
    OfflineStore store(db);
    auto found = store.findTarget(target->first, target->second);
    if (!found)
        return fail(QStringLiteral("offline pin"), found.error().message, kProblems);
    PinKind kind = target->first;
    if (kind == PinKind::Playlist && found.value().source != QLatin1String(Track::kLocalSource))
        kind = PinKind::ServerPlaylist;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto pinned = store.pin(kind, found.value().source, found.value().ref, now);
    if (!pinned)
        return fail(QStringLiteral("offline pin"), pinned.error().message, kProblems);
    auto reconciled = store.reconcile(now);
    if (!reconciled)
        return fail(QStringLiteral("offline pin"), reconciled.error().message, kDatabase);
    auto pins = store.pins();
    for (const OfflinePin &p : pins.valueOr({})) {
        if (p.id != pinned.value().id)
            continue;
        if (ctx.json)
            printJson(QJsonDocument(pinJson(p)));
        else
            printPin(p);
    }
    if (!ctx.json)
        err() << "Run `refrainctl offline sync` (or keep Refrain open) to download what is "
                 "missing."
              << Qt::endl;
    return kOk;
}

int unpin(Database &db, const OfflineOptions &o) {
    OfflineStore store(db);
    qint64 id = o.pinId.toLongLong();
    if (id <= 0) {
        const auto target = pinTarget(o);
        if (!target || target->first == PinKind::Essentials)
            return fail(QStringLiteral("offline unpin"),
                        QStringLiteral("say what: --id N (see offline list), --playlist, --album "
                                       "or --artist; Essentials stays pinned"),
                        kUsage);
        auto found = store.findTarget(target->first, target->second);
        if (!found)
            return fail(QStringLiteral("offline unpin"), found.error().message, kProblems);
        for (const OfflinePin &p : store.pins().valueOr({})) {
            if (p.source == found.value().source && p.ref == found.value().ref)
                id = p.id;
        }
    }
    if (auto r = store.unpin(id); !r)
        return fail(QStringLiteral("offline unpin"), r.error().message, kProblems);
    auto reconciled = store.reconcile(QDateTime::currentMSecsSinceEpoch());
    if (!reconciled)
        return fail(QStringLiteral("offline unpin"), reconciled.error().message, kDatabase);
    // The files go with the next sync (or the app); nothing counts them any more.
    out() << "Released " << reconciled.value().releasedPaths.size() << " offline file(s)."
          << Qt::endl;
    return kOk;
}

int list(const Context &ctx, Database &db) {
    auto pins = OfflineStore(db).pins();
    if (!pins)
        return fail(QStringLiteral("offline list"), pins.error().message, kDatabase);
    if (ctx.json) {
        QJsonArray array;
        for (const OfflinePin &p : pins.value())
            array.append(pinJson(p));
        printJson(QJsonDocument(array));
    } else {
        for (const OfflinePin &p : pins.value())
            printPin(p);
    }
    return kOk;
}

int picks(const Context &ctx, Database &db, bool add) {
    TrackIds ids;
    for (const QString &arg : ctx.args.mid(1)) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(QStringLiteral("offline pick"),
                        QStringLiteral("“%1” is not a track id (see search --json)").arg(arg),
                        kUsage);
        ids.append(id);
    }
    if (ids.isEmpty())
        return fail(QStringLiteral("offline pick"), QStringLiteral("give track ids"), kUsage);
    OfflineStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto r = add ? store.addPicks(ids, now) : store.removePicks(ids);
    if (!r)
        return fail(QStringLiteral("offline pick"), r.error().message, kDatabase);
    if (auto rec = store.reconcile(now); !rec)
        return fail(QStringLiteral("offline pick"), rec.error().message, kDatabase);
    return kOk;
}

int settings(const Context &ctx, Database &db, const OfflineOptions &o) {
    OfflineStore store(db);
    auto current = store.settings();
    if (!current)
        return fail(QStringLiteral("offline settings"), current.error().message, kDatabase);
    OfflineSettings s = current.value();
    const auto set = [](const QString &text, auto &field) {
        if (text.isEmpty())
            return true;
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || v < 0)
            return false;
        field = std::remove_reference_t<decltype(field)>(v);
        return true;
    };
    if (!set(o.essentialsHours, s.essentialsHours) || !set(o.essentialsGb, s.essentialsGb)
        || !set(o.quotaGb, s.quotaGb) || !set(o.parallel, s.parallel) || !set(o.cacheGb, s.cacheGb)
        || s.parallel < 1 || s.parallel > 8)
        return fail(QStringLiteral("offline settings"),
                    QStringLiteral("values are numbers ≥ 0 (--parallel 1 to 8)"), kUsage);
    if (!(s == current.value())) {
        if (auto r = store.setSettings(s); !r)
            return fail(QStringLiteral("offline settings"), r.error().message, kDatabase);
        if (auto r = store.reconcile(QDateTime::currentMSecsSinceEpoch()); !r)
            return fail(QStringLiteral("offline settings"), r.error().message, kDatabase);
    }
    const QJsonObject json{{QStringLiteral("essentials_hours"), s.essentialsHours},
                           {QStringLiteral("essentials_gb"), s.essentialsGb},
                           {QStringLiteral("quota_gb"), s.quotaGb},
                           {QStringLiteral("parallel"), s.parallel},
                           {QStringLiteral("cache_gb"), s.cacheGb}};
    if (ctx.json) {
        printJson(QJsonDocument(json));
    } else {
        for (auto it = json.begin(); it != json.end(); ++it)
            out() << it.key() << " = " << it.value().toVariant().toString() << Qt::endl;
    }
    return kOk;
}

QString progressLine(const DownloadManager &manager, int done, int total) {
    const DownloadManager::Totals t = manager.totals();
    QString line = QStringLiteral("[%1/%2] %3 downloading · %4 this run")
                       .arg(done)
                       .arg(total)
                       .arg(t.running)
                       .arg(byteSizeText(t.doneBytes));
    if (t.bytesPerSecond > 0)
        line += QStringLiteral(" · %1/s").arg(byteSizeText(qint64(t.bytesPerSecond)));
    if (t.etaMs > 0)
        line += QStringLiteral(" · ETA %1").arg(formatDuration(t.etaMs));
    const auto active = manager.active();
    for (const auto &a : active) {
        const int percent = a.totalBytes > 0 ? int(a.doneBytes * 100 / a.totalBytes) : 0;
        line += QStringLiteral("\n    %1 – %2: %3%").arg(a.artist, a.title).arg(percent);
    }
    return line;
}

// Downloads everything queued (after resolving the pins again), with progress on stderr.
int sync(const Context &ctx, Database &db, bool verifyOnly) {
    auto servers = ServerStore(db).all();
    if (!servers)
        return fail(QStringLiteral("offline sync"), servers.error().message, kDatabase);
    std::vector<std::unique_ptr<Session>> sessions;
    QHash<QString, SubsonicClient *> clients;
    if (!verifyOnly) {
        for (const ServerConfig &config : servers.value()) {
            auto session = std::make_unique<Session>(ctx, db);
            if (session->open(config.id, "offline sync") != kOk)
                continue; // its songs wait; the others still download
            clients.insert(config.id, session->client());
            sessions.push_back(std::move(session));
        }
    }
    SystemClock clock;
    RequestLayer layer(&clock);
    DownloadManager manager(
        [&db](const std::function<void(Database &)> &job) { job(db); }, &layer, offlineRoot(ctx),
        [&clients](const QString &serverId, const QString &songId) -> Result<QUrl> {
            SubsonicClient *c = clients.value(serverId);
            if (!c)
                return Error::make(Error::Kind::NotFound, QStringLiteral("its server is not "
                                                                         "signed in"));
            return c->downloadUrl(songId);
        });
    QEventLoop loop;
    int verified = 0;
    QJsonArray failures;
    QJsonArray damaged;
    const int total = OfflineQueue(db).readiness().valueOr({}).pending;
    // Parallel downloads meeting the same full disk each report it: the sentence is said once.
    QString lastNotice;
    QObject::connect(&manager, &DownloadManager::notice, &manager,
                     [&lastNotice](const QString &text) {
                         if (text == lastNotice)
                             return;
                         lastNotice = text;
                         err() << text << Qt::endl;
                     });
    QObject::connect(&manager, &DownloadManager::fileDamaged, &manager,
                     [&](qint64, qint64 trackId, const QString &problem) {
                         damaged.append(QJsonObject{{QStringLiteral("track_id"), trackId},
                                                    {QStringLiteral("problem"), problem}});
                         if (!ctx.json)
                             err() << "damaged: track " << trackId << ": " << problem << Qt::endl;
                     });
    QObject::connect(&manager, &DownloadManager::fileFinished, &manager,
                     [&](qint64, qint64 trackId, bool ok, const QString &message) {
                         if (ok) {
                             ++verified;
                             if (!ctx.json)
                                 err() << "[" << verified << "/" << total
                                       << "] verified: " << message << Qt::endl;
                         } else {
                             failures.append(QJsonObject{{QStringLiteral("track_id"), trackId},
                                                         {QStringLiteral("error"), message}});
                             err() << "track " << trackId << ": " << message << Qt::endl;
                         }
                     });
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(&manager, &DownloadManager::progress, &manager, [&] {
        // A person at a terminal sees it move; a log gets a line every few seconds.
        if (sinceLine.elapsed() < (stderrIsTerminal() ? 500 : 3000))
            return;
        sinceLine.restart();
        err() << progressLine(manager, verified, total) << Qt::endl;
    });
    int scrubbed = 0;
    int bad = 0;
    if (verifyOnly) {
        QObject::connect(&manager, &DownloadManager::scrubFinished, &loop, [&](int n, int d) {
            scrubbed = n;
            bad = d;
            loop.quit();
        });
        manager.scrub(std::numeric_limits<int>::max(), QDateTime::currentMSecsSinceEpoch());
    } else {
        QObject::connect(&manager, &DownloadManager::settled, &loop, &QEventLoop::quit);
        manager.start();
    }
    loop.exec();
    const QString hold = manager.holdReason();
    manager.stop();
    const Readiness r = OfflineQueue(db).readiness().valueOr({});
    if (ctx.json) {
        QJsonObject json{{QStringLiteral("verified"), verified},
                         {QStringLiteral("failed"), failures},
                         {QStringLiteral("pending"), r.pending},
                         {QStringLiteral("verified_files"), r.verifiedFiles},
                         {QStringLiteral("verified_bytes"), r.verifiedBytes},
                         {QStringLiteral("hold"), hold}};
        if (verifyOnly) {
            json.insert(QStringLiteral("checked"), scrubbed);
            json.insert(QStringLiteral("damaged"), damaged);
        }
        printJson(QJsonDocument(json));
    } else if (verifyOnly) {
        out() << "Checked " << scrubbed << " offline file(s): " << bad
              << " damaged and queued again." << Qt::endl;
    } else {
        out() << "Downloaded and verified " << verified << " file(s); " << r.pending << " waiting, "
              << r.failed << " failed. " << readinessText(r) << "." << Qt::endl;
        if (!hold.isEmpty())
            out() << hold << Qt::endl;
    }
    if (verifyOnly)
        return bad == 0 ? kOk : kProblems;
    return r.pending == 0 && failures.isEmpty() ? kOk : kProblems;
}

int status(const Context &ctx, Database &db) {
    auto rows = OfflineQueue(db).rows();
    if (!rows)
        return fail(QStringLiteral("offline status"), rows.error().message, kDatabase);
    static const char *states[] = {"queued", "downloading", "paused", "failed", "verified"};
    QJsonArray array;
    for (const DownloadRow &row : rows.value()) {
        const QString state = QString::fromLatin1(states[int(row.state)]);
        if (ctx.json) {
            array.append(QJsonObject{{QStringLiteral("file_id"), row.fileId},
                                     {QStringLiteral("track_id"), row.trackId},
                                     {QStringLiteral("title"), row.title},
                                     {QStringLiteral("artist"), row.artist},
                                     {QStringLiteral("state"), state},
                                     {QStringLiteral("pinned"), row.pinned},
                                     {QStringLiteral("priority"), row.priority},
                                     {QStringLiteral("size"), row.expectedSize},
                                     {QStringLiteral("error"), row.error}});
        } else {
            out() << state << "\t" << row.artist << " – " << row.title;
            if (!row.error.isEmpty())
                out() << "\t" << row.error;
            out() << Qt::endl;
        }
    }
    if (ctx.json)
        printJson(QJsonDocument(array));
    return kOk;
}

} // namespace

int runOffline(const Context &ctx, const OfflineOptions &options) {
    const QString sub = ctx.args.value(0);
    std::optional<Database> db;
    if (const int rc = openDatabase(ctx, db); rc != kOk)
        return rc;
    if (sub == u"pin")
        return pin(ctx, *db, options);
    if (sub == u"unpin")
        return unpin(*db, options);
    if (sub == u"list")
        return list(ctx, *db);
    if (sub == u"pick" || sub == u"unpick")
        return picks(ctx, *db, sub == u"pick");
    if (sub == u"sync" || sub == u"verify")
        return sync(ctx, *db, sub == u"verify");
    if (sub == u"status")
        return status(ctx, *db);
    if (sub == u"settings")
        return settings(ctx, *db, options);
    return fail(QStringLiteral("offline"),
                QStringLiteral("unknown subcommand “%1”: pin, unpin, list, pick, unpick, sync, "
                               "verify, status or settings")
                    .arg(sub),
                kUsage);
}

int runReadiness(const Context &ctx) {
    std::optional<Database> db;
    if (const int rc = openDatabase(ctx, db); rc != kOk)
        return rc;
    auto ready = OfflineQueue(*db).readiness();
    if (!ready)
        return fail(QStringLiteral("readiness"), ready.error().message, kDatabase);
    const Readiness &r = ready.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto log = incidentlog::entries(*db, now.addDays(-incidentlog::kKeepDays), now);
    std::optional<HealthLogEntry> health;
    for (const HealthLogEntry &e : log.valueOr({})) {
        if (e.subject == QLatin1String(incidentlog::kOverall))
            health = e;
    }
    const bool complete = r.essentialsTracks > 0 && r.essentialsReady == r.essentialsTracks;
    if (ctx.json) {
        QJsonObject json{
            {QStringLiteral("verified_hours"), r.readyHours()},
            {QStringLiteral("verified_bytes"), r.essentialsReadyBytes},
            {QStringLiteral("essentials_tracks"), r.essentialsTracks},
            {QStringLiteral("essentials_ready"), r.essentialsReady},
            {QStringLiteral("essentials_hours"), double(r.essentialsMs) / 3'600'000.0},
            {QStringLiteral("essentials_pending"), r.essentialsPending},
            {QStringLiteral("pending_downloads"), r.pending},
            {QStringLiteral("failed_downloads"), r.failed},
            {QStringLiteral("offline_files"), r.verifiedFiles},
            {QStringLiteral("offline_bytes"), r.verifiedBytes},
            {QStringLiteral("last_sync"), isoOrNull(r.lastSyncMs)},
            {QStringLiteral("health_level"),
             health ? healthLevelKey(health->level) : QStringLiteral("unknown")},
            {QStringLiteral("health_headline"), health ? health->headline : QString()},
            {QStringLiteral("health_since"),
             health ? QJsonValue(health->startedAt.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("ready"), complete},
            {QStringLiteral("text"), readinessText(r)}};
        printJson(QJsonDocument(json));
    } else {
        out() << readinessText(r) << "." << Qt::endl;
        out() << "Offline: " << r.verifiedFiles << " file(s), " << byteSizeText(r.verifiedBytes)
              << "; " << r.pending << " waiting, " << r.failed << " failed." << Qt::endl;
        if (health)
            out() << "Service (last seen " << health->startedAt.toLocalTime().toString()
                  << "): " << healthLevelLabel(health->level) << " — " << health->headline
                  << Qt::endl;
    }
    return complete ? kOk : kProblems;
}

} // namespace refrain::ctl
