#include "app/ctlserver.h"

#include "app/ctlplaylists.h"
#include "app/ctlsession.h"

#include "core/service/catalogmirror.h"
#include "core/service/catalogsync.h"
#include "core/service/request/systemclock.h"
#include "core/service/secretstore.h"
#include "core/service/serverstore.h"
#include "core/service/subsonicclient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace refrain::ctl {

namespace {

QString outcomeKey(ConnectionOutcome::Kind kind) {
    using K = ConnectionOutcome::Kind;
    switch (kind) {
    case K::Ok:
        return QStringLiteral("ok");
    case K::WrongCredentials:
        return QStringLiteral("wrong_credentials");
    case K::TokenAuthNotSupported:
        return QStringLiteral("token_auth_not_supported");
    case K::ApiKeyInvalid:
        return QStringLiteral("api_key_invalid");
    case K::NotSubsonic:
        return QStringLiteral("not_subsonic");
    case K::TlsError:
        return QStringLiteral("tls_error");
    case K::Timeout:
        return QStringLiteral("timeout");
    case K::Refused:
        return QStringLiteral("refused");
    case K::HostNotFound:
        return QStringLiteral("host_not_found");
    case K::HttpError:
        return QStringLiteral("http_error");
    case K::Malformed:
        return QStringLiteral("malformed");
    case K::Other:
        break;
    }
    return QStringLiteral("other");
}

// The secret from standard input: everything up to the end, without the final line break.
QString readSecretFromStdin() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

QJsonObject serverToJson(const ServerConfig &s) {
    QJsonArray urls;
    for (const QUrl &url : s.urls)
        urls.append(url.toString());
    QJsonObject o{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("urls"), urls},
        {QStringLiteral("user"), s.user},
        {QStringLiteral("auth"), s.auth == ServerConfig::Auth::ApiKey ? QStringLiteral("api_key")
                                                                      : QStringLiteral("password")},
        {QStringLiteral("api_version"), s.apiVersion},
        {QStringLiteral("server_type"), s.serverType},
        {QStringLiteral("server_version"), s.serverVersion},
        {QStringLiteral("open_subsonic"), s.openSubsonic},
        {QStringLiteral("last_sync_ms"), s.lastSyncAtMs},
        {QStringLiteral("status_url"), s.statusUrl.toString()},
    };
    o.insert(QStringLiteral("token_auth"),
             s.tokenAuth ? QJsonValue(*s.tokenAuth) : QJsonValue(QJsonValue::Null));
    return o;
}

int runAdd(const Context &ctx, Database &db, const ServerOptions &options) {
    if (options.passwordStdin == options.apiKeyStdin)
        return Session::fail("add",
                             QStringLiteral("give exactly one of --password-stdin and "
                                            "--api-key-stdin"),
                             kUsage);
    ServerConfig config;
    config.name = options.name;
    config.user = options.user;
    config.auth = options.apiKeyStdin ? ServerConfig::Auth::ApiKey : ServerConfig::Auth::Password;
    config.allowPlainPassword = options.allowPlainPassword;
    if (!options.statusUrl.isEmpty()) {
        auto status = ServerStore::normaliseUrl(options.statusUrl);
        if (!status)
            return Session::fail("add", status.error().message, kUsage);
        config.statusUrl = status.value();
    }
    for (const QString &text : options.urls) {
        auto url = ServerStore::normaliseUrl(text);
        if (!url)
            return Session::fail("add", url.error().message, kUsage);
        config.urls.append(url.value());
    }
    const QString secret = readSecretFromStdin();
    if (secret.isEmpty())
        return Session::fail("add",
                             options.apiKeyStdin ? QStringLiteral("no API key on standard input")
                                                 : QStringLiteral("no password on standard input"),
                             kUsage);
    auto added = ServerStore(db).add(config);
    if (!added)
        return Session::fail("add", added.error().message,
                             added.error().kind == Error::Kind::Invalid ? kUsage : kDatabase);
    SecretStore secrets(ctx.profile.secretsPath());
    std::optional<Result<SecretStore::Backend>> stored;
    QEventLoop loop;
    secrets.write(added.value().id, secret, [&](Result<SecretStore::Backend> r) {
        stored.emplace(std::move(r));
        loop.quit();
    });
    if (!stored)
        loop.exec();
    if (!stored->ok()) {
        (void)ServerStore(db).remove(added.value().id); // a server we cannot sign in to is no use
        return Session::fail("add", stored->error().message, kProblems);
    }
    if (ctx.json) {
        QJsonObject o = serverToJson(added.value());
        o.insert(QStringLiteral("secret_storage"), stored->value() == SecretStore::Backend::Keychain
                                                       ? QStringLiteral("keychain")
                                                       : QStringLiteral("file"));
        printJson(QJsonDocument(o));
    } else {
        out() << "Added server " << added.value().name << " (" << added.value().id << ")."
              << Qt::endl
              << secrets.describe() << Qt::endl
              << "Check it with: refrainctl server test \"" << added.value().name << "\""
              << Qt::endl;
    }
    return kOk;
}

int runList(const Context &ctx, Database &db) {
    auto all = ServerStore(db).all();
    if (!all)
        return Session::fail("list", all.error().message, kDatabase);
    if (ctx.json) {
        QJsonArray list;
        for (const ServerConfig &s : all.value())
            list.append(serverToJson(s));
        printJson(QJsonDocument(list));
        return kOk;
    }
    for (const ServerConfig &s : all.value()) {
        QStringList urls;
        for (const QUrl &url : s.urls)
            urls.append(url.toString());
        out() << s.name << "  " << urls.join(QStringLiteral(", ")) << "  (" << s.id << ")"
              << Qt::endl;
    }
    if (all.value().isEmpty())
        err() << "No servers yet. Add one with: refrainctl server add --name NAME --url URL "
                 "--user USER --password-stdin"
              << Qt::endl;
    return kOk;
}

int runTest(const Context &ctx, Database &db) {
    Session session(ctx, db);
    if (const int rc = session.open(ctx.args.value(1), "test"); rc != kOk)
        return rc;
    std::optional<ConnectionOutcome> outcome;
    QEventLoop loop;
    session.client()->testConnection([&](const ConnectionOutcome &o) {
        outcome = o;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    const ServerInfo &info = session.client()->serverInfo();
    const QString address = redactedUrlText(session.client()->currentAddress());
    if (ctx.json) {
        QJsonObject o{
            {QStringLiteral("server"), session.config().name},
            {QStringLiteral("id"), session.config().id},
            {QStringLiteral("ok"), outcome->ok()},
            {QStringLiteral("outcome"), outcomeKey(outcome->kind)},
            {QStringLiteral("message"), outcome->message},
            {QStringLiteral("address"), address},
            {QStringLiteral("api_version"), info.apiVersion},
            {QStringLiteral("server_type"), info.type},
            {QStringLiteral("server_version"), info.serverVersion},
            {QStringLiteral("open_subsonic"), info.openSubsonic},
        };
        o.insert(QStringLiteral("subsonic_error"), outcome->subsonicCode
                                                       ? QJsonValue(*outcome->subsonicCode)
                                                       : QJsonValue(QJsonValue::Null));
        printJson(QJsonDocument(o));
    } else if (outcome->ok()) {
        out() << session.config().name << ": connected to " << info.describe() << " at " << address
              << Qt::endl;
    } else {
        out() << session.config().name << ": " << outcome->message << Qt::endl;
    }
    return outcome->ok() ? kOk : kProblems;
}

int runSync(const Context &ctx, Database &db, const ServerOptions &options) {
    Session session(ctx, db);
    if (const int rc = session.open(ctx.args.value(1), "sync"); rc != kOk)
        return rc;
    // The writer is this thread: jobs run at once, answers come back through the event loop.
    CatalogSync sync(session.client(), [&db](std::function<void(Database &)> job) { job(db); });
    const bool showProgress = stderrIsTerminal();
    if (showProgress) {
        QObject::connect(&sync, &CatalogSync::progress,
                         [](const QString &phase, int done, int total) {
                             err() << "\r\033[K" << phase << ' ' << done;
                             if (total > 0)
                                 err() << '/' << total;
                             err().flush();
                         });
    }
    std::optional<CatalogSync::Report> report;
    QEventLoop loop;
    QObject::connect(&sync, &CatalogSync::finished, [&](const CatalogSync::Report &r) {
        report = r;
        loop.quit();
    });
    CatalogSync::Options syncOptions;
    syncOptions.full = options.full;
    sync.start(syncOptions);
    if (!report)
        loop.exec();
    if (showProgress)
        err() << "\r\033[K";
    const qint64 total = CatalogMirror(db).songCount(session.config().id).valueOr(0);
    if (ctx.json) {
        QJsonObject o{
            {QStringLiteral("server"), session.config().name},
            {QStringLiteral("id"), session.config().id},
            {QStringLiteral("ok"), !report->error},
            {QStringLiteral("albums_listed"), report->albumsListed},
            {QStringLiteral("albums_fetched"), report->albumsFetched},
            {QStringLiteral("albums_removed"), report->albumsRemoved},
            {QStringLiteral("songs_added"), report->songsAdded},
            {QStringLiteral("songs_updated"), report->songsUpdated},
            {QStringLiteral("songs_removed"), report->songsRemoved},
            {QStringLiteral("songs_total"), total},
            {QStringLiteral("playlists"), report->playlists},
            {QStringLiteral("starred_songs"), report->starredSongs},
            {QStringLiteral("seconds"), double(report->milliseconds) / 1000.0},
        };
        o.insert(QStringLiteral("error"),
                 report->error ? QJsonValue(report->error->message) : QJsonValue(QJsonValue::Null));
        printJson(QJsonDocument(o));
    } else {
        out() << session.config().name << ": " << total << " songs mirrored (" << report->songsAdded
              << " added, " << report->songsUpdated << " changed, " << report->songsRemoved
              << " removed); " << report->albumsListed << " albums, " << report->albumsFetched
              << " fetched; " << report->playlists << " playlists; "
              << QString::number(double(report->milliseconds) / 1000.0, 'f', 1) << " s" << Qt::endl;
    }
    if (report->error) {
        err() << "refrainctl server sync: stopped: " << report->error->message << Qt::endl
              << "refrainctl server sync: what was mirrored before stays; run it again to go on."
              << Qt::endl;
        return kProblems;
    }
    return kOk;
}

// server status-url NAME URL: where the service behind the server publishes its status ("" clears).
int runStatusUrl(const Context &ctx, Database &db) {
    if (ctx.args.size() != 3)
        return Session::fail("status-url",
                             QStringLiteral("give the server and the status page "
                                            "(\"\" for none)"),
                             kUsage);
    auto found = ServerStore(db).find(ctx.args.at(1));
    if (!found)
        return Session::fail("status-url", found.error().message, kUsage);
    QUrl url;
    if (!ctx.args.at(2).trimmed().isEmpty()) {
        auto parsed = ServerStore::normaliseUrl(ctx.args.at(2));
        if (!parsed)
            return Session::fail("status-url", parsed.error().message, kUsage);
        url = parsed.value();
    }
    if (auto saved = ServerStore(db).setStatusUrl(found.value().id, url); !saved)
        return Session::fail("status-url", saved.error().message, kDatabase);
    ServerConfig server = found.value();
    server.statusUrl = url;
    if (ctx.json)
        printJson(QJsonDocument(serverToJson(server)));
    else if (url.isEmpty())
        out() << server.name << " has no status page now." << Qt::endl;
    else
        out() << server.name << "'s status page: " << url.toString() << Qt::endl;
    return kOk;
}

int runRemove(const Context &ctx, Database &db) {
    auto found = ServerStore(db).find(ctx.args.value(1));
    if (ctx.args.value(1).isEmpty() || !found)
        return Session::fail(
            "remove", found ? QStringLiteral("say which server") : found.error().message, kUsage);
    if (auto removed = ServerStore(db).remove(found.value().id); !removed)
        return Session::fail("remove", removed.error().message, kDatabase);
    SecretStore secrets(ctx.profile.secretsPath());
    QEventLoop loop;
    bool done = false;
    secrets.remove(found.value().id, [&](Result<void>) {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    out() << "Removed server " << found.value().name << " and its mirrored songs." << Qt::endl;
    return kOk;
}

} // namespace

int runServer(const Context &ctx, const ServerOptions &options) {
    const QString action = ctx.args.value(0);
    if (action == QLatin1String("playlist"))
        return runServerPlaylist(ctx, options);
    if (action == QLatin1String("star") || action == QLatin1String("unstar"))
        return runServerStar(ctx, options);
    if (action == QLatin1String("edits"))
        return runServerEdits(ctx, options);
    static const QStringList actions{QStringLiteral("add"),    QStringLiteral("list"),
                                     QStringLiteral("test"),   QStringLiteral("sync"),
                                     QStringLiteral("remove"), QStringLiteral("status-url")};
    if (!actions.contains(action)) {
        err()
            << "refrainctl server: use add, list, test, sync, remove, status-url, playlist, star, "
               "unstar or edits"
            << Qt::endl;
        return kUsage;
    }
    std::optional<Database> db;
    if (const int rc = openDatabase(ctx, db); rc != kOk)
        return rc;
    if (action == QLatin1String("add"))
        return runAdd(ctx, *db, options);
    if (action == QLatin1String("list"))
        return runList(ctx, *db);
    if (action == QLatin1String("test"))
        return runTest(ctx, *db);
    if (action == QLatin1String("sync"))
        return runSync(ctx, *db, options);
    if (action == QLatin1String("status-url"))
        return runStatusUrl(ctx, *db);
    return runRemove(ctx, *db);
}

} // namespace refrain::ctl
