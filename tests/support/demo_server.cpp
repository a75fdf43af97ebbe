// demo_server [SONGS] [SECONDS]: a Subsonic server on 127.0.0.1 with generated music (real MP3
// tones, a few albums, starred songs and a playlist), for looking at Refrain by hand and for
// screenshots. Prints its address, user and password; serves until killed. Never used by tests.
#include "tests/support/audiofixtures.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace refrain::test;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int songs = args.value(1, QStringLiteral("24")).toInt();
    const double seconds = args.value(2, QStringLiteral("20")).toDouble();
    QTemporaryDir dir;
    SubsonicContent content;
    content.setUser(QStringLiteral("demo"), QStringLiteral("demo"));
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
        if (const QString why = AudioFixtures::makeTone(dir.path(), tone); !why.isEmpty()) {
            std::fprintf(stderr, "demo_server: %s\n", qPrintable(why));
            return 1;
        }
        QFile file(dir.filePath(tone.relativePath));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
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
    FaultServer server;
    server.setHandler(content.handler());
    std::printf("%s user demo password demo\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
