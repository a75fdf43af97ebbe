// Test helpers: Subsonic values written out field by field, so a failed comparison shows
// exactly which field differs, and JSON/XML (or plain/quirky server) results compare as text.
#pragma once

#include "core/service/subsonic/subsonictypes.h"

#include <QStringList>

namespace refrain::test {

inline QString dumpTime(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

inline QString dumpGain(const std::optional<double> &v) {
    return v ? QString::number(*v) : QStringLiteral("-");
}

inline QString dump(const RemoteSong &s) {
    return QStringList{s.id,
                       s.title,
                       s.album,
                       s.albumId,
                       s.artist,
                       s.artistId,
                       s.albumArtist,
                       QString::number(s.track),
                       QString::number(s.discNumber),
                       QString::number(s.year),
                       s.genre,
                       QString::number(s.durationSeconds),
                       QString::number(s.bitRateKbps),
                       QString::number(s.sizeBytes),
                       s.suffix,
                       s.contentType,
                       s.path,
                       s.coverArt,
                       dumpTime(s.starred),
                       dumpGain(s.replayGain.trackGain),
                       dumpGain(s.replayGain.albumGain),
                       dumpGain(s.replayGain.trackPeak),
                       dumpGain(s.replayGain.albumPeak),
                       s.musicBrainzId,
                       dumpTime(s.created),
                       QString::number(s.playCount)}
        .join(QLatin1Char('|'));
}

inline QString dump(const RemoteAlbum &a) {
    QStringList lines{QStringList{
        a.id, a.name, a.artist, a.artistId, QString::number(a.year), a.genre,
        QString::number(a.songCount), QString::number(a.durationSeconds), a.coverArt,
        dumpTime(a.created), dumpTime(a.starred), QString::number(a.playCount), a.musicBrainzId}
                          .join(QLatin1Char('|'))};
    for (const RemoteSong &s : a.songs)
        lines.append(QStringLiteral("  ") + dump(s));
    return lines.join(QLatin1Char('\n'));
}

inline QString dump(const RemoteArtist &a) {
    QStringList lines{QStringList{a.id, a.name, a.coverArt, QString::number(a.albumCount),
                                  dumpTime(a.starred), a.musicBrainzId}
                          .join(QLatin1Char('|'))};
    for (const RemoteAlbum &album : a.albums)
        lines.append(QStringLiteral("  ") + dump(album));
    return lines.join(QLatin1Char('\n'));
}

inline QString dump(const RemotePlaylist &p) {
    QStringList lines{QStringList{p.id, p.name, p.owner,
                                  p.isPublic ? QStringLiteral("public") : QStringLiteral("private"),
                                  QString::number(p.songCount), QString::number(p.durationSeconds),
                                  dumpTime(p.changed), dumpTime(p.created), p.comment}
                          .join(QLatin1Char('|'))};
    for (const RemoteSong &s : p.entries)
        lines.append(QStringLiteral("  ") + dump(s));
    return lines.join(QLatin1Char('\n'));
}

inline QString dump(const RemoteItems &items) {
    QStringList lines;
    for (const RemoteArtist &a : items.artists)
        lines.append(QStringLiteral("artist ") + dump(a));
    for (const RemoteAlbum &a : items.albums)
        lines.append(QStringLiteral("album ") + dump(a));
    for (const RemoteSong &s : items.songs)
        lines.append(QStringLiteral("song ") + dump(s));
    return lines.join(QLatin1Char('\n'));
}

template<typename T>
QString dump(const QList<T> &list) {
    QStringList lines;
    for (const T &item : list)
        lines.append(dump(item));
    return lines.join(QLatin1Char('\n'));
}

} // namespace refrain::test
