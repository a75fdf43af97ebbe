// DemoStatusPage: the demo service's published status — an Atlassian Statuspage v2 summary
// (/api/v2/summary.json) that says what the current DemoMode means, as a real provider's page
// would, so Refrain's banner has a status page to quote.
//
// Thread-safe: the mode is set on the main thread while the status server's thread answers.
#pragma once

#include "tests/support/demo/demomode.h"
#include "tests/support/httpserver/httpexchange.h"

#include <QByteArray>
#include <QDateTime>

#include <memory>

namespace refrain::test {

class DemoStatusPage {
public:
    DemoStatusPage();

    // From `since` on, the page describes `mode`; a maintenance window runs for an hour from
    // ten minutes before `since` (on a whole minute).
    void setMode(DemoMode mode, const QDateTime &since);
    // Seconds until the current maintenance window ends (0 outside maintenance): what the API's
    // Retry-After says.
    int secondsUntilMaintenanceEnds(const QDateTime &now) const;

    // The summary document for the current mode.
    QByteArray summary() const;
    // Answers /api/v2/summary.json (and /summary.json) with summary(); 404 for anything else.
    // The handler shares this page's state and may outlive it.
    HttpHandler handler() const;

    // What the page would say in `mode` since `since`, without touching any state.
    static QByteArray summaryFor(DemoMode mode, const QDateTime &since);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace refrain::test
