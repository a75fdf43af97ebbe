// lastfmformat: Last.fm histories — user.getrecenttracks API pages (JSON and XML, as backup
// tools save them) and the two common CSV exports — read scrobble by scrobble.
#pragma once

namespace refrain {

class HistoryInput;
class ImportContext;

// A page ({"recenttracks": {"track": [...]}}), an array of pages, or an array of the API's track
// objects. Tracks marked @attr.nowplaying are skipped: they had not finished.
void readLastFmApiJson(HistoryInput &input, ImportContext &context);

// An XML page (<lfm><recenttracks><track>…); <track nowplaying="true"> skipped.
void readLastFmApiXml(HistoryInput &input, ImportContext &context);

// A headered CSV naming its columns (uts, utc_time, artist, album, track… as lastfm.ghan.nl
// writes), or lastfm-to-csv's header-less "artist,album,track,date" with dates like
// "31 Jan 2014 18:09" (UTC); an undated row there is a "now playing" one.
void readLastFmCsv(HistoryInput &input, ImportContext &context);

} // namespace refrain
