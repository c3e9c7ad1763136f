//! Given/when/then tests of the order aggregate.
mod common;

use common::*;
use postpurchase::*;
use rust_decimal_macros::dec;

#[test]
fn split_shipment_moves_statuses_from_unfulfilled_to_delivered() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 2, "10.00"), line("b", 1, "5.00")]));
    assert_eq!(o.fulfilment_status(), FulfilmentStatus::Unfulfilled);
    run(&mut o, &mut log, "conf", t(1, 10), OrderCommand::Confirm).unwrap();
    run(&mut o, &mut log, "s1", t(2, 9), shipment("s1", vec![lq("a", 2)], Some(t(4, 23)))).unwrap();
    assert_eq!(o.fulfilment_status(), FulfilmentStatus::PartiallyFulfilled);
    run(&mut o, &mut log, "s2", t(2, 10), shipment("s2", vec![lq("b", 1)], Some(t(4, 23)))).unwrap();
    assert_eq!(o.fulfilment_status(), FulfilmentStatus::Fulfilled);
    run(&mut o, &mut log, "sc1", t(2, 12), scan("s1", t(2, 11), TrackingStatus::InTransit)).unwrap();
    assert_eq!(o.line(&LineId::new("a").unwrap()).unwrap().counts.shipped, 2);
    run(&mut o, &mut log, "sc2", t(3, 15), scan("s1", t(3, 14), TrackingStatus::Delivered)).unwrap();
    assert_eq!(o.fulfilment_status(), FulfilmentStatus::PartiallyDelivered);
    run(
        &mut o,
        &mut log,
        "d2",
        t(4, 9),
        OrderCommand::MarkDelivered { shipment: ShipmentId::new("s2").unwrap(), at: t(4, 8) },
    )
    .unwrap();
    assert_eq!(o.fulfilment_status(), FulfilmentStatus::Delivered);
    // a late in-transit scan after delivery changes nothing
    run(&mut o, &mut log, "late", t(5, 9), scan("s1", t(5, 8), TrackingStatus::InTransit)).unwrap();
    assert_eq!(o.shipment(&ShipmentId::new("s1").unwrap()).unwrap().status(), TrackingStatus::Delivered);
    assert_eq!(Order::from_events(&log).unwrap(), o);
    for l in o.lines() {
        assert!(l.counts.is_consistent());
    }
}

#[test]
fn a_shipment_never_takes_more_than_is_unfulfilled() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 2, "10.00")]));
    run(&mut o, &mut log, "s1", t(2, 9), shipment("s1", vec![lq("a", 1)], None)).unwrap();
    run(&mut o, &mut log, "t1", t(2, 9), scan("s1", t(2, 9), TrackingStatus::InTransit)).unwrap();
    let e = run(&mut o, &mut log, "s2", t(2, 9), shipment("s2", vec![lq("a", 2)], None)).unwrap_err();
    assert_eq!(e.code(), "order.quantity_exceeds_unfulfilled");
    assert_eq!(e.detail("unfulfilled"), Some("1"));
    let e = run(&mut o, &mut log, "s3", t(2, 9), shipment("s1", vec![lq("a", 1)], None)).unwrap_err();
    assert_eq!(e.code(), "order.duplicate_shipment");
    let e = run(&mut o, &mut log, "s4", t(2, 9), shipment("s4", vec![lq("zz", 1)], None)).unwrap_err();
    assert_eq!(e.code(), "order.unknown_line");
}

#[test]
fn cancelling_units_takes_half_up_and_the_last_unit_takes_the_rest() {
    // 2 × 0.83 plus a 0.01 tax line: the line totals 1.67
    let l = line("a", 2, "0.83").tax("tax", dec!(0.006), usd("0.01"));
    let (mut o, mut log) = placed(new_order(vec![l, line("b", 1, "1.00")]));
    assert_eq!(o.lines()[0].amounts.total.amount(), dec!(1.67));
    let ev = run(
        &mut o,
        &mut log,
        "c1",
        t(1, 10),
        OrderCommand::CancelUnits { lines: vec![lq("a", 1)], reason: "oos".into() },
    )
    .unwrap();
    let OrderChange::UnitsCancelled { lines, .. } = &ev[0].change else { panic!() };
    assert_eq!(lines[0].amount.amount(), dec!(0.84));
    let ev = run(
        &mut o,
        &mut log,
        "c2",
        t(1, 11),
        OrderCommand::CancelUnits { lines: vec![lq("a", 1)], reason: "oos".into() },
    )
    .unwrap();
    let OrderChange::UnitsCancelled { lines, .. } = &ev[0].change else { panic!() };
    assert_eq!(lines[0].amount.amount(), dec!(0.83));
    assert_eq!(o.amount_due().amount(), dec!(1.00));
}

#[test]
fn shipped_units_cannot_be_cancelled() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 2, "10.00")]));
    run(&mut o, &mut log, "s1", t(2, 9), shipment("s1", vec![lq("a", 1)], None)).unwrap();
    run(&mut o, &mut log, "t1", t(2, 9), scan("s1", t(2, 9), TrackingStatus::InTransit)).unwrap();
    let e =
        run(&mut o, &mut log, "c", t(2, 10), OrderCommand::CancelUnits { lines: vec![lq("a", 2)], reason: "x".into() })
            .unwrap_err();
    assert_eq!(e.code(), "order.quantity_exceeds_cancellable");
    let e = run(&mut o, &mut log, "c2", t(2, 10), OrderCommand::Cancel { reason: "x".into() }).unwrap_err();
    assert_eq!(e.code(), "order.quantity_exceeds_cancellable");
    run(&mut o, &mut log, "c3", t(2, 10), OrderCommand::CancelUnits { lines: vec![lq("a", 1)], reason: "x".into() })
        .unwrap();
    assert_eq!(o.fulfilment_status(), FulfilmentStatus::Fulfilled);
}

#[test]
fn cancelling_the_whole_order_releases_shipping_too() {
    let mut n = new_order(vec![line("a", 1, "10.00")]);
    n.shipping = Some(usd("4.99"));
    let (mut o, mut log) = placed(n);
    assert_eq!(o.total().amount(), dec!(14.99));
    run(&mut o, &mut log, "c", t(1, 10), OrderCommand::Cancel { reason: "changed mind".into() }).unwrap();
    assert_eq!(o.fulfilment_status(), FulfilmentStatus::Cancelled);
    assert!(o.amount_due().is_zero());
    let e = run(&mut o, &mut log, "s", t(1, 11), shipment("s1", vec![lq("a", 1)], None)).unwrap_err();
    assert_eq!(e.code(), "order.cancelled");
}

#[test]
fn hold_blocks_shipments_until_released() {
    use postpurchase::aggregate::Given;
    let none = OrderContext::default();
    let (_, placed_log) = placed(new_order(vec![line("a", 1, "10.00")]));
    let given = |extra: Vec<OrderEvent>| {
        let (o, _) = placed(new_order(vec![line("a", 1, "10.00")]));
        Given::new(o, extra)
    };
    let held = given(Vec::new())
        .when(&OrderCommand::Hold { reason: "fraud check".into() }, &none, &meta("h", t(1, 10)))
        .then_events(|ev| assert!(matches!(ev[0].change, OrderChange::Held { .. })));
    let hold_events: Vec<OrderEvent> = Order::from_events(&placed_log)
        .unwrap()
        .decide(&OrderCommand::Hold { reason: "fraud check".into() }, &meta("h", t(1, 10)))
        .unwrap();
    assert_eq!(held.version(), 2);
    given(hold_events.clone())
        .when(&shipment("s1", vec![lq("a", 1)], None), &none, &meta("s", t(1, 11)))
        .then_error("order.on_hold");
    given(hold_events.clone())
        .when(&OrderCommand::Hold { reason: "x".into() }, &none, &meta("h2", t(1, 10)))
        .then_error("order.invalid_transition");
    let released = given(hold_events)
        .when(&OrderCommand::Release, &none, &meta("r", t(1, 12)))
        .then_events(|ev| assert_eq!(ev.len(), 1));
    Given::new(released, Vec::new())
        .when(&shipment("s1", vec![lq("a", 1)], None), &none, &meta("s2", t(1, 13)))
        .then_events(|ev| assert!(matches!(ev[0].change, OrderChange::ShipmentCreated { .. })));
}

#[test]
fn the_same_command_twice_changes_nothing_and_a_reused_key_is_refused() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 2, "10.00")]));
    let cmd = shipment("s1", vec![lq("a", 1)], None);
    assert_eq!(run(&mut o, &mut log, "k", t(2, 9), cmd.clone()).unwrap().len(), 1);
    let before = o.clone();
    assert!(run(&mut o, &mut log, "k", t(2, 10), cmd).unwrap().is_empty());
    assert_eq!(o, before);
    let e = run(&mut o, &mut log, "k", t(2, 10), shipment("s2", vec![lq("a", 1)], None)).unwrap_err();
    assert_eq!(e.code(), "command.idempotency_conflict");
    let e =
        run(&mut o, &mut log, "place2", t(2, 10), OrderCommand::Place { order: new_order(vec![line("a", 1, "1.00")]) })
            .unwrap_err();
    assert_eq!(e.code(), "order.already_placed");
}

#[test]
fn payments_follow_authorise_capture_refund_void_rules() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 2, "10.00")]));
    let p = || PaymentId::new("p1").unwrap();
    assert_eq!(o.payment_status(), PaymentStatus::NotPaid);
    run(&mut o, &mut log, "a", t(1, 9), OrderCommand::AuthorizePayment { payment: p(), amount: usd("20.00") }).unwrap();
    assert_eq!(o.payment_status(), PaymentStatus::Authorized);
    let e = run(&mut o, &mut log, "c0", t(1, 9), OrderCommand::CapturePayment { payment: p(), amount: usd("20.01") })
        .unwrap_err();
    assert_eq!(e.code(), "payment.over_capture");
    run(&mut o, &mut log, "c1", t(1, 9), OrderCommand::CapturePayment { payment: p(), amount: usd("15.00") }).unwrap();
    assert_eq!(o.payment_status(), PaymentStatus::PartiallyPaid);
    run(&mut o, &mut log, "c2", t(1, 9), OrderCommand::CapturePayment { payment: p(), amount: usd("5.00") }).unwrap();
    assert_eq!(o.payment_status(), PaymentStatus::Paid);
    let e = run(&mut o, &mut log, "v", t(1, 9), OrderCommand::VoidPayment { payment: p() }).unwrap_err();
    assert_eq!(e.code(), "order.invalid_transition");
    let e = run(&mut o, &mut log, "r0", t(1, 9), OrderCommand::RefundPayment { payment: p(), amount: usd("20.01") })
        .unwrap_err();
    assert_eq!(e.code(), "payment.amount_exceeds_available");
    run(&mut o, &mut log, "r1", t(1, 9), OrderCommand::RefundPayment { payment: p(), amount: usd("5.00") }).unwrap();
    assert_eq!(o.payment_status(), PaymentStatus::PartiallyRefunded);
    run(&mut o, &mut log, "r2", t(1, 9), OrderCommand::RefundPayment { payment: p(), amount: usd("15.00") }).unwrap();
    assert_eq!(o.payment_status(), PaymentStatus::Refunded);
    let e = run(
        &mut o,
        &mut log,
        "eur",
        t(1, 9),
        OrderCommand::CapturePayment { payment: p(), amount: Money::parse("1", "EUR").unwrap() },
    )
    .unwrap_err();
    assert_eq!(e.code(), "money.currency_mismatch");
    assert_eq!(Order::from_events(&log).unwrap(), o);
}

#[test]
fn a_voided_authorisation_reads_voided() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 1, "10.00")]));
    let p = || PaymentId::new("p1").unwrap();
    run(&mut o, &mut log, "a", t(1, 9), OrderCommand::AuthorizePayment { payment: p(), amount: usd("10.00") }).unwrap();
    run(&mut o, &mut log, "v", t(1, 9), OrderCommand::VoidPayment { payment: p() }).unwrap();
    assert_eq!(o.payment_status(), PaymentStatus::Voided);
    let e = run(&mut o, &mut log, "c", t(1, 9), OrderCommand::CapturePayment { payment: p(), amount: usd("10.00") })
        .unwrap_err();
    assert_eq!(e.code(), "payment.voided");
}

#[test]
fn a_gap_below_one_cent_counts_as_paid() {
    // 3 × 3.428333 = 10.284999, charged as 10.28; the sub-cent gap is settled
    let (mut o, mut log) = placed(new_order(vec![line("a", 3, "3.428333")]));
    assert_eq!(o.total().amount(), dec!(10.28));
    run(
        &mut o,
        &mut log,
        "c",
        t(1, 9),
        OrderCommand::CapturePayment { payment: PaymentId::new("p").unwrap(), amount: usd("10.28") },
    )
    .unwrap();
    assert_eq!(o.payment_status(), PaymentStatus::Paid);
}

#[test]
fn order_discount_is_shared_by_line_net_and_tax_inclusive_totals_add_no_tax() {
    let mut n = new_order(vec![line("a", 1, "30.00"), line("b", 1, "60.00").tax("VAT", dec!(0.2), usd("10.00"))]);
    n.discounts.push(Discount { code: "TEN".into(), amount: usd("10.00") });
    n.tax_mode = TaxMode::Inclusive;
    let (o, _) = placed(n);
    assert_eq!(o.lines()[0].amounts.order_discount.amount(), dec!(3.33));
    assert_eq!(o.lines()[1].amounts.order_discount.amount(), dec!(6.67));
    assert_eq!(o.total().amount(), dec!(80.00));
}

#[test]
fn invalid_orders_are_refused_with_codes() {
    let m = meta("p", t(1, 9));
    assert_eq!(Order::place(new_order(vec![]), &m).unwrap_err().code(), "order.invalid");
    assert_eq!(Order::place(new_order(vec![line("a", 0, "1")]), &m).unwrap_err().code(), "order.invalid_quantity");
    assert_eq!(
        Order::place(new_order(vec![line("a", 1, "1"), line("a", 1, "1")]), &m).unwrap_err().code(),
        "order.invalid"
    );
    assert_eq!(Order::place(new_order(vec![line("a", 1, "-1")]), &m).unwrap_err().code(), "money.invalid_amount");
    let mut n = new_order(vec![line("a", 1, "5")]);
    n.discounts.push(Discount { code: "BIG".into(), amount: usd("6") });
    assert_eq!(Order::place(n, &m).unwrap_err().code(), "order.invalid");
    let mut n = new_order(vec![line("a", 1, "5")]);
    n.lines[0].unit_price = Money::parse("5", "EUR").unwrap();
    assert_eq!(Order::place(n, &m).unwrap_err().code(), "money.currency_mismatch");
    assert_eq!(Order::from_events(&[]).unwrap_err().code(), "order.not_placed");
}

#[test]
fn orders_and_events_survive_json() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 2, "10.00")]));
    run(&mut o, &mut log, "s1", t(2, 9), shipment("s1", vec![lq("a", 1)], Some(t(4, 0)))).unwrap();
    run(&mut o, &mut log, "sc", t(2, 10), scan("s1", t(2, 10), TrackingStatus::InTransit)).unwrap();
    let json = serde_json::to_string(&log).unwrap();
    let back: Vec<OrderEvent> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, log);
    let state: Order = serde_json::from_str(&serde_json::to_string(&o).unwrap()).unwrap();
    assert_eq!(state, o);
    let cmd: OrderCommand = serde_json::from_str(r#"{"type":"hold","reason":"x"}"#).unwrap();
    assert_eq!(cmd, OrderCommand::Hold { reason: "x".into() });
    assert!(serde_json::from_str::<OrderCommand>(r#"{"type":"hold","reason":"x","extra":1}"#).is_err());
}

#[test]
fn event_store_rejects_a_stale_writer() {
    let (o, log) = placed(new_order(vec![line("a", 2, "10.00")]));
    let mut store = InMemoryEventStore::new();
    store.append(o.id().as_str(), 0, &log).unwrap();
    // two writers read version 1, both decide a shipment
    let mut w1 = Order::from_events(&store.load("o-1").unwrap()).unwrap();
    let mut w2 = w1.clone();
    let e1 = w1.handle(&shipment("s1", vec![lq("a", 2)], None), &meta("w1", t(2, 9))).unwrap();
    let e2 = w2.handle(&shipment("s2", vec![lq("a", 2)], None), &meta("w2", t(2, 9))).unwrap();
    assert!(store.append("o-1", 1, &e1).is_ok());
    assert_eq!(store.append("o-1", 1, &e2).unwrap_err().code(), "store.concurrency_conflict");
    assert_eq!(store.load("o-1").unwrap().len(), 2);
}

#[test]
fn a_shipment_past_its_promise_is_late_until_the_shop_marks_it_delivered() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 1, "10.00")]));
    run(&mut o, &mut log, "s1", t(2, 9), shipment("s1", vec![lq("a", 1)], Some(t(4, 23)))).unwrap();
    run(&mut o, &mut log, "sc1", t(2, 12), scan("s1", t(2, 11), TrackingStatus::InTransit)).unwrap();
    let s1 = ShipmentId::new("s1").unwrap();
    let a = o.shipment(&s1).unwrap().assess_delay(t(5, 9), &DelayThresholds::default());
    assert!(a.late && !a.presumed_lost);
    assert_eq!(a.status, TrackingStatus::InTransit);
    run(&mut o, &mut log, "d1", t(5, 10), OrderCommand::MarkDelivered { shipment: s1.clone(), at: t(5, 8) }).unwrap();
    let a = o.shipment(&s1).unwrap().assess_delay(t(20, 9), &DelayThresholds::default());
    assert_eq!((a.status, a.late, a.stalled, a.presumed_lost), (TrackingStatus::Delivered, false, false, false));
}

#[test]
fn captures_never_collect_more_than_authorised_or_due() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 2, "10.00")]));
    let p = || PaymentId::new("p1").unwrap();
    let cap = |amount: &str| OrderCommand::CapturePayment { payment: p(), amount: usd(amount) };
    // no authorisation: at most what the order still has to collect
    assert_eq!(run(&mut o, &mut log, "c0", t(1, 9), cap("20.01")).unwrap_err().code(), "payment.over_capture");
    run(&mut o, &mut log, "c1", t(1, 9), cap("15.00")).unwrap();
    assert_eq!(run(&mut o, &mut log, "c2", t(1, 9), cap("5.01")).unwrap_err().code(), "payment.over_capture");
    run(&mut o, &mut log, "c3", t(1, 9), cap("5.00")).unwrap();
    assert_eq!(o.payment_status(), PaymentStatus::Paid);
    // an authorisation bounds its own captures
    let (mut o, mut log) = placed(new_order(vec![line("a", 2, "10.00")]));
    run(&mut o, &mut log, "a", t(1, 9), OrderCommand::AuthorizePayment { payment: p(), amount: usd("12.00") }).unwrap();
    assert_eq!(run(&mut o, &mut log, "c", t(1, 9), cap("12.01")).unwrap_err().code(), "payment.over_capture");
}

#[test]
fn cancelling_paid_units_shows_the_refund_due_until_it_is_refunded() {
    let (mut o, mut log) = placed_and_paid(new_order(vec![line("a", 2, "10.00"), line("b", 1, "5.00")]));
    assert!(o.refund_due().unwrap().is_zero());
    run(
        &mut o,
        &mut log,
        "cx",
        t(1, 10),
        OrderCommand::CancelUnits { lines: vec![lq("a", 1)], reason: "stock".into() },
    )
    .unwrap();
    assert_eq!(o.payment_status(), PaymentStatus::RefundDue);
    assert_eq!(o.refund_due().unwrap().amount(), dec!(10.00));
    // a capture on top is refused: nothing is left to collect
    let more = OrderCommand::CapturePayment { payment: PaymentId::new("p2").unwrap(), amount: usd("0.01") };
    assert_eq!(run(&mut o, &mut log, "more", t(1, 11), more).unwrap_err().code(), "payment.over_capture");
    let refund = OrderCommand::RefundPayment { payment: PaymentId::new("p1").unwrap(), amount: usd("10.00") };
    run(&mut o, &mut log, "back", t(1, 12), refund).unwrap();
    assert!(o.refund_due().unwrap().is_zero());
    assert_ne!(o.payment_status(), PaymentStatus::RefundDue);
    assert_eq!(Order::from_events(&log).unwrap(), o);
}

#[test]
fn a_tax_line_must_match_its_rate_over_its_base() {
    let place = |l: NewLine, mode: TaxMode| {
        let mut n = new_order(vec![l]);
        n.tax_mode = mode;
        Order::place(n, &meta("p", t(1, 9)))
    };
    // 2 × 50.00 at 20 %: 20.00 on top, or 16.67 inside
    assert!(place(line("a", 2, "50.00").tax("VAT", dec!(0.2), usd("20.00")), TaxMode::Exclusive).is_ok());
    assert!(place(line("a", 2, "50.00").tax("VAT", dec!(0.2), usd("20.01")), TaxMode::Exclusive).is_ok(), "one cent");
    assert!(place(line("a", 2, "50.00").tax("VAT", dec!(0.2), usd("16.67")), TaxMode::Inclusive).is_ok());
    let e = place(line("a", 2, "50.00").tax("VAT", dec!(0.2), usd("18.00")), TaxMode::Exclusive).unwrap_err();
    assert_eq!(e.code(), "money.invalid_amount");
    assert!(e.to_string().contains("rate"), "{e}");
    // a fixed tax (no rate) is taken as given
    assert!(place(line("a", 2, "50.00").tax("eco fee", dec!(0), usd("0.30")), TaxMode::Exclusive).is_ok());
}

#[test]
fn a_shipment_the_carrier_has_not_taken_can_be_cancelled_and_its_units_freed() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 2, "10.00"), line("b", 1, "5.00")]));
    let cancel = |id: &str| OrderCommand::CancelShipment { shipment: ShipmentId::new(id).unwrap() };
    run(&mut o, &mut log, "s1", t(2, 9), shipment("s1", vec![lq("a", 2)], None)).unwrap();
    run(&mut o, &mut log, "l1", t(2, 10), scan("s1", t(2, 10), TrackingStatus::InfoReceived)).unwrap();
    run(&mut o, &mut log, "c1", t(2, 11), cancel("s1")).unwrap();
    assert_eq!(o.lines()[0].counts.fulfilled, 0);
    assert_eq!(o.shipment(&ShipmentId::new("s1").unwrap()).unwrap().status(), TrackingStatus::Cancelled);
    assert_eq!(run(&mut o, &mut log, "c1b", t(2, 11), cancel("s1")).unwrap_err().code(), "order.invalid_transition");
    // the units can ship again, and a parcel on its way cannot be cancelled
    run(&mut o, &mut log, "s2", t(2, 12), shipment("s2", vec![lq("a", 2)], None)).unwrap();
    run(&mut o, &mut log, "t2", t(2, 13), scan("s2", t(2, 13), TrackingStatus::InTransit)).unwrap();
    assert_eq!(run(&mut o, &mut log, "c2", t(2, 14), cancel("s2")).unwrap_err().code(), "order.invalid_transition");
    // the carrier cancelling a parcel it never moved frees its units too
    run(&mut o, &mut log, "s3", t(2, 15), shipment("s3", vec![lq("b", 1)], None)).unwrap();
    let ev = run(&mut o, &mut log, "t3", t(2, 16), scan("s3", t(2, 16), TrackingStatus::Cancelled)).unwrap();
    assert!(matches!(ev.last().unwrap().change, OrderChange::ShipmentCancelled { .. }));
    assert_eq!(o.lines()[1].counts.fulfilled, 0);
    assert!(o.lines().iter().all(|l| l.counts.is_consistent()));
    assert_eq!(Order::from_events(&log).unwrap(), o);
}

#[test]
fn cancelling_the_order_cancels_its_pending_shipments_in_the_same_decision() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 2, "10.00")]));
    run(&mut o, &mut log, "s1", t(2, 9), shipment("s1", vec![lq("a", 1)], None)).unwrap();
    run(&mut o, &mut log, "s2", t(2, 9), shipment("s2", vec![lq("a", 1)], None)).unwrap();
    let ev = run(&mut o, &mut log, "c", t(2, 10), OrderCommand::Cancel { reason: "changed mind".into() }).unwrap();
    let kinds: Vec<bool> = ev.iter().map(|e| matches!(e.change, OrderChange::ShipmentCancelled { .. })).collect();
    assert_eq!(kinds, [true, true, false]);
    assert_eq!(o.fulfilment_status(), FulfilmentStatus::Cancelled);
    assert!(o.amount_due().is_zero());
    assert_eq!(Order::from_events(&log).unwrap(), o);
}
