//! The order aggregate as a Python object.

use postpurchase::{CommandMeta, IdempotencyKey, NewOrder, Order, OrderCommand, OrderEvent};
use pyo3::prelude::*;

use crate::{from_json, time, to_json, to_py};

/// A placed order; commands go through `handle`.
#[pyclass(name = "NativeOrder", module = "postpurchase._native")]
pub(crate) struct PyOrder {
    pub(crate) inner: Order,
}

/// The snake_case code a status serialises to.
fn code<T: serde::Serialize>(status: &T) -> PyResult<String> {
    match serde_json::to_value(status) {
        Ok(serde_json::Value::String(s)) => Ok(s),
        _ => Err(to_py(postpurchase::Error::new(postpurchase::ErrorKind::Internal, "a status is a string code"))),
    }
}

pub(crate) fn meta(key: &str, now: &str) -> PyResult<CommandMeta> {
    Ok(CommandMeta::new(IdempotencyKey::new(key).map_err(to_py)?, time(now)?))
}

/// Command metadata with the version the caller last saw, if it names one (negative is
/// `input.invalid`).
pub(crate) fn meta_expecting(key: &str, now: &str, expected_version: Option<i64>) -> PyResult<CommandMeta> {
    let m = meta(key, now)?;
    match expected_version {
        None => Ok(m),
        Some(v) => {
            let v = u64::try_from(v).map_err(|_| {
                to_py(postpurchase::Error::new(postpurchase::ErrorKind::InvalidInput, "expected_version must be >= 0"))
            })?;
            Ok(m.expecting(v))
        }
    }
}

#[pymethods]
impl PyOrder {
    /// Places an order (JSON of `NewOrder`); returns the order and its events as JSON.
    #[staticmethod]
    fn place(order_json: &str, key: &str, now: &str) -> PyResult<(PyOrder, String)> {
        let new: NewOrder = from_json("order", order_json)?;
        let events = Order::place(new, &meta(key, now)?).map_err(to_py)?;
        let inner = Order::from_events(&events).map_err(to_py)?;
        Ok((PyOrder { inner }, to_json(&events)?))
    }

    /// Rebuilds an order from its events (JSON list).
    #[staticmethod]
    fn from_events(events_json: &str) -> PyResult<PyOrder> {
        let events: Vec<OrderEvent> = from_json("order events", events_json)?;
        Ok(PyOrder { inner: Order::from_events(&events).map_err(to_py)? })
    }

    /// Decides and applies a command (JSON); returns the new events as JSON.
    #[pyo3(signature = (command_json, key, now, expected_version=None))]
    fn handle(&mut self, command_json: &str, key: &str, now: &str, expected_version: Option<i64>) -> PyResult<String> {
        let cmd: OrderCommand = from_json("order command", command_json)?;
        to_json(&self.inner.handle(&cmd, &meta_expecting(key, now, expected_version)?).map_err(to_py)?)
    }

    /// The whole state as JSON.
    fn state_json(&self) -> PyResult<String> {
        to_json(&self.inner)
    }

    /// Events applied.
    #[getter]
    fn version(&self) -> u64 {
        self.inner.version()
    }

    /// The fulfilment status code.
    #[getter]
    fn fulfilment_status(&self) -> PyResult<String> {
        code(&self.inner.fulfilment_status())
    }

    /// The payment status code.
    #[getter]
    fn payment_status(&self) -> PyResult<String> {
        code(&self.inner.payment_status())
    }

    /// The order total, as a decimal string.
    #[getter]
    fn total(&self) -> String {
        self.inner.total().amount().to_string()
    }

    /// Total minus cancellations, as a decimal string.
    #[getter]
    fn amount_due(&self) -> String {
        self.inner.amount_due().amount().to_string()
    }

    /// Refunded to payments so far, as a decimal string.
    #[getter]
    fn refunded(&self) -> String {
        self.inner.refunded().amount().to_string()
    }

    /// Derived statuses and amounts as JSON (the core's `OrderSummary`); with `now`, each
    /// shipment's delay assessment too.
    #[pyo3(signature = (now=None, thresholds_json=None))]
    fn summary_json(&self, now: Option<&str>, thresholds_json: Option<&str>) -> PyResult<String> {
        let at = now.map(time).transpose()?;
        let th = match thresholds_json {
            Some(t) => postpurchase::DelayThresholds::from_json(t).map_err(to_py)?,
            None => postpurchase::DelayThresholds::default(),
        };
        to_json(&self.inner.summary(at, &th).map_err(to_py)?)
    }

    /// Every return with its status and, once settled, what it paid (JSON).
    fn return_summaries_json(&self) -> PyResult<String> {
        to_json(&self.inner.return_summaries())
    }
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyOrder>()?;
    Ok(())
}
