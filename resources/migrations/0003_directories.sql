-- Schema 3: folders seen by the last scan, so unchanged folders (same modification time) are not
-- listed again and the watcher knows what to watch.

CREATE TABLE directories (
    path        TEXT PRIMARY KEY,   -- absolute, as on disk
    root_id     INTEGER NOT NULL REFERENCES roots(id) ON DELETE CASCADE,
    parent      TEXT,               -- NULL for the root itself
    mtime       INTEGER NOT NULL    -- ms since the epoch
);

CREATE INDEX directories_parent ON directories(parent);
CREATE INDEX directories_root ON directories(root_id);
