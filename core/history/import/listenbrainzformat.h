// listenbrainzformat: ListenBrainz exports — the zip's listens/YYYY/M.jsonl files and the older
// single JSON array — read listen by listen.
#pragma once

namespace refrain {

class HistoryInput;
class ImportContext;

// listened_at (s, UTC), track_metadata.{artist_name, track_name, release_name} and
// track_metadata.additional_info.duration_ms or .duration (s) as the track's length.
void readListenBrainzLines(HistoryInput &input, ImportContext &context);
void readListenBrainzArray(HistoryInput &input, ImportContext &context);

} // namespace refrain
