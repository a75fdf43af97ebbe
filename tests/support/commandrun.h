// CommandRun: runs one of our programs as a script would — arguments in, exit code and both
// output streams out — headless, for the command-line contract tests.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace refrain::test {

struct CommandRun {
    int exitCode = -1; // -1: crashed or did not finish within a minute
    QByteArray out;
    QByteArray err;

    static CommandRun run(const QString &program, const QStringList &args);
    // The same, with input on standard input (closed after it).
    static CommandRun run(const QString &program, const QStringList &args, const QByteArray &input);
};

// "exit 1 / stdout: … / stderr: …": what a failed check prints about a run.
QString describeRun(const CommandRun &run);

} // namespace refrain::test
