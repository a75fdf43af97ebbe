#include "core/service/mergeplan.h"

#include "core/service/servereditstore.h"

#include <QCoreApplication>
#include <QHash>

namespace refrain {

namespace {

// This file's tr(): one context for all its text, the one lupdate files it under, so the
// translations in translations/*.ts are found at run time (lupdate files a free tr() function's
// strings under the enclosing class or namespace, whatever context it passes at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(refrain::MergePlan)
};

QString quoted(const QStringList &titles) {
    return QStringLiteral("“") + titles.join(QStringLiteral("”, “")) + QStringLiteral("”");
}

void appendChunked(QList<SubsonicParams> &requests, const char *name, const QStringList &values) {
    constexpr int kChunk = ServerEditStore::kMaxSongsPerRequest;
    for (qsizetype i = 0; i < values.size(); i += kChunk) {
        SubsonicParams params;
        for (const QString &value : values.mid(i, kChunk))
            params.append({QLatin1String(name), value});
        requests.append(params);
    }
}

} // namespace

// Two ways to send a merge: updatePlaylist removes entries by index and only appends;
// createPlaylist with playlistId replaces the whole list (Subsonic 1.14 and later). Neither is
// exactly-once on its own — after an answer lost on the way, the same update would remove and add
// twice, and the same replace would undo whatever the server changed in between. So a merge is
// never sent again as it was: each attempt starts from a fresh getPlaylist and merges anew, and
// merging an already applied merge changes nothing (PlaylistMerge), which makes either request
// safe. updatePlaylist is used whenever the merged list is the server's with entries removed and
// songs appended — edits made here (removals, additions at the end) always give that — because
// only the difference travels, in requests of bounded size, on any server version. The replace is
// the fallback for a merge that would otherwise remove and re-add entries it keeps.
std::optional<MergePlan> MergePlan::make(const PlaylistMergeStore::Start &start,
                                         const RemotePlaylist &server) {
    if (!start.base || start.pending.isEmpty())
        return std::nullopt;
    const auto replay = PlaylistMerge::replay(*start.base, start.pending);
    if (!replay)
        return std::nullopt;
    PlaylistMerge::Version now{{}, server.name};
    QHash<QString, QString> titles;
    for (const RemoteSong &song : server.entries) {
        now.songs.append(song.id);
        titles.insert(song.id, song.title.isEmpty() ? song.id : song.title);
    }
    const PlaylistMerge::Outcome merged = PlaylistMerge::merge(*start.base, replay->changes, now);

    MergePlan plan;
    const QString id = start.pending.first().playlistId;
    plan.outcome.playlistId = id;
    plan.outcome.server = {merged.songs, merged.name};
    for (const ServerEdit &e : start.pending)
        plan.outcome.merged.append(e.id);
    if (merged.nameConflict) {
        // The last rename says what the user wants; the ones before it were replaced by it.
        for (auto e = start.pending.crbegin(); e != start.pending.crend(); ++e) {
            if (e->kind != ServerEdit::Kind::RenamePlaylist)
                continue;
            plan.outcome.conflicts.append(
                {e->id,
                 Text::tr("%1: meanwhile it was renamed “%2” on the server. The server keeps “%2”; "
                          "this computer shows “%3” until you rename the playlist again.")
                     .arg(e->describe(), server.name, replay->changes.name)});
            break;
        }
    }
    QHash<qint64, QStringList> unplaced; // edit → songs whose removal was not applied
    for (const int b : merged.undecided) {
        const QString &song = start.base->songs.at(b);
        unplaced[replay->removedBy.value(b)].append(titles.value(song, song));
    }
    for (const ServerEdit &e : start.pending) {
        if (!unplaced.contains(e.id))
            continue;
        plan.outcome.conflicts.append(
            {e.id,
             Text::tr("%1: the server moved %2 meanwhile and now has fewer copies of it, so which "
                      "one you meant cannot be told; it was not removed. Remove the copy you "
                      "mean again.")
                 .arg(e.describe(), quoted(unplaced.value(e.id)))});
    }

    const bool rename = merged.name != server.name;
    QList<SubsonicParams> requests;
    QString endpoint = QStringLiteral("updatePlaylist");
    if (merged.songs != now.songs) {
        if (const auto update = PlaylistMerge::asUpdate(now.songs, merged.songs)) {
            // Indexes count in the list before each request: the highest go first, so the
            // requests after it still count right.
            QStringList removals;
            for (auto i = update->removeIndexes.crbegin(); i != update->removeIndexes.crend(); ++i)
                removals.append(QString::number(*i));
            appendChunked(requests, "songIndexToRemove", removals);
            appendChunked(requests, "songIdToAdd", update->append);
        } else {
            endpoint = QStringLiteral("createPlaylist");
            SubsonicParams songs; // all in one request: a replace cannot be split
            for (const QString &song : merged.songs)
                songs.append({QStringLiteral("songId"), song});
            requests.append(songs);
        }
    }
    if (requests.isEmpty() && rename)
        requests.append(SubsonicParams());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        SubsonicParams params{{QStringLiteral("playlistId"), id}};
        if (i == 0 && rename)
            params.append({QStringLiteral("name"), merged.name});
        plan.requests.append({endpoint, params + requests.at(i)});
    }
    return plan;
}

QList<PlaylistMergeStore::Conflict> MergePlan::deleted(const QList<ServerEdit> &pending) {
    QList<PlaylistMergeStore::Conflict> out;
    for (const ServerEdit &e : pending) {
        out.append(
            {e.id, Text::tr("%1: the playlist was deleted on the server meanwhile, so this was "
                            "not sent. This computer keeps showing your version; to keep it, "
                            "make a new playlist with its songs.")
                       .arg(e.describe())});
    }
    return out;
}

} // namespace refrain
