// The track model follows the library incrementally and stays a correct Qt model throughout;
// the filter model shows what the person typed, in the order they chose.
#include "core/model/trackfiltermodel.h"
#include "core/model/tracktablemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace refrain;

namespace {
Track track(qint64 id, const QString &title, const QString &artist, qint64 durationMs = 1000) {
    Track t;
    t.id = id;
    t.source = QStringLiteral("local");
    t.location = QStringLiteral("/music/%1.flac").arg(id);
    t.title = title;
    t.artist = artist;
    t.album = QStringLiteral("Album");
    t.durationMs = durationMs;
    return t;
}
} // namespace

class TestTrackTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsIncrementalChanges() {
        TrackTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        model.addTracks({track(1, QStringLiteral("One"), QStringLiteral("A")),
                         track(2, QStringLiteral("Two"), QStringLiteral("B")),
                         track(3, QStringLiteral("Three"), QStringLiteral("C"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, TrackTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Two"));
        QCOMPARE(model.index(1, TrackTableModel::DurationColumn).data().toString(),
                 QStringLiteral("0:01"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Track renamed = track(2, QStringLiteral("Deux"), QStringLiteral("B"));
        model.updateTracks({renamed});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, TrackTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Deux"));
        model.updateTracks({renamed}); // nothing changed: no signal
        QCOMPARE(changed.count(), 1);

        model.addTracks(
            {track(2, QStringLiteral("Zwei"), QStringLiteral("B"))}); // known id updates
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Zwei"));

        model.setAvailability({3}, false);
        QVERIFY(!(model.flags(model.index(2, 0)) & Qt::ItemIsEnabled));
        QVERIFY(model.index(2, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Not available")));
        model.setAvailability({3}, true);
        QVERIFY(model.flags(model.index(2, 0)) & Qt::ItemIsEnabled);

        model.addTracks({track(4, QStringLiteral("Four"), QStringLiteral("D")),
                         track(5, QStringLiteral("Five"), QStringLiteral("E"))});
        model.removeTracks({1, 4, 5, 99});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfTrack(2), 0);
        QCOMPARE(model.rowOfTrack(3), 1);
        QCOMPARE(model.rowOfTrack(1), -1);
        QCOMPARE(resets.count(), 0); // never a reset

        QSignalSpy marks(&model, &QAbstractItemModel::dataChanged);
        model.setNowPlaying(3);
        QCOMPARE(marks.count(), 1);
        QVERIFY(model.index(1, 0).data(TrackTableModel::NowPlayingRole).toBool());
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, 0).data(TrackTableModel::NowPlayingRole).toBool());
        model.setNowPlaying(2); // the old row and the new one repaint
        QCOMPARE(marks.count(), 3);
    }

    void filterAndSortGiveThePlayOrder() {
        TrackTableModel model;
        TrackFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addTracks({track(1, QStringLiteral("Track 10"), QStringLiteral("Beyoncé"), 3000),
                         track(2, QStringLiteral("Track 9"), QStringLiteral("Beyoncé"), 1000),
                         track(3, QStringLiteral("Other"), QStringLiteral("Someone"), 2000)});

        filter.setSearchText(QStringLiteral("beyonce"));
        QCOMPARE(filter.rowCount(), 2);
        filter.sort(TrackTableModel::TitleColumn, Qt::AscendingOrder);
        const TrackList visible = filter.visibleTracks();
        QCOMPARE(visible.size(), 2);
        QCOMPARE(visible.at(0).title, QStringLiteral("Track 9")); // numbers sort as numbers
        QCOMPARE(visible.at(1).title, QStringLiteral("Track 10"));

        filter.setSearchText(QString());
        filter.sort(TrackTableModel::DurationColumn, Qt::DescendingOrder);
        QCOMPARE(filter.visibleTracks().first().id, 1);

        // Tracks added while a filter is active appear only when they match.
        filter.setSearchText(QStringLiteral("artist:someone"));
        model.addTracks({track(4, QStringLiteral("New"), QStringLiteral("Someone Else"))});
        QCOMPARE(filter.rowCount(), 2);
    }

    void tooltipsShowMarkupLiterally() {
        // Qt shows a tooltip that looks like HTML as HTML: a file (or server) named with tags
        // must still read as its name.
        TrackTableModel model;
        Track t = track(1, QStringLiteral("Song"), QStringLiteral("A"));
        t.location = QStringLiteral("/music/<b>bold</b> & <a href=x>link</a>.flac");
        model.addTracks({t});
        const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QTextDocument shown;
        if (Qt::mightBeRichText(tip))
            shown.setHtml(tip);
        else
            shown.setPlainText(tip);
        QCOMPARE(shown.toPlainText(), QDir::toNativeSeparators(t.location));
        // Ordinary paths stay plain text.
        model.addTracks({track(2, QStringLiteral("Other"), QStringLiteral("B"))});
        QVERIFY(!Qt::mightBeRichText(model.index(1, 0).data(Qt::ToolTipRole).toString()));
    }

    void sortedViewFollowsRenamesAndRemovals() {
        // Titles are compared by cached collation keys: a renamed or removed row must not leave
        // a stale key behind that puts a track in the wrong place.
        TrackTableModel model;
        TrackFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addTracks({track(1, QStringLiteral("banana"), QStringLiteral("A")),
                         track(2, QStringLiteral("Apple"), QStringLiteral("A")),
                         track(3, QStringLiteral("cherry"), QStringLiteral("A")),
                         track(4, QStringLiteral("Élan"), QStringLiteral("A"))});
        filter.sort(TrackTableModel::TitleColumn, Qt::AscendingOrder);
        auto titles = [&] {
            QStringList out;
            for (const Track &t : filter.visibleTracks())
                out.append(t.title);
            return out;
        };
        // Case and accents do not split the alphabet.
        QCOMPARE(titles(), QStringList({QStringLiteral("Apple"), QStringLiteral("banana"),
                                        QStringLiteral("cherry"), QStringLiteral("Élan")}));

        model.updateTracks({track(2, QStringLiteral("zucchini"), QStringLiteral("A"))});
        QCOMPARE(titles(), QStringList({QStringLiteral("banana"), QStringLiteral("cherry"),
                                        QStringLiteral("Élan"), QStringLiteral("zucchini")}));

        model.removeTracks({1});
        model.addTracks({track(5, QStringLiteral("avocado"), QStringLiteral("A"))});
        model.updateTracks({track(3, QStringLiteral("date"), QStringLiteral("A"))});
        QCOMPARE(titles(), QStringList({QStringLiteral("avocado"), QStringLiteral("date"),
                                        QStringLiteral("Élan"), QStringLiteral("zucchini")}));
        filter.sort(TrackTableModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(titles().first(), QStringLiteral("zucchini"));
    }

    void remoteTracksSayWhichServerTheyComeFrom() {
        TrackTableModel model;
        TrackFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Track remote = track(2, QStringLiteral("Roads"), QStringLiteral("Portishead"));
        remote.source = QStringLiteral("5f1c-server");
        remote.location = QStringLiteral("subsonic://5f1c-server/tr-7");
        model.addTracks(
            {track(1, QStringLiteral("Teardrop"), QStringLiteral("Massive Attack")), remote});
        const auto source = [&](int row) {
            return model.index(row, TrackTableModel::SourceColumn).data().toString();
        };
        QCOMPARE(model.headerData(TrackTableModel::SourceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Source"));
        QCOMPARE(source(0), QStringLiteral("Local"));
        QCOMPARE(source(1), QStringLiteral("Unknown server")); // never mistaken for a local file

        // Sorting by source before the names are known must not keep stale keys afterwards.
        filter.sort(TrackTableModel::SourceColumn, Qt::AscendingOrder);
        QCOMPARE(filter.visibleTracks().first().id, 1); // "Local" < "Unknown server"
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSourceNames({{QStringLiteral("5f1c-server"), QStringLiteral("Attic NAS")}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(source(1), QStringLiteral("Attic NAS"));
        QCOMPARE(filter.visibleTracks().first().id, 2); // "Attic NAS" < "Local"
        const QString tip =
            model.index(1, TrackTableModel::TitleColumn).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip, QStringLiteral("From the server “Attic NAS”"));
        model.setAvailability({2}, false);
        QVERIFY(model.index(1, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Not available — the server “Attic NAS”")));

        model.setSourceNames({{QStringLiteral("5f1c-server"), QStringLiteral("Attic NAS")}});
        QCOMPARE(changed.count(), 2); // the availability change only: same names, no signal
    }
};

QTEST_GUILESS_MAIN(TestTrackTableModel)
#include "tst_tracktablemodel.moc"
