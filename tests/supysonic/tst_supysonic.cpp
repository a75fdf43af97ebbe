// What a real Supysonic 0.7.2 answers, asked with plain HTTP requests: the facts our Subsonic
// client must cope with (API 1.10.2, no token auth, bitRate in bit/s, errors inside HTTP 200, …).
// BEHAVIOUR.md next to this file is the readable summary; keep them in step.
#include "tests/support/skipunlessci.h"
#include "tests/support/supysonic/supysonicserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <memory>
#include <signal.h>

using refrain::test::SupysonicServer;
using refrain::test::ToneSpec;

namespace {

constexpr int kWaitMs = 30000;

struct Fetched {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    // The object inside {"subsonic-response": …} of an f=json answer.
    QJsonObject response() const {
        return QJsonDocument::fromJson(body)
            .object()
            .value(QStringLiteral("subsonic-response"))
            .toObject();
    }
    int errorCode() const {
        return response()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toInt(-1);
    }
};

QUrlQuery items(std::initializer_list<std::pair<const char *, QString>> list) {
    QUrlQuery query;
    for (const auto &[key, value] : list)
        query.addQueryItem(QString::fromLatin1(key), value);
    return query;
}

bool isUuid(const QString &id) {
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(id).hasMatch();
}

bool isDigits(const QString &id) {
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(id).hasMatch();
}

QStringList namesOf(const QJsonArray &array, const QString &key) {
    QStringList names;
    for (const auto &v : array)
        names.append(v.toObject().value(key).toString());
    names.sort();
    return names;
}

} // namespace

class TestSupysonic : public QObject {
    Q_OBJECT

    std::unique_ptr<SupysonicServer> m_server;
    QNetworkAccessManager m_nam;
    QHash<QString, QJsonObject> m_songs; // by title, from search3

    Fetched fetch(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {}) {
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(kWaitMs))
            qWarning("no answer within %d s from %s", kWaitMs / 1000,
                     qPrintable(url.path())); // path only: the query holds the password
        Fetched f;
        f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        f.error = reply->error();
        f.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        f.body = reply->readAll();
        f.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return f;
    }

    Fetched api(const QString &method, const QUrlQuery &extra = {}) {
        QUrlQuery query = extra;
        query.addQueryItem(QStringLiteral("f"), QStringLiteral("json"));
        return fetch(m_server->apiUrl(method, query));
    }

    QUrl bareUrl(const QString &method, const QString &rawQuery) const {
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/rest/") + method + QStringLiteral(".view"));
        url.setQuery(rawQuery, QUrl::StrictMode);
        return url;
    }

    QByteArray fileBytes(const QString &title) const {
        for (const ToneSpec &spec : m_server->library()) {
            if (spec.title == title) {
                QFile file(QDir(m_server->musicFolder()).filePath(spec.relativePath));
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            }
        }
        return {};
    }

    QString songId(const QString &title) const {
        return m_songs.value(title).value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QString why;
        if (!SupysonicServer::available(&why))
            REFRAIN_SKIP_UNLESS_CI(qPrintable(why));
        m_server = std::make_unique<SupysonicServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

        const Fetched all =
            api(QStringLiteral("search3"),
                items({{"query", QString()}, {"songCount", QStringLiteral("500")}}));
        const QJsonArray songs = all.response()
                                     .value(QStringLiteral("searchResult3"))
                                     .toObject()
                                     .value(QStringLiteral("song"))
                                     .toArray();
        for (const auto &song : songs)
            m_songs.insert(song.toObject().value(QStringLiteral("title")).toString(),
                           song.toObject());
        QCOMPARE(m_songs.size(), m_server->library().size());
    }

    void pingAnswersOkWithVersion1_10_2InJsonOrXml() {
        const Fetched json = api(QStringLiteral("ping"));
        QCOMPARE(json.status, 200);
        QVERIFY(json.contentType.startsWith("application/json"));
        QCOMPARE(json.response().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(json.response().value(QStringLiteral("version")).toString(),
                 QStringLiteral("1.10.2"));

        // Without f the answer is XML.
        const Fetched xml = fetch(m_server->apiUrl(QStringLiteral("ping")));
        QVERIFY(xml.contentType.startsWith("text/xml"));
        QVERIFY(xml.body.contains("status=\"ok\" version=\"1.10.2\""));
        QVERIFY(xml.body.contains("xmlns=\"http://subsonic.org/restapi\""));
    }

    void passwordFormsThatWork_data() {
        QTest::addColumn<QString>("form");
        QTest::newRow("p=enc:hex") << QStringLiteral("hex");
        QTest::newRow("p=plain, percent-encoded") << QStringLiteral("plain");
        QTest::newRow("HTTP Basic, no u/p") << QStringLiteral("basic");
    }
    void passwordFormsThatWork() {
        QFETCH(QString, form);
        const QByteArray user = QUrl::toPercentEncoding(m_server->user());
        const QByteArray pass = QUrl::toPercentEncoding(m_server->password()); // '+' → %2B
        Fetched f;
        if (form == QLatin1String("hex")) {
            f = api(QStringLiteral("ping"));
        } else if (form == QLatin1String("plain")) {
            f = fetch(bareUrl(QStringLiteral("ping"),
                              QString::fromLatin1("u=" + user + "&p=" + pass + "&c=t&f=json")));
        } else {
            const QByteArray credentials =
                (m_server->user() + QLatin1Char(':') + m_server->password()).toUtf8().toBase64();
            f = fetch(bareUrl(QStringLiteral("ping"), QStringLiteral("c=t&f=json")),
                      {{"Authorization", "Basic " + credentials}});
        }
        QCOMPARE(f.response().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void tokenAuthIsRefusedAsAMissingParameter() {
        const QString salt = QStringLiteral("c19b2d");
        const QByteArray token = QCryptographicHash::hash((m_server->password() + salt).toUtf8(),
                                                          QCryptographicHash::Md5)
                                     .toHex();
        const Fetched f =
            fetch(bareUrl(QStringLiteral("ping"),
                          QStringLiteral("u=%1&t=%2&s=%3&c=t&v=1.13.0&f=json")
                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_server->user())),
                                   QString::fromLatin1(token), salt)));
        // Not 41 ("token authentication not supported"): it simply misses p, so code 10.
        QCOMPARE(f.status, 200);
        QCOMPARE(f.response().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(f.errorCode(), 10);
    }

    void wrongPasswordIsCode40InsideHttp200() {
        const Fetched f =
            fetch(bareUrl(QStringLiteral("ping"), QStringLiteral("u=listener&p=nope&c=t&f=json")));
        QCOMPARE(f.status, 200);
        QCOMPARE(f.errorCode(), 40);
        QCOMPARE(f.response()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("Wrong username or password."));
    }

    void clientNameIsRequiredButVersionIsNot() {
        const QByteArray pass = QUrl::toPercentEncoding(m_server->password());
        const QString auth = QString::fromLatin1("u=listener&p=" + pass + "&f=json");
        QCOMPARE(fetch(bareUrl(QStringLiteral("ping"), auth)).errorCode(), 10); // no c
        const Fetched noVersion =
            fetch(bareUrl(QStringLiteral("ping"), auth + QStringLiteral("&c=t")));
        QCOMPARE(noVersion.response().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        const Fetched ancient =
            fetch(bareUrl(QStringLiteral("ping"), auth + QStringLiteral("&c=t&v=0.1.0")));
        QCOMPARE(ancient.response().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
    }

    void unknownMethodIsHttp404WithASubsonicError() {
        const Fetched f = api(QStringLiteral("getOpenSubsonicExtensions"));
        QCOMPARE(f.status, 404);
        QCOMPARE(f.errorCode(), 0);
        QCOMPARE(f.response()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("Unknown method"));
    }

    void getArtistsIndexesEveryArtist() {
        const QJsonObject artists = api(QStringLiteral("getArtists"))
                                        .response()
                                        .value(QStringLiteral("artists"))
                                        .toObject();
        QCOMPARE(artists.value(QStringLiteral("ignoredArticles")).toString(),
                 QStringLiteral("El La Le Las Les Los The"));
        QHash<QString, QString> indexOf;
        for (const auto &index : artists.value(QStringLiteral("index")).toArray()) {
            const QJsonObject i = index.toObject();
            for (const auto &artist : i.value(QStringLiteral("artist")).toArray()) {
                const QJsonObject a = artist.toObject();
                QVERIFY2(isUuid(a.value(QStringLiteral("id")).toString()),
                         qPrintable(a.value(QStringLiteral("id")).toString()));
                QVERIFY(a.value(QStringLiteral("albumCount")).isDouble()); // a number, not "1"
                indexOf.insert(a.value(QStringLiteral("name")).toString(),
                               i.value(QStringLiteral("name")).toString());
            }
        }
        QCOMPARE(indexOf.size(), 3);
        QCOMPARE(indexOf.value(QStringLiteral("The Midnight Owls")), QStringLiteral("M"));
        QCOMPARE(indexOf.value(QStringLiteral("Beyoncé")), QStringLiteral("B"));
        QCOMPARE(indexOf.value(QStringLiteral("Кино")), QStringLiteral("?")); // non-Latin → "?"
    }

    void getAlbumList2ListsEveryAlbum() {
        QCOMPARE(api(QStringLiteral("getAlbumList2")).errorCode(), 10); // type is required
        const QJsonArray albums = api(QStringLiteral("getAlbumList2"),
                                      items({{"type", QStringLiteral("alphabeticalByName")},
                                             {"size", QStringLiteral("500")}}))
                                      .response()
                                      .value(QStringLiteral("albumList2"))
                                      .toObject()
                                      .value(QStringLiteral("album"))
                                      .toArray();
        QCOMPARE(namesOf(albums, QStringLiteral("name")),
                 QStringList({QStringLiteral("B'Day"), QStringLiteral("Night Drive"),
                              QStringLiteral("Группа крови")}));
        static const QRegularExpression naiveIso(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"));
        for (const auto &value : albums) {
            const QJsonObject album = value.toObject();
            const QString name = album.value(QStringLiteral("name")).toString();
            QVERIFY(isUuid(album.value(QStringLiteral("id")).toString()));
            QVERIFY(isUuid(album.value(QStringLiteral("artistId")).toString()));
            QVERIFY(album.value(QStringLiteral("songCount")).isDouble());
            QVERIFY(album.value(QStringLiteral("year")).isDouble());
            // Local time, no zone, no fraction.
            QVERIFY2(naiveIso.match(album.value(QStringLiteral("created")).toString()).hasMatch(),
                     qPrintable(album.value(QStringLiteral("created")).toString()));
            if (name == QLatin1String("Night Drive")) {
                QCOMPARE(album.value(QStringLiteral("songCount")).toInt(), 3);
                QCOMPARE(album.value(QStringLiteral("artist")).toString(),
                         QStringLiteral("The Midnight Owls"));
                // The cover comes from the folder, so its id is the folder's number, not a uuid.
                QVERIFY(isDigits(album.value(QStringLiteral("coverArt")).toString()));
            } else {
                QVERIFY(!album.contains(QStringLiteral("coverArt")));
            }
        }
    }

    void search3EmptyQueryReturnsTheWholeLibraryInPages() {
        const QJsonObject all =
            api(QStringLiteral("search3"), items({{"query", QString()},
                                                  {"songCount", QStringLiteral("500")},
                                                  {"albumCount", QStringLiteral("500")},
                                                  {"artistCount", QStringLiteral("500")}}))
                .response()
                .value(QStringLiteral("searchResult3"))
                .toObject();
        // Six songs: the file that is not audio is left out.
        QCOMPARE(all.value(QStringLiteral("song")).toArray().size(), 6);
        QCOMPARE(all.value(QStringLiteral("album")).toArray().size(), 3);
        QCOMPARE(all.value(QStringLiteral("artist")).toArray().size(), 3);

        QStringList paged;
        for (int offset = 0; offset < 8; offset += 4) {
            const QJsonArray page =
                api(QStringLiteral("search3"), items({{"query", QString()},
                                                      {"songCount", QStringLiteral("4")},
                                                      {"songOffset", QString::number(offset)},
                                                      {"albumCount", QStringLiteral("0")},
                                                      {"artistCount", QStringLiteral("0")}}))
                    .response()
                    .value(QStringLiteral("searchResult3"))
                    .toObject()
                    .value(QStringLiteral("song"))
                    .toArray();
            QCOMPARE(page.size(), offset == 0 ? 4 : 2);
            paged += namesOf(page, QStringLiteral("id"));
        }
        paged.sort();
        QCOMPARE(paged, namesOf(all.value(QStringLiteral("song")).toArray(), QStringLiteral("id")));
        QCOMPARE(api(QStringLiteral("search3")).errorCode(), 10); // query itself is required
    }

    void search3IsSubstringAsciiCaseInsensitiveOnly_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("substring")
            << QStringLiteral("eon") << QStringList{QStringLiteral("Neon Highway")};
        QTest::newRow("ASCII other case")
            << QStringLiteral("NEON HIGH") << QStringList{QStringLiteral("Neon Highway")};
        QTest::newRow("accented, same case")
            << QStringLiteral("Déjà") << QStringList{QStringLiteral("Déjà Vu")};
        QTest::newRow("accented, other case") << QStringLiteral("DÉJÀ") << QStringList{};
        QTest::newRow("Cyrillic, same case")
            << QStringLiteral("Группа") << QStringList{QStringLiteral("Группа крови")};
        QTest::newRow("Cyrillic, other case") << QStringLiteral("группа") << QStringList{};
        QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{};
        QTest::newRow("quotes are literal") << QStringLiteral("\"\"") << QStringList{};
    }
    void search3IsSubstringAsciiCaseInsensitiveOnly() {
        QFETCH(QString, query);
        QFETCH(QStringList, titles);
        const QJsonObject result = api(QStringLiteral("search3"), items({{"query", query}}))
                                       .response()
                                       .value(QStringLiteral("searchResult3"))
                                       .toObject();
        QVERIFY(!result.isEmpty() || titles.isEmpty());
        QCOMPARE(namesOf(result.value(QStringLiteral("song")).toArray(), QStringLiteral("title")),
                 titles);
        // An empty list is left out altogether, not sent as [].
        if (titles.isEmpty())
            QVERIFY(!result.contains(QStringLiteral("song")));
    }

    void search3MatchesSongsByTitleOnly() {
        // Artists match on their name, albums on theirs, songs only on their title: searching
        // for an artist finds no songs.
        const QJsonObject result =
            api(QStringLiteral("search3"), items({{"query", QStringLiteral("Beyoncé")}}))
                .response()
                .value(QStringLiteral("searchResult3"))
                .toObject();
        QCOMPARE(namesOf(result.value(QStringLiteral("artist")).toArray(), QStringLiteral("name")),
                 QStringList{QStringLiteral("Beyoncé")});
        QVERIFY(!result.contains(QStringLiteral("album")));
        QVERIFY(!result.contains(QStringLiteral("song")));
    }

    void songFieldsAndTheirTypes() {
        const QJsonObject mp3 = m_songs.value(QStringLiteral("Neon Highway"));
        QVERIFY(isUuid(mp3.value(QStringLiteral("id")).toString()));
        QVERIFY(isUuid(mp3.value(QStringLiteral("albumId")).toString()));
        QVERIFY(isDigits(mp3.value(QStringLiteral("parent")).toString())); // a folder
        QCOMPARE(mp3.value(QStringLiteral("isDir")), QJsonValue(false));
        QCOMPARE(mp3.value(QStringLiteral("track")), QJsonValue(1));
        QCOMPARE(mp3.value(QStringLiteral("discNumber")), QJsonValue(1));
        QCOMPARE(mp3.value(QStringLiteral("year")), QJsonValue(2019));
        QCOMPARE(mp3.value(QStringLiteral("duration")), QJsonValue(3)); // whole seconds
        // bit/s, not the kbit/s the Subsonic API documents.
        QCOMPARE(mp3.value(QStringLiteral("bitRate")), QJsonValue(128000));
        QCOMPARE(mp3.value(QStringLiteral("size")).toInteger(),
                 qint64(fileBytes(QStringLiteral("Neon Highway")).size()));
        QCOMPARE(mp3.value(QStringLiteral("path")).toString(),
                 QStringLiteral("The Midnight Owls/Night Drive/01 Neon Highway.mp3"));
        QCOMPARE(mp3.value(QStringLiteral("suffix")).toString(), QStringLiteral("mp3"));
        QCOMPARE(mp3.value(QStringLiteral("contentType")).toString(), QStringLiteral("audio/mpeg"));
        QCOMPARE(mp3.value(QStringLiteral("genre")).toString(), QStringLiteral("Synthwave"));
        QVERIFY(isDigits(mp3.value(QStringLiteral("coverArt")).toString()));

        QCOMPARE(m_songs.value(QStringLiteral("Rear View")).value(QStringLiteral("contentType")),
                 QJsonValue(QStringLiteral("audio/flac")));
        QCOMPARE(m_songs.value(QStringLiteral("Last Exit")).value(QStringLiteral("contentType")),
                 QJsonValue(QStringLiteral("audio/ogg")));
        QVERIFY(m_songs.value(QStringLiteral("Rear View")).value(QStringLiteral("bitRate")).toInt()
                > 10000);
        QVERIFY(!m_songs.value(QStringLiteral("Déjà Vu")).contains(QStringLiteral("coverArt")));
    }

    void streamAnswersRangeWith206AndExactBytes() {
        const QByteArray file = fileBytes(QStringLiteral("Déjà Vu"));
        QVERIFY(file.size() > 200);
        const QUrl url = m_server->apiUrl(QStringLiteral("stream"),
                                          items({{"id", songId(QStringLiteral("Déjà Vu"))}}));
        const Fetched part = fetch(url, {{"Range", "bytes=100-199"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.header("Content-Range"), "bytes 100-199/" + QByteArray::number(file.size()));
        QCOMPARE(part.header("Accept-Ranges"), QByteArray("bytes"));
        QCOMPARE(part.body, file.mid(100, 100));

        const Fetched tail =
            fetch(url, {{"Range", "bytes=" + QByteArray::number(file.size() - 50) + "-"}});
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.body, file.right(50));

        const Fetched past =
            fetch(url, {{"Range", "bytes=" + QByteArray::number(file.size()) + "-"}});
        QCOMPARE(past.status, 416);
        QCOMPARE(past.header("Content-Range"), "bytes */" + QByteArray::number(file.size()));

        // The whole file: 200 with Content-Length, but no Accept-Ranges to announce Range support.
        const Fetched whole = fetch(url);
        QCOMPARE(whole.status, 200);
        QVERIFY(whole.contentType.startsWith("audio/mpeg"));
        QCOMPARE(whole.body, file);
        QVERIFY(!whole.hasHeader("Accept-Ranges"));
    }

    void streamWithMaxBitRateIsAnXmlErrorInsideHttp200() {
        const QString id = songId(QStringLiteral("Déjà Vu"));
        // Any maxBitRate below the file's bit/s asks for a transcode, and none is configured.
        const Fetched capped = fetch(m_server->apiUrl(
            QStringLiteral("stream"), items({{"id", id}, {"maxBitRate", QStringLiteral("320")}})));
        QCOMPARE(capped.status, 200);
        QVERIFY2(capped.contentType.startsWith("text/xml"), capped.contentType.constData());
        QVERIFY(capped.body.contains("code=\"0\" message=\"No way to transcode from mp3 to mp3\""));

        const Fetched zero = fetch(m_server->apiUrl(
            QStringLiteral("stream"), items({{"id", id}, {"maxBitRate", QStringLiteral("0")}})));
        QVERIFY(zero.contentType.startsWith("audio/mpeg"));
    }

    void badIdsGiveCode0Or70() {
        const Fetched malformed =
            api(QStringLiteral("stream"), items({{"id", QStringLiteral("42")}}));
        QCOMPARE(malformed.status, 200);
        QCOMPARE(malformed.errorCode(), 0); // "ValueError: badly formed hexadecimal UUID string"
        const Fetched unknown =
            api(QStringLiteral("stream"),
                items({{"id", QStringLiteral("00000000-0000-0000-0000-000000000000")}}));
        QCOMPARE(unknown.status, 200);
        QCOMPARE(unknown.errorCode(), 70);
    }

    void createPlaylistAnswersNothingAndGetPlaylistsShowsIt() {
        const QStringList order = {songId(QStringLiteral("Группа крови")),
                                   songId(QStringLiteral("Neon Highway")),
                                   songId(QStringLiteral("Déjà Vu"))};
        QUrlQuery query = items({{"name", QStringLiteral("Road trip ü")}});
        for (const QString &id : order)
            query.addQueryItem(QStringLiteral("songId"), id);
        const Fetched created = api(QStringLiteral("createPlaylist"), query);
        QCOMPARE(created.response().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        // API 1.10.2: no <playlist> in the answer, so the new id has to be looked up.
        QVERIFY(!created.response().contains(QStringLiteral("playlist")));

        const QJsonArray lists = api(QStringLiteral("getPlaylists"))
                                     .response()
                                     .value(QStringLiteral("playlists"))
                                     .toObject()
                                     .value(QStringLiteral("playlist"))
                                     .toArray();
        QCOMPARE(lists.size(), 1);
        const QJsonObject list = lists.first().toObject();
        QCOMPARE(list.value(QStringLiteral("name")).toString(), QStringLiteral("Road trip ü"));
        QCOMPARE(list.value(QStringLiteral("songCount")), QJsonValue(3));
        QCOMPARE(list.value(QStringLiteral("owner")).toString(), m_server->user());
        QCOMPARE(list.value(QStringLiteral("public")), QJsonValue(false));
        QVERIFY(isUuid(list.value(QStringLiteral("id")).toString()));

        const QJsonArray entries = api(QStringLiteral("getPlaylist"),
                                       items({{"id", list.value(QStringLiteral("id")).toString()}}))
                                       .response()
                                       .value(QStringLiteral("playlist"))
                                       .toObject()
                                       .value(QStringLiteral("entry"))
                                       .toArray();
        QStringList got;
        for (const auto &e : entries)
            got.append(e.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(got, order);
    }

    void getCoverArtServesTheFolderImage() {
        const QString coverId = m_songs.value(QStringLiteral("Neon Highway"))
                                    .value(QStringLiteral("coverArt"))
                                    .toString();
        const Fetched full =
            fetch(m_server->apiUrl(QStringLiteral("getCoverArt"), items({{"id", coverId}})));
        QCOMPARE(full.status, 200);
        QVERIFY(full.contentType.startsWith("image/png"));
        QFile onDisk(
            QDir(m_server->musicFolder()).filePath(QString::fromUtf8(SupysonicServer::kCoverFile)));
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QCOMPARE(full.body, onDisk.readAll());

        const Fetched small =
            fetch(m_server->apiUrl(QStringLiteral("getCoverArt"),
                                   items({{"id", coverId}, {"size", QStringLiteral("16")}})));
        QCOMPARE(QImage::fromData(small.body).size(), QSize(16, 16));

        // An album without a cover: an error, not an empty image.
        const QString bday =
            m_songs.value(QStringLiteral("Déjà Vu")).value(QStringLiteral("albumId")).toString();
        QCOMPARE(api(QStringLiteral("getCoverArt"), items({{"id", bday}})).errorCode(), 70);
    }

    void scrobbleSucceedsWithoutLastFm() {
        const QString id = songId(QStringLiteral("Rear View"));
        const Fetched nowPlaying =
            api(QStringLiteral("scrobble"),
                items({{"id", id}, {"submission", QStringLiteral("false")}}));
        QCOMPARE(nowPlaying.response().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        const Fetched played =
            api(QStringLiteral("scrobble"), items({{"id", id},
                                                   {"submission", QStringLiteral("true")},
                                                   {"time", QStringLiteral("1700000000000")}}));
        QCOMPARE(played.response().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(api(QStringLiteral("scrobble")).errorCode(), 10); // id is required
    }

    void stoppingTheServerLeavesNothingRunning() {
        QList<ToneSpec> one = {SupysonicServer::defaultLibrary().first()};
        QUrl ping;
        qint64 pid = 0;
        {
            SupysonicServer second(one);
            QVERIFY2(second.start(), qPrintable(second.errorString()));
            QVERIFY(second.baseUrl() != m_server->baseUrl()); // two side by side
            ping = second.apiUrl(QStringLiteral("ping"));
            pid = second.processId();
            QVERIFY(pid > 0);
            QCOMPARE(fetch(ping).status, 200);
        }
        QCOMPARE(::kill(pid_t(pid), 0), -1);
        QCOMPARE(errno, ESRCH);
        QCOMPARE(fetch(ping).error, QNetworkReply::ConnectionRefusedError);
    }
};

QTEST_GUILESS_MAIN(TestSupysonic)
#include "tst_supysonic.moc"
