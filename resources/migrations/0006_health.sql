-- Schema 6: what Refrain observed about the service's health, and where each server publishes
-- its status.
--
-- health_log keeps one row per observed state of a subject: the overall state ('overall'), a
-- server ('server:<id>') or a component of a status page ('component:<server-id>:<component
-- id>'). A row is open (ended_at NULL) while that state lasts; a transition closes it and opens
-- the next, in one transaction. The Status page in the app reads the last 30 days from here.

ALTER TABLE servers ADD COLUMN status_url TEXT NOT NULL DEFAULT '';

CREATE TABLE health_log (
    id              INTEGER PRIMARY KEY,
    subject         TEXT NOT NULL,
    subject_name    TEXT NOT NULL DEFAULT '',
    level           TEXT NOT NULL,               -- HealthState level key
    basis           TEXT NOT NULL DEFAULT '',    -- which signal decided it
    headline        TEXT NOT NULL DEFAULT '',
    detail          TEXT NOT NULL DEFAULT '',
    started_at      INTEGER NOT NULL,            -- ms since the epoch, UTC
    ended_at        INTEGER                      -- NULL while it lasts
);

CREATE INDEX health_log_subject_time ON health_log (subject, started_at);
CREATE INDEX health_log_time ON health_log (started_at);
-- At most one open row per subject.
CREATE UNIQUE INDEX health_log_open ON health_log (subject) WHERE ended_at IS NULL;
