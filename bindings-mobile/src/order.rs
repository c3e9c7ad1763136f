//! Orders as values: an order is its event list (JSON, the core's shape), as the backend stores it.
use std::time::SystemTime;

use postpurchase as pp;

use crate::wire::from_core;
use crate::{
    DelayAssessment, FulfilmentStatus, Money, Result, TrackingStatus, dump, instant, meta, mirror_enum, parse,
    timestamp,
};

mirror_enum!(
    /// Where the money is, derived from the payments.
    PaymentStatus => pp::PaymentStatus {
        /// Nothing authorised or captured.
        NotPaid,
        /// Authorised, not captured.
        Authorized,
        /// Part captured.
        PartiallyPaid,
        /// Captured in full.
        Paid,
        /// Part refunded.
        PartiallyRefunded,
        /// Refunded in full.
        Refunded,
        /// Authorisation voided.
        Voided,
        /// More collected than the order is now due (paid units cancelled).
        RefundDue,
    }
);

/// One shipment of an order, with its tracking status and delay assessment.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
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
    pub promised_by: Option<SystemTime>,
    /// When it was delivered.
    pub delivered_at: Option<SystemTime>,
    /// Late / stalled / presumed lost at the time asked.
    pub delay: DelayAssessment,
}

/// An order's derived state at a point in time.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OrderSummary {
    /// Order id.
    pub id: String,
    /// Customer id.
    pub customer: String,
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
    pub version: u64,
}

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
    let at = instant(now)?;
    let shipments = o
        .shipments()
        .values()
        .map(|s| {
            Ok(ShipmentTracking {
                id: s.spec.id.to_string(),
                carrier: s.spec.carrier.clone(),
                tracking_number: s.spec.tracking_number.clone(),
                status: from_core(&s.status(), "status")?,
                promised_by: s.spec.promised_by.map(timestamp),
                delivered_at: s.delivered_at.map(timestamp),
                delay: from_core(&s.assess_delay(at, &pp::DelayThresholds::default()), "delay")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(OrderSummary {
        id: o.id().to_string(),
        customer: o.customer().to_string(),
        fulfilment_status: from_core(&o.fulfilment_status(), "fulfilment status")?,
        payment_status: o.payment_status().into(),
        total: o.total().into(),
        amount_due: o.amount_due().into(),
        captured: o.captured().into(),
        refunded: o.refunded().into(),
        refund_due: o.refund_due()?.into(),
        shipments,
        version: o.version(),
    })
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

/// The derived state of the order given by its events, with each shipment's delay at `now`.
#[uniffi::export]
pub fn order_summary(events_json: String, now: SystemTime) -> Result<OrderSummary> {
    crate::guard(|| summarise(&rebuild(&events_json)?.0, now))
}
