// Resume where you left off, in the whole app: the queue, the song and how far it had played come
// back at the next start (saved while playing, so a crash resumes close by too), play continues
// from there, songs that went away are passed over, "off" starts empty, and the songs table's
// columns come back as they were arranged.
#include "app/compositionroot.h"
#include "core/library/database.h"
#include "core/library/statement.h"
#include "core/model/playsession.h"
#include "core/model/preferences.h"
#include "core/model/tracktablemodel.h"
#include "core/playback/playbackengine.h"
#include "tests/support/audiofixtures.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"
#include "ui/nowplayingbar.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;
using refrain::test::AudioFixtures;
using refrain::test::ToneSpec;

namespace {

constexpr int kSongs = 3;

Track track(qint64 id, const QString &location) {
    Track t;
    t.id = id;
    t.source = QStringLiteral("local");
    t.location = location;
    t.title = location;
    return t;
}

} // namespace

class TestResume : public QObject {
    Q_OBJECT

    QTemporaryDir m_music;

    std::unique_ptr<CompositionRoot> start(const QTemporaryDir &profile) {
        CompositionRoot::Options options;
        options.profile = Profile::resolve(profile.path());
        options.addedLibraries = {m_music.path()};
        auto root = std::make_unique<CompositionRoot>(options);
        root->start();
        return root;
    }

    static TrackList byTitle(CompositionRoot &app) {
        TrackList tracks;
        for (int row = 0; row < app.tracks()->rowCount(); ++row)
            tracks.append(app.tracks()->trackAt(row));
        std::sort(tracks.begin(), tracks.end(),
                  [](const Track &a, const Track &b) { return a.title < b.title; });
        return tracks;
    }

    // What the database holds as saved: the position, or -1 when nothing is saved.
    static qint64 savedPosition(const QTemporaryDir &profile) {
        auto db = Database::open(Profile::resolve(profile.path()).databasePath());
        if (!db)
            return -2;
        auto s = Statement::prepare(db.value(), "SELECT position_ms FROM resume_state");
        return s && s.value().step() == Statement::Step::Row ? s.value().int64(0) : -1;
    }

    // Plays the second song, moves to 12 s and waits until that position has been saved.
    void playSecondAt12s(CompositionRoot &app, const QTemporaryDir &profile) {
        const TrackList tracks = byTitle(app);
        QSignalSpy state(app.engine(), &PlaybackEngine::stateChanged);
        app.engine()->playTracks(tracks, 1);
        QTRY_COMPARE_WITH_TIMEOUT(app.engine()->state(), PlaybackEngine::State::Playing, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(app.engine()->duration() > 20000, 10000);
        app.engine()->seek(12'000);
        QTRY_VERIFY_WITH_TIMEOUT(app.engine()->position() >= 12'000, 10000);
        // Saved while playing (every few seconds), not only at quit: a crash resumes close by.
        QTRY_VERIFY_WITH_TIMEOUT(savedPosition(profile) >= 12'000,
                                 PlaySession::kPositionSaveMs + 10'000);
    }

private Q_SLOTS:
    void initTestCase() {
        for (int i = 0; i < kSongs; ++i) {
            ToneSpec spec;
            spec.relativePath = QStringLiteral("Resume/0%1 Song.flac").arg(i + 1);
            spec.seconds = 30.0;
            spec.frequencyHz = 330 + 110 * i;
            spec.title = QStringLiteral("Song %1").arg(i + 1);
            spec.artist = QStringLiteral("Resumers");
            spec.album = QStringLiteral("Left Off");
            spec.track = i + 1;
            const QString error = AudioFixtures::makeTone(m_music.path(), spec);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void queueAndPositionComeBack() {
        QTemporaryDir profile;
        {
            auto app = start(profile);
            QTRY_COMPARE_WITH_TIMEOUT(app->tracks()->rowCount(), kSongs, 20000);
            playSecondAt12s(*app, profile);
        }
        auto app = start(profile);
        QVERIFY(QTest::qWaitForWindowExposed(app->window()));
        PlaybackEngine *engine = app->engine();
        QTRY_COMPARE_WITH_TIMEOUT(engine->queue().size(), kSongs, 20000);
        QVERIFY(engine->currentTrack());
        QCOMPARE(engine->currentTrack()->title, QStringLiteral("Song 2"));
        QCOMPARE(engine->queue().currentIndex(), 1);
        // Loaded, not playing: the person decides ("queue" is the default).
        QCOMPARE(engine->state(), PlaybackEngine::State::Stopped);
        QVERIFY2(engine->position() >= 12'000 && engine->position() < 16'000,
                 qPrintable(QString::number(engine->position())));
        QTRY_VERIFY(app->window()->nowPlayingBar()->titleLabel()->text().contains(
            QStringLiteral("Song 2")));

        // Play continues from there, not from the top.
        QSignalSpy positions(engine, &PlaybackEngine::positionChanged);
        engine->play();
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), PlaybackEngine::State::Playing, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(engine->position() > 12'500, 15000);
        for (const QList<QVariant> &at : std::as_const(positions))
            QVERIFY2(at.first().toLongLong() == 0 || at.first().toLongLong() >= 11'000,
                     qPrintable(QString::number(at.first().toLongLong())));
        engine->stop();
    }

    void keepPlayingWhenAsked() {
        QTemporaryDir profile;
        {
            auto app = start(profile);
            QTRY_COMPARE_WITH_TIMEOUT(app->tracks()->rowCount(), kSongs, 20000);
            app->preferences()->setValue(QLatin1String(pref::kResume), QStringLiteral("play"));
            playSecondAt12s(*app, profile);
        }
        auto app = start(profile);
        QTRY_COMPARE_WITH_TIMEOUT(app->engine()->state(), PlaybackEngine::State::Playing, 20000);
        QCOMPARE(app->engine()->currentTrack()->title, QStringLiteral("Song 2"));
        QTRY_VERIFY_WITH_TIMEOUT(app->engine()->position() >= 12'000, 15000);
        app->engine()->stop();
    }

    void offStartsEmptyAndForgets() {
        QTemporaryDir profile;
        {
            auto app = start(profile);
            QTRY_COMPARE_WITH_TIMEOUT(app->tracks()->rowCount(), kSongs, 20000);
            playSecondAt12s(*app, profile);
            // Switched off while running: what was saved goes at once.
            app->preferences()->setValue(QLatin1String(pref::kResume), QStringLiteral("off"));
            QTRY_COMPARE_WITH_TIMEOUT(savedPosition(profile), qint64(-1), 10000);
        }
        QCOMPARE(savedPosition(profile), qint64(-1));
        auto app = start(profile);
        QTRY_COMPARE_WITH_TIMEOUT(app->tracks()->rowCount(), kSongs, 20000);
        // The library is loaded and the restore (if any) would have run by now.
        QTRY_VERIFY_WITH_TIMEOUT(app->session(), 10000);
        QVERIFY(app->engine()->queue().isEmpty());
        QVERIFY(!app->engine()->currentTrack());
    }

    void columnsComeBack() {
        QTemporaryDir profile;
        {
            auto app = start(profile);
            QHeaderView *header = app->window()->libraryView()->table()->horizontalHeader();
            header->setSectionHidden(TrackTableModel::AlbumColumn, true);
            header->moveSection(header->visualIndex(TrackTableModel::ArtistColumn), 0);
        }
        auto app = start(profile);
        QHeaderView *header = app->window()->libraryView()->table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(TrackTableModel::AlbumColumn));
        QCOMPARE(header->logicalIndex(0), int(TrackTableModel::ArtistColumn));
        QVERIFY(!header->isSectionHidden(TrackTableModel::TitleColumn));
    }

    // Entries whose song is gone are dropped; a gone current song hands over to the next one,
    // from the top; a row id now used by another file does not count; a song a sync made again
    // is found by its source and location.
    void resolveSkipsWhatWentAway() {
        PlaySession::Saved saved;
        saved.queue = {{1, QStringLiteral("local"), QStringLiteral("/a")},
                       {2, QStringLiteral("local"), QStringLiteral("/b")},
                       {3, QStringLiteral("local"), QStringLiteral("/c")},
                       {4, QStringLiteral("srv"), QStringLiteral("song-d")}};
        saved.current = 1;
        saved.positionMs = 5000;
        saved.playing = true;
        const QHash<qint64, Track> byId = {{1, track(1, QStringLiteral("/a"))},
                                           {3, track(3, QStringLiteral("/other"))},
                                           {9, track(9, QStringLiteral("/c"))}};
        Track remade = track(7, QStringLiteral("song-d"));
        remade.source = QStringLiteral("srv");
        const auto findId = [&](qint64 id) -> std::optional<Track> {
            return byId.contains(id) ? std::optional(byId.value(id)) : std::nullopt;
        };
        const auto findLocation = [&](const QString &source,
                                      const QString &location) -> std::optional<Track> {
            if (source == QLatin1String("local") && location == QLatin1String("/c"))
                return byId.value(9);
            if (source == QLatin1String("srv") && location == QLatin1String("song-d"))
                return remade;
            return std::nullopt;
        };
        PlaySession::Restored restored = PlaySession::resolve(saved, findId, findLocation);
        QCOMPARE(restored.tracks.size(), 3);
        QCOMPARE(restored.tracks.at(0).id, qint64(1));
        QCOMPARE(restored.tracks.at(1).id, qint64(9)); // "/c" by location: id 3 is another file
        QCOMPARE(restored.tracks.at(2).id, qint64(7));
        QCOMPARE(restored.current, 1); // "/b" went: the next one left
        QCOMPARE(restored.positionMs, qint64(0));
        QVERIFY(restored.playing);

        saved.current = 0; // kept: its position too
        restored = PlaySession::resolve(saved, findId, findLocation);
        QCOMPARE(restored.current, 0);
        QCOMPARE(restored.positionMs, qint64(5000));

        saved.queue = {{2, QStringLiteral("local"), QStringLiteral("/b")}};
        restored = PlaySession::resolve(saved, findId, findLocation);
        QVERIFY(restored.tracks.isEmpty());
        QCOMPARE(restored.current, -1);
        QVERIFY(!restored.playing);
    }

    // One transaction: the state and the queue are written together or not at all, and a state
    // without its queue keeps the queue saved before.
    void storeAndLoadRoundTrip() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("library.db")));
        QVERIFY(db.ok());
        PlaySession::Saved state;
        state.queue = {{5, QStringLiteral("local"), QStringLiteral("/x")},
                       {6, QStringLiteral("s"), QStringLiteral("y")}};
        state.current = 1;
        state.positionMs = 42'000;
        QVERIFY(PlaySession::store(db.value(), state.queue, state, 1).ok());
        state.positionMs = 43'000;
        QVERIFY(PlaySession::store(db.value(), std::nullopt, state, 2).ok());
        auto loaded = PlaySession::load(db.value());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().queue, state.queue);
        QCOMPARE(loaded.value().current, 1);
        QCOMPARE(loaded.value().positionMs, qint64(43'000));
        QVERIFY(PlaySession::clear(db.value()).ok());
        loaded = PlaySession::load(db.value());
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().queue.isEmpty());
        QCOMPARE(loaded.value().current, -1);
    }
};

QTEST_MAIN(TestResume)
#include "tst_resume.moc"
