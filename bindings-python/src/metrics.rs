//! The customer summary from transaction columns.

use chrono::{DateTime, NaiveDate};
use postpurchase::metrics::{
    CustomerSummary, PeriodFreq, PeriodSummaryOptions, TimeUnit, Transaction, calibration_and_holdout_columns,
    customer_summary, summary_by_period_columns,
};
use postpurchase::{Error, ErrorKind};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use rust_decimal::Decimal;

use crate::column::{f64s, i64s, u64s};
use crate::{f64_bytes, to_py};

type SummaryOut<'py> = (
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Option<Bound<'py, PyBytes>>,
    Option<f64>,
);

fn date(s: &str) -> PyResult<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| to_py(Error::new(ErrorKind::InvalidInput, "dates are YYYY-MM-DD")))
}

/// Columns: customer keys (int64), times (int64 nanoseconds since the epoch, UTC), amounts
/// (float64). Returns customer, frequency, recency, T, monetary value, holdout frequency, holdout
/// duration as float64 buffers.
#[pyfunction]
#[pyo3(signature = (customers, times_ns, amounts, observation_end, calibration_end=None, unit="days"))]
fn summary<'py>(
    py: Python<'py>,
    customers: &Bound<'_, PyAny>,
    times_ns: &Bound<'_, PyAny>,
    amounts: &Bound<'_, PyAny>,
    observation_end: &str,
    calibration_end: Option<&str>,
    unit: &str,
) -> PyResult<SummaryOut<'py>> {
    let (c, t, a) = (i64s(py, customers, "customers")?, i64s(py, times_ns, "times_ns")?, f64s(py, amounts, "amounts")?);
    if c.len() != t.len() || c.len() != a.len() {
        return Err(to_py(Error::new(
            ErrorKind::InvalidInput,
            "customer, time and amount columns must have the same length",
        )));
    }
    let unit = match unit {
        "days" | "D" => TimeUnit::Days,
        "weeks" | "W" => TimeUnit::Weeks,
        _ => return Err(to_py(Error::new(ErrorKind::InvalidInput, "unit is 'days' or 'weeks'"))),
    };
    let (end, cal) = (date(observation_end)?, calibration_end.map(date).transpose()?);
    let s = py
        .detach(|| -> postpurchase::Result<_> { customer_summary(&transactions(&c, &t, &a)?, end, cal, unit) })
        .map_err(to_py)?;
    Ok(summary_out(py, &s))
}

/// Customer keys as the core takes them: each >= 0 (a missing id is factorised to -1).
fn keys(c: &[i64]) -> postpurchase::Result<Vec<u64>> {
    c.iter()
        .enumerate()
        .map(|(i, k)| {
            u64::try_from(*k).map_err(|_| {
                Error::new(ErrorKind::InvalidTransaction, "customer keys must be >= 0").with("position", i)
            })
        })
        .collect()
}

/// Transactions from the columns: keys >= 0, no missing time, finite amounts.
fn transactions(c: &[i64], t: &[i64], a: &[f64]) -> postpurchase::Result<Vec<Transaction>> {
    let mut txns = Vec::with_capacity(c.len());
    for (i, ((c, t), a)) in c.iter().zip(t).zip(a).enumerate() {
        let bad = |m: &str| Error::new(ErrorKind::InvalidTransaction, m.to_string()).with("position", i);
        let customer = u64::try_from(*c).map_err(|_| bad("customer keys must be >= 0"))?;
        if *t == i64::MIN {
            // numpy's NaT: a missing time, not 1677-09-21
            return Err(bad("the time is missing (NaT)"));
        }
        let amount = Decimal::try_from(*a).map_err(|_| bad("amount is not a finite number"))?;
        txns.push(Transaction::new(customer, DateTime::from_timestamp_nanos(*t), amount));
    }
    Ok(txns)
}

fn summary_out<'py>(py: Python<'py>, s: &CustomerSummary) -> SummaryOut<'py> {
    // ids cross as int64, exactly (through float64, ids above 2^53 would merge)
    let ids: Vec<u8> = s.customer.iter().flat_map(|v| v.to_le_bytes()).collect();
    (
        PyBytes::new(py, &ids),
        f64_bytes(py, &s.frequency),
        f64_bytes(py, &s.recency),
        f64_bytes(py, &s.t),
        f64_bytes(py, &s.monetary_value),
        s.frequency_holdout.as_deref().map(|v| f64_bytes(py, v)),
        s.duration_holdout,
    )
}

/// The summary in calendar periods, as lifetimes counts (see `postpurchase::metrics::periods`):
/// columns as for `summary`, ends as int64 nanoseconds, `freq` `h`, `D` or `W`. With a
/// calibration end, the holdout frequency and duration come back too, and the holdout's mean
/// purchase as the eighth value.
///
/// `ids` says what `customers` holds: `"codes"` (factorised, >= 0; -1 for a missing id is
/// refused), `"int64"` or `"uint64"` (the customer ids themselves, which come back exactly, as
/// the same type, sorted).
#[pyfunction]
#[pyo3(signature = (customers, times_ns, amounts, observation_end_ns, calibration_end_ns=None, freq="D", multiplier=1.0, include_first=false, ids="codes"))]
#[allow(clippy::too_many_arguments, reason = "lifetimes' options, one argument each")]
fn period_summary<'py>(
    py: Python<'py>,
    customers: &Bound<'_, PyAny>,
    times_ns: &Bound<'_, PyAny>,
    amounts: &Bound<'_, PyAny>,
    observation_end_ns: i64,
    calibration_end_ns: Option<i64>,
    freq: &str,
    multiplier: f64,
    include_first: bool,
    ids: &str,
) -> PyResult<(SummaryOut<'py>, Option<Bound<'py, PyBytes>>)> {
    let (t, a) = (i64s(py, times_ns, "times_ns")?, f64s(py, amounts, "amounts")?);
    let opts = PeriodSummaryOptions { freq: PeriodFreq::parse(freq).map_err(to_py)?, multiplier, include_first };
    // int64 ids become u64 keys in the same order (with a negative id, every sign bit is
    // flipped), and back
    const SIGN: u64 = 1 << 63;
    let (keys, signed): (Vec<u64>, bool) = match ids {
        "codes" => (keys(&i64s(py, customers, "customers")?).map_err(to_py)?, false),
        "int64" => {
            // ids >= 0 keep their values (dense ids stay dense for the core's counting sort)
            let ids = i64s(py, customers, "customers")?;
            let signed = ids.iter().any(|k| *k < 0);
            let flip = if signed { SIGN } else { 0 };
            (ids.iter().map(|k| u64::from_ne_bytes(k.to_ne_bytes()) ^ flip).collect(), signed)
        }
        "uint64" => (u64s(py, customers, "customers")?.to_vec(), false),
        _ => return Err(to_py(Error::new(ErrorKind::InvalidInput, "ids is 'codes', 'int64' or 'uint64'"))),
    };
    let mut s = py
        .detach(|| match calibration_end_ns {
            Some(cal) => calibration_and_holdout_columns(&keys, &t, &a, cal, observation_end_ns, &opts),
            None => summary_by_period_columns(&keys, &t, &a, observation_end_ns, &opts),
        })
        .map_err(to_py)?;
    if signed {
        s.customer.iter_mut().for_each(|k| *k ^= SIGN);
    }
    let holdout_value = s.monetary_value_holdout.as_deref().map(|v| f64_bytes(py, v));
    Ok((summary_out(py, &s), holdout_value))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(summary, m)?)?;
    m.add_function(wrap_pyfunction!(period_summary, m)?)?;
    Ok(())
}
