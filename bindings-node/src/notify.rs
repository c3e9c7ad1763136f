//! Notification intents from signals.
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase::notify as n;

use crate::args::{contract_doc, js, opt_contract_doc};
use crate::configs::{ConfigArg, NotifyPolicy, configured};
use crate::document::Document;

/// Notification intents for a signal (from `order.handle(...).signals`), given the customer's
/// preferences, the policy and what was already sent (`history`, optional).
#[napi(ts_return_type = "Array<NotificationIntent>")]
pub fn plan_notifications(
    env: Env,
    #[napi(ts_arg_type = "string | Input<Signal>")] signal: Unknown<'_>,
    #[napi(ts_arg_type = "string | Input<Preferences>")] preferences: Unknown<'_>,
    #[napi(ts_arg_type = "NotifyPolicy | Input<NotifyPolicyConfig> | string")] policy: ConfigArg<'_, NotifyPolicy>,
    #[napi(ts_arg_type = "string | Array<Input<SentNotification>> | null | undefined")] history: Option<Unknown<'_>>,
) -> Result<Vec<Document>, String> {
    crate::guard(|| {
        let policy = configured(&env, &policy, "policy", |p| &p.inner)?;
        let signal: n::Signal = contract_doc(&env, &signal, "signal")?;
        let prefs: n::Preferences = contract_doc(&env, &preferences, "preferences")?;
        let history: Vec<n::Sent> = opt_contract_doc(&env, history, "history")?;
        Document::all(&n::plan(&signal, &prefs, policy.as_ref(), &history).map_err(js)?, "intent")
    })
}
