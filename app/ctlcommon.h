// The pieces every refrainctl command shares: exit codes, output streams, the profile and
// arguments a command runs with, and opening the library database with a clear message.
#pragma once

#include "app/profile.h"
#include "core/library/database.h"

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace refrain::ctl {

// Exit status: 0 success; 1 finished with problems; 2 usage error; 3 the library database could
// not be used. Scripts depend on these: extend, never renumber.
enum ExitCode { kOk = 0, kProblems = 1, kUsage = 2, kDatabase = 3 };

QTextStream &out();
QTextStream &err();
bool stderrIsTerminal();
void printJson(const QJsonDocument &doc);

struct Context {
    Profile profile;
    bool json = false;
    QStringList args; // after the command name
};

// Opens (creating or upgrading) the profile's database; prints why not and returns kDatabase.
int openDatabase(const Context &ctx, std::optional<Database> &db);

} // namespace refrain::ctl
