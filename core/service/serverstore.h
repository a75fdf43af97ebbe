// ServerStore: the servers the user added, in the library database — add, list, find, remove,
// and remember what each server and each of its addresses last did. Runs on the thread that owns
// the Database connection.
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"
#include "core/service/serverconfig.h"

namespace refrain {

class ServerStore {
public:
    explicit ServerStore(Database &db)
        : m_db(db) {}

    // Checks the config (a name, at least one http(s) address without a user or password in
    // it, a user unless it is an API key), gives it a fresh identity and stores it.
    Result<ServerConfig> add(ServerConfig config);
    Result<QList<ServerConfig>> all();
    // By identity, or by name (case-insensitive).
    Result<ServerConfig> find(const QString &idOrName);
    // Forgets the server and its mirrored songs; playlists keep their entries as missing.
    Result<void> remove(const QString &id);

    // What ping and the extension list said.
    Result<void> updateServerInfo(const ServerConfig &config);
    Result<void> setTokenAuth(const QString &id, bool works);
    Result<void> setLastSync(const QString &id, qint64 atMs);
    // Where the server's service publishes its status (Statuspage v2); empty: none.
    Result<void> setStatusUrl(const QString &id, const QUrl &url);
    // One answer (or failure) from one address, for choosing the healthiest address next time.
    Result<void> recordAddressOutcome(const QString &id, const QUrl &url, bool ok, qint64 latencyMs,
                                      qint64 atMs);
    // The addresses, the one that answered most recently (and fastest) first.
    Result<QList<QUrl>> addressesByHealth(const QString &id);

    // A URL as the user typed it, made usable: a scheme added to a bare host ("http://" on the
    // home network — see isHomeNetworkHost — and "https://" elsewhere), trailing slashes
    // trimmed. Invalid: not http(s), no host, or credentials in it.
    static Result<QUrl> normaliseUrl(const QString &text);
    // The typed text with that scheme in front when it has none.
    static QString withDefaultScheme(const QString &typed);
    // Loopback, private and link-local addresses, .local names, and single-label names ("nas")
    // that only a home or office network resolves.
    static bool isHomeNetworkHost(const QString &host);
    // Plain http:// to an address outside the home network: anyone on the way can read what is
    // played and replay the sign-in. Said next to such an address wherever it is shown.
    static bool isUnencryptedPublic(const QUrl &url);

private:
    Result<QList<QUrl>> urlsOf(const QString &id, const char *orderBy);

    Database &m_db;
};

} // namespace refrain
