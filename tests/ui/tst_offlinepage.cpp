// The Offline page as a person meets it, headless, against the loopback test Subsonic server with
// real audio, a real library database, a real catalog sync and the real download manager:
// starred songs fill Emergency Essentials and make it playable; a kept server playlist shows how
// ready it is and "Stop Keeping Offline" releases its files while Essentials cannot be unpinned;
// an empty Essentials says how to fill it; and a pick can be taken back from the table.
#include "tests/offline/offlinetesthelpers.h"
#include "ui/offlinepage.h"

#include "core/library/trackstore.h"
#include "core/model/offlineavailability.h"
#include "core/model/offlinepinsmodel.h"
#include "core/model/trackfiltermodel.h"
#include "core/model/tracktablemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

using namespace refrain;
using namespace refrain::test;

class TestOfflinePage : public QObject {
    Q_OBJECT

    std::unique_ptr<OfflineRig> m_rig;
    std::unique_ptr<OfflineAvailability> m_offline;
    std::unique_ptr<TrackTableModel> m_tracks;
    std::unique_ptr<OfflinePinsModel> m_pins;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<OfflinePage> m_page;

    QString addSong(const QString &title, int frequency, bool starred = false) {
        const QString id = m_rig->addSong(title, QStringLiteral("Album"), frequency);
        if (starred)
            m_rig->content.catalog().setStarred(id, QDateTime::currentDateTimeUtc());
        return id;
    }

    // Mirrors the catalog, wires the models as the app does, shows the page, then lets the
    // manager do everything it can and the pins follow. Songs and stars come before this.
    bool open() {
        if (!m_rig->open())
            return false;
        DownloadManager &manager = m_rig->makeManager();
        m_offline = std::make_unique<OfflineAvailability>();
        m_offline->attach(&manager);
        m_tracks = std::make_unique<TrackTableModel>();
        m_tracks->setOfflineAvailability(m_offline.get());
        m_tracks->addTracks(TrackStore(*m_rig->db).allTracks().valueOr({}));
        m_pins = std::make_unique<OfflinePinsModel>(m_rig->runner(), &manager);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_pins.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page = std::make_unique<OfflinePage>(m_pins.get(), &manager, m_tracks.get());
        m_page->resize(900, 700);
        m_page->show();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            return false;
        return settle([&] { manager.start(); });
    }

    // Pokes the manager, waits until it has done what it can, then until the pins are read.
    bool settle(const std::function<void()> &poke) {
        if (!m_rig->settle(poke))
            return false;
        QSignalSpy loaded(m_pins.get(), &OfflinePinsModel::pinsChanged);
        m_pins->reload();
        return loaded.wait(kWaitMs);
    }

    DownloadManager &manager() { return *m_rig->manager; }
    QTableView *table() { return m_page->essentialsTable(); }
    QListView *pinsList() { return m_page->pinsList(); }

    QStringList titles() {
        QStringList out;
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            out.append(model->index(row, TrackTableModel::TitleColumn).data().toString());
        out.sort();
        return out;
    }

    int tableRowOf(const QString &title) {
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, TrackTableModel::TitleColumn).data().toString() == title)
                return row;
        }
        return -1;
    }

    int pinRowOf(const QString &name) {
        for (int row = 0; row < m_pins->rowCount(); ++row) {
            if (m_pins->index(row).data().toString().startsWith(name + QStringLiteral(" — ")))
                return row;
        }
        return -1;
    }

    void selectPin(int row) {
        pinsList()->selectionModel()->setCurrentIndex(m_pins->index(row),
                                                      QItemSelectionModel::ClearAndSelect);
    }

    void selectSong(const QString &title) {
        const int row = tableRowOf(title);
        QVERIFY2(row >= 0, qPrintable(title));
        table()->setFocus();
        table()->selectionModel()->setCurrentIndex(table()->model()->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    }

    // What the table's context menu offers over the selected song.
    QStringList tableMenuEntries(const QString &title) {
        const int row = tableRowOf(title);
        const QRect cell = table()->visualRect(table()->model()->index(row, 0));
        Q_EMIT table()->customContextMenuRequested(cell.center());
        QMenu *menu = nullptr;
        for (QMenu *m : m_page->findChildren<QMenu *>()) {
            if (m->isVisible())
                menu = m;
        }
        if (!menu)
            return {QStringLiteral("(no menu)")};
        QStringList out;
        for (QAction *action : menu->actions())
            out.append(action->text());
        menu->close();
        return out;
    }

private Q_SLOTS:
    void init() { m_rig = std::make_unique<OfflineRig>(); }

    void cleanup() {
        m_page.reset();
        m_tester.reset();
        m_pins.reset();
        m_tracks.reset();
        m_offline.reset();
        m_rig.reset();
    }

    void starredSongsFillEssentialsAndPlay() {
        addSong(QStringLiteral("Morning"), 330, true);
        addSong(QStringLiteral("Evening"), 370, true);
        addSong(QStringLiteral("Never starred"), 410);
        QVERIFY(open());

        QTRY_COMPARE_WITH_TIMEOUT(
            titles(), QStringList({QStringLiteral("Evening"), QStringLiteral("Morning")}), kWaitMs);
        QVERIFY(!m_page->isShowingEmptyState());
        // Both songs were downloaded and verified: the readiness line and the table say so.
        const auto readiness = [this] { return m_page->readinessLabel()->text(); };
        QTRY_VERIFY2_WITH_TIMEOUT(readiness().startsWith(QStringLiteral("Essentials ready: "))
                                      && readiness().endsWith(QStringLiteral(" min verified")),
                                  qPrintable(readiness()), kWaitMs);
        QCOMPARE(m_page->readinessLabel()->textFormat(), Qt::PlainText);
        QTRY_COMPARE_WITH_TIMEOUT(
            table()->model()->index(0, TrackTableModel::OfflineColumn).data().toString(),
            QStringLiteral("Downloaded"), kWaitMs);
        QVERIFY(table()->isColumnHidden(TrackTableModel::SourceColumn));
        QVERIFY(m_page->holdReasonLabel()->isHidden());

        QTRY_VERIFY_WITH_TIMEOUT(m_page->playEssentialsButton()->isEnabled(), kWaitMs);
        QSignalSpy playEssentials(m_page.get(), &OfflinePage::playEssentialsRequested);
        QTest::mouseClick(m_page->playEssentialsButton(), Qt::LeftButton);
        QCOMPARE(playEssentials.size(), 1);

        // Enter on the second row plays the visible songs from there, in the table's order.
        QSignalSpy playTracks(m_page.get(), &OfflinePage::playTracksRequested);
        table()->setFocus();
        table()->setCurrentIndex(table()->model()->index(1, 0));
        QTest::keyClick(table(), Qt::Key_Return);
        QCOMPARE(playTracks.size(), 1);
        const auto played = playTracks.first().at(0).value<TrackList>();
        QCOMPARE(played.size(), 2);
        QCOMPARE(playTracks.first().at(1).toInt(), 1);
        QCOMPARE(played.at(1).title,
                 table()->model()->index(1, TrackTableModel::TitleColumn).data().toString());
    }

    void keptPlaylistShowsReadinessAndCanBeReleased() {
        const QString starred = addSong(QStringLiteral("Starred one"), 330, true);
        const QStringList road = {addSong(QStringLiteral("Road 1"), 370),
                                  addSong(QStringLiteral("Road 2"), 410)};
        const QString playlist =
            m_rig->content.catalog().addPlaylist(QStringLiteral("Road trip"), road);
        QVERIFY(open());

        // Essentials is always there and cannot be unpinned.
        QCOMPARE(m_pins->rowCount(), 1);
        selectPin(0);
        QVERIFY(!m_page->stopKeepingButton()->isEnabled());
        QVERIFY(!m_page->stopKeepingAction()->isEnabled());
        QVERIFY(!m_page->stopKeepingButton()->toolTip().isEmpty()); // it says why

        QVERIFY(settle([&] { m_pins->setServerPlaylistKept(m_rig->server.id, playlist, true); }));
        QTRY_VERIFY_WITH_TIMEOUT(pinRowOf(QStringLiteral("Road trip")) >= 0, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_pins->index(pinRowOf(QStringLiteral("Road trip")))
                                     .data()
                                     .toString()
                                     .contains(QStringLiteral("2 of 2 ready")),
                                 kWaitMs);
        const int row = pinRowOf(QStringLiteral("Road trip"));
        // The list shows exactly the model's words.
        QCOMPARE(pinsList()->model()->index(row, 0).data().toString(),
                 OfflinePinsModel::describe(m_pins->pins().at(row)));
        QStringList files;
        for (const QString &song : road)
            files.append(manager().localPath(m_rig->trackOf(song)));
        const QString kept = manager().localPath(m_rig->trackOf(starred));
        QVERIFY(!kept.isEmpty());
        for (const QString &file : std::as_const(files))
            QVERIFY2(!file.isEmpty() && QFile::exists(file), qPrintable(file));

        selectPin(row);
        QVERIFY(m_page->stopKeepingButton()->isEnabled());
        QTest::mouseClick(m_page->stopKeepingButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_pins->rowCount(), 1, kWaitMs);
        QCOMPARE(pinRowOf(QStringLiteral("Road trip")), -1);
        for (const QString &file : std::as_const(files))
            QTRY_VERIFY2_WITH_TIMEOUT(!QFile::exists(file), qPrintable(file), kWaitMs);
        QVERIFY(!m_page->stopKeepingButton()->isEnabled()); // nothing selected any more
        QVERIFY(QFile::exists(kept));                       // Essentials keeps its own
    }

    void emptyEssentialsSaysHowToFillIt() {
        addSong(QStringLiteral("Plain"), 330);
        QVERIFY(open());

        QTRY_VERIFY_WITH_TIMEOUT(m_page->isShowingEmptyState(), kWaitMs);
        QVERIFY(m_page->emptyLabel()->isVisible());
        QCOMPARE(m_page->emptyLabel()->text(),
                 QStringLiteral("Nothing here yet: star songs on your server or use “Add to "
                                "Emergency Essentials” on any song."));
        QVERIFY(!m_page->playEssentialsButton()->isEnabled());
        QVERIFY(m_page->readinessLabel()->text().startsWith(QStringLiteral("Essentials is empty")));

        QSignalSpy downloads(m_page.get(), &OfflinePage::downloadsRequested);
        QTest::mouseClick(m_page->downloadsButton(), Qt::LeftButton);
        QCOMPARE(downloads.size(), 1);
    }

    void picksCanBeTakenBack() {
        addSong(QStringLiteral("Starred"), 330, true);
        const QString a = addSong(QStringLiteral("Pick A"), 370);
        const QString b = addSong(QStringLiteral("Pick B"), 410);
        QVERIFY(open());
        QTRY_COMPARE_WITH_TIMEOUT(titles(), QStringList({QStringLiteral("Starred")}), kWaitMs);

        QVERIFY(settle([&] { m_pins->setPicked({m_rig->trackOf(a), m_rig->trackOf(b)}, true); }));
        QTRY_COMPARE_WITH_TIMEOUT(titles(),
                                  QStringList({QStringLiteral("Pick A"), QStringLiteral("Pick B"),
                                               QStringLiteral("Starred")}),
                                  kWaitMs);

        // A starred song is there on its own: nothing to take back.
        selectSong(QStringLiteral("Starred"));
        QVERIFY(!m_page->removePickAction()->isEnabled());
        QVERIFY(!tableMenuEntries(QStringLiteral("Starred"))
                     .contains(QStringLiteral("Remove from Emergency Essentials")));

        // From the context menu.
        selectSong(QStringLiteral("Pick A"));
        QVERIFY(m_page->removePickAction()->isEnabled());
        QVERIFY(tableMenuEntries(QStringLiteral("Pick A"))
                    .contains(QStringLiteral("Remove from Emergency Essentials")));
        m_page->removePickAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            titles(), QStringList({QStringLiteral("Pick B"), QStringLiteral("Starred")}), kWaitMs);
        QVERIFY(!m_pins->isPicked(m_rig->trackOf(a)));

        // With the Delete key.
        selectSong(QStringLiteral("Pick B"));
        // The menus above took the focus for a moment; the page gets it back as a person's click
        // would.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(titles(), QStringList({QStringLiteral("Starred")}), kWaitMs);
        QVERIFY(!m_pins->isPicked(m_rig->trackOf(b)));
    }
};

QTEST_MAIN(TestOfflinePage)
#include "tst_offlinepage.moc"
