// The test server's Subsonic content, driven by the real client code: requests built by
// SubsonicAuth, answers read by SubsonicReply/SubsonicParser. The server checks credentials on
// its own, so these round trips prove the client authenticates as real servers expect — and
// that the server can play every awkward server a test needs. No sockets needed.
#include "core/service/subsonic/connectionoutcome.h"
#include "core/service/subsonic/subsonicauth.h"
#include "core/service/subsonic/subsonicparser.h"
#include "tests/subsonic/subsonicdump.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QSet>
#include <QTest>

using namespace refrain;
using namespace refrain::test;

Q_DECLARE_METATYPE(SubsonicItemWriter::Timestamps)

namespace {

const QString kUser = QStringLiteral("joe");
const QString kPassword = QStringLiteral("s3same+Öl");
// Kept out of the test class: moc does not read raw string literals.
const char *const kTruncatedAlbum =
    R"({"subsonic-response":{"status":"ok","album":{"id":"al-1","na)";

// A client as the app will be: base URL, credentials, mode, what it knows of the server.
struct Client {
    explicit Client(SubsonicContent &content)
        : server(content) {}

    SubsonicContent &server;
    QUrl base{QStringLiteral("http://127.0.0.1:4533")};
    SubsonicCredentials credentials{kUser, kPassword, SubsonicCredentials::Kind::Password};
    SubsonicAuth::Mode mode = SubsonicAuth::Mode::Token;
    ServerInfo info;
    std::optional<SubsonicAuth::Format> format;

    HttpRequest request(const QString &endpoint, const SubsonicParams &params = {}) const {
        const QUrl url =
            SubsonicAuth::buildUrl(base, endpoint, params, mode, credentials, info, format);
        HttpRequest r;
        r.method = "GET";
        r.path = url.path(QUrl::FullyDecoded).toUtf8();
        r.query = QUrlQuery(url);
        return r;
    }
    HttpReply raw(const QString &endpoint, const SubsonicParams &params = {}) const {
        return server.handle(request(endpoint, params));
    }
    SubsonicReply call(const QString &endpoint, const SubsonicParams &params = {}) const {
        const HttpReply reply = raw(endpoint, params);
        return SubsonicReply::parse(reply.status, reply.contentType, reply.body);
    }
};

QPair<QString, QString> p(const char *name, const QString &value) {
    return {QLatin1String(name), value};
}

QPair<QString, QString> p(const char *name, int value) {
    return {QLatin1String(name), QString::number(value)};
}

SongSpec song(const QString &title, const QString &artist, const QString &album, int track) {
    SongSpec s;
    s.title = title;
    s.artist = artist;
    s.album = album;
    s.track = track;
    s.year = 2001;
    s.genre = QStringLiteral("Electronic");
    s.durationSeconds = 200 + track;
    s.audio = QByteArray("ID3") + title.toUtf8();
    return s;
}

// Each macro evaluates its argument once: it is often a request.
#define VERIFY_OK(result)                                                                          \
    do {                                                                                           \
        const auto &checked_ = (result);                                                           \
        QVERIFY2(checked_.ok(), checked_.ok() ? "" : qPrintable(checked_.error().message));        \
    } while (false)
#define VERIFY_REPLY(reply)                                                                        \
    do {                                                                                           \
        const SubsonicReply checkedReply_ = (reply);                                               \
        QVERIFY2(checkedReply_.ok(), qPrintable(checkedReply_.message()));                         \
    } while (false)

} // namespace

class TestSubsonicContent : public QObject {
    Q_OBJECT

    std::unique_ptr<SubsonicContent> m_server;
    QStringList m_songs;

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<SubsonicContent>();
        m_server->setUser(kUser, kPassword);
        m_server->setNow(QDateTime(QDate(2025, 6, 1), QTime(8, 30), Qt::UTC));
        SubsonicCatalog &c = m_server->catalog();
        m_songs.clear();
        SongSpec first = song(QStringLiteral("Teardrop"), QStringLiteral("Massive Attack"),
                              QStringLiteral("Mezzanine"), 3);
        first.trackGain = -7.5;
        first.trackPeak = 0.98;
        first.musicBrainzId = QStringLiteral("mbid-teardrop");
        m_songs << c.addSong(first);
        m_songs << c.addSong(song(QStringLiteral("Angel"), QStringLiteral("Massive Attack"),
                                  QStringLiteral("Mezzanine"), 1));
        m_songs << c.addSong(song(QStringLiteral("Roads"), QStringLiteral("Portishead"),
                                  QStringLiteral("Dummy"), 5));
        m_songs << c.addSong(song(QStringLiteral("Glory Box"), QStringLiteral("Portishead"),
                                  QStringLiteral("Dummy"), 11));
        c.setCoverArt(c.song(m_songs.first())->albumId, QByteArray("\xFF\xD8\xFF\xE0jpeg", 8));
    }

    void tokenRoundTripInJsonAndXml() {
        Client client{*m_server};
        const SubsonicReply json = client.call(QStringLiteral("ping"));
        VERIFY_REPLY(json);
        QCOMPARE(json.format(), SubsonicReply::Format::Json);
        QCOMPARE(json.serverInfo().type, QStringLiteral("refrain-test"));
        QVERIFY(json.serverInfo().openSubsonic);

        client.format = SubsonicAuth::Format::Xml;
        const SubsonicReply xml = client.call(QStringLiteral("ping"));
        VERIFY_REPLY(xml);
        QCOMPARE(xml.format(), SubsonicReply::Format::Xml);
        QCOMPARE(xml.serverInfo().apiVersion, QStringLiteral("1.16.1"));
        QCOMPARE(m_server->requestCount(QStringLiteral("ping")), 2);
    }

    void wrongPasswordIsError40() {
        Client client{*m_server};
        client.credentials.secret = QStringLiteral("wrong");
        for (auto mode : {SubsonicAuth::Mode::Token, SubsonicAuth::Mode::HexPassword}) {
            client.mode = mode;
            const HttpReply raw = client.raw(QStringLiteral("ping"));
            const ConnectionOutcome outcome = ConnectionOutcome::classify(
                ConnectionOutcome::NetworkFailure::None, raw.status, raw.contentType, raw.body);
            QCOMPARE(outcome.kind, ConnectionOutcome::Kind::WrongCredentials);
        }
        client.credentials.user = QStringLiteral("nobody");
        client.credentials.secret = kPassword;
        QCOMPARE(client.call(QStringLiteral("ping")).subsonicError()->code, 40);
    }

    // A server refusing tokens (Supysonic, LDAP accounts): the client falls back to the hex
    // password, allowed here because the server is on loopback.
    void refusedTokensFallBackToHexPassword() {
        m_server->options().refuseTokens = true;
        Client client{*m_server};
        const SubsonicReply first = client.call(QStringLiteral("ping"));
        QCOMPARE(first.problem(), SubsonicReply::Problem::Failed);
        QCOMPARE(first.subsonicError()->code, 41);
        const auto choice =
            SubsonicAuth::chooseMode(first.serverInfo(), client.credentials,
                                     first.subsonicError()->code, client.base, false);
        QCOMPARE(choice.mode, std::optional(SubsonicAuth::Mode::HexPassword));
        client.mode = *choice.mode;
        VERIFY_REPLY(client.call(QStringLiteral("ping")));
        // Plain passwords (as old clients send them) are accepted too.
        HttpRequest plain = client.request(QStringLiteral("ping"));
        plain.query.removeAllQueryItems(QStringLiteral("p"));
        plain.query.addQueryItem(QStringLiteral("p"),
                                 QString::fromLatin1(QUrl::toPercentEncoding(kPassword)));
        const HttpReply reply = m_server->handle(plain);
        VERIFY_REPLY(SubsonicReply::parse(reply.status, reply.contentType, reply.body));
    }

    // The original Subsonic refuses clients newer than itself (error 30); its envelope says
    // which version it speaks, and the client retries in that version.
    void oldServerRefusesNewerClients() {
        m_server->options().apiVersion = QStringLiteral("1.12.0");
        m_server->options().rejectNewerClients = true;
        m_server->options().openSubsonic = false;
        Client client{*m_server};
        const SubsonicReply first = client.call(QStringLiteral("ping"));
        QCOMPARE(first.subsonicError()->code, 30);
        client.info = first.serverInfo();
        QVERIFY(!client.info.supportsTokens());
        const auto choice =
            SubsonicAuth::chooseMode(client.info, client.credentials, 30, client.base, false);
        QCOMPARE(choice.mode, std::optional(SubsonicAuth::Mode::HexPassword));
        client.mode = *choice.mode;
        const SubsonicReply second = client.call(QStringLiteral("ping"));
        VERIFY_REPLY(second);
        QCOMPARE(m_server->lastRequest().query.queryItemValue(QStringLiteral("v")),
                 QStringLiteral("1.12.0"));
        QVERIFY(!second.serverInfo().openSubsonic);
        QVERIFY(second.serverInfo().type.isEmpty());
    }

    void apiKeys() {
        m_server->addApiKey(QStringLiteral("key+with/odd=chars"));
        Client client{*m_server};
        client.mode = SubsonicAuth::Mode::ApiKey;
        client.credentials = {
            {}, QStringLiteral("key+with/odd=chars"), SubsonicCredentials::Kind::ApiKey};
        VERIFY_REPLY(client.call(QStringLiteral("ping")));
        QVERIFY(!m_server->lastRequest().query.hasQueryItem(QStringLiteral("u")));

        const auto extensions = SubsonicParser::parseExtensions(
            client.call(QStringLiteral("getOpenSubsonicExtensions")));
        VERIFY_OK(extensions);
        ServerInfo info;
        info.extensions = extensions.value();
        QVERIFY(info.supportsApiKey());

        client.credentials.secret =
            QStringLiteral("key with odd chars"); // what a bare + decodes to
        QCOMPARE(client.call(QStringLiteral("ping")).subsonicError()->code, 44);

        HttpRequest both = client.request(QStringLiteral("ping"));
        both.query.addQueryItem(QStringLiteral("u"), kUser);
        const HttpReply conflict = m_server->handle(both);
        QCOMPARE(
            SubsonicReply::parse(200, conflict.contentType, conflict.body).subsonicError()->code,
            43);

        m_server->options().refusePasswords = true;
        client.mode = SubsonicAuth::Mode::Token;
        client.credentials = {kUser, kPassword, SubsonicCredentials::Kind::Password};
        QCOMPARE(client.call(QStringLiteral("ping")).subsonicError()->code, 42);
    }

    void missingAuthenticationIsError10() {
        HttpRequest bare;
        bare.path = "/rest/ping.view";
        bare.query.addQueryItem(QStringLiteral("f"), QStringLiteral("json"));
        const HttpReply reply = m_server->handle(bare);
        QCOMPARE(SubsonicReply::parse(200, reply.contentType, reply.body).subsonicError()->code,
                 10);
    }

    void serversWithoutJsonAnswerXml() {
        m_server->options().noJson = true;
        Client client{*m_server};
        const SubsonicReply reply = client.call(
            QStringLiteral("getAlbum"), {p("id", m_server->catalog().song(m_songs[0])->albumId)});
        VERIFY_REPLY(reply);
        QCOMPARE(reply.format(), SubsonicReply::Format::Xml);
        const auto album = SubsonicParser::parseAlbum(reply);
        VERIFY_OK(album);
        QCOMPARE(album.value().songs.size(), 2);
    }

    void htmlLoginPageInstead() {
        m_server->options().htmlLoginPage = true;
        const SubsonicReply reply = Client{*m_server}.call(QStringLiteral("ping"));
        QCOMPARE(reply.problem(), SubsonicReply::Problem::NotSubsonic);
        QVERIFY(reply.message().contains(QLatin1String("HTML page")));
    }

    void pathPrefix() {
        m_server->options().pathPrefix = QStringLiteral("/music");
        Client client{*m_server};
        QCOMPARE(client.call(QStringLiteral("ping")).problem(), SubsonicReply::Problem::HttpError);
        client.base = QUrl(QStringLiteral("http://127.0.0.1:4533/music/"));
        VERIFY_REPLY(client.call(QStringLiteral("ping")));
    }

    void albumsInTrackOrderWithTheirValues() {
        Client client{*m_server};
        const QString albumId = m_server->catalog().song(m_songs[0])->albumId;
        const auto album =
            SubsonicParser::parseAlbum(client.call(QStringLiteral("getAlbum"), {p("id", albumId)}));
        VERIFY_OK(album);
        const RemoteAlbum &a = album.value();
        QCOMPARE(a.name, QStringLiteral("Mezzanine"));
        QCOMPARE(a.artist, QStringLiteral("Massive Attack"));
        QCOMPARE(a.songCount, 2);
        QCOMPARE(a.durationSeconds, 201 + 203);
        QCOMPARE(a.songs.at(0).title, QStringLiteral("Angel")); // track 1 before track 3
        const RemoteSong &teardrop = a.songs.at(1);
        QCOMPARE(teardrop.id, m_songs[0]);
        QCOMPARE(teardrop.track, 3);
        QCOMPARE(teardrop.bitRateKbps, 192);
        QCOMPARE(teardrop.sizeBytes, qint64(11));
        QCOMPARE(teardrop.albumArtist, QStringLiteral("Massive Attack"));
        QCOMPARE(teardrop.replayGain.trackGain, std::optional<double>(-7.5));
        QCOMPARE(teardrop.replayGain.trackPeak, std::optional<double>(0.98));
        QCOMPARE(teardrop.musicBrainzId, QStringLiteral("mbid-teardrop"));
        QCOMPARE(teardrop.created, QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC));

        QCOMPARE(client.call(QStringLiteral("getAlbum"), {p("id", QStringLiteral("al-404"))})
                     .subsonicError()
                     ->code,
                 70);
        const auto artists =
            SubsonicParser::parseArtists(client.call(QStringLiteral("getArtists")));
        VERIFY_OK(artists);
        QCOMPARE(artists.value().size(), 2);
        const auto artist = SubsonicParser::parseArtist(
            client.call(QStringLiteral("getArtist"), {p("id", artists.value().first().id)}));
        VERIFY_OK(artist);
        QCOMPARE(artist.value().albums.size(), 1);
        const auto one = SubsonicParser::parseSong(
            client.call(QStringLiteral("getSong"), {p("id", m_songs[2])}));
        VERIFY_OK(one);
        QCOMPARE(one.value().title, QStringLiteral("Roads"));
    }

    void albumListPaging() {
        for (int i = 0; i < 23; ++i)
            m_server->catalog().addSong(
                song(QStringLiteral("Song %1").arg(i), QStringLiteral("Various"),
                     QStringLiteral("Album %1").arg(i, 2, 10, QLatin1Char('0')), 1));
        Client client{*m_server};
        QStringList names;
        QList<int> pageSizes;
        for (int offset = 0; offset < 40; offset += 10) {
            const auto page = SubsonicParser::parseAlbumList(client.call(
                QStringLiteral("getAlbumList2"), {p("type", QStringLiteral("alphabeticalByName")),
                                                  p("size", 10), p("offset", offset)}));
            VERIFY_OK(page);
            pageSizes.append(int(page.value().size()));
            for (const RemoteAlbum &a : page.value())
                names.append(a.name);
        }
        QCOMPARE(pageSizes, (QList<int>{10, 10, 5, 0}));
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(names, sorted);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 25);

        const auto newest = SubsonicParser::parseAlbumList(client.call(
            QStringLiteral("getAlbumList2"), {p("type", QStringLiteral("newest")), p("size", 2)}));
        VERIFY_OK(newest);
        QCOMPARE(newest.value().first().name, QStringLiteral("Album 22"));
        QVERIFY(newest.value().at(0).created > newest.value().at(1).created);

        const auto capped = SubsonicParser::parseAlbumList(
            client.call(QStringLiteral("getAlbumList2"),
                        {p("type", QStringLiteral("random")), p("size", 100000)}));
        VERIFY_OK(capped);
        QCOMPARE(capped.value().size(), 25);
        QCOMPARE(client.call(QStringLiteral("getAlbumList2")).subsonicError()->code, 10);
    }

    void searchPagingWithEmptyQueryListsEverything() {
        for (int i = 0; i < 41; ++i)
            m_server->catalog().addSong(song(QStringLiteral("Filler %1").arg(i),
                                             QStringLiteral("Band"), QStringLiteral("Long Album"),
                                             i + 1));
        Client client{*m_server};
        QSet<QString> ids;
        QList<int> pageSizes;
        for (int offset = 0; offset < 60; offset += 20) {
            const auto page = SubsonicParser::parseSearch3(
                client.call(QStringLiteral("search3"),
                            {p("query", QStringLiteral("\"\"")), p("artistCount", 0),
                             p("albumCount", 0), p("songCount", 20), p("songOffset", offset)}));
            VERIFY_OK(page);
            QVERIFY(page.value().artists.isEmpty());
            pageSizes.append(int(page.value().songs.size()));
            for (const RemoteSong &s : page.value().songs)
                ids.insert(s.id);
        }
        QCOMPARE(pageSizes, (QList<int>{20, 20, 5}));
        QCOMPARE(ids.size(), 45);

        const auto found = SubsonicParser::parseSearch3(
            client.call(QStringLiteral("search3"), {p("query", QStringLiteral("portis"))}));
        VERIFY_OK(found);
        QCOMPARE(found.value().artists.size(), 1);
        QCOMPARE(found.value().albums.size(), 1);
        QCOMPARE(found.value().songs.size(), 2);
    }

    void playlistEdits() {
        Client client{*m_server};
        const auto created = SubsonicParser::parsePlaylist(client.call(
            QStringLiteral("createPlaylist"), {p("name", QStringLiteral("Trip hop")),
                                               p("songId", m_songs[0]), p("songId", m_songs[2])}));
        VERIFY_OK(created);
        const QString id = created.value().id;
        QCOMPARE(created.value().entries.size(), 2);
        QCOMPARE(created.value().owner, kUser);
        QCOMPARE(created.value().created, QDateTime(QDate(2025, 6, 1), QTime(8, 30), Qt::UTC));

        // Indexes to remove refer to the playlist before the edit; additions go to the end.
        VERIFY_REPLY(client.call(QStringLiteral("updatePlaylist"),
                                 {p("playlistId", id), p("name", QStringLiteral("Bristol")),
                                  p("songIdToAdd", m_songs[1]), p("songIdToAdd", m_songs[3]),
                                  p("songIndexToRemove", 0)}));
        auto current = SubsonicParser::parsePlaylist(
            client.call(QStringLiteral("getPlaylist"), {p("id", id)}));
        VERIFY_OK(current);
        QCOMPARE(current.value().name, QStringLiteral("Bristol"));
        QStringList order;
        for (const RemoteSong &s : current.value().entries)
            order.append(s.id);
        QCOMPARE(order, (QStringList{m_songs[2], m_songs[1], m_songs[3]}));
        QCOMPARE(current.value().songCount, 3);

        VERIFY_REPLY(client.call(
            QStringLiteral("updatePlaylist"),
            {p("playlistId", id), p("songIndexToRemove", 2), p("songIndexToRemove", 0)}));
        current = SubsonicParser::parsePlaylist(
            client.call(QStringLiteral("getPlaylist"), {p("id", id)}));
        QCOMPARE(current.value().entries.size(), 1);
        QCOMPARE(current.value().entries.first().id, m_songs[1]);

        QCOMPARE(client
                     .call(QStringLiteral("updatePlaylist"),
                           {p("playlistId", id), p("songIdToAdd", QStringLiteral("tr-999"))})
                     .subsonicError()
                     ->code,
                 70);
        const auto all =
            SubsonicParser::parsePlaylists(client.call(QStringLiteral("getPlaylists")));
        VERIFY_OK(all);
        QCOMPARE(all.value().size(), 1);
        VERIFY_REPLY(client.call(QStringLiteral("deletePlaylist"), {p("id", id)}));
        QCOMPARE(client.call(QStringLiteral("getPlaylist"), {p("id", id)}).subsonicError()->code,
                 70);
        QCOMPARE(client.call(QStringLiteral("deletePlaylist"), {p("id", id)}).subsonicError()->code,
                 70);
    }

    void starAndUnstar() {
        Client client{*m_server};
        const SubsonicCatalog::Song *s = m_server->catalog().song(m_songs[2]);
        VERIFY_REPLY(
            client.call(QStringLiteral("star"), {p("id", m_songs[2]), p("albumId", s->albumId),
                                                 p("artistId", s->artistId)}));
        auto starred = SubsonicParser::parseStarred2(client.call(QStringLiteral("getStarred2")));
        VERIFY_OK(starred);
        QCOMPARE(starred.value().songs.size(), 1);
        QCOMPARE(starred.value().albums.size(), 1);
        QCOMPARE(starred.value().artists.size(), 1);
        QCOMPARE(starred.value().songs.first().starred,
                 QDateTime(QDate(2025, 6, 1), QTime(8, 30), Qt::UTC));

        // An unknown id changes nothing at all.
        QCOMPARE(client
                     .call(QStringLiteral("unstar"),
                           {p("id", m_songs[2]), p("id", QStringLiteral("nope"))})
                     .subsonicError()
                     ->code,
                 70);
        VERIFY_REPLY(client.call(QStringLiteral("unstar"),
                                 {p("id", m_songs[2]), p("artistId", s->artistId)}));
        starred = SubsonicParser::parseStarred2(client.call(QStringLiteral("getStarred2")));
        QVERIFY(starred.value().songs.isEmpty());
        QVERIFY(starred.value().artists.isEmpty());
        QCOMPARE(starred.value().albums.size(), 1);
    }

    void scrobblesAreRecorded() {
        Client client{*m_server};
        VERIFY_REPLY(client.call(QStringLiteral("scrobble"),
                                 {p("id", m_songs[1]), p("time", QStringLiteral("1717230600000")),
                                  p("submission", QStringLiteral("false"))}));
        VERIFY_REPLY(
            client.call(QStringLiteral("scrobble"),
                        {p("id", m_songs[1]), p("time", QStringLiteral("1717230800000"))}));
        const auto &scrobbles = m_server->catalog().scrobbles();
        QCOMPARE(scrobbles.size(), 2);
        QCOMPARE(scrobbles.at(0).id, m_songs[1]);
        QVERIFY(!scrobbles.at(0).submission);
        QVERIFY(scrobbles.at(1).submission);
        QCOMPARE(scrobbles.at(1).timeMs, qint64(1717230800000));
        const auto angel = SubsonicParser::parseSong(
            client.call(QStringLiteral("getSong"), {p("id", m_songs[1])}));
        QCOMPARE(angel.value().playCount, qint64(1)); // "now playing" does not count
        QCOMPARE(client.call(QStringLiteral("scrobble"), {p("id", QStringLiteral("tr-404"))})
                     .subsonicError()
                     ->code,
                 70);
    }

    void streamDownloadAndCoverArt() {
        Client client{*m_server};
        for (const char *endpoint : {"stream", "download"}) {
            const HttpReply audio = client.raw(QLatin1String(endpoint), {p("id", m_songs[0])});
            QCOMPARE(audio.body, QByteArray("ID3Teardrop"));
            QCOMPARE(audio.contentType, QByteArray("audio/mpeg"));
            QVERIFY(audio.rangeable);
            QVERIFY(!SubsonicReply::isErrorForBinary(audio.contentType, audio.body));
        }
        const HttpReply cover =
            client.raw(QStringLiteral("getCoverArt"),
                       {p("id", m_server->catalog().song(m_songs[0])->albumId)});
        QCOMPARE(cover.contentType, QByteArray("image/jpeg"));
        QVERIFY(cover.body.startsWith("\xFF\xD8"));
        QVERIFY(!SubsonicReply::isErrorForBinary(cover.contentType, cover.body));

        // Missing media answers with an error document, in the format asked for.
        for (auto format : {SubsonicAuth::Format::Json, SubsonicAuth::Format::Xml}) {
            client.format = format;
            for (const char *endpoint : {"stream", "getCoverArt"}) {
                const HttpReply missing =
                    client.raw(QLatin1String(endpoint), {p("id", QStringLiteral("x"))});
                QVERIFY(SubsonicReply::isErrorForBinary(missing.contentType, missing.body));
                QCOMPARE(SubsonicReply::parse(missing.status, missing.contentType, missing.body)
                             .subsonicError()
                             ->code,
                         70);
            }
        }
    }

    // Quirky servers must read exactly like a well-behaved one.
    void quirksReadLikeAPlainServer_data() {
        QTest::addColumn<bool>("numbersAsStrings");
        QTest::addColumn<bool>("bitsPerSecond");
        QTest::addColumn<SubsonicItemWriter::Timestamps>("timestamps");
        QTest::addColumn<bool>("xml");
        using T = SubsonicItemWriter::Timestamps;
        QTest::newRow("numbers as strings") << true << false << T::Utc << false;
        QTest::newRow("bit/s") << false << true << T::Utc << false;
        QTest::newRow("nanoseconds") << false << false << T::UtcNanoseconds << false;
        QTest::newRow("offset") << false << false << T::WithOffset << false;
        QTest::newRow("no zone") << false << false << T::WithoutZone << false;
        QTest::newRow("everything, xml") << true << true << T::WithoutZone << true;
    }
    void quirksReadLikeAPlainServer() {
        QFETCH(bool, numbersAsStrings);
        QFETCH(bool, bitsPerSecond);
        QFETCH(SubsonicItemWriter::Timestamps, timestamps);
        QFETCH(bool, xml);
        Client client{*m_server};
        const QString albumId = m_server->catalog().song(m_songs[0])->albumId;
        VERIFY_REPLY(client.call(QStringLiteral("star"), {p("id", m_songs[0])}));
        const auto read = [&] {
            QStringList out;
            out << dump(SubsonicParser::parseAlbum(
                            client.call(QStringLiteral("getAlbum"), {p("id", albumId)}))
                            .value());
            out << dump(
                SubsonicParser::parseStarred2(client.call(QStringLiteral("getStarred2"))).value());
            client.call(QStringLiteral("createPlaylist"),
                        {p("name", QStringLiteral("q")), p("songId", m_songs[3])});
            out << dump(SubsonicParser::parsePlaylists(client.call(QStringLiteral("getPlaylists")))
                            .value());
            return out.join(QLatin1Char('\n'));
        };
        const QString plain = read();
        m_server->catalog().deletePlaylist(QStringLiteral("pl-1"));
        m_server->options().numbersAsStrings = numbersAsStrings;
        m_server->options().booleansAsStrings = numbersAsStrings;
        m_server->options().bitRateInBitsPerSecond = bitsPerSecond;
        m_server->options().timestamps = timestamps;
        if (xml)
            client.format = SubsonicAuth::Format::Xml;
        // The quirks really are on the wire…
        const QByteArray wire = client.raw(QStringLiteral("getAlbum"), {p("id", albumId)}).body;
        QVERIFY(wire.contains(bitsPerSecond ? "192000" : "192"));
        if (numbersAsStrings && !xml)
            QVERIFY(wire.contains("\"duration\":\""));
        const QByteArray created = timestamps == SubsonicItemWriter::Timestamps::UtcNanoseconds
                                       ? "2024-01-01T12:00:00.000000789Z"
                                   : timestamps == SubsonicItemWriter::Timestamps::WithOffset
                                       ? "2024-01-01T14:00:00+02:00"
                                   : timestamps == SubsonicItemWriter::Timestamps::WithoutZone
                                       ? "\"2024-01-01T12:00:00\""
                                       : "2024-01-01T12:00:00.000Z";
        QVERIFY2(wire.contains(created), wire.constData());
        // …and read exactly like the plain server.
        QString quirky = read();
        QCOMPARE(quirky.replace(QStringLiteral("pl-2"), QStringLiteral("pl-1")), plain);
        QVERIFY(plain.contains(QLatin1String("|192|")));               // kbit/s
        QVERIFY(plain.contains(QLatin1String("2025-06-01T08:30:00"))); // starred
    }

    void scriptedFailuresAndOverrides() {
        Client client{*m_server};
        m_server->failEndpoint(QStringLiteral("getSong"), 0, QStringLiteral("Database is locked"));
        const SubsonicReply failed = client.call(QStringLiteral("getSong"), {p("id", m_songs[0])});
        QCOMPARE(failed.subsonicError()->code, 0);
        QVERIFY(failed.message().contains(QLatin1String("Database is locked")));

        HttpReply truncated;
        truncated.body = kTruncatedAlbum;
        m_server->overrideEndpoint(QStringLiteral("getAlbum"), truncated);
        QCOMPARE(
            client.call(QStringLiteral("getAlbum"), {p("id", QStringLiteral("al-1"))}).problem(),
            SubsonicReply::Problem::Malformed);

        m_server->clearScripts();
        VERIFY_REPLY(client.call(QStringLiteral("getSong"), {p("id", m_songs[0])}));
    }

    void plainSubsonicHasNoExtensionsEndpoint() {
        m_server->options().openSubsonic = false;
        Client client{*m_server};
        const SubsonicReply ping = client.call(QStringLiteral("ping"));
        VERIFY_REPLY(ping);
        QVERIFY(!ping.serverInfo().openSubsonic);
        QCOMPARE(client.call(QStringLiteral("getOpenSubsonicExtensions")).problem(),
                 SubsonicReply::Problem::HttpError);
    }

    void licenseAndMusicFolders() {
        Client client{*m_server};
        const auto license =
            SubsonicParser::parseLicense(client.call(QStringLiteral("getLicense")));
        VERIFY_OK(license);
        QVERIFY(license.value().valid);
        const auto folders =
            SubsonicParser::parseMusicFolders(client.call(QStringLiteral("getMusicFolders")));
        VERIFY_OK(folders);
        QCOMPARE(folders.value().size(), 1);
        QCOMPARE(folders.value().first().id, QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestSubsonicContent)
#include "tst_subsoniccontent.moc"
