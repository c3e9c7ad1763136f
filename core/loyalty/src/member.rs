//! A member's ledger state: the fold of its entries, with the indexes that keep every command's
//! cost independent of the member's history.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::entry::{Draw, Entry, EntryKind, Lot, Rule};
use super::programme::Programme;
use crate::ids::{CustomerId, OrderId};
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

/// Entries found by a text key drawn from them (a command key, a redemption id), each with a
/// small value: the keys are the entries' own, so noting an entry copies nothing.
#[derive(Clone)]
pub(super) struct EntryIndex<V> {
    table: hashbrown::HashTable<(usize, V)>,
    hasher: foldhash::fast::RandomState,
    key_of: fn(&Entry) -> Option<&str>,
}

impl<V> EntryIndex<V> {
    fn new(key_of: fn(&Entry) -> Option<&str>) -> Self {
        EntryIndex { table: hashbrown::HashTable::new(), hasher: foldhash::fast::RandomState::default(), key_of }
    }

    /// The entry noted under `key`, with its value.
    pub(super) fn get<'e>(&self, entries: &'e [Entry], key: &str) -> Option<(&'e Entry, &V)> {
        use std::hash::BuildHasher;
        let key_of = self.key_of;
        let same = |(i, _): &(usize, V)| entries.get(*i).and_then(key_of) == Some(key);
        let (i, v) = self.table.find(self.hasher.hash_one(key), same)?;
        entries.get(*i).map(|e| (e, v))
    }

    /// The value noted under `key`, to change.
    fn get_mut(&mut self, entries: &[Entry], key: &str) -> Option<&mut V> {
        use std::hash::BuildHasher;
        let key_of = self.key_of;
        let same = |(i, _): &(usize, V)| entries.get(*i).and_then(key_of) == Some(key);
        self.table.find_mut(self.hasher.hash_one(key), same).map(|(_, v)| v)
    }

    /// Notes the entry at `index` with `value` unless its key is noted already (or it has none).
    fn insert(&mut self, entries: &[Entry], index: usize, value: V) {
        use std::hash::BuildHasher;
        let EntryIndex { table, hasher, key_of } = self;
        let key_of = *key_of;
        let Some(key) = entries.get(index).and_then(key_of) else { return };
        let rehash = |(i, _): &(usize, V)| entries.get(*i).and_then(key_of).map_or(0, |k| hasher.hash_one(k));
        let same = |(i, _): &(usize, V)| entries.get(*i).and_then(key_of) == Some(key);
        if let hashbrown::hash_table::Entry::Vacant(slot) = table.entry(hasher.hash_one(key), same, rehash) {
            slot.insert((index, value));
        }
    }

    /// Every noted entry with its key and value, sorted by key.
    fn sorted<'e>(&'e self, entries: &'e [Entry]) -> BTreeMap<&'e str, (&'e Entry, &'e V)> {
        let key_of = self.key_of;
        self.table.iter().filter_map(|(i, v)| entries.get(*i).and_then(|e| key_of(e).map(|k| (k, (e, v))))).collect()
    }
}

/// The lots an order earned: usually a run of consecutive ids (one per line, written by one
/// command), kept as a list only when they are not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum OrderLots {
    /// `count` lots from `first` on.
    Run {
        /// The first lot's id.
        first: u64,
        /// How many.
        count: u64,
    },
    /// Any other set of lots.
    List(Vec<u64>),
}

impl OrderLots {
    fn add(&mut self, id: u64) {
        match self {
            OrderLots::Run { first, count } if first.checked_add(*count) == Some(id) => {
                *count = count.saturating_add(1);
            }
            OrderLots::Run { first, count } => {
                let mut all: Vec<u64> = (0..*count).filter_map(|k| first.checked_add(k)).collect();
                all.push(id);
                *self = OrderLots::List(all);
            }
            OrderLots::List(all) => all.push(id),
        }
    }

    /// The lot ids.
    pub(super) fn ids(&self) -> Box<dyn Iterator<Item = u64> + '_> {
        match self {
            OrderLots::Run { first, count } => Box::new((0..*count).filter_map(|k| first.checked_add(k))),
            OrderLots::List(all) => Box::new(all.iter().copied()),
        }
    }
}

fn earned_order(e: &Entry) -> Option<&str> {
    match &e.kind {
        EntryKind::Earn { lot } => lot.order.as_ref().map(OrderId::as_str),
        _ => None,
    }
}

impl<V> std::fmt::Debug for EntryIndex<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EntryIndex({} keys)", self.table.len())
    }
}

/// An index and its values are a function of the entries it was built from, and members are
/// compared with their entries: equal entries make equal indexes, so the number of keys is all
/// there is left to compare.
impl<V> PartialEq for EntryIndex<V> {
    fn eq(&self, other: &Self) -> bool {
        self.table.len() == other.table.len()
    }
}

impl<V> Eq for EntryIndex<V> {}

fn command_key(e: &Entry) -> Option<&str> {
    Some(e.key.as_str())
}

fn redemption_id(e: &Entry) -> Option<&str> {
    match &e.kind {
        EntryKind::Redeem { redemption, .. } => Some(redemption),
        _ => None,
    }
}

/// A member's lots by id. Lot ids are the sequence numbers of the entries that created them, so
/// they arrive in increasing order: the lots sit in one vector sorted by id (appending is O(1),
/// finding one O(log n), and no tree nodes are allocated as the ledger grows).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Lots {
    /// The lots' ids, in order: searched instead of the lots themselves (eight bytes a step
    /// rather than a whole lot).
    ids: Vec<u64>,
    lots: Vec<Lot>,
}

impl Lots {
    fn position(&self, id: u64) -> Result<usize, usize> {
        // the newest lot is the one most often asked for
        match self.ids.last() {
            Some(last) if *last == id => Ok(self.ids.len().saturating_sub(1)),
            Some(last) if *last < id => Err(self.ids.len()),
            _ => self.ids.binary_search(&id),
        }
    }
    /// The lot with this id.
    pub(super) fn get(&self, id: &u64) -> Option<&Lot> {
        self.position(*id).ok().and_then(|i| self.lots.get(i))
    }
    fn get_mut(&mut self, id: &u64) -> Option<&mut Lot> {
        self.position(*id).ok().and_then(|i| self.lots.get_mut(i))
    }
    /// Adds (or replaces) a lot, keeping the order by id.
    fn insert(&mut self, lot: Lot) {
        match self.position(lot.id) {
            Ok(i) => {
                if let Some(slot) = self.lots.get_mut(i) {
                    *slot = lot;
                }
            }
            Err(i) => {
                self.ids.insert(i, lot.id);
                self.lots.insert(i, lot);
            }
        }
    }
    /// Every lot, by id.
    pub(super) fn values(&self) -> std::slice::Iter<'_, Lot> {
        self.lots.iter()
    }
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
    pub(super) lots: Lots,
    /// Available lots with points left, in spending order.
    pub(super) live: BTreeSet<SpendKey>,
    /// Pending lots with a release time, by that time.
    pub(super) scheduled: BTreeSet<(DateTime<Utc>, u64)>,
    /// The lots each order earned.
    pub(super) order_lots: EntryIndex<OrderLots>,
    pub(super) awards: AwardHistory,
    pub(super) entries: Vec<Entry>,
    pub(super) tier: Option<String>,
    pub(super) tier_since: Option<DateTime<Utc>>,
    /// Redemptions by id, with whether each was reversed.
    pub(super) redemptions: EntryIndex<bool>,
    /// Command keys, for idempotency.
    pub(super) processed: EntryIndex<()>,
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
    redemptions: BTreeMap<&'a str, (&'a [Draw], bool)>,
    processed: BTreeMap<&'a str, &'a str>,
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
            // sorted, so the same member always prints the same
            redemptions: (self.redemptions.sorted(&self.entries).into_iter())
                .map(|(id, (e, reversed))| (id, (e.kind.draws(), *reversed)))
                .collect(),
            processed: (self.processed.sorted(&self.entries).into_iter())
                .map(|(key, (e, ()))| (key, e.fingerprint.as_str()))
                .collect(),
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
            lots: Lots::default(),
            live: BTreeSet::new(),
            scheduled: BTreeSet::new(),
            order_lots: EntryIndex::new(earned_order),
            awards: AwardHistory::default(),
            entries: Vec::new(),
            tier: None,
            tier_since: None,
            redemptions: EntryIndex::new(redemption_id),
            processed: EntryIndex::new(command_key),
            last_activity: None,
        }
    }

    /// Rebuilds a ledger from stored entries, refusing entries whose running balance, pending
    /// points or debt do not fit an `i64` (a ledger no command could have written): the state
    /// would otherwise hold a saturated figure that disagrees with its entries.
    ///
    /// ```
    /// use postpurchase::CustomerId;
    /// use postpurchase::loyalty::Member;
    /// let m = Member::try_from_entries(CustomerId::new("c-1")?, &[])?;
    /// assert_eq!(m.balance(), 0);
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`crate::error::ErrorKind::InvalidInput`] naming the first entry whose sums overflow.
    pub fn try_from_entries(customer: CustomerId, entries: &[Entry]) -> crate::error::Result<Member> {
        let (mut balance, mut pending, mut debt) = (0i64, 0i64, 0i64);
        for e in entries {
            let d = match &e.kind {
                EntryKind::Clawback { debt, .. } => *debt,
                EntryKind::DebtPaid { points, .. } => points.checked_neg().unwrap_or(i64::MAX),
                _ => 0,
            };
            let next = (balance.checked_add(e.points), pending.checked_add(e.pending), debt.checked_add(d));
            let (Some(b), Some(p), Some(dd)) = next else {
                return Err(crate::error::Error::new(
                    crate::error::ErrorKind::InvalidInput,
                    "the entries' points do not fit a 64-bit balance",
                )
                .with("seq", e.seq));
            };
            (balance, pending, debt) = (b, p, dd);
        }
        Ok(Member::from_entries(customer, entries))
    }

    /// Rebuilds a ledger from its entries (as written by commands; see
    /// [`Member::try_from_entries`] for entries from outside).
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
        self.redemptions.get(&self.entries, id).map(|(e, reversed)| (e.kind.draws(), *reversed))
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

    /// Decides and applies a command; returns the new entries (the tail of [`Member::entries`]:
    /// empty for a retry of a command already applied).
    ///
    /// # Errors
    /// As [`Member::decide`]; nothing changes on error.
    pub fn handle(
        &mut self,
        cmd: &super::LoyaltyCommand,
        p: &Programme,
        meta: &CommandMeta,
    ) -> crate::error::Result<&[Entry]> {
        let entries = self.decide(cmd, p, meta)?;
        let first = self.entries.len();
        for e in entries {
            self.apply_owned(e);
        }
        Ok(self.entries.get(first..).unwrap_or_default())
    }

    /// Applies an entry: copies its facts into the state. Never fails; costs O(log n) per lot it
    /// names.
    pub fn apply(&mut self, e: &Entry) {
        self.apply_owned(e.clone());
    }

    /// [`Member::apply`] for an entry the caller hands over (no copy is kept).
    pub fn apply_owned(&mut self, e: Entry) {
        self.fold(&e);
        let redeem = matches!(e.kind, EntryKind::Redeem { .. });
        let seq = e.seq;
        self.entries.push(e);
        let at = self.entries.len().saturating_sub(1);
        self.processed.insert(&self.entries, at, ());
        if redeem {
            self.redemptions.insert(&self.entries, at, false);
        }
        // an order's first lot is noted with its entry; later ones join its run
        if let Some(order) = self.entries.get(at).and_then(earned_order) {
            match self.order_lots.get_mut(&self.entries, order) {
                Some(lots) => lots.add(seq),
                None => self.order_lots.insert(&self.entries, at, OrderLots::Run { first: seq, count: 1 }),
            }
        }
    }

    /// Copies an entry's facts into the state, except the entry itself.
    fn fold(&mut self, e: &Entry) {
        self.version = self.version.saturating_add(1);
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
            EntryKind::Redeem { draws, .. } => {
                self.take(draws, false, None);
                self.last_activity = Some(e.at);
            }
            EntryKind::ReverseRedemption { redemption, draws } => {
                self.take(draws, true, None);
                if let Some(reversed) = self.redemptions.get_mut(&self.entries, redemption) {
                    *reversed = true;
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
    }

    fn apply_earn(&mut self, e: &Entry, lot: Lot) {
        self.last_activity = Some(e.at);
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
        self.lots.insert(lot);
        self.reindex(id);
    }

    /// Takes (or, `restore`, gives back) drawn points from lots; a clawback of `order` also
    /// counts them as clawed on that order's lots.
    fn take(&mut self, draws: &[Draw], restore: bool, clawback_of: Option<&OrderId>) {
        let Member { lots, live, scheduled, .. } = self;
        for d in draws {
            if let Some(l) = lots.get_mut(&d.lot) {
                l.remaining =
                    if restore { l.remaining.saturating_add(d.points) } else { l.remaining.saturating_sub(d.points) };
                if clawback_of.is_some_and(|o| l.source.as_ref().is_some_and(|(s, _)| s == o)) {
                    l.clawed = l.clawed.saturating_add(d.points);
                }
                index_lot(live, scheduled, l);
            }
        }
    }

    /// Puts a lot into the index its state calls for (available with points left, or pending
    /// with a release time) and out of the other.
    fn reindex(&mut self, id: u64) {
        if let Some(l) = self.lots.get(&id) {
            index_lot(&mut self.live, &mut self.scheduled, l);
        }
    }
}

/// [`Member::reindex`] for a lot in hand.
fn index_lot(live: &mut BTreeSet<SpendKey>, scheduled: &mut BTreeSet<(DateTime<Utc>, u64)>, l: &Lot) {
    let key = spend_key(l);
    if !l.pending && l.remaining > 0 {
        live.insert(key);
    } else {
        live.remove(&key);
    }
    if let Some(at) = l.available_at {
        if l.pending {
            scheduled.insert((at, l.id));
        } else {
            scheduled.remove(&(at, l.id));
        }
    }
}
