#include "tests/support/subsonicserver/subsoniccatalog.h"

#include <algorithm>

namespace refrain::test {

namespace {

// Generated "created" times start here, one hour apart, so "newest" has a stable order.
const QDateTime kFirstCreated(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);

template<typename T>
const T *findById(const QList<T> &list, const QString &id) {
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&id](const T &t) { return t.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

bool matches(const QString &text, const QString &query) {
    return query.isEmpty() || text.contains(query, Qt::CaseInsensitive);
}

// Many servers list everything for an empty query, written as nothing or as "" (two quotes).
QString normalisedQuery(const QString &query) {
    const QString q = query.trimmed();
    return q == u"\"\"" ? QString() : q;
}

} // namespace

QString SubsonicCatalog::ensureArtist(const QString &name) {
    const QString existing = artistIdByName(name);
    if (!existing.isEmpty())
        return existing;
    Artist artist;
    artist.id = QStringLiteral("ar-%1").arg(m_artists.size() + 1);
    artist.name = name;
    m_artists.append(artist);
    return artist.id;
}

QString SubsonicCatalog::ensureAlbum(const QString &artistId, const SongSpec &spec,
                                     const QDateTime &created) {
    const QString existing = albumIdByName(artistId, spec.album);
    if (!existing.isEmpty())
        return existing;
    Album album;
    album.id = QStringLiteral("al-%1").arg(m_albums.size() + 1);
    album.name = spec.album;
    album.artistId = artistId;
    album.year = spec.year;
    album.genre = spec.genre;
    album.created = created;
    m_albums.append(album);
    return album.id;
}

QString SubsonicCatalog::addSong(const SongSpec &spec) {
    Song song;
    song.id = QStringLiteral("tr-%1").arg(m_songs.size() + 1);
    song.spec = spec;
    song.created = spec.created.isValid() ? spec.created.toUTC()
                                          : kFirstCreated.addSecs(3600 * qint64(m_songs.size()));
    song.artistId = ensureArtist(spec.artist);
    const QString albumArtist = spec.albumArtist.isEmpty() ? spec.artist : spec.albumArtist;
    song.albumId = ensureAlbum(ensureArtist(albumArtist), spec, song.created);
    m_songIndex.insert(song.id, m_songs.size());
    m_songs.append(song);

    Album &album = *std::find_if(m_albums.begin(), m_albums.end(),
                                 [&song](const Album &a) { return a.id == song.albumId; });
    album.created = std::max(album.created, song.created);
    // Disc/track order; songs without numbers keep the order they were added in.
    const auto position = std::upper_bound(
        album.songIds.begin(), album.songIds.end(), std::pair(spec.disc, spec.track),
        [this](const std::pair<int, int> &key, const QString &id) {
            const SongSpec &other = this->song(id)->spec;
            return key < std::pair(other.disc, other.track);
        });
    album.songIds.insert(position, song.id);
    return song.id;
}

QString SubsonicCatalog::addPlaylist(const QString &name, const QStringList &songIds,
                                     const QString &owner, bool isPublic) {
    const QString id = createPlaylist(name, songIds, owner, kFirstCreated);
    playlist(id)->isPublic = isPublic;
    return id;
}

void SubsonicCatalog::setCoverArt(const QString &id, const QByteArray &bytes,
                                  const QByteArray &contentType) {
    m_covers.insert(id, CoverArt{bytes, contentType});
}

bool SubsonicCatalog::setSongAudio(const QString &id, const QByteArray &bytes) {
    const auto it = m_songIndex.constFind(id);
    if (it == m_songIndex.cend())
        return false;
    m_songs[*it].spec.audio = bytes;
    return true;
}

const SubsonicCatalog::Artist *SubsonicCatalog::artist(const QString &id) const {
    return findById(m_artists, id);
}

const SubsonicCatalog::Album *SubsonicCatalog::album(const QString &id) const {
    return findById(m_albums, id);
}

const SubsonicCatalog::Song *SubsonicCatalog::song(const QString &id) const {
    const auto it = m_songIndex.constFind(id);
    return it == m_songIndex.cend() ? nullptr : &m_songs.at(*it);
}

const SubsonicCatalog::Playlist *SubsonicCatalog::playlist(const QString &id) const {
    return findById(m_playlists, id);
}

SubsonicCatalog::Playlist *SubsonicCatalog::playlist(const QString &id) {
    return const_cast<Playlist *>(findById(m_playlists, id));
}

const SubsonicCatalog::CoverArt *SubsonicCatalog::coverArt(const QString &id) const {
    const auto it = m_covers.constFind(id);
    return it == m_covers.cend() ? nullptr : &*it;
}

QString SubsonicCatalog::artistIdByName(const QString &name) const {
    for (const Artist &a : m_artists) {
        if (a.name == name)
            return a.id;
    }
    return {};
}

QString SubsonicCatalog::albumIdByName(const QString &artistId, const QString &name) const {
    for (const Album &a : m_albums) {
        if (a.artistId == artistId && a.name == name)
            return a.id;
    }
    return {};
}

QList<const SubsonicCatalog::Artist *> SubsonicCatalog::artists() const {
    QList<const Artist *> out;
    for (const Artist &a : m_artists)
        out.append(&a);
    std::stable_sort(out.begin(), out.end(), [](const Artist *a, const Artist *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

QList<const SubsonicCatalog::Album *> SubsonicCatalog::albums() const {
    QList<const Album *> out;
    for (const Album &a : m_albums)
        out.append(&a);
    return out;
}

QList<const SubsonicCatalog::Song *> SubsonicCatalog::songs() const {
    QList<const Song *> out;
    for (const Song &s : m_songs)
        out.append(&s);
    return out;
}

QList<const SubsonicCatalog::Playlist *> SubsonicCatalog::playlists() const {
    QList<const Playlist *> out;
    for (const Playlist &p : m_playlists)
        out.append(&p);
    return out;
}

QStringList SubsonicCatalog::albumIdsOf(const QString &artistId) const {
    QStringList ids;
    for (const Album &a : m_albums) {
        if (a.artistId == artistId)
            ids.append(a.id);
    }
    return ids;
}

int SubsonicCatalog::durationOf(const Album &album) const {
    int total = 0;
    for (const QString &id : album.songIds) {
        if (const Song *s = song(id))
            total += s->spec.durationSeconds;
    }
    return total;
}

int SubsonicCatalog::durationOf(const Playlist &playlist) const {
    int total = 0;
    for (const QString &id : playlist.songIds) {
        if (const Song *s = song(id))
            total += s->spec.durationSeconds;
    }
    return total;
}

std::optional<QList<const SubsonicCatalog::Album *>>
SubsonicCatalog::albumList(const QString &type) const {
    QList<const Album *> list = albums();
    const auto byName = [](const Album *a, const Album *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    };
    if (type == u"alphabeticalByName") {
        std::stable_sort(list.begin(), list.end(), byName);
    } else if (type == u"alphabeticalByArtist") {
        std::stable_sort(list.begin(), list.end(), [this](const Album *a, const Album *b) {
            const int c =
                artist(a->artistId)->name.compare(artist(b->artistId)->name, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a->name.compare(b->name, Qt::CaseInsensitive) < 0;
        });
    } else if (type == u"newest") {
        std::stable_sort(list.begin(), list.end(),
                         [](const Album *a, const Album *b) { return a->created > b->created; });
    } else if (type == u"starred") {
        list.removeIf([](const Album *a) { return !a->starred.isValid(); });
        std::stable_sort(list.begin(), list.end(), byName);
    } else if (type != u"random") {
        return std::nullopt;
    }
    return list;
}

QList<const SubsonicCatalog::Artist *> SubsonicCatalog::searchArtists(const QString &query) const {
    const QString q = normalisedQuery(query);
    QList<const Artist *> out = artists();
    out.removeIf([&q](const Artist *a) { return !matches(a->name, q); });
    return out;
}

QList<const SubsonicCatalog::Album *> SubsonicCatalog::searchAlbums(const QString &query) const {
    const QString q = normalisedQuery(query);
    QList<const Album *> out = albums();
    out.removeIf([&q, this](const Album *a) {
        return !matches(a->name, q) && !matches(artist(a->artistId)->name, q);
    });
    return out;
}

QList<const SubsonicCatalog::Song *> SubsonicCatalog::searchSongs(const QString &query) const {
    const QString q = normalisedQuery(query);
    QList<const Song *> out = songs();
    out.removeIf([&q](const Song *s) {
        return !matches(s->spec.title, q) && !matches(s->spec.artist, q)
               && !matches(s->spec.album, q);
    });
    return out;
}

QString SubsonicCatalog::createPlaylist(const QString &name, const QStringList &songIds,
                                        const QString &owner, const QDateTime &now) {
    Playlist p;
    p.id = QStringLiteral("pl-%1").arg(m_nextPlaylist++);
    p.name = name;
    p.owner = owner;
    p.songIds = songIds;
    p.created = now;
    p.changed = now;
    m_playlists.append(p);
    return p.id;
}

bool SubsonicCatalog::deletePlaylist(const QString &id) {
    return m_playlists.removeIf([&id](const Playlist &p) { return p.id == id; }) > 0;
}

bool SubsonicCatalog::setStarred(const QString &id, const QDateTime &when) {
    for (Artist &a : m_artists) {
        if (a.id == id) {
            a.starred = when;
            return true;
        }
    }
    for (Album &a : m_albums) {
        if (a.id == id) {
            a.starred = when;
            return true;
        }
    }
    const auto it = m_songIndex.constFind(id);
    if (it == m_songIndex.cend())
        return false;
    m_songs[*it].starred = when;
    return true;
}

void SubsonicCatalog::recordScrobble(const Scrobble &scrobble) {
    m_scrobbles.append(scrobble);
    if (!scrobble.submission)
        return;
    const auto it = m_songIndex.constFind(scrobble.id);
    if (it != m_songIndex.cend())
        ++m_songs[*it].playCount;
}

} // namespace refrain::test
