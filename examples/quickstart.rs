//! One order from placement to delivery: confirmation, payment, a split shipment fed by real
//! carrier status codes (one parcel runs late and is flagged), and delivery.
//!
//! Run with `cargo run --example quickstart`.

use chrono::{DateTime, Duration, TimeZone, Utc};
use postpurchase::*;
use rust_decimal::Decimal;

fn fmt_status(s: impl std::fmt::Debug) -> String {
    format!("{s:?}")
}

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, hour, 0, 0).single().unwrap_or_default()
}

struct Timeline {
    order: Order,
    log: Vec<OrderEvent>,
    store: InMemoryEventStore<OrderEvent>,
}

impl Timeline {
    fn run(&mut self, key: &str, now: DateTime<Utc>, what: &str, cmd: OrderCommand) -> Result<()> {
        let events = self.order.handle(&cmd, &CommandMeta::new(IdempotencyKey::new(key)?, now))?;
        let version = self.store.version(self.order.id().as_str())?;
        self.store.append(self.order.id().as_str(), version, &events)?;
        self.log.extend(events);
        println!(
            "{}  {:<74} fulfilment: {:<20} payment: {}",
            now.format("%a %d %b %H:%M"),
            what,
            fmt_status(self.order.fulfilment_status()),
            fmt_status(self.order.payment_status()),
        );
        Ok(())
    }

    fn scan(&mut self, key: &str, now: DateTime<Utc>, shipment: &str, source: CarrierSource, code: &str) -> Result<()> {
        let mapped = map_carrier_status(source, code);
        let Some(status) = mapped.status else {
            println!("{}  unknown {source:?} code {code:?} kept for review", now.format("%a %d %b %H:%M"));
            return Ok(());
        };
        let event = CarrierEvent {
            occurred_at: now,
            status,
            delayed: mapped.delayed,
            raw_code: code.into(),
            location: None,
            estimated_delivery: None,
        };
        let id = ShipmentId::new(shipment)?;
        let mut after = self.order.shipment(&id)?.events.clone();
        after.push(event.clone());
        let what = format!(
            "{shipment}: {source:?} {code:?} -> {} (now {})",
            status.as_str(),
            merchant_status(&after).as_str()
        );
        self.run(key, now, &what, OrderCommand::RecordTracking { shipment: id, event })
    }

    fn check_delays(&self, now: DateTime<Utc>) {
        for (id, s) in self.order.shipments() {
            let a = assess_delay(
                &s.events,
                s.created_at,
                s.spec.promised_by,
                s.spec.route,
                now,
                &DelayThresholds::default(),
            );
            if a.late || a.stalled || a.presumed_lost || a.carrier_delayed {
                println!(
                    "{}  !! {id} flagged: late={} stalled={} presumed_lost={} carrier_delayed={} (promised {})",
                    now.format("%a %d %b %H:%M"),
                    a.late,
                    a.stalled,
                    a.presumed_lost,
                    a.carrier_delayed,
                    s.spec.promised_by.map(|p| p.format("%a %d %b").to_string()).unwrap_or_default()
                );
            }
        }
    }
}

fn main() -> Result<()> {
    let usd = Currency::from_code("USD")?;
    let price = |s: &str| Money::parse(s, "USD");
    let new = NewOrder::builder(OrderId::new("1001")?, CustomerId::new("cust-42")?, usd, at(2, 9))
        .line(NewLine::new(LineId::new("l1")?, Sku::new("BOOT-42")?, "Trail boots", 1, price("129.00")?).tax(
            "sales tax",
            Decimal::new(8, 2),
            price("9.70")?,
        ))
        .line(NewLine::new(LineId::new("l2")?, Sku::new("SOCK-3P")?, "Wool socks (3-pack)", 2, price("18.50")?).tax(
            "sales tax",
            Decimal::new(8, 2),
            price("2.78")?,
        ))
        .discount("WELCOME10", price("10.00")?)
        .shipping(price("6.95")?)
        .build();
    let events = Order::place(new, &CommandMeta::new(IdempotencyKey::new("place-1001")?, at(2, 9)))?;
    let order = Order::from_events(&events)?;
    let mut store = InMemoryEventStore::new();
    store.append(order.id().as_str(), 0, &events)?;
    println!("Order {} for customer {}", order.id(), order.customer());
    for l in order.lines() {
        println!(
            "  {:<22} {} x {}  gross {}  order discount -{}  tax {}  total {}",
            l.spec.title,
            l.spec.quantity,
            l.spec.unit_price,
            l.amounts.gross,
            l.amounts.order_discount,
            l.amounts.tax,
            l.amounts.total
        );
    }
    println!("  shipping {}   order total {}\n", order.shipping(), order.total());
    println!(
        "{}  {:<74} fulfilment: {:<20} payment: {:?}",
        at(2, 9).format("%a %d %b %H:%M"),
        "placed",
        format!("{:?}", order.fulfilment_status()),
        order.payment_status()
    );

    let mut tl = Timeline { order, log: events, store };
    let pay = PaymentId::new("pay-1")?;
    let total = tl.order.total();
    tl.run(
        "auth",
        at(2, 9),
        "payment authorised",
        OrderCommand::AuthorizePayment { payment: pay.clone(), amount: total },
    )?;
    tl.run("confirm", at(2, 9) + Duration::minutes(1), "order confirmed", OrderCommand::Confirm)?;
    let ship = |id: &str, lines: Vec<(&str, u32)>, promised: DateTime<Utc>| -> Result<OrderCommand> {
        Ok(OrderCommand::CreateShipment {
            shipment: NewShipment {
                id: ShipmentId::new(id)?,
                lines: lines
                    .into_iter()
                    .map(|(l, q)| Ok(LineQuantity { line: LineId::new(l)?, quantity: q }))
                    .collect::<Result<_>>()?,
                carrier: "ups".into(),
                tracking_number: Some(format!("1Z{id}")),
                promised_by: Some(promised),
                route: Route::Domestic,
            },
        })
    };
    tl.run("ship-a", at(2, 15), "shipment A created (boots), promised Thu 05", ship("A", vec![("l1", 1)], at(5, 20))?)?;
    tl.run("capture", at(2, 15), "payment captured", OrderCommand::CapturePayment { payment: pay, amount: total })?;
    tl.scan("a1", at(2, 18), "A", CarrierSource::AfterShip, "InfoReceived")?;
    tl.scan("a2", at(3, 7), "A", CarrierSource::AfterShip, "InTransit_002")?;
    tl.run("ship-b", at(3, 11), "shipment B created (socks), promised Thu 05", ship("B", vec![("l2", 2)], at(5, 20))?)?;
    tl.scan("b1", at(3, 16), "B", CarrierSource::EasyPost, "in_transit")?;
    tl.scan("a3", at(4, 8), "A", CarrierSource::AfterShip, "OutForDelivery")?;
    tl.scan("a4", at(4, 14), "A", CarrierSource::AfterShip, "Delivered_001")?;
    tl.scan("b2", at(5, 9), "B", CarrierSource::EasyPost, "weather_hold")?;
    tl.check_delays(at(5, 12));
    tl.check_delays(at(6, 9));
    tl.scan("b3", at(6, 10), "B", CarrierSource::EasyPost, "out_for_delivery")?;
    tl.scan("b4", at(6, 17), "B", CarrierSource::EasyPost, "delivered")?;
    // a carrier re-sends an old scan after delivery: the status does not move back
    tl.scan("b-late", at(6, 18), "B", CarrierSource::EasyPost, "in_transit")?;

    let replayed = Order::from_events(&tl.store.load("1001")?)?;
    println!(
        "\nReplayed {} stored events: identical state = {}; shipment B status = {}",
        tl.log.len(),
        replayed == tl.order,
        replayed.shipment(&ShipmentId::new("B")?)?.status().as_str()
    );
    Ok(())
}
