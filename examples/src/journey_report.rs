//! The customer journey of a shop's year, computed with the library's `journey` and `clv`
//! modules from its orders: lifecycle stages at every month end and the moves between them, the
//! stages at the year end with P(alive) from a fitted modified BG/NBD model (a customer may stop after any purchase, the first included) and the latest NPS answers,
//! RFM segments, and the co-purchase recommender's hit rate on a holdout of last orders against
//! the most-popular baseline.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use postpurchase::clv::{BetaGeo, FitOptions, Variant, probability_alive};
use postpurchase::journey::{
    CoPurchase, CoPurchaseOptions, CustomerHistory, HitRate, RfmCustomer, Segment, SegmentSummary, Stage, StageRules,
    rfm_scores, segment_summary, stage_at, transitions,
};
use postpurchase::metrics::{TimeUnit, Transaction, customer_summary};
use postpurchase::{Error, ErrorKind, Result};
use rust_decimal::prelude::ToPrimitive;

/// The stages in the order the report shows them.
pub const STAGES: [Stage; 6] =
    [Stage::New, Stage::Active, Stage::Advocate, Stage::Reactivated, Stage::AtRisk, Stage::Lapsed];

/// The stages shown month by month: advocates need the NPS answer and referrals as of each
/// date, which the report keeps only for the year end.
pub const MONTHLY_STAGES: [Stage; 5] = [Stage::New, Stage::Active, Stage::Reactivated, Stage::AtRisk, Stage::Lapsed];

/// A move into a stage (`None`: from not being a customer yet).
pub type StageMove = (Option<Stage>, Stage);

/// The moves between month ends the report follows.
pub const MOVES: [StageMove; 7] = [
    (None, Stage::New),
    (Some(Stage::New), Stage::Active),
    (Some(Stage::Active), Stage::AtRisk),
    (Some(Stage::AtRisk), Stage::Active),
    (Some(Stage::AtRisk), Stage::Lapsed),
    (Some(Stage::Lapsed), Stage::Reactivated),
    (Some(Stage::Reactivated), Stage::Active),
];

/// The number of suggestions scored by the hit rate.
pub const HIT_K: usize = 3;

/// A year of a shop's customer journey.
#[derive(Debug, Clone)]
pub struct Journey {
    /// The month ends (the last second of each month), January to December.
    pub month_ends: Vec<DateTime<Utc>>,
    /// For each stage of [`MONTHLY_STAGES`], the customers in it at each month end (gap rules).
    pub stages_by_month: Vec<(Stage, Vec<u64>)>,
    /// For each move of [`MOVES`], the customers who made it into each month end (from the
    /// previous month end; into January from before the year).
    pub moves_by_month: Vec<(StageMove, Vec<u64>)>,
    /// Customers per stage at the year end, judged with P(alive) and the latest NPS answer.
    pub year_end: Vec<(Stage, u64)>,
    /// The modified BG/NBD model fitted on the year (in weeks), or why there is none (too few
    /// customers to identify it: the year-end stages then use the gap rules alone).
    pub model: std::result::Result<BetaGeo, Error>,
    /// Customers and spend per RFM segment at the year end.
    pub segments: Vec<SegmentSummary>,
    /// The recommender against the popularity baseline, at [`HIT_K`].
    pub hit_rate: HitRate,
    /// Orders held out: each repeat customer's last.
    pub holdout_orders: usize,
    /// Orders the recommender was fitted on.
    pub training_orders: usize,
}

/// The last second of each month of `year` (a purchase at midnight on the first belongs to the
/// new month).
fn month_ends(year: i32) -> Result<Vec<DateTime<Utc>>> {
    (2..=13)
        .map(|m| {
            let (y, m) = if m == 13 { (year + 1, 1) } else { (year, m) };
            Utc.with_ymd_and_hms(y, m, 1, 0, 0, 0)
                .single()
                .map(|next| next - Duration::seconds(1))
                .ok_or_else(|| Error::new(ErrorKind::InvalidInput, "month end out of range"))
        })
        .collect()
}

/// Each customer's orders in time order: (time, amount, items).
type Orders<'a> = BTreeMap<u64, Vec<(DateTime<Utc>, f64, &'a [&'a str])>>;

impl Journey {
    /// The journey of `year` from its orders (`baskets[i]` holds the items of `transactions[i]`)
    /// and each customer's latest NPS answer.
    ///
    /// # Errors
    /// When the orders are not of one length with their baskets, or the library refuses them.
    pub fn of_year(
        year: i32,
        transactions: &[Transaction],
        baskets: &[Vec<&str>],
        latest_nps: &BTreeMap<u64, u8>,
    ) -> Result<Journey> {
        if transactions.len() != baskets.len() {
            return Err(Error::new(ErrorKind::InvalidInput, "one basket per transaction"));
        }
        let mut orders: Orders = BTreeMap::new();
        for (t, b) in transactions.iter().zip(baskets) {
            orders.entry(t.customer).or_default().push((t.at, t.amount.to_f64().unwrap_or(0.0), b.as_slice()));
        }
        for o in orders.values_mut() {
            o.sort_by_key(|p| p.0);
        }
        let month_ends = month_ends(year)?;
        let year_end = month_ends.last().copied().unwrap_or_default();
        let rules = StageRules::default();
        // month ends, with the end of the year before so that January has its moves
        let start = Utc.with_ymd_and_hms(year, 1, 1, 0, 0, 0).single().unwrap_or_default() - Duration::seconds(1);
        let mut dates = vec![start];
        dates.extend(&month_ends);
        let histories: Vec<CustomerHistory> = orders
            .values()
            .map(|o| CustomerHistory { purchases: o.iter().map(|p| p.0).collect(), ..CustomerHistory::default() })
            .collect();
        let (stages, moves) = transitions(&histories, &dates, &rules)?;
        let stages_by_month = MONTHLY_STAGES
            .iter()
            .map(|s| {
                let per_month = (1..dates.len())
                    .map(|d| stages.iter().filter(|row| row.get(d).copied().flatten() == Some(*s)).count() as u64)
                    .collect();
                (*s, per_month)
            })
            .collect();
        let moves_by_month = MOVES
            .iter()
            .map(|&(from, to)| {
                ((from, to), (0..month_ends.len()).map(|step| moves.count(step, from, Some(to))).collect())
            })
            .collect();

        // the year end: P(alive) from BG/NBD fitted in weeks, and the latest NPS answer
        let last_day = NaiveDate::from_ymd_opt(year, 12, 31)
            .ok_or_else(|| Error::new(ErrorKind::InvalidInput, "year out of range"))?;
        let summary = customer_summary(transactions, last_day, None, TimeUnit::Weeks)?;
        let model = BetaGeo::fit(
            &summary.frequency,
            &summary.recency,
            &summary.t,
            None,
            Variant::Modified,
            &FitOptions::default(),
        )
        .map(|(m, _)| m);
        let alive: BTreeMap<u64, f64> = match &model {
            Ok(m) => summary
                .customer
                .iter()
                .copied()
                .zip(probability_alive(m, &summary.frequency, &summary.recency, &summary.t)?)
                .collect(),
            Err(_) => BTreeMap::new(),
        };
        let mut at_year_end: BTreeMap<Stage, u64> = BTreeMap::new();
        for (customer, h) in orders.keys().zip(histories) {
            let h = CustomerHistory {
                latest_nps: latest_nps.get(customer).copied(),
                p_alive: alive.get(customer).copied(),
                ..h
            };
            if let Some(a) = stage_at(&h, year_end, &rules)? {
                *at_year_end.entry(a.stage).or_default() += 1;
            }
        }
        let year_end_stages = STAGES.iter().map(|s| (*s, at_year_end.get(s).copied().unwrap_or(0))).collect();

        // RFM at the year end: days since the last order, orders, total spend
        let rfm: Vec<RfmCustomer> = orders
            .iter()
            .map(|(c, o)| RfmCustomer {
                customer: *c,
                recency_days: o.last().map_or(0.0, |p| (year_end - p.0).num_seconds().max(0) as f64 / 86_400.0),
                frequency: o.len() as f64,
                monetary: o.iter().map(|p| p.1).sum(),
            })
            .collect();
        let segments = segment_summary(&rfm, &rfm_scores(&rfm)?);

        // the recommender: each repeat customer's last order is held out
        let mut training: Vec<Vec<&str>> = Vec::new();
        let mut cases: Vec<(Vec<&str>, Vec<&str>)> = Vec::new();
        for o in orders.values() {
            let (last, before) = match o.split_last() {
                Some((last, before)) if !before.is_empty() => (last, before),
                _ => {
                    training.extend(o.iter().map(|p| p.2.to_vec()));
                    continue;
                }
            };
            training.extend(before.iter().map(|p| p.2.to_vec()));
            cases.push((before.iter().flat_map(|p| p.2.iter().copied()).collect(), last.2.to_vec()));
        }
        let recommender = CoPurchase::fit(&training, &CoPurchaseOptions::default())?;
        let hit_rate = recommender.hit_rate(&cases, HIT_K);
        Ok(Journey {
            month_ends,
            stages_by_month,
            moves_by_month,
            year_end: year_end_stages,
            model,
            segments,
            hit_rate,
            holdout_orders: cases.len(),
            training_orders: training.len(),
        })
    }

    /// How the year-end stages were judged: with P(alive) from the model and its parameters, or
    /// by the gap rules and why.
    pub fn model_note(&self) -> String {
        match &self.model {
            Ok(m) => format!(
                "P(alive) from modified BG/NBD (weeks: r {:.3}, alpha {:.3}, a {:.3}, b {:.3})",
                m.r, m.alpha, m.a, m.b
            ),
            Err(e) => format!("the gap rules (no model: {})", e.code()),
        }
    }

    /// Month labels of the month ends ("Jan" … "Dec").
    pub fn month_labels(&self) -> Vec<String> {
        self.month_ends.iter().map(|d| (*d - Duration::days(1)).date_naive().format("%b").to_string()).collect()
    }

    /// The segments with customers, largest revenue first.
    pub fn segments_by_revenue(&self) -> Vec<SegmentSummary> {
        let mut s: Vec<SegmentSummary> = self.segments.iter().filter(|s| s.customers > 0).copied().collect();
        s.sort_by(|a, b| b.monetary.total_cmp(&a.monetary).then(a.segment.cmp(&b.segment)));
        s
    }
}

/// A stage's name for people ("at risk").
pub fn stage_name(s: Stage) -> String {
    s.code().replace('_', " ")
}

/// A segment's name for people ("potential loyalists").
pub fn segment_name(s: Segment) -> String {
    s.code().replace('_', " ")
}

/// A move's name ("at risk → lapsed"; "first order → new").
pub fn move_name(m: StageMove) -> String {
    format!("{} → {}", m.0.map_or_else(|| "first order".to_string(), stage_name), stage_name(m.1))
}
