// SubsonicClient: one server's API over the request layer — it picks the address that answers,
// signs each request (API key, salted token, or the hex password where that is allowed), falls
// back when a server refuses tokens, and turns answers into typed replies or plain errors.
// Lives on the request layer's thread and never blocks it.
#pragma once

#include "core/library/result.h"
#include "core/service/request/requestlayer.h"
#include "core/service/serverconfig.h"
#include "core/service/subsonic/connectionoutcome.h"
#include "core/service/subsonic/subsonicauth.h"
#include "core/service/subsonic/subsonicreply.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace refrain {

// One finished call: what the transport saw and, when the server answered, the Subsonic reply.
struct SubsonicCall {
    RequestResult transport;
    std::optional<SubsonicReply> reply;
    Error error; // meaningful when !ok(): a plain sentence, no credentials
    // fetchBinary only: the server sent the media asked for (in transport.body), not a document.
    bool media = false;

    bool ok() const { return reply && reply->ok(); }
    // The server could not be reached at all (as opposed to answering with an error).
    bool unreachable() const;
};

class SubsonicClient : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const SubsonicCall &)>;
    using BinaryDone = std::function<void(Result<QByteArray>)>;

    // The most fetchBinary() accepts by default: far beyond any cover at a thumbnail's size.
    static constexpr qint64 kMaxBinaryBytes = 8 * 1024 * 1024;

    // addresses: the order to try them in (ServerStore::addressesByHealth); config.urls when
    // empty. secret: the password or the API key, per config.auth.
    SubsonicClient(RequestLayer *layer, ServerConfig config, QString secret,
                   QList<QUrl> addresses = {}, QObject *parent = nullptr);

    const ServerConfig &config() const { return m_config; }
    const ServerInfo &serverInfo() const { return m_info; }
    // The address the last answer came from (the first to try when nothing answered yet).
    QUrl currentAddress() const;

    // GET <endpoint>.view with params. done runs on this object's thread, unless this object is
    // gone by then.
    // Retryable: the layer may send it again after a timeout or a cut connection, and another
    // address may be tried. SendOnce: for edits that must not happen twice (adding a song to a
    // playlist) — sent once; another address only when nothing reached the first one.
    enum class Delivery { Retryable, SendOnce };
    void call(const QString &endpoint, const SubsonicParams &params, Component component, Done done,
              Delivery delivery = Delivery::Retryable);
    // GET <endpoint>.view for media (getCoverArt, …), with the same address and sign-in fallbacks
    // as call(): the body when the server sent media; otherwise an error — NotFound when the
    // server says it has no such thing (error 70), Io when it could not be reached or the body
    // passed maxBytes. Artwork waits behind other requests for a free connection.
    void fetchBinary(const QString &endpoint, const SubsonicParams &params, Component component,
                     BinaryDone done, qint64 maxBytes = kMaxBinaryBytes);
    // ping, then the OpenSubsonic extensions when the server has them: the precise outcome a
    // "Test connection" button shows, and the server's description learnt on the way.
    void testConnection(std::function<void(const ConnectionOutcome &)> done);

    // Signed URLs for the media player and the cover cache, made at the moment of use (a fresh
    // salt each time). They carry credentials: never log them, never store them.
    QUrl streamUrl(const QString &songId) const;
    // The original file, never transcoded (offline copies): its size matches the catalog's.
    QUrl downloadUrl(const QString &songId) const;
    QUrl coverArtUrl(const QString &coverArtId, int size = 0) const;

Q_SIGNALS:
    // What ping and the extension list said; worth saving (ServerStore::updateServerInfo).
    void serverInfoLearnt(const refrain::ServerConfig &config);
    // Whether the salted token works here (false after error 41).
    void tokenAuthLearnt(bool works);
    // One address answered (ok) or could not be reached.
    void addressOutcome(const QUrl &address, bool ok, qint64 latencyMs);

private:
    struct Attempt;
    void send(const std::shared_ptr<Attempt> &attempt);
    void finish(const std::shared_ptr<Attempt> &attempt, const RequestResult &result,
                SubsonicAuth::Mode mode);
    SubsonicAuth::Choice choose(std::optional<int> previousError, const QUrl &address) const;
    QUrl signedUrl(const QString &endpoint, const SubsonicParams &params) const;
    void learn(const ServerInfo &info);

    QPointer<RequestLayer> m_layer;
    ServerConfig m_config;
    SubsonicCredentials m_credentials;
    QList<QUrl> m_addresses;
    int m_current = 0;
    ServerInfo m_info;
};

} // namespace refrain
