-- Schema 5: streaming servers and the local mirror of their catalogs.
--
-- A server is known by a stable identity made when it is added, not by an address: the same
-- server reached over the LAN or the internet shares one mirror, one set of downloads and one
-- history. Its songs live in the shared tracks table (source = the server's id, location =
-- subsonic://<server-id>/<song-id>); what only a server knows about them lives beside them here.
-- Passwords and API keys are never stored in this file.

CREATE TABLE servers (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    user_name       TEXT NOT NULL DEFAULT '',
    auth            TEXT NOT NULL CHECK (auth IN ('password', 'api_key')),
    -- The user allowed the (hex-encoded) password over plain HTTP to a public address.
    allow_plain_password INTEGER NOT NULL DEFAULT 0,
    api_version     TEXT NOT NULL DEFAULT '',
    server_type     TEXT NOT NULL DEFAULT '',
    server_version  TEXT NOT NULL DEFAULT '',
    open_subsonic   INTEGER NOT NULL DEFAULT 0,
    extensions      TEXT NOT NULL DEFAULT '',    -- OpenSubsonic extension names, comma separated
    token_auth      INTEGER,                     -- NULL: not known yet; 0: refused (error 41)
    added_at        INTEGER NOT NULL,            -- ms since the epoch, UTC
    last_sync_at    INTEGER,
    last_seen_at    INTEGER
);

CREATE TABLE server_addresses (
    server_id       TEXT NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,            -- the order the user gave
    url             TEXT NOT NULL,
    last_ok_at      INTEGER,
    last_failed_at  INTEGER,
    latency_ms      INTEGER,
    PRIMARY KEY (server_id, url)
);

CREATE TABLE remote_songs (
    track_id        INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    server_id       TEXT NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
    song_id         TEXT NOT NULL,
    album_id        TEXT NOT NULL DEFAULT '',
    artist_id       TEXT NOT NULL DEFAULT '',
    cover_art       TEXT NOT NULL DEFAULT '',
    suffix          TEXT NOT NULL DEFAULT '',
    content_type    TEXT NOT NULL DEFAULT '',
    starred_at      INTEGER,
    play_count      INTEGER NOT NULL DEFAULT 0,
    synced_at       INTEGER NOT NULL,
    UNIQUE (server_id, song_id)
);

-- Albums as last listed, so a later sync fetches only albums that are new or changed.
CREATE TABLE remote_albums (
    server_id       TEXT NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
    album_id        TEXT NOT NULL,
    name            TEXT NOT NULL DEFAULT '',
    artist          TEXT NOT NULL DEFAULT '',
    fingerprint     TEXT NOT NULL DEFAULT '',    -- what the list said: song count, length, dates
    cover_art       TEXT NOT NULL DEFAULT '',
    starred_at      INTEGER,
    synced_at       INTEGER NOT NULL,
    PRIMARY KEY (server_id, album_id)
);

CREATE TABLE remote_playlists (
    server_id       TEXT NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
    playlist_id     TEXT NOT NULL,
    name            TEXT NOT NULL DEFAULT '',
    owner           TEXT NOT NULL DEFAULT '',
    comment         TEXT NOT NULL DEFAULT '',
    is_public       INTEGER NOT NULL DEFAULT 0,
    song_count      INTEGER NOT NULL DEFAULT 0,
    duration_ms     INTEGER NOT NULL DEFAULT 0,
    changed_at      INTEGER,
    synced_at       INTEGER NOT NULL,
    PRIMARY KEY (server_id, playlist_id)
);

CREATE TABLE remote_playlist_items (
    server_id       TEXT NOT NULL,
    playlist_id     TEXT NOT NULL,
    position        INTEGER NOT NULL,
    song_id         TEXT NOT NULL,
    PRIMARY KEY (server_id, playlist_id, position),
    FOREIGN KEY (server_id, playlist_id)
        REFERENCES remote_playlists(server_id, playlist_id) ON DELETE CASCADE
);

-- Edits to server playlists and stars made while the server could not be reached, applied in
-- order when it answers again. The payload is JSON and never holds a secret.
CREATE TABLE pending_server_edits (
    id              INTEGER PRIMARY KEY,
    server_id       TEXT NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT ''
);

-- A removed server takes its mirrored songs with it (playlists keep their entries as missing).
CREATE TRIGGER servers_delete_tracks AFTER DELETE ON servers BEGIN
    DELETE FROM tracks WHERE source = old.id;
END;
