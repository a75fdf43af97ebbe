#include "ui/libraryview.h"

#include "ui/formlabels.h"

#include "core/model/offlinepinsmodel.h"
#include "core/model/playermodel.h"
#include "core/model/playlistlistmodel.h"
#include "core/model/serverplaylistmodel.h"
#include "core/model/trackfiltermodel.h"
#include "core/model/tracktablemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace refrain {

namespace {
// Long enough to coalesce a burst of typing, short enough to feel instant.
constexpr int kSearchDelayMs = 60;
} // namespace

LibraryView::LibraryView(TrackTableModel *tracks, TrackFilterModel *visible, PlayerModel *player,
                         QWidget *parent)
    : QWidget(parent)
    , m_tracks(tracks)
    , m_player(player)
    , m_filter(visible)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyText(new QLabel(this))
    , m_emptyPage(new QWidget(this))
    , m_offlineOnly(new QCheckBox(tr("Available &offline"), this))
    , m_keepOffline(new QPushButton(tr("Keep Offline"), this)) {
    if (!m_filter->sourceModel())
        m_filter->setSourceModel(tracks);

    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search titles, artists, albums… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the library"));
    m_search->installEventFilter(this);

    m_scopeBar = new QWidget(this);
    m_scopeBar->setObjectName(QStringLiteral("scopeBar"));
    m_scopeLabel = new QLabel(m_scopeBar);
    m_scopeLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_scopeLabel->font();
    bold.setBold(true);
    m_scopeLabel->setFont(bold);
    auto *back = new QPushButton(tr("Show All Songs"), m_scopeBar);
    back->setObjectName(QStringLiteral("clearScopeButton"));
    connect(back, &QPushButton::clicked, this, &LibraryView::clearScope);
    m_keepOffline->setObjectName(QStringLiteral("keepScopeOffline"));
    m_keepOffline->setCheckable(true);
    m_keepOffline->setToolTip(tr("Download this album's or artist's songs from the server, so "
                                 "they play during an outage"));
    m_keepOffline->hide();
    connect(m_keepOffline, &QPushButton::clicked, this, [this](bool keep) {
        const Track track = scopeTrack();
        if (!m_pins || track.id == 0)
            return;
        if (m_scopeKind == TrackGroupModel::Kind::Artist)
            m_pins->setArtistKept(track, keep);
        else
            m_pins->setAlbumKept(track, keep);
    });
    auto *scopeLayout = new QHBoxLayout(m_scopeBar);
    scopeLayout->setContentsMargins(2, 2, 2, 2);
    scopeLayout->addWidget(m_scopeLabel, 1);
    scopeLayout->addWidget(m_keepOffline);
    scopeLayout->addWidget(back);
    m_scopeBar->hide();
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_filter->setSearchText(m_search->text()); });
    connect(m_filter, &TrackFilterModel::searchApplied, this, [this] {
        updateEmptyState();
        if (std::exchange(m_playWhenSearched, false))
            playRow(0);
    });

    m_table->setObjectName(QStringLiteral("trackTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // library order until the person picks a column
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(TrackTableModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TrackTableModel::DurationColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TrackTableModel::SourceColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TrackTableModel::OfflineColumn,
                                                      QHeaderView::ResizeToContents);
    // Title takes what is left: the others start modest so it keeps a readable width next to
    // the sidebar and Up Next on a laptop screen.
    m_table->horizontalHeader()->resizeSection(TrackTableModel::TitleColumn, 320);
    m_table->horizontalHeader()->resizeSection(TrackTableModel::ArtistColumn, 170);
    m_table->horizontalHeader()->resizeSection(TrackTableModel::AlbumColumn, 190);
    m_table->setAccessibleName(tr("Tracks"));
    showFocusWhenEmpty(m_table);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &LibraryView::showContextMenu);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { playRow(index.row()); });

    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto *addButton = new QPushButton(tr("Add Music Folder…"), m_emptyPage);
    addButton->setObjectName(QStringLiteral("emptyAddFolder"));
    connect(addButton, &QPushButton::clicked, this, &LibraryView::addFolderRequested);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(addButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_offlineOnly->setObjectName(QStringLiteral("offlineOnlyFilter"));
    m_offlineOnly->setToolTip(tr("Show only songs that play without a network: your files and "
                                 "verified downloads"));
    connect(m_offlineOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setOfflineOnly(only);
        updateEmptyState();
    });
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_offlineOnly);
    layout->addLayout(searchRow);
    m_mirrorNote = plainTextLabel(this);
    m_mirrorNote->setObjectName(QStringLiteral("libraryMirrorNote"));
    m_mirrorNote->setWordWrap(true);
    m_mirrorNote->hide();
    layout->addWidget(m_mirrorNote);
    layout->addWidget(m_scopeBar);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LibraryView::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LibraryView::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LibraryView::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LibraryView::updateEmptyState);
    updateEmptyState();
}

void LibraryView::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryView::showScope(const TrackGroupModel *groups, const QString &key,
                            const QString &title) {
    m_filter->setScope(groups, key);
    m_scopeLabel->setText(TrackGroupModel::kindName(groups->kind()) + QStringLiteral(": ") + title);
    m_scopeKind = groups->kind();
    m_scopeBar->show();
    updateKeepOffline();
    m_table->setFocus();
}

void LibraryView::clearScope() {
    if (!m_filter->hasScope())
        return;
    m_filter->clearScope();
    m_scopeBar->hide();
    Q_EMIT scopeCleared();
}

QString LibraryView::scopeText() const {
    return m_filter->hasScope() ? m_scopeLabel->text() : QString();
}

TrackIds LibraryView::selectedTrackIds() const {
    TrackIds ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(TrackTableModel::TrackIdRole).toLongLong());
    return ids;
}

void LibraryView::showContextMenu(const QPoint &pos) {
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const TrackIds ids = selectedTrackIds();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Play"), this, [this, row = index.row()] { playRow(row); });
    TrackList selected;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        selected.append(row.data(TrackTableModel::TrackRole).value<Track>());
    if (!selected.isEmpty()) {
        menu->addAction(tr("Play Next"), this,
                        [this, selected] { m_player->addToQueue(selected, true); });
        menu->addAction(tr("Add to Up Next"), this,
                        [this, selected] { m_player->addToQueue(selected, false); });
    }
    if (m_playlists && !ids.isEmpty()) {
        QMenu *add = menu->addMenu(tr("Add to Playlist"));
        add->setObjectName(QStringLiteral("addToPlaylistMenu"));
        for (const PlaylistInfo &p : m_playlists->playlists())
            add->addAction(p.name, this,
                           [this, id = p.id, ids] { m_playlists->addTracks(id, ids); });
        if (!m_playlists->playlists().isEmpty())
            add->addSeparator();
        add->addAction(tr("New Playlist…"), this,
                       [this, ids] { m_playlists->create(tr("New Playlist"), ids); });
        if (m_serverPlaylists)
            addServerPlaylistActions(add, selected);
    }
    if (m_pins && !selected.isEmpty())
        addOfflineActions(menu, index.data(TrackTableModel::TrackRole).value<Track>(), selected);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void LibraryView::setOfflinePins(OfflinePinsModel *pins) {
    m_pins = pins;
    connect(pins, &OfflinePinsModel::pinsChanged, this, &LibraryView::updateKeepOffline);
    updateKeepOffline();
}

Track LibraryView::scopeTrack() const {
    if (!m_filter->hasScope() || m_filter->rowCount() == 0)
        return {};
    return m_filter->index(0, 0).data(TrackTableModel::TrackRole).value<Track>();
}

void LibraryView::updateKeepOffline() {
    const bool group = m_filter->hasScope()
                       && (m_scopeKind == TrackGroupModel::Kind::Album
                           || m_scopeKind == TrackGroupModel::Kind::Artist);
    m_keepOffline->setVisible(m_pins && group);
    if (!m_pins || !group)
        return;
    const Track track = scopeTrack();
    const bool kept = m_scopeKind == TrackGroupModel::Kind::Artist ? m_pins->isArtistKept(track)
                                                                   : m_pins->isAlbumKept(track);
    m_keepOffline->setChecked(kept);
    m_keepOffline->setAccessibleName(m_scopeKind == TrackGroupModel::Kind::Artist
                                         ? tr("Keep this artist offline")
                                         : tr("Keep this album offline"));
}

void LibraryView::addOfflineActions(QMenu *menu, const Track &clicked, const TrackList &selected) {
    menu->addSeparator();
    TrackIds ids;
    bool allPicked = true;
    for (const Track &t : selected) {
        ids.append(t.id);
        allPicked = allPicked && m_pins->isPicked(t.id);
    }
    QAction *pick = menu->addAction(tr("Add to &Emergency Essentials"), this,
                                    [this, ids, allPicked] { m_pins->setPicked(ids, !allPicked); });
    pick->setCheckable(true);
    pick->setChecked(allPicked);
    pick->setObjectName(QStringLiteral("essentialsAction"));
    const bool albumKept = m_pins->isAlbumKept(clicked);
    QAction *album = menu->addAction(tr("Keep &Album Offline"), this, [this, clicked, albumKept] {
        m_pins->setAlbumKept(clicked, !albumKept);
    });
    album->setCheckable(true);
    album->setChecked(albumKept);
    album->setEnabled(!clicked.album.isEmpty());
    album->setObjectName(QStringLiteral("keepAlbumAction"));
    const bool artistKept = m_pins->isArtistKept(clicked);
    QAction *artist =
        menu->addAction(tr("Keep A&rtist Offline"), this, [this, clicked, artistKept] {
            m_pins->setArtistKept(clicked, !artistKept);
        });
    artist->setCheckable(true);
    artist->setChecked(artistKept);
    artist->setEnabled(!clicked.displayArtist().isEmpty());
    artist->setObjectName(QStringLiteral("keepArtistAction"));
}

void LibraryView::addServerPlaylistActions(QMenu *menu, const TrackList &tracks) {
    // Tooltips say why a server's playlists are greyed out.
    menu->setToolTipsVisible(true);
    QString lastServer;
    for (const ServerPlaylistModel::Row &row : m_serverPlaylists->playlists()) {
        if (row.serverId != lastServer) {
            lastServer = row.serverId;
            menu->addSection(m_serverPlaylists->serverName(row.serverId));
        }
        QAction *action =
            menu->addAction(row.playlist.name, this,
                            [this, serverId = row.serverId, playlistId = row.playlist.id, tracks] {
                                m_serverPlaylists->addTracks(serverId, playlistId, tracks);
                            });
        const QString why = m_serverPlaylists->whyNotAddable(row.serverId, tracks);
        action->setEnabled(why.isEmpty());
        action->setToolTip(
            why.isEmpty() ? tr("On %1").arg(m_serverPlaylists->serverName(row.serverId)) : why);
    }
    // Songs all from one server can start a new playlist there (queued while it is down).
    QString server;
    for (const Track &track : tracks) {
        if (track.isLocal() || (!server.isEmpty() && track.source != server))
            return;
        server = track.source;
    }
    if (server.isEmpty())
        return;
    QAction *create = menu->addAction(
        tr("New Playlist on %1…").arg(m_serverPlaylists->serverName(server)), this,
        [this, server, tracks] { m_serverPlaylists->create(server, tr("New Playlist"), tracks); });
    create->setObjectName(QStringLiteral("newServerPlaylistAction"));
}

void LibraryView::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    updateEmptyState();
}

void LibraryView::setMirrorNote(const QString &text) {
    m_mirrorNote->setText(text);
    m_mirrorNote->setVisible(!text.isEmpty());
}

QString LibraryView::mirrorNoteText() const {
    return m_mirrorNote->isHidden() ? QString() : m_mirrorNote->text();
}

void LibraryView::playRow(int row) {
    const QModelIndex index = m_filter->index(row, 0);
    if (!index.isValid())
        return;
    if (!index.data(TrackTableModel::AvailableRole).toBool()) {
        // Greyed: say why instead of doing nothing.
        Q_EMIT notice(tr("“%1” can't play now: %2")
                          .arg(m_filter->index(row, TrackTableModel::TitleColumn).data().toString(),
                               index.data(Qt::ToolTipRole).toString()));
        return;
    }
    m_player->playTracks(m_filter->visibleTracks(), row);
}

bool LibraryView::eventFilter(QObject *watched, QEvent *event) {
    // A greyed song takes no clicks of its own: a double-click on it says why it can't play.
    if (watched == m_table->viewport() && event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_table->indexAt(mouse->position().toPoint());
        if (index.isValid() && !(index.flags() & Qt::ItemIsEnabled)) {
            playRow(index.row());
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // From the search box, Down moves into the results and Enter plays the first one.
        if (watched == m_search && key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            m_table->selectRow(0);
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_searchDelay->stop();
            m_filter->setSearchText(m_search->text());
            if (m_filter->isSearching())
                m_playWhenSearched = true; // play the first result once it is known
            else
                playRow(0);
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryView::updateEmptyState() {
    const bool empty = m_filter->rowCount() == 0;
    if (!empty) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    auto *addButton = m_emptyPage->findChild<QPushButton *>();
    if (m_loading) {
        m_emptyText->setText(tr("Loading your library…"));
        addButton->hide();
    } else if (m_tracks->rowCount() == 0) {
        m_emptyText->setText(tr("Your library is empty.\nAdd a folder with music to get started."));
        addButton->show();
    } else if (m_filter->isOfflineOnly() && m_search->text().isEmpty()) {
        m_emptyText->setText(tr("Nothing here plays without a network yet.\nKeep playlists, "
                                "albums or artists offline, or add songs to Emergency "
                                "Essentials."));
        addButton->hide();
    } else {
        m_emptyText->setText(tr("No tracks match “%1”.").arg(m_search->text()));
        addButton->hide();
    }
    m_stack->setCurrentWidget(m_emptyPage);
}

} // namespace refrain
