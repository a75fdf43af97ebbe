// Database: one SQLite connection to the library file — opened safely, migrated in a transaction,
// and refused (never modified) when a newer Refrain wrote it. One connection per thread.
#pragma once

#include "core/library/result.h"

#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace refrain {

class StatementCache;

class Database {
public:
    enum class Mode {
        ReadWrite, // creates the file if needed and applies migrations
        ReadOnly,  // for readers on other threads; the schema must already be current
    };

    static Result<Database> open(const QString &path, Mode mode = Mode::ReadWrite);

    // The schema version this build creates: the number of the last migration file.
    static int latestSchemaVersion();

    // Renames a damaged database (and its -wal/-shm files) to "<name>.damaged-<timestamp>" so a
    // fresh one can be created; returns the new path. Nothing is deleted.
    static Result<QString> moveAside(const QString &path);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    sqlite3 *handle() const { return m_db; }
    // Prepared statements kept for reuse by Statement::prepare (see statement.h).
    const std::shared_ptr<StatementCache> &statementCache() const { return m_statements; }
    const QString &path() const { return m_path; }

    // For fixed SQL without values only; anything with values goes through Statement.
    Result<void> execute(const char *sql);
    // Runs body inside BEGIN IMMEDIATE … COMMIT; rolls back when it fails.
    Result<void> transaction(const std::function<Result<void>()> &body);
    // Runs body inside BEGIN … COMMIT (deferred): several reads that see one moment.
    Result<void> readTransaction(const std::function<Result<void>()> &body);
    Result<int> userVersion();
    qint64 lastInsertId() const;
    // Rows changed by the last statement.
    int changes() const;

    Error lastError(const QString &context) const;
    static Error errorFromCode(int code, const QString &context, const QString &detail);
    // The last error on db, with the OS's reason where SQLite's code hides it (a full disk).
    static Error errorFromHandle(sqlite3 *db, const QString &context);

private:
    Database(sqlite3 *db, QString path);
    void close();
    Result<void> configure(Mode mode);
    Result<void> migrate();

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::shared_ptr<StatementCache> m_statements;
};

} // namespace refrain
