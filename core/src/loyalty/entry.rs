//! What a ledger stores: entries, the lots they create and the draws they make on lots.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::ids::{IdempotencyKey, LineId, OrderId};

/// A lot of earned points with its own expiry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lot {
    /// Lot id (the sequence number of the entry that created it).
    pub id: u64,
    /// Points earned.
    pub points: i64,
    /// Points not yet spent, expired or clawed back.
    pub remaining: i64,
    /// Still pending.
    pub pending: bool,
    /// When it becomes available (pending lots).
    pub available_at: Option<DateTime<Utc>>,
    /// When it expires.
    pub expires_at: Option<DateTime<Utc>>,
    /// The order and line that earned it.
    pub source: Option<(OrderId, Option<LineId>)>,
    /// Spend that earned it (for tiers).
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    pub spend: Decimal,
    /// Points per currency unit it was earned at, multiplier included.
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    pub rate: Decimal,
    /// Points clawed back so far.
    pub clawed: i64,
    /// When it was earned.
    pub earned_at: DateTime<Utc>,
}

/// Points taken from one lot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draw {
    /// The lot.
    pub lot: u64,
    /// Points taken.
    pub points: i64,
}

/// What an entry records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EntryKind {
    /// Points earned into a new lot (pending or available).
    Earn {
        /// The lot.
        lot: Lot,
    },
    /// A pending lot became available.
    Release {
        /// The lot.
        lot: u64,
        /// Its expiry, fixed now that it is available.
        expires_at: Option<DateTime<Utc>>,
    },
    /// A pending lot's release time was set.
    Scheduled {
        /// The lots.
        lots: Vec<u64>,
        /// When.
        available_at: DateTime<Utc>,
    },
    /// Points spent.
    Redeem {
        /// Redemption id.
        redemption: String,
        /// Order.
        order: OrderId,
        /// Money value.
        #[serde(deserialize_with = "crate::money::exact::deserialize")]
        value: Decimal,
        /// Lots drawn on.
        draws: Vec<Draw>,
    },
    /// A redemption given back.
    ReverseRedemption {
        /// Redemption id.
        redemption: String,
        /// Lots restored.
        draws: Vec<Draw>,
    },
    /// Points expired.
    Expire {
        /// Lots drawn on.
        draws: Vec<Draw>,
    },
    /// Points clawed back after a refund.
    Clawback {
        /// Order.
        order: OrderId,
        /// Taken from available lots.
        draws: Vec<Draw>,
        /// Pending points cancelled per lot.
        cancelled: Vec<Draw>,
        /// Debt recorded (points that were already spent).
        debt: i64,
    },
    /// Manual adjustment.
    Adjust {
        /// Why.
        reason: String,
        /// Lots drawn on (negative adjustments).
        draws: Vec<Draw>,
    },
    /// Debt paid from new earnings.
    DebtPaid {
        /// Points.
        points: i64,
        /// Lot that paid.
        lot: u64,
    },
    /// Tier changed.
    TierChanged {
        /// From.
        from: Option<String>,
        /// To.
        to: Option<String>,
    },
    /// The command was accepted and changed nothing (nothing to release, expire, earn or
    /// re-tier); the entry binds its idempotency key, so the key cannot later be reused for a
    /// different command.
    NoChange,
}

/// One ledger entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Position (1-based).
    pub seq: u64,
    /// When.
    pub at: DateTime<Utc>,
    /// Command key.
    pub key: IdempotencyKey,
    /// Canonical JSON of the command.
    pub fingerprint: String,
    /// Change to the available balance.
    pub points: i64,
    /// Change to pending points.
    pub pending: i64,
    /// Available balance after.
    pub balance_after: i64,
    /// Rule that produced it (e.g. `earn.spend`, `award.signup`).
    pub rule: String,
    /// Rate applied (points per currency unit; 0 when not a rate).
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    pub rate: Decimal,
    /// What.
    pub kind: EntryKind,
}
