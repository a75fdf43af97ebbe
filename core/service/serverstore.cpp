#include "core/service/serverstore.h"

#include "core/library/statement.h"
#include "core/service/subsonic/subsonicauth.h"

#include <QDateTime>
#include <QUuid>

namespace refrain {

namespace {

Error noServer(const QString &idOrName) {
    return Error::make(Error::Kind::NotFound,
                       QStringLiteral("There is no server called “%1”.").arg(idOrName));
}

QString authName(ServerConfig::Auth auth) {
    return auth == ServerConfig::Auth::ApiKey ? QStringLiteral("api_key")
                                              : QStringLiteral("password");
}

// Runs a statement that changes rows; NotFound when it changed none.
Result<void> runChanging(Database &db, Statement &stmt, const QString &context,
                         const QString &idOrName) {
    if (auto ran = stmt.run(); !ran)
        return Error::make(ran.error().kind, context + QStringLiteral(": ") + ran.error().message);
    if (db.changes() == 0)
        return noServer(idOrName);
    return {};
}

constexpr auto kSelectServer =
    "SELECT id, name, user_name, auth, allow_plain_password, api_version, server_type, "
    "server_version, open_subsonic, extensions, token_auth, added_at, coalesce(last_sync_at, 0), "
    "coalesce(last_seen_at, 0), status_url FROM servers ";

ServerConfig serverFromRow(const Statement &s) {
    ServerConfig c;
    c.id = s.text(0);
    c.name = s.text(1);
    c.user = s.text(2);
    c.auth = s.text(3) == QLatin1String("api_key") ? ServerConfig::Auth::ApiKey
                                                   : ServerConfig::Auth::Password;
    c.allowPlainPassword = s.integer(4) != 0;
    c.apiVersion = s.text(5);
    c.serverType = s.text(6);
    c.serverVersion = s.text(7);
    c.openSubsonic = s.integer(8) != 0;
    const QString extensions = s.text(9);
    if (!extensions.isEmpty())
        c.extensions = extensions.split(QLatin1Char(','));
    if (!s.isNull(10))
        c.tokenAuth = s.integer(10) != 0;
    c.addedAtMs = s.int64(11);
    c.lastSyncAtMs = s.int64(12);
    c.lastSeenAtMs = s.int64(13);
    c.statusUrl = QUrl(s.text(14));
    return c;
}

} // namespace

Result<QUrl> ServerStore::normaliseUrl(const QString &text) {
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::make(Error::Kind::Invalid, QStringLiteral("A server address is empty."));
    QUrl url(withDefaultScheme(trimmed), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("“%1” is not a server address.").arg(text.trimmed()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("A server address must start with http:// or "
                                          "https://, not %1://.")
                               .arg(scheme));
    if (!url.userInfo().isEmpty())
        // Never store (or echo) what was written there: it may be a password.
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("Put the user name and password in their own fields, "
                                          "not in the address."));
    if (url.hasQuery() || url.hasFragment())
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("A server address cannot have a query (?…) or a "
                                          "fragment (#…)."));
    url.setScheme(scheme);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // People paste the API address or a web page of the server: keep only the base.
    if (path.endsWith(QLatin1String("/rest")))
        path.chop(5);
    url.setPath(path);
    return url;
}

QString ServerStore::withDefaultScheme(const QString &typed) {
    const QString trimmed = typed.trimmed();
    if (trimmed.contains(QLatin1String("://")))
        return trimmed;
    // A bare host: plain HTTP only where home servers live; anything public gets the encrypted
    // scheme, and a server without https then says so when tested.
    const QUrl probe(QStringLiteral("http://") + trimmed, QUrl::StrictMode);
    const bool home = !probe.isValid() || isHomeNetworkHost(probe.host());
    return (home ? QStringLiteral("http://") : QStringLiteral("https://")) + trimmed;
}

bool ServerStore::isHomeNetworkHost(const QString &host) {
    if (SubsonicAuth::isPrivateHost(host))
        return true;
    // "nas", "raspberrypi": no public name lacks a dot. (IPv6 literals have colons and are
    // judged above.)
    QString name = host.trimmed();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return !name.isEmpty() && !name.contains(QLatin1Char('.')) && !name.contains(QLatin1Char(':'));
}

bool ServerStore::isUnencryptedPublic(const QUrl &url) {
    return url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
           && !isHomeNetworkHost(url.host());
}

Result<ServerConfig> ServerStore::add(ServerConfig config) {
    config.name = config.name.trimmed();
    if (config.name.isEmpty())
        return Error::make(Error::Kind::Invalid, QStringLiteral("A server needs a name."));
    if (config.urls.isEmpty())
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("A server needs at least one address."));
    QList<QUrl> urls;
    for (const QUrl &url : std::as_const(config.urls)) {
        if (!url.isValid())
            // Not url.errorString(): it repeats the address, which may hold a password.
            return Error::make(Error::Kind::Invalid,
                               QStringLiteral("A server address is not valid."));
        auto normal = normaliseUrl(url.toString());
        if (!normal)
            return normal.error();
        if (!urls.contains(normal.value()))
            urls.append(normal.value());
    }
    config.urls = urls;
    config.user = config.user.trimmed();
    if (config.auth == ServerConfig::Auth::Password && config.user.isEmpty())
        return Error::make(Error::Kind::Invalid, QStringLiteral("A server needs a user name."));
    if (auto existing = find(config.name); existing)
        return Error::make(
            Error::Kind::Invalid,
            QStringLiteral("There is already a server called “%1”.").arg(existing.value().name));
    config.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    config.addedAtMs = QDateTime::currentMSecsSinceEpoch();

    auto stored = m_db.transaction([&]() -> Result<void> {
        auto insert = Statement::prepare(
            m_db, "INSERT INTO servers (id, name, user_name, auth, allow_plain_password, added_at, "
                  "api_version, server_type, server_version, open_subsonic, extensions, "
                  "token_auth, status_url) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                  "?12, ?13)");
        if (!insert)
            return insert.error();
        insert.value()
            .bind(1, config.id)
            .bind(2, config.name)
            .bind(3, config.user)
            .bind(4, authName(config.auth))
            .bind(5, config.allowPlainPassword ? 1 : 0)
            .bind(6, config.addedAtMs)
            // What a test connection before adding learnt: no second round trip needed.
            .bind(7, config.apiVersion)
            .bind(8, config.serverType)
            .bind(9, config.serverVersion)
            .bind(10, config.openSubsonic ? 1 : 0)
            .bind(11, config.extensions.join(QLatin1Char(',')))
            .bind(13, config.statusUrl.toString());
        if (config.tokenAuth)
            insert.value().bind(12, *config.tokenAuth ? 1 : 0);
        else
            insert.value().bindNull(12);
        if (auto ran = insert.value().run(); !ran)
            return ran;
        auto address = Statement::prepare(
            m_db, "INSERT INTO server_addresses (server_id, position, url) VALUES (?1, ?2, ?3)");
        if (!address)
            return address.error();
        for (int i = 0; i < config.urls.size(); ++i) {
            address.value().bind(1, config.id).bind(2, i).bind(3, config.urls.at(i).toString());
            if (auto ran = address.value().run(); !ran)
                return ran;
        }
        return {};
    });
    if (!stored)
        return stored.error();
    return config;
}

Result<QList<QUrl>> ServerStore::urlsOf(const QString &id, const char *orderBy) {
    const QByteArray sql =
        QByteArrayLiteral("SELECT url FROM server_addresses WHERE server_id = ?1 "
                          "ORDER BY ")
        + orderBy;
    auto stmt = Statement::prepare(m_db, sql.constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id);
    QList<QUrl> urls;
    for (;;) {
        const Statement::Step step = stmt.value().step();
        if (step == Statement::Step::Failed)
            return stmt.value().error(QStringLiteral("Reading server addresses"));
        if (step == Statement::Step::Done)
            return urls;
        urls.append(QUrl(stmt.value().text(0)));
    }
}

Result<QList<ServerConfig>> ServerStore::all() {
    const QByteArray sql = QByteArray(kSelectServer) + "ORDER BY name";
    auto stmt = Statement::prepare(m_db, sql.constData());
    if (!stmt)
        return stmt.error();
    QList<ServerConfig> servers;
    for (;;) {
        const Statement::Step step = stmt.value().step();
        if (step == Statement::Step::Failed)
            return stmt.value().error(QStringLiteral("Reading servers"));
        if (step == Statement::Step::Done)
            break;
        servers.append(serverFromRow(stmt.value()));
    }
    for (ServerConfig &server : servers) {
        auto urls = urlsOf(server.id, "position");
        if (!urls)
            return urls.error();
        server.urls = urls.value();
    }
    return servers;
}

Result<ServerConfig> ServerStore::find(const QString &idOrName) {
    const QByteArray sql = QByteArray(kSelectServer)
                           + "WHERE id = ?1 OR name = ?1 COLLATE NOCASE ORDER BY id = ?1 DESC "
                             "LIMIT 1";
    auto stmt = Statement::prepare(m_db, sql.constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, idOrName.trimmed());
    const Statement::Step step = stmt.value().step();
    if (step == Statement::Step::Failed)
        return stmt.value().error(QStringLiteral("Finding a server"));
    if (step == Statement::Step::Done)
        return noServer(idOrName);
    ServerConfig server = serverFromRow(stmt.value());
    auto urls = urlsOf(server.id, "position");
    if (!urls)
        return urls.error();
    server.urls = urls.value();
    return server;
}

Result<void> ServerStore::remove(const QString &id) {
    return m_db.transaction([&]() -> Result<void> {
        // Playlist entries keep what they showed and lose only the link.
        auto stmt = Statement::prepare(m_db, "DELETE FROM servers WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, id);
        return runChanging(m_db, stmt.value(), QStringLiteral("Removing a server"), id);
    });
}

Result<void> ServerStore::updateServerInfo(const ServerConfig &config) {
    auto stmt = Statement::prepare(
        m_db, "UPDATE servers SET api_version = ?2, server_type = ?3, server_version = ?4, "
              "open_subsonic = ?5, extensions = ?6, last_seen_at = ?7 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value()
        .bind(1, config.id)
        .bind(2, config.apiVersion)
        .bind(3, config.serverType)
        .bind(4, config.serverVersion)
        .bind(5, config.openSubsonic ? 1 : 0)
        .bind(6, config.extensions.join(QLatin1Char(',')))
        .bind(7, QDateTime::currentMSecsSinceEpoch());
    return runChanging(m_db, stmt.value(), QStringLiteral("Saving what the server said"),
                       config.id);
}

Result<void> ServerStore::setTokenAuth(const QString &id, bool works) {
    auto stmt = Statement::prepare(m_db, "UPDATE servers SET token_auth = ?2 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id).bind(2, works ? 1 : 0);
    return runChanging(m_db, stmt.value(), QStringLiteral("Saving the server's sign-in"), id);
}

Result<void> ServerStore::setStatusUrl(const QString &id, const QUrl &url) {
    auto stmt = Statement::prepare(m_db, "UPDATE servers SET status_url = ?2 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id).bind(2, url.toString());
    return runChanging(m_db, stmt.value(), QStringLiteral("Saving the status page"), id);
}

Result<void> ServerStore::setLastSync(const QString &id, qint64 atMs) {
    auto stmt = Statement::prepare(m_db, "UPDATE servers SET last_sync_at = ?2 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id).bind(2, atMs);
    return runChanging(m_db, stmt.value(), QStringLiteral("Saving the sync time"), id);
}

Result<void> ServerStore::recordAddressOutcome(const QString &id, const QUrl &url, bool ok,
                                               qint64 latencyMs, qint64 atMs) {
    auto stmt = Statement::prepare(
        m_db, ok ? "UPDATE server_addresses SET last_ok_at = ?3, latency_ms = ?4 "
                   "WHERE server_id = ?1 AND url = ?2"
                 : "UPDATE server_addresses SET last_failed_at = ?3 "
                   "WHERE server_id = ?1 AND url = ?2 AND ?4 >= 0");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id).bind(2, url.toString()).bind(3, atMs).bind(4, latencyMs);
    return runChanging(m_db, stmt.value(), QStringLiteral("Saving an address's health"), id);
}

Result<QList<QUrl>> ServerStore::addressesByHealth(const QString &id) {
    // Answering (the fastest first), then never tried, then failing; the user's order within.
    return urlsOf(id, "CASE WHEN last_ok_at IS NOT NULL AND (last_failed_at IS NULL OR "
                      "last_ok_at >= last_failed_at) THEN 0 "
                      "WHEN last_failed_at IS NULL THEN 1 ELSE 2 END, "
                      "CASE WHEN last_failed_at IS NULL OR last_ok_at >= last_failed_at "
                      "THEN coalesce(latency_ms, 0) ELSE 0 END, position");
}

} // namespace refrain
