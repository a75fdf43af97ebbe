// The Downloads view as a person meets it, headless, against the loopback test Subsonic server
// with real audio, a real library database and the real download manager: rows show live
// progress and a total line; Pause All stops the traffic and Resume All finishes it; Cancel and
// Resume work on a selected file; Download Next jumps the queue; the quota's hold reason is shown
// as plain text; and the offline settings reach the manager after a short pause in typing.
#include "tests/offline/offlinetesthelpers.h"
#include "ui/downloadsdialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>

using namespace refrain;
using namespace refrain::test;

namespace {
const QByteArray kDownloadPath = "/download.view";
}

class TestDownloadsDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<OfflineRig> m_rig;
    std::unique_ptr<DownloadsDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_songs;

    // `count` songs of 3 s in one pinned server playlist, the settings tweaked, the dialog open
    // (before the manager starts, as when the app opens it early).
    bool setUp(int count, const std::function<void(OfflineSettings &)> &tweak = {}) {
        for (int i = 0; i < count; ++i)
            m_songs.append(m_rig->addSong(QStringLiteral("Song %1").arg(i + 1),
                                          QStringLiteral("Album"), 300 + 40 * i));
        const QString playlist =
            m_rig->content.catalog().addPlaylist(QStringLiteral("Road trip"), m_songs);
        if (!m_rig->open())
            return false;
        if (!m_rig->store().pin(PinKind::ServerPlaylist, m_rig->server.id, playlist,
                                QDateTime::currentMSecsSinceEpoch()))
            return false;
        OfflineSettings settings;
        if (tweak)
            tweak(settings);
        if (!m_rig->store().setSettings(settings))
            return false;
        DownloadManager &manager = m_rig->makeManager();
        // The app reads on the library thread; here the same query runs inline.
        m_dialog = std::make_unique<DownloadsDialog>(
            &manager, [rig = m_rig.get()](const std::function<void(QList<DownloadRow>)> &done) {
                done(rig->queue().rows().valueOr({}));
            });
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_dialog->show();
        return QTest::qWaitForWindowExposed(m_dialog.get());
    }

    DownloadManager &manager() { return *m_rig->manager; }
    DownloadListModel *model() { return m_dialog->model(); }

    qint64 fileOf(const QString &songId) {
        const qint64 track = m_rig->trackOf(songId);
        for (const DownloadRow &row : m_rig->queue().rows().valueOr({})) {
            if (row.trackId == track)
                return row.fileId;
        }
        return 0;
    }

    qint64 fileAt(int row) {
        return model()->index(row, 0).data(DownloadListModel::FileIdRole).toLongLong();
    }

    QString stateAt(int row) {
        return model()->index(row, DownloadListModel::StateColumn).data().toString();
    }

    qint64 trackOfFile(qint64 fileId) {
        for (const DownloadRow &row : m_rig->queue().rows().valueOr({})) {
            if (row.fileId == fileId)
                return row.trackId;
        }
        return 0;
    }

    // The server's song id of an offline file.
    QString songOfFile(qint64 fileId) {
        const qint64 track = trackOfFile(fileId);
        for (const QString &song : std::as_const(m_songs)) {
            if (m_rig->trackOf(song) == track)
                return song;
        }
        return {};
    }

    QString stateText(qint64 fileId) {
        const int row = model()->rowOf(fileId);
        return row < 0 ? QStringLiteral("(not shown)")
                       : model()->index(row, DownloadListModel::StateColumn).data().toString();
    }

    QString sizeText(qint64 fileId) {
        const int row = model()->rowOf(fileId);
        return row < 0 ? QString()
                       : model()->index(row, DownloadListModel::SizeColumn).data().toString();
    }

    QStringList allStates() {
        QStringList out;
        for (int row = 0; row < model()->rowCount(); ++row)
            out << model()->index(row, DownloadListModel::StateColumn).data().toString();
        return out;
    }

    // The most any shown row has downloaded, in percent; -1 when nothing runs.
    int maxProgress() {
        int best = -1;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QModelIndex index = model()->index(row, 0);
            if (index.data(DownloadListModel::StateRole).toInt()
                == int(DownloadRow::State::Downloading))
                best = qMax(best, index.data(DownloadListModel::ProgressRole).toInt());
        }
        return best;
    }

    // Clicks the row as a person would (a plain click: it alone is selected).
    void clickRow(qint64 fileId) {
        const int row = model()->rowOf(fileId);
        QVERIFY2(row >= 0, "the row is not shown");
        QTableView *table = m_dialog->table();
        const QRect rect = table->visualRect(model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_dialog->selectedFileIds(), QList<qint64>{fileId});
    }

    // The song ids the server was asked to download, in order.
    QStringList downloadsAsked() const {
        QStringList out;
        for (const HttpRequest &r : m_rig->http.requests()) {
            if (r.path.endsWith(kDownloadPath))
                out << r.query.queryItemValue(QStringLiteral("id"));
        }
        return out;
    }

    // On its box: the widget is as wide as the window, its text is not.
    static void clickCheckBox(QCheckBox *box) {
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator =
            box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
    }

    static void typeInto(QAbstractSpinBox *box, const QString &text) {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
    }

private Q_SLOTS:
    void initTestCase() {
        // Typed numbers use a point whatever the machine's language.
        QLocale::setDefault(QLocale::c());
    }

    void init() {
        m_rig = std::make_unique<OfflineRig>();
        m_songs.clear();
    }

    void cleanup() {
        m_tester.reset();
        m_dialog.reset();
        m_rig.reset();
    }

    void totalLineReadsAsOneSentence() {
        DownloadManager::Totals t;
        t.running = 3;
        t.queued = 15; // the running ones are in the queue too
        t.doneBytes = qint64(45.2 * 1024 * 1024);
        t.remainingBytes = qint64(120 * 1024 * 1024) - t.doneBytes;
        t.bytesPerSecond = 4.1 * 1024 * 1024;
        t.etaMs = 18'000;
        QCOMPARE(DownloadsDialog::totalsText(t, false),
                 QStringLiteral("3 downloading · 12 waiting · 45.2 MiB of 120 MiB · 4.1 MiB/s · "
                                "about 0:18 left"));
        t.etaMs = -1; // unknown: no guess is shown
        QVERIFY(!DownloadsDialog::totalsText(t, false).contains(QStringLiteral("left")));
        // Paused: neither a speed nor a time that will not come true.
        t.etaMs = 18'000;
        QCOMPARE(DownloadsDialog::totalsText(t, true),
                 QStringLiteral("Paused · 12 waiting · 45.2 MiB of 120 MiB"));
        QCOMPARE(DownloadsDialog::totalsText({}, false),
                 QStringLiteral("Nothing is waiting to download."));
    }

    void pauseAllStopsTheTrafficAndResumeAllFinishes() {
        QVERIFY(setUp(3));
        // Every download trickles and never ends on its own: only Pause All can stop them.
        m_rig->http.setMode(FaultMode::trickle(512, 40).onlyFor(kDownloadPath));
        manager().start();

        QTRY_VERIFY_WITH_TIMEOUT(maxProgress() > 0, kWaitMs);
        const int first = maxProgress();
        QTRY_VERIFY_WITH_TIMEOUT(maxProgress() > first, kWaitMs); // it moves while one watches
        const QRegularExpression downloading(QStringLiteral("^Downloading \\d+ %$"));
        QVERIFY2(allStates().indexOf(downloading) >= 0, qPrintable(allStates().join(u'|')));
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->totalsLabel()->text().contains(QStringLiteral(" of ")),
                                 kWaitMs);
        QVERIFY2(m_dialog->totalsLabel()->text().contains(QStringLiteral("downloading")),
                 qPrintable(m_dialog->totalsLabel()->text()));
        QCOMPARE(m_dialog->pauseAllButton()->text(), QStringLiteral("Pause &All"));

        QTest::mouseClick(m_dialog->pauseAllButton(), Qt::LeftButton);
        // The server stops sending: every download connection is closed.
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->http.inFlight(), 0, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(manager().active().isEmpty(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(allStates(), QStringList(3, QStringLiteral("Paused")), kWaitMs);
        QCOMPARE(m_dialog->pauseAllButton()->text(), QStringLiteral("Resume &All"));
        QVERIFY2(m_dialog->totalsLabel()->text().startsWith(QStringLiteral("Paused")),
                 qPrintable(m_dialog->totalsLabel()->text()));
        // A paused row still says how far it got.
        bool keptSome = false;
        for (const QString &song : std::as_const(m_songs))
            keptSome = keptSome || sizeText(fileOf(song)).contains(QStringLiteral(" of "));
        QVERIFY(keptSome);
        // Nothing starts again while paused, even when the manager is asked to look again.
        const int asked = int(downloadsAsked().size());
        QVERIFY(m_rig->settle([&] { manager().reconcile(); }));
        QCOMPARE(int(downloadsAsked().size()), asked);
        QCOMPARE(m_rig->http.inFlight(), 0);

        m_rig->http.setMode(FaultMode::normal());
        QTest::mouseClick(m_dialog->pauseAllButton(), Qt::LeftButton);
        QCOMPARE(m_dialog->pauseAllButton()->text(), QStringLiteral("Pause &All"));
        // Finished files leave the view: it is about what is still to come.
        QTRY_COMPARE_WITH_TIMEOUT(model()->verifiedCount(), 3, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 0, kWaitMs);
        QVERIFY2(m_dialog->showFinishedBox()->text().contains(QStringLiteral("(3)")),
                 qPrintable(m_dialog->showFinishedBox()->text()));
        clickCheckBox(m_dialog->showFinishedBox());
        QVERIFY(m_dialog->showFinishedBox()->isChecked());
        QCOMPARE(allStates(), QStringList(3, QStringLiteral("Verified")));
        for (const QString &song : std::as_const(m_songs))
            QVERIFY(manager().isAvailable(m_rig->trackOf(song)));
    }

    void cancelledFileFailsAndResumeBringsItBack() {
        QVERIFY(setUp(2, [](OfflineSettings &s) { s.parallel = 1; }));
        // The first download trickles forever; everything after it is answered at once.
        m_rig->http.setMode(FaultMode::trickle(512, 40).onlyFor(kDownloadPath).times(1));
        manager().start();
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() == 2 && stateAt(0).startsWith(u"Downloading"),
                                 kWaitMs);
        const qint64 first = fileAt(0);
        const qint64 second = fileAt(1);
        QCOMPARE(stateText(second), QStringLiteral("Queued"));
        clickRow(first);
        QVERIFY(m_dialog->cancelButton()->isEnabled());
        QVERIFY(!m_dialog->resumeButton()->isEnabled());
        QTest::mouseClick(m_dialog->cancelButton(), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(stateText(first), QStringLiteral("Failed: Cancelled"), kWaitMs);
        QCOMPARE(model()->index(model()->rowOf(first), 0).data(DownloadListModel::ErrorRole),
                 QVariant(QStringLiteral("Cancelled")));
        // The other file goes on and finishes; the cancelled one stays selected throughout.
        QTRY_COMPARE_WITH_TIMEOUT(model()->verifiedCount(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowOf(second), -1, kWaitMs);
        QCOMPARE(m_dialog->selectedFileIds(), QList<qint64>{first});
        QVERIFY(!manager().isAvailable(trackOfFile(first)));
        QVERIFY(manager().isAvailable(trackOfFile(second)));
        QVERIFY(m_dialog->resumeButton()->isEnabled());
        QVERIFY(!m_dialog->cancelButton()->isEnabled());

        QTest::mouseClick(m_dialog->resumeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model()->verifiedCount(), 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 0, kWaitMs);
        QVERIFY(manager().isAvailable(trackOfFile(first)));
    }

    void downloadNextJumpsTheQueue() {
        QVERIFY(setUp(3, [](OfflineSettings &s) { s.parallel = 1; }));
        m_rig->http.setMode(FaultMode::trickle(512, 40).onlyFor(kDownloadPath).times(1));
        manager().start();
        // The view lists the queue in the order it is worked: the running file first.
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() == 3 && stateAt(0).startsWith(u"Downloading"),
                                 kWaitMs);
        const qint64 running = fileAt(0);
        const qint64 waitedLonger = fileAt(1);
        const qint64 last = fileAt(2);
        QCOMPARE(downloadsAsked(), QStringList{songOfFile(running)});
        QCOMPARE(stateText(last), QStringLiteral("Queued"));

        clickRow(last);
        QTest::mouseClick(m_dialog->downloadNextButton(), Qt::LeftButton);
        // It moves to the top of the list, and stays the selected row.
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowOf(last), 0, kWaitMs);
        QCOMPARE(m_dialog->selectedFileIds(), QList<qint64>{last});

        // The running one is paused: the next file the server is asked for is the one moved up,
        // ahead of the one that waited longer.
        clickRow(running);
        QTest::mouseClick(m_dialog->pauseButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateText(running), QStringLiteral("Paused"), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(downloadsAsked().size(), 3, kWaitMs);
        QCOMPARE(downloadsAsked(),
                 (QStringList{songOfFile(running), songOfFile(last), songOfFile(waitedLonger)}));
        QTRY_COMPARE_WITH_TIMEOUT(model()->verifiedCount(), 2, kWaitMs);
        QCOMPARE(stateText(running), QStringLiteral("Paused"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, kWaitMs);
    }

    void theQuotaHoldIsExplainedInPlainText() {
        // 10 kB for everything: no song fits.
        QVERIFY(setUp(2, [](OfflineSettings &s) { s.quotaGb = 0.00001; }));
        manager().start();
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->noticeArea()->isVisible(), kWaitMs);
        QLabel *notice = m_dialog->noticeLabel();
        QCOMPARE(notice->textFormat(), Qt::PlainText);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("reached its limit")),
                 qPrintable(notice->text()));
        QCOMPARE(notice->text(), manager().holdReason());
        // The list loads its rows on its own schedule; the notice may come first.
        QTRY_COMPARE_WITH_TIMEOUT(allStates(), QStringList(2, QStringLiteral("Queued")), kWaitMs);
        QCOMPARE(downloadsAsked().size(), 0);

        // Raising the quota in the same window lets them download, and the notice goes.
        typeInto(m_dialog->quotaBox(), QStringLiteral("1"));
        QCOMPARE(m_dialog->quotaBox()->value(), 1.0);
        QTRY_COMPARE_WITH_TIMEOUT(model()->verifiedCount(), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->noticeArea()->isVisible(), kWaitMs);
        QCOMPARE(manager().settings().quotaGb, 1.0);
    }

    void settingsReachTheManagerAfterTyping() {
        // A quota finer than the field shows: editing other fields must not round it away.
        QVERIFY(setUp(1, [](OfflineSettings &s) { s.quotaGb = 2.345; }));
        QVERIFY(m_rig->settle([&] { manager().start(); }));
        QCOMPARE(m_dialog->parallelBox()->value(), 3);
        QVERIFY(!m_dialog->essentialsHoursBox()->accessibleName().isEmpty());

        typeInto(m_dialog->parallelBox(), QStringLiteral("5"));
        typeInto(m_dialog->essentialsHoursBox(), QStringLiteral("2.5"));
        typeInto(m_dialog->essentialsGbBox(), QStringLiteral("4"));
        typeInto(m_dialog->cacheBox(), QStringLiteral("3"));
        QTRY_COMPARE_WITH_TIMEOUT(manager().settings().parallel, 5, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(manager().settings().cacheGb, 3.0, kWaitMs);
        const OfflineSettings applied = manager().settings();
        QCOMPARE(applied.essentialsHours, 2.5);
        QCOMPARE(applied.essentialsGb, 4.0);
        QCOMPARE(applied.quotaGb, 2.345);
        // Kept for the next start.
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->store().settings().valueOr({}), applied, kWaitMs);

        // Closing the window right after typing still applies what was typed.
        typeInto(m_dialog->parallelBox(), QStringLiteral("2"));
        m_dialog->close();
        QCOMPARE(manager().settings().parallel, 2);
    }
};

QTEST_MAIN(TestDownloadsDialog)
#include "tst_downloadsdialog.moc"
