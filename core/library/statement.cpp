#include "core/library/statement.h"

#include "core/library/database.h"

#include <sqlite3.h>

namespace refrain {

sqlite3_stmt *StatementCache::take(const std::string &sql) {
    const auto it = m_idle.find(sql);
    if (it == m_idle.end())
        return nullptr;
    sqlite3_stmt *stmt = it->second;
    m_idle.erase(it);
    return stmt;
}

void StatementCache::put(std::string sql, sqlite3_stmt *stmt) {
    if (m_idle.size() >= kMaxIdle || m_idle.contains(sql)) {
        sqlite3_finalize(stmt);
        return;
    }
    m_idle.emplace(std::move(sql), stmt);
}

void StatementCache::clear() {
    for (const auto &[sql, stmt] : m_idle)
        sqlite3_finalize(stmt);
    m_idle.clear();
}

Result<Statement> Statement::prepare(Database &db, const char *sql) {
    std::string key(sql);
    const std::shared_ptr<StatementCache> &cache = db.statementCache();
    if (sqlite3_stmt *kept = cache ? cache->take(key) : nullptr)
        return Statement(db.handle(), kept, cache, std::move(key));
    sqlite3_stmt *stmt = nullptr;
    const int rc =
        sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return db.lastError(QStringLiteral("Preparing a query"));
    }
    return Statement(db.handle(), stmt, cache, std::move(key));
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cache(std::move(other.m_cache))
    , m_sql(std::move(other.m_sql))
    , m_texts(std::move(other.m_texts)) {}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cache = std::move(other.m_cache);
        m_sql = std::move(other.m_sql);
        m_texts = std::move(other.m_texts);
    }
    return *this;
}

Statement::~Statement() {
    release();
}

void Statement::release() {
    sqlite3_stmt *stmt = std::exchange(m_stmt, nullptr);
    if (!stmt)
        return;
    // Reset before the texts its bindings point into go; a running read also ends here.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    m_texts.clear();
    if (const auto cache = m_cache.lock())
        cache->put(std::move(m_sql), stmt);
    else
        sqlite3_finalize(stmt);
}

Statement &Statement::bind(int index, const QString &value) {
    // Static: the bytes live in m_texts until reset() or the end of the statement, and SQLite
    // refuses new bindings on a statement that is running, so nothing can outlive them.
    const QByteArray &utf8 = m_texts.emplace_back(value.toUtf8());
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, int value) {
    sqlite3_bind_int(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::optional<double> value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement::Step Statement::step() {
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Failed;
    }
}

Result<void> Statement::run() {
    const Step result = step();
    if (result == Step::Failed) {
        Error e = error(QStringLiteral("Writing to the library"));
        reset();
        return e;
    }
    reset();
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_texts.clear(); // after the bindings that pointed into them are gone
}

QString Statement::text(int column) const {
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::integer(int column) const {
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::optional<double> Statement::optionalReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Error Statement::error(const QString &context) const {
    return Database::errorFromHandle(m_db, context);
}

} // namespace refrain
