#include "app/ctlhistory.h"

#include "core/history/historyimport.h"
#include "core/history/recap.h"
#include "core/library/statement.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace refrain::ctl {

namespace {

int fail(const QString &what, const QString &message, int code) {
    err() << "refrainctl " << what << ": " << message << Qt::endl;
    return code;
}

// The zone asked for, or the system's; nullopt (after saying why) for an unknown id.
std::optional<QTimeZone> zoneFor(const QString &what, const HistoryOptions &options) {
    if (options.timeZone.isEmpty())
        return QTimeZone::systemTimeZone();
    QTimeZone zone(options.timeZone.toUtf8());
    if (!zone.isValid()) {
        fail(what,
             QStringLiteral("unknown time zone '%1' (use an IANA name such as Europe/Berlin)")
                 .arg(options.timeZone),
             kUsage);
        return std::nullopt;
    }
    return zone;
}

QString zoneName(const QTimeZone &zone) {
    return QString::fromUtf8(zone.id());
}

QJsonArray rankedJson(const QList<RankedItem> &items, bool withArtist) {
    QJsonArray out;
    for (const RankedItem &item : items) {
        QJsonObject o{{QStringLiteral("name"), item.name},
                      {QStringLiteral("listens"), item.listens},
                      {QStringLiteral("minutes"), item.minutes}};
        if (withArtist)
            o.insert(QStringLiteral("artist"), item.artist);
        out.append(o);
    }
    return out;
}

QString dateKey(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue dateOrNull(const QDate &date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject listenJson(const Listen &l, const QTimeZone &zone) {
    const QDateTime local = l.startedAt.toTimeZone(zone);
    return {{QStringLiteral("artist"), l.artist},
            {QStringLiteral("title"), l.title},
            {QStringLiteral("album"), l.album},
            {QStringLiteral("started_at"), l.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("local_time"), local.toString(Qt::ISODate)},
            {QStringLiteral("played_ms"), l.playedMs},
            {QStringLiteral("origin"), l.origin}};
}

void printRanked(const char *heading, const QList<RankedItem> &items) {
    if (items.isEmpty())
        return;
    out() << heading << Qt::endl;
    int rank = 1;
    for (const RankedItem &item : items) {
        out() << "  " << qSetFieldWidth(2) << rank++ << qSetFieldWidth(0) << ". " << item.name;
        if (!item.artist.isEmpty())
            out() << " — " << item.artist;
        out() << "  (" << item.listens << " listens, " << item.minutes << " min)" << Qt::endl;
    }
}

int importPaths(const Context &ctx, const QStringList &paths) {
    if (paths.isEmpty())
        return fail(QStringLiteral("history import"), QStringLiteral("give a file, folder or zip"),
                    kUsage);
    std::optional<Database> db;
    if (const int code = openDatabase(ctx, db); code != kOk)
        return code;
    QElapsedTimer sinceLine;
    sinceLine.start();
    const auto progress = [&](const ImportProgress &p) {
        if (sinceLine.elapsed() < (stderrIsTerminal() ? 300 : 3000))
            return true;
        sinceLine.restart();
        const int percent = p.bytesTotal > 0 ? int(p.bytesDone * 100 / p.bytesTotal) : 0;
        err() << "importing: " << percent << "% read, " << p.imported << " listens added, "
              << p.duplicates << " already known" << Qt::endl;
        return true;
    };
    auto report = importHistory(*db, paths, progress);
    if (!report)
        return fail(QStringLiteral("history import"), report.error().message, kProblems);
    const ImportReport &r = report.value();
    qint64 skippedTotal = 0;
    QJsonObject skipped;
    for (auto it = r.counts.skipped.cbegin(); it != r.counts.skipped.cend(); ++it) {
        skipped.insert(it.key(), it.value());
        skippedTotal += it.value();
    }
    if (ctx.json) {
        printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("imported"), r.counts.imported},
                        {QStringLiteral("duplicates"), r.counts.duplicates},
                        {QStringLiteral("skipped"), skipped},
                        {QStringLiteral("skipped_total"), skippedTotal},
                        {QStringLiteral("matched"), r.counts.matched},
                        {QStringLiteral("formats"), QJsonArray::fromStringList(r.formats)},
                        {QStringLiteral("files"), r.files},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
                        {QStringLiteral("cancelled"), r.cancelled}}));
    } else {
        out() << "Imported " << r.counts.imported << " listens (" << r.counts.matched
              << " matched to your library) from " << r.files
              << " file(s): " << r.formats.join(QStringLiteral(", ")) << Qt::endl;
        out() << r.counts.duplicates << " were already in your history; " << skippedTotal
              << " rows were not listens";
        QStringList reasons;
        for (auto it = r.counts.skipped.cbegin(); it != r.counts.skipped.cend(); ++it)
            reasons.append(it.key() + QLatin1Char(' ') + QString::number(it.value()));
        if (!reasons.isEmpty())
            out() << " (" << reasons.join(QStringLiteral(", ")) << ")";
        out() << "." << Qt::endl;
        for (const QString &problem : r.problems)
            err() << "  " << problem << Qt::endl;
    }
    return r.problems.isEmpty() ? kOk : kProblems;
}

int status(const Context &ctx) {
    std::optional<Database> db;
    if (const int code = openDatabase(ctx, db); code != kOk)
        return code;
    QJsonObject byOrigin;
    qint64 listens = 0;
    qint64 plays = 0;
    qint64 first = 0;
    qint64 last = 0;
    {
        auto s = Statement::prepare(*db, "SELECT origin, SUM(counted), COUNT(*), MIN(started_at), "
                                         "MAX(started_at) FROM listens GROUP BY origin");
        if (!s)
            return fail(QStringLiteral("history status"), s.error().message, kDatabase);
        while (s.value().step() == Statement::Step::Row) {
            byOrigin.insert(s.value().text(0), s.value().int64(1));
            listens += s.value().int64(1);
            plays += s.value().int64(2);
            first = first ? std::min(first, s.value().int64(3)) : s.value().int64(3);
            last = std::max(last, s.value().int64(4));
        }
    }
    QJsonObject pending;
    {
        auto s =
            Statement::prepare(*db, "SELECT target, COUNT(*) FROM scrobble_queue GROUP BY target");
        if (!s)
            return fail(QStringLiteral("history status"), s.error().message, kDatabase);
        while (s.value().step() == Statement::Step::Row)
            pending.insert(s.value().text(0), s.value().int64(1));
    }
    const auto iso = [](qint64 ms) {
        return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate))
                  : QJsonValue();
    };
    if (ctx.json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("listens"), listens},
                                            {QStringLiteral("plays"), plays},
                                            {QStringLiteral("by_origin"), byOrigin},
                                            {QStringLiteral("first"), iso(first)},
                                            {QStringLiteral("last"), iso(last)},
                                            {QStringLiteral("pending_scrobbles"), pending}}));
        return kOk;
    }
    out() << listens << " listens (" << plays << " plays)";
    if (first)
        out() << " from " << iso(first).toString() << " to " << iso(last).toString();
    out() << Qt::endl;
    for (auto it = byOrigin.constBegin(); it != byOrigin.constEnd(); ++it)
        out() << "  " << it.key() << ": " << it.value().toInteger() << Qt::endl;
    for (auto it = pending.constBegin(); it != pending.constEnd(); ++it)
        out() << "  waiting to be sent to " << it.key() << ": " << it.value().toInteger()
              << Qt::endl;
    return kOk;
}

} // namespace

int runHistory(const Context &ctx, const HistoryOptions &) {
    const QString sub = ctx.args.value(0);
    if (sub == QLatin1String("import"))
        return importPaths(ctx, ctx.args.mid(1));
    if (sub == QLatin1String("status"))
        return status(ctx);
    return fail(QStringLiteral("history"),
                QStringLiteral("use 'history import PATH…' or 'history status'"), kUsage);
}

int runRecap(const Context &ctx, const HistoryOptions &options) {
    bool ok = false;
    const int year = ctx.args.value(0).toInt(&ok);
    if (!ok || year < 1900 || year > 9999)
        return fail(QStringLiteral("recap"), QStringLiteral("give a year, e.g. 'recap 2024'"),
                    kUsage);
    int month = 0;
    if (!options.month.isEmpty()) {
        month = options.month.toInt(&ok);
        if (!ok || month < 1 || month > 12)
            return fail(QStringLiteral("recap"), QStringLiteral("--month takes 1 to 12"), kUsage);
    }
    const auto zone = zoneFor(QStringLiteral("recap"), options);
    if (!zone)
        return kUsage;
    std::optional<Database> db;
    if (const int code = openDatabase(ctx, db); code != kOk)
        return code;
    auto recap = computeRecap(*db, year, month, *zone);
    if (!recap)
        return fail(QStringLiteral("recap"), recap.error().message, kDatabase);
    const Recap &r = recap.value();
    if (ctx.json) {
        QJsonArray byMonth;
        for (const MonthTop &m : r.topTrackByMonth) {
            byMonth.append(QJsonObject{{QStringLiteral("month"), m.month},
                                       {QStringLiteral("name"), m.track.name},
                                       {QStringLiteral("artist"), m.track.artist},
                                       {QStringLiteral("listens"), m.track.listens},
                                       {QStringLiteral("minutes"), m.track.minutes}});
        }
        QJsonObject o{{QStringLiteral("year"), r.year},
                      {QStringLiteral("time_zone"), zoneName(*zone)},
                      {QStringLiteral("listens"), r.listens},
                      {QStringLiteral("minutes"), r.minutes},
                      {QStringLiteral("top_artists"), rankedJson(r.topArtists, false)},
                      {QStringLiteral("top_tracks"), rankedJson(r.topTracks, true)},
                      {QStringLiteral("top_albums"), rankedJson(r.topAlbums, true)},
                      {QStringLiteral("top_genres"), rankedJson(r.topGenres, false)},
                      {QStringLiteral("new_artists"), QJsonArray::fromStringList(r.newArtists)},
                      {QStringLiteral("longest_streak_days"), r.longestStreakDays},
                      {QStringLiteral("longest_streak_start"), dateOrNull(r.longestStreakStart)},
                      {QStringLiteral("busiest_day"), dateOrNull(r.busiestDay)},
                      {QStringLiteral("busiest_day_listens"), r.busiestDayListens},
                      {QStringLiteral("busiest_hour"),
                       r.busiestHour >= 0 ? QJsonValue(r.busiestHour) : QJsonValue()},
                      {QStringLiteral("busiest_hour_listens"), r.busiestHourListens},
                      {QStringLiteral("top_track_by_month"), byMonth}};
        if (month)
            o.insert(QStringLiteral("month"), month);
        printJson(QJsonDocument(o));
        return kOk;
    }
    const QString period =
        month ? QDate(year, month, 1).toString(QStringLiteral("MMMM yyyy")) : QString::number(year);
    out() << "Your " << period << " (" << zoneName(*zone) << "): " << r.listens << " listens, "
          << r.minutes << " minutes" << Qt::endl;
    if (r.listens == 0)
        return kOk;
    out() << "Longest streak: " << r.longestStreakDays << " day(s) from "
          << dateKey(r.longestStreakStart) << "; busiest day " << dateKey(r.busiestDay) << " ("
          << r.busiestDayListens << " listens); busiest hour " << r.busiestHour << ":00"
          << Qt::endl;
    printRanked("Top artists", r.topArtists);
    printRanked("Top tracks", r.topTracks);
    printRanked("Top albums", r.topAlbums);
    printRanked("Top genres", r.topGenres);
    if (!r.newArtists.isEmpty())
        out() << "New to you: " << r.newArtists.size() << " artist(s), first "
              << r.newArtists.mid(0, 5).join(QStringLiteral(", ")) << Qt::endl;
    return kOk;
}

int runOnThisDay(const Context &ctx, const HistoryOptions &options) {
    const auto zone = zoneFor(QStringLiteral("on-this-day"), options);
    if (!zone)
        return kUsage;
    QDate date = QDateTime::currentDateTimeUtc().toTimeZone(*zone).date();
    if (!options.date.isEmpty()) {
        date = QDate::fromString(options.date, Qt::ISODate);
        if (!date.isValid())
            return fail(QStringLiteral("on-this-day"), QStringLiteral("--date takes YYYY-MM-DD"),
                        kUsage);
    }
    std::optional<Database> db;
    if (const int code = openDatabase(ctx, db); code != kOk)
        return code;
    auto years = onThisDay(*db, date, *zone);
    if (!years)
        return fail(QStringLiteral("on-this-day"), years.error().message, kDatabase);
    if (ctx.json) {
        QJsonArray list;
        for (const OnThisDayYear &y : years.value()) {
            QJsonArray listens;
            for (const Listen &l : y.listens)
                listens.append(listenJson(l, *zone));
            list.append(QJsonObject{{QStringLiteral("year"), y.year},
                                    {QStringLiteral("years_ago"), date.year() - y.year},
                                    {QStringLiteral("listens"), listens}});
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("date"), dateKey(date)},
                                            {QStringLiteral("time_zone"), zoneName(*zone)},
                                            {QStringLiteral("years"), list}}));
        return kOk;
    }
    if (years.value().isEmpty()) {
        out() << "Nothing played on " << date.toString(QStringLiteral("d MMMM"))
              << " in earlier years." << Qt::endl;
        return kOk;
    }
    for (const OnThisDayYear &y : years.value()) {
        out() << y.year << " (" << date.year() - y.year << " years ago)" << Qt::endl;
        for (const Listen &l : y.listens)
            out() << "  " << l.startedAt.toTimeZone(*zone).toString(QStringLiteral("HH:mm")) << "  "
                  << l.artist << " — " << l.title << Qt::endl;
    }
    return kOk;
}

int runFirstListen(const Context &ctx, const HistoryOptions &options) {
    if (options.artist.trimmed().isEmpty())
        return fail(QStringLiteral("first-listen"), QStringLiteral("give --artist NAME"), kUsage);
    if (!options.title.isEmpty() && !options.album.isEmpty())
        return fail(QStringLiteral("first-listen"),
                    QStringLiteral("give --title or --album, not both"), kUsage);
    const auto zone = zoneFor(QStringLiteral("first-listen"), options);
    if (!zone)
        return kUsage;
    std::optional<Database> db;
    if (const int code = openDatabase(ctx, db); code != kOk)
        return code;
    auto first = firstListen(*db, options.artist, options.title, options.album, *zone);
    if (!first)
        return fail(QStringLiteral("first-listen"), first.error().message, kDatabase);
    const std::optional<FirstListen> &f = first.value();
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("found"), f.has_value()},
                      {QStringLiteral("artist"), f ? f->artist : options.artist},
                      {QStringLiteral("title"), f ? f->title : options.title},
                      {QStringLiteral("album"), f ? f->album : options.album},
                      {QStringLiteral("time_zone"), zoneName(*zone)}};
        if (f) {
            o.insert(QStringLiteral("date"), dateKey(f->localDate));
            o.insert(QStringLiteral("first_listen"), listenJson(f->listen, *zone));
            o.insert(QStringLiteral("total_listens"), f->totalListens);
        }
        printJson(QJsonDocument(o));
        return f ? kOk : kProblems;
    }
    if (!f) {
        out() << "Never heard." << Qt::endl;
        return kProblems;
    }
    out() << "First heard " << f->localDate.toString(QStringLiteral("d MMMM yyyy")) << ": "
          << f->listen.artist << " — " << f->listen.title << " (" << f->totalListens
          << " listens since)" << Qt::endl;
    return kOk;
}

} // namespace refrain::ctl
