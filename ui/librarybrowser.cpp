#include "ui/librarybrowser.h"

#include "ui/groupview.h"
#include "ui/libraryview.h"
#include "ui/playlistview.h"

#include "core/model/offlinepinsmodel.h"
#include "core/model/playlistlistmodel.h"
#include "core/model/serverplaylistmodel.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>

namespace refrain {

namespace {
constexpr int kPlaylistIdRole = Qt::UserRole + 1;
// A server playlist's row: its server and its id there.
constexpr int kServerIdRole = Qt::UserRole + 2;
constexpr int kServerPlaylistIdRole = Qt::UserRole + 3;
} // namespace

LibraryBrowser::LibraryBrowser(LibraryView *songs, const QList<TrackGroupModel *> &groups,
                               PlaylistView *playlistView, PlaylistListModel *playlists,
                               QWidget *parent)
    : QWidget(parent)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_songs(songs)
    , m_playlistView(playlistView)
    , m_playlists(playlists) {
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Library sections"));
    // In characters, not pixels: larger fonts get a wider sidebar instead of clipped names.
    const int charWidth = m_sidebar->fontMetrics().averageCharWidth();
    m_sidebar->setMaximumWidth(charWidth * 30);
    m_sidebar->setMinimumWidth(charWidth * 18);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_sidebar->setIconSize(QSize(iconSize, iconSize));

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
    m_fixedRows = m_sidebar->count();
    m_pages->addWidget(playlistView);
    rebuildPlaylistItems();
    connect(playlists, &QAbstractItemModel::modelReset, this,
            &LibraryBrowser::rebuildPlaylistItems);
    connect(playlists, &QAbstractItemModel::dataChanged, this,
            &LibraryBrowser::rebuildPlaylistItems);
    connect(playlists, &PlaylistListModel::created, this, &LibraryBrowser::showPlaylist);
    connect(playlistView, &PlaylistView::renameRequested, this, &LibraryBrowser::renamePlaylist);
    connect(m_sidebar, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (const QString serverId = item->data(kServerIdRole).toString(); !serverId.isEmpty()) {
            const QString playlistId = item->data(kServerPlaylistIdRole).toString();
            const QString name = item->text().trimmed();
            const int row = m_serverPlaylists->rowOf(serverId, playlistId);
            if (row >= 0 && !name.isEmpty()
                && name != m_serverPlaylists->playlists().at(row).playlist.name)
                m_serverPlaylists->rename(serverId, playlistId, name);
            return;
        }
        const qint64 id = item->data(kPlaylistIdRole).toLongLong();
        const QString name = item->text().trimmed();
        if (id != 0 && !name.isEmpty() && name != m_playlists->nameOf(id))
            m_playlists->rename(id, name);
    });

    m_sidebar->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sidebar, &QWidget::customContextMenuRequested, this,
            &LibraryBrowser::showSidebarMenu);
    m_sidebar->setCurrentRow(0);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (row >= m_fixedRows) {
            const QListWidgetItem *item = m_sidebar->item(row);
            if (const QString serverId = item->data(kServerIdRole).toString();
                !serverId.isEmpty()) {
                m_playlistView->showServerPlaylist(serverId,
                                                   item->data(kServerPlaylistIdRole).toString());
                m_pages->setCurrentWidget(m_playlistView);
                return;
            }
            const qint64 id = m_sidebar->item(row)->data(kPlaylistIdRole).toLongLong();
            if (id != 0) {
                m_playlistView->showPlaylist(id);
                m_pages->setCurrentWidget(m_playlistView);
            }
            return;
        }
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
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 900});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void LibraryBrowser::addPage(QWidget *page, const QIcon &icon, const QString &label) {
    // Fixed rows and their pages share indexes: the new page goes where its row goes.
    m_pages->insertWidget(m_fixedRows, page);
    auto *item = new QListWidgetItem(icon, label);
    m_sidebar->insertItem(m_fixedRows, item);
    ++m_fixedRows;
}

void LibraryBrowser::showPage(QWidget *page) {
    const int row = m_pages->indexOf(page);
    if (row >= 0 && row < m_fixedRows)
        m_sidebar->setCurrentRow(row);
}

void LibraryBrowser::showSidebarMenu(const QPoint &pos) {
    QListWidgetItem *item = m_sidebar->itemAt(pos);
    if (!item || !m_pins)
        return;
    const QString serverId = item->data(kServerIdRole).toString();
    const QString playlistId = item->data(kServerPlaylistIdRole).toString();
    const qint64 localId = item->data(kPlaylistIdRole).toLongLong();
    if (serverId.isEmpty() && localId == 0)
        return;
    const bool kept = serverId.isEmpty() ? m_pins->isPlaylistKept(localId)
                                         : m_pins->isServerPlaylistKept(serverId, playlistId);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *keep = menu->addAction(tr("Keep &Offline"), this, [=, this] {
        if (serverId.isEmpty())
            m_pins->setPlaylistKept(localId, !kept);
        else
            m_pins->setServerPlaylistKept(serverId, playlistId, !kept);
    });
    keep->setCheckable(true);
    keep->setChecked(kept);
    keep->setObjectName(QStringLiteral("keepPlaylistOfflineAction"));
    menu->popup(m_sidebar->viewport()->mapToGlobal(pos));
}

void LibraryBrowser::rebuildPlaylistItems() {
    const QSignalBlocker block(m_sidebar);
    const QListWidgetItem *currentItem = m_sidebar->currentItem();
    const qint64 current = currentItem ? currentItem->data(kPlaylistIdRole).toLongLong() : 0;
    const QString currentServer =
        currentItem ? currentItem->data(kServerIdRole).toString() : QString();
    const QString currentRemote =
        currentItem ? currentItem->data(kServerPlaylistIdRole).toString() : QString();
    while (m_sidebar->count() > m_fixedRows)
        delete m_sidebar->takeItem(m_sidebar->count() - 1);
    auto *header = new QListWidgetItem(tr("Playlists"), m_sidebar);
    header->setFlags(Qt::NoItemFlags);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    for (int row = 0; row < m_playlists->rowCount(); ++row) {
        const QModelIndex index = m_playlists->index(row);
        const qint64 id = index.data(PlaylistListModel::IdRole).toLongLong();
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogListView),
                                         index.data().toString(), m_sidebar);
        item->setData(kPlaylistIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        item->setToolTip(index.data(Qt::ToolTipRole).toString());
        if (id == current || id == m_pendingSelect)
            m_sidebar->setCurrentItem(item);
    }
    if (itemForPlaylist(m_pendingSelect))
        m_pendingSelect = 0;
    addServerPlaylistItems(currentServer, currentRemote);
    // The playlist on show was deleted: go back to the songs.
    const bool gone = current != 0 ? !itemForPlaylist(current)
                                   : !currentServer.isEmpty()
                                         && !itemForServerPlaylist(currentServer, currentRemote);
    if (gone && m_pages->currentWidget() == m_playlistView) {
        m_sidebar->setCurrentRow(0);
        m_pages->setCurrentWidget(m_songs);
    }
}

void LibraryBrowser::addServerPlaylistItems(const QString &currentServer,
                                            const QString &currentPlaylist) {
    if (!m_serverPlaylists)
        return;
    QString lastServer;
    for (int row = 0; row < m_serverPlaylists->rowCount(); ++row) {
        const QModelIndex index = m_serverPlaylists->index(row);
        const QString serverId = index.data(ServerPlaylistModel::ServerIdRole).toString();
        const QString playlistId = index.data(ServerPlaylistModel::PlaylistIdRole).toString();
        if (serverId != lastServer) { // the model keeps each server's playlists together
            lastServer = serverId;
            auto *header = new QListWidgetItem(
                index.data(ServerPlaylistModel::ServerNameRole).toString(), m_sidebar);
            header->setFlags(Qt::NoItemFlags);
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
        }
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DriveNetIcon),
                                         index.data().toString(), m_sidebar);
        item->setData(kServerIdRole, serverId);
        item->setData(kServerPlaylistIdRole, playlistId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        item->setToolTip(index.data(Qt::ToolTipRole).toString());
        if (serverId == currentServer && playlistId == currentPlaylist)
            m_sidebar->setCurrentItem(item);
    }
}

void LibraryBrowser::setServerPlaylists(ServerPlaylistModel *playlists) {
    m_serverPlaylists = playlists;
    // Each change rebuilds only the sidebar's playlist rows: a few items, no page reload.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(playlists, signal, this, &LibraryBrowser::rebuildPlaylistItems);
    connect(playlists, &QAbstractItemModel::dataChanged, this,
            &LibraryBrowser::rebuildPlaylistItems);
    connect(playlists, &QAbstractItemModel::modelReset, this,
            &LibraryBrowser::rebuildPlaylistItems);
    connect(m_playlistView, &PlaylistView::serverRenameRequested, this,
            &LibraryBrowser::renameServerPlaylist);
    rebuildPlaylistItems();
}

QListWidgetItem *LibraryBrowser::itemForServerPlaylist(const QString &serverId,
                                                       const QString &playlistId) const {
    for (int row = m_fixedRows; row < m_sidebar->count(); ++row) {
        const QListWidgetItem *item = m_sidebar->item(row);
        if (item->data(kServerIdRole).toString() == serverId
            && item->data(kServerPlaylistIdRole).toString() == playlistId)
            return m_sidebar->item(row);
    }
    return nullptr;
}

void LibraryBrowser::showServerPlaylist(const QString &serverId, const QString &playlistId) {
    if (QListWidgetItem *item = itemForServerPlaylist(serverId, playlistId))
        m_sidebar->setCurrentItem(item);
}

void LibraryBrowser::renameServerPlaylist(const QString &serverId, const QString &playlistId) {
    if (QListWidgetItem *item = itemForServerPlaylist(serverId, playlistId))
        m_sidebar->editItem(item);
}

QListWidgetItem *LibraryBrowser::itemForPlaylist(qint64 id) const {
    for (int row = m_fixedRows; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(kPlaylistIdRole).toLongLong() == id)
            return m_sidebar->item(row);
    }
    return nullptr;
}

void LibraryBrowser::showPlaylist(qint64 id) {
    if (QListWidgetItem *item = itemForPlaylist(id)) {
        m_sidebar->setCurrentItem(item);
        return;
    }
    // The list has not caught up with a playlist made a moment ago: show it now, select later.
    m_pendingSelect = id;
    m_playlistView->showPlaylist(id);
    m_pages->setCurrentWidget(m_playlistView);
}

void LibraryBrowser::renamePlaylist(qint64 id) {
    if (QListWidgetItem *item = itemForPlaylist(id))
        m_sidebar->editItem(item);
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

void LibraryBrowser::openGroup(const TrackGroupModel *groups, const QString &key,
                               const QString &title) {
    const int from = m_sidebar->currentRow();
    // Show the songs page without clearing: the scope is set right after.
    const QSignalBlocker block(m_sidebar);
    m_sidebar->setCurrentRow(0);
    m_pages->setCurrentWidget(m_songs);
    m_songs->showScope(groups, key, title);
    m_returnRow = from;
}

} // namespace refrain
