-- postpurchase store, schema version 1.
-- Events: one row per event; `position` is the global log's order (SQLite commits one writer at
-- a time, so positions are committed in order); the event's JSON text is kept as written.
CREATE TABLE events (
    position       INTEGER PRIMARY KEY AUTOINCREMENT,
    stream         TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    schema_version INTEGER,
    payload        TEXT    NOT NULL,
    UNIQUE (stream, version)
);
-- The outbox. `id`, `aggregatetype`, `aggregateid`, `type` and `payload` are the columns
-- Debezium's outbox event router reads as they are; the rest is the relay's bookkeeping.
CREATE TABLE outbox (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT    NOT NULL UNIQUE,
    aggregatetype TEXT    NOT NULL,
    aggregateid   TEXT    NOT NULL,
    type          TEXT    NOT NULL,
    payload       TEXT    NOT NULL,
    not_before    TEXT    NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    delivered_at  TEXT,
    lease_owner   TEXT,
    lease_until   TEXT,
    dead          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_due ON outbox (dead, delivered_at, not_before, seq);
CREATE TABLE checkpoints (
    consumer TEXT    PRIMARY KEY,
    position INTEGER NOT NULL
);
CREATE TABLE inbox (
    consumer   TEXT NOT NULL,
    message_id TEXT NOT NULL,
    handled_at TEXT NOT NULL,
    PRIMARY KEY (consumer, message_id)
);
