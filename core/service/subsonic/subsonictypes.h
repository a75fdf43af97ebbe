// Subsonic value types: what a Subsonic/OpenSubsonic server says about itself and its catalog,
// already normalised (units, time zones, missing fields) so nothing above the protocol guesses.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace refrain {

// One OpenSubsonic extension as getOpenSubsonicExtensions lists it.
struct ServerExtension {
    QString name;
    QList<int> versions;

    friend bool operator==(const ServerExtension &, const ServerExtension &) = default;
};

// Who answered: the envelope of every reply, plus the extensions once they are known.
struct ServerInfo {
    QString apiVersion;    // Subsonic REST API version, e.g. "1.16.1"; empty when unknown
    QString type;          // OpenSubsonic server name, e.g. "navidrome"; empty for plain Subsonic
    QString serverVersion; // OpenSubsonic server version, e.g. "0.53.3 (tag)"
    bool openSubsonic = false;
    QList<ServerExtension> extensions;

    bool hasExtension(const QString &name) const;
    // The server advertises the apiKeyAuthentication extension.
    bool supportsApiKey() const;
    // Token authentication exists from API 1.13.0 on; unknown versions are assumed recent.
    bool supportsTokens() const;
    // JSON replies exist from API 1.4.0 on; unknown versions are assumed recent.
    bool supportsJson() const;
    // Whether apiVersion is at least major.minor.patch (false when unknown).
    bool apiVersionAtLeast(int major, int minor, int patch = 0) const;
    // A short plain description for people, e.g. "Navidrome 0.53.3 (Subsonic API 1.16.1)".
    QString describe() const;
};

// Parses "1.16.1" (missing parts are 0); nothing for anything that is not a version.
std::optional<QList<int>> parseApiVersion(const QString &version);
// -1, 0 or 1 like strcmp; unparsable versions sort first.
int compareApiVersions(const QString &a, const QString &b);

struct ReplayGainInfo {
    std::optional<double> trackGain; // dB
    std::optional<double> albumGain; // dB
    std::optional<double> trackPeak; // linear, positive
    std::optional<double> albumPeak;

    bool isEmpty() const { return !trackGain && !albumGain && !trackPeak && !albumPeak; }
    friend bool operator==(const ReplayGainInfo &, const ReplayGainInfo &) = default;
};

struct MusicFolder {
    QString id;
    QString name;
};

struct RemoteSong {
    QString id;
    QString title;
    QString album;
    QString albumId;
    QString artist;
    QString artistId;
    QString albumArtist; // OpenSubsonic displayAlbumArtist / albumArtists; empty when not given
    int track = 0;       // 0 when unknown
    int discNumber = 0;
    int year = 0;
    QString genre;
    int durationSeconds = 0;
    int bitRateKbps = 0; // normalised: servers that send bit/s are divided by 1000
    qint64 sizeBytes = 0;
    QString suffix;
    QString contentType;
    QString path;
    QString coverArt;
    QDateTime starred; // invalid when not starred
    ReplayGainInfo replayGain;
    QString musicBrainzId;
    QDateTime created;
    qint64 playCount = 0;
};

struct RemoteAlbum {
    QString id;
    QString name;
    QString artist;
    QString artistId;
    int year = 0;
    QString genre;
    int songCount = 0;
    int durationSeconds = 0;
    QString coverArt;
    QDateTime created;
    QDateTime starred;
    qint64 playCount = 0;
    QString musicBrainzId;
    QList<RemoteSong> songs; // only filled by getAlbum
};

struct RemoteArtist {
    QString id;
    QString name;
    QString coverArt;
    int albumCount = 0;
    QDateTime starred;
    QString musicBrainzId;
    QList<RemoteAlbum> albums; // only filled by getArtist
};

struct RemotePlaylist {
    QString id;
    QString name;
    QString owner;
    bool isPublic = false;
    int songCount = 0;
    int durationSeconds = 0;
    QDateTime changed;
    QDateTime created;
    QString comment;
    QList<RemoteSong> entries; // only filled by getPlaylist / createPlaylist
};

// getStarred2 and search3 both answer with artists, albums and songs.
struct RemoteItems {
    QList<RemoteArtist> artists;
    QList<RemoteAlbum> albums;
    QList<RemoteSong> songs;
};
using Starred = RemoteItems;
using SearchResult = RemoteItems;

struct ServerLicense {
    bool valid = false;
    QString email;
    QDateTime expires; // invalid when the license does not expire or the server does not say
};

} // namespace refrain
