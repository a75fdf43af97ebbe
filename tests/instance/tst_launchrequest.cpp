// The `refrain` command line as a person or a file manager types it: every option, paths made
// absolute, what is played and what is added, mistakes reported, and the hand-off message.
#include "app/launchrequest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using refrain::LaunchRequest;
using refrain::RemoteRequest;
using Control = refrain::LaunchRequest::Control;

namespace {

void touch(const QString &path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
}

} // namespace

class TestLaunchRequest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        for (const char *name :
             {"a.flac", "b.mp3", "Song.OGG", "list.m3u", "list.M3U8", "radio.pls", "mix.xspf",
              "notes.txt", "Albums/x.flac", "sub/dir/c.opus"})
            touch(path(QLatin1String(name)));
    }

    void noArgumentsAsksNothing() {
        const LaunchRequest r = LaunchRequest::parse({}, m_dir.path());
        QVERIFY(r.fatalError.isEmpty());
        QVERIFY(!r.hasWork());
        QVERIFY(!r.show);
        QVERIFY(r.warnings.isEmpty());
    }

    void controlsInTheOrderGiven() {
        const LaunchRequest r = LaunchRequest::parse(
            {QStringLiteral("--next"), QStringLiteral("--next"), QStringLiteral("--play-pause"),
             QStringLiteral("--previous"), QStringLiteral("--stop")},
            m_dir.path());
        QVERIFY(r.fatalError.isEmpty());
        QCOMPARE(r.controls, (QList<Control>{Control::Next, Control::Next, Control::PlayPause,
                                             Control::Previous, Control::Stop}));
        QVERIFY(r.hasWork());
        QVERIFY(!r.show);
    }

    void showAlone() {
        const LaunchRequest r = LaunchRequest::parse({QStringLiteral("--show")}, m_dir.path());
        QVERIFY(r.show);
        QVERIFY(!r.hasWork());
    }

    void relativePathsBecomeAbsolute() {
        const QString cwd = path(QStringLiteral("sub"));
        const LaunchRequest r =
            LaunchRequest::parse({QStringLiteral("dir/c.opus"), QStringLiteral("../a.flac"),
                                  QStringLiteral("./dir/../../b.mp3")},
                                 cwd);
        QCOMPARE(r.play,
                 (QStringList{path(QStringLiteral("sub/dir/c.opus")),
                              path(QStringLiteral("a.flac")), path(QStringLiteral("b.mp3"))}));
        QVERIFY(r.warnings.isEmpty());
    }

    void fileUrlsFromTheFileManager() {
        const QString url = QUrl::fromLocalFile(path(QStringLiteral("a.flac"))).toString();
        const LaunchRequest r = LaunchRequest::parse({url}, QDir::rootPath());
        QCOMPARE(r.play, QStringList{path(QStringLiteral("a.flac"))});
    }

    void audioAndPlaylistsPlayInOrderFoldersAreAdded() {
        const LaunchRequest r = LaunchRequest::parse(
            {QStringLiteral("mix.xspf"), QStringLiteral("a.flac"), QStringLiteral("Albums"),
             QStringLiteral("list.m3u"), QStringLiteral("Song.OGG"), QStringLiteral("list.M3U8"),
             QStringLiteral("radio.pls")},
            m_dir.path());
        QCOMPARE(
            r.play,
            (QStringList{path(QStringLiteral("mix.xspf")), path(QStringLiteral("a.flac")),
                         path(QStringLiteral("list.m3u")), path(QStringLiteral("Song.OGG")),
                         path(QStringLiteral("list.M3U8")), path(QStringLiteral("radio.pls"))}));
        QCOMPARE(r.addFolders, QStringList{path(QStringLiteral("Albums"))});
        QVERIFY(r.hasWork());
    }

    void playlistsByExtension() {
        QVERIFY(LaunchRequest::isPlaylistFile(QStringLiteral("/x/a.m3u")));
        QVERIFY(LaunchRequest::isPlaylistFile(QStringLiteral("/x/a.M3U8")));
        QVERIFY(LaunchRequest::isPlaylistFile(QStringLiteral("/x/a.pls")));
        QVERIFY(LaunchRequest::isPlaylistFile(QStringLiteral("/x/a.xspf")));
        QVERIFY(!LaunchRequest::isPlaylistFile(QStringLiteral("/x/a.flac")));
        QVERIFY(!LaunchRequest::isPlaylistFile(QStringLiteral("/x/m3u")));
    }

    void missingAndForeignFilesAreReportedTheRestGoesAhead() {
        const LaunchRequest r = LaunchRequest::parse(
            {QStringLiteral("gone.mp3"), QStringLiteral("notes.txt"), QStringLiteral("a.flac"),
             QStringLiteral("https://user:secret@example.org/rest/stream?u=me&t=tok123&s=salt")},
            m_dir.path());
        QVERIFY(r.fatalError.isEmpty());
        QCOMPARE(r.play, QStringList{path(QStringLiteral("a.flac"))});
        QCOMPARE(r.warnings.size(), 3);
        QVERIFY(r.warnings.at(0).contains(path(QStringLiteral("gone.mp3"))));
        QVERIFY(r.warnings.at(1).contains(path(QStringLiteral("notes.txt"))));
        // A URL is named without its credentials.
        QVERIFY(r.warnings.at(2).contains(QStringLiteral("example.org")));
        for (const char *secret : {"tok123", "salt", "secret"})
            QVERIFY2(!r.warnings.at(2).contains(QLatin1String(secret)), secret);
    }

    void unknownOptionIsFatal() {
        const LaunchRequest r = LaunchRequest::parse(
            {QStringLiteral("--shuffle-everything"), QStringLiteral("a.flac")}, m_dir.path());
        QVERIFY(r.fatalError.contains(QStringLiteral("shuffle-everything")));
        QVERIFY(!r.hasWork());
    }

    // main() parses before QApplication exists: Qt's own options (a session manager's -session,
    // a user's -style) must not turn into "unknown option", and a file after "--" stays a file.
    void toolkitOptionsAreLeftToQt() {
        const QStringList args{QStringLiteral("-platform"), QStringLiteral("offscreen"),
                               QStringLiteral("--next"),    QStringLiteral("-style=fusion"),
                               QStringLiteral("-reverse"),  QStringLiteral("--session"),
                               QStringLiteral("1234_5"),    QStringLiteral("a.flac"),
                               QStringLiteral("--"),        QStringLiteral("-reverse")};
        const QStringList kept = LaunchRequest::withoutToolkitOptions(args);
        QCOMPARE(kept, (QStringList{QStringLiteral("--next"), QStringLiteral("a.flac"),
                                    QStringLiteral("--"), QStringLiteral("-reverse")}));
        const LaunchRequest r = LaunchRequest::parse(kept, m_dir.path());
        QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
        QCOMPARE(r.controls, QList<Control>{Control::Next});
        QCOMPARE(r.play, QStringList{path(QStringLiteral("a.flac"))});
        // The file called "-reverse" was looked for (it does not exist), not taken as Qt's flag.
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().contains(path(QStringLiteral("-reverse"))),
                 qPrintable(r.warnings.first()));
        // Refrain's own options and unknown ones are not Qt's to take.
        QCOMPARE(LaunchRequest::withoutToolkitOptions({QStringLiteral("--shuffle-everything"),
                                                       QStringLiteral("--profile"),
                                                       QStringLiteral("p")}),
                 (QStringList{QStringLiteral("--shuffle-everything"), QStringLiteral("--profile"),
                              QStringLiteral("p")}));
    }

    void optionWithoutValueIsFatal() {
        QVERIFY(!LaunchRequest::parse({QStringLiteral("--play-playlist")}, m_dir.path())
                     .fatalError.isEmpty());
        QVERIFY(!LaunchRequest::parse({QStringLiteral("--play-playlist"), QStringLiteral(" ")},
                                      m_dir.path())
                     .fatalError.isEmpty());
    }

    void playPlaylistByName() {
        const LaunchRequest r = LaunchRequest::parse(
            {QStringLiteral("--play-playlist"), QStringLiteral("Road trip ☀")}, m_dir.path());
        QCOMPARE(r.playlist, QStringLiteral("Road trip ☀"));
        QVERIFY(!r.playsEssentials());
        QVERIFY(r.hasWork());
        const LaunchRequest eq =
            LaunchRequest::parse({QStringLiteral("--play-playlist=Road trip")}, m_dir.path());
        QCOMPARE(eq.playlist, QStringLiteral("Road trip"));
    }

    void essentials() {
        for (const char *name : {"essentials", "Essentials", "Emergency Essentials"}) {
            const LaunchRequest r = LaunchRequest::parse(
                {QStringLiteral("--play-playlist"), QLatin1String(name)}, m_dir.path());
            QVERIFY2(r.playsEssentials(), name);
        }
    }

    void profileAndLibraryKeepWorking() {
        const LaunchRequest r = LaunchRequest::parse(
            {QStringLiteral("--profile"), QStringLiteral("prof"), QStringLiteral("--library"),
             QStringLiteral("Albums"), QStringLiteral("--library"), QStringLiteral("/music")},
            m_dir.path());
        QCOMPARE(r.profile, path(QStringLiteral("prof")));
        QCOMPARE(r.libraries,
                 (QStringList{path(QStringLiteral("Albums")), QStringLiteral("/music")}));
        QVERIFY(r.hasWork());
    }

    void helpAndVersion() {
        QVERIFY(LaunchRequest::parse({QStringLiteral("--help")}, m_dir.path()).helpRequested);
        QVERIFY(LaunchRequest::parse({QStringLiteral("-h")}, m_dir.path()).helpRequested);
        QVERIFY(LaunchRequest::parse({QStringLiteral("--version")}, m_dir.path()).versionRequested);
        const QString help = LaunchRequest::helpText();
        for (const char *option : {"--profile", "--library", "--play-pause", "--next", "--previous",
                                   "--stop", "--show", "--play-playlist"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }

    void fileNamedLikeAnOptionAfterDoubleDash() {
        touch(path(QStringLiteral("--next.mp3")));
        const LaunchRequest r = LaunchRequest::parse(
            {QStringLiteral("--"), QStringLiteral("--next.mp3")}, m_dir.path());
        QVERIFY(r.controls.isEmpty());
        QCOMPARE(r.play, QStringList{path(QStringLiteral("--next.mp3"))});
    }

    void jsonRoundTrip() {
        const LaunchRequest r = LaunchRequest::parse(
            {QStringLiteral("--profile"), QStringLiteral("prof"), QStringLiteral("--library"),
             QStringLiteral("Albums"), QStringLiteral("b.mp3"), QStringLiteral("--next"),
             QStringLiteral("mix.xspf"), QStringLiteral("--show"), QStringLiteral("--play-pause"),
             QStringLiteral("sub"), QStringLiteral("--play-playlist"), QStringLiteral("Mix ♫")},
            m_dir.path());
        // The receiver may run anywhere: every path in the message is absolute.
        const QJsonObject json = r.toJson(QStringLiteral("/elsewhere"));
        QCOMPARE(json.value(QStringLiteral("v")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("cwd")).toString(), QStringLiteral("/elsewhere"));
        for (const QJsonValue &arg : json.value(QStringLiteral("args")).toArray()) {
            const QString text = arg.toString();
            QVERIFY2(text.startsWith(QLatin1Char('-')) || QDir::isAbsolutePath(text)
                         || text == QStringLiteral("Mix ♫"),
                     qPrintable(text));
        }
        const refrain::Result<LaunchRequest> back = LaunchRequest::fromJson(json);
        QVERIFY(back.ok());
        const LaunchRequest &b = back.value();
        QCOMPARE(b.play, r.play);
        QCOMPARE(b.addFolders, r.addFolders);
        QCOMPARE(b.libraries, r.libraries);
        QCOMPARE(b.controls, r.controls);
        QCOMPARE(b.show, r.show);
        QCOMPARE(b.playlist, r.playlist);
        // The profile chose the instance; the running one does not switch.
        QVERIFY(b.profile.isEmpty());
    }

    void otherVersionsAndBrokenMessagesAreRefused() {
        QJsonObject newer = RemoteRequest{{QStringLiteral("--next")}, m_dir.path()}.toJson();
        newer.insert(QStringLiteral("v"), 2);
        const auto refused = LaunchRequest::fromJson(newer);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1Char('2')));
        QVERIFY(!LaunchRequest::fromJson({}).ok());
        QVERIFY(!RemoteRequest::fromJson({{QStringLiteral("v"), 1},
                                          {QStringLiteral("args"), QJsonArray{1, 2}},
                                          {QStringLiteral("cwd"), m_dir.path()}})
                     .ok());
        QVERIFY(!RemoteRequest::fromJson({{QStringLiteral("v"), 1},
                                          {QStringLiteral("args"), QJsonArray{}},
                                          {QStringLiteral("cwd"), QStringLiteral("relative")}})
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestLaunchRequest)
#include "tst_launchrequest.moc"
