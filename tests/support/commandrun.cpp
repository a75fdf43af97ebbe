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

} // namespace refrain::test
