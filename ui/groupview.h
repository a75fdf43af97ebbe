// GroupView: albums as a grid of covers, or artists, genres and folders as a list with counts —
// one view over a TrackGroupModel, sorted by name. Activating an entry opens its tracks.
#pragma once

#include "core/model/trackgroupmodel.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace refrain {

class GroupView : public QWidget {
    Q_OBJECT
public:
    explicit GroupView(TrackGroupModel *groups, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QSortFilterProxyModel *sorted() const { return m_sorted; }
    TrackGroupModel::Kind kind() const { return m_groups->kind(); }

Q_SIGNALS:
    void groupActivated(const refrain::TrackGroupModel *groups, const QString &key,
                        const QString &title);

private:
    TrackGroupModel *m_groups;
    QSortFilterProxyModel *m_sorted;
    QLineEdit *m_filter;
    QListView *m_list;
};

} // namespace refrain
