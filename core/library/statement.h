// Statement: one prepared SQLite statement with bound parameters — the only way Refrain runs SQL
// with values.
#pragma once

#include "core/library/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace refrain {

class Database;

// The statements a connection has prepared before, idle and ready for the same SQL again:
// parsing costs more than running most of our queries. Owned by its Database; one thread.
class StatementCache {
public:
    StatementCache() = default;
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;
    ~StatementCache() { clear(); }

    sqlite3_stmt *take(const std::string &sql);
    // Keeps stmt (already reset) for the next prepare of sql, or finalizes it.
    void put(std::string sql, sqlite3_stmt *stmt);
    void clear();

private:
    static constexpr std::size_t kMaxIdle = 256; // SQL built at run time must not pile up
    std::unordered_map<std::string, sqlite3_stmt *> m_idle;
};

class Statement {
public:
    enum class Step { Row, Done, Failed };

    static Result<Statement> prepare(Database &db, const char *sql);

    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value);
    Statement &bind(int index, bool value) = delete; // say which integer you mean
    Statement &bind(int index, double value);
    Statement &bind(int index, std::optional<double> value);
    Statement &bindNull(int index);

    Step step();
    // Runs a statement that returns no rows; resets it for reuse.
    Result<void> run();
    void reset();

    // Columns are 0-based, as in SQLite.
    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    bool isNull(int column) const;

    Error error(const QString &context) const;

private:
    Statement(sqlite3 *db, sqlite3_stmt *stmt, std::weak_ptr<StatementCache> cache, std::string sql)
        : m_db(db)
        , m_stmt(stmt)
        , m_cache(std::move(cache))
        , m_sql(std::move(sql)) {}
    void release();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::weak_ptr<StatementCache> m_cache; // where the statement goes back when done
    std::string m_sql;
    // The UTF-8 of bound text, kept until reset() so SQLite can read it in place rather than
    // take its own copy of every value (a scan binds ten texts a track).
    std::vector<QByteArray> m_texts;
};

} // namespace refrain
