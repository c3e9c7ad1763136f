//! postpurchase's storage ports on SQLite (rusqlite with SQLite bundled: nothing to install).
//!
//! One [`SqliteStore`] is one connection; open one per thread or process on the same file (WAL
//! mode, a busy timeout, `BEGIN IMMEDIATE` for every write). It implements every port of
//! `postpurchase::store`: a command's events and messages commit in one transaction
//! ([`CommandLog::commit`]); a stale expected version is `store.concurrency_conflict` and writes
//! nothing; relays on several processes claim outbox messages under a lease
//! ([`ClaimingOutbox`]), retry with back-off and dead-letter; the global log gives every event in
//! commit order for projections ([`CommandLog::read_all`], with [`Checkpoints`]); the
//! [`Inbox`] records each (consumer, message) once.
//!
//! The schema is in `migrations/*.sql`, applied in order when a store opens and recorded in
//! `postpurchase_schema`; a database of another application is refused untouched
//! (`store.foreign_database`), and so is one whose schema is newer than this crate
//! (`store.schema_too_new`). The outbox's `id`, `aggregatetype`, `aggregateid`, `type` and
//! `payload` columns are the ones Debezium's outbox event router reads.
//!
//! ```
//! use postpurchase::store::{CommandLog, EventStore, OutboxMessage};
//! use postpurchase_sqlite::SqliteStore;
//! let mut store = SqliteStore::open_in_memory()?;
//! let at = chrono::DateTime::from_timestamp(1_772_355_600, 0).unwrap();
//! let message = OutboxMessage::new("o-1/confirmed", "notification.order_confirmed", "{}", at);
//! store.commit("order-o-1", 0, &["placed".to_string()], &[message])?;
//! let again = store.commit("order-o-1", 0, &["placed".to_string()], &[]).unwrap_err();
//! assert_eq!(again.code(), "store.concurrency_conflict");
//! assert_eq!(EventStore::<String>::load(&store, "order-o-1")?, ["placed"]);
//! # Ok::<(), postpurchase::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::cast_possible_truncation,
        clippy::arithmetic_side_effects
    )
)]

use std::path::Path;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use postpurchase_kernel::error::{Error, ErrorKind, Result};
use postpurchase_kernel::store::{
    Checkpoints, Claimed, ClaimingOutbox, CommandLog, EventStore, Inbox, LoggedEvent, Outbox, OutboxMessage, Settled,
    aggregate_type, concurrency_conflict, declared_schema_version,
};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The schema migrations, in order: (version, name, SQL).
pub const MIGRATIONS: &[(u32, &str, &str)] = &[(1, "init", include_str!("../migrations/0001_init.sql"))];

/// The schema version this crate writes.
pub const SCHEMA_VERSION: u32 = 1;

fn db(e: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::Storage, format!("sqlite: {e}"))
}

/// A time as the store writes it: RFC 3339 in UTC with microseconds, so text order is time order.
fn text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

fn time(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc)).map_err(db)
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

fn int(n: u64) -> Result<i64> {
    i64::try_from(n).map_err(|_| Error::new(ErrorKind::InvalidInput, "a number beyond what the store keeps"))
}

/// A connection to a store.
pub struct SqliteStore {
    conn: Connection,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").field("path", &self.conn.path()).finish()
    }
}

impl SqliteStore {
    /// Opens the store at `path`, creating the file and the schema if needed and applying any
    /// migration not yet applied.
    ///
    /// # Errors
    /// `store.foreign_database` for a database with tables and none of ours (nothing is created
    /// in it); `store.schema_too_new` for a schema newer than this crate; `store.failure` for a
    /// file that cannot be opened or is not a database.
    pub fn open(path: &Path) -> Result<SqliteStore> {
        let conn = Connection::open(path).map_err(|e| db(format!("{}: {e}", path.display())))?;
        SqliteStore::setup(conn, true)
    }

    /// A store in memory (for tests and one-process hosts).
    ///
    /// # Errors
    /// Storage failures.
    pub fn open_in_memory() -> Result<SqliteStore> {
        SqliteStore::setup(Connection::open_in_memory().map_err(db)?, false)
    }

    fn setup(mut conn: Connection, file: bool) -> Result<SqliteStore> {
        conn.busy_timeout(StdDuration::from_secs(30)).map_err(db)?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(db)?;
        let ours: bool = tx
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'postpurchase_schema'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map_err(db)?
            > 0;
        if !ours {
            let tables: i64 = tx
                .query_row(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                    [],
                    |r| r.get(0),
                )
                .map_err(db)?;
            if tables > 0 {
                return Err(Error::new(
                    ErrorKind::ForeignDatabase,
                    "this database belongs to another application: it has tables and no postpurchase_schema",
                )
                .with("tables", tables));
            }
            tx.execute_batch(
                "CREATE TABLE postpurchase_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            )
            .map_err(db)?;
        }
        let applied: u32 =
            tx.query_row("SELECT COALESCE(MAX(version), 0) FROM postpurchase_schema", [], |r| r.get(0)).map_err(db)?;
        if applied > SCHEMA_VERSION {
            return Err(Error::new(ErrorKind::SchemaTooNew, "the store's schema is newer than this library")
                .with("schema_version", applied)
                .with("supported", SCHEMA_VERSION));
        }
        for (version, name, sql) in MIGRATIONS.iter().filter(|(v, _, _)| *v > applied) {
            tx.execute_batch(sql).map_err(|e| db(format!("migration {version} ({name}): {e}")))?;
            tx.execute(
                "INSERT INTO postpurchase_schema (version, name, applied_at) VALUES (?1, ?2, ?3)",
                params![version, name, text(DateTime::<Utc>::from(std::time::SystemTime::now()))],
            )
            .map_err(db)?;
        }
        tx.commit().map_err(db)?;
        if file {
            conn.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY;")
                .map_err(db)?;
        }
        Ok(SqliteStore { conn })
    }

    /// Makes commits durable at the cost of an fsync each (`FULL`, the default) or faster and
    /// durable up to the last checkpoint of the WAL (`NORMAL`: a power cut may lose the last
    /// commits, never corrupt the file).
    ///
    /// # Errors
    /// Storage failures.
    pub fn set_durable(&self, every_commit: bool) -> Result<()> {
        let mode = if every_commit { "FULL" } else { "NORMAL" };
        self.conn.execute_batch(&format!("PRAGMA synchronous={mode}")).map_err(db)
    }

    /// The schema version of the database.
    ///
    /// # Errors
    /// Storage failures.
    pub fn schema_version(&self) -> Result<u32> {
        self.conn.query_row("SELECT MAX(version) FROM postpurchase_schema", [], |r| r.get(0)).map_err(db)
    }

    /// Starts a batch: every write until [`SqliteStore::commit_batch`] lands in one transaction
    /// (bulk work such as an import; one commit per batch instead of one per command). Inside a
    /// batch a stale expected version is refused before anything is written (the batch goes on);
    /// any other failure rolls the whole batch back.
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

    /// [`CommandLog::commit`] for events already serialised as JSON text (a host can serialise
    /// on its own threads and hand the text to the thread that writes).
    ///
    /// # Errors
    /// `store.concurrency_conflict` if the stream moved on (nothing is written); storage failures.
    pub fn commit_serialized(
        &mut self,
        stream: &str,
        expected: u64,
        payloads: &[String],
        messages: &[OutboxMessage],
    ) -> Result<u64> {
        if self.conn.is_autocommit() {
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(db)?;
            let v = write_commit(&tx, stream, expected, payloads, messages)?;
            tx.commit().map_err(db)?;
            Ok(v)
        } else {
            // inside a batch: a failure after the version check discards the whole batch
            write_commit(&self.conn, stream, expected, payloads, messages).inspect_err(|e| {
                if e.kind() != ErrorKind::ConcurrencyConflict {
                    let _ = self.conn.execute_batch("ROLLBACK");
                }
            })
        }
    }

    /// Runs the host's own SQL (its tables beside the store's), outside any batch.
    ///
    /// # Errors
    /// Storage failures.
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        self.conn.execute_batch(sql).map_err(db)
    }

    /// Runs `effect` in one transaction with the inbox record of (`consumer`, `message_id`): the
    /// effect happens once however often the message is delivered. Returns `None` (and runs
    /// nothing) for a message already handled.
    ///
    /// # Errors
    /// Storage failures and the effect's own errors; nothing is written on error.
    pub fn handle_once<T>(
        &mut self,
        consumer: &str,
        message_id: &str,
        at: DateTime<Utc>,
        effect: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<Option<T>> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(db)?;
        if !record_inbox(&tx, consumer, message_id, at)? {
            return Ok(None);
        }
        let out = effect(&tx)?;
        tx.commit().map_err(db)?;
        Ok(Some(out))
    }

    /// Number of messages not yet delivered (due or not, dead letters excluded).
    ///
    /// # Errors
    /// Storage failures.
    pub fn pending_count(&self) -> Result<u64> {
        self.conn
            .query_row("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND dead = 0", [], |r| r.get(0))
            .map(count)
            .map_err(db)
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
        self.messages(&format!("SELECT {MESSAGE_COLUMNS} FROM outbox ORDER BY seq"), &[])
    }

    fn messages(&self, sql: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<OutboxMessage>> {
        read_messages(&self.conn, sql, args)
    }
}

const MESSAGE_COLUMNS: &str = "id, type, payload, not_before, attempts, delivered_at";

fn read_messages(conn: &Connection, sql: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<OutboxMessage>> {
    let mut st = conn.prepare_cached(sql).map_err(db)?;
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
        let (key, topic, payload, due, attempts, delivered) = row.map_err(db)?;
        let mut m = OutboxMessage::new(key, topic, payload, time(&due)?);
        m.attempts = u32::try_from(attempts).unwrap_or(u32::MAX);
        m.delivered_at = delivered.as_deref().map(time).transpose()?;
        out.push(m);
    }
    Ok(out)
}

/// The stream's current version.
fn stream_version(conn: &Connection, stream: &str) -> Result<u64> {
    conn.prepare_cached("SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = ?1")
        .and_then(|mut st| st.query_row(params![stream], |r| r.get::<_, i64>(0)))
        .map(count)
        .map_err(db)
}

/// Checks the stream's version and writes the events and messages (the caller owns the
/// transaction).
fn write_commit(
    conn: &Connection,
    stream: &str,
    expected: u64,
    payloads: &[String],
    messages: &[OutboxMessage],
) -> Result<u64> {
    let current = stream_version(conn, stream)?;
    if current != expected {
        return Err(concurrency_conflict(stream, expected, current));
    }
    let mut version = current;
    let mut insert = conn
        .prepare_cached("INSERT INTO events (stream, version, schema_version, payload) VALUES (?1, ?2, ?3, ?4)")
        .map_err(db)?;
    for json in payloads {
        version = version.checked_add(1).ok_or_else(|| db("stream too long"))?;
        insert.execute(params![stream, int(version)?, declared_schema_version(json), json]).map_err(db)?;
    }
    for m in messages {
        insert_message(conn, stream, m)?;
    }
    Ok(version)
}

fn insert_message(conn: &Connection, stream: &str, m: &OutboxMessage) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO outbox (id, aggregatetype, aggregateid, type, payload, not_before, attempts, delivered_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .and_then(|mut st| {
            st.execute(params![
                m.dedupe_key,
                aggregate_type(stream),
                stream,
                m.topic,
                m.payload,
                text(m.not_before),
                i64::from(m.attempts),
                m.delivered_at.map(text)
            ])
        })
        .map_err(db)?;
    Ok(n == 1)
}

/// Marks a claimed message delivered if the claim still holds its lease.
fn mark_delivered(conn: &Connection, claim: &Claimed, at: DateTime<Utc>) -> Result<Settled> {
    let n = conn
        .prepare_cached(
            "UPDATE outbox SET delivered_at = ?4, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL
             WHERE id = ?1 AND lease_owner = ?2 AND lease_until = ?3",
        )
        .and_then(|mut st| st.execute(params![claim.message.dedupe_key, claim.worker, text(claim.until), text(at)]))
        .map_err(db)?;
    Ok(if n == 1 { Settled::Done } else { Settled::LeaseLost })
}

fn record_inbox(conn: &Connection, consumer: &str, message_id: &str, at: DateTime<Utc>) -> Result<bool> {
    let n = conn
        .prepare_cached("INSERT OR IGNORE INTO inbox (consumer, message_id, handled_at) VALUES (?1, ?2, ?3)")
        .and_then(|mut st| st.execute(params![consumer, message_id, text(at)]))
        .map_err(db)?;
    Ok(n == 1)
}

impl<E: Serialize + DeserializeOwned> EventStore<E> for SqliteStore {
    fn append(&mut self, stream: &str, expected_version: u64, events: &[E]) -> Result<u64> {
        self.commit(stream, expected_version, events, &[])
    }

    fn load(&self, stream: &str) -> Result<Vec<E>> {
        let mut st =
            self.conn.prepare_cached("SELECT payload FROM events WHERE stream = ?1 ORDER BY version").map_err(db)?;
        let rows = st.query_map(params![stream], |r| r.get::<_, String>(0)).map_err(db)?;
        let mut out = Vec::new();
        for row in rows {
            let json = row.map_err(db)?;
            out.push(serde_json::from_str(&json).map_err(|e| {
                Error::new(ErrorKind::InvalidInput, format!("a stored event of {stream} cannot be read: {e}"))
                    .with("stream", stream)
            })?);
        }
        Ok(out)
    }

    fn version(&self, stream: &str) -> Result<u64> {
        stream_version(&self.conn, stream)
    }
}

impl<E: Serialize + DeserializeOwned> CommandLog<E> for SqliteStore {
    fn commit(&mut self, stream: &str, expected_version: u64, events: &[E], messages: &[OutboxMessage]) -> Result<u64> {
        let payloads = events.iter().map(serde_json::to_string).collect::<serde_json::Result<Vec<_>>>().map_err(db)?;
        self.commit_serialized(stream, expected_version, &payloads, messages)
    }

    fn read_all(&self, after: u64, limit: usize) -> Result<Vec<LoggedEvent<E>>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT position, stream, version, payload FROM events WHERE position > ?1 ORDER BY position LIMIT ?2",
            )
            .map_err(db)?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = st
            .query_map(params![int(after)?, limit], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?))
            })
            .map_err(db)?;
        let mut out = Vec::new();
        for row in rows {
            let (position, stream, version, json) = row.map_err(db)?;
            let event = serde_json::from_str(&json).map_err(|e| {
                Error::new(ErrorKind::InvalidInput, format!("the stored event at {position} cannot be read: {e}"))
                    .with("position", position)
            })?;
            out.push(LoggedEvent { position: count(position), stream, version: count(version), event });
        }
        Ok(out)
    }
}

impl ClaimingOutbox for SqliteStore {
    fn claim(&mut self, worker: &str, now: DateTime<Utc>, lease: Duration, limit: usize) -> Result<Vec<Claimed>> {
        let until = now.checked_add_signed(lease).unwrap_or(DateTime::<Utc>::MAX_UTC);
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(db)?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let due = read_messages(
            &tx,
            &format!(
                "SELECT {MESSAGE_COLUMNS} FROM outbox WHERE dead = 0 AND delivered_at IS NULL AND not_before <= ?1
                 AND (lease_until IS NULL OR lease_until <= ?1) ORDER BY seq LIMIT ?2"
            ),
            &[&text(now), &limit],
        )?;
        {
            let mut take =
                tx.prepare_cached("UPDATE outbox SET lease_owner = ?2, lease_until = ?3 WHERE id = ?1").map_err(db)?;
            for m in &due {
                take.execute(params![m.dedupe_key, worker, text(until)]).map_err(db)?;
            }
        }
        tx.commit().map_err(db)?;
        Ok(due.into_iter().map(|message| Claimed { message, worker: worker.to_owned(), until }).collect())
    }

    fn delivered(&mut self, claim: &Claimed, at: DateTime<Utc>) -> Result<Settled> {
        mark_delivered(&self.conn, claim, at)
    }

    fn delivered_all(&mut self, claims: &[Claimed], at: DateTime<Utc>) -> Result<Vec<Settled>> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(db)?;
        let out = claims.iter().map(|c| mark_delivered(&tx, c, at)).collect::<Result<Vec<_>>>()?;
        tx.commit().map_err(db)?;
        Ok(out)
    }

    fn failed(&mut self, claim: &Claimed, retry_at: DateTime<Utc>, dead_after: u32) -> Result<Settled> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(db)?;
        let attempts: Option<i64> = tx
            .query_row(
                "SELECT attempts FROM outbox WHERE id = ?1 AND lease_owner = ?2 AND lease_until = ?3",
                params![claim.message.dedupe_key, claim.worker, text(claim.until)],
                |r| r.get(0),
            )
            .optional()
            .map_err(db)?;
        let Some(attempts) = attempts else { return Ok(Settled::LeaseLost) };
        let attempts = attempts.saturating_add(1);
        let dead = attempts >= i64::from(dead_after);
        tx.execute(
            "UPDATE outbox SET attempts = ?2, not_before = CASE WHEN ?3 THEN not_before ELSE ?4 END, dead = ?3,
             lease_owner = NULL, lease_until = NULL WHERE id = ?1",
            params![claim.message.dedupe_key, attempts, dead, text(retry_at)],
        )
        .map_err(db)?;
        tx.commit().map_err(db)?;
        Ok(if dead { Settled::DeadLettered } else { Settled::Retried })
    }

    fn dead_letters(&self) -> Result<Vec<OutboxMessage>> {
        self.messages(&format!("SELECT {MESSAGE_COLUMNS} FROM outbox WHERE dead = 1 ORDER BY seq"), &[])
    }
}

impl Outbox for SqliteStore {
    fn enqueue(&mut self, message: OutboxMessage) -> Result<bool> {
        insert_message(&self.conn, "", &message)
    }

    fn pending(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<OutboxMessage>> {
        // earliest due first, then enqueue order; times are fixed-width UTC text, so text order is
        // time order
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.messages(
            &format!(
                "SELECT {MESSAGE_COLUMNS} FROM outbox WHERE dead = 0 AND delivered_at IS NULL AND not_before <= ?1
                 ORDER BY not_before, seq LIMIT ?2"
            ),
            &[&text(now), &limit],
        )
    }

    fn mark_delivered(&mut self, dedupe_key: &str, at: DateTime<Utc>) -> Result<()> {
        let n = self
            .conn
            .prepare_cached("UPDATE outbox SET delivered_at = ?2, attempts = attempts + 1 WHERE id = ?1")
            .and_then(|mut st| st.execute(params![dedupe_key, text(at)]))
            .map_err(db)?;
        if n == 0 { Err(Error::new(ErrorKind::NotFound, "no message with that dedupe key")) } else { Ok(()) }
    }

    fn mark_failed(&mut self, dedupe_key: &str, retry_at: DateTime<Utc>) -> Result<()> {
        let n = self
            .conn
            .prepare_cached("UPDATE outbox SET not_before = ?2, attempts = attempts + 1 WHERE id = ?1")
            .and_then(|mut st| st.execute(params![dedupe_key, text(retry_at)]))
            .map_err(db)?;
        if n == 0 { Err(Error::new(ErrorKind::NotFound, "no message with that dedupe key")) } else { Ok(()) }
    }
}

impl Checkpoints for SqliteStore {
    fn checkpoint(&self, consumer: &str) -> Result<u64> {
        self.conn
            .query_row("SELECT position FROM checkpoints WHERE consumer = ?1", params![consumer], |r| {
                r.get::<_, i64>(0)
            })
            .optional()
            .map(|p| p.map_or(0, count))
            .map_err(db)
    }

    fn save_checkpoint(&mut self, consumer: &str, position: u64) -> Result<()> {
        let n = self
            .conn
            .execute(
                "INSERT INTO checkpoints (consumer, position) VALUES (?1, ?2)
                 ON CONFLICT (consumer) DO UPDATE SET position = excluded.position WHERE excluded.position >= position",
                params![consumer, int(position)?],
            )
            .map_err(db)?;
        if n == 0 {
            return Err(Error::new(ErrorKind::InvalidInput, "a checkpoint never moves back").with("consumer", consumer));
        }
        Ok(())
    }
}

impl Inbox for SqliteStore {
    fn first_delivery(&mut self, consumer: &str, message_id: &str, at: DateTime<Utc>) -> Result<bool> {
        record_inbox(&self.conn, consumer, message_id, at)
    }
}
