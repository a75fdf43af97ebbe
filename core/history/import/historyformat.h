// HistoryFormat: which export a file holds, told from its first bytes alone — names lie (files
// get renamed, zips flatten folders), content does not.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace refrain {

enum class HistoryFormat {
    Unknown,
    Zip,
    EmptyJson, // "[]": an export with nothing in it
    SpotifyExtended,
    SpotifyBasic,
    ListenBrainzJsonl,
    ListenBrainzJson,
    LastFmApiJson,
    LastFmApiXml,
    LastFmCsv,
    Rockbox,
    PanoScrobbler,
};

// How many bytes of a file detection wants to see.
inline constexpr qsizetype kDetectionBytes = 64 * 1024;

// The format of a file that starts with `head`; `wholeFile` says head is all there is.
HistoryFormat detectHistoryFormat(QByteArrayView head, bool wholeFile);

// The key HistoryReadSummary::formats lists ("spotify-extended", …); empty for no history.
QString historyFormatKey(HistoryFormat format);

} // namespace refrain
