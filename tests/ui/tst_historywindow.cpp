// Listening history in the whole app, headless: an exported history imported the way File ▸
// Import Listening History… does it (progress bar, notice, the Nostalgia page following), its
// listens matched to library songs by normalised names, a real play of a library song recorded
// when the app quits, and the song's first listen shown on the now-playing title.
#include "app/compositionroot.h"
#include "app/historywiring.h"
#include "core/history/listenstore.h"
#include "core/library/database.h"
#include "core/library/statement.h"
#include "core/model/nostalgiamodel.h"
#include "core/model/tracktablemodel.h"
#include "core/playback/playbackengine.h"
#include "tests/support/audiofixtures.h"
#include "ui/librarybrowser.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"
#include "ui/nostalgiapage.h"
#include "ui/nowplayingbar.h"

#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;
using refrain::test::AudioFixtures;

class TestHistoryWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_music;
    QTemporaryDir m_exports;

    std::unique_ptr<CompositionRoot> start(const QTemporaryDir &profile) {
        CompositionRoot::Options options;
        options.profile = Profile::resolve(profile.path());
        options.addedLibraries = {m_music.path()};
        auto root = std::make_unique<CompositionRoot>(options);
        root->start();
        return root;
    }

    // A ListenBrainz export: two listens of library songs, spelt as another service spells them
    // (case, accents), one of a song that is not in the library.
    QString writeExport() {
        const QString path = m_exports.filePath(QStringLiteral("6.jsonl"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        const auto line = [&](qint64 at, const char *artist, const char *title) {
            file.write(QByteArray("{\"listened_at\": ") + QByteArray::number(at)
                       + ", \"track_metadata\": {\"artist_name\": \"" + artist
                       + "\", \"track_name\": \"" + title
                       + "\", \"additional_info\": {\"duration_ms\": 200000}}}\n");
        };
        line(1717236000, "BEYONCE", "Deja Vu");            // 2024-06-01 10:00 UTC
        line(1717322400, "Кино", "группа крови");          // 2024-06-02 10:00 UTC
        line(1717408800, "Nobody Here", "Nothing At All"); // 2024-06-03 10:00 UTC
        return path;
    }

    int playsRecordedHere(const QTemporaryDir &profile) {
        auto db = Database::open(Profile::resolve(profile.path()).databasePath());
        if (!db)
            return -1;
        auto s = Statement::prepare(db.value(), "SELECT COUNT(*) FROM listens WHERE origin = "
                                                "'here' AND played_ms >= 1000");
        return s && s.value().step() == Statement::Step::Row ? s.value().integer(0) : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        const QString error = AudioFixtures::makeStandardLibrary(m_music.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void importedHistoryReachesThePageAndTheNowPlayingTitle() {
        QTemporaryDir profile;
        auto app = start(profile);
        MainWindow *w = app->window();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTRY_COMPARE_WITH_TIMEOUT(app->tracks()->rowCount(), 5, 20000);

        HistoryWiring *history = app->history();
        QSignalSpy finished(history, &HistoryWiring::importFinished);
        history->importHistory({writeExport()});
        QVERIFY(history->isImporting());
        QVERIFY(w->statusBar()->findChild<QProgressBar *>(QStringLiteral("importProgress")));
        QVERIFY(finished.wait(20000));
        const auto report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.counts.imported, 3);
        QCOMPARE(report.counts.matched, 2);
        QVERIFY(!history->isImporting());
        QVERIFY(!w->statusBar()->findChild<QProgressBar *>(QStringLiteral("importProgress")));
        QVERIFY2(w->statusBar()->currentMessage().startsWith(QStringLiteral("Imported 3 listens")),
                 qPrintable(w->statusBar()->currentMessage()));

        // The page follows: 2024, three listens, the matched songs' genre.
        NostalgiaModel *nostalgia = history->nostalgia();
        QTRY_VERIFY_WITH_TIMEOUT(nostalgia->years().contains(2024), 10000);
        nostalgia->setPeriod(2024);
        QTRY_VERIFY_WITH_TIMEOUT(nostalgia->isRecapCurrent() && nostalgia->recap().listens == 3,
                                 10000);
        QCOMPARE(nostalgia->recap().topGenres.size(), 1);
        QCOMPARE(nostalgia->recap().topGenres.first().name, QStringLiteral("Test"));
        QCOMPARE(nostalgia->recap().topGenres.first().listens, 2);
        auto *page = w->findChild<NostalgiaPage *>(QStringLiteral("nostalgiaPage"));
        QVERIFY(page);
        QTRY_VERIFY(page->headingLabel()->text().contains(QStringLiteral("2024")));

        // Importing the same export again adds nothing.
        history->importHistory({m_exports.filePath(QStringLiteral("6.jsonl"))});
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().first().value<ImportReport>().counts.duplicates, 3);

        // Playing "Déjà Vu" says when it was first heard.
        const int row = [&] {
            for (int r = 0; r < app->tracks()->rowCount(); ++r) {
                if (app->tracks()->trackAt(r).title == QStringLiteral("Déjà Vu"))
                    return r;
            }
            return -1;
        }();
        QVERIFY(row >= 0);
        QSignalSpy queueDone(app->engine(), &PlaybackEngine::queueFinished);
        app->engine()->playTracks({app->tracks()->trackAt(row)}, 0);
        QTRY_COMPARE_WITH_TIMEOUT(w->nowPlayingBar()->titleLabel()->toolTip(),
                                  QStringLiteral("First heard 1 June 2024"), 10000);
        QVERIFY(queueDone.wait(15000));

        // The play itself (a 2-second song: a play, not a listen) is in the history once the
        // app has quit.
        app.reset();
        QCOMPARE(playsRecordedHere(profile), 1);
    }

    // A listen owed to ListenBrainz while it cannot be reached stays counted in the status bar.
    void listensWaitingToBeSentAreShown() {
        QTemporaryDir profile;
        {
            QSettings settings(Profile::resolve(profile.path()).settingsPath(),
                               QSettings::IniFormat);
            settings.setValue(QStringLiteral("history/listenBrainzUrl"),
                              QStringLiteral("http://127.0.0.1:1"));
            auto db = Database::open(Profile::resolve(profile.path()).databasePath());
            QVERIFY(db.ok());
            ListenStore store(db.value());
            Listen listen;
            listen.artist = QStringLiteral("Björk");
            listen.title = QStringLiteral("Jóga");
            listen.startedAt = QDateTime::currentDateTimeUtc().addDays(-1);
            listen.playedMs = 200'000;
            listen.counted = true;
            QVERIFY(store.record(listen, {QStringLiteral("listenbrainz")}).ok());
        }
        auto app = start(profile);
        MainWindow *w = app->window();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        auto *pending = w->statusBar()->findChild<QLabel *>(QStringLiteral("scrobblePending"));
        QVERIFY(pending);
        app->history()->setListenBrainzToken(QStringLiteral("a-token-for-the-test"));
        QTRY_VERIFY_WITH_TIMEOUT(pending->isVisible(), 10000);
        QCOMPARE(pending->text(), QStringLiteral("1 listen(s) to send"));
        // Counted from the queue at once; named once the token's target is set up.
        QTRY_VERIFY_WITH_TIMEOUT(pending->toolTip().contains(QStringLiteral("ListenBrainz")),
                                 10000);
        QVERIFY(!pending->toolTip().contains(QStringLiteral("a-token-for-the-test")));
    }

    void aFileThatIsNoHistorySaysSo() {
        QTemporaryDir profile;
        auto app = start(profile);
        QVERIFY(QTest::qWaitForWindowExposed(app->window()));
        const QString notes = m_exports.filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list\n");
        file.close();
        QSignalSpy failed(app->history(), &HistoryWiring::importFailed);
        app->history()->importHistory({notes});
        QVERIFY(failed.wait(20000));
        QVERIFY2(app->window()->statusBar()->currentMessage().startsWith(
                     QStringLiteral("Nothing was imported")),
                 qPrintable(app->window()->statusBar()->currentMessage()));
        QVERIFY(!app->history()->isImporting());
    }
};

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
