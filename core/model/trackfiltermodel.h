// TrackFilterModel: the track table as the person sees it — filtered by what they type (same
// syntax as refrainctl search) and sorted by the column they chose. Its order is the play order.
#pragma once

#include "core/library/libraryreader.h"
#include "core/library/searchquery.h"
#include "core/library/track.h"
#include "core/model/trackgroupmodel.h"

#include <optional>

#include <QSet>
#include <QSortFilterProxyModel>

namespace refrain {

class Library;

class TrackFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TrackFilterModel(QObject *parent = nullptr);

    // With a library, searches run on its reader thread (FTS5) and the view keeps showing the
    // previous results until the answer arrives; without one, the filter is evaluated here.
    void setSearchBackend(Library *library);
    void setSearchText(const QString &text);
    // Limits the view to one album, artist, genre or folder: the tracks groups puts under key.
    // groups must follow the same track model and be connected to it before this proxy is.
    void setScope(const TrackGroupModel *groups, const QString &key);
    void clearScope();
    // Only these tracks (Emergency Essentials' songs); empty set: none; clearTrackScope: all.
    void setTrackScope(const QSet<qint64> &trackIds);
    void clearTrackScope();
    // Only tracks that play without a network: local files and verified offline copies.
    void setOfflineOnly(bool only);
    bool isOfflineOnly() const { return m_offlineOnly; }
    bool hasScope() const { return m_scopeGroups != nullptr; }
    // True while a search sent to the library has not been answered.
    bool isSearching() const { return m_pendingRequest != 0; }
    QString searchText() const { return m_text; }

    // The visible tracks in visible order: what a double-click queues.
    TrackList visibleTracks() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

Q_SIGNALS:
    void searchApplied();

private:
    void applyMatches(const SearchMatches &matches);
    void refilter();

    Library *m_library = nullptr;
    QString m_text;
    SearchQuery m_query;
    quint64 m_pendingRequest = 0;
    bool m_useMatches = false; // filtering by m_matches rather than in memory
    QSet<qint64> m_matches;
    qint64 m_maxIdAtSearch = 0;
    const TrackGroupModel *m_scopeGroups = nullptr; // null: no scope
    QString m_scopeKey;
    bool m_offlineOnly = false;
    std::optional<QSet<qint64>> m_trackScope;
};

} // namespace refrain
