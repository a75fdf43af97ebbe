#include "tests/fuzz/fuzzentries.h"

#include "core/health/statuspage.h"
#include "core/history/import/historyinput.h"
#include "core/history/import/historyreader.h"
#include "core/history/import/importcontext.h"
#include "core/history/import/lastfmformat.h"
#include "core/history/import/listenbrainzformat.h"
#include "core/history/import/scrobblerlogformat.h"
#include "core/history/import/spotifyformat.h"
#include "core/library/playlistfile.h"
#include "core/library/tagreader.h"
#include "core/model/featuredocument.h"
#include "core/service/subsonic/connectionoutcome.h"
#include "core/service/subsonic/subsonicparser.h"
#include "core/service/subsonic/subsonicreply.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace refrain::fuzz {

namespace {

QByteArray bytes(const uint8_t *data, size_t size) {
    // A deep copy: the fuzzer's buffer ends exactly at `size`, so an over-read is caught.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}

QTemporaryDir &scratch() {
    static QTemporaryDir dir;
    if (!dir.isValid())
        std::abort(); // nothing can be fuzzed without a place for the files
    return dir;
}

// Writes the input to a fixed name in the scratch folder: the same path every run, so the
// folder never fills up however many inputs the fuzzer tries.
QString writeInput(const QString &name, const uint8_t *data, size_t size) {
    const QString path = scratch().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort();
    return path;
}

// Fixed so that a crash reproduces: maintenance windows are active or not by this clock.
QDateTime fixedNow() {
    return QDateTime(QDate(2024, 6, 1), QTime(12, 0), QTimeZone::utc());
}

void parseSubsonic(const QByteArray &contentType, const QByteArray &body) {
    const SubsonicReply reply = SubsonicReply::parse(200, contentType, body);
    (void)reply.serverInfo();
    (void)reply.error();
    (void)SubsonicReply::isErrorForBinary(contentType, body);
    (void)SubsonicParser::parsePing(reply);
    (void)SubsonicParser::parseExtensions(reply);
    (void)SubsonicParser::parseLicense(reply);
    (void)SubsonicParser::parseMusicFolders(reply);
    (void)SubsonicParser::parseArtists(reply);
    (void)SubsonicParser::parseArtist(reply);
    (void)SubsonicParser::parseAlbumList(reply);
    (void)SubsonicParser::parseAlbum(reply);
    (void)SubsonicParser::parseSong(reply);
    (void)SubsonicParser::parseSearch3(reply);
    (void)SubsonicParser::parsePlaylists(reply);
    (void)SubsonicParser::parsePlaylist(reply);
    (void)SubsonicParser::parseStarred2(reply);
    // A failed request's body goes through the same reply parser, with an error status.
    (void)ConnectionOutcome::classify(ConnectionOutcome::NetworkFailure::None, 401, contentType,
                                      body);
}

// Takes every listen and counts nothing: the readers' work is what is being fuzzed.
class DiscardSink : public ListenSink {
public:
    bool add(Listen) override { return true; }
    void skip(const QString &) override {}
    void progress(qint64, qint64) override {}
};

const HistoryReadOptions &readOptions() {
    // A zone with daylight saving time, so the local-offset paths run too.
    // Made once: reading the zone from the system's database costs more than most inputs.
    static const HistoryReadOptions options = [] {
        HistoryReadOptions made;
        made.localZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        return made;
    }();
    return options;
}

bool startsWith(const QByteArray &head, const char *magic, qsizetype at = 0) {
    return head.mid(at).startsWith(magic);
}

} // namespace

void initialise(int *argc, char ***argv) {
    if (QCoreApplication::instance())
        return;
    // The fuzzer prints millions of lines otherwise; crashes report through the sanitizers.
    qInstallMessageHandler(quiet);
    static int fallbackArgc = 1;
    static char name[] = "refrain-fuzz";
    static char *fallbackArgv[] = {name, nullptr};
    // Never deleted: libFuzzer ends with exit(), and a QCoreApplication destroyed by a static
    // destructor after Qt's own globals crashes.
    new QCoreApplication(argc ? *argc : fallbackArgc, argv ? *argv : fallbackArgv);
    (void)scratch();
}

void statusPage(const uint8_t *data, size_t size) {
    (void)statuspage::parse(bytes(data, size), fixedNow());
}

void subsonicJson(const uint8_t *data, size_t size) {
    parseSubsonic(QByteArrayLiteral("application/json; charset=utf-8"), bytes(data, size));
}

void subsonicXml(const uint8_t *data, size_t size) {
    parseSubsonic(QByteArrayLiteral("text/xml; charset=utf-8"), bytes(data, size));
}

void playlistFile(const uint8_t *data, size_t size) {
    static const std::array<QString, 4> names = {
        QStringLiteral("list.m3u"), QStringLiteral("list.m3u8"), QStringLiteral("list.pls"),
        QStringLiteral("list.xspf")};
    const QString &name = names[size > 0 ? data[0] % names.size() : 0];
    (void)PlaylistFile::read(writeInput(name, data, size));
}

void historyImport(const uint8_t *data, size_t size) {
    DiscardSink sink;
    (void)readHistory(writeInput(QStringLiteral("history"), data, size), sink, readOptions());
}

void historyFormat(const uint8_t *data, size_t size) {
    if (size == 0)
        return;
    using Reader = void (*)(HistoryInput &, ImportContext &);
    static const std::array<Reader, 9> readers = {
        readSpotifyExtended,   readSpotifyBasic,  readListenBrainzLines,
        readListenBrainzArray, readLastFmApiJson, readLastFmApiXml,
        readLastFmCsv,         readRockboxLog,    readPanoScrobbler};
    const Reader reader = readers[data[0] % readers.size()];
    DiscardSink sink;
    HistoryReadSummary summary;
    ImportContext context(sink, readOptions(), summary);
    HistoryInput input(QStringLiteral("fuzz"), bytes(data + 1, size - 1));
    if (!input.open())
        return;
    context.setTotal(qint64(size - 1));
    context.startInput(qint64(size - 1), qint64(size - 1));
    reader(input, context);
    context.finishInput();
}

void featureDocument(const uint8_t *data, size_t size) {
    const Result<FeatureDocument> parsed = FeatureDocument::parse(bytes(data, size));
    if (!parsed)
        return;
    const FeatureDocument &document = parsed.value();
    const QStringList keys = document.keys();
    for (const QString &key : keys) {
        (void)document.allows(key, 0);
        (void)document.allows(key, 99);
    }
    (void)document.switchedOff(42);
    (void)document.isEmpty();
}

QString audioSuffixFor(const QByteArray &head) {
    // Ogg holds several codecs, each with its own TagLib reader chosen by suffix.
    if (startsWith(head, "OggS")) {
        if (head.contains("OpusHead"))
            return QStringLiteral("opus");
        if (head.contains("Speex"))
            return QStringLiteral("spx");
        if (head.contains("FLAC"))
            return QStringLiteral("oga");
        return QStringLiteral("ogg");
    }
    if (startsWith(head, "ID3") || (head.size() > 1 && uchar(head[0]) == 0xff))
        return QStringLiteral("mp3");
    if (startsWith(head, "fLaC"))
        return QStringLiteral("flac");
    if (startsWith(head, "ftyp", 4))
        return QStringLiteral("m4a");
    if (startsWith(head, "RIFF"))
        return QStringLiteral("wav");
    if (startsWith(head, "FORM"))
        return QStringLiteral("aiff");
    if (startsWith(head, "MAC "))
        return QStringLiteral("ape");
    if (startsWith(head, "wvpk"))
        return QStringLiteral("wv");
    if (startsWith(head, "MP+") || startsWith(head, "MPCK"))
        return QStringLiteral("mpc");
    if (startsWith(head, "\x30\x26\xb2\x75"))
        return QStringLiteral("wma");
    // No known magic: every suffix the scanner accepts gets garbage too.
    const QStringList &suffixes = TagReader::audioSuffixes();
    return suffixes.at(head.isEmpty() ? 0 : uchar(head[0]) % suffixes.size());
}

void tagReader(const uint8_t *data, size_t size) {
    const QString suffix = audioSuffixFor(bytes(data, std::min<size_t>(size, 64)));
    const QString path = writeInput(QStringLiteral("track.") + suffix, data, size);
    QStringList warnings;
    (void)TagReader::read(QFileInfo(path), &warnings);
    QFile::remove(path); // the next input may pick another suffix
}

} // namespace refrain::fuzz
