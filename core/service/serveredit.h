// ServerEdit: one edit to a server's playlists or stars as it waits in the queue — what it does,
// in data (stored as JSON, never a credential) and in words for a person.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace refrain {

struct ServerEdit {
    enum class Kind {
        CreatePlaylist,
        RenamePlaylist,
        AddToPlaylist,
        RemoveFromPlaylist,
        DeletePlaylist,
        Star,
        Unstar
    };
    enum class Target { Song, Album, Artist }; // what a star is on

    qint64 id = 0; // the queue row; 0 before it is queued
    Kind kind = Kind::Star;
    QString playlistId;   // "local:<uuid>" until the playlist's create is applied
    QString playlistName; // as it was when the edit was made: for messages
    QString name;         // create, rename
    QStringList songIds;  // create, add
    QList<int> indexes;   // remove: positions at the time of the edit (after the edits before it)
    QString itemId;       // star, unstar
    Target target = Target::Song;
    // create: the server said ok without saying the new id; it is looked up, never re-sent.
    bool created = false;
    // create: an attempt ended without an answer and may have reached the server; before the
    // create is sent again, the server's playlists are checked for it.
    bool maybeSent = false;
    // create: ids of same-named playlists that existed before, so they are never mistaken for it.
    QStringList existingIds;
    qint64 createdAtMs = 0;
    int attempts = 0;
    QString lastError; // set when the server refused it: no longer queued, kept for the user

    bool isRejected() const { return !lastError.isEmpty(); }
    // "Add 2 songs to “Road trip”": what the edit does, in words for a person.
    QString describe() const;
    static QString kindKey(Kind kind); // "create_playlist", … as stored
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString targetKey(Target target); // "song", "album", "artist"
    QJsonObject payload() const;
    static ServerEdit fromPayload(Kind kind, const QJsonObject &payload);
};

} // namespace refrain
