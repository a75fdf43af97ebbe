// SubsonicItemWriter: catalog entries as a Subsonic server describes them (Child, AlbumID3,
// ArtistID3, Playlist), shaped like the OpenSubsonic examples, with the unit and timestamp
// variations real servers show when a test asks for them.
#pragma once

#include "tests/support/subsonicserver/subsoniccatalog.h"

#include <QJsonObject>

namespace refrain::test {

class SubsonicItemWriter {
public:
    enum class Timestamps {
        Utc,            // 2024-01-01T12:00:00.000Z
        UtcNanoseconds, // 2024-01-01T12:00:00.000000789Z (Go's RFC 3339 with nanoseconds)
        WithOffset,     // 2024-01-01T14:00:00+02:00
        WithoutZone,    // 2024-01-01T12:00:00 (meant as UTC)
    };
    struct Style {
        bool openSubsonic = true;            // add the OpenSubsonic fields (replayGain, …)
        bool bitRateInBitsPerSecond = false; // bitRate 192000 instead of 192
        Timestamps timestamps = Timestamps::Utc;
    };

    SubsonicItemWriter(const SubsonicCatalog &catalog, Style style);

    QJsonObject song(const SubsonicCatalog::Song &song) const;
    QJsonObject album(const SubsonicCatalog::Album &album, bool withSongs) const;
    QJsonObject artist(const SubsonicCatalog::Artist &artist, bool withAlbums) const;
    QJsonObject playlist(const SubsonicCatalog::Playlist &playlist, bool withEntries) const;
    QString timestamp(const QDateTime &when) const;

private:
    const SubsonicCatalog &m_catalog;
    Style m_style;
};

} // namespace refrain::test
