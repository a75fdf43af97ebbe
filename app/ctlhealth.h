// refrainctl health: one evaluation of every health signal — this computer's network, each
// configured server, their status pages (or the one given with --status-url) — printed as the
// HealthState the window's banner would show. Its exit status tells scripts the level.
#pragma once

#include "app/ctlcommon.h"

namespace refrain::ctl {

struct HealthOptions {
    QString statusUrl; // --status-url: read this status page (instead of the server's own)
    QString server;    // --server: only this server
};

// Exit status: 0 operational; 1 degraded, partial or major outage, maintenance; 2 offline or
// unknown (and usage errors); 3 the library database could not be used.
int runHealth(const Context &ctx, const HealthOptions &options);

} // namespace refrain::ctl
