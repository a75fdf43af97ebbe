-- Schema 8: every listen, kept on this machine, and the queues that scrobble from it.
--
-- What was heard is named by normalised keys (history_artists/_albums/_tracks), not by library
-- rows: a listen imported from 2014 or played from a server that is gone still counts, and
-- "first heard", "on this day" and recaps group by these small integer ids. A listen points at
-- the library track it was matched to where there is one.

CREATE TABLE history_artists (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,      -- normalised name (listenkey.h)
    name        TEXT NOT NULL              -- as first seen, for people
);

CREATE TABLE history_albums (
    id          INTEGER PRIMARY KEY,
    artist_id   INTEGER NOT NULL REFERENCES history_artists(id),
    key         TEXT NOT NULL,
    name        TEXT NOT NULL,
    UNIQUE (artist_id, key)
);

CREATE TABLE history_tracks (
    id          INTEGER PRIMARY KEY,
    artist_id   INTEGER NOT NULL REFERENCES history_artists(id),
    key         TEXT NOT NULL,             -- normalised title
    name        TEXT NOT NULL,
    genre       TEXT NOT NULL DEFAULT '',  -- from the library track it matched, when known
    UNIQUE (artist_id, key)
);

-- One import run (a file, folder or zip), for its report and so a re-import is recognised.
CREATE TABLE history_imports (
    id          INTEGER PRIMARY KEY,
    origin      TEXT NOT NULL,             -- spotify, listenbrainz, lastfm, rockbox, …
    path        TEXT NOT NULL,
    started_at  INTEGER NOT NULL,          -- ms since the epoch, UTC
    finished_at INTEGER,
    imported    INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE listens (
    id              INTEGER PRIMARY KEY,
    -- RFC 9562 version 7 (the start time, then 74 random bits): unique by construction, so no
    -- index keeps it so — on a million imported listens that index cost a fifth of the time.
    uuid            TEXT NOT NULL,
    track_ref       INTEGER NOT NULL REFERENCES history_tracks(id),
    artist_ref      INTEGER NOT NULL REFERENCES history_artists(id),
    album_ref       INTEGER REFERENCES history_albums(id),       -- NULL: album unknown
    track_id        INTEGER REFERENCES tracks(id) ON DELETE SET NULL, -- matched library track
    server_id       TEXT,                  -- played from this server …
    song_id         TEXT,                  -- … as this song
    started_at      INTEGER NOT NULL,      -- ms since the epoch, UTC
    utc_offset_s    INTEGER NOT NULL,      -- the local offset from UTC at that moment
    played_ms       INTEGER NOT NULL,
    duration_ms     INTEGER NOT NULL DEFAULT 0,  -- the track's length; 0 when unknown
    counted         INTEGER NOT NULL,      -- 1: a listen by the Last.fm rule; 0: a play only
    origin          TEXT NOT NULL,         -- 'here', or the import's origin
    import_id       INTEGER REFERENCES history_imports(id) ON DELETE SET NULL
);

CREATE INDEX listens_time ON listens(started_at);
-- Duplicates (same track, start within 30 s) and "first heard" of a track.
CREATE INDEX listens_track_time ON listens(track_ref, started_at);
CREATE INDEX listens_artist_time ON listens(artist_ref, started_at);
CREATE INDEX listens_album_time ON listens(album_ref, started_at) WHERE album_ref IS NOT NULL;
CREATE INDEX listens_library_track ON listens(track_id) WHERE track_id IS NOT NULL;

-- Submissions still owed: one row per listen and target, removed once the target took it.
-- target: 'server:<server-id>' (Subsonic scrobble) or 'listenbrainz'.
CREATE TABLE scrobble_queue (
    listen_id       INTEGER NOT NULL REFERENCES listens(id) ON DELETE CASCADE,
    target          TEXT NOT NULL,
    queued_at       INTEGER NOT NULL,      -- ms since the epoch, UTC
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (listen_id, target)
) WITHOUT ROWID;

CREATE INDEX scrobble_queue_target ON scrobble_queue(target, listen_id);

-- Targets that took a listen, so nothing is sent twice even if the queue row came back.
CREATE TABLE scrobble_done (
    listen_id       INTEGER NOT NULL REFERENCES listens(id) ON DELETE CASCADE,
    target          TEXT NOT NULL,
    submitted_at    INTEGER NOT NULL,
    PRIMARY KEY (listen_id, target)
) WITHOUT ROWID;
