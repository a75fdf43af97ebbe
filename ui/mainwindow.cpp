#include "ui/mainwindow.h"

#include "core/model/healthmodel.h"
#include "core/model/libraryactivity.h"
#include "core/model/playermodel.h"
#include "core/model/tracktablemodel.h"
#include "ui/databasenotice.h"
#include "ui/formlabels.h"
#include "ui/healthbanner.h"
#include "ui/librarybrowser.h"
#include "ui/playlistview.h"
#include "ui/queueview.h"

#include "core/model/playlistlistmodel.h"
#include "ui/libraryview.h"
#include "ui/nowplayingbar.h"
#include "ui/scanstatuswidget.h"
#include "ui/serversdialog.h"

#include "core/model/serverlistmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFrame>
#include <QKeyEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace refrain {

namespace {
constexpr int kNoticeMs = 10000;
}

MainWindow::MainWindow(const Models &models, QWidget *parent)
    : QMainWindow(parent)
    , m_models(models)
    , m_banner(new HealthBanner(models.health, this))
    , m_dbNotice(new DatabaseNotice(models.library, this))
    , m_libraryView(new LibraryView(models.tracks, models.visibleTracks, models.player, this))
    , m_browser(new LibraryBrowser(m_libraryView, models.groups,
                                   new PlaylistView(models.playlistEntries, models.playlists,
                                                    models.tracks, models.player, this),
                                   models.playlists, this))
    , m_nowPlaying(new NowPlayingBar(models.player, this))
    , m_scanStatus(new ScanStatusWidget(models.library, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    resizeWithinScreen(this, QSize(1100, 700));

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_dbNotice);
    layout->addWidget(m_browser, 1);
    layout->addWidget(line);
    layout->addWidget(m_nowPlaying);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_scanStatus);
    m_queueView = new QueueView(models.queue, this);
    auto *queueDock = new QDockWidget(tr("Up Next"), this);
    queueDock->setObjectName(QStringLiteral("queueDock"));
    queueDock->setWidget(m_queueView);
    queueDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, queueDock);
    // The dock's icon-only close button: Qt calls it "Close" and gives it no tooltip.
    if (auto *close =
            queueDock->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_closebutton"))) {
        close->setAccessibleName(tr("Hide Up Next"));
        close->setToolTip(close->accessibleName() + QStringLiteral(" (")
                          + QKeySequence(Qt::CTRL | Qt::Key_U).toString(QKeySequence::NativeText)
                          + QLatin1Char(')'));
    }
    // Deleting a playlist happens at once; undo stays on offer for a while, never a confirmation.
    m_undo = new QPushButton(this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->hide();
    statusBar()->addWidget(m_undo);
    m_undoTimeout = new QTimer(this);
    m_undoTimeout->setSingleShot(true);
    m_undoTimeout->setInterval(15000);
    connect(m_undoTimeout, &QTimer::timeout, m_undo, &QWidget::hide);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_models.playlists->undoRemove();
        m_undo->hide();
    });
    connect(models.playlists, &PlaylistListModel::removed, this,
            [this](qint64, const QString &name) { offerUndo(name); });
    connect(models.playlists, &PlaylistListModel::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, kNoticeMs); });
    connect(m_browser->playlistView(), &PlaylistView::exportRequested, this,
            &MainWindow::exportPlaylist);
    m_libraryView->setPlaylists(models.playlists);
    connect(m_banner, &HealthBanner::retryRequested, this, &MainWindow::retryHealthRequested);
    connect(m_banner, &HealthBanner::openStatusPageRequested, this,
            &MainWindow::openStatusPageRequested);
    connect(m_banner, &HealthBanner::statusHistoryRequested, this,
            &MainWindow::statusHistoryRequested);
    connect(m_banner, &HealthBanner::playEssentialsRequested, this,
            &MainWindow::playEssentialsRequested);
    createActions();

    connect(m_libraryView, &LibraryView::addFolderRequested, this, &MainWindow::chooseMusicFolder);
    connect(m_libraryView, &LibraryView::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, kNoticeMs); });
    connect(models.player, &PlayerModel::stateChanged, this, &MainWindow::updateTitle);
    connect(models.player, &PlayerModel::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, kNoticeMs); });
    connect(models.library, &LibraryActivity::changed, this,
            [this] { m_libraryView->setLoading(m_models.library->isLoading()); });
    m_libraryView->setLoading(models.library->isLoading());
    // Where a track comes from only says something once there is somewhere else than here.
    if (models.servers) {
        connect(models.servers, &QAbstractItemModel::rowsInserted, this,
                &MainWindow::updateSourceColumn);
        connect(models.servers, &QAbstractItemModel::rowsRemoved, this,
                &MainWindow::updateSourceColumn);
    }
    updateSourceColumn();
    updateTitle();
    m_libraryView->table()->setFocus();
}

void MainWindow::createActions() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction *addFolder =
        file->addAction(tr("&Add Music Folder…"), this, &MainWindow::chooseMusicFolder);
    addFolder->setShortcut(QKeySequence::Open);
    QAction *newPlaylist = file->addAction(
        tr("&New Playlist"), this, [this] { m_models.playlists->create(tr("New Playlist")); });
    newPlaylist->setShortcut(QKeySequence::New);
    file->addAction(tr("&Import Playlist…"), this, &MainWindow::importPlaylist);
    if (m_models.servers) {
        QAction *servers = file->addAction(tr("S&ervers…"), this, &MainWindow::showServers);
        servers->setObjectName(QStringLiteral("serversAction"));
        servers->setToolTip(tr("Add, test, sync or remove streaming servers"));
        QAction *downloads =
            file->addAction(tr("&Downloads…"), this, &MainWindow::downloadsRequested);
        downloads->setObjectName(QStringLiteral("downloadsAction"));
        downloads->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        downloads->setToolTip(tr("What is downloading for offline listening, and its settings"));
    }
    m_fileSeparator = file->addSeparator();
    QAction *rescan =
        file->addAction(tr("&Rescan Library"), m_models.library, &LibraryActivity::rescan);
    rescan->setShortcut(QKeySequence(Qt::Key_F5));
    rescan->setToolTip(tr("Look for new, changed and removed files"));
    QAction *full =
        file->addAction(tr("Re-read All &Files"), m_models.library, &LibraryActivity::fullRescan);
    full->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    full->setToolTip(tr("Read the tags of every file again, even those that look unchanged"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    m_playPause =
        playback->addAction(tr("&Play/Pause"), m_models.player, &PlayerModel::togglePlayPause);
    m_playPause->setObjectName(QStringLiteral("playPauseAction"));
    // Space belongs to the search box while it has focus: QLineEdit claims printable keys first.
    m_playPause->setShortcut(QKeySequence(Qt::Key_Space));
    QAction *next = playback->addAction(tr("&Next"), m_models.player, &PlayerModel::next);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    QAction *previous =
        playback->addAction(tr("P&revious"), m_models.player, &PlayerModel::previous);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *songs = edit->addAction(tr("Show All &Songs"), m_browser, &LibraryBrowser::showSongs);
    songs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *find = edit->addAction(tr("&Find in Library"), this, [this] {
        if (m_browser->currentPage() != m_libraryView)
            m_browser->showSongs();
        m_libraryView->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *upNext = findChild<QDockWidget *>(QStringLiteral("queueDock"))->toggleViewAction();
    upNext->setText(tr("&Up Next"));
    upNext->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    view->addAction(upNext);
    view->addSeparator();
    m_pinHealth = view->addAction(tr("Always Show Service &Status"));
    m_pinHealth->setObjectName(QStringLiteral("pinHealthAction"));
    m_pinHealth->setCheckable(true);
    m_pinHealth->setToolTip(tr("Keep the service status banner visible while all is well"));
    connect(m_pinHealth, &QAction::toggled, this, [this](bool pinned) {
        // Asking to see the status overrides an earlier dismissal.
        if (pinned)
            m_models.health->undismiss();
        m_banner->setPinned(pinned);
    });
    QAction *history =
        view->addAction(tr("Service Status &History…"), this, &MainWindow::statusHistoryRequested);
    history->setObjectName(QStringLiteral("statusHistoryAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Refrain"), this, [this] {
        QMessageBox::about(
            this, tr("About Refrain"),
            tr("Refrain %1\nA local-first music player that keeps playing when the "
               "streaming service fails.\nLicensed under the GNU GPL, version 3 or later.")
                .arg(QApplication::applicationVersion()));
    });
}

bool MainWindow::event(QEvent *event) {
    // Space plays and pauses from anywhere in the window, but a focused button, check box or
    // combo box keeps Space for itself: it is how the keyboard presses them.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QWidget *focus = QApplication::focusWidget();
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier && focus
            && (qobject_cast<const QAbstractButton *>(focus)
                || qobject_cast<const QComboBox *>(focus))) {
            event->accept();
            return true;
        }
    }
    return QMainWindow::event(event);
}

void MainWindow::showServers() {
    if (!m_models.servers)
        return;
    if (!m_serversDialog)
        m_serversDialog = new ServersDialog(m_models.servers, this);
    // Not modal: the library stays usable while a server is tested or synced.
    m_serversDialog->show();
    m_serversDialog->raise();
    m_serversDialog->activateWindow();
}

void MainWindow::updateSourceColumn() {
    const bool anyServer = m_models.servers && m_models.servers->rowCount() > 0;
    m_libraryView->table()->setColumnHidden(TrackTableModel::SourceColumn, !anyServer);
}

void MainWindow::updateTitle() {
    const QString playing = m_models.player->nowPlayingText();
    setWindowTitle(playing.isEmpty() ? QStringLiteral("Refrain")
                                     : playing + QStringLiteral(" – Refrain"));
}

void MainWindow::importPlaylist() {
    auto *dialog = new QFileDialog(this, tr("Import Playlist"), QDir::homePath(),
                                   tr("Playlists (*.m3u *.m3u8 *.pls *.xspf)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_models.playlists, &PlaylistListModel::importFile);
    dialog->open();
}

void MainWindow::exportPlaylist(qint64 id) {
    const QString name = m_models.playlists->nameOf(id);
    auto *dialog = new QFileDialog(this, tr("Export Playlist"),
                                   QDir::home().filePath(name + QStringLiteral(".m3u8")),
                                   tr("M3U8 (*.m3u8);;M3U (*.m3u);;PLS (*.pls);;XSPF (*.xspf)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, id](const QString &path) { m_models.playlists->exportFile(id, path, false); });
    dialog->open();
}

void MainWindow::offerUndo(const QString &name) {
    m_undo->setText(tr("Undo: bring back “%1”").arg(name));
    m_undo->show();
    m_undoTimeout->start();
}

void MainWindow::chooseMusicFolder() {
    // A folder chooser is something the person asked for; it is the one dialog we open.
    auto *dialog = new QFileDialog(this, tr("Add Music Folder"),
                                   QStandardPaths::writableLocation(QStandardPaths::MusicLocation));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        if (!folder.isEmpty())
            m_models.library->scan({folder});
    });
    dialog->open();
}

} // namespace refrain
