// CrashHarness: kills a real refrainctl with SIGKILL at random moments of a piece of work and
// gives the crash tests what they check afterwards — the seeded kill times (reproducible with
// REFRAIN_CRASH_SEED), the number of kills (REFRAIN_CRASH_KILLS), and a look into the database
// that leaves the crashed state exactly as the next start will find it.
#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace refrain::test {

// One run of a program: killed on purpose, or finished on its own.
struct ProcessRun {
    bool killed = false;   // SIGKILLed by us while it was still working
    bool finished = false; // ended on its own (exitCode is then meaningful)
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;

    QString describe() const; // "exit 1 / stdout … / stderr …" for a failed check
};

class CrashHarness {
public:
    // Reads REFRAIN_CRASH_SEED (default: a fresh random seed) and REFRAIN_CRASH_KILLS (default
    // 50) and prints both with the line that reproduces this run.
    explicit CrashHarness(const char *workload);

    quint32 seed() const { return m_seed; }
    int kills() const { return m_kills; }

    // A kill time drawn uniformly from [0, durationMs): anywhere in an unkilled run.
    int nextKillMs(qint64 durationMs);
    // "scan: seed 42, kill 7 at 153 ms (REFRAIN_CRASH_SEED=42 to repeat)": for failure messages.
    QString where(int kill, int atMs) const;

    // Starts program with args (and input on stdin), SIGKILLs it after killAfterMs if it is still
    // running (killAfterMs < 0: lets it finish, up to two minutes).
    static ProcessRun run(const QString &program, const QStringList &args, int killAfterMs = -1,
                          const QByteArray &input = {});

private:
    const char *m_workload;
    quint32 m_seed = 0;
    int m_kills = 50;
    QRandomGenerator m_rng;
};

// The database file as a crashed process left it, read without changing it: the WAL is read but
// neither checkpointed nor removed on close, so the restart replays exactly what the kill left.
class CrashedDatabase {
public:
    explicit CrashedDatabase(const QString &path);
    ~CrashedDatabase();
    CrashedDatabase(const CrashedDatabase &) = delete;
    CrashedDatabase &operator=(const CrashedDatabase &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString openError() const { return m_openError; }
    // PRAGMA integrity_check's answer joined into one line: "ok" when the file is sound.
    QString integrity();
    // Every row of a query, each as its columns joined by '\t'; errors come back as one row
    // starting with "error: ".
    QStringList rows(const char *sql);
    qint64 number(const char *sql); // the first column of the first row; -1 on error
    bool hasTable(const char *name);

private:
    sqlite3 *m_db = nullptr;
    QString m_openError;
};

// Recursively copies a folder (a prepared profile) so each kill starts from the same state.
bool copyTree(const QString &from, const QString &to);
// Files under dir whose name ends with suffix, relative to dir.
QStringList filesUnder(const QString &dir, const QString &suffix = {});
// Where each different entry of a list is, for messages: "3 more than expected: a, b, c".
QString setDifference(const QSet<QString> &actual, const QSet<QString> &expected);

} // namespace refrain::test
