-- Schema 4: local playlists. An item keeps what was known of its entry (location and text) next
-- to the track it points at, so an entry whose file is missing — never imported, or removed from
-- the library later — is still shown, and can be relinked after a scan.

CREATE TABLE playlists (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,        -- ms since the epoch, UTC
    updated_at  INTEGER NOT NULL,        -- ms since the epoch, UTC
    deleted_at  INTEGER                  -- set by "delete" so it can be undone until purged
);

CREATE INDEX playlists_deleted ON playlists(deleted_at);

CREATE TABLE playlist_items (
    id           INTEGER PRIMARY KEY,
    playlist_id  INTEGER NOT NULL REFERENCES playlists(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,       -- dense 0..n-1 within the playlist
    track_id     INTEGER REFERENCES tracks(id) ON DELETE SET NULL,
    location     TEXT NOT NULL DEFAULT '', -- absolute path or URL, as the entry said
    title        TEXT NOT NULL DEFAULT '',
    artist       TEXT NOT NULL DEFAULT '',
    album        TEXT NOT NULL DEFAULT '',
    duration_ms  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (playlist_id, position)
);

CREATE INDEX playlist_items_track ON playlist_items(track_id);
-- relinkMissing() looks only at entries without a track.
CREATE INDEX playlist_items_unresolved ON playlist_items(location) WHERE track_id IS NULL;

-- A track leaving the library hands its latest text to the entries that pointed at it, before
-- ON DELETE SET NULL cuts the link, so they are shown by what they were.
CREATE TRIGGER playlist_items_keep_text BEFORE DELETE ON tracks BEGIN
    UPDATE playlist_items
       SET location = old.location, title = old.title, artist = old.artist, album = old.album,
           duration_ms = old.duration_ms
     WHERE track_id = old.id;
END;
