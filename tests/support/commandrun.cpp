#include "tests/support/commandrun.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace refrain::test {

CommandRun CommandRun::run(const QString &program, const QStringList &args) {
    return run(program, args, {});
}

CommandRun CommandRun::run(const QString &program, const QStringList &args,
                           const QByteArray &input) {
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    proc.setProcessEnvironment(env);
    proc.start(program, args);
    if (!input.isEmpty())
        proc.write(input);
    proc.closeWriteChannel();
    if (!proc.waitForFinished(60000)) {
        proc.kill();
        return {};
    }
    return {proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1,
            proc.readAllStandardOutput(), proc.readAllStandardError()};
}

QString describeRun(const CommandRun &run) {
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

} // namespace refrain::test
