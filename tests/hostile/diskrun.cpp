#include "tests/hostile/diskrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace refrain::test {

namespace {

ProcessRun runProcess(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env, const QByteArray &input) {
    QProcess proc;
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
    if (!proc.waitForFinished(120'000)) {
        proc.kill();
        proc.waitForFinished(30'000);
    } else {
        result.finished = proc.exitStatus() == QProcess::NormalExit;
        result.exitCode = result.finished ? proc.exitCode() : -1;
    }
    result.elapsedMs = timer.elapsed();
    result.out = proc.readAllStandardOutput();
    result.err = proc.readAllStandardError();
    return result;
}

QProcessEnvironment baseEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // No keychain daemon answers here: secrets go to the profile's owner-only file.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/refrain-hostile-bus"));
    return env;
}

} // namespace

bool DiskRun::sanitized() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

QString DiskRun::shim() {
    return QStringLiteral(REFRAIN_DISKFULL_LIB);
}

ProcessRun DiskRun::ctl(const QStringList &args, const DiskFull &full, const QByteArray &input) {
    QProcessEnvironment env = baseEnvironment();
    if (!full.dir.isEmpty()) {
        env.insert(QStringLiteral("LD_PRELOAD"), shim());
        env.insert(QStringLiteral("REFRAIN_DISKFULL_DIR"), full.dir);
        env.insert(QStringLiteral("REFRAIN_DISKFULL_BYTES"), QString::number(full.bytes));
        // The sanitizer's runtime insists on being loaded first; the shim only wraps calls the
        // runtime wraps as well, so the order does not matter here.
        if (sanitized()) {
            const QString options = env.value(QStringLiteral("ASAN_OPTIONS"));
            env.insert(QStringLiteral("ASAN_OPTIONS"),
                       (options.isEmpty() ? QString() : options + QLatin1Char(':'))
                           + QStringLiteral("verify_asan_link_order=0"));
        }
    }
    return runProcess(QStringLiteral(REFRAINCTL_PATH), args, env, input);
}

bool DiskRun::canDropPrivileges(QString *why) {
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return true;
    if (QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty()) {
        *why = QStringLiteral("running as root needs runuser to test read-only files");
        return false;
    }
    return true;
#else
    *why = QStringLiteral("file permissions are tested on Unix only");
    return false;
#endif
}

ProcessRun DiskRun::ctlAsUser(const QString &program, const QStringList &args) {
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        return runProcess(runuser,
                          QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                      QStringLiteral("--"), program}
                              + args,
                          baseEnvironment(), {});
    }
#endif
    return runProcess(program, args, baseEnvironment(), {});
}

QStringList DiskRun::fingerprint(const QString &dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QByteArray hash = "unreadable";
        if (file.open(QIODevice::ReadOnly))
            hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        out.append(QDir(dir).relativeFilePath(path) + QLatin1Char('=') + QString::fromLatin1(hash));
    }
    out.sort();
    return out;
}

bool saysDiskFull(const QByteArray &text) {
    const QByteArray lower = text.toLower();
    return lower.contains("is full");
}

bool looksRaw(const QByteArray &text) {
    const QByteArray lower = text.toLower();
    return lower.contains("errno") || lower.contains("sqlite_") || lower.contains("enospc")
           || lower.contains("disk i/o error");
}

} // namespace refrain::test
