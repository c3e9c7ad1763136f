//! Fixtures shared by the integration tests.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use postpurchase::*;

pub fn t(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, hour, 0, 0).single().unwrap()
}

pub fn usd(s: &str) -> Money {
    Money::parse(s, "USD").unwrap()
}

pub fn meta(key: &str, now: DateTime<Utc>) -> CommandMeta {
    CommandMeta::new(IdempotencyKey::new(key).unwrap(), now)
}

pub fn line(id: &str, qty: u32, price: &str) -> NewLine {
    NewLine::new(
        LineId::new(id).unwrap(),
        Sku::new(format!("SKU-{id}")).unwrap(),
        format!("Item {id}"),
        qty,
        usd(price),
    )
}

pub fn new_order(lines: Vec<NewLine>) -> NewOrder {
    let mut b = NewOrder::builder(
        OrderId::new("o-1").unwrap(),
        CustomerId::new("c-1").unwrap(),
        Currency::from_code("USD").unwrap(),
        t(1, 9),
    );
    for l in lines {
        b = b.line(l);
    }
    b.build()
}

pub fn placed(order: NewOrder) -> (Order, Vec<OrderEvent>) {
    let events = Order::place(order, &meta("place", t(1, 9))).unwrap();
    (Order::from_events(&events).unwrap(), events)
}

pub fn lq(line: &str, quantity: u32) -> LineQuantity {
    LineQuantity { line: LineId::new(line).unwrap(), quantity }
}

pub fn shipment(id: &str, lines: Vec<LineQuantity>, promised: Option<DateTime<Utc>>) -> OrderCommand {
    OrderCommand::CreateShipment {
        shipment: NewShipment {
            id: ShipmentId::new(id).unwrap(),
            lines,
            carrier: "ups".into(),
            tracking_number: Some(format!("1Z{id}")),
            promised_by: promised,
            route: Route::Domestic,
        },
    }
}

pub fn scan(shipment: &str, at: DateTime<Utc>, status: TrackingStatus) -> OrderCommand {
    OrderCommand::RecordTracking { shipment: ShipmentId::new(shipment).unwrap(), event: CarrierEvent::new(at, status) }
}

/// Runs a command, appends its events to the log, and returns them.
pub fn run(
    order: &mut Order,
    log: &mut Vec<OrderEvent>,
    key: &str,
    now: DateTime<Utc>,
    cmd: OrderCommand,
) -> Result<Vec<OrderEvent>> {
    let ev = order.handle(&cmd, &meta(key, now))?;
    log.extend(ev.iter().cloned());
    Ok(ev)
}
