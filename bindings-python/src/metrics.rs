//! The customer summary from transaction columns.

use chrono::{DateTime, NaiveDate};
use postpurchase::metrics::{TimeUnit, Transaction, customer_summary};
use postpurchase::{Error, ErrorKind};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use rust_decimal::Decimal;

use crate::{f64_bytes, f64s, i64s, to_py};

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
    customers: &[u8],
    times_ns: &[u8],
    amounts: &[u8],
    observation_end: &str,
    calibration_end: Option<&str>,
    unit: &str,
) -> PyResult<SummaryOut<'py>> {
    let (c, t, a) = (i64s(customers)?, i64s(times_ns)?, f64s(amounts)?);
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
        .detach(|| -> postpurchase::Result<_> {
            let mut txns = Vec::with_capacity(c.len());
            for i in 0..c.len() {
                let bad = |m: &str| Error::new(ErrorKind::InvalidTransaction, m.to_string()).with("position", i);
                let customer = u64::try_from(c[i]).map_err(|_| bad("customer keys must be >= 0"))?;
                if t[i] == i64::MIN {
                    // numpy's NaT: a missing time, not 1677-09-21
                    return Err(bad("the time is missing (NaT)"));
                }
                let amount = Decimal::try_from(a[i]).map_err(|_| bad("amount is not a finite number"))?;
                txns.push(Transaction::new(customer, DateTime::from_timestamp_nanos(t[i]), amount));
            }
            customer_summary(&txns, end, cal, unit)
        })
        .map_err(to_py)?;
    // ids cross as int64, exactly (through float64, ids above 2^53 would merge)
    let ids: Vec<u8> = s.customer.iter().flat_map(|v| v.to_le_bytes()).collect();
    Ok((
        pyo3::types::PyBytes::new(py, &ids),
        f64_bytes(py, &s.frequency),
        f64_bytes(py, &s.recency),
        f64_bytes(py, &s.t),
        f64_bytes(py, &s.monetary_value),
        s.frequency_holdout.as_deref().map(|v| f64_bytes(py, v)),
        s.duration_holdout,
    ))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(summary, m)?)?;
    Ok(())
}
