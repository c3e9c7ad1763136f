//! Lifecycle stages: where each customer is in their journey at a date, judged against their own
//! rhythm, with the facts and the rule that decided.
//!
//! At a date, with the purchases made by then (a customer with none is not a customer yet), the
//! first rule that holds names the stage:
//!
//! | stage | rule code | when |
//! |---|---|---|
//! | new | `new.first_order_recent` | the first purchase is at most `new_days` old |
//! | lapsed | `lapsed.p_alive` / `lapsed.gap` / `lapsed.single` | P(alive) below `lapsed_p_alive`; or the days since the last purchase reach `lapsed_gap_multiple` × the customer's typical gap (the median of their gaps between purchases); or, with one purchase, `single_lapsed_days` |
//! | at_risk | `at_risk.p_alive` / `at_risk.gap` / `at_risk.single` | the same with `at_risk_p_alive`, `at_risk_gap_multiple`, `single_at_risk_days` |
//! | reactivated | `reactivated.after_lapse` | the latest purchase ended a gap that was a lapse by the rules above, judged on the purchases before it |
//! | advocate | `advocate.promoter` / `advocate.referrer` | the latest NPS answer is 9 or 10, or the customer referred someone |
//! | active | `active` | otherwise |
//!
//! With a P(alive) (from a fitted BG/NBD or Pareto/NBD model) the P(alive) thresholds decide
//! lapsed and at risk; without one, the gap rules do.
//!
//! ```
//! use chrono::{Duration, TimeZone, Utc};
//! use postpurchase::journey::{CustomerHistory, Stage, StageRules, stage_at};
//! let day = |d: i64| Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() + Duration::days(d);
//! // buys every 10 days, then stops
//! let h = CustomerHistory { purchases: vec![day(0), day(10), day(20), day(30)], ..CustomerHistory::default() };
//! let rules = StageRules::default();
//! assert_eq!(stage_at(&h, day(35), &rules)?.unwrap().stage, Stage::Active);
//! assert_eq!(stage_at(&h, day(48), &rules)?.unwrap().stage, Stage::AtRisk);   // 18 days: 1.8 gaps
//! let lapsed = stage_at(&h, day(65), &rules)?.unwrap();                         // 35 days: 3.5 gaps
//! assert_eq!((lapsed.stage, lapsed.rule), (Stage::Lapsed, "lapsed.gap"));
//! # Ok::<(), postpurchase::Error>(())
//! ```

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};

/// The thresholds of the stage rules (data: load them with serde; every field has a default).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct StageRules {
    /// A customer is new while their first purchase is at most this many days old (default 30).
    pub new_days: u32,
    /// P(alive) below this is at risk (default 0.5).
    pub at_risk_p_alive: f64,
    /// P(alive) below this is lapsed (default 0.2).
    pub lapsed_p_alive: f64,
    /// Days since the last purchase over the typical gap at which a customer is at risk (default 1.5).
    pub at_risk_gap_multiple: f64,
    /// … and lapsed (default 3).
    pub lapsed_gap_multiple: f64,
    /// With a single purchase: days after which the customer is at risk (default 90).
    pub single_at_risk_days: u32,
    /// … and lapsed (default 180).
    pub single_lapsed_days: u32,
}

impl Default for StageRules {
    fn default() -> Self {
        StageRules {
            new_days: 30,
            at_risk_p_alive: 0.5,
            lapsed_p_alive: 0.2,
            at_risk_gap_multiple: 1.5,
            lapsed_gap_multiple: 3.0,
            single_at_risk_days: 90,
            single_lapsed_days: 180,
        }
    }
}

impl StageRules {
    /// Checks the thresholds: probabilities in [0, 1] with lapsed ≤ at risk, multiples finite
    /// with 0 < at risk ≤ lapsed, day counts at most 36,500 with at risk ≤ lapsed.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] naming the rule.
    pub fn check(&self) -> Result<()> {
        let bad = |what: &str| Err(Error::new(ErrorKind::InvalidInput, format!("stage rules: {what}")));
        let p = |v: f64| (0.0..=1.0).contains(&v);
        if !(p(self.at_risk_p_alive) && p(self.lapsed_p_alive) && self.lapsed_p_alive <= self.at_risk_p_alive) {
            return bad("P(alive) thresholds must be in [0, 1], lapsed at most at risk");
        }
        let m = |v: f64| v.is_finite() && v > 0.0 && v <= 1000.0;
        if !(m(self.at_risk_gap_multiple) && m(self.lapsed_gap_multiple))
            || self.at_risk_gap_multiple > self.lapsed_gap_multiple
        {
            return bad("gap multiples must be in (0, 1000], at risk at most lapsed");
        }
        if self.new_days > 36_500
            || self.single_lapsed_days > 36_500
            || self.single_at_risk_days > self.single_lapsed_days
        {
            return bad("day counts must be at most 36,500, at risk at most lapsed");
        }
        Ok(())
    }
}

/// What a stage is judged on besides the purchases: a [`CustomerHistory`] without them.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StageFacts {
    /// The latest NPS answer (0–10), if any.
    #[serde(default)]
    pub latest_nps: Option<u8>,
    /// Customers this one referred who went on to buy.
    #[serde(default)]
    pub referrals: u32,
    /// P(alive) at the date from a fitted model, if any.
    #[serde(default)]
    pub p_alive: Option<f64>,
}

impl CustomerHistory {
    /// The history of a customer with these purchases and facts.
    ///
    /// ```
    /// use postpurchase::journey::{CustomerHistory, StageFacts};
    /// let h = CustomerHistory::new(vec![], StageFacts { referrals: 2, ..StageFacts::default() });
    /// assert_eq!((h.referrals, h.latest_nps), (2, None));
    /// ```
    pub fn new(purchases: Vec<DateTime<Utc>>, facts: StageFacts) -> CustomerHistory {
        let StageFacts { latest_nps, referrals, p_alive } = facts;
        CustomerHistory { purchases, latest_nps, referrals, p_alive }
    }
}

/// What the stage of one customer is judged on.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CustomerHistory {
    /// Purchase times (any order; purchases after the date are ignored).
    pub purchases: Vec<DateTime<Utc>>,
    /// The latest NPS answer (0–10), if any.
    pub latest_nps: Option<u8>,
    /// Customers this one referred who went on to buy.
    pub referrals: u32,
    /// P(alive) at the date from a fitted model, if any.
    pub p_alive: Option<f64>,
}

/// A lifecycle stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// First purchase within `new_days`.
    New,
    /// Buying in their rhythm.
    Active,
    /// Overdue by their own rhythm (or P(alive)).
    AtRisk,
    /// Long overdue.
    Lapsed,
    /// Bought again after a lapse.
    Reactivated,
    /// Active and a promoter or a referrer.
    Advocate,
}

impl Stage {
    /// Every stage.
    pub const ALL: [Stage; 6] =
        [Stage::New, Stage::Active, Stage::AtRisk, Stage::Lapsed, Stage::Reactivated, Stage::Advocate];

    /// The stable code (`new`, `at_risk`, …).
    pub fn code(self) -> &'static str {
        match self {
            Stage::New => "new",
            Stage::Active => "active",
            Stage::AtRisk => "at_risk",
            Stage::Lapsed => "lapsed",
            Stage::Reactivated => "reactivated",
            Stage::Advocate => "advocate",
        }
    }
}

/// A customer's stage with what decided it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StageAssignment {
    /// The stage.
    pub stage: Stage,
    /// The rule that decided (see the module's table).
    pub rule: &'static str,
    /// Purchases up to the date.
    pub purchases: u64,
    /// Days since the last purchase.
    pub days_since_last: f64,
    /// The median gap between purchases, in days (with two purchases or more).
    pub typical_gap_days: Option<f64>,
    /// The P(alive) used, if any.
    pub p_alive: Option<f64>,
}

const DAY_SECONDS: f64 = 86_400.0;

fn days(a: DateTime<Utc>, b: DateTime<Utc>) -> f64 {
    b.signed_duration_since(a).num_seconds() as f64 / DAY_SECONDS
}

/// The median of the gaps between consecutive (sorted) purchases, in days.
fn typical_gap(sorted: &[DateTime<Utc>]) -> Option<f64> {
    let mut gaps: Vec<f64> = sorted.windows(2).filter_map(|w| Some(days(*w.first()?, *w.get(1)?))).collect();
    if gaps.is_empty() {
        return None;
    }
    gaps.sort_by(f64::total_cmp);
    let mid = gaps.len() / 2;
    if gaps.len() % 2 == 1 {
        gaps.get(mid).copied()
    } else {
        Some((gaps.get(mid.checked_sub(1)?)? + gaps.get(mid)?) / 2.0)
    }
}

/// How overdue `since` days are for purchases with this typical gap: `Some(true)` lapsed,
/// `Some(false)` at risk, `None` neither; with the rule's code.
fn overdue(since: f64, gap: Option<f64>, r: &StageRules) -> Option<(bool, &'static str)> {
    match gap {
        // a typical gap of zero (purchases on the same instant) is taken as one day
        Some(g) => {
            let g = g.max(1.0);
            if since >= r.lapsed_gap_multiple * g {
                Some((true, "lapsed.gap"))
            } else if since >= r.at_risk_gap_multiple * g {
                Some((false, "at_risk.gap"))
            } else {
                None
            }
        }
        None if since >= f64::from(r.single_lapsed_days) => Some((true, "lapsed.single")),
        None if since >= f64::from(r.single_at_risk_days) => Some((false, "at_risk.single")),
        None => None,
    }
}

/// The stage of a customer at `at`, or `None` before their first purchase.
///
/// # Errors
/// [`ErrorKind::InvalidInput`] for rules that fail [`StageRules::check`], a P(alive) outside
/// [0, 1] or an NPS answer above 10.
pub fn stage_at(h: &CustomerHistory, at: DateTime<Utc>, r: &StageRules) -> Result<Option<StageAssignment>> {
    r.check()?;
    if h.p_alive.is_some_and(|p| !(0.0..=1.0).contains(&p)) || h.latest_nps.is_some_and(|n| n > 10) {
        return Err(Error::new(ErrorKind::InvalidInput, "P(alive) must be in [0, 1] and an NPS answer 0 to 10"));
    }
    let mut bought: Vec<DateTime<Utc>> = h.purchases.iter().copied().filter(|p| *p <= at).collect();
    bought.sort();
    let (Some(first), Some(last)) = (bought.first().copied(), bought.last().copied()) else { return Ok(None) };
    let gap = typical_gap(&bought);
    let since = days(last, at);
    let assign = |stage, rule| {
        Ok(Some(StageAssignment {
            stage,
            rule,
            purchases: bought.len() as u64,
            days_since_last: since,
            typical_gap_days: gap,
            p_alive: h.p_alive,
        }))
    };
    if days(first, at) <= f64::from(r.new_days) {
        return assign(Stage::New, "new.first_order_recent");
    }
    let risk = match h.p_alive {
        Some(p) if p < r.lapsed_p_alive => Some((true, "lapsed.p_alive")),
        Some(p) if p < r.at_risk_p_alive => Some((false, "at_risk.p_alive")),
        Some(_) => None,
        None => overdue(since, gap, r),
    };
    match risk {
        Some((true, rule)) => return assign(Stage::Lapsed, rule),
        Some((false, rule)) => return assign(Stage::AtRisk, rule),
        None => {}
    }
    // did the latest purchase end a lapse, judged on the purchases before it?
    let before = bought.get(..bought.len().saturating_sub(1)).unwrap_or(&[]);
    if let Some(prev) = before.last() {
        if overdue(days(*prev, last), typical_gap(before), r).is_some_and(|(lapsed, _)| lapsed) {
            return assign(Stage::Reactivated, "reactivated.after_lapse");
        }
    }
    if h.latest_nps.is_some_and(|n| n >= 9) {
        return assign(Stage::Advocate, "advocate.promoter");
    }
    if h.referrals > 0 {
        return assign(Stage::Advocate, "advocate.referrer");
    }
    assign(Stage::Active, "active")
}

/// A move from one stage to another (`None`: not a customer yet).
pub type Move = (Option<Stage>, Option<Stage>);

/// One cell of a transition matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TransitionRow {
    /// The index of the first of the two dates.
    pub step: usize,
    /// The stage at the first date.
    pub from: Option<Stage>,
    /// The stage at the second.
    pub to: Option<Stage>,
    /// Customers who moved so.
    pub customers: u64,
}

/// Customers moving between stages from one date to the next: counts per (from, to), where
/// `None` is "not a customer yet". Mergeable: matrices of disjoint customers add.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Transitions {
    /// For each consecutive pair of dates (by the index of the first), the counts.
    steps: BTreeMap<usize, BTreeMap<Move, u64>>,
}

impl Transitions {
    /// Adds another matrix (over other customers, same dates).
    pub fn merge(&mut self, other: &Transitions) {
        for (step, counts) in &other.steps {
            let mine = self.steps.entry(*step).or_default();
            for (k, n) in counts {
                let c = mine.entry(*k).or_insert(0);
                *c = c.saturating_add(*n);
            }
        }
    }

    /// Every non-empty cell, by step, then stage order.
    pub fn rows(&self) -> Vec<TransitionRow> {
        self.steps
            .iter()
            .flat_map(|(step, counts)| {
                counts.iter().map(|((from, to), n)| TransitionRow { step: *step, from: *from, to: *to, customers: *n })
            })
            .collect()
    }

    /// How many went from `from` to `to` between dates `step` and `step + 1`.
    pub fn count(&self, step: usize, from: Option<Stage>, to: Option<Stage>) -> u64 {
        self.steps.get(&step).and_then(|c| c.get(&(from, to))).copied().unwrap_or(0)
    }
}

/// Each customer's stage at each date (`None` before their first purchase).
pub type StagesByDate = Vec<Vec<Option<Stage>>>;

/// The stage of every customer at every date (sorted ascending) and the transitions between
/// consecutive dates. P(alive) is not used (it belongs to one date): the gap rules decide.
///
/// # Errors
/// As [`stage_at`]; [`ErrorKind::InvalidInput`] for dates not in ascending order.
pub fn transitions(
    customers: &[CustomerHistory],
    dates: &[DateTime<Utc>],
    r: &StageRules,
) -> Result<(StagesByDate, Transitions)> {
    if dates.windows(2).any(|w| matches!(w, [a, b] if a >= b)) {
        return Err(Error::new(ErrorKind::InvalidInput, "dates must be in ascending order"));
    }
    let mut stages = Vec::with_capacity(customers.len());
    let mut t = Transitions::default();
    for c in customers {
        let plain = CustomerHistory { p_alive: None, ..c.clone() };
        let row: Vec<Option<Stage>> =
            dates.iter().map(|d| stage_at(&plain, *d, r).map(|a| a.map(|a| a.stage))).collect::<Result<_>>()?;
        for (step, pair) in row.windows(2).enumerate() {
            if let [from, to] = pair {
                let n = t.steps.entry(step).or_default().entry((*from, *to)).or_insert(0);
                *n = n.saturating_add(1);
            }
        }
        stages.push(row);
    }
    Ok((stages, t))
}

/// One customer's purchases, by the customer's id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CustomerPurchases {
    /// The customer's id.
    pub id: String,
    /// Purchase times.
    pub purchases: Vec<DateTime<Utc>>,
}

/// One customer's stage at each date (`None`: not a customer yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CustomerStages {
    /// The customer's id.
    pub id: String,
    /// The stage at each date.
    pub stages: Vec<Option<Stage>>,
}

/// Every customer's stages at every date and the moves between consecutive dates, as one value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StageTransitions {
    /// Per customer, in the input's order.
    pub stages: Vec<CustomerStages>,
    /// The transition matrix as rows (step, from, to, customers).
    pub moves: Vec<TransitionRow>,
}

/// [`transitions`] for customers known by id, as one value.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use postpurchase::journey::{CustomerPurchases, StageRules, stage_transitions};
/// let day = |d| Utc.with_ymd_and_hms(2026, 1, d, 0, 0, 0).unwrap();
/// let c = CustomerPurchases { id: "c-1".into(), purchases: vec![day(2)] };
/// let t = stage_transitions(&[c], &[day(1), day(3)], &StageRules::default())?;
/// assert_eq!(t.stages[0].stages.len(), 2);
/// assert_eq!(t.moves.len(), 1);
/// # Ok::<(), postpurchase::Error>(())
/// ```
///
/// # Errors
/// As [`transitions`].
pub fn stage_transitions(
    customers: &[CustomerPurchases],
    dates: &[DateTime<Utc>],
    r: &StageRules,
) -> Result<StageTransitions> {
    let histories: Vec<CustomerHistory> = customers
        .iter()
        .map(|c| CustomerHistory { purchases: c.purchases.clone(), ..CustomerHistory::default() })
        .collect();
    let (by_date, t) = transitions(&histories, dates, r)?;
    let stages = customers.iter().zip(by_date).map(|(c, stages)| CustomerStages { id: c.id.clone(), stages }).collect();
    Ok(StageTransitions { stages, moves: t.rows() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn day(d: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().unwrap_or_default() + Duration::days(d)
    }

    fn history(days: &[i64]) -> CustomerHistory {
        CustomerHistory { purchases: days.iter().map(|d| day(*d)).collect(), ..CustomerHistory::default() }
    }

    fn stage(h: &CustomerHistory, at: i64) -> (Stage, &'static str) {
        let a = stage_at(h, day(at), &StageRules::default()).unwrap().unwrap();
        (a.stage, a.rule)
    }

    #[test]
    fn each_rule_of_the_table_decides_its_stage() {
        assert!(stage_at(&history(&[10]), day(5), &StageRules::default()).unwrap().is_none());
        assert_eq!(stage(&history(&[0]), 20), (Stage::New, "new.first_order_recent"));
        assert_eq!(stage(&history(&[0]), 100), (Stage::AtRisk, "at_risk.single"));
        assert_eq!(stage(&history(&[0]), 200), (Stage::Lapsed, "lapsed.single"));
        // a weekly buyer is at risk after 11 days, where a once-a-quarter buyer is fine
        assert_eq!(stage(&history(&[0, 7, 14, 21, 28, 35]), 46), (Stage::AtRisk, "at_risk.gap"));
        assert_eq!(stage(&history(&[0, 90, 180]), 191), (Stage::Active, "active"));
        // bought again after a 200-day silence, having bought every 10 days before
        assert_eq!(stage(&history(&[0, 10, 20, 220]), 225), (Stage::Reactivated, "reactivated.after_lapse"));
        let promoter = CustomerHistory { latest_nps: Some(10), ..history(&[0, 20, 40]) };
        assert_eq!(stage(&promoter, 45), (Stage::Advocate, "advocate.promoter"));
        let referrer = CustomerHistory { referrals: 1, ..history(&[0, 20, 40]) };
        assert_eq!(stage(&referrer, 45), (Stage::Advocate, "advocate.referrer"));
        // a model's P(alive) decides over the gaps
        let fading = CustomerHistory { p_alive: Some(0.1), ..history(&[0, 20, 40]) };
        assert_eq!(stage(&fading, 45), (Stage::Lapsed, "lapsed.p_alive"));
        let unsure = CustomerHistory { p_alive: Some(0.3), ..history(&[0, 20, 40]) };
        assert_eq!(stage(&unsure, 45), (Stage::AtRisk, "at_risk.p_alive"));
    }

    #[test]
    fn the_facts_come_with_the_stage_and_bad_rules_are_refused() {
        let a = stage_at(&history(&[0, 10, 30]), day(40), &StageRules::default()).unwrap().unwrap();
        assert_eq!((a.purchases, a.days_since_last, a.typical_gap_days), (3, 10.0, Some(15.0)));
        let bad = StageRules { lapsed_gap_multiple: 1.0, ..StageRules::default() };
        assert!(stage_at(&history(&[0]), day(1), &bad).is_err());
        let nps = CustomerHistory { latest_nps: Some(11), ..history(&[0]) };
        assert!(stage_at(&nps, day(1), &StageRules::default()).is_err());
    }

    #[test]
    fn transitions_count_moves_and_merge_across_parts() {
        let a = vec![history(&[0, 10, 20]), history(&[40])];
        let b = vec![history(&[0, 10, 20, 30])];
        let dates = [day(15), day(45), day(140)];
        let (stages, mut t) = transitions(&a, &dates, &StageRules::default()).unwrap();
        assert_eq!(stages.get(1), Some(&vec![None, Some(Stage::New), Some(Stage::AtRisk)]));
        let (_, tb) = transitions(&b, &dates, &StageRules::default()).unwrap();
        t.merge(&tb);
        assert_eq!(t.count(0, Some(Stage::New), Some(Stage::AtRisk)), 2);
        assert_eq!(t.count(0, None, Some(Stage::New)), 1);
        assert_eq!(t.count(1, Some(Stage::AtRisk), Some(Stage::Lapsed)), 2);
        assert_eq!(t.count(1, Some(Stage::New), Some(Stage::AtRisk)), 1);
        assert!(transitions(&a, &[day(2), day(1)], &StageRules::default()).is_err());
    }
}
