#include "core/history/import/spotifyformat.h"

#include "core/history/import/historytime.h"
#include "core/history/import/importcontext.h"
#include "core/history/import/jsonrows.h"

namespace refrain {

namespace {

using Skip = ImportContext::Skip;

// Spotify counts a stream from 30 s on; so does its own "Wrapped".
constexpr qint64 kMinimumPlayedMs = 30'000;
// offline_timestamp is in seconds in some exports and milliseconds in others.
constexpr qint64 kMillisecondsAbove = 100'000'000'000;

bool isPlaceholder(const QString &artist, const QString &title) {
    return artist == QLatin1String("Unknown Artist") || title == QLatin1String("Unknown Track");
}

// The end time a row names, as a string in both formats (digits and punctuation: no escapes).
std::optional<qint64> endTime(const JsonLite &json, int node) {
    if (json.type(node) != JsonLite::Type::String)
        return std::nullopt;
    return historytime::parseIsoUtc(json.raw(node));
}

} // namespace

void readSpotifyExtended(HistoryInput &input, ImportContext &context) {
    const QString origin = QString::fromLatin1(listenorigin::kSpotify);
    readJsonArrayRows(input, context, [&](const JsonLite &json) {
        const int row = json.root();
        if (!json.isObject(row))
            return context.skip(Skip::Malformed);
        // Looked up in the order Spotify writes the keys: JsonLite finds each next to the last.
        const int ts = json.member(row, "ts");
        const int msPlayed = json.member(row, "ms_played");
        const int track = json.member(row, "master_metadata_track_name");
        const int artist = json.member(row, "master_metadata_album_artist_name");
        const int album = json.member(row, "master_metadata_album_album_name");
        const int episode = json.member(row, "episode_name");
        const int episodeUri = json.member(row, "spotify_episode_uri");
        const int audiobook = json.member(row, "audiobook_title");
        const int audiobookUri = json.member(row, "audiobook_uri");
        const int offlineTimestamp = json.member(row, "offline_timestamp");
        const int incognito = json.member(row, "incognito_mode");

        if (!json.isBlank(episode) || !json.isBlank(episodeUri))
            return context.skip(Skip::Podcast);
        if (!json.isBlank(audiobook) || !json.isBlank(audiobookUri))
            return context.skip(Skip::Audiobook);
        if (json.type(incognito) == JsonLite::Type::True)
            return context.skip(Skip::Incognito);
        ImportContext::Row listen;
        listen.artist = json.string(artist);
        listen.title = json.string(track);
        if (listen.artist.trimmed().isEmpty() || listen.title.trimmed().isEmpty())
            return context.skip(Skip::MissingFields);
        if (isPlaceholder(listen.artist, listen.title))
            return context.skip(Skip::UnknownPlaceholder);
        const auto played = json.integer(msPlayed);
        const auto end = endTime(json, ts);
        if (!played || *played < 0 || !end)
            return context.skip(Skip::Malformed);
        if (*played < kMinimumPlayedMs)
            return context.skip(Skip::TooShort);
        const auto offline = json.integer(offlineTimestamp);
        if (offline && *offline > 0)
            listen.startMs = *offline > kMillisecondsAbove ? *offline : *offline * 1000;
        else
            listen.startMs = *end - *played;
        listen.album = json.string(album);
        listen.playedMs = *played;
        context.add(std::move(listen), origin);
    });
}

void readSpotifyBasic(HistoryInput &input, ImportContext &context) {
    const QString origin = QString::fromLatin1(listenorigin::kSpotify);
    readJsonArrayRows(input, context, [&](const JsonLite &json) {
        const int row = json.root();
        if (!json.isObject(row))
            return context.skip(Skip::Malformed);
        if (!json.isBlank(json.member(row, "episodeName"))
            || !json.isBlank(json.member(row, "podcastName")))
            return context.skip(Skip::Podcast);
        ImportContext::Row listen;
        listen.artist = json.string(json.member(row, "artistName"));
        listen.title = json.string(json.member(row, "trackName"));
        if (listen.artist.trimmed().isEmpty() || listen.title.trimmed().isEmpty())
            return context.skip(Skip::MissingFields);
        if (isPlaceholder(listen.artist, listen.title))
            return context.skip(Skip::UnknownPlaceholder);
        const auto played = json.integer(json.member(row, "msPlayed"));
        const auto end = endTime(json, json.member(row, "endTime"));
        if (!played || *played < 0 || !end)
            return context.skip(Skip::Malformed);
        if (*played < kMinimumPlayedMs)
            return context.skip(Skip::TooShort);
        listen.startMs = *end - *played;
        listen.playedMs = *played;
        context.add(std::move(listen), origin);
    });
}

} // namespace refrain
