//! Notification planning.

use postpurchase::notify::{NotifyPolicy, Preferences, Sent, Signal, plan, signals_from_order_events};
use postpurchase::{Order, OrderEvent};
use pyo3::prelude::*;

use crate::order::PyOrder;
use crate::{from_json, to_json, to_py};

crate::native_config!(PyNotifyPolicy, "NativeNotifyPolicy", NotifyPolicy);

#[pyfunction]
fn plan_notifications(
    signal_json: &str,
    preferences_json: &str,
    policy: &PyNotifyPolicy,
    history_json: &str,
) -> PyResult<String> {
    let signal: Signal = from_json("signal", signal_json)?;
    let prefs: Preferences = from_json("preferences", preferences_json)?;
    let history: Vec<Sent> = from_json("history", history_json)?;
    to_json(&plan(&signal, &prefs, &policy.inner, &history).map_err(to_py)?)
}

/// Signals for events applied to an order, given the order before them (as events JSON).
#[pyfunction]
fn order_signals(before_events_json: &str, new_events_json: &str, _order: Option<&PyOrder>) -> PyResult<String> {
    let before: Vec<OrderEvent> = from_json("order events", before_events_json)?;
    let new: Vec<OrderEvent> = from_json("order events", new_events_json)?;
    let state = Order::from_events(&before).map_err(to_py)?;
    to_json(&signals_from_order_events(&state, &new))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyNotifyPolicy>()?;
    m.add_function(wrap_pyfunction!(plan_notifications, m)?)?;
    m.add_function(wrap_pyfunction!(order_signals, m)?)?;
    Ok(())
}
