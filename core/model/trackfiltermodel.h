// TrackFilterModel: the track table as the person sees it — filtered by what they type (same
// syntax as refrainctl search) and sorted by the column they chose. Its order is the play order.
#pragma once

#include "core/library/searchquery.h"
#include "core/library/track.h"

#include <QSortFilterProxyModel>

namespace refrain {

class TrackFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TrackFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

    // The visible tracks in visible order: what a double-click queues.
    TrackList visibleTracks() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    SearchQuery m_query;
};

} // namespace refrain
