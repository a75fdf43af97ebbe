#include "core/model/listenrecorder.h"

#include "core/history/listenstore.h"
#include "core/library/database.h"
#include "core/library/statement.h"
#include "core/service/catalogmirror.h"
#include "core/service/request/clock.h"

#include <QPointer>
#include <QTimeZone>

namespace refrain {

namespace {

// The played time of a stored listen, once the play is over. Runs on the database thread.
Result<void> updatePlayed(Database &db, qint64 id, qint64 playedMs) {
    auto update =
        Statement::prepare(db, "UPDATE listens SET played_ms = MAX(played_ms, ?1) WHERE id = ?2");
    if (!update)
        return update.error();
    update.value().bind(1, playedMs).bind(2, id);
    return update.value().run();
}

} // namespace

ListenRecorder::ListenRecorder(DatabaseRunner runner, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_clock(clock) {}

ListenRecorder::~ListenRecorder() = default;

void ListenRecorder::attach(PlaybackEngine *engine) {
    connect(engine, &PlaybackEngine::currentTrackChanged, this, &ListenRecorder::onTrackChanged);
    connect(engine, &PlaybackEngine::stateChanged, this, &ListenRecorder::onState);
    connect(engine, &PlaybackEngine::positionChanged, this, &ListenRecorder::onPosition);
    connect(engine, &PlaybackEngine::durationChanged, this, &ListenRecorder::onDuration);
}

void ListenRecorder::onTrackChanged(const Track &track) {
    finishCurrent();
    m_track = track;
    m_active = track.id != 0 || !track.location.isEmpty();
    m_startedAt = {};
    m_lastPosition = -1;
    m_playedMs = 0;
    m_durationMs = track.durationMs;
    m_counted = false;
    m_storedId = std::make_shared<qint64>(0);
}

void ListenRecorder::onState(PlaybackEngine::State state) {
    m_playing = state == PlaybackEngine::State::Playing;
    if (state == PlaybackEngine::State::Stopped)
        finishCurrent();
    else if (m_playing && !m_active && !m_track.location.isEmpty())
        onTrackChanged(Track(m_track)); // played again after a stop: a new play
}

void ListenRecorder::onDuration(qint64 durationMs) {
    // The file knows its length better than a tag or a server's list.
    if (m_active && durationMs > 0)
        m_durationMs = durationMs;
}

void ListenRecorder::onPosition(qint64 positionMs) {
    if (!m_active || !m_playing) {
        m_lastPosition = positionMs;
        return;
    }
    if (!m_startedAt.isValid())
        m_startedAt = m_clock->wallNow().toUTC().addMSecs(-std::max<qint64>(0, positionMs));
    if (m_lastPosition >= 0) {
        const qint64 step = positionMs - m_lastPosition;
        if (step > 0 && step <= kSeekJumpMs)
            m_playedMs += step;
    }
    m_lastPosition = positionMs;
    if (!m_counted && countsAsListen(m_durationMs, m_playedMs))
        storeCounted();
}

Listen ListenRecorder::listenNow() const {
    Listen listen;
    listen.artist = m_track.displayArtist();
    listen.title = m_track.title.isEmpty() ? m_track.fileName : m_track.title;
    listen.album = m_track.album;
    listen.trackId = m_track.id;
    if (const auto song = CatalogMirror::parseLocation(m_track.location)) {
        listen.serverId = song->first;
        listen.songId = song->second;
    }
    listen.startedAt = m_startedAt.isValid() ? m_startedAt : m_clock->wallNow().toUTC();
    listen.utcOffsetSeconds = QTimeZone::systemTimeZone().offsetFromUtc(listen.startedAt);
    listen.playedMs = m_playedMs;
    listen.durationMs = m_durationMs;
    listen.origin = QString::fromLatin1(listenorigin::kHere);
    return listen;
}

void ListenRecorder::storeCounted() {
    m_counted = true;
    Listen listen = listenNow();
    listen.counted = true;
    const QStringList targets = m_targets ? m_targets(m_track) : QStringList();
    m_runner([listen, targets, stored = m_storedId,
              self = QPointer<ListenRecorder>(this)](Database &db) {
        ListenStore store(db);
        auto result = store.record(listen, targets);
        if (result)
            *stored = result.value().id; // read on this thread only, by later jobs
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, result = std::move(result)]() {
            if (!self)
                return;
            if (result)
                Q_EMIT self->listenRecorded(result.value());
            else
                Q_EMIT self->failed(result.error().message);
        });
    });
}

void ListenRecorder::finishCurrent() {
    if (!m_active)
        return;
    m_active = false;
    if (m_counted) {
        // The counted row is written by a job queued before this one, on the same thread.
        m_runner([played = m_playedMs, stored = m_storedId](Database &db) {
            if (*stored)
                (void)updatePlayed(db, *stored, played);
        });
        return;
    }
    if (m_playedMs < kShortestPlayMs)
        return;
    Listen listen = listenNow();
    listen.counted = false;
    m_runner([listen, self = QPointer<ListenRecorder>(this)](Database &db) {
        ListenStore store(db);
        auto result = store.record(listen, {});
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, result = std::move(result)]() {
            if (self && !result)
                Q_EMIT self->failed(result.error().message);
        });
    });
}

void ListenRecorder::flush() {
    finishCurrent();
}

} // namespace refrain
