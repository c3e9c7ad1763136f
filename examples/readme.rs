use chrono::{TimeZone, Utc};
use postpurchase::*;

fn main() -> Result<(), postpurchase::Error> {
    let now = Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap();
    let meta = |key: &str| Ok::<_, Error>(CommandMeta::new(IdempotencyKey::new(key)?, now));
    let usd = Currency::from_code("USD")?;
    let new = NewOrder::builder(OrderId::new("1001")?, CustomerId::new("c-42")?, usd, now)
        .line(NewLine::new(LineId::new("l1")?, Sku::new("BOOT")?, "Boots", 1, Money::parse("129.00", "USD")?))
        .line(NewLine::new(LineId::new("l2")?, Sku::new("SOCK")?, "Socks", 2, Money::parse("18.50", "USD")?))
        .discount("WELCOME10", Money::parse("10.00", "USD")?)
        .build();
    let mut order = Order::from_events(&Order::place(new, &meta("place")?)?)?;

    // ship the boots first; the socks stay unfulfilled
    let shipment = NewShipment {
        id: ShipmentId::new("A")?,
        lines: vec![LineQuantity { line: LineId::new("l1")?, quantity: 1 }],
        carrier: "ups".into(),
        tracking_number: None,
        promised_by: None,
        route: Route::Domestic,
    };
    order.handle(&OrderCommand::CreateShipment { shipment }, &meta("ship-a")?)?;
    assert_eq!(order.fulfilment_status(), FulfilmentStatus::PartiallyFulfilled);

    // a carrier webhook says "Delivered_001" (AfterShip's code for delivered)
    let mapped = map_carrier_status(CarrierSource::AfterShip, "Delivered_001");
    let status = mapped.status.ok_or_else(|| Error::new(ErrorKind::InvalidInput, "unmapped carrier code"))?;
    let event = CarrierEvent::new(now, status);
    order.handle(&OrderCommand::RecordTracking { shipment: ShipmentId::new("A")?, event }, &meta("scan-1")?)?;
    println!("fulfilment: {:?}", order.fulfilment_status()); // PartiallyDelivered

    // the order discount was shared over the lines by their net amounts, to the cent
    for line in order.lines() {
        println!("{}: discount {}", line.id(), line.amounts.order_discount); // l1: 7.77 USD, l2: 2.23 USD
    }
    Ok(())
}
