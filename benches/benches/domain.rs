//! Criterion benchmarks for the domain: replaying storefront-like orders, return eligibility,
//! refund previews, loyalty commands on long ledgers and notification planning.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, TimeZone, Utc};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use postpurchase::notify::{NotificationKind, NotifyPolicy, Preferences, Signal, plan};
use postpurchase::returns::*;
use postpurchase::*;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).single().unwrap_or_default()
}

fn meta(k: &str, at: DateTime<Utc>) -> CommandMeta {
    CommandMeta::new(IdempotencyKey::new(k).unwrap(), at)
}

fn line(i: usize) -> LineId {
    LineId::new(format!("l{i}")).unwrap()
}

/// A storefront-like order: 4 lines, paid, split into two shipments with carrier scans, both
/// delivered, one line returned (approved on request by the policy), received and refunded.
fn storefront_order() -> (Vec<OrderEvent>, Order) {
    let now = t0();
    let mut b = NewOrder::builder(
        OrderId::new("o-1").unwrap(),
        CustomerId::new("c-1").unwrap(),
        Currency::from_code("USD").unwrap(),
        now,
    );
    for i in 0..4 {
        b = b.line(NewLine::new(
            line(i),
            Sku::new(format!("SKU-{i}")).unwrap(),
            "Item",
            2,
            Money::parse("19.99", "USD").unwrap(),
        ));
    }
    let mut events = Order::place(b.build(), &meta("place", now)).unwrap();
    let mut o = Order::from_events(&events).unwrap();
    let mut run = |o: &mut Order, cmd: OrderCommand, key: &str, at: DateTime<Utc>| {
        events.extend(o.handle(&cmd, &meta(key, at)).unwrap());
    };
    let total = o.total();
    run(&mut o, OrderCommand::CapturePayment { payment: PaymentId::new("p-1").unwrap(), amount: total }, "pay", now);
    for (s, lines) in [("s-1", 0..2), ("s-2", 2..4)] {
        let shipment = NewShipment {
            id: ShipmentId::new(s).unwrap(),
            lines: lines.map(|i| LineQuantity { line: line(i), quantity: 2 }).collect(),
            carrier: "ups".into(),
            tracking_number: Some(format!("1Z{s}")),
            promised_by: Some(now + Duration::days(4)),
            route: Route::Domestic,
        };
        run(&mut o, OrderCommand::CreateShipment { shipment }, &format!("ship-{s}"), now);
        for (h, status) in [(6, TrackingStatus::InTransit), (30, TrackingStatus::OutForDelivery)] {
            let event = CarrierEvent::new(now + Duration::hours(h), status);
            let cmd = OrderCommand::RecordTracking { shipment: ShipmentId::new(s).unwrap(), event };
            run(&mut o, cmd, &format!("scan-{s}-{h}"), now + Duration::hours(h));
        }
        let at = now + Duration::hours(40);
        run(&mut o, OrderCommand::MarkDelivered { shipment: ShipmentId::new(s).unwrap(), at }, &format!("dlv-{s}"), at);
    }
    let policy = ReturnPolicy::from_json(r#"{"window": {"days": 30}}"#).unwrap();
    let at = now + Duration::days(5);
    let (_, ev) = o.open_return(&request("r-1", 0), &policy, &EligibilityContext::default(), &meta("ret", at)).unwrap();
    events.extend(ev);
    let rid = ReturnId::new("r-1").unwrap();
    let steps = [
        ReturnCommand::Receive {
            return_id: rid.clone(),
            items: vec![ReceivedItem { line: line(0), quantity: 1, condition: ItemCondition::Resellable }],
        },
        ReturnCommand::Refund { return_id: rid, payment_order: vec![PaymentId::new("p-1").unwrap()] },
    ];
    for (k, cmd) in steps.into_iter().enumerate() {
        events.extend(handle_return(&mut o, cmd, &meta(&format!("ret-{k}"), at)).unwrap());
    }
    (events, o)
}

fn request(id: &str, l: usize) -> ReturnRequest {
    ReturnRequest {
        id: ReturnId::new(id).unwrap(),
        customer: CustomerId::new("c-1").unwrap(),
        lines: vec![RequestedLine { line: line(l), quantity: 1, reason: ReturnReason::DoesNotFit }],
        method: RefundMethod::OriginalPayment,
        exchange: None,
    }
}

fn replay(c: &mut Criterion) {
    let (events, _) = storefront_order();
    let mut g = c.benchmark_group("domain");
    g.throughput(Throughput::Elements(events.len() as u64));
    g.bench_function(format!("replay_order_{}_events", events.len()), |b| {
        b.iter(|| Order::from_events(std::hint::black_box(&events)).map(|o| o.version()))
    });
    g.finish();
}

fn returns(c: &mut Criterion) {
    let (_, order) = storefront_order();
    let policy = ReturnPolicy::from_json(
        r#"{"window": {"days": 30}, "restocking_fee": {"default": {"percent": "10"}},
            "review": {"max_returns": 5, "within_days": 90}}"#,
    )
    .unwrap();
    let ctx = EligibilityContext::default();
    let now = t0() + Duration::days(6);
    let req = request("r-2", 2);
    let mut g = c.benchmark_group("domain");
    g.throughput(Throughput::Elements(1));
    g.bench_function("eligibility_decision", |b| {
        b.iter(|| evaluate(&order, &req, &policy, &ctx, now).map(|r| r.outcome))
    });
    g.bench_function("refund_preview", |b| {
        b.iter(|| preview(&order, &req, &policy, &ctx, now).map(|p| p.report.outcome))
    });
    g.finish();
}

fn notifications(c: &mut Criterion) {
    let prefs: Preferences = serde_json::from_str(
        r#"{"customer": "c-1", "time_zone": "Europe/Berlin", "push": true, "marketing_consent": true}"#,
    )
    .unwrap();
    let policy = NotifyPolicy::from_json(
        r#"{"kinds": {"shipped": {"channels": ["email", "push"]}, "review_request": {"channels": ["email"]}},
            "quiet_hours": {"start": "21:00:00", "end": "08:00:00", "exempt_transactional": true},
            "marketing_throttle_hours": 16, "review": {"days_after_delivery": 7, "max_reminders": 1}}"#,
    )
    .unwrap();
    let signal = |kind, subject: &str| Signal {
        kind,
        customer: CustomerId::new("c-1").unwrap(),
        occurred_at: t0() + Duration::hours(13),
        subject: subject.into(),
        payload: BTreeMap::new(),
    };
    let signals =
        [signal(NotificationKind::Shipped, "o-1/s-1/in_transit"), signal(NotificationKind::Delivered, "o-1/s-1")];
    let mut g = c.benchmark_group("domain");
    g.throughput(Throughput::Elements(signals.len() as u64));
    g.bench_function("notification_planning", |b| {
        b.iter(|| signals.iter().map(|s| plan(s, &prefs, &policy, &[]).map_or(0, |i| i.len())).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, replay, returns, notifications);
criterion_main!(benches);
