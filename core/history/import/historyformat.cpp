#include "core/history/import/historyformat.h"

#include "core/history/import/csvreader.h"
#include "core/history/import/historyinput.h"
#include "core/history/import/historytime.h"
#include "core/history/import/jsonlite.h"
#include "core/history/import/linereader.h"

#include <QSet>

namespace refrain {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The keys of the first object at nesting `depth` (1: a top-level object or a JSONL line, 2: an
// object inside a top-level array), from a head that may end anywhere — a Last.fm page's first
// object runs far past it.
QSet<QByteArray> firstObjectKeys(QByteArrayView text, int depth) {
    QSet<QByteArray> keys;
    int level = 0;
    bool inObject = false; // inside the object whose keys we want
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const qsizetype start = i + 1;
            qsizetype j = start;
            while (j < text.size() && text[j] != '"')
                j += text[j] == '\\' ? 2 : 1;
            if (j >= text.size())
                break;
            if (inObject && level == depth) {
                qsizetype k = j + 1;
                while (k < text.size() && isSpace(text[k]))
                    ++k;
                if (k < text.size() && text[k] == ':')
                    keys.insert(text.sliced(start, j - start).toByteArray());
            }
            i = j;
        } else if (c == '{' || c == '[') {
            ++level;
            if (c == '{' && level == depth && !inObject)
                inObject = true;
        } else if (c == '}' || c == ']') {
            if (inObject && level == depth)
                break;
            --level;
        }
    }
    return keys;
}

HistoryFormat jsonFormat(const QSet<QByteArray> &keys, bool lines) {
    const auto has = [&keys](const char *key) { return keys.contains(QByteArray(key)); };
    if (has("ts") && has("ms_played"))
        return lines ? HistoryFormat::Unknown : HistoryFormat::SpotifyExtended;
    if (has("endTime") && has("msPlayed"))
        return lines ? HistoryFormat::Unknown : HistoryFormat::SpotifyBasic;
    if (has("listened_at") && has("track_metadata"))
        return lines ? HistoryFormat::ListenBrainzJsonl : HistoryFormat::ListenBrainzJson;
    if (has("recenttracks"))
        return HistoryFormat::LastFmApiJson;
    // A list of the API's track objects as some backup tools save them.
    if (!lines && has("name") && has("artist") && (has("date") || has("@attr")))
        return HistoryFormat::LastFmApiJson;
    if (lines && has("timeMs") && (has("track") || has("artist")))
        return HistoryFormat::PanoScrobbler;
    return HistoryFormat::Unknown;
}

// Last.fm CSV: a header naming artist, track and a time column; or lastfm-to-csv's header-less
// "artist,album,track,date" rows, recognised by their dates.
bool isLastFmCsv(QByteArrayView head, bool wholeFile) {
    if (!wholeFile) {
        const qsizetype lastBreak = head.lastIndexOf('\n');
        head = lastBreak < 0 ? QByteArrayView() : head.first(lastBreak + 1);
    }
    HistoryInput input(QString(), head.toByteArray());
    input.open();
    LineReader lines(input);
    CsvReader csv(lines);
    QStringList fields;
    int dated = 0;
    int other = 0; // records that are no such row; a few bad rows must not hide a good file
    for (int record = 0; record < 10; ++record) {
        const auto next = csv.next(&fields);
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Failed)
            return false;
        if (next == CsvReader::Next::Malformed) {
            ++other;
            continue;
        }
        if (record == 0) {
            QSet<QString> names;
            for (const QString &field : std::as_const(fields))
                names.insert(field.trimmed().toLower());
            const auto has = [&names](const char *name) {
                return names.contains(QString::fromLatin1(name));
            };
            if (has("artist") && (has("track") || has("title"))
                && (has("uts") || has("utc_time") || has("date") || has("timestamp")))
                return true;
        }
        const QString date = fields.size() == 4 ? fields.at(3).trimmed() : QString();
        if (fields.size() == 4 && date.isEmpty())
            continue; // lastfm-to-csv leaves "now playing" rows undated
        if (fields.size() == 4 && historytime::parseLastFmDate(date.toUtf8()))
            ++dated;
        else
            ++other;
    }
    return dated > other;
}

} // namespace

HistoryFormat detectHistoryFormat(QByteArrayView head, bool wholeFile) {
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return HistoryFormat::Zip;
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    qsizetype start = 0;
    while (start < head.size() && isSpace(head[start]))
        ++start;
    const QByteArrayView text = head.sliced(start);
    if (text.isEmpty())
        return HistoryFormat::Unknown;
    if (text.startsWith('[')) {
        qsizetype next = 1;
        while (next < text.size() && isSpace(text[next]))
            ++next;
        if (next < text.size() && text[next] == ']')
            return HistoryFormat::EmptyJson;
        return jsonFormat(firstObjectKeys(text, 2), false);
    }
    if (text.startsWith('{')) {
        // One object per line, or one object for the whole file (a Last.fm API page).
        // JSONL when the first line is a whole object by itself; a pretty-printed object's first
        // line is not.
        const qsizetype lineEnd = text.indexOf('\n');
        const QByteArrayView firstLine = (lineEnd < 0 ? text : text.first(lineEnd)).trimmed();
        JsonLite json;
        qsizetype used = 0;
        const bool lines =
            (lineEnd >= 0 || wholeFile)
            && json.parse(firstLine.data(), firstLine.data() + firstLine.size(), &used, true)
                   == JsonLite::Status::Complete
            && used == firstLine.size();
        return jsonFormat(firstObjectKeys(text, 1), lines);
    }
    if (text.startsWith('<')) {
        const QByteArrayView start200 = text.first(std::min<qsizetype>(text.size(), 4096));
        return start200.contains("<lfm") && start200.contains("<recenttracks")
                   ? HistoryFormat::LastFmApiXml
                   : HistoryFormat::Unknown;
    }
    if (text.startsWith("#AUDIOSCROBBLER/"))
        return HistoryFormat::Rockbox;
    return isLastFmCsv(text, wholeFile) ? HistoryFormat::LastFmCsv : HistoryFormat::Unknown;
}

QString historyFormatKey(HistoryFormat format) {
    switch (format) {
    case HistoryFormat::SpotifyExtended:
        return QStringLiteral("spotify-extended");
    case HistoryFormat::SpotifyBasic:
        return QStringLiteral("spotify-basic");
    case HistoryFormat::ListenBrainzJsonl:
        return QStringLiteral("listenbrainz-jsonl");
    case HistoryFormat::ListenBrainzJson:
        return QStringLiteral("listenbrainz-json");
    case HistoryFormat::LastFmApiJson:
        return QStringLiteral("lastfm-api-json");
    case HistoryFormat::LastFmApiXml:
        return QStringLiteral("lastfm-api-xml");
    case HistoryFormat::LastFmCsv:
        return QStringLiteral("lastfm-csv");
    case HistoryFormat::Rockbox:
        return QStringLiteral("rockbox");
    case HistoryFormat::PanoScrobbler:
        return QStringLiteral("panoscrobbler");
    case HistoryFormat::Unknown:
    case HistoryFormat::Zip:
    case HistoryFormat::EmptyJson:
        break;
    }
    return QString();
}

} // namespace refrain
