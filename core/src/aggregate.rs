//! The one shape of every event-sourced state: a command is decided against the state (pure,
//! nothing changes) into events, and applying an event copies its facts into the state (cannot
//! fail). [`Given`] is the given/when/then helper the core's tests use, and hosts can use for
//! theirs.

use std::fmt::Debug;

use crate::error::Result;
use crate::order::CommandMeta;

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

impl Aggregate for crate::order::Order {
    type Command = crate::order::OrderCommand;
    type Event = crate::order::OrderEvent;
    type Context<'a> = crate::order::OrderContext<'a>;
    fn decide(
        &self,
        command: &Self::Command,
        context: &Self::Context<'_>,
        meta: &CommandMeta,
    ) -> Result<Vec<Self::Event>> {
        self.decide_with(command, context, meta)
    }
    fn apply(&mut self, event: &Self::Event) {
        crate::order::Order::apply(self, event);
    }
}

/// What a loyalty decision reads besides the member and the command.
#[derive(Debug, Clone, Copy)]
pub struct LoyaltyContext<'a> {
    /// The programme's rules.
    pub programme: &'a crate::loyalty::Programme,
    /// The version the caller last saw (a stale one is `store.concurrency_conflict`).
    pub expected_version: u64,
}

impl Aggregate for crate::loyalty::Member {
    type Command = crate::loyalty::LoyaltyCommand;
    type Event = crate::loyalty::Entry;
    type Context<'a> = LoyaltyContext<'a>;
    fn decide(
        &self,
        command: &Self::Command,
        context: &Self::Context<'_>,
        meta: &CommandMeta,
    ) -> Result<Vec<Self::Event>> {
        crate::loyalty::Member::decide(self, command, context.programme, meta, context.expected_version)
    }
    fn apply(&mut self, event: &Self::Event) {
        crate::loyalty::Member::apply(self, event);
    }
}

/// Given/when/then for aggregates: a state built from past events, one command, and checks on
/// its events, its error or the state after it.
///
/// ```
/// use postpurchase::aggregate::{Given, LoyaltyContext};
/// use postpurchase::loyalty::{Award, LoyaltyCommand, Member, Programme};
/// use postpurchase::{CommandMeta, CustomerId, IdempotencyKey};
/// let p = Programme::from_json(r#"{"currency": "USD", "earning": {"signup": 100}}"#)?;
/// let now = chrono::DateTime::from_timestamp(1_770_000_000, 0).unwrap();
/// let meta = |k: &str| CommandMeta::new(IdempotencyKey::new(k).unwrap(), now);
/// let signup = LoyaltyCommand::Award { award: Award::Signup };
/// let first = Member::new(CustomerId::new("c-1")?).decide(&signup, &p, &meta("a"), 0)?;
/// Given::new(Member::new(CustomerId::new("c-1")?), first)
///     .when(&signup, &LoyaltyContext { programme: &p, expected_version: 1 }, &meta("b"))
///     .then_error("loyalty.rule_not_applicable");
/// # Ok::<(), postpurchase::Error>(())
/// ```
pub struct Given<A: Aggregate> {
    state: A,
}

/// The outcome of [`Given::when`], to check.
pub struct Then<A: Aggregate> {
    state: A,
    outcome: Result<Vec<A::Event>>,
}

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

impl<A: Aggregate> Then<A>
where
    A::Event: Debug,
{
    /// Asserts the command was accepted, checks its events, and returns the state after them.
    ///
    /// # Panics
    /// When the command was refused (this is a test helper).
    #[allow(clippy::panic, reason = "a test helper reports a failed expectation by panicking")]
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
    pub fn then_error(self, code: &str) -> A {
        match self.outcome {
            Err(e) if e.code() == code => self.state,
            Err(e) => panic!("expected {code}, got {}: {e}", e.code()),
            Ok(events) => panic!("expected {code}, the command was accepted: {events:?}"),
        }
    }
}
