// Playlist files: M3U/M3U8, PLS and XSPF read as real players write them (BOM, CRLF, Latin-1,
// Windows separators, relative paths, URLs), malformed and hostile files refused with a clear
// error, and read → write → read lossless.
#include "core/library/playlistfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;

using Entries = QList<PlaylistFileEntry>;

Q_DECLARE_METATYPE(PlaylistFile::Format)
Q_DECLARE_METATYPE(PlaylistFile::PathStyle)

namespace {

QString fixture(const char *name) {
    return QStringLiteral(REFRAIN_TEST_DATA "/playlists/") + QString::fromUtf8(name);
}

QString fixtureDir() {
    return QDir::cleanPath(QStringLiteral(REFRAIN_TEST_DATA "/playlists"));
}

// Where a relative entry of a fixture resolves to.
QString underFixtures(const char *relative) {
    return QDir::cleanPath(fixtureDir() + QLatin1Char('/') + QString::fromUtf8(relative));
}

PlaylistFileEntry entry(const QString &location, const QString &title = {},
                        const QString &artist = {}, const QString &album = {},
                        qint64 durationMs = 0) {
    return PlaylistFileEntry{location, title, artist, album, durationMs};
}

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QString describe(const Entries &entries) {
    QStringList lines;
    for (const PlaylistFileEntry &e : entries)
        lines.append(QStringLiteral("[%1|%2|%3|%4|%5]")
                         .arg(e.location, e.title, e.artist, e.album)
                         .arg(e.durationMs));
    return lines.join(QLatin1Char('\n'));
}

#define COMPARE_ENTRIES(actual, expected)                                                          \
    QVERIFY2((actual) == (expected),                                                               \
             qPrintable(QStringLiteral("\nactual:\n") + describe(actual)                           \
                        + QStringLiteral("\nexpected:\n") + describe(expected)))

} // namespace

class TestPlaylistFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsExtendedM3uWithBomAndCrlf() {
        const auto read = PlaylistFile::read(fixture("extended.m3u8"));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const Entries expected{
            entry(underFixtures("Music/Daft Punk/01 One More Time.mp3"),
                  QStringLiteral("One More Time"), QStringLiteral("Daft Punk"), {}, 215000),
            entry(QStringLiteral("http://radio.example.invalid/stream.mp3"),
                  QStringLiteral("Untitled Stream")),
            entry(QStringLiteral("/music/Björk/Homogenic/03 Jóga.flac"), QStringLiteral("Jóga"),
                  QStringLiteral("Björk"), QStringLiteral("Homogenic"), 183500),
            entry(underFixtures("../Shared/Windows Artist/track.mp3"),
                  QStringLiteral("Windows Relative"), QStringLiteral("Windows Artist"), {}, 200000),
            // A drive path names a file on another system: kept as written, shown as missing.
            entry(QStringLiteral("C:\\Music\\Drive\\song.mp3"), QStringLiteral("Drive Letter"), {},
                  {}, 100000),
            entry(underFixtures("Music/Nowhere/gone.ogg"), QStringLiteral("Gone Track"),
                  QStringLiteral("Missing Artist"), {}, 300000),
            entry(QStringLiteral("/music/URL Song # 1.mp3")),
        };
        COMPARE_ENTRIES(read.value(), expected);
    }

    void readsLatin1M3uWithoutHeader() {
        const auto read = PlaylistFile::read(fixture("latin1.m3u"));
        QVERIFY(read.ok());
        const Entries expected{entry(underFixtures("Música/Canción.mp3")),
                               entry(QStringLiteral("/music/absolute.mp3"))};
        COMPARE_ENTRIES(read.value(), expected);
    }

    void readsPlsInNumberOrder() {
        const auto read = PlaylistFile::read(fixture("playlist.pls"));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const Entries expected{
            entry(underFixtures("Music/Daft Punk/01 One More Time.mp3"),
                  QStringLiteral("One More Time"), QStringLiteral("Daft Punk"), {}, 215000),
            entry(QStringLiteral("http://radio.example.invalid/stream.mp3"),
                  QStringLiteral("Radio")),
            entry(underFixtures("../Shared/track.mp3"), QStringLiteral("Only A Title")),
            entry(QStringLiteral("/music/ten.mp3"), QStringLiteral("Ten"), {}, {}, 10000),
        };
        COMPARE_ENTRIES(read.value(), expected);
    }

    void readsXspf() {
        const auto read = PlaylistFile::read(fixture("playlist.xspf"));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const Entries expected{
            entry(QStringLiteral("/music/Björk/Homogenic/03 Jóga.flac"), QStringLiteral("Jóga"),
                  QStringLiteral("Björk"), QStringLiteral("Homogenic"), 305493),
            entry(underFixtures("Music/Daft Punk/01 One More Time.mp3"),
                  QStringLiteral("One More Time"), QStringLiteral("Daft Punk"), {}, 215000),
            entry(QStringLiteral("http://radio.example.invalid/stream.mp3"),
                  QStringLiteral("Radio & More")),
            // No location, but a name to show: kept, so it can be shown as missing.
            entry({}, QStringLiteral("Known Only By Name"), QStringLiteral("Somebody")),
            entry(underFixtures("Music/Nowhere/gone.ogg"), QStringLiteral("Gone Track"),
                  QStringLiteral("Missing Artist")),
        };
        COMPARE_ENTRIES(read.value(), expected);
    }

    void contentDecidesOverExtension() {
        const auto read = PlaylistFile::read(fixture("disguised.m3u"));
        QVERIFY(read.ok());
        COMPARE_ENTRIES(read.value(), Entries{entry(QStringLiteral("/music/disguised.mp3"),
                                                    QStringLiteral("Disguised"))});
    }

    void refusesBadFiles_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("malformed xspf")
            << fixture("malformed.xspf") << int(Error::Kind::Invalid) << QStringLiteral("line");
        QTest::newRow("entity bomb") << fixture("entities.xspf") << int(Error::Kind::Invalid)
                                     << QStringLiteral("document type declaration");
        QTest::newRow("pls without header")
            << fixture("noheader.pls") << int(Error::Kind::Invalid) << QStringLiteral("[playlist]");
        QTest::newRow("missing file")
            << fixture("no-such-file.m3u") << int(Error::Kind::NotFound) << QStringLiteral("exist");
        QTest::newRow("folder") << fixtureDir() << int(Error::Kind::Invalid)
                                << QStringLiteral("folder");
    }

    void refusesBadFiles() {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        const auto read = PlaylistFile::read(path);
        QVERIFY(!read.ok());
        QCOMPARE(int(read.error().kind), kind);
        QVERIFY2(read.error().message.contains(messagePart), qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(QFileInfo(path).fileName()),
                 qPrintable(read.error().message));
    }

    void refusesHugeBinaryAndUnknownFiles() {
        QTemporaryDir dir;
        // A sparse file: large on paper, nothing written.
        const QString huge = dir.filePath(QStringLiteral("huge.m3u"));
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(PlaylistFile::kMaxFileSize + 1));
        f.close();
        auto read = PlaylistFile::read(huge);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(QStringLiteral("16 MiB")),
                 qPrintable(read.error().message));

        const QString binary = dir.filePath(QStringLiteral("binary.m3u"));
        QVERIFY(writeBytes(binary, QByteArray("ID3\x03\0\0\0\0\x01\x02garbage", 17)));
        read = PlaylistFile::read(binary);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Invalid);

        const QString unknown = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeBytes(unknown, "just some text\n"));
        read = PlaylistFile::read(unknown);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Unsupported);

        const QString empty = dir.filePath(QStringLiteral("empty.m3u8"));
        QVERIFY(writeBytes(empty, QByteArray()));
        read = PlaylistFile::read(empty);
        QVERIFY(read.ok());
        QVERIFY(read.value().isEmpty());
    }

    void resolvesLocations_data() {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("expected");
        QTest::newRow("relative") << QStringLiteral("a/b.mp3")
                                  << QStringLiteral("/home/u/Playlists/a/b.mp3");
        QTest::newRow("dot dot") << QStringLiteral("../Music/b.mp3")
                                 << QStringLiteral("/home/u/Music/b.mp3");
        QTest::newRow("backslashes")
            << QStringLiteral("..\\Music\\b.mp3") << QStringLiteral("/home/u/Music/b.mp3");
        QTest::newRow("absolute") << QStringLiteral("/srv/x/../y.mp3")
                                  << QStringLiteral("/srv/y.mp3");
        QTest::newRow("file url") << QStringLiteral("file:///srv/a%20b%25.mp3")
                                  << QStringLiteral("/srv/a b%.mp3");
        QTest::newRow("file url localhost")
            << QStringLiteral("file://localhost/srv/a.mp3") << QStringLiteral("/srv/a.mp3");
        QTest::newRow("file url of another host") << QStringLiteral("file://server/share/a.mp3")
                                                  << QStringLiteral("file://server/share/a.mp3");
        QTest::newRow("http") << QStringLiteral("https://example.invalid/a.mp3?x=1")
                              << QStringLiteral("https://example.invalid/a.mp3?x=1");
        QTest::newRow("spaces") << QStringLiteral("  song.mp3 ")
                                << QStringLiteral("/home/u/Playlists/song.mp3");
#ifndef Q_OS_WIN
        QTest::newRow("drive") << QStringLiteral("C:\\Music\\a.mp3")
                               << QStringLiteral("C:\\Music\\a.mp3");
        QTest::newRow("drive url")
            << QStringLiteral("file:///C:/Music/a.mp3") << QStringLiteral("C:/Music/a.mp3");
#endif
        QTest::newRow("empty") << QStringLiteral("   ") << QString();
    }

    void resolvesLocations() {
        QFETCH(QString, written);
        QFETCH(QString, expected);
        QCOMPARE(PlaylistFile::resolveLocation(written, QStringLiteral("/home/u/Playlists")),
                 expected);
    }

    void formatForPath() {
        QCOMPARE(PlaylistFile::formatForPath(QStringLiteral("a.M3U")), PlaylistFile::Format::M3u);
        QCOMPARE(PlaylistFile::formatForPath(QStringLiteral("a.m3u8")), PlaylistFile::Format::M3u);
        QCOMPARE(PlaylistFile::formatForPath(QStringLiteral("a.pls")), PlaylistFile::Format::Pls);
        QCOMPARE(PlaylistFile::formatForPath(QStringLiteral("/x/a.xspf")),
                 PlaylistFile::Format::Xspf);
        QVERIFY(!PlaylistFile::formatForPath(QStringLiteral("a.txt")));
    }

    // Entries a library would resolve: local files with awkward names and full metadata.
    void roundTripIsLossless_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<PlaylistFile::Format>("format");
        QTest::addColumn<PlaylistFile::PathStyle>("style");
        const auto absolute = PlaylistFile::PathStyle::Absolute;
        const auto relative = PlaylistFile::PathStyle::RelativeToPlaylist;
        QTest::newRow("m3u absolute")
            << QStringLiteral("out.m3u") << PlaylistFile::Format::M3u << absolute;
        QTest::newRow("m3u8 relative")
            << QStringLiteral("out.m3u8") << PlaylistFile::Format::M3u << relative;
        QTest::newRow("pls absolute")
            << QStringLiteral("out.pls") << PlaylistFile::Format::Pls << absolute;
        QTest::newRow("pls relative")
            << QStringLiteral("out.pls") << PlaylistFile::Format::Pls << relative;
        QTest::newRow("xspf absolute")
            << QStringLiteral("out.xspf") << PlaylistFile::Format::Xspf << absolute;
        QTest::newRow("xspf relative")
            << QStringLiteral("out.xspf") << PlaylistFile::Format::Xspf << relative;
    }

    void roundTripIsLossless() {
        QFETCH(QString, fileName);
        QFETCH(PlaylistFile::Format, format);
        QFETCH(PlaylistFile::PathStyle, style);
        QTemporaryDir dir;
        const QString music = dir.filePath(QStringLiteral("Music"));
        const auto at = [&](const QString &relative) {
            return QDir::cleanPath(music + QLatin1Char('/') + relative);
        };
        Entries entries{
            entry(at(QStringLiteral("Beyoncé/Déjà Vu/01 Déjà Vu.mp3")), QStringLiteral("Déjà Vu"),
                  QStringLiteral("Beyoncé"), QStringLiteral("B'Day"), 240000),
            entry(at(QStringLiteral("坂本龍一/戦場のメリークリスマス.ogg")),
                  QStringLiteral("戦場のメリークリスマス"), QStringLiteral("坂本龍一"),
                  QStringLiteral("Merry Christmas Mr. Lawrence"), 123456),
            entry(at(QStringLiteral("#hash & <xml> %20 100%.flac")),
                  QStringLiteral("Title - With Dash"), QStringLiteral("AC - DC"),
                  QStringLiteral("Album & <Co>"), 1000),
            entry(at(QStringLiteral("No Artist.mp3")), QStringLiteral("Intro - Reprise")),
            entry(at(QStringLiteral("Only Artist.mp3")), {}, QStringLiteral("Someone")),
            entry(at(QStringLiteral("Bare.mp3"))),
            entry(at(QStringLiteral("Emoji 🎵 Song.mp3")), QStringLiteral("Emoji 🎵 Song"),
                  QStringLiteral("Various"), {}, 2000),
            entry(dir.filePath(QStringLiteral("beside.mp3")), QStringLiteral("Beside")),
            entry(QStringLiteral("/elsewhere/entirely/x.mp3"), QStringLiteral("Elsewhere")),
        };
        const QString path = dir.filePath(fileName);
        QVERIFY(PlaylistFile::write(path, entries, format, style).ok());
        if (style == PlaylistFile::PathStyle::RelativeToPlaylist) {
            const QByteArray written = fileBytes(path);
            QVERIFY2(!written.contains(music.toUtf8()), written.constData());
            QVERIFY2(!written.contains(QUrl::fromLocalFile(music).toEncoded()),
                     written.constData());
        }
        const auto read = PlaylistFile::read(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));

        if (format == PlaylistFile::Format::Pls) {
            // PLS has no album field and whole-second lengths; "Artist - Title" is one string,
            // so an artist or title that itself holds " - " cannot be told apart.
            for (PlaylistFileEntry &e : entries) {
                e.album.clear();
                e.durationMs = (e.durationMs + 500) / 1000 * 1000;
            }
            entries[2].artist = QStringLiteral("AC");
            entries[2].title = QStringLiteral("DC - Title - With Dash");
            entries[3].artist = QStringLiteral("Intro");
            entries[3].title = QStringLiteral("Reprise");
            entries[4].artist.clear();
        }
        COMPARE_ENTRIES(read.value(), entries);

        // A second round changes nothing.
        const QString again = dir.filePath(QStringLiteral("again.") + QFileInfo(path).suffix());
        QVERIFY(PlaylistFile::write(again, read.value(), format, style).ok());
        const auto reread = PlaylistFile::read(again);
        QVERIFY(reread.ok());
        COMPARE_ENTRIES(reread.value(), read.value());
    }

    // Every fixture survives read → write (same format) → read.
    void fixturesRoundTrip_data() {
        QTest::addColumn<QString>("name");
        for (const char *name : {"extended.m3u8", "latin1.m3u", "playlist.pls", "playlist.xspf"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void fixturesRoundTrip() {
        QFETCH(QString, name);
        const auto first = PlaylistFile::read(fixture(name.toUtf8().constData()));
        QVERIFY(first.ok());
        const auto format = PlaylistFile::formatForPath(name);
        QVERIFY(format);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("copy.") + QFileInfo(name).suffix());
        QVERIFY(PlaylistFile::write(out, first.value(), *format).ok());
        const auto second = PlaylistFile::read(out);
        QVERIFY(second.ok());
        Entries expected = first.value();
        if (*format != PlaylistFile::Format::Xspf)
            expected.removeIf([](const PlaylistFileEntry &e) { return e.location.isEmpty(); });
        COMPARE_ENTRIES(second.value(), expected);
    }

    void writesM3uAsUtf8WithExtinf() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.m3u"));
        const Entries entries{entry(QStringLiteral("/m/Björk.mp3"), QStringLiteral("Jóga"),
                                    QStringLiteral("Björk"), {}, 305000),
                              entry(QStringLiteral("http://example.invalid/s"))};
        QVERIFY(PlaylistFile::write(path, entries, PlaylistFile::Format::M3u).ok());
        QCOMPARE(fileBytes(path), QByteArray("#EXTM3U\n#EXTINF:305,Bj\xc3\xb6rk - J\xc3\xb3ga\n"
                                             "/m/Bj\xc3\xb6rk.mp3\nhttp://example.invalid/s\n"));
    }

    void writeFailsCleanly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/out.m3u"));
        const auto written =
            PlaylistFile::write(path, {entry(QStringLiteral("/a.mp3"))}, PlaylistFile::Format::M3u);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Io);

        // Replacing keeps the old file whole until the new one is complete; afterwards it is
        // the new content, and no temporary file is left behind.
        const QString existing = dir.filePath(QStringLiteral("keep.pls"));
        QVERIFY(writeBytes(existing, "old"));
        QVERIFY(PlaylistFile::write(existing, {entry(QStringLiteral("/a.mp3"))},
                                    PlaylistFile::Format::Pls)
                    .ok());
        QVERIFY(fileBytes(existing).startsWith("[playlist]"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.pls")});
    }
};

QTEST_GUILESS_MAIN(TestPlaylistFile)
#include "tst_playlistfile.moc"
