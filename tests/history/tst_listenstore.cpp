// ListenStore on a real SQLite file: what counts as a listen, what a play owes the scrobble
// targets, and imports that keep one copy of a listen and find its library track.
#include "core/history/listen.h"
#include "core/history/listenkey.h"
#include "core/history/listenstore.h"
#include "core/library/database.h"
#include "core/library/statement.h"
#include "core/library/trackstore.h"

#include <QTemporaryDir>
#include <QTest>

namespace refrain::test {

namespace {

QDateTime at(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Listen imported(const char *artist, const char *title, const char *album, const char *start,
                const char *origin = listenorigin::kSpotify) {
    Listen l;
    l.artist = QString::fromUtf8(artist);
    l.title = QString::fromUtf8(title);
    l.album = QString::fromUtf8(album);
    l.startedAt = at(start);
    l.playedMs = 200'000;
    l.counted = true;
    l.origin = QString::fromLatin1(origin);
    return l;
}

qint64 count(Database &db, const char *sql) {
    auto s = Statement::prepare(db, sql);
    if (!s || s.value().step() != Statement::Step::Row)
        return -1;
    return s.value().int64(0);
}

} // namespace

class TestListenStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;

    Database &db() { return *m_db; }

    // Imports the listens as one run, in one transaction, as the import pipeline does.
    ImportCounts importAll(ListenStore &store, const QList<Listen> &listens) {
        ImportCounts counts;
        auto id = store.beginImport(QStringLiteral("spotify"), QStringLiteral("/tmp/x.json"));
        if (!id)
            return counts;
        auto done = db().transaction([&]() -> Result<void> {
            for (const Listen &l : listens) {
                if (auto added = store.addImported(l, id.value(), counts); !added)
                    return added.error();
            }
            return {};
        });
        if (!done)
            qWarning() << done.error().message;
        [[maybe_unused]] auto finished = store.finishImport(id.value(), counts);
        return counts;
    }

private Q_SLOTS:
    void init() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("history-%1.db"))
                                     .arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db.emplace(std::move(db).value());
    }
    void cleanup() { m_db.reset(); }

    // The Last.fm rule, with the edges worked out from its wording: longer than 30 s, and half
    // the length or 4 minutes, whichever comes first.
    void lastFmRule_data() {
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<qint64>("played");
        QTest::addColumn<bool>("counts");
        QTest::newRow("30 s track, all of it") << 30'000LL << 30'000LL << false;
        QTest::newRow("31 s track, half") << 31'000LL << 15'500LL << true;
        QTest::newRow("31 s track, just under half") << 31'000LL << 15'499LL << false;
        QTest::newRow("3 min track, 90 s") << 180'000LL << 90'000LL << true;
        QTest::newRow("3 min track, 89 s") << 180'000LL << 89'000LL << false;
        QTest::newRow("20 min track, 4 min") << 1'200'000LL << 240'000LL << true;
        QTest::newRow("20 min track, 3:59") << 1'200'000LL << 239'000LL << false;
        QTest::newRow("unknown length, 4 min") << 0LL << 240'000LL << true;
        QTest::newRow("unknown length, 2 min") << 0LL << 120'000LL << false;
    }
    void lastFmRule() {
        QFETCH(qint64, duration);
        QFETCH(qint64, played);
        QFETCH(bool, counts);
        QCOMPARE(countsAsListen(duration, played), counts);
    }

    void namesAreNormalised() {
        QCOMPARE(listenkey::normalize(QStringLiteral("  Beyoncé ")), QStringLiteral("beyonce"));
        QCOMPARE(listenkey::normalize(QStringLiteral("BEYONCE")), QStringLiteral("beyonce"));
        QCOMPARE(listenkey::normalize(QStringLiteral("AC/DC")), QStringLiteral("ac dc"));
        QCOMPARE(listenkey::normalize(QStringLiteral("Ｓｉｇｕｒ Rós")),
                 QStringLiteral("sigur ros"));
        // Punctuation-only names keep their characters instead of all becoming "".
        QCOMPARE(listenkey::normalize(QStringLiteral("!!!")), QStringLiteral("!!!"));
    }

    // A counted play owes every target a submission; a play that did not count owes nothing.
    void recordQueuesCountedListensOnly() {
        ListenStore store(db());
        Listen played = imported("Björk", "Jóga", "Homogenic", "2024-05-01T10:00:00Z");
        played.origin = QString::fromLatin1(listenorigin::kHere);
        played.serverId = QStringLiteral("srv");
        played.songId = QStringLiteral("song-1");
        played.utcOffsetSeconds = 7200;
        const QStringList targets{QStringLiteral("server:srv"), QStringLiteral("listenbrainz")};
        auto stored = store.record(played, targets);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QVERIFY(stored.value().id > 0);
        QCOMPARE(stored.value().uuid.size(), 36);
        QCOMPARE(stored.value().uuid.at(14), QLatin1Char('7')); // time-ordered (RFC 9562)

        Listen skipped = played;
        skipped.startedAt = at("2024-05-01T10:05:00Z");
        skipped.playedMs = 5'000;
        skipped.counted = false;
        QVERIFY(store.record(skipped, targets).ok());

        QCOMPARE(count(db(), "SELECT COUNT(*) FROM listens"), 2);
        QCOMPARE(count(db(), "SELECT COUNT(*) FROM scrobble_queue"), 2);
        QCOMPARE(count(db(), "SELECT COUNT(*) FROM scrobble_queue WHERE listen_id = (SELECT "
                             "MIN(id) FROM listens)"),
                 2);

        auto back = store.listen(stored.value().id);
        QVERIFY(back.ok());
        QCOMPARE(back.value().artist, QStringLiteral("Björk"));
        QCOMPARE(back.value().album, QStringLiteral("Homogenic"));
        QCOMPARE(back.value().startedAt, at("2024-05-01T10:00:00Z"));
        QCOMPARE(back.value().utcOffsetSeconds, 7200);
        QCOMPARE(back.value().songId, QStringLiteral("song-1"));
        QVERIFY(back.value().counted);
    }

    void recordRefusesNamelessPlays() {
        ListenStore store(db());
        Listen nameless = imported("", "Untitled", "", "2024-05-01T10:00:00Z");
        auto stored = store.record(nameless, {QStringLiteral("listenbrainz")});
        QVERIFY(!stored.ok());
        QCOMPARE(count(db(), "SELECT COUNT(*) FROM listens"), 0);
        QCOMPARE(count(db(), "SELECT COUNT(*) FROM scrobble_queue"), 0);
    }

    // Importing the same file twice adds nothing; the same listen from another service (names
    // spelt differently, start 20 s apart) is kept once; 31 s apart is another listen.
    void importKeepsEachListenOnce() {
        ListenStore store(db());
        const QList<Listen> first{
            imported("Daft Punk", "One More Time", "Discovery", "2019-03-14T20:00:00Z"),
            imported("Daft Punk", "Aerodynamic", "Discovery", "2019-03-14T20:05:00Z"),
        };
        ImportCounts once = importAll(store, first);
        QCOMPARE(once.imported, 2);
        QCOMPARE(once.duplicates, 0);

        ImportCounts again = importAll(store, first);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 2);

        const QList<Listen> other{
            imported("DAFT PUNK", "One More Time!", "", "2019-03-14T20:00:20Z",
                     listenorigin::kListenBrainz),
            imported("Daft Punk", "Aerodynamic", "", "2019-03-14T20:05:31Z",
                     listenorigin::kListenBrainz),
        };
        ImportCounts fromElsewhere = importAll(store, other);
        QCOMPARE(fromElsewhere.duplicates, 1);
        QCOMPARE(fromElsewhere.imported, 1);
        QCOMPARE(count(db(), "SELECT COUNT(*) FROM listens"), 3);
        QCOMPARE(count(db(), "SELECT COUNT(*) FROM history_artists"), 1);
        QCOMPARE(count(db(), "SELECT COUNT(*) FROM history_imports WHERE finished_at IS NOT NULL"),
                 3);
        // Imports owe nobody a scrobble: they came from somewhere that has them.
        QCOMPARE(count(db(), "SELECT COUNT(*) FROM scrobble_queue"), 0);
    }

    // Imported listens find their library track by artist and title, preferring the same album,
    // and take its genre and length when the export does not say how long it played.
    void importMatchesLibraryTracks() {
        TrackStore tracks(db());
        auto root = tracks.ensureRoot(QStringLiteral("/music"));
        QVERIFY(root.ok());
        auto track = [](const char *title, const char *album, const char *genre, qint64 ms) {
            Track t;
            t.source = QString::fromLatin1(Track::kLocalSource);
            t.title = QString::fromUtf8(title);
            t.artist = QStringLiteral("Radiohead");
            t.album = QString::fromUtf8(album);
            t.genre = QString::fromUtf8(genre);
            t.durationMs = ms;
            t.location = QStringLiteral("/music/") + t.album + QLatin1Char('/') + t.title;
            t.fileName = t.title;
            return t;
        };
        TrackList list{track("Creep", "Pablo Honey", "Alternative", 238'000),
                       track("Creep", "Live at the BBC", "Live", 250'000),
                       track("Airbag", "OK Computer", "Art Rock", 284'000)};
        QVERIFY(tracks.write(list, root.value(), 1).ok());

        ListenStore store(db());
        Listen live = imported("radiohead", "CREEP", "Live at the BBC", "2020-01-01T10:00:00Z",
                               listenorigin::kLastFm);
        live.playedMs = 0; // a scrobble says nothing about how long
        Listen airbag = imported("Radiohead", "Airbag", "", "2020-01-01T11:00:00Z");
        Listen unknown = imported("Nobody", "Nothing", "", "2020-01-01T12:00:00Z");
        ImportCounts counts = importAll(store, {live, airbag, unknown});
        QCOMPARE(counts.imported, 3);
        QCOMPARE(counts.matched, 2);

        auto s = Statement::prepare(db(), "SELECT l.track_id, l.played_ms, t.genre FROM listens l "
                                          "JOIN history_tracks t ON t.id = l.track_ref "
                                          "ORDER BY l.started_at");
        QVERIFY(s.ok());
        QCOMPARE(s.value().step(), Statement::Step::Row);
        QCOMPARE(s.value().int64(0), list.at(1).id);
        QCOMPARE(s.value().int64(1), 250'000);
        QCOMPARE(s.value().text(2), QStringLiteral("Live"));
        QCOMPARE(s.value().step(), Statement::Step::Row);
        QCOMPARE(s.value().int64(0), list.at(2).id);
        QCOMPARE(s.value().int64(1), 200'000); // it said how long: kept
        QCOMPARE(s.value().step(), Statement::Step::Row);
        QVERIFY(s.value().isNull(0));
    }
};

} // namespace refrain::test

QTEST_GUILESS_MAIN(refrain::test::TestListenStore)
#include "tst_listenstore.moc"
