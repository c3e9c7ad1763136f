//! RFM: recency, frequency and monetary scores from 1 to 5 by quintile, and the named segment
//! each combination falls in.
//!
//! **Scores.** A customer's score on a measure is `1 + floor(5 · below / n)`, where `below` is
//! the number of customers whose value is strictly worse (for recency: more days since the last
//! purchase; for frequency and monetary: a smaller value) and `n` the number of customers. Tied
//! customers therefore share one score, the score of the lowest position they hold, so a
//! measure where most customers tie (frequency 1, typically) puts them all in one low score
//! rather than splitting equal customers across scores.
//!
//! **Segments.** From the recency score `R` and `FM`, the mean of the frequency and monetary
//! scores rounded down, the first matching rule names the segment:
//!
//! | segment | rule |
//! |---|---|
//! | champions | R ≥ 4 and FM ≥ 4 |
//! | loyal | R = 3 and FM ≥ 4 |
//! | cannot_lose | R = 1 and FM ≥ 4 |
//! | at_risk | R ≤ 2 and FM ≥ 3 |
//! | potential_loyalists | R ≥ 4 and FM is 2 or 3 |
//! | new | R = 5 and FM = 1 |
//! | promising | R = 4 and FM = 1 |
//! | need_attention | R = 3 and FM is 2 or 3 |
//! | about_to_sleep | R = 3 and FM = 1 |
//! | hibernating | R = 2 and FM ≤ 2 |
//! | lost | R = 1 and FM ≤ 2 |
//!
//! Every (R, FM) pair matches exactly one row.
//!
//! ```
//! use postpurchase::journey::{RfmCustomer, Segment, rfm_scores};
//! let customers: Vec<RfmCustomer> = (0..10)
//!     .map(|i| RfmCustomer { customer: i, recency_days: 100.0 - 10.0 * i as f64, frequency: 1.0 + i as f64, monetary: 20.0 * (1 + i) as f64 })
//!     .collect();
//! let scores = rfm_scores(&customers)?;
//! // the most recent, most frequent, biggest spender
//! assert_eq!((scores[9].r, scores[9].f, scores[9].m, scores[9].segment), (5, 5, 5, Segment::Champions));
//! assert_eq!(scores[0].segment, Segment::Lost);
//! # Ok::<(), postpurchase::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};

/// One customer's measures at the scoring date.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RfmCustomer {
    /// The customer's key.
    pub customer: u64,
    /// Days since the last purchase (≥ 0).
    pub recency_days: f64,
    /// Number of purchases (≥ 0).
    pub frequency: f64,
    /// Spend (≥ 0; total or mean, as the caller chooses: it is ranked, not summed).
    pub monetary: f64,
}

/// A named RFM segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    /// Bought recently, buy often and spend the most.
    Champions,
    /// Buy often and spend a lot, less recently.
    Loyal,
    /// Recent customers with average frequency and spend.
    PotentialLoyalists,
    /// Bought most recently, once or little.
    New,
    /// Recent, with little frequency or spend so far.
    Promising,
    /// Average recency, frequency and spend.
    NeedAttention,
    /// Average recency, low frequency and spend.
    AboutToSleep,
    /// Bought often and spent a lot, but not for a while.
    AtRisk,
    /// Were among the best, and have not bought for the longest.
    CannotLose,
    /// Long since the last purchase, low frequency and spend.
    Hibernating,
    /// The longest since the last purchase, low frequency and spend.
    Lost,
}

impl Segment {
    /// Every segment, in the order of the mapping table.
    pub const ALL: [Segment; 11] = [
        Segment::Champions,
        Segment::Loyal,
        Segment::PotentialLoyalists,
        Segment::New,
        Segment::Promising,
        Segment::NeedAttention,
        Segment::AboutToSleep,
        Segment::AtRisk,
        Segment::CannotLose,
        Segment::Hibernating,
        Segment::Lost,
    ];

    /// The segment of a recency score and frequency and monetary scores (each 1–5; values
    /// outside are clamped).
    pub fn of(r: u8, f: u8, m: u8) -> Segment {
        let r = r.clamp(1, 5);
        let fm = f.clamp(1, 5).saturating_add(m.clamp(1, 5)) / 2;
        match (r, fm) {
            (4..=5, 4..) => Segment::Champions,
            (3, 4..) => Segment::Loyal,
            (1, 4..) => Segment::CannotLose,
            (1..=2, 3..) => Segment::AtRisk,
            (4..=5, 2..=3) => Segment::PotentialLoyalists,
            (5, _) => Segment::New,
            (4, _) => Segment::Promising,
            (3, 2..=3) => Segment::NeedAttention,
            (3, _) => Segment::AboutToSleep,
            (2, _) => Segment::Hibernating,
            _ => Segment::Lost,
        }
    }

    /// The stable code (`champions`, `at_risk`, …).
    pub fn code(self) -> &'static str {
        match self {
            Segment::Champions => "champions",
            Segment::Loyal => "loyal",
            Segment::PotentialLoyalists => "potential_loyalists",
            Segment::New => "new",
            Segment::Promising => "promising",
            Segment::NeedAttention => "need_attention",
            Segment::AboutToSleep => "about_to_sleep",
            Segment::AtRisk => "at_risk",
            Segment::CannotLose => "cannot_lose",
            Segment::Hibernating => "hibernating",
            Segment::Lost => "lost",
        }
    }
}

/// A customer's scores and segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RfmScore {
    /// The customer's key.
    pub customer: u64,
    /// Recency score, 5 for the most recent.
    pub r: u8,
    /// Frequency score, 5 for the most frequent.
    pub f: u8,
    /// Monetary score, 5 for the biggest spenders.
    pub m: u8,
    /// The named segment.
    pub segment: Segment,
}

/// Scores 1–5 for `values`, higher for bigger values (`higher_is_better`) or for smaller ones:
/// `1 + floor(5 · worse / n)`, where `worse` counts the strictly worse values.
fn quintile_scores(values: &[f64], higher_is_better: bool) -> Vec<u8> {
    let n = values.len();
    let mut sorted: Vec<f64> = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    values
        .iter()
        .map(|v| {
            let worse = if higher_is_better {
                sorted.partition_point(|x| x < v)
            } else {
                n.saturating_sub(sorted.partition_point(|x| x <= v))
            };
            let bin = worse.saturating_mul(5).checked_div(n).unwrap_or(0);
            u8::try_from(bin.saturating_add(1).min(5)).unwrap_or(5)
        })
        .collect()
}

/// RFM scores and segments for every customer, in the input's order.
///
/// # Errors
/// [`ErrorKind::InvalidInput`] for a measure that is negative or not finite (naming the first
/// position).
pub fn rfm_scores(customers: &[RfmCustomer]) -> Result<Vec<RfmScore>> {
    if let Some(i) = customers.iter().position(|c| {
        !(c.recency_days.is_finite()
            && c.frequency.is_finite()
            && c.monetary.is_finite()
            && c.recency_days >= 0.0
            && c.frequency >= 0.0
            && c.monetary >= 0.0)
    }) {
        return Err(Error::new(ErrorKind::InvalidInput, "recency, frequency and monetary must be finite and >= 0")
            .with("position", i));
    }
    let measure = |f: fn(&RfmCustomer) -> f64| customers.iter().map(f).collect::<Vec<f64>>();
    let r = quintile_scores(&measure(|c| c.recency_days), false);
    let f = quintile_scores(&measure(|c| c.frequency), true);
    let m = quintile_scores(&measure(|c| c.monetary), true);
    Ok(customers
        .iter()
        .zip(r.iter().zip(f.iter().zip(&m)))
        .map(|(c, (r, (f, m)))| RfmScore {
            customer: c.customer,
            r: *r,
            f: *f,
            m: *m,
            segment: Segment::of(*r, *f, *m),
        })
        .collect())
}

/// One customer's RFM measures, without an id: what [`rfm_scores_of_measures`] scores by position.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RfmMeasures {
    /// Days since the last purchase.
    pub recency_days: f64,
    /// Number of purchases.
    pub frequency: f64,
    /// Spend.
    pub monetary: f64,
}

impl From<(f64, f64, f64)> for RfmMeasures {
    fn from((recency_days, frequency, monetary): (f64, f64, f64)) -> Self {
        RfmMeasures { recency_days, frequency, monetary }
    }
}

/// [`rfm_scores`] of measures ([`RfmMeasures`], or (recency days, frequency, monetary) tuples),
/// each customer keyed by its position.
///
/// ```
/// use postpurchase::journey::{RfmMeasures, rfm_scores_of_measures};
/// let scores = rfm_scores_of_measures([
///     RfmMeasures { recency_days: 3.0, frequency: 9.0, monetary: 900.0 },
///     RfmMeasures { recency_days: 300.0, frequency: 1.0, monetary: 20.0 },
/// ])?;
/// assert!(scores[0].r > scores[1].r && scores[0].customer == 0);
/// # Ok::<(), postpurchase::Error>(())
/// ```
///
/// # Errors
/// As [`rfm_scores`].
pub fn rfm_scores_of_measures<M: Into<RfmMeasures>>(measures: impl IntoIterator<Item = M>) -> Result<Vec<RfmScore>> {
    let customers: Vec<RfmCustomer> = (0u64..)
        .zip(measures)
        .map(|(customer, m)| {
            let RfmMeasures { recency_days, frequency, monetary } = m.into();
            RfmCustomer { customer, recency_days, frequency, monetary }
        })
        .collect();
    rfm_scores(&customers)
}

/// Customers and spend per segment.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SegmentSummary {
    /// The segment.
    pub segment: Segment,
    /// Customers in it.
    pub customers: u64,
    /// The sum of their monetary values.
    pub monetary: f64,
}

/// Customers and the sum of their monetary values per segment, every segment listed (in the
/// order of [`Segment::ALL`]), empty ones with zeros.
pub fn segment_summary(customers: &[RfmCustomer], scores: &[RfmScore]) -> Vec<SegmentSummary> {
    Segment::ALL
        .iter()
        .map(|s| {
            let (n, total) = customers
                .iter()
                .zip(scores)
                .filter(|(_, sc)| sc.segment == *s)
                .fold((0u64, 0.0f64), |(n, t), (c, _)| (n.saturating_add(1), t + c.monetary));
            SegmentSummary { segment: *s, customers: n, monetary: total }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_score_pair_names_exactly_the_segment_of_the_table() {
        let table = [
            // R = 5 .. 1, FM = 1 .. 5
            [
                Segment::New,
                Segment::PotentialLoyalists,
                Segment::PotentialLoyalists,
                Segment::Champions,
                Segment::Champions,
            ],
            [
                Segment::Promising,
                Segment::PotentialLoyalists,
                Segment::PotentialLoyalists,
                Segment::Champions,
                Segment::Champions,
            ],
            [Segment::AboutToSleep, Segment::NeedAttention, Segment::NeedAttention, Segment::Loyal, Segment::Loyal],
            [Segment::Hibernating, Segment::Hibernating, Segment::AtRisk, Segment::AtRisk, Segment::AtRisk],
            [Segment::Lost, Segment::Lost, Segment::AtRisk, Segment::CannotLose, Segment::CannotLose],
        ];
        for (row, r) in table.iter().zip([5u8, 4, 3, 2, 1]) {
            for (want, fm) in row.iter().zip(1u8..=5) {
                assert_eq!(Segment::of(r, fm, fm), *want, "R {r} FM {fm}");
            }
        }
        // FM is the mean rounded down
        assert_eq!(Segment::of(5, 4, 3), Segment::PotentialLoyalists);
    }

    #[test]
    fn ties_share_the_score_of_their_lowest_position() {
        // six customers bought once, four more often: the six share the lowest frequency score
        let f = quintile_scores(&[1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 3.0, 3.0, 9.0], true);
        assert_eq!(f, vec![1, 1, 1, 1, 1, 1, 4, 4, 4, 5]);
        // recency: fewer days is better; ties again share
        let r = quintile_scores(&[0.0, 0.0, 5.0, 30.0, 400.0], false);
        assert_eq!(r, vec![4, 4, 3, 2, 1]);
        assert_eq!(quintile_scores(&[7.0], true), vec![1]);
    }

    #[test]
    fn bad_measures_are_refused_and_segments_sum_to_the_customers() {
        let bad = [RfmCustomer { customer: 1, recency_days: -1.0, frequency: 1.0, monetary: 1.0 }];
        assert_eq!(rfm_scores(&bad).unwrap_err().code(), "input.invalid");
        let customers: Vec<RfmCustomer> = (0..50u32)
            .map(|i| RfmCustomer {
                customer: u64::from(i),
                recency_days: f64::from((i * 37) % 300),
                frequency: f64::from(1 + (i * 7) % 5),
                monetary: f64::from(10 + (i * 13) % 90),
            })
            .collect();
        let scores = rfm_scores(&customers).unwrap();
        let table = segment_summary(&customers, &scores);
        assert_eq!(table.len(), 11);
        assert_eq!(table.iter().map(|s| s.customers).sum::<u64>(), 50);
        let total: f64 = customers.iter().map(|c| c.monetary).sum();
        assert!((table.iter().map(|s| s.monetary).sum::<f64>() - total).abs() < 1e-9);
    }
}
