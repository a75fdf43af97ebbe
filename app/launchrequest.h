// LaunchRequest: what one `refrain` command line asks for — files and folders, playback controls,
// a playlist to play — parsed the same way whether it starts Refrain or reaches a running one.
#pragma once

#include "app/singleinstance.h"
#include "core/library/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace refrain {

struct LaunchRequest {
    enum class Control { PlayPause, Next, Previous, Stop };

    QString profile;         // --profile DIR, absolute; empty for the usual app data folder
    QStringList libraries;   // --library DIR…, absolute: added to the library and scanned
    QStringList play;        // audio and playlist files to play, absolute, in the order given
    QStringList addFolders;  // folders given as arguments, absolute: added and scanned
    QList<Control> controls; // in the order given
    bool show = false;       // --show: bring the window to the front
    QString playlist;        // --play-playlist NAME: replace the queue with it and play
    bool helpRequested = false;
    bool versionRequested = false;
    // The command line cannot be used (an unknown option, a missing value): nothing is done.
    QString fatalError;
    // Arguments left out (a missing file, not audio): one line each; the rest goes ahead.
    QStringList warnings;

    // args as QCoreApplication::arguments() gives them without the program name; relative paths
    // and file:// URLs are resolved against cwd. Looks at the file system only to tell folders,
    // missing files and audio apart.
    static LaunchRequest parse(const QStringList &args, const QString &cwd);
    // args without the options Qt's application takes for itself (-platform NAME, -style=NAME,
    // -reverse, -session ID, …, with one dash or two): main() parses before QApplication exists,
    // and parse() would refuse them as unknown. Nothing after "--" is touched.
    static QStringList withoutToolkitOptions(const QStringList &args);

    // Whether the playlist named is Emergency Essentials ("essentials" or its full name).
    bool playsEssentials() const;
    // Whether there is something for a running instance to do beyond showing its window.
    bool hasWork() const;
    // The request as a command line with every path absolute: parse(toArguments(), anything)
    // gives the same request back, minus the profile (which chose the instance already).
    QStringList toArguments() const;

    // The message a second call sends: {"v":1,"args":[…],"cwd":"…"}.
    RemoteRequest toRemote(const QString &cwd) const;
    static LaunchRequest fromRemote(const RemoteRequest &request);
    QJsonObject toJson(const QString &cwd) const { return toRemote(cwd).toJson(); }
    static Result<LaunchRequest> fromJson(const QJsonObject &json);

    // The --help text, listing every option.
    static QString helpText();

    // Files whose entries are played: .m3u, .m3u8, .pls, .xspf.
    static bool isPlaylistFile(const QString &path);
};

} // namespace refrain
