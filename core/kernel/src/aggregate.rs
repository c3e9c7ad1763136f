//! The one shape of every event-sourced state: a command is decided against the state (pure,
//! nothing changes) into events, and applying an event copies its facts into the state (cannot
//! fail). [`Given`] is the given/when/then helper the core's tests use, and hosts can use for
//! theirs.

#[cfg(feature = "testing")]
use std::fmt::Debug;

use crate::error::{Error, ErrorKind, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::IdempotencyKey;

/// An event-sourced aggregate: the order (with its returns) and the loyalty member.
pub trait Aggregate {
    /// What can be asked of it.
    type Command;
    /// What it records.
    type Event;
    /// What a decision reads besides the state and the command (a policy, a programme).
    type Context<'a>;

    /// Decides a command: the events it causes, or why it is refused. Pure.
    ///
    /// # Errors
    /// The aggregate's typed errors.
    fn decide(
        &self,
        command: &Self::Command,
        context: &Self::Context<'_>,
        meta: &CommandMeta,
    ) -> Result<Vec<Self::Event>>;

    /// Applies an event. Never fails.
    fn apply(&mut self, event: &Self::Event);

    /// Decides and applies; returns the events. Nothing changes on error.
    ///
    /// # Errors
    /// As [`Aggregate::decide`].
    fn execute(
        &mut self,
        command: &Self::Command,
        context: &Self::Context<'_>,
        meta: &CommandMeta,
    ) -> Result<Vec<Self::Event>> {
        let events = self.decide(command, context, meta)?;
        for e in &events {
            self.apply(e);
        }
        Ok(events)
    }
}

/// The key and time every command carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommandMeta {
    /// Idempotency key: the same command with the same key twice changes nothing.
    pub key: IdempotencyKey,
    /// The current time (the core has no clock).
    pub now: DateTime<Utc>,
    /// The version the caller last saw (optimistic concurrency): a command decided against a
    /// state at another version is refused with `store.concurrency_conflict`. `None` decides
    /// against whatever the state is.
    pub expected_version: Option<u64>,
}

impl CommandMeta {
    /// Key and time, with no expected version.
    pub fn new(key: IdempotencyKey, now: DateTime<Utc>) -> Self {
        CommandMeta { key, now, expected_version: None }
    }

    /// The same, decided only against the state at `version`.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use postpurchase::{CommandMeta, IdempotencyKey};
    /// let now = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
    /// let meta = CommandMeta::new(IdempotencyKey::new("k")?, now).expecting(3);
    /// assert_eq!(meta.expected_version, Some(3));
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    pub fn expecting(mut self, version: u64) -> Self {
        self.expected_version = Some(version);
        self
    }
}

/// What the one admission check says about a command before it is decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    /// A key not seen before, at the version the caller expected: decide the command.
    Decide,
    /// The key was already processed with this very command: the answer is no new events.
    Repeat,
}

/// The one idempotency and expected-version check every aggregate runs before deciding.
///
/// `stored` is the fingerprint recorded with `meta.key` when that key was processed, and `same`
/// says whether a stored fingerprint is this command's. A processed key answers first (a retry
/// is the no-op it is, whatever the version now is); a reused key with another command is
/// `command.idempotency_conflict`; a new key decided against another version than the caller's
/// `meta.expected_version` is `store.concurrency_conflict` for `stream`.
///
/// ```
/// use postpurchase::aggregate::{Admission, CommandMeta, admit};
/// use postpurchase::IdempotencyKey;
/// let now = chrono::DateTime::from_timestamp(1_770_000_000, 0).unwrap();
/// let meta = CommandMeta::new(IdempotencyKey::new("k")?, now).expecting(3);
/// assert_eq!(admit(None, |_| false, "o-1", 3, &meta)?, Admission::Decide);
/// assert_eq!(admit(Some("fp"), |s| s == "fp", "o-1", 4, &meta)?, Admission::Repeat);
/// assert_eq!(admit(Some("fp"), |s| s == "other", "o-1", 3, &meta).unwrap_err().code(), "command.idempotency_conflict");
/// assert_eq!(admit(None, |_| false, "o-1", 4, &meta).unwrap_err().code(), "store.concurrency_conflict");
/// # Ok::<(), postpurchase::Error>(())
/// ```
///
/// # Errors
/// As above.
pub fn admit(
    stored: Option<&str>,
    same: impl FnOnce(&str) -> bool,
    stream: &str,
    version: u64,
    meta: &CommandMeta,
) -> Result<Admission> {
    if let Some(seen) = stored {
        return if same(seen) {
            Ok(Admission::Repeat)
        } else {
            Err(Error::new(ErrorKind::IdempotencyConflict, "idempotency key reused for a different command")
                .with("key", &meta.key))
        };
    }
    match meta.expected_version {
        Some(expected) if expected != version => Err(crate::store::concurrency_conflict(stream, expected, version)),
        _ => Ok(Admission::Decide),
    }
}

/// Given/when/then for aggregates: a state built from past events, one command, and checks on
/// its events, its error or the state after it. A test helper: feature `testing`.
///
/// ```
/// use postpurchase::aggregate::{Given, LoyaltyContext};
/// use postpurchase::loyalty::{Award, LoyaltyCommand, Member, Programme};
/// use postpurchase::{CommandMeta, CustomerId, IdempotencyKey};
/// let p = Programme::from_json(r#"{"currency": "USD", "earning": {"signup": 100}}"#)?;
/// let now = chrono::DateTime::from_timestamp(1_770_000_000, 0).unwrap();
/// let meta = |k: &str| CommandMeta::new(IdempotencyKey::new(k).unwrap(), now);
/// let signup = LoyaltyCommand::Award { award: Award::Signup };
/// let first = Member::new(CustomerId::new("c-1")?).decide(&signup, &p, &meta("a"))?;
/// Given::new(Member::new(CustomerId::new("c-1")?), first)
///     .when(&signup, &LoyaltyContext { programme: &p }, &meta("b").expecting(1))
///     .then_error("loyalty.rule_not_applicable");
/// # Ok::<(), postpurchase::Error>(())
/// ```
#[cfg(feature = "testing")]
pub struct Given<A: Aggregate> {
    state: A,
}

/// The outcome of [`Given::when`], to check.
#[cfg(feature = "testing")]
pub struct Then<A: Aggregate> {
    state: A,
    outcome: Result<Vec<A::Event>>,
}

#[cfg(feature = "testing")]
impl<A: Aggregate> Given<A> {
    /// `state` with `history` applied.
    pub fn new(mut state: A, history: impl IntoIterator<Item = A::Event>) -> Given<A> {
        for e in history {
            state.apply(&e);
        }
        Given { state }
    }

    /// The state so far.
    pub fn state(&self) -> &A {
        &self.state
    }

    /// Decides `command`; the outcome is checked with the `then_*` methods.
    pub fn when(self, command: &A::Command, context: &A::Context<'_>, meta: &CommandMeta) -> Then<A> {
        let outcome = self.state.decide(command, context, meta);
        Then { state: self.state, outcome }
    }
}

#[cfg(feature = "testing")]
impl<A: Aggregate> Then<A>
where
    A::Event: Debug,
{
    /// Asserts the command was accepted, checks its events, and returns the state after them.
    ///
    /// # Panics
    /// When the command was refused (this is a test helper).
    #[allow(clippy::panic, reason = "a test helper reports a failed expectation by panicking")]
    #[track_caller]
    pub fn then_events(mut self, check: impl FnOnce(&[A::Event])) -> A {
        match self.outcome {
            Ok(events) => {
                check(&events);
                for e in &events {
                    self.state.apply(e);
                }
                self.state
            }
            Err(e) => panic!("expected events, the command was refused: {e}"),
        }
    }

    /// Asserts the command was refused with `code`, and that deciding changed nothing.
    ///
    /// # Panics
    /// When it was accepted or refused with another code (this is a test helper).
    #[allow(clippy::panic, reason = "a test helper reports a failed expectation by panicking")]
    #[track_caller]
    pub fn then_error(self, code: &str) -> A {
        match self.outcome {
            Err(e) if e.code() == code => self.state,
            Err(e) => panic!("expected {code}, got {}: {e}", e.code()),
            Ok(events) => panic!("expected {code}, the command was accepted: {events:?}"),
        }
    }
}
