//! Predictive customer lifetime value: BG/NBD, modified BG/NBD and Pareto/NBD for purchase
//! counts, Gamma-Gamma for spend, and discounted CLV.
//!
//! Fitting compresses identical (frequency, recency, T) rows into weights, maximises the
//! likelihood with argmin's L-BFGS on log-parameters using exact gradients, reports convergence
//! diagnostics, and fails with a typed error on degenerate data rather than returning NaN.
//!
//! Time is in whatever unit the summary uses (see [`crate::metrics::TimeUnit`]); CLV asks for it
//! explicitly so a weekly model is never discounted as if it were daily.

mod bgnbd;
mod fit;
mod gamma_gamma;
mod generate;
mod pareto;
pub mod special;

pub use bgnbd::{BetaGeo, Variant};
pub use fit::{FitDiagnostics, FitOptions, MAX_ITERATIONS, RfmData, check_rfm, compress, compress_at};
pub use gamma_gamma::GammaGamma;
pub use generate::{Generated, MAX_GENERATED_CUSTOMERS, MAX_GENERATED_PURCHASES};
pub use pareto::ParetoNbd;

use crate::error::{Error, ErrorKind, Result};
use crate::metrics::TimeUnit;

/// What every purchase-count model predicts.
pub trait TransactionModel {
    /// Expected purchases of a new customer in a period of length `t`.
    fn expected_purchases(&self, t: f64) -> f64;
    /// Expected purchases in the next `t` of a customer with summary (x, t_x, T).
    fn conditional_expected_purchases(&self, t: f64, x: f64, t_x: f64, big_t: f64) -> f64;
    /// Probability that a customer with summary (x, t_x, T) is still active.
    fn probability_alive(&self, x: f64, t_x: f64, big_t: f64) -> f64;
    /// Whether one row costs enough (special functions, quadrature) that the column functions
    /// compute each distinct (x, t_x, T) once: customers share summaries (every one-time buyer
    /// of the same age has the same row).
    fn costly_rows(&self) -> bool {
        false
    }
    /// [`TransactionModel::conditional_expected_purchases`] over rows (equally long columns);
    /// a model may share work between rows, giving the same values.
    fn conditional_expected_purchases_rows(&self, t: f64, x: &[f64], t_x: &[f64], big_t: &[f64]) -> Vec<f64> {
        rows(x, t_x, big_t).map(|(x, t_x, big_t)| self.conditional_expected_purchases(t, x, t_x, big_t)).collect()
    }
    /// [`TransactionModel::probability_alive`] over rows (equally long columns); a model may
    /// share work between rows, giving the same values.
    fn probability_alive_rows(&self, x: &[f64], t_x: &[f64], big_t: &[f64]) -> Vec<f64> {
        rows(x, t_x, big_t).map(|(x, t_x, big_t)| self.probability_alive(x, t_x, big_t)).collect()
    }
}

/// The distinct rows of three equally long columns, and where each row's distinct row is: a
/// caller that spreads costly predictions over threads evaluates the distinct rows only, then
/// [`DistinctRows::spread`]s the values back.
#[derive(Debug, Clone, PartialEq)]
pub struct DistinctRows {
    /// Frequency of each distinct row.
    pub x: Vec<f64>,
    /// Recency of each distinct row.
    pub t_x: Vec<f64>,
    /// Age of each distinct row.
    pub big_t: Vec<f64>,
    /// For each input row, the position of its distinct row.
    pub index: Vec<usize>,
}

impl DistinctRows {
    /// The distinct rows, in order of first appearance; `None` when the columns differ in length.
    ///
    /// ```
    /// let d = postpurchase::clv::DistinctRows::of(&[0.0, 1.0, 0.0], &[0.0, 2.0, 0.0], &[5.0, 5.0, 5.0]).unwrap();
    /// assert_eq!((d.x, d.index), (vec![0.0, 1.0], vec![0, 1, 0]));
    /// ```
    pub fn of(x: &[f64], t_x: &[f64], big_t: &[f64]) -> Option<DistinctRows> {
        if x.len() != t_x.len() || x.len() != big_t.len() {
            return None;
        }
        Some(DistinctRows::by_grid(x, t_x, big_t).unwrap_or_else(|| DistinctRows::by_hash(x, t_x, big_t)))
    }

    fn empty(n: usize) -> DistinctRows {
        DistinctRows { x: Vec::new(), t_x: Vec::new(), big_t: Vec::new(), index: Vec::with_capacity(n) }
    }

    fn push(&mut self, x: f64, t_x: f64, big_t: f64) -> usize {
        self.x.push(x);
        self.t_x.push(t_x);
        self.big_t.push(big_t);
        self.x.len().saturating_sub(1)
    }

    /// Customers share few (x, t_x) pairs and few ages: number both with small hash maps, then
    /// find each row's distinct row in a table of pairs × ages (much faster than hashing whole
    /// rows into a large map). `None` when that table would be larger than four per row.
    fn by_grid(x: &[f64], t_x: &[f64], big_t: &[f64]) -> Option<DistinctRows> {
        let mut pairs: rustc_hash::FxHashMap<[u64; 2], usize> = rustc_hash::FxHashMap::default();
        let mut ages: rustc_hash::FxHashMap<u64, usize> = rustc_hash::FxHashMap::default();
        let limit = x.len().saturating_mul(4).max(1024);
        let mut codes = Vec::with_capacity(x.len());
        for (x, t_x, big_t) in rows(x, t_x, big_t) {
            let next = pairs.len();
            let p = *pairs.entry([x.to_bits(), t_x.to_bits()]).or_insert(next);
            let next = ages.len();
            let a = *ages.entry(big_t.to_bits()).or_insert(next);
            if pairs.len().saturating_mul(ages.len()) > limit {
                return None;
            }
            codes.push((p, a));
        }
        let width = ages.len();
        let mut table = vec![usize::MAX; pairs.len().saturating_mul(width)];
        let mut d = DistinctRows::empty(x.len());
        for ((x, t_x, big_t), (p, a)) in rows(x, t_x, big_t).zip(codes) {
            let slot = table.get_mut(p.saturating_mul(width).saturating_add(a))?;
            if *slot == usize::MAX {
                *slot = d.push(x, t_x, big_t);
            }
            d.index.push(*slot);
        }
        Some(d)
    }

    fn by_hash(x: &[f64], t_x: &[f64], big_t: &[f64]) -> DistinctRows {
        let mut seen: rustc_hash::FxHashMap<[u64; 3], usize> = rustc_hash::FxHashMap::default();
        let mut d = DistinctRows::empty(x.len());
        for (x, t_x, big_t) in rows(x, t_x, big_t) {
            let next = d.x.len();
            let at = *seen.entry([x.to_bits(), t_x.to_bits(), big_t.to_bits()]).or_insert(next);
            if at == next {
                d.push(x, t_x, big_t);
            }
            d.index.push(at);
        }
        d
    }

    /// Per input row, the value computed for its distinct row (NaN where `values` is short).
    pub fn spread(&self, values: &[f64]) -> Vec<f64> {
        self.index.iter().map(|i| values.get(*i).copied().unwrap_or(f64::NAN)).collect()
    }
}

/// [`TransactionModel::conditional_expected_purchases`] over columns.
///
/// # Errors
/// [`ErrorKind::InvalidInput`] naming bad rows or a negative `t`.
pub fn conditional_expected_purchases<M: TransactionModel>(
    model: &M,
    t: f64,
    x: &[f64],
    t_x: &[f64],
    big_t: &[f64],
) -> Result<Vec<f64>> {
    check_rfm(x, t_x, big_t)?;
    if !(t.is_finite() && t >= 0.0) {
        return Err(Error::new(ErrorKind::InvalidInput, "t must be finite and >= 0"));
    }
    finite(model.conditional_expected_purchases_rows(t, x, t_x, big_t))
}

/// The (x, t_x, T) rows of three checked columns.
fn rows<'a>(x: &'a [f64], t_x: &'a [f64], big_t: &'a [f64]) -> impl Iterator<Item = (f64, f64, f64)> + 'a {
    x.iter().zip(t_x).zip(big_t).map(|((x, t_x), big_t)| (*x, *t_x, *big_t))
}

/// Predictions are finite or the call is refused: a horizon so far ahead that the model's series
/// does not converge within its bounded number of terms is a typed error, never NaN or a hang.
fn finite(values: Vec<f64>) -> Result<Vec<f64>> {
    match values.iter().position(|v| !v.is_finite()) {
        None => Ok(values),
        Some(row) => Err(Error::new(
            ErrorKind::InvalidInput,
            "the prediction could not be computed (a horizon too far ahead for the model's series)",
        )
        .with("row", row)),
    }
}

/// [`TransactionModel::probability_alive`] over columns.
///
/// # Errors
/// [`ErrorKind::InvalidInput`] naming bad rows.
pub fn probability_alive<M: TransactionModel>(model: &M, x: &[f64], t_x: &[f64], big_t: &[f64]) -> Result<Vec<f64>> {
    check_rfm(x, t_x, big_t)?;
    finite(model.probability_alive_rows(x, t_x, big_t))
}

/// The largest purchase count `n` the P(X = n) functions take: their work grows with `n`, and a
/// count beyond this is refused rather than left to run for minutes.
pub const MAX_PURCHASE_COUNT: u32 = 100_000;

/// Refuses a purchase count above [`MAX_PURCHASE_COUNT`].
pub(crate) fn check_count(n: u32) -> Result<()> {
    if n > MAX_PURCHASE_COUNT {
        return Err(Error::new(ErrorKind::InvalidInput, "n is at most 100,000 purchases").with("n", n));
    }
    Ok(())
}

/// Model periods per month for a time unit, as `lifetimes` counts them (720 hours, 30 days,
/// 4.345 weeks, 1 month).
pub fn periods_per_month(unit: TimeUnit) -> f64 {
    match unit {
        TimeUnit::Hours => 720.0,
        TimeUnit::Days => 30.0,
        TimeUnit::Weeks => 4.345,
        TimeUnit::Months => 1.0,
    }
}

/// Discounted CLV over `months` months: for each month, the expected purchases in it times the
/// Gamma-Gamma expected spend, discounted by `(1 + monthly_discount_rate)^month`. `unit` is the
/// time unit the transaction model was fitted in. Matches `lifetimes`' `customer_lifetime_value`.
///
/// # Errors
/// [`ErrorKind::InvalidInput`] for bad rows, mismatched lengths or a negative discount rate.
#[allow(clippy::too_many_arguments)]
pub fn customer_lifetime_value<M: TransactionModel>(
    model: &M,
    spend: &GammaGamma,
    x: &[f64],
    t_x: &[f64],
    big_t: &[f64],
    monetary: &[f64],
    months: u32,
    monthly_discount_rate: f64,
    unit: TimeUnit,
) -> Result<Vec<f64>> {
    check_rfm(x, t_x, big_t)?;
    if monetary.len() != x.len() {
        return Err(Error::new(ErrorKind::InvalidInput, "monetary value must have one entry per customer"));
    }
    if !(monthly_discount_rate.is_finite() && monthly_discount_rate >= 0.0) {
        return Err(Error::new(ErrorKind::InvalidInput, "the discount rate must be finite and >= 0"));
    }
    if months > MAX_MONTHS {
        return Err(
            Error::new(ErrorKind::InvalidInput, "months must be at most 1200 (a century)").with("months", months)
        );
    }
    let factor = periods_per_month(unit);
    // the furthest month is the hardest for the model's series: when it cannot be computed for a
    // row, refuse at once instead of after every earlier month of every row
    let horizon = f64::from(months) * factor;
    if months > 0 {
        for (row, (x, t_x, big_t)) in rows(x, t_x, big_t).enumerate() {
            if !model.conditional_expected_purchases(horizon, x, t_x, big_t).is_finite() {
                return Err(Error::new(
                    ErrorKind::InvalidInput,
                    "the prediction could not be computed (a horizon too far ahead for the model's series)",
                )
                .with("row", row)
                .with("months", months));
            }
        }
    }
    finite(
        rows(x, t_x, big_t)
            .zip(monetary)
            .map(|((x, t_x, big_t), monetary)| {
                let value = spend.conditional_expected_average_value(x, *monetary);
                let mut clv = 0.0;
                let mut before = 0.0;
                for month in 1..=months {
                    let upto = model.conditional_expected_purchases(f64::from(month) * factor, x, t_x, big_t);
                    clv += value * (upto - before) / (1.0 + monthly_discount_rate).powi(month as i32);
                    before = upto;
                }
                clv
            })
            .collect(),
    )
}

/// The longest CLV horizon accepted, in months.
pub const MAX_MONTHS: u32 = 1200;

/// [`TransactionModel::expected_purchases`] of a new customer over `t`, checked.
///
/// # Errors
/// [`ErrorKind::InvalidInput`] for a negative or non-finite `t`, or a horizon too far ahead for
/// the model's series.
pub fn expected_purchases<M: TransactionModel>(model: &M, t: f64) -> Result<f64> {
    if !(t.is_finite() && t >= 0.0) {
        return Err(Error::new(ErrorKind::InvalidInput, "t must be finite and >= 0"));
    }
    finite(vec![model.expected_purchases(t)]).map(|v| v.first().copied().unwrap_or(f64::NAN))
}
