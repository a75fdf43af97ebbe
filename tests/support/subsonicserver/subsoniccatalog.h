// SubsonicCatalog: the music a test Subsonic server holds — artists, albums and songs with
// generated ids, playlists, stars, cover art and recorded scrobbles — built by a test in a few
// lines and edited by the server's playlist/star/scrobble endpoints.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace refrain::test {

// What a test says about a song; artist and album are created (once, by name) as needed.
struct SongSpec {
    QString title;
    QString artist = QStringLiteral("Test Artist");
    QString album = QStringLiteral("Test Album");
    QString albumArtist; // OpenSubsonic displayAlbumArtist; the album's artist when empty
    int track = 0;
    int disc = 1;
    int year = 0;
    QString genre;
    int durationSeconds = 180;
    int bitRateKbps = 192;
    QByteArray audio; // what stream and download serve
    QByteArray contentType = "audio/mpeg";
    QString suffix = QStringLiteral("mp3");
    // The `path` attribute exactly as a server sends it ("../../etc/x.mp3", "C:\\CON.mp3", …);
    // when empty, "<artist>/<album>/<track> - <title>.<suffix>" as most servers write it.
    QString path;
    std::optional<double> trackGain;
    std::optional<double> albumGain;
    std::optional<double> trackPeak;
    std::optional<double> albumPeak;
    QString musicBrainzId;
    QDateTime created; // invalid: generated, one hour after the previous song
};

class SubsonicCatalog {
public:
    struct Artist {
        QString id;
        QString name;
        QDateTime starred;
    };
    struct Album {
        QString id;
        QString name;
        QString artistId;
        int year = 0;
        QString genre;
        QDateTime created;
        QDateTime starred;
        QStringList songIds; // in disc/track order
    };
    struct Song {
        QString id;
        QString albumId;
        QString artistId;
        SongSpec spec;
        QDateTime created;
        QDateTime starred;
        qint64 playCount = 0;
    };
    struct Playlist {
        QString id;
        QString name;
        QString owner;
        QString comment;
        bool isPublic = false;
        QStringList songIds; // may repeat
        QDateTime created;
        QDateTime changed;
    };
    struct Scrobble {
        QString id;
        qint64 timeMs = 0; // 0 when the client sent no time
        bool submission = true;
    };
    struct CoverArt {
        QByteArray bytes;
        QByteArray contentType;
    };

    // Ids look like real ones of different servers: "ar-1", "al-1", "tr-1", "pl-1".
    QString addSong(const SongSpec &spec);
    QString addPlaylist(const QString &name, const QStringList &songIds,
                        const QString &owner = QStringLiteral("tester"), bool isPublic = false);
    void setCoverArt(const QString &id, const QByteArray &bytes,
                     const QByteArray &contentType = "image/jpeg");
    // New bytes for a song (a re-encode, a file corrupted on the server): stream, download and
    // the song's `size` follow. False for an unknown id.
    bool setSongAudio(const QString &id, const QByteArray &bytes);

    const Artist *artist(const QString &id) const;
    const Album *album(const QString &id) const;
    const Song *song(const QString &id) const;
    const Playlist *playlist(const QString &id) const;
    Playlist *playlist(const QString &id);
    const CoverArt *coverArt(const QString &id) const;
    QString artistIdByName(const QString &name) const;
    QString albumIdByName(const QString &artistId, const QString &name) const;

    QList<const Artist *> artists() const;     // by name
    QList<const Album *> albums() const;       // in insertion order
    QList<const Song *> songs() const;         // in insertion order
    QList<const Playlist *> playlists() const; // in creation order
    QStringList albumIdsOf(const QString &artistId) const;
    int durationOf(const Album &album) const;
    int durationOf(const Playlist &playlist) const;

    // getAlbumList2 orders: alphabeticalByName, alphabeticalByArtist, newest, starred, random
    // (catalog order, so tests stay deterministic); nothing for an unknown type.
    std::optional<QList<const Album *>> albumList(const QString &type) const;
    // search3: case-insensitive substring match; an empty query (or "") matches everything.
    QList<const Artist *> searchArtists(const QString &query) const;
    QList<const Album *> searchAlbums(const QString &query) const;
    QList<const Song *> searchSongs(const QString &query) const;

    QString createPlaylist(const QString &name, const QStringList &songIds, const QString &owner,
                           const QDateTime &now);
    bool deletePlaylist(const QString &id);
    // Marks an artist, album or song; false for an unknown id.
    bool setStarred(const QString &id, const QDateTime &when);
    void recordScrobble(const Scrobble &scrobble);
    const QList<Scrobble> &scrobbles() const { return m_scrobbles; }

private:
    QString ensureArtist(const QString &name);
    QString ensureAlbum(const QString &artistId, const SongSpec &spec, const QDateTime &created);

    QList<Artist> m_artists;
    QList<Album> m_albums;
    QList<Song> m_songs;
    QHash<QString, qsizetype> m_songIndex; // id → position in m_songs
    QList<Playlist> m_playlists;
    QHash<QString, CoverArt> m_covers;
    QList<Scrobble> m_scrobbles;
    int m_nextPlaylist = 1;
};

} // namespace refrain::test
