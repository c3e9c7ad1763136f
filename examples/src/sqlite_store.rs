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
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(db)?;
        let current: u64 = tx
            .query_row("SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = ?1", params![stream], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(db)? as u64;
        if current != expected {
            return Err(concurrency_conflict(stream, expected, current));
        }
        let mut v = current;
        for e in events {
            v += 1;
            let json = serde_json::to_string(e).map_err(db)?;
            tx.execute(
                "INSERT INTO events (stream, version, payload) VALUES (?1, ?2, ?3)",
                params![stream, v as i64, json],
            )
            .map_err(db)?;
        }
        for m in messages {
            insert_message(&tx, m)?;
        }
        tx.commit().map_err(db)?;
        Ok(v)
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
        let mut st = self.conn.prepare(sql).map_err(db)?;
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

fn parse_time(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc)).map_err(db)
}

fn insert_message(conn: &Connection, m: &OutboxMessage) -> Result<bool> {
    let n = conn
        .execute(
            "INSERT OR IGNORE INTO outbox (dedupe_key, topic, payload, not_before, attempts, delivered_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                m.dedupe_key,
                m.topic,
                m.payload,
                m.not_before.to_rfc3339(),
                m.attempts as i64,
                m.delivered_at.map(|t| t.to_rfc3339())
            ],
        )
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
        // times are stored as RFC 3339 in UTC, so text order is time order
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.select(
            "SELECT dedupe_key, topic, payload, not_before, attempts, delivered_at FROM outbox
             WHERE delivered_at IS NULL AND not_before <= ?1 ORDER BY seq LIMIT ?2",
            &[&now.to_rfc3339(), &limit],
        )
    }

    fn mark_delivered(&mut self, dedupe_key: &str, at: DateTime<Utc>) -> Result<()> {
        let n = self
            .conn
            .execute(
                "UPDATE outbox SET delivered_at = ?2, attempts = attempts + 1 WHERE dedupe_key = ?1",
                params![dedupe_key, at.to_rfc3339()],
            )
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
