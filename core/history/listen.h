// Listen: one play of a track as history keeps it — played here or imported from another
// service — and the Last.fm rule that says whether a play counts as a listen.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace refrain {

// Where a listen came from. The import origins are also the history_imports.origin keys.
namespace listenorigin {
inline constexpr auto kHere = "here";
inline constexpr auto kSpotify = "spotify";
inline constexpr auto kListenBrainz = "listenbrainz";
inline constexpr auto kLastFm = "lastfm";
inline constexpr auto kRockbox = "rockbox";
} // namespace listenorigin

// The Last.fm rule: a track longer than 30 s played for at least half its length or 4 minutes,
// whichever comes first. An unknown length (0) counts from 4 minutes, or half of what played
// can not be judged, so only 4 minutes.
bool countsAsListen(qint64 durationMs, qint64 playedMs);

struct Listen {
    qint64 id = 0; // row id; 0 before it is stored
    QString uuid;  // RFC 9562 (version 7: time-ordered), without braces; made when stored if empty
    QString artist;
    QString title;
    QString album;
    qint64 trackId = 0; // the library track, when known
    QString serverId;   // played from this server, as songId
    QString songId;
    QDateTime startedAt; // UTC
    int utcOffsetSeconds = 0;
    qint64 playedMs = 0;
    qint64 durationMs = 0; // 0: unknown
    bool counted = false;
    QString origin = QString::fromLatin1(listenorigin::kHere);

    friend bool operator==(const Listen &, const Listen &) = default;
};

using ListenList = QList<Listen>;

} // namespace refrain

Q_DECLARE_METATYPE(refrain::Listen)
