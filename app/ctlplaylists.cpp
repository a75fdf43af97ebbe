#include "app/ctlplaylists.h"

#include "app/ctlsession.h"
#include "core/library/track.h"
#include "core/service/serveredits.h"
#include "core/service/serverstore.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace refrain::ctl {

namespace {

const char *const kPlaylistUsage =
    "refrainctl server playlist: use one of\n"
    "  refrainctl server playlist list [SERVER] [--server NAME] [--json]\n"
    "  refrainctl server playlist show ID|NAME [--server NAME] [--json]\n"
    "  refrainctl server playlist create NAME [--song ID]… [--server NAME] [--json]\n"
    "  refrainctl server playlist rename ID|NAME NEWNAME [--server NAME] [--json]\n"
    "  refrainctl server playlist add ID|NAME SONGID… [--server NAME] [--json]\n"
    "  refrainctl server playlist remove ID|NAME INDEX… [--server NAME] [--json]\n"
    "      (INDEX: an entry's index as show prints it, counted from 0)\n"
    "  refrainctl server playlist delete ID|NAME [--server NAME] [--json]";

// The server a read-only command is about: by name or id, or the only one. Reading the mirror
// needs no secret, so this works where Session::open would stop at a locked keychain.
int findServer(Database &db, const QString &nameOrEmpty, const char *command, ServerConfig &found) {
    ServerStore store(db);
    if (nameOrEmpty.isEmpty()) {
        auto all = store.all();
        if (!all)
            return Session::fail(command, all.error().message, kDatabase);
        if (all.value().size() != 1)
            return Session::fail(
                command,
                all.value().isEmpty()
                    ? QStringLiteral("no server yet; add one with refrainctl server add")
                    : QStringLiteral("say which server (--server NAME)"),
                kUsage);
        found = all.value().first();
        return kOk;
    }
    auto one = store.find(nameOrEmpty);
    if (!one)
        return Session::fail(command, one.error().message,
                             one.error().kind == Error::Kind::NotFound ? kUsage : kDatabase);
    found = one.value();
    return kOk;
}

// A mirrored playlist named by its id, or by its name (exact first, then ignoring case).
int findPlaylist(ServerEditStore &store, const QString &idOrName, RemotePlaylist &found) {
    auto all = store.playlists();
    if (!all)
        return Session::fail("playlist", all.error().message, kDatabase);
    QList<RemotePlaylist> matches;
    for (const RemotePlaylist &p : all.value()) {
        if (p.id == idOrName) {
            found = p;
            return kOk;
        }
        if (p.name == idOrName)
            matches.append(p);
    }
    if (matches.isEmpty()) {
        for (const RemotePlaylist &p : all.value()) {
            if (p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
                matches.append(p);
        }
    }
    if (matches.size() == 1) {
        found = matches.first();
        return kOk;
    }
    if (matches.isEmpty())
        return Session::fail("playlist",
                             QStringLiteral("the mirror has no playlist '%1'; see refrainctl "
                                            "server playlist list (or run refrainctl server sync)")
                                 .arg(idOrName),
                             kUsage);
    QStringList ids;
    for (const RemotePlaylist &p : std::as_const(matches))
        ids.append(p.id);
    return Session::fail("playlist",
                         QStringLiteral("several playlists are called '%1'; name one by its id: %2")
                             .arg(idOrName, ids.join(QStringLiteral(", "))),
                         kUsage);
}

QJsonObject playlistToJson(const RemotePlaylist &p, bool editsWaiting) {
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("owner"), p.owner},
        {QStringLiteral("song_count"), p.songCount},
        {QStringLiteral("duration_ms"), qint64(p.durationSeconds) * 1000},
        {QStringLiteral("public"), p.isPublic},
        {QStringLiteral("local_only"), ServerEditStore::isLocalId(p.id)},
        {QStringLiteral("edits_waiting"), editsWaiting},
    };
}

int runList(const Context &ctx, Database &db, const ServerConfig &server) {
    ServerEditStore store(db, server.id);
    auto all = store.playlists();
    auto waiting = store.playlistsWithPendingEdits();
    if (!all || !waiting)
        return Session::fail("playlist list", (all ? waiting.error() : all.error()).message,
                             kDatabase);
    if (ctx.json) {
        QJsonArray list;
        for (const RemotePlaylist &p : all.value())
            list.append(playlistToJson(p, waiting.value().contains(p.id)));
        printJson(QJsonDocument(list));
        return kOk;
    }
    for (const RemotePlaylist &p : all.value()) {
        out() << p.id << "  " << p.name << "  (entries: " << p.songCount << ", "
              << formatDuration(qint64(p.durationSeconds) * 1000) << ")"
              << (waiting.value().contains(p.id) ? "  [edits waiting]" : "") << Qt::endl;
    }
    if (all.value().isEmpty())
        err() << "No playlists mirrored from " << server.name
              << ". Fetch them with: refrainctl server sync" << Qt::endl;
    return kOk;
}

int runShow(const Context &ctx, Database &db, const ServerConfig &server, const QString &which) {
    ServerEditStore store(db, server.id);
    RemotePlaylist playlist;
    if (const int rc = findPlaylist(store, which, playlist); rc != kOk)
        return rc;
    auto entries = store.entries(playlist.id);
    auto waiting = store.playlistsWithPendingEdits();
    if (!entries || !waiting)
        return Session::fail("playlist show", (entries ? waiting.error() : entries.error()).message,
                             kDatabase);
    if (ctx.json) {
        QJsonObject o = playlistToJson(playlist, waiting.value().contains(playlist.id));
        QJsonArray list;
        for (const MirroredEntry &e : entries.value())
            list.append(QJsonObject{
                {QStringLiteral("index"), e.position},
                {QStringLiteral("song_id"), e.songId},
                {QStringLiteral("track_id"), e.trackId > 0 ? QJsonValue(e.trackId) : QJsonValue()},
                {QStringLiteral("title"), e.title},
                {QStringLiteral("artist"), e.artist},
                {QStringLiteral("album"), e.album},
                {QStringLiteral("duration_ms"), e.durationMs},
            });
        o.insert(QStringLiteral("entries"), list);
        printJson(QJsonDocument(o));
        return kOk;
    }
    out() << playlist.name << " (" << playlist.id << " on " << server.name
          << "; entries: " << playlist.songCount << ")" << Qt::endl;
    for (const MirroredEntry &e : entries.value()) {
        out() << QStringLiteral("%1  ").arg(e.position, 3);
        if (e.trackId == 0)
            out() << "song " << e.songId << " [not mirrored]" << Qt::endl;
        else
            out() << e.title << (e.artist.isEmpty() ? QString() : QStringLiteral(" — ") + e.artist)
                  << " (" << formatDuration(e.durationMs) << ")  [" << e.songId << "]" << Qt::endl;
    }
    return kOk;
}

// Makes one edit through the queue, lets the queue drain as far as the server allows, and says
// what became of it: applied, queued, or refused.
int runEdit(const Context &ctx, Session &session, const char *command,
            const std::function<void(ServerEdits &, ServerEdits::Done)> &make) {
    ServerEdits edits(session.client(),
                      [&db = session.database()](std::function<void(Database &)> job) { job(db); });
    QSet<qint64> applied;
    QHash<qint64, QString> rejected;
    QHash<QString, QString> replaced; // local id → the server's
    std::optional<Result<QList<ServerEdit>>> queued;
    int pending = 0;
    QString reason;
    QEventLoop loop;
    QObject::connect(&edits, &ServerEdits::applied, [&](qint64 id) { applied.insert(id); });
    QObject::connect(&edits, &ServerEdits::rejected,
                     [&](qint64 id, const QString &message) { rejected.insert(id, message); });
    QObject::connect(&edits, &ServerEdits::playlistIdReplaced,
                     [&](const QString &from, const QString &to) { replaced.insert(from, to); });
    QObject::connect(&edits, &ServerEdits::idle, [&](int left, const QString &why) {
        pending = left;
        reason = why;
        loop.quit();
    });
    make(edits, [&](Result<QList<ServerEdit>> r) {
        queued.emplace(std::move(r));
        if (!queued->ok() || queued->value().isEmpty())
            loop.quit(); // nothing to send
    });
    loop.exec();

    if (!queued->ok()) {
        const Error &e = queued->error();
        return Session::fail(
            command, e.message,
            e.kind == Error::Kind::Invalid || e.kind == Error::Kind::NotFound ? kUsage : kDatabase);
    }
    const QList<ServerEdit> mine = queued->value();
    QString status = QStringLiteral("applied");
    QString message;
    if (mine.isEmpty()) {
        status = QStringLiteral("cancelled");
    } else {
        for (const ServerEdit &e : mine) {
            if (rejected.contains(e.id)) {
                status = QStringLiteral("rejected");
                message = rejected.value(e.id);
                break;
            }
            if (!applied.contains(e.id))
                status = QStringLiteral("queued");
        }
    }
    const QString described = mine.isEmpty() ? QString() : mine.first().describe();
    QString playlistId = mine.isEmpty() ? QString() : mine.first().playlistId;
    playlistId = replaced.value(playlistId, playlistId);
    if (ctx.json) {
        QJsonArray ids;
        for (const ServerEdit &e : mine)
            ids.append(e.id);
        QJsonObject o{
            {QStringLiteral("server"), session.config().name},
            {QStringLiteral("status"), status},
            {QStringLiteral("edit"), described},
            {QStringLiteral("edit_ids"), ids},
            {QStringLiteral("pending"), pending},
        };
        if (!playlistId.isEmpty())
            o.insert(QStringLiteral("playlist_id"), playlistId);
        if (status == u"rejected")
            o.insert(QStringLiteral("message"), message);
        else if (status == u"queued")
            o.insert(QStringLiteral("reason"), reason);
        printJson(QJsonDocument(o));
    } else if (status == u"cancelled") {
        out() << "The playlist had not reached " << session.config().name
              << " yet: it is gone, with its queued edits." << Qt::endl;
    } else if (status == u"applied") {
        out() << described << ": done on " << session.config().name;
        if (!playlistId.isEmpty())
            out() << " (playlist " << playlistId << ")";
        out() << "." << Qt::endl;
    } else if (status == u"queued") {
        out() << described << ": saved in the mirror";
        if (!playlistId.isEmpty())
            out() << " (playlist " << playlistId << ")";
        out() << "." << Qt::endl
              << "queued: the server cannot be reached; it will be applied when it answers"
              << Qt::endl;
        if (!reason.isEmpty())
            err() << "refrainctl server " << command << ": " << reason << Qt::endl;
    }
    if (status == u"rejected") {
        return Session::fail(
            command, QStringLiteral("%1 refused it: %2").arg(session.config().name, message),
            kProblems);
    }
    return kOk;
}

} // namespace

int runServerPlaylist(const Context &ctx, const ServerOptions &options) {
    const QString action = ctx.args.value(1);
    const QStringList args = ctx.args.mid(2);
    const struct {
        const char *action;
        qsizetype min;
        qsizetype max;
    } shapes[] = {{"list", 0, 1},   {"show", 1, 1},      {"create", 1, 1}, {"rename", 2, 2},
                  {"add", 2, 1000}, {"remove", 2, 1000}, {"delete", 1, 1}};
    bool valid = false;
    for (const auto &shape : shapes)
        valid = valid
                || (action == QLatin1String(shape.action) && args.size() >= shape.min
                    && args.size() <= shape.max);
    if (!valid) {
        err() << kPlaylistUsage << Qt::endl;
        return kUsage;
    }
    QList<int> indexes;
    if (action == u"remove") {
        for (const QString &text : args.mid(1)) {
            bool ok = false;
            indexes.append(text.toInt(&ok));
            if (!ok)
                return Session::fail(
                    "playlist remove",
                    QStringLiteral("'%1' is not an index (show prints them)").arg(text), kUsage);
        }
    }
    std::optional<Database> db;
    if (const int rc = openDatabase(ctx, db); rc != kOk)
        return rc;
    QString serverName = options.server;
    if (action == u"list" && serverName.isEmpty())
        serverName = args.value(0);
    if (action == u"list" || action == u"show") {
        ServerConfig server;
        if (const int rc = findServer(*db, serverName, "playlist", server); rc != kOk)
            return rc;
        return action == u"list" ? runList(ctx, *db, server) : runShow(ctx, *db, server, args[0]);
    }

    Session session(ctx, *db);
    if (const int rc = session.open(serverName, "playlist"); rc != kOk)
        return rc;
    if (action == u"create") {
        return runEdit(ctx, session, "playlist create", [&](ServerEdits &e, auto done) {
            e.createPlaylist(args[0], options.songs, done);
        });
    }
    ServerEditStore store(*db, session.config().id);
    RemotePlaylist playlist;
    if (const int rc = findPlaylist(store, args[0], playlist); rc != kOk)
        return rc;
    const QString id = playlist.id;
    if (action == u"rename")
        return runEdit(ctx, session, "playlist rename",
                       [&](ServerEdits &e, auto done) { e.renamePlaylist(id, args[1], done); });
    if (action == u"add")
        return runEdit(ctx, session, "playlist add",
                       [&](ServerEdits &e, auto done) { e.addToPlaylist(id, args.mid(1), done); });
    if (action == u"remove")
        return runEdit(ctx, session, "playlist remove",
                       [&](ServerEdits &e, auto done) { e.removeFromPlaylist(id, indexes, done); });
    return runEdit(ctx, session, "playlist delete",
                   [&](ServerEdits &e, auto done) { e.deletePlaylist(id, done); });
}

int runServerStar(const Context &ctx, const ServerOptions &options) {
    const bool star = ctx.args.value(0) == u"star";
    const char *command = star ? "star" : "unstar";
    if (ctx.args.size() != 2) {
        err() << "refrainctl server " << command << ": use refrainctl server " << command
              << " ID [--server NAME] [--json] (a song, or an album the mirror knows)" << Qt::endl;
        return kUsage;
    }
    std::optional<Database> db;
    if (const int rc = openDatabase(ctx, db); rc != kOk)
        return rc;
    Session session(ctx, *db);
    if (const int rc = session.open(options.server, command); rc != kOk)
        return rc;
    const QString item = ctx.args.at(1);
    auto target = ServerEditStore(*db, session.config().id).starTargetOf(item);
    if (!target)
        return Session::fail(command, target.error().message, kDatabase);
    return runEdit(ctx, session, command, [&](ServerEdits &e, auto done) {
        if (star)
            e.star(target.value(), item, done);
        else
            e.unstar(target.value(), item, done);
    });
}

int runServerEdits(const Context &ctx, const ServerOptions &options) {
    QStringList args = ctx.args.mid(1);
    QString action;
    if (!args.isEmpty() && (args.first() == u"retry" || args.first() == u"clear"))
        action = args.takeFirst();
    if (args.size() > 1 || (!args.isEmpty() && !options.server.isEmpty())) {
        err() << "refrainctl server edits: use refrainctl server edits [retry|clear] [SERVER] "
                 "[--json]"
              << Qt::endl;
        return kUsage;
    }
    const QString serverName = options.server.isEmpty() ? args.value(0) : options.server;
    std::optional<Database> db;
    if (const int rc = openDatabase(ctx, db); rc != kOk)
        return rc;
    ServerConfig server;
    if (const int rc = findServer(*db, serverName, "edits", server); rc != kOk)
        return rc;
    ServerEditStore store(*db, server.id);
    if (action == u"clear") {
        auto forgotten = store.forgetRejected();
        if (!forgotten)
            return Session::fail("edits", forgotten.error().message, kDatabase);
        out() << "Forgot " << forgotten.value() << " refused edits." << Qt::endl;
        return kOk;
    }
    if (action == u"retry") {
        Session session(ctx, *db);
        if (const int rc = session.open(server.id, "edits"); rc != kOk)
            return rc;
        ServerEdits edits(session.client(),
                          [&d = *db](std::function<void(Database &)> job) { job(d); });
        QEventLoop loop;
        int pending = 0;
        QString reason;
        QObject::connect(&edits, &ServerEdits::idle, [&](int left, const QString &why) {
            pending = left;
            reason = why;
            loop.quit();
        });
        edits.drain();
        loop.exec();
        if (pending > 0)
            err() << "refrainctl server edits: " << pending << " still queued: " << reason
                  << Qt::endl;
    }
    auto all = store.list();
    if (!all)
        return Session::fail("edits", all.error().message, kDatabase);
    if (ctx.json) {
        QJsonArray list;
        for (const ServerEdit &e : all.value()) {
            list.append(QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("kind"), ServerEdit::kindKey(e.kind)},
                {QStringLiteral("edit"), e.describe()},
                {QStringLiteral("status"),
                 e.isRejected() ? QStringLiteral("rejected") : QStringLiteral("queued")},
                {QStringLiteral("created_ms"), e.createdAtMs},
                {QStringLiteral("attempts"), e.attempts},
                {QStringLiteral("error"), e.lastError},
            });
        }
        printJson(QJsonDocument(list));
        return kOk;
    }
    for (const ServerEdit &e : all.value()) {
        out() << e.id << "  " << e.describe();
        if (e.isRejected())
            out() << "  [refused: " << e.lastError << "]";
        else if (e.attempts > 0)
            out() << "  [queued; attempts: " << e.attempts << "]";
        else
            out() << "  [queued]";
        out() << Qt::endl;
    }
    if (all.value().isEmpty())
        err() << "No edits waiting for " << server.name << "." << Qt::endl;
    return kOk;
}

} // namespace refrain::ctl
