//! The ports a store offers a host that runs on several processes: a command's events committed
//! with their messages, an outbox whose relays claim messages under a lease, a global log in
//! commit order for projections, per-consumer checkpoints and an inbox. [`InMemoryStore`] is the
//! reference implementation the conformance suite is checked against.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{EventStore, MessageSink, OutboxMessage, concurrency_conflict};
use crate::error::{Error, ErrorKind, Result};

/// An event with its place in the store's global log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoggedEvent<E> {
    /// Position in the global log: increases with commit order, gaps allowed.
    pub position: u64,
    /// The stream the event belongs to.
    pub stream: String,
    /// Its version in the stream (1-based).
    pub version: u64,
    /// The event.
    pub event: E,
}

/// Appending a command's events together with the messages they call for, and reading every
/// stream in commit order.
pub trait CommandLog<E>: EventStore<E> {
    /// Appends `events` to `stream` at `expected_version` and enqueues `messages` in one
    /// transaction: either all of it is stored or none. A message whose dedupe key is already
    /// queued or delivered is kept once. Returns the stream's new version.
    ///
    /// # Errors
    /// [`ErrorKind::ConcurrencyConflict`] if the stream moved on (nothing is written); storage
    /// failures (nothing is written).
    fn commit(&mut self, stream: &str, expected_version: u64, events: &[E], messages: &[OutboxMessage]) -> Result<u64>;

    /// Up to `limit` events of every stream after `position`, in commit order. Never skips an
    /// event: an event committed late with a lower position than one already returned cannot
    /// exist (a store that hands out positions before commit holds readers back until the
    /// positions below are settled).
    ///
    /// # Errors
    /// Storage failures.
    fn read_all(&self, after: u64, limit: usize) -> Result<Vec<LoggedEvent<E>>>;
}

/// Where a consumer of the global log has got to.
pub trait Checkpoints {
    /// The last position `consumer` has handled (0 before the first).
    ///
    /// # Errors
    /// Storage failures.
    fn checkpoint(&self, consumer: &str) -> Result<u64>;

    /// Records that `consumer` has handled everything up to `position`.
    ///
    /// # Errors
    /// Storage failures; [`ErrorKind::InvalidInput`] for a position behind the saved one.
    fn save_checkpoint(&mut self, consumer: &str, position: u64) -> Result<()>;
}

/// Messages already handled, per consumer: at-least-once delivery becomes an exactly-once effect
/// when the effect is written in the same transaction as [`Inbox::first_delivery`].
pub trait Inbox {
    /// Records that `consumer` handles `message_id` now; `false` if it already had.
    ///
    /// # Errors
    /// Storage failures.
    fn first_delivery(&mut self, consumer: &str, message_id: &str, at: DateTime<Utc>) -> Result<bool>;
}

/// A message a relay holds under a lease.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claimed {
    /// The message (its `attempts` count those before this one).
    pub message: OutboxMessage,
    /// The relay that holds it.
    pub worker: String,
    /// Until when no other relay may take it.
    pub until: DateTime<Utc>,
}

/// How a failed delivery was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Settled {
    /// Marked as the claim said.
    Done,
    /// Scheduled again.
    Retried,
    /// Out of attempts: moved to the dead letters.
    DeadLettered,
    /// The lease ran out and another relay took the message: nothing was changed.
    LeaseLost,
}

/// An outbox that several relays drain at once: each claims a batch under a lease, so no message
/// is sent by two relays while a lease holds.
pub trait ClaimingOutbox {
    /// Claims up to `limit` due messages (undelivered, not dead, `not_before <= now`, no live
    /// lease) for `worker` until `now + lease`, oldest first.
    ///
    /// # Errors
    /// Storage failures.
    fn claim(&mut self, worker: &str, now: DateTime<Utc>, lease: Duration, limit: usize) -> Result<Vec<Claimed>>;

    /// Marks a claimed message delivered at `at` (one more attempt).
    ///
    /// # Errors
    /// Storage failures.
    fn delivered(&mut self, claim: &Claimed, at: DateTime<Utc>) -> Result<Settled>;

    /// [`ClaimingOutbox::delivered`] for several claims at once (a store settles them in one
    /// transaction: one commit per relay pass instead of one per message).
    ///
    /// # Errors
    /// Storage failures (then none is marked: the messages are sent again after their lease).
    fn delivered_all(&mut self, claims: &[Claimed], at: DateTime<Utc>) -> Result<Vec<Settled>> {
        claims.iter().map(|c| self.delivered(c, at)).collect()
    }

    /// Records a failed attempt: the message is due again at `retry_at`, or dead-lettered when
    /// this was attempt number `dead_after`.
    ///
    /// # Errors
    /// Storage failures.
    fn failed(&mut self, claim: &Claimed, retry_at: DateTime<Utc>, dead_after: u32) -> Result<Settled>;

    /// The dead-lettered messages, oldest first.
    ///
    /// # Errors
    /// Storage failures.
    fn dead_letters(&self) -> Result<Vec<OutboxMessage>>;
}

/// How a relay drains a [`ClaimingOutbox`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelayPolicy {
    /// How long a claim holds (longer than a send takes).
    pub lease: Duration,
    /// The first retry's delay; each attempt doubles it.
    pub base_delay: Duration,
    /// The longest delay between attempts.
    pub max_delay: Duration,
    /// Attempts before a message is dead-lettered (at least 1).
    pub dead_after: u32,
    /// Messages claimed per pass (at least 1).
    pub batch: usize,
}

impl Default for RelayPolicy {
    fn default() -> Self {
        RelayPolicy {
            lease: Duration::seconds(30),
            base_delay: Duration::seconds(5),
            max_delay: Duration::hours(1),
            dead_after: 8,
            batch: 100,
        }
    }
}

/// What one claiming relay pass did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ClaimReport {
    /// Messages delivered and marked.
    pub delivered: u32,
    /// Messages that failed and were scheduled again.
    pub retried: u32,
    /// Messages out of attempts.
    pub dead_lettered: u32,
    /// Messages whose lease ran out before they were settled (another relay has them).
    pub lease_lost: u32,
}

/// One relay pass: claims a batch for `worker`, hands each message to `sink`, and settles it:
/// delivered, or due again after `base_delay × 2^(attempts)` (at most `max_delay`), or
/// dead-lettered after `dead_after` attempts. A relay killed between send and settle leaves the
/// claim to expire: the message is sent again (same dedupe key) once the lease is over.
///
/// # Errors
/// [`ErrorKind::InvalidInput`] for a policy with no attempts, no batch or a lease that is not
/// positive; storage failures.
pub fn relay_claimed(
    outbox: &mut dyn ClaimingOutbox,
    sink: &mut dyn MessageSink,
    worker: &str,
    now: DateTime<Utc>,
    policy: &RelayPolicy,
) -> Result<ClaimReport> {
    if policy.dead_after == 0 || policy.batch == 0 || policy.lease <= Duration::zero() {
        return Err(Error::new(ErrorKind::InvalidInput, "relay policy: attempts, batch and lease must be positive"));
    }
    let mut report = ClaimReport::default();
    let mut tally = |settled: Settled| {
        let count = match settled {
            Settled::Done => &mut report.delivered,
            Settled::Retried => &mut report.retried,
            Settled::DeadLettered => &mut report.dead_lettered,
            Settled::LeaseLost => &mut report.lease_lost,
        };
        *count = count.saturating_add(1);
    };
    let mut sent = Vec::new();
    for claim in outbox.claim(worker, now, policy.lease, policy.batch)? {
        match sink.send(&claim.message) {
            Ok(()) => sent.push(claim),
            Err(_) => {
                let factor = 1i32.checked_shl(claim.message.attempts.min(20)).unwrap_or(i32::MAX);
                let wait = policy.base_delay.checked_mul(factor).map_or(policy.max_delay, |w| w.min(policy.max_delay));
                let retry_at = now.checked_add_signed(wait).unwrap_or(DateTime::<Utc>::MAX_UTC);
                tally(outbox.failed(&claim, retry_at, policy.dead_after)?);
            }
        }
    }
    // the sent messages are marked together: a crash before this sends them again after their
    // lease (at least once), never loses one
    for settled in outbox.delivered_all(&sent, now)? {
        tally(settled);
    }
    Ok(report)
}

/// An outbox row as the stores keep it.
#[derive(Debug, Clone)]
struct Row {
    message: OutboxMessage,
    lease: Option<(String, DateTime<Utc>)>,
    dead: bool,
}

/// Every port in memory: the reference the conformance suite is checked against, and a store
/// for tests and single-process hosts.
#[derive(Debug, Clone, Default)]
pub struct InMemoryStore<E> {
    streams: BTreeMap<String, u64>,
    log: Vec<LoggedEvent<E>>,
    outbox: Vec<Row>,
    checkpoints: BTreeMap<String, u64>,
    inbox: BTreeMap<(String, String), DateTime<Utc>>,
}

impl<E> InMemoryStore<E> {
    /// An empty store.
    pub fn new() -> Self {
        InMemoryStore {
            streams: BTreeMap::new(),
            log: Vec::new(),
            outbox: Vec::new(),
            checkpoints: BTreeMap::new(),
            inbox: BTreeMap::new(),
        }
    }

    fn row(&mut self, claim: &Claimed) -> Option<&mut Row> {
        self.outbox.iter_mut().find(|r| {
            r.message.dedupe_key == claim.message.dedupe_key
                && r.lease.as_ref().is_some_and(|(w, until)| *w == claim.worker && *until == claim.until)
        })
    }
}

impl<E: Clone> EventStore<E> for InMemoryStore<E> {
    fn append(&mut self, stream: &str, expected_version: u64, events: &[E]) -> Result<u64> {
        self.commit(stream, expected_version, events, &[])
    }

    fn load(&self, stream: &str) -> Result<Vec<E>> {
        Ok(self.log.iter().filter(|e| e.stream == stream).map(|e| e.event.clone()).collect())
    }

    fn version(&self, stream: &str) -> Result<u64> {
        Ok(self.streams.get(stream).copied().unwrap_or(0))
    }
}

impl<E: Clone> CommandLog<E> for InMemoryStore<E> {
    fn commit(&mut self, stream: &str, expected_version: u64, events: &[E], messages: &[OutboxMessage]) -> Result<u64> {
        let current = self.version(stream)?;
        if current != expected_version {
            return Err(concurrency_conflict(stream, expected_version, current));
        }
        let mut version = current;
        for event in events {
            version = version.checked_add(1).ok_or_else(|| Error::new(ErrorKind::Storage, "stream too long"))?;
            let position = u64::try_from(self.log.len()).unwrap_or(u64::MAX).saturating_add(1);
            self.log.push(LoggedEvent { position, stream: stream.to_owned(), version, event: event.clone() });
        }
        self.streams.insert(stream.to_owned(), version);
        for m in messages {
            if !self.outbox.iter().any(|r| r.message.dedupe_key == m.dedupe_key) {
                self.outbox.push(Row { message: m.clone(), lease: None, dead: false });
            }
        }
        Ok(version)
    }

    fn read_all(&self, after: u64, limit: usize) -> Result<Vec<LoggedEvent<E>>> {
        Ok(self.log.iter().filter(|e| e.position > after).take(limit).cloned().collect())
    }
}

impl<E> ClaimingOutbox for InMemoryStore<E> {
    fn claim(&mut self, worker: &str, now: DateTime<Utc>, lease: Duration, limit: usize) -> Result<Vec<Claimed>> {
        let until = now.checked_add_signed(lease).unwrap_or(DateTime::<Utc>::MAX_UTC);
        let mut out = Vec::new();
        for row in &mut self.outbox {
            if out.len() >= limit {
                break;
            }
            let free = row.lease.as_ref().is_none_or(|(_, t)| *t <= now);
            if row.message.delivered_at.is_none() && !row.dead && row.message.not_before <= now && free {
                row.lease = Some((worker.to_owned(), until));
                out.push(Claimed { message: row.message.clone(), worker: worker.to_owned(), until });
            }
        }
        Ok(out)
    }

    fn delivered(&mut self, claim: &Claimed, at: DateTime<Utc>) -> Result<Settled> {
        let Some(row) = self.row(claim) else { return Ok(Settled::LeaseLost) };
        row.message.attempts = row.message.attempts.saturating_add(1);
        row.message.delivered_at = Some(at);
        row.lease = None;
        Ok(Settled::Done)
    }

    fn failed(&mut self, claim: &Claimed, retry_at: DateTime<Utc>, dead_after: u32) -> Result<Settled> {
        let Some(row) = self.row(claim) else { return Ok(Settled::LeaseLost) };
        row.message.attempts = row.message.attempts.saturating_add(1);
        row.lease = None;
        if row.message.attempts >= dead_after {
            row.dead = true;
            return Ok(Settled::DeadLettered);
        }
        row.message.not_before = retry_at;
        Ok(Settled::Retried)
    }

    fn dead_letters(&self) -> Result<Vec<OutboxMessage>> {
        Ok(self.outbox.iter().filter(|r| r.dead).map(|r| r.message.clone()).collect())
    }
}

impl<E> Checkpoints for InMemoryStore<E> {
    fn checkpoint(&self, consumer: &str) -> Result<u64> {
        Ok(self.checkpoints.get(consumer).copied().unwrap_or(0))
    }

    fn save_checkpoint(&mut self, consumer: &str, position: u64) -> Result<()> {
        if position < self.checkpoint(consumer)? {
            return Err(Error::new(ErrorKind::InvalidInput, "a checkpoint never moves back").with("consumer", consumer));
        }
        self.checkpoints.insert(consumer.to_owned(), position);
        Ok(())
    }
}

impl<E> Inbox for InMemoryStore<E> {
    fn first_delivery(&mut self, consumer: &str, message_id: &str, at: DateTime<Utc>) -> Result<bool> {
        let key = (consumer.to_owned(), message_id.to_owned());
        if self.inbox.contains_key(&key) {
            return Ok(false);
        }
        self.inbox.insert(key, at);
        Ok(true)
    }
}
