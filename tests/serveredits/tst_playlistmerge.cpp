// The three-way merge of a server playlist: what the server last said (base), what this computer
// did while it was away (local) and what the server has now — the playlist the user ends up with
// keeps both sides' changes, and only what cannot be decided is reported as a conflict.
#include "core/service/playlistmerge.h"

#include <QTest>

using namespace refrain;

namespace {

// "a b c" → {"a", "b", "c"}: each letter a song id.
QStringList songs(const char *spaced) {
    return QString::fromLatin1(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

PlaylistMerge::Version version(const char *spaced, const char *name = "Road trip") {
    return {songs(spaced), QString::fromUtf8(name)};
}

ServerEdit remove(qint64 id, QList<int> indexes) {
    ServerEdit e;
    e.id = id;
    e.kind = ServerEdit::Kind::RemoveFromPlaylist;
    e.indexes = std::move(indexes);
    return e;
}

ServerEdit add(qint64 id, const char *spaced) {
    ServerEdit e;
    e.id = id;
    e.kind = ServerEdit::Kind::AddToPlaylist;
    e.songIds = songs(spaced);
    return e;
}

ServerEdit rename(qint64 id, const QString &name) {
    ServerEdit e;
    e.id = id;
    e.kind = ServerEdit::Kind::RenamePlaylist;
    e.name = name;
    return e;
}

} // namespace

class TestPlaylistMerge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mergesSongs_data() {
        QTest::addColumn<QStringList>("base");
        QTest::addColumn<QStringList>("local");
        QTest::addColumn<QStringList>("server");
        QTest::addColumn<QStringList>("merged");
        QTest::addColumn<int>("undecided");
        const auto row = [](const char *name, const char *base, const char *local,
                            const char *server, const char *merged, int undecided = 0) {
            QTest::newRow(name) << songs(base) << songs(local) << songs(server) << songs(merged)
                                << undecided;
        };
        row("no changes", "a b c", "a b c", "a b c", "a b c");
        row("only local removes", "a b c", "a c", "a b c", "a c");
        row("only local adds", "a b c", "a b c x", "a b c", "a b c x");
        row("only server", "a b c", "a b c", "y a c", "y a c");
        row("both add: each once", "a b c", "a b c x", "a b c y", "a b c y x");
        row("both add the same song: once", "a b c", "a b c x", "a b c x", "a b c x");
        row("both remove the same", "a b c", "a c", "a c", "a c");
        row("each removes another", "a b c", "a c", "a b", "a");
        row("server prepends, local removes", "a b c", "a c", "z a b c", "z a c");
        row("local removes a song the server moved", "a b c d", "a b c", "d a b c", "a b c");
        row("local removes another than the moved", "a b c d", "a c d", "d a b c", "d a c");
        row("server moved to the end, local removes it", "a b c d", "a c d", "a c d b", "a c d");
        row("duplicates: the later copy", "a b a c", "a b c", "y a b a c", "y a b c");
        row("duplicates: the first copy", "a b a c", "b a c", "a b a c y", "b a c y");
        row("duplicates added on both sides", "a", "a a a", "a a", "a a a");
        row("server reordered, local adds", "a b c", "a b c x", "c b a", "c b a x");
        row("local removed the last and added", "a b c", "a b x", "a b c y", "a b y x");
        row("server emptied it, local removed", "a b c", "a b", "", "");
        row("server emptied it, local added", "a b", "a b x", "", "x");
        row("server replaced everything, local added", "a b", "a b x", "p q", "p q x");
        row("empty base", "", "x", "y", "y x");
        row("moved copies all removed here", "x x a b", "a b", "a b x", "a b");
        row("which moved copy was meant cannot be told", "x x a b", "x a b", "a b x", "a b x", 1);
    }

    void mergesSongs() {
        QFETCH(QStringList, base);
        QFETCH(QStringList, local);
        QFETCH(QStringList, server);
        QFETCH(QStringList, merged);
        QFETCH(int, undecided);
        const PlaylistMerge::Version b{base, QStringLiteral("Mix")};
        const PlaylistMerge::Version l{local, QStringLiteral("Mix")};
        const PlaylistMerge::Version s{server, QStringLiteral("Mix")};
        const PlaylistMerge::Outcome outcome = PlaylistMerge::merge(b, l, s);
        QCOMPARE(outcome.songs, merged);
        QCOMPARE(outcome.undecided.size(), undecided);
        QVERIFY(!outcome.nameConflict);
        // A lost answer means merging again against what the server then has: nothing changes.
        const PlaylistMerge::Outcome again =
            PlaylistMerge::merge(b, l, {outcome.songs, QStringLiteral("Mix")});
        QCOMPARE(again.songs, merged);
    }

    void mergesNames_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("merged");
        QTest::addColumn<bool>("conflict");
        const QString trip = QStringLiteral("Road trip");
        QTest::newRow("nobody renamed") << trip << trip << trip << trip << false;
        QTest::newRow("renamed here") << trip << QStringLiteral("Road trip 2") << trip
                                      << QStringLiteral("Road trip 2") << false;
        QTest::newRow("renamed on the server")
            << trip << trip << QStringLiteral("Trip 2026") << QStringLiteral("Trip 2026") << false;
        QTest::newRow("both to the same name")
            << trip << QStringLiteral("Trip") << QStringLiteral("Trip") << QStringLiteral("Trip")
            << false;
        QTest::newRow("both, differently: the server's is kept and it is a conflict")
            << trip << QStringLiteral("Road trip 2") << QStringLiteral("Trip 2026")
            << QStringLiteral("Trip 2026") << true;
    }

    void mergesNames() {
        QFETCH(QString, base);
        QFETCH(QString, local);
        QFETCH(QString, server);
        QFETCH(QString, merged);
        QFETCH(bool, conflict);
        const PlaylistMerge::Outcome outcome =
            PlaylistMerge::merge({songs("a"), base}, {songs("a b"), local}, {songs("z a"), server});
        QCOMPARE(outcome.name, merged);
        QCOMPARE(outcome.nameConflict, conflict);
        // Songs merge whatever the names do.
        QCOMPARE(outcome.songs, songs("z a b"));
    }

    void replaysQueuedEditsExactly() {
        // Removal by index among repeats: the copy the user picked, not the first that fits.
        const auto replay = PlaylistMerge::replay(
            version("a b a c"),
            {add(1, "x"), remove(2, {2}), rename(3, QStringLiteral("Trip")), remove(4, {0, 3})});
        QVERIFY(replay);
        QCOMPARE(replay->songs, songs("b c"));
        QCOMPARE(replay->changes.name, QStringLiteral("Trip"));
        QCOMPARE(replay->changes.removed, QList<bool>({true, false, true, false}));
        QVERIFY(replay->changes.added.isEmpty()); // x was added and removed again
        QCOMPARE(replay->removedBy.value(0), 4);
        QCOMPARE(replay->removedBy.value(2), 2);

        // The server dropped the first "a"; the user removed the second: it goes, the first
        // stays gone, the song the server added stays.
        const auto second = PlaylistMerge::replay(version("a b a c"), {remove(7, {2})});
        QVERIFY(second);
        const auto outcome = PlaylistMerge::merge(version("a b a c"), second->changes,
                                                  version("b a c y", "Road trip"));
        QCOMPARE(outcome.songs, songs("b c y"));

        QVERIFY(!PlaylistMerge::replay(version("a b"), {remove(1, {2})}));
        QVERIFY(!PlaylistMerge::replay(version("a b"), {remove(1, {0, 0})}));
    }

    void plansTheServerRequest() {
        // Removals and appends: one updatePlaylist.
        auto update = PlaylistMerge::asUpdate(songs("z a b c"), songs("z a c x"));
        QVERIFY(update);
        QCOMPARE(update->removeIndexes, QList<int>({2}));
        QCOMPARE(update->append, songs("x"));
        update = PlaylistMerge::asUpdate(songs("a b"), songs("a b"));
        QVERIFY(update && update->isEmpty());
        update = PlaylistMerge::asUpdate(songs("a b a"), songs("b a"));
        QVERIFY(update);
        QCOMPARE(update->removeIndexes, QList<int>({0}));
        // An insertion in the middle or a new order would churn kept entries: the whole list.
        QVERIFY(!PlaylistMerge::asUpdate(songs("a b"), songs("a x b")));
        QVERIFY(!PlaylistMerge::asUpdate(songs("a b c"), songs("b a c")));
    }

    void largePlaylistsMergeQuickly() {
        // 5,000 songs, a few changes on each side, and a server that rewrote a large middle
        // (beyond the alignment table): still a valid merge, in well under a second.
        QStringList base;
        for (int i = 0; i < 5000; ++i)
            base.append(QStringLiteral("s%1").arg(i));
        QStringList local = base;
        local.removeAt(4000);
        local.append(QStringLiteral("new"));
        QStringList server = base;
        std::reverse(server.begin() + 500, server.begin() + 3500);
        server.prepend(QStringLiteral("first"));
        const auto outcome = PlaylistMerge::merge({base, {}}, {local, {}}, {server, {}});
        QCOMPARE(outcome.songs.size(), 5001);
        QCOMPARE(outcome.songs.first(), QStringLiteral("first"));
        QCOMPARE(outcome.songs.last(), QStringLiteral("new"));
        QVERIFY(!outcome.songs.contains(QStringLiteral("s4000")));
        QCOMPARE(QSet<QString>(outcome.songs.cbegin(), outcome.songs.cend()).size(), 5001);
    }
};

QTEST_GUILESS_MAIN(TestPlaylistMerge)
#include "tst_playlistmerge.moc"
