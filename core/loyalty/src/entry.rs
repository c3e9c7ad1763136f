//! What a ledger stores: entries, the lots they create and the draws they make on lots.
//!
//! Entries are stored for years, so their shape is versioned: every entry carries
//! `schema_version` ([`ENTRY_SCHEMA_VERSION`] when written now), and entries written by earlier
//! versions are upcast when read. Version 1 (no `schema_version` field) embedded the whole state
//! of a new lot in `earn` entries; version 2 records only what the earn decided ([`EarnedLot`]).

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::ids::{CustomerId, IdempotencyKey, LineId, OrderId};
use crate::money::{Currency, Money};

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
    /// Whether an event award (sign-up, birthday, review, referral) earned it.
    pub award: bool,
}

/// What an `earn` entry decided about the lot it creates. The lot's id is the entry's `seq`, it
/// is earned at the entry's `at`, and nothing has been spent or clawed back from it yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
    pub spend: Decimal,
    /// Points per currency unit it was earned at, multiplier included.
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
    pub rate: Decimal,
}

impl EarnedLot {
    /// The lot this creates when recorded by the entry `seq` at `at` under `rule`.
    pub fn into_lot(self, seq: u64, at: DateTime<Utc>, rule: Rule) -> Lot {
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
            award: rule.is_award(),
        }
    }
}

/// Points taken from one lot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Draw {
    /// The lot.
    pub lot: u64,
    /// Points taken.
    pub points: i64,
}

/// What an entry records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
        /// Money value, in the order's currency (rounded to its minor unit).
        #[serde(deserialize_with = "crate::money::exact::deserialize")]
        #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
        value: Decimal,
        /// The order's currency (absent on entries written before schema version 3).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        currency: Option<Currency>,
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
    /// A manual adjustment that takes points (the reason is the entry's `reason`).
    Adjust {
        /// Lots drawn on.
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

impl EntryKind {
    /// What a redemption entry paid, when it recorded its currency (schema version 3 on).
    pub fn redeemed_value(&self) -> Option<Money> {
        match self {
            EntryKind::Redeem { value, currency: Some(c), .. } => Some(Money::unrounded(*value, *c)),
            _ => None,
        }
    }

    /// The lots an entry drew on (a redemption, its reversal, an expiry or a negative
    /// adjustment); empty for any other entry.
    pub fn draws(&self) -> &[Draw] {
        match self {
            EntryKind::Redeem { draws, .. }
            | EntryKind::ReverseRedemption { draws, .. }
            | EntryKind::Expire { draws }
            | EntryKind::Adjust { draws, .. } => draws,
            _ => &[],
        }
    }
}

/// The rule that produced an entry: a stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Rule {
    /// Points for an order line's spend (and the per-order points on its first line).
    #[serde(rename = "earn.spend")]
    EarnSpend,
    /// Sign-up award.
    #[serde(rename = "award.signup")]
    AwardSignup,
    /// Birthday award.
    #[serde(rename = "award.birthday")]
    AwardBirthday,
    /// Review award.
    #[serde(rename = "award.review")]
    AwardReview,
    /// Referral award to the referrer (the entry's `referred` names the referred customer).
    #[serde(rename = "award.referrer")]
    AwardReferrer,
    /// Referral award to the referred customer.
    #[serde(rename = "award.referred")]
    AwardReferred,
    /// A pending lot's release time was set.
    #[serde(rename = "pending.schedule")]
    PendingSchedule,
    /// A pending lot became available.
    #[serde(rename = "pending.release")]
    PendingRelease,
    /// Points spent on an order.
    #[serde(rename = "redeem")]
    Redeem,
    /// A redemption given back.
    #[serde(rename = "redeem.reverse")]
    RedeemReverse,
    /// Points expired.
    #[serde(rename = "expire")]
    Expire,
    /// Points clawed back after a refund.
    #[serde(rename = "clawback")]
    Clawback,
    /// A manual adjustment (the entry's `reason` says why).
    #[serde(rename = "adjust")]
    Adjust,
    /// Debt repaid from new points.
    #[serde(rename = "debt.repay")]
    DebtRepay,
    /// The tier changed.
    #[serde(rename = "tier")]
    Tier,
    /// An accepted command that changed nothing.
    #[serde(rename = "command.no_change")]
    NoChange,
}

impl Rule {
    /// The stable code, e.g. `award.signup`.
    pub fn code(self) -> &'static str {
        match self {
            Rule::EarnSpend => "earn.spend",
            Rule::AwardSignup => "award.signup",
            Rule::AwardBirthday => "award.birthday",
            Rule::AwardReview => "award.review",
            Rule::AwardReferrer => "award.referrer",
            Rule::AwardReferred => "award.referred",
            Rule::PendingSchedule => "pending.schedule",
            Rule::PendingRelease => "pending.release",
            Rule::Redeem => "redeem",
            Rule::RedeemReverse => "redeem.reverse",
            Rule::Expire => "expire",
            Rule::Clawback => "clawback",
            Rule::Adjust => "adjust",
            Rule::DebtRepay => "debt.repay",
            Rule::Tier => "tier",
            Rule::NoChange => "command.no_change",
        }
    }

    /// Whether this is an event award (sign-up, birthday, review or referral).
    pub fn is_award(self) -> bool {
        matches!(
            self,
            Rule::AwardSignup | Rule::AwardBirthday | Rule::AwardReview | Rule::AwardReferrer | Rule::AwardReferred
        )
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The schema version of entries written now.
pub const ENTRY_SCHEMA_VERSION: u32 = 3;

/// One ledger entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "LedgerEntry"))]
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
    /// Rule that produced it.
    pub rule: Rule,
    /// Why (manual adjustments).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The referred customer (referral awards to the referrer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred: Option<CustomerId>,
    /// Rate applied (points per currency unit; 0 when not a rate).
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
    pub rate: Decimal,
    /// What.
    pub kind: EntryKind,
}

impl TryFrom<serde_json::Value> for Entry {
    type Error = String;
    fn try_from(value: serde_json::Value) -> std::result::Result<Entry, String> {
        let mut v = upcast(value)?;
        let obj = v.as_object_mut().ok_or("an entry is a JSON object")?;
        if obj.remove("schema_version").and_then(|n| n.as_u64()) != Some(u64::from(ENTRY_SCHEMA_VERSION)) {
            return Err("the upcaster did not reach the current version".into());
        }
        let rest: CurrentEntryRest = serde_json::from_value(v).map_err(|e| e.to_string())?;
        Ok(rest.into_entry())
    }
}

/// The fields of a current entry after its `schema_version`, read straight into their types.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurrentEntryRest {
    seq: u64,
    at: DateTime<Utc>,
    key: IdempotencyKey,
    fingerprint: String,
    points: i64,
    pending: i64,
    balance_after: i64,
    rule: Rule,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    referred: Option<CustomerId>,
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    rate: Decimal,
    kind: EntryKind,
}

impl CurrentEntryRest {
    fn into_entry(self) -> Entry {
        Entry {
            schema_version: ENTRY_SCHEMA_VERSION,
            seq: self.seq,
            at: self.at,
            key: self.key,
            fingerprint: self.fingerprint,
            points: self.points,
            pending: self.pending,
            balance_after: self.balance_after,
            rule: self.rule,
            reason: self.reason,
            referred: self.referred,
            rate: self.rate,
            kind: self.kind,
        }
    }
}

struct EntryVisitor;

impl<'de> serde::de::Visitor<'de> for EntryVisitor {
    type Value = Entry;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a ledger entry")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Entry, A::Error> {
        use serde::de::Error as _;
        let mut stored = serde_json::Map::new();
        if let Some(first) = map.next_key::<String>()? {
            let value: serde_json::Value = map.next_value()?;
            if first == "schema_version" && value.as_u64() == Some(u64::from(ENTRY_SCHEMA_VERSION)) {
                // written now (the version comes first): the rest is read in its types, in one pass
                let e = CurrentEntryRest::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                return Ok(e.into_entry());
            }
            stored.insert(first, value);
        }
        // an earlier version (or fields in another order): through the upcaster
        while let Some(k) = map.next_key::<String>()? {
            if stored.contains_key(&k) {
                return Err(A::Error::custom(format!("duplicate field `{k}`")));
            }
            let v = map.next_value()?;
            stored.insert(k, v);
        }
        Entry::try_from(serde_json::Value::Object(stored)).map_err(A::Error::custom)
    }
}

/// Reads any stored version: an entry of the current version is read in one pass; an earlier
/// one goes through the upcaster ([`crate::schema`]).
impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Entry, D::Error> {
        d.deserialize_map(EntryVisitor)
    }
}

/// Brings a stored entry of any known version to the current shape.
fn upcast(mut v: serde_json::Value) -> std::result::Result<serde_json::Value, String> {
    if crate::schema::version_of(&v, "entry", ENTRY_SCHEMA_VERSION)? < 2 {
        v = v1_to_v2(v)?;
    }
    if crate::schema::version_of(&v, "entry", ENTRY_SCHEMA_VERSION)? < 3 {
        v = v2_to_v3(v)?;
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

/// Version 2 wrote the rule as free text: `adjust: <reason>` for a credit, `award.referrer:<id>`
/// for a referral (plain `award.referrer` before referred customers were named), and a debit
/// adjustment's reason inside its kind. Version 3 splits them into `rule`, `reason` and
/// `referred`. Redemptions written before version 3 did not record their currency.
fn v2_to_v3(mut v: serde_json::Value) -> std::result::Result<serde_json::Value, String> {
    use serde_json::{Value, json};
    let obj = v.as_object_mut().ok_or("an entry is a JSON object")?;
    let rule = obj.get("rule").and_then(Value::as_str).ok_or("an entry names its rule")?.to_string();
    let mut reason = None;
    let mut referred = None;
    let code = if let Some(r) = rule.strip_prefix("adjust: ") {
        reason = Some(r.to_string());
        "adjust".to_string()
    } else if let Some(id) = rule.strip_prefix("award.referrer:") {
        referred = Some(id.to_string());
        "award.referrer".to_string()
    } else {
        rule
    };
    if let Some(Value::Object(kind)) = obj.get_mut("kind") {
        if kind.get("kind").and_then(Value::as_str) == Some("adjust") {
            if let Some(Value::String(r)) = kind.remove("reason") {
                reason = Some(r);
            }
        }
    }
    obj.insert("rule".into(), json!(code));
    if let Some(r) = reason {
        obj.insert("reason".into(), json!(r));
    }
    if let Some(id) = referred {
        obj.insert("referred".into(), json!(id));
    }
    obj.insert("schema_version".into(), json!(3));
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v2(rule: &str, kind: serde_json::Value) -> Entry {
        let v = serde_json::json!({
            "schema_version": 2, "seq": 1, "at": "2026-01-01T00:00:00Z", "key": "k1", "fingerprint": "f",
            "points": 5, "pending": 0, "balance_after": 5, "rule": rule, "rate": "0", "kind": kind,
        });
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn v2_rule_text_is_split_into_rule_reason_and_referred() {
        let lot = serde_json::json!({"kind": "earn", "lot": {"points": 5, "pending": false, "available_at": null,
            "expires_at": null, "order": null, "line": null, "spend": "0", "rate": "0"}});
        let credit = v2("adjust: goodwill: late parcel", lot.clone());
        assert_eq!((credit.rule, credit.reason.as_deref()), (Rule::Adjust, Some("goodwill: late parcel")));
        let debit = v2("adjust", serde_json::json!({"kind": "adjust", "reason": "fraud", "draws": []}));
        assert_eq!((debit.rule, debit.reason.as_deref()), (Rule::Adjust, Some("fraud")));
        assert_eq!(debit.kind, EntryKind::Adjust { draws: vec![] });
        let referral = v2("award.referrer:c-2", lot.clone());
        assert_eq!(referral.rule, Rule::AwardReferrer);
        assert_eq!(referral.referred.as_ref().map(CustomerId::as_str), Some("c-2"));
        let unnamed = v2("award.referrer", lot);
        assert_eq!((unnamed.rule, unnamed.referred), (Rule::AwardReferrer, None));
        assert_eq!(credit.schema_version, ENTRY_SCHEMA_VERSION);
    }

    #[test]
    fn an_unknown_rule_or_a_newer_version_is_refused() {
        let bad = serde_json::json!({"schema_version": 2, "seq": 1, "at": "2026-01-01T00:00:00Z", "key": "k",
            "fingerprint": "f", "points": 0, "pending": 0, "balance_after": 0, "rule": "steal", "rate": "0",
            "kind": {"kind": "no_change"}});
        assert!(serde_json::from_value::<Entry>(bad.clone()).is_err());
        let mut newer = bad;
        newer["schema_version"] = serde_json::json!(ENTRY_SCHEMA_VERSION + 1);
        newer["rule"] = serde_json::json!("tier");
        let e = serde_json::from_value::<Entry>(newer).unwrap_err().to_string();
        assert!(e.contains("reads up to"), "{e}");
    }

    #[test]
    fn rule_codes_round_trip_through_json() {
        for r in [Rule::EarnSpend, Rule::AwardReferrer, Rule::Adjust, Rule::NoChange, Rule::RedeemReverse] {
            let text = serde_json::to_string(&r).unwrap();
            assert_eq!(text, format!("\"{}\"", r.code()));
            assert_eq!(serde_json::from_str::<Rule>(&text).unwrap(), r);
        }
    }
}
