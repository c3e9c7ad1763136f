//! Return policies, decisions with reasons, refund previews and breakdowns.
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase as pp;
use pp::returns as r;

use std::borrow::Cow;

use crate::args::{config, contract_doc, dump, js, opt_contract_doc, time};
use crate::configs::{ConfigArg, ReturnPolicy, configured};
use crate::document::Document;
use crate::order::Order;

/// A return opened on an order.
#[napi(object, object_from_js = false)]
pub struct OpenedReturn {
    /// The decision it was opened with.
    #[napi(ts_type = "EligibilityReport")]
    pub report: Document,
    /// The new events as JSON (append them to the order's stream).
    pub events_json: String,
    /// The new events, as documents (camelCase, `Date`s).
    #[napi(ts_type = "Array<OrderEvent>")]
    pub events: Vec<Document>,
}

type Inputs<'a> = (r::ReturnRequest, Cow<'a, r::ReturnPolicy>, r::EligibilityContext);

fn inputs<'a>(
    env: &Env,
    request: &Unknown<'_>,
    policy: &'a ConfigArg<'a, ReturnPolicy>,
    context: Option<Unknown<'_>>,
) -> Result<Inputs<'a>, String> {
    let policy = configured(env, policy, "policy", |p| &p.inner)?;
    Ok((contract_doc(env, request, "request")?, policy, opt_contract_doc(env, context, "context")?))
}

/// Validates a return policy (JSON string or object); every problem is reported at once as
/// `config.invalid`. Returns the policy with every default filled in (its canonical JSON text is
/// `new ReturnPolicy(policy).toJson()`).
#[napi(ts_return_type = "ReturnPolicyConfig")]
pub fn return_policy(
    env: Env,
    #[napi(ts_arg_type = "string | Input<ReturnPolicyConfig>")] policy: Unknown<'_>,
) -> Result<Document, String> {
    crate::guard(|| Document::of(&config::<r::ReturnPolicy>(&env, &policy, "policy")?, "policy"))
}

#[napi]
impl Order {
    /// Decides a return request (`{id, customer, lines: [{line, quantity, reason}], method}`) against a
    /// policy at `now`, with every rule's verdict. `context` carries `recent_returns` and `tier`.
    #[napi(ts_return_type = "EligibilityReport")]
    pub fn evaluate_return(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string | Input<ReturnRequest>")] request: Unknown<'_>,
        #[napi(ts_arg_type = "ReturnPolicy | Input<ReturnPolicyConfig> | string")] policy: ConfigArg<'_, ReturnPolicy>,
        #[napi(ts_arg_type = "string | Input<EligibilityContext> | null | undefined")] context: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
    ) -> Result<Document, String> {
        crate::guard(|| {
            let (req, policy, ctx) = inputs(&env, &request, &policy, context)?;
            Document::of(
                &r::evaluate(&self.inner, &req, policy.as_ref(), &ctx, time(&now, "now")?).map_err(js)?,
                "report",
            )
        })
    }

    /// The decision plus the refund the return would pay; the order is not changed.
    #[napi(ts_return_type = "ReturnPreview")]
    pub fn preview_return(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string | Input<ReturnRequest>")] request: Unknown<'_>,
        #[napi(ts_arg_type = "ReturnPolicy | Input<ReturnPolicyConfig> | string")] policy: ConfigArg<'_, ReturnPolicy>,
        #[napi(ts_arg_type = "string | Input<EligibilityContext> | null | undefined")] context: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
    ) -> Result<Document, String> {
        crate::guard(|| {
            let (req, policy, ctx) = inputs(&env, &request, &policy, context)?;
            Document::of(
                &r::preview(&self.inner, &req, policy.as_ref(), &ctx, time(&now, "now")?).map_err(js)?,
                "preview",
            )
        })
    }

    /// Opens a return on the order (auto-approved when the policy says so); the order is updated.
    #[napi]
    #[allow(
        clippy::too_many_arguments,
        reason = "the JavaScript signature: request, policy, context, key, now, version"
    )]
    pub fn open_return(
        &mut self,
        env: Env,
        #[napi(ts_arg_type = "string | Input<ReturnRequest>")] request: Unknown<'_>,
        #[napi(ts_arg_type = "ReturnPolicy | Input<ReturnPolicyConfig> | string")] policy: ConfigArg<'_, ReturnPolicy>,
        #[napi(ts_arg_type = "string | Input<EligibilityContext> | null | undefined")] context: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "string")] key: Unknown<'_>,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
        #[napi(ts_arg_type = "number")] expected_version: Option<Unknown<'_>>,
    ) -> Result<OpenedReturn, String> {
        crate::guard(|| {
            let (req, policy, ctx) = inputs(&env, &request, &policy, context)?;
            let m = crate::args::meta_expecting(&key, &now, expected_version.as_ref())?;
            let (report, events) = self.inner.open_return(&req, policy.as_ref(), &ctx, &m).map_err(js)?;
            self.events.extend_from_slice(&events);
            Ok(OpenedReturn {
                report: Document::of(&report, "report")?,
                events_json: dump(&events)?,
                events: Document::all(&events, "event")?,
            })
        })
    }
}

/// Every reason code a return decision can carry.
#[napi(ts_return_type = "DecisionCode[]")]
pub fn decision_codes() -> Result<Vec<String>, String> {
    crate::guard(|| Ok(r::DECISION_CODES.iter().map(|c| (*c).to_string()).collect()))
}
