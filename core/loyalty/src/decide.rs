//! Deciding a command: the rules, against the current state and a small plan of what the
//! command has already decided. Nothing here copies the member; every lookup goes through an
//! index, so a command's cost depends on what it touches, not on the member's history.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::command::{Award, EarnLine, LoyaltyCommand};
use super::entry::{Draw, ENTRY_SCHEMA_VERSION, EarnedLot, Entry, EntryKind, Rule};
use super::member::{Member, SpendKey};
use super::programme::{Expiry, NegativeBalance, Programme};
use super::{MAX_POINTS, tier};
use crate::aggregate::{Admission, CommandMeta, admit};
use crate::error::{Error, ErrorKind, Result};
use crate::ids::{CustomerId, OrderId};
use crate::money::{Money, RoundingMode};

fn err(kind: ErrorKind, m: &str) -> Error {
    Error::new(kind, m)
}

fn points_overflow() -> Error {
    err(ErrorKind::InvalidInput, "the points exceed the most a ledger may hold")
}

/// Local midnight at the start of `date`, as an instant.
pub(super) fn local_midnight(date: NaiveDate, tz: Tz) -> DateTime<Utc> {
    crate::calendar::start_of_local_day(date, tz)
}

/// When points made available at `available` expire (`None`: never, or beyond the representable
/// range).
fn expiry_for(available: DateTime<Utc>, p: &Programme) -> Option<DateTime<Utc>> {
    let tz = p.tz();
    let d = available.with_timezone(&tz).date_naive();
    let next_year = d.year().checked_add(1);
    let first = match p.expiry {
        Expiry::Never | Expiry::Inactivity { .. } => None,
        Expiry::DaysAfterAvailable { days } => d.checked_add_days(Days::new(u64::from(days))),
        Expiry::EndOfMonth => d.with_day(1).and_then(|f| f.checked_add_months(chrono::Months::new(1))),
        Expiry::EndOfYear => next_year.and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1)),
    };
    first.map(|n| local_midnight(n, tz))
}

/// A lot of points available at once (event awards and manual credits).
fn available_lot(points: i64, now: DateTime<Utc>, p: &Programme) -> EarnedLot {
    EarnedLot {
        points,
        pending: false,
        available_at: Some(now),
        expires_at: expiry_for(now, p),
        order: None,
        line: None,
        spend: Decimal::ZERO,
        rate: Decimal::ZERO,
    }
}

/// Whole points in `v`, or an error above [`MAX_POINTS`] (never a silent 0 or a wrap).
fn floor_points(v: Decimal) -> Result<i64> {
    v.floor()
        .to_i64()
        .filter(|p| p.checked_abs().is_some_and(|a| a <= MAX_POINTS))
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

/// Sum of drawn points (each at most [`MAX_POINTS`], so the sum of any draw list a command
/// makes fits easily; checked anyway).
fn total(draws: &[Draw]) -> Result<i64> {
    draws.iter().try_fold(0i64, |acc, d| acc.checked_add(d.points)).ok_or_else(points_overflow)
}

/// When an order's pending points become available: N days after delivery, and not before its
/// return window closes.
fn release_time(
    p: &Programme,
    delivered_at: DateTime<Utc>,
    window_end: Option<DateTime<Utc>>,
) -> Result<DateTime<Utc>> {
    let a = Duration::try_days(i64::from(p.pending.days_after_delivery))
        .and_then(|d| delivered_at.checked_add_signed(d))
        .ok_or_else(|| err(ErrorKind::InvalidInput, "the release time is beyond the representable range"))?;
    Ok(window_end.map_or(a, |w| a.max(w)))
}

/// What a command has decided so far: counters and the lots it drew on or made available, over
/// the untouched member.
struct Plan<'m> {
    m: &'m Member,
    meta: &'m CommandMeta,
    fingerprint: String,
    version: u64,
    balance: i64,
    pending: i64,
    debt: i64,
    /// Points this plan drew from each lot.
    taken: BTreeMap<u64, i64>,
    /// Lots this plan made available, with their points.
    fresh: BTreeMap<SpendKey, i64>,
    out: Vec<Entry>,
}

impl<'m> Plan<'m> {
    fn next_id(&self) -> Result<u64> {
        self.version.checked_add(1).ok_or_else(points_overflow)
    }

    /// Records an entry and what it changes for the rest of the decision.
    fn push(&mut self, points: i64, pending: i64, rule: Rule, rate: Decimal, kind: EntryKind) -> Result<()> {
        self.push_noted(points, pending, rule, rate, kind, None, None)
    }

    /// [`Plan::push`] with an adjustment's reason or a referral's referred customer.
    #[allow(clippy::too_many_arguments, reason = "each argument is one field of the entry")]
    fn push_noted(
        &mut self,
        points: i64,
        pending: i64,
        rule: Rule,
        rate: Decimal,
        kind: EntryKind,
        reason: Option<String>,
        referred: Option<CustomerId>,
    ) -> Result<()> {
        let seq = self.next_id()?;
        let balance = self.balance.checked_add(points).ok_or_else(points_overflow)?;
        let pending_after = self.pending.checked_add(pending).ok_or_else(points_overflow)?;
        match &kind {
            EntryKind::Earn { lot } if !lot.pending => {
                self.fresh.insert((lot.expires_at.is_none(), lot.expires_at, seq), lot.points);
            }
            EntryKind::Release { lot, expires_at } => {
                let pts = self.m.lots.get(lot).map_or(0, |l| l.remaining);
                self.fresh.insert((expires_at.is_none(), *expires_at, *lot), pts);
            }
            EntryKind::Redeem { draws, .. } | EntryKind::Expire { draws } | EntryKind::Adjust { draws, .. } => {
                self.record(draws)?;
            }
            EntryKind::Clawback { draws, debt, .. } => {
                self.record(draws)?;
                self.debt = self.debt.checked_add(*debt).ok_or_else(points_overflow)?;
            }
            EntryKind::DebtPaid { points, lot } => {
                self.record(&[Draw { lot: *lot, points: *points }])?;
                self.debt = self.debt.checked_sub(*points).ok_or_else(points_overflow)?;
            }
            _ => {}
        }
        self.out.push(Entry {
            schema_version: ENTRY_SCHEMA_VERSION,
            seq,
            at: self.meta.now,
            key: self.meta.key.clone(),
            fingerprint: self.fingerprint.clone(),
            points,
            pending,
            balance_after: balance,
            rule,
            reason,
            referred,
            rate,
            kind,
        });
        self.version = seq;
        self.balance = balance;
        self.pending = pending_after;
        Ok(())
    }

    fn record(&mut self, draws: &[Draw]) -> Result<()> {
        for d in draws {
            let t = self.taken.entry(d.lot).or_insert(0);
            *t = t.checked_add(d.points).ok_or_else(points_overflow)?;
        }
        Ok(())
    }

    /// Visits available lots in spending order with the points each has left after this plan
    /// (and `extra` draws), until `visit` says stop.
    fn each_available(&self, extra: &[Draw], mut visit: impl FnMut(SpendKey, i64) -> bool) {
        let left = |key: SpendKey, points: i64| {
            let id = key.2;
            let drawn = self.taken.get(&id).copied().unwrap_or(0);
            let also: i64 = extra.iter().filter(|d| d.lot == id).fold(0, |a, d| a.saturating_add(d.points));
            points.saturating_sub(drawn).saturating_sub(also)
        };
        let mut fresh = self.fresh.iter().peekable();
        for key in &self.m.live {
            while let Some((fk, fp)) = fresh.next_if(|(fk, _)| *fk < key) {
                let r = left(*fk, *fp);
                if r > 0 && !visit(*fk, r) {
                    return;
                }
            }
            let r = left(*key, self.m.lots.get(&key.2).map_or(0, |l| l.remaining));
            if r > 0 && !visit(*key, r) {
                return;
            }
        }
        for (fk, fp) in fresh {
            let r = left(*fk, *fp);
            if r > 0 && !visit(*fk, r) {
                return;
            }
        }
    }

    /// Takes `points` from available lots in spending order, skipping what `extra` already took.
    fn draw(&self, points: i64, extra: &[Draw]) -> Vec<Draw> {
        let mut want = points.max(0);
        let mut out = Vec::new();
        self.each_available(extra, |key, r| {
            if want == 0 {
                return false;
            }
            let take = r.min(want);
            out.push(Draw { lot: key.2, points: take });
            want = want.saturating_sub(take);
            want > 0
        });
        out
    }

    /// Expires every lot (or, for inactivity expiry, the whole balance) due at `now`.
    fn expire_due(&mut self, p: &Programme, now: DateTime<Utc>) -> Result<()> {
        let mut draws = Vec::new();
        match p.expiry {
            Expiry::Inactivity { days } => {
                let idle = self.m.last_activity.is_some_and(|a| {
                    Duration::try_days(i64::from(days)).is_some_and(|d| now.signed_duration_since(a) >= d)
                });
                if idle {
                    self.each_available(&[], |key, r| {
                        draws.push(Draw { lot: key.2, points: r });
                        true
                    });
                }
            }
            _ => self.each_available(&[], |(never, expires, id), r| {
                let due = !never && expires.is_some_and(|e| e <= now);
                if due {
                    draws.push(Draw { lot: id, points: r });
                }
                due
            }),
        }
        let pts = total(&draws)?;
        if pts > 0 {
            self.push(pts.saturating_neg(), 0, Rule::Expire, Decimal::ZERO, EntryKind::Expire { draws })?;
        }
        Ok(())
    }

    /// Repays debt from available points, soonest-expiring first.
    fn pay_debt(&mut self) -> Result<()> {
        if self.debt <= 0 {
            return Ok(());
        }
        for d in self.draw(self.debt, &[]) {
            self.push(
                d.points.saturating_neg(),
                0,
                Rule::DebtRepay,
                Decimal::ZERO,
                EntryKind::DebtPaid { points: d.points, lot: d.lot },
            )?;
        }
        Ok(())
    }
}

impl Member {
    /// Decides a command against the current state. Pure: the member is not changed, and
    /// nothing is copied from it.
    ///
    /// # Errors
    /// [`ErrorKind::ConcurrencyConflict`] when `meta.expected_version` names another version than
    /// the member's (nothing is written);
    /// [`ErrorKind::IdempotencyConflict`] for a reused key with different content; a loyalty
    /// error per rule broken.
    pub fn decide(&self, cmd: &LoyaltyCommand, p: &Programme, meta: &CommandMeta) -> Result<Vec<Entry>> {
        check_instants(cmd, meta)?;
        let fp = crate::fingerprint::Fingerprint::of("", cmd);
        let stored = self.processed.get(&self.entries, meta.key.as_str()).map(|(seen, ())| seen.fingerprint.as_str());
        // a command recorded before amounts were Money is recognised in its old shape
        let same = |seen: &str| fp.matches_command(seen, "", cmd) || super::legacy::matches_v2(seen, cmd);
        if admit(stored, same, self.customer.as_str(), self.version, meta)? == Admission::Repeat {
            return Ok(Vec::new());
        }
        let mut plan = Plan {
            m: self,
            meta,
            fingerprint: fp.into_stored(),
            version: self.version,
            balance: self.balance,
            pending: self.pending,
            debt: self.debt,
            taken: BTreeMap::new(),
            fresh: BTreeMap::new(),
            // most commands write one entry; a first allocation of four would be a large one
            out: Vec::with_capacity(1),
        };
        let now = meta.now;
        match cmd {
            LoyaltyCommand::EarnOrder { order, lines, shipping, delivered_at, return_window_end } => {
                let available_at = delivered_at.map(|d| release_time(p, d, *return_window_end)).transpose()?;
                decide_earn(&mut plan, p, order, lines, shipping.as_ref(), available_at)?;
            }
            LoyaltyCommand::Award { award } => {
                let (rule, pts) = decide_award(self, p, award, now)?;
                let lot = available_lot(pts, now, p);
                let referred = match award {
                    Award::Referrer { referred } => Some(referred.clone()),
                    _ => None,
                };
                plan.push_noted(pts, 0, rule, Decimal::ZERO, EntryKind::Earn { lot }, None, referred)?;
                plan.pay_debt()?;
            }
            LoyaltyCommand::ScheduleRelease { order, delivered_at, return_window_end } => {
                let available_at = release_time(p, *delivered_at, *return_window_end)?;
                decide_schedule(&mut plan, order, available_at)?;
            }
            LoyaltyCommand::ReleasePending => decide_release(&mut plan, p, now)?,
            LoyaltyCommand::Redeem { redemption, order, order_total, points, reward } => {
                if self.redemptions.get(&self.entries, redemption).is_some() {
                    return Err(err(ErrorKind::LoyaltyRuleNotApplicable, "redemption id already used"));
                }
                // points due to expire are expired first: a point is never both expired and spent
                plan.expire_due(p, now)?;
                decide_redeem(&mut plan, p, redemption, order, order_total, *points, reward.as_deref())?;
            }
            LoyaltyCommand::ReverseRedemption { redemption } => decide_reverse(&mut plan, redemption)?,
            LoyaltyCommand::Expire => plan.expire_due(p, now)?,
            LoyaltyCommand::Clawback { order, lines } => decide_clawback(&mut plan, p, order, lines)?,
            LoyaltyCommand::Adjust { points, reason } => decide_adjust(&mut plan, p, *points, reason, now)?,
            LoyaltyCommand::EvaluateTier => {
                let target = tier::evaluate_tier(self, p, now);
                if target != self.tier {
                    let kind = EntryKind::TierChanged { from: self.tier.clone(), to: target };
                    plan.push(0, 0, Rule::Tier, Decimal::ZERO, kind)?;
                }
            }
        }
        if plan.out.is_empty() {
            plan.push(0, 0, Rule::NoChange, Decimal::ZERO, EntryKind::NoChange)?;
        }
        Ok(plan.out)
    }
}

fn decide_schedule(plan: &mut Plan<'_>, order: &OrderId, available_at: DateTime<Utc>) -> Result<()> {
    let m = plan.m;
    let earned = m.order_lots.get(&m.entries, order.as_str()).into_iter().flat_map(|(_, lots)| lots.ids());
    let lots: Vec<u64> = earned.filter(|id| m.lots.get(id).is_some_and(|l| l.pending)).collect();
    if lots.is_empty() {
        return Err(err(ErrorKind::NotFound, "no pending points for this order"));
    }
    plan.push(0, 0, Rule::PendingSchedule, Decimal::ZERO, EntryKind::Scheduled { lots, available_at })
}

fn decide_release(plan: &mut Plan<'_>, p: &Programme, now: DateTime<Utc>) -> Result<()> {
    let m = plan.m;
    for l in m.scheduled.range(..=(now, u64::MAX)).filter_map(|(_, id)| m.lots.get(id)) {
        let expires_at = l.available_at.and_then(|a| expiry_for(a, p));
        let pts = l.remaining;
        let kind = EntryKind::Release { lot: l.id, expires_at };
        plan.push(pts, pts.saturating_neg(), Rule::PendingRelease, Decimal::ZERO, kind)?;
    }
    plan.pay_debt()
}

fn decide_reverse(plan: &mut Plan<'_>, redemption: &str) -> Result<()> {
    let m = plan.m;
    let (entry, reversed) = m
        .redemptions
        .get(&m.entries, redemption)
        .ok_or_else(|| err(ErrorKind::UnknownRedemption, "no such redemption"))?;
    let draws = entry.kind.draws();
    if *reversed {
        return Err(
            err(ErrorKind::AlreadyReversed, "the redemption was already reversed").with("redemption", redemption)
        );
    }
    let pts = total(draws)?;
    let kind = EntryKind::ReverseRedemption { redemption: redemption.to_string(), draws: draws.to_vec() };
    plan.push(pts, 0, Rule::RedeemReverse, Decimal::ZERO, kind)
}

fn decide_earn(
    plan: &mut Plan<'_>,
    p: &Programme,
    order: &OrderId,
    lines: &[EarnLine],
    shipping: Option<&Money>,
    available_at: Option<DateTime<Utc>>,
) -> Result<()> {
    let m = plan.m;
    if m.order_lots.get(&m.entries, order.as_str()).is_some() {
        return Err(err(ErrorKind::LoyaltyRuleNotApplicable, "points were already earned for this order"));
    }
    let mult = m.tier.as_deref().and_then(|t| p.tier(t)).map_or(Decimal::ONE, |t| t.multiplier);
    let rate = mul(p.earning.points_per_currency_unit, mult)?;
    let shipping = match shipping {
        Some(s) => {
            p.check_currency(s, "shipping")?;
            if s.is_negative() {
                return Err(err(ErrorKind::InvalidAmount, "shipping must not be negative"));
            }
            s.amount()
        }
        None => Decimal::ZERO,
    };
    check_lines(p, lines)?;
    let mut first = true;
    for l in lines {
        let mut base = l.spend.amount();
        if p.earning.include_tax {
            base = add(base, l.tax.as_ref().map_or(Decimal::ZERO, Money::amount))?;
        }
        if first && p.earning.include_shipping {
            base = add(base, shipping)?;
        }
        let mut pts = floor_points(mul(base, rate)?)?;
        if first {
            pts = floor_points(add(Decimal::from(pts), mul(Decimal::from(p.earning.per_order), mult)?)?)?;
        }
        first = false;
        let lot = EarnedLot {
            points: pts,
            pending: true,
            available_at,
            expires_at: None,
            order: Some(order.clone()),
            line: Some(l.line.clone()),
            spend: l.spend.amount(),
            rate,
        };
        plan.push(0, pts, Rule::EarnSpend, rate, EntryKind::Earn { lot })?;
    }
    Ok(())
}

/// Every line's spend and tax are in the programme's currency and not negative.
fn check_lines(p: &Programme, lines: &[EarnLine]) -> Result<()> {
    for l in lines {
        p.check_currency(&l.spend, "lines.spend")?;
        if let Some(t) = &l.tax {
            p.check_currency(t, "lines.tax")?;
        }
        if l.spend.is_negative() || l.tax.as_ref().is_some_and(Money::is_negative) {
            return Err(err(ErrorKind::InvalidAmount, "spend must not be negative").with("line", &l.line));
        }
    }
    Ok(())
}

/// The rule and points of an event award, or why it does not apply.
fn decide_award(m: &Member, p: &Programme, award: &Award, now: DateTime<Utc>) -> Result<(Rule, i64)> {
    let not_applicable = |msg: &str| err(ErrorKind::LoyaltyRuleNotApplicable, msg);
    let referral = || p.earning.referral.as_ref().ok_or_else(|| not_applicable("no referral rule"));
    match award {
        Award::Signup => {
            if m.awards.signup {
                return Err(not_applicable("sign-up points are awarded once"));
            }
            Ok((Rule::AwardSignup, p.earning.signup))
        }
        Award::Birthday => {
            let tz = p.tz();
            let year = now.with_timezone(&tz).year();
            if m.awards.birthdays.iter().any(|at| at.with_timezone(&tz).year() == year) {
                return Err(not_applicable("birthday points are awarded once a year"));
            }
            Ok((Rule::AwardBirthday, p.earning.birthday))
        }
        Award::Review => Ok((Rule::AwardReview, p.earning.review)),
        Award::Referrer { referred } => {
            let r = referral()?;
            if *referred == m.customer {
                return Err(not_applicable("a member cannot refer themselves"));
            }
            // each referred customer counts once: the entry names them
            if m.awards.referrals.contains(referred.as_str()) {
                return Err(not_applicable("this referred customer was already counted").with("referred", referred));
            }
            let since = Duration::try_days(i64::from(r.period_days)).and_then(|d| now.checked_sub_signed(d));
            let recent = match since {
                Some(s) => m.awards.referral_times.range((std::ops::Bound::Excluded(s), std::ops::Bound::Unbounded)),
                None => m.awards.referral_times.range(..),
            };
            let n = recent.fold(0u64, |acc, (_, n)| acc.saturating_add(u64::from(*n)));
            if n >= u64::from(r.cap_per_period) {
                return Err(not_applicable("referral cap reached for this period"));
            }
            Ok((Rule::AwardReferrer, r.referrer))
        }
        Award::Referred => {
            let r = referral()?;
            if m.awards.referred {
                return Err(not_applicable("only the first paid order earns the referral"));
            }
            Ok((Rule::AwardReferred, r.referred))
        }
    }
}

fn decide_redeem(
    plan: &mut Plan<'_>,
    p: &Programme,
    redemption: &str,
    order: &OrderId,
    order_total: &Money,
    points: i64,
    reward: Option<&str>,
) -> Result<()> {
    p.check_currency(order_total, "order_total")?;
    let r = &p.redemption;
    let (pts, value) = match reward {
        Some(id) => {
            let rw = r
                .rewards
                .iter()
                .find(|x| x.id == id)
                .ok_or_else(|| err(ErrorKind::RedemptionOutOfBounds, "no such reward"))?;
            (rw.points, rw.value.amount())
        }
        None => {
            let v = Decimal::from(points).checked_div(r.points_per_currency_unit).ok_or_else(crate::money::overflow)?;
            // to the currency's minor unit (a yen redemption is whole yen), half to even
            (points, Money::unrounded(v, p.currency).round(RoundingMode::HalfEven).amount())
        }
    };
    let too_much = value > order_total.amount();
    if pts <= 0 || pts < r.min_points || r.max_points_per_order.is_some_and(|m| pts > m) || too_much {
        return Err(err(
            ErrorKind::RedemptionOutOfBounds,
            "redemption below the minimum, above the maximum or worth more than the order",
        )
        .with("points", pts));
    }
    if pts > plan.balance {
        return Err(err(ErrorKind::InsufficientPoints, "not enough available points")
            .with("available", plan.balance)
            .with("requested", pts));
    }
    let draws = plan.draw(pts, &[]);
    let kind = EntryKind::Redeem {
        redemption: redemption.to_string(),
        order: order.clone(),
        value,
        currency: Some(p.currency),
        draws,
    };
    plan.push(pts.saturating_neg(), 0, Rule::Redeem, r.points_per_currency_unit, kind)
}

fn decide_clawback(plan: &mut Plan<'_>, p: &Programme, order: &OrderId, lines: &[EarnLine]) -> Result<()> {
    check_lines(p, lines)?;
    let m = plan.m;
    let mut draws = Vec::new();
    let mut cancelled = Vec::new();
    let mut owed = 0i64;
    let order_lots = m.order_lots.get(&m.entries, order.as_str()).into_iter().flat_map(|(_, lots)| lots.ids());
    let order_lots = order_lots.filter_map(|id| m.lots.get(&id));
    let order_lots: Vec<&super::entry::Lot> = order_lots.collect();
    let by_line: BTreeMap<_, &super::entry::Lot> = (order_lots.iter().copied())
        .filter_map(|l| l.source.as_ref().and_then(|(_, li)| li.as_ref()).map(|li| (li, l)))
        .collect();
    let mut wants: Vec<(&super::entry::Lot, i64)> = Vec::with_capacity(lines.len().saturating_add(1));
    for l in lines {
        let Some(lot) = by_line.get(&l.line) else { continue };
        // the rate recorded when earned, never today's; never more than the lot earned
        let want = floor_points(mul(l.spend.amount(), lot.rate)?)?.min(lot.points.saturating_sub(lot.clawed)).max(0);
        wants.push((lot, want));
    }
    // when this takes back every line's spend in full, the whole order was refunded: what the
    // order earned beyond its lines' spend (points per order, shipping) goes with it
    let mut wanted: BTreeMap<u64, i64> = BTreeMap::new();
    for (lot, want) in &wants {
        let w = wanted.entry(lot.id).or_insert(0);
        *w = w.saturating_add(*want);
    }
    let spend_points = |l: &super::entry::Lot| -> Result<i64> { floor_points(mul(l.spend, l.rate)?) };
    let mut all_lines_gone = !wants.is_empty();
    for l in by_line.values() {
        let taken = l.clawed.saturating_add(wanted.get(&l.id).copied().unwrap_or(0));
        if taken < spend_points(l)?.min(l.points) {
            all_lines_gone = false;
            break;
        }
    }
    if all_lines_gone {
        for (lot, want) in &mut wants {
            *want = lot.points.saturating_sub(lot.clawed).max(0);
        }
        // a line the refund did not name (nothing to refund on it) keeps nothing either
        for l in by_line.values().filter(|l| !wanted.contains_key(&l.id)) {
            wants.push((l, l.points.saturating_sub(l.clawed).max(0)));
        }
    }
    for (lot, want) in wants {
        if lot.pending {
            cancelled.push(Draw { lot: lot.id, points: want.min(lot.remaining) });
        } else {
            let from_lot = want.min(lot.remaining);
            if from_lot > 0 {
                draws.push(Draw { lot: lot.id, points: from_lot });
            }
            owed = owed.checked_add(want.saturating_sub(from_lot)).ok_or_else(points_overflow)?;
        }
    }
    let from_lots = total(&draws)?;
    let pend = total(&cancelled)?;
    // spent points: take them from other lots first, then allow negative or record a debt
    let other = plan.draw(owed.min(plan.balance.saturating_sub(from_lots)), &draws);
    let from_other = total(&other)?;
    draws.extend(other);
    let short = owed.saturating_sub(from_other);
    let (neg, debt) = match p.negative_balance {
        NegativeBalance::Allow => (short, 0),
        NegativeBalance::Debt => (0, short),
    };
    let taken = from_lots.checked_add(from_other).and_then(|t| t.checked_add(neg)).ok_or_else(points_overflow)?;
    if taken.saturating_add(pend).saturating_add(debt) > 0 {
        let kind = EntryKind::Clawback { order: order.clone(), draws, cancelled, debt };
        plan.push(taken.saturating_neg(), pend.saturating_neg(), Rule::Clawback, Decimal::ZERO, kind)?;
    }
    Ok(())
}

fn decide_adjust(plan: &mut Plan<'_>, p: &Programme, points: i64, reason: &str, now: DateTime<Utc>) -> Result<()> {
    if reason.trim().is_empty() {
        return Err(err(ErrorKind::MissingReason, "a manual adjustment needs a reason"));
    }
    let Some(size) = points.checked_abs().filter(|a| *a <= MAX_POINTS) else {
        return Err(err(ErrorKind::InvalidInput, "an adjustment moves at most 10^12 points"));
    };
    if points < 0 && size > plan.balance && p.negative_balance == NegativeBalance::Debt {
        return Err(err(ErrorKind::InsufficientPoints, "the adjustment would make the balance negative"));
    }
    let kind = if points >= 0 {
        EntryKind::Earn { lot: available_lot(points, now, p) }
    } else {
        EntryKind::Adjust { draws: plan.draw(size, &[]) }
    };
    plan.push_noted(points, 0, Rule::Adjust, Decimal::ZERO, kind, Some(reason.to_string()), None)
}

/// Refuses a command whose times lie outside the years every language can hold
/// ([`crate::instant`]).
fn check_instants(cmd: &LoyaltyCommand, meta: &CommandMeta) -> Result<()> {
    use crate::instant::{check_instant, check_optional};
    check_instant(meta.now, "now")?;
    match cmd {
        LoyaltyCommand::EarnOrder { delivered_at, return_window_end, .. } => {
            check_optional(*delivered_at, "delivered_at")?;
            check_optional(*return_window_end, "return_window_end")
        }
        LoyaltyCommand::ScheduleRelease { delivered_at, return_window_end, .. } => {
            check_instant(*delivered_at, "delivered_at")?;
            check_optional(*return_window_end, "return_window_end")
        }
        _ => Ok(()),
    }
}
