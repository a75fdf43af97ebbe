#include "core/library/libraryreader.h"

#include "core/library/searchquery.h"
#include "core/library/trackstore.h"

#include <QThread>

namespace refrain {

LibraryReader::LibraryReader(QObject *parent)
    : QObject(parent) {}

void LibraryReader::setDatabasePath(const QString &path) {
    Q_ASSERT(QThread::currentThread() == thread());
    m_db.reset();
    m_path = path;
}

bool LibraryReader::ensureOpen() {
    if (m_db)
        return true;
    if (m_path.isEmpty())
        return false;
    auto db = Database::open(m_path, Database::Mode::ReadOnly);
    if (!db) {
        Q_EMIT failed(db.error());
        return false;
    }
    m_db.emplace(std::move(db).value());
    return true;
}

void LibraryReader::findIds(quint64 requestId, const QString &text) {
    Q_ASSERT(QThread::currentThread() == thread());
    if (requestId != m_latest)
        return; // the person typed on; only the newest text matters
    SearchMatches matches;
    matches.requestId = requestId;
    const SearchQuery query = SearchQuery::parse(text);
    if (query.isEmpty()) {
        matches.all = true;
        Q_EMIT idsFound(matches);
        return;
    }
    if (!ensureOpen())
        return;
    auto found = TrackStore(*m_db).matchingIds(query);
    if (!found) {
        Q_EMIT failed(found.error());
        return;
    }
    matches.ids = std::move(found.value().first);
    matches.maxIdAtSearch = found.value().second;
    Q_EMIT idsFound(matches);
}

} // namespace refrain
