//! Customer metrics from a transaction log: the per-customer summary the CLV models use
//! (frequency, recency, T, monetary value), repeat rate, purchase frequency, average order value,
//! retention / churn / reactivation, monthly cohort retention, return rates and historic CLV.
//!
//! Definitions are given on each function. Days are calendar days in UTC unless a function takes
//! a time zone.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};

mod periods;
pub use periods::{
    FloatSum, PeriodFreq, PeriodSummaryOptions, SummaryAmount, calibration_and_holdout,
    calibration_and_holdout_columns, summary_by_period, summary_by_period_columns,
};

/// One purchase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transaction {
    /// Customer key (hosts map their ids to integers; the Python binding factorises strings).
    pub customer: u64,
    /// When.
    pub at: DateTime<Utc>,
    /// Amount paid.
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    pub amount: Decimal,
    /// Amount later returned (refunded), if any.
    #[serde(default)]
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    pub returned: Decimal,
    /// Units bought (for return rates by units; 0 if unknown).
    #[serde(default)]
    pub units: u32,
    /// Units returned.
    #[serde(default)]
    pub units_returned: u32,
}

impl Transaction {
    /// A purchase without returns or unit counts.
    pub fn new(customer: u64, at: DateTime<Utc>, amount: Decimal) -> Self {
        Transaction { customer, at, amount, returned: Decimal::ZERO, units: 0, units_returned: 0 }
    }
}

fn validate(txns: &[Transaction]) -> Result<()> {
    let bad: Vec<String> = txns
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            t.amount.is_sign_negative()
                || t.returned.is_sign_negative()
                || t.returned > t.amount
                || t.units_returned > t.units
        })
        .map(|(i, _)| i.to_string())
        .take(20)
        .collect();
    if bad.is_empty() {
        Ok(())
    } else {
        Err(Error::new(ErrorKind::InvalidTransaction, "negative amounts or returns above the purchase")
            .with("positions", bad.join(",")))
    }
}

/// The unit the summary is expressed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    /// Hours.
    Hours,
    /// Days.
    Days,
    /// Weeks of 7 days.
    Weeks,
    /// Months of 30 days (how `lifetimes` counts CLV months).
    Months,
}

impl TimeUnit {
    /// Days per unit.
    pub fn days(self) -> f64 {
        match self {
            TimeUnit::Hours => 1.0 / 24.0,
            TimeUnit::Days => 1.0,
            TimeUnit::Weeks => 7.0,
            TimeUnit::Months => 30.0,
        }
    }

    /// Parses `lifetimes`' codes: `H` (or `h`), `D`, `W`, `M`, or the names `hours`, `days`,
    /// `weeks`, `months`.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for any other code.
    pub fn parse(code: &str) -> Result<TimeUnit> {
        match code {
            "H" | "h" | "hours" => Ok(TimeUnit::Hours),
            "D" | "days" => Ok(TimeUnit::Days),
            "W" | "weeks" => Ok(TimeUnit::Weeks),
            "M" | "months" => Ok(TimeUnit::Months),
            _ => Err(Error::new(ErrorKind::InvalidInput, "the time unit is 'H', 'D', 'W' or 'M'").with("unit", code)),
        }
    }
}

/// The per-customer summary the CLV models take, as `lifetimes` defines it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CustomerSummary {
    /// Customer keys, sorted.
    pub customer: Vec<u64>,
    /// Repeat purchases: days with a purchase after the first such day.
    pub frequency: Vec<f64>,
    /// Time from the first to the last purchase day, in the unit.
    pub recency: Vec<f64>,
    /// Time from the first purchase day to the end of the observation, in the unit.
    pub t: Vec<f64>,
    /// Mean of the per-day amounts of repeat purchases (0 when there are none).
    pub monetary_value: Vec<f64>,
    /// Holdout purchases (days with a purchase after the calibration end), when split.
    pub frequency_holdout: Option<Vec<f64>>,
    /// Mean per-day amount in the holdout, when split.
    pub monetary_value_holdout: Option<Vec<f64>>,
    /// Holdout length in the unit, when split.
    pub duration_holdout: Option<f64>,
}

impl CustomerSummary {
    /// Number of customers.
    pub fn len(&self) -> usize {
        self.customer.len()
    }

    /// Whether there are no customers.
    pub fn is_empty(&self) -> bool {
        self.customer.is_empty()
    }
}

/// Builds the customer summary.
///
/// Purchases on the same calendar day are merged into one (amounts summed). For each customer
/// whose first purchase is on or before `observation_end`: frequency = purchase days − 1;
/// recency = last − first purchase day; T = `observation_end` day − first purchase day;
/// monetary value = mean amount of the repeat purchase days. With `calibration_end`, the
/// summary covers purchases up to that day and the holdout columns count purchase days after
/// it, up to `observation_end`. Transactions after `observation_end` are ignored.
///
/// # Errors
/// [`ErrorKind::InvalidTransaction`] for negative amounts; [`ErrorKind::InvalidInput`] when the
/// calibration end is after the observation end.
pub fn customer_summary(
    txns: &[Transaction],
    observation_end: NaiveDate,
    calibration_end: Option<NaiveDate>,
    unit: TimeUnit,
) -> Result<CustomerSummary> {
    validate(txns)?;
    let cal_end = calibration_end.unwrap_or(observation_end);
    if cal_end > observation_end {
        return Err(Error::new(ErrorKind::InvalidInput, "calibration end is after the observation end"));
    }
    // (customer, day) -> amount, using an integer day number for speed
    let mut days: Vec<(u64, i32, Decimal)> = txns
        .iter()
        .filter(|t| t.at.date_naive() <= observation_end)
        .map(|t| (t.customer, t.at.date_naive().num_days_from_ce(), t.amount))
        .collect();
    days.sort_unstable_by_key(|(c, d, _)| (*c, *d));
    let cal = cal_end.num_days_from_ce();
    let obs = observation_end.num_days_from_ce();
    let u = unit.days();
    let mut s = CustomerSummary::default();
    let split = calibration_end.is_some();
    let (mut fh, mut mh) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < days.len() {
        let c = days.get(i).map_or(0, |d| d.0);
        let mut j = i;
        // merge same-day purchases
        let mut per_day: Vec<(i32, Decimal)> = Vec::new();
        while let Some(&(cc, d, a)) = days.get(j) {
            if cc != c {
                break;
            }
            match per_day.last_mut() {
                Some((ld, la)) if *ld == d => *la = la.checked_add(a).ok_or_else(crate::money::overflow)?,
                _ => per_day.push((d, a)),
            }
            j = j.saturating_add(1);
        }
        i = j;
        let Some(&(first, _)) = per_day.first() else { continue };
        if first > cal {
            continue;
        }
        let calib: Vec<&(i32, Decimal)> = per_day.iter().filter(|(d, _)| *d <= cal).collect();
        let hold: Vec<&(i32, Decimal)> = per_day.iter().filter(|(d, _)| *d > cal).collect();
        let last = calib.last().map_or(first, |x| x.0);
        let repeat: Vec<f64> = calib.iter().skip(1).map(|(_, a)| a.to_f64().unwrap_or(0.0)).collect();
        s.customer.push(c);
        s.frequency.push(repeat.len() as f64);
        s.recency.push((f64::from(last) - f64::from(first)) / u);
        s.t.push((f64::from(cal) - f64::from(first)) / u);
        s.monetary_value.push(if repeat.is_empty() { 0.0 } else { repeat.iter().sum::<f64>() / repeat.len() as f64 });
        if split {
            fh.push(hold.len() as f64);
            let hv: f64 = hold.iter().map(|(_, a)| a.to_f64().unwrap_or(0.0)).sum();
            mh.push(if hold.is_empty() { 0.0 } else { hv / hold.len() as f64 });
        }
    }
    if split {
        s.frequency_holdout = Some(fh);
        s.monetary_value_holdout = Some(mh);
        s.duration_holdout = Some((f64::from(obs) - f64::from(cal)) / u);
    }
    Ok(s)
}

/// Headline purchase metrics over a set of transactions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PurchaseMetrics {
    /// Distinct customers.
    pub customers: u64,
    /// Orders (transactions).
    pub orders: u64,
    /// Sum of amounts.
    pub revenue: Decimal,
    /// Sum of amounts minus returns.
    pub net_revenue: Decimal,
    /// Share of customers with two or more orders.
    pub repeat_purchase_rate: f64,
    /// Orders per customer.
    pub purchase_frequency: f64,
    /// Revenue per order, rounded to 2 decimals half-up.
    pub average_order_value: Decimal,
    /// Net revenue per customer (historic CLV), rounded to 2 decimals half-up.
    pub historic_clv: Decimal,
    /// Share of orders with any return.
    pub return_rate_orders: f64,
    /// Returned amount / amount.
    pub return_rate_value: f64,
    /// Returned units / units (0 when units are unknown).
    pub return_rate_units: f64,
}

fn ratio(a: f64, b: f64) -> f64 {
    if b == 0.0 { 0.0 } else { a / b }
}

/// Repeat rate, purchase frequency, AOV, historic CLV and return rates.
///
/// Repeat purchase rate = customers with ≥ 2 orders ÷ customers. Purchase frequency = orders ÷
/// customers. AOV = revenue ÷ orders. Historic CLV = (revenue − returns) ÷ customers. Return rate
/// by orders = orders with a return ÷ orders; by value = returned ÷ revenue; by units = units
/// returned ÷ units bought.
///
/// # Errors
/// [`ErrorKind::InvalidTransaction`] for negative amounts or returns above the purchase.
pub fn purchase_metrics(txns: &[Transaction]) -> Result<PurchaseMetrics> {
    validate(txns)?;
    let mut per_customer: HashMap<u64, u64> = HashMap::new();
    let (mut revenue, mut returned) = (Decimal::ZERO, Decimal::ZERO);
    let (mut units, mut units_ret, mut orders_ret) = (0u64, 0u64, 0u64);
    for t in txns {
        let seen = per_customer.entry(t.customer).or_insert(0);
        *seen = seen.saturating_add(1);
        revenue = revenue.checked_add(t.amount).ok_or_else(crate::money::overflow)?;
        returned = returned.checked_add(t.returned).ok_or_else(crate::money::overflow)?;
        units = units.saturating_add(u64::from(t.units));
        units_ret = units_ret.saturating_add(u64::from(t.units_returned));
        if !t.returned.is_zero() || t.units_returned > 0 {
            orders_ret = orders_ret.saturating_add(1);
        }
    }
    let customers = per_customer.len() as u64;
    let orders = txns.len() as u64;
    let repeaters = per_customer.values().filter(|n| **n >= 2).count() as f64;
    // returns never exceed their purchase (validated), so the net is never below zero
    let net = revenue.checked_sub(returned).ok_or_else(crate::money::overflow)?;
    let div = |a: Decimal, b: u64| a.checked_div(Decimal::from(b)).map_or(Decimal::ZERO, |q| q.round_dp(2));
    Ok(PurchaseMetrics {
        customers,
        orders,
        revenue,
        net_revenue: net,
        repeat_purchase_rate: ratio(repeaters, customers as f64),
        purchase_frequency: ratio(orders as f64, customers as f64),
        average_order_value: div(revenue, orders),
        historic_clv: div(net, customers),
        return_rate_orders: ratio(orders_ret as f64, orders as f64),
        return_rate_value: ratio(returned.to_f64().unwrap_or(0.0), revenue.to_f64().unwrap_or(0.0)),
        return_rate_units: ratio(units_ret as f64, units as f64),
    })
}

/// Retention between two consecutive periods of equal length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Retention {
    /// Customers who bought in the previous period.
    pub active_previous: u64,
    /// Of those, customers who bought again in the current period.
    pub retained: u64,
    /// retained ÷ active_previous.
    pub retention_rate: f64,
    /// 1 − retention rate.
    pub churn_rate: f64,
    /// Customers who bought in the current period, not in the previous one, but before it.
    pub reactivated: u64,
    /// reactivated ÷ customers who had bought before the previous period and not in it.
    pub reactivation_rate: f64,
}

/// Retention, churn and reactivation for the period `[start, end)` against the period of the same
/// length just before it.
///
/// # Errors
/// [`ErrorKind::InvalidInput`] when `end` is not after `start`.
pub fn retention(txns: &[Transaction], start: DateTime<Utc>, end: DateTime<Utc>) -> Result<Retention> {
    if end <= start {
        return Err(Error::new(ErrorKind::InvalidInput, "the period must end after it starts"));
    }
    let prev_start = start.checked_sub_signed(end.signed_duration_since(start)).ok_or_else(|| {
        Error::new(ErrorKind::InvalidInput, "the period before this one starts before the earliest time")
    })?;
    let (mut before, mut prev, mut cur) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for t in txns {
        if t.at < prev_start {
            before.insert(t.customer);
        } else if t.at < start {
            prev.insert(t.customer);
        } else if t.at < end {
            cur.insert(t.customer);
        }
    }
    let retained = prev.intersection(&cur).count() as u64;
    let lapsed: BTreeSet<_> = before.difference(&prev).copied().collect();
    let reactivated = cur.iter().filter(|c| lapsed.contains(c)).count() as u64;
    let retention_rate = ratio(retained as f64, prev.len() as f64);
    Ok(Retention {
        active_previous: prev.len() as u64,
        retained,
        retention_rate,
        churn_rate: if prev.is_empty() { 0.0 } else { 1.0 - retention_rate },
        reactivated,
        reactivation_rate: ratio(reactivated as f64, lapsed.len() as f64),
    })
}

/// Monthly cohort retention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CohortMatrix {
    /// First day of each cohort's month.
    pub cohorts: Vec<NaiveDate>,
    /// Customers in each cohort.
    pub sizes: Vec<u64>,
    /// `retention[c][k]`: share of cohort `c` buying in its `k`-th month after the first (k = 0 is 1.0).
    pub retention: Vec<Vec<f64>>,
}

/// Monthly cohorts by first purchase month (UTC): the share of each cohort buying in each later month.
pub fn cohort_retention(txns: &[Transaction]) -> CohortMatrix {
    // chrono years are within ±262,143, so a month count fits an i32 with room to spare
    let month = |t: &Transaction| t.at.year().saturating_mul(12).saturating_add(t.at.month0() as i32);
    let mut first: HashMap<u64, i32> = HashMap::new();
    for t in txns {
        let m = month(t);
        first.entry(t.customer).and_modify(|f| *f = (*f).min(m)).or_insert(m);
    }
    let last_month = txns.iter().map(month).max().unwrap_or(0);
    let mut active: BTreeMap<(i32, i32), BTreeSet<u64>> = BTreeMap::new();
    let mut sizes: BTreeMap<i32, u64> = BTreeMap::new();
    for f in first.values() {
        let size = sizes.entry(*f).or_insert(0);
        *size = size.saturating_add(1);
    }
    for t in txns {
        if let Some(f) = first.get(&t.customer) {
            active.entry((*f, month(t).saturating_sub(*f))).or_default().insert(t.customer);
        }
    }
    let mut out = CohortMatrix { cohorts: Vec::new(), sizes: Vec::new(), retention: Vec::new() };
    for (&c, &size) in &sizes {
        let date = NaiveDate::from_ymd_opt(c.div_euclid(12), c.rem_euclid(12).unsigned_abs().saturating_add(1), 1)
            .unwrap_or_default();
        out.cohorts.push(date);
        out.sizes.push(size);
        let row = (0..=last_month.saturating_sub(c))
            .map(|k| ratio(active.get(&(c, k)).map_or(0, BTreeSet::len) as f64, size as f64))
            .collect();
        out.retention.push(row);
    }
    out
}

/// Reads a CDNOW-style file (`master_id sample_id yyyymmdd units dollars`, keyed by the sample
/// id, or `customer_id yyyymmdd units dollars`; a header line is skipped). Provided for examples and tests; the core does no I/O, so pass the file's text.
///
/// # Errors
/// [`ErrorKind::InvalidInput`] naming the first bad line.
pub fn parse_cdnow(text: &str) -> Result<Vec<Transaction>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.is_empty() || (n == 0 && f.first().is_some_and(|x| x.parse::<u64>().is_err())) {
            continue;
        }
        let bad = || Error::new(ErrorKind::InvalidInput, "bad CDNOW line").with("line", n.saturating_add(1));
        let (id, date, units, dollars) = match f.as_slice() {
            [_, id, date, units, dollars] | [id, date, units, dollars] => (*id, *date, *units, *dollars),
            _ => return Err(bad()),
        };
        let customer: u64 = id.parse().map_err(|_| bad())?;
        let date = NaiveDate::parse_from_str(date, "%Y%m%d").map_err(|_| bad())?;
        let units: u32 = units.parse().map_err(|_| bad())?;
        let amount: Decimal = dollars.parse().map_err(|_| bad())?;
        let at = date.and_hms_opt(12, 0, 0).ok_or_else(bad)?.and_utc();
        out.push(Transaction { customer, at, amount, returned: Decimal::ZERO, units, units_returned: 0 });
    }
    Ok(out)
}
