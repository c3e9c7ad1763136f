//! The store conformance suite (feature `testing`): what every store must do, run against any
//! implementation of the ports. `postpurchase-sqlite` and `postpurchase-postgres` run it, and so
//! does the in-memory reference here.
//!
//! ```
//! use postpurchase_kernel::store::{InMemoryStore, conformance};
//! conformance::run_all(|| InMemoryStore::<conformance::TestEvent>::new());
//! ```
//!
//! Each check panics naming what the store got wrong.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

use chrono::{DateTime, Duration, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use super::{
    Checkpoints, ClaimingOutbox, CommandLog, Inbox, MessageSink, OutboxMessage, RelayPolicy, Settled, relay_claimed,
};
use crate::error::{ErrorKind, Result};

/// The event the suite stores: a name and a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestEvent {
    /// What happened.
    pub name: String,
    /// A number that travels with it.
    pub n: u64,
}

/// A test event.
pub fn ev(name: &str, n: u64) -> TestEvent {
    TestEvent { name: name.to_owned(), n }
}

/// The suite's clock: 2026-03-01 09:00 UTC plus `seconds`.
pub fn at(seconds: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap() + Duration::seconds(seconds)
}

/// A message due at `at(due)`.
pub fn msg(key: &str, due: i64) -> OutboxMessage {
    OutboxMessage::new(key, "test.message", format!("{{\"key\":\"{key}\"}}"), at(due))
}

/// Every port a conforming store offers.
pub trait ConformingStore: CommandLog<TestEvent> + ClaimingOutbox + Checkpoints + Inbox {}

impl<S: CommandLog<TestEvent> + ClaimingOutbox + Checkpoints + Inbox> ConformingStore for S {}

/// Runs every check, each on a fresh store from `fresh`.
pub fn run_all<S: ConformingStore>(mut fresh: impl FnMut() -> S) {
    appends_at_the_expected_version(&mut fresh());
    a_conflict_writes_nothing(&mut fresh());
    events_and_messages_commit_together(&mut fresh());
    a_retried_command_changes_nothing(&mut fresh());
    the_global_log_is_in_commit_order(&mut fresh());
    claims_hold_while_their_lease_holds(&mut fresh());
    failures_retry_then_dead_letter(&mut fresh());
    checkpoints_only_move_on(&mut fresh());
    the_inbox_sees_each_message_once(&mut fresh());
}

/// Appends at the expected version; load and version agree.
#[track_caller]
pub fn appends_at_the_expected_version<S: ConformingStore>(s: &mut S) {
    assert_eq!(s.version("o-1").unwrap(), 0, "a new stream is at version 0");
    assert_eq!(s.commit("o-1", 0, &[ev("placed", 1), ev("paid", 2)], &[]).unwrap(), 2);
    assert_eq!(s.commit("o-1", 2, &[ev("shipped", 3)], &[]).unwrap(), 3);
    assert_eq!(s.version("o-1").unwrap(), 3);
    assert_eq!(s.load("o-1").unwrap(), vec![ev("placed", 1), ev("paid", 2), ev("shipped", 3)]);
    assert_eq!(s.load("o-2").unwrap(), vec![], "an unknown stream is empty");
    assert_eq!(s.append("o-2", 0, &[ev("placed", 9)]).unwrap(), 1, "append is a commit without messages");
}

/// A stale expected version is a conflict and writes neither events nor messages.
#[track_caller]
pub fn a_conflict_writes_nothing<S: ConformingStore>(s: &mut S) {
    s.commit("o-1", 0, &[ev("placed", 1)], &[msg("m-1", 0)]).unwrap();
    let e = s.commit("o-1", 0, &[ev("placed-again", 2)], &[msg("m-2", 0)]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ConcurrencyConflict, "{e}");
    assert_eq!(e.detail("actual_version"), Some("1"), "the conflict names the version it found");
    let e = s.commit("o-1", 5, &[ev("ahead", 3)], &[]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ConcurrencyConflict, "a version ahead of the stream conflicts too");
    assert_eq!(s.load("o-1").unwrap(), vec![ev("placed", 1)]);
    let claimed = s.claim("w", at(10), Duration::seconds(30), 10).unwrap();
    let keys: Vec<&str> = claimed.iter().map(|c| c.message.dedupe_key.as_str()).collect();
    assert_eq!(keys, ["m-1"], "the conflicting command's message was not enqueued");
}

/// A command's events and its messages land together; a message enqueued twice is kept once.
#[track_caller]
pub fn events_and_messages_commit_together<S: ConformingStore>(s: &mut S) {
    s.commit("o-1", 0, &[ev("placed", 1)], &[msg("confirm-o-1", 0), msg("confirm-o-1", 0)]).unwrap();
    s.commit("o-2", 0, &[ev("placed", 1)], &[msg("confirm-o-1", 5), msg("confirm-o-2", 0)]).unwrap();
    let claimed = s.claim("w", at(60), Duration::seconds(30), 10).unwrap();
    let mut keys: Vec<&str> = claimed.iter().map(|c| c.message.dedupe_key.as_str()).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["confirm-o-1", "confirm-o-2"], "one message per dedupe key");
    let first = claimed.iter().find(|c| c.message.dedupe_key == "confirm-o-1").unwrap();
    assert_eq!(first.message.not_before, at(0), "the first enqueue wins");
    assert_eq!(first.message.payload, "{\"key\":\"confirm-o-1\"}");
    assert_eq!(first.message.topic, "test.message");
}

/// Retrying a command that already landed (same stream, its old expected version) conflicts and
/// changes nothing; a commit of no events at the current version changes nothing.
#[track_caller]
pub fn a_retried_command_changes_nothing<S: ConformingStore>(s: &mut S) {
    s.commit("o-1", 0, &[ev("placed", 1)], &[msg("m-1", 0)]).unwrap();
    assert_eq!(
        s.commit("o-1", 0, &[ev("placed", 1)], &[msg("m-1", 0)]).unwrap_err().kind(),
        ErrorKind::ConcurrencyConflict
    );
    assert_eq!(s.commit("o-1", 1, &[], &[]).unwrap(), 1);
    assert_eq!(s.load("o-1").unwrap().len(), 1);
    assert_eq!(read_settled(s, 0, 1).len(), 1, "the retried command added nothing to the log");
}

/// Reads the global log after `after` until `n` events are there (a store may hand out an event
/// only once every older transaction has ended: eventually, never skipped), for at most 10 s.
#[track_caller]
pub fn read_settled<S: ConformingStore>(s: &S, after: u64, n: usize) -> Vec<super::LoggedEvent<TestEvent>> {
    let started = std::time::Instant::now();
    loop {
        let got = s.read_all(after, 100).unwrap();
        if got.len() >= n || started.elapsed() > std::time::Duration::from_secs(10) {
            return got;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// The global log gives every event once, in commit order, positions increasing, in pages.
#[track_caller]
pub fn the_global_log_is_in_commit_order<S: ConformingStore>(s: &mut S) {
    s.commit("a", 0, &[ev("a1", 1), ev("a2", 2)], &[]).unwrap();
    s.commit("b", 0, &[ev("b1", 3)], &[]).unwrap();
    s.commit("a", 2, &[ev("a3", 4)], &[]).unwrap();
    let all = read_settled(s, 0, 4);
    let seen: Vec<(&str, u64, &str)> =
        all.iter().map(|e| (e.stream.as_str(), e.version, e.event.name.as_str())).collect();
    assert_eq!(seen, [("a", 1, "a1"), ("a", 2, "a2"), ("b", 1, "b1"), ("a", 3, "a3")]);
    assert!(all.windows(2).all(|w| w[0].position < w[1].position), "positions increase");
    let page = s.read_all(0, 2).unwrap();
    assert_eq!(page.len(), 2);
    let rest = s.read_all(page[1].position, 100).unwrap();
    assert_eq!(rest.iter().map(|e| e.event.n).collect::<Vec<_>>(), [3, 4], "the next page starts after the last");
    assert!(s.read_all(all[3].position, 100).unwrap().is_empty());
}

/// A claimed message is nobody else's while its lease holds; an expired lease can be taken over,
/// and the first holder's late settle changes nothing.
#[track_caller]
pub fn claims_hold_while_their_lease_holds<S: ConformingStore>(s: &mut S) {
    s.commit("o-1", 0, &[ev("placed", 1)], &[msg("m-1", 0), msg("m-2", 0), msg("later", 3600)]).unwrap();
    let a = s.claim("relay-a", at(0), Duration::seconds(30), 1).unwrap();
    assert_eq!(a.len(), 1, "a batch of one");
    assert_eq!(a[0].message.dedupe_key, "m-1", "oldest first");
    let b = s.claim("relay-b", at(5), Duration::seconds(30), 10).unwrap();
    assert_eq!(b.iter().map(|c| c.message.dedupe_key.as_str()).collect::<Vec<_>>(), ["m-2"], "not m-1, not later");
    assert!(s.claim("relay-c", at(2), Duration::seconds(30), 10).unwrap().is_empty());
    // relay-a stalls past its lease: relay-c takes m-1 over and delivers it
    let c = s.claim("relay-c", at(31), Duration::seconds(30), 10).unwrap();
    assert_eq!(c.iter().map(|c| c.message.dedupe_key.as_str()).collect::<Vec<_>>(), ["m-1"]);
    assert_eq!(s.delivered(&c[0], at(32)).unwrap(), Settled::Done);
    assert_eq!(s.delivered(&a[0], at(33)).unwrap(), Settled::LeaseLost, "the stale holder changes nothing");
    assert_eq!(s.delivered(&b[0], at(20)).unwrap(), Settled::Done);
    assert!(s.claim("relay-a", at(100), Duration::seconds(30), 10).unwrap().is_empty(), "delivered is done");
    let later = s.claim("relay-a", at(3600), Duration::seconds(30), 10).unwrap();
    assert_eq!(later.len(), 1, "a message is due at its time");
    assert_eq!(later[0].message.attempts, 0);
}

struct FailingSink;

impl MessageSink for FailingSink {
    fn send(&mut self, _: &OutboxMessage) -> Result<()> {
        Err(crate::error::Error::new(ErrorKind::Storage, "the gateway is down"))
    }
}

/// A failed send is retried with back-off and dead-lettered after the configured attempts.
#[track_caller]
pub fn failures_retry_then_dead_letter<S: ConformingStore>(s: &mut S) {
    s.commit("o-1", 0, &[ev("placed", 1)], &[msg("m-1", 0)]).unwrap();
    let policy = RelayPolicy {
        lease: Duration::seconds(30),
        base_delay: Duration::seconds(10),
        max_delay: Duration::seconds(25),
        dead_after: 3,
        batch: 10,
    };
    let r = relay_claimed(s, &mut FailingSink, "w", at(0), &policy).unwrap();
    assert_eq!((r.retried, r.dead_lettered), (1, 0));
    assert!(s.claim("w", at(9), Duration::seconds(30), 10).unwrap().is_empty(), "due again after 10 s, not before");
    let r = relay_claimed(s, &mut FailingSink, "w", at(10), &policy).unwrap();
    assert_eq!(r.retried, 1);
    // the second retry waits 20 s; the third would wait 40 s but is capped at 25 s
    assert!(s.claim("w", at(29), Duration::seconds(30), 10).unwrap().is_empty());
    let r = relay_claimed(s, &mut FailingSink, "w", at(30), &policy).unwrap();
    assert_eq!((r.retried, r.dead_lettered), (0, 1), "the third attempt was the last");
    let dead = s.dead_letters().unwrap();
    assert_eq!(dead.len(), 1);
    assert_eq!((dead[0].dedupe_key.as_str(), dead[0].attempts), ("m-1", 3));
    assert!(s.claim("w", at(10_000), Duration::seconds(30), 10).unwrap().is_empty(), "a dead letter is not sent");
}

/// A checkpoint starts at 0, moves on, never back, and is per consumer.
#[track_caller]
pub fn checkpoints_only_move_on<S: ConformingStore>(s: &mut S) {
    assert_eq!(s.checkpoint("projection").unwrap(), 0);
    s.save_checkpoint("projection", 7).unwrap();
    s.save_checkpoint("projection", 7).unwrap();
    assert_eq!(s.checkpoint("projection").unwrap(), 7);
    assert_eq!(s.save_checkpoint("projection", 3).unwrap_err().kind(), ErrorKind::InvalidInput);
    assert_eq!(s.checkpoint("projection").unwrap(), 7);
    assert_eq!(s.checkpoint("export").unwrap(), 0);
}

/// The inbox records each (consumer, message) once.
#[track_caller]
pub fn the_inbox_sees_each_message_once<S: ConformingStore>(s: &mut S) {
    assert!(s.first_delivery("mailer", "m-1", at(0)).unwrap());
    assert!(!s.first_delivery("mailer", "m-1", at(5)).unwrap());
    assert!(s.first_delivery("crm", "m-1", at(5)).unwrap(), "per consumer");
    assert!(s.first_delivery("mailer", "m-2", at(6)).unwrap());
}
