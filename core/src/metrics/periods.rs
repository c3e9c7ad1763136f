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

/// One customer's purchases as (period index, summed amount), in period order.
type Periods = Vec<(i64, Decimal)>;

/// Customers (sorted) with their purchases merged per period, for the periods `keep` accepts.
fn by_customer(txns: &[Transaction], freq: PeriodFreq, keep: impl Fn(i64, i64) -> bool) -> Result<Vec<(u64, Periods)>> {
    let mut rows: Vec<(u64, i64, Decimal)> = Vec::with_capacity(txns.len());
    for t in txns {
        let ns = nanos(t.at)?;
        let p = freq.index(ns);
        if keep(ns, p) {
            rows.push((t.customer, p, t.amount));
        }
    }
    rows.sort_unstable_by_key(|(c, p, _)| (*c, *p));
    let mut out: Vec<(u64, Periods)> = Vec::new();
    for (c, p, a) in rows {
        match out.last_mut() {
            Some((lc, periods)) if *lc == c => match periods.last_mut() {
                Some((lp, la)) if *lp == p => *la = la.checked_add(a).ok_or_else(crate::money::overflow)?,
                _ => periods.push((p, a)),
            },
            _ => out.push((c, vec![(p, a)])),
        }
    }
    Ok(out)
}

fn mean(values: impl Iterator<Item = Decimal>) -> f64 {
    let (sum, n) = values.fold((0.0f64, 0usize), |(s, n), v| (s + v.to_f64().unwrap_or(0.0), n.saturating_add(1)));
    if n == 0 { 0.0 } else { sum / n as f64 }
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
    validate(txns)?;
    checked(opts)?;
    let freq = opts.freq;
    let end = freq.index(nanos(observation_end)?);
    let unit = opts.multiplier;
    let mut s = CustomerSummary::default();
    for (customer, periods) in by_customer(txns, freq, |_, p| p <= end)? {
        let (Some(&(first, _)), Some(&(last, _))) = (periods.first(), periods.last()) else { continue };
        let skip = usize::from(!opts.include_first);
        let counted = periods.len().saturating_sub(skip);
        s.customer.push(customer);
        s.frequency.push(counted as f64);
        s.recency.push(last.saturating_sub(first) as f64 / unit);
        s.t.push(end.saturating_sub(first) as f64 / unit);
        s.monetary_value.push(mean(periods.iter().skip(skip).map(|(_, a)| *a)));
    }
    Ok(s)
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
    validate(txns)?;
    checked(opts)?;
    let (cal, obs) = (nanos(calibration_end)?, nanos(observation_end)?);
    if cal > obs {
        return Err(Error::new(ErrorKind::InvalidInput, "calibration end is after the observation end"));
    }
    let calibration: Vec<Transaction> = txns.iter().filter(|t| t.at <= calibration_end).cloned().collect();
    let mut s = summary_by_period(&calibration, calibration_end, opts)?;
    let holdout = by_customer(txns, opts.freq, |ns, _| ns > cal && ns <= obs)?;
    if holdout.is_empty() {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            "no purchase falls between the calibration and observation ends",
        ));
    }
    // raw holdout amounts per customer, for the mean of purchases as made
    let mut raw: Vec<(u64, Decimal)> = txns
        .iter()
        .filter(|t| t.at > calibration_end && t.at <= observation_end)
        .map(|t| (t.customer, t.amount))
        .collect();
    raw.sort_unstable_by_key(|(c, _)| *c);
    let (mut fh, mut mh) = (Vec::with_capacity(s.len()), Vec::with_capacity(s.len()));
    for c in &s.customer {
        let periods = holdout.binary_search_by_key(c, |(k, _)| *k).ok().and_then(|i| holdout.get(i));
        fh.push(periods.map_or(0.0, |(_, p)| p.len() as f64));
        let from = raw.partition_point(|(k, _)| k < c);
        let to = raw.partition_point(|(k, _)| k <= c);
        mh.push(mean(raw.get(from..to).unwrap_or_default().iter().map(|(_, a)| *a)));
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
