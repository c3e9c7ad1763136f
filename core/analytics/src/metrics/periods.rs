//! Customer summaries counted in calendar periods, the convention `lifetimes` uses.
//!
//! Every purchase is moved to the start of its period (the hour, the day, or the week from
//! Monday 00:00 to Sunday, as pandas' `W-SUN` periods); purchases in the same period are one
//! purchase with the summed amount. `recency` and `T` are differences of period starts divided by
//! the period's length and by `multiplier`, so with weeks two purchases on a Sunday and the next
//! Monday are one week apart. [`super::customer_summary`] keeps the continuous convention of the
//! BTYD papers (days between purchase days, divided by 7 for weeks), where they are 1/7 apart.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use postpurchase::metrics::{PeriodFreq, PeriodSummaryOptions, Transaction, summary_by_period};
//! use rust_decimal::Decimal;
//!
//! let at = |d: u32| Utc.with_ymd_and_hms(2026, 3, d, 12, 0, 0).unwrap();
//! // a Sunday and the next Monday, observed to Sunday the 15th
//! let txns = [Transaction::new(7, at(1), Decimal::new(1000, 2)), Transaction::new(7, at(2), Decimal::new(2000, 2))];
//! let opts = PeriodSummaryOptions { freq: PeriodFreq::Week, ..PeriodSummaryOptions::default() };
//! let s = summary_by_period(&txns, at(15), &opts)?;
//! assert_eq!((s.frequency[0], s.recency[0], s.t[0], s.monetary_value[0]), (1.0, 1.0, 2.0, 20.0));
//! # Ok::<(), postpurchase::Error>(())
//! ```

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::{CustomerSummary, Transaction, validate};
use crate::error::{Error, ErrorKind, Result};

const NS_PER_HOUR: i64 = 3_600_000_000_000;
const NS_PER_DAY: i64 = 86_400_000_000_000;
/// 1970-01-01 was a Thursday: Monday 1969-12-29 00:00 is 3 days before the epoch.
const MONDAY_OFFSET_NS: i64 = 3 * NS_PER_DAY;

/// The period purchases are counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum PeriodFreq {
    /// Hours (pandas `h`).
    Hour,
    /// Days (pandas `D`).
    #[default]
    Day,
    /// Weeks from Monday to Sunday (pandas `W`, that is `W-SUN`).
    Week,
}

impl PeriodFreq {
    /// Parses pandas' codes: `h`/`H`, `D`, `W`/`W-SUN`.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for any other code.
    pub fn parse(code: &str) -> Result<PeriodFreq> {
        match code {
            "h" | "H" => Ok(PeriodFreq::Hour),
            "D" => Ok(PeriodFreq::Day),
            "W" | "W-SUN" => Ok(PeriodFreq::Week),
            _ => Err(Error::new(ErrorKind::InvalidInput, "freq is 'h', 'D' or 'W'").with("freq", code)),
        }
    }

    /// The period's length in nanoseconds.
    pub fn length_ns(self) -> i64 {
        match self {
            PeriodFreq::Hour => NS_PER_HOUR,
            PeriodFreq::Day => NS_PER_DAY,
            PeriodFreq::Week => NS_PER_DAY.saturating_mul(7),
        }
    }

    /// The index of the period holding the instant `ns` (nanoseconds since the epoch): periods
    /// count from the epoch's (hours, days) or from Monday 1969-12-29 (weeks).
    pub fn index(self, ns: i64) -> i64 {
        let shifted = match self {
            PeriodFreq::Week => ns.saturating_add(MONDAY_OFFSET_NS),
            _ => ns,
        };
        shifted.div_euclid(self.length_ns())
    }
}

/// How [`summary_by_period`] counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PeriodSummaryOptions {
    /// The period.
    pub freq: PeriodFreq,
    /// `recency`, `T` and the holdout's duration are divided by it (lifetimes' `freq_multiplier`:
    /// hours with 24 give days with fractions).
    pub multiplier: f64,
    /// Count the first purchase in `frequency` and in `monetary_value` (lifetimes'
    /// `include_first_transaction`; the models expect `false`).
    pub include_first: bool,
}

impl Default for PeriodSummaryOptions {
    fn default() -> Self {
        PeriodSummaryOptions { freq: PeriodFreq::Day, multiplier: 1.0, include_first: false }
    }
}

fn nanos(at: DateTime<Utc>) -> Result<i64> {
    at.timestamp_nanos_opt()
        .ok_or_else(|| Error::new(ErrorKind::InvalidInput, "a time is outside 1677-09-21 to 2262-04-11"))
}

fn checked(opts: &PeriodSummaryOptions) -> Result<()> {
    if opts.multiplier.is_finite() && opts.multiplier > 0.0 {
        Ok(())
    } else {
        Err(Error::new(ErrorKind::InvalidInput, "freq_multiplier must be a positive number"))
    }
}

/// An amount a period summary adds up: exact money ([`Decimal`], the [`Transaction`] path) or a
/// float measurement (a data team's column, [`summary_by_period_columns`]). A period's amounts
/// are summed exactly as decimals (a float column converts only in periods with more than one
/// purchase), so both paths give the same summary; the mean over periods is taken in `f64`, as
/// the summary's columns are.
pub trait SummaryAmount: Copy {
    /// A period's running sum.
    type Sum: Copy;
    /// The sum of one amount.
    ///
    /// # Errors
    /// [`ErrorKind::Overflow`] when the amount cannot be represented as a decimal.
    fn start(self) -> Result<Self::Sum>;
    /// `sum` plus this amount.
    ///
    /// # Errors
    /// [`ErrorKind::Overflow`] when the sum leaves the decimal range.
    fn add_to(self, sum: Self::Sum) -> Result<Self::Sum>;
    /// A sum as a float.
    fn sum_f64(sum: Self::Sum) -> f64;
    /// The amount as a float.
    fn as_f64(self) -> f64;
}

impl SummaryAmount for Decimal {
    type Sum = Decimal;
    fn start(self) -> Result<Decimal> {
        Ok(self)
    }
    fn add_to(self, sum: Decimal) -> Result<Decimal> {
        sum.checked_add(self).ok_or_else(crate::money::overflow)
    }
    fn sum_f64(sum: Decimal) -> f64 {
        sum.to_f64().unwrap_or(0.0)
    }
    fn as_f64(self) -> f64 {
        <Decimal as SummaryAmount>::sum_f64(self)
    }
}

/// A period's sum of float amounts: one amount as it is, more added as decimals.
#[derive(Debug, Clone, Copy)]
pub enum FloatSum {
    /// A single amount.
    One(f64),
    /// Several amounts, added exactly.
    Many(Decimal),
}

fn decimal(v: f64) -> Result<Decimal> {
    Decimal::try_from(v).map_err(|_| crate::money::overflow())
}

impl SummaryAmount for f64 {
    type Sum = FloatSum;
    fn start(self) -> Result<FloatSum> {
        Ok(FloatSum::One(self))
    }
    fn add_to(self, sum: FloatSum) -> Result<FloatSum> {
        let so_far = match sum {
            FloatSum::One(v) => decimal(v)?,
            FloatSum::Many(d) => d,
        };
        so_far.checked_add(decimal(self)?).map(FloatSum::Many).ok_or_else(crate::money::overflow)
    }
    fn sum_f64(sum: FloatSum) -> f64 {
        match sum {
            FloatSum::One(v) => v,
            FloatSum::Many(d) => d.to_f64().unwrap_or(0.0),
        }
    }
    fn as_f64(self) -> f64 {
        self
    }
}

/// Purchases as columns: customer keys, instants in nanoseconds since the epoch, amounts.
struct Columns<'a, A> {
    customers: &'a [u64],
    times: &'a [i64],
    amounts: &'a [A],
}

/// The kept purchases grouped by customer (customers in key order), each customer's purchases
/// in time order (equal times in input order): customer `keys[i]` has `rows[ends[i-1]..ends[i]]`.
struct Grouped<A> {
    keys: Vec<u64>,
    ends: Vec<usize>,
    rows: Vec<(i64, A)>,
}

impl<A: SummaryAmount> Grouped<A> {
    /// Groups the purchases `keep` accepts (by instant), in time linear in the rows: dense keys
    /// (at most four times as many keys as rows, as factorised codes are) are placed by a
    /// counting sort; other keys are first numbered in key order through a hash map.
    fn of(cols: &Columns<'_, A>, keep: impl Fn(i64) -> bool) -> Grouped<A> {
        let rows = || cols.customers.iter().zip(cols.times).zip(cols.amounts).filter(|((_, ns), _)| keep(**ns));
        let n = cols.customers.len();
        let Some(max) = rows().map(|((c, _), _)| *c).max() else {
            return Grouped { keys: Vec::new(), ends: Vec::new(), rows: Vec::new() };
        };
        let dense = usize::try_from(max).ok().filter(|m| *m <= n.saturating_mul(4) && *m < usize::MAX);
        let Some(max) = dense else {
            // sparse keys: number them in key order first, then group the numbers
            let mut numbers: rustc_hash::FxHashMap<u64, u64> = rustc_hash::FxHashMap::default();
            for ((c, _), _) in rows() {
                numbers.entry(*c).or_insert(0);
            }
            let mut keys: Vec<u64> = numbers.keys().copied().collect();
            keys.sort_unstable();
            for (i, k) in keys.iter().enumerate() {
                if let Some(slot) = numbers.get_mut(k) {
                    *slot = i as u64;
                }
            }
            let codes: Vec<u64> = cols.customers.iter().map(|c| numbers.get(c).copied().unwrap_or(0)).collect();
            let mut g = Grouped::of(&Columns { customers: &codes, times: cols.times, amounts: cols.amounts }, keep);
            for k in &mut g.keys {
                *k = usize::try_from(*k).ok().and_then(|i| keys.get(i)).copied().unwrap_or(*k);
            }
            return g;
        };
        let mut g = Grouped { keys: Vec::new(), ends: Vec::new(), rows: Vec::new() };
        // starts[k]: where customer k's rows begin
        let mut starts = vec![0usize; max.saturating_add(2)];
        for ((c, _), _) in rows() {
            if let Some(count) = usize::try_from(*c).ok().and_then(|k| starts.get_mut(k.saturating_add(1))) {
                *count = count.saturating_add(1);
            }
        }
        let mut running = 0usize;
        for (k, s) in starts.iter_mut().enumerate() {
            if *s > 0 {
                if let Some(key) = k.checked_sub(1).and_then(|k| u64::try_from(k).ok()) {
                    g.keys.push(key);
                    g.ends.push(running.saturating_add(*s));
                }
            }
            running = running.saturating_add(*s);
            *s = running;
        }
        let Some(filler) = cols.amounts.first().copied() else {
            return g;
        };
        g.rows = vec![(0, filler); running];
        for ((c, ns), a) in rows() {
            if let Some(at) = usize::try_from(*c).ok().and_then(|k| starts.get_mut(k)) {
                if let Some(slot) = g.rows.get_mut(*at) {
                    *slot = (*ns, *a);
                }
                *at = at.saturating_add(1);
            }
        }
        let mut from = 0;
        for end in &g.ends {
            if let Some(customer) = g.rows.get_mut(from..*end) {
                customer.sort_by_key(|(ns, _)| *ns);
            }
            from = *end;
        }
        g
    }

    /// Each customer's key and purchases.
    fn customers(&self) -> impl Iterator<Item = (u64, &[(i64, A)])> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        self.keys
            .iter()
            .zip(starts.zip(&self.ends))
            .map(|(k, (from, to))| (*k, self.rows.get(from..*to).unwrap_or_default()))
    }
}

/// One customer's purchases merged per period, in period order: (period, summed amount).
fn periods<A: SummaryAmount>(rows: &[(i64, A)], freq: PeriodFreq, out: &mut Vec<(i64, A::Sum)>) -> Result<()> {
    out.clear();
    for (ns, a) in rows {
        let p = freq.index(*ns);
        match out.last_mut() {
            Some((lp, sum)) if *lp == p => *sum = a.add_to(*sum)?,
            _ => out.push((p, a.start()?)),
        }
    }
    Ok(())
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0f64, 0usize), |(s, n), v| (s + v, n.saturating_add(1)));
    if n == 0 { 0.0 } else { sum / n as f64 }
}

/// The summary of grouped purchases whose periods end at `end`.
fn summarise<A: SummaryAmount>(g: &Grouped<A>, end: i64, opts: &PeriodSummaryOptions) -> Result<CustomerSummary> {
    let unit = opts.multiplier;
    let skip = usize::from(!opts.include_first);
    let mut s = CustomerSummary::default();
    let mut merged = Vec::new();
    for (key, rows) in g.customers() {
        periods(rows, opts.freq, &mut merged)?;
        let (Some(&(first, _)), Some(&(last, _))) = (merged.first(), merged.last()) else {
            continue;
        };
        s.customer.push(key);
        s.frequency.push(merged.len().saturating_sub(skip) as f64);
        s.recency.push(last.saturating_sub(first) as f64 / unit);
        s.t.push(end.saturating_sub(first) as f64 / unit);
        s.monetary_value.push(mean(merged.iter().skip(skip).map(|(_, sum)| A::sum_f64(*sum))));
    }
    Ok(s)
}

/// The columns of `txns` (validated): keys, instants in nanoseconds, amounts.
fn transaction_columns(txns: &[Transaction]) -> Result<(Vec<u64>, Vec<i64>, Vec<Decimal>)> {
    validate(txns)?;
    let times = txns.iter().map(|t| nanos(t.at)).collect::<Result<Vec<i64>>>()?;
    Ok((txns.iter().map(|t| t.customer).collect(), times, txns.iter().map(|t| t.amount).collect()))
}

/// Checks columns: the same lengths, no missing time (`i64::MIN`, numpy's NaT) and amounts finite
/// and >= 0.
fn check_columns(customers: &[u64], times_ns: &[i64], amounts: &[f64]) -> Result<()> {
    if customers.len() != times_ns.len() || customers.len() != amounts.len() {
        return Err(Error::new(ErrorKind::InvalidInput, "customer, time and amount columns must have the same length"));
    }
    let bad = |i: usize, m: &str| Err(Error::new(ErrorKind::InvalidTransaction, m.to_string()).with("position", i));
    if let Some(i) = times_ns.iter().position(|t| *t == i64::MIN) {
        return bad(i, "the time is missing (NaT)");
    }
    if let Some(i) = amounts.iter().position(|a| !(a.is_finite() && *a >= 0.0)) {
        return bad(i, "amounts must be finite and >= 0");
    }
    Ok(())
}

/// Frequency, recency, T and monetary value per customer, counted in calendar periods up to the
/// period holding `observation_end` (as `lifetimes.utils.summary_data_from_transaction_data`):
/// purchases in a later period are ignored; customers are sorted by key.
///
/// # Errors
/// [`ErrorKind::InvalidTransaction`] for negative amounts; [`ErrorKind::InvalidInput`] for a
/// multiplier that is not positive or a time outside the nanosecond range.
pub fn summary_by_period(
    txns: &[Transaction],
    observation_end: DateTime<Utc>,
    opts: &PeriodSummaryOptions,
) -> Result<CustomerSummary> {
    let (customers, times, amounts) = transaction_columns(txns)?;
    period_summary(&Columns { customers: &customers, times: &times, amounts: &amounts }, nanos(observation_end)?, opts)
}

/// [`summary_by_period`] over columns, for data teams: customer keys, instants in nanoseconds
/// since the epoch, and amounts as the floats a data frame holds (summed per period in `f64`, as
/// lifetimes and pandas sum them). Linear in the rows when the keys are dense (factorised codes).
///
/// ```
/// use postpurchase::metrics::{PeriodSummaryOptions, summary_by_period_columns};
///
/// const DAY: i64 = 86_400_000_000_000;
/// // customer 0 buys on days 0, 0 and 3; customer 1 on day 1; observed to day 5
/// let s = summary_by_period_columns(&[0, 0, 1, 0], &[0, DAY / 2, DAY, 3 * DAY], &[1.0, 2.0, 5.0, 4.0], 5 * DAY, &PeriodSummaryOptions::default())?;
/// assert_eq!((s.frequency, s.recency, s.t, s.monetary_value), (vec![1.0, 0.0], vec![3.0, 0.0], vec![5.0, 4.0], vec![4.0, 0.0]));
/// # Ok::<(), postpurchase::Error>(())
/// ```
///
/// # Errors
/// [`ErrorKind::InvalidTransaction`] naming the first row with a missing time or an amount that
/// is negative or not finite; otherwise as [`summary_by_period`].
pub fn summary_by_period_columns(
    customers: &[u64],
    times_ns: &[i64],
    amounts: &[f64],
    observation_end_ns: i64,
    opts: &PeriodSummaryOptions,
) -> Result<CustomerSummary> {
    check_columns(customers, times_ns, amounts)?;
    period_summary(&Columns { customers, times: times_ns, amounts }, observation_end_ns, opts)
}

fn period_summary<A: SummaryAmount>(
    cols: &Columns<'_, A>,
    obs: i64,
    opts: &PeriodSummaryOptions,
) -> Result<CustomerSummary> {
    let end = opts.freq.index(obs);
    period_summary_kept(cols, obs, opts, |ns| opts.freq.index(ns) <= end)
}

/// The summary to the period holding `obs` of the purchases `keep` accepts.
fn period_summary_kept<A: SummaryAmount>(
    cols: &Columns<'_, A>,
    obs: i64,
    opts: &PeriodSummaryOptions,
    keep: impl Fn(i64) -> bool,
) -> Result<CustomerSummary> {
    checked(opts)?;
    summarise(&Grouped::of(cols, keep), opts.freq.index(obs), opts)
}

/// A calibration summary up to `calibration_end` and, per calibrated customer, the holdout to
/// `observation_end` (as `lifetimes.utils.calibration_and_holdout_data`): the holdout frequency
/// counts periods with a purchase after `calibration_end`, its monetary value is the mean of
/// those purchases as they were made (not summed per period), and its duration is the number
/// of periods between the two ends divided by the multiplier.
///
/// # Errors
/// As [`summary_by_period`]; [`ErrorKind::InvalidInput`] when `calibration_end` is after
/// `observation_end` or no purchase falls between them.
pub fn calibration_and_holdout(
    txns: &[Transaction],
    calibration_end: DateTime<Utc>,
    observation_end: DateTime<Utc>,
    opts: &PeriodSummaryOptions,
) -> Result<CustomerSummary> {
    let (customers, times, amounts) = transaction_columns(txns)?;
    let cols = Columns { customers: &customers, times: &times, amounts: &amounts };
    holdout_summary(&cols, nanos(calibration_end)?, nanos(observation_end)?, opts)
}

/// [`calibration_and_holdout`] over columns, as [`summary_by_period_columns`] takes them.
///
/// # Errors
/// As [`summary_by_period_columns`] and [`calibration_and_holdout`].
pub fn calibration_and_holdout_columns(
    customers: &[u64],
    times_ns: &[i64],
    amounts: &[f64],
    calibration_end_ns: i64,
    observation_end_ns: i64,
    opts: &PeriodSummaryOptions,
) -> Result<CustomerSummary> {
    check_columns(customers, times_ns, amounts)?;
    holdout_summary(&Columns { customers, times: times_ns, amounts }, calibration_end_ns, observation_end_ns, opts)
}

fn holdout_summary<A: SummaryAmount>(
    cols: &Columns<'_, A>,
    cal: i64,
    obs: i64,
    opts: &PeriodSummaryOptions,
) -> Result<CustomerSummary> {
    checked(opts)?;
    if cal > obs {
        return Err(Error::new(ErrorKind::InvalidInput, "calibration end is after the observation end"));
    }
    let holdout = Grouped::of(cols, |ns| ns > cal && ns <= obs);
    if holdout.rows.is_empty() {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            "no purchase falls between the calibration and observation ends",
        ));
    }
    let mut s = period_summary_kept(cols, cal, opts, |ns| ns <= cal)?;
    let (mut fh, mut mh) = (Vec::with_capacity(s.len()), Vec::with_capacity(s.len()));
    let mut merged = Vec::new();
    let mut theirs = holdout.customers().peekable();
    for c in &s.customer {
        while theirs.next_if(|(k, _)| k < c).is_some() {}
        let mine = theirs.next_if(|(k, _)| k == c).map(|(_, rows)| rows).unwrap_or_default();
        periods(mine, opts.freq, &mut merged)?;
        fh.push(merged.len() as f64);
        // the mean of purchases as they were made
        mh.push(mean(mine.iter().map(|(_, a)| a.as_f64())));
    }
    let freq = opts.freq;
    s.frequency_holdout = Some(fh);
    s.monetary_value_holdout = Some(mh);
    s.duration_holdout = Some(freq.index(obs).saturating_sub(freq.index(cal)) as f64 / opts.multiplier);
    Ok(s)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, d, h, 0, 0).unwrap()
    }

    #[test]
    fn weeks_start_on_monday_and_days_at_midnight() {
        // 2026-03-01 is a Sunday, 2026-03-02 a Monday
        let w = PeriodFreq::Week;
        assert_eq!(
            w.index(at(2, 0).timestamp_nanos_opt().unwrap()) - w.index(at(1, 23).timestamp_nanos_opt().unwrap()),
            1
        );
        assert_eq!(w.index(at(8, 23).timestamp_nanos_opt().unwrap()), w.index(at(2, 0).timestamp_nanos_opt().unwrap()));
        let d = PeriodFreq::Day;
        assert_eq!(d.index(at(1, 23).timestamp_nanos_opt().unwrap()), d.index(at(1, 0).timestamp_nanos_opt().unwrap()));
        // the epoch falls in week 0 (from Monday 1969-12-29); the Sunday before is week -1
        assert_eq!(PeriodFreq::Week.index(-1), 0);
        assert_eq!(PeriodFreq::Week.index(-4 * NS_PER_DAY), -1);
    }

    #[test]
    fn same_period_purchases_merge_and_the_first_is_left_out_unless_asked() {
        let d = |n: i64| Decimal::new(n, 0);
        let txns = [
            Transaction::new(1, at(2, 9), d(10)),
            Transaction::new(1, at(2, 18), d(5)),
            Transaction::new(1, at(4, 9), d(30)),
            Transaction::new(1, at(5, 9), d(10)),
            Transaction::new(2, at(20, 9), d(99)),
        ];
        let s = summary_by_period(&txns, at(6, 0), &PeriodSummaryOptions::default()).unwrap();
        assert_eq!(s.customer, vec![1], "customer 2 bought after the observation end");
        assert_eq!((s.frequency[0], s.recency[0], s.t[0], s.monetary_value[0]), (2.0, 3.0, 4.0, 20.0));
        let all = PeriodSummaryOptions { include_first: true, ..PeriodSummaryOptions::default() };
        let s = summary_by_period(&txns, at(6, 0), &all).unwrap();
        assert_eq!((s.frequency[0], s.monetary_value[0]), (3.0, 55.0 / 3.0));
        let hours = PeriodSummaryOptions { freq: PeriodFreq::Hour, multiplier: 24.0, include_first: false };
        let s = summary_by_period(&txns, at(6, 0), &hours).unwrap();
        assert_eq!((s.frequency[0], s.recency[0], s.t[0]), (3.0, 3.0, 3.625));
    }

    #[test]
    fn columns_give_the_transactions_summary_with_dense_and_sparse_keys() {
        let mut seed: u64 = 7;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let start = at(1, 0).timestamp_nanos_opt().unwrap();
        let (mut keys, mut times, mut amounts) = (vec![], vec![], vec![]);
        for _ in 0..3_000 {
            keys.push(next() % 400);
            times.push(start + i64::try_from(next() % (40 * NS_PER_DAY as u64)).unwrap());
            amounts.push(Decimal::new(i64::try_from(next() % 10_000).unwrap(), 2));
        }
        let floats: Vec<f64> = amounts.iter().map(|a| a.to_f64().unwrap()).collect();
        let (cal, obs) = (start + 20 * NS_PER_DAY, start + 35 * NS_PER_DAY);
        for spread in [1u64, 1_000_000_007] {
            let keys: Vec<u64> = keys.iter().map(|k| k * spread).collect();
            let txns: Vec<Transaction> = (0..keys.len())
                .map(|i| Transaction::new(keys[i], DateTime::from_timestamp_nanos(times[i]), amounts[i]))
                .collect();
            for freq in [PeriodFreq::Hour, PeriodFreq::Day, PeriodFreq::Week] {
                let opts = PeriodSummaryOptions { freq, ..PeriodSummaryOptions::default() };
                let exact = summary_by_period(&txns, DateTime::from_timestamp_nanos(obs), &opts).unwrap();
                let cols = summary_by_period_columns(&keys, &times, &floats, obs, &opts).unwrap();
                let exact_h = calibration_and_holdout(
                    &txns,
                    DateTime::from_timestamp_nanos(cal),
                    DateTime::from_timestamp_nanos(obs),
                    &opts,
                )
                .unwrap();
                let cols_h = calibration_and_holdout_columns(&keys, &times, &floats, cal, obs, &opts).unwrap();
                for (e, c) in [(&exact, &cols), (&exact_h, &cols_h)] {
                    assert_eq!(
                        (&e.customer, &e.frequency, &e.recency, &e.t),
                        (&c.customer, &c.frequency, &c.recency, &c.t)
                    );
                    assert_eq!(e.frequency_holdout, c.frequency_holdout);
                    let close =
                        |a: &[f64], b: &[f64]| a.iter().zip(b).all(|(a, b)| (a - b).abs() <= 1e-9 * a.abs().max(1.0));
                    assert!(close(&e.monetary_value, &c.monetary_value));
                    assert!(close(
                        e.monetary_value_holdout.as_deref().unwrap_or(&[]),
                        c.monetary_value_holdout.as_deref().unwrap_or(&[])
                    ));
                }
                assert!(exact.customer.windows(2).all(|w| w[0] < w[1]), "customers sorted");
            }
        }
        let e = summary_by_period_columns(&[1, 2], &[0, i64::MIN], &[1.0, 1.0], 0, &PeriodSummaryOptions::default());
        assert_eq!(e.unwrap_err().code(), "metrics.invalid_transaction");
        let e = summary_by_period_columns(&[1, 2], &[0, 0], &[1.0, f64::NAN], 0, &PeriodSummaryOptions::default());
        assert_eq!(e.unwrap_err().code(), "metrics.invalid_transaction");
        let e = summary_by_period_columns(&[1], &[0, 0], &[1.0], 0, &PeriodSummaryOptions::default());
        assert_eq!(e.unwrap_err().code(), "input.invalid");
    }

    #[test]
    fn the_holdout_counts_periods_and_averages_purchases_as_made() {
        let d = |n: i64| Decimal::new(n, 0);
        let txns = [
            Transaction::new(1, at(2, 9), d(10)),
            Transaction::new(1, at(3, 9), d(20)),
            Transaction::new(1, at(10, 9), d(4)),
            Transaction::new(1, at(10, 10), d(8)),
            Transaction::new(2, at(2, 9), d(7)),
            Transaction::new(3, at(11, 9), d(1)),
        ];
        let s = calibration_and_holdout(&txns, at(5, 0), at(15, 0), &PeriodSummaryOptions::default()).unwrap();
        assert_eq!(s.customer, vec![1, 2], "customer 3 first bought in the holdout");
        assert_eq!(s.frequency_holdout, Some(vec![1.0, 0.0]));
        assert_eq!(s.monetary_value_holdout, Some(vec![6.0, 0.0]));
        assert_eq!(s.duration_holdout, Some(10.0));
        let e = calibration_and_holdout(&txns, at(12, 0), at(15, 0), &PeriodSummaryOptions::default()).unwrap_err();
        assert_eq!(e.code(), "input.invalid");
        let bad = PeriodSummaryOptions { multiplier: 0.0, ..PeriodSummaryOptions::default() };
        assert_eq!(summary_by_period(&txns, at(15, 0), &bad).unwrap_err().code(), "input.invalid");
    }
}
