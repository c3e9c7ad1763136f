//! The customer's side: the view of an order, answers, message content and plain-language
//! summaries. Each call takes one request (a JSON string or an object in the core's shape, as in
//! `conformance/customer.json`) and returns a plain object; the core decides everything.
use napi::bindgen_prelude::*;
use napi_derive::napi;

use crate::args::{js, json_text};

fn run(env: &Env, operation: &str, request: &Unknown<'_>) -> Result<serde_json::Value, String> {
    crate::guard(|| {
        let text = json_text(env, request, "request")?;
        let out = postpurchase::customer::run_json(operation, &text).map_err(js)?;
        serde_json::from_str(&out)
            .map_err(|e| js(postpurchase::Error::new(postpurchase::ErrorKind::Internal, e.to_string())))
    })
}

/// Runs a customer-side request by name: `view`, `answer`, `message`, `policy_summary` or
/// `loyalty_summary`.
#[napi(ts_return_type = "Record<string, any>")]
pub fn customer_run(
    env: Env,
    operation: String,
    #[napi(ts_arg_type = "string | Record<string, unknown>")] request: Unknown<'_>,
) -> Result<serde_json::Value, String> {
    run(&env, &operation, &request)
}

/// What the customer should see about an order: `{events, policy, now, locale, programme?,
/// ledger?, context?, thresholds?}` → `{headline, shipments (timeline, estimate, next), waiting,
/// next, actions, points, returns}`.
#[napi(ts_return_type = "Record<string, any>")]
pub fn order_view(
    env: Env,
    #[napi(ts_arg_type = "string | Record<string, unknown>")] request: Unknown<'_>,
) -> Result<serde_json::Value, String> {
    run(&env, "view", &request)
}

/// The answer to a customer's question: `{view: <order view request>, question: {question,
/// line?}}` → `{question, text, statements}`.
#[napi(ts_return_type = "Record<string, any>")]
pub fn answer_question(
    env: Env,
    #[napi(ts_arg_type = "string | Record<string, unknown>")] request: Unknown<'_>,
) -> Result<serde_json::Value, String> {
    run(&env, "answer", &request)
}

/// The content of a notification intent: `{intent, view?, locale?}` → `{locale, payload,
/// subject, body}`.
#[napi(ts_return_type = "Record<string, any>")]
pub fn message_content(
    env: Env,
    #[napi(ts_arg_type = "string | Record<string, unknown>")] request: Unknown<'_>,
) -> Result<serde_json::Value, String> {
    run(&env, "message", &request)
}

/// The plain-language summary of a return policy: `{policy, programme?, currency, locale}` →
/// `{locale, title, statements}`.
#[napi(ts_return_type = "Record<string, any>")]
pub fn return_policy_summary(
    env: Env,
    #[napi(ts_arg_type = "string | Record<string, unknown>")] request: Unknown<'_>,
) -> Result<serde_json::Value, String> {
    run(&env, "policy_summary", &request)
}

/// The plain-language summary of a loyalty programme: `{programme, locale}` → `{locale, title,
/// statements}`.
#[napi(ts_return_type = "Record<string, any>")]
pub fn loyalty_summary(
    env: Env,
    #[napi(ts_arg_type = "string | Record<string, unknown>")] request: Unknown<'_>,
) -> Result<serde_json::Value, String> {
    run(&env, "loyalty_summary", &request)
}
