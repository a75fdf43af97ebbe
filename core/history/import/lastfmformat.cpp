#include "core/history/import/lastfmformat.h"

#include "core/history/import/csvreader.h"
#include "core/history/import/historyinput.h"
#include "core/history/import/historytime.h"
#include "core/history/import/importcontext.h"
#include "core/history/import/jsonrows.h"
#include "core/history/import/linereader.h"

#include <QXmlStreamReader>

#include <cmath>

namespace refrain {

namespace {

using Skip = ImportContext::Skip;

// Seconds since the epoch as Last.fm writes them ("uts"), as milliseconds.
std::optional<qint64> utsMs(qint64 seconds) {
    if (seconds < 0 || seconds > 100'000'000'000)
        return std::nullopt;
    return seconds * 1000;
}

// The text of an API value that is either a string or an object holding "#text" (or "name",
// as the extended API writes artists).
QString apiText(const JsonLite &json, int node) {
    if (json.type(node) == JsonLite::Type::String)
        return json.string(node);
    const int text = json.member(node, "#text");
    return text != JsonLite::kNone ? json.string(text) : json.string(json.member(node, "name"));
}

void readApiTrack(const JsonLite &json, int track, ImportContext &context, const QString &origin) {
    if (!json.isObject(track))
        return context.skip(Skip::Malformed);
    const int nowPlaying = json.member(json.member(track, "@attr"), "nowplaying");
    if (json.type(nowPlaying) == JsonLite::Type::True || json.raw(nowPlaying) == "true")
        return context.skip(Skip::NowPlaying);
    const int date = json.member(track, "date");
    const auto seconds = json.integer(json.isObject(date) ? json.member(date, "uts") : date);
    const auto started = seconds ? utsMs(*seconds) : std::nullopt;
    if (!started)
        return context.skip(Skip::Malformed);
    ImportContext::Row listen;
    listen.artist = apiText(json, json.member(track, "artist"));
    listen.title = json.string(json.member(track, "name"));
    listen.album = apiText(json, json.member(track, "album"));
    listen.startMs = *started;
    context.add(std::move(listen), origin);
}

struct XmlTrack {
    QString artist;
    QString artistName; // <artist><name> of the extended API
    QString title;
    QString album;
    QString uts;
    bool nowPlaying = false;
};

void emitXmlTrack(XmlTrack &track, ImportContext &context, const QString &origin) {
    if (track.nowPlaying)
        return context.skip(Skip::NowPlaying);
    bool ok = false;
    const qint64 seconds = track.uts.trimmed().toLongLong(&ok);
    const auto started = ok ? utsMs(seconds) : std::nullopt;
    if (!started)
        return context.skip(Skip::Malformed);
    ImportContext::Row listen;
    listen.artist = track.artistName.trimmed().isEmpty() ? track.artist : track.artistName;
    listen.title = track.title;
    listen.album = track.album;
    listen.startMs = *started;
    context.add(std::move(listen), origin);
}

// Header names of the CSV layouts, lower case.
int column(const QStringList &header, std::initializer_list<const char *> names) {
    for (const char *name : names) {
        const int at = int(header.indexOf(QString::fromLatin1(name)));
        if (at >= 0)
            return at;
    }
    return -1;
}

} // namespace

void readLastFmApiJson(HistoryInput &input, ImportContext &context) {
    const QString origin = QString::fromLatin1(listenorigin::kLastFm);
    readJsonArrayRows(input, context, [&](const JsonLite &json) {
        const int root = json.root();
        const int page = json.member(root, "recenttracks");
        if (page == JsonLite::kNone)
            return readApiTrack(json, root, context, origin);
        const int tracks = json.member(page, "track");
        if (json.isObject(tracks)) // a page of one track holds it bare, not in a list
            return readApiTrack(json, tracks, context, origin);
        for (int t = json.firstChild(tracks); t != JsonLite::kNone && !context.stopped();
             t = json.nextSibling(t))
            readApiTrack(json, t, context, origin);
    });
}

void readLastFmApiXml(HistoryInput &input, ImportContext &context) {
    const QString origin = QString::fromLatin1(listenorigin::kLastFm);
    QXmlStreamReader xml;
    QByteArray chunk(HistoryInput::kChunkBytes, Qt::Uninitialized);
    int depth = 0;
    int trackDepth = -1; // depth of the <track> being read; -1 outside one
    QString field;       // the element inside <track> being read
    QString subField;    // …and inside that one
    XmlTrack track;
    while (!context.stopped()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                const qint64 got = input.read(chunk.data(), chunk.size());
                if (got > 0) {
                    xml.addData(chunk.first(got));
                    continue;
                }
                if (input.failed())
                    context.problem(input.displayPath(), input.errorString());
                else if (depth > 0)
                    context.problem(input.displayPath(),
                                    QStringLiteral("ends before its last element is closed (cut "
                                                   "short?); what came before was read"));
                return;
            }
            context.problem(input.displayPath(),
                            QStringLiteral("is not well-formed XML from line %1 on (%2); what "
                                           "came before was read")
                                .arg(xml.lineNumber())
                                .arg(xml.errorString()));
            return;
        }
        if (token == QXmlStreamReader::EndDocument)
            return;
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QStringView name = xml.name();
            if (trackDepth < 0 && name == QLatin1String("track")) {
                trackDepth = depth;
                track = XmlTrack();
                track.nowPlaying =
                    xml.attributes().value(QLatin1String("nowplaying")) == QLatin1String("true");
            } else if (trackDepth >= 0 && depth == trackDepth + 1) {
                field = name.toString();
                if (name == QLatin1String("date"))
                    track.uts = xml.attributes().value(QLatin1String("uts")).toString();
            } else if (trackDepth >= 0 && depth == trackDepth + 2) {
                subField = name.toString();
            }
        } else if (token == QXmlStreamReader::Characters && trackDepth >= 0) {
            if (depth == trackDepth + 1) {
                if (field == QLatin1String("artist"))
                    track.artist += xml.text();
                else if (field == QLatin1String("name"))
                    track.title += xml.text();
                else if (field == QLatin1String("album"))
                    track.album += xml.text();
            } else if (depth == trackDepth + 2 && field == QLatin1String("artist")
                       && subField == QLatin1String("name")) {
                track.artistName += xml.text();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == trackDepth) {
                trackDepth = -1;
                emitXmlTrack(track, context, origin);
            } else if (trackDepth >= 0 && depth == trackDepth + 1) {
                field.clear();
            }
            --depth;
        }
    }
}

void readLastFmCsv(HistoryInput &input, ImportContext &context) {
    const QString origin = QString::fromLatin1(listenorigin::kLastFm);
    LineReader lines(input);
    CsvReader csv(lines);
    QStringList fields;
    // Header-less lastfm-to-csv unless the first record names the columns.
    int artist = 0, album = 1, title = 2, date = 3, uts = -1;
    bool first = true;
    while (!context.stopped()) {
        const auto next = csv.next(&fields);
        if (next == CsvReader::Next::End)
            return;
        if (next == CsvReader::Next::Failed)
            return context.problem(input.displayPath(), input.errorString());
        if (next == CsvReader::Next::Malformed) {
            context.skip(Skip::Malformed);
            continue;
        }
        if (first) {
            first = false;
            QStringList header;
            for (const QString &field : std::as_const(fields))
                header.append(field.trimmed().toLower());
            const int headerArtist = column(header, {"artist"});
            const int headerTitle = column(header, {"track", "title"});
            if (headerArtist >= 0 && headerTitle >= 0) {
                artist = headerArtist;
                title = headerTitle;
                album = column(header, {"album"});
                uts = column(header, {"uts", "timestamp"});
                date = column(header, {"utc_time", "date", "time"});
                continue;
            }
        }
        const auto field = [&fields](int at) {
            return at >= 0 && at < fields.size() ? fields.at(at).trimmed() : QString();
        };
        // Album is optional; artist, title and a time are not.
        if (fields.size() <= std::max({artist, title, uts >= 0 ? uts : date})) {
            context.skip(Skip::Malformed);
            continue;
        }
        std::optional<qint64> started;
        const QString seconds = field(uts);
        const QString when = field(date);
        if (!seconds.isEmpty()) {
            bool ok = false;
            const qint64 value = seconds.toLongLong(&ok);
            started = ok ? utsMs(value) : std::nullopt;
        } else if (!when.isEmpty()) {
            started = historytime::parseLastFmDate(when.toUtf8());
        } else if (uts < 0) {
            context.skip(Skip::NowPlaying); // lastfm-to-csv writes the playing track undated
            continue;
        }
        if (!started) {
            context.skip(Skip::Malformed);
            continue;
        }
        ImportContext::Row listen;
        listen.artist = field(artist);
        listen.title = field(title);
        listen.album = field(album);
        listen.startMs = *started;
        context.add(std::move(listen), origin);
    }
}

} // namespace refrain
