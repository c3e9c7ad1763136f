//! A member's ledger state: the fold of its entries, with the indexes that keep every command's
//! cost independent of the member's history.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::entry::{Draw, Entry, EntryKind, Lot, Rule};
use super::programme::Programme;
use crate::ids::{CustomerId, IdempotencyKey, OrderId};
use crate::order::CommandMeta;
use crate::returns::TierBenefits;

/// Where a lot stands in the spending order: soonest expiry first, never-expiring last, then oldest.
pub(super) type SpendKey = (bool, Option<DateTime<Utc>>, u64);

/// The spending-order key of a lot.
pub(super) fn spend_key(lot: &Lot) -> SpendKey {
    (lot.expires_at.is_none(), lot.expires_at, lot.id)
}

/// The once-only and per-period awards a member has had, as counters rather than a scan of entries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct AwardHistory {
    /// The sign-up award was given.
    pub(super) signup: bool,
    /// The referred-customer award was given.
    pub(super) referred: bool,
    /// When each birthday award was given (at most one a year).
    pub(super) birthdays: Vec<DateTime<Utc>>,
    /// Every referred customer already counted.
    pub(super) referrals: BTreeSet<String>,
    /// Referrer awards per time, for the per-period cap.
    pub(super) referral_times: BTreeMap<DateTime<Utc>, u32>,
}

/// A member's ledger state: the fold of its entries. Fields are private: state changes only by
/// applying entries that a command decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub(super) customer: CustomerId,
    pub(super) version: u64,
    pub(super) balance: i64,
    pub(super) pending: i64,
    pub(super) debt: i64,
    pub(super) lots: BTreeMap<u64, Lot>,
    /// Available lots with points left, in spending order.
    pub(super) live: BTreeSet<SpendKey>,
    /// Pending lots with a release time, by that time.
    pub(super) scheduled: BTreeSet<(DateTime<Utc>, u64)>,
    /// The lots each order earned.
    pub(super) order_lots: BTreeMap<OrderId, Vec<u64>>,
    pub(super) awards: AwardHistory,
    pub(super) entries: Vec<Entry>,
    pub(super) tier: Option<String>,
    pub(super) tier_since: Option<DateTime<Utc>>,
    pub(super) redemptions: BTreeMap<String, (Vec<Draw>, bool)>,
    pub(super) processed: BTreeMap<IdempotencyKey, String>,
    pub(super) last_activity: Option<DateTime<Utc>>,
}

/// The serialised shape of a member (its state as JSON, for inspection; the entries are what is
/// stored).
#[derive(Serialize)]
struct MemberView<'a> {
    customer: &'a CustomerId,
    version: u64,
    balance: i64,
    pending: i64,
    debt: i64,
    lots: Vec<&'a Lot>,
    entries: &'a [Entry],
    tier: &'a Option<String>,
    tier_since: &'a Option<DateTime<Utc>>,
    redemptions: &'a BTreeMap<String, (Vec<Draw>, bool)>,
    processed: &'a BTreeMap<IdempotencyKey, String>,
    last_activity: &'a Option<DateTime<Utc>>,
}

impl Serialize for Member {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        MemberView {
            customer: &self.customer,
            version: self.version,
            balance: self.balance,
            pending: self.pending,
            debt: self.debt,
            lots: self.lots.values().collect(),
            entries: &self.entries,
            tier: &self.tier,
            tier_since: &self.tier_since,
            redemptions: &self.redemptions,
            processed: &self.processed,
            last_activity: &self.last_activity,
        }
        .serialize(s)
    }
}

impl Member {
    /// An empty ledger.
    pub fn new(customer: CustomerId) -> Member {
        Member {
            customer,
            version: 0,
            balance: 0,
            pending: 0,
            debt: 0,
            lots: BTreeMap::new(),
            live: BTreeSet::new(),
            scheduled: BTreeSet::new(),
            order_lots: BTreeMap::new(),
            awards: AwardHistory::default(),
            entries: Vec::new(),
            tier: None,
            tier_since: None,
            redemptions: BTreeMap::new(),
            processed: BTreeMap::new(),
            last_activity: None,
        }
    }

    /// Rebuilds a ledger from its entries.
    pub fn from_entries(customer: CustomerId, entries: &[Entry]) -> Member {
        let mut m = Member::new(customer);
        for e in entries {
            m.apply(e);
        }
        m
    }

    /// The customer.
    pub fn customer(&self) -> &CustomerId {
        &self.customer
    }
    /// Entries applied (the expected version of the next command).
    pub fn version(&self) -> u64 {
        self.version
    }
    /// Available points.
    pub fn balance(&self) -> i64 {
        self.balance
    }
    /// Pending points (earned, not yet spendable).
    pub fn pending(&self) -> i64 {
        self.pending
    }
    /// Points owed from clawbacks of points already spent.
    pub fn debt(&self) -> i64 {
        self.debt
    }
    /// The current tier.
    pub fn tier(&self) -> Option<&str> {
        self.tier.as_deref()
    }
    /// When the member entered the current tier.
    pub fn tier_since(&self) -> Option<DateTime<Utc>> {
        self.tier_since
    }
    /// The last earn or redemption.
    pub fn last_activity(&self) -> Option<DateTime<Utc>> {
        self.last_activity
    }
    /// Every lot, oldest first.
    pub fn lots(&self) -> impl Iterator<Item = &Lot> {
        self.lots.values()
    }
    /// One lot by id.
    pub fn lot(&self, id: u64) -> Option<&Lot> {
        self.lots.get(&id)
    }
    /// Every entry applied, in order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
    /// A redemption's draws and whether it was reversed.
    pub fn redemption(&self, id: &str) -> Option<(&[Draw], bool)> {
        self.redemptions.get(id).map(|(d, reversed)| (d.as_slice(), *reversed))
    }

    /// The benefits of the current tier, for the returns policy.
    pub fn tier_benefits(&self, p: &Programme) -> Option<TierBenefits> {
        let t = p.tier(self.tier.as_deref()?)?;
        Some(TierBenefits {
            tier: t.name.clone(),
            extra_return_days: t.extra_return_days,
            free_return_shipping: t.free_returns,
        })
    }

    /// Decides and applies a command; returns the new entries.
    ///
    /// # Errors
    /// As [`Member::decide`]; nothing changes on error.
    pub fn handle(
        &mut self,
        cmd: &super::LoyaltyCommand,
        p: &Programme,
        meta: &CommandMeta,
        expected_version: u64,
    ) -> crate::error::Result<Vec<Entry>> {
        let entries = self.decide(cmd, p, meta, expected_version)?;
        for e in &entries {
            self.apply(e);
        }
        Ok(entries)
    }

    /// Applies an entry: copies its facts into the state. Never fails; costs O(log n) per lot it
    /// names.
    pub fn apply(&mut self, e: &Entry) {
        self.version = self.version.saturating_add(1);
        self.processed.insert(e.key.clone(), e.fingerprint.clone());
        self.balance = self.balance.saturating_add(e.points);
        self.pending = self.pending.saturating_add(e.pending);
        match &e.kind {
            EntryKind::Earn { lot } => self.apply_earn(e, lot.clone().into_lot(e.seq, e.at, e.rule)),
            EntryKind::Release { lot, expires_at } => {
                if let Some(l) = self.lots.get_mut(lot) {
                    if let Some(at) = l.available_at {
                        self.scheduled.remove(&(at, l.id));
                    }
                    l.pending = false;
                    l.available_at = Some(l.available_at.unwrap_or(e.at));
                    l.expires_at = *expires_at;
                }
                self.reindex(*lot);
            }
            EntryKind::Scheduled { lots, available_at } => {
                for id in lots {
                    if let Some(l) = self.lots.get_mut(id) {
                        if let Some(at) = l.available_at {
                            self.scheduled.remove(&(at, l.id));
                        }
                        l.available_at = Some(*available_at);
                    }
                    self.reindex(*id);
                }
            }
            EntryKind::Redeem { redemption, draws, .. } => {
                self.take(draws, false, None);
                self.redemptions.insert(redemption.clone(), (draws.clone(), false));
                self.last_activity = Some(e.at);
            }
            EntryKind::ReverseRedemption { redemption, draws } => {
                self.take(draws, true, None);
                if let Some(r) = self.redemptions.get_mut(redemption) {
                    r.1 = true;
                }
            }
            EntryKind::Expire { draws } | EntryKind::Adjust { draws, .. } => self.take(draws, false, None),
            EntryKind::Clawback { order, draws, cancelled, debt } => {
                self.take(draws, false, Some(order));
                self.take(cancelled, false, Some(order));
                self.debt = self.debt.saturating_add(*debt);
            }
            EntryKind::DebtPaid { points, lot } => {
                self.debt = self.debt.saturating_sub(*points);
                self.take(&[Draw { lot: *lot, points: *points }], false, None);
            }
            EntryKind::TierChanged { to, .. } => {
                self.tier = to.clone();
                self.tier_since = Some(e.at);
            }
            EntryKind::NoChange => {}
        }
        self.entries.push(e.clone());
    }

    fn apply_earn(&mut self, e: &Entry, lot: Lot) {
        self.last_activity = Some(e.at);
        if let Some((order, _)) = &lot.source {
            self.order_lots.entry(order.clone()).or_default().push(lot.id);
        }
        match e.rule {
            Rule::AwardSignup => self.awards.signup = true,
            Rule::AwardReferred => self.awards.referred = true,
            Rule::AwardBirthday => self.awards.birthdays.push(e.at),
            Rule::AwardReferrer => {
                // entries written before referred customers were named carry none
                if let Some(referred) = &e.referred {
                    self.awards.referrals.insert(referred.as_str().to_string());
                }
                let n = self.awards.referral_times.entry(e.at).or_insert(0);
                *n = n.saturating_add(1);
            }
            _ => {}
        }
        let id = lot.id;
        self.lots.insert(id, lot);
        self.reindex(id);
    }

    /// Takes (or, `restore`, gives back) drawn points from lots; a clawback of `order` also
    /// counts them as clawed on that order's lots.
    fn take(&mut self, draws: &[Draw], restore: bool, clawback_of: Option<&OrderId>) {
        for d in draws {
            if let Some(l) = self.lots.get_mut(&d.lot) {
                l.remaining =
                    if restore { l.remaining.saturating_add(d.points) } else { l.remaining.saturating_sub(d.points) };
                if clawback_of.is_some_and(|o| l.source.as_ref().is_some_and(|(s, _)| s == o)) {
                    l.clawed = l.clawed.saturating_add(d.points);
                }
            }
            self.reindex(d.lot);
        }
    }

    /// Puts a lot into the index its state calls for (available with points left, or pending
    /// with a release time) and out of the other.
    fn reindex(&mut self, id: u64) {
        let Some(l) = self.lots.get(&id) else { return };
        let key = spend_key(l);
        if !l.pending && l.remaining > 0 {
            self.live.insert(key);
        } else {
            self.live.remove(&key);
        }
        if let Some(at) = l.available_at {
            if l.pending {
                self.scheduled.insert((at, id));
            } else {
                self.scheduled.remove(&(at, id));
            }
        }
    }
}
