// refrainctl: Refrain without a window, for scripts, tests and terminals. Built from the same core.
//
// Exit status: 0 success; 1 finished with problems (a music folder missing or unreadable; a
// playlist file that could not be read or written, or imported entries not in the library);
// 2 usage error; 3 the library database could not be used.
#include "app/ctlcommon.h"
#include "app/ctlhealth.h"
#include "app/ctlhelp.h"
#include "app/ctlhistory.h"
#include "app/ctloffline.h"
#include "app/ctlserver.h"
#include "app/profile.h"
#include "core/library/database.h"
#include "core/library/playlistfile.h"
#include "core/library/playliststore.h"
#include "core/library/scanner.h"
#include "core/library/searchquery.h"
#include "core/library/trackstore.h"
#include "core/service/serverstore.h"
#include "translations/translations.h"

#include <csignal>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

using namespace refrain;
using namespace refrain::ctl;

int runScan(const Context &ctx) {
    std::optional<Database> db;
    if (const int rc = openDatabase(ctx, db); rc != kOk)
        return rc;

    QStringList roots;
    for (const QString &arg : ctx.args)
        roots.append(QDir::cleanPath(QDir(arg).absolutePath()));
    if (roots.isEmpty()) {
        const auto known = TrackStore(*db).roots();
        if (known) {
            for (const LibraryRoot &root : known.value())
                roots.append(root.path);
        }
    }
    if (roots.isEmpty()) {
        err() << "refrainctl scan: no music folder given and none in this profile yet." << Qt::endl;
        return kUsage;
    }

    Scanner scanner(*db);
    const bool showProgress = stderrIsTerminal();
    if (showProgress) {
        QObject::connect(&scanner, &Scanner::progress, [](const ScanProgress &progress) {
            err() << "\r\033[K" << progress.text();
            err().flush();
        });
    }
    const ScanReport report = scanner.run(roots);
    if (showProgress)
        err() << "\r\033[K";

    if (ctx.json) {
        printJson(QJsonDocument(report.toJson()));
    } else {
        out() << report.summary() << Qt::endl;
        for (const ScanIssue &issue : report.problems)
            out() << "  folder problem: " << issue.path << ": " << issue.reason << Qt::endl;
        for (const ScanIssue &issue : report.failed)
            out() << "  unreadable: " << issue.path << ": " << issue.reason << Qt::endl;
        for (const ScanIssue &issue : report.warnings)
            out() << "  warning: " << issue.path << ": " << issue.reason << Qt::endl;
        out() << QStringLiteral("  %1 s").arg(report.seconds, 0, 'f', 2) << Qt::endl;
    }
    if (!report.fatalError.isEmpty()) {
        err() << "refrainctl scan: " << report.fatalError << Qt::endl;
        return kDatabase;
    }
    return report.hasProblems() ? kProblems : kOk;
}

// source: "local" for library files, the server's name for its songs.
QJsonObject trackToJson(const Track &t, const QHash<QString, QString> &serverNames) {
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("title"), t.title},
        {QStringLiteral("artist"), t.artist},
        {QStringLiteral("album"), t.album},
        {QStringLiteral("album_artist"), t.albumArtist},
        {QStringLiteral("genre"), t.genre},
        {QStringLiteral("year"), t.year},
        {QStringLiteral("track_number"), t.trackNumber},
        {QStringLiteral("duration_ms"), t.durationMs},
        {QStringLiteral("source"), t.isLocal() ? t.source : serverNames.value(t.source, t.source)},
        {QStringLiteral("location"), t.location},
        {QStringLiteral("available"), t.available},
    };
}

int runSearch(const Context &ctx, int limit) {
    const QString text = ctx.args.join(QLatin1Char(' '));
    if (SearchQuery::parse(text).isEmpty()) {
        err() << "refrainctl search: say what to look for, e.g. refrainctl search \"artist:bach\""
              << Qt::endl;
        return kUsage;
    }
    std::optional<Database> db;
    if (const int rc = openDatabase(ctx, db); rc != kOk)
        return rc;
    const auto found = TrackStore(*db).search(SearchQuery::parse(text), limit);
    if (!found) {
        err() << "refrainctl search: " << found.error().message << Qt::endl;
        return kDatabase;
    }
    if (ctx.json) {
        QHash<QString, QString> serverNames;
        for (const ServerConfig &server : ServerStore(*db).all().valueOr({}))
            serverNames.insert(server.id, server.name);
        QJsonArray list;
        for (const Track &t : found.value())
            list.append(trackToJson(t, serverNames));
        printJson(QJsonDocument(list));
        return kOk;
    }
    for (const Track &t : found.value()) {
        out() << t.title << " — " << t.displayArtist() << " — " << t.album << " ("
              << formatDuration(t.durationMs) << ")" << (t.available ? "" : " [unavailable]")
              << Qt::endl;
        out() << "    " << (t.isLocal() ? QDir::toNativeSeparators(t.location) : t.location)
              << Qt::endl;
    }
    if (found.value().isEmpty())
        err() << "No tracks match." << Qt::endl;
    return kOk;
}

int runDb(const Context &ctx) {
    if (ctx.args.value(0) != QLatin1String("move-aside")) {
        err() << "refrainctl db: the only action is: refrainctl db move-aside" << Qt::endl;
        return kUsage;
    }
    const auto moved = Database::moveAside(ctx.profile.databasePath());
    if (!moved) {
        err() << "refrainctl db: " << moved.error().message << Qt::endl;
        return kDatabase;
    }
    if (ctx.json)
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("moved_to"), moved.value()}}));
    else
        out() << "The library was kept as " << QDir::toNativeSeparators(moved.value()) << Qt::endl;
    return kOk;
}

// Options only the playlist commands read.
struct PlaylistOptions {
    QString name; // import: the new playlist's name; empty: the file's base name
    bool relative = false;
};

QJsonObject playlistToJson(const PlaylistInfo &p) {
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("item_count"), p.itemCount},
        {QStringLiteral("missing_count"), p.missingCount},
        {QStringLiteral("duration_ms"), p.totalDurationMs},
        {QStringLiteral("created_at"), p.createdAtMs},
        {QStringLiteral("updated_at"), p.updatedAtMs},
    };
}

QJsonObject playlistEntryToJson(const PlaylistEntry &e) {
    return QJsonObject{
        {QStringLiteral("item_id"), e.itemId},
        {QStringLiteral("position"), e.position},
        {QStringLiteral("track_id"), e.trackId > 0 ? QJsonValue(e.trackId) : QJsonValue()},
        {QStringLiteral("location"), e.location},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("artist"), e.artist},
        {QStringLiteral("album"), e.album},
        {QStringLiteral("duration_ms"), e.durationMs},
        {QStringLiteral("available"), e.available},
    };
}

// A playlist named on the command line by its id or its name (exact first, then ignoring case).
// Names need not be unique, so a name shared by several asks for the id.
int findPlaylist(PlaylistStore &store, const QString &nameOrId, PlaylistInfo &found) {
    const auto all = store.list();
    if (!all) {
        err() << "refrainctl playlist: " << all.error().message << Qt::endl;
        return kDatabase;
    }
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    QList<PlaylistInfo> matches;
    for (const PlaylistInfo &p : all.value()) {
        if (isNumber && p.id == id) {
            found = p;
            return kOk;
        }
        if (p.name == nameOrId)
            matches.append(p);
    }
    if (matches.isEmpty()) {
        for (const PlaylistInfo &p : all.value()) {
            if (p.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
                matches.append(p);
        }
    }
    if (matches.size() == 1) {
        found = matches.first();
        return kOk;
    }
    if (matches.isEmpty()) {
        err() << "refrainctl playlist: there is no playlist '" << nameOrId
              << "'. See: refrainctl playlist list" << Qt::endl;
        return kUsage;
    }
    QStringList ids;
    for (const PlaylistInfo &p : std::as_const(matches))
        ids.append(QString::number(p.id));
    err() << "refrainctl playlist: several playlists are called '" << nameOrId
          << "'; name one by its id: " << ids.join(QStringLiteral(", ")) << Qt::endl;
    return kUsage;
}

void printEntries(const QList<PlaylistEntry> &entries) {
    for (const PlaylistEntry &e : entries) {
        const char *mark = e.trackId == 0 ? " [missing]" : (e.available ? "" : " [unavailable]");
        out() << QStringLiteral("%1. ").arg(e.position + 1, 3)
              << (e.title.isEmpty() ? QFileInfo(e.location).fileName() : e.title);
        if (!e.artist.isEmpty())
            out() << " — " << e.artist;
        if (e.durationMs > 0)
            out() << " (" << formatDuration(e.durationMs) << ")";
        out() << mark << Qt::endl;
        if (!e.location.isEmpty())
            out() << "     " << QDir::toNativeSeparators(e.location) << Qt::endl;
    }
}

int runPlaylistList(PlaylistStore &store, const Context &ctx) {
    const auto all = store.list();
    if (!all) {
        err() << "refrainctl playlist list: " << all.error().message << Qt::endl;
        return kDatabase;
    }
    if (ctx.json) {
        QJsonArray list;
        for (const PlaylistInfo &p : all.value())
            list.append(playlistToJson(p));
        printJson(QJsonDocument(list));
        return kOk;
    }
    for (const PlaylistInfo &p : all.value()) {
        out() << QStringLiteral("%1  ").arg(p.id, 4) << p.name << "  (entries: " << p.itemCount
              << ", " << formatDuration(p.totalDurationMs);
        if (p.missingCount > 0)
            out() << ", missing: " << p.missingCount;
        out() << ")" << Qt::endl;
    }
    if (all.value().isEmpty())
        err() << "No playlists yet." << Qt::endl;
    return kOk;
}

int runPlaylistShow(PlaylistStore &store, const Context &ctx, const QString &nameOrId) {
    PlaylistInfo info;
    if (const int rc = findPlaylist(store, nameOrId, info); rc != kOk)
        return rc;
    const auto entries = store.items(info.id);
    if (!entries) {
        err() << "refrainctl playlist show: " << entries.error().message << Qt::endl;
        return kDatabase;
    }
    if (ctx.json) {
        QJsonObject o = playlistToJson(info);
        QJsonArray items;
        for (const PlaylistEntry &e : entries.value())
            items.append(playlistEntryToJson(e));
        o.insert(QStringLiteral("items"), items);
        printJson(QJsonDocument(o));
        return kOk;
    }
    out() << info.name << " (id " << info.id << "; entries: " << info.itemCount << ", "
          << formatDuration(info.totalDurationMs) << ", missing: " << info.missingCount << ")"
          << Qt::endl;
    printEntries(entries.value());
    return kOk;
}

int runPlaylistImport(PlaylistStore &store, const Context &ctx, const QString &file,
                      const PlaylistOptions &options) {
    const auto read = PlaylistFile::read(file);
    if (!read) {
        err() << "refrainctl playlist import: " << read.error().message << Qt::endl;
        return kProblems;
    }
    const QString name =
        options.name.isEmpty() ? QFileInfo(file).completeBaseName() : options.name.trimmed();
    if (name.trimmed().isEmpty()) {
        err() << "refrainctl playlist import: give the playlist a name with --name" << Qt::endl;
        return kUsage;
    }
    const auto id = store.createFromEntries(name, read.value());
    const auto entries = id ? store.items(id.value()) : Result<QList<PlaylistEntry>>(id.error());
    if (!entries) {
        err() << "refrainctl playlist import: " << entries.error().message << Qt::endl;
        return kDatabase;
    }
    QList<PlaylistEntry> missing;
    for (const PlaylistEntry &e : entries.value()) {
        if (e.trackId == 0)
            missing.append(e);
    }
    const qsizetype resolved = entries.value().size() - missing.size();
    if (ctx.json) {
        QJsonArray missingJson;
        for (const PlaylistEntry &e : std::as_const(missing))
            missingJson.append(QJsonObject{{QStringLiteral("position"), e.position},
                                           {QStringLiteral("location"), e.location},
                                           {QStringLiteral("title"), e.title},
                                           {QStringLiteral("artist"), e.artist}});
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("playlist_id"), id.value()},
            {QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("entries"), int(entries.value().size())},
            {QStringLiteral("resolved"), int(resolved)},
            {QStringLiteral("missing"), missingJson},
        }));
    } else {
        out() << "Imported '" << name.trimmed() << "' (id " << id.value()
              << "): entries: " << entries.value().size() << ", found in the library: " << resolved
              << ", missing: " << missing.size() << Qt::endl;
        for (const PlaylistEntry &e : std::as_const(missing)) {
            out() << "  missing: " << (e.position + 1) << ". "
                  << (e.location.isEmpty() ? e.title : QDir::toNativeSeparators(e.location))
                  << Qt::endl;
        }
    }
    return missing.isEmpty() ? kOk : kProblems;
}

int runPlaylistExport(PlaylistStore &store, const Context &ctx, const QString &nameOrId,
                      const QString &file, const PlaylistOptions &options) {
    const auto format = PlaylistFile::formatForPath(file);
    if (!format) {
        err() << "refrainctl playlist export: the file name must end in .m3u, .m3u8, .pls or "
                 ".xspf"
              << Qt::endl;
        return kUsage;
    }
    PlaylistInfo info;
    if (const int rc = findPlaylist(store, nameOrId, info); rc != kOk)
        return rc;
    const auto entries = store.items(info.id);
    if (!entries) {
        err() << "refrainctl playlist export: " << entries.error().message << Qt::endl;
        return kDatabase;
    }
    QList<PlaylistFileEntry> written;
    for (const PlaylistEntry &e : entries.value()) {
        // Line-based formats cannot hold an entry known only by its title.
        if (!e.location.isEmpty() || *format == PlaylistFile::Format::Xspf)
            written.append({e.location, e.title, e.artist, e.album, e.durationMs});
    }
    const QString path = QFileInfo(file).absoluteFilePath();
    const auto done =
        PlaylistFile::write(path, written, *format,
                            options.relative ? PlaylistFile::PathStyle::RelativeToPlaylist
                                             : PlaylistFile::PathStyle::Absolute);
    if (!done) {
        err() << "refrainctl playlist export: " << done.error().message << Qt::endl;
        return kProblems;
    }
    if (ctx.json) {
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("playlist_id"), info.id},
            {QStringLiteral("name"), info.name},
            {QStringLiteral("file"), path},
            {QStringLiteral("format"), PlaylistFile::formatName(*format)},
            {QStringLiteral("entries_written"), int(written.size())},
        }));
    } else {
        out() << "Exported '" << info.name << "' (entries: " << written.size() << ") to "
              << QDir::toNativeSeparators(path) << Qt::endl;
    }
    return kOk;
}

int runPlaylist(const Context &ctx, const PlaylistOptions &options) {
    const QString action = ctx.args.value(0);
    const QStringList args = ctx.args.mid(1);
    const struct {
        const char *action;
        qsizetype argCount;
    } shapes[] = {{"list", 0}, {"show", 1}, {"import", 1}, {"export", 2}};
    bool valid = false;
    for (const auto &shape : shapes)
        valid = valid || (action == QLatin1String(shape.action) && args.size() == shape.argCount);
    if (!valid) {
        err() << "refrainctl playlist: use one of\n"
                 "  refrainctl playlist list [--json]\n"
                 "  refrainctl playlist show NAME|ID [--json]\n"
                 "  refrainctl playlist import FILE [--name NAME] [--json]\n"
                 "  refrainctl playlist export NAME|ID FILE [--relative] [--json]"
              << Qt::endl;
        return kUsage;
    }
    std::optional<Database> db;
    if (const int rc = openDatabase(ctx, db); rc != kOk)
        return rc;
    PlaylistStore store(*db);
    if (action == QLatin1String("list"))
        return runPlaylistList(store, ctx);
    if (action == QLatin1String("show"))
        return runPlaylistShow(store, ctx, args.at(0));
    if (action == QLatin1String("import"))
        return runPlaylistImport(store, ctx, args.at(0), options);
    return runPlaylistExport(store, ctx, args.at(0), args.at(1), options);
}

} // namespace

int main(int argc, char *argv[]) {
#ifdef Q_OS_UNIX
    // A file that may not grow (a size limit) fails its write with a clear message instead of
    // killing the process: downloads pause and nothing is lost.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Refrain"));
    QCoreApplication::setOrganizationName(QStringLiteral("Refrain"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REFRAIN_VERSION));
    refrain::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(refrain::ctl::helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    // Options may come before or after the command name: the parser reads them anywhere.
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("Use the profile in <dir>."),
                                           QStringLiteral("dir"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print machine-readable JSON."));
    const QCommandLineOption limitOption(
        QStringLiteral("limit"), QStringLiteral("search: at most <n> results (default 100)."),
        QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), QStringLiteral("playlist import: name the new playlist <name>."),
        QStringLiteral("name"));
    const QCommandLineOption relativeOption(
        QStringLiteral("relative"),
        QStringLiteral("playlist export: write paths relative to the playlist file."));
    const QCommandLineOption urlOption(
        QStringLiteral("url"), QStringLiteral("server add: an address of the server (repeatable)."),
        QStringLiteral("url"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("server add: the user name."),
                                        QStringLiteral("user"));
    const QCommandLineOption passwordStdinOption(
        QStringLiteral("password-stdin"),
        QStringLiteral("server add: read the password from standard input."));
    const QCommandLineOption apiKeyStdinOption(
        QStringLiteral("api-key-stdin"),
        QStringLiteral("server add: read an OpenSubsonic API key from standard input."));
    const QCommandLineOption allowPlainOption(
        QStringLiteral("allow-plain-password"),
        QStringLiteral("server add: allow the readable (hex) password over plain HTTP to a "
                       "public address, for old servers that refuse tokens."));
    const QCommandLineOption fullOption(QStringLiteral("full"),
                                        QStringLiteral("server sync: fetch every album again."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("server playlist, star, unstar, edits: the server <name> (needed when "
                       "there are several)."),
        QStringLiteral("name"));
    const QCommandLineOption statusUrlOption(
        QStringLiteral("status-url"),
        QStringLiteral("server add, health: the service's status page (Statuspage v2: the page "
                       "or its /api/v2/summary.json)."),
        QStringLiteral("url"));
    const QCommandLineOption songOption(
        QStringLiteral("song"),
        QStringLiteral("server playlist create: a song id to start with (repeatable)."),
        QStringLiteral("id"));
    const QCommandLineOption playlistOption(
        QStringLiteral("playlist"), QStringLiteral("offline pin/unpin: a playlist (name or id)."),
        QStringLiteral("name|id"));
    const QCommandLineOption albumOption(
        QStringLiteral("album"),
        QStringLiteral("offline pin/unpin: an album (id or name); first-listen: an album's name."),
        QStringLiteral("id"));
    const QCommandLineOption artistOption(
        QStringLiteral("artist"),
        QStringLiteral("offline pin/unpin: an artist (id or name); first-listen: the artist."),
        QStringLiteral("id"));
    const QCommandLineOption essentialsOption(QStringLiteral("essentials"),
                                              QStringLiteral("offline pin: Emergency Essentials."));
    const QCommandLineOption pinIdOption(
        QStringLiteral("id"), QStringLiteral("offline unpin: the pin's number (offline list)."),
        QStringLiteral("n"));
    const QCommandLineOption hoursOption(
        QStringLiteral("essentials-hours"),
        QStringLiteral("offline settings: Essentials' budget in hours of music (0: none)."),
        QStringLiteral("h"));
    const QCommandLineOption essentialsGbOption(
        QStringLiteral("essentials-gb"),
        QStringLiteral("offline settings: Essentials' budget in GB (0: none)."),
        QStringLiteral("gb"));
    const QCommandLineOption quotaOption(
        QStringLiteral("quota-gb"),
        QStringLiteral("offline settings: every offline file together, in GB (0: no quota)."),
        QStringLiteral("gb"));
    const QCommandLineOption parallelOption(
        QStringLiteral("parallel"), QStringLiteral("offline settings: downloads at once (1-8)."),
        QStringLiteral("n"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache-gb"),
        QStringLiteral("offline settings: the stream cache's size in GB (0: off)."),
        QStringLiteral("gb"));
    const QCommandLineOption tzOption(
        QStringLiteral("tz"),
        QStringLiteral("recap, on-this-day, first-listen: count days in time zone <zone> (IANA "
                       "name; default: the system's)."),
        QStringLiteral("zone"));
    const QCommandLineOption monthOption(QStringLiteral("month"),
                                         QStringLiteral("recap: only month <m> (1-12)."),
                                         QStringLiteral("m"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        QStringLiteral("on-this-day: the day (default: today)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption titleOption(QStringLiteral("title"),
                                         QStringLiteral("first-listen: a track's title."),
                                         QStringLiteral("title"));
    parser.addOptions({tzOption, monthOption, dateOption, titleOption});
    parser.addOptions({playlistOption, albumOption, artistOption, essentialsOption, pinIdOption,
                       hoursOption, essentialsGbOption, quotaOption, parallelOption, cacheOption});
    parser.addOptions({profileOption, jsonOption, limitOption, nameOption, relativeOption,
                       urlOption, userOption, passwordStdinOption, apiKeyStdinOption,
                       allowPlainOption, fullOption, serverOption, songOption, statusUrlOption});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("scan, search, playlist, server, health, offline, readiness, history, "
                       "recap, on-this-day, first-listen or db"));

    if (!parser.parse(QCoreApplication::arguments())) {
        err() << "refrainctl: " << parser.errorText() << Qt::endl;
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return kOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "refrainctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return kOk;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err() << parser.helpText();
        return kUsage;
    }
    const QString command = positional.takeFirst();
    Context ctx{Profile::resolve(parser.value(profileOption)), parser.isSet(jsonOption),
                positional};

    if (command == QLatin1String("scan"))
        return runScan(ctx);
    if (command == QLatin1String("search")) {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit <= 0) {
            err() << "refrainctl search: --limit takes a positive number" << Qt::endl;
            return kUsage;
        }
        return runSearch(ctx, limit);
    }
    if (command == QLatin1String("db"))
        return runDb(ctx);
    if (command == QLatin1String("playlist"))
        return runPlaylist(ctx, {parser.value(nameOption), parser.isSet(relativeOption)});
    if (command == QLatin1String("server")) {
        ServerOptions options;
        options.name = parser.value(nameOption);
        options.urls = parser.values(urlOption);
        options.user = parser.value(userOption);
        options.passwordStdin = parser.isSet(passwordStdinOption);
        options.apiKeyStdin = parser.isSet(apiKeyStdinOption);
        options.allowPlainPassword = parser.isSet(allowPlainOption);
        options.full = parser.isSet(fullOption);
        options.server = parser.value(serverOption);
        options.songs = parser.values(songOption);
        options.statusUrl = parser.value(statusUrlOption);
        return runServer(ctx, options);
    }
    if (command == QLatin1String("offline")) {
        OfflineOptions o;
        o.playlist = parser.value(playlistOption);
        o.album = parser.value(albumOption);
        o.artist = parser.value(artistOption);
        o.essentials = parser.isSet(essentialsOption);
        o.pinId = parser.value(pinIdOption);
        o.essentialsHours = parser.value(hoursOption);
        o.essentialsGb = parser.value(essentialsGbOption);
        o.quotaGb = parser.value(quotaOption);
        o.parallel = parser.value(parallelOption);
        o.cacheGb = parser.value(cacheOption);
        return runOffline(ctx, o);
    }
    if (command == QLatin1String("readiness"))
        return runReadiness(ctx);
    const HistoryOptions history{parser.value(tzOption),    parser.value(monthOption),
                                 parser.value(dateOption),  parser.value(artistOption),
                                 parser.value(titleOption), parser.value(albumOption)};
    if (command == QLatin1String("history"))
        return runHistory(ctx, history);
    if (command == QLatin1String("recap"))
        return runRecap(ctx, history);
    if (command == QLatin1String("on-this-day"))
        return runOnThisDay(ctx, history);
    if (command == QLatin1String("first-listen"))
        return runFirstListen(ctx, history);
    if (command == QLatin1String("health"))
        return runHealth(ctx, {parser.value(statusUrlOption), parser.value(serverOption)});
    err() << "refrainctl: unknown command '" << command << "'. Try refrainctl --help." << Qt::endl;
    return kUsage;
}
