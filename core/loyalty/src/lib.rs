//! Loyalty: an append-only points ledger with expiring lots, pending points, tiers, redemption and
//! clawback.
//!
//! Each member's ledger is an aggregate: a command is decided against the current state (with an
//! expected version and an idempotency key) and returns entries; applying an entry cannot fail,
//! and the ledger is the fold of its entries. A command's cost does not grow with the member's
//! history: lots are indexed by id, by spending order and by release time, and the once-only
//! awards are counters. The available balance is always the sum of the
//! entries' `points`; pending points are tracked apart and can never be spent.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use postpurchase::loyalty::*;
//! use postpurchase::{CommandMeta, CustomerId, IdempotencyKey};
//!
//! let programme = Programme::from_json(r#"{"currency": "USD", "earning": {"signup": 100}}"#)?;
//! let mut member = Member::new(CustomerId::new("c-1")?);
//! let now = Utc.with_ymd_and_hms(2026, 1, 5, 12, 0, 0).unwrap();
//! let meta = CommandMeta::new(IdempotencyKey::new("signup")?, now);
//! member.handle(&LoyaltyCommand::Award { award: Award::Signup }, &programme, &meta)?;
//! assert_eq!(member.balance(), 100);
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
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::indexing_slicing,
        clippy::cast_possible_truncation,
        clippy::arithmetic_side_effects
    )
)]

use postpurchase_commerce::{order, returns};
use postpurchase_kernel::{aggregate, calendar, config, error, fingerprint, ids, instant, money, schema};

mod as_aggregate;
mod command;
mod decide;
mod entry;
mod from_order;
mod legacy;
mod member;
mod programme;
mod tier;

pub use as_aggregate::LoyaltyContext;
pub use command::{Award, EarnLine, LoyaltyCommand};
pub use entry::{Draw, ENTRY_SCHEMA_VERSION, EarnedLot, Entry, EntryKind, Lot, Rule};
pub use from_order::loyalty_commands_for_order_events;
pub use member::Member;
pub use programme::{
    Earning, Expiry, NegativeBalance, PendingRule, Programme, RedemptionRule, ReferralRule, Reward, TierLevel,
    TierMetric, TierRules, TierWindow,
};
pub use tier::{MemberStatus, TierProgress};

/// The most points one entry may move; sums of entries then stay far inside `i64`.
pub const MAX_POINTS: i64 = 1_000_000_000_000;
