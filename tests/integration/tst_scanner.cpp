// Scanning real generated files: exact rows, unreadable files listed, incremental rescans, a
// music folder that disappears and comes back, and FTS5 search over the result.
#include "core/library/database.h"
#include "core/library/scanner.h"
#include "core/library/searchquery.h"
#include "core/library/tagreader.h"
#include "core/library/trackstore.h"
#include "tests/support/audiofixtures.h"

#include <taglib/attachedpictureframe.h>
#include <taglib/id3v1tag.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace refrain;
using refrain::test::AudioFixtures;

class TestScanner : public QObject {
    Q_OBJECT

    QTemporaryDir m_music;

    static QString join(const QString &dir, const QString &rel) { return QDir(dir).filePath(rel); }

    Database openFresh(const QTemporaryDir &profile) {
        auto db = Database::open(profile.filePath(QStringLiteral("library.db")));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return std::move(db).value();
    }

    TrackList searchFor(Database &db, const QString &text) {
        const auto found = TrackStore(db).search(SearchQuery::parse(text));
        if (!found) {
            QTest::qFail(qPrintable(found.error().message), __FILE__, __LINE__);
            return {};
        }
        return found.value();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_music.isValid());
        const QString error = AudioFixtures::makeStandardLibrary(m_music.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void firstScanGivesExactRows() {
        QTemporaryDir profile;
        Database db = openFresh(profile);
        Scanner scanner(db);
        QSignalSpy added(&scanner, &Scanner::tracksAdded);
        const ScanReport report = scanner.run({m_music.path()});

        const auto specs = AudioFixtures::standardLibrary();
        QCOMPARE(report.filesSeen, int(specs.size()) + 2); // + corrupt + empty; notes.txt ignored
        QCOMPARE(report.tracksAdded, int(specs.size()));
        QCOMPARE(report.tracksUnchanged, 0);
        QCOMPARE(report.failed.size(), 2);
        QStringList failedPaths;
        for (const ScanIssue &issue : report.failed) {
            failedPaths << issue.path;
            QVERIFY(!issue.reason.isEmpty());
        }
        QVERIFY(failedPaths.contains(
            join(m_music.path(), QString::fromLatin1(AudioFixtures::kCorruptFile))));
        QVERIFY(failedPaths.contains(
            join(m_music.path(), QString::fromLatin1(AudioFixtures::kEmptyFile))));
        QVERIFY(!report.hasProblems());
        QVERIFY(!added.isEmpty()); // rows were announced as they landed

        const auto all = TrackStore(db).allTracks();
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), specs.size());
        for (const auto &spec : specs) {
            const QString path = join(m_music.path(), spec.relativePath);
            const auto it = std::find_if(all.value().cbegin(), all.value().cend(),
                                         [&](const Track &t) { return t.location == path; });
            QVERIFY2(it != all.value().cend(), qPrintable(path));
            QCOMPARE(it->title, spec.title);
            QCOMPARE(it->artist, spec.artist);
            QCOMPARE(it->album, spec.album);
            QCOMPARE(it->year, spec.year);
            QCOMPARE(it->trackNumber, spec.track);
            QCOMPARE(it->source, QStringLiteral("local"));
            QVERIFY(it->available);
            QVERIFY2(qAbs(it->durationMs - 2000) < 150,
                     qPrintable(QString::number(it->durationMs)));
            QVERIFY(it->sampleRate == 44100);
            if (!spec.albumArtist.isEmpty())
                QCOMPARE(it->albumArtist, spec.albumArtist);
            if (!spec.trackGain.isEmpty()) {
                QVERIFY(it->trackGainDb.has_value());
                QCOMPARE(*it->trackGainDb,
                         spec.trackGain.section(QLatin1Char(' '), 0, 0).toDouble());
            }
        }
    }

    void unchangedRescanReadsNothingAndChangesAreFound() {
        QTemporaryDir profile;
        Database db = openFresh(profile);
        Scanner scanner(db);
        QCOMPARE(scanner.run({m_music.path()}).tracksAdded, 5);

        const ScanReport again = scanner.run({m_music.path()});
        QCOMPARE(again.tracksUnchanged, 5);
        QCOMPARE(again.tracksAdded, 0);
        QCOMPARE(again.tracksUpdated, 0);
        QCOMPARE(again.tracksRemoved, 0);

        // A new file, a retagged file and a deleted file, in a copy we may change.
        QTemporaryDir copy;
        const auto specs = AudioFixtures::standardLibrary();
        for (int i = 0; i < 2; ++i)
            QVERIFY(AudioFixtures::makeTone(copy.path(), specs.at(i)).isEmpty());
        QCOMPARE(scanner.run({copy.path()}).tracksAdded, 2);

        auto retagged = specs.at(0);
        retagged.title = QStringLiteral("Déjà Vu (Remix)");
        retagged.seconds = 3;
        QVERIFY(AudioFixtures::makeTone(copy.path(), retagged).isEmpty());
        QVERIFY(QFile::remove(join(copy.path(), specs.at(1).relativePath)));
        auto extra = specs.at(4);
        QVERIFY(AudioFixtures::makeTone(copy.path(), extra).isEmpty());

        QSignalSpy removed(&scanner, &Scanner::tracksRemoved);
        QSignalSpy updated(&scanner, &Scanner::tracksUpdated);
        const ScanReport changed = scanner.run({copy.path()});
        QCOMPARE(changed.tracksAdded, 1);
        QCOMPARE(changed.tracksUpdated, 1);
        QCOMPARE(changed.tracksRemoved, 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.at(0).at(0).value<TrackList>().at(0).title,
                 QStringLiteral("Déjà Vu (Remix)"));
        QCOMPARE(searchFor(db, QStringLiteral("remix")).size(), 1);
    }

    void missingRootKeepsTracksUntilItReturns() {
        QTemporaryDir profile;
        Database db = openFresh(profile);
        QTemporaryDir parent;
        const QString root = parent.filePath(QStringLiteral("share"));
        const auto specs = AudioFixtures::standardLibrary();
        QVERIFY(AudioFixtures::makeTone(root, specs.at(2)).isEmpty());
        QVERIFY(AudioFixtures::makeTone(root, specs.at(3)).isEmpty());

        Scanner scanner(db);
        QCOMPARE(scanner.run({root}).tracksAdded, 2);

        // The share is unmounted: its folder is gone.
        const QString away = parent.filePath(QStringLiteral("share-away"));
        QVERIFY(QDir().rename(root, away));
        QSignalSpy availability(&scanner, &Scanner::availabilityChanged);
        const ScanReport gone = scanner.run({root});
        QCOMPARE(gone.tracksRemoved, 0);
        QCOMPARE(gone.tracksUnavailable, 2);
        QCOMPARE(gone.missingRoots.size(), 1);
        QVERIFY(gone.hasProblems());
        QCOMPARE(availability.count(), 1);
        QCOMPARE(availability.at(0).at(1).toBool(), false);
        auto all = TrackStore(db).allTracks();
        QCOMPARE(all.value().size(), 2);
        QVERIFY(std::none_of(all.value().cbegin(), all.value().cend(),
                             [](const Track &t) { return t.available; }));

        // An empty mount point is no proof the music was deleted either.
        QVERIFY(QDir().mkpath(root));
        const ScanReport empty = scanner.run({root});
        QCOMPARE(empty.tracksRemoved, 0);
        QCOMPARE(empty.missingRoots.size(), 1);
        QVERIFY(QDir().rmdir(root));

        // It comes back: same rows, available again, nothing re-read.
        QVERIFY(QDir().rename(away, root));
        const ScanReport back = scanner.run({root});
        QCOMPARE(back.tracksRestored, 2);
        QCOMPARE(back.tracksUnchanged, 2);
        QCOMPARE(back.tracksAdded, 0);
        all = TrackStore(db).allTracks();
        QVERIFY(std::all_of(all.value().cbegin(), all.value().cend(),
                            [](const Track &t) { return t.available; }));
    }

    void nonexistentFolderIsReportedAndScanGoesOn() {
        QTemporaryDir profile;
        Database db = openFresh(profile);
        Scanner scanner(db);
        const ScanReport report =
            scanner.run({QStringLiteral("/nonexistent/refrain/music"), m_music.path()});
        QCOMPARE(report.missingRoots.size(), 1);
        QCOMPARE(report.tracksAdded, 5); // the other folder was scanned all the same
        QVERIFY(report.problems.first().reason.contains(QStringLiteral("not found")));
    }

    void truncatedFilesAreCountedNeverACrash() {
        QTemporaryDir profile;
        Database db = openFresh(profile);
        QTemporaryDir root;
        const auto specs = AudioFixtures::standardLibrary();
        for (const int i : {0, 1, 2}) { // MP3, FLAC, Ogg
            QFile source(m_music.filePath(specs.at(i).relativePath));
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QByteArray bytes = source.readAll();
            for (const qsizetype cut : {qsizetype(64), bytes.size() / 2}) {
                QFile part(root.filePath(QStringLiteral("cut-%1-%2.%3")
                                             .arg(i)
                                             .arg(cut)
                                             .arg(QFileInfo(source).suffix())));
                QVERIFY(part.open(QIODevice::WriteOnly));
                QCOMPARE(part.write(bytes.left(cut)), cut);
            }
        }
        Scanner scanner(db);
        const ScanReport report = scanner.run({root.path()});
        QCOMPARE(report.filesSeen, 6);
        // Each one either reads (a shorter track) or is listed with its reason — none is lost.
        QCOMPARE(report.tracksAdded + int(report.failed.size()), 6);
        for (const ScanIssue &issue : report.failed)
            QVERIFY(!issue.reason.isEmpty());
    }

    void symlinkLoopIsReportedNotFollowed() {
        QTemporaryDir profile;
        Database db = openFresh(profile);
        QTemporaryDir root;
        QVERIFY(
            AudioFixtures::makeTone(root.path(), AudioFixtures::standardLibrary().at(0)).isEmpty());
        QVERIFY(QFile::link(root.path(), root.filePath(QStringLiteral("Beyoncé/loop"))));
        Scanner scanner(db);
        const ScanReport report = scanner.run({root.path()});
        QCOMPARE(report.tracksAdded, 1);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().reason.contains(QStringLiteral("loop")));
    }

    void ftsKeepsMarksOutsideLatinScript() {
        // unicode61 folds Latin diacritics but keeps ё, й and kana voicing: the query must agree.
        QTemporaryDir profile;
        Database db = openFresh(profile);
        TrackList tracks;
        for (const auto &[title, artist] :
             {std::pair{QStringLiteral("Чёрный кот"), QStringLiteral("Виктор Цой")},
              std::pair{QStringLiteral("ありがとう"), QStringLiteral("がらくた")}}) {
            Track t;
            t.source = QStringLiteral("local");
            t.location = QStringLiteral("/music/") + title + QStringLiteral(".flac");
            t.title = title;
            t.artist = artist;
            tracks.append(t);
        }
        QVERIFY(TrackStore(db).write(tracks, 0, 1).ok());
        QCOMPARE(searchFor(db, QStringLiteral("чёр")).size(), 1);
        QCOMPARE(searchFor(db, QStringLiteral("цой")).size(), 1);
        QCOMPARE(searchFor(db, QStringLiteral("ありが")).size(), 1);
        QCOMPARE(searchFor(db, QStringLiteral("がら")).size(), 1);
    }

    void ftsSearchOverScannedLibrary() {
        QTemporaryDir profile;
        Database db = openFresh(profile);
        Scanner scanner(db);
        QCOMPARE(scanner.run({m_music.path()}).tracksAdded, 5);

        QCOMPARE(searchFor(db, QStringLiteral("beyonce")).size(), 2); // diacritics
        QCOMPARE(searchFor(db, QStringLiteral("déjà")).size(), 1);
        QCOMPARE(searchFor(db, QStringLiteral("irrep")).size(), 1);    // prefix
        QCOMPARE(searchFor(db, QStringLiteral("坂本龍一")).size(), 1); // CJK
        QCOMPARE(searchFor(db, QStringLiteral("кино")).size(), 1);     // Cyrillic, case
        QCOMPARE(searchFor(db, QStringLiteral("artist:beyonce irr")).size(), 1);
        QCOMPARE(searchFor(db, QStringLiteral("year:1980-1990")).size(), 2);
        QCOMPARE(searchFor(db, QStringLiteral("emoji")).size(), 1);
        QCOMPARE(searchFor(db, QStringLiteral("NEAR( \"x* OR")).size(), 0); // operators are text
        const TrackList ranked = searchFor(db, QStringLiteral("b"));
        QVERIFY(!ranked.isEmpty());
    }

    void brokenTagTextIsRepairedAndHugeFieldsCut() {
        QTemporaryDir profile;
        Database db = openFresh(profile);
        QTemporaryDir root;
        auto spec = AudioFixtures::standardLibrary().at(0);
        spec.artist = QString::fromLatin1(QStringLiteral("Beyoncé").toUtf8()); // "BeyoncÃ©"
        spec.title = QString(5000, QLatin1Char('x'));
        QVERIFY(AudioFixtures::makeTone(root.path(), spec).isEmpty());
        Scanner scanner(db);
        const ScanReport report = scanner.run({root.path()});
        QCOMPARE(report.tracksAdded, 1);
        QCOMPARE(report.warnings.size(), 2);
        const auto all = TrackStore(db).allTracks();
        QCOMPARE(all.value().first().artist, QStringLiteral("Beyoncé"));
        QCOMPARE(all.value().first().title.size(), TagReader::kMaxFieldLength);
        QCOMPARE(report.toJson().value(QStringLiteral("warnings")).toArray().size(), 2);
    }

    void bigTagsAndTagsAtTheEndAreRead() {
        // The reader's buffered stream reads big blocks (a 300 KB cover) straight from the file
        // and seeks to the end for ID3v1: both must come out exactly as TagLib's own stream.
        QTemporaryDir root;
        refrain::test::ToneSpec spec;
        spec.relativePath = QStringLiteral("big.mp3");
        spec.title = QStringLiteral("Cover Heavy");
        spec.artist = QStringLiteral("Tester");
        spec.seconds = 3.0;
        QVERIFY(AudioFixtures::makeTone(root.path(), spec).isEmpty());
        const QString path = root.filePath(spec.relativePath);
        {
            TagLib::MPEG::File file(QFile::encodeName(path).constData());
            QVERIFY(file.isValid());
            auto *cover = new TagLib::ID3v2::AttachedPictureFrame;
            cover->setMimeType("image/jpeg");
            cover->setPicture(TagLib::ByteVector(300 * 1024, 'J'));
            file.ID3v2Tag(true)->addFrame(cover);
            file.ID3v1Tag(true)->setTitle("Cover Heavy");
            QVERIFY(file.save(TagLib::MPEG::File::ID3v1 | TagLib::MPEG::File::ID3v2));
        }
        auto read = TagReader::read(QFileInfo(path));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read.value().title, QStringLiteral("Cover Heavy"));
        QCOMPARE(read.value().artist, QStringLiteral("Tester"));
        QCOMPARE(read.value().fileSize, QFileInfo(path).size());
        QVERIFY(read.value().durationMs >= 2900 && read.value().durationMs <= 3100);

        // Only the ID3v1 tag at the very end of the file left.
        {
            TagLib::MPEG::File file(QFile::encodeName(path).constData());
            QVERIFY(file.strip(TagLib::MPEG::File::ID3v2));
            file.ID3v1Tag(true)->setArtist("End Of File");
            QVERIFY(file.save(TagLib::MPEG::File::ID3v1));
        }
        read = TagReader::read(QFileInfo(path));
        QVERIFY(read);
        QCOMPARE(read.value().title, QStringLiteral("Cover Heavy"));
        QCOMPARE(read.value().artist, QStringLiteral("End Of File"));
    }

    void unchangedFoldersAreNotListedUnlessAsked() {
        QTemporaryDir profile;
        Database db = openFresh(profile);
        QTemporaryDir root;
        auto spec = AudioFixtures::standardLibrary().at(1);
        QVERIFY(AudioFixtures::makeTone(root.path(), spec).isEmpty());
        Scanner scanner(db);
        QCOMPARE(scanner.run({root.path()}).tracksAdded, 1);

        // Retag in place: the file changes, its folder's listing does not.
        const QString folder = QFileInfo(root.filePath(spec.relativePath)).absolutePath();
        const std::filesystem::path folderPath(folder.toStdString());
        const auto folderTime = std::filesystem::last_write_time(folderPath);
        spec.title = QStringLiteral("Retagged");
        QTest::qWait(20); // a different file time, at the resolution file systems keep
        QVERIFY(AudioFixtures::makeTone(root.path(), spec).isEmpty());
        std::filesystem::last_write_time(folderPath, folderTime);

        const ScanReport quick = scanner.run({root.path()});
        QCOMPARE(quick.tracksUnchanged, 1); // the folder was not listed, the file not opened
        QCOMPARE(quick.tracksUpdated, 0);

        Scanner::Options watched;
        watched.forceList.insert(folder);
        const ScanReport told = scanner.run({root.path()}, watched);
        QCOMPARE(told.tracksUpdated, 1);
        QCOMPARE(searchFor(db, QStringLiteral("retagged")).size(), 1);

        Scanner::Options full;
        full.full = true;
        const ScanReport everything = scanner.run({root.path()}, full);
        QCOMPARE(everything.tracksUpdated, 1); // read again although unchanged
        QCOMPARE(everything.tracksAdded, 0);
    }

    void rowsArriveInBatchesWhileScanning() {
        QTemporaryDir profile;
        Database db = openFresh(profile);
        QTemporaryDir root;
        const auto spec = AudioFixtures::standardLibrary().at(4);
        QVERIFY(AudioFixtures::makeTone(root.path(), spec).isEmpty());
        const QString source = root.filePath(spec.relativePath);
        for (int i = 0; i < 300; ++i)
            QVERIFY(QFile::copy(source, root.filePath(QStringLiteral("Misc/copy-%1.mp3").arg(i))));

        Scanner scanner(db);
        QSignalSpy added(&scanner, &Scanner::tracksAdded);
        QSignalSpy progress(&scanner, &Scanner::progress);
        const ScanReport report = scanner.run({root.path()});
        QCOMPARE(report.tracksAdded, 301);
        QVERIFY(added.count() >= 2);
        // The first batch is small, so a person sees rows at once.
        QCOMPARE(added.first().first().value<TrackList>().size(), Scanner::kFirstBatchSize);
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().first().value<ScanProgress>();
        QCOMPARE(last.read, 301);
        QCOMPARE(last.toRead, 301);
    }

    void cancelStopsAndKeepsWhatWasWritten() {
        QTemporaryDir profile;
        Database db = openFresh(profile);
        Scanner scanner(db);
        connect(
            &scanner, &Scanner::progress, &scanner, [&] { scanner.cancel(); },
            Qt::DirectConnection);
        const ScanReport report = scanner.run({m_music.path()});
        QVERIFY(report.cancelled);
        // A second scan finishes the job.
        disconnect(&scanner, &Scanner::progress, nullptr, nullptr);
        const ScanReport rest = scanner.run({m_music.path()});
        QVERIFY(!rest.cancelled);
        QCOMPARE(rest.tracksAdded + rest.tracksUnchanged, 5);
    }
};

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
