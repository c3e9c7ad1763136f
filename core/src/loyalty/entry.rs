//! What a ledger stores: entries, the lots they create and the draws they make on lots.
//!
//! Entries are stored for years, so their shape is versioned: every entry carries
//! `schema_version` ([`ENTRY_SCHEMA_VERSION`] when written now), and entries written by earlier
//! versions are upcast when read. Version 1 (no `schema_version` field) embedded the whole state
//! of a new lot in `earn` entries; version 2 records only what the earn decided ([`EarnedLot`]).

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

/// What an `earn` entry decided about the lot it creates. The lot's id is the entry's `seq`, it
/// is earned at the entry's `at`, and nothing has been spent or clawed back from it yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarnedLot {
    /// Points earned.
    pub points: i64,
    /// Pending (not spendable until released).
    pub pending: bool,
    /// When it becomes available (an award: at once; an order: when known).
    pub available_at: Option<DateTime<Utc>>,
    /// When it expires (fixed on release for pending lots).
    pub expires_at: Option<DateTime<Utc>>,
    /// The order that earned it.
    pub order: Option<OrderId>,
    /// The order line that earned it.
    pub line: Option<LineId>,
    /// Spend that earned it (for tiers and clawbacks).
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    pub spend: Decimal,
    /// Points per currency unit it was earned at, multiplier included.
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    pub rate: Decimal,
}

impl EarnedLot {
    /// The lot this creates when recorded by the entry `seq` at `at`.
    pub fn into_lot(self, seq: u64, at: DateTime<Utc>) -> Lot {
        Lot {
            id: seq,
            points: self.points,
            remaining: self.points,
            pending: self.pending,
            available_at: self.available_at,
            expires_at: self.expires_at,
            source: self.order.map(|o| (o, self.line)),
            spend: self.spend,
            rate: self.rate,
            clawed: 0,
            earned_at: at,
        }
    }
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
        /// The lot, as decided.
        lot: EarnedLot,
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

/// The schema version of entries written now.
pub const ENTRY_SCHEMA_VERSION: u32 = 2;

/// One ledger entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "serde_json::Value")]
pub struct Entry {
    /// The shape this entry was written in ([`ENTRY_SCHEMA_VERSION`]; older ones are upcast
    /// when read).
    pub schema_version: u32,
    /// Position (1-based).
    pub seq: u64,
    /// When.
    pub at: DateTime<Utc>,
    /// Command key.
    pub key: IdempotencyKey,
    /// Fingerprint of the command (see [`crate::fingerprint`]).
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

/// The current shape, read after upcasting.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurrentEntry {
    schema_version: u32,
    seq: u64,
    at: DateTime<Utc>,
    key: IdempotencyKey,
    fingerprint: String,
    points: i64,
    pending: i64,
    balance_after: i64,
    rule: String,
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    rate: Decimal,
    kind: EntryKind,
}

impl TryFrom<serde_json::Value> for Entry {
    type Error = String;
    fn try_from(value: serde_json::Value) -> std::result::Result<Entry, String> {
        let e: CurrentEntry = serde_json::from_value(upcast(value)?).map_err(|e| e.to_string())?;
        Ok(Entry {
            schema_version: e.schema_version,
            seq: e.seq,
            at: e.at,
            key: e.key,
            fingerprint: e.fingerprint,
            points: e.points,
            pending: e.pending,
            balance_after: e.balance_after,
            rule: e.rule,
            rate: e.rate,
            kind: e.kind,
        })
    }
}

/// Brings a stored entry of any known version to the current shape.
fn upcast(mut v: serde_json::Value) -> std::result::Result<serde_json::Value, String> {
    if crate::schema::version_of(&v, "entry", ENTRY_SCHEMA_VERSION)? < 2 {
        v = v1_to_v2(v)?;
    }
    Ok(v)
}

/// Version 1 embedded the new lot's whole state in `earn` entries; version 2 keeps what was
/// decided (the rest is the entry's `seq` and `at`, and zero spent).
fn v1_to_v2(mut v: serde_json::Value) -> std::result::Result<serde_json::Value, String> {
    use serde_json::{Value, json};
    let obj = v.as_object_mut().ok_or("an entry is a JSON object")?;
    if let Some(Value::Object(kind)) = obj.get_mut("kind") {
        if kind.get("kind").and_then(Value::as_str) == Some("earn") {
            let lot = kind.get("lot").cloned().unwrap_or(Value::Null);
            let field = |k: &str| lot.get(k).cloned().unwrap_or(Value::Null);
            let source = field("source");
            kind.insert(
                "lot".into(),
                json!({
                    "points": field("points"),
                    "pending": field("pending"),
                    "available_at": field("available_at"),
                    "expires_at": field("expires_at"),
                    "order": source.get(0).cloned().unwrap_or(Value::Null),
                    "line": source.get(1).cloned().unwrap_or(Value::Null),
                    "spend": field("spend"),
                    "rate": field("rate"),
                }),
            );
        }
    }
    obj.insert("schema_version".into(), json!(2));
    Ok(v)
}
