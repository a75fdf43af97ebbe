// demo_server [SONGS] [SECONDS] [--slow-ms MS]: a Subsonic server on 127.0.0.1 with generated
// music (real MP3 tones, a few albums, starred songs and a playlist) and, on a second port, its
// Statuspage v2 status page — for `./dev demo`, for looking at Refrain by hand and for
// screenshots. Never used by tests.
//
// The user is "demo" with the password "demo" (said here, not printed: output goes to logs).
// It prints "api URL user demo" and "status URL" first, then switches between normal, slow,
// failing, blackhole, blackhole-all and maintenance on the commands typed on standard input, one
// per line ("quit" ends it); see tests/support/demo/demoswitch.h for what it prints meanwhile.
#include "tests/support/audiofixtures.h"
#include "tests/support/demo/demostatuspage.h"
#include "tests/support/demo/demoswitch.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace refrain::test;

namespace {

// Fills the catalog with `songs` generated tones; an empty string when all went well.
QString addSongs(SubsonicContent &content, const QString &dir, int songs, double seconds) {
    const QStringList artists{QStringLiteral("Nina Holm"), QStringLiteral("The Lanterns"),
                              QStringLiteral("Kōji Arai")};
    const QStringList albums{QStringLiteral("Northern Lights"), QStringLiteral("Harbour Songs"),
                             QStringLiteral("Night Bus")};
    QStringList ids;
    for (int i = 0; i < songs; ++i) {
        ToneSpec tone;
        tone.relativePath = QStringLiteral("t%1.mp3").arg(i);
        tone.seconds = seconds;
        tone.frequencyHz = 220 + 20 * i;
        if (const QString why = AudioFixtures::makeTone(dir, tone); !why.isEmpty())
            return why;
        QFile file(QDir(dir).filePath(tone.relativePath));
        if (!file.open(QIODevice::ReadOnly))
            return file.errorString();
        SongSpec spec;
        spec.artist = artists.at(i % artists.size());
        spec.album = albums.at(i % albums.size());
        spec.title = QStringLiteral("Song %1").arg(i + 1);
        spec.track = i / int(albums.size()) + 1;
        spec.year = 2019 + i % 5;
        spec.durationSeconds = int(seconds);
        spec.audio = file.readAll();
        ids.append(content.catalog().addSong(spec));
    }
    for (int i = 0; i < ids.size(); i += 3)
        content.catalog().setStarred(ids.at(i), QDateTime::currentDateTimeUtc().addSecs(-i * 60));
    content.catalog().addPlaylist(QStringLiteral("Road trip"), ids.mid(1, 6));
    return {};
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A Subsonic server with generated music and a status page on 127.0.0.1, for ./dev demo. "
        "User demo, password demo. Commands on standard input, one per line: normal, slow [MS], "
        "failing, blackhole, blackhole-all, maintenance, mode, quit."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("songs"), QStringLiteral("How many (24)."),
                                 QStringLiteral("[SONGS]"));
    parser.addPositionalArgument(QStringLiteral("seconds"),
                                 QStringLiteral("How long each song is (20)."),
                                 QStringLiteral("[SECONDS]"));
    const QCommandLineOption slowOption(
        QStringLiteral("slow-ms"),
        QStringLiteral("How long the slow mode waits before each answer (%1).")
            .arg(DemoSwitch::kDefaultSlowMs),
        QStringLiteral("ms"));
    parser.addOption(slowOption);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const int songs = args.value(0, QStringLiteral("24")).toInt();
    const double seconds = args.value(1, QStringLiteral("20")).toDouble();
    if (songs <= 0 || seconds <= 0) {
        std::fprintf(stderr, "demo_server: SONGS and SECONDS must be positive numbers\n");
        return 2;
    }

    QTemporaryDir dir;
    SubsonicContent content;
    content.setUser(QStringLiteral("demo"), QStringLiteral("demo"));
    if (const QString why = addSongs(content, dir.path(), songs, seconds); !why.isEmpty()) {
        std::fprintf(stderr, "demo_server: %s\n", qPrintable(why));
        return 1;
    }

    FaultServer api;
    api.setHandler(content.handler());
    DemoStatusPage page;
    FaultServer status;
    status.setHandler(page.handler());
    DemoSwitch control(&api, &status, &page);
    if (parser.isSet(slowOption))
        control.setSlowMs(parser.value(slowOption).toInt());
    QObject::connect(&control, &DemoSwitch::quitRequested, &app, &QCoreApplication::quit);

    std::printf("api %s user demo\n", qPrintable(api.baseUrl().toString()));
    std::printf("status %s\n",
                qPrintable(status.url(QStringLiteral("/api/v2/summary.json")).toString()));
    std::fflush(stdout);
    control.listenOnStandardInput();
    return app.exec();
}
