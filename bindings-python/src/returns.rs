//! Returns: policy loading, eligibility, the return lifecycle and refund quotes.

use postpurchase::returns::{EligibilityContext, ReturnPolicy, ReturnRequest, evaluate, preview, refund_quote};
use postpurchase::{PaymentId, ReturnId};
use pyo3::prelude::*;

use crate::order::PyOrder;
use crate::{from_json, time, to_json, to_py};

crate::native_config!(PyReturnPolicy, "NativeReturnPolicy", ReturnPolicy);

fn request_and_context(request_json: &str, context_json: &str) -> PyResult<(ReturnRequest, EligibilityContext)> {
    Ok((from_json("return request", request_json)?, from_json("eligibility context", context_json)?))
}

#[pyfunction]
fn evaluate_return(
    order: &PyOrder,
    request_json: &str,
    policy: &PyReturnPolicy,
    context_json: &str,
    now: &str,
) -> PyResult<String> {
    let (req, ctx) = request_and_context(request_json, context_json)?;
    to_json(&evaluate(&order.inner, &req, &policy.inner, &ctx, time(now)?).map_err(to_py)?)
}

/// The decision and the refund it would pay, as `{report, refund}` JSON; the order is not changed.
#[pyfunction]
fn preview_return(
    order: &PyOrder,
    request_json: &str,
    policy: &PyReturnPolicy,
    context_json: &str,
    now: &str,
) -> PyResult<String> {
    let (req, ctx) = request_and_context(request_json, context_json)?;
    to_json(&preview(&order.inner, &req, &policy.inner, &ctx, time(now)?).map_err(to_py)?)
}

/// Opens a return on the order (applies the events); returns (report JSON, events JSON).
#[pyfunction]
#[pyo3(signature = (order, request_json, policy, context_json, key, now, expected_version=None))]
fn open_return(
    order: &mut PyOrder,
    request_json: &str,
    policy: &PyReturnPolicy,
    context_json: &str,
    key: &str,
    now: &str,
    expected_version: Option<i64>,
) -> PyResult<(String, String)> {
    let (req, ctx) = request_and_context(request_json, context_json)?;
    let m = crate::order::meta_expecting(key, now, expected_version)?;
    let (report, events) = order.inner.open_return(&req, &policy.inner, &ctx, &m).map_err(to_py)?;
    Ok((to_json(&report)?, to_json(&events)?))
}

#[pyfunction]
fn quote_refund(order: &PyOrder, return_id: &str, payment_order: Vec<String>) -> PyResult<String> {
    let ids = payment_order.iter().map(|p| PaymentId::new(p.as_str())).collect::<Result<Vec<_>, _>>().map_err(to_py)?;
    to_json(&refund_quote(&order.inner, &ReturnId::new(return_id).map_err(to_py)?, &ids).map_err(to_py)?)
}

#[pyfunction]
fn return_case(order: &PyOrder, return_id: &str) -> PyResult<String> {
    to_json(order.inner.return_case(&ReturnId::new(return_id).map_err(to_py)?).map_err(to_py)?)
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyReturnPolicy>()?;
    m.add_function(wrap_pyfunction!(evaluate_return, m)?)?;
    m.add_function(wrap_pyfunction!(open_return, m)?)?;
    m.add_function(wrap_pyfunction!(preview_return, m)?)?;
    m.add_function(wrap_pyfunction!(quote_refund, m)?)?;
    m.add_function(wrap_pyfunction!(return_case, m)?)?;
    Ok(())
}
