#include "ui/librarybrowser.h"

#include "ui/groupview.h"
#include "ui/libraryview.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>

namespace refrain {

LibraryBrowser::LibraryBrowser(LibraryView *songs, const QList<TrackGroupModel *> &groups,
                               QWidget *parent)
    : QWidget(parent)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_songs(songs) {
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Library sections"));
    m_sidebar->setMaximumWidth(200);
    m_sidebar->setMinimumWidth(130);
    m_sidebar->setIconSize(QSize(16, 16));

    auto *songsItem =
        new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon), tr("Songs"), m_sidebar);
    songsItem->setData(Qt::UserRole, -1);
    m_pages->addWidget(songs);
    for (TrackGroupModel *model : groups) {
        auto *view = new GroupView(model, m_pages);
        m_groupViews.append(view);
        m_pages->addWidget(view);
        QString label;
        QStyle::StandardPixmap icon = QStyle::SP_DirIcon;
        switch (model->kind()) {
        case TrackGroupModel::Kind::Album:
            label = tr("Albums");
            icon = QStyle::SP_DriveCDIcon;
            break;
        case TrackGroupModel::Kind::Artist:
            label = tr("Artists");
            icon = QStyle::SP_DirHomeIcon;
            break;
        case TrackGroupModel::Kind::Genre:
            label = tr("Genres");
            icon = QStyle::SP_FileDialogDetailedView;
            break;
        case TrackGroupModel::Kind::Folder:
            label = tr("Folders");
            icon = QStyle::SP_DirIcon;
            break;
        }
        auto *item = new QListWidgetItem(style()->standardIcon(icon), label, m_sidebar);
        item->setData(Qt::UserRole, int(m_groupViews.size()) - 1);
        connect(view, &GroupView::groupActivated, this, &LibraryBrowser::openGroup);
    }
    m_sidebar->setCurrentRow(0);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        // Picking "Songs" from the sidebar means all songs.
        if (row == 0)
            m_songs->clearScope();
        m_pages->setCurrentIndex(row);
    });
    connect(songs, &LibraryView::scopeCleared, this, [this] {
        if (m_returnRow > 0)
            m_sidebar->setCurrentRow(std::exchange(m_returnRow, -1));
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

GroupView *LibraryBrowser::groupView(TrackGroupModel::Kind kind) const {
    for (GroupView *view : m_groupViews) {
        if (view->kind() == kind)
            return view;
    }
    return nullptr;
}

QWidget *LibraryBrowser::currentPage() const {
    return m_pages->currentWidget();
}

void LibraryBrowser::showSongs() {
    m_sidebar->setCurrentRow(0);
}

void LibraryBrowser::openGroup(TrackGroupModel::Kind kind, const QString &key,
                               const QString &title) {
    const int from = m_sidebar->currentRow();
    // Show the songs page without clearing: the scope is set right after.
    const QSignalBlocker block(m_sidebar);
    m_sidebar->setCurrentRow(0);
    m_pages->setCurrentWidget(m_songs);
    m_songs->showScope(kind, key, title);
    m_returnRow = from;
}

} // namespace refrain
