//! The customer's side: the view of an order, answers, message content and plain-language
//! summaries. Each call takes one request (a JSON string or an object, camelCase or the core's
//! snake_case, as in `conformance/customer.json`) and returns a document of the contract
//! (camelCase, `Date`s); the core decides everything.
use napi::bindgen_prelude::*;
use napi_derive::napi;

use postpurchase::customer as c;

use crate::args::{contract_doc, js};
use crate::document::Document;

/// Reads the typed request from the argument (an object or its JSON text), runs it and gives
/// the result as a document: no operation name, no JSON text in between.
fn run<R: serde::de::DeserializeOwned, T: serde::Serialize>(
    env: &Env,
    request: &Unknown<'_>,
    call: impl FnOnce(R) -> postpurchase::Result<T>,
) -> Result<Document, String> {
    crate::guard(|| {
        let request: R = contract_doc(env, request, "request")?;
        Document::of(&call(request).map_err(js)?, "result")
    })
}

/// What the customer should see about an order: `{events, policy, now, locale, programme?,
/// ledger?, context?, thresholds?}` → `{headline, shipments (timeline, estimate, next), waiting,
/// next, actions, points, returns}`.
#[napi(ts_return_type = "OrderView")]
pub fn order_view(
    env: Env,
    #[napi(ts_arg_type = "string | Input<ViewRequest>")] request: Unknown<'_>,
) -> Result<Document, String> {
    run(&env, &request, |r: c::ViewRequest| r.run())
}

/// The answer to a customer's question: `{view: <order view request>, question: {question,
/// line?}}` → `{question, text, statements}`.
#[napi(ts_return_type = "CustomerAnswer")]
pub fn answer_question(
    env: Env,
    #[napi(ts_arg_type = "string | Input<AnswerRequest>")] request: Unknown<'_>,
) -> Result<Document, String> {
    run(&env, &request, |r: c::AnswerRequest| r.run())
}

/// The content of a notification intent: `{intent, view?, locale?}` → `{locale, payload,
/// subject, body}`.
#[napi(ts_return_type = "CustomerMessage")]
pub fn message_content(
    env: Env,
    #[napi(ts_arg_type = "string | Input<MessageRequest>")] request: Unknown<'_>,
) -> Result<Document, String> {
    run(&env, &request, |r: c::MessageRequest| r.run())
}

/// The plain-language summary of a return policy: `{policy, programme?, currency, locale}` →
/// `{locale, title, statements}`.
#[napi(ts_return_type = "PlainSummary")]
pub fn return_policy_summary(
    env: Env,
    #[napi(ts_arg_type = "string | Input<PolicySummaryRequest>")] request: Unknown<'_>,
) -> Result<Document, String> {
    run(&env, &request, |r: c::PolicySummaryRequest| r.run())
}

/// The plain-language summary of a loyalty programme: `{programme, locale}` → `{locale, title,
/// statements}`.
#[napi(ts_return_type = "PlainSummary")]
pub fn loyalty_summary(
    env: Env,
    #[napi(ts_arg_type = "string | Input<LoyaltySummaryRequest>")] request: Unknown<'_>,
) -> Result<Document, String> {
    run(&env, &request, |r: c::LoyaltySummaryRequest| r.run())
}
