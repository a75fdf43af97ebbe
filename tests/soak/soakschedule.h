// soakschedule: one simulated day of trouble, the same every day so that one day can be
// compared with the next — the Subsonic server refusing, failing with 503, black-holed, slow,
// flapping by the minute and by the request; the status page going degraded, major outage,
// resolved, announcing and running a maintenance, and being unreadable for a while; the
// computer losing its network; and a listen every hour for the scrobbler to deliver.
#pragma once

#include "tests/soak/soakfeed.h"
#include "tests/support/httpserver/faultmode.h"

#include <QList>

namespace refrain::test {

struct SoakEvent {
    enum class Kind {
        ServerMode,     // the Subsonic server behaves as `mode` from now on
        StatusPageMode, // the status page server behaves as `mode`
        Feed,           // the status page's document turns to `phase`
        Network,        // the OS reports the network as `online` or not
        Listen,         // a song just played for 200 s: one listen to record and scrobble
    };

    int minute = 0; // of the simulated day, 0 … 1439
    Kind kind = Kind::ServerMode;
    FaultMode mode;
    SoakFeed::Phase phase = SoakFeed::Phase::Operational;
    bool online = true;
};

namespace soakschedule {

// The day's events in time order. Every day ends with everything working for hours, so the
// queues drain and the day's last state is "operational".
QList<SoakEvent> day();
// How many listens one day records.
int listensPerDay();

} // namespace soakschedule

} // namespace refrain::test
