//! Tracking: carrier code mapping, merchant status, delay detection.

use postpurchase::{
    CarrierEvent, CarrierSource, DelayThresholds, Route, assess_delay, map_carrier_status, merchant_status,
};
use pyo3::prelude::*;

use crate::{from_json, time, to_json, to_py};

#[pyfunction]
fn map_status(source: &str, code: &str) -> PyResult<(Option<&'static str>, bool)> {
    let m = map_carrier_status(CarrierSource::parse(source).map_err(to_py)?, code);
    Ok((m.status.map(|s| s.as_str()), m.delayed))
}

/// Verifies a webhook's signature; raises on a mismatch or a stale timestamp.
#[pyfunction]
fn verify_webhook(
    source: &str,
    body: &[u8],
    signature: &str,
    secrets: Vec<String>,
    now: &str,
    tolerance_seconds: i64,
) -> PyResult<()> {
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    postpurchase::webhook::verify_webhook(
        CarrierSource::parse(source).map_err(to_py)?,
        body,
        signature,
        &secrets,
        time(now)?,
        tolerance_seconds,
    )
    .map_err(to_py)
}

#[pyfunction]
fn shipment_status(events_json: &str) -> PyResult<&'static str> {
    let events: Vec<CarrierEvent> = from_json("carrier events", events_json)?;
    Ok(merchant_status(&events).as_str())
}

#[pyfunction]
#[pyo3(signature = (events_json, shipped_at, promised_by, international, now, thresholds_json=None))]
fn delay(
    events_json: &str,
    shipped_at: &str,
    promised_by: Option<&str>,
    international: bool,
    now: &str,
    thresholds_json: Option<&str>,
) -> PyResult<String> {
    let events: Vec<CarrierEvent> = from_json("carrier events", events_json)?;
    let th: DelayThresholds = match thresholds_json {
        Some(t) => DelayThresholds::from_json(t).map_err(to_py)?,
        None => DelayThresholds::default(),
    };
    let promised = promised_by.map(time).transpose()?;
    let route = if international { Route::International } else { Route::Domestic };
    to_json(&assess_delay(&events, time(shipped_at)?, promised, route, time(now)?, &th))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(map_status, m)?)?;
    m.add_function(wrap_pyfunction!(verify_webhook, m)?)?;
    m.add_function(wrap_pyfunction!(shipment_status, m)?)?;
    m.add_function(wrap_pyfunction!(delay, m)?)?;
    Ok(())
}
