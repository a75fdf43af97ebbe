-- Schema 7: offline copies of server songs — what the user pinned, the songs each pin stands for,
-- the files on disk and their download queue — and the server's own playlists as last synced,
-- the base of a three-way merge with edits made while it was away.
--
-- Paths are relative to the profile's offline folder ("<server-id>/<artist>/<album>/<file>");
-- a file is only ever counted as available when its row says 'verified'. A download in progress
-- is 'queued' with its bytes in "<path>.part", so a restart resumes from what is on disk.

CREATE TABLE offline_pins (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL
                CHECK (kind IN ('essentials', 'playlist', 'server_playlist', 'album', 'artist')),
    source      TEXT NOT NULL DEFAULT '',    -- 'local' or a server id; '' for essentials
    ref         TEXT NOT NULL DEFAULT '',    -- playlist id, album id or key, artist id or name
    name        TEXT NOT NULL DEFAULT '',    -- as shown when it was pinned
    created_at  INTEGER NOT NULL,            -- ms since the epoch, UTC
    synced_at   INTEGER,                     -- the last time its songs were resolved
    UNIQUE (kind, source, ref)
);

-- Emergency Essentials exists from the first start.
INSERT INTO offline_pins (kind, name, created_at)
VALUES ('essentials', 'Emergency Essentials', CAST(strftime('%s', 'now') AS INTEGER) * 1000);

-- The songs each pin stands for, in its order, as last resolved.
CREATE TABLE offline_pin_tracks (
    pin_id      INTEGER NOT NULL REFERENCES offline_pins(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    track_id    INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    PRIMARY KEY (pin_id, position)
);

CREATE INDEX offline_pin_tracks_track ON offline_pin_tracks(track_id);

-- The user's own picks for Emergency Essentials (the automatic fill comes after them).
CREATE TABLE essentials_picks (
    track_id    INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    added_at    INTEGER NOT NULL
);

CREATE TABLE offline_files (
    id              INTEGER PRIMARY KEY,
    -- NULL once the song left the mirror: the file is released at the next reconcile.
    track_id        INTEGER UNIQUE REFERENCES tracks(id) ON DELETE SET NULL,
    server_id       TEXT NOT NULL,
    song_id         TEXT NOT NULL,
    path            TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL CHECK (state IN ('queued', 'paused', 'verified', 'failed')),
    pinned          INTEGER NOT NULL DEFAULT 1,  -- 0: stream cache, evicted least recently used
    priority        INTEGER NOT NULL DEFAULT 0,  -- higher first
    expected_size   INTEGER NOT NULL DEFAULT 0,  -- bytes, as the catalog says; 0 unknown
    expected_ms     INTEGER NOT NULL DEFAULT 0,  -- duration, as the catalog says
    checksum        TEXT NOT NULL DEFAULT '',    -- SHA-256 (hex) the server sent, if any
    size            INTEGER NOT NULL DEFAULT 0,  -- bytes of the verified file
    sha256          TEXT NOT NULL DEFAULT '',    -- of the verified file, for the scrub
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    queued_at       INTEGER NOT NULL,
    verified_at     INTEGER,
    checked_at      INTEGER,                     -- the last scrub that read it
    used_at         INTEGER,                     -- the last time it was played
    UNIQUE (server_id, song_id)
);

CREATE INDEX offline_files_queue ON offline_files(state, priority DESC, queued_at);

-- Settings the app and refrainctl share: budgets, quota, parallel downloads.
CREATE TABLE offline_settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);

-- A server playlist's songs as the server last said them (the mirror shows queued edits on top),
-- so edits made while the server was away can be merged with its changes three ways.
CREATE TABLE remote_playlist_base (
    server_id       TEXT NOT NULL,
    playlist_id     TEXT NOT NULL,
    position        INTEGER NOT NULL,
    song_id         TEXT NOT NULL,
    PRIMARY KEY (server_id, playlist_id, position),
    FOREIGN KEY (server_id, playlist_id)
        REFERENCES remote_playlists(server_id, playlist_id) ON DELETE CASCADE
);

-- The name the server last gave each playlist, for the same merge.
ALTER TABLE remote_playlists ADD COLUMN base_name TEXT;
