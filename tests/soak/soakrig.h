// SoakRig: simulated days in the life of the running app's long-lived parts, wired as the
// composition root wires them — the real HealthMonitor (server probe, status feed, network
// watch, request telemetry) recording into the incident log on a real SQLite file through a
// database thread, and the Scrobbler draining listens to the same server — against loopback
// servers that misbehave on the daily schedule of soakschedule. Time is a ManualClock stepped
// from one due timer or scheduled event to the next; every probe, status read and scrobble is
// real HTTP. Shared by tst_soak and bench_soak.
#pragma once

#include "core/health/healthmonitor.h"
#include "core/health/incidentlog.h"
#include "core/service/request/manualclock.h"
#include "tests/soak/soakfeed.h"
#include "tests/soak/soakmeter.h"
#include "tests/soak/soakschedule.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

namespace refrain {
class Database;
class NetworkWatch;
class RequestLayer;
class Scrobbler;
class SubsonicClient;
} // namespace refrain

namespace refrain::test {

class FaultServer;

class SoakRig {
public:
    static constexpr qint64 kDayMs = 24 * 3'600'000;

    struct Options {
        QString databasePath;
        incidentlog::Retention retention; // the app's unless a run wants a plateau sooner
        quint32 seed = 5;                 // the monitor's, the layer's and the scrobbler's jitter
    };

    // What one day left behind, measured at its end (midnight, everything settled).
    struct DaySample {
        int day = 0; // 1 after the first day
        qint64 residentBytes = -1;
        int fileDescriptors = -1;
        soakmeter::DatabaseFigures db;
        int layerChildren = 0;  // the request layer's own QObjects: replies, flights, manager
        int networkReplies = 0; // QNetworkReply objects alive anywhere under the layer
        int monitorObjects = 0; // QObjects under the monitor, the scrobbler and the client
        int clockTimers = 0;    // timers waiting on the simulated clock
        int serverRequests = 0; // real HTTP requests so far, to the Subsonic server …
        int statusRequests = 0; // … and to the status page
        int transitions = 0;    // overall level changes so far
        qint64 realMs = 0;      // wall time the day took to simulate

        QJsonObject toJson() const;
    };

    // The monitor's settings for the soak: the app's, with every periodic interval stretched
    // (probes every 5 min instead of 30 s, status reads every 10 min instead of 1 min, failing
    // probes backing off to 60 s instead of 4 s, flap window and hold scaled alike) so a week
    // costs a few thousand real requests rather than thirty thousand. The behaviour per
    // transition — confirmations, hysteresis, flap damping — is the app's.
    static HealthMonitor::Settings monitorSettings(quint32 seed);

    explicit SoakRig(Options options);
    ~SoakRig();
    SoakRig(const SoakRig &) = delete;
    SoakRig &operator=(const SoakRig &) = delete;

    // The servers listen and the database opened.
    bool isReady() const { return m_ready; }
    // Simulates the next day, midnight to midnight. False when an exchange never ended or the
    // database refused a write (why: error()).
    bool runDay();
    DaySample sample();
    int daysRun() const { return m_day; }
    QString error() const { return m_error; }

    const HealthState &state() const;
    // Overall levels the monitor published, and whether it ever called the server flapping.
    bool levelSeen(HealthLevel level) const { return m_levelsSeen.contains(int(level)); }
    bool flappingSeen() const { return m_flappingSeen; }
    int listensRecorded() const { return m_listens; }
    // Scrobbles the server accepted (submission=true), as (song id, time ms).
    QList<QPair<QString, qint64>> scrobbledOnServer() const;
    // Start times (ms) of every listen recorded, with their song ids.
    QList<QPair<QString, qint64>> listensPlayed() const { return m_played; }
    int incidentLogFailures() const { return m_logFailures.load(); }
    QString networkBackend() const { return m_networkBackend; }
    int statusNotModified() const { return m_feed.notModifiedSent(); }

private:
    class DatabaseThread;

    void apply(const SoakEvent &event, const QDateTime &dayStart);
    void recordListen();
    // Every exchange on the wire has ended, except those a black hole holds, and every
    // database job has come back; false when that did not happen within 60 s of real time.
    bool settle();
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    int held();
    // Runs a database job on the database thread, counted so settle() can wait for it.
    void runOnDatabase(std::function<void(Database &)> job);
    void runOnDatabaseAndWait(const std::function<void(Database &)> &job);

    Options m_options;
    bool m_ready = false;
    QString m_error;
    int m_day = 0;
    qint64 m_startMs = 0;
    QDateTime m_wallStart;

    ManualClock m_clock;
    SubsonicContent m_content;
    SoakFeed m_feed;
    std::unique_ptr<FaultServer> m_http;
    std::unique_ptr<FaultServer> m_status;
    // Whether a black hole may still hold exchanges of the server, of the status page.
    std::array<bool, 2> m_held{};
    // Requests each server answered in the days before: their logs are cleared every midnight
    // so that the test servers' own memory does not count as the app's.
    int m_serverRequestsBefore = 0;
    int m_statusRequestsBefore = 0;
    QStringList m_songs;

    std::unique_ptr<DatabaseThread> m_database;
    int m_jobsQueued = 0;
    std::atomic<int> m_jobsDone{0};
    std::atomic<int> m_logFailures{0};
    QObject m_wake; // database jobs post here when done, so a wait wakes at once

    std::unique_ptr<RequestLayer> m_layer;
    std::unique_ptr<SubsonicClient> m_client;
    std::unique_ptr<NetworkWatch> m_network;
    QString m_networkBackend;
    std::unique_ptr<HealthMonitor> m_monitor;
    std::unique_ptr<Scrobbler> m_scrobbler;

    QSet<int> m_levelsSeen; // HealthLevel
    bool m_flappingSeen = false;
    int m_transitions = 0;
    int m_listens = 0;
    qint64 m_lastDayRealMs = 0;
    QList<QPair<QString, qint64>> m_played;
};

} // namespace refrain::test
