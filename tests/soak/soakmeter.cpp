#include "tests/soak/soakmeter.h"

#include "core/library/database.h"
#include "core/library/statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace refrain::test::soakmeter {

namespace {

// One number from a query; -1 when it cannot be read (dbstat missing, say).
qint64 scalar(Database &db, const char *sql) {
    auto stmt = Statement::prepare(db, sql);
    if (!stmt || stmt.value().step() != Statement::Step::Row)
        return -1;
    return stmt.value().int64(0);
}

} // namespace

qint64 residentBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * qint64(sysconf(_SC_PAGESIZE));
}

int openFileDescriptors() {
    const QDir fds(QStringLiteral("/proc/self/fd"));
    if (!fds.exists())
        return -1;
    // Listing the folder opens one descriptor of its own while it reads.
    return int(fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size()) - 1;
}

DatabaseFigures measure(Database &db) {
    DatabaseFigures f;
    f.fileBytes = QFileInfo(db.path()).size();
    f.walBytes = QFileInfo(db.path() + QStringLiteral("-wal")).size();
    f.pageSize = scalar(db, "PRAGMA page_size");
    f.pageCount = scalar(db, "PRAGMA page_count");
    f.freePages = scalar(db, "PRAGMA freelist_count");
    f.healthLogPages = scalar(db, "SELECT count(*) FROM dbstat WHERE name IN ('health_log', "
                                  "'health_log_subject_time', 'health_log_time', "
                                  "'health_log_open')");
    f.healthRows = scalar(db, "SELECT count(*) FROM health_log");
    f.healthOpenRows = scalar(db, "SELECT count(*) FROM health_log WHERE ended_at IS NULL");
    f.healthSubjects = scalar(db, "SELECT count(DISTINCT subject) FROM health_log");
    f.healthMaxRowsPerSubject =
        scalar(db, "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM health_log GROUP BY "
                   "subject)");
    f.listens = scalar(db, "SELECT count(*) FROM listens");
    f.queueRows = scalar(db, "SELECT count(*) FROM scrobble_queue");
    f.doneRows = scalar(db, "SELECT count(*) FROM scrobble_done");
    return f;
}

QJsonObject DatabaseFigures::toJson() const {
    return QJsonObject{{QStringLiteral("db_file_bytes"), fileBytes},
                       {QStringLiteral("db_wal_bytes"), walBytes},
                       {QStringLiteral("db_page_size"), pageSize},
                       {QStringLiteral("db_pages"), pageCount},
                       {QStringLiteral("db_free_pages"), freePages},
                       {QStringLiteral("health_log_pages"), healthLogPages},
                       {QStringLiteral("health_log_rows"), healthRows},
                       {QStringLiteral("health_log_open_rows"), healthOpenRows},
                       {QStringLiteral("health_log_subjects"), healthSubjects},
                       {QStringLiteral("health_log_max_rows_per_subject"), healthMaxRowsPerSubject},
                       {QStringLiteral("listens"), listens},
                       {QStringLiteral("scrobble_queue_rows"), queueRows},
                       {QStringLiteral("scrobble_done_rows"), doneRows}};
}

} // namespace refrain::test::soakmeter
