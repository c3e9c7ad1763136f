//! The customer's side: one typed native call per request (view, answer, message, policy and
//! loyalty summaries), each reading its request's JSON and giving its result's JSON.

use postpurchase::customer::{AnswerRequest, LoyaltySummaryRequest, MessageRequest, PolicySummaryRequest, ViewRequest};
use pyo3::prelude::*;

use crate::{to_json, to_py};

/// What the customer should see about an order (a `ViewRequest`); the `OrderView` as JSON.
#[pyfunction]
fn customer_view(request_json: &str) -> PyResult<String> {
    to_json(&ViewRequest::from_json(request_json).and_then(|r| r.run()).map_err(to_py)?)
}

/// The answer to a customer's question (an `AnswerRequest`); the `Answer` as JSON.
#[pyfunction]
fn customer_answer(request_json: &str) -> PyResult<String> {
    to_json(&AnswerRequest::from_json(request_json).and_then(|r| r.run()).map_err(to_py)?)
}

/// The content of one notification (a `MessageRequest`); the `Message` as JSON.
#[pyfunction]
fn customer_message(request_json: &str) -> PyResult<String> {
    to_json(&MessageRequest::from_json(request_json).and_then(|r| r.run()).map_err(to_py)?)
}

/// The plain-language summary of a return policy (a `PolicySummaryRequest`), as JSON.
#[pyfunction]
fn customer_policy_summary(request_json: &str) -> PyResult<String> {
    to_json(&PolicySummaryRequest::from_json(request_json).and_then(|r| r.run()).map_err(to_py)?)
}

/// The plain-language summary of a loyalty programme (a `LoyaltySummaryRequest`), as JSON.
#[pyfunction]
fn customer_loyalty_summary(request_json: &str) -> PyResult<String> {
    to_json(&LoyaltySummaryRequest::from_json(request_json).and_then(|r| r.run()).map_err(to_py)?)
}

/// The names of the questions `answer` takes, from the core's closed set.
#[pyfunction]
fn customer_questions() -> Vec<&'static str> {
    postpurchase::customer::Question::NAMES.to_vec()
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(customer_view, m)?)?;
    m.add_function(wrap_pyfunction!(customer_answer, m)?)?;
    m.add_function(wrap_pyfunction!(customer_message, m)?)?;
    m.add_function(wrap_pyfunction!(customer_policy_summary, m)?)?;
    m.add_function(wrap_pyfunction!(customer_loyalty_summary, m)?)?;
    m.add_function(wrap_pyfunction!(customer_questions, m)?)?;
    Ok(())
}
