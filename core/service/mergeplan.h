// MergePlan: what merging a server playlist's queued edits with the server's copy comes to — the
// requests that turn the server's list into the merged one, what the base and the queue record
// once they went through, and a message for each conflict saying what each side did and what the
// user can do. Pure: built from data, sends and stores nothing.
#pragma once

#include "core/service/playlistmergestore.h"
#include "core/service/subsonic/subsonicauth.h"
#include "core/service/subsonic/subsonictypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace refrain {

struct MergePlan {
    struct Request {
        QString endpoint;
        SubsonicParams params;
    };

    QList<Request> requests; // in order; none when the server has the merge already
    PlaylistMergeStore::Outcome outcome;

    // Nothing when the queued edits do not fit the base (then they go as they are).
    static std::optional<MergePlan> make(const PlaylistMergeStore::Start &start,
                                         const RemotePlaylist &server);
    // The server deleted the playlist: every queued edit of it becomes a conflict.
    static QList<PlaylistMergeStore::Conflict> deleted(const QList<ServerEdit> &pending);
};

} // namespace refrain
