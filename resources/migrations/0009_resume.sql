-- Schema 9: where the person left off — the play queue, the song that was current and how far
-- it had played — so the next start resumes there.
--
-- A queue entry names its library track and also its source and location: a track row that a
-- later sync made again (a server's song) is found by those instead.

CREATE TABLE resume_queue (
    position    INTEGER PRIMARY KEY,       -- 0-based place in the queue
    track_id    INTEGER NOT NULL,
    source      TEXT NOT NULL,             -- "local" or a server identity
    location    TEXT NOT NULL
);

CREATE TABLE resume_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    current     INTEGER NOT NULL,          -- index into resume_queue; -1 when nothing is current
    position_ms INTEGER NOT NULL,
    playing     INTEGER NOT NULL,          -- 1 when playback was running at the last save
    saved_at    INTEGER NOT NULL           -- ms since the epoch, UTC
);
