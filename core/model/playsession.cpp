#include "core/model/playsession.h"

#include "core/library/database.h"
#include "core/library/statement.h"
#include "core/playback/playbackengine.h"

#include <QDateTime>

namespace refrain {

PlaySession::PlaySession(PlaybackEngine *engine, RunOnDatabase run, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_run(std::move(run)) {
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &PlaySession::saveNow);
    m_positionTimer.setInterval(kPositionSaveMs);
    connect(&m_positionTimer, &QTimer::timeout, this, &PlaySession::saveNow);
}

PlaySession::~PlaySession() = default;

void PlaySession::startSaving() {
    if (m_saving)
        return;
    m_saving = true;
    connect(m_engine, &PlaybackEngine::queueChanged, this, [this] {
        m_queueDirty = true;
        schedule();
    });
    connect(m_engine, &PlaybackEngine::currentTrackChanged, this, &PlaySession::schedule);
    connect(m_engine, &PlaybackEngine::stateChanged, this, [this](PlaybackEngine::State state) {
        if (state == PlaybackEngine::State::Playing)
            m_positionTimer.start();
        else
            m_positionTimer.stop();
        schedule();
    });
    if (m_engine->state() == PlaybackEngine::State::Playing)
        m_positionTimer.start();
    schedule();
}

void PlaySession::schedule() {
    if (m_saving && !m_coalesce.isActive())
        m_coalesce.start();
}

PlaySession::Saved PlaySession::snapshot() const {
    Saved saved;
    const PlayQueue &queue = m_engine->queue();
    saved.queue.reserve(queue.size());
    for (const Track &track : queue.tracks())
        saved.queue.append({track.id, track.source, track.location});
    saved.current = queue.currentIndex();
    saved.positionMs = saved.current >= 0 ? m_engine->position() : 0;
    saved.playing = m_engine->state() == PlaybackEngine::State::Playing;
    return saved;
}

void PlaySession::saveNow() {
    if (!m_saving)
        return;
    m_coalesce.stop();
    Saved state = snapshot();
    std::optional<QList<Entry>> queue;
    if (std::exchange(m_queueDirty, false))
        queue = std::move(state.queue);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_run([queue = std::move(queue), state = std::move(state), now](Database &db) {
        if (const auto stored = store(db, queue, state, now); !stored)
            qWarning("refrain: could not save the play queue: %s",
                     qPrintable(stored.error().message));
    });
}

void PlaySession::clearSaved() {
    m_run([](Database &db) { (void)clear(db); });
}

Result<PlaySession::Saved> PlaySession::load(Database &db) {
    Saved saved;
    auto rows = Statement::prepare(
        db, "SELECT track_id, source, location FROM resume_queue ORDER BY position");
    if (!rows)
        return rows.error();
    for (;;) {
        const Statement::Step step = rows.value().step();
        if (step == Statement::Step::Failed)
            return rows.value().error(QStringLiteral("reading the saved queue"));
        if (step == Statement::Step::Done)
            break;
        saved.queue.append({rows.value().int64(0), rows.value().text(1), rows.value().text(2)});
    }
    auto state = Statement::prepare(
        db, "SELECT current, position_ms, playing FROM resume_state WHERE id = 1");
    if (!state)
        return state.error();
    if (state.value().step() == Statement::Step::Row) {
        saved.current = state.value().integer(0);
        saved.positionMs = std::max<qint64>(0, state.value().int64(1));
        saved.playing = state.value().integer(2) != 0;
    }
    if (saved.current >= saved.queue.size())
        saved.current = -1;
    return saved;
}

Result<void> PlaySession::store(Database &db, const std::optional<QList<Entry>> &queue,
                                const Saved &state, qint64 savedAtMs) {
    return db.transaction([&]() -> Result<void> {
        if (queue) {
            if (auto cleared = db.execute("DELETE FROM resume_queue"); !cleared)
                return cleared;
            auto insert = Statement::prepare(
                db, "INSERT INTO resume_queue(position, track_id, source, location) "
                    "VALUES (?1, ?2, ?3, ?4)");
            if (!insert)
                return insert.error();
            for (qsizetype i = 0; i < queue->size(); ++i) {
                const Entry &entry = queue->at(i);
                insert.value().bind(1, qint64(i)).bind(2, entry.trackId);
                insert.value().bind(3, entry.source).bind(4, entry.location);
                if (auto ran = insert.value().run(); !ran)
                    return ran;
            }
        }
        auto upsert = Statement::prepare(
            db, "INSERT INTO resume_state(id, current, position_ms, playing, saved_at) "
                "VALUES (1, ?1, ?2, ?3, ?4) ON CONFLICT(id) DO UPDATE SET current = "
                "excluded.current, position_ms = excluded.position_ms, playing = "
                "excluded.playing, saved_at = excluded.saved_at");
        if (!upsert)
            return upsert.error();
        upsert.value().bind(1, state.current).bind(2, state.positionMs);
        upsert.value().bind(3, state.playing ? 1 : 0).bind(4, savedAtMs);
        return upsert.value().run();
    });
}

Result<void> PlaySession::clear(Database &db) {
    return db.transaction([&]() -> Result<void> {
        if (auto queue = db.execute("DELETE FROM resume_queue"); !queue)
            return queue;
        return db.execute("DELETE FROM resume_state");
    });
}

PlaySession::Restored PlaySession::resolve(const Saved &saved, const FindById &byId,
                                           const FindByLocation &byLocation) {
    Restored restored;
    bool currentKept = false;
    for (qsizetype i = 0; i < saved.queue.size(); ++i) {
        const Entry &entry = saved.queue.at(i);
        std::optional<Track> track = byId(entry.trackId);
        // The row may now be another song (ids are reused after a delete): only the same
        // source and location count.
        if (track && (track->source != entry.source || track->location != entry.location))
            track.reset();
        if (!track)
            track = byLocation(entry.source, entry.location);
        if (!track)
            continue;
        if (i == saved.current) {
            restored.current = int(restored.tracks.size());
            currentKept = true;
        } else if (i > saved.current && restored.current < 0 && saved.current >= 0) {
            restored.current = int(restored.tracks.size()); // the next one left
        }
        restored.tracks.append(*track);
    }
    if (restored.current < 0 && !restored.tracks.isEmpty() && saved.current >= 0)
        restored.current = int(restored.tracks.size()) - 1; // everything after it went
    if (restored.tracks.isEmpty())
        restored.current = -1;
    restored.positionMs = currentKept ? saved.positionMs : 0;
    restored.playing = saved.playing && restored.current >= 0;
    return restored;
}

} // namespace refrain
