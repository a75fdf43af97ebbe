// PlaylistMergeStore: the database side of merging a server playlist's queued edits with what
// the server did meanwhile — what a merge starts from (the base and the queued edits), and its
// outcome written to the mirror, the base and the queue in one transaction, so an edit leaves the
// queue exactly when what it did is on the server. Runs on the thread that owns the Database.
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"
#include "core/service/playlistmerge.h"
#include "core/service/serveredit.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace refrain {

class PlaylistMergeStore {
public:
    struct Start {
        std::optional<PlaylistMerge::Version> base; // none: never recorded, no merge possible
        QList<ServerEdit> pending;                  // the playlist's queued edits, oldest first
    };

    // An edit that became a conflict, with the message for the user.
    using Conflict = std::pair<qint64, QString>;

    struct Outcome {
        QString playlistId;
        PlaylistMerge::Version server; // what the server has now: the new base
        QList<qint64> merged;          // edits the merge took in: off the queue
        QList<Conflict> conflicts;     // refused and marked (they may be among merged)
    };

    PlaylistMergeStore(Database &db, QString serverId)
        : m_db(db)
        , m_serverId(std::move(serverId)) {}

    Result<Start> start(const QString &playlistId);
    // The base becomes outcome.server, the edits leave the queue (conflicts refused and marked),
    // and the mirror shows the base with the edits queued since start() on top — keeping its
    // name while a conflict over the name holds it.
    Result<void> commit(const Outcome &outcome, qint64 nowMs);
    // The edits are refused as conflicts (the server deleted their playlist): the mirror keeps
    // the playlist as the user left it until the conflict is settled.
    Result<void> hold(const QList<Conflict> &conflicts);

private:
    Database &m_db;
    QString m_serverId;
};

} // namespace refrain
