//! The stores for Node hosts: one class over `postpurchase-sqlite` and `postpurchase-postgres`.
//! A command's events (the documents `Order.handle` returns, or stored JSON) and its messages
//! commit in one transaction; a stale expected version is `store.concurrency_conflict` and writes
//! nothing.
use chrono::{DateTime, Duration, Utc};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase::store::{Claimed, ClaimingOutbox, EventStore, Inbox, OutboxMessage, Settled};
use postpurchase_postgres::PostgresStore;
use postpurchase_sqlite::SqliteStore;

use crate::args::{contract_doc, count, js, text, time};
use crate::document::Document;

#[allow(clippy::large_enum_variant)]
enum Backend {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

/// A message to deliver at least once.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct MessageDoc {
    dedupe_key: String,
    topic: String,
    payload: String,
    not_before: DateTime<Utc>,
}

/// A claimed message as the relay gives it back.
#[derive(serde::Serialize, serde::Deserialize, Clone)]
struct ClaimDoc {
    dedupe_key: String,
    topic: String,
    payload: String,
    not_before: DateTime<Utc>,
    attempts: u32,
    worker: String,
    until: DateTime<Utc>,
}

/// A store: a SQLite file (created with its schema when missing) or a `postgres://` URL (schema
/// `postpurchase` unless `schema` names another).
#[napi]
pub struct Store {
    inner: Backend,
}

#[napi]
impl Store {
    /// Opens the store.
    #[napi(constructor)]
    pub fn new(
        #[napi(ts_arg_type = "string")] target: Unknown<'_>,
        #[napi(ts_arg_type = "string")] schema: Option<Unknown<'_>>,
    ) -> Result<Store, String> {
        crate::guard(|| {
            let target = text(&target, "target")?;
            let inner = if target.starts_with("postgres://") || target.starts_with("postgresql://") {
                let schema = match &schema {
                    Some(s) => text(s, "schema")?,
                    None => postpurchase_postgres::DEFAULT_SCHEMA.to_owned(),
                };
                Backend::Postgres(PostgresStore::connect_in_schema(&target, &schema).map_err(js)?)
            } else {
                Backend::Sqlite(SqliteStore::open(std::path::Path::new(&target)).map_err(js)?)
            };
            Ok(Store { inner })
        })
    }

    /// Appends the events at `expectedVersion` and enqueues the messages in one transaction;
    /// returns the stream's new version.
    #[napi]
    pub fn commit(
        &mut self,
        env: Env,
        #[napi(ts_arg_type = "string")] stream: Unknown<'_>,
        #[napi(ts_arg_type = "number")] expected_version: Unknown<'_>,
        #[napi(ts_arg_type = "Array<object>")] events: Unknown<'_>,
        #[napi(ts_arg_type = "Array<{ dedupeKey: string, topic: string, payload: string, notBefore: Date | string }>")]
        messages: Option<Unknown<'_>>,
    ) -> Result<f64, String> {
        crate::guard(|| {
            let stream = text(&stream, "stream")?;
            let expected = u64::from(count(&expected_version, "expectedVersion")?);
            let events: Vec<serde_json::Value> = contract_doc(&env, &events, "events")?;
            let payloads = events.iter().map(serde_json::Value::to_string).collect::<Vec<_>>();
            let messages: Vec<MessageDoc> = match &messages {
                Some(m) => contract_doc(&env, m, "messages")?,
                None => Vec::new(),
            };
            let messages: Vec<OutboxMessage> = messages
                .into_iter()
                .map(|m| OutboxMessage::new(m.dedupe_key, m.topic, m.payload, m.not_before))
                .collect();
            let v = match &mut self.inner {
                Backend::Sqlite(s) => s.commit_serialized(&stream, expected, &payloads, &messages),
                Backend::Postgres(s) => s.commit_serialized(&stream, expected, &payloads, &messages),
            }
            .map_err(js)?;
            Ok(v as f64)
        })
    }

    /// The stream's events, oldest first, as documents (what `Order.fromEvents` takes).
    #[napi(ts_return_type = "Array<OrderEvent>")]
    pub fn load(&self, #[napi(ts_arg_type = "string")] stream: Unknown<'_>) -> Result<Document, String> {
        crate::guard(|| {
            let stream = text(&stream, "stream")?;
            let events: Vec<serde_json::Value> = match &self.inner {
                Backend::Sqlite(s) => s.load(&stream),
                Backend::Postgres(s) => s.load(&stream),
            }
            .map_err(js)?;
            Ok(Document::owned(events))
        })
    }

    /// The stream's version (0 if it does not exist).
    #[napi]
    pub fn version(&self, #[napi(ts_arg_type = "string")] stream: Unknown<'_>) -> Result<f64, String> {
        crate::guard(|| {
            let stream = text(&stream, "stream")?;
            let v = match &self.inner {
                Backend::Sqlite(s) => EventStore::<serde_json::Value>::version(s, &stream),
                Backend::Postgres(s) => EventStore::<serde_json::Value>::version(s, &stream),
            }
            .map_err(js)?;
            Ok(v as f64)
        })
    }

    /// Messages not yet delivered (dead letters excluded).
    #[napi]
    pub fn pending_count(&self) -> Result<f64, String> {
        crate::guard(|| {
            let n = match &self.inner {
                Backend::Sqlite(s) => s.pending_count(),
                Backend::Postgres(s) => s.pending_count(),
            }
            .map_err(js)?;
            Ok(n as f64)
        })
    }

    /// Claims up to `limit` due messages for `worker` until `now + leaseSeconds`.
    #[napi(
        ts_return_type = "Array<{ dedupeKey: string, topic: string, payload: string, notBefore: Date, attempts: number, worker: string, until: Date }>"
    )]
    pub fn claim(
        &mut self,
        #[napi(ts_arg_type = "string")] worker: Unknown<'_>,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
        #[napi(ts_arg_type = "number")] lease_seconds: Unknown<'_>,
        #[napi(ts_arg_type = "number")] limit: Unknown<'_>,
    ) -> Result<Document, String> {
        crate::guard(|| {
            let worker = text(&worker, "worker")?;
            let now = time(&now, "now")?;
            let lease = Duration::seconds(i64::from(count(&lease_seconds, "leaseSeconds")?));
            let limit = count(&limit, "limit")? as usize;
            let claims = self.outbox().claim(&worker, now, lease, limit).map_err(js)?;
            let docs: Vec<ClaimDoc> = claims
                .into_iter()
                .map(|c| ClaimDoc {
                    dedupe_key: c.message.dedupe_key,
                    topic: c.message.topic,
                    payload: c.message.payload,
                    not_before: c.message.not_before,
                    attempts: c.message.attempts,
                    worker: c.worker,
                    until: c.until,
                })
                .collect();
            Ok(Document::owned(docs))
        })
    }

    /// Marks claimed messages delivered in one transaction: `'done'` or `'lease_lost'` each.
    #[napi(ts_return_type = "Array<'done' | 'lease_lost'>")]
    pub fn delivered(
        &mut self,
        env: Env,
        #[napi(ts_arg_type = "Array<object>")] claims: Unknown<'_>,
        #[napi(ts_arg_type = "Date | string")] at: Unknown<'_>,
    ) -> Result<Vec<String>, String> {
        crate::guard(|| {
            let at = time(&at, "at")?;
            let docs: Vec<ClaimDoc> = contract_doc(&env, &claims, "claims")?;
            let claims: Vec<Claimed> = docs
                .into_iter()
                .map(|d| Claimed {
                    message: OutboxMessage::new(d.dedupe_key, d.topic, d.payload, d.not_before),
                    worker: d.worker,
                    until: d.until,
                })
                .collect();
            let settled = self.outbox().delivered_all(&claims, at).map_err(js)?;
            Ok(settled.into_iter().map(|s| if s == Settled::Done { "done" } else { "lease_lost" }.to_owned()).collect())
        })
    }

    /// Records that `consumer` handles `messageId`; `false` if it already had.
    #[napi]
    pub fn first_delivery(
        &mut self,
        #[napi(ts_arg_type = "string")] consumer: Unknown<'_>,
        #[napi(ts_arg_type = "string")] message_id: Unknown<'_>,
        #[napi(ts_arg_type = "Date | string")] at: Unknown<'_>,
    ) -> Result<bool, String> {
        crate::guard(|| {
            let (consumer, id, at) = (text(&consumer, "consumer")?, text(&message_id, "messageId")?, time(&at, "at")?);
            match &mut self.inner {
                Backend::Sqlite(s) => s.first_delivery(&consumer, &id, at),
                Backend::Postgres(s) => s.first_delivery(&consumer, &id, at),
            }
            .map_err(js)
        })
    }
}

impl Store {
    fn outbox(&mut self) -> &mut dyn ClaimingOutbox {
        match &mut self.inner {
            Backend::Sqlite(s) => s,
            Backend::Postgres(s) => s,
        }
    }
}
