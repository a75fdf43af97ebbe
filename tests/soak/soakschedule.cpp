#include "tests/soak/soakschedule.h"

#include <algorithm>

namespace refrain::test::soakschedule {

namespace {

constexpr int kFirstListenHour = 7;
constexpr int kLastListenHour = 23;

SoakEvent server(int minute, const FaultMode &mode) {
    SoakEvent e;
    e.minute = minute;
    e.kind = SoakEvent::Kind::ServerMode;
    e.mode = mode;
    return e;
}

SoakEvent statusPage(int minute, const FaultMode &mode) {
    SoakEvent e = server(minute, mode);
    e.kind = SoakEvent::Kind::StatusPageMode;
    return e;
}

SoakEvent feed(int minute, SoakFeed::Phase phase) {
    SoakEvent e;
    e.minute = minute;
    e.kind = SoakEvent::Kind::Feed;
    e.phase = phase;
    return e;
}

SoakEvent network(int minute, bool online) {
    SoakEvent e;
    e.minute = minute;
    e.kind = SoakEvent::Kind::Network;
    e.online = online;
    return e;
}

constexpr int at(int hour, int minute) {
    return hour * 60 + minute;
}

} // namespace

QList<SoakEvent> day() {
    using Phase = SoakFeed::Phase;
    QList<SoakEvent> events = {
        server(at(0, 0), FaultMode::normal()),
        feed(at(0, 0), Phase::Operational),
        // The server goes away in every way a server can.
        server(at(2, 0), FaultMode::refused()),
        server(at(2, 10), FaultMode::normal()),
        server(at(4, 0), FaultMode::serverError(503)),
        server(at(4, 8), FaultMode::normal()),
        server(at(6, 0), FaultMode::blackHole()),
        server(at(6, 7), FaultMode::normal()),
        server(at(8, 0), FaultMode::slow(60)), // real milliseconds: every answer late
        server(at(8, 30), FaultMode::normal()),
        // Down and up four times within the hour: the monitor must call it flapping.
        server(at(10, 0), FaultMode::refused()),
        server(at(10, 6), FaultMode::normal()),
        server(at(10, 12), FaultMode::refused()),
        server(at(10, 18), FaultMode::normal()),
        server(at(10, 24), FaultMode::refused()),
        server(at(10, 30), FaultMode::normal()),
        server(at(10, 36), FaultMode::refused()),
        server(at(10, 42), FaultMode::normal()),
        // The status page: an incident opens, escalates and is resolved.
        feed(at(12, 0), Phase::Degraded),
        feed(at(12, 40), Phase::MajorOutage),
        feed(at(13, 20), Phase::Resolved),
        feed(at(14, 20), Phase::Operational),
        // A maintenance: announced, running (the server answers 503 for part of it), done.
        feed(at(14, 30), Phase::MaintenanceScheduled),
        feed(at(15, 0), Phase::MaintenanceInProgress),
        server(at(15, 10), FaultMode::serverError(503)),
        server(at(15, 40), FaultMode::normal()),
        feed(at(16, 0), Phase::MaintenanceCompleted),
        feed(at(16, 30), Phase::Operational),
        // The laptop loses its network for most of an hour: nothing answers, not even the
        // status page, whose last word goes stale, so the banner says the problem is here.
        network(at(18, 0), false),
        server(at(18, 0), FaultMode::blackHole()),
        statusPage(at(18, 0), FaultMode::blackHole()),
        network(at(18, 50), true),
        server(at(18, 50), FaultMode::normal()),
        statusPage(at(18, 50), FaultMode::normal()),
        // Every third request fails: two answers, one 503, two answers, …
        server(at(20, 0), FaultMode::flapping(2, 1)),
        server(at(20, 30), FaultMode::normal()),
        // The status page itself cannot be read for long enough to go stale.
        statusPage(at(22, 0), FaultMode::refused()),
        statusPage(at(22, 45), FaultMode::normal()),
    };
    for (int hour = kFirstListenHour; hour <= kLastListenHour; ++hour) {
        SoakEvent listen;
        listen.minute = at(hour, 7);
        listen.kind = SoakEvent::Kind::Listen;
        events.append(listen);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const SoakEvent &a, const SoakEvent &b) { return a.minute < b.minute; });
    return events;
}

int listensPerDay() {
    return kLastListenHour - kFirstListenHour + 1;
}

} // namespace refrain::test::soakschedule
