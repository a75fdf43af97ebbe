// A hostile server's names, downloaded for real: every song of a pinned playlist whose titles,
// artists, albums, suffixes, paths and playlist name try to climb out (../, absolute paths,
// drives, UNC), smuggle bytes (NUL, controls, bidi overrides), hit Windows device names (CON,
// aux.mp3, COM¹), overflow limits (1,000 characters) or imitate separators with Unicode look-alikes
// (∕ ／ ⁄ ⧸ ．．／) arrives verified — and every byte written lands under the download folder, in
// <server>/<artist>/<album>/<file>, with names that are safe on every desktop system.
#include "tests/offline/offlinetesthelpers.h"

#include "core/offline/offlinepath.h"

#include <QDirIterator>
#include <QSet>

using namespace refrain;
using namespace refrain::test;

namespace {

struct Hostile {
    const char *why;
    QString title;
    QString artist;
    QString album;
    QString suffix;
    QString path; // the server's own `path` attribute
};

QList<Hostile> hostileSongs() {
    const QString nul = QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
    return {
        {"climbs out", QStringLiteral("../../etc/passwd"), QStringLiteral("../.."),
         QStringLiteral(".."), QStringLiteral("mp3"), QStringLiteral("../../../../etc/passwd")},
        {"absolute", QStringLiteral("/etc/cron.d/evil"), QStringLiteral("/"),
         QStringLiteral("/root/.ssh"), QStringLiteral("mp3"), QStringLiteral("/etc/cron.d/evil")},
        {"drive and UNC", QStringLiteral("C:\\Windows\\System32\\evil"),
         QStringLiteral("\\\\server\\share"), QStringLiteral("D:"), QStringLiteral("mp3"),
         QStringLiteral("C:\\Windows\\System32\\evil.mp3")},
        {"NUL and controls", nul, QStringLiteral("\t\n\r\u001b[31mred"),
         QStringLiteral("\u0007bell\u007f"), QStringLiteral("mp3"), nul},
        {"device names", QStringLiteral("aux.mp3"), QStringLiteral("CON"),
         QStringLiteral("nul .txt"), QStringLiteral("mp3"), QStringLiteral("LPT1")},
        {"more devices", QStringLiteral("COM\u00B9"), QStringLiteral("prn"),
         QStringLiteral("CONOUT$"), QStringLiteral("mp3"), QStringLiteral("com9.mp3")},
        {"slash look-alikes", QStringLiteral("AC\u2215DC \uFF0E\uFF0E\uFF0Fx"),
         QStringLiteral("a\uFF0Fb\u2044c\u29F8d"), QStringLiteral("\u2024\u2024"),
         QStringLiteral("mp3"), QStringLiteral("\uFF0E\uFF0E\uFF0F\uFF0E\uFF0E\uFF0Fetc")},
        {"bidi", QStringLiteral("song \u202E3pm.exe"), QStringLiteral("\u2066x\u2069"),
         QStringLiteral("\u200Fy"), QStringLiteral("exe"), QStringLiteral("x.exe")},
        {"runnable suffixes", QStringLiteral("click me"), QStringLiteral("a"), QStringLiteral("b"),
         QStringLiteral("desktop"), QStringLiteral("a/b/click me.desktop")},
        {"suffix climbs", QStringLiteral("s"), QStringLiteral("a"), QStringLiteral("b"),
         QStringLiteral("mp3/../../../x"), QString()},
        {"very long", QString(1000, QChar(0x00E9)), QString(500, QLatin1Char('x')),
         QString(300, QChar(0x6F22)), QStringLiteral("mp3"), QString(5000, QLatin1Char('p'))},
        {"dots and spaces", QStringLiteral(". . ."), QStringLiteral("   "), QStringLiteral("."),
         QStringLiteral("mp3"), QStringLiteral("./././x")},
    };
}

// Why one component of a relative path is not safe, or empty when it is.
QString unsafe(const QString &part) {
    if (part.isEmpty() || part == u"." || part == u"..")
        return QStringLiteral("empty or a dot name");
    if (OfflinePath::utf8Bytes(part) > 120)
        return QStringLiteral("longer than 120 bytes");
    for (const QChar c : part) {
        const char16_t u = c.unicode();
        if (QStringLiteral("\\:*?\"<>|").contains(c) || u < 0x20 || (u >= 0x7F && u <= 0x9F)
            || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E
            || u == 0x200F)
            return QStringLiteral("holds U+%1").arg(u, 4, 16, QLatin1Char('0'));
    }
    if (part.back() == u'.' || part.back() == u' ' || part.front() == u' ')
        return QStringLiteral("starts with a space or ends with a dot or space");
    const QString device = part.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList devices{QStringLiteral("CON"),    QStringLiteral("PRN"),
                                     QStringLiteral("AUX"),    QStringLiteral("NUL"),
                                     QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (devices.contains(device)
        || (device.size() == 4 && (device.startsWith(u"COM") || device.startsWith(u"LPT"))))
        return QStringLiteral("a Windows device name");
    return {};
}

} // namespace

class TestHostileDownloads : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyDownloadStaysUnderTheFolder() {
        OfflineRig rig;
        QVERIFY(rig.dir.isValid());
        const QByteArray audio = toneBytes(rig.dir.path(), 2.0, 440);
        QVERIFY(!audio.isEmpty());
        QStringList songs;
        const QList<Hostile> hostile = hostileSongs();
        for (const Hostile &h : hostile) {
            SongSpec spec;
            spec.title = h.title;
            spec.artist = h.artist;
            spec.album = h.album;
            spec.suffix = h.suffix;
            spec.path = h.path;
            spec.track = int(songs.size()) + 1;
            spec.durationSeconds = 2;
            spec.audio = audio;
            songs.append(rig.content.catalog().addSong(spec));
        }
        const QString playlistName = QStringLiteral("../../..\\CON\u2215evil") + QChar(u'\0');
        const QString playlist = rig.content.catalog().addPlaylist(playlistName, songs);
        QVERIFY(rig.open());
        QVERIFY(rig.store().pin(PinKind::ServerPlaylist, rig.server.id, playlist,
                                QDateTime::currentMSecsSinceEpoch()));
        DownloadManager &manager = rig.makeManager();
        QVERIFY(rig.settle([&] { manager.start(); }));

        const QList<DownloadRow> rows = rig.queue().rows().valueOr({});
        QCOMPARE(rows.size(), hostile.size());
        for (const DownloadRow &row : rows)
            QVERIFY2(row.state == DownloadRow::State::Verified, qPrintable(row.error));

        // Every verified copy is the server's bytes under a safe relative path of four parts.
        const QHash<qint64, QString> verified = rig.queue().verifiedPaths().valueOr({});
        QCOMPARE(verified.size(), hostile.size());
        QSet<QString> distinct;
        for (const QString &songId : std::as_const(songs)) {
            const QString relative = verified.value(rig.trackOf(songId));
            const QStringList parts = relative.split(u'/');
            QCOMPARE(parts.size(), 4);
            QCOMPARE(parts.first(), rig.server.id);
            for (const QString &part : parts)
                QVERIFY2(unsafe(part).isEmpty(), qPrintable(relative + u' ' + unsafe(part)));
            QVERIFY2(OfflinePath::utf8Bytes(relative) <= OfflinePath::kMaxRelativePathBytes,
                     qPrintable(relative));
            QVERIFY2(OfflinePath::staysInside(rig.offlineRoot, relative), qPrintable(relative));
            // Nothing a double-click would run.
            const QString suffix = QFileInfo(parts.last()).suffix().toLower();
            QVERIFY2(suffix == u"mp3" || suffix == u"audio", qPrintable(relative));
            QCOMPARE(sha256Hex(fileBytes(rig.absolute(relative))), sha256Hex(audio));
            distinct.insert(relative);
        }
        QCOMPARE(distinct.size(), hostile.size());

        // Separator look-alikes are letters, not separators: they stay inside one name.
        const QString lookalike = verified.value(rig.trackOf(songs.at(6)));
        QVERIFY2(lookalike.contains(QChar(0x2215)) && lookalike.contains(QChar(0xFF0F)),
                 qPrintable(lookalike));

        // The playlist copy for other players: one safe name beside the files, relative entries
        // that all resolve inside the folder.
        const QString m3u =
            rig.absolute(OfflinePath::safeComponent(playlistName) + QStringLiteral(".m3u8"));
        const auto entriesOf = [&] {
            QStringList entries;
            const QStringList lines =
                QString::fromUtf8(fileBytes(m3u)).split(u'\n', Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                if (!line.startsWith(u'#'))
                    entries << line.trimmed();
            }
            return entries;
        };
        QTRY_COMPARE_WITH_TIMEOUT(entriesOf().size(), hostile.size(), kWaitMs);
        for (const QString &entry : entriesOf()) {
            QVERIFY2(OfflinePath::staysInside(rig.offlineRoot, entry), qPrintable(entry));
            QVERIFY2(QFile::exists(rig.absolute(entry)), qPrintable(entry));
        }

        // Every file written since the start is under the download folder (beside it: only
        // the database and the generated tones), the playlist copy included.
        const QString root = QDir(rig.offlineRoot).canonicalPath() + u'/';
        int playlists = 0;
        QDirIterator it(rig.dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            const QString canonical = file.canonicalFilePath();
            if (canonical.contains(u"/tones/") || file.fileName().startsWith(u"library.db"))
                continue;
            QVERIFY2(canonical.startsWith(root), qPrintable(canonical));
            QVERIFY2(!file.isSymLink(), qPrintable(canonical));
            if (file.suffix() == u"m3u8") {
                ++playlists;
                QCOMPARE(QFileInfo(file.absolutePath()).canonicalFilePath(),
                         QDir(rig.offlineRoot).canonicalPath());
                QVERIFY2(unsafe(file.fileName()).isEmpty(), qPrintable(file.fileName()));
            }
        }
        QVERIFY(playlists
                >= 1); // the pinned playlist's, and Emergency Essentials' once it has songs
    }
};

QTEST_GUILESS_MAIN(TestHostileDownloads)
#include "tst_hostiledownloads.moc"
