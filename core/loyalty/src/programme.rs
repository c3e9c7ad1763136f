//! The loyalty programme as data: earning rules, pending period, expiry, redemption, tiers.

use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::config::{Problems, Validate};
use crate::error::{Problem, Result};
use crate::money::{Currency, Money};

/// Referral awards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReferralRule {
    /// Points to the referrer.
    #[serde(default)]
    pub referrer: i64,
    /// Points to the referred customer.
    #[serde(default)]
    pub referred: i64,
    /// Most referral awards a referrer may get per period.
    #[serde(default = "ten")]
    pub cap_per_period: u32,
    /// The period, in days.
    #[serde(default = "year")]
    pub period_days: u32,
}

fn ten() -> u32 {
    10
}
fn year() -> u32 {
    365
}

/// Earning rules, applied in this order: spend, per order, tier multiplier; event awards apart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Earning {
    /// Points per currency unit of net merchandise spend.
    #[serde(default)]
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
    pub points_per_currency_unit: Decimal,
    /// Whether shipping counts as spend.
    #[serde(default)]
    pub include_shipping: bool,
    /// Whether tax counts as spend.
    #[serde(default)]
    pub include_tax: bool,
    /// Points per order.
    #[serde(default)]
    pub per_order: i64,
    /// Points for signing up (once).
    #[serde(default)]
    pub signup: i64,
    /// Points on the birthday (once a calendar year).
    #[serde(default)]
    pub birthday: i64,
    /// Points per review.
    #[serde(default)]
    pub review: i64,
    /// Referral awards (only on the referred customer's first paid order).
    #[serde(default)]
    pub referral: Option<ReferralRule>,
}

/// How long order points stay pending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PendingRule {
    /// Days after delivery (the later of this and the close of the return window applies).
    #[serde(default = "fourteen")]
    pub days_after_delivery: u32,
}

fn fourteen() -> u32 {
    14
}

impl Default for PendingRule {
    fn default() -> Self {
        PendingRule { days_after_delivery: 14 }
    }
}

/// When points expire. Dates are civil dates in the programme's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Expiry {
    /// Never.
    #[default]
    Never,
    /// Each lot at local midnight `days` days after the local date it became available.
    DaysAfterAvailable {
        /// Days.
        days: u32,
    },
    /// Each lot at the end of the local month it became available.
    EndOfMonth,
    /// Each lot at the end of the local year it became available.
    EndOfYear,
    /// The whole balance after `days` days without earning or redeeming.
    Inactivity {
        /// Days.
        days: u32,
    },
}

/// A fixed reward.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reward {
    /// Id.
    pub id: String,
    /// Points it costs.
    pub points: i64,
    /// What it is worth, in the programme's currency.
    pub value: Money,
}

/// Redemption rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RedemptionRule {
    /// Points per currency unit of discount (100 means 100 points = 1.00).
    #[serde(default = "hundred")]
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
    pub points_per_currency_unit: Decimal,
    /// Fewest points per redemption.
    #[serde(default)]
    pub min_points: i64,
    /// Most points per order.
    #[serde(default)]
    pub max_points_per_order: Option<i64>,
    /// Fixed rewards.
    #[serde(default)]
    pub rewards: Vec<Reward>,
}

fn hundred() -> Decimal {
    Decimal::ONE_HUNDRED
}

impl Default for RedemptionRule {
    fn default() -> Self {
        RedemptionRule {
            points_per_currency_unit: hundred(),
            min_points: 0,
            max_points_per_order: None,
            rewards: Vec::new(),
        }
    }
}

/// What qualifies a member for a tier. Only points that are available count (pending points
/// do not), and only those earned inside the tier window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TierMetric {
    /// Net merchandise spend (in the programme's currency) of orders whose points are
    /// available, less what refunds clawed back. Redemptions, tax and shipping never count.
    #[default]
    NetSpend,
    /// Points earned on orders, net of clawbacks; not the balance, so spending and expiry do
    /// not lower it. Event awards count only with [`TierRules::count_awards`]; manual
    /// adjustments never count.
    PointsEarned,
    /// Orders with points still standing (not fully clawed back).
    Orders,
}

/// Over which time the metric counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TierWindow {
    /// All time.
    #[default]
    Lifetime,
    /// The current local calendar year.
    CalendarYear,
    /// The last 365 days.
    Rolling12Months,
    /// Twelve-month periods anchored to the date the member entered the current tier.
    Anchored,
}

/// A tier and its benefits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TierLevel {
    /// Name.
    pub name: String,
    /// Metric needed.
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
    pub threshold: Decimal,
    /// Earning multiplier.
    #[serde(default = "one")]
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
    pub multiplier: Decimal,
    /// Free shipping.
    #[serde(default)]
    pub free_shipping: bool,
    /// Free returns.
    #[serde(default)]
    pub free_returns: bool,
    /// Extra days on the return window.
    #[serde(default)]
    pub extra_return_days: u32,
}

fn one() -> Decimal {
    Decimal::ONE
}

/// Tier rules: upgrade at once, downgrade only at the end of a period plus grace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TierRules {
    /// The metric.
    #[serde(default)]
    pub metric: TierMetric,
    /// The window.
    #[serde(default)]
    pub window: TierWindow,
    /// Days of grace after the period before a downgrade.
    #[serde(default)]
    pub grace_days: u32,
    /// Levels, lowest threshold first.
    #[serde(default)]
    pub levels: Vec<TierLevel>,
    /// Whether event awards (sign-up, birthday, review, referral) count toward the
    /// [`TierMetric::PointsEarned`] metric (default: they do not).
    #[serde(default)]
    pub count_awards: bool,
}

/// What happens when clawed-back points were already spent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NegativeBalance {
    /// The balance may go below zero.
    Allow,
    /// The balance stays at zero and a debt is paid off by the next earnings.
    #[default]
    Debt,
}

/// A loyalty programme.
///
/// ```
/// use postpurchase::loyalty::Programme;
/// let p = Programme::from_json(r#"{"currency": "EUR", "earning": {"points_per_currency_unit": "1"}, "time_zone": "Europe/Paris"}"#)?;
/// assert_eq!(p.earning.points_per_currency_unit.to_string(), "1");
/// # Ok::<(), postpurchase::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "LoyaltyProgrammeConfig"))]
pub struct Programme {
    /// The currency of spend, order totals, reward values and the net-spend tier thresholds.
    /// Commands in another currency are refused with `money.currency_mismatch`.
    pub currency: Currency,
    /// IANA time zone for civil dates.
    #[serde(default = "utc")]
    pub time_zone: String,
    /// Earning rules.
    pub earning: Earning,
    /// Pending period.
    #[serde(default)]
    pub pending: PendingRule,
    /// Expiry.
    #[serde(default)]
    pub expiry: Expiry,
    /// Redemption.
    #[serde(default)]
    pub redemption: RedemptionRule,
    /// Tiers.
    #[serde(default)]
    pub tiers: TierRules,
    /// Spent points clawed back.
    #[serde(default)]
    pub negative_balance: NegativeBalance,
}

fn utc() -> String {
    "UTC".into()
}

impl Programme {
    /// Loads from JSON.
    ///
    /// # Errors
    /// [`crate::error::ErrorKind::InvalidConfig`] with every problem.
    pub fn from_json(text: &str) -> Result<Programme> {
        crate::config::from_json(text)
    }

    /// Loads from TOML.
    ///
    /// # Errors
    /// [`crate::error::ErrorKind::InvalidConfig`] with every problem.
    pub fn from_toml(text: &str) -> Result<Programme> {
        crate::config::from_toml(text)
    }

    /// The time zone.
    pub fn tz(&self) -> Tz {
        self.time_zone.parse().unwrap_or(Tz::UTC)
    }

    /// Checks that `m` is in the programme's currency.
    ///
    /// # Errors
    /// [`crate::error::ErrorKind::CurrencyMismatch`] naming both currencies.
    pub fn check_currency(&self, m: &Money, field: &str) -> Result<()> {
        if m.currency() == self.currency {
            return Ok(());
        }
        Err(crate::error::Error::new(
            crate::error::ErrorKind::CurrencyMismatch,
            "the amount is not in the programme's currency",
        )
        .with("field", field)
        .with("programme", self.currency.code())
        .with("given", m.currency().code()))
    }

    /// A tier by name.
    pub fn tier(&self, name: &str) -> Option<&TierLevel> {
        self.tiers.levels.iter().find(|t| t.name == name)
    }
}

/// The longest span in days any programme setting may name (ten years).
pub const MAX_DAYS: u32 = 3650;

impl Validate for Programme {
    fn problems(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        let e = &self.earning;
        p.check(self.time_zone.parse::<Tz>().is_ok(), "time_zone", "not an IANA time zone");
        p.check(
            e.points_per_currency_unit >= Decimal::ZERO,
            "earning.points_per_currency_unit",
            "must not be negative",
        );
        let points = 0..=crate::MAX_POINTS;
        for (name, v) in
            [("per_order", e.per_order), ("signup", e.signup), ("birthday", e.birthday), ("review", e.review)]
        {
            p.check(points.contains(&v), format!("earning.{name}"), "must be 0 to 10^12 points");
        }
        p.check(
            e.points_per_currency_unit <= Decimal::from(1_000_000),
            "earning.points_per_currency_unit",
            "must be at most 1,000,000",
        );
        p.check(self.pending.days_after_delivery <= MAX_DAYS, "pending.days_after_delivery", "must be 0 to 3650");
        if let Some(r) = &e.referral {
            p.check(
                points.contains(&r.referrer) && points.contains(&r.referred),
                "earning.referral",
                "awards must be 0 to 10^12 points",
            );
            p.check((1..=MAX_DAYS).contains(&r.period_days), "earning.referral.period_days", "must be 1 to 3650");
        }
        match self.expiry {
            Expiry::DaysAfterAvailable { days } | Expiry::Inactivity { days } => {
                p.check((1..=MAX_DAYS).contains(&days), "expiry.days", "must be 1 to 3650")
            }
            _ => {}
        }
        p.check(self.tiers.grace_days <= MAX_DAYS, "tiers.grace_days", "must be 0 to 3650");
        p.check(
            self.redemption.points_per_currency_unit > Decimal::ZERO,
            "redemption.points_per_currency_unit",
            "must be positive",
        );
        p.check(self.redemption.min_points >= 0, "redemption.min_points", "must not be negative");
        if let Some(m) = self.redemption.max_points_per_order {
            p.check(m >= self.redemption.min_points, "redemption.max_points_per_order", "must be at least min_points");
        }
        for (i, r) in self.redemption.rewards.iter().enumerate() {
            p.check(
                r.points > 0 && r.value.amount() > Decimal::ZERO,
                format!("redemption.rewards[{i}]"),
                "points and value must be positive",
            );
            p.check(
                r.value.currency() == self.currency,
                format!("redemption.rewards[{i}].value"),
                "must be in the programme's currency",
            );
            p.check(
                r.value.is_whole_minor_units(),
                format!("redemption.rewards[{i}].value"),
                "must be in whole minor units of the currency",
            );
        }
        let levels = &self.tiers.levels;
        for (i, t) in levels.iter().enumerate() {
            p.check(
                t.multiplier >= Decimal::ZERO && t.multiplier <= Decimal::ONE_HUNDRED,
                format!("tiers.levels[{i}].multiplier"),
                "must be 0 to 100",
            );
            p.check(
                t.extra_return_days <= crate::returns::MAX_WINDOW_DAYS,
                format!("tiers.levels[{i}].extra_return_days"),
                "must be 0 to 3650",
            );
            if let Some(prev) = i.checked_sub(1).and_then(|j| levels.get(j)) {
                p.check(
                    t.threshold > prev.threshold,
                    format!("tiers.levels[{i}].threshold"),
                    "thresholds must increase",
                );
            }
        }
        p.0
    }
}
