//! The core's storage ports on SQLite (rusqlite, bundled SQLite: nothing to install).
//!
//! Events of a command and the messages they cause are committed in one transaction
//! ([`SqliteStore::append_with_messages`]); a stale expected version fails with the core's
//! `store.concurrency_conflict` and writes nothing. Each connection is one `SqliteStore`; open one
//! per thread on the same file.

use std::path::Path;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Utc};
use postpurchase::store::concurrency_conflict;
use postpurchase::{Error, ErrorKind, EventStore, Outbox, OutboxMessage, Result};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

fn db(e: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::Storage, format!("sqlite: {e}"))
}

/// A connection to a store file.
pub struct SqliteStore {
    conn: Connection,
}

impl SqliteStore {
    /// Opens (and creates) the store at `path`.
    ///
    /// # Errors
    /// Storage failures.
    pub fn open(path: &Path) -> Result<SqliteStore> {
        let conn = Connection::open(path).map_err(db)?;
        conn.busy_timeout(StdDuration::from_secs(10)).map_err(db)?;
        conn.execute_batch(
            "PRAGMA journal_mode=WAL;
             PRAGMA synchronous=NORMAL;
             PRAGMA temp_store=MEMORY;
             CREATE TABLE IF NOT EXISTS events (stream TEXT NOT NULL, version INTEGER NOT NULL, payload TEXT NOT NULL,
                                                PRIMARY KEY (stream, version));
             CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, dedupe_key TEXT NOT NULL UNIQUE,
                                                topic TEXT NOT NULL, payload TEXT NOT NULL, not_before TEXT NOT NULL,
                                                attempts INTEGER NOT NULL DEFAULT 0, delivered_at TEXT);
             CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (delivered_at, not_before);",
        )
        .map_err(db)?;
        Ok(SqliteStore { conn })
    }

    /// Starts a batch: every append, enqueue and delivery mark until [`SqliteStore::commit_batch`]
    /// lands in one transaction. Use it for bulk work such as a simulation or an import; one
    /// commit per batch instead of one per command is what makes bulk writes fast.
    ///
    /// Inside a batch a stale expected version is refused before anything is written (the batch
    /// goes on); any other failure while writing rolls the whole batch back, so nothing is ever
    /// half-applied.
    ///
    /// # Errors
    /// Storage failures, or a batch already open.
    pub fn begin_batch(&mut self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(db)
    }

    /// Commits the open batch.
    ///
    /// # Errors
    /// Storage failures, or no batch open.
    pub fn commit_batch(&mut self) -> Result<()> {
        self.conn.execute_batch("COMMIT").map_err(db)
    }

    /// Appends events and enqueues messages in one transaction.
    ///
    /// # Errors
    /// `store.concurrency_conflict` if the stream moved on (nothing is written); storage failures.
    pub fn append_with_messages<E: Serialize>(
        &mut self,
        stream: &str,
        expected: u64,
        events: &[E],
        messages: &[OutboxMessage],
    ) -> Result<u64> {
        let payloads = events.iter().map(serde_json::to_string).collect::<serde_json::Result<Vec<_>>>().map_err(db)?;
        self.append_serialized(stream, expected, &payloads, messages)
    }

    /// [`SqliteStore::append_with_messages`] for events already serialised as JSON text (a host
    /// can serialise on its own threads and hand the text to the thread that writes).
    ///
    /// # Errors
    /// `store.concurrency_conflict` if the stream moved on (nothing is written); storage failures.
    pub fn append_serialized(
        &mut self,
        stream: &str,
        expected: u64,
        payloads: &[String],
        messages: &[OutboxMessage],
    ) -> Result<u64> {
        if self.conn.is_autocommit() {
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(db)?;
            let v = write_append(&tx, stream, expected, payloads, messages)?;
            tx.commit().map_err(db)?;
            Ok(v)
        } else {
            // inside a batch: a failure after the version check discards the whole batch
            write_append(&self.conn, stream, expected, payloads, messages).inspect_err(|e| {
                if e.kind() != ErrorKind::ConcurrencyConflict {
                    let _ = self.conn.execute_batch("ROLLBACK");
                }
            })
        }
    }

    /// Runs SQL statements of the host's own (its tables beside the store's), outside any batch.
    ///
    /// # Errors
    /// Storage failures.
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        self.conn.execute_batch(sql).map_err(db)
    }

    /// Number of messages not yet delivered, due or not.
    ///
    /// # Errors
    /// Storage failures.
    pub fn pending_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL", [], |r| r.get(0))
            .map_err(db)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Names of every stream.
    ///
    /// # Errors
    /// Storage failures.
    pub fn streams(&self) -> Result<Vec<String>> {
        let mut st = self.conn.prepare("SELECT DISTINCT stream FROM events ORDER BY stream").map_err(db)?;
        let rows = st.query_map([], |r| r.get::<_, String>(0)).map_err(db)?;
        rows.collect::<std::result::Result<_, _>>().map_err(db)
    }

    /// Every message (delivered or not), oldest first.
    ///
    /// # Errors
    /// Storage failures.
    pub fn all_messages(&self) -> Result<Vec<OutboxMessage>> {
        self.select(
            "SELECT dedupe_key, topic, payload, not_before, attempts, delivered_at FROM outbox ORDER BY seq",
            &[],
        )
    }

    fn select(&self, sql: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<OutboxMessage>> {
        let mut st = self.conn.prepare_cached(sql).map_err(db)?;
        let rows = st
            .query_map(args, |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, i64>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })
            .map_err(db)?;
        let mut out = Vec::new();
        for row in rows {
            let (key, topic, payload, nb, attempts, delivered) = row.map_err(db)?;
            let mut m = OutboxMessage::new(key, topic, payload, parse_time(&nb)?);
            m.attempts = attempts as u32;
            m.delivered_at = delivered.as_deref().map(parse_time).transpose()?;
            out.push(m);
        }
        Ok(out)
    }
}

/// Checks the stream's version and writes the events and messages (the caller owns the transaction).
fn write_append(
    conn: &Connection,
    stream: &str,
    expected: u64,
    payloads: &[String],
    messages: &[OutboxMessage],
) -> Result<u64> {
    let current: u64 = conn
        .prepare_cached("SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = ?1")
        .and_then(|mut st| st.query_row(params![stream], |r| r.get::<_, i64>(0)))
        .map_err(db)? as u64;
    if current != expected {
        return Err(concurrency_conflict(stream, expected, current));
    }
    let mut v = current;
    let mut insert =
        conn.prepare_cached("INSERT INTO events (stream, version, payload) VALUES (?1, ?2, ?3)").map_err(db)?;
    for json in payloads {
        v += 1;
        insert.execute(params![stream, v as i64, json]).map_err(db)?;
    }
    for m in messages {
        insert_message(conn, m)?;
    }
    Ok(v)
}

fn parse_time(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc)).map_err(db)
}

fn insert_message(conn: &Connection, m: &OutboxMessage) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO outbox (dedupe_key, topic, payload, not_before, attempts, delivered_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .and_then(|mut st| {
            st.execute(params![
                m.dedupe_key,
                m.topic,
                m.payload,
                m.not_before.to_rfc3339(),
                m.attempts as i64,
                m.delivered_at.map(|t| t.to_rfc3339())
            ])
        })
        .map_err(db)?;
    Ok(n == 1)
}

impl<E: Serialize + DeserializeOwned> EventStore<E> for SqliteStore {
    fn append(&mut self, stream: &str, expected_version: u64, events: &[E]) -> Result<u64> {
        self.append_with_messages(stream, expected_version, events, &[])
    }

    fn load(&self, stream: &str) -> Result<Vec<E>> {
        let mut st = self.conn.prepare("SELECT payload FROM events WHERE stream = ?1 ORDER BY version").map_err(db)?;
        let rows = st.query_map(params![stream], |r| r.get::<_, String>(0)).map_err(db)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(serde_json::from_str(&row.map_err(db)?).map_err(db)?);
        }
        Ok(out)
    }

    fn version(&self, stream: &str) -> Result<u64> {
        let v: Option<i64> = self
            .conn
            .query_row("SELECT MAX(version) FROM events WHERE stream = ?1", params![stream], |r| r.get(0))
            .optional()
            .map_err(db)?
            .flatten();
        Ok(v.unwrap_or(0) as u64)
    }
}

impl Outbox for SqliteStore {
    fn enqueue(&mut self, message: OutboxMessage) -> Result<bool> {
        insert_message(&self.conn, &message)
    }

    fn pending(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<OutboxMessage>> {
        // earliest due first (then enqueue order): the pending index serves this order, so a pass
        // stops after `limit` rows; times are RFC 3339 in UTC, so text order is time order
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.select(
            "SELECT dedupe_key, topic, payload, not_before, attempts, delivered_at FROM outbox
             WHERE delivered_at IS NULL AND not_before <= ?1 ORDER BY not_before, seq LIMIT ?2",
            &[&now.to_rfc3339(), &limit],
        )
    }

    fn mark_delivered(&mut self, dedupe_key: &str, at: DateTime<Utc>) -> Result<()> {
        let n = self
            .conn
            .prepare_cached("UPDATE outbox SET delivered_at = ?2, attempts = attempts + 1 WHERE dedupe_key = ?1")
            .and_then(|mut st| st.execute(params![dedupe_key, at.to_rfc3339()]))
            .map_err(db)?;
        if n == 0 { Err(Error::new(ErrorKind::NotFound, "no message with that dedupe key")) } else { Ok(()) }
    }

    fn mark_failed(&mut self, dedupe_key: &str, retry_at: DateTime<Utc>) -> Result<()> {
        let n = self
            .conn
            .execute(
                "UPDATE outbox SET not_before = ?2, attempts = attempts + 1 WHERE dedupe_key = ?1",
                params![dedupe_key, retry_at.to_rfc3339()],
            )
            .map_err(db)?;
        if n == 0 { Err(Error::new(ErrorKind::NotFound, "no message with that dedupe key")) } else { Ok(()) }
    }
}
