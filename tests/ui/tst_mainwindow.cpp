// The window as a person meets it, headless: the scanned tracks are listed, the banner shows the
// health state, typing filters, double-click plays, Space pauses, Ctrl+F searches, and a damaged
// database is explained inline with a way out.
#include "app/compositionroot.h"
#include "core/health/incidentlog.h"
#include "core/library/database.h"
#include "core/library/library.h"
#include "core/model/trackfiltermodel.h"
#include "core/model/tracktablemodel.h"
#include "tests/support/audiofixtures.h"
#include "ui/databasenotice.h"
#include "ui/groupview.h"
#include "ui/healthbanner.h"
#include "ui/librarybrowser.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"
#include "ui/nowplayingbar.h"
#include "ui/playlistview.h"
#include "ui/queueview.h"
#include "ui/scanstatuswidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace refrain;
using refrain::test::AudioFixtures;

class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_music;

    std::unique_ptr<CompositionRoot> makeApp(const QTemporaryDir &profile,
                                             const QStringList &libraries) {
        CompositionRoot::Options options;
        options.profile = Profile::resolve(profile.path());
        options.addedLibraries = libraries;
        auto root = std::make_unique<CompositionRoot>(options);
        root->start();
        return root;
    }

    // Starts the app on the test library and waits until the window is active and lists every
    // track; nullptr when that does not happen in time.
    MainWindow *startScanned(const QTemporaryDir &profile, std::unique_ptr<CompositionRoot> &app) {
        app = makeApp(profile, {m_music.path()});
        MainWindow *w = app->window();
        if (!QTest::qWaitForWindowActive(w))
            return nullptr;
        const auto *model = w->libraryView()->table()->model();
        const bool listed = QTest::qWaitFor([&] { return model->rowCount() == 5; }, 20000);
        return listed ? w : nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        const QString error = AudioFixtures::makeStandardLibrary(m_music.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void listsScannedTracksAndShowsHealth() {
        QTemporaryDir profile;
        auto app = makeApp(profile, {m_music.path()});
        MainWindow *w = app->window();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QCOMPARE(w->windowTitle(), QStringLiteral("Refrain"));

        QTableView *table = w->libraryView()->table();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 20000);
        QTRY_VERIFY(w->scanStatus()->text().startsWith(QStringLiteral("Scan finished")));

        QCOMPARE(w->healthBanner()->headlineText(),
                 QStringLiteral("Local library — no streaming server configured"));
        QVERIFY(w->healthBanner()->isVisible());
        QVERIFY(!w->databaseNotice()->isVisible());

        QStringList titles;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            titles << table->model()->index(row, 0).data().toString();
        for (const auto &spec : AudioFixtures::standardLibrary())
            QVERIFY2(titles.contains(spec.title), qPrintable(spec.title));
    }

    void healthLogRecordsTheSessionAndClosesItAtQuit() {
        QTemporaryDir profile;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        {
            std::unique_ptr<CompositionRoot> app;
            QVERIFY(startScanned(profile, app));
            QTRY_VERIFY(
                app->window()->scanStatus()->text().startsWith(QStringLiteral("Scan finished")));
        }
        auto db = Database::open(Profile::resolve(profile.path()).databasePath());
        QVERIFY(db);
        auto rows =
            incidentlog::entries(db.value(), before, QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(rows);
        QList<HealthLogEntry> overall;
        for (const HealthLogEntry &row : rows.value()) {
            if (row.subject == QLatin1String("overall"))
                overall.append(row);
        }
        // What the window showed, from when the library opened until the app quit.
        QCOMPARE(overall.size(), 1);
        QCOMPARE(overall.first().level, HealthLevel::Operational);
        QCOMPARE(overall.first().headline,
                 QStringLiteral("Local library — no streaming server configured"));
        QVERIFY(overall.first().endedAt.isValid());
        QVERIFY(overall.first().endedAt >= overall.first().startedAt);
    }

    void searchFiltersAsYouType() {
        QTemporaryDir profile;
        std::unique_ptr<CompositionRoot> app;
        MainWindow *w = startScanned(profile, app);
        QVERIFY(w);
        QTableView *table = w->libraryView()->table();

        QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
        QLineEdit *search = w->libraryView()->searchBox();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("beyonce"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("no such thing"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE(table->model()->rowCount(), 5);
    }

    void doubleClickPlaysAndSpacePauses() {
        QTemporaryDir profile;
        std::unique_ptr<CompositionRoot> app;
        MainWindow *w = startScanned(profile, app);
        QVERIFY(w);
        QTableView *table = w->libraryView()->table();
        w->libraryView()->searchBox()->setText(QStringLiteral("irreplaceable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);

        const QRect cell = table->visualRect(table->model()->index(0, 0));
        // A real double-click starts with a press: item views ignore a lone double-click event.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY_WITH_TIMEOUT(
            w->windowTitle().startsWith(QStringLiteral("Irreplaceable — Beyoncé")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w->nowPlayingBar()->playPauseButton()->accessibleName(),
                                  QStringLiteral("Pause"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w->nowPlayingBar()->seekSlider()->maximum() > 1500, 10000);
        QVERIFY(table->model()->index(0, 0).data(TrackTableModel::NowPlayingRole).toBool());

        table->setFocus();
        QTest::keyClick(table, Qt::Key_Space);
        QTRY_COMPARE(w->nowPlayingBar()->playPauseButton()->accessibleName(),
                     QStringLiteral("Play"));
    }

    void albumsOpenTheirSongsAndComeBack() {
        QTemporaryDir profile;
        std::unique_ptr<CompositionRoot> app;
        MainWindow *w = startScanned(profile, app);
        QVERIFY(w);
        LibraryBrowser *browser = w->browser();
        browser->sidebar()->setCurrentRow(1); // Albums
        GroupView *albums = browser->groupView(TrackGroupModel::Kind::Album);
        QCOMPARE(browser->currentPage(), albums);
        QListView *grid = albums->list();
        QTRY_COMPARE(grid->model()->rowCount(),
                     4); // B'Day, Merry Christmas…, Группа крови, Ünïcödé Test
        QModelIndex bday;
        for (int row = 0; row < grid->model()->rowCount(); ++row) {
            if (grid->model()->index(row, 0).data().toString() == QStringLiteral("B'Day"))
                bday = grid->model()->index(row, 0);
        }
        QVERIFY(bday.isValid());
        QCOMPARE(bday.data(TrackGroupModel::TrackCountRole).toInt(), 2);
        QVERIFY(bday.data(TrackGroupModel::SecondaryTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Beyoncé")));

        grid->setCurrentIndex(bday);
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(browser->currentPage(), w->libraryView());
        QTableView *table = w->libraryView()->table();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(w->libraryView()->scopeText(), QStringLiteral("Album: B'Day"));

        w->libraryView()->findChild<QPushButton *>(QStringLiteral("clearScopeButton"))->click();
        QCOMPARE(browser->currentPage(), albums); // back where the person came from
        QTRY_COMPARE(table->model()->rowCount(), 5);

        // Artists list the same library another way.
        browser->sidebar()->setCurrentRow(2);
        QTRY_COMPARE(browser->groupView(TrackGroupModel::Kind::Artist)->list()->model()->rowCount(),
                     4);
    }

    void playlistsAreMadeFilledPlayedDeletedAndRestored() {
        QTemporaryDir profile;
        std::unique_ptr<CompositionRoot> app;
        MainWindow *w = startScanned(profile, app);
        QVERIFY(w);
        QListWidget *sidebar = w->browser()->sidebar();
        auto playlistRow = [sidebar](const QString &name) {
            for (int row = 0; row < sidebar->count(); ++row) {
                if (sidebar->item(row)->text() == name)
                    return row;
            }
            return -1;
        };

        // Ctrl+N makes a playlist and shows it.
        QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(playlistRow(QStringLiteral("New Playlist")) >= 0);
        PlaylistView *view = w->browser()->playlistView();
        QTRY_COMPARE(w->browser()->currentPage(), view);
        QCOMPARE(view->table()->model()->rowCount(), 0);

        // From the songs, select everything and add it through the context menu.
        w->browser()->showSongs();
        QTableView *table = w->libraryView()->table();
        table->selectAll();
        QCOMPARE(w->libraryView()->selectedTrackIds().size(), 5);
        Q_EMIT table->customContextMenuRequested(
            table->visualRect(table->model()->index(0, 0)).center());
        QMenu *add = nullptr;
        QTRY_VERIFY(
            (add = w->libraryView()->findChild<QMenu *>(QStringLiteral("addToPlaylistMenu"))));
        QAction *target = nullptr;
        for (QAction *action : add->actions()) {
            if (action->text() == QStringLiteral("New Playlist"))
                target = action;
        }
        QVERIFY(target);
        target->trigger();
        add->parentWidget()->close();

        sidebar->setCurrentRow(playlistRow(QStringLiteral("New Playlist")));
        QCOMPARE(w->browser()->currentPage(), view);
        QTRY_COMPARE(view->table()->model()->rowCount(), 5);
        QTRY_VERIFY(view->headerText().contains(QStringLiteral("5 track")));

        // Double-click plays from that entry.
        const QRect cell = view->table()->visualRect(view->table()->model()->index(2, 1));
        QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->table()->viewport(), Qt::LeftButton, {}, cell.center());
        const QString third = view->table()->model()->index(2, 1).data().toString();
        QTRY_VERIFY_WITH_TIMEOUT(w->windowTitle().startsWith(third), 10000);

        // Delete removes it at once; Undo brings it back with its entries.
        view->findChild<QPushButton *>(QStringLiteral("deletePlaylistButton"))->click();
        QTRY_COMPARE(playlistRow(QStringLiteral("New Playlist")), -1);
        auto *undo = w->findChild<QPushButton *>(QStringLiteral("undoButton"));
        QTRY_VERIFY(undo->isVisible());
        undo->click();
        QTRY_VERIFY(playlistRow(QStringLiteral("New Playlist")) >= 0);
        sidebar->setCurrentRow(playlistRow(QStringLiteral("New Playlist")));
        QTRY_COMPARE(view->table()->model()->rowCount(), 5);
    }

    void upNextTakesTracksFromMenusAndDrops() {
        QTemporaryDir profile;
        std::unique_ptr<CompositionRoot> app;
        MainWindow *w = startScanned(profile, app);
        QVERIFY(w);
        QListView *queue = w->queueView()->list();
        QAbstractItemModelTester tester(queue->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(queue->model()->rowCount(), 0);
        // Empty, the panel says how to fill it.
        QLabel *hint = w->queueView()->emptyHint();
        QVERIFY(hint->isVisibleTo(w));
        QVERIFY(hint->text().contains(QStringLiteral("drag songs here")));

        // Context menu: two selected songs go to Up Next.
        QTableView *table = w->libraryView()->table();
        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        Q_EMIT table->customContextMenuRequested(
            table->visualRect(table->model()->index(0, 0)).center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = w->libraryView()->findChild<QMenu *>()));
        QAction *add = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Add to Up Next"))
                add = action;
        }
        QVERIFY(add);
        add->trigger();
        menu->close();
        QCOMPARE(queue->model()->rowCount(), 2);
        QVERIFY(!hint->isVisibleTo(w));

        // Dragging a song from the table onto the top of the queue inserts it there.
        std::unique_ptr<QMimeData> dragged(table->model()->mimeData({table->model()->index(4, 0)}));
        QVERIFY(queue->model()->dropMimeData(dragged.get(), Qt::CopyAction, 0, 0, {}));
        QCOMPARE(queue->model()->rowCount(), 3);
        QCOMPARE(queue->model()->index(0, 0).data().toString(),
                 table->model()->index(4, 0).data().toString() + QStringLiteral(" — ")
                     + table->model()->index(4, 1).data().toString());

        // Reorder inside the queue: the last to the top.
        std::unique_ptr<QMimeData> moved(queue->model()->mimeData({queue->model()->index(2, 0)}));
        const QString lastTitle = queue->model()->index(2, 0).data().toString();
        queue->model()->dropMimeData(moved.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(queue->model()->index(0, 0).data().toString(), lastTitle);

        // Double-click plays that entry; Delete removes the selection.
        const QRect cell = queue->visualRect(queue->model()->index(1, 0));
        QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(queue->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(queue->model()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        queue->setCurrentIndex(queue->model()->index(0, 0));
        queue->selectionModel()->select(queue->model()->index(0, 0),
                                        QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(queue, Qt::Key_Delete);
        QCOMPARE(queue->model()->rowCount(), 2);
        QVERIFY(
            queue->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold()); // still playing
    }

    void damagedDatabaseIsExplainedInline() {
        QTemporaryDir profile;
        QFile junk(profile.filePath(QStringLiteral("library.db")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'j'));
        junk.close();

        auto app = makeApp(profile, {m_music.path()});
        MainWindow *w = app->window();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTRY_VERIFY(w->databaseNotice()->isVisible());
        QVERIFY(w->databaseNotice()->text().contains(QStringLiteral("damaged")));
        QVERIFY(QApplication::topLevelWidgets().size() >= 1);
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY2(!(top->isVisible() && top->isModal()),
                     "no modal dialog for a damaged database");
        QCOMPARE(w->libraryView()->table()->model()->rowCount(), 0);

        QSignalSpy opened(app->library(), &Library::opened);
        w->databaseNotice()->moveAsideButton()->click();
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY(!w->databaseNotice()->isVisible());
        QDir dir(profile.path());
        QCOMPARE(dir.entryList({QStringLiteral("library.db.damaged-*")}).size(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
