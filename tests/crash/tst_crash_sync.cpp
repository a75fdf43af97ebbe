// Crash consistency of a catalog sync: refrainctl server sync is SIGKILLed at random moments
// while it mirrors a loopback Subsonic server of 120 albums (each album answered slowly, so kills
// land between albums, in the middle of writes and among the playlists). After each kill the
// database is sound and holds only whole albums; syncing again ends with the server's full
// catalog — every song once, every playlist, every star — all of it found by search.
#include "tests/crash/crashharness.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace refrain::test;

namespace {

constexpr int kAlbums = 120;
constexpr int kSongsPerAlbum = 6;
constexpr int kSlowAlbumMs = 8; // per getAlbum: a sync of about half a second
const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("sesame");

} // namespace

class TestCrashSync : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SubsonicContent m_content;
    std::unique_ptr<FaultServer> m_http;
    QSet<QString> m_songs;              // song id, album id
    QHash<QString, qint64> m_albumSize; // album id → songs
    QSet<QString> m_playlists;          // playlist id, name, song count
    QSet<QString> m_starred;            // song ids
    qint64 m_cleanMs = 0;

    QString profile(const QString &name) const { return m_dir.filePath(name); }
    QString database(const QString &name) const {
        return QDir(profile(name)).filePath(QStringLiteral("library.db"));
    }
    ProcessRun ctl(const QString &name, const QStringList &args, int killAfterMs = -1,
                   const QByteArray &input = {}) const {
        return CrashHarness::run(QStringLiteral(REFRAINCTL_PATH),
                                 QStringList{QStringLiteral("--profile"), profile(name)} + args,
                                 killAfterMs, input);
    }
    ProcessRun sync(const QString &name, int killAfterMs = -1) const {
        return ctl(name, {QStringLiteral("server"), QStringLiteral("sync")}, killAfterMs);
    }

    // What the kill may leave: any number of whole albums, never a part of one.
    QString onlyWholeAlbums(CrashedDatabase &db) const {
        for (const QString &row :
             db.rows("SELECT album_id, count(*) FROM remote_songs GROUP BY album_id")) {
            const QString album = row.section(QLatin1Char('\t'), 0, 0);
            const qint64 songs = row.section(QLatin1Char('\t'), 1, 1).toLongLong();
            if (row.startsWith(u"error: ") || songs != m_albumSize.value(album))
                return QStringLiteral("album %1 mirrored with %2 of its %3 songs")
                    .arg(album)
                    .arg(songs)
                    .arg(m_albumSize.value(album));
        }
        return {};
    }

    QString fullCatalog(const QString &name) const {
        CrashedDatabase db(database(name));
        const QString integrity = db.integrity();
        if (integrity != u"ok")
            return QStringLiteral("integrity_check: ") + integrity;
        const QStringList songRows = db.rows("SELECT song_id, album_id FROM remote_songs");
        const QSet<QString> songs(songRows.cbegin(), songRows.cend());
        if (songs != m_songs || songRows.size() != m_songs.size())
            return QStringLiteral("songs differ from the server's: ")
                   + setDifference(songs, m_songs);
        const qint64 albums = db.number("SELECT count(*) FROM remote_albums");
        if (albums != kAlbums)
            return QStringLiteral("%1 albums mirrored of %2").arg(albums).arg(kAlbums);
        const QStringList playlistRows =
            db.rows("SELECT p.playlist_id, p.name, (SELECT count(*) FROM remote_playlist_items i "
                    "WHERE i.playlist_id = p.playlist_id) FROM remote_playlists p");
        const QSet<QString> playlists(playlistRows.cbegin(), playlistRows.cend());
        if (playlists != m_playlists)
            return QStringLiteral("playlists differ: ") + setDifference(playlists, m_playlists);
        const QStringList starRows =
            db.rows("SELECT song_id FROM remote_songs WHERE starred_at IS NOT NULL");
        const QSet<QString> starred(starRows.cbegin(), starRows.cend());
        if (starred != m_starred)
            return QStringLiteral("stars differ: ") + setDifference(starred, m_starred);
        const qint64 unindexed =
            db.number("SELECT count(*) FROM tracks t WHERE NOT EXISTS "
                      "(SELECT 1 FROM tracks_fts_docsize d WHERE d.id = t.id)");
        if (unindexed != 0)
            return QStringLiteral("%1 songs cannot be found by search").arg(unindexed);
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_content.setUser(kUser, kPassword);
        SubsonicCatalog &catalog = m_content.catalog();
        QStringList everySong;
        for (int a = 0; a < kAlbums; ++a) {
            for (int t = 0; t < kSongsPerAlbum; ++t) {
                SongSpec spec;
                spec.artist = QStringLiteral("Artist %1").arg(a % 17);
                spec.album = QStringLiteral("Album %1").arg(a);
                spec.title = QStringLiteral("Song %1 of album %2").arg(t + 1).arg(a);
                spec.track = t + 1;
                spec.durationSeconds = 120 + t;
                spec.audio = QByteArray(1000 + t, 'x'); // never downloaded: only sizes count
                const QString id = catalog.addSong(spec);
                everySong.append(id);
                const QString album = catalog.song(id)->albumId;
                m_songs.insert(id + QLatin1Char('\t') + album);
                ++m_albumSize[album];
            }
        }
        for (int p = 0; p < 4; ++p) {
            QStringList songs;
            for (int i = p; i < everySong.size(); i += 37 + p)
                songs.append(everySong.at(i));
            const QString name = QStringLiteral("Mix %1").arg(p + 1);
            const QString id = catalog.addPlaylist(name, songs);
            m_playlists.insert(QStringLiteral("%1\t%2\t%3").arg(id, name).arg(songs.size()));
        }
        for (int i = 0; i < everySong.size(); i += 29) {
            catalog.setStarred(everySong.at(i), QDateTime::currentDateTimeUtc());
            m_starred.insert(everySong.at(i));
        }
        m_http = std::make_unique<FaultServer>();
        m_http->setHandler(m_content.handler());
        QVERIFY(m_http->isListening());
        m_http->setMode(FaultMode::slow(kSlowAlbumMs).onlyFor("/getAlbum.view"));

        // The profile every kill starts from: the server added, nothing mirrored yet.
        const ProcessRun added =
            ctl(QStringLiteral("template"),
                {QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Home"), QStringLiteral("--url"), m_http->baseUrl().toString(),
                 QStringLiteral("--user"), kUser, QStringLiteral("--password-stdin")},
                -1, kPassword.toUtf8() + "\n");
        QVERIFY2(added.finished && added.exitCode == 0, qPrintable(added.describe()));

        QVERIFY(copyTree(profile(QStringLiteral("template")), profile(QStringLiteral("clean"))));
        const ProcessRun clean = sync(QStringLiteral("clean"));
        QVERIFY2(clean.finished && clean.exitCode == 0, qPrintable(clean.describe()));
        m_cleanMs = clean.elapsedMs;
        const QString problem = fullCatalog(QStringLiteral("clean"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        qInfo("sync: a clean sync of %d songs takes %lld ms", kAlbums * kSongsPerAlbum, m_cleanMs);
    }

    void killedSyncsCompleteOnRestart() {
        CrashHarness harness("sync");
        int kills = 0;
        int attempts = 0;
        while (kills < harness.kills()) {
            QVERIFY2(++attempts <= 3 * harness.kills(), "syncs keep ending before the kill");
            const QString name = QStringLiteral("run-%1").arg(attempts);
            QVERIFY(copyTree(profile(QStringLiteral("template")), profile(name)));
            const int at = harness.nextKillMs(m_cleanMs);
            const ProcessRun killed = sync(name, at);
            if (!killed.killed) {
                QVERIFY2(killed.finished && killed.exitCode == 0, qPrintable(killed.describe()));
                QDir(profile(name)).removeRecursively();
                continue;
            }
            ++kills;
            const QString where = harness.where(kills, at);
            {
                CrashedDatabase db(database(name));
                const QString integrity = db.integrity();
                QVERIFY2(integrity == u"ok",
                         qPrintable(where + QStringLiteral("integrity_check: ") + integrity));
                const QString partial = onlyWholeAlbums(db);
                QVERIFY2(partial.isEmpty(), qPrintable(where + partial));
            }
            const ProcessRun again = sync(name);
            QVERIFY2(again.finished && again.exitCode == 0,
                     qPrintable(where + QStringLiteral("the restart: ") + again.describe()));
            const QString problem = fullCatalog(name);
            QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
            QDir(profile(name)).removeRecursively();
        }
        qInfo("sync: %d kills in %d runs", kills, attempts);
    }
};

QTEST_GUILESS_MAIN(TestCrashSync)
#include "tst_crash_sync.moc"
