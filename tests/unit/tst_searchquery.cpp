// What people type in the search box: prefixes, field filters, years, accents and scripts.
#include "core/library/searchquery.h"

#include <QTest>

using namespace refrain;

namespace {
Track track(const QString &title, const QString &artist, const QString &album, int year = 0) {
    Track t;
    t.title = title;
    t.artist = artist;
    t.album = album;
    t.year = year;
    t.fileName = title + QStringLiteral(".flac");
    return t;
}
} // namespace

class TestSearchQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void prefixesMatchWordStarts() {
        const Track t = track(QStringLiteral("Here Comes the Sun"), QStringLiteral("The Beatles"),
                              QStringLiteral("Abbey Road"), 1969);
        QVERIFY(SearchQuery::parse(QStringLiteral("beat")).matches(t));
        QVERIFY(SearchQuery::parse(QStringLiteral("sun abb")).matches(t));
        QVERIFY(!SearchQuery::parse(QStringLiteral("eatles")).matches(t));    // not mid-word
        QVERIFY(!SearchQuery::parse(QStringLiteral("beat moon")).matches(t)); // every word counts
    }

    void diacriticsAndCaseAreIgnored() {
        const Track t =
            track(QStringLiteral("Déjà Vu"), QStringLiteral("Beyoncé"), QStringLiteral("B'Day"));
        QVERIFY(SearchQuery::parse(QStringLiteral("beyonce deja")).matches(t));
        QVERIFY(SearchQuery::parse(QStringLiteral("BEYONCÉ")).matches(t));
    }

    void nonLatinScripts() {
        const Track t = track(QStringLiteral("Группа крови"), QStringLiteral("Кино"),
                              QStringLiteral("Группа крови"));
        QVERIFY(SearchQuery::parse(QStringLiteral("кин")).matches(t));
        QVERIFY(SearchQuery::parse(QStringLiteral("ГРУППА")).matches(t));
        const Track jp =
            track(QStringLiteral("戦場のメリークリスマス"), QStringLiteral("坂本龍一"), QString());
        QVERIFY(SearchQuery::parse(QStringLiteral("坂本")).matches(jp));
    }

    void fieldFiltersAndYears() {
        const Track t = track(QStringLiteral("Bach Fugue"), QStringLiteral("Glenn Gould"),
                              QStringLiteral("Goldberg"), 1981);
        QVERIFY(SearchQuery::parse(QStringLiteral("artist:gould")).matches(t));
        QVERIFY(!SearchQuery::parse(QStringLiteral("artist:bach")).matches(t));
        QVERIFY(SearchQuery::parse(QStringLiteral("year:1981")).matches(t));
        QVERIFY(SearchQuery::parse(QStringLiteral("year:1980-1985 album:gold")).matches(t));
        QVERIFY(!SearchQuery::parse(QStringLiteral("year:1990-1999")).matches(t));
        QVERIFY(SearchQuery::parse(QStringLiteral("artist:\"glenn gould\"")).matches(t));
    }

    void ftsExpressionIsSafe() {
        // Quotes and FTS operators typed by a person are searched for, never executed.
        const SearchQuery q = SearchQuery::parse(QStringLiteral("NEAR( x* artist:bon OR\""));
        const QString fts = q.toFtsMatch();
        QVERIFY2(fts.contains(QStringLiteral("\"near\"*")), qPrintable(fts));
        QVERIFY(fts.contains(QStringLiteral(" AND {artist album_artist} : (\"bon\"*) AND ")));
        QVERIFY(SearchQuery::parse(QStringLiteral("   ")).isEmpty());
        QVERIFY(SearchQuery::parse(QStringLiteral("\" * ( )")).toFtsMatch().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
