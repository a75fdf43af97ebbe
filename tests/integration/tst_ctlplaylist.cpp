// refrainctl playlist: list, show, import and export — the --json keys, the exit codes (1 when
// imported entries are missing), options before or after the command, and a lossless export.
#include "tests/support/audiofixtures.h"
#include "tests/support/commandrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using refrain::test::AudioFixtures;

namespace {

using Run = refrain::test::CommandRun;

Run ctl(const QStringList &args) {
    return Run::run(QStringLiteral(REFRAINCTL_PATH), args);
}

QJsonDocument json(const Run &r) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    return error.error == QJsonParseError::NoError ? doc : QJsonDocument();
}

bool writeText(const QString &path, const QByteArray &text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

class TestCtlPlaylist : public QObject {
    Q_OBJECT

    QTemporaryDir m_music;
    QTemporaryDir m_profile;
    QTemporaryDir m_files;

    QString profile() const { return m_profile.path(); }

private Q_SLOTS:
    void initTestCase() {
        const QString error = AudioFixtures::makeStandardLibrary(m_music.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Run scan =
            ctl({QStringLiteral("scan"), m_music.path(), QStringLiteral("--profile"), profile()});
        QVERIFY2(scan.exitCode == 0 || scan.exitCode == 1, scan.err.constData());
    }

    void importReportsMissing() {
        // Relative with Windows separators, absolute, a file:// URL, and one not in the library.
        const QByteArray m3u =
            "#EXTM3U\r\n"
            "#EXTINF:2,Beyonc\xc3\xa9 - D\xc3\xa9j\xc3\xa0 Vu\r\n"
            "Beyonc\xc3\xa9\\D\xc3\xa9j\xc3\xa0 Vu\\01 D\xc3\xa9j\xc3\xa0 Vu.mp3\r\n"
            "#EXTINF:300,Nobody - Not Here\r\n"
            "Nowhere/not-here.mp3\r\n"
            + m_music.filePath(QStringLiteral("Кино/Группа крови.flac")).toUtf8() + "\r\n"
            + QUrl::fromLocalFile(m_music.filePath(QStringLiteral("Misc/Emoji 🎵 Song.mp3")))
                  .toEncoded()
            + "\r\n";
        // Beside the music, so the relative entries resolve to the scanned paths.
        const QString file = m_music.filePath(QStringLiteral("Road Trip.m3u8"));
        QVERIFY(writeText(file, m3u));

        // Options before and after the command.
        const Run r = ctl({QStringLiteral("--profile"), profile(), QStringLiteral("playlist"),
                           QStringLiteral("import"), file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1); // finished, with entries missing
        const QJsonObject o = json(r).object();
        for (const char *key : {"playlist_id", "name", "entries", "resolved", "missing"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Road Trip"));
        QCOMPARE(o.value(QStringLiteral("entries")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("resolved")).toInt(), 3);
        const QJsonArray missing = o.value(QStringLiteral("missing")).toArray();
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.at(0).toObject().value(QStringLiteral("position")).toInt(), 1);
        QVERIFY(missing.at(0)
                    .toObject()
                    .value(QStringLiteral("location"))
                    .toString()
                    .endsWith(QStringLiteral("not-here.mp3")));
        QCOMPARE(missing.at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Not Here"));

        // Without --json, and with a name of our choosing.
        const Run text = ctl({QStringLiteral("playlist"), QStringLiteral("import"), file,
                              QStringLiteral("--name"), QStringLiteral("Second"),
                              QStringLiteral("--profile"), profile()});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("missing: 1"), text.out.constData());
        QVERIFY2(text.out.contains("not-here.mp3"), text.out.constData());
    }

    void listAndShow() {
        const Run list = ctl({QStringLiteral("playlist"), QStringLiteral("list"),
                              QStringLiteral("--json"), QStringLiteral("--profile"), profile()});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray all = json(list).array();
        QCOMPARE(all.size(), 2);
        const QJsonObject first = all.at(0).toObject();
        for (const char *key : {"id", "name", "item_count", "missing_count", "duration_ms",
                                "created_at", "updated_at"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Road Trip"));
        QCOMPARE(first.value(QStringLiteral("item_count")).toInt(), 4);
        QCOMPARE(first.value(QStringLiteral("missing_count")).toInt(), 1);

        const Run show =
            ctl({QStringLiteral("--json"), QStringLiteral("playlist"), QStringLiteral("show"),
                 QStringLiteral("road trip"), QStringLiteral("--profile"), profile()});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject o = json(show).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Road Trip"));
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 4);
        for (const char *key : {"item_id", "position", "track_id", "location", "title", "artist",
                                "album", "duration_ms", "available"})
            QVERIFY2(items.at(0).toObject().contains(QLatin1String(key)), key);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Déjà Vu"));
        QVERIFY(items.at(0).toObject().value(QStringLiteral("track_id")).toInteger() > 0);
        QVERIFY(items.at(0).toObject().value(QStringLiteral("available")).toBool());
        QVERIFY(items.at(1).toObject().value(QStringLiteral("track_id")).isNull());
        QVERIFY(!items.at(1).toObject().value(QStringLiteral("available")).toBool());
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("artist")).toString(),
                 QStringLiteral("Кино"));

        // By id, as text.
        const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());
        const Run text = ctl({QStringLiteral("playlist"), QStringLiteral("show"), id,
                              QStringLiteral("--profile"), profile()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("[missing]"), text.out.constData());
    }

    void exportRoundTrip_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("relative");
        QTest::newRow("m3u relative") << QStringLiteral("out.m3u") << true;
        QTest::newRow("pls absolute") << QStringLiteral("out.pls") << false;
        QTest::newRow("xspf relative") << QStringLiteral("out.xspf") << true;
    }

    void exportRoundTrip() {
        QFETCH(QString, fileName);
        QFETCH(bool, relative);
        const QString file = m_files.filePath(QStringLiteral("exports/") + fileName);
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QStringList args{QStringLiteral("playlist"),
                         QStringLiteral("export"),
                         QStringLiteral("Road Trip"),
                         file,
                         QStringLiteral("--json"),
                         QStringLiteral("--profile"),
                         profile()};
        if (relative)
            args.append(QStringLiteral("--relative"));
        const Run r = ctl(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r).object();
        for (const char *key : {"playlist_id", "name", "file", "format", "entries_written"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("entries_written")).toInt(), 4);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QCOMPARE(bytes.contains(m_music.path().toUtf8()), !relative);

        // Imported again: the same tracks in the same order, the missing entry still missing.
        const Run again = ctl({QStringLiteral("playlist"), QStringLiteral("import"), file,
                               QStringLiteral("--name"), QStringLiteral("Again ") + fileName,
                               QStringLiteral("--json"), QStringLiteral("--profile"), profile()});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(json(again).object().value(QStringLiteral("resolved")).toInt(), 3);
        const auto items = [&](const QString &name) {
            const Run show =
                ctl({QStringLiteral("playlist"), QStringLiteral("show"), name,
                     QStringLiteral("--json"), QStringLiteral("--profile"), profile()});
            QJsonArray list = json(show).object().value(QStringLiteral("items")).toArray();
            QStringList out;
            for (const QJsonValue &v : list) {
                const QJsonObject item = v.toObject();
                out.append(item.value(QStringLiteral("location")).toString() + QLatin1Char('|')
                           + QString::number(item.value(QStringLiteral("track_id")).toInteger())
                           + QLatin1Char('|') + item.value(QStringLiteral("title")).toString());
            }
            return out;
        };
        const QStringList original = items(QStringLiteral("Road Trip"));
        QCOMPARE(original.size(), 4);
        QCOMPARE(items(QStringLiteral("Again ") + fileName), original);
    }

    void usageAndErrors() {
        const QString p = profile();
        QCOMPARE(ctl({QStringLiteral("playlist"), QStringLiteral("--profile"), p}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("playlist"), QStringLiteral("frobnicate"),
                      QStringLiteral("--profile"), p})
                     .exitCode,
                 2);
        QCOMPARE(ctl({QStringLiteral("playlist"), QStringLiteral("show"),
                      QStringLiteral("No Such Playlist"), QStringLiteral("--profile"), p})
                     .exitCode,
                 2);
        QCOMPARE(
            ctl({QStringLiteral("playlist"), QStringLiteral("export"), QStringLiteral("Road Trip"),
                 m_files.filePath(QStringLiteral("x.txt")), QStringLiteral("--profile"), p})
                .exitCode,
            2);
        // A file that cannot be read: the command finished with a problem, nothing imported.
        const Run bad = ctl({QStringLiteral("playlist"), QStringLiteral("import"),
                             QStringLiteral(REFRAIN_TEST_DATA "/playlists/malformed.xspf"),
                             QStringLiteral("--profile"), p});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("malformed.xspf"), bad.err.constData());
        QCOMPARE(json(ctl({QStringLiteral("playlist"), QStringLiteral("list"),
                           QStringLiteral("--json"), QStringLiteral("--profile"), p}))
                     .array()
                     .size(),
                 2 + 3); // Road Trip, Second and the three re-imports

        // A library that is not a database: exit 3, as for every command.
        QTemporaryDir damaged;
        QVERIFY(writeText(damaged.filePath(QStringLiteral("library.db")), QByteArray(8192, 'x')));
        QCOMPARE(ctl({QStringLiteral("playlist"), QStringLiteral("list"),
                      QStringLiteral("--profile"), damaged.path()})
                     .exitCode,
                 3);
    }
};

QTEST_GUILESS_MAIN(TestCtlPlaylist)
#include "tst_ctlplaylist.moc"
