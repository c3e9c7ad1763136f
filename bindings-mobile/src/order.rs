//! Orders as values: an order is its event list (JSON, the core's shape), as the backend stores it.
use std::time::SystemTime;

use postpurchase as pp;

use crate::wire::from_core;
use crate::{OrderSummary, Result, dump, instant, meta, parse};

/// An order after a command: the whole event list to store, the new events, and the summary.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OrderUpdate {
    /// Every event so far (JSON list): the order's state of record.
    pub events_json: String,
    /// Only the events this command added (JSON list).
    pub new_events_json: String,
    /// The derived state after the command.
    pub summary: OrderSummary,
}

/// Rebuilds an order from its events.
pub(crate) fn rebuild(events_json: &str) -> Result<(pp::Order, Vec<pp::OrderEvent>)> {
    let events: Vec<pp::OrderEvent> = parse("order events", events_json)?;
    Ok((pp::Order::from_events(&events)?, events))
}

pub(crate) fn summarise(o: &pp::Order, now: SystemTime) -> Result<OrderSummary> {
    summarise_with(o, now, None)
}

/// The shop's delay thresholds (bounds checked as for any configuration), or the defaults.
pub(crate) fn thresholds(t: Option<crate::DelayThresholds>) -> Result<pp::DelayThresholds> {
    match t {
        Some(t) => {
            let core: pp::DelayThresholds = crate::wire::to_core(&t, "thresholds")?;
            Ok(pp::config::validated(core)?)
        }
        None => Ok(pp::DelayThresholds::default()),
    }
}

/// [`summarise`] under the shop's thresholds.
pub(crate) fn summarise_with(
    o: &pp::Order,
    now: SystemTime,
    t: Option<crate::DelayThresholds>,
) -> Result<OrderSummary> {
    from_core(&o.summary(Some(instant(now)?), &thresholds(t)?)?, "summary")
}

pub(crate) fn update(
    o: &pp::Order,
    mut all: Vec<pp::OrderEvent>,
    new: Vec<pp::OrderEvent>,
    now: SystemTime,
) -> Result<OrderUpdate> {
    let new_events_json = dump(&new)?;
    all.extend(new);
    Ok(OrderUpdate { events_json: dump(&all)?, new_events_json, summary: summarise(o, now)? })
}

/// Places an order (JSON in the core's `NewOrder` shape) under an idempotency key.
#[uniffi::export]
pub fn place_order(order_json: String, key: String, now: SystemTime) -> Result<OrderUpdate> {
    crate::guard(|| {
        let new: pp::NewOrder = parse("order", &order_json)?;
        let events = pp::Order::place(new, &meta(&key, now)?)?;
        let order = pp::Order::from_events(&events)?;
        update(&order, Vec::new(), events, now)
    })
}

/// Runs a command (JSON in the core's `OrderCommand` shape) on the order given by its events.
/// A refused command changes nothing; a repeated key is a no-op.
#[uniffi::export(default(expected_version = None))]
pub fn handle_order_command(
    events_json: String,
    command_json: String,
    key: String,
    now: SystemTime,
    expected_version: Option<i64>,
) -> Result<OrderUpdate> {
    crate::guard(|| {
        let (mut order, events) = rebuild(&events_json)?;
        let cmd: pp::OrderCommand = parse("order command", &command_json)?;
        let new = order.handle(&cmd, &crate::meta_expecting(&key, now, expected_version)?)?;
        update(&order, events, new, now)
    })
}

/// The derived state of the order given by its events, with each shipment's delay at `now`
/// under the shop's `thresholds` (the defaults when absent).
#[uniffi::export(default(thresholds = None))]
pub fn order_summary(
    events_json: String,
    now: SystemTime,
    thresholds: Option<crate::DelayThresholds>,
) -> Result<OrderSummary> {
    crate::guard(|| summarise_with(&rebuild(&events_json)?.0, now, thresholds))
}
