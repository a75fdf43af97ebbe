// refrainctl server …: add, list, test, sync and remove streaming servers from a terminal or a
// script, with the same core the window uses.
#pragma once

#include "app/ctlcommon.h"

namespace refrain::ctl {

// Options only the server commands read.
struct ServerOptions {
    QString name;
    QStringList urls;
    QString user;
    bool passwordStdin = false;
    bool apiKeyStdin = false;
    bool allowPlainPassword = false; // the hex password may cross plain HTTP to a public host
    bool full = false;               // sync: fetch every album again
    QString server;                  // playlist, star, edits: which server (--server)
    QStringList songs;               // playlist create: its songs (--song, repeatable)
    QString statusUrl;               // add: the service's status page (--status-url)
};

int runServer(const Context &ctx, const ServerOptions &options);

} // namespace refrain::ctl
