//! The customer's side: every call is one JSON request through the core's `customer::run_json`.

use pyo3::prelude::*;

use crate::to_py;

/// Runs a customer-side request (`view`, `answer`, `message`, `policy_summary`,
/// `loyalty_summary`) on its JSON; returns the result as JSON.
#[pyfunction]
fn customer_run(operation: &str, request_json: &str) -> PyResult<String> {
    postpurchase::customer::run_json(operation, request_json).map_err(to_py)
}

/// The names of the questions `answer` takes, from the core's closed set.
#[pyfunction]
fn customer_questions() -> Vec<&'static str> {
    postpurchase::customer::Question::NAMES.to_vec()
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(customer_run, m)?)?;
    m.add_function(wrap_pyfunction!(customer_questions, m)?)?;
    Ok(())
}
