// Albums, artists, genres and folders follow the track model row by row: groups appear, count,
// move when a track is retagged and vanish with their last track — never a reset.
#include "core/model/trackfiltermodel.h"
#include "core/model/trackgroupmodel.h"
#include "core/model/tracktablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace refrain;

namespace {
Track track(qint64 id, const QString &artist, const QString &album, const QString &folder,
            qint64 ms = 1000) {
    Track t;
    t.id = id;
    t.source = QStringLiteral("local");
    t.location = folder + QStringLiteral("/%1.flac").arg(id);
    t.title = QStringLiteral("Track %1").arg(id);
    t.artist = artist;
    t.album = album;
    t.genre = QStringLiteral("Jazz");
    t.durationMs = ms;
    return t;
}

int rowOf(const TrackGroupModel &model, const QString &title) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data().toString() == title)
            return row;
    }
    return -1;
}
} // namespace

class TestTrackGroupModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void albumsFollowTracks() {
        TrackTableModel tracks;
        TrackGroupModel albums(TrackGroupModel::Kind::Album, &tracks);
        TrackGroupModel artists(TrackGroupModel::Kind::Artist, &tracks);
        TrackGroupModel folders(TrackGroupModel::Kind::Folder, &tracks);
        QAbstractItemModelTester t1(&albums,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&artists,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&folders,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&albums, &QAbstractItemModel::modelReset);

        tracks.addTracks({track(1, QStringLiteral("Miles Davis"), QStringLiteral("Kind of Blue"),
                                QStringLiteral("/m/kob"), 2000),
                          track(2, QStringLiteral("Miles Davis"), QStringLiteral("Kind of Blue"),
                                QStringLiteral("/m/kob"), 3000),
                          track(3, QStringLiteral("Bill Evans"), QStringLiteral("Sunday"),
                                QStringLiteral("/m/sun"))});
        QCOMPARE(albums.rowCount(), 2);
        QCOMPARE(artists.rowCount(), 2);
        QCOMPARE(folders.rowCount(), 2);
        const QModelIndex kob = albums.index(rowOf(albums, QStringLiteral("Kind of Blue")));
        QCOMPARE(kob.data(TrackGroupModel::TrackCountRole).toInt(), 2);
        QCOMPARE(kob.data(TrackGroupModel::DurationRole).toLongLong(), 5000);
        QCOMPARE(kob.data(TrackGroupModel::SecondaryTextRole).toString(),
                 QStringLiteral("Miles Davis"));

        // A retag moves the track to another album; the old one keeps its other track.
        tracks.updateTracks(
            {track(2, QStringLiteral("Miles Davis"), QStringLiteral("Sketches of Spain"),
                   QStringLiteral("/m/kob"), 3000)});
        QCOMPARE(albums.rowCount(), 3);
        QCOMPARE(albums.index(rowOf(albums, QStringLiteral("Kind of Blue")))
                     .data(TrackGroupModel::TrackCountRole)
                     .toInt(),
                 1);

        // The last track of a group goes: so does the group.
        tracks.removeTracks({3});
        QCOMPARE(rowOf(albums, QStringLiteral("Sunday")), -1);
        QCOMPARE(rowOf(artists, QStringLiteral("Bill Evans")), -1);
        QCOMPARE(folders.rowCount(), 1);
        QCOMPARE(resets.count(), 0);

        // Keys are what the filter model scopes by.
        const QString key = albums.index(rowOf(albums, QStringLiteral("Kind of Blue")))
                                .data(TrackGroupModel::KeyRole)
                                .toString();
        QCOMPARE(TrackGroupModel::keyFor(TrackGroupModel::Kind::Album,
                                         tracks.trackAt(tracks.rowOfTrack(1))),
                 key);
    }

    void scopedViewFollowsTracksJoiningAndLeaving() {
        TrackTableModel tracks;
        TrackGroupModel albums(TrackGroupModel::Kind::Album, &tracks);
        TrackFilterModel view; // connected after the group model, as the app does
        view.setSourceModel(&tracks);
        tracks.addTracks({track(1, QStringLiteral("Miles Davis"), QStringLiteral("Kind of Blue"),
                                QStringLiteral("/m/kob")),
                          track(2, QStringLiteral("Bill Evans"), QStringLiteral("Sunday"),
                                QStringLiteral("/m/sun"))});
        const QString kob =
            TrackGroupModel::keyFor(TrackGroupModel::Kind::Album, tracks.trackAt(0));
        view.setScope(&albums, kob);
        QCOMPARE(view.rowCount(), 1);

        tracks.addTracks({track(3, QStringLiteral("Miles Davis"), QStringLiteral("Kind of Blue"),
                                QStringLiteral("/m/kob"))});
        QCOMPARE(view.rowCount(), 2); // joins while the album is open
        tracks.updateTracks({track(1, QStringLiteral("Miles Davis"), QStringLiteral("Milestones"),
                                   QStringLiteral("/m/kob"))});
        QCOMPARE(view.rowCount(), 1); // retagged out of it
        view.clearScope();
        QCOMPARE(view.rowCount(), 3);
    }

    void caseAndAccentsGroupTogether() {
        TrackTableModel tracks;
        TrackGroupModel artists(TrackGroupModel::Kind::Artist, &tracks);
        tracks.addTracks(
            {track(1, QStringLiteral("Beyoncé"), QStringLiteral("A"), QStringLiteral("/m/a")),
             track(2, QStringLiteral("BEYONCE"), QStringLiteral("B"), QStringLiteral("/m/b"))});
        QCOMPARE(artists.rowCount(), 1);
        QCOMPARE(artists.index(0).data(TrackGroupModel::TrackCountRole).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTrackGroupModel)
#include "tst_trackgroupmodel.moc"
