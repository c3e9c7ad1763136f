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
    let ev = postpurchase::aggregate::Aggregate::execute(order, &cmd, &OrderContext::default(), &meta(key, now))?;
    log.extend(ev.iter().cloned());
    Ok(ev)
}

use postpurchase::returns::*;

/// Places `order` and captures its total on payment `p1`.
pub fn placed_and_paid(order: NewOrder) -> (Order, Vec<OrderEvent>) {
    let (mut o, mut log) = placed(order);
    let total = o.total();
    run(
        &mut o,
        &mut log,
        "pay",
        t(1, 9),
        OrderCommand::CapturePayment { payment: PaymentId::new("p1").unwrap(), amount: total },
    )
    .unwrap();
    (o, log)
}

/// Places `order`, captures its total on payment `p1`, ships everything in one shipment and
/// delivers it on day 3.
pub fn delivered_and_paid(order: NewOrder) -> (Order, Vec<OrderEvent>) {
    let (mut o, mut log) = placed_and_paid(order);
    let lines: Vec<LineQuantity> = o.lines().iter().map(|l| lq(l.id().as_str(), l.counts.ordered)).collect();
    run(&mut o, &mut log, "ship", t(2, 9), shipment("s1", lines, Some(t(4, 0)))).unwrap();
    run(
        &mut o,
        &mut log,
        "deliver",
        t(3, 9),
        OrderCommand::MarkDelivered { shipment: ShipmentId::new("s1").unwrap(), at: t(3, 9) },
    )
    .unwrap();
    (o, log)
}

pub fn request(id: &str, lines: Vec<(&str, u32, ReturnReason)>, method: RefundMethod) -> ReturnRequest {
    ReturnRequest {
        id: ReturnId::new(id).unwrap(),
        customer: CustomerId::new("c-1").unwrap(),
        lines: lines
            .into_iter()
            .map(|(l, q, reason)| RequestedLine { line: LineId::new(l).unwrap(), quantity: q, reason })
            .collect(),
        method,
        exchange: None,
    }
}

/// Requests, (auto-)approves, receives everything as resellable and refunds; returns the breakdown.
pub fn full_return(
    o: &mut Order,
    log: &mut Vec<OrderEvent>,
    id: &str,
    lines: Vec<(&str, u32)>,
    policy: &ReturnPolicy,
) -> RefundBreakdown {
    let req = request(
        id,
        lines.iter().map(|(l, q)| (*l, *q, ReturnReason::DoesNotFit)).collect(),
        RefundMethod::OriginalPayment,
    );
    // the preview taken before the request promises what the refund will pay
    let previewed = preview(o, &req, policy, &EligibilityContext::default(), t(5, 9)).unwrap();
    let (report, ev) =
        request_return(o, &req, policy, &EligibilityContext::default(), &meta(&format!("{id}-req"), t(5, 9))).unwrap();
    assert_eq!(previewed.report, report, "the preview decides as the request does");
    assert_eq!(report.outcome, Outcome::Allowed, "{report:#?}");
    for e in &ev {
        o.apply(e);
    }
    log.extend(ev);
    let rid = ReturnId::new(id).unwrap();
    let items = lines
        .iter()
        .map(|(l, q)| ReceivedItem {
            line: LineId::new(*l).unwrap(),
            quantity: *q,
            condition: ItemCondition::Resellable,
        })
        .collect();
    run(
        o,
        log,
        &format!("{id}-recv"),
        t(8, 9),
        OrderCommand::Return { command: ReturnCommand::Receive { return_id: rid.clone(), items } },
    )
    .unwrap();
    // the quote taken right before the refund is the refund
    let quote = refund_quote(o, &rid, &[]).unwrap();
    run(
        o,
        log,
        &format!("{id}-refund"),
        t(8, 10),
        OrderCommand::Return { command: ReturnCommand::Refund { return_id: rid.clone(), payment_order: vec![] } },
    )
    .unwrap();
    let paid = o.return_case(&rid).unwrap().refund.clone().unwrap();
    assert_eq!(quote, paid, "quote and payout differ");
    assert_eq!(previewed.refund.as_ref(), Some(&paid), "the preview promised another refund");
    // and its lines add up to what it pays
    let sum = Money::sum(paid.total.currency(), paid.lines.iter().map(|l| &l.total)).unwrap();
    let fees = paid.restocking_fee.checked_add(&paid.return_shipping_fee).unwrap();
    assert_eq!(sum.checked_add(&paid.shipping).unwrap().checked_sub(&fees).unwrap(), paid.total, "{paid:#?}");
    paid
}

/// US dollars.
pub fn usd_c() -> postpurchase::Currency {
    postpurchase::Currency::from_code("USD").unwrap()
}

/// Runs a customer-side request named as the shared vectors name it (`view`, `answer`,
/// `message`, `policy_summary`, `loyalty_summary`) through its typed call; the result as JSON.
pub fn run_customer(op: &str, text: &str) -> postpurchase::Result<serde_json::Value> {
    use postpurchase::customer::*;
    let out = match op {
        "view" => serde_json::to_value(ViewRequest::from_json(text)?.run()?),
        "answer" => serde_json::to_value(AnswerRequest::from_json(text)?.run()?),
        "message" => serde_json::to_value(MessageRequest::from_json(text)?.run()?),
        "policy_summary" => serde_json::to_value(PolicySummaryRequest::from_json(text)?.run()?),
        "loyalty_summary" => serde_json::to_value(LoyaltySummaryRequest::from_json(text)?.run()?),
        other => panic!("no customer call is named {other}"),
    };
    Ok(out.expect("a result serialises"))
}
