#include "core/service/serveredit.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace refrain {

namespace {

// This file's tr(): one context for all its text, the one lupdate files it under, so the
// translations in translations/*.ts are found at run time (lupdate files a free tr() function's
// strings under the enclosing class or namespace, whatever context it passes at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(refrain::ServerEdit)
};

QJsonArray toJson(const QStringList &list) {
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

QStringList stringsOf(const QJsonValue &value) {
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

QString ServerEdit::kindKey(Kind kind) {
    switch (kind) {
    case Kind::CreatePlaylist:
        return QStringLiteral("create_playlist");
    case Kind::RenamePlaylist:
        return QStringLiteral("rename_playlist");
    case Kind::AddToPlaylist:
        return QStringLiteral("add_to_playlist");
    case Kind::RemoveFromPlaylist:
        return QStringLiteral("remove_from_playlist");
    case Kind::DeletePlaylist:
        return QStringLiteral("delete_playlist");
    case Kind::Star:
        return QStringLiteral("star");
    case Kind::Unstar:
        break;
    }
    return QStringLiteral("unstar");
}

std::optional<ServerEdit::Kind> ServerEdit::kindFromKey(const QString &key) {
    for (Kind kind : {Kind::CreatePlaylist, Kind::RenamePlaylist, Kind::AddToPlaylist,
                      Kind::RemoveFromPlaylist, Kind::DeletePlaylist, Kind::Star, Kind::Unstar}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString ServerEdit::targetKey(Target target) {
    switch (target) {
    case Target::Album:
        return QStringLiteral("album");
    case Target::Artist:
        return QStringLiteral("artist");
    case Target::Song:
        break;
    }
    return QStringLiteral("song");
}

QString ServerEdit::describe() const {
    const QString list = playlistName.isEmpty() ? playlistId : playlistName;
    switch (kind) {
    case Kind::CreatePlaylist:
        return songIds.isEmpty()
                   ? Text::tr("Create playlist “%1”").arg(name)
                   : Text::tr("Create playlist “%1” with %n song(s)", nullptr, int(songIds.size()))
                         .arg(name);
    case Kind::RenamePlaylist:
        return Text::tr("Rename playlist “%1” to “%2”").arg(list, name);
    case Kind::AddToPlaylist:
        return Text::tr("Add %n song(s) to “%1”", nullptr, int(songIds.size())).arg(list);
    case Kind::RemoveFromPlaylist:
        return Text::tr("Remove %n song(s) from “%1”", nullptr, int(indexes.size())).arg(list);
    case Kind::DeletePlaylist:
        return Text::tr("Delete playlist “%1”").arg(list);
    case Kind::Star:
    case Kind::Unstar:
        break;
    }
    const bool star = kind == Kind::Star;
    switch (target) {
    case Target::Album:
        return (star ? Text::tr("Star album %1") : Text::tr("Unstar album %1")).arg(itemId);
    case Target::Artist:
        return (star ? Text::tr("Star artist %1") : Text::tr("Unstar artist %1")).arg(itemId);
    case Target::Song:
        break;
    }
    return (star ? Text::tr("Star song %1") : Text::tr("Unstar song %1")).arg(itemId);
}

QJsonObject ServerEdit::payload() const {
    QJsonObject o;
    if (!playlistId.isEmpty()) {
        o.insert(QStringLiteral("playlist_id"), playlistId);
        o.insert(QStringLiteral("playlist_name"), playlistName);
    }
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (!songIds.isEmpty())
        o.insert(QStringLiteral("song_ids"), toJson(songIds));
    if (!indexes.isEmpty()) {
        QJsonArray list;
        for (int i : indexes)
            list.append(i);
        o.insert(QStringLiteral("indexes"), list);
    }
    if (!itemId.isEmpty()) {
        o.insert(QStringLiteral("item_id"), itemId);
        o.insert(QStringLiteral("target"), targetKey(target));
    }
    if (created)
        o.insert(QStringLiteral("created"), true);
    if (maybeSent)
        o.insert(QStringLiteral("maybe_sent"), true);
    if (!existingIds.isEmpty())
        o.insert(QStringLiteral("existing_ids"), toJson(existingIds));
    return o;
}

ServerEdit ServerEdit::fromPayload(Kind kind, const QJsonObject &o) {
    ServerEdit e;
    e.kind = kind;
    e.playlistId = o.value(QStringLiteral("playlist_id")).toString();
    e.playlistName = o.value(QStringLiteral("playlist_name")).toString();
    e.name = o.value(QStringLiteral("name")).toString();
    e.songIds = stringsOf(o.value(QStringLiteral("song_ids")));
    for (const QJsonValue &v : o.value(QStringLiteral("indexes")).toArray())
        e.indexes.append(v.toInt());
    e.itemId = o.value(QStringLiteral("item_id")).toString();
    const QString target = o.value(QStringLiteral("target")).toString();
    e.target = target == u"album"    ? Target::Album
               : target == u"artist" ? Target::Artist
                                     : Target::Song;
    e.created = o.value(QStringLiteral("created")).toBool();
    e.maybeSent = o.value(QStringLiteral("maybe_sent")).toBool();
    e.existingIds = stringsOf(o.value(QStringLiteral("existing_ids")));
    return e;
}

} // namespace refrain
