//! Shopify, WooCommerce and Medusa v2, read into orders: verify a delivery, read its body, plan
//! it against the order as it stands (`postpurchase::platforms`).
use std::collections::HashMap;

use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase::platforms as p;

use crate::args::{dump, js, strings, text};
use crate::document::Document;
use crate::order::Order;

/// A verified delivery: its platform, its id (record it in the inbox: a retry has the same id)
/// and its topic.
#[napi(object, object_from_js = false)]
pub struct Delivery {
    /// `shopify` or `woocommerce`.
    pub platform: String,
    /// `X-Shopify-Event-Id` / `X-WC-Webhook-Delivery-ID`.
    pub id: String,
    /// `X-Shopify-Topic` / `X-WC-Webhook-Topic` (`orders/create`, `order.updated`).
    pub topic: String,
    /// `X-Shopify-Triggered-At`, when sent: pass it to `PlatformBody.read` (Shopify's return
    /// bodies carry no time of their own).
    pub triggered_at: Option<chrono::DateTime<chrono::Utc>>,
}

fn platform(v: &Unknown<'_>) -> Result<p::Platform, String> {
    p::Platform::parse(&text(v, "platform")?).map_err(js)
}

fn bytes(body: &Either<Uint8Array, Unknown<'_>>) -> Result<Vec<u8>, String> {
    Ok(match body {
        Either::A(b) => b.to_vec(),
        Either::B(t) => text(t, "body")?.into_bytes(),
    })
}

/// Verifies a webhook delivery from `shopify` or `woocommerce`: `headers` as Node's
/// `req.headers` gives them (any case), `body` the raw body (a Buffer, or the exact text),
/// `secrets` one secret or two while rotating. Throws `webhook.signature_mismatch` for a forged
/// or altered body, `platform.payload_too_large` for a body over 5 MiB.
#[napi]
pub fn verify_delivery(
    #[napi(ts_arg_type = "'shopify' | 'woocommerce'")] platform_name: Unknown<'_>,
    #[napi(ts_arg_type = "Record<string, string | string[] | undefined>")] headers: HashMap<
        String,
        Option<Either<String, Vec<String>>>,
    >,
    #[napi(ts_arg_type = "Uint8Array | string")] body: Either<Uint8Array, Unknown<'_>>,
    #[napi(ts_arg_type = "string | string[]")] secrets: Unknown<'_>,
) -> Result<Delivery, String> {
    crate::guard(|| {
        let which = platform(&platform_name)?;
        let keys: Vec<String> = if secrets.is_array().unwrap_or(false) {
            strings(&secrets, "secrets")?
        } else {
            vec![text(&secrets, "secrets")?]
        };
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let pairs: Vec<(&str, &str)> = headers
            .iter()
            .filter_map(|(k, v)| match v {
                Some(Either::A(one)) => Some((k.as_str(), one.as_str())),
                Some(Either::B(many)) => many.first().map(|first| (k.as_str(), first.as_str())),
                None => None,
            })
            .collect();
        let d = p::verify(which, &pairs, &bytes(&body)?, &keys).map_err(js)?;
        Ok(Delivery {
            platform: d.platform.as_str().to_string(),
            id: d.id,
            topic: d.topic,
            triggered_at: d.triggered_at,
        })
    })
}

/// One command of a plan.
#[napi(object, object_from_js = false)]
pub struct PlanStep {
    /// Its idempotency key, built from the platform's ids.
    pub key: String,
    /// The command.
    #[napi(ts_type = "OrderCommand")]
    pub command: Document,
    /// Its time.
    pub at: chrono::DateTime<chrono::Utc>,
}

/// The commands that bring an order to what the platform says, and the events they make.
#[napi(object, object_from_js = false)]
pub struct PlatformPlan {
    /// The order.
    pub order_id: String,
    /// The steps, in order (empty when the order already says it all: a duplicate or late body).
    pub steps: Vec<PlanStep>,
    /// The events as JSON: append them to the order's stream at `expectedVersion`.
    pub events_json: String,
    /// The events, as documents.
    #[napi(ts_type = "Array<OrderEvent>")]
    pub events: Vec<Document>,
    /// The order's version the plan was made against (0 for an order it places).
    pub expected_version: i64,
}

/// A platform's webhook body, read: what it says of one order.
#[napi]
pub struct PlatformBody {
    inner: p::Observed,
}

#[napi]
impl PlatformBody {
    /// Reads a body: `platform` `shopify` (topic from `X-Shopify-Topic`), `woocommerce` (topic
    /// from `X-WC-Webhook-Topic`) or `medusa` (the order document; the topic is not read). A field
    /// that cannot be mapped throws `platform.unmappable`, its message naming the field
    /// (`(field: line_items[0].price)`). `triggeredAt` is the delivery's time
    /// (`Delivery.triggeredAt`), needed by Shopify's `returns/*` bodies, which carry none.
    #[napi(factory)]
    pub fn read(
        #[napi(ts_arg_type = "'shopify' | 'woocommerce' | 'medusa'")] platform_name: Unknown<'_>,
        #[napi(ts_arg_type = "string")] topic: Unknown<'_>,
        #[napi(ts_arg_type = "Uint8Array | string")] body: Either<Uint8Array, Unknown<'_>>,
        #[napi(ts_arg_type = "Date | null")] triggered_at: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Result<PlatformBody, String> {
        crate::guard(|| {
            let body = bytes(&body)?;
            let seen = match platform(&platform_name)? {
                p::Platform::Shopify => p::shopify::observe_at(&text(&topic, "topic")?, &body, triggered_at),
                p::Platform::WooCommerce => p::woocommerce::observe(&text(&topic, "topic")?, &body),
                p::Platform::Medusa => p::medusa::observe(&body),
            };
            Ok(PlatformBody { inner: seen.map_err(js)? })
        })
    }

    /// The order the body is about.
    #[napi(getter)]
    pub fn order_id(&self) -> String {
        self.inner.order.as_str().to_string()
    }

    /// The plan against `order` as it stands (`null` when it is not stored yet). Throws
    /// `order.not_placed` when the order is not stored and the body does not carry it whole
    /// (answer the platform with an error, so that it retries), or the error of any step a rule
    /// refuses: then the plan applies nothing.
    ///
    /// Returns the platform opened are decided by `policy` (the default policy when absent); where
    /// the platform accepted what the policy denied, the return is approved with the platform
    /// named as the override's reason.
    #[napi(ts_args_type = "order?: Order | null, policy?: ReturnPolicy | Input<ReturnPolicyConfig> | string | null")]
    pub fn plan(
        &self,
        env: Env,
        order: Option<Either<&Order, Unknown<'_>>>,
        policy: Option<crate::configs::ConfigArg<'_, crate::configs::ReturnPolicy>>,
    ) -> Result<PlatformPlan, String> {
        crate::guard(|| {
            let policy = match &policy {
                Some(Either::B(v)) if matches!(v.get_type(), Ok(ValueType::Undefined | ValueType::Null)) => None,
                Some(given) => Some(crate::configs::configured(&env, given, "policy", |p| &p.inner)?),
                None => None,
            };
            let default_policy = postpurchase::returns::ReturnPolicy::default();
            let policy = policy.as_deref().unwrap_or(&default_policy);
            let current = match &order {
                Some(Either::A(o)) => Some(&o.inner),
                Some(Either::B(v)) if matches!(v.get_type(), Ok(ValueType::Undefined | ValueType::Null)) => None,
                None => None,
                Some(Either::B(_)) => return Err(crate::args::invalid("order", "must be an Order or null")),
            };
            let eligibility = postpurchase::returns::EligibilityContext::default();
            let plan = self.inner.plan_with(current, policy, &eligibility).map_err(js)?;
            let steps = plan
                .steps()
                .iter()
                .map(|s| {
                    Ok(PlanStep {
                        key: s.key().as_str().to_string(),
                        command: Document::of(s.command(), "command")?,
                        at: s.at(),
                    })
                })
                .collect::<Result<Vec<_>, String>>()?;
            Ok(PlatformPlan {
                order_id: plan.order().as_str().to_string(),
                steps,
                events_json: dump(&plan.events())?,
                events: Document::all(plan.events(), "event")?,
                expected_version: i64::try_from(plan.expected_version()).unwrap_or(i64::MAX),
            })
        })
    }
}
