#include "tests/support/subsonicserver/subsoniccontent.h"

#include "tests/support/subsonicserver/subsonicdocument.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMutexLocker>

#include <algorithm>

namespace refrain::test {

namespace {

// The server checks credentials on its own — not with the client's SubsonicAuth — so a
// round trip proves the client computes what a real server expects.
QString md5Hex(const QString &text) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

// "1.16.1" < "1.2.0" must be false: compare numerically, part by part.
int compareVersions(const QString &a, const QString &b) {
    const QStringList x = a.split(QLatin1Char('.'));
    const QStringList y = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        const int p = x.value(i).toInt();
        const int q = y.value(i).toInt();
        if (p != q)
            return p < q ? -1 : 1;
    }
    return 0;
}

// "enc:736573616d65" → "sesame"; plain passwords as they are. Nothing for bad hex.
std::optional<QString> decodePassword(const QString &p) {
    if (!p.startsWith(QLatin1String("enc:")))
        return p;
    const QString hex = p.mid(4);
    if (hex.size() % 2 != 0)
        return std::nullopt;
    for (const QChar c : hex) {
        if (!c.isDigit() && !QStringLiteral("abcdefABCDEF").contains(c))
            return std::nullopt;
    }
    return QString::fromUtf8(QByteArray::fromHex(hex.toLatin1()));
}

template<typename T>
QList<T> page(const QList<T> &all, int offset, int size) {
    if (offset >= all.size() || size <= 0)
        return {};
    return all.mid(offset, size);
}

} // namespace

struct SubsonicContent::Context {
    const HttpRequest &request;
    QString endpoint;
    SubsonicDocument::Format format = SubsonicDocument::Format::Xml;

    bool has(const char *name) const { return request.query.hasQueryItem(QLatin1String(name)); }
    QString value(const char *name) const {
        return request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    }
    QStringList values(const char *name) const {
        return request.query.allQueryItemValues(QLatin1String(name), QUrl::FullyDecoded);
    }
    int number(const char *name, int fallback) const {
        bool ok = false;
        const int n = value(name).toInt(&ok);
        return ok ? std::max(0, n) : fallback;
    }
};

void SubsonicContent::setUser(const QString &user, const QString &password) {
    m_passwords.insert(user, password);
}

bool SubsonicContent::setSongAudio(const QString &songId, const QByteArray &bytes) {
    QMutexLocker lock(&m_mutex);
    return m_catalog.setSongAudio(songId, bytes);
}

void SubsonicContent::addApiKey(const QString &apiKey) {
    m_apiKeys.append(apiKey);
    const bool advertised =
        std::any_of(m_options.extensions.cbegin(), m_options.extensions.cend(),
                    [](const Extension &e) { return e.name == u"apiKeyAuthentication"; });
    if (!advertised)
        m_options.extensions.append(Extension{QStringLiteral("apiKeyAuthentication"), {1}});
}

void SubsonicContent::failEndpoint(const QString &endpoint, int code, const QString &message) {
    m_failures.insert(endpoint, {code, message});
}

void SubsonicContent::overrideEndpoint(const QString &endpoint, const HttpReply &reply) {
    m_overrides.insert(endpoint, reply);
}

void SubsonicContent::clearScripts() {
    m_failures.clear();
    m_overrides.clear();
}

int SubsonicContent::requestCount(const QString &endpoint) const {
    QMutexLocker lock(&m_mutex);
    return m_requestCounts.value(endpoint);
}

HttpRequest SubsonicContent::lastRequest() const {
    QMutexLocker lock(&m_mutex);
    return m_lastRequest;
}

QList<SubsonicCatalog::Scrobble> SubsonicContent::scrobbles() const {
    QMutexLocker lock(&m_mutex);
    return m_catalog.scrobbles();
}

QByteArray SubsonicContent::loginPage() {
    return QByteArrayLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                             "<title>Sign in</title></head><body><form method=\"post\" "
                             "action=\"/login\"><input name=\"username\"><input name=\"password\" "
                             "type=\"password\"><button>Sign in</button></form></body></html>\n");
}

QDateTime SubsonicContent::now() const {
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

SubsonicItemWriter SubsonicContent::writer() const {
    return SubsonicItemWriter(m_catalog, {m_options.openSubsonic, m_options.bitRateInBitsPerSecond,
                                          m_options.timestamps});
}

HttpReply SubsonicContent::document(const Context &context, QJsonObject response) const {
    response.insert(QLatin1String("version"), m_options.apiVersion);
    if (m_options.openSubsonic) {
        response.insert(QLatin1String("type"), m_options.serverType);
        response.insert(QLatin1String("serverVersion"), m_options.serverVersion);
        response.insert(QLatin1String("openSubsonic"), true);
    }
    HttpReply reply;
    reply.contentType = SubsonicDocument::contentType(context.format);
    reply.body = SubsonicDocument::write(response, context.format,
                                         {m_options.numbersAsStrings, m_options.booleansAsStrings});
    return reply;
}

HttpReply SubsonicContent::ok(const Context &context, QJsonObject payload) const {
    payload.insert(QLatin1String("status"), QStringLiteral("ok"));
    return document(context, payload);
}

HttpReply SubsonicContent::failed(const Context &context, int code, const QString &message) const {
    QJsonObject error{{QStringLiteral("code"), code}};
    if (!message.isEmpty())
        error.insert(QLatin1String("message"), message);
    return document(context, {{QStringLiteral("status"), QStringLiteral("failed")},
                              {QStringLiteral("error"), error}});
}

HttpReply SubsonicContent::binary(const QByteArray &bytes, const QByteArray &contentType) {
    HttpReply reply;
    reply.contentType = contentType;
    reply.body = bytes;
    reply.rangeable = true;
    return reply;
}

HttpReply SubsonicContent::songAudio(const SubsonicCatalog::Song &song) const {
    HttpReply reply = binary(song.spec.audio, song.spec.contentType);
    reply.rangeable = !m_options.ignoreRange;
    if (m_options.sendDigest) {
        // RFC 9530: the digest of the whole representation, so a 206 carries the same value —
        // what lets a client check a resumed file once it is complete.
        const QByteArray sha =
            QCryptographicHash::hash(song.spec.audio, QCryptographicHash::Sha256);
        reply.headers.append({"Repr-Digest", "sha-256=:" + sha.toBase64() + ':'});
    }
    return reply;
}

std::optional<HttpReply> SubsonicContent::checkAuthentication(const Context &c) const {
    if (c.has("apiKey")) {
        if (c.has("u") || c.has("p") || c.has("t"))
            return failed(c, 43,
                          QStringLiteral("Multiple conflicting authentication mechanisms "
                                         "provided"));
        if (m_apiKeys.isEmpty())
            return failed(c, 42,
                          QStringLiteral("Provided authentication mechanism not "
                                         "supported"));
        if (!m_apiKeys.contains(c.value("apiKey")))
            return failed(c, 44, QStringLiteral("Invalid API key"));
        return std::nullopt;
    }
    if (!c.has("u"))
        return failed(c, 10, QStringLiteral("Required parameter is missing: u"));
    if (c.has("p") && c.has("t"))
        return failed(c, 43,
                      QStringLiteral("Multiple conflicting authentication mechanisms "
                                     "provided"));
    const auto password = m_passwords.constFind(c.value("u"));
    if (c.has("t")) {
        if (!c.has("s"))
            return failed(c, 10, QStringLiteral("Required parameter is missing: s"));
        if (m_options.refusePasswords)
            return failed(c, 42,
                          QStringLiteral("Authentication mechanism not supported. Use API "
                                         "keys"));
        if (m_options.refuseTokens)
            return failed(c, 41,
                          QStringLiteral("Token authentication not supported for LDAP "
                                         "users."));
        if (password == m_passwords.cend()
            || c.value("t").compare(md5Hex(*password + c.value("s")), Qt::CaseInsensitive) != 0)
            return failed(c, 40, QStringLiteral("Wrong username or password"));
        return std::nullopt;
    }
    if (c.has("p")) {
        if (m_options.refusePasswords)
            return failed(c, 42,
                          QStringLiteral("Authentication mechanism not supported. Use API "
                                         "keys"));
        const auto given = decodePassword(c.value("p"));
        if (password == m_passwords.cend() || !given || *given != *password)
            return failed(c, 40, QStringLiteral("Wrong username or password"));
        return std::nullopt;
    }
    return failed(c, 10, QStringLiteral("Required parameter is missing: p or t and s"));
}

HttpReply SubsonicContent::handle(const HttpRequest &request) {
    QMutexLocker lock(&m_mutex);
    m_lastRequest = request;
    if (m_options.htmlLoginPage) {
        HttpReply page;
        page.contentType = "text/html; charset=utf-8";
        page.body = loginPage();
        return page;
    }

    const QString path = QString::fromUtf8(request.path);
    const QString root = m_options.pathPrefix + QStringLiteral("/rest/");
    if (!path.startsWith(root)) {
        HttpReply notFound;
        notFound.status = 404;
        notFound.contentType = "text/plain; charset=utf-8";
        notFound.body = "404 page not found\n";
        return notFound;
    }
    QString endpoint = path.mid(root.size());
    if (endpoint.endsWith(QLatin1String(".view")))
        endpoint.chop(5);
    m_requestCounts[endpoint] += 1;

    Context context{request, endpoint};
    const QString f = context.value("f");
    const bool wantsJson = f == u"json" || f == u"jsonp";
    context.format = wantsJson && !m_options.noJson ? SubsonicDocument::Format::Json
                                                    : SubsonicDocument::Format::Xml;

    if (const auto it = m_overrides.constFind(endpoint); it != m_overrides.cend())
        return *it;
    if (const auto it = m_failures.constFind(endpoint); it != m_failures.cend())
        return failed(context, it->first, it->second);

    // getOpenSubsonicExtensions is public, as OpenSubsonic asks.
    if (endpoint != u"getOpenSubsonicExtensions" || !m_options.openSubsonic) {
        if (const auto refused = checkAuthentication(context))
            return *refused;
        if (!context.has("v") || !context.has("c"))
            return failed(context, 10,
                          QStringLiteral("Required parameter is missing: %1")
                              .arg(context.has("v") ? QStringLiteral("c") : QStringLiteral("v")));
        if (m_options.rejectNewerClients
            && compareVersions(context.value("v"), m_options.apiVersion) > 0)
            return failed(context, 30,
                          QStringLiteral("Incompatible Subsonic REST protocol version. Server "
                                         "must upgrade."));
    }
    return dispatch(context);
}

HttpReply SubsonicContent::dispatch(Context &c) {
    const QString &e = c.endpoint;
    const SubsonicItemWriter items = writer();
    const auto notFound = [&c, this](const QString &what) {
        return failed(c, 70, QStringLiteral("%1 not found").arg(what));
    };
    const auto missing = [&c, this](const char *name) {
        return failed(c, 10,
                      QStringLiteral("Required parameter is missing: %1").arg(QLatin1String(name)));
    };

    if (e == u"ping")
        return ok(c);
    if (e == u"getLicense")
        return ok(
            c,
            {{QStringLiteral("license"),
              QJsonObject{{QStringLiteral("valid"), true},
                          {QStringLiteral("email"), QStringLiteral("tester@example.invalid")}}}});
    if (e == u"getOpenSubsonicExtensions" && m_options.openSubsonic) {
        QJsonArray list;
        for (const Extension &x : std::as_const(m_options.extensions)) {
            QJsonArray versions;
            for (int v : x.versions)
                versions.append(v);
            list.append(QJsonObject{{QStringLiteral("name"), x.name},
                                    {QStringLiteral("versions"), versions}});
        }
        return ok(c, {{QStringLiteral("openSubsonicExtensions"), list}});
    }
    if (e == u"getMusicFolders")
        return ok(c, {{QStringLiteral("musicFolders"),
                       QJsonObject{{QStringLiteral("musicFolder"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("id"), 1},
                                        {QStringLiteral("name"), QStringLiteral("Music")}}}}}}});
    if (e == u"getArtists") {
        QJsonArray indexes;
        QJsonArray current;
        QString letter;
        for (const SubsonicCatalog::Artist *a : m_catalog.artists()) {
            const QChar first = a->name.isEmpty() ? QLatin1Char('#') : a->name.at(0).toUpper();
            const QString key = first.isLetter() ? QString(first) : QStringLiteral("#");
            if (key != letter && !current.isEmpty()) {
                indexes.append(QJsonObject{{QStringLiteral("name"), letter},
                                           {QStringLiteral("artist"), current}});
                current = QJsonArray();
            }
            letter = key;
            current.append(items.artist(*a, false));
        }
        if (!current.isEmpty())
            indexes.append(
                QJsonObject{{QStringLiteral("name"), letter}, {QStringLiteral("artist"), current}});
        return ok(c, {{QStringLiteral("artists"),
                       QJsonObject{{QStringLiteral("ignoredArticles"),
                                    QStringLiteral("The El La Los Las Le Les")},
                                   {QStringLiteral("index"), indexes}}}});
    }
    if (e == u"getArtist" || e == u"getAlbum" || e == u"getSong" || e == u"getPlaylist") {
        if (!c.has("id"))
            return missing("id");
        const QString id = c.value("id");
        if (e == u"getArtist") {
            const auto *artist = m_catalog.artist(id);
            return artist ? ok(c, {{QStringLiteral("artist"), items.artist(*artist, true)}})
                          : notFound(QStringLiteral("Artist"));
        }
        if (e == u"getAlbum") {
            const auto *album = m_catalog.album(id);
            return album ? ok(c, {{QStringLiteral("album"), items.album(*album, true)}})
                         : notFound(QStringLiteral("Album"));
        }
        if (e == u"getSong") {
            const auto *song = m_catalog.song(id);
            return song ? ok(c, {{QStringLiteral("song"), items.song(*song)}})
                        : notFound(QStringLiteral("Song"));
        }
        const auto *playlist = m_catalog.playlist(id);
        return playlist ? ok(c, {{QStringLiteral("playlist"), items.playlist(*playlist, true)}})
                        : notFound(QStringLiteral("Playlist"));
    }
    if (e == u"getAlbumList2" || e == u"search3")
        return searchOrList(c);
    if (e == u"getPlaylists") {
        QJsonArray list;
        for (const auto *p : m_catalog.playlists())
            list.append(items.playlist(*p, false));
        return ok(c,
                  {{QStringLiteral("playlists"), QJsonObject{{QStringLiteral("playlist"), list}}}});
    }
    if (e == u"createPlaylist" || e == u"updatePlaylist" || e == u"deletePlaylist")
        return playlistEdit(c);
    if (e == u"star" || e == u"unstar")
        return starEdit(c, e == u"star");
    if (e == u"getStarred2") {
        QJsonArray artists, albums, songs;
        for (const auto *a : m_catalog.artists()) {
            if (a->starred.isValid())
                artists.append(items.artist(*a, false));
        }
        for (const auto *a : m_catalog.albums()) {
            if (a->starred.isValid())
                albums.append(items.album(*a, false));
        }
        for (const auto *s : m_catalog.songs()) {
            if (s->starred.isValid())
                songs.append(items.song(*s));
        }
        return ok(c, {{QStringLiteral("starred2"), QJsonObject{{QStringLiteral("artist"), artists},
                                                               {QStringLiteral("album"), albums},
                                                               {QStringLiteral("song"), songs}}}});
    }
    if (e == u"scrobble")
        return scrobble(c);
    if (e == u"stream" || e == u"download") {
        if (!c.has("id"))
            return missing("id");
        const auto *song = m_catalog.song(c.value("id"));
        return song ? songAudio(*song) : notFound(QStringLiteral("Song"));
    }
    if (e == u"getCoverArt") {
        if (!c.has("id"))
            return missing("id");
        const auto *cover = m_catalog.coverArt(c.value("id"));
        return cover ? binary(cover->bytes, cover->contentType)
                     : notFound(QStringLiteral("Cover art"));
    }
    HttpReply unknown;
    unknown.status = 404;
    unknown.contentType = "text/plain; charset=utf-8";
    unknown.body = "404 page not found\n";
    return unknown;
}

HttpReply SubsonicContent::searchOrList(Context &c) {
    const SubsonicItemWriter items = writer();
    if (c.endpoint == u"getAlbumList2") {
        if (!c.has("type"))
            return failed(c, 10, QStringLiteral("Required parameter is missing: type"));
        const auto list = m_catalog.albumList(c.value("type"));
        if (!list)
            return failed(c, 0, QStringLiteral("Unknown list type: %1").arg(c.value("type")));
        QJsonArray albums;
        const int size = std::min(c.number("size", 10), 500);
        for (const auto *a : page(*list, c.number("offset", 0), size))
            albums.append(items.album(*a, false));
        return ok(c,
                  {{QStringLiteral("albumList2"), QJsonObject{{QStringLiteral("album"), albums}}}});
    }
    if (!c.has("query"))
        return failed(c, 10, QStringLiteral("Required parameter is missing: query"));
    const QString query = c.value("query");
    QJsonArray artists, albums, songs;
    for (const auto *a : page(m_catalog.searchArtists(query), c.number("artistOffset", 0),
                              c.number("artistCount", 20)))
        artists.append(items.artist(*a, false));
    for (const auto *a : page(m_catalog.searchAlbums(query), c.number("albumOffset", 0),
                              c.number("albumCount", 20)))
        albums.append(items.album(*a, false));
    for (const auto *s :
         page(m_catalog.searchSongs(query), c.number("songOffset", 0), c.number("songCount", 20)))
        songs.append(items.song(*s));
    return ok(c, {{QStringLiteral("searchResult3"), QJsonObject{{QStringLiteral("artist"), artists},
                                                                {QStringLiteral("album"), albums},
                                                                {QStringLiteral("song"), songs}}}});
}

HttpReply SubsonicContent::playlistEdit(Context &c) {
    const auto unknownSong = [this](const QStringList &ids) {
        return std::any_of(ids.cbegin(), ids.cend(),
                           [this](const QString &id) { return !m_catalog.song(id); });
    };
    if (c.endpoint == u"deletePlaylist") {
        if (!c.has("id"))
            return failed(c, 10, QStringLiteral("Required parameter is missing: id"));
        return m_catalog.deletePlaylist(c.value("id"))
                   ? ok(c)
                   : failed(c, 70, QStringLiteral("Playlist not found"));
    }
    if (c.endpoint == u"createPlaylist") {
        const QStringList songIds = c.values("songId");
        if (unknownSong(songIds))
            return failed(c, 70, QStringLiteral("Song not found"));
        QString id = c.value("playlistId");
        if (c.has("playlistId")) { // "create" over an existing playlist replaces its songs
            SubsonicCatalog::Playlist *p = m_catalog.playlist(id);
            if (!p)
                return failed(c, 70, QStringLiteral("Playlist not found"));
            p->songIds = songIds;
            p->changed = now();
            if (c.has("name"))
                p->name = c.value("name");
        } else if (c.has("name")) {
            const QString owner = c.has("u") ? c.value("u") : QStringLiteral("apikey-user");
            id = m_catalog.createPlaylist(c.value("name"), songIds, owner, now());
        } else {
            return failed(c, 10, QStringLiteral("Required parameter is missing: name"));
        }
        return ok(c,
                  {{QStringLiteral("playlist"), writer().playlist(*m_catalog.playlist(id), true)}});
    }
    // updatePlaylist
    if (!c.has("playlistId"))
        return failed(c, 10, QStringLiteral("Required parameter is missing: playlistId"));
    SubsonicCatalog::Playlist *p = m_catalog.playlist(c.value("playlistId"));
    if (!p)
        return failed(c, 70, QStringLiteral("Playlist not found"));
    const QStringList added = c.values("songIdToAdd");
    if (unknownSong(added))
        return failed(c, 70, QStringLiteral("Song not found"));
    // Indexes refer to the playlist before this request: remove from the back.
    QList<int> removed;
    for (const QString &index : c.values("songIndexToRemove")) {
        bool ok = false;
        const int i = index.toInt(&ok);
        if (ok && i >= 0 && i < p->songIds.size() && !removed.contains(i))
            removed.append(i);
    }
    std::sort(removed.begin(), removed.end(), std::greater<int>());
    for (int i : std::as_const(removed))
        p->songIds.removeAt(i);
    p->songIds += added;
    if (c.has("name"))
        p->name = c.value("name");
    if (c.has("comment"))
        p->comment = c.value("comment");
    if (c.has("public"))
        p->isPublic = c.value("public") == u"true";
    p->changed = now();
    return ok(c);
}

HttpReply SubsonicContent::starEdit(Context &c, bool star) {
    const QStringList ids = c.values("id") + c.values("albumId") + c.values("artistId");
    if (ids.isEmpty())
        return failed(c, 10, QStringLiteral("Required parameter is missing: id"));
    // All or nothing: check every id before changing any.
    for (const QString &id : ids) {
        if (!m_catalog.song(id) && !m_catalog.album(id) && !m_catalog.artist(id))
            return failed(c, 70, QStringLiteral("Item not found"));
    }
    for (const QString &id : ids)
        m_catalog.setStarred(id, star ? now() : QDateTime());
    return ok(c);
}

HttpReply SubsonicContent::scrobble(Context &c) {
    const QStringList ids = c.values("id");
    if (ids.isEmpty())
        return failed(c, 10, QStringLiteral("Required parameter is missing: id"));
    for (const QString &id : ids) {
        if (!m_catalog.song(id))
            return failed(c, 70, QStringLiteral("Song not found"));
    }
    const QStringList times = c.values("time");
    const bool submission = !c.has("submission") || c.value("submission") != u"false";
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_catalog.recordScrobble({ids.at(i), times.value(i).toLongLong(), submission});
    return ok(c);
}

} // namespace refrain::test
