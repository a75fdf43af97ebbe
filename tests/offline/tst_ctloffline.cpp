// refrainctl offline and readiness as scripts use them: pin, sync with progress on stderr,
// readiness --json; a sync killed (SIGKILL) mid-download resumes from its byte offset; a full
// disk stops downloads with a notice and corrupts nothing; verify finds a flipped byte.
#include "tests/offline/offlinetesthelpers.h"
#include "tests/support/commandrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace refrain;
using namespace refrain::test;

namespace {

QJsonObject jsonObject(const CommandRun &run) {
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestCtlOffline : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_profile;
    std::unique_ptr<SubsonicContent> m_content;
    std::unique_ptr<FaultServer> m_http;
    QStringList m_songs;

    QStringList withProfile(const QStringList &args) const {
        return QStringList{QStringLiteral("--profile"), m_profile} + args;
    }

    CommandRun ctl(const QStringList &args, const QByteArray &input = {}) {
        return CommandRun::run(QStringLiteral(REFRAINCTL_PATH), withProfile(args), input);
    }

    QString downloads() const { return QDir(m_profile).filePath(QStringLiteral("downloads")); }

    // A server with `count` songs of `seconds` in the playlist "Road trip", added, synced and
    // the playlist pinned — all through refrainctl.
    void serverWithPinnedPlaylist(int count, double seconds = 3.0,
                                  const QString &suffix = QStringLiteral("mp3")) {
        m_content = std::make_unique<SubsonicContent>();
        m_content->setUser(kUser, kPassword);
        for (int i = 0; i < count; ++i) {
            SongSpec spec;
            spec.title = QStringLiteral("Song %1").arg(i + 1);
            spec.artist = QStringLiteral("The Testers");
            spec.album = QStringLiteral("Album");
            spec.track = i + 1;
            spec.durationSeconds = int(seconds);
            spec.suffix = suffix;
            spec.contentType = suffix == u"mp3" ? QByteArray("audio/mpeg")
                                                : QByteArray("audio/") + suffix.toLatin1();
            spec.audio = toneBytes(m_dir.path(), seconds, 330 + 50 * i, suffix);
            QVERIFY(!spec.audio.isEmpty());
            m_songs.append(m_content->catalog().addSong(spec));
        }
        m_content->catalog().addPlaylist(QStringLiteral("Road trip"), m_songs);
        m_http = std::make_unique<FaultServer>();
        m_http->setHandler(m_content->handler());
        QVERIFY(m_http->isListening());

        const CommandRun added =
            ctl({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Home"), QStringLiteral("--url"), m_http->baseUrl().toString(),
                 QStringLiteral("--user"), kUser, QStringLiteral("--password-stdin")},
                kPassword.toUtf8() + "\n");
        QVERIFY2(added.exitCode == 0, qPrintable(describeRun(added)));
        const CommandRun synced = ctl({QStringLiteral("server"), QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, qPrintable(describeRun(synced)));
        const CommandRun pinned =
            ctl({QStringLiteral("offline"), QStringLiteral("pin"), QStringLiteral("--playlist"),
                 QStringLiteral("Road trip"), QStringLiteral("--json")});
        QVERIFY2(pinned.exitCode == 0, qPrintable(describeRun(pinned)));
        QCOMPARE(jsonObject(pinned).value(QStringLiteral("tracks")).toInt(), count);
        QCOMPARE(jsonObject(pinned).value(QStringLiteral("kind")).toString(),
                 QStringLiteral("server_playlist"));
    }

    // Every downloaded file is byte for byte the server's.
    void filesMatchTheServer(int expected) {
        int seen = 0;
        QDirIterator it(downloads(), {QStringLiteral("*.mp3"), QStringLiteral("*.wav")},
                        QDir::Files, QDirIterator::Subdirectories);
        QSet<QByteArray> served;
        for (const QString &id : std::as_const(m_songs))
            served.insert(sha256Hex(m_content->catalog().song(id)->spec.audio));
        while (it.hasNext()) {
            const QByteArray sha = sha256Hex(fileBytes(it.next()));
            QVERIFY2(served.contains(sha), qPrintable(it.filePath()));
            ++seen;
        }
        QCOMPARE(seen, expected);
    }

    QList<qint64> downloadOffsets() const {
        QList<qint64> out;
        for (const HttpRequest &r : m_http->requests()) {
            if (!r.path.endsWith("/download.view"))
                continue;
            const QByteArray range = r.header("range");
            out.append(range.startsWith("bytes=")
                           ? range.mid(6, range.indexOf('-') - 6).toLongLong()
                           : -1);
        }
        return out;
    }

    QString integrity() {
        auto db = Database::open(QDir(m_profile).filePath(QStringLiteral("library.db")));
        if (!db)
            return db.error().message;
        auto s = Statement::prepare(db.value(), "PRAGMA integrity_check");
        if (!s || s.value().step() != Statement::Step::Row)
            return QStringLiteral("no answer");
        return s.value().text(0);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // No keychain daemon can answer here: secrets go to the owner-only file.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/refrain-test-bus");
    }

    void init() {
        static int n = 0;
        m_profile = m_dir.filePath(QStringLiteral("profile-%1").arg(++n));
        m_songs.clear();
    }

    void pinSyncAndReadiness() {
        serverWithPinnedPlaylist(3);
        const CommandRun before = ctl({QStringLiteral("readiness"), QStringLiteral("--json")});
        QCOMPARE(before.exitCode, 1); // Essentials is empty: not ready
        const QJsonObject empty = jsonObject(before);
        for (const char *key :
             {"verified_hours", "verified_bytes", "pending_downloads", "last_sync", "health_level"})
            QVERIFY2(empty.contains(QLatin1String(key)), key);
        QCOMPARE(empty.value(QStringLiteral("pending_downloads")).toInt(), 3);

        const CommandRun synced = ctl({QStringLiteral("offline"), QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, qPrintable(describeRun(synced)));
        // Per item on stderr, as it goes.
        QVERIFY2(synced.err.contains("[3/3] verified: The Testers – Song"), synced.err.constData());
        filesMatchTheServer(3);

        const CommandRun after = ctl({QStringLiteral("readiness"), QStringLiteral("--json")});
        const QJsonObject ready = jsonObject(after);
        QCOMPARE(ready.value(QStringLiteral("pending_downloads")).toInt(), 0);
        QCOMPARE(ready.value(QStringLiteral("offline_files")).toInt(), 3);
        QVERIFY(ready.value(QStringLiteral("offline_bytes")).toInteger() > 0);
        QVERIFY(!ready.value(QStringLiteral("last_sync")).toString().isEmpty());

        // Essentials: a pick makes it ready.
        const CommandRun list =
            ctl({QStringLiteral("offline"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray pins = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(pins.size(), 2);
        QCOMPARE(pins.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("essentials"));
    }

    void usageAndUnknownTargets() {
        serverWithPinnedPlaylist(1);
        QCOMPARE(ctl({QStringLiteral("offline"), QStringLiteral("pin")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("offline"), QStringLiteral("frobnicate")}).exitCode, 2);
        const CommandRun unknown = ctl({QStringLiteral("offline"), QStringLiteral("pin"),
                                        QStringLiteral("--playlist"), QStringLiteral("Nope")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("Nope"), unknown.err.constData());
    }

    void aKilledSyncResumesFromItsByteOffset() {
        serverWithPinnedPlaylist(1, 8.0);
        const QByteArray source = m_content->catalog().song(m_songs.first())->spec.audio;
        m_http->setMode(FaultMode::trickle(4'000, 25, false));
        QProcess sync;
        sync.start(QStringLiteral(REFRAINCTL_PATH),
                   withProfile({QStringLiteral("offline"), QStringLiteral("sync")}));
        QVERIFY(sync.waitForStarted());
        QString part;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QDirIterator it(downloads(), {QStringLiteral("*.part")}, QDir::Files,
                                QDirIterator::Subdirectories);
                part = it.hasNext() ? it.next() : QString();
                return !part.isEmpty() && QFileInfo(part).size() > source.size() / 4;
            }(),
            kWaitMs);
        sync.kill(); // SIGKILL: no chance to tidy up
        QVERIFY(sync.waitForFinished());
        const qint64 offset = QFileInfo(part).size();
        QVERIFY(offset > 0 && offset < source.size());
        // What is on disk is exactly the song's beginning.
        QCOMPARE(fileBytes(part), source.left(offset));

        m_http->setMode(FaultMode::normal());
        m_http->resetCounters();
        const CommandRun resumed = ctl({QStringLiteral("offline"), QStringLiteral("sync")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(describeRun(resumed)));
        QCOMPARE(downloadOffsets(), QList<qint64>{offset});
        filesMatchTheServer(1);
        QVERIFY(!QFile::exists(part));
        QCOMPARE(integrity(), QStringLiteral("ok"));
    }

    void aFullDiskStopsDownloadsAndCorruptsNothing() {
        // WAV: 8 s of CD audio is 1.4 MB, more than the 1 MB disk below.
        serverWithPinnedPlaylist(2, 8.0, QStringLiteral("wav"));
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        QVERIFY2(!unshare.isEmpty(), "util-linux's unshare is needed for a real full disk");
        QVERIFY(QDir().mkpath(downloads()));
        // A real 1 MB file system over the download folder, for this run only.
        const QString script = QStringLiteral("mount -t tmpfs -o size=1m tmpfs \"$1\" && shift "
                                              "&& exec \"$@\"");
        const CommandRun full = CommandRun::run(
            unshare,
            QStringList{QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                        QStringLiteral("sh"), downloads(), QStringLiteral(REFRAINCTL_PATH)}
                + withProfile({QStringLiteral("offline"), QStringLiteral("sync")}));
        if (full.err.contains("Operation not permitted") && full.exitCode != 1)
            QFAIL(qPrintable(QStringLiteral("This machine refuses a private mount (user "
                                            "namespaces are off): %1")
                                 .arg(describeRun(full))));
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("full"), qPrintable(describeRun(full)));
        QVERIFY2(full.err.contains("nothing was lost"), qPrintable(describeRun(full)));
        // Nothing was counted: both still wait, and the database is sound.
        const QJsonObject ready =
            jsonObject(ctl({QStringLiteral("readiness"), QStringLiteral("--json")}));
        QCOMPARE(ready.value(QStringLiteral("offline_files")).toInt(), 0);
        QCOMPARE(ready.value(QStringLiteral("pending_downloads")).toInt(), 2);
        // A write the disk refused is not a failed try: nothing is given up on.
        QCOMPARE(ready.value(QStringLiteral("failed_downloads")).toInt(), 0);
        QCOMPARE(integrity(), QStringLiteral("ok"));

        // With room again, everything arrives.
        const CommandRun roomy = ctl({QStringLiteral("offline"), QStringLiteral("sync")});
        QVERIFY2(roomy.exitCode == 0, qPrintable(describeRun(roomy)));
        filesMatchTheServer(2);
    }

    void verifyFindsAFlippedByteAndSyncRepairsIt() {
        serverWithPinnedPlaylist(2);
        QCOMPARE(ctl({QStringLiteral("offline"), QStringLiteral("sync")}).exitCode, 0);
        const CommandRun clean =
            ctl({QStringLiteral("offline"), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(clean.exitCode == 0, qPrintable(describeRun(clean)));
        QCOMPARE(jsonObject(clean).value(QStringLiteral("checked")).toInt(), 2);

        QDirIterator it(downloads(), {QStringLiteral("*.mp3")}, QDir::Files,
                        QDirIterator::Subdirectories);
        const QString victim = it.next();
        QFile file(victim);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        const char byte = file.peek(1).at(0);
        file.write(QByteArray(1, char(byte ^ 0x10)));
        file.close();

        const CommandRun found =
            ctl({QStringLiteral("offline"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 1);
        QCOMPARE(jsonObject(found).value(QStringLiteral("damaged")).toArray().size(), 1);
        QVERIFY(!QFile::exists(victim)); // a damaged copy is never played

        const CommandRun repaired = ctl({QStringLiteral("offline"), QStringLiteral("sync")});
        QVERIFY2(repaired.exitCode == 0, qPrintable(describeRun(repaired)));
        filesMatchTheServer(2);
    }
};

QTEST_GUILESS_MAIN(TestCtlOffline)
#include "tst_ctloffline.moc"
