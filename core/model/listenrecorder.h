// ListenRecorder: watches the playback engine and writes every play into history — as soon as
// a play passes the Last.fm rule it is stored (so a crash cannot lose it) and owes its scrobbles;
// when the track ends, the time actually played is filled in. Plays that never counted are kept
// as plays. Lives on the UI thread; the writes run on the database thread.
#pragma once

#include "core/history/listen.h"
#include "core/library/track.h"
#include "core/playback/playbackengine.h"

#include <QObject>

#include <functional>

namespace refrain {

class Clock;
class Database;

class ListenRecorder : public QObject {
    Q_OBJECT
public:
    using DatabaseRunner = std::function<void(std::function<void(Database &)>)>;
    // The scrobble targets a counted listen of this track owes ("server:<id>", "listenbrainz").
    using TargetsFor = std::function<QStringList(const Track &)>;

    ListenRecorder(DatabaseRunner runner, const Clock *clock, QObject *parent = nullptr);
    ~ListenRecorder() override;

    void setTargets(TargetsFor targets) { m_targets = std::move(targets); }
    // Follows the engine's signals from now on.
    void attach(PlaybackEngine *engine);
    // Ends the play in progress (the app quits): what was heard so far is kept. The write is
    // queued on the database thread like every other.
    void flush();

    // Played time of the play in progress (for tests and the now-playing tooltip).
    qint64 playedMs() const { return m_playedMs; }

    void onTrackChanged(const Track &track);
    void onState(PlaybackEngine::State state);
    void onPosition(qint64 positionMs);
    void onDuration(qint64 durationMs);

Q_SIGNALS:
    // A play passed the rule and was stored (listen.id set), or a finished play was written.
    void listenRecorded(const refrain::Listen &listen);
    void failed(const QString &message);

private:
    // A position jump larger than this is a seek, not listening.
    static constexpr qint64 kSeekJumpMs = 3'000;
    // Shorter plays are a flick through the queue, not worth a row.
    static constexpr qint64 kShortestPlayMs = 1'000;

    void finishCurrent();
    void storeCounted();
    Listen listenNow() const;

    DatabaseRunner m_runner;
    const Clock *m_clock;
    TargetsFor m_targets;
    Track m_track;
    bool m_active = false;
    bool m_playing = false;
    QDateTime m_startedAt;
    qint64 m_lastPosition = -1;
    qint64 m_playedMs = 0;
    qint64 m_durationMs = 0;
    bool m_counted = false; // stored as counted already; its row id arrives as m_storedId
    // The row the counted play was stored as; shared with the database thread's callback,
    // which may answer after the play moved on.
    std::shared_ptr<qint64> m_storedId;
};

} // namespace refrain
