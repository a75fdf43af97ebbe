// readHistory: reads listening histories exported from other services (Spotify, ListenBrainz,
// Last.fm and the scrobbler logs around it) into Listen values, streaming, whatever the file's
// name says — the database side (ListenStore) decides what to keep.
#pragma once

#include "core/history/listen.h"
#include "core/library/result.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace refrain {

// Why a row of an export is not a listen: the keys ListenSink::skip receives and reports count.
namespace skipreason {
inline constexpr auto kTooShort = "too_short";           // Spotify: played less than 30 s
inline constexpr auto kPodcast = "podcast";              // an episode of a show
inline constexpr auto kAudiobook = "audiobook";          // a chapter of an audiobook
inline constexpr auto kIncognito = "incognito";          // Spotify private session: the user hid it
inline constexpr auto kMissingFields = "missing_fields"; // empty artist or title
inline constexpr auto kNotMusic = "not_music";           // any other row that is no track played
inline constexpr auto kSkippedByPlayer = "skipped_by_player"; // scrobbler log rating S
inline constexpr auto kMalformed = "malformed";               // could not be read; the rest goes on
inline constexpr auto kNowPlaying = "now_playing"; // Last.fm's "now playing": not finished
inline constexpr auto kUnknownPlaceholder = "unknown_placeholder"; // "Unknown Artist" & co.
} // namespace skipreason

// Receives what a reader finds, in file order.
class ListenSink {
public:
    virtual ~ListenSink() = default;
    // One listen: origin set (listenorigin::k…), counted = true, startedAt in UTC, artist and
    // title non-empty, album possibly empty, playedMs (0 when the source does not say),
    // durationMs (0 when unknown), utcOffsetSeconds = the offset the source states, else the
    // offset of `localZone` at that instant. Return false to stop reading (cancel).
    virtual bool add(Listen listen) = 0;
    // A row that is not a listen, by reason key (see skipreason above).
    virtual void skip(const QString &reason) = 0;
    // Bytes of input read so far, of the total (all files of a folder/zip together).
    virtual void progress(qint64 done, qint64 total) = 0;
};

struct HistoryReadOptions {
    QTimeZone localZone = QTimeZone::systemTimeZone();
};

struct HistoryReadSummary {
    // Format keys found, e.g. "spotify-extended", "spotify-basic", "listenbrainz-jsonl",
    // "listenbrainz-json", "lastfm-api-json", "lastfm-api-xml", "lastfm-csv", "rockbox",
    // "panoscrobbler".
    QStringList formats;
    int files = 0; // files read as history
    QStringList
        problems; // files skipped as unreadable/unknown, one readable line each (path + why)
    bool cancelled = false;
};

// Detects the format of `path` from its content (not its name) — a file, a folder (recursively)
// or a .zip (every entry) — and streams its listens into sink. An error only when nothing could
// be read at all (missing path, no history file found, a corrupt zip). Blocking: call it off the
// UI thread; the sink is called on the calling thread.
Result<HistoryReadSummary> readHistory(const QString &path, ListenSink &sink,
                                       const HistoryReadOptions &options = {});

} // namespace refrain
