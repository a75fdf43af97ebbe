// ConflictMarks: edits the server's changes made undecidable — refused edits marked as conflicts
// in the queue. A marked edit is never sent again and, until the user settles it (renames the
// playlist again, or forgets the refused edits), its playlist keeps what the user did here: a sync
// neither renames it back nor drops it. Opens no transaction; runs on the database's thread.
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace refrain {

class ConflictMarks {
public:
    ConflictMarks(Database &db, QString serverId)
        : m_db(db)
        , m_serverId(std::move(serverId)) {}

    // The edit leaves the queue refused, with the message for the user, and holds its playlist.
    Result<void> mark(qint64 editId, const QString &message);
    // Playlists held by a conflict.
    Result<QSet<QString>> heldPlaylists();
    // The playlist follows the server again; the messages stay for the user.
    Result<void> release(const QString &playlistId);

private:
    // Marked edits: queue row → payload.
    Result<QHash<qint64, QJsonObject>> marked();

    Database &m_db;
    QString m_serverId;
};

} // namespace refrain
