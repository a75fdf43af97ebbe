// Local playlists in SQLite: create, rename, reorder, remove items, delete with undo; imported
// entries that do not resolve are kept and shown as missing; a track leaving the library leaves
// its entry with its text; relinking after a scan; cascades and the round trip through files.
#include "core/library/database.h"
#include "core/library/playlistfile.h"
#include "core/library/playliststore.h"
#include "core/library/statement.h"
#include "core/library/trackstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;

namespace {

Track makeTrack(const QString &location, const QString &title, const QString &artist,
                qint64 durationMs, const QString &album = QStringLiteral("Album")) {
    Track t;
    t.source = QString::fromLatin1(Track::kLocalSource);
    t.location = location;
    t.fileName = QFileInfo(location).fileName();
    t.title = title;
    t.artist = artist;
    t.album = album;
    t.durationMs = durationMs;
    return t;
}

qint64 scalar(Database &db, const char *sql, qint64 id = 0) {
    auto stmt = Statement::prepare(db, sql);
    if (!stmt)
        return -1;
    if (id != 0)
        stmt.value().bind(1, id);
    return stmt.value().step() == Statement::Step::Row ? stmt.value().int64(0) : -1;
}

QList<qint64> itemIds(const QList<PlaylistEntry> &entries) {
    QList<qint64> ids;
    for (const PlaylistEntry &e : entries)
        ids.append(e.itemId);
    return ids;
}

QStringList titles(const QList<PlaylistEntry> &entries) {
    QStringList out;
    for (const PlaylistEntry &e : entries)
        out.append(e.title);
    return out;
}

bool positionsDense(const QList<PlaylistEntry> &entries) {
    for (int i = 0; i < int(entries.size()); ++i) {
        if (entries.at(i).position != i)
            return false;
    }
    return true;
}

PlaylistFileEntry fileEntry(const QString &location, const QString &title = {},
                            const QString &artist = {}, qint64 durationMs = 0) {
    return PlaylistFileEntry{location, title, artist, {}, durationMs};
}

#define VERIFY_OK(result)                                                                          \
    QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().message))

} // namespace

class TestPlaylistStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    qint64 m_now = 1'700'000'000'000;
    qint64 m_rootId = 0;
    TrackList m_tracks; // A, B, C, D under m_dir/Music

    QString music(const QString &relative) const {
        return QDir::cleanPath(m_dir.filePath(QStringLiteral("Music/") + relative));
    }
    PlaylistStore store() {
        return PlaylistStore(*m_db, [this] { return m_now; });
    }
    // A playlist holding A, B, C, D in that order.
    qint64 makeAbcd(const QString &name = QStringLiteral("ABCD")) {
        auto id = store().create(name);
        if (!id)
            return 0;
        TrackIds ids;
        for (const Track &t : std::as_const(m_tracks))
            ids.append(t.id);
        return store().addTracks(id.value(), ids).ok() ? id.value() : 0;
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("library.db")));
        QFile::remove(m_dir.filePath(QStringLiteral("library.db-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("library.db-shm")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("library.db")));
        VERIFY_OK(db);
        m_db.emplace(std::move(db).value());
        TrackStore tracks(*m_db);
        auto root = tracks.ensureRoot(m_dir.filePath(QStringLiteral("Music")));
        VERIFY_OK(root);
        m_rootId = root.value();
        m_tracks = {makeTrack(music(QStringLiteral("a.mp3")), QStringLiteral("A"),
                              QStringLiteral("Artist A"), 1000),
                    makeTrack(music(QStringLiteral("b.mp3")), QStringLiteral("B"),
                              QStringLiteral("Artist B"), 2000),
                    makeTrack(music(QStringLiteral("c.mp3")), QStringLiteral("C"),
                              QStringLiteral("Artist C"), 3000),
                    makeTrack(music(QStringLiteral("Déjà Vu.mp3")), QStringLiteral("D"),
                              QStringLiteral("Artist D"), 4000)};
        VERIFY_OK(tracks.write(m_tracks, m_rootId, m_now));
    }

    void cleanup() { m_db.reset(); }

    void schemaHasPlaylists() {
        QVERIFY(Database::latestSchemaVersion() >= 2);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM sqlite_master WHERE name IN "
                               "('playlists', 'playlist_items')"),
                 qint64(2));
    }

    void createAndRename() {
        PlaylistStore s = store();
        auto id = s.create(QStringLiteral("  Road Trip \n"));
        VERIFY_OK(id);
        auto info = s.playlist(id.value());
        VERIFY_OK(info);
        QCOMPARE(info.value().name, QStringLiteral("Road Trip"));
        QCOMPARE(info.value().createdAtMs, m_now);
        QCOMPARE(info.value().itemCount, 0);

        // Names need not be unique.
        auto twin = s.create(QStringLiteral("Road Trip"));
        VERIFY_OK(twin);
        QVERIFY(twin.value() != id.value());

        auto empty = s.create(QStringLiteral("   "));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().kind, Error::Kind::Invalid);

        m_now += 5000;
        VERIFY_OK(s.rename(id.value(), QStringLiteral(" Holiday ")));
        info = s.playlist(id.value());
        QCOMPARE(info.value().name, QStringLiteral("Holiday"));
        QCOMPARE(info.value().updatedAtMs, m_now);
        QCOMPARE(s.rename(id.value(), QString()).error().kind, Error::Kind::Invalid);
        QCOMPARE(s.rename(9999, QStringLiteral("x")).error().kind, Error::Kind::NotFound);

        auto all = s.list();
        VERIFY_OK(all);
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().at(0).name, QStringLiteral("Holiday")); // by name
    }

    void addTracksAndInsertAt() {
        const qint64 id = makeAbcd();
        QVERIFY(id > 0);
        PlaylistStore s = store();
        auto added = s.addTracks(id, {m_tracks[2].id, m_tracks[0].id}, 1);
        VERIFY_OK(added);
        QCOMPARE(added.value().size(), 2);
        auto items = s.items(id);
        VERIFY_OK(items);
        QCOMPARE(titles(items.value()),
                 QStringList({QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("A"),
                              QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
        QVERIFY(positionsDense(items.value()));
        QCOMPARE(items.value().at(1).itemId, added.value().at(0));
        QCOMPARE(items.value().at(0).trackId, m_tracks[0].id);
        QVERIFY(items.value().at(0).available);

        // Unknown tracks are refused, and nothing is added.
        auto bad = s.addTracks(id, {m_tracks[1].id, 424242});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::NotFound);
        QCOMPARE(s.items(id).value().size(), 6);

        auto info = s.playlist(id);
        QCOMPARE(info.value().itemCount, 6);
        QCOMPARE(info.value().totalDurationMs, qint64(1000 + 3000 + 1000 + 2000 + 3000 + 4000));
        QCOMPARE(info.value().missingCount, 0);
    }

    void liveMetadataWins() {
        const qint64 id = makeAbcd();
        QVERIFY(id > 0);
        TrackList changed{m_tracks[1]};
        changed[0].title = QStringLiteral("B (Remastered)");
        changed[0].durationMs = 2500;
        VERIFY_OK(TrackStore(*m_db).write(changed, m_rootId, m_now));
        const auto items = store().items(id);
        QCOMPARE(items.value().at(1).title, QStringLiteral("B (Remastered)"));
        QCOMPARE(items.value().at(1).durationMs, qint64(2500));
    }

    void moveItems_data() {
        QTest::addColumn<QList<int>>("moving"); // indexes into A B C D
        QTest::addColumn<int>("before");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first to end") << QList<int>{0} << -1 << QStringLiteral("BCDA");
        QTest::newRow("past the end") << QList<int>{0} << 99 << QStringLiteral("BCDA");
        QTest::newRow("last to start") << QList<int>{3} << 0 << QStringLiteral("DABC");
        QTest::newRow("down one") << QList<int>{0} << 2 << QStringLiteral("BACD");
        QTest::newRow("up one") << QList<int>{2} << 1 << QStringLiteral("ACBD");
        QTest::newRow("onto itself") << QList<int>{1} << 1 << QStringLiteral("ABCD");
        QTest::newRow("just below itself") << QList<int>{1} << 2 << QStringLiteral("ABCD");
        QTest::newRow("scattered keep order") << QList<int>{3, 0} << 2 << QStringLiteral("BADC");
        QTest::newRow("block onto its own member")
            << QList<int>{1, 2} << 2 << QStringLiteral("ABCD");
        QTest::newRow("all") << QList<int>{0, 1, 2, 3} << 0 << QStringLiteral("ABCD");
    }

    void moveItems() {
        QFETCH(QList<int>, moving);
        QFETCH(int, before);
        QFETCH(QString, expected);
        const qint64 id = makeAbcd();
        QVERIFY(id > 0);
        PlaylistStore s = store();
        const QList<qint64> ids = itemIds(s.items(id).value());
        QList<qint64> selected;
        for (const int i : moving)
            selected.append(ids.at(i));
        VERIFY_OK(s.moveItems(id, selected, before));
        const auto items = s.items(id);
        QCOMPARE(titles(items.value()).join(QString()), expected);
        QVERIFY(positionsDense(items.value()));
    }

    void moveRefusesForeignItems() {
        const qint64 id = makeAbcd();
        const qint64 other = makeAbcd(QStringLiteral("Other"));
        PlaylistStore s = store();
        const qint64 foreign = s.items(other).value().at(0).itemId;
        const QList<qint64> ids = itemIds(s.items(id).value());
        const auto moved = s.moveItems(id, {ids.at(0), foreign}, -1);
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().kind, Error::Kind::Invalid);
        QCOMPARE(itemIds(s.items(id).value()), ids);
    }

    void removeItemsKeepsPositionsDense() {
        const qint64 id = makeAbcd();
        PlaylistStore s = store();
        const QList<qint64> ids = itemIds(s.items(id).value());
        VERIFY_OK(s.removeItems(id, {ids.at(0), ids.at(2), 987654}));
        const auto items = s.items(id);
        QCOMPARE(titles(items.value()), QStringList({QStringLiteral("B"), QStringLiteral("D")}));
        QVERIFY(positionsDense(items.value()));
        // Tracks are untouched: removing from a playlist is not removing from the library.
        QCOMPARE(TrackStore(*m_db).trackCount().value(), qint64(4));
    }

    void deleteUndoAndPurge() {
        const qint64 id = makeAbcd();
        const qint64 kept = makeAbcd(QStringLiteral("Kept"));
        PlaylistStore s = store();
        VERIFY_OK(s.remove(id));
        QCOMPARE(s.list().value().size(), 1);
        QCOMPARE(s.deletedPlaylists().value().size(), 1);
        QCOMPARE(s.deletedPlaylists().value().at(0).deletedAtMs, m_now);
        QCOMPARE(s.remove(id).error().kind, Error::Kind::NotFound); // already deleted
        QCOMPARE(s.addTracks(id, {m_tracks[0].id}).error().kind, Error::Kind::NotFound);
        QCOMPARE(s.items(id).value().size(), 4); // still there, for the undo

        VERIFY_OK(s.restore(id));
        QCOMPARE(s.list().value().size(), 2);
        QCOMPARE(s.items(id).value().size(), 4);
        QCOMPARE(s.restore(id).error().kind, Error::Kind::NotFound);

        VERIFY_OK(s.remove(id));
        m_now += 30 * 60 * 1000;
        QCOMPARE(s.purgeDeleted(60 * 60 * 1000).value(), 0); // deleted only half an hour ago
        m_now += 60 * 60 * 1000;
        QCOMPARE(s.purgeDeleted(60 * 60 * 1000).value(), 1);
        QCOMPARE(s.restore(id).error().kind, Error::Kind::NotFound);
        // The items went with it (ON DELETE CASCADE); the other playlist and the tracks stay.
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM playlist_items WHERE playlist_id = ?1", id),
                 qint64(0));
        QCOMPARE(s.items(kept).value().size(), 4);
        QCOMPARE(TrackStore(*m_db).trackCount().value(), qint64(4));
    }

    void importKeepsMissingEntries() {
        PlaylistStore s = store();
        // Decomposed (NFD) "Déjà Vu" as macOS writes it still finds the composed file name.
        const QString nfd =
            music(QStringLiteral("Déjà Vu.mp3")).normalized(QString::NormalizationForm_D);
        QVERIFY(nfd != music(QStringLiteral("Déjà Vu.mp3")));
        const QList<PlaylistFileEntry> entries{
            fileEntry(music(QStringLiteral("b.mp3")), QStringLiteral("File Title")),
            fileEntry(music(QStringLiteral("gone.ogg")), QStringLiteral("Gone"),
                      QStringLiteral("Nobody"), 7000),
            fileEntry(nfd),
            fileEntry(m_dir.filePath(QStringLiteral("Music/./sub/../a.mp3"))),
            fileEntry(QStringLiteral("http://radio.example.invalid/stream"),
                      QStringLiteral("Radio")),
        };
        auto id = s.createFromEntries(QStringLiteral("Imported"), entries);
        VERIFY_OK(id);
        const auto items = s.items(id.value());
        VERIFY_OK(items);
        QCOMPARE(items.value().size(), 5);
        QCOMPARE(items.value().at(0).trackId, m_tracks[1].id);
        QCOMPARE(items.value().at(0).title, QStringLiteral("B")); // the live track wins
        QCOMPARE(items.value().at(1).trackId, qint64(0));
        QVERIFY(!items.value().at(1).available);
        QCOMPARE(items.value().at(1).title, QStringLiteral("Gone"));
        QCOMPARE(items.value().at(1).artist, QStringLiteral("Nobody"));
        QCOMPARE(items.value().at(1).durationMs, qint64(7000));
        QCOMPARE(items.value().at(1).location, music(QStringLiteral("gone.ogg")));
        QCOMPARE(items.value().at(2).trackId, m_tracks[3].id);
        QCOMPARE(items.value().at(3).trackId, m_tracks[0].id);
        QCOMPARE(items.value().at(4).trackId, qint64(0));
        QCOMPARE(items.value().at(4).location,
                 QStringLiteral("http://radio.example.invalid/stream"));

        const auto info = s.playlist(id.value());
        QCOMPARE(info.value().itemCount, 5);
        QCOMPARE(info.value().missingCount, 2);

        // Inserting entries into an existing playlist, in the middle.
        auto more = s.addEntries(id.value(), {fileEntry(music(QStringLiteral("c.mp3")))}, 1);
        VERIFY_OK(more);
        const auto after = s.items(id.value()).value();
        QCOMPARE(after.at(1).trackId, m_tracks[2].id);
        QVERIFY(positionsDense(after));
    }

    void removedTrackLeavesItsText() {
        const qint64 id = makeAbcd();
        PlaylistStore s = store();
        VERIFY_OK(TrackStore(*m_db).remove({m_tracks[1].id}));
        const auto items = s.items(id);
        VERIFY_OK(items);
        QCOMPARE(items.value().size(), 4); // kept, not dropped
        const PlaylistEntry &b = items.value().at(1);
        QCOMPARE(b.trackId, qint64(0)); // ON DELETE SET NULL
        QVERIFY(!b.available);
        QCOMPARE(b.title, QStringLiteral("B"));
        QCOMPARE(b.artist, QStringLiteral("Artist B"));
        QCOMPARE(b.durationMs, qint64(2000));
        QCOMPARE(b.location, music(QStringLiteral("b.mp3")));
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM playlist_items WHERE track_id IS NULL"),
                 qint64(1));
        QCOMPARE(s.playlist(id).value().missingCount, 1);

        // When the file comes back and is scanned again, the entry finds it.
        TrackList back{makeTrack(music(QStringLiteral("b.mp3")), QStringLiteral("B"),
                                 QStringLiteral("Artist B"), 2000)};
        VERIFY_OK(TrackStore(*m_db).write(back, m_rootId, m_now));
        QCOMPARE(s.relinkMissing().value(), 1);
        QCOMPARE(s.items(id).value().at(1).trackId, back[0].id);
        QVERIFY(s.items(id).value().at(1).available);
        QCOMPARE(s.relinkMissing().value(), 0);
    }

    void missingFolderMarksUnavailable() {
        const qint64 id = makeAbcd();
        PlaylistStore s = store();
        VERIFY_OK(TrackStore(*m_db).setRootTracksAvailable(m_rootId, false));
        auto items = s.items(id);
        for (const PlaylistEntry &e : items.value()) {
            QVERIFY(e.trackId > 0); // still pointing at the tracks
            QVERIFY(!e.available);
        }
        QCOMPARE(s.playlist(id).value().missingCount, 4);
        VERIFY_OK(TrackStore(*m_db).setRootTracksAvailable(m_rootId, true));
        items = s.items(id);
        for (const PlaylistEntry &e : items.value())
            QVERIFY(e.available);
    }

    void relinkAfterScan() {
        PlaylistStore s = store();
        const QString later = music(QStringLiteral("Later/e.flac"));
        auto id = s.createFromEntries(
            QStringLiteral("Waiting"),
            {fileEntry(later, QStringLiteral("E")), fileEntry(music(QStringLiteral("a.mp3")))});
        VERIFY_OK(id);
        QCOMPARE(s.items(id.value()).value().at(0).trackId, qint64(0));
        QCOMPARE(s.relinkMissing().value(), 0);

        TrackList scanned{makeTrack(later.normalized(QString::NormalizationForm_D),
                                    QStringLiteral("E (tagged)"), QStringLiteral("Artist E"),
                                    5000)};
        VERIFY_OK(TrackStore(*m_db).write(scanned, m_rootId, m_now));
        QCOMPARE(s.relinkMissing().value(), 1);
        const auto items = s.items(id.value()).value();
        QCOMPARE(items.at(0).trackId, scanned[0].id);
        QCOMPARE(items.at(0).title, QStringLiteral("E (tagged)"));
        QVERIFY(items.at(0).available);
    }

    void foreignKeysAreEnforced() {
        // Items cannot point at a playlist or a track that does not exist.
        auto stmt = Statement::prepare(
            *m_db,
            "INSERT INTO playlist_items(playlist_id, position, track_id) VALUES (?1, 0, ?2)");
        VERIFY_OK(stmt);
        QVERIFY(!stmt.value().bind(1, qint64(777)).bindNull(2).run().ok());
        const qint64 id = store().create(QStringLiteral("P")).value();
        QVERIFY(!stmt.value().bind(1, id).bind(2, qint64(888888)).run().ok());
        // Two items at one position are refused.
        VERIFY_OK(stmt.value().bind(1, id).bind(2, m_tracks[0].id).run());
        QVERIFY(!stmt.value().bind(1, id).bind(2, m_tracks[1].id).run().ok());
    }

    void roundTripThroughFiles_data() {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("m3u8") << QStringLiteral("list.m3u8");
        QTest::newRow("pls") << QStringLiteral("list.pls");
        QTest::newRow("xspf") << QStringLiteral("list.xspf");
    }

    // Import → export → import: the same tracks in the same order, the missing entry kept.
    void roundTripThroughFiles() {
        QFETCH(QString, fileName);
        const qint64 id = makeAbcd();
        PlaylistStore s = store();
        VERIFY_OK(s.addEntries(id,
                               {fileEntry(music(QStringLiteral("gone.ogg")), QStringLiteral("Gone"),
                                          QStringLiteral("Nobody"), 7000)},
                               2));
        VERIFY_OK(s.moveItems(id, {s.items(id).value().at(0).itemId}, -1));
        const auto before = s.items(id).value();

        QList<PlaylistFileEntry> out;
        for (const PlaylistEntry &e : before)
            out.append({e.location, e.title, e.artist, e.album, e.durationMs});
        const QString path = m_dir.filePath(QStringLiteral("Exports/") + fileName);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const auto format = PlaylistFile::formatForPath(path);
        QVERIFY(format);
        VERIFY_OK(
            PlaylistFile::write(path, out, *format, PlaylistFile::PathStyle::RelativeToPlaylist));
        const auto read = PlaylistFile::read(path);
        VERIFY_OK(read);
        auto again = s.createFromEntries(QStringLiteral("Again"), read.value());
        VERIFY_OK(again);
        const auto after = s.items(again.value()).value();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < int(before.size()); ++i) {
            QCOMPARE(after.at(i).trackId, before.at(i).trackId);
            QCOMPARE(after.at(i).location, before.at(i).location);
            QCOMPARE(after.at(i).title, before.at(i).title);
            QCOMPARE(after.at(i).artist, before.at(i).artist);
            QCOMPARE(after.at(i).available, before.at(i).available);
            if (before.at(i).trackId > 0) {
                QCOMPARE(after.at(i).album, before.at(i).album);
                QCOMPARE(after.at(i).durationMs, before.at(i).durationMs);
            }
        }
        QCOMPARE(after.at(1).trackId, qint64(0)); // the missing entry, kept
    }
};

QTEST_GUILESS_MAIN(TestPlaylistStore)
#include "tst_playliststore.moc"
