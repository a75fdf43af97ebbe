#include "tests/support/subsonicserver/subsonicitemwriter.h"

#include <QJsonArray>

namespace refrain::test {

namespace {

void insertIf(QJsonObject &o, const char *key, const QString &value) {
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void insertIf(QJsonObject &o, const char *key, qint64 value) {
    if (value != 0)
        o.insert(QLatin1String(key), value);
}

// Concatenated, not QString::arg: a title holding "%1" must come out as it went in.
QString songPath(const SongSpec &spec) {
    if (!spec.path.isEmpty())
        return spec.path;
    return spec.artist + u'/' + spec.album + u'/'
           + QStringLiteral("%1").arg(spec.track, 2, 10, QLatin1Char('0')) + QStringLiteral(" - ")
           + spec.title + u'.' + spec.suffix;
}

} // namespace

SubsonicItemWriter::SubsonicItemWriter(const SubsonicCatalog &catalog, Style style)
    : m_catalog(catalog)
    , m_style(style) {}

QString SubsonicItemWriter::timestamp(const QDateTime &when) const {
    const QDateTime utc = when.toUTC();
    switch (m_style.timestamps) {
    case Timestamps::Utc:
        return utc.toString(Qt::ISODateWithMs);
    case Timestamps::UtcNanoseconds:
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000789Z");
    case Timestamps::WithOffset:
        return utc.toOffsetFromUtc(2 * 3600).toString(Qt::ISODate);
    case Timestamps::WithoutZone:
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    return {};
}

QJsonObject SubsonicItemWriter::song(const SubsonicCatalog::Song &s) const {
    const SongSpec &spec = s.spec;
    const SubsonicCatalog::Album *album = m_catalog.album(s.albumId);
    QJsonObject o{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("parent"), s.albumId},
        {QStringLiteral("isDir"), false},
        {QStringLiteral("title"), spec.title},
        {QStringLiteral("album"), spec.album},
        {QStringLiteral("artist"), spec.artist},
        {QStringLiteral("albumId"), s.albumId},
        {QStringLiteral("artistId"), s.artistId},
        {QStringLiteral("coverArt"), s.albumId},
        {QStringLiteral("size"), qint64(spec.audio.size())},
        {QStringLiteral("contentType"), QString::fromLatin1(spec.contentType)},
        {QStringLiteral("suffix"), spec.suffix},
        {QStringLiteral("duration"), spec.durationSeconds},
        {QStringLiteral("bitRate"),
         m_style.bitRateInBitsPerSecond ? spec.bitRateKbps * 1000 : spec.bitRateKbps},
        {QStringLiteral("path"), songPath(spec)},
        {QStringLiteral("discNumber"), spec.disc},
        {QStringLiteral("created"), timestamp(s.created)},
        {QStringLiteral("type"), QStringLiteral("music")},
        {QStringLiteral("isVideo"), false},
        {QStringLiteral("playCount"), s.playCount},
    };
    // Optional fields are left out when empty, as real servers do.
    insertIf(o, "track", spec.track);
    insertIf(o, "year", spec.year);
    insertIf(o, "genre", spec.genre);
    if (s.starred.isValid())
        o.insert(QLatin1String("starred"), timestamp(s.starred));
    if (m_style.openSubsonic) {
        o.insert(QLatin1String("mediaType"), QStringLiteral("song"));
        o.insert(QLatin1String("musicBrainzId"), spec.musicBrainzId);
        QJsonObject gain;
        if (spec.trackGain)
            gain.insert(QLatin1String("trackGain"), *spec.trackGain);
        if (spec.albumGain)
            gain.insert(QLatin1String("albumGain"), *spec.albumGain);
        if (spec.trackPeak)
            gain.insert(QLatin1String("trackPeak"), *spec.trackPeak);
        if (spec.albumPeak)
            gain.insert(QLatin1String("albumPeak"), *spec.albumPeak);
        o.insert(QLatin1String("replayGain"), gain);
        if (album) {
            const SubsonicCatalog::Artist *albumArtist = m_catalog.artist(album->artistId);
            const QString name = albumArtist ? albumArtist->name : QString();
            o.insert(QLatin1String("displayAlbumArtist"), name);
            o.insert(QLatin1String("albumArtists"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), album->artistId},
                                            {QStringLiteral("name"), name}}});
        }
    }
    return o;
}

QJsonObject SubsonicItemWriter::album(const SubsonicCatalog::Album &a, bool withSongs) const {
    const SubsonicCatalog::Artist *artist = m_catalog.artist(a.artistId);
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("artist"), artist ? artist->name : QString()},
        {QStringLiteral("artistId"), a.artistId},
        {QStringLiteral("coverArt"), a.id},
        {QStringLiteral("songCount"), a.songIds.size()},
        {QStringLiteral("duration"), m_catalog.durationOf(a)},
        {QStringLiteral("created"), timestamp(a.created)},
        {QStringLiteral("playCount"), 0},
    };
    insertIf(o, "year", a.year);
    insertIf(o, "genre", a.genre);
    if (a.starred.isValid())
        o.insert(QLatin1String("starred"), timestamp(a.starred));
    if (withSongs) {
        QJsonArray songs;
        for (const QString &id : a.songIds) {
            if (const SubsonicCatalog::Song *s = m_catalog.song(id))
                songs.append(song(*s));
        }
        o.insert(QLatin1String("song"), songs);
    }
    return o;
}

QJsonObject SubsonicItemWriter::artist(const SubsonicCatalog::Artist &a, bool withAlbums) const {
    const QStringList albumIds = m_catalog.albumIdsOf(a.id);
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("coverArt"), a.id},
        {QStringLiteral("albumCount"), albumIds.size()},
    };
    if (a.starred.isValid())
        o.insert(QLatin1String("starred"), timestamp(a.starred));
    if (withAlbums) {
        QJsonArray albums;
        for (const QString &id : albumIds)
            albums.append(album(*m_catalog.album(id), false));
        o.insert(QLatin1String("album"), albums);
    }
    return o;
}

QJsonObject SubsonicItemWriter::playlist(const SubsonicCatalog::Playlist &p,
                                         bool withEntries) const {
    QJsonObject o{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("owner"), p.owner},
        {QStringLiteral("public"), p.isPublic},
        {QStringLiteral("songCount"), p.songIds.size()},
        {QStringLiteral("duration"), m_catalog.durationOf(p)},
        {QStringLiteral("created"), timestamp(p.created)},
        {QStringLiteral("changed"), timestamp(p.changed)},
    };
    insertIf(o, "comment", p.comment);
    if (withEntries) {
        QJsonArray entries;
        for (const QString &id : p.songIds) {
            if (const SubsonicCatalog::Song *s = m_catalog.song(id))
                entries.append(song(*s));
        }
        o.insert(QLatin1String("entry"), entries);
    }
    return o;
}

} // namespace refrain::test
