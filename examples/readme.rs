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
    let paid = order.amount_due();
    order.handle(&OrderCommand::CapturePayment { payment: PaymentId::new("card")?, amount: paid }, &meta("pay")?)?;

    // ship the boots first; a carrier webhook says "Delivered_001" (AfterShip's code for delivered)
    let shipment = NewShipment {
        id: ShipmentId::new("A")?,
        lines: vec![LineQuantity { line: LineId::new("l1")?, quantity: 1 }],
        carrier: "ups".into(),
        tracking_number: None,
        promised_by: None,
        route: Route::Domestic,
    };
    order.handle(&OrderCommand::CreateShipment { shipment }, &meta("ship-a")?)?;
    let mapped = map_carrier_status(CarrierSource::AfterShip, "Delivered_001");
    let status = mapped.status.ok_or_else(|| Error::new(ErrorKind::InvalidInput, "unmapped carrier code"))?;
    let event = CarrierEvent::new(now, status);
    order.handle(&OrderCommand::RecordTracking { shipment: ShipmentId::new("A")?, event }, &meta("scan-1")?)?;
    assert_eq!(order.fulfilment_status(), FulfilmentStatus::PartiallyDelivered);

    // can the boots go back five days later, and what would come back? (nothing changes)
    let policy = returns::ReturnPolicy::from_json(
        r#"{"window": {"days": 30}, "restocking_fee": {"default": {"percent": "10"}}}"#,
    )?;
    let request = returns::ReturnRequest {
        id: ReturnId::new("R1")?,
        customer: CustomerId::new("c-42")?,
        lines: vec![returns::RequestedLine {
            line: LineId::new("l1")?,
            quantity: 1,
            reason: returns::ReturnReason::DoesNotFit,
        }],
        method: returns::RefundMethod::OriginalPayment,
        exchange: None,
    };
    let later = now + chrono::Duration::days(5);
    let preview = returns::preview(&order, &request, &policy, &returns::EligibilityContext::default(), later)?;
    let refund = preview.refund.ok_or_else(|| Error::new(ErrorKind::InvalidInput, "nothing to refund"))?;
    // the order discount was shared over the lines to the cent (7.77 on the boots); 10 % restocking kept
    println!("return: {:?}, refund {}", preview.report.outcome, refund.total); // Allowed, refund 109.11 USD
    Ok(())
}
