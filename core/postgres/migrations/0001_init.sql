-- postpurchase store, schema version 1, in its own schema ({schema}).
-- Events: `seq` in insert order, `txid` the writing transaction. `position` (the global log's
-- order) is given later, by the reader, under a lock, to the events of transactions older than
-- every transaction still running, in (txid, seq) order: an event committed late can never get
-- a position below one a reader has already passed. `payload` is `json` (the text as written,
-- key order kept, so an order event is read in one pass).
CREATE TABLE {schema}.events (
    seq            BIGSERIAL PRIMARY KEY,
    txid           xid8    NOT NULL DEFAULT pg_current_xact_id(),
    position       BIGINT  UNIQUE,
    stream         TEXT    NOT NULL,
    version        BIGINT  NOT NULL,
    schema_version INTEGER,
    payload        JSON    NOT NULL,
    UNIQUE (stream, version)
);
CREATE INDEX events_unplaced ON {schema}.events (txid, seq) WHERE position IS NULL;
-- The outbox. `id`, `aggregatetype`, `aggregateid`, `type` and `payload` are the columns
-- Debezium's outbox event router reads as they are; the rest is the relay's bookkeeping.
CREATE TABLE {schema}.outbox (
    seq           BIGSERIAL   PRIMARY KEY,
    id            TEXT        NOT NULL UNIQUE,
    aggregatetype TEXT        NOT NULL,
    aggregateid   TEXT        NOT NULL,
    type          TEXT        NOT NULL,
    payload       TEXT        NOT NULL,
    not_before    TIMESTAMPTZ NOT NULL,
    attempts      INTEGER     NOT NULL DEFAULT 0,
    delivered_at  TIMESTAMPTZ,
    lease_owner   TEXT,
    lease_until   TIMESTAMPTZ,
    dead          BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX outbox_due ON {schema}.outbox (seq) WHERE delivered_at IS NULL AND NOT dead;
CREATE TABLE {schema}.checkpoints (
    consumer TEXT   PRIMARY KEY,
    position BIGINT NOT NULL
);
CREATE TABLE {schema}.inbox (
    consumer   TEXT        NOT NULL,
    message_id TEXT        NOT NULL,
    handled_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, message_id)
);
