//! postpurchase's storage ports on PostgreSQL, through the synchronous `postgres` client
//! (rust-postgres; CONTRIBUTING says why).
//!
//! One [`PostgresStore`] is one connection; a host with threads opens one per thread (or keeps a
//! pool of them). Everything lives in one schema of its own (`postpurchase` unless the host
//! names another): a command's events and messages commit in one transaction
//! ([`CommandLog::commit`]), two writers at one version give one winner and one
//! `store.concurrency_conflict` that wrote nothing; relays on several processes claim outbox
//! rows with `FOR UPDATE SKIP LOCKED` under a lease, retry with back-off and dead-letter; the
//! global log ([`CommandLog::read_all`]) never skips an event committed late with a lower id:
//! positions are given by the reader, under a lock, only to events of transactions older than
//! every transaction still running; checkpoints and the inbox are tables of the schema.
//!
//! The schema's SQL is in `migrations/*.sql`, applied in order inside one transaction when a
//! store connects and recorded in `<schema>.postpurchase_schema`. A schema of that name that is
//! not ours is refused untouched (`store.foreign_database`), and so is one newer than this crate
//! (`store.schema_too_new`). The outbox's `id`, `aggregatetype`, `aggregateid`, `type` and
//! `payload` columns are the ones Debezium's outbox event router reads; `NOTIFY <schema>_outbox`
//! fires on every commit that enqueues messages, so relays can wait with `LISTEN`
//! ([`PostgresStore::wait_for_messages`]).
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

use std::cell::{Cell, RefCell, RefMut};
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use postgres::error::SqlState;
use postgres::fallible_iterator::FallibleIterator;
use postgres::{Client, GenericClient, NoTls, Statement, Transaction};
use postpurchase_kernel::error::{Error, ErrorKind, Result};
use postpurchase_kernel::store::{
    Checkpoints, Claimed, ClaimingOutbox, CommandLog, EventStore, Inbox, LoggedEvent, OutboxMessage, Settled,
    aggregate_type, concurrency_conflict, declared_schema_version,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The schema migrations, in order: (version, name, SQL with `{schema}` for the schema's name).
pub const MIGRATIONS: &[(u32, &str, &str)] = &[(1, "init", include_str!("../migrations/0001_init.sql"))];

/// The schema version this crate writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The schema a store uses unless the host names another.
pub const DEFAULT_SCHEMA: &str = "postpurchase";

/// A storage failure with the server's own words (`postgres::Error` says only "db error" until
/// its source is read).
fn db(e: impl std::error::Error) -> Error {
    Error::new(ErrorKind::Storage, format!("postgres: {}", chain(&e)))
}

fn broken(what: &str) -> Error {
    Error::new(ErrorKind::Storage, format!("postgres: {what}"))
}

fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

fn int(n: u64) -> Result<i64> {
    i64::try_from(n).map_err(|_| Error::new(ErrorKind::InvalidInput, "a number beyond what the store keeps"))
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// A connection to a store.
pub struct PostgresStore {
    /// The connection (the ports read through `&self`; every query needs it mutably).
    client: RefCell<Client>,
    schema: String,
    /// A batch is open: commits join its transaction.
    in_batch: Cell<bool>,
    /// The commit's statements, prepared once per connection.
    prepared: RefCell<Option<CommitStatements>>,
    /// Whether a commit that enqueues messages sends `NOTIFY` (on by default).
    notify: Cell<bool>,
}

/// The statements of a commit.
#[derive(Clone)]
struct CommitStatements {
    version: Statement,
    event: Statement,
    message: Statement,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore").field("schema", &self.schema).finish()
    }
}

/// Whether `name` is a plain lower-case SQL identifier (a schema name the store will quote
/// nowhere).
fn plain_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    name.len() <= 63
        && chars.next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

impl PostgresStore {
    /// Connects to `url` (`postgres://user@host:port/database`) and uses the schema
    /// `postpurchase`, creating or migrating it.
    ///
    /// # Errors
    /// `input.invalid` for a URL that does not parse; `store.failure` naming the server for one
    /// that cannot be reached; `store.foreign_database` and `store.schema_too_new` as
    /// [`PostgresStore::connect_in_schema`].
    pub fn connect(url: &str) -> Result<PostgresStore> {
        PostgresStore::connect_in_schema(url, DEFAULT_SCHEMA)
    }

    /// Connects to `url` and uses `schema` (a plain lower-case identifier), creating or
    /// migrating it.
    ///
    /// # Errors
    /// `input.invalid` for a bad URL or schema name; `store.failure` for a server that cannot
    /// be reached; `store.foreign_database` for a schema of that name that is not ours (nothing
    /// is created in it); `store.schema_too_new` for a schema newer than this crate.
    pub fn connect_in_schema(url: &str, schema: &str) -> Result<PostgresStore> {
        if !plain_identifier(schema) {
            return Err(Error::new(ErrorKind::InvalidInput, "store schema: a lower-case identifier (a-z, 0-9, _)")
                .with("schema", schema));
        }
        let config: postgres::Config = url
            .parse()
            .map_err(|e| Error::new(ErrorKind::InvalidInput, format!("store URL: {e}")).with("url", redact(url)))?;
        let mut config = config;
        config.connect_timeout(StdDuration::from_secs(10));
        let client = config.connect(NoTls).map_err(|e| {
            Error::new(ErrorKind::Storage, format!("cannot reach PostgreSQL: {}", chain(&e))).with("url", redact(url))
        })?;
        let store = PostgresStore {
            client: RefCell::new(client),
            schema: schema.to_owned(),
            in_batch: Cell::new(false),
            prepared: RefCell::new(None),
            notify: Cell::new(true),
        };
        store.migrate()?;
        Ok(store)
    }

    fn sql(&self, text: &str) -> String {
        text.replace("{schema}", &self.schema)
    }

    /// Refuses a call that opens its own transaction while a batch is open.
    fn outside_batch(&self, what: &str) -> Result<()> {
        if self.in_batch.get() {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                format!("{what} runs in a transaction of its own: commit the batch first"),
            ));
        }
        Ok(())
    }

    /// Whether commits that enqueue messages send `NOTIFY <schema>_outbox` (on by default). A
    /// host whose relays poll turns it off: PostgreSQL takes a lock shared by every notifying
    /// transaction while it commits.
    pub fn set_notify(&self, on: bool) {
        self.notify.set(on);
    }

    /// The commit's statements, prepared on first use.
    fn commit_statements(&self, client: &mut Client) -> Result<CommitStatements> {
        if let Some(p) = self.prepared.borrow().as_ref() {
            return Ok(p.clone());
        }
        let schema = &self.schema;
        let p = CommitStatements {
            version: client
                .prepare(&format!("SELECT COALESCE(MAX(version), 0) FROM {schema}.events WHERE stream = $1"))
                .map_err(db)?,
            event: client
                .prepare(&format!(
                    "INSERT INTO {schema}.events (stream, version, schema_version, payload) VALUES ($1, $2, $3, $4::text::json)"
                ))
                .map_err(db)?,
            message: client
                .prepare(&format!(
                    "INSERT INTO {schema}.outbox (id, aggregatetype, aggregateid, type, payload, not_before, attempts, delivered_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING"
                ))
                .map_err(db)?,
        };
        *self.prepared.borrow_mut() = Some(p.clone());
        Ok(p)
    }

    /// The connection, for one call.
    fn client(&self) -> Result<RefMut<'_, Client>> {
        self.client.try_borrow_mut().map_err(|_| broken("the connection is in use by an unfinished call"))
    }

    fn migrate(&self) -> Result<()> {
        let schema = self.schema.clone();
        let mut client = self.client()?;
        let mut tx = client.transaction().map_err(db)?;
        // one migrator at a time per schema, whatever the number of processes starting
        tx.execute("SELECT pg_advisory_xact_lock(hashtext($1))", &[&format!("{schema}.migrate")]).map_err(db)?;
        let exists: bool = tx
            .query_one("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)", &[&schema])
            .map_err(db)?
            .get(0);
        let ours: bool = tx
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'postpurchase_schema')",
                &[&schema],
            )
            .map_err(db)?
            .get(0);
        if exists && !ours {
            let tables: i64 = tx
                .query_one("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = $1", &[&schema])
                .map_err(db)?
                .get(0);
            if tables > 0 {
                return Err(Error::new(
                    ErrorKind::ForeignDatabase,
                    "the schema belongs to another application: it has tables and no postpurchase_schema",
                )
                .with("schema", schema)
                .with("tables", tables));
            }
        }
        if !ours {
            tx.batch_execute(&format!(
                "CREATE SCHEMA IF NOT EXISTS {schema};
                 CREATE TABLE {schema}.postpurchase_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL,
                                                            applied_at TIMESTAMPTZ NOT NULL DEFAULT now());"
            ))
            .map_err(db)?;
        }
        let applied: i32 = tx
            .query_one(&format!("SELECT COALESCE(MAX(version), 0) FROM {schema}.postpurchase_schema"), &[])
            .map_err(db)?
            .get(0);
        let applied = u32::try_from(applied).unwrap_or(0);
        if applied > SCHEMA_VERSION {
            return Err(Error::new(ErrorKind::SchemaTooNew, "the store's schema is newer than this library")
                .with("schema_version", applied)
                .with("supported", SCHEMA_VERSION));
        }
        for (version, name, sql) in MIGRATIONS.iter().filter(|(v, _, _)| *v > applied) {
            tx.batch_execute(&sql.replace("{schema}", &schema))
                .map_err(|e| broken(&format!("migration {version} ({name}): {}", chain(&e))))?;
            tx.execute(
                &format!("INSERT INTO {schema}.postpurchase_schema (version, name) VALUES ($1, $2)"),
                &[&i32::try_from(*version).unwrap_or(i32::MAX), name],
            )
            .map_err(db)?;
        }
        tx.commit().map_err(db)
    }

    /// The schema the store uses.
    pub fn schema(&self) -> &str {
        &self.schema
    }

    /// The schema version of the store.
    ///
    /// # Errors
    /// Storage failures.
    pub fn schema_version(&self) -> Result<u32> {
        let v: i32 = self
            .client()?
            .query_one(&self.sql("SELECT MAX(version) FROM {schema}.postpurchase_schema"), &[])
            .map_err(db)?
            .get(0);
        Ok(u32::try_from(v).unwrap_or(0))
    }

    /// Whether the connection still works (after a server restart it does not: connect again).
    pub fn is_closed(&self) -> bool {
        self.client.try_borrow().is_ok_and(|c| c.is_closed())
    }

    /// [`CommandLog::commit`] for events already serialised as JSON text.
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
        let schema = self.schema.clone();
        let mut client = self.client()?;
        let statements = self.commit_statements(&mut client)?;
        let notify = self.notify.get().then_some(schema.as_str());
        if self.in_batch.get() {
            // inside a batch: a failure after the version check discards the whole batch
            return write_commit(&mut *client, &statements, notify, stream, expected, payloads, messages).inspect_err(
                |e| {
                    if e.kind() != ErrorKind::ConcurrencyConflict {
                        let _ = client.batch_execute("ROLLBACK");
                        self.in_batch.set(false);
                    }
                },
            );
        }
        let mut tx = client.transaction().map_err(db)?;
        let version = write_commit(&mut tx, &statements, notify, stream, expected, payloads, messages)?;
        tx.commit().map_err(|e| conflict_or_db(e, stream, expected))?;
        Ok(version)
    }

    /// Starts a batch: every commit until [`PostgresStore::commit_batch`] lands in one
    /// transaction (bulk work such as an import; one commit per batch instead of one per command).
    /// Inside a batch a stale expected version is refused before anything is written (the batch
    /// goes on); any other failure rolls the whole batch back. Relay calls run outside it.
    ///
    /// # Errors
    /// Storage failures, or a batch already open.
    pub fn begin_batch(&mut self) -> Result<()> {
        if self.in_batch.get() {
            return Err(broken("a batch is already open"));
        }
        self.client()?.batch_execute("BEGIN").map_err(db)?;
        self.in_batch.set(true);
        Ok(())
    }

    /// Commits the open batch.
    ///
    /// # Errors
    /// Storage failures (the batch is rolled back), or no batch open.
    pub fn commit_batch(&mut self) -> Result<()> {
        if !self.in_batch.replace(false) {
            return Err(broken("no batch is open"));
        }
        self.client()?.batch_execute("COMMIT").map_err(db)
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
        effect: impl FnOnce(&mut Transaction<'_>) -> Result<T>,
    ) -> Result<Option<T>> {
        self.outside_batch("handle_once")?;
        let sql = self.sql(INSERT_INBOX);
        let mut client = self.client()?;
        let mut tx = client.transaction().map_err(db)?;
        if tx.execute(&sql, &[&consumer, &message_id, &at]).map_err(db)? == 0 {
            return Ok(None);
        }
        let out = effect(&mut tx)?;
        tx.commit().map_err(db)?;
        Ok(Some(out))
    }

    /// Waits up to `timeout` for a commit that enqueued messages (`LISTEN <schema>_outbox`);
    /// `true` when one came. A relay calls it between passes instead of polling.
    ///
    /// # Errors
    /// Storage failures.
    pub fn wait_for_messages(&mut self, timeout: StdDuration) -> Result<bool> {
        let channel = format!("{}_outbox", self.schema);
        let mut client = self.client()?;
        client.batch_execute(&format!("LISTEN {channel}")).map_err(db)?;
        let mut notifications = client.notifications();
        let got = notifications.timeout_iter(timeout).next().map_err(db)?.is_some();
        // drain what else arrived: one pass serves them all
        while notifications.iter().next().map_err(db)?.is_some() {}
        Ok(got)
    }

    /// Number of messages not yet delivered (due or not, dead letters excluded).
    ///
    /// # Errors
    /// Storage failures.
    pub fn pending_count(&self) -> Result<u64> {
        let sql = self.sql("SELECT COUNT(*) FROM {schema}.outbox WHERE delivered_at IS NULL AND NOT dead");
        let n: i64 = self.client()?.query_one(&sql, &[]).map_err(db)?.get(0);
        Ok(count(n))
    }

    /// Names of every stream.
    ///
    /// # Errors
    /// Storage failures.
    pub fn streams(&self) -> Result<Vec<String>> {
        let sql = self.sql("SELECT DISTINCT stream FROM {schema}.events ORDER BY stream");
        Ok(self.client()?.query(&sql, &[]).map_err(db)?.iter().map(|r| r.get(0)).collect())
    }

    /// Every message (delivered or not), oldest first.
    ///
    /// # Errors
    /// Storage failures.
    pub fn all_messages(&self) -> Result<Vec<OutboxMessage>> {
        let sql = self.sql(&format!("SELECT {MESSAGE_COLUMNS} FROM {{schema}}.outbox ORDER BY seq"));
        messages(&mut *self.client()?, &sql, &[])
    }

    /// Runs SQL of the host's own on this connection.
    ///
    /// # Errors
    /// Storage failures.
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        self.client()?.batch_execute(sql).map_err(db)
    }

    /// Drops the store's schema and everything in it (for tests and teardown).
    ///
    /// # Errors
    /// Storage failures.
    pub fn drop_schema(self) -> Result<()> {
        let sql = self.sql("DROP SCHEMA {schema} CASCADE");
        self.client()?.batch_execute(&sql).map_err(db)
    }

    /// Gives positions to the events of transactions older than every transaction still
    /// running, in (txid, seq) order, one placer at a time: the global log's order.
    fn place_events(&self) -> Result<()> {
        self.outside_batch("read_all")?;
        let schema = self.schema.clone();
        let mut client = self.client()?;
        let mut tx = client.transaction().map_err(db)?;
        tx.execute("SELECT pg_advisory_xact_lock(hashtext($1))", &[&format!("{schema}.log")]).map_err(db)?;
        tx.execute(
            &format!(
                "WITH base AS (SELECT COALESCE(MAX(position), 0) AS b FROM {schema}.events),
                      pending AS (SELECT seq, row_number() OVER (ORDER BY txid, seq) AS n FROM {schema}.events
                                  WHERE position IS NULL AND txid < pg_snapshot_xmin(pg_current_snapshot()))
                 UPDATE {schema}.events e SET position = base.b + pending.n FROM pending, base WHERE e.seq = pending.seq"
            ),
            &[],
        )
        .map_err(db)?;
        tx.commit().map_err(db)
    }
}

/// A URL without its password, for error messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = url.get(scheme.saturating_add(3)..at).unwrap_or("");
            let user = credentials.split(':').next().unwrap_or("");
            format!(
                "{}{}@{}",
                url.get(..scheme.saturating_add(3)).unwrap_or(""),
                user,
                url.get(at.saturating_add(1)..).unwrap_or("")
            )
        }
        _ => url.to_owned(),
    }
}

fn conflict_or_db(e: postgres::Error, stream: &str, expected: u64) -> Error {
    if e.code() == Some(&SqlState::UNIQUE_VIOLATION) || e.code() == Some(&SqlState::T_R_SERIALIZATION_FAILURE) {
        // another writer took the same version between our check and our insert
        return concurrency_conflict(stream, expected, expected.saturating_add(1));
    }
    db(e)
}

const DELIVERED: &str = "UPDATE {schema}.outbox SET delivered_at = $4, attempts = attempts + 1, lease_owner = NULL,
     lease_until = NULL WHERE id = $1 AND lease_owner = $2 AND lease_until = $3";

const MESSAGE_COLUMNS: &str = "id, type, payload, not_before, attempts, delivered_at";

const INSERT_INBOX: &str =
    "INSERT INTO {schema}.inbox (consumer, message_id, handled_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";

fn message_of(r: &postgres::Row) -> OutboxMessage {
    let mut m = OutboxMessage::new(r.get::<_, String>(0), r.get::<_, String>(1), r.get::<_, String>(2), r.get(3));
    m.attempts = u32::try_from(r.get::<_, i32>(4)).unwrap_or(0);
    m.delivered_at = r.get(5);
    m
}

fn messages(
    c: &mut impl GenericClient,
    sql: &str,
    args: &[&(dyn postgres::types::ToSql + Sync)],
) -> Result<Vec<OutboxMessage>> {
    Ok(c.query(sql, args).map_err(db)?.iter().map(message_of).collect())
}

fn write_commit(
    tx: &mut impl GenericClient,
    statements: &CommitStatements,
    notify: Option<&str>,
    stream: &str,
    expected: u64,
    payloads: &[String],
    messages: &[OutboxMessage],
) -> Result<u64> {
    let current: i64 = tx.query_one(&statements.version, &[&stream]).map_err(db)?.get(0);
    let current = count(current);
    if current != expected {
        return Err(concurrency_conflict(stream, expected, current));
    }
    let mut version = current;
    for json in payloads {
        version = version.checked_add(1).ok_or_else(|| broken("stream too long"))?;
        tx.execute(&statements.event, &[&stream, &int(version)?, &declared_schema_version(json), json])
            .map_err(|e| conflict_or_db(e, stream, expected))?;
    }
    for m in messages {
        let attempts = i32::try_from(m.attempts).unwrap_or(i32::MAX);
        tx.execute(
            &statements.message,
            &[
                &m.dedupe_key,
                &aggregate_type(stream),
                &stream,
                &m.topic,
                &m.payload,
                &m.not_before,
                &attempts,
                &m.delivered_at,
            ],
        )
        .map_err(db)?;
    }
    if let (false, Some(schema)) = (messages.is_empty(), notify) {
        tx.batch_execute(&format!("NOTIFY {schema}_outbox")).map_err(db)?;
    }
    Ok(version)
}

impl<E: Serialize + DeserializeOwned> EventStore<E> for PostgresStore {
    fn append(&mut self, stream: &str, expected_version: u64, events: &[E]) -> Result<u64> {
        self.commit(stream, expected_version, events, &[])
    }

    fn load(&self, stream: &str) -> Result<Vec<E>> {
        let sql = self.sql("SELECT payload::text FROM {schema}.events WHERE stream = $1 ORDER BY version");
        let rows = self.client()?.query(&sql, &[&stream]).map_err(db)?;
        rows.iter()
            .map(|r| {
                serde_json::from_str(r.get::<_, &str>(0)).map_err(|e| {
                    Error::new(ErrorKind::InvalidInput, format!("a stored event of {stream} cannot be read: {e}"))
                        .with("stream", stream)
                })
            })
            .collect()
    }

    fn version(&self, stream: &str) -> Result<u64> {
        let sql = self.sql("SELECT COALESCE(MAX(version), 0) FROM {schema}.events WHERE stream = $1");
        let v: i64 = self.client()?.query_one(&sql, &[&stream]).map_err(db)?.get(0);
        Ok(count(v))
    }
}

impl<E: Serialize + DeserializeOwned> CommandLog<E> for PostgresStore {
    fn commit(&mut self, stream: &str, expected_version: u64, events: &[E], messages: &[OutboxMessage]) -> Result<u64> {
        let payloads = events.iter().map(serde_json::to_string).collect::<serde_json::Result<Vec<_>>>().map_err(db)?;
        self.commit_serialized(stream, expected_version, &payloads, messages)
    }

    fn read_all(&self, after: u64, limit: usize) -> Result<Vec<LoggedEvent<E>>> {
        self.place_events()?;
        let sql = self.sql(
            "SELECT position, stream, version, payload::text FROM {schema}.events
             WHERE position > $1 ORDER BY position LIMIT $2",
        );
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = self.client()?.query(&sql, &[&int(after)?, &limit]).map_err(db)?;
        rows.iter()
            .map(|r| {
                let position: i64 = r.get(0);
                let event = serde_json::from_str(r.get::<_, &str>(3)).map_err(|e| {
                    Error::new(ErrorKind::InvalidInput, format!("the stored event at {position} cannot be read: {e}"))
                        .with("position", position)
                })?;
                Ok(LoggedEvent { position: count(position), stream: r.get(1), version: count(r.get(2)), event })
            })
            .collect()
    }
}

impl ClaimingOutbox for PostgresStore {
    fn claim(&mut self, worker: &str, now: DateTime<Utc>, lease: Duration, limit: usize) -> Result<Vec<Claimed>> {
        let until = now.checked_add_signed(lease).unwrap_or(DateTime::<Utc>::MAX_UTC);
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let sql = self.sql(&format!(
            "UPDATE {{schema}}.outbox o SET lease_owner = $1, lease_until = $2
             FROM (SELECT seq FROM {{schema}}.outbox
                   WHERE delivered_at IS NULL AND NOT dead AND not_before <= $3 AND (lease_until IS NULL OR lease_until <= $3)
                   ORDER BY seq LIMIT $4 FOR UPDATE SKIP LOCKED) due
             WHERE o.seq = due.seq
             RETURNING o.seq, {}",
            MESSAGE_COLUMNS.split(", ").map(|c| format!("o.{c}")).collect::<Vec<_>>().join(", ")
        ));
        let mut rows = self.client()?.query(&sql, &[&worker, &until, &now, &limit]).map_err(db)?;
        rows.sort_by_key(|r| r.get::<_, i64>(0));
        Ok(rows
            .iter()
            .map(|r| {
                let mut m =
                    OutboxMessage::new(r.get::<_, String>(1), r.get::<_, String>(2), r.get::<_, String>(3), r.get(4));
                m.attempts = u32::try_from(r.get::<_, i32>(5)).unwrap_or(0);
                m.delivered_at = r.get(6);
                Claimed { message: m, worker: worker.to_owned(), until }
            })
            .collect())
    }

    fn delivered(&mut self, claim: &Claimed, at: DateTime<Utc>) -> Result<Settled> {
        let sql = self.sql(
            "UPDATE {schema}.outbox SET delivered_at = $4, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL
             WHERE id = $1 AND lease_owner = $2 AND lease_until = $3",
        );
        let n =
            self.client()?.execute(&sql, &[&claim.message.dedupe_key, &claim.worker, &claim.until, &at]).map_err(db)?;
        Ok(if n == 1 { Settled::Done } else { Settled::LeaseLost })
    }

    fn delivered_all(&mut self, claims: &[Claimed], at: DateTime<Utc>) -> Result<Vec<Settled>> {
        if claims.is_empty() {
            return Ok(Vec::new());
        }
        self.outside_batch("delivered_all")?;
        let sql = self.sql(DELIVERED);
        let mut client = self.client()?;
        let mut tx = client.transaction().map_err(db)?;
        let statement = tx.prepare(&sql).map_err(db)?;
        let mut out = Vec::with_capacity(claims.len());
        for c in claims {
            let n = tx.execute(&statement, &[&c.message.dedupe_key, &c.worker, &c.until, &at]).map_err(db)?;
            out.push(if n == 1 { Settled::Done } else { Settled::LeaseLost });
        }
        tx.commit().map_err(db)?;
        Ok(out)
    }

    fn failed(&mut self, claim: &Claimed, retry_at: DateTime<Utc>, dead_after: u32) -> Result<Settled> {
        let dead_after = i32::try_from(dead_after).unwrap_or(i32::MAX);
        let sql = self.sql(
            "UPDATE {schema}.outbox SET attempts = attempts + 1, dead = attempts + 1 >= $4,
                    not_before = CASE WHEN attempts + 1 >= $4 THEN not_before ELSE $5 END,
                    lease_owner = NULL, lease_until = NULL
             WHERE id = $1 AND lease_owner = $2 AND lease_until = $3
             RETURNING dead",
        );
        let rows = self
            .client()?
            .query(&sql, &[&claim.message.dedupe_key, &claim.worker, &claim.until, &dead_after, &retry_at])
            .map_err(db)?;
        Ok(match rows.first().map(|r| r.get::<_, bool>(0)) {
            None => Settled::LeaseLost,
            Some(true) => Settled::DeadLettered,
            Some(false) => Settled::Retried,
        })
    }

    fn dead_letters(&self) -> Result<Vec<OutboxMessage>> {
        let sql = self.sql(&format!("SELECT {MESSAGE_COLUMNS} FROM {{schema}}.outbox WHERE dead ORDER BY seq"));
        messages(&mut *self.client()?, &sql, &[])
    }
}

impl Checkpoints for PostgresStore {
    fn checkpoint(&self, consumer: &str) -> Result<u64> {
        let sql = self.sql("SELECT position FROM {schema}.checkpoints WHERE consumer = $1");
        let rows = self.client()?.query(&sql, &[&consumer]).map_err(db)?;
        Ok(rows.first().map_or(0, |r| count(r.get(0))))
    }

    fn save_checkpoint(&mut self, consumer: &str, position: u64) -> Result<()> {
        let sql = self.sql(
            "INSERT INTO {schema}.checkpoints (consumer, position) VALUES ($1, $2)
             ON CONFLICT (consumer) DO UPDATE SET position = excluded.position
             WHERE excluded.position >= {schema}.checkpoints.position",
        );
        let n = self.client()?.execute(&sql, &[&consumer, &int(position)?]).map_err(db)?;
        if n == 0 {
            return Err(Error::new(ErrorKind::InvalidInput, "a checkpoint never moves back").with("consumer", consumer));
        }
        Ok(())
    }
}

impl Inbox for PostgresStore {
    fn first_delivery(&mut self, consumer: &str, message_id: &str, at: DateTime<Utc>) -> Result<bool> {
        let sql = self.sql(INSERT_INBOX);
        Ok(self.client()?.execute(&sql, &[&consumer, &message_id, &at]).map_err(db)? == 1)
    }
}
