//! Loyalty as values: a member is their ledger entries (JSON, the core's shape).
use std::sync::Arc;
use std::time::SystemTime;

use postpurchase as pp;
use pp::loyalty as l;

use crate::{Amount, Result, dump, instant, mirror_enum, parse, timestamp};

mirror_enum!(
    /// What qualifies a member for a tier.
    TierMetric => l::TierMetric {
        /// Net spend of available orders.
        NetSpend,
        /// Points earned, net of clawbacks.
        PointsEarned,
        /// Orders with points still standing.
        Orders,
    }
);

/// Where a member stands against the tier ladder.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TierProgress {
    /// What qualifies.
    pub metric: TierMetric,
    /// The metric in the current window (spend, points or orders), exact.
    pub value: Amount,
    /// Where the window starts; none for lifetime.
    pub window_start: Option<SystemTime>,
    /// The next tier above the current one.
    pub next_tier: Option<String>,
    /// Its threshold, exact.
    pub next_threshold: Option<Amount>,
    /// How much more it needs, exact (never negative).
    pub remaining: Option<Amount>,
}

/// A member's balance, tier and progress at a point in time.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LoyaltyStatus {
    /// Customer id.
    pub customer: String,
    /// Available points.
    pub balance: i64,
    /// Points waiting for delivery and the return window.
    pub pending: i64,
    /// Points owed from clawbacks of spent points.
    pub debt: i64,
    /// Current tier.
    pub tier: Option<String>,
    /// Since when.
    pub tier_since: Option<SystemTime>,
    /// Progress to the next tier.
    pub progress: TierProgress,
    /// Entries applied.
    pub version: u64,
}

/// A ledger after a command: every entry to store, the new ones, and the status.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LoyaltyUpdate {
    /// Every entry so far (JSON list): the ledger of record.
    pub entries_json: String,
    /// Only the entries this command added (JSON list).
    pub new_entries_json: String,
    /// Balance, tier and progress after the command.
    pub status: LoyaltyStatus,
}

fn member(customer: &str, entries_json: &str) -> Result<(l::Member, Vec<l::Entry>)> {
    let entries: Vec<l::Entry> = parse("loyalty entries", entries_json)?;
    Ok((l::Member::from_entries(pp::CustomerId::new(customer)?, &entries), entries))
}

pub(crate) fn status(m: &l::Member, p: &l::Programme, now: SystemTime) -> Result<LoyaltyStatus> {
    let g = m.tier_progress(p, instant(now)?);
    Ok(LoyaltyStatus {
        customer: m.customer().to_string(),
        balance: m.balance(),
        pending: m.pending(),
        debt: m.debt(),
        tier: m.tier().map(str::to_string),
        tier_since: m.tier_since().map(timestamp),
        progress: TierProgress {
            metric: g.metric.into(),
            value: Amount(g.value.normalize().to_string()),
            window_start: g.window_start.map(timestamp),
            next_tier: g.next_tier,
            next_threshold: g.next_threshold.map(|d| Amount(d.normalize().to_string())),
            remaining: g.remaining.map(|d| Amount(d.normalize().to_string())),
        },
        version: m.version(),
    })
}

/// Validates a loyalty programme (JSON); every problem is reported at once. Returns the canonical JSON.
#[uniffi::export]
pub fn validate_loyalty_programme(programme_json: String) -> Result<String> {
    crate::guard(|| dump(&l::Programme::from_json(&programme_json)?))
}

fn status_with(p: &l::Programme, customer: &str, entries_json: &str, now: SystemTime) -> Result<LoyaltyStatus> {
    status(&member(customer, entries_json)?.0, p, now)
}

fn command_with(
    p: &l::Programme,
    customer: &str,
    entries_json: &str,
    command_json: &str,
    key: &str,
    now: SystemTime,
    expected_version: Option<i64>,
) -> Result<LoyaltyUpdate> {
    let (mut m, mut entries) = member(customer, entries_json)?;
    let cmd: l::LoyaltyCommand = parse("loyalty command", command_json)?;
    // the version the caller saw, or (without one) the ledger as given
    let version = m.version();
    let new = m.handle(&cmd, p, &crate::meta_expecting(key, now, expected_version)?, version)?;
    let new_entries_json = dump(&new)?;
    entries.extend_from_slice(new);
    Ok(LoyaltyUpdate { entries_json: dump(&entries)?, new_entries_json, status: status(&m, p, now)? })
}

/// Balance, tier and progress of the member whose ledger entries are given, at `now`.
#[uniffi::export]
pub fn loyalty_status(
    customer: String,
    entries_json: String,
    programme_json: String,
    now: SystemTime,
) -> Result<LoyaltyStatus> {
    crate::guard(|| status_with(&l::Programme::from_json(&programme_json)?, &customer, &entries_json, now))
}

/// Runs a loyalty command (JSON in the core's `LoyaltyCommand` shape) on the member's ledger.
/// A refused command changes nothing; a repeated key is a no-op.
#[uniffi::export(default(expected_version = None))]
pub fn loyalty_command(
    customer: String,
    entries_json: String,
    command_json: String,
    programme_json: String,
    key: String,
    now: SystemTime,
    expected_version: Option<i64>,
) -> Result<LoyaltyUpdate> {
    crate::guard(|| {
        let p = l::Programme::from_json(&programme_json)?;
        command_with(&p, &customer, &entries_json, &command_json, &key, now, expected_version)
    })
}

/// A loyalty programme parsed and validated once; its methods run without parsing it again (the
/// functions that take `programmeJson` parse it on every call).
#[derive(uniffi::Object)]
pub struct LoyaltyProgramme {
    pub(crate) inner: l::Programme,
}

#[uniffi::export]
impl LoyaltyProgramme {
    /// Parses and validates a programme (JSON); every problem is reported at once.
    #[uniffi::constructor]
    pub fn new(programme_json: String) -> Result<Arc<Self>> {
        crate::guard(|| Ok(Arc::new(LoyaltyProgramme { inner: l::Programme::from_json(&programme_json)? })))
    }

    /// The programme as canonical JSON.
    pub fn to_json(&self) -> Result<String> {
        crate::guard(|| dump(&self.inner))
    }

    /// As [`loyalty_status`].
    pub fn status(&self, customer: String, entries_json: String, now: SystemTime) -> Result<LoyaltyStatus> {
        crate::guard(|| status_with(&self.inner, &customer, &entries_json, now))
    }

    /// As [`loyalty_command`].
    #[uniffi::method(default(expected_version = None))]
    pub fn command(
        &self,
        customer: String,
        entries_json: String,
        command_json: String,
        key: String,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<LoyaltyUpdate> {
        crate::guard(|| command_with(&self.inner, &customer, &entries_json, &command_json, &key, now, expected_version))
    }
}
