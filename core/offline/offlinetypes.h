// The vocabulary of offline listening: what can be pinned, the settings that bound it, one
// download as the manager works on it, a row of the Downloads view, and Essentials' readiness.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace refrain {

enum class PinKind { Essentials, Playlist, ServerPlaylist, Album, Artist };

QString pinKindKey(PinKind kind); // "essentials", "playlist", "server_playlist", "album", "artist"
std::optional<PinKind> pinKindFromKey(const QString &key);

// Something the user keeps available offline: its songs are the pin's desired set.
struct OfflinePin {
    qint64 id = 0;
    PinKind kind = PinKind::Essentials;
    QString source; // "local" or a server id; empty for Essentials
    QString ref;    // playlist id, album id (server) or "artist\x1falbum" (local), artist id/name
    QString name;
    qint64 createdAtMs = 0;
    qint64 syncedAtMs = 0; // 0: never resolved
    // As last resolved: songs, how many can play offline now, their length and stored bytes.
    int tracks = 0;
    int ready = 0;
    int pending = 0;
    qint64 durationMs = 0;
    qint64 readyDurationMs = 0;
    qint64 bytes = 0;
};

// Shared by the app and refrainctl (stored in the database).
struct OfflineSettings {
    double essentialsHours = 10.0; // 0: no limit by length
    double essentialsGb = 0.0;     // 0: no limit by size
    double quotaGb = 0.0;          // every offline file together; 0: no quota (disk space only)
    int parallel = 3;
    double cacheGb = 1.0; // the stream cache (least recently used goes first); 0: off
    int prefetch = 3;     // next tracks of the queue fetched ahead while the service is healthy

    qint64 quotaBytes() const { return qint64(quotaGb * 1e9); }
    qint64 cacheBytes() const { return qint64(cacheGb * 1e9); }
    friend bool operator==(const OfflineSettings &, const OfflineSettings &) = default;
};

// Priorities: higher first. A user's "download next" goes above all of them.
inline constexpr int kPriorityCache = 0;
inline constexpr int kPriorityPrefetch = 5;
inline constexpr int kPriorityPinned = 10;
inline constexpr int kPriorityEssentials = 20;
inline constexpr int kPriorityUrgent = 50; // Essentials before a maintenance window

// One file the manager downloads: from the queue, with what verification expects.
struct DownloadJob {
    qint64 fileId = 0;
    qint64 trackId = 0;
    QString serverId;
    QString songId;
    QString path; // relative to the offline folder
    QString suffix;
    QString title;
    QString artist;
    qint64 expectedSize = 0;
    qint64 expectedMs = 0;
    QByteArray checksum; // SHA-256 hex the server sent earlier, if any
    int priority = 0;
    int attempts = 0;
};

// A row of the Downloads view.
struct DownloadRow {
    enum class State { Queued, Downloading, Paused, Failed, Verified };
    qint64 fileId = 0;
    qint64 trackId = 0;
    QString title;
    QString artist;
    QString album;
    State state = State::Queued;
    bool pinned = true;
    int priority = 0;
    qint64 expectedSize = 0;
    qint64 doneBytes = 0; // on disk so far (.part) or the verified size
    QString error;
};

// How ready Emergency Essentials (and offline storage as a whole) is.
struct Readiness {
    int essentialsTracks = 0;
    int essentialsReady = 0;
    qint64 essentialsMs = 0;
    qint64 essentialsReadyMs = 0; // playable without a network: local files and verified copies
    qint64 essentialsReadyBytes = 0;
    int essentialsPending = 0;
    int pending = 0; // every queued download
    int failed = 0;
    int verifiedFiles = 0;
    qint64 verifiedBytes = 0;
    qint64 lastSyncMs = 0; // the last time the pins were resolved; 0 never
    double readyHours() const { return double(essentialsReadyMs) / 3'600'000.0; }
};

// "Essentials ready: 11.2 h verified · 3 downloading".
QString readinessText(const Readiness &readiness);
// A length of music as readiness says it: "11.2 h", or "40 min" below an hour.
QString musicLengthText(qint64 ms);

} // namespace refrain

Q_DECLARE_METATYPE(refrain::Readiness)
