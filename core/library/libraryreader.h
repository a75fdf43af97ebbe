// LibraryReader: answers searches on a read-only connection of its own thread, so typing in the
// search box is answered even while a scan holds the writer busy (SQLite WAL lets both run).
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"
#include "core/library/track.h"

#include <QObject>

#include <atomic>
#include <optional>

namespace refrain {

// The ids a search matched; `all` when the query filters nothing. Tracks with an id above
// maxIdAtSearch did not exist when the search ran: views judge those themselves.
struct SearchMatches {
    quint64 requestId = 0;
    bool all = false;
    TrackIds ids;
    qint64 maxIdAtSearch = 0;
};

class LibraryReader : public QObject {
    Q_OBJECT
public:
    explicit LibraryReader(QObject *parent = nullptr);

    // Thread-safe: the newest request; older ones still queued are skipped unanswered.
    void setLatestRequest(quint64 id) { m_latest = id; }

public Q_SLOTS:
    void setDatabasePath(const QString &path);
    void findIds(quint64 requestId, const QString &text);

Q_SIGNALS:
    void idsFound(const refrain::SearchMatches &matches);
    void failed(const refrain::Error &error);

private:
    bool ensureOpen();

    QString m_path;
    std::optional<Database> m_db;
    std::atomic<quint64> m_latest{0};
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::SearchMatches)
