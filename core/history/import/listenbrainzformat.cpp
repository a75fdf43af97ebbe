#include "core/history/import/listenbrainzformat.h"

#include "core/history/import/historytime.h"
#include "core/history/import/importcontext.h"
#include "core/history/import/jsonrows.h"

#include <cmath>

namespace refrain {

namespace {

using Skip = ImportContext::Skip;

// listened_at is whole seconds; a string is taken as ISO 8601 in case an old tool wrote one.
std::optional<qint64> listenedAtMs(const JsonLite &json, int node) {
    if (json.type(node) == JsonLite::Type::String) {
        if (const auto iso = historytime::parseIsoUtc(json.raw(node)))
            return iso;
    }
    const auto seconds = json.number(node);
    if (!seconds || std::fabs(*seconds) > 1e12)
        return std::nullopt;
    return qint64(std::floor(*seconds)) * 1000;
}

qint64 durationMs(const JsonLite &json, int info) {
    if (const auto ms = json.number(json.member(info, "duration_ms")); ms && *ms > 0 && *ms < 1e12)
        return qint64(*ms);
    if (const auto s = json.number(json.member(info, "duration")); s && *s > 0 && *s < 1e9)
        return qint64(std::llround(*s * 1000));
    return 0;
}

JsonRowHandler listenHandler(ImportContext &context, const QString &origin) {
    return [&context, &origin](const JsonLite &json) {
        const int row = json.root();
        const int track = json.member(row, "track_metadata");
        const auto started = listenedAtMs(json, json.member(row, "listened_at"));
        if (!json.isObject(track) || !started)
            return context.skip(Skip::Malformed);
        ImportContext::Row listen;
        listen.artist = json.string(json.member(track, "artist_name"));
        listen.title = json.string(json.member(track, "track_name"));
        listen.album = json.string(json.member(track, "release_name"));
        listen.startMs = *started;
        listen.durationMs = durationMs(json, json.member(track, "additional_info"));
        context.add(std::move(listen), origin);
    };
}

} // namespace

void readListenBrainzLines(HistoryInput &input, ImportContext &context) {
    const QString origin = QString::fromLatin1(listenorigin::kListenBrainz);
    readJsonLineRows(input, context, listenHandler(context, origin));
}

void readListenBrainzArray(HistoryInput &input, ImportContext &context) {
    const QString origin = QString::fromLatin1(listenorigin::kListenBrainz);
    readJsonArrayRows(input, context, listenHandler(context, origin));
}

} // namespace refrain
