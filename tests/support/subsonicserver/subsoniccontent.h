// SubsonicContent: a scriptable Subsonic/OpenSubsonic server as an HttpHandler — it checks
// credentials exactly like a real server, answers JSON or XML from a catalog the test builds,
// and can be told to behave like the awkward servers and proxies found in the wild.
#pragma once

#include "tests/support/httpserver/httpexchange.h"
#include "tests/support/subsonicserver/subsoniccatalog.h"
#include "tests/support/subsonicserver/subsonicitemwriter.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

namespace refrain::test {

class SubsonicContent {
public:
    struct Extension {
        QString name;
        QList<int> versions;
    };

    struct Options {
        QString apiVersion = QStringLiteral("1.16.1");
        QString serverType = QStringLiteral("refrain-test");
        QString serverVersion = QStringLiteral("1.0.0 (test)");
        bool openSubsonic = true;        // type/serverVersion/openSubsonic in every envelope
        QList<Extension> extensions;     // what getOpenSubsonicExtensions lists
        bool refuseTokens = false;       // error 41 for t/s (Supysonic, LDAP accounts)
        bool refusePasswords = false;    // error 42 for u/p and u/t/s: API keys only
        bool noJson = false;             // XML even when f=json (servers older than API 1.4)
        bool htmlLoginPage = false;      // every answer is a 200 HTML sign-in page (portal, SSO)
        bool rejectNewerClients = false; // error 30 when v is newer than apiVersion
        QString pathPrefix;              // "/music": the API lives under /music/rest/
        // Variations of real servers, to exercise the client's tolerance:
        bool numbersAsStrings = false;
        bool booleansAsStrings = false;
        bool bitRateInBitsPerSecond = false;
        SubsonicItemWriter::Timestamps timestamps = SubsonicItemWriter::Timestamps::Utc;
        // How stream and download send a song's bytes:
        bool ignoreRange = false; // 200 and the whole file even when Range is asked for
        bool sendDigest = false;  // Repr-Digest: sha-256=:…: of the whole file (RFC 9530)
    };

    // Options, catalog and scripts are meant to be set up before serving or between requests;
    // handle() itself is serialised, so a server may call it from its own thread.
    Options &options() { return m_options; }
    SubsonicCatalog &catalog() { return m_catalog; }

    void setUser(const QString &user, const QString &password);
    void addApiKey(const QString &apiKey); // also advertise apiKeyAuthentication in extensions
    // New bytes for a song while the server runs (a re-encode, a file corrupted on the server);
    // false for an unknown id. Serialised with handle(), unlike direct catalog() edits.
    bool setSongAudio(const QString &songId, const QByteArray &bytes);
    // The time used for stars, playlist changes; the wall clock when unset.
    void setNow(const QDateTime &now) { m_now = now; }

    // Scripts per endpoint (name without ".view"), checked before authentication:
    // answer this Subsonic error…
    void failEndpoint(const QString &endpoint, int code, const QString &message = {});
    // …or this exact HTTP reply (broken JSON, wrong content type, an HTML page, …).
    void overrideEndpoint(const QString &endpoint, const HttpReply &reply);
    void clearScripts();

    HttpReply handle(const HttpRequest &request);
    // A handler calling handle(); this content must outlive whoever holds it.
    HttpHandler handler() {
        return [this](const HttpRequest &request) { return handle(request); };
    }

    // What the server saw, for assertions.
    int requestCount(const QString &endpoint) const;
    HttpRequest lastRequest() const;
    // Every scrobble recorded (id, time, submission), in order; safe while the server runs.
    QList<SubsonicCatalog::Scrobble> scrobbles() const;

    static QByteArray loginPage();

private:
    struct Context; // one request being answered
    std::optional<HttpReply> checkAuthentication(const Context &context) const;
    HttpReply dispatch(Context &context);
    HttpReply document(const Context &context, QJsonObject response) const;
    HttpReply ok(const Context &context, QJsonObject payload = {}) const;
    HttpReply failed(const Context &context, int code, const QString &message) const;
    static HttpReply binary(const QByteArray &bytes, const QByteArray &contentType);
    HttpReply songAudio(const SubsonicCatalog::Song &song) const;
    QDateTime now() const;
    SubsonicItemWriter writer() const;

    HttpReply searchOrList(Context &context);
    HttpReply playlistEdit(Context &context);
    HttpReply starEdit(Context &context, bool star);
    HttpReply scrobble(Context &context);

    Options m_options;
    SubsonicCatalog m_catalog;
    QHash<QString, QString> m_passwords; // user → password
    QStringList m_apiKeys;
    QDateTime m_now;
    QHash<QString, QPair<int, QString>> m_failures;
    QHash<QString, HttpReply> m_overrides;
    QHash<QString, int> m_requestCounts;
    HttpRequest m_lastRequest;
    mutable QMutex m_mutex;
};

} // namespace refrain::test
