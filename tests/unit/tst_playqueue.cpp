// The rules of what plays next, without any audio.
#include "core/playback/playqueue.h"

#include <QTest>

using namespace refrain;

namespace {
TrackList tracks(int n) {
    TrackList list;
    for (int i = 1; i <= n; ++i) {
        Track t;
        t.id = i;
        t.title = QStringLiteral("Track %1").arg(i);
        list.append(t);
    }
    return list;
}
} // namespace

class TestPlayQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsWhereAskedAndWalksBothWays() {
        PlayQueue q;
        QVERIFY(!q.current());
        q.replace(tracks(3), 1);
        QCOMPARE(q.current()->id, 2);
        QVERIFY(q.advance());
        QCOMPARE(q.current()->id, 3);
        QVERIFY(!q.advance()); // end: stays on the last item
        QCOMPARE(q.current()->id, 3);
        QVERIFY(q.back());
        QVERIFY(q.back());
        QVERIFY(!q.back());
        QCOMPARE(q.current()->id, 1);
    }

    void outOfRangeStartIsClamped() {
        PlayQueue q;
        q.replace(tracks(2), 99);
        QCOMPARE(q.currentIndex(), 1);
        q.replace({}, 0);
        QVERIFY(!q.current());
        QVERIFY(!q.hasNext());
    }

    void editingKeepsTheCurrentTrack() {
        auto ids = [](const PlayQueue &q) {
            QList<qint64> out;
            for (const Track &t : q.tracks())
                out.append(t.id);
            return out;
        };
        PlayQueue q;
        q.replace(tracks(5), 2); // 1 2 [3] 4 5
        q.insert(tracks(1), 0);  // 1 1 2 [3] 4 5 (a second copy of track 1 in front)
        QCOMPARE(q.current()->id, 3);
        QCOMPARE(q.currentIndex(), 3);

        q.move({0, 1}, -1); // 2 [3] 4 5 1 1
        QCOMPARE(ids(q), (QList<qint64>{2, 3, 4, 5, 1, 1}));
        QCOMPARE(q.current()->id, 3);

        q.move({1}, 4); // 2 4 5 [3] 1 1 — the current track itself moves
        QCOMPARE(ids(q), (QList<qint64>{2, 4, 5, 3, 1, 1}));
        QCOMPARE(q.currentIndex(), 3);

        QVERIFY(!q.remove({0, 5})); // 4 5 [3] 1
        QCOMPARE(q.current()->id, 3);
        QVERIFY(q.remove({2})); // the current one goes: the next becomes current
        QCOMPARE(q.current()->id, 1);
        QVERIFY(q.remove({0, 1, 2}));
        QVERIFY(!q.current());
    }

    void libraryEditsReachQueuedCopies() {
        PlayQueue q;
        q.replace(tracks(3), 0);
        Track edited = q.tracks().at(2);
        edited.title = QStringLiteral("Renamed");
        q.updateTrack(edited);
        QCOMPARE(q.tracks().at(2).title, QStringLiteral("Renamed"));
    }

    // What could not play stays greyed on the same song, wherever the queue is edited.
    void marksFollowTheirItems() {
        PlayQueue q;
        q.replace(tracks(4), 0); // [1] 2 3 4
        q.markUnplayable(1, QStringLiteral("the server cannot be reached"), true);
        q.markUnplayable(3, QStringLiteral("the file is missing"), false);
        auto markedIds = [&q] {
            QList<qint64> out;
            for (int i = 0; i < q.size(); ++i) {
                if (q.isMarked(i))
                    out.append(q.tracks().at(i).id);
            }
            return out;
        };
        QCOMPARE(markedIds(), (QList<qint64>{2, 4}));
        q.insert(tracks(1), 0); // 1 [1] 2 3 4
        QCOMPARE(markedIds(), (QList<qint64>{2, 4}));
        q.move({4}, 0); // 4 1 [1] 2 3
        QCOMPARE(markedIds(), (QList<qint64>{4, 2}));
        QCOMPARE(q.mark(0).reason, QStringLiteral("the file is missing"));
        QVERIFY(!q.mark(0).aboutService);
        QVERIFY(q.mark(3).aboutService);
        q.remove({1}); // 4 [1] 2 3
        QCOMPARE(markedIds(), (QList<qint64>{4, 2}));
        QVERIFY(q.mark(99).reason.isEmpty());

        // The service is back: its marks go; the missing file stays marked.
        QVERIFY(q.clearServiceMarks());
        QCOMPARE(markedIds(), (QList<qint64>{4}));
        QVERIFY(!q.clearServiceMarks());
        // The library says the file changed (it may be back): try it again.
        QVERIFY(q.updateTrack(q.tracks().at(0)));
        QVERIFY(markedIds().isEmpty());

        q.markUnplayable(2, {}, true); // never an empty reason: that would read as playable
        QVERIFY(q.isMarked(2));
        q.clearMark(2);
        QVERIFY(!q.isMarked(2));
        q.replace(tracks(2), 0);
        QVERIFY(markedIds().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlayQueue)
#include "tst_playqueue.moc"
