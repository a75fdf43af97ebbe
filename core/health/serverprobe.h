// serverHealthTarget: how the health monitor checks a Subsonic server — one `ping` on the
// request layer's Probe component (one try, a short first-byte timeout, no breaker) — and what
// the answer means: it answered, it refused us, something else answered, or nothing did.
#pragma once

#include "core/health/healthmonitor.h"

#include <QPointer>

namespace refrain {

class SubsonicClient;
struct SubsonicCall;

// The target for a server; the probe does nothing once the client is gone.
HealthTarget serverHealthTarget(SubsonicClient *client);
// What a finished ping says about the server, in plain words.
ProbeResult probeResultOf(const SubsonicCall &ping);

} // namespace refrain
