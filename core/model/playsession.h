// PlaySession: remembers where the person left off — the play queue, the current song and how
// far it had played — in the library database, and brings it back at the next start.
#pragma once

#include "core/library/result.h"
#include "core/library/track.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace refrain {

class Database;
class PlaybackEngine;

class PlaySession : public QObject {
    Q_OBJECT
public:
    // One queue entry as saved: its library row, and its source and location for when a later
    // sync gave the same song a new row.
    struct Entry {
        qint64 trackId = 0;
        QString source;
        QString location;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    struct Saved {
        QList<Entry> queue;
        int current = -1;
        qint64 positionMs = 0;
        bool playing = false; // playback was running at the last save
    };
    // The saved queue mapped onto the tracks the library has now.
    struct Restored {
        TrackList tracks;
        int current = -1;
        qint64 positionMs = 0; // 0 when the saved current song is gone
        bool playing = false;
    };
    using RunOnDatabase = std::function<void(std::function<void(Database &)>)>;
    using FindById = std::function<std::optional<Track>(qint64 id)>;
    using FindByLocation =
        std::function<std::optional<Track>(const QString &source, const QString &location)>;

    // While playing, the position is saved this often, so a crash resumes close to it.
    static constexpr int kPositionSaveMs = 10'000;
    // Bursts of queue edits (a drag of many rows) are written once.
    static constexpr int kCoalesceMs = 500;

    PlaySession(PlaybackEngine *engine, RunOnDatabase run, QObject *parent = nullptr);
    ~PlaySession() override;

    // Starts following the engine. Called after the restore, so the empty queue at start does not
    // overwrite what the last run saved.
    void startSaving();
    bool isSaving() const { return m_saving; }
    // Queues a write of the current state on the database thread now (at quit, say).
    void saveNow();
    // Forgets the saved session (resume switched off).
    void clearSaved();

    static Result<Saved> load(Database &db);
    // Writes the state; the queue too when given. One transaction: a kill leaves either the old
    // or the new session, never a mix.
    static Result<void> store(Database &db, const std::optional<QList<Entry>> &queue,
                              const Saved &state, qint64 savedAtMs);
    static Result<void> clear(Database &db);
    // Entries whose song is gone are dropped; when the current one is, the next that is left
    // becomes current and starts from the top.
    static Restored resolve(const Saved &saved, const FindById &byId,
                            const FindByLocation &byLocation);

private:
    void schedule();
    Saved snapshot() const;

    PlaybackEngine *m_engine;
    RunOnDatabase m_run;
    QTimer m_coalesce;
    QTimer m_positionTimer;
    bool m_saving = false;
    bool m_queueDirty = true;
};

} // namespace refrain
