// The Library as the window uses it: work happens on its own thread and comes back as signals,
// and a watched folder that changes is rescanned without anyone asking.
#include "core/library/library.h"
#include "core/model/playlistentriesmodel.h"
#include "core/model/playlistlistmodel.h"
#include "tests/support/audiofixtures.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace refrain;
using refrain::test::AudioFixtures;

class TestLibrary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensLoadsAndScansOffTheCallingThread() {
        QTemporaryDir profile;
        QTemporaryDir music;
        QVERIFY(AudioFixtures::makeStandardLibrary(music.path()).isEmpty());

        Library library;
        QSignalSpy opened(&library, &Library::opened);
        QSignalSpy finished(&library, &Library::scanFinished);
        QThread *scanThread = nullptr;
        connect(&library, &Library::scanStarted, this,
                [&] { scanThread = QThread::currentThread(); });
        library.open(profile.filePath(QStringLiteral("library.db")));
        QVERIFY(opened.wait(10000));
        library.scan({music.path()});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<ScanReport>().tracksAdded, 5);
        QCOMPARE(scanThread, QThread::currentThread()); // delivered here, queued

        // A second Library on the same profile loads what the first stored.
        Library again;
        QSignalSpy loaded(&again, &Library::tracksLoaded);
        QSignalSpy done(&again, &Library::loadFinished);
        again.open(profile.filePath(QStringLiteral("library.db")));
        QVERIFY(done.wait(10000));
        int count = 0;
        for (const auto &args : std::as_const(loaded))
            count += int(args.first().value<TrackList>().size());
        QCOMPARE(count, 5);
    }

    void searchIsAnsweredWhileAScanRuns() {
        QTemporaryDir profile;
        QTemporaryDir music;
        const auto spec = AudioFixtures::standardLibrary().at(1);
        QVERIFY(AudioFixtures::makeTone(music.path(), spec).isEmpty());
        for (int i = 0; i < 600; ++i) {
            QVERIFY(
                QFile::copy(music.filePath(spec.relativePath),
                            music.filePath(QStringLiteral("Beyoncé/Déjà Vu/copy %1.flac").arg(i))));
        }
        Library library;
        QSignalSpy opened(&library, &Library::opened);
        QSignalSpy added(&library, &Library::tracksAdded);
        QSignalSpy finished(&library, &Library::scanFinished);
        QSignalSpy found(&library, &Library::idsFound);
        library.open(profile.filePath(QStringLiteral("library.db")));
        QVERIFY(opened.wait(10000));
        library.scan({music.path()});
        QVERIFY(added.wait(10000)); // the first rows are in
        const quint64 request = library.findIds(QStringLiteral("irreplaceable"));
        QVERIFY(found.wait(10000));
        QCOMPARE(finished.count(), 0); // answered by the reader while the writer still scans
        const auto matches = found.first().first().value<SearchMatches>();
        QCOMPARE(matches.requestId, request);
        QVERIFY(!matches.all);
        QVERIFY(!matches.ids.isEmpty());
        QVERIFY(finished.wait(60000));

        // A burst of keystrokes: the newest request is answered last (older ones may be dropped).
        found.clear();
        library.findIds(QStringLiteral("i"));
        library.findIds(QStringLiteral("ir"));
        const quint64 last = library.findIds(QStringLiteral("irr"));
        QTRY_VERIFY(!found.isEmpty()
                    && found.last().first().value<SearchMatches>().requestId == last);
        QVERIFY(found.count() <= 3);
        QCOMPARE(found.last().first().value<SearchMatches>().ids.size(), 601);
    }

    void playlistModelsWorkThroughTheLibraryThread() {
        QTemporaryDir profile;
        QTemporaryDir music;
        QVERIFY(AudioFixtures::makeStandardLibrary(music.path()).isEmpty());
        Library library;
        PlaylistListModel playlists(&library);
        PlaylistEntriesModel entries(&library, &playlists);
        QAbstractItemModelTester t1(&playlists,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&entries,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&library, &Library::scanFinished);
        QSignalSpy added(&library, &Library::tracksAdded);
        library.open(profile.filePath(QStringLiteral("library.db")));
        library.scan({music.path()});
        QVERIFY(finished.wait(30000));
        TrackIds ids;
        for (const auto &args : std::as_const(added)) {
            for (const Track &t : args.first().value<TrackList>())
                ids.append(t.id);
        }
        QCOMPARE(ids.size(), 5);

        QSignalSpy created(&playlists, &PlaylistListModel::created);
        playlists.create(QStringLiteral("Road trip"), ids.mid(0, 3));
        QVERIFY(created.wait(10000));
        const qint64 id = created.first().first().toLongLong();
        QTRY_COMPARE(playlists.rowCount(), 1);
        QCOMPARE(playlists.index(0).data(PlaylistListModel::ItemCountRole).toInt(), 3);

        QSignalSpy loaded(&entries, &PlaylistEntriesModel::loaded);
        entries.setPlaylist(id);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(entries.rowCount(), 3);
        const qint64 last = entries.index(2, 0).data(PlaylistEntriesModel::ItemIdRole).toLongLong();
        const qint64 firstTrack =
            entries.index(0, 0).data(PlaylistEntriesModel::TrackIdRole).toLongLong();

        // Move the last entry to the top; add two tracks at the end; remove one.
        playlists.moveItems(id, {last}, 0);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(entries.index(0, 0).data(PlaylistEntriesModel::ItemIdRole).toLongLong(), last);
        QCOMPARE(entries.index(1, 0).data(PlaylistEntriesModel::TrackIdRole).toLongLong(),
                 firstTrack);
        playlists.addTracks(id, ids.mid(3));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(entries.rowCount(), 5);
        playlists.removeItems(id, {last});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(entries.rowCount(), 4);

        // Delete, then undo.
        QSignalSpy removed(&playlists, &PlaylistListModel::removed);
        playlists.remove(id);
        QVERIFY(removed.wait(10000));
        QTRY_COMPARE(playlists.rowCount(), 0);
        playlists.undoRemove();
        QTRY_COMPARE(playlists.rowCount(), 1);
        QCOMPARE(playlists.index(0).data().toString(), QStringLiteral("Road trip"));
    }

    void watcherPicksUpNewFiles() {
        QTemporaryDir profile;
        QTemporaryDir music;
        const auto specs = AudioFixtures::standardLibrary();
        QVERIFY(AudioFixtures::makeTone(music.path(), specs.at(0)).isEmpty());

        Library library;
        QSignalSpy finished(&library, &Library::scanFinished);
        QSignalSpy added(&library, &Library::tracksAdded);
        QSignalSpy removed(&library, &Library::tracksRemoved);
        library.open(profile.filePath(QStringLiteral("library.db")));
        library.scan({music.path()});
        QVERIFY(finished.wait(30000));
        QCOMPARE(added.count(), 1);

        // Someone copies music in while Refrain runs: no scan is requested.
        QTemporaryDir staging;
        QVERIFY(AudioFixtures::makeTone(staging.path(), specs.at(3)).isEmpty());
        QVERIFY(QDir().mkpath(music.filePath(QStringLiteral("Кино"))));
        QVERIFY(QFile::rename(staging.filePath(specs.at(3).relativePath),
                              music.filePath(specs.at(3).relativePath)));
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 2, 15000);
        QCOMPARE(added.last().first().value<TrackList>().first().title, specs.at(3).title);

        // …and deletes a file.
        QVERIFY(QFile::remove(music.filePath(specs.at(0).relativePath)));
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 15000);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
