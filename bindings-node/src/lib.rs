//! The native addon behind the `postpurchase` npm package. Thin: convert, call the core, convert
//! back. Every core error becomes a JS `Error` whose `code` is the core's stable code.
#![deny(clippy::unwrap_used)]

use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase::{CarrierSource, Money, map_carrier_status};

mod errors;

/// A core error as a JS error whose `code` is the stable core code.
fn js(e: postpurchase::Error) -> napi::Error<String> {
    napi::Error::new(errors::code_str(e.kind()).to_string(), e.message().to_string())
}

/// A carrier status code mapped to the normalised status.
#[napi(object)]
pub struct MappedStatus {
    /// The code as sent.
    pub raw_code: String,
    /// The normalised status, or null when unknown.
    pub status: Option<String>,
    /// Whether the carrier flagged a delay.
    pub delayed: bool,
}

/// Maps an AfterShip, EasyPost, Shippo or Shopify status code.
#[napi]
pub fn map_status(source: String, code: String) -> Result<MappedStatus, String> {
    let src = CarrierSource::parse(&source).map_err(js)?;
    let m = map_carrier_status(src, &code);
    Ok(MappedStatus { raw_code: m.raw_code, status: m.status.map(|s| s.as_str().to_string()), delayed: m.delayed })
}

/// Splits an amount over weights so the parts add up exactly.
#[napi]
pub fn allocate(amount: String, currency: String, weights: Vec<String>) -> Result<Vec<String>, String> {
    let m = Money::parse(&amount, &currency).map_err(js)?;
    let w = weights
        .iter()
        .map(|s| {
            s.parse().map_err(|_| {
                js(postpurchase::Error::new(postpurchase::ErrorKind::InvalidWeights, "weights are decimal strings"))
            })
        })
        .collect::<Result<Vec<rust_decimal::Decimal>, String>>()?;
    Ok(m.allocate(&w).map_err(js)?.iter().map(|p| p.amount().to_string()).collect())
}

fn input(what: &str, e: serde_json::Error) -> napi::Error<String> {
    js(postpurchase::Error::from_json_error(what, &e))
}

fn parse<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| input(what, e))
}

fn dump<T: serde::Serialize>(v: &T) -> Result<String, String> {
    serde_json::to_string(v).map_err(|e| input("output", e))
}

fn when(text: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    chrono::DateTime::parse_from_rfc3339(text).map(|t| t.with_timezone(&chrono::Utc)).map_err(|_| {
        js(postpurchase::Error::new(postpurchase::ErrorKind::InvalidInput, "times are ISO-8601 with an offset"))
    })
}

fn count(n: f64, what: &'static str) -> Result<u32, String> {
    if n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX) {
        Ok(n as u32)
    } else {
        Err(js(postpurchase::Error::new(postpurchase::ErrorKind::InvalidQuantity, "a quantity is a whole number >= 0")
            .with("field", what)))
    }
}

fn meta(key: &str, now: &str) -> Result<postpurchase::CommandMeta, String> {
    Ok(postpurchase::CommandMeta::new(postpurchase::IdempotencyKey::new(key).map_err(js)?, when(now)?))
}

/// Units taken out of a line: amount × taken ÷ remaining, half-up; the last unit takes the rest.
#[napi]
pub fn take_units(amount: String, currency: String, taken: f64, remaining: f64) -> Result<String, String> {
    let m = Money::parse(&amount, &currency).map_err(js)?;
    Ok(m.take_units(count(taken, "taken")?, count(remaining, "remaining")?).map_err(js)?.amount().to_string())
}

/// Digits after the decimal point of an ISO 4217 currency.
#[napi]
pub fn currency_minor_units(code: String) -> Result<u32, String> {
    postpurchase::Currency::from_code(&code).map(postpurchase::Currency::minor_units).map_err(js)
}

/// The merchant status of a shipment from its scans (JSON list of `{occurred_at, status}`).
#[napi]
pub fn merchant_status(events_json: String) -> Result<String, String> {
    let events: Vec<postpurchase::CarrierEvent> = parse("carrier events", &events_json)?;
    Ok(postpurchase::merchant_status(&events).as_str().to_string())
}

/// Late / stalled / presumed-lost detection; returns the assessment as JSON.
#[napi]
pub fn assess_delay(
    events_json: String,
    shipped_at: String,
    promised_by: Option<String>,
    international: bool,
    now: String,
) -> Result<String, String> {
    let events: Vec<postpurchase::CarrierEvent> = parse("carrier events", &events_json)?;
    let promised = promised_by.as_deref().map(when).transpose()?;
    let route = if international { postpurchase::Route::International } else { postpurchase::Route::Domestic };
    dump(&postpurchase::assess_delay(
        &events,
        when(&shipped_at)?,
        promised,
        route,
        when(&now)?,
        &postpurchase::DelayThresholds::default(),
    ))
}

/// An order driven by commands (JSON in the core's shape).
#[napi]
pub struct Order {
    inner: postpurchase::Order,
}

#[napi]
impl Order {
    /// Places an order; the new events are in `eventsJson()`.
    #[napi(factory)]
    pub fn place(order_json: String, key: String, now: String) -> Result<Order, String> {
        let new: postpurchase::NewOrder = parse("order", &order_json)?;
        let events = postpurchase::Order::place(new, &meta(&key, &now)?).map_err(js)?;
        Ok(Order { inner: postpurchase::Order::from_events(&events).map_err(js)? })
    }

    /// Rebuilds an order from its events (JSON list).
    #[napi(factory)]
    pub fn from_events(events_json: String) -> Result<Order, String> {
        let events: Vec<postpurchase::OrderEvent> = parse("order events", &events_json)?;
        Ok(Order { inner: postpurchase::Order::from_events(&events).map_err(js)? })
    }

    /// Decides and applies a command; returns the new events as JSON.
    #[napi]
    pub fn handle(&mut self, command_json: String, key: String, now: String) -> Result<String, String> {
        let cmd: postpurchase::OrderCommand = parse("order command", &command_json)?;
        dump(&self.inner.handle(&cmd, &meta(&key, &now)?).map_err(js)?)
    }

    /// Like `handle`, and also returns the notification signals the new events call for:
    /// `{"events": [...], "signals": [...]}` as JSON.
    #[napi]
    pub fn handle_with_signals(&mut self, command_json: String, key: String, now: String) -> Result<String, String> {
        let cmd: postpurchase::OrderCommand = parse("order command", &command_json)?;
        let before = self.inner.clone();
        let events = self.inner.handle(&cmd, &meta(&key, &now)?).map_err(js)?;
        let signals = postpurchase::notify::signals_from_order_events(&before, &events);
        dump(&serde_json::json!({"events": events, "signals": signals}))
    }

    /// Derived statuses and amounts as JSON.
    #[napi]
    pub fn summary_json(&self) -> Result<String, String> {
        let o = &self.inner;
        dump(&serde_json::json!({
            "id": o.id, "fulfilment_status": o.fulfilment_status(), "payment_status": o.payment_status(),
            "total": o.total().amount().to_string(), "amount_due": o.amount_due().amount().to_string(),
            "refunded": o.refunded().amount().to_string(), "version": o.version,
        }))
    }

    /// The whole state as JSON.
    #[napi]
    pub fn state_json(&self) -> Result<String, String> {
        dump(&self.inner)
    }
}

/// Validates a return policy (JSON text) and returns its canonical JSON.
#[napi]
pub fn return_policy(text: String) -> Result<String, String> {
    dump(&postpurchase::returns::ReturnPolicy::from_json(&text).map_err(js)?)
}

/// Parses the three inputs of a return decision.
fn return_inputs(
    request_json: &str,
    policy_json: &str,
    context_json: &str,
) -> Result<
    (
        postpurchase::returns::ReturnRequest,
        postpurchase::returns::ReturnPolicy,
        postpurchase::returns::EligibilityContext,
    ),
    String,
> {
    let policy = postpurchase::returns::ReturnPolicy::from_json(policy_json).map_err(js)?;
    Ok((parse("return request", request_json)?, policy, parse("eligibility context", context_json)?))
}

/// Evaluates a return request against a policy; returns the eligibility report as JSON.
#[napi]
pub fn evaluate_return(
    order: &Order,
    request_json: String,
    policy_json: String,
    context_json: String,
    now: String,
) -> Result<String, String> {
    use postpurchase::returns::*;
    let (req, policy, ctx) = return_inputs(&request_json, &policy_json, &context_json)?;
    dump(&evaluate(&order.inner, &req, &policy, &ctx, when(&now)?).map_err(js)?)
}

/// Opens a return on the order (applies the events); returns `{report, events}` as JSON.
#[napi]
pub fn open_return(
    order: &mut Order,
    request_json: String,
    policy_json: String,
    context_json: String,
    key: String,
    now: String,
) -> Result<String, String> {
    use postpurchase::returns::*;
    let (req, policy, ctx) = return_inputs(&request_json, &policy_json, &context_json)?;
    let (report, events) = request_return(&order.inner, &req, &policy, &ctx, &meta(&key, &now)?).map_err(js)?;
    for e in &events {
        order.inner.apply(e);
    }
    dump(&serde_json::json!({"report": report, "events": events}))
}

/// Notification intents for a signal (all JSON).
#[napi]
pub fn plan_notifications(
    signal_json: String,
    preferences_json: String,
    policy_json: String,
    history_json: String,
) -> Result<String, String> {
    use postpurchase::notify::*;
    let policy = NotifyPolicy::from_json(&policy_json).map_err(js)?;
    let signal: Signal = parse("signal", &signal_json)?;
    let prefs: Preferences = parse("preferences", &preferences_json)?;
    let history: Vec<Sent> = parse("history", &history_json)?;
    dump(&plan(&signal, &prefs, &policy, &history))
}

/// Signals for new order events given the events before them (JSON lists).
#[napi]
pub fn order_signals(before_events_json: String, new_events_json: String) -> Result<String, String> {
    let before: Vec<postpurchase::OrderEvent> = parse("order events", &before_events_json)?;
    let new: Vec<postpurchase::OrderEvent> = parse("order events", &new_events_json)?;
    let state = postpurchase::Order::from_events(&before).map_err(js)?;
    dump(&postpurchase::notify::signals_from_order_events(&state, &new))
}

/// A member's loyalty ledger.
#[napi]
pub struct Member {
    inner: postpurchase::loyalty::Member,
}

#[napi]
impl Member {
    /// An empty ledger.
    #[napi(constructor)]
    pub fn new(customer: String) -> Result<Member, String> {
        Ok(Member { inner: postpurchase::loyalty::Member::new(postpurchase::CustomerId::new(customer).map_err(js)?) })
    }

    /// Decides and applies a command (JSON) under a programme (JSON); returns the entries as JSON.
    #[napi]
    pub fn handle(
        &mut self,
        command_json: String,
        programme_json: String,
        key: String,
        now: String,
        expected_version: f64,
    ) -> Result<String, String> {
        let cmd: postpurchase::loyalty::LoyaltyCommand = parse("loyalty command", &command_json)?;
        let p = postpurchase::loyalty::Programme::from_json(&programme_json).map_err(js)?;
        let v = count(expected_version, "expected_version")?;
        dump(&self.inner.handle(&cmd, &p, &meta(&key, &now)?, u64::from(v)).map_err(js)?)
    }

    /// The ledger state as JSON.
    #[napi]
    pub fn state_json(&self) -> Result<String, String> {
        dump(&self.inner)
    }
}

/// NPS of 0–10 answers with margin of error and adjusted-Wald interval, as JSON.
#[napi]
pub fn nps(scores: Vec<f64>, confidence: f64) -> Result<String, String> {
    let n = postpurchase::feedback::Nps::from_scores(&scores).map_err(js)?;
    dump(&serde_json::json!({"counts": n, "result": n.result(confidence).map_err(js)?}))
}

/// CSAT (top-2-box on 1–5) with a Wilson interval, as JSON.
#[napi]
pub fn csat(scores: Vec<f64>, confidence: f64) -> Result<String, String> {
    let mut c = postpurchase::feedback::Csat::default();
    c.add_scores(&scores).map_err(js)?;
    dump(&c.result(confidence).map_err(js)?)
}

/// CES on 1–7, as JSON.
#[napi]
pub fn ces(scores: Vec<f64>) -> Result<String, String> {
    let mut c = postpurchase::feedback::Ces::default();
    c.add_scores(&scores).map_err(js)?;
    dump(&c.result().map_err(js)?)
}

/// Every core error code.
#[napi]
pub fn error_codes() -> Vec<errors::ErrorCode> {
    postpurchase::ErrorKind::ALL.iter().map(|k| errors::code(*k)).collect()
}

/// Whether the gap between two amounts is smaller than one minor unit.
#[napi]
pub fn is_settled(due: String, paid: String, currency: String) -> Result<bool, String> {
    let d = Money::parse(&due, &currency).map_err(js)?;
    let p = Money::parse(&paid, &currency).map_err(js)?;
    Ok(d.checked_sub(&p).map_err(js)?.is_settled())
}
