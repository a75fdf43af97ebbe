#include "core/service/playlistmergestore.h"

#include "core/service/conflictmarks.h"
#include "core/service/mirroredplaylists.h"
#include "core/service/servereditstore.h"

namespace refrain {

Result<PlaylistMergeStore::Start> PlaylistMergeStore::start(const QString &playlistId) {
    auto base = MirroredPlaylists(m_db, m_serverId).base(playlistId);
    if (!base)
        return base.error();
    auto pending = ServerEditStore(m_db, m_serverId).pendingFor(playlistId);
    if (!pending)
        return pending.error();
    return Start{base.value(), pending.value()};
}

Result<void> PlaylistMergeStore::commit(const Outcome &outcome, qint64 nowMs) {
    return m_db.transaction([&]() -> Result<void> {
        MirroredPlaylists mirror(m_db, m_serverId);
        ServerEditStore queue(m_db, m_serverId);
        ConflictMarks marks(m_db, m_serverId);
        auto found = mirror.playlist(outcome.playlistId);
        if (!found)
            return found.error();
        QSet<qint64> conflicting;
        for (const auto &[id, message] : outcome.conflicts) {
            conflicting.insert(id);
            if (auto marked = marks.mark(id, message); !marked)
                return marked;
        }
        for (const qint64 id : outcome.merged) {
            if (conflicting.contains(id))
                continue;
            if (auto gone = queue.applied(id); !gone)
                return gone;
        }
        if (!found.value())
            return {}; // deleted here meanwhile: the delete is queued and goes next
        if (auto based = mirror.setBase(outcome.playlistId, outcome.server); !based)
            return based;
        // Edits made while the merge was on its way stay queued and stay shown.
        auto later = queue.pendingFor(outcome.playlistId);
        if (!later)
            return later.error();
        const auto shown = PlaylistMerge::replay(outcome.server, later.value());
        if (auto written = mirror.writeSongs(outcome.playlistId,
                                             shown ? shown->songs : outcome.server.songs, nowMs);
            !written)
            return written;
        auto held = marks.heldPlaylists();
        if (!held)
            return held.error();
        const bool renamedSince =
            std::any_of(later.value().cbegin(), later.value().cend(), [](const ServerEdit &e) {
                return e.kind == ServerEdit::Kind::RenamePlaylist;
            });
        // Under a conflict over the name the mirror keeps the user's until they settle it.
        if (held.value().contains(outcome.playlistId) && !renamedSince)
            return {};
        return mirror.rename(outcome.playlistId, shown ? shown->changes.name : outcome.server.name,
                             nowMs);
    });
}

Result<void> PlaylistMergeStore::hold(const QList<Conflict> &conflicts) {
    return m_db.transaction([&]() -> Result<void> {
        ConflictMarks marks(m_db, m_serverId);
        for (const auto &[id, message] : conflicts) {
            if (auto marked = marks.mark(id, message); !marked)
                return marked;
        }
        return {};
    });
}

} // namespace refrain
