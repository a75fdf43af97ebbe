// Typed Subsonic parsing: every specification example (JSON) and its XML form give the same
// values; the variations real servers show (numbers and booleans as strings, bit/s, timestamps
// with or without zone, a single object for a list, missing fields) read correctly; hostile
// replies are bounded and never crash.
#include "core/service/subsonic/subsonicfields.h"
#include "core/service/subsonic/subsonicparser.h"
#include "tests/subsonic/subsonicdump.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace refrain;
using namespace refrain::test;

namespace {

QByteArray fixture(const QString &name) {
    QFile f(QStringLiteral(REFRAIN_TEST_DATA "/subsonic/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

SubsonicReply replyFrom(const QString &name) {
    const bool xml = name.endsWith(QLatin1String(".xml"));
    return SubsonicReply::parse(200, xml ? "text/xml; charset=UTF-8" : "application/json",
                                fixture(name));
}

SubsonicReply jsonReply(const QByteArray &body) {
    return SubsonicReply::parse(200, "application/json", body);
}

// A reply around one payload, as a server would send it.
SubsonicReply envelope(const char *payloadJson) {
    return jsonReply(QByteArray(R"({"subsonic-response":{"status":"ok","version":"1.16.1",)")
                     + payloadJson + "}}");
}

// Reply payloads, kept out of the test class: moc does not read raw string literals.
const char *const kBitRates =
    R"("album":{"id":"a","name":"A","song":[{"id":"1","bitRate":320000},)"
    R"({"id":"2","bitRate":"128"},{"id":"3","bitRate":9999},{"id":"4","bitRate":1411200}]})";
const char *const kSingleSong = R"("album":{"id":"a","name":"A","song":{"id":"1","title":"Only"}})";
const char *const kSinglePlaylist =
    R"("playlists":{"playlist":{"id":"p","name":"Solo","public":"true"}})";
const char *const kBareSong = R"("album":{"id":"a","song":[{"id":"1"}]})";
const char *const kEmptyList = R"("albumList2":{})";
const char *const kNullList = R"("albumList2":null)";
const char *const kNoList = R"("x":1)";
const char *const kEmptySearch = R"("searchResult3":{})";
const char *const kWrongTypes =
    R"("album":{"id":12345,"name":678,"year":"abc","songCount":1.5,"duration":{"x":1},)"
    R"("song":[{"id":"1","track":-3,"size":1e300,"title":["x"],"starred":17,)"
    R"("discNumber":"2","replayGain":{"trackGain":"-6.5","trackPeak":-1,"albumGain":1e9}},)"
    R"({"title":"no id, left out"},"just a string",42,null]})";
const char *const kSongWithoutId = R"("song":{"title":"no id"})";
const char *const kPlaylistAsArray = R"("playlist":[])";
const char *const kArtistAsString = R"("artist":"x")";
const char *const kSongTitlePrefix = R"("song":{"id":"1","title":")";
const char *const kClosingQuoteBrace = "\"}";
const char *const kHugeListStart = R"({"subsonic-response":{"status":"ok","albumList2":{"album":[)";
const char *const kFirstItem = R"({"id":"0"})";
const char *const kNextItem = R"(,{"id":"1"})";
const char *const kDeepStart = R"({"subsonic-response":{"status":"ok","album":)";
const char *const kXmlStart = R"(<subsonic-response status="ok">)";
const char *const kLaughs = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<subsonic-response status="ok" version="1.16.1"><song id="1" title="&lol3;"/></subsonic-response>)";

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// Each macro evaluates its argument once: it is often a request.
#define VERIFY_OK(result)                                                                          \
    do {                                                                                           \
        const auto &checked_ = (result);                                                           \
        QVERIFY2(checked_.ok(), checked_.ok() ? "" : qPrintable(checked_.error().message));        \
    } while (false)

} // namespace

class TestSubsonicParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formats_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("xml") << QStringLiteral("xml");
    }

    void pingReadsWhoAnswered_data() { formats_data(); }
    void pingReadsWhoAnswered() {
        QFETCH(QString, format);
        const auto info = SubsonicParser::parsePing(replyFrom(QStringLiteral("ping.") + format));
        VERIFY_OK(info);
        QCOMPARE(info.value().apiVersion, QStringLiteral("1.16.1"));
        QCOMPARE(info.value().type, QStringLiteral("AwesomeServerName"));
        QCOMPARE(info.value().serverVersion, QStringLiteral("0.1.3 (tag)"));
        QVERIFY(info.value().openSubsonic);
        QVERIFY(info.value().supportsTokens());
        QVERIFY(!info.value().supportsApiKey());
    }

    void extensionsListNamesAndVersions_data() { formats_data(); }
    void extensionsListNamesAndVersions() {
        QFETCH(QString, format);
        const auto extensions = SubsonicParser::parseExtensions(
            replyFrom(QStringLiteral("getOpenSubsonicExtensions.") + format));
        VERIFY_OK(extensions);
        const QList<ServerExtension> expected{
            {QStringLiteral("template"), {1, 2}},
            {QStringLiteral("transcodeOffset"), {1}},
            {QStringLiteral("sonicSimilarity"), {1}},
            {QStringLiteral("topSongsByArtistId"), {1}},
        };
        QCOMPARE(extensions.value(), expected);
    }

    void albumWithSongs_data() { formats_data(); }
    void albumWithSongs() {
        QFETCH(QString, format);
        const auto album =
            SubsonicParser::parseAlbum(replyFrom(QStringLiteral("getAlbum.") + format));
        VERIFY_OK(album);
        const RemoteAlbum &a = album.value();
        QCOMPARE(a.id, QStringLiteral("200000021"));
        QCOMPARE(a.name, QStringLiteral("Forget and Remember"));
        QCOMPARE(a.artist, QStringLiteral("Comfort Fit"));
        QCOMPARE(a.year, 2005);
        QCOMPARE(a.songCount, 20);
        QCOMPARE(a.durationSeconds, 4248);
        QCOMPARE(a.created, utc(2021, 7, 22, 2, 9, 31));
        QCOMPARE(a.songs.size(), 2);
        const RemoteSong &s = a.songs.first();
        QCOMPARE(s.title, QStringLiteral("Can I Help U?"));
        QCOMPARE(s.track, 1);
        QCOMPARE(s.discNumber, 1);
        QCOMPARE(s.durationSeconds, 103);
        QCOMPARE(s.bitRateKbps, 216);
        QCOMPARE(s.sizeBytes, qint64(2811819));
        QCOMPARE(s.contentType, QStringLiteral("audio/mpeg"));
        QCOMPARE(s.path,
                 QStringLiteral("user/Comfort Fit/Forget And Remember/1 - Can I Help U?.mp3"));
        QCOMPARE(a.songs.at(1).title, QStringLiteral("Planetary Picknick"));
    }

    void playlists_data() { formats_data(); }
    void playlists() {
        QFETCH(QString, format);
        const auto list =
            SubsonicParser::parsePlaylists(replyFrom(QStringLiteral("getPlaylists.") + format));
        VERIFY_OK(list);
        QCOMPARE(list.value().size(), 2);
        QVERIFY(!list.value().at(0).isPublic);
        QVERIFY(list.value().at(1).isPublic);
        QCOMPARE(list.value().at(0).songCount, 43);
        QCOMPARE(list.value().at(0).durationSeconds, 17875);
        QCOMPARE(list.value().at(1).created, utc(2021, 2, 23, 4, 34, 56));

        const auto one =
            SubsonicParser::parsePlaylist(replyFrom(QStringLiteral("getPlaylist.") + format));
        VERIFY_OK(one);
        QCOMPARE(one.value().name, QStringLiteral("testcreate"));
        QCOMPARE(one.value().owner, QStringLiteral("user"));
        QCOMPARE(one.value().entries.size(), 1);
        QCOMPARE(one.value().entries.first().title, QStringLiteral("BrownSmoke"));
        QCOMPARE(one.value().entries.first().suffix, QStringLiteral("wma"));
    }

    void searchAndStarredKeepQuotesAndNanoseconds_data() { formats_data(); }
    void searchAndStarredKeepQuotesAndNanoseconds() {
        QFETCH(QString, format);
        const auto found =
            SubsonicParser::parseSearch3(replyFrom(QStringLiteral("search3.") + format));
        VERIFY_OK(found);
        QCOMPARE(found.value().artists.size(), 1);
        QCOMPARE(found.value().albums.size(), 1);
        QCOMPARE(found.value().songs.size(), 1);
        const RemoteSong &s = found.value().songs.first();
        QCOMPARE(s.title, QStringLiteral("\"polar expedition\""));
        QCOMPARE(s.created, utc(2023, 3, 14, 17, 51, 22, 112));
        QCOMPARE(s.starred, utc(2023, 3, 27, 9, 45, 27));
        QCOMPARE(s.bitRateKbps, 880);

        const auto starred =
            SubsonicParser::parseStarred2(replyFrom(QStringLiteral("getStarred2.") + format));
        VERIFY_OK(starred);
        QCOMPARE(starred.value().artists.first().starred, utc(2017, 4, 11, 10, 42, 50, 842));
        QCOMPARE(starred.value().albums.first().genre, QStringLiteral("Hip-Hop"));
        QCOMPARE(starred.value().songs.first().starred, utc(2023, 3, 27, 9, 45, 27));
    }

    void artistsFromEveryIndex_data() { formats_data(); }
    void artistsFromEveryIndex() {
        QFETCH(QString, format);
        const auto artists =
            SubsonicParser::parseArtists(replyFrom(QStringLiteral("getArtists.") + format));
        VERIFY_OK(artists);
        QCOMPARE(artists.value().size(), 3);
        QCOMPARE(artists.value().at(0).name, QStringLiteral("CARNÚN"));
        QCOMPARE(artists.value().at(2).name, QStringLiteral("IOK-1"));
        QCOMPARE(artists.value().at(2).albumCount, 1);
    }

    void openSubsonicSongFields_data() { formats_data(); }
    void openSubsonicSongFields() {
        QFETCH(QString, format);
        const auto song = SubsonicParser::parseSong(replyFrom(QStringLiteral("getSong.") + format));
        VERIFY_OK(song);
        const RemoteSong &s = song.value();
        QCOMPARE(s.albumArtist, QStringLiteral("Artist 6 & Artist 7"));
        QCOMPARE(s.genre, QStringLiteral("Hip-Hop")); // from genres[], no plain genre given
        QCOMPARE(s.replayGain.trackGain, std::optional<double>(0.1));
        QCOMPARE(s.replayGain.albumGain, std::optional<double>(1.1));
        QCOMPARE(s.replayGain.trackPeak, std::optional<double>(9.2));
        QCOMPARE(s.replayGain.albumPeak, std::optional<double>(9));
        QCOMPARE(s.musicBrainzId, QStringLiteral("189002e7-3285-4e2e-92a3-7f6c30d407a2"));
        QCOMPARE(s.playCount, qint64(8));
    }

    // The XML form of each example reads to exactly the same values as the JSON.
    void xmlAndJsonAgree_data() {
        QTest::addColumn<QString>("name");
        for (const char *name : {"getAlbum", "getPlaylists", "getPlaylist", "search3",
                                 "getStarred2", "getArtists", "getSong"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void xmlAndJsonAgree() {
        QFETCH(QString, name);
        const auto both = [&name](const QString &ext) -> QString {
            const SubsonicReply reply = replyFrom(name + ext);
            if (name == u"getAlbum")
                return dump(SubsonicParser::parseAlbum(reply).value());
            if (name == u"getPlaylists")
                return dump(SubsonicParser::parsePlaylists(reply).value());
            if (name == u"getPlaylist")
                return dump(SubsonicParser::parsePlaylist(reply).value());
            if (name == u"search3")
                return dump(SubsonicParser::parseSearch3(reply).value());
            if (name == u"getStarred2")
                return dump(SubsonicParser::parseStarred2(reply).value());
            if (name == u"getArtists")
                return dump(SubsonicParser::parseArtists(reply).value());
            return dump(SubsonicParser::parseSong(reply).value());
        };
        QCOMPARE(both(QStringLiteral(".xml")), both(QStringLiteral(".json")));
    }

    void numbersAsStringsAndTimestampVariants() {
        const auto albums =
            SubsonicParser::parseAlbumList(replyFrom(QStringLiteral("getAlbumList2.json")));
        VERIFY_OK(albums);
        QCOMPARE(albums.value().size(), 2);
        const RemoteAlbum &first = albums.value().at(0);
        QCOMPARE(first.songCount, 4);
        QCOMPARE(first.durationSeconds, 1241);
        QCOMPARE(first.year, 2007);
        QCOMPARE(first.created, utc(2024, 5, 1, 10, 11, 12, 123));          // no zone: UTC
        QCOMPARE(albums.value().at(1).created, utc(2021, 7, 22, 2, 9, 31)); // +02:00
        QVERIFY(albums.value().at(1).genre.isEmpty());

        const auto single =
            SubsonicParser::parseAlbumList(replyFrom(QStringLiteral("getAlbumList2-single.xml")));
        VERIFY_OK(single);
        QCOMPARE(single.value().size(), 1);
        QCOMPARE(single.value().first().created, utc(2021, 7, 22, 2, 9, 31));
    }

    void timestamps_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t = utc(2023, 3, 27, 9, 45, 27);
        QTest::newRow("Z") << QStringLiteral("2023-03-27T09:45:27Z") << t;
        QTest::newRow("+00:00") << QStringLiteral("2023-03-27T09:45:27+00:00") << t;
        QTest::newRow("+02:00") << QStringLiteral("2023-03-27T11:45:27+02:00") << t;
        QTest::newRow("-0530") << QStringLiteral("2023-03-27T04:15:27-0530") << t;
        QTest::newRow("-05") << QStringLiteral("2023-03-27T04:45:27-05") << t;
        QTest::newRow("no zone") << QStringLiteral("2023-03-27T09:45:27") << t;
        QTest::newRow("space") << QStringLiteral("2023-03-27 09:45:27") << t;
        QTest::newRow("lower z") << QStringLiteral("2023-03-27t09:45:27z") << t;
        QTest::newRow("tenths") << QStringLiteral("2023-03-27T09:45:27.5Z") << t.addMSecs(500);
        QTest::newRow("millis") << QStringLiteral("2023-03-27T09:45:27.842Z") << t.addMSecs(842);
        QTest::newRow("micros, no zone")
            << QStringLiteral("2023-03-27T09:45:27.123456") << t.addMSecs(123);
        QTest::newRow("nanos") << QStringLiteral("2023-03-27T09:45:27.112827504Z")
                               << t.addMSecs(112);
        QTest::newRow("nanos +01:00")
            << QStringLiteral("2023-03-27T10:45:27.999999999+01:00") << t.addMSecs(999);
        QTest::newRow("no seconds") << QStringLiteral("2023-03-27T09:45Z") << t.addSecs(-27);
        QTest::newRow("date only") << QStringLiteral("2023-03-27") << utc(2023, 3, 27, 0, 0, 0);
        QTest::newRow("padded") << QStringLiteral("  2023-03-27T09:45:27Z ") << t;
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("words") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("month 13") << QStringLiteral("2023-13-01T00:00:00Z") << QDateTime();
        QTest::newRow("hour 25") << QStringLiteral("2023-03-27T25:00:00Z") << QDateTime();
        QTest::newRow("offset 99") << QStringLiteral("2023-03-27T09:45:27+99:00") << QDateTime();
        QTest::newRow("epoch") << QStringLiteral("1679910327") << QDateTime();
    }
    void timestamps() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = SubsonicFields::parseDateTime(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void bitRateInBitsPerSecondIsNormalised() {
        const auto album = SubsonicParser::parseAlbum(envelope(kBitRates));
        VERIFY_OK(album);
        QCOMPARE(album.value().songs.at(0).bitRateKbps, 320);
        QCOMPARE(album.value().songs.at(1).bitRateKbps, 128);
        QCOMPARE(album.value().songs.at(2).bitRateKbps, 9999);
        QCOMPARE(album.value().songs.at(3).bitRateKbps, 1411);
    }

    void singleObjectWhereAListBelongs() {
        const auto album = SubsonicParser::parseAlbum(envelope(kSingleSong));
        VERIFY_OK(album);
        QCOMPARE(album.value().songs.size(), 1);
        QCOMPARE(album.value().songs.first().title, QStringLiteral("Only"));

        const auto list = SubsonicParser::parsePlaylists(envelope(kSinglePlaylist));
        VERIFY_OK(list);
        QCOMPARE(list.value().size(), 1);
        QVERIFY(list.value().first().isPublic); // a boolean as a string
    }

    void missingOptionalFieldsAndEmptyLists() {
        const auto album = SubsonicParser::parseAlbum(envelope(kBareSong));
        VERIFY_OK(album);
        const RemoteSong &s = album.value().songs.first();
        QCOMPARE(s.track, 0);
        QCOMPARE(s.durationSeconds, 0);
        QVERIFY(!s.created.isValid());
        QVERIFY(!s.starred.isValid());
        QVERIFY(s.replayGain.isEmpty());

        // Several servers leave an empty list out, or send an empty element / null.
        for (const char *payload : {kEmptyList, kNullList, kNoList}) {
            const auto empty = SubsonicParser::parseAlbumList(envelope(payload));
            VERIFY_OK(empty);
            QVERIFY(empty.value().isEmpty());
        }
        const auto noSearch = SubsonicParser::parseSearch3(envelope(kEmptySearch));
        VERIFY_OK(noSearch);
        QVERIFY(noSearch.value().songs.isEmpty());
    }

    void wrongTypesAreIgnoredNotFatal() {
        const auto album = SubsonicParser::parseAlbum(envelope(kWrongTypes));
        VERIFY_OK(album);
        const RemoteAlbum &a = album.value();
        QCOMPARE(a.id, QStringLiteral("12345")); // ids as numbers still identify
        QCOMPARE(a.name, QStringLiteral("678"));
        QCOMPARE(a.year, 0);
        QCOMPARE(a.songCount, 0);
        QCOMPARE(a.durationSeconds, 0);
        QCOMPARE(a.songs.size(), 1);
        const RemoteSong &s = a.songs.first();
        QCOMPARE(s.track, 0);
        QCOMPARE(s.sizeBytes, qint64(0));
        QVERIFY(s.title.isEmpty());
        QVERIFY(!s.starred.isValid());
        QCOMPARE(s.discNumber, 2);
        QCOMPARE(s.replayGain.trackGain, std::optional<double>(-6.5));
        QVERIFY(!s.replayGain.trackPeak); // peaks are positive
        QVERIFY(!s.replayGain.albumGain); // not a plausible gain
    }

    void singleItemAnswersWithoutTheItemAreErrors() {
        const auto album = SubsonicParser::parseAlbum(envelope(kEmptyList));
        QVERIFY(!album.ok());
        QCOMPARE(album.error().kind, Error::Kind::Corrupt);
        QVERIFY2(album.error().message.contains(QLatin1String("no album")),
                 qPrintable(album.error().message));
        QVERIFY(!SubsonicParser::parseSong(envelope(kSongWithoutId)).ok());
        QVERIFY(!SubsonicParser::parsePlaylist(envelope(kPlaylistAsArray)).ok());
        QVERIFY(!SubsonicParser::parseArtist(envelope(kArtistAsString)).ok());
    }

    void failedRepliesGiveTheirErrorToEveryParser() {
        const SubsonicReply failed = replyFrom(QStringLiteral("error-40.json"));
        const auto album = SubsonicParser::parseAlbum(failed);
        QVERIFY(!album.ok());
        QCOMPARE(album.error().kind, Error::Kind::Invalid);
        QCOMPARE(album.error().message, failed.message());
        QVERIFY(!SubsonicParser::parsePing(failed).ok());
        QVERIFY(!SubsonicParser::parseStarred2(failed).ok());
    }

    void longStringsAreCapped() {
        const QByteArray title(100000, 'x');
        const auto song = SubsonicParser::parseSong(
            envelope(QByteArray(kSongTitlePrefix + title + kClosingQuoteBrace).constData()));
        VERIFY_OK(song);
        QCOMPARE(song.value().title.size(), SubsonicFields::kMaxStringLength);
    }

    void hugeListsAreCapped() {
        QByteArray body = kHugeListStart;
        const qsizetype n = SubsonicFields::kMaxListLength + 50;
        body.reserve(body.size() + n * 12);
        for (qsizetype i = 0; i < n; ++i)
            body += QByteArray(i == 0 ? kFirstItem : kNextItem);
        body += "]}}}";
        const auto albums = SubsonicParser::parseAlbumList(jsonReply(body));
        VERIFY_OK(albums);
        QCOMPARE(albums.value().size(), SubsonicFields::kMaxListLength);
    }

    void deepNestingIsRefused() {
        QByteArray json = kDeepStart;
        json += QByteArray(5000, '[') + QByteArray(5000, ']') + "}}";
        const SubsonicReply deepJson = jsonReply(json);
        QCOMPARE(deepJson.problem(), SubsonicReply::Problem::Malformed);

        QByteArray xml = kXmlStart;
        for (int i = 0; i < 200; ++i)
            xml += "<a>";
        for (int i = 0; i < 200; ++i)
            xml += "</a>";
        xml += "</subsonic-response>";
        const SubsonicReply deepXml = SubsonicReply::parse(200, "text/xml", xml);
        QCOMPARE(deepXml.problem(), SubsonicReply::Problem::Malformed);
        QVERIFY2(deepXml.message().contains(QLatin1String("nested")),
                 qPrintable(deepXml.message()));
    }

    void entityExpansionIsRefused() {
        const QByteArray laughs = kLaughs;
        const SubsonicReply reply = SubsonicReply::parse(200, "text/xml", laughs);
        QCOMPARE(reply.problem(), SubsonicReply::Problem::Malformed);
        QVERIFY2(reply.message().contains(QLatin1String("document type")),
                 qPrintable(reply.message()));
    }

    // Bytes that are nearly valid must give an error or a value, never a crash or a hang.
    void mangledRepliesNeverCrash() {
        const QList<QByteArray> seeds{fixture(QStringLiteral("getAlbum.json")),
                                      fixture(QStringLiteral("getSong.xml")),
                                      fixture(QStringLiteral("search3.json"))};
        quint32 state = 12345;
        const auto next = [&state] {
            state = state * 1664525u + 1013904223u;
            return state >> 8;
        };
        int parsed = 0;
        for (const QByteArray &seed : seeds) {
            for (int round = 0; round < 300; ++round) {
                QByteArray body = seed;
                const int edits = 1 + int(next() % 4);
                for (int e = 0; e < edits && !body.isEmpty(); ++e) {
                    const qsizetype at = qsizetype(next() % quint32(body.size()));
                    switch (next() % 3) {
                    case 0:
                        body[at] = char(next() & 0xff);
                        break;
                    case 1:
                        body.remove(at, 1 + qsizetype(next() % 8));
                        break;
                    default:
                        body.truncate(at);
                        break;
                    }
                }
                const SubsonicReply reply = SubsonicReply::parse(
                    200, seed.startsWith('<') ? "text/xml" : "application/json", body);
                if (reply.ok()) {
                    ++parsed;
                    (void)SubsonicParser::parseAlbum(reply);
                    (void)SubsonicParser::parseSong(reply);
                    (void)SubsonicParser::parseSearch3(reply);
                } else {
                    QVERIFY(!reply.message().isEmpty());
                }
            }
        }
        QVERIFY(parsed > 0); // some mutations keep the document valid
    }
};

QTEST_GUILESS_MAIN(TestSubsonicParser)
#include "tst_subsonicparser.moc"
