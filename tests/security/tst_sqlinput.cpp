// Outside text never becomes SQL: a server whose song, album, artist and playlist names are SQL
// and FTS fragments ("'); DROP TABLE tracks; --", "?1", "NEAR(") is mirrored for real, a server
// named like one is stored, and the person searches with such text — every string comes back
// exactly as sent, every table is still there, and the database passes its integrity check.
#include "tests/offline/offlinetesthelpers.h"

#include "core/library/searchquery.h"
#include "core/library/trackstore.h"

using namespace refrain;
using namespace refrain::test;

namespace {

const QStringList kFragments = {
    QStringLiteral("'); DROP TABLE tracks; --"),
    QStringLiteral("\" OR 1=1 --"),
    QStringLiteral("x' UNION SELECT name, sql FROM sqlite_master --"),
    QStringLiteral("Robert'); DELETE FROM remote_songs; --"),
    QStringLiteral("?1 ?2 :name @x $y"),
    QStringLiteral("%_\\ LIKE '%'"),
    QStringLiteral("NEAR(drop* OR \"tracks\""),
    QStringLiteral("; PRAGMA writable_schema = 1; --"),
};

QStringList tableNames(Database &db) {
    QStringList names;
    auto s = Statement::prepare(db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "ORDER BY name");
    if (!s)
        return names;
    while (s.value().step() == Statement::Step::Row)
        names << s.value().text(0);
    return names;
}

QStringList column(Database &db, const char *sql) {
    QStringList values;
    auto s = Statement::prepare(db, sql);
    if (!s)
        return values;
    while (s.value().step() == Statement::Step::Row)
        values << s.value().text(0);
    values.sort();
    return values;
}

} // namespace

class TestSqlInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void outsideTextIsStoredAndSearchedNeverRun() {
        // The tables of a freshly made library, to compare with afterwards.
        QStringList tablesBefore;
        {
            QTemporaryDir fresh;
            auto db = Database::open(fresh.filePath(QStringLiteral("library.db")));
            QVERIFY(db);
            tablesBefore = tableNames(db.value());
            QVERIFY(tablesBefore.contains(QStringLiteral("tracks")));
        }

        OfflineRig rig;
        QStringList songs;
        for (const QString &fragment : kFragments) {
            SongSpec spec;
            spec.title = fragment;
            spec.album = fragment + QStringLiteral(" (album)");
            spec.artist = fragment + QStringLiteral(" (artist)");
            spec.genre = fragment;
            spec.track = int(songs.size()) + 1;
            songs << rig.content.catalog().addSong(spec);
        }
        rig.content.catalog().addPlaylist(kFragments.first(), songs);
        QVERIFY(rig.open()); // adds the server and mirrors its catalog
        Database &db = *rig.db;

        // A server named like an injection is stored as a name.
        ServerConfig named;
        named.name = QStringLiteral("O'Brien'); DROP TABLE servers; --");
        named.urls = {QUrl(QStringLiteral("http://127.0.0.1:9"))};
        named.user = QStringLiteral("x' OR '1'='1");
        auto added = ServerStore(db).add(named);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(ServerStore(db).find(named.name).value().user, named.user);

        // Every string arrived exactly, nothing more and nothing less.
        QCOMPARE(column(db, "SELECT title FROM tracks"), [] {
            QStringList sorted = kFragments;
            sorted.sort();
            return sorted;
        }());
        QCOMPARE(column(db, "SELECT name FROM servers").size(), 2);

        // Searching with the same text finds the songs and runs nothing.
        TrackStore tracks(db);
        for (const QString &fragment : kFragments) {
            auto found = tracks.search(SearchQuery::parse(fragment));
            QVERIFY2(found, qPrintable(fragment));
        }
        auto dropped = tracks.search(SearchQuery::parse(QStringLiteral("drop table tracks")));
        QVERIFY(dropped);
        QCOMPARE(dropped.value().size(), 1);
        QCOMPARE(dropped.value().first().title, kFragments.first());

        QCOMPARE(tableNames(db), tablesBefore);
        QCOMPARE(column(db, "SELECT COUNT(*) FROM tracks"),
                 QStringList{QString::number(kFragments.size())});
        QCOMPARE(column(db, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
    }
};

QTEST_GUILESS_MAIN(TestSqlInput)
#include "tst_sqlinput.moc"
