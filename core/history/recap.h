// Recap, OnThisDay, FirstListen: what history says about a year, a month, a date or a name —
// computed on this machine from the listens table, in the time zone the user asks for, with no
// network. Plain functions on a Database (run them on the database thread, or on a reader
// connection of their own).
#pragma once

#include "core/history/listen.h"
#include "core/library/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace refrain {

class Database;

// One line of a top list. For tracks and albums `artist` is the artist; empty otherwise.
struct RankedItem {
    QString name;
    QString artist;
    qint64 listens = 0;
    qint64 minutes = 0; // counted listens' played milliseconds, summed, in whole minutes (floor)

    friend bool operator==(const RankedItem &, const RankedItem &) = default;
};

struct MonthTop {
    int month = 0; // 1–12
    RankedItem track;

    friend bool operator==(const MonthTop &, const MonthTop &) = default;
};

struct Recap {
    int year = 0;
    int month = 0;    // 0: the whole year
    QString timeZone; // IANA id the days were counted in
    qint64 listens = 0;
    qint64 minutes = 0;
    // Ranked by listens, then minutes, then name (then artist); at most 10 each.
    QList<RankedItem> topArtists;
    QList<RankedItem> topTracks;
    QList<RankedItem> topAlbums;
    QList<RankedItem> topGenres;
    // Artists whose first-ever counted listen falls in the period, in order of that listen.
    QStringList newArtists;
    int longestStreakDays = 0;
    QDate longestStreakStart; // invalid when there were no listens
    QDate busiestDay;         // most listens; the earliest of equals
    qint64 busiestDayListens = 0;
    int busiestHour = -1; // 0–23 local; -1 when there were no listens
    qint64 busiestHourListens = 0;
    QList<MonthTop> topTrackByMonth; // months with listens only, in order
    // For charts: minutes per month (whole year; index 0 = January) or per day of the month
    // (index 0 = the 1st; days past the month's end stay 0), and listens per weekday × hour
    // (index [0] = Monday, as QDate::dayOfWeek() - 1).
    std::array<qint64, 31> minutesPerPeriod{};
    std::array<std::array<qint64, 24>, 7> weekdayHour{};
};

// A year or one month of it (month 1–12; 0 for the whole year), counted listens only; a listen
// belongs to the day of its start time in `zone`.
Result<Recap> computeRecap(Database &db, int year, int month, const QTimeZone &zone);

// What was played on `date`'s day and month in earlier years (never `date`'s own year), newest
// year first, each year's listens in order of time. 29 February matches only 29 February.
struct OnThisDayYear {
    int year = 0;
    ListenList listens;
};
Result<QList<OnThisDayYear>> onThisDay(Database &db, const QDate &date, const QTimeZone &zone);

// The first counted listen of an artist (title empty) or of one of their tracks, by normalised
// names; nullopt when never heard. `album` set for the first listen of an album instead.
struct FirstListen {
    QString artist;
    QString title; // empty for an artist or album
    QString album;
    Listen listen;           // the first one
    QDate localDate;         // its day in the zone asked for
    qint64 totalListens = 0; // counted listens of the same subject, ever
};
Result<std::optional<FirstListen>> firstListen(Database &db, const QString &artist,
                                               const QString &title, const QString &album,
                                               const QTimeZone &zone);

} // namespace refrain
