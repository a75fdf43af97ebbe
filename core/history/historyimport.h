// importHistory: reads exported histories (readHistory) into the listens table — in batches of
// one transaction each, so a kill in the middle loses at most the batch being written and a
// second run adds only what is missing (duplicates are recognised, not doubled). Runs on the
// thread that owns the Database (the database thread, or refrainctl's main thread).
#pragma once

#include "core/history/import/historyreader.h"
#include "core/history/listenstore.h"
#include "core/library/result.h"

#include <QStringList>

#include <functional>

namespace refrain {

class Database;

struct ImportReport {
    ImportCounts counts;
    QStringList formats;  // format keys found, in order of first appearance
    int files = 0;        // files read as history
    QStringList problems; // files or batches that could not be read or stored, for people
    bool cancelled = false;
};

struct ImportProgress {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
};

// Called now and then (at most every batch); return false to stop (what was stored stays).
using ImportProgressFn = std::function<bool(const ImportProgress &)>;

// Imports every path (file, folder or zip). An error only when nothing at all could be read or
// the database refused to write; a path that cannot be read is a problem in the report while the
// others go on.
Result<ImportReport> importHistory(Database &db, const QStringList &paths,
                                   const ImportProgressFn &progress = {},
                                   const HistoryReadOptions &options = {});

} // namespace refrain
