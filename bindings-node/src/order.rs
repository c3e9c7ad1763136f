//! The order aggregate as a JS class: documents in, typed summaries out.
use chrono::{DateTime, Utc};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase as pp;

use crate::args::{contract_doc, dump, js, meta, opt_time};
use crate::document::Document;
use crate::enums::{FulfilmentStatus, PaymentStatus, ReturnStatus, TrackingStatus};
use crate::money::Money;
use crate::returns::RefundBreakdown;
use crate::tracking::DelayAssessment;

/// One shipment of an order.
#[napi(object)]
pub struct ShipmentTracking {
    /// Shipment id.
    pub id: String,
    /// Carrier name.
    pub carrier: String,
    /// Tracking number, if known.
    pub tracking_number: Option<String>,
    /// Merchant status (delivered once marked delivered).
    pub status: TrackingStatus,
    /// Promised delivery.
    pub promised_by: Option<DateTime<Utc>>,
    /// When it was delivered.
    pub delivered_at: Option<DateTime<Utc>>,
    /// Late / stalled / presumed lost, when `summary(now)` was given a time.
    pub delay: Option<DelayAssessment>,
}

/// An order's derived state.
#[napi(object)]
pub struct OrderSummary {
    /// Order id.
    pub id: String,
    /// Customer id.
    pub customer: String,
    /// ISO 4217 code.
    pub currency: String,
    /// Where the goods are.
    pub fulfilment_status: FulfilmentStatus,
    /// Where the money is.
    pub payment_status: PaymentStatus,
    /// Order total.
    pub total: Money,
    /// Still to capture.
    pub amount_due: Money,
    /// Captured so far.
    pub captured: Money,
    /// Refunded so far.
    pub refunded: Money,
    /// Collected beyond what is now due (paid units cancelled), owed back to the customer.
    pub refund_due: Money,
    /// Shipments in id order.
    pub shipments: Vec<ShipmentTracking>,
    /// Events applied.
    pub version: u32,
}

/// What a command did: the new events to store and the notification signals they call for.
#[napi(object, object_from_js = false)]
pub struct CommandResult {
    /// The new events as JSON (append them to the order's stream); `[]` for a repeated key.
    pub events_json: String,
    /// How many events.
    pub event_count: u32,
    /// Signals for `planNotifications` (one per shipment status change, delay flag, return step…),
    /// with camelCase field names.
    #[napi(ts_type = "Array<Signal>")]
    pub signals: Vec<Document>,
}

/// One return of an order.
#[napi(object)]
pub struct ReturnSummary {
    /// Return id.
    pub id: String,
    /// Where it stands.
    pub status: ReturnStatus,
    /// When it was requested.
    pub requested_at: DateTime<Utc>,
    /// The refund, once paid.
    pub refund: Option<RefundBreakdown>,
    /// The exchange settlement, once made.
    pub exchange: Option<crate::returns::ExchangeSettlement>,
}

/// An order driven by commands (documents in the core's JSON shape, as strings or objects).
#[napi]
pub struct Order {
    pub(crate) inner: pp::Order,
    pub(crate) events: Vec<pp::OrderEvent>,
}

impl Order {
    /// Applies new events to the state and the log.
    pub(crate) fn record(&mut self, new: &[pp::OrderEvent]) {
        for e in new {
            self.inner.apply(e);
        }
        self.events.extend_from_slice(new);
    }
}

#[napi]
impl Order {
    /// Places an order (a `NewOrder`: `{id, customer, currency, placed_at, lines, …}`, or its JSON
    /// text).
    #[napi(factory)]
    pub fn place(
        env: Env,
        #[napi(ts_arg_type = "string | Input<NewOrder>")] order: Unknown<'_>,
        #[napi(ts_arg_type = "string")] key: Unknown<'_>,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
    ) -> Result<Order, String> {
        crate::guard(|| {
            let new: pp::NewOrder = contract_doc(&env, &order, "order")?;
            let events = pp::Order::place(new, &meta(&key, &now)?).map_err(js)?;
            Ok(Order { inner: pp::Order::from_events(&events).map_err(js)?, events })
        })
    }

    /// Rebuilds an order from its stored events: their JSON text as stored (`eventsJson`), or an
    /// array of events (`events()`, camelCase or the stored snake_case).
    #[napi(factory)]
    pub fn from_events(
        env: Env,
        #[napi(ts_arg_type = "string | Array<Input<OrderEvent>>")] events: Unknown<'_>,
    ) -> Result<Order, String> {
        crate::guard(|| {
            let events: Vec<pp::OrderEvent> = contract_doc(&env, &events, "events")?;
            Ok(Order { inner: pp::Order::from_events(&events).map_err(js)?, events })
        })
    }

    /// Decides and applies a command (`{type: 'create_shipment', …}`). A refused command throws
    /// and changes nothing; a repeated key changes nothing and returns no events. With
    /// `expectedVersion` (the `version` the caller read), an order that has moved on throws
    /// `store.concurrency_conflict`.
    #[napi]
    pub fn handle(
        &mut self,
        env: Env,
        #[napi(ts_arg_type = "string | Input<OrderCommand>")] command: Unknown<'_>,
        #[napi(ts_arg_type = "string")] key: Unknown<'_>,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
        #[napi(ts_arg_type = "number")] expected_version: Option<Unknown<'_>>,
    ) -> Result<CommandResult, String> {
        crate::guard(|| {
            let cmd: pp::OrderCommand = contract_doc(&env, &command, "command")?;
            let m = crate::args::meta_expecting(&key, &now, expected_version.as_ref())?;
            let new = self.inner.decide(&cmd, &m).map_err(js)?;
            // signals read the state before the events: take them before applying (no clone)
            let signals = signals(&self.inner, &new)?;
            self.record(&new);
            Ok(CommandResult { events_json: dump(&new)?, event_count: new.len() as u32, signals })
        })
    }

    /// Derived statuses and amounts; with `now`, each shipment's delay assessment too.
    #[napi]
    pub fn summary(
        &self,
        #[napi(ts_arg_type = "Date | string")] now: Option<Unknown<'_>>,
    ) -> Result<OrderSummary, String> {
        crate::guard(|| {
            let at = opt_time(now, "now")?;
            let o = &self.inner;
            let shipments = o
                .shipments()
                .values()
                .map(|s| ShipmentTracking {
                    id: s.spec.id.to_string(),
                    carrier: s.spec.carrier.clone(),
                    tracking_number: s.spec.tracking_number.clone(),
                    status: s.status().into(),
                    promised_by: s.spec.promised_by,
                    delivered_at: s.delivered_at,
                    delay: at.map(|t| s.assess_delay(t, &pp::DelayThresholds::default()).into()),
                })
                .collect();
            Ok(OrderSummary {
                id: o.id().to_string(),
                customer: o.customer().to_string(),
                currency: o.currency().code().to_string(),
                fulfilment_status: o.fulfilment_status().into(),
                payment_status: o.payment_status().into(),
                total: o.total().into(),
                amount_due: o.amount_due().into(),
                captured: o.captured().into(),
                refunded: o.refunded().into(),
                refund_due: o.refund_due().map_err(js)?.into(),
                shipments,
                version: u32::try_from(o.version()).unwrap_or(u32::MAX),
            })
        })
    }

    /// The order's returns, in id order.
    #[napi]
    pub fn returns(&self) -> Result<Vec<ReturnSummary>, String> {
        crate::guard(|| {
            Ok(self
                .inner
                .returns()
                .map(|c| ReturnSummary {
                    id: c.id.to_string(),
                    status: c.status.into(),
                    requested_at: c.requested_at,
                    refund: c.refund.clone().map(Into::into),
                    exchange: c.exchange.clone().map(Into::into),
                })
                .collect())
        })
    }

    /// Every event so far, as documents (camelCase, `Date`s).
    #[napi(ts_return_type = "Array<OrderEvent>")]
    pub fn events(&self) -> Result<Vec<Document>, String> {
        crate::guard(|| Document::all(&self.events, "event"))
    }

    /// Every event so far as JSON (the order's stream, for storage or `Order.fromEvents`).
    #[napi]
    pub fn events_json(&self) -> Result<String, String> {
        crate::guard(|| dump(&self.events))
    }

    /// The whole state as JSON.
    #[napi]
    pub fn state_json(&self) -> Result<String, String> {
        crate::guard(|| dump(&self.inner))
    }
}

/// Signals for new order events given the events before them.
#[napi(ts_return_type = "Array<Signal>")]
pub fn order_signals(
    env: Env,
    #[napi(ts_arg_type = "string | Array<Input<OrderEvent>>")] before_events: Unknown<'_>,
    #[napi(ts_arg_type = "string | Array<Input<OrderEvent>>")] new_events: Unknown<'_>,
) -> Result<Vec<Document>, String> {
    crate::guard(|| {
        let before: Vec<pp::OrderEvent> = contract_doc(&env, &before_events, "beforeEvents")?;
        let new: Vec<pp::OrderEvent> = contract_doc(&env, &new_events, "newEvents")?;
        signals(&pp::Order::from_events(&before).map_err(js)?, &new)
    })
}

/// The notification signals `new` events call for, given the state before them, as documents
/// (camelCase field names, `Date`s; the payload's keys stay as they are).
fn signals(before: &pp::Order, new: &[pp::OrderEvent]) -> Result<Vec<Document>, String> {
    Document::all(&pp::notify::signals_from_order_events(before, new), "signal")
}
