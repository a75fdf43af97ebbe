// refrainctl: Refrain without a window, for scripts, tests and terminals. Built from the same core.
//
// Exit status: 0 success; 1 finished with problems (a music folder missing or unreadable);
// 2 usage error; 3 the library database could not be used.
#include "app/profile.h"
#include "core/library/database.h"
#include "core/library/scanner.h"
#include "core/library/searchquery.h"
#include "core/library/trackstore.h"
#include "translations/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

using namespace refrain;

enum ExitCode { kOk = 0, kProblems = 1, kUsage = 2, kDatabase = 3 };

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err() {
    static QTextStream stream(stderr);
    return stream;
}

bool stderrIsTerminal() {
#ifdef Q_OS_UNIX
    return isatty(fileno(stderr)) != 0;
#else
    return false;
#endif
}

void printJson(const QJsonDocument &doc) {
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

struct Context {
    Profile profile;
    bool json = false;
    QStringList args; // after the command name
};

int openDatabase(const Context &ctx, std::optional<Database> &db) {
    auto opened = Database::open(ctx.profile.databasePath());
    if (!opened) {
        err() << "refrainctl: " << opened.error().message << Qt::endl;
        if (opened.error().kind == Error::Kind::Corrupt)
            err() << "refrainctl: to keep it and start afresh, run: refrainctl db move-aside"
                  << Qt::endl;
        return kDatabase;
    }
    db.emplace(std::move(opened).value());
    return kOk;
}

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
        out() << QStringLiteral("  %1 s").arg(report.seconds, 0, 'f', 2) << Qt::endl;
    }
    if (!report.fatalError.isEmpty()) {
        err() << "refrainctl scan: " << report.fatalError << Qt::endl;
        return kDatabase;
    }
    return report.hasProblems() ? kProblems : kOk;
}

QJsonObject trackToJson(const Track &t) {
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
        {QStringLiteral("source"), t.source},
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
        QJsonArray list;
        for (const Track &t : found.value())
            list.append(trackToJson(t));
        printJson(QJsonDocument(list));
        return kOk;
    }
    for (const Track &t : found.value()) {
        out() << t.title << " — " << t.displayArtist() << " — " << t.album << " ("
              << formatDuration(t.durationMs) << ")" << (t.available ? "" : " [unavailable]")
              << Qt::endl;
        out() << "    " << QDir::toNativeSeparators(t.location) << Qt::endl;
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

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Refrain"));
    QCoreApplication::setOrganizationName(QStringLiteral("Refrain"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REFRAIN_VERSION));
    refrain::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Refrain without a window.\n\nCommands:\n"
        "  scan [DIR…]     add folders to the library and scan them (no DIR: rescan all)\n"
        "  search QUERY    find tracks (artist:, album:, title:, genre:, year: filters)\n"
        "  db move-aside   keep a damaged library file under another name and start afresh\n\n"
        "Exit status: 0 ok, 1 finished with problems, 2 usage error, 3 database error."));
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
    parser.addOptions({profileOption, jsonOption, limitOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("scan, search or db"));

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
    err() << "refrainctl: unknown command '" << command << "'. Try refrainctl --help." << Qt::endl;
    return kUsage;
}
