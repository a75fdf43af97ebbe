#include "core/history/anniversary.h"

#include "core/library/database.h"
#include "core/library/statement.h"
#include "core/service/sqlrows.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <optional>

namespace refrain {

namespace {

// This file's tr(): one context for all its text, the one lupdate files it under, so the
// translations in translations/*.ts are found at run time (lupdate files a free tr() function's
// strings under the enclosing class or namespace, whatever context it passes at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(refrain::Anniversary)
};

// The first moment of `date` in `zone`, in ms since the epoch. A day that starts inside a DST gap
// starts at the first time that exists.
qint64 dayStartMs(const QDate &date, const QTimeZone &zone) {
    return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
}

struct Span {
    qint64 first = 0;
    qint64 last = 0;
    bool any = false;
};

// The start of one counted listen, or nothing when there is none.
Result<std::optional<qint64>> oneStart(Database &db, const char *sql) {
    auto s = Statement::prepare(db, sql);
    if (!s)
        return s.error();
    std::optional<qint64> out;
    auto r = eachRow(s.value(), Text::tr("Reading the span of listening history"),
                     [&](Statement &row) { out = row.int64(0); });
    if (!r)
        return r.error();
    return out;
}

// The first and last counted listen, each one step along the time index (an aggregate would read
// every row: a third of a second for a million listens).
Result<Span> countedSpan(Database &db) {
    auto first = oneStart(db, "SELECT started_at FROM listens WHERE counted = 1"
                              " ORDER BY started_at LIMIT 1");
    if (!first)
        return first.error();
    Span span;
    if (!first.value())
        return span;
    auto last = oneStart(db, "SELECT started_at FROM listens WHERE counted = 1"
                             " ORDER BY started_at DESC LIMIT 1");
    if (!last)
        return last.error();
    span.any = true;
    span.first = *first.value();
    span.last = last.value().value_or(span.first);
    return span;
}

int yearOf(qint64 ms, const QTimeZone &zone) {
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date().year();
}

} // namespace

Result<QList<Anniversary>> firstListenAnniversaries(Database &db, const QDate &today,
                                                    const QTimeZone &zone) {
    auto span = countedSpan(db);
    if (!span)
        return span.error();
    QList<Anniversary> out;
    if (!span.value().any || !today.isValid())
        return out;
    // One small indexed query per earlier year: the artists heard that day whose listens all
    // start at or after that day's beginning.
    auto s = Statement::prepare(
        db, "SELECT a.name,"
            " (SELECT COUNT(*) FROM listens c WHERE c.artist_ref = l.artist_ref AND c.counted = 1)"
            " FROM listens l JOIN history_artists a ON a.id = l.artist_ref"
            " WHERE l.counted = 1 AND l.started_at >= ?1 AND l.started_at < ?2"
            " AND NOT EXISTS (SELECT 1 FROM listens e WHERE e.artist_ref = l.artist_ref"
            " AND e.counted = 1 AND e.started_at < ?1)"
            " GROUP BY l.artist_ref");
    if (!s)
        return s.error();
    const int firstYear = yearOf(span.value().first, zone);
    for (int year = today.year() - 1; year >= firstYear; --year) {
        const QDate day(year, today.month(), today.day());
        if (!day.isValid())
            continue; // 29 February in a year without one
        s.value().bind(1, dayStartMs(day, zone)).bind(2, dayStartMs(day.addDays(1), zone));
        auto r = eachRow(s.value(), Text::tr("Reading first listens"), [&](Statement &row) {
            out.append(Anniversary{row.text(0), day, today.year() - year, row.int64(1)});
        });
        if (!r)
            return r.error();
    }
    std::stable_sort(out.begin(), out.end(), [](const Anniversary &a, const Anniversary &b) {
        if (a.totalListens != b.totalListens)
            return a.totalListens > b.totalListens;
        if (a.yearsAgo != b.yearsAgo)
            return a.yearsAgo > b.yearsAgo;
        return a.artist.localeAwareCompare(b.artist) < 0;
    });
    return out;
}

Result<QList<int>> yearsWithListens(Database &db, const QTimeZone &zone) {
    auto span = countedSpan(db);
    if (!span)
        return span.error();
    QList<int> out;
    if (!span.value().any)
        return out;
    // History may have gaps of whole years; one indexed probe per year says which have listens.
    auto s = Statement::prepare(db, "SELECT EXISTS (SELECT 1 FROM listens WHERE counted = 1"
                                    " AND started_at >= ?1 AND started_at < ?2)");
    if (!s)
        return s.error();
    const int first = yearOf(span.value().first, zone);
    const int last = yearOf(span.value().last, zone);
    for (int year = last; year >= first; --year) {
        s.value()
            .bind(1, dayStartMs(QDate(year, 1, 1), zone))
            .bind(2, dayStartMs(QDate(year + 1, 1, 1), zone));
        bool any = false;
        auto r = eachRow(s.value(), Text::tr("Reading the years of listening history"),
                         [&](Statement &row) { any = row.integer(0) != 0; });
        if (!r)
            return r.error();
        if (any)
            out.append(year);
    }
    return out;
}

} // namespace refrain
