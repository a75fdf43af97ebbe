// refrainctl offline and readiness: what is kept offline, downloading it, checking it, and how
// ready Emergency Essentials is — for scripts and for people without the window.
#pragma once

#include "app/ctlcommon.h"

namespace refrain::ctl {

struct OfflineOptions {
    QString playlist;
    QString album;
    QString artist;
    bool essentials = false;
    QString pinId;
    // offline settings: empty when not given
    QString essentialsHours;
    QString essentialsGb;
    QString quotaGb;
    QString parallel;
    QString cacheGb;
};

// offline pin|unpin|list|pick|unpick|sync|verify|status|settings
int runOffline(const Context &ctx, const OfflineOptions &options);
// readiness: exit 0 when Essentials is not empty and every song of it can play offline, else 1.
int runReadiness(const Context &ctx);

} // namespace refrain::ctl
