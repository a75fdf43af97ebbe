// LibraryBrowser: the sidebar (Songs, Albums, Artists, Genres, Folders) and the page it shows.
// Opening an album, artist, genre or folder shows its songs; "Show All Songs" goes back to it.
#pragma once

#include "core/model/trackgroupmodel.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace refrain {

class GroupView;
class LibraryView;

class LibraryBrowser : public QWidget {
    Q_OBJECT
public:
    LibraryBrowser(LibraryView *songs, const QList<TrackGroupModel *> &groups,
                   QWidget *parent = nullptr);

    QListWidget *sidebar() const { return m_sidebar; }
    LibraryView *songs() const { return m_songs; }
    GroupView *groupView(TrackGroupModel::Kind kind) const;
    QWidget *currentPage() const;
    void showSongs();

private:
    void openGroup(TrackGroupModel::Kind kind, const QString &key, const QString &title);

    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    LibraryView *m_songs;
    QList<GroupView *> m_groupViews;
    int m_returnRow = -1; // the sidebar entry to go back to when a scope is cleared
};

} // namespace refrain
