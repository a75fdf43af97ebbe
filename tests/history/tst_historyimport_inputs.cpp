// History import, whatever the input: formats told from content under misleading names, whole
// folders and zips of several formats, damaged, cut-short and hostile files read as far as they
// go, a sink that cancels, and progress that ends at the total.
#include "tst_historyimport_support.h"

#include <QDir>
#include <QTemporaryDir>

#include <zip.h>

using namespace refrain;
using namespace refrain::test;

namespace {

using Entries = QList<std::pair<QString, QByteArray>>;

// Writes a zip with libzip, as the export services' archives are (deflated entries).
bool makeZip(const QString &path, const Entries &entries) {
    int error = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const auto &[name, data] : entries) {
        if (name.endsWith(QLatin1Char('/'))) {
            if (zip_dir_add(archive, name.toUtf8().constData(), ZIP_FL_ENC_UTF_8) < 0) {
                zip_discard(archive);
                return false;
            }
            continue;
        }
        zip_source_t *source =
            zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source
            || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

void putLe32(QByteArray &bytes, qsizetype at, quint32 value) {
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xFF);
}

// Makes the zip's headers claim `name` inflates to `size` bytes, as a zip bomb's would.
bool claimSize(QByteArray &zipBytes, const QByteArray &name, quint32 size) {
    int patched = 0;
    for (qsizetype at = zipBytes.indexOf("PK\x03\x04"); at >= 0;
         at = zipBytes.indexOf("PK\x03\x04", at + 4)) {
        if (zipBytes.mid(at + 30, name.size()) == name) {
            putLe32(zipBytes, at + 22, size);
            ++patched;
        }
    }
    for (qsizetype at = zipBytes.indexOf("PK\x01\x02"); at >= 0;
         at = zipBytes.indexOf("PK\x01\x02", at + 4)) {
        if (zipBytes.mid(at + 46, name.size()) == name) {
            putLe32(zipBytes, at + 24, size);
            ++patched;
        }
    }
    return patched == 2;
}

// Spotify extended rows, each played 3 minutes, one a minute from 2023-01-01.
QByteArray spotifyRows(int count) {
    QByteArray out = "[\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray end = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC)
                                   .addSecs(60LL * i + 180)
                                   .toString(Qt::ISODate)
                                   .toLatin1();
        out += "  {\"ts\": \"" + end
               + "\", \"platform\": \"linux\", \"ms_played\": 180000, \"conn_country\": \"NO\", "
                 "\"ip_addr\": \"192.0.2.1\", \"master_metadata_track_name\": \"Song "
               + QByteArray::number(i)
               + "\", \"master_metadata_album_artist_name\": \"Artist\", "
                 "\"master_metadata_album_album_name\": \"Album\", \"spotify_track_uri\": "
                 "\"spotify:track:x\", \"episode_name\": null, \"episode_show_name\": null, "
                 "\"spotify_episode_uri\": null, \"reason_start\": \"trackdone\", "
                 "\"reason_end\": \"trackdone\", \"shuffle\": false, \"skipped\": false, "
                 "\"offline\": false, \"offline_timestamp\": 0, \"incognito_mode\": false}"
               + (i + 1 < count ? ",\n" : "\n");
    }
    return out + "]\n";
}

QByteArray basicRow(const char *artist, const char *title, const char *endTime, qint64 ms) {
    return "{\"endTime\": \"" + QByteArray(endTime) + "\", \"artistName\": \"" + artist
           + "\", \"trackName\": \"" + title + "\", \"msPlayed\": " + QByteArray::number(ms) + "}";
}

struct Outcome {
    RecordingSink sink;
    Result<HistoryReadSummary> result = Error::make(Error::Kind::Internal, QString());
};

std::unique_ptr<Outcome> readPath(const QString &path, int stopAfter = -1) {
    auto outcome = std::make_unique<Outcome>();
    outcome->sink.stopAfter = stopAfter;
    HistoryReadOptions options;
    options.localZone = berlin();
    outcome->result = readHistory(path, outcome->sink, options);
    return outcome;
}

QStringList titles(const QList<Listen> &listens) {
    QStringList out;
    for (const Listen &l : listens)
        out.append(l.title);
    return out;
}

// Progress only moves forward and ends with everything read.
void verifyProgressEndsAt(const RecordingSink &sink, qint64 total) {
    QVERIFY(!sink.steps.isEmpty());
    qint64 previous = -1;
    for (const auto &[done, all] : sink.steps) {
        QCOMPARE(all, total);
        QVERIFY2(done >= previous,
                 qPrintable(QStringLiteral("%1 after %2").arg(done).arg(previous)));
        previous = done;
    }
    QCOMPARE(sink.steps.last().first, total);
}

} // namespace

class TestHistoryImportInputs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detectsFormatFromContentNotName_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("listens");
        const auto row = [](const char *fixture, const char *name, const char *format,
                            int listens) {
            QTest::newRow(name) << QString::fromLatin1(fixture) << QString::fromLatin1(name)
                                << QString::fromLatin1(format) << listens;
        };
        row("rockbox.scrobbler.log", "Streaming_History_Audio_2023.json", "rockbox", 2);
        row("listens_2025_6.jsonl", "endsong_3.json", "listenbrainz-jsonl", 2);
        row("user.getrecenttracks_small.xml", "listens.csv", "lastfm-api-xml", 2);
        row("StreamingHistory0_short.json", "scrobbles.csv", "spotify-basic", 3);
        row("Streaming_History_Audio_lb-testdata.json", "StreamingHistory0.json",
            "spotify-extended", 4);
        row("lastfm-to-csv.csv", "data.json", "lastfm-csv", 3);
        row("lastfm-export.csv", ".scrobbler.log", "lastfm-csv", 3);
        row("panoscrobbler.jsonl", "export.xml", "panoscrobbler", 2);
        row("lastfm-recenttracks.json", "listens_2025_6.jsonl", "lastfm-api-json", 2);
    }

    void detectsFormatFromContentNotName() {
        QFETCH(QString, fixture);
        QFETCH(QString, name);
        QFETCH(QString, format);
        QFETCH(int, listens);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(writeFile(path, fileBytes(dataFile(fixture.toUtf8().constData()))));
        const auto read = readPath(path);
        VERIFY_READ(read->result);
        QCOMPARE(read->result.value().formats, QStringList{format});
        QCOMPARE(read->sink.listens.size(), listens);
    }

    void readsAFolderOfSeveralFormats() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Spotify Extended Streaming History")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("player/logs")));
        const auto put = [&dir](const char *name, const QByteArray &data) {
            return writeFile(dir.filePath(QString::fromUtf8(name)), data);
        };
        QVERIFY(put("Spotify Extended Streaming History/Streaming_History_Audio_2023.json",
                    fileBytes(dataFile("Streaming_History_Audio_lb-testdata.json"))));
        QVERIFY(put("Spotify Extended Streaming History/ReadMeFirst.pdf", "%PDF-1.4\n\x01\x02"));
        QVERIFY(put("Spotify Extended Streaming History/Userdata.json",
                    "{\"username\": \"someone\", \"country\": \"NO\"}"));
        QVERIFY(put("player/logs/.scrobbler.log", fileBytes(dataFile("rockbox.scrobbler.log"))));
        QVERIFY(put("listens.jsonl", fileBytes(dataFile("listens_2025_6.jsonl"))));
        QVERIFY(put(".DS_Store", "\0\0\0\1Bud1"));

        const auto read = readPath(dir.path());
        VERIFY_READ(read->result);
        const HistoryReadSummary &summary = read->result.value();
        QCOMPARE(summary.files, 3);
        auto formats = summary.formats;
        formats.sort();
        QCOMPARE(formats,
                 (QStringList{QStringLiteral("listenbrainz-jsonl"), QStringLiteral("rockbox"),
                              QStringLiteral("spotify-extended")}));
        QCOMPARE(read->sink.listens.size(), 4 + 2 + 2);
        // The two files that are no history are named; the .DS_Store is not worth a line.
        QCOMPARE(summary.problems.size(), 2);
        QVERIFY(summary.problems.filter(QStringLiteral("ReadMeFirst.pdf")).size() == 1);
        QVERIFY(summary.problems.filter(QStringLiteral("Userdata.json")).size() == 1);
        QVERIFY(!summary.cancelled);

        qint64 total = 0;
        for (const char *name :
             {"Spotify Extended Streaming History/Streaming_History_Audio_2023.json",
              "Spotify Extended Streaming History/ReadMeFirst.pdf",
              "Spotify Extended Streaming History/Userdata.json", "player/logs/.scrobbler.log",
              "listens.jsonl"})
            total += QFileInfo(dir.filePath(QString::fromUtf8(name))).size();
        verifyProgressEndsAt(read->sink, total);
    }

    void readsAZipOfSeveralFormats() {
        QTemporaryDir dir;
        const QString inner = dir.filePath(QStringLiteral("inner.zip"));
        QVERIFY(makeZip(
            inner, {{QStringLiteral("6.jsonl"), fileBytes(dataFile("listens_2025_6.jsonl"))}}));
        const QString path = dir.filePath(QStringLiteral("my_export.zip"));
        const Entries entries{
            {QStringLiteral("older/listenbrainz.zip"), fileBytes(inner)},
            {QStringLiteral("Spotify Extended Streaming History/"), {}},
            {QStringLiteral("Spotify Extended Streaming History/Streaming_History_Audio_2023.json"),
             fileBytes(dataFile("Streaming_History_Audio_lb-testdata.json"))},
            {QStringLiteral("Spotify Extended Streaming History/ReadMeFirst.pdf"),
             QByteArray("%PDF-1.4\n") + QByteArray(5000, '\x07')},
            {QStringLiteral("listens/2025/6.jsonl"), fileBytes(dataFile("listens_2025_6.jsonl"))},
            {QStringLiteral("lastfm/page1.xml"),
             fileBytes(dataFile("user.getrecenttracks_small.xml"))},
            {QStringLiteral("__MACOSX/listens/2025/._6.jsonl"), QByteArray(200, '\0')},
        };
        QVERIFY(makeZip(path, entries));

        const auto read = readPath(path);
        VERIFY_READ(read->result);
        const HistoryReadSummary &summary = read->result.value();
        QCOMPARE(summary.files, 3);
        QCOMPARE(summary.formats.size(), 3);
        QCOMPARE(read->sink.listens.size(), 4 + 2 + 2);
        // The PDF is no history; a zip inside the zip is not opened (unpack it first).
        QCOMPARE(summary.problems.size(), 2);
        QCOMPARE(summary.problems.filter(QStringLiteral("ReadMeFirst.pdf")).size(), 1);
        QCOMPARE(
            summary.problems.filter(QStringLiteral("listenbrainz.zip: a zip inside a zip")).size(),
            1);
        verifyProgressEndsAt(read->sink, QFileInfo(path).size());
    }

    void zipEntryInflatingPastTheCapIsAProblem() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.zip"));
        QVERIFY(makeZip(path, {{QStringLiteral("listens/2025/6.jsonl"),
                                fileBytes(dataFile("listens_2025_6.jsonl"))},
                               {QStringLiteral("listens/2025/7.jsonl"),
                                fileBytes(dataFile("listens_2025_6.jsonl")).repeated(20)}}));
        QByteArray bytes = fileBytes(path);
        QVERIFY(claimSize(bytes, "listens/2025/7.jsonl", 0xC0000000u)); // 3 GiB
        QVERIFY(writeFile(path, bytes));

        const auto read = readPath(path);
        VERIFY_READ(read->result);
        QCOMPARE(read->sink.listens.size(), 2); // from 6.jsonl; 7.jsonl is never inflated
        const QStringList problems = read->result.value().problems;
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("7.jsonl"))
                     && problems.first().contains(QStringLiteral("GiB")),
                 qPrintable(problems.first()));
    }

    void damagedZipIsAnError() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.zip"));
        QVERIFY(writeFile(path, QByteArray("PK\x03\x04", 4) + QByteArray(3000, 'x')));
        const auto read = readPath(path);
        QVERIFY(!read->result.ok());
        QCOMPARE(read->result.error().kind, Error::Kind::Corrupt);
        QVERIFY(read->sink.listens.isEmpty());
    }

    void nothingToReadIsAnError() {
        const auto missing = readPath(QStringLiteral("/nonexistent/refrain/history.json"));
        QVERIFY(!missing->result.ok());
        QCOMPARE(missing->result.error().kind, Error::Kind::NotFound);

        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "shopping: milk, eggs\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("empty.json")), "[]\n"));
        const auto folder = readPath(dir.path());
        QVERIFY(!folder->result.ok());
        QCOMPARE(folder->result.error().kind, Error::Kind::Unsupported);
        QVERIFY2(folder->result.error().message.contains(QStringLiteral("notes.txt")),
                 qPrintable(folder->result.error().message));

        const auto file = readPath(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(!file->result.ok());
        QCOMPARE(file->result.error().kind, Error::Kind::Unsupported);
    }

    void cutShortJsonArrayYieldsWhatCameBefore() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Streaming_History_Audio_2023.json"));
        const QByteArray whole = fileBytes(dataFile("Streaming_History_Audio_lb-testdata.json"));
        QVERIFY(writeFile(path, whole.first(whole.indexOf("Mi Amor"))));
        const auto read = readPath(path);
        VERIFY_READ(read->result);
        QCOMPARE(titles(read->sink.listens),
                 (QStringList{QStringLiteral("Monsters (feat. Demi Lovato and blackbear)"),
                              QStringLiteral("Calm Down"), QStringLiteral("Love Again")}));
        const QStringList problems = read->result.value().problems;
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("cut short")),
                 qPrintable(problems.first()));
    }

    void cutShortAndMalformedJsonLines() {
        const QList<QByteArray> lines = fileBytes(dataFile("listens_2025_6.jsonl")).split('\n');
        QTemporaryDir dir;
        const QString cut = dir.filePath(QStringLiteral("6.jsonl"));
        QVERIFY(writeFile(cut, lines.at(0) + '\n' + lines.at(1).first(300)));
        const auto truncated = readPath(cut);
        VERIFY_READ(truncated->result);
        QCOMPARE(titles(truncated->sink.listens), QStringList{QStringLiteral("Golden Brown")});
        QCOMPARE(truncated->sink.skips, skipCounts({{skipreason::kMalformed, 1}}));

        const QString damaged = dir.filePath(QStringLiteral("7.jsonl"));
        QVERIFY(writeFile(damaged, lines.at(0) + "\nthis line is no JSON\n"
                                       + "{\"listened_at\": 1748964200, \"track_metadata\": {\n"
                                       + lines.at(1) + '\n'));
        const auto read = readPath(damaged);
        VERIFY_READ(read->result);
        QCOMPARE(titles(read->sink.listens), (QStringList{QStringLiteral("Golden Brown"),
                                                          QStringLiteral("California Dreamin'")}));
        QCOMPARE(read->sink.skips, skipCounts({{skipreason::kMalformed, 2}}));
    }

    void hostileRowsAreSkippedAndReadingGoesOn() {
        // Rows an attacker (or a broken tool) could write between two good ones.
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const QByteArray rows =
            "[" + basicRow("First", "One", "2023-04-09 03:55", 200000) + ",\n" + deep + ",\n"
            + "{\"endTime\": tru, \"x\": 1},\n"
            + basicRow("Huge", "Played", "2023-04-09 03:56", 0).replace("0}", "1e400}") + ",\n"
            + basicRow("Huge", "Whole", "2023-04-09 03:57", 0)
                  .replace("0}", "99999999999999999999999}")
            + ",\n" + basicRow("Bj\xF6rk", "J\xF3ga", "2023-04-09 03:58", 200000) + ",\n"
            + "{\"endTime\": \"2023-04-09 03:59\", \"artistName\": \"\\ud800\", "
              "\"trackName\": \"Lone \\u00e9 surrogate\", \"msPlayed\": 200000},\n"
            + basicRow("Last", "Two", "2023-04-09 04:00", 200000) + "]";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("StreamingHistory0.json"));
        QVERIFY(writeFile(path, rows));
        const auto read = readPath(path);
        VERIFY_READ(read->result);
        // Invalid UTF-8 and a lone surrogate become U+FFFD; nothing crashes, nothing stops.
        QCOMPARE(titles(read->sink.listens),
                 (QStringList{QStringLiteral("One"), QStringLiteral("J\uFFFDga"),
                              QStringLiteral("Lone é surrogate"), QStringLiteral("Two")}));
        QCOMPARE(read->sink.listens.at(1).artist, QStringLiteral("Bj\uFFFDrk"));
        QCOMPARE(read->sink.listens.at(2).artist, QStringLiteral("\uFFFD"));
        QCOMPARE(read->sink.skips, skipCounts({{skipreason::kMalformed, 4}}));
        QVERIFY(read->result.value().problems.isEmpty());
    }

    void oversizedEntryStopsTheFileNotTheImport() {
        // One "row" of 66 MiB: more than any export holds; reading it whole would let a file
        // take all memory. The row before stands; the file after it is still read.
        QTemporaryDir dir;
        QByteArray data =
            "[" + basicRow("First", "One", "2023-04-09 03:55", 200000) + ",\n{\"endTime\": \"";
        data += QByteArray(66 << 20, 'a');
        data += "\"},\n" + basicRow("Never", "Reached", "2023-04-09 04:00", 200000) + "]";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.json")), data));
        data.clear();
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b.json")),
                          fileBytes(dataFile("StreamingHistory0_short.json"))));
        const auto read = readPath(dir.path());
        VERIFY_READ(read->result);
        QCOMPARE(read->sink.listens.size(), 1 + 3);
        QCOMPARE(read->sink.listens.first().title, QStringLiteral("One"));
        const QStringList problems = read->result.value().problems;
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("a.json"))
                     && problems.first().contains(QStringLiteral("MiB")),
                 qPrintable(problems.first()));
    }

    void sinkCancelsReading() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.json")),
                          fileBytes(dataFile("Streaming_History_Audio_lb-testdata.json"))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b.jsonl")),
                          fileBytes(dataFile("listens_2025_6.jsonl"))));
        const auto read = readPath(dir.path(), 2);
        VERIFY_READ(read->result);
        QVERIFY(read->result.value().cancelled);
        QCOMPARE(titles(read->sink.listens),
                 (QStringList{QStringLiteral("Monsters (feat. Demi Lovato and blackbear)"),
                              QStringLiteral("Calm Down")}));
        QCOMPARE(read->result.value().files, 1); // b.jsonl was never opened
        QCOMPARE(read->sink.skips, skipCounts({{skipreason::kTooShort, 1}}));
    }

    void progressFollowsABigFileToItsEnd() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Streaming_History_Audio_2023.json"));
        QVERIFY(writeFile(path, spotifyRows(8000))); // about 5 MB: several chunks
        const auto read = readPath(path);
        VERIFY_READ(read->result);
        QCOMPARE(read->sink.listens.size(), 8000);
        QCOMPARE(read->sink.listens.last().title, QStringLiteral("Song 7999"));
        QCOMPARE(read->sink.listens.last().startedAt,
                 QDateTime(QDate(2023, 1, 6), QTime(13, 19), Qt::UTC));
        QVERIFY2(read->sink.steps.size() >= 4,
                 "progress is reported while reading, not only at the end");
        verifyProgressEndsAt(read->sink, QFileInfo(path).size());
    }
};

QTEST_GUILESS_MAIN(TestHistoryImportInputs)
#include "tst_historyimport_inputs.moc"
