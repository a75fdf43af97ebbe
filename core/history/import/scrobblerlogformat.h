// scrobblerlogformat: the logs scrobbler apps keep on the device — Rockbox's .scrobbler.log
// (AUDIOSCROBBLER/1.1, also written by other portable players) and Pano Scrobbler's JSONL
// export — read play by play.
#pragma once

namespace refrain {

class HistoryInput;
class ImportContext;

// Tab-separated: artist, album, title, track number, length (s), rating (L listened, S
// skipped), start timestamp. "#TZ/UNKNOWN" means the timestamps are local wall-clock times of
// the device (read in HistoryReadOptions::localZone); "#TZ/UTC" that they are UTC.
void readRockboxLog(HistoryInput &input, ImportContext &context);

// One JSON object per line: timeMs (start, UTC), artist, track, album, durationMs, event
// ("scrobble"; anything else is no listen). timeHuman is not read: its zone is an ambiguous
// abbreviation ("CST"), and exports hold lines where it disagrees with timeMs.
void readPanoScrobbler(HistoryInput &input, ImportContext &context);

} // namespace refrain
