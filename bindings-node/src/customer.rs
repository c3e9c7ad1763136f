//! The customer's side: the view of an order, answers, message content and plain-language
//! summaries. Each call takes one request (a JSON string or an object, camelCase or the core's
//! snake_case, as in `conformance/customer.json`) and returns a document of the contract
//! (camelCase, `Date`s); the core decides everything.
use napi::bindgen_prelude::*;
use napi_derive::napi;

use crate::args::{contract_doc, js};
use crate::document::Document;

fn run(env: &Env, operation: &str, request: &Unknown<'_>) -> Result<Document, String> {
    crate::guard(|| {
        let request: serde_json::Value = contract_doc(env, request, "request")?;
        let out = postpurchase::customer::run_json(operation, &request.to_string()).map_err(js)?;
        let out: serde_json::Value = serde_json::from_str(&out)
            .map_err(|e| js(postpurchase::Error::new(postpurchase::ErrorKind::Internal, e.to_string())))?;
        Document::of(&out, "result")
    })
}

/// Runs a customer-side request by name: `view`, `answer`, `message`, `policy_summary` or
/// `loyalty_summary`.
#[napi(ts_return_type = "OrderView | CustomerAnswer | CustomerMessage | PlainSummary")]
pub fn customer_run(
    env: Env,
    #[napi(ts_arg_type = "'view' | 'answer' | 'message' | 'policy_summary' | 'loyalty_summary'")] operation: Unknown<
        '_,
    >,
    #[napi(
        ts_arg_type = "string | Input<ViewRequest> | Input<AnswerRequest> | Input<MessageRequest> | Input<PolicySummaryRequest> | Input<LoyaltySummaryRequest>"
    )]
    request: Unknown<'_>,
) -> Result<Document, String> {
    crate::guard(|| {
        let operation = crate::args::text(&operation, "operation")?;
        run(&env, &operation, &request)
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
    run(&env, "view", &request)
}

/// The answer to a customer's question: `{view: <order view request>, question: {question,
/// line?}}` → `{question, text, statements}`.
#[napi(ts_return_type = "CustomerAnswer")]
pub fn answer_question(
    env: Env,
    #[napi(ts_arg_type = "string | Input<AnswerRequest>")] request: Unknown<'_>,
) -> Result<Document, String> {
    run(&env, "answer", &request)
}

/// The content of a notification intent: `{intent, view?, locale?}` → `{locale, payload,
/// subject, body}`.
#[napi(ts_return_type = "CustomerMessage")]
pub fn message_content(
    env: Env,
    #[napi(ts_arg_type = "string | Input<MessageRequest>")] request: Unknown<'_>,
) -> Result<Document, String> {
    run(&env, "message", &request)
}

/// The plain-language summary of a return policy: `{policy, programme?, currency, locale}` →
/// `{locale, title, statements}`.
#[napi(ts_return_type = "PlainSummary")]
pub fn return_policy_summary(
    env: Env,
    #[napi(ts_arg_type = "string | Input<PolicySummaryRequest>")] request: Unknown<'_>,
) -> Result<Document, String> {
    run(&env, "policy_summary", &request)
}

/// The plain-language summary of a loyalty programme: `{programme, locale}` → `{locale, title,
/// statements}`.
#[napi(ts_return_type = "PlainSummary")]
pub fn loyalty_summary(
    env: Env,
    #[napi(ts_arg_type = "string | Input<LoyaltySummaryRequest>")] request: Unknown<'_>,
) -> Result<Document, String> {
    run(&env, "loyalty_summary", &request)
}
