// SubsonicParser: typed values from a parsed reply, one function per endpoint, the same for
// JSON and XML replies. Lenient about what real servers vary on (see SubsonicFields), strict
// about what makes an item unusable: entries without an id are left out.
#pragma once

#include "core/library/result.h"
#include "core/service/subsonic/subsonicreply.h"
#include "core/service/subsonic/subsonictypes.h"

#include <QJsonObject>
#include <QList>

namespace refrain {

class SubsonicParser {
public:
    // Every endpoint parser returns reply.error() for a reply that is not ok, and a Corrupt
    // error when a single-item answer lacks its item. Lists that are missing read as empty:
    // several servers leave an empty list out altogether.
    static Result<ServerInfo> parsePing(const SubsonicReply &reply);
    static Result<QList<ServerExtension>> parseExtensions(const SubsonicReply &reply);
    static Result<ServerLicense> parseLicense(const SubsonicReply &reply);
    static Result<QList<MusicFolder>> parseMusicFolders(const SubsonicReply &reply);
    static Result<QList<RemoteArtist>> parseArtists(const SubsonicReply &reply);  // getArtists
    static Result<RemoteArtist> parseArtist(const SubsonicReply &reply);          // with its albums
    static Result<QList<RemoteAlbum>> parseAlbumList(const SubsonicReply &reply); // albumList2
    static Result<RemoteAlbum> parseAlbum(const SubsonicReply &reply);            // with its songs
    static Result<RemoteSong> parseSong(const SubsonicReply &reply);
    static Result<SearchResult> parseSearch3(const SubsonicReply &reply);
    static Result<QList<RemotePlaylist>> parsePlaylists(const SubsonicReply &reply);
    static Result<RemotePlaylist> parsePlaylist(const SubsonicReply &reply); // with its entries
    static Result<Starred> parseStarred2(const SubsonicReply &reply);

    // One item as found inside a reply (a Child, AlbumID3, ArtistID3, Playlist).
    static RemoteSong song(const QJsonObject &object);
    static RemoteAlbum album(const QJsonObject &object);
    static RemoteArtist artist(const QJsonObject &object);
    static RemotePlaylist playlist(const QJsonObject &object);

    // Bit rates above this are in bit/s (some servers), not kbit/s as the API says.
    static constexpr int kMaxPlausibleKbps = 10000;
};

} // namespace refrain
