#include "app/launchrequest.h"

#include "core/library/playlistfile.h"
#include "core/library/tagreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace refrain {

namespace {

// This file's tr(): one context for all its text, the one lupdate files it under, so the
// translations in translations/*.ts are found at run time (lupdate files a free tr() function's
// strings under the enclosing class or namespace, whatever context it passes at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(refrain::LaunchRequest)
};

struct Options {
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption profile{
        QStringLiteral("profile"),
        Text::tr("Keep the library, settings and downloads in <dir> instead of "
                 "the usual app data folder."),
        QStringLiteral("dir")};
    QCommandLineOption library{QStringLiteral("library"),
                               Text::tr("Add <dir> to the music library and scan it (repeatable)."),
                               QStringLiteral("dir")};
    QCommandLineOption playPause{QStringLiteral("play-pause"),
                                 Text::tr("Pause when playing, play otherwise.")};
    QCommandLineOption next{QStringLiteral("next"), Text::tr("Skip to the next track.")};
    QCommandLineOption previous{
        QStringLiteral("previous"),
        Text::tr("Go back to the previous track (or the start of this one).")};
    QCommandLineOption stop{QStringLiteral("stop"), Text::tr("Stop playing.")};
    QCommandLineOption show{QStringLiteral("show"),
                            Text::tr("Bring the Refrain window to the front.")};
    QCommandLineOption playlist{
        QStringLiteral("play-playlist"),
        Text::tr("Replace the queue with the playlist <name> (a local or server "
                 "playlist, or \"essentials\" for Emergency Essentials) and "
                 "play it."),
        QStringLiteral("name")};

    explicit Options(QCommandLineParser &parser)
        : help(parser.addHelpOption())
        , version(parser.addVersionOption()) {
        parser.setApplicationDescription(Text::tr(
            "Refrain — a music player that keeps playing when the streaming service fails."));
        parser.addOptions({profile, library, playPause, next, previous, stop, show, playlist});
        parser.addPositionalArgument(
            QStringLiteral("files"),
            Text::tr("Audio files and playlists (M3U, PLS, XSPF) to play, folders to add to the "
                     "library. A running Refrain takes them over."),
            QStringLiteral("[files or folders…]"));
    }
};

QString absolute(const QString &cwd, const QString &path) {
    return QDir::cleanPath(QDir(cwd).absoluteFilePath(path));
}

// A URL shown back to the person loses its query and user info: they may hold credentials.
QString shownUrl(const QUrl &url) {
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment).toString();
}

void addPositional(LaunchRequest &request, const QString &argument, const QString &cwd) {
    if (argument.isEmpty())
        return;
    QString path = argument;
    const QUrl url(argument);
    if (url.isLocalFile()) {
        path = url.toLocalFile();
    } else if (argument.contains(QStringLiteral("://"))) {
        request.warnings.append(
            Text::tr("Only local files and folders can be opened: %1").arg(shownUrl(url)));
        return;
    }
    path = absolute(cwd, path);
    const QFileInfo info(path);
    if (!info.exists())
        request.warnings.append(Text::tr("No such file or folder: %1").arg(path));
    else if (info.isDir())
        request.addFolders.append(path);
    else if (LaunchRequest::isPlaylistFile(path) || TagReader::isAudioFile(info.fileName()))
        request.play.append(path);
    else
        request.warnings.append(Text::tr("Not an audio file or playlist: %1").arg(path));
}

} // namespace

QStringList LaunchRequest::withoutToolkitOptions(const QStringList &args) {
    // QGuiApplication's, QApplication's and the X11 platform's (Qt 6 documentation).
    static const QStringList withValue{QStringLiteral("platform"),
                                       QStringLiteral("platformpluginpath"),
                                       QStringLiteral("platformtheme"),
                                       QStringLiteral("plugin"),
                                       QStringLiteral("qwindowgeometry"),
                                       QStringLiteral("qwindowicon"),
                                       QStringLiteral("qwindowtitle"),
                                       QStringLiteral("session"),
                                       QStringLiteral("style"),
                                       QStringLiteral("stylesheet"),
                                       QStringLiteral("display"),
                                       QStringLiteral("geometry"),
                                       QStringLiteral("title"),
                                       QStringLiteral("icon"),
                                       QStringLiteral("name"),
                                       QStringLiteral("visual"),
                                       QStringLiteral("qmljsdebugger")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("testability"),
                                   QStringLiteral("widgetcount"), QStringLiteral("sync")};
    QStringList kept;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            kept += args.mid(i);
            break;
        }
        if (!arg.startsWith(QLatin1Char('-'))) {
            kept.append(arg);
            continue;
        }
        const QString option = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        if (equals > 0 && withValue.contains(option.left(equals)))
            continue; // -style=fusion
        if (withValue.contains(option)) {
            ++i; // and its value
            continue;
        }
        if (!flags.contains(option))
            kept.append(arg);
    }
    return kept;
}

LaunchRequest LaunchRequest::parse(const QStringList &args, const QString &cwd) {
    LaunchRequest request;
    QCommandLineParser parser;
    const Options options(parser);
    if (!parser.parse(QStringList{QStringLiteral("refrain")} + args)) {
        request.fatalError = parser.errorText();
        return request;
    }
    request.helpRequested = parser.isSet(options.help) || parser.isSet(QStringLiteral("help-all"));
    request.versionRequested = parser.isSet(options.version);
    if (parser.isSet(options.profile))
        request.profile = absolute(cwd, parser.value(options.profile));
    for (const QString &dir : parser.values(options.library))
        request.libraries.append(absolute(cwd, dir));
    // Names come in the order given, so "--next --next --play-pause" does just that.
    for (const QString &name : parser.optionNames()) {
        if (options.playPause.names().contains(name))
            request.controls.append(Control::PlayPause);
        else if (options.next.names().contains(name))
            request.controls.append(Control::Next);
        else if (options.previous.names().contains(name))
            request.controls.append(Control::Previous);
        else if (options.stop.names().contains(name))
            request.controls.append(Control::Stop);
    }
    request.show = parser.isSet(options.show);
    if (parser.isSet(options.playlist)) {
        request.playlist = parser.value(options.playlist).trimmed();
        if (request.playlist.isEmpty()) {
            request.fatalError = Text::tr("--play-playlist needs the name of a playlist.");
            return request;
        }
    }
    for (const QString &argument : parser.positionalArguments())
        addPositional(request, argument, cwd);
    return request;
}

bool LaunchRequest::playsEssentials() const {
    return playlist.compare(QLatin1String("essentials"), Qt::CaseInsensitive) == 0
           || playlist.compare(QLatin1String("emergency essentials"), Qt::CaseInsensitive) == 0;
}

bool LaunchRequest::hasWork() const {
    return !play.isEmpty() || !addFolders.isEmpty() || !libraries.isEmpty() || !controls.isEmpty()
           || !playlist.isEmpty();
}

QStringList LaunchRequest::toArguments() const {
    QStringList args;
    for (const QString &dir : libraries)
        args << QStringLiteral("--library") << dir;
    for (const Control control : controls) {
        switch (control) {
        case Control::PlayPause:
            args << QStringLiteral("--play-pause");
            break;
        case Control::Next:
            args << QStringLiteral("--next");
            break;
        case Control::Previous:
            args << QStringLiteral("--previous");
            break;
        case Control::Stop:
            args << QStringLiteral("--stop");
            break;
        }
    }
    if (show)
        args << QStringLiteral("--show");
    if (!playlist.isEmpty())
        args << QStringLiteral("--play-playlist") << playlist;
    // After "--" nothing reads as an option, whatever a file is called.
    if (!play.isEmpty() || !addFolders.isEmpty())
        args << QStringLiteral("--") << play << addFolders;
    return args;
}

RemoteRequest LaunchRequest::toRemote(const QString &cwd) const {
    return RemoteRequest{toArguments(), cwd};
}

LaunchRequest LaunchRequest::fromRemote(const RemoteRequest &request) {
    LaunchRequest parsed = parse(request.args, request.cwd);
    // The instance is chosen by the profile already; a running one does not switch.
    parsed.profile.clear();
    return parsed;
}

Result<LaunchRequest> LaunchRequest::fromJson(const QJsonObject &json) {
    Result<RemoteRequest> remote = RemoteRequest::fromJson(json);
    if (!remote)
        return remote.error();
    return fromRemote(remote.value());
}

QString LaunchRequest::helpText() {
    QCommandLineParser parser;
    const Options options(parser);
    return parser.helpText();
}

bool LaunchRequest::isPlaylistFile(const QString &path) {
    return PlaylistFile::formatForPath(path).has_value();
}

} // namespace refrain
