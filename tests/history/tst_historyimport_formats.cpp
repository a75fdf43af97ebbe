// History import, format by format: every shared fixture (and the hand-written Last.fm and
// Spotify files next to them) read into exactly the listens the file holds, with each row that
// is no listen counted under its reason.
//
// The expected values were worked out by hand from each file: start = offline_timestamp or
// ts − ms_played for Spotify's extended rows (endTime − msPlayed for basic ones), listened_at /
// uts / timeMs as they are elsewhere; the Unix times turned into UTC dates with Python's
// datetime as a check. Offsets are Europe/Berlin's: +1 h in winter, +2 h in summer.
#include "tst_historyimport_support.h"

#include <QTemporaryDir>

using namespace refrain;
using namespace refrain::test;

namespace {

struct Read {
    RecordingSink sink;
    HistoryReadSummary summary;
};

// Reads one file with Berlin as the local zone.
std::unique_ptr<Read> readFile(const QString &path) {
    auto read = std::make_unique<Read>();
    HistoryReadOptions options;
    options.localZone = berlin();
    const auto result = readHistory(path, read->sink, options);
    if (!result.ok()) {
        qWarning() << result.error().message;
        return nullptr;
    }
    read->summary = result.value();
    return read;
}

} // namespace

class TestHistoryImportFormats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void spotifyExtendedHistory() {
        const auto read = readFile(dataFile("Streaming_History_Audio_lb-testdata.json"));
        QVERIFY(read);
        // Row 1 (Beqaaboo) played 2385 ms; the rest start at their offline_timestamp (seconds).
        COMPARE_LISTENS(
            read->sink.listens,
            (QStringList{expected("All Time Low", "Monsters (feat. Demi Lovato and blackbear)",
                                  "Monsters (feat. Demi Lovato and blackbear)",
                                  "2023-03-19T18:28:43.000Z", 174424, 0, 3600, "spotify"),
                         expected("Rema", "Calm Down", "Calm Down", "2023-03-19T18:17:10.000Z",
                                  219813, 0, 3600, "spotify"),
                         expected("New Hope Club", "Love Again", "New Hope Club",
                                  "2023-03-19T18:20:49.000Z", 203533, 0, 3600, "spotify"),
                         expected("Sharn", "Mi Amor", "Mi Amor", "2023-03-19T18:24:13.000Z", 203048,
                                  0, 3600, "spotify")}));
        QCOMPARE(read->sink.skips, skipCounts({{skipreason::kTooShort, 1}}));
        QCOMPARE(read->summary.formats, QStringList{QStringLiteral("spotify-extended")});
        QCOMPARE(read->summary.files, 1);
        QVERIFY(read->summary.problems.isEmpty());
    }

    void spotifyEndsongHistory() {
        const auto read = readFile(dataFile("endsong_lb-testdata.json"));
        QVERIFY(read);
        // Offline timestamps: 0 (→ ts − ms_played) or milliseconds (1514143428800). Ghlana
        // played 0 ms. May 2021 is summer time in Berlin.
        COMPARE_LISTENS(
            read->sink.listens,
            (QStringList{expected("The Yardbirds", "Got To Hurry", "Classic Yardbirds Vol.1",
                                  "2013-03-14T10:41:50.098Z", 154902, 0, 3600, "spotify"),
                         expected("Beastie Boys", "To All The Girls", "Paul's Boutique",
                                  "2017-12-24T19:23:48.800Z", 75788, 0, 3600, "spotify"),
                         expected("Spoon", "I Turn My Camera On", "Gimme Fiction",
                                  "2010-12-01T10:25:11.978Z", 212022, 0, 3600, "spotify"),
                         expected("Nubya Garcia", "Fly Free", "Nubya's 5ive",
                                  "2021-05-10T10:53:39.509Z", 581491, 0, 7200, "spotify")}));
        QCOMPARE(read->sink.skips, skipCounts({{skipreason::kTooShort, 1}}));
        QCOMPARE(read->summary.formats, QStringList{QStringLiteral("spotify-extended")});
    }

    void spotifyExtendedRowKinds() {
        const auto read = readFile(dataFile("spotify-extended-kinds.json"));
        QVERIFY(read);
        // Misread: ts 12:04:00 − 240 s; Cayman Islands: offline_timestamp 1685620000000 ms.
        COMPARE_LISTENS(
            read->sink.listens,
            (QStringList{expected("Kings of Convenience", "Misread", "Riot on an Empty Street",
                                  "2023-06-01T12:00:00.000Z", 240000, 0, 7200, "spotify"),
                         expected("Kings of Convenience", "Cayman Islands",
                                  "Riot on an Empty Street", "2023-06-01T11:46:40.000Z", 95000, 0,
                                  7200, "spotify")}));
        QCOMPARE(read->sink.skips, skipCounts({{skipreason::kPodcast, 1},
                                               {skipreason::kAudiobook, 1},
                                               {skipreason::kIncognito, 1},
                                               {skipreason::kMissingFields, 1},
                                               {skipreason::kUnknownPlaceholder, 1},
                                               {skipreason::kMalformed, 1}}));
        // The rows' personal fields (IP address, user name, device) reach no listen.
        const QString everything = describe(read->sink.listens).join(QLatin1Char('\n'));
        for (const char *personal : {"203.0.113.7", "someone-private", "Private Agent", "Pixel"})
            QVERIFY2(!everything.contains(QLatin1String(personal)), personal);
    }

    void spotifyBasicHistory() {
        const auto read = readFile(dataFile("StreamingHistory0_short.json"));
        QVERIFY(read);
        // endTime is the end, to the minute, in UTC: start = endTime − msPlayed.
        COMPARE_LISTENS(
            read->sink.listens,
            (QStringList{expected("John Mayer", "Heartbreak Warfare", "",
                                  "2023-04-09T03:50:34.450Z", 265550, 0, 7200, "spotify"),
                         expected("John Mayer", "All We Ever Do Is Say Goodbye", "",
                                  "2023-04-09T03:55:28.989Z", 271011, 0, 7200, "spotify"),
                         expected("John Mayer", "Half of My Heart", "", "2023-04-09T03:59:29.326Z",
                                  90674, 0, 7200, "spotify")}));
        QVERIFY(read->sink.skips.isEmpty());
        QCOMPARE(read->summary.formats, QStringList{QStringLiteral("spotify-basic")});
    }

    void spotifyBasicPlaceholdersAndShortPlays() {
        const auto read = readFile(dataFile("StreamingHistory0_unknown-artist-excerpt.json"));
        QVERIFY(read);
        COMPARE_LISTENS(
            read->sink.listens,
            (QStringList{expected("Slushii", "Sapient Dream", "", "2023-11-28T16:23:14.396Z",
                                  105604, 0, 3600, "spotify"),
                         expected("Earth Alliance", "Wildlife Storm (Nature)", "",
                                  "2023-11-30T07:40:01.907Z", 118093, 0, 3600, "spotify")}));
        // White Noise Radiance 27213 ms and Earth Alliance 6805 ms are too short; both
        // "Unknown Artist"/"Unknown Track" rows are placeholders, whatever their length.
        QCOMPARE(read->sink.skips,
                 skipCounts({{skipreason::kTooShort, 2}, {skipreason::kUnknownPlaceholder, 2}}));
    }

    void listenBrainzExportLines() {
        const auto read = readFile(dataFile("listens_2025_6.jsonl"));
        QVERIFY(read);
        // additional_info.duration_ms is the track's length; how long it played is not said.
        COMPARE_LISTENS(
            read->sink.listens,
            (QStringList{expected("The Stranglers", "Golden Brown", "La Folie",
                                  "2025-06-03T15:22:47.000Z", 0, 206760, 7200, "listenbrainz"),
                         expected("The Mamas & The Papas", "California Dreamin'",
                                  "If You Can Believe Your Eyes & Ears", "2025-06-03T16:25:54.000Z",
                                  0, 162373, 7200, "listenbrainz")}));
        QVERIFY(read->sink.skips.isEmpty());
        QCOMPARE(read->summary.formats, QStringList{QStringLiteral("listenbrainz-jsonl")});
    }

    void listenBrainzLinesWithEmptyNames() {
        const auto read = readFile(dataFile("listens_mixed_validity.jsonl"));
        QVERIFY(read);
        COMPARE_LISTENS(
            read->sink.listens,
            (QStringList{expected("The Mamas & The Papas", "California Dreamin'", "",
                                  "2025-06-03T16:25:54.000Z", 0, 0, 7200, "listenbrainz"),
                         expected("The Stranglers", "Golden Brown", "", "2025-06-03T16:25:56.000Z",
                                  0, 0, 7200, "listenbrainz"),
                         expected("Sweet Garden", "Altered State", "", "2025-06-03T16:25:58.000Z",
                                  0, 0, 7200, "listenbrainz")}));
        QCOMPARE(read->sink.skips, skipCounts({{skipreason::kMissingFields, 2}}));
    }

    void listenBrainzOlderJsonArray() {
        // The older export: one JSON array of the same listen objects.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("listens.json"));
        QByteArray lines = fileBytes(dataFile("listens_2025_6.jsonl")).trimmed();
        QVERIFY(writeFile(path, "[\n" + lines.replace('\n', ",\n") + "\n]\n"));
        const auto read = readFile(path);
        QVERIFY(read);
        QCOMPARE(read->sink.listens.size(), 2);
        QCOMPARE(describe(read->sink.listens.at(1)),
                 expected("The Mamas & The Papas", "California Dreamin'",
                          "If You Can Believe Your Eyes & Ears", "2025-06-03T16:25:54.000Z", 0,
                          162373, 7200, "listenbrainz"));
        QCOMPARE(read->summary.formats, QStringList{QStringLiteral("listenbrainz-json")});
    }

    void lastFmApiXmlPage() {
        const auto read = readFile(dataFile("user.getrecenttracks_small.xml"));
        QVERIFY(read);
        // <date uts> is the start in UTC; "&amp;" is an ampersand.
        COMPARE_LISTENS(read->sink.listens,
                        (QStringList{expected("TEEN", "Roses & Wine", "In Limbo",
                                              "2014-05-22T20:11:23.000Z", 0, 0, 7200, "lastfm"),
                                     expected("TEEN", "Why Why Why", "In Limbo",
                                              "2014-05-22T20:05:28.000Z", 0, 0, 7200, "lastfm")}));
        QCOMPARE(read->summary.formats, QStringList{QStringLiteral("lastfm-api-xml")});
    }

    void lastFmApiJsonPage() {
        const auto read = readFile(dataFile("lastfm-recenttracks.json"));
        QVERIFY(read);
        // Björk's row is in the extended shape (artist "name") with \u escapes.
        COMPARE_LISTENS(read->sink.listens,
                        (QStringList{expected("TEEN", "Roses & Wine", "In Limbo",
                                              "2014-05-22T20:11:23.000Z", 0, 0, 7200, "lastfm"),
                                     expected("Björk", "Jóga", "Homogenic",
                                              "2014-05-22T17:33:20.000Z", 0, 0, 7200, "lastfm")}));
        QCOMPARE(read->sink.skips,
                 skipCounts({{skipreason::kNowPlaying, 1}, {skipreason::kMalformed, 1}}));
        QCOMPARE(read->summary.formats, QStringList{QStringLiteral("lastfm-api-json")});
    }

    void lastFmCsvWithoutHeader() {
        const auto read = readFile(dataFile("lastfm-to-csv.csv"));
        QVERIFY(read);
        // "artist,album,track,date", dates in UTC; January is winter time in Berlin.
        COMPARE_LISTENS(read->sink.listens,
                        (QStringList{expected("TEEN", "Roses & Wine", "In Limbo",
                                              "2014-05-22T20:11:00.000Z", 0, 0, 7200, "lastfm"),
                                     expected("TEEN", "Why Why Why", "In Limbo",
                                              "2014-05-22T20:05:00.000Z", 0, 0, 7200, "lastfm"),
                                     expected("Crosby, Stills & Nash", "Suite: Judy Blue Eyes",
                                              "Crosby Stills & Nash", "2014-01-31T18:09:00.000Z", 0,
                                              0, 3600, "lastfm")}));
        // The undated first row was playing when exported; "yesterday at noon" is no date.
        QCOMPARE(read->sink.skips,
                 skipCounts({{skipreason::kNowPlaying, 1}, {skipreason::kMalformed, 1}}));
        QCOMPARE(read->summary.formats, QStringList{QStringLiteral("lastfm-csv")});
    }

    void lastFmCsvWithHeaderAndQuoting() {
        const auto read = readFile(dataFile("lastfm-export.csv"));
        QVERIFY(read);
        // uts decides the time; quoted commas, doubled quotes and a line break stay in fields.
        COMPARE_LISTENS(
            read->sink.listens,
            (QStringList{expected("TEEN", "Roses & Wine", "In Limbo", "2014-05-22T20:11:23.000Z", 0,
                                  0, 7200, "lastfm"),
                         expected("Crosby, Stills & Nash", "Suite: Judy Blue Eyes",
                                  "Crosby, Stills & Nash", "2014-01-31T18:09:00.000Z", 0, 0, 3600,
                                  "lastfm"),
                         expected("The \"Band\"", "The Weight\n(Live)", "Music from Big Pink",
                                  "2014-01-31T17:40:00.000Z", 0, 0, 3600, "lastfm")}));
        QCOMPARE(read->sink.skips,
                 skipCounts({{skipreason::kMalformed, 1}, {skipreason::kMissingFields, 1}}));
        QCOMPARE(read->summary.formats, QStringList{QStringLiteral("lastfm-csv")});
    }

    void rockboxLogInLocalTime() {
        const auto read = readFile(dataFile("rockbox.scrobbler.log"));
        QVERIFY(read);
        // #TZ/UNKNOWN: 1577836800 is the wall clock 2020-01-01 00:00 in Berlin (UTC+1).
        COMPARE_LISTENS(
            read->sink.listens,
            (QStringList{expected("The Beatles", "Come Together", "Abbey Road",
                                  "2019-12-31T23:00:00.000Z", 0, 259000, 3600, "rockbox"),
                         expected("今堀恒雄", "YELLOW ALERT", "trigun the first donuts",
                                  "2020-01-01T00:00:00.000Z", 0, 185000, 3600, "rockbox")}));
        // "<Untagged>" is Rockbox's word for no artist; Kraftwerk was skipped (rating S).
        QCOMPARE(read->sink.skips, skipCounts({{skipreason::kUnknownPlaceholder, 1},
                                               {skipreason::kSkippedByPlayer, 1}}));
        QCOMPARE(read->summary.formats, QStringList{QStringLiteral("rockbox")});
    }

    void rockboxLogInUtc() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".scrobbler.log"));
        QVERIFY(writeFile(
            path, fileBytes(dataFile("rockbox.scrobbler.log")).replace("#TZ/UNKNOWN", "#TZ/UTC")));
        const auto read = readFile(path);
        QVERIFY(read);
        QCOMPARE(read->sink.listens.size(), 2);
        QCOMPARE(read->sink.listens.at(0).startedAt,
                 QDateTime::fromSecsSinceEpoch(1577836800, Qt::UTC));
        QCOMPARE(read->sink.listens.at(1).startedAt,
                 QDateTime::fromSecsSinceEpoch(1577840400, Qt::UTC));
    }

    void rockboxLocalTimesAcrossDaylightSaving() {
        // Berlin's clocks went 02:00 → 03:00 on 26 March 2023 and 03:00 → 02:00 on 29 October.
        const auto wall = [](int month, int day, int hour, int minute) {
            return QDateTime(QDate(2023, month, day), QTime(hour, minute), Qt::UTC)
                .toSecsSinceEpoch();
        };
        QByteArray log = "#AUDIOSCROBBLER/1.1\n#TZ/UNKNOWN\n#CLIENT/Rockbox test\n";
        const QList<qint64> walls{wall(3, 26, 1, 30), wall(3, 26, 3, 30), wall(10, 29, 1, 30),
                                  wall(10, 29, 3, 30)};
        for (qint64 w : walls)
            log += "Artist\tAlbum\tTitle\t1\t200\tL\t" + QByteArray::number(w) + "\t\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.txt"));
        QVERIFY(writeFile(path, log));
        const auto read = readFile(path);
        QVERIFY(read);
        QStringList starts;
        for (const Listen &l : std::as_const(read->sink.listens))
            starts.append(l.startedAt.toString(Qt::ISODate) + QLatin1Char(' ')
                          + QString::number(l.utcOffsetSeconds));
        QCOMPARE(starts, (QStringList{QStringLiteral("2023-03-26T00:30:00Z 3600"),
                                      QStringLiteral("2023-03-26T01:30:00Z 7200"),
                                      QStringLiteral("2023-10-28T23:30:00Z 7200"),
                                      QStringLiteral("2023-10-29T02:30:00Z 3600")}));
    }

    void rockboxAbsurdLengthIsUnknown() {
        // A corrupt log's length of 9·10^15 s: the listen is kept, its length unknown.
        const QByteArray log = "#AUDIOSCROBBLER/1.1\n#TZ/UTC\n#CLIENT/Rockbox test\n"
                               "Artist\tAlbum\tTitle\t1\t9000000000000000\tL\t1577836800\t\n"
                               "Artist\tAlbum\tOther\t2\t200\tL\t1577840400\t\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.txt"));
        QVERIFY(writeFile(path, log));
        const auto read = readFile(path);
        QVERIFY(read);
        QCOMPARE(read->sink.listens.size(), 2);
        QCOMPARE(read->sink.listens.at(0).durationMs, 0);
        QCOMPARE(read->sink.listens.at(1).durationMs, 200'000);
    }

    void panoScrobblerExport() {
        const auto read = readFile(dataFile("panoscrobbler.jsonl"));
        QVERIFY(read);
        // timeMs is the start in UTC; durationMs the track's length.
        COMPARE_LISTENS(
            read->sink.listens,
            (QStringList{expected("KiloWatts", "Scraped On The Way Out", "Problem/Solving",
                                  "2025-11-12T14:31:38.933Z", 0, 346958, 3600, "lastfm"),
                         expected("Rick Astley", "Never Gonna Give You Up",
                                  "Whenever You Need Somebody", "2025-11-11T15:20:00.000Z", 0,
                                  216000, 3600, "lastfm")}));
        QCOMPARE(read->summary.formats, QStringList{QStringLiteral("panoscrobbler")});
    }
};

QTEST_GUILESS_MAIN(TestHistoryImportFormats)
#include "tst_historyimport_formats.moc"
