// spotifyformat: Spotify's two history exports — the Extended Streaming History
// (Streaming_History_Audio_*.json, endsong_*.json) and the basic one (StreamingHistory*.json) —
// read row by row into listens, by Spotify's own 30-second rule.
#pragma once

namespace refrain {

class HistoryInput;
class ImportContext;

// Rows of an extended history: ts (the end), ms_played, offline_timestamp (the start when
// non-zero), master_metadata_*; podcast, audiobook and incognito rows skipped. Personal fields
// (ip_addr, username, user agent…) are never read.
void readSpotifyExtended(HistoryInput &input, ImportContext &context);

// Rows of a basic history: endTime ("YYYY-MM-DD HH:MM", UTC, the end), msPlayed, artistName,
// trackName; podcast rows and "Unknown Artist"/"Unknown Track" skipped.
void readSpotifyBasic(HistoryInput &input, ImportContext &context);

} // namespace refrain
