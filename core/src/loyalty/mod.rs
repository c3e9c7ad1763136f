//! Loyalty: an append-only points ledger with expiring lots, pending points, tiers, redemption and
//! clawback.
//!
//! Each member's ledger is an aggregate: a command is decided against the current state (with an
//! expected version and an idempotency key) and returns entries; applying an entry cannot fail,
//! and the ledger is the fold of its entries. The available balance is always the sum of the
//! entries' `points`; pending points are tracked apart and can never be spent.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use postpurchase::loyalty::*;
//! use postpurchase::{CommandMeta, CustomerId, IdempotencyKey};
//!
//! let programme = Programme::from_json(r#"{"earning": {"signup": 100}}"#)?;
//! let mut member = Member::new(CustomerId::new("c-1")?);
//! let now = Utc.with_ymd_and_hms(2026, 1, 5, 12, 0, 0).unwrap();
//! let meta = CommandMeta::new(IdempotencyKey::new("signup")?, now);
//! member.handle(&LoyaltyCommand::Award { award: Award::Signup }, &programme, &meta, 0)?;
//! assert_eq!(member.balance, 100);
//! # Ok::<(), postpurchase::Error>(())
//! ```

mod programme;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

pub use programme::{
    Earning, Expiry, NegativeBalance, PendingRule, Programme, RedemptionRule, ReferralRule, Reward, TierLevel,
    TierMetric, TierRules, TierWindow,
};

use crate::error::{Error, ErrorKind, Result};
use crate::ids::{CustomerId, IdempotencyKey, LineId, OrderId};
use crate::order::CommandMeta;
use crate::returns::TierBenefits;
use crate::store::concurrency_conflict;

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

/// A line of an order that earns points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarnLine {
    /// The line.
    pub line: LineId,
    /// Net merchandise spend of the line (after discounts).
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    pub spend: Decimal,
    /// Tax on the line (counts only if the programme says so).
    #[serde(default)]
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    pub tax: Decimal,
}

/// An event award.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Award {
    /// Signing up (once).
    Signup,
    /// Birthday (once per local calendar year).
    Birthday,
    /// A product review.
    Review,
    /// A referral: this member referred `referred`, whose first paid order just happened.
    Referrer {
        /// The referred customer.
        referred: CustomerId,
    },
    /// This member was referred and made a first paid order.
    Referred,
}

/// A command on a member's ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum LoyaltyCommand {
    /// Earn points for an order; pending until the later of delivery + N days and the close of
    /// the return window (both unknown: pending until released with them).
    EarnOrder {
        /// The order.
        order: OrderId,
        /// Its lines.
        lines: Vec<EarnLine>,
        /// Shipping paid (counts only if the programme says so).
        #[serde(default)]
        #[serde(deserialize_with = "crate::money::exact::deserialize")]
        shipping: Decimal,
        /// When it was delivered, if known.
        #[serde(default)]
        delivered_at: Option<DateTime<Utc>>,
        /// When its return window closes, if known.
        #[serde(default)]
        return_window_end: Option<DateTime<Utc>>,
    },
    /// An event award.
    Award {
        /// Which.
        award: Award,
    },
    /// Make pending lots whose time has come available.
    ReleasePending,
    /// Set when an order's pending points become available (delivery now known).
    ScheduleRelease {
        /// The order.
        order: OrderId,
        /// Delivered at.
        delivered_at: DateTime<Utc>,
        /// Return window end, if any.
        #[serde(default)]
        return_window_end: Option<DateTime<Utc>>,
    },
    /// Spend points on an order (points-to-money) or on a fixed reward.
    Redeem {
        /// Id of this redemption.
        redemption: String,
        /// The order it pays for.
        order: OrderId,
        /// The order total (a redemption is never worth more).
        #[serde(deserialize_with = "crate::money::exact::deserialize")]
        order_total: Decimal,
        /// Points to spend (ignored for a reward).
        #[serde(default)]
        points: i64,
        /// A fixed reward instead of points-to-money.
        #[serde(default)]
        reward: Option<String>,
    },
    /// Give back a redemption's points (e.g. the order was fully refunded).
    ReverseRedemption {
        /// The redemption.
        redemption: String,
    },
    /// Expire what is due at `now`.
    Expire,
    /// Claw back the points earned by refunded lines, at the rate they were earned.
    Clawback {
        /// The order.
        order: OrderId,
        /// Refunded spend per line.
        lines: Vec<EarnLine>,
    },
    /// A manual adjustment.
    Adjust {
        /// Points (+ or −).
        points: i64,
        /// Why (required).
        reason: String,
    },
    /// Re-evaluate the tier.
    EvaluateTier,
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

/// A member's ledger state: the fold of its entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// Customer.
    pub customer: CustomerId,
    /// Entries applied.
    pub version: u64,
    /// Available points.
    pub balance: i64,
    /// Pending points.
    pub pending: i64,
    /// Points owed from clawbacks of spent points.
    pub debt: i64,
    /// Lots.
    pub lots: Vec<Lot>,
    /// Every entry.
    pub entries: Vec<Entry>,
    /// Current tier.
    pub tier: Option<String>,
    /// Since when.
    pub tier_since: Option<DateTime<Utc>>,
    /// Redemptions: id → draws, reversed?
    pub redemptions: BTreeMap<String, (Vec<Draw>, bool)>,
    /// Keys seen.
    pub processed: BTreeMap<IdempotencyKey, String>,
    /// Last earn or redeem.
    pub last_activity: Option<DateTime<Utc>>,
}

fn err(kind: ErrorKind, m: &str) -> Error {
    Error::new(kind, m)
}

/// Local midnight at the start of `date`, as an instant.
fn local_midnight(date: NaiveDate, tz: Tz) -> DateTime<Utc> {
    crate::returns::start_of_local_day(date, tz)
}

fn expiry_for(available: DateTime<Utc>, p: &Programme) -> Option<DateTime<Utc>> {
    let tz = p.tz();
    let d = available.with_timezone(&tz).date_naive();
    match p.expiry {
        Expiry::Never | Expiry::Inactivity { .. } => None,
        Expiry::DaysAfterAvailable { days } => Some(local_midnight(d + Duration::days(i64::from(days)), tz)),
        Expiry::EndOfMonth => {
            let (y, m) = if d.month() == 12 { (d.year() + 1, 1) } else { (d.year(), d.month() + 1) };
            NaiveDate::from_ymd_opt(y, m, 1).map(|n| local_midnight(n, tz))
        }
        Expiry::EndOfYear => NaiveDate::from_ymd_opt(d.year() + 1, 1, 1).map(|n| local_midnight(n, tz)),
    }
}

/// A lot of points available at once (event awards and manual credits).
fn available_lot(id: u64, points: i64, now: DateTime<Utc>, p: &Programme) -> Lot {
    Lot {
        id,
        points,
        remaining: points,
        pending: false,
        available_at: Some(now),
        expires_at: expiry_for(now, p),
        source: None,
        spend: Decimal::ZERO,
        rate: Decimal::ZERO,
        clawed: 0,
        earned_at: now,
    }
}

/// The most points one entry may move; sums of entries then stay far inside `i64`.
pub const MAX_POINTS: i64 = 1_000_000_000_000;

/// Whole points in `v`, or an error above [`MAX_POINTS`] (never a silent 0 or a wrap).
fn floor_points(v: Decimal) -> Result<i64> {
    v.floor()
        .to_i64()
        .filter(|p| p.abs() <= MAX_POINTS)
        .ok_or_else(|| err(ErrorKind::InvalidInput, "the points exceed the most one entry may move (10^12)"))
}

/// `a × b`, or [`ErrorKind::Overflow`].
fn mul(a: Decimal, b: Decimal) -> Result<Decimal> {
    a.checked_mul(b).ok_or_else(crate::money::overflow)
}

/// `a + b`, or [`ErrorKind::Overflow`].
fn add(a: Decimal, b: Decimal) -> Result<Decimal> {
    a.checked_add(b).ok_or_else(crate::money::overflow)
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
            lots: Vec::new(),
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
        cmd: &LoyaltyCommand,
        p: &Programme,
        meta: &CommandMeta,
        expected_version: u64,
    ) -> Result<Vec<Entry>> {
        let entries = self.decide(cmd, p, meta, expected_version)?;
        for e in &entries {
            self.apply(e);
        }
        Ok(entries)
    }

    /// Decides a command against the current state.
    ///
    /// # Errors
    /// [`ErrorKind::ConcurrencyConflict`] when `expected_version` is stale (nothing is written);
    /// [`ErrorKind::IdempotencyConflict`] for a reused key with different content; a loyalty
    /// error per rule broken.
    pub fn decide(
        &self,
        cmd: &LoyaltyCommand,
        p: &Programme,
        meta: &CommandMeta,
        expected_version: u64,
    ) -> Result<Vec<Entry>> {
        let fp = crate::fingerprint::Fingerprint::of("", cmd);
        if let Some(seen) = self.processed.get(&meta.key) {
            return if fp.matches(seen) {
                Ok(Vec::new())
            } else {
                Err(err(ErrorKind::IdempotencyConflict, "idempotency key reused for a different command"))
            };
        }
        if expected_version != self.version {
            return Err(concurrency_conflict(self.customer.as_str(), expected_version, self.version));
        }
        let mut sim = self.clone();
        let mut out = Vec::new();
        let mut push = |sim: &mut Member, points: i64, pending: i64, rule: &str, rate: Decimal, kind: EntryKind| {
            let e = Entry {
                seq: sim.version + 1,
                at: meta.now,
                key: meta.key.clone(),
                fingerprint: fp.as_stored().to_string(),
                points,
                pending,
                balance_after: sim.balance + points,
                rule: rule.to_string(),
                rate,
                kind,
            };
            sim.apply(&e);
            out.push(e);
        };
        let now = meta.now;
        match cmd {
            LoyaltyCommand::EarnOrder { order, lines, shipping, delivered_at, return_window_end } => {
                if sim.lots.iter().any(|l| l.source.as_ref().is_some_and(|(o, _)| o == order)) {
                    return Err(err(ErrorKind::LoyaltyRuleNotApplicable, "points were already earned for this order"));
                }
                let mult = sim.tier.as_deref().and_then(|t| p.tier(t)).map_or(Decimal::ONE, |t| t.multiplier);
                let rate = mul(p.earning.points_per_currency_unit, mult)?;
                let available_at = delivered_at.map(|d| {
                    let a = d + Duration::days(i64::from(p.pending.days_after_delivery));
                    return_window_end.map_or(a, |w| a.max(w))
                });
                let mut first = true;
                for l in lines {
                    if l.spend.is_sign_negative() || l.tax.is_sign_negative() {
                        return Err(err(ErrorKind::InvalidAmount, "spend must not be negative"));
                    }
                    let mut base = l.spend;
                    if p.earning.include_tax {
                        base = add(base, l.tax)?;
                    }
                    if first && p.earning.include_shipping {
                        base = add(base, *shipping)?;
                    }
                    let mut pts = floor_points(mul(base, rate)?)?;
                    if first {
                        pts = floor_points(Decimal::from(pts) + mul(Decimal::from(p.earning.per_order), mult)?)?;
                    }
                    first = false;
                    let lot = Lot {
                        id: sim.version + 1,
                        points: pts,
                        remaining: pts,
                        pending: true,
                        available_at,
                        expires_at: None,
                        source: Some((order.clone(), Some(l.line.clone()))),
                        spend: l.spend,
                        rate,
                        clawed: 0,
                        earned_at: now,
                    };
                    push(&mut sim, 0, pts, "earn.spend", rate, EntryKind::Earn { lot });
                }
            }
            LoyaltyCommand::Award { award } => {
                let (rule, pts) = match award {
                    Award::Signup => {
                        if sim.entries.iter().any(|e| e.rule == "award.signup") {
                            return Err(err(ErrorKind::LoyaltyRuleNotApplicable, "sign-up points are awarded once"));
                        }
                        ("award.signup".to_string(), p.earning.signup)
                    }
                    Award::Birthday => {
                        let tz = p.tz();
                        let year = now.with_timezone(&tz).year();
                        if sim
                            .entries
                            .iter()
                            .any(|e| e.rule == "award.birthday" && e.at.with_timezone(&tz).year() == year)
                        {
                            return Err(err(
                                ErrorKind::LoyaltyRuleNotApplicable,
                                "birthday points are awarded once a year",
                            ));
                        }
                        ("award.birthday".to_string(), p.earning.birthday)
                    }
                    Award::Review => ("award.review".to_string(), p.earning.review),
                    Award::Referrer { referred } => {
                        let r = p
                            .earning
                            .referral
                            .as_ref()
                            .ok_or_else(|| err(ErrorKind::LoyaltyRuleNotApplicable, "no referral rule"))?;
                        if *referred == sim.customer {
                            return Err(err(ErrorKind::LoyaltyRuleNotApplicable, "a member cannot refer themselves"));
                        }
                        // each referred customer counts once: the entry names them
                        let rule = format!("award.referrer:{referred}");
                        if sim.entries.iter().any(|e| e.rule == rule) {
                            return Err(err(
                                ErrorKind::LoyaltyRuleNotApplicable,
                                "this referred customer was already counted",
                            )
                            .with("referred", referred));
                        }
                        let since = now - Duration::days(i64::from(r.period_days));
                        let n =
                            sim.entries.iter().filter(|e| e.rule.starts_with("award.referrer") && e.at > since).count();
                        if n >= r.cap_per_period as usize {
                            return Err(err(
                                ErrorKind::LoyaltyRuleNotApplicable,
                                "referral cap reached for this period",
                            ));
                        }
                        (rule, r.referrer)
                    }
                    Award::Referred => {
                        let r = p
                            .earning
                            .referral
                            .as_ref()
                            .ok_or_else(|| err(ErrorKind::LoyaltyRuleNotApplicable, "no referral rule"))?;
                        if sim.entries.iter().any(|e| e.rule == "award.referred") {
                            return Err(err(
                                ErrorKind::LoyaltyRuleNotApplicable,
                                "only the first paid order earns the referral",
                            ));
                        }
                        ("award.referred".to_string(), r.referred)
                    }
                };
                let lot = available_lot(sim.version + 1, pts, now, p);
                push(&mut sim, pts, 0, &rule, Decimal::ZERO, EntryKind::Earn { lot });
                pay_debt(&mut sim, &mut push, now);
            }
            LoyaltyCommand::ScheduleRelease { order, delivered_at, return_window_end } => {
                let a = *delivered_at + Duration::days(i64::from(p.pending.days_after_delivery));
                let available_at = return_window_end.map_or(a, |w| a.max(w));
                let lots: Vec<u64> = sim
                    .lots
                    .iter()
                    .filter(|l| l.pending && l.source.as_ref().is_some_and(|(o, _)| o == order))
                    .map(|l| l.id)
                    .collect();
                if lots.is_empty() {
                    return Err(err(ErrorKind::NotFound, "no pending points for this order"));
                }
                push(&mut sim, 0, 0, "pending.schedule", Decimal::ZERO, EntryKind::Scheduled { lots, available_at });
            }
            LoyaltyCommand::ReleasePending => {
                let due: Vec<(u64, i64, Option<DateTime<Utc>>)> = sim
                    .lots
                    .iter()
                    .filter(|l| l.pending && l.available_at.is_some_and(|a| a <= now))
                    .map(|l| (l.id, l.remaining, l.available_at.and_then(|a| expiry_for(a, p))))
                    .collect();
                for (lot, pts, expires_at) in due {
                    push(&mut sim, pts, -pts, "pending.release", Decimal::ZERO, EntryKind::Release { lot, expires_at });
                }
                pay_debt(&mut sim, &mut push, now);
            }
            LoyaltyCommand::Redeem { redemption, order, order_total, points, reward } => {
                // points due to expire are expired first: a point is never both expired and spent
                expire_due(&mut sim, &mut push, p, now);
                if sim.redemptions.contains_key(redemption) {
                    return Err(err(ErrorKind::LoyaltyRuleNotApplicable, "redemption id already used"));
                }
                let r = &p.redemption;
                let (pts, value) = match reward {
                    Some(id) => {
                        let rw = r
                            .rewards
                            .iter()
                            .find(|x| &x.id == id)
                            .ok_or_else(|| err(ErrorKind::RedemptionOutOfBounds, "no such reward"))?;
                        (rw.points, rw.value)
                    }
                    None => {
                        let mut v = (Decimal::from(*points) / r.points_per_currency_unit).round_dp(2);
                        v.rescale(2);
                        (*points, v)
                    }
                };
                if pts <= 0
                    || pts < r.min_points
                    || r.max_points_per_order.is_some_and(|m| pts > m)
                    || value > *order_total
                {
                    return Err(err(
                        ErrorKind::RedemptionOutOfBounds,
                        "redemption below the minimum, above the maximum or worth more than the order",
                    )
                    .with("points", pts));
                }
                if pts > sim.balance {
                    return Err(err(ErrorKind::InsufficientPoints, "not enough available points")
                        .with("available", sim.balance)
                        .with("requested", pts));
                }
                let draws = draw(&sim, pts, now);
                push(
                    &mut sim,
                    -pts,
                    0,
                    "redeem",
                    r.points_per_currency_unit,
                    EntryKind::Redeem { redemption: redemption.clone(), order: order.clone(), value, draws },
                );
            }
            LoyaltyCommand::ReverseRedemption { redemption } => {
                let (draws, reversed) = sim
                    .redemptions
                    .get(redemption)
                    .cloned()
                    .ok_or_else(|| err(ErrorKind::UnknownRedemption, "no such redemption"))?;
                if reversed {
                    return Err(err(ErrorKind::UnknownRedemption, "the redemption was already reversed"));
                }
                let pts: i64 = draws.iter().map(|d| d.points).sum();
                push(
                    &mut sim,
                    pts,
                    0,
                    "redeem.reverse",
                    Decimal::ZERO,
                    EntryKind::ReverseRedemption { redemption: redemption.clone(), draws },
                );
            }
            LoyaltyCommand::Expire => expire_due(&mut sim, &mut push, p, now),
            LoyaltyCommand::Clawback { order, lines } => {
                let mut draws = Vec::new();
                let mut cancelled = Vec::new();
                let mut owed = 0i64;
                for l in lines {
                    let Some(lot) = sim
                        .lots
                        .iter()
                        .find(|x| x.source.as_ref().is_some_and(|(o, li)| o == order && li.as_ref() == Some(&l.line)))
                    else {
                        continue;
                    };
                    // the rate recorded when earned, never today's; never more than the lot earned
                    let want = floor_points(mul(l.spend, lot.rate)?)?.min(lot.points - lot.clawed).max(0);
                    if lot.pending {
                        cancelled.push(Draw { lot: lot.id, points: want.min(lot.remaining) });
                    } else {
                        let from_lot = want.min(lot.remaining);
                        if from_lot > 0 {
                            draws.push(Draw { lot: lot.id, points: from_lot });
                        }
                        owed += want - from_lot;
                    }
                }
                let from_lots: i64 = draws.iter().map(|d| d.points).sum();
                let pend: i64 = cancelled.iter().map(|d| d.points).sum();
                // spent points: take them from other lots first, then allow negative or record a debt
                let other = draw_excluding(&sim, owed.min(sim.balance - from_lots), now, &draws);
                let from_other: i64 = other.iter().map(|d| d.points).sum();
                draws.extend(other);
                let short = owed - from_other;
                let (neg, debt) = match p.negative_balance {
                    NegativeBalance::Allow => (short, 0),
                    NegativeBalance::Debt => (0, short),
                };
                if from_lots + from_other + neg + pend + debt > 0 {
                    push(
                        &mut sim,
                        -(from_lots + from_other + neg),
                        -pend,
                        "clawback",
                        Decimal::ZERO,
                        EntryKind::Clawback { order: order.clone(), draws, cancelled, debt },
                    );
                }
            }
            LoyaltyCommand::Adjust { points, reason } => {
                if reason.trim().is_empty() {
                    return Err(err(ErrorKind::MissingReason, "a manual adjustment needs a reason"));
                }
                if points.checked_abs().is_none_or(|p| p > MAX_POINTS) {
                    return Err(err(ErrorKind::InvalidInput, "an adjustment moves at most 10^12 points"));
                }
                if *points < 0 && -*points > sim.balance && p.negative_balance == NegativeBalance::Debt {
                    return Err(err(ErrorKind::InsufficientPoints, "the adjustment would make the balance negative"));
                }
                if *points >= 0 {
                    let lot = available_lot(sim.version + 1, *points, now, p);
                    let rule = format!("adjust: {reason}");
                    push(&mut sim, *points, 0, &rule, Decimal::ZERO, EntryKind::Earn { lot });
                } else {
                    let draws = draw(&sim, -*points, now);
                    push(
                        &mut sim,
                        *points,
                        0,
                        "adjust",
                        Decimal::ZERO,
                        EntryKind::Adjust { reason: reason.clone(), draws },
                    );
                }
            }
            LoyaltyCommand::EvaluateTier => {
                let target = evaluate_tier(&sim, p, now);
                if target != sim.tier {
                    let from = sim.tier.clone();
                    push(&mut sim, 0, 0, "tier", Decimal::ZERO, EntryKind::TierChanged { from, to: target });
                }
            }
        }
        if sim.version == self.version {
            push(&mut sim, 0, 0, "command.no_change", Decimal::ZERO, EntryKind::NoChange);
        }
        Ok(out)
    }

    /// Applies an entry. Never fails.
    pub fn apply(&mut self, e: &Entry) {
        self.version += 1;
        self.processed.insert(e.key.clone(), e.fingerprint.clone());
        self.balance += e.points;
        self.pending += e.pending;
        let take = |lots: &mut Vec<Lot>, draws: &[Draw], sign: i64| {
            for d in draws {
                if let Some(l) = lots.iter_mut().find(|l| l.id == d.lot) {
                    l.remaining -= sign * d.points;
                }
            }
        };
        match &e.kind {
            EntryKind::Earn { lot } => {
                self.lots.push(lot.clone());
                self.last_activity = Some(e.at);
            }
            EntryKind::Release { lot, expires_at } => {
                if let Some(l) = self.lots.iter_mut().find(|l| l.id == *lot) {
                    l.pending = false;
                    l.available_at = Some(l.available_at.unwrap_or(e.at));
                    l.expires_at = *expires_at;
                }
            }
            EntryKind::Scheduled { lots, available_at } => {
                for l in self.lots.iter_mut().filter(|l| lots.contains(&l.id)) {
                    l.available_at = Some(*available_at);
                }
            }
            EntryKind::Redeem { redemption, draws, .. } => {
                take(&mut self.lots, draws, 1);
                self.redemptions.insert(redemption.clone(), (draws.clone(), false));
                self.last_activity = Some(e.at);
            }
            EntryKind::ReverseRedemption { redemption, draws } => {
                take(&mut self.lots, draws, -1);
                if let Some(r) = self.redemptions.get_mut(redemption) {
                    r.1 = true;
                }
            }
            EntryKind::Expire { draws } | EntryKind::Adjust { draws, .. } => take(&mut self.lots, draws, 1),
            EntryKind::Clawback { order, draws, cancelled, debt } => {
                for d in draws.iter().chain(cancelled) {
                    if let Some(l) = self.lots.iter_mut().find(|l| l.id == d.lot) {
                        l.remaining -= d.points;
                        if l.source.as_ref().is_some_and(|(o, _)| o == order) {
                            l.clawed += d.points;
                        }
                    }
                }
                self.debt += debt;
            }
            EntryKind::DebtPaid { points, lot } => {
                self.debt -= points;
                if let Some(l) = self.lots.iter_mut().find(|l| l.id == *lot) {
                    l.remaining -= points;
                }
            }
            EntryKind::TierChanged { to, .. } => {
                self.tier = to.clone();
                self.tier_since = Some(e.at);
            }
            EntryKind::NoChange => {}
        }
        self.entries.push(e.clone());
    }
}

fn live_lots(m: &Member) -> impl Iterator<Item = &Lot> {
    m.lots.iter().filter(|l| !l.pending && l.remaining > 0)
}

/// Takes `points` from available lots, soonest-expiring first (never-expiring last, then oldest).
fn draw(m: &Member, points: i64, now: DateTime<Utc>) -> Vec<Draw> {
    draw_excluding(m, points, now, &[])
}

fn draw_excluding(m: &Member, points: i64, now: DateTime<Utc>, already: &[Draw]) -> Vec<Draw> {
    let _ = now;
    let mut lots: Vec<(&Lot, i64)> = live_lots(m)
        .map(|l| (l, l.remaining - already.iter().filter(|d| d.lot == l.id).map(|d| d.points).sum::<i64>()))
        .filter(|(_, r)| *r > 0)
        .collect();
    lots.sort_by_key(|(l, _)| (l.expires_at.is_none(), l.expires_at, l.id));
    let mut left = points.max(0);
    let mut out = Vec::new();
    for (l, r) in lots {
        if left == 0 {
            break;
        }
        let take = r.min(left);
        out.push(Draw { lot: l.id, points: take });
        left -= take;
    }
    out
}

/// Expires every lot (or, for inactivity expiry, the whole balance) due at `now`.
fn expire_due(
    sim: &mut Member,
    push: &mut impl FnMut(&mut Member, i64, i64, &str, Decimal, EntryKind),
    p: &Programme,
    now: DateTime<Utc>,
) {
    let draws: Vec<Draw> = match p.expiry {
        Expiry::Inactivity { days } => {
            let idle = sim.last_activity.is_some_and(|a| now - a >= Duration::days(i64::from(days)));
            if idle { live_lots(sim).map(|l| Draw { lot: l.id, points: l.remaining }).collect() } else { Vec::new() }
        }
        _ => live_lots(sim)
            .filter(|l| l.expires_at.is_some_and(|e| e <= now))
            .map(|l| Draw { lot: l.id, points: l.remaining })
            .collect(),
    };
    let pts: i64 = draws.iter().map(|d| d.points).sum();
    if pts > 0 {
        push(sim, -pts, 0, "expire", Decimal::ZERO, EntryKind::Expire { draws });
    }
}

fn pay_debt(
    sim: &mut Member,
    push: &mut impl FnMut(&mut Member, i64, i64, &str, Decimal, EntryKind),
    _now: DateTime<Utc>,
) {
    while sim.debt > 0 {
        let Some((lot, pts)) = live_lots(sim).map(|l| (l.id, l.remaining.min(sim.debt))).next() else { break };
        push(sim, -pts, 0, "debt.repay", Decimal::ZERO, EntryKind::DebtPaid { points: pts, lot });
    }
}

/// The tier the member qualifies for at `now`, with upgrades at once and downgrades only at the
/// end of the period plus grace — except when the drop comes from refunded orders, which is
/// immediate.
fn evaluate_tier(m: &Member, p: &Programme, now: DateTime<Utc>) -> Option<String> {
    let tz = p.tz();
    let rules = &p.tiers;
    let window_start = |at: DateTime<Utc>| tier_window_start(m, p, at);
    let metric = |from: Option<DateTime<Utc>>, until: Option<DateTime<Utc>>| tier_metric(m, rules.metric, from, until);
    let level_for = |v: Decimal| rules.levels.iter().rev().find(|t| v >= t.threshold).map(|t| t.name.clone());
    let rank = |name: &Option<String>| {
        name.as_ref().and_then(|n| rules.levels.iter().position(|t| &t.name == n)).map_or(-1, |i| i as i64)
    };
    let now_level = level_for(metric(window_start(now), None));
    if rank(&now_level) >= rank(&m.tier) {
        return now_level;
    }
    // a lower tier: immediate if refunds removed the qualification, else only after period + grace
    // what qualified the member when they entered the tier, less any refunds since
    let since = m.tier_since.unwrap_or(now);
    let entry_window = if rules.window == TierWindow::Anchored { None } else { window_start(since) };
    let anchored = level_for(metric(entry_window, Some(since)));
    if rank(&anchored) < rank(&m.tier) {
        return now_level;
    }
    let period_end = match rules.window {
        TierWindow::CalendarYear => {
            NaiveDate::from_ymd_opt(since.with_timezone(&tz).year() + 1, 1, 1).map_or(since, |d| local_midnight(d, tz))
        }
        _ => since + Duration::days(365),
    };
    if now >= period_end + Duration::days(i64::from(rules.grace_days)) { now_level } else { m.tier.clone() }
}

/// Where the tier window that contains `at` starts (`None` for lifetime).
fn tier_window_start(m: &Member, p: &Programme, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let tz = p.tz();
    match p.tiers.window {
        TierWindow::Lifetime => None,
        TierWindow::CalendarYear => {
            NaiveDate::from_ymd_opt(at.with_timezone(&tz).year(), 1, 1).map(|d| local_midnight(d, tz))
        }
        TierWindow::Rolling12Months => Some(at - Duration::days(365)),
        // periods of 365 days counted from the date of entry into the current tier
        TierWindow::Anchored => m.tier_since.map(|since| {
            let periods = ((at - since).num_days().max(0)) / 365;
            since + Duration::days(365 * periods)
        }),
    }
}

/// The tier metric over the available order lots earned in `[from, until]`.
fn tier_metric(m: &Member, metric: TierMetric, from: Option<DateTime<Utc>>, until: Option<DateTime<Utc>>) -> Decimal {
    let lots = m.lots.iter().filter(|l| {
        !l.pending
            && l.source.is_some()
            && from.is_none_or(|f| l.earned_at >= f)
            && until.is_none_or(|u| l.earned_at <= u)
    });
    match metric {
        TierMetric::NetSpend => lots
            .map(|l| {
                if l.points > 0 {
                    l.spend * Decimal::from(l.points - l.clawed) / Decimal::from(l.points)
                } else {
                    l.spend
                }
            })
            .sum(),
        TierMetric::PointsEarned => lots.map(|l| Decimal::from(l.points - l.clawed)).sum(),
        TierMetric::Orders => {
            let orders: BTreeSet<&OrderId> = lots
                .filter(|l| l.clawed < l.points || l.points == 0)
                .filter_map(|l| l.source.as_ref().map(|s| &s.0))
                .collect();
            Decimal::from(orders.len() as u64)
        }
    }
}

/// Where a member stands against the tier ladder: what the current window counts and what the
/// next tier still needs. Read-only; the tier itself changes only through commands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierProgress {
    /// The member's current tier (as last evaluated by a command).
    pub tier: Option<String>,
    /// What qualifies.
    pub metric: TierMetric,
    /// The metric counted in the window that contains `now`.
    pub value: Decimal,
    /// Where that window starts (`None` for lifetime).
    pub window_start: Option<DateTime<Utc>>,
    /// The next tier above the current one, if any.
    pub next_tier: Option<String>,
    /// Its threshold.
    pub next_threshold: Option<Decimal>,
    /// How much more of the metric the next tier needs (never negative).
    pub remaining: Option<Decimal>,
}

impl Member {
    /// Progress towards the next tier at `now`, for "spend 120.00 more to reach gold".
    ///
    /// ```
    /// use postpurchase::loyalty::{Member, Programme};
    /// use postpurchase::CustomerId;
    /// let p = Programme::from_json(r#"{"earning": {}, "tiers": {"levels": [{"name": "member", "threshold": "0"},
    ///     {"name": "gold", "threshold": "500"}]}}"#)?;
    /// let m = Member::new(CustomerId::new("c-1")?);
    /// let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T00:00:00Z").unwrap().to_utc();
    /// let progress = m.tier_progress(&p, now);
    /// assert_eq!(progress.next_tier.as_deref(), Some("member"));
    /// assert_eq!(progress.remaining, Some(rust_decimal::Decimal::ZERO));
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    pub fn tier_progress(&self, p: &Programme, now: DateTime<Utc>) -> TierProgress {
        let levels = &p.tiers.levels;
        let from = tier_window_start(self, p, now);
        let value = tier_metric(self, p.tiers.metric, from, None);
        let current = self.tier.as_ref().and_then(|t| levels.iter().position(|l| &l.name == t));
        let next = levels.get(current.map_or(0, |i| i + 1));
        TierProgress {
            tier: self.tier.clone(),
            metric: p.tiers.metric,
            value,
            window_start: from,
            next_tier: next.map(|l| l.name.clone()),
            next_threshold: next.map(|l| l.threshold),
            remaining: next.map(|l| (l.threshold - value).max(Decimal::ZERO)),
        }
    }
}
