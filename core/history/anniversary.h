// Anniversaries and the calendar of history: the artists first heard on today's date in an
// earlier year (for "A year ago today you first heard …") and the years that have listens (for
// a year chooser). Plain functions on a Database, like recap.h; run them on the database thread.
#pragma once

#include "core/library/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace refrain {

class Database;

struct Anniversary {
    QString artist;   // as history first saw the name
    QDate firstHeard; // the local day of the first counted listen
    int yearsAgo = 0;
    qint64 totalListens = 0; // counted listens of the artist, ever

    friend bool operator==(const Anniversary &, const Anniversary &) = default;
};

// Artists whose first-ever counted listen fell on `today`'s day and month in an earlier year, in
// `zone`. The artist people listened to most comes first (then the oldest anniversary, then the
// name), so the one notification a day names the one that mattered. 29 February matches only 29
// February.
Result<QList<Anniversary>> firstListenAnniversaries(Database &db, const QDate &today,
                                                    const QTimeZone &zone);

// The years (in `zone`) with at least one counted listen, newest first.
Result<QList<int>> yearsWithListens(Database &db, const QTimeZone &zone);

} // namespace refrain
