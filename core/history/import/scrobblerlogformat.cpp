#include "core/history/import/scrobblerlogformat.h"

#include "core/history/import/historyinput.h"
#include "core/history/import/historytime.h"
#include "core/history/import/importcontext.h"
#include "core/history/import/jsonrows.h"
#include "core/history/import/linereader.h"

namespace refrain {

namespace {

using Skip = ImportContext::Skip;

// Rockbox writes this for a file without an artist tag: no artist to credit.
const auto kUntagged = QLatin1String("<Untagged>");

std::optional<qint64> wholeNumber(QByteArrayView text) {
    bool ok = false;
    const qint64 value = text.trimmed().toByteArray().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

void readRockboxLog(HistoryInput &input, ImportContext &context) {
    const QString origin = QString::fromLatin1(listenorigin::kRockbox);
    LineReader lines(input);
    QByteArrayView line;
    bool utc = false; // "#TZ/UNKNOWN" unless the log says otherwise
    while (!context.stopped()) {
        const auto next = lines.next(&line);
        if (next == LineReader::Next::End)
            return;
        if (next == LineReader::Next::Failed)
            return context.problem(input.displayPath(), input.errorString());
        if (next == LineReader::Next::TooLong) {
            context.skip(Skip::Malformed);
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith('#')) {
            if (line.startsWith("#TZ/"))
                utc = line.sliced(4).trimmed() == "UTC";
            continue;
        }
        QList<QByteArrayView> fields;
        qsizetype from = 0;
        for (;;) {
            const qsizetype tab = line.indexOf('\t', from);
            fields.append(line.sliced(from, (tab < 0 ? line.size() : tab) - from));
            if (tab < 0)
                break;
            from = tab + 1;
        }
        if (fields.size() < 7) {
            context.skip(Skip::Malformed);
            continue;
        }
        const QByteArrayView rating = fields.at(5).trimmed();
        if (rating == "S") {
            context.skip(Skip::SkippedByPlayer);
            continue;
        }
        const auto timestamp = wholeNumber(fields.at(6));
        if (rating != "L" || !timestamp || *timestamp < 0 || *timestamp > 100'000'000'000) {
            context.skip(Skip::Malformed);
            continue;
        }
        ImportContext::Row listen;
        listen.artist = QString::fromUtf8(fields.at(0));
        if (listen.artist.trimmed() == kUntagged) {
            context.skip(Skip::UnknownPlaceholder);
            continue;
        }
        listen.album = QString::fromUtf8(fields.at(1));
        listen.title = QString::fromUtf8(fields.at(2));
        const qint64 written = *timestamp * 1000;
        listen.startMs = utc ? written : context.localZone().utcFromWallClock(written);
        const auto length = wholeNumber(fields.at(4));
        // A length past a day is a broken log, not a song: unknown, rather than overflowed.
        listen.durationMs = length && *length > 0 && *length <= 86'400 ? *length * 1000 : 0;
        context.add(std::move(listen), origin);
    }
}

void readPanoScrobbler(HistoryInput &input, ImportContext &context) {
    const QString origin = QString::fromLatin1(listenorigin::kLastFm);
    readJsonLineRows(input, context, [&](const JsonLite &json) {
        const int row = json.root();
        if (!json.isObject(row))
            return context.skip(Skip::Malformed);
        const int event = json.member(row, "event");
        if (!json.isBlank(event) && json.raw(event) != "scrobble")
            return context.skip(Skip::NotMusic);
        const auto started = json.integer(json.member(row, "timeMs"));
        if (!started)
            return context.skip(Skip::Malformed);
        ImportContext::Row listen;
        listen.artist = json.string(json.member(row, "artist"));
        listen.title = json.string(json.member(row, "track"));
        listen.album = json.string(json.member(row, "album"));
        listen.startMs = *started;
        if (const auto duration = json.integer(json.member(row, "durationMs")))
            listen.durationMs = *duration;
        context.add(std::move(listen), origin);
    });
}

} // namespace refrain
