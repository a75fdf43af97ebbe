#include "ui/playlistview.h"

#include "ui/formlabels.h"

#include "core/model/offlinepinsmodel.h"
#include "core/model/playermodel.h"
#include "core/model/playlistentriesmodel.h"
#include "core/model/playlistlistmodel.h"
#include "core/model/serverplaylistentriesmodel.h"
#include "core/model/serverplaylistmodel.h"
#include "core/model/tracktablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace refrain {

PlaylistView::PlaylistView(PlaylistEntriesModel *entries, PlaylistListModel *playlists,
                           TrackTableModel *tracks, PlayerModel *player, QWidget *parent)
    : QWidget(parent)
    , m_entries(entries)
    , m_playlists(playlists)
    , m_tracks(tracks)
    , m_player(player)
    , m_header(new QLabel(this))
    , m_mirrorNote(plainTextLabel(this))
    , m_table(new QTableView(this)) {
    setObjectName(QStringLiteral("playlistView"));
    m_header->setTextFormat(Qt::PlainText);
    QFont big = m_header->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_header->setFont(big);

    auto *play = new QPushButton(tr("Play"), this);
    auto *rename = new QPushButton(tr("Rename"), this);
    m_export = new QPushButton(tr("Export…"), this);
    m_keepOffline = new QPushButton(tr("Keep Offline"), this);
    m_keepOffline->setObjectName(QStringLiteral("keepPlaylistOffline"));
    m_keepOffline->setCheckable(true);
    m_keepOffline->setToolTip(tr("Download this playlist's songs from the server and keep them "
                                 "in step with it, so they play during an outage"));
    m_keepOffline->hide();
    connect(m_keepOffline, &QPushButton::clicked, this, &PlaylistView::keepOffline);
    auto *remove = new QPushButton(tr("Delete Playlist"), this);
    remove->setObjectName(QStringLiteral("deletePlaylistButton"));
    connect(play, &QPushButton::clicked, this, [this] { playFrom(0); });
    connect(rename, &QPushButton::clicked, this, &PlaylistView::rename);
    connect(m_export, &QPushButton::clicked, this,
            [this] { Q_EMIT exportRequested(m_entries->playlistId()); });
    connect(remove, &QPushButton::clicked, this, &PlaylistView::removePlaylist);

    m_table->setModel(entries);
    m_table->setObjectName(QStringLiteral("playlistTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setDropIndicatorShown(true);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PlaylistEntriesModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PlaylistEntriesModel::PositionColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Playlist entries"));
    showFocusWhenEmpty(m_table);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { playFrom(index.row()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_header, 1);
    buttons->addWidget(play);
    buttons->addWidget(m_keepOffline);
    buttons->addWidget(rename);
    buttons->addWidget(m_export);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    m_mirrorNote->setObjectName(QStringLiteral("playlistMirrorNote"));
    m_mirrorNote->setWordWrap(true);
    m_mirrorNote->hide();
    layout->addWidget(m_mirrorNote);
    layout->addWidget(m_table, 1);

    connect(entries, &PlaylistEntriesModel::loaded, this, &PlaylistView::refreshHeader);
    connect(playlists, &QAbstractItemModel::dataChanged, this, &PlaylistView::refreshHeader);
    connect(playlists, &QAbstractItemModel::modelReset, this, &PlaylistView::refreshHeader);
}

void PlaylistView::showPlaylist(qint64 id) {
    setRemote(false);
    m_entries->setPlaylist(id);
    refreshHeader();
    updateKeepOffline();
}

void PlaylistView::setOfflinePins(OfflinePinsModel *pins) {
    m_pins = pins;
    connect(pins, &OfflinePinsModel::pinsChanged, this, &PlaylistView::updateKeepOffline);
    updateKeepOffline();
}

void PlaylistView::updateKeepOffline() {
    m_keepOffline->setVisible(m_pins != nullptr);
    if (!m_pins)
        return;
    m_keepOffline->setChecked(m_remote ? m_pins->isServerPlaylistKept(m_serverEntries->serverId(),
                                                                      m_serverEntries->playlistId())
                                       : m_pins->isPlaylistKept(m_entries->playlistId()));
}

void PlaylistView::keepOffline(bool keep) {
    if (!m_pins)
        return;
    if (m_remote)
        m_pins->setServerPlaylistKept(m_serverEntries->serverId(), m_serverEntries->playlistId(),
                                      keep);
    else
        m_pins->setPlaylistKept(m_entries->playlistId(), keep);
}

void PlaylistView::setServerPlaylists(ServerPlaylistModel *playlists,
                                      ServerPlaylistEntriesModel *entries) {
    m_serverPlaylists = playlists;
    m_serverEntries = entries;
    connect(entries, &ServerPlaylistEntriesModel::loaded, this, &PlaylistView::refreshHeader);
    connect(playlists, &QAbstractItemModel::dataChanged, this, &PlaylistView::refreshHeader);
}

void PlaylistView::showServerPlaylist(const QString &serverId, const QString &playlistId) {
    if (!m_serverEntries)
        return;
    setRemote(true);
    m_serverEntries->setPlaylist(serverId, playlistId);
    refreshHeader();
    updateKeepOffline();
}

void PlaylistView::setMirrorNote(const QString &text) {
    m_mirrorText = text;
    m_mirrorNote->setText(text);
    m_mirrorNote->setVisible(m_remote && !text.isEmpty());
}

QString PlaylistView::mirrorNoteText() const {
    return m_mirrorNote->isHidden() ? QString() : m_mirrorNote->text();
}

void PlaylistView::setRemote(bool remote) {
    if (remote == m_remote && m_table->model())
        return;
    m_remote = remote;
    m_mirrorNote->setVisible(remote && !m_mirrorText.isEmpty());
    if (remote) {
        m_table->setModel(m_serverEntries);
        // The server keeps the order; songs are added from the library's context menu.
        m_table->setDragDropMode(QAbstractItemView::NoDragDrop);
    } else {
        m_table->setModel(m_entries);
        m_table->setDragDropMode(QAbstractItemView::DragDrop);
    }
    m_table->horizontalHeader()->setSectionResizeMode(PlaylistEntriesModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PlaylistEntriesModel::PositionColumn,
                                                      QHeaderView::ResizeToContents);
    m_export->setVisible(!remote);
}

void PlaylistView::rename() {
    if (m_remote)
        Q_EMIT serverRenameRequested(m_serverEntries->serverId(), m_serverEntries->playlistId());
    else
        Q_EMIT renameRequested(m_entries->playlistId());
}

void PlaylistView::removePlaylist() {
    if (m_remote)
        m_serverPlaylists->remove(m_serverEntries->serverId(), m_serverEntries->playlistId());
    else
        m_playlists->remove(m_entries->playlistId());
}

QString PlaylistView::headerText() const {
    return m_header->text();
}

void PlaylistView::refreshHeader() {
    if (m_remote) {
        const int row =
            m_serverPlaylists->rowOf(m_serverEntries->serverId(), m_serverEntries->playlistId());
        if (row < 0)
            return;
        const RemotePlaylist &p = m_serverPlaylists->playlists().at(row).playlist;
        qint64 durationMs = 0;
        for (const MirroredEntry &e : m_serverEntries->entries())
            durationMs += e.durationMs;
        m_header->setText(
            p.name + QStringLiteral(" — ")
            + tr("%n song(s)", nullptr, int(m_serverEntries->entries().size()))
            + QStringLiteral(", ") + formatDuration(durationMs) + QStringLiteral(" · ")
            + tr("On %1").arg(m_serverPlaylists->serverName(m_serverEntries->serverId())));
        return;
    }
    const qint64 id = m_entries->playlistId();
    for (const PlaylistInfo &p : m_playlists->playlists()) {
        if (p.id != id)
            continue;
        QString text = p.name + QStringLiteral(" — ") + tr("%n track(s)", nullptr, p.itemCount)
                       + QStringLiteral(", ") + formatDuration(p.totalDurationMs);
        if (p.missingCount > 0)
            text += QStringLiteral(", ") + tr("%n missing", nullptr, p.missingCount);
        m_header->setText(text);
        return;
    }
}

void PlaylistView::playFrom(int row) {
    TrackList queue;
    int start = -1;
    if (m_remote) {
        // Server songs are ordinary tracks: the engine signs their stream at play time.
        const auto &entries = m_serverEntries->entries();
        for (int i = 0; i < entries.size(); ++i) {
            const int trackRow = m_tracks->rowOfTrack(entries.at(i).trackId);
            if (entries.at(i).trackId == 0 || trackRow < 0)
                continue;
            if (start < 0 && i >= row)
                start = int(queue.size());
            queue.append(m_tracks->trackAt(trackRow));
        }
        if (!queue.isEmpty())
            m_player->playTracks(queue, std::max(start, 0));
        return;
    }
    const auto &entries = m_entries->entries();
    for (int i = 0; i < entries.size(); ++i) {
        const int trackRow = m_tracks->rowOfTrack(entries.at(i).trackId);
        if (!entries.at(i).available || trackRow < 0)
            continue; // missing entries are shown, not queued
        if (start < 0 && i >= row)
            start = int(queue.size());
        queue.append(m_tracks->trackAt(trackRow));
    }
    if (queue.isEmpty())
        return;
    m_player->playTracks(queue, std::max(start, 0));
}

void PlaylistView::removeSelected() {
    if (m_remote) {
        QList<int> indexes;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            indexes.append(index.row());
        if (!indexes.isEmpty())
            m_serverPlaylists->removeEntries(m_serverEntries->serverId(),
                                             m_serverEntries->playlistId(), indexes);
        return;
    }
    QList<qint64> items;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        items.append(index.data(PlaylistEntriesModel::ItemIdRole).toLongLong());
    if (!items.isEmpty())
        m_playlists->removeItems(m_entries->playlistId(), items);
}

bool PlaylistView::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace refrain
