-- Schema 1: library roots, one table of tracks for every source, full-text search.

CREATE TABLE roots (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL UNIQUE,
    added_at    INTEGER NOT NULL,        -- ms since the epoch, UTC
    last_scan   INTEGER,                 -- ms since the epoch, UTC, of the last finished scan
    available   INTEGER NOT NULL DEFAULT 1
);

-- One table for local files and (later) server songs: the source column says which.
CREATE TABLE tracks (
    id              INTEGER PRIMARY KEY,
    source          TEXT NOT NULL DEFAULT 'local',
    location        TEXT NOT NULL,       -- absolute path (local) or service URL (remote)
    root_id         INTEGER REFERENCES roots(id) ON DELETE SET NULL,
    file_name       TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    artist          TEXT NOT NULL DEFAULT '',
    album           TEXT NOT NULL DEFAULT '',
    album_artist    TEXT NOT NULL DEFAULT '',
    genre           TEXT NOT NULL DEFAULT '',
    composer        TEXT NOT NULL DEFAULT '',
    year            INTEGER NOT NULL DEFAULT 0,
    track_no        INTEGER NOT NULL DEFAULT 0,
    disc_no         INTEGER NOT NULL DEFAULT 0,
    duration_ms     INTEGER NOT NULL DEFAULT 0,
    bitrate_kbps    INTEGER NOT NULL DEFAULT 0,
    sample_rate     INTEGER NOT NULL DEFAULT 0,
    channels        INTEGER NOT NULL DEFAULT 0,
    file_size       INTEGER NOT NULL DEFAULT 0,
    file_mtime      INTEGER NOT NULL DEFAULT 0,   -- ms since the epoch
    rg_track_gain   REAL,
    rg_track_peak   REAL,
    rg_album_gain   REAL,
    rg_album_peak   REAL,
    available       INTEGER NOT NULL DEFAULT 1,
    added_at        INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    UNIQUE (source, location)
);

CREATE INDEX tracks_root ON tracks(root_id);

-- Files the last scan could not read, so the report survives a restart.
CREATE TABLE scan_failures (
    path        TEXT PRIMARY KEY,
    reason      TEXT NOT NULL,
    seen_at     INTEGER NOT NULL
);

-- Search. New rows are indexed in bulk by TrackStore::indexPending() (one statement per batch of
-- writes or per scan: per-row triggers cost ten times more during a first scan). Rows with an id
-- above the highest indexed id are the ones waiting; updates and deletes of indexed rows are kept
-- in step by the triggers below, which never touch rows the index has not seen.
CREATE VIRTUAL TABLE tracks_fts USING fts5(
    title, artist, album, album_artist, genre, composer, file_name,
    content = 'tracks', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    -- One-letter prefixes match most of a library and are slow without their own index; longer
    -- ones are fast as they are, and every extra prefix index makes a first scan slower.
    prefix = '1'
);

CREATE TRIGGER tracks_fts_delete AFTER DELETE ON tracks
WHEN old.id <= (SELECT coalesce(max(id), 0) FROM tracks_fts_docsize) BEGIN
    INSERT INTO tracks_fts(tracks_fts, rowid, title, artist, album, album_artist, genre, composer, file_name)
    VALUES ('delete', old.id, old.title, old.artist, old.album, old.album_artist, old.genre, old.composer, old.file_name);
END;

CREATE TRIGGER tracks_fts_update AFTER UPDATE OF title, artist, album, album_artist, genre, composer, file_name ON tracks
WHEN old.id <= (SELECT coalesce(max(id), 0) FROM tracks_fts_docsize) BEGIN
    INSERT INTO tracks_fts(tracks_fts, rowid, title, artist, album, album_artist, genre, composer, file_name)
    VALUES ('delete', old.id, old.title, old.artist, old.album, old.album_artist, old.genre, old.composer, old.file_name);
    INSERT INTO tracks_fts(rowid, title, artist, album, album_artist, genre, composer, file_name)
    VALUES (new.id, new.title, new.artist, new.album, new.album_artist, new.genre, new.composer, new.file_name);
END;
