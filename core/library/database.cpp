#include "core/library/database.h"

#include "core/library/statement.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>

namespace refrain {

namespace {

struct Migration {
    int version = 0;
    QString path;
};

// Migration files are named "NNNN_description.sql"; their number is the schema version.
QList<Migration> migrations() {
    static const QList<Migration> list = [] {
        QList<Migration> found;
        const QRegularExpression pattern(QStringLiteral("^(\\d+)_.*\\.sql$"));
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString &name : dir.entryList(QDir::Files)) {
            const auto match = pattern.match(name);
            if (match.hasMatch())
                found.append({match.captured(1).toInt(), dir.filePath(name)});
        }
        std::sort(found.begin(), found.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return found;
    }();
    return list;
}

} // namespace

int Database::latestSchemaVersion() {
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<Database> Database::open(const QString &path, Mode mode) {
    if (mode == Mode::ReadWrite) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            return Error::make(Error::Kind::Io,
                               QStringLiteral("Cannot create the folder “%1” for the library.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
    }

    sqlite3 *handle = nullptr;
    const int flags = (mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                               : SQLITE_OPEN_READONLY)
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    Database db(handle, path);
    if (rc != SQLITE_OK)
        return db.lastError(
            QStringLiteral("Opening the library “%1”").arg(QDir::toNativeSeparators(path)));
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, 5000);

    if (auto configured = db.configure(mode); !configured)
        return configured.error();
    return db;
}

Result<void> Database::configure(Mode mode) {
    // Read the version before anything that writes: a database from a newer Refrain, or a file
    // that is not a database at all, must be left exactly as it is.
    const auto version = userVersion();
    if (!version)
        return version.error();
    const int latest = latestSchemaVersion();
    if (version.value() > latest) {
        return Error::make(
            Error::Kind::NewerVersion,
            QStringLiteral("The library “%1” was written by a newer version of Refrain (schema %2; "
                           "this version knows up to %3). It has not been changed. Update Refrain, "
                           "or start it with another --profile.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(version.value())
                .arg(latest));
    }

    if (mode == Mode::ReadOnly) {
        if (version.value() < latest) {
            return Error::make(Error::Kind::Invalid,
                               QStringLiteral("The library “%1” has not been upgraded yet.")
                                   .arg(QDir::toNativeSeparators(m_path)));
        }
        return execute("PRAGMA foreign_keys = ON");
    }

    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"}) {
        if (auto done = execute(pragma); !done)
            return done;
    }
    return migrate();
}

Result<void> Database::migrate() {
    const auto current = userVersion();
    if (!current)
        return current.error();
    const auto list = migrations();
    if (list.isEmpty() || current.value() >= list.last().version)
        return {};

    return transaction([&]() -> Result<void> {
        for (const Migration &migration : list) {
            if (migration.version <= current.value())
                continue;
            QFile file(migration.path);
            if (!file.open(QIODevice::ReadOnly)) {
                return Error::make(
                    Error::Kind::Internal,
                    QStringLiteral("Missing schema migration %1.").arg(migration.path));
            }
            const QByteArray sql = file.readAll();
            char *message = nullptr;
            if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
                const QString detail = QString::fromUtf8(message);
                sqlite3_free(message);
                return Error::make(Error::Kind::Internal,
                                   QStringLiteral("Upgrading the library to schema %1 failed: %2")
                                       .arg(migration.version)
                                       .arg(detail));
            }
            // PRAGMA takes no bound parameters; the value is our own integer.
            const QByteArray pragma =
                "PRAGMA user_version = " + QByteArray::number(migration.version);
            if (auto done = execute(pragma.constData()); !done)
                return done;
        }
        return {};
    });
}

Result<QString> Database::moveAside(const QString &path) {
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = path + QStringLiteral(".damaged-") + stamp;
    if (QFile::exists(path) && !QFile::rename(path, target)) {
        return Error::make(Error::Kind::Io, QStringLiteral("Could not move “%1” aside to “%2”.")
                                                .arg(QDir::toNativeSeparators(path),
                                                     QDir::toNativeSeparators(target)));
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
    , m_statements(std::make_shared<StatementCache>()) {}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_statements(std::move(other.m_statements)) {}

Database &Database::operator=(Database &&other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_statements = std::move(other.m_statements);
    }
    return *this;
}

Database::~Database() {
    close();
}

void Database::close() {
    // The kept statements go first; a Statement still alive finalizes its own when it ends
    // (close_v2 waits for it).
    if (m_statements)
        m_statements->clear();
    m_statements.reset();
    sqlite3_close_v2(std::exchange(m_db, nullptr));
}

Result<void> Database::execute(const char *sql) {
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        return lastError(QStringLiteral("Using the library"));
    }
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()> &body) {
    if (auto begun = execute("BEGIN IMMEDIATE"); !begun)
        return begun;
    Result<void> outcome = body();
    if (!outcome) {
        (void)execute("ROLLBACK"); // the original error is the one to report
        return outcome;
    }
    if (auto committed = execute("COMMIT"); !committed) {
        (void)execute("ROLLBACK"); // the original error is the one to report
        return committed;
    }
    return {};
}

Result<void> Database::readTransaction(const std::function<Result<void>()> &body) {
    if (auto begun = execute("BEGIN"); !begun)
        return begun;
    Result<void> outcome = body();
    (void)execute(outcome ? "COMMIT" : "ROLLBACK"); // nothing was written either way
    return outcome;
}

Result<int> Database::userVersion() {
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return lastError(QStringLiteral("Reading the library"));
    }
    const int rc = sqlite3_step(stmt);
    const int version = rc == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return lastError(QStringLiteral("Reading the library"));
    return version;
}

qint64 Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

Error Database::lastError(const QString &context) const {
    if (!m_db)
        return Error::make(Error::Kind::Io, context + QStringLiteral(": out of memory."));
    return errorFromHandle(m_db, context + QStringLiteral(" (") + QDir::toNativeSeparators(m_path)
                                     + QLatin1Char(')'));
}

Error Database::errorFromHandle(sqlite3 *db, const QString &context) {
    int code = sqlite3_extended_errcode(db);
    // A full disk is not always SQLITE_FULL: growing the -shm index or opening the -wal fails as
    // a bare "disk I/O error". The OS's own errno tells the user what is really wrong.
    if ((code & 0xff) == SQLITE_IOERR || (code & 0xff) == SQLITE_CANTOPEN) {
        const int os = sqlite3_system_errno(db);
        if (os == ENOSPC
#ifdef EDQUOT
            || os == EDQUOT
#endif
        )
            code = SQLITE_FULL;
    }
    return errorFromCode(code, context, QString::fromUtf8(sqlite3_errmsg(db)));
}

Error Database::errorFromCode(int code, const QString &context, const QString &detail) {
    switch (code & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Error::make(
            Error::Kind::Corrupt,
            context + QStringLiteral(": the library database is damaged (") + detail
                + QStringLiteral("). Refrain has not changed it; move it aside to "
                                 "start a fresh library — the damaged file is kept."));
    case SQLITE_FULL:
        // The write that failed was rolled back as a whole: say that nothing is lost.
        return Error::make(Error::Kind::Io,
                           context
                               + QStringLiteral(": the disk is full. Nothing already saved was "
                                                "lost; free some space and try again."));
    case SQLITE_READONLY:
        // Refrain keeps its -wal and -shm files beside the library, so a read-only folder is
        // as much in the way as a read-only file.
        return Error::make(Error::Kind::Io,
                           context
                               + QStringLiteral(": the library file or its folder is read-only, "
                                                "so Refrain cannot write it. Nothing was changed; "
                                                "check their permissions (")
                               + detail + QStringLiteral(")."));
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::make(Error::Kind::Io,
                           context + QStringLiteral(": ") + detail + QLatin1Char('.'));
    default:
        return Error::make(Error::Kind::Internal,
                           context + QStringLiteral(": ") + detail + QLatin1Char('.'));
    }
}

} // namespace refrain
