//! The stores for Python hosts: one class over `postpurchase-sqlite` and `postpurchase-postgres`.
//! Events cross as their JSON text (the host's events are what `Order.handle` and
//! `Member.handle` return), messages as (dedupe key, topic, payload, not before) and claims as
//! tuples; the package's `postpurchase.stores` gives them their Python shape.

use chrono::Duration;
use postpurchase::store::{Claimed, ClaimingOutbox, EventStore, Inbox, OutboxMessage};
use postpurchase_postgres::PostgresStore;
use postpurchase_sqlite::SqliteStore;
use pyo3::prelude::*;

use crate::{time, to_py};

#[allow(clippy::large_enum_variant)]
enum Backend {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

/// A store: a SQLite file or a PostgreSQL schema. One per thread.
#[pyclass(name = "NativeStore", module = "postpurchase._native", unsendable)]
pub(crate) struct PyStore {
    inner: Backend,
}

/// A claimed message: (dedupe key, topic, payload, not before, attempts, worker, until).
type ClaimTuple = (String, String, String, String, u32, String, String);

fn rfc3339(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

impl PyStore {
    fn outbox(&mut self) -> &mut dyn ClaimingOutbox {
        match &mut self.inner {
            Backend::Sqlite(s) => s,
            Backend::Postgres(s) => s,
        }
    }
}

#[pymethods]
impl PyStore {
    /// Opens a SQLite file (created with its schema if needed) or connects to a `postgres://`
    /// URL (schema `postpurchase` unless `schema` names another).
    #[new]
    #[pyo3(signature = (target, schema = None))]
    fn new(target: &str, schema: Option<&str>) -> PyResult<Self> {
        let inner = if target.starts_with("postgres://") || target.starts_with("postgresql://") {
            Backend::Postgres(
                PostgresStore::connect_in_schema(target, schema.unwrap_or(postpurchase_postgres::DEFAULT_SCHEMA))
                    .map_err(to_py)?,
            )
        } else {
            Backend::Sqlite(SqliteStore::open(std::path::Path::new(target)).map_err(to_py)?)
        };
        Ok(PyStore { inner })
    }

    /// Appends the events (JSON texts) at `expected_version` and enqueues the messages, in one
    /// transaction; the stream's new version.
    fn commit(
        &mut self,
        stream: &str,
        expected_version: u64,
        events: Vec<String>,
        messages: Vec<(String, String, String, String)>,
    ) -> PyResult<u64> {
        let messages = messages
            .into_iter()
            .map(|(key, topic, payload, due)| Ok(OutboxMessage::new(key, topic, payload, time(&due)?)))
            .collect::<PyResult<Vec<_>>>()?;
        match &mut self.inner {
            Backend::Sqlite(s) => s.commit_serialized(stream, expected_version, &events, &messages),
            Backend::Postgres(s) => s.commit_serialized(stream, expected_version, &events, &messages),
        }
        .map_err(to_py)
    }

    /// The stream's events as JSON texts, oldest first.
    fn load(&self, stream: &str) -> PyResult<Vec<String>> {
        let events: Vec<serde_json::Value> = match &self.inner {
            Backend::Sqlite(s) => s.load(stream),
            Backend::Postgres(s) => s.load(stream),
        }
        .map_err(to_py)?;
        Ok(events.iter().map(serde_json::Value::to_string).collect())
    }

    /// The stream's version (0 if it does not exist).
    fn version(&self, stream: &str) -> PyResult<u64> {
        match &self.inner {
            Backend::Sqlite(s) => EventStore::<serde_json::Value>::version(s, stream),
            Backend::Postgres(s) => EventStore::<serde_json::Value>::version(s, stream),
        }
        .map_err(to_py)
    }

    /// Messages not yet delivered (dead letters excluded).
    fn pending_count(&self) -> PyResult<u64> {
        match &self.inner {
            Backend::Sqlite(s) => s.pending_count(),
            Backend::Postgres(s) => s.pending_count(),
        }
        .map_err(to_py)
    }

    /// Claims up to `limit` due messages for `worker` until `now + lease_seconds`.
    fn claim(&mut self, worker: &str, now: &str, lease_seconds: i64, limit: usize) -> PyResult<Vec<ClaimTuple>> {
        let lease = Duration::try_seconds(lease_seconds).filter(|l| *l > Duration::zero()).ok_or_else(|| {
            to_py(postpurchase::Error::new(
                postpurchase::ErrorKind::InvalidInput,
                "lease: a positive number of seconds",
            ))
        })?;
        let claims = self.outbox().claim(worker, time(now)?, lease, limit).map_err(to_py)?;
        Ok(claims
            .into_iter()
            .map(|c| {
                let m = c.message;
                (m.dedupe_key, m.topic, m.payload, rfc3339(m.not_before), m.attempts, c.worker, rfc3339(c.until))
            })
            .collect())
    }

    /// Marks claimed messages delivered, in one transaction: for each, `done` or `lease_lost`.
    fn delivered(&mut self, claims: Vec<(String, String, String)>, at: &str) -> PyResult<Vec<&'static str>> {
        let at = time(at)?;
        let claims = claims
            .into_iter()
            .map(|(key, worker, until)| {
                Ok(Claimed { message: OutboxMessage::new(key, "", "", at), worker, until: time(&until)? })
            })
            .collect::<PyResult<Vec<_>>>()?;
        let settled = self.outbox().delivered_all(&claims, at).map_err(to_py)?;
        Ok(settled
            .into_iter()
            .map(|s| if s == postpurchase::store::Settled::Done { "done" } else { "lease_lost" })
            .collect())
    }

    /// Records that `consumer` handles `message_id`; `False` if it already had.
    fn first_delivery(&mut self, consumer: &str, message_id: &str, at: &str) -> PyResult<bool> {
        let at = time(at)?;
        match &mut self.inner {
            Backend::Sqlite(s) => s.first_delivery(consumer, message_id, at),
            Backend::Postgres(s) => s.first_delivery(consumer, message_id, at),
        }
        .map_err(to_py)
    }
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyStore>()
}
