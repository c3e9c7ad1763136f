//! Tiers: which tier a member qualifies for, and how far the next one is.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::decide::local_midnight;
use super::member::Member;
use super::programme::{Programme, TierMetric, TierRules, TierWindow};
use crate::ids::{CustomerId, OrderId};

/// The tier the member qualifies for at `now`, with upgrades at once and downgrades only at the
/// end of the period plus grace — except when the drop comes from refunded orders, which is
/// immediate.
pub(super) fn evaluate_tier(m: &Member, p: &Programme, now: DateTime<Utc>) -> Option<String> {
    let tz = p.tz();
    let rules = &p.tiers;
    let window_start = |at: DateTime<Utc>| tier_window_start(m, p, at);
    let metric = |from: Option<DateTime<Utc>>, until: Option<DateTime<Utc>>| tier_metric(m, rules, from, until);
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
        TierWindow::CalendarYear => since
            .with_timezone(&tz)
            .year()
            .checked_add(1)
            .and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1))
            .map(|d| local_midnight(d, tz)),
        _ => since.checked_add_signed(Duration::days(365)),
    };
    // a period that ends beyond the representable range never ends
    let lapsed = period_end
        .and_then(|e| Duration::try_days(i64::from(rules.grace_days)).and_then(|g| e.checked_add_signed(g)))
        .is_some_and(|until| now >= until);
    if lapsed { now_level } else { m.tier.clone() }
}

/// Where the tier window that contains `at` starts (`None` for lifetime).
fn tier_window_start(m: &Member, p: &Programme, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let tz = p.tz();
    match p.tiers.window {
        TierWindow::Lifetime => None,
        TierWindow::CalendarYear => {
            NaiveDate::from_ymd_opt(at.with_timezone(&tz).year(), 1, 1).map(|d| local_midnight(d, tz))
        }
        // near the earliest representable time the window reaches back to the start
        TierWindow::Rolling12Months => at.checked_sub_signed(Duration::days(365)),
        // periods of 365 days counted from the date of entry into the current tier
        TierWindow::Anchored => m.tier_since.map(|since| {
            let periods = at.signed_duration_since(since).num_days().max(0).div_euclid(365);
            Duration::try_days(periods.saturating_mul(365)).and_then(|d| since.checked_add_signed(d)).unwrap_or(since)
        }),
    }
}

/// The tier metric over the available order lots earned in `[from, until]`.
/// Event awards count only toward points earned, and only when the rules say so.
fn tier_metric(m: &Member, rules: &TierRules, from: Option<DateTime<Utc>>, until: Option<DateTime<Utc>>) -> Decimal {
    let metric = rules.metric;
    let awards = metric == TierMetric::PointsEarned && rules.count_awards;
    let lots = m.lots.values().filter(|l| {
        !l.pending
            && (l.source.is_some() || (awards && l.award))
            && from.is_none_or(|f| l.earned_at >= f)
            && until.is_none_or(|u| l.earned_at <= u)
    });
    match metric {
        // what the refunds left of each lot's spend, in proportion to the points clawed back
        TierMetric::NetSpend => lots
            .map(|l| {
                if l.points > 0 {
                    let kept = Decimal::from(l.points.saturating_sub(l.clawed));
                    l.spend.saturating_mul(kept).checked_div(Decimal::from(l.points)).unwrap_or(l.spend)
                } else {
                    l.spend
                }
            })
            .fold(Decimal::ZERO, Decimal::saturating_add),
        TierMetric::PointsEarned => {
            lots.map(|l| Decimal::from(l.points.saturating_sub(l.clawed))).fold(Decimal::ZERO, Decimal::saturating_add)
        }
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TierProgress {
    /// The member's current tier (as last evaluated by a command).
    pub tier: Option<String>,
    /// What qualifies.
    pub metric: TierMetric,
    /// The metric counted in the window that contains `now`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
    pub value: Decimal,
    /// Where that window starts (`None` for lifetime).
    pub window_start: Option<DateTime<Utc>>,
    /// The next tier above the current one, if any.
    pub next_tier: Option<String>,
    /// Its threshold.
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::money::DecimalString>"))]
    pub next_threshold: Option<Decimal>,
    /// How much more of the metric the next tier needs (never negative).
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::money::DecimalString>"))]
    pub remaining: Option<Decimal>,
}

impl Member {
    /// Progress towards the next tier at `now`, for "spend 120.00 more to reach gold".
    ///
    /// ```
    /// use postpurchase::loyalty::{Member, Programme};
    /// use postpurchase::CustomerId;
    /// let p = Programme::from_json(r#"{"currency": "USD", "earning": {}, "tiers": {"levels": [{"name": "member", "threshold": "0"},
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
        let value = tier_metric(self, &p.tiers, from, None);
        let current = self.tier.as_ref().and_then(|t| levels.iter().position(|l| &l.name == t));
        let next = levels.get(current.map_or(0, |i| i.saturating_add(1)));
        TierProgress {
            tier: self.tier.clone(),
            metric: p.tiers.metric,
            value,
            window_start: from,
            next_tier: next.map(|l| l.name.clone()),
            next_threshold: next.map(|l| l.threshold),
            remaining: next.map(|l| l.threshold.saturating_sub(value).max(Decimal::ZERO)),
        }
    }
}

/// A member's balance, tier and progress at a point in time, in one value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "LoyaltyStatus"))]
pub struct MemberStatus {
    /// The customer.
    pub customer: CustomerId,
    /// Available points.
    pub balance: i64,
    /// Points waiting for delivery and the return window.
    pub pending: i64,
    /// Points owed from clawbacks of points already spent.
    pub debt: i64,
    /// The current tier.
    pub tier: Option<String>,
    /// Since when.
    pub tier_since: Option<DateTime<Utc>>,
    /// Progress to the next tier at the time asked.
    pub progress: TierProgress,
    /// Entries applied (the `expected_version` for the next command).
    pub version: u64,
}

impl Member {
    /// Balance, tier and progress to the next tier under `p` at `now`.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use postpurchase::CustomerId;
    /// use postpurchase::loyalty::{Member, Programme};
    /// let p = Programme::from_json(r#"{"currency": "EUR", "earning": {}}"#)?;
    /// let status = Member::new(CustomerId::new("c-1")?).status(&p, Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap());
    /// assert_eq!((status.balance, status.version, status.tier), (0, 0, None));
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    pub fn status(&self, p: &Programme, now: DateTime<Utc>) -> MemberStatus {
        MemberStatus {
            customer: self.customer().clone(),
            balance: self.balance(),
            pending: self.pending(),
            debt: self.debt(),
            tier: self.tier().map(str::to_string),
            tier_since: self.tier_since(),
            progress: self.tier_progress(p, now),
            version: self.version(),
        }
    }
}
