//! The ports the host implements: an event store with optimistic concurrency and a message
//! outbox; for a host with several processes, a command log that commits a command's events with
//! its messages, an outbox that claims messages under a lease, a global log for projections with
//! per-consumer checkpoints, and an inbox. In-memory implementations are included for tests and
//! embedded use; `postpurchase-sqlite` and `postpurchase-postgres` implement them on a database,
//! and `conformance` (feature `testing`) is the suite every store passes.
//!
//! ```
//! use postpurchase::{EventStore, InMemoryEventStore};
//!
//! let mut store = InMemoryEventStore::<String>::new();
//! store.append("order-1", 0, &["placed".to_string()])?;
//! let stale = store.append("order-1", 0, &["confirmed".to_string()]).unwrap_err();
//! assert_eq!(stale.code(), "store.concurrency_conflict");
//! assert_eq!(store.load("order-1")?.len(), 1);
//! # Ok::<(), postpurchase::Error>(())
//! ```

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

#[cfg(feature = "testing")]
pub mod conformance;
mod durable;

pub use durable::{
    Checkpoints, ClaimReport, Claimed, ClaimingOutbox, CommandLog, InMemoryStore, Inbox, LoggedEvent, RelayPolicy,
    Settled, relay_claimed,
};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};

/// An event with its position in its stream (1-based).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredEvent<E> {
    /// Position in the stream; the first event is 1.
    pub version: u64,
    /// The event.
    pub event: E,
}

/// Append-only streams of events with optimistic concurrency.
pub trait EventStore<E> {
    /// Appends `events` to `stream` if its current version is `expected_version` (0 for a new
    /// stream); returns the new version.
    ///
    /// # Errors
    /// [`ErrorKind::ConcurrencyConflict`] if the stream moved on; nothing is written.
    fn append(&mut self, stream: &str, expected_version: u64, events: &[E]) -> Result<u64>;

    /// Every event of `stream`, oldest first (empty for an unknown stream).
    ///
    /// # Errors
    /// Storage failures of the implementation.
    fn load(&self, stream: &str) -> Result<Vec<E>>;

    /// The stream's current version (0 if it does not exist).
    ///
    /// # Errors
    /// Storage failures of the implementation.
    fn version(&self, stream: &str) -> Result<u64>;
}

/// An [`EventStore`] in memory.
#[derive(Debug, Clone, Default)]
pub struct InMemoryEventStore<E> {
    streams: BTreeMap<String, Vec<E>>,
}

impl<E> InMemoryEventStore<E> {
    /// An empty store.
    pub fn new() -> Self {
        InMemoryEventStore { streams: BTreeMap::new() }
    }

    /// Names of every stream.
    pub fn streams(&self) -> impl Iterator<Item = &str> {
        self.streams.keys().map(String::as_str)
    }
}

/// The aggregate type of a stream for an outbox row (Debezium's `aggregatetype`): the text before
/// its first `-` (`order` for `order-o-1`), else the whole name. Every store writes it the same.
pub fn aggregate_type(stream: &str) -> &str {
    stream.split_once('-').map_or(stream, |(kind, _)| kind)
}

/// The schema version a stored event's JSON declares (`schema_version`), if it has one: the
/// column every store keeps beside the payload.
pub fn declared_schema_version(json: &str) -> Option<i32> {
    #[derive(Deserialize)]
    struct Declared {
        schema_version: Option<i32>,
    }
    serde_json::from_str::<Declared>(json).ok().and_then(|d| d.schema_version)
}

/// The conflict error every store implementation returns.
pub fn concurrency_conflict(stream: &str, expected: u64, actual: u64) -> Error {
    Error::new(ErrorKind::ConcurrencyConflict, "the stream changed since it was read")
        .with("stream", stream)
        .with("expected_version", expected)
        .with("actual_version", actual)
}

impl<E: Clone> EventStore<E> for InMemoryEventStore<E> {
    fn append(&mut self, stream: &str, expected_version: u64, events: &[E]) -> Result<u64> {
        let current = self.version(stream)?;
        if current != expected_version {
            return Err(concurrency_conflict(stream, expected_version, current));
        }
        let s = self.streams.entry(stream.to_string()).or_default();
        s.extend_from_slice(events);
        Ok(s.len() as u64)
    }

    fn load(&self, stream: &str) -> Result<Vec<E>> {
        Ok(self.streams.get(stream).cloned().unwrap_or_default())
    }

    fn version(&self, stream: &str) -> Result<u64> {
        Ok(self.streams.get(stream).map_or(0, |s| s.len() as u64))
    }
}

/// A message waiting to be delivered by the host's messaging.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMessage {
    /// Stable key: enqueuing the same key twice keeps one message.
    pub dedupe_key: String,
    /// What kind of message (e.g. `"notification.shipped"`).
    pub topic: String,
    /// The message body, usually JSON.
    pub payload: String,
    /// Do not deliver before this time.
    pub not_before: DateTime<Utc>,
    /// Delivery attempts so far.
    pub attempts: u32,
    /// When it was delivered.
    pub delivered_at: Option<DateTime<Utc>>,
}

impl OutboxMessage {
    /// A new undelivered message.
    pub fn new(
        dedupe_key: impl Into<String>,
        topic: impl Into<String>,
        payload: impl Into<String>,
        not_before: DateTime<Utc>,
    ) -> Self {
        OutboxMessage {
            dedupe_key: dedupe_key.into(),
            topic: topic.into(),
            payload: payload.into(),
            not_before,
            attempts: 0,
            delivered_at: None,
        }
    }
}

/// Messages to deliver at least once, each identified by its dedupe key.
pub trait Outbox {
    /// Adds a message; returns `false` (and changes nothing) if its dedupe key is already queued
    /// or delivered.
    ///
    /// # Errors
    /// Storage failures of the implementation.
    fn enqueue(&mut self, message: OutboxMessage) -> Result<bool>;

    /// Up to `limit` undelivered messages due at `now`, oldest first.
    ///
    /// # Errors
    /// Storage failures of the implementation.
    fn pending(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<OutboxMessage>>;

    /// Marks a message delivered.
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`] for an unknown key.
    fn mark_delivered(&mut self, dedupe_key: &str, at: DateTime<Utc>) -> Result<()>;

    /// Records a failed attempt and pushes the message back to `retry_at`.
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`] for an unknown key.
    fn mark_failed(&mut self, dedupe_key: &str, retry_at: DateTime<Utc>) -> Result<()>;
}

/// An [`Outbox`] in memory, in insertion order.
#[derive(Debug, Clone, Default)]
pub struct InMemoryOutbox {
    messages: Vec<OutboxMessage>,
}

impl InMemoryOutbox {
    /// An empty outbox.
    pub fn new() -> Self {
        InMemoryOutbox::default()
    }

    /// Every message, delivered or not.
    pub fn all(&self) -> &[OutboxMessage] {
        &self.messages
    }

    fn find(&mut self, key: &str) -> Result<&mut OutboxMessage> {
        self.messages
            .iter_mut()
            .find(|m| m.dedupe_key == key)
            .ok_or_else(|| Error::new(ErrorKind::NotFound, "no message with that dedupe key"))
    }
}

impl Outbox for InMemoryOutbox {
    fn enqueue(&mut self, message: OutboxMessage) -> Result<bool> {
        if self.messages.iter().any(|m| m.dedupe_key == message.dedupe_key) {
            return Ok(false);
        }
        self.messages.push(message);
        Ok(true)
    }

    fn pending(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<OutboxMessage>> {
        Ok(self
            .messages
            .iter()
            .filter(|m| m.delivered_at.is_none() && m.not_before <= now)
            .take(limit)
            .cloned()
            .collect())
    }

    fn mark_delivered(&mut self, dedupe_key: &str, at: DateTime<Utc>) -> Result<()> {
        let m = self.find(dedupe_key)?;
        m.attempts = m.attempts.saturating_add(1);
        m.delivered_at = Some(at);
        Ok(())
    }

    fn mark_failed(&mut self, dedupe_key: &str, retry_at: DateTime<Utc>) -> Result<()> {
        let m = self.find(dedupe_key)?;
        m.attempts = m.attempts.saturating_add(1);
        m.not_before = retry_at;
        Ok(())
    }
}

/// Where the relay hands messages: the host's e-mail / SMS / push gateway.
pub trait MessageSink {
    /// Delivers one message. Must be safe to call twice with the same dedupe key (at-least-once).
    ///
    /// # Errors
    /// Any delivery failure; the relay retries later.
    fn send(&mut self, message: &OutboxMessage) -> Result<()>;
}

/// What one relay pass did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RelayReport {
    /// Messages delivered and marked.
    pub delivered: u32,
    /// Messages that failed and were rescheduled.
    pub failed: u32,
}

/// Hands up to `limit` due messages to `sink`; marks each delivered, or reschedules it with
/// exponential backoff (`base × 2^attempts`, at most a day) when the sink fails. A crash between
/// `send` and the mark re-sends the same message (same dedupe key) on the next pass.
///
/// # Errors
/// Outbox storage failures.
pub fn relay_once(
    outbox: &mut dyn Outbox,
    sink: &mut dyn MessageSink,
    now: DateTime<Utc>,
    base: chrono::Duration,
    limit: usize,
) -> Result<RelayReport> {
    let mut report = RelayReport::default();
    for m in outbox.pending(now, limit)? {
        match sink.send(&m) {
            Ok(()) => {
                outbox.mark_delivered(&m.dedupe_key, now)?;
                report.delivered = report.delivered.saturating_add(1);
            }
            Err(_) => {
                let factor = 1i32.checked_shl(m.attempts.min(16)).unwrap_or(i32::MAX);
                let day = chrono::Duration::days(1);
                let wait = base.checked_mul(factor).map_or(day, |w| w.min(day));
                outbox.mark_failed(&m.dedupe_key, now.checked_add_signed(wait).unwrap_or(DateTime::<Utc>::MAX_UTC))?;
                report.failed = report.failed.saturating_add(1);
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "testing")]
    #[test]
    fn the_in_memory_store_conforms() {
        conformance::run_all(InMemoryStore::<conformance::TestEvent>::new);
    }
    use chrono::TimeZone;

    #[test]
    fn stores_read_the_aggregate_type_and_the_declared_version_alike() {
        assert_eq!(aggregate_type("order-o-1"), "order");
        assert_eq!(aggregate_type("loose"), "loose");
        assert_eq!(declared_schema_version(r#"{"schema_version":2,"change":{}}"#), Some(2));
        assert_eq!(declared_schema_version(r#"{"change":{}}"#), None);
        assert_eq!(declared_schema_version("not json"), None);
    }

    #[test]
    fn stale_append_writes_nothing() {
        let mut s = InMemoryEventStore::<u32>::new();
        assert_eq!(s.append("a", 0, &[1, 2]).unwrap(), 2);
        let e = s.append("a", 1, &[3]).unwrap_err();
        assert_eq!(e.code(), "store.concurrency_conflict");
        assert_eq!(e.detail("actual_version"), Some("2"));
        assert_eq!(s.load("a").unwrap(), vec![1, 2]);
        assert_eq!(s.append("a", 2, &[3]).unwrap(), 3);
        assert!(s.load("missing").unwrap().is_empty());
    }

    #[test]
    fn outbox_dedupes_and_delivers() {
        let t0 = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut o = InMemoryOutbox::new();
        assert!(o.enqueue(OutboxMessage::new("k1", "t", "{}", t0)).unwrap());
        assert!(!o.enqueue(OutboxMessage::new("k1", "t", "{}", t0)).unwrap());
        assert_eq!(o.pending(t0, 10).unwrap().len(), 1);
        o.mark_failed("k1", t0 + chrono::Duration::minutes(5)).unwrap();
        assert!(o.pending(t0, 10).unwrap().is_empty());
        o.mark_delivered("k1", t0).unwrap();
        assert!(o.pending(t0 + chrono::Duration::hours(1), 10).unwrap().is_empty());
        assert_eq!(o.mark_delivered("nope", t0).unwrap_err().code(), "store.not_found");
    }

    struct Flaky(u32, Vec<String>);
    impl MessageSink for Flaky {
        fn send(&mut self, m: &OutboxMessage) -> Result<()> {
            if self.0 > 0 {
                self.0 -= 1;
                return Err(Error::new(ErrorKind::NotFound, "gateway down"));
            }
            self.1.push(m.dedupe_key.clone());
            Ok(())
        }
    }

    #[test]
    fn the_relay_retries_with_backoff_and_marks_delivered() {
        let t0 = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut o = InMemoryOutbox::new();
        o.enqueue(OutboxMessage::new("k1", "t", "{}", t0)).unwrap();
        let mut sink = Flaky(2, vec![]);
        let min = chrono::Duration::minutes(1);
        assert_eq!(relay_once(&mut o, &mut sink, t0, min, 10).unwrap().failed, 1);
        assert_eq!(o.all()[0].not_before, t0 + min);
        assert_eq!(relay_once(&mut o, &mut sink, t0 + min, min, 10).unwrap().failed, 1);
        assert_eq!(o.all()[0].not_before, t0 + min + min * 2, "backoff doubles");
        let r = relay_once(&mut o, &mut sink, t0 + min * 3, min, 10).unwrap();
        assert_eq!(r.delivered, 1);
        assert_eq!(sink.1, vec!["k1".to_string()]);
        assert!(o.pending(t0 + chrono::Duration::days(2), 10).unwrap().is_empty());
    }
}
