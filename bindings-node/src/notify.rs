//! Notification intents from signals.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase::notify as n;

use crate::args::{contract_doc, js, opt_contract_doc};
use crate::configs::{ConfigArg, NotifyPolicy, configured};
use crate::enums::{Channel, NotificationKind};

/// A message to send: what, to whom, on which channel, when, and its dedupe key.
#[napi(object)]
pub struct NotificationIntent {
    /// What it is about.
    pub kind: NotificationKind,
    /// Customer id.
    pub customer: String,
    /// Channel.
    pub channel: Channel,
    /// When to send (quiet hours already applied).
    pub send_at: DateTime<Utc>,
    /// Stable key: the same signal never plans a second message.
    pub dedupe_key: String,
    /// Template variables.
    pub payload: HashMap<String, String>,
    /// The recipient's language, from their preferences.
    pub locale: Option<String>,
}

/// Notification intents for a signal (from `order.handle(...).signals`), given the customer's
/// preferences, the policy and what was already sent (`history`, optional).
#[napi]
pub fn plan_notifications(
    env: Env,
    #[napi(ts_arg_type = "string | Input<Signal>")] signal: Unknown<'_>,
    #[napi(ts_arg_type = "string | Input<Preferences>")] preferences: Unknown<'_>,
    #[napi(ts_arg_type = "NotifyPolicy | Input<NotifyPolicyConfig> | string")] policy: ConfigArg<'_, NotifyPolicy>,
    #[napi(ts_arg_type = "string | Array<Input<SentNotification>> | null | undefined")] history: Option<Unknown<'_>>,
) -> Result<Vec<NotificationIntent>, String> {
    crate::guard(|| {
        let policy = configured(&env, &policy, "policy", |p| &p.inner)?;
        let signal: n::Signal = contract_doc(&env, &signal, "signal")?;
        let prefs: n::Preferences = contract_doc(&env, &preferences, "preferences")?;
        let history: Vec<n::Sent> = opt_contract_doc(&env, history, "history")?;
        Ok(n::plan(&signal, &prefs, policy.as_ref(), &history)
            .map_err(js)?
            .into_iter()
            .map(|i| NotificationIntent {
                kind: i.kind.into(),
                customer: i.customer.to_string(),
                channel: i.channel.into(),
                send_at: i.send_at,
                dedupe_key: i.dedupe_key,
                payload: i.payload.into_iter().collect(),
                locale: i.locale,
            })
            .collect())
    })
}
