#include "core/service/conflictmarks.h"

#include "core/service/sqlrows.h"

#include "core/library/statement.h"

#include <QJsonDocument>

namespace refrain {

namespace {

// In the edit's JSON payload: older Refrains read the edit as an ordinary refused one.
constexpr auto kConflictKey = "conflict";
constexpr auto kPlaylistKey = "playlist_id";

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QHash<qint64, QJsonObject>> ConflictMarks::marked() {
    auto stmt = Statement::prepare(m_db, "SELECT id, payload FROM pending_server_edits WHERE "
                                         "server_id = ?1 AND last_error != ''");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, m_serverId);
    QHash<qint64, QJsonObject> out;
    auto read = eachRow(stmt.value(), QStringLiteral("Reading refused server edits"),
                        [&](const Statement &s) {
                            QJsonObject o = QJsonDocument::fromJson(s.text(1).toUtf8()).object();
                            if (o.value(QLatin1String(kConflictKey)).toBool())
                                out.insert(s.int64(0), o);
                        });
    if (!read)
        return read.error();
    return out;
}

Result<void> ConflictMarks::mark(qint64 editId, const QString &message) {
    auto read = Statement::prepare(
        m_db, "SELECT payload FROM pending_server_edits WHERE id = ?1 AND server_id = ?2");
    if (!read)
        return read.error();
    read.value().bind(1, editId).bind(2, m_serverId);
    QJsonObject payload;
    auto found = eachRow(read.value(), QStringLiteral("Reading a queued server edit"),
                         [&](const Statement &s) {
                             payload = QJsonDocument::fromJson(s.text(0).toUtf8()).object();
                         });
    if (!found)
        return found;
    payload.insert(QLatin1String(kConflictKey), true);
    auto write = Statement::prepare(m_db, "UPDATE pending_server_edits SET last_error = ?2, "
                                          "payload = ?3, attempts = attempts + 1 WHERE id = ?1");
    if (!write)
        return write.error();
    write.value().bind(1, editId).bind(2, message).bind(3, compact(payload));
    return write.value().run();
}

Result<QSet<QString>> ConflictMarks::heldPlaylists() {
    auto conflicts = marked();
    if (!conflicts)
        return conflicts.error();
    QSet<QString> ids;
    for (const QJsonObject &o : std::as_const(conflicts.value()))
        ids.insert(o.value(QLatin1String(kPlaylistKey)).toString());
    return ids;
}

Result<void> ConflictMarks::release(const QString &playlistId) {
    auto conflicts = marked();
    if (!conflicts)
        return conflicts.error();
    auto write =
        Statement::prepare(m_db, "UPDATE pending_server_edits SET payload = ?2 WHERE id = ?1");
    if (!write)
        return write.error();
    for (auto it = conflicts.value().begin(); it != conflicts.value().end(); ++it) {
        if (it->value(QLatin1String(kPlaylistKey)).toString() != playlistId)
            continue;
        it->remove(QLatin1String(kConflictKey));
        write.value().bind(1, it.key()).bind(2, compact(*it));
        if (auto ran = write.value().run(); !ran)
            return ran;
    }
    return {};
}

} // namespace refrain
