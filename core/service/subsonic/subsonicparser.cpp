#include "core/service/subsonic/subsonicparser.h"

#include "core/service/subsonic/subsonicfields.h"

#include <QJsonArray>

namespace refrain {

namespace {

using F = SubsonicFields;

QLatin1String key(const char *name) {
    return QLatin1String(name);
}

Error missing(const char *what) {
    return Error::make(
        Error::Kind::Corrupt,
        QStringLiteral("Malformed reply: the answer has no %1").arg(QLatin1String(what)));
}

// The element holding the answer: an object. An empty XML element or a JSON null reads as {}.
QJsonObject container(const SubsonicReply &reply, const char *name) {
    return F::object(reply.response(), key(name));
}

template<typename T, typename Read>
QList<T> items(const QJsonObject &parent, const char *name, Read read) {
    QList<T> out;
    const QJsonArray array = F::list(parent, key(name));
    out.reserve(array.size());
    for (const QJsonValue &value : array) {
        T item = read(value.toObject());
        if (!item.id.isEmpty())
            out.append(std::move(item));
    }
    return out;
}

RemoteItems remoteItems(const QJsonObject &parent) {
    RemoteItems result;
    result.artists = items<RemoteArtist>(parent, "artist", &SubsonicParser::artist);
    result.albums = items<RemoteAlbum>(parent, "album", &SubsonicParser::album);
    result.songs = items<RemoteSong>(parent, "song", &SubsonicParser::song);
    return result;
}

// A name or list of names from OpenSubsonic's artist arrays ([{id, name}, …]).
QString joinedNames(const QJsonObject &object, const char *name) {
    QStringList names;
    const QJsonArray array = F::list(object, key(name));
    for (const QJsonValue &value : array) {
        const QString n = F::string(value.toObject(), key("name"));
        if (!n.isEmpty() && !names.contains(n))
            names.append(n);
        if (names.size() >= 16)
            break;
    }
    return names.join(QStringLiteral(", "));
}

QString firstOf(const QJsonObject &object, std::initializer_list<const char *> names) {
    for (const char *name : names) {
        const QString value = F::string(object, key(name));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

qint64 nonNegative(std::optional<qint64> value) {
    return value && *value > 0 ? *value : 0;
}

ReplayGainInfo replayGain(const QJsonObject &object) {
    ReplayGainInfo gain;
    const auto plausibleGain = [](std::optional<double> dB) -> std::optional<double> {
        return dB && *dB > -100 && *dB < 100 ? dB : std::nullopt;
    };
    const auto positivePeak = [](std::optional<double> peak) -> std::optional<double> {
        return peak && *peak > 0 && *peak < 1000 ? peak : std::nullopt;
    };
    gain.trackGain = plausibleGain(F::number(object, key("trackGain")));
    gain.albumGain = plausibleGain(F::number(object, key("albumGain")));
    gain.trackPeak = positivePeak(F::number(object, key("trackPeak")));
    gain.albumPeak = positivePeak(F::number(object, key("albumPeak")));
    return gain;
}

} // namespace

RemoteSong SubsonicParser::song(const QJsonObject &o) {
    RemoteSong s;
    s.id = F::string(o, key("id"));
    s.title = firstOf(o, {"title", "name"});
    s.album = F::string(o, key("album"));
    s.albumId = F::string(o, key("albumId"));
    s.artist = F::string(o, key("artist"));
    s.artistId = F::string(o, key("artistId"));
    s.albumArtist = F::string(o, key("displayAlbumArtist"));
    if (s.albumArtist.isEmpty())
        s.albumArtist = joinedNames(o, "albumArtists");
    if (s.albumArtist.isEmpty())
        s.albumArtist = F::string(o, key("albumArtist"));
    s.track = F::count(o, key("track"));
    s.discNumber = F::count(o, key("discNumber"));
    s.year = F::count(o, key("year"));
    s.genre = F::string(o, key("genre"));
    if (s.genre.isEmpty())
        s.genre = joinedNames(o, "genres").section(QStringLiteral(", "), 0, 0);
    s.durationSeconds = F::count(o, key("duration"));
    const int bitRate = F::count(o, key("bitRate"));
    s.bitRateKbps = bitRate > kMaxPlausibleKbps ? (bitRate + 500) / 1000 : bitRate;
    s.sizeBytes = nonNegative(F::integer(o, key("size")));
    s.suffix = F::string(o, key("suffix"));
    s.contentType = F::string(o, key("contentType"));
    s.path = F::string(o, key("path"));
    s.coverArt = F::string(o, key("coverArt"));
    s.starred = F::dateTime(o, key("starred"));
    s.replayGain = replayGain(F::object(o, key("replayGain")));
    s.musicBrainzId = F::string(o, key("musicBrainzId"));
    s.created = F::dateTime(o, key("created"));
    auto plays = F::integer(o, key("playCount"));
    if (!plays)
        plays = F::integer(o, key("userPlayCount"));
    s.playCount = nonNegative(plays);
    return s;
}

RemoteAlbum SubsonicParser::album(const QJsonObject &o) {
    RemoteAlbum a;
    a.id = F::string(o, key("id"));
    a.name = firstOf(o, {"name", "title", "album"});
    a.artist = F::string(o, key("artist"));
    if (a.artist.isEmpty())
        a.artist = F::string(o, key("displayArtist"));
    a.artistId = F::string(o, key("artistId"));
    a.year = F::count(o, key("year"));
    a.genre = F::string(o, key("genre"));
    if (a.genre.isEmpty())
        a.genre = joinedNames(o, "genres").section(QStringLiteral(", "), 0, 0);
    a.songCount = F::count(o, key("songCount"));
    a.durationSeconds = F::count(o, key("duration"));
    a.coverArt = F::string(o, key("coverArt"));
    a.created = F::dateTime(o, key("created"));
    a.starred = F::dateTime(o, key("starred"));
    a.playCount = nonNegative(F::integer(o, key("playCount")));
    a.musicBrainzId = F::string(o, key("musicBrainzId"));
    return a;
}

RemoteArtist SubsonicParser::artist(const QJsonObject &o) {
    RemoteArtist a;
    a.id = F::string(o, key("id"));
    a.name = F::string(o, key("name"));
    a.coverArt = F::string(o, key("coverArt"));
    a.albumCount = F::count(o, key("albumCount"));
    a.starred = F::dateTime(o, key("starred"));
    a.musicBrainzId = F::string(o, key("musicBrainzId"));
    return a;
}

RemotePlaylist SubsonicParser::playlist(const QJsonObject &o) {
    RemotePlaylist p;
    p.id = F::string(o, key("id"));
    p.name = F::string(o, key("name"));
    p.owner = F::string(o, key("owner"));
    p.isPublic = F::boolean(o, key("public"));
    p.songCount = F::count(o, key("songCount"));
    p.durationSeconds = F::count(o, key("duration"));
    p.changed = F::dateTime(o, key("changed"));
    p.created = F::dateTime(o, key("created"));
    p.comment = F::string(o, key("comment"));
    return p;
}

Result<ServerInfo> SubsonicParser::parsePing(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    return reply.serverInfo();
}

Result<QList<ServerExtension>> SubsonicParser::parseExtensions(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    QList<ServerExtension> extensions;
    const QJsonArray array = F::list(reply.response(), key("openSubsonicExtensions"));
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        ServerExtension extension;
        extension.name = F::string(o, key("name")).left(128);
        if (extension.name.isEmpty())
            continue;
        const QJsonArray versions = F::list(o, key("versions"));
        for (const QJsonValue &v : versions) {
            const auto n = F::integer(v);
            if (n && *n >= 0 && *n <= 1000000 && extension.versions.size() < 64)
                extension.versions.append(int(*n));
        }
        extensions.append(extension);
        if (extensions.size() >= 1024)
            break;
    }
    return extensions;
}

Result<ServerLicense> SubsonicParser::parseLicense(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    const QJsonObject o = container(reply, "license");
    if (o.isEmpty())
        return missing("license");
    ServerLicense license;
    license.valid = F::boolean(o, key("valid"));
    license.email = F::string(o, key("email"));
    license.expires = F::dateTime(o, key("licenseExpires"));
    return license;
}

Result<QList<MusicFolder>> SubsonicParser::parseMusicFolders(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    return items<MusicFolder>(
        container(reply, "musicFolders"), "musicFolder", [](const QJsonObject &o) {
            return MusicFolder{F::string(o, key("id")), F::string(o, key("name"))};
        });
}

Result<QList<RemoteArtist>> SubsonicParser::parseArtists(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    QList<RemoteArtist> artists;
    const QJsonArray indexes = F::list(container(reply, "artists"), key("index"));
    for (const QJsonValue &index : indexes) {
        artists += items<RemoteArtist>(index.toObject(), "artist", &SubsonicParser::artist);
        if (artists.size() >= F::kMaxListLength)
            break;
    }
    return artists;
}

Result<RemoteArtist> SubsonicParser::parseArtist(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    const QJsonObject o = container(reply, "artist");
    RemoteArtist result = artist(o);
    if (result.id.isEmpty())
        return missing("artist");
    result.albums = items<RemoteAlbum>(o, "album", &SubsonicParser::album);
    return result;
}

Result<QList<RemoteAlbum>> SubsonicParser::parseAlbumList(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    return items<RemoteAlbum>(container(reply, "albumList2"), "album", &SubsonicParser::album);
}

Result<RemoteAlbum> SubsonicParser::parseAlbum(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    const QJsonObject o = container(reply, "album");
    RemoteAlbum result = album(o);
    if (result.id.isEmpty())
        return missing("album");
    result.songs = items<RemoteSong>(o, "song", &SubsonicParser::song);
    return result;
}

Result<RemoteSong> SubsonicParser::parseSong(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    RemoteSong result = song(container(reply, "song"));
    if (result.id.isEmpty())
        return missing("song");
    return result;
}

Result<SearchResult> SubsonicParser::parseSearch3(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    return remoteItems(container(reply, "searchResult3"));
}

Result<QList<RemotePlaylist>> SubsonicParser::parsePlaylists(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    return items<RemotePlaylist>(container(reply, "playlists"), "playlist",
                                 &SubsonicParser::playlist);
}

Result<RemotePlaylist> SubsonicParser::parsePlaylist(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    const QJsonObject o = container(reply, "playlist");
    RemotePlaylist result = playlist(o);
    if (result.id.isEmpty())
        return missing("playlist");
    result.entries = items<RemoteSong>(o, "entry", &SubsonicParser::song);
    return result;
}

Result<Starred> SubsonicParser::parseStarred2(const SubsonicReply &reply) {
    if (!reply.ok())
        return reply.error();
    return remoteItems(container(reply, "starred2"));
}

} // namespace refrain
