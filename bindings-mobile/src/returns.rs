//! Return eligibility, previews and refunds over an order given by its events.
use std::sync::Arc;
use std::time::SystemTime;

use postpurchase as pp;
use pp::returns as r;

use crate::order::{OrderUpdate, rebuild, update};
use crate::wire::{from_core, to_core};
use crate::{
    DecisionCode, EligibilityContext, EligibilityReport, Result, ReturnPreview, ReturnRequest, ReturnSummary, dump,
    instant,
};

/// A return opened on an order.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReturnOpened {
    /// The decision it was opened with.
    pub report: EligibilityReport,
    /// The order after it.
    pub update: OrderUpdate,
}

type Inputs = (pp::Order, Vec<pp::OrderEvent>, r::ReturnRequest, r::EligibilityContext);

fn inputs(events_json: &str, request: &ReturnRequest, context: &EligibilityContext) -> Result<Inputs> {
    let (order, events) = rebuild(events_json)?;
    Ok((order, events, to_core(request, "return request")?, to_core(context, "eligibility context")?))
}

fn evaluate_with(
    policy: &r::ReturnPolicy,
    order_events_json: &str,
    request: &ReturnRequest,
    context: &EligibilityContext,
    now: SystemTime,
) -> Result<EligibilityReport> {
    let (order, _, req, ctx) = inputs(order_events_json, request, context)?;
    from_core(&r::evaluate(&order, &req, policy, &ctx, instant(now)?)?, "report")
}

fn preview_with(
    policy: &r::ReturnPolicy,
    order_events_json: &str,
    request: &ReturnRequest,
    context: &EligibilityContext,
    now: SystemTime,
) -> Result<ReturnPreview> {
    let (order, _, req, ctx) = inputs(order_events_json, request, context)?;
    from_core(&r::preview(&order, &req, policy, &ctx, instant(now)?)?, "preview")
}

fn request_with(
    policy: &r::ReturnPolicy,
    order_events_json: &str,
    request: &ReturnRequest,
    context: &EligibilityContext,
    key: &str,
    now: SystemTime,
    expected_version: Option<i64>,
) -> Result<ReturnOpened> {
    let (mut order, events, req, ctx) = inputs(order_events_json, request, context)?;
    let m = crate::meta_expecting(key, now, expected_version)?;
    let (report, new) = order.open_return(&req, policy, &ctx, &m)?;
    Ok(ReturnOpened { report: from_core(&report, "report")?, update: update(&order, events, new, now)? })
}

/// A return policy parsed and validated once; its methods decide without parsing it again (the
/// functions that take `policyJson` parse it on every call).
#[derive(uniffi::Object)]
pub struct ReturnPolicy {
    pub(crate) inner: r::ReturnPolicy,
}

#[uniffi::export]
impl ReturnPolicy {
    /// Parses and validates a policy (JSON); every problem is reported at once.
    #[uniffi::constructor]
    pub fn new(policy_json: String) -> Result<Arc<Self>> {
        crate::guard(|| Ok(Arc::new(ReturnPolicy { inner: r::ReturnPolicy::from_json(&policy_json)? })))
    }

    /// The policy as canonical JSON.
    pub fn to_json(&self) -> Result<String> {
        crate::guard(|| dump(&self.inner))
    }

    /// As [`evaluate_return`].
    pub fn evaluate(
        &self,
        order_events_json: String,
        request: ReturnRequest,
        context: EligibilityContext,
        now: SystemTime,
    ) -> Result<EligibilityReport> {
        crate::guard(|| evaluate_with(&self.inner, &order_events_json, &request, &context, now))
    }

    /// As [`preview_return`].
    pub fn preview(
        &self,
        order_events_json: String,
        request: ReturnRequest,
        context: EligibilityContext,
        now: SystemTime,
    ) -> Result<ReturnPreview> {
        crate::guard(|| preview_with(&self.inner, &order_events_json, &request, &context, now))
    }

    /// As [`request_return`].
    #[uniffi::method(default(expected_version = None))]
    pub fn request(
        &self,
        order_events_json: String,
        request: ReturnRequest,
        context: EligibilityContext,
        key: String,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<ReturnOpened> {
        crate::guard(|| request_with(&self.inner, &order_events_json, &request, &context, &key, now, expected_version))
    }
}

/// Validates a return policy (JSON); every problem is reported at once. Returns the canonical JSON.
#[uniffi::export]
pub fn validate_return_policy(policy_json: String) -> Result<String> {
    crate::guard(|| dump(&r::ReturnPolicy::from_json(&policy_json)?))
}

/// Decides a return request against a policy at `now`, every rule's verdict included.
#[uniffi::export]
pub fn evaluate_return(
    order_events_json: String,
    request: ReturnRequest,
    policy_json: String,
    context: EligibilityContext,
    now: SystemTime,
) -> Result<EligibilityReport> {
    crate::guard(|| {
        evaluate_with(&r::ReturnPolicy::from_json(&policy_json)?, &order_events_json, &request, &context, now)
    })
}

/// The decision plus the refund the return would pay; the order is not changed.
#[uniffi::export]
pub fn preview_return(
    order_events_json: String,
    request: ReturnRequest,
    policy_json: String,
    context: EligibilityContext,
    now: SystemTime,
) -> Result<ReturnPreview> {
    crate::guard(|| {
        preview_with(&r::ReturnPolicy::from_json(&policy_json)?, &order_events_json, &request, &context, now)
    })
}

/// Opens a return on the order: evaluates it and records it (auto-approved when the policy says so).
#[uniffi::export(default(expected_version = None))]
pub fn request_return(
    order_events_json: String,
    request: ReturnRequest,
    policy_json: String,
    context: EligibilityContext,
    key: String,
    now: SystemTime,
    expected_version: Option<i64>,
) -> Result<ReturnOpened> {
    crate::guard(|| {
        let policy = r::ReturnPolicy::from_json(&policy_json)?;
        request_with(&policy, &order_events_json, &request, &context, &key, now, expected_version)
    })
}

/// The returns of an order, in id order.
#[uniffi::export]
pub fn order_returns(order_events_json: String) -> Result<Vec<ReturnSummary>> {
    crate::guard(|| {
        let (order, _) = rebuild(&order_events_json)?;
        from_core(&order.return_summaries(), "returns")
    })
}

/// The stable text of a decision code (`return.window_closed`), as the other languages and JSON
/// carry it.
#[uniffi::export]
pub fn decision_code_name(code: DecisionCode) -> Result<String> {
    crate::guard(|| to_core(&code, "decision code"))
}
