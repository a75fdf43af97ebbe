// Track: one playable item of the library — a local file or, later, a server's song — as a value.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace refrain {

struct Track {
    static constexpr auto kLocalSource = "local";

    qint64 id = 0;    // row id in the tracks table; 0 before it is stored
    QString source;   // "local", or a server identity
    QString location; // absolute file path for local tracks; a service URL otherwise
    QString fileName; // the last part of the location, searched like a tag
    QString title;
    QString artist;
    QString album;
    QString albumArtist;
    QString genre;
    QString composer;
    int year = 0;
    int trackNumber = 0;
    int discNumber = 0;
    qint64 durationMs = 0;
    int bitrateKbps = 0;
    int sampleRate = 0;
    int channels = 0;
    qint64 fileSize = 0;
    qint64 fileMtimeMs = 0;
    std::optional<double> trackGainDb;
    std::optional<double> trackPeak;
    std::optional<double> albumGainDb;
    std::optional<double> albumPeak;
    bool available = true; // false while its file or root cannot be reached

    bool isLocal() const { return source == QLatin1String(kLocalSource); }
    // The artist to group and show under: album artist when the track artist is empty.
    QString displayArtist() const { return artist.isEmpty() ? albumArtist : artist; }

    friend bool operator==(const Track &, const Track &) = default;
};

using TrackList = QList<Track>;
using TrackIds = QList<qint64>;

// "m:ss" or "h:mm:ss", as players show durations.
QString formatDuration(qint64 ms);

} // namespace refrain

Q_DECLARE_METATYPE(refrain::Track)
