//! The order aggregate as a JS class: documents in, typed summaries out.
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase as pp;

use crate::args::{contract_doc, dump, js, meta, opt_time};
use crate::document::Document;

/// What a command did: the new events to store and the notification signals they call for.
#[napi(object, object_from_js = false)]
pub struct CommandResult {
    /// The new events as JSON (append them to the order's stream); `[]` for a repeated key.
    pub events_json: String,
    /// How many events.
    pub event_count: u32,
    /// The new events, as documents (camelCase, `Date`s).
    #[napi(ts_type = "Array<OrderEvent>")]
    pub events: Vec<Document>,
    /// Signals for `planNotifications` (one per shipment status change, delay flag, return step…),
    /// with camelCase field names.
    #[napi(ts_type = "Array<Signal>")]
    pub signals: Vec<Document>,
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
            Ok(CommandResult {
                events_json: dump(&new)?,
                event_count: new.len() as u32,
                events: Document::all(&new, "event")?,
                signals,
            })
        })
    }

    /// Derived statuses and amounts; with `now`, each shipment's delay assessment too, under the
    /// shop's `thresholds` (defaults for any left out).
    #[napi(ts_return_type = "OrderSummary")]
    pub fn summary(
        &self,
        env: Env,
        #[napi(ts_arg_type = "Date | string")] now: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "Input<DelayThresholds> | null")] thresholds: Option<Unknown<'_>>,
    ) -> Result<Document, String> {
        crate::guard(|| {
            let at = opt_time(now, "now")?;
            let th = crate::args::thresholds(&env, thresholds, "thresholds")?;
            Document::of(&self.inner.summary(at, &th).map_err(js)?, "summary")
        })
    }

    /// The order's returns, in id order.
    #[napi(ts_return_type = "Array<ReturnSummary>")]
    pub fn returns(&self) -> Result<Document, String> {
        crate::guard(|| Document::of(&self.inner.return_summaries(), "returns"))
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
