// soakmeter: what a long run is measured by — the process's resident memory and open file
// descriptors (from /proc/self), and the SQLite file with the rows of its growing tables — so
// that one simulated day can be compared with the next.
#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace refrain {
class Database;
}

namespace refrain::test::soakmeter {

// Resident memory: /proc/self/statm's resident pages times the page size; -1 when unknown.
qint64 residentBytes();
// Entries in /proc/self/fd (the listing's own descriptor not counted); -1 when unknown.
int openFileDescriptors();

struct DatabaseFigures {
    qint64 fileBytes = 0; // the main file; the WAL beside it apart
    qint64 walBytes = 0;
    qint64 pageSize = 0;
    qint64 pageCount = 0; // the database as SQLite sees it, the WAL's pages included
    qint64 freePages = 0;
    // Pages of health_log and its indexes (SQLite's dbstat table); -1 where SQLite lacks it.
    qint64 healthLogPages = -1;
    qint64 healthRows = 0;
    qint64 healthOpenRows = 0;
    qint64 healthSubjects = 0;
    qint64 healthMaxRowsPerSubject = 0;
    qint64 listens = 0;
    qint64 queueRows = 0; // scrobble_queue: owed or refused
    qint64 doneRows = 0;  // scrobble_done: one per listen a target took

    QJsonObject toJson() const;
};

// Run on the database's own thread.
DatabaseFigures measure(Database &db);

} // namespace refrain::test::soakmeter
