#include "tests/crash/crashharness.h"

#include <sqlite3.h>

#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>

namespace refrain::test {

QString ProcessRun::describe() const {
    return QStringLiteral("%1 after %2 ms\nstdout: %3\nstderr: %4")
        .arg(killed ? QStringLiteral("killed")
                    : (finished ? QStringLiteral("exit %1").arg(exitCode)
                                : QStringLiteral("crashed or hung")))
        .arg(elapsedMs)
        .arg(QString::fromUtf8(out.right(2000)), QString::fromUtf8(err.right(2000)));
}

CrashHarness::CrashHarness(const char *workload)
    : m_workload(workload) {
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("REFRAIN_CRASH_SEED").toUInt(&ok);
    // A fresh seed by default, so every run explores other moments; printed so any failure can
    // be repeated.
    m_seed = ok ? fromEnv : QRandomGenerator::system()->generate();
    const int kills = qEnvironmentVariable("REFRAIN_CRASH_KILLS").toInt(&ok);
    if (ok && kills > 0)
        m_kills = kills;
    m_rng.seed(m_seed);
    qInfo().noquote() << QStringLiteral("%1: %2 kills, seed %3 (REFRAIN_CRASH_SEED=%3 "
                                        "REFRAIN_CRASH_KILLS=%2 to repeat)")
                             .arg(QLatin1String(m_workload))
                             .arg(m_kills)
                             .arg(m_seed);
}

int CrashHarness::nextKillMs(qint64 durationMs) {
    return int(m_rng.bounded(quint32(std::max<qint64>(1, durationMs))));
}

QString CrashHarness::where(int kill, int atMs) const {
    return QStringLiteral("%1: seed %2, kill %3 at %4 ms (REFRAIN_CRASH_SEED=%2 to repeat): ")
        .arg(QLatin1String(m_workload))
        .arg(m_seed)
        .arg(kill)
        .arg(atMs);
}

ProcessRun CrashHarness::run(const QString &program, const QStringList &args, int killAfterMs,
                             const QByteArray &input) {
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // No keychain daemon answers here: secrets go to the profile's owner-only file.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/refrain-crash-bus"));
    proc.setProcessEnvironment(env);
    ProcessRun result;
    QElapsedTimer timer;
    timer.start();
    proc.start(program, args);
    if (!proc.waitForStarted(30'000))
        return result;
    if (!input.isEmpty())
        proc.write(input);
    proc.closeWriteChannel();
    const int budget = killAfterMs < 0 ? 120'000 : std::max(0, killAfterMs - int(timer.elapsed()));
    const bool ended = proc.waitForFinished(budget);
    if (!ended) {
        proc.kill(); // SIGKILL: no destructor, no flush, no rollback runs
        proc.waitForFinished(30'000);
        result.killed = killAfterMs >= 0;
    } else {
        result.finished = proc.exitStatus() == QProcess::NormalExit;
        result.exitCode = result.finished ? proc.exitCode() : -1;
    }
    result.elapsedMs = timer.elapsed();
    result.out = proc.readAllStandardOutput();
    result.err = proc.readAllStandardError();
    return result;
}

CrashedDatabase::CrashedDatabase(const QString &path) {
    if (!QFileInfo::exists(path)) {
        m_openError = QStringLiteral("no database file");
        return;
    }
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        m_openError = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    // Closing the last connection would fold the WAL into the file and delete it: the restart
    // must find the WAL the kill left behind, so this connection never checkpoints.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_busy_timeout(m_db, 10'000);
}

CrashedDatabase::~CrashedDatabase() {
    if (m_db)
        sqlite3_close(m_db);
}

QStringList CrashedDatabase::rows(const char *sql) {
    if (!m_db)
        return {QStringLiteral("error: ") + m_openError};
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return {QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(m_db))};
    QStringList out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList columns;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i)
            columns.append(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)),
                                  sqlite3_column_bytes(stmt, i)));
        out.append(columns.join(QLatin1Char('\t')));
    }
    if (rc != SQLITE_DONE)
        out.append(QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    sqlite3_finalize(stmt);
    return out;
}

qint64 CrashedDatabase::number(const char *sql) {
    const QStringList found = rows(sql);
    bool ok = false;
    const qint64 n = found.value(0).section(QLatin1Char('\t'), 0, 0).toLongLong(&ok);
    return ok ? n : -1;
}

QString CrashedDatabase::integrity() {
    return rows("PRAGMA integrity_check").join(QStringLiteral("; "));
}

bool CrashedDatabase::hasTable(const char *name) {
    if (!m_db)
        return false;
    return sqlite3_table_column_metadata(m_db, nullptr, name, nullptr, nullptr, nullptr, nullptr,
                                         nullptr, nullptr)
           == SQLITE_OK;
}

bool copyTree(const QString &from, const QString &to) {
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    const QDir source(from);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(source.relativeFilePath(path));
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        } else {
            // Keep the owner-only secrets file owner-only.
            QFile::setPermissions(target, it.fileInfo().permissions());
        }
    }
    return true;
}

QStringList filesUnder(const QString &dir, const QString &suffix) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (suffix.isEmpty() || path.endsWith(suffix))
            out.append(QDir(dir).relativeFilePath(path));
    }
    out.sort();
    return out;
}

QString setDifference(const QSet<QString> &actual, const QSet<QString> &expected) {
    QStringList extra = QSet<QString>(actual).subtract(expected).values();
    QStringList missing = QSet<QString>(expected).subtract(actual).values();
    extra.sort();
    missing.sort();
    QString out;
    if (!missing.isEmpty())
        out += QStringLiteral("%1 missing: %2. ")
                   .arg(missing.size())
                   .arg(missing.mid(0, 5).join(QStringLiteral(", ")));
    if (!extra.isEmpty())
        out += QStringLiteral("%1 unexpected: %2. ")
                   .arg(extra.size())
                   .arg(extra.mid(0, 5).join(QStringLiteral(", ")));
    return out;
}

} // namespace refrain::test
