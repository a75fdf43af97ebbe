#include "core/model/trackfiltermodel.h"

#include "core/model/tracktablemodel.h"

#include "core/library/library.h"

#include <QCollator>
#include <QLocale>

namespace refrain {

TrackFilterModel::TrackFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(TrackTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TrackFilterModel::setSearchBackend(Library *library) {
    m_library = library;
    connect(library, &Library::idsFound, this, &TrackFilterModel::applyMatches);
}

void TrackFilterModel::setSearchText(const QString &text) {
    if (text == m_text)
        return;
    m_text = text;
    m_query = SearchQuery::parse(text);
    if (m_library && !m_query.isEmpty()) {
        // Keep showing the previous results until the reader answers: no flash of everything.
        m_pendingRequest = m_library->findIds(text);
        return;
    }
    m_pendingRequest = 0;
    m_useMatches = false;
    m_matches.clear();
    refilter();
    Q_EMIT searchApplied();
}

void TrackFilterModel::applyMatches(const SearchMatches &matches) {
    if (matches.requestId != m_pendingRequest)
        return; // an answer to text the person has typed past
    m_pendingRequest = 0;
    m_useMatches = !matches.all;
    m_matches = QSet<qint64>(matches.ids.cbegin(), matches.ids.cend());
    m_maxIdAtSearch = matches.maxIdAtSearch;
    refilter();
    Q_EMIT searchApplied();
}

void TrackFilterModel::setScope(const TrackGroupModel *groups, const QString &key) {
    m_scopeGroups = groups;
    m_scopeKey = key;
    refilter();
    Q_EMIT searchApplied();
}

void TrackFilterModel::clearScope() {
    if (!m_scopeGroups)
        return;
    m_scopeGroups = nullptr;
    m_scopeKey.clear();
    refilter();
    Q_EMIT searchApplied();
}

void TrackFilterModel::refilter() {
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    invalidateFilter();
#endif
}

TrackList TrackFilterModel::visibleTracks() const {
    TrackList out;
    out.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        out.append(index(row, 0).data(TrackTableModel::TrackRole).value<Track>());
    return out;
}

void TrackFilterModel::setTrackScope(const QSet<qint64> &trackIds) {
    m_trackScope = trackIds;
    refilter();
}

void TrackFilterModel::clearTrackScope() {
    if (!m_trackScope)
        return;
    m_trackScope.reset();
    refilter();
}

void TrackFilterModel::setOfflineOnly(bool only) {
    if (m_offlineOnly == only)
        return;
    m_offlineOnly = only;
    refilter();
}

bool TrackFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_scopeGroups
        && m_scopeGroups->keyOfTrack(index.data(TrackTableModel::TrackIdRole).toLongLong())
               != m_scopeKey)
        return false;
    if (m_offlineOnly && !index.data(TrackTableModel::OfflineRole).toBool())
        return false;
    if (m_trackScope
        && !m_trackScope->contains(index.data(TrackTableModel::TrackIdRole).toLongLong()))
        return false;
    if (m_query.isEmpty() && !m_useMatches)
        return true;
    if (m_useMatches) {
        const qint64 id = index.data(TrackTableModel::TrackIdRole).toLongLong();
        if (id <= m_maxIdAtSearch)
            return m_matches.contains(id);
        // Added after the search ran (a scan is going on): judge it here.
    }
    return m_query.matches(index.data(TrackTableModel::TrackRole).value<Track>());
}

bool TrackFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    if (const auto *tracks = qobject_cast<const TrackTableModel *>(sourceModel());
        tracks && sortRole() == TrackTableModel::SortRole
        && TrackTableModel::isTextColumn(left.column())) {
        return tracks->sortKey(left.row(), left.column())
                   .compare(tracks->sortKey(right.row(), right.column()))
               < 0;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString) {
        static const QCollator collator = [] {
            // The C locale compares code points and ignores numeric mode: sort as English there.
            QCollator c(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
            c.setNumericMode(true);
            c.setCaseSensitivity(Qt::CaseInsensitive);
            return c;
        }();
        return collator.compare(a.toString(), b.toString()) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace refrain
