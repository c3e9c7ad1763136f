//! Returns: eligibility, lifecycle and exact refunds.
mod common;

use chrono::{Duration, TimeZone, Utc};
use common::*;
use postpurchase::returns::*;
use postpurchase::*;
use rust_decimal_macros::dec;

fn policy() -> ReturnPolicy {
    ReturnPolicy::default()
}

fn apply_all(o: &mut Order, log: &mut Vec<OrderEvent>, ev: Vec<OrderEvent>) {
    for e in &ev {
        o.apply(e);
    }
    log.extend(ev);
}

fn ret(cmd: ReturnCommand) -> OrderCommand {
    OrderCommand::Return { command: cmd }
}

/// Requests a "changed mind" return of `qty` units of `line` under the default policy.
fn ask(
    o: &Order,
    id: &str,
    line: &str,
    qty: u32,
    key: &str,
    now: chrono::DateTime<Utc>,
) -> (EligibilityReport, Vec<OrderEvent>) {
    let req = request(id, vec![(line, qty, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment);
    request_return(o, &req, &policy(), &EligibilityContext::default(), &meta(key, now)).unwrap()
}

fn rid(s: &str) -> ReturnId {
    ReturnId::new(s).unwrap()
}

// ---- the three arithmetic cases ----

#[test]
fn one_of_three_units_with_an_order_discount_refunds_96_67_and_all_three_refund_290() {
    let mut n = new_order(vec![line("a", 3, "100.00")]);
    n.discounts.push(Discount { code: "TEN".into(), amount: usd("10.00") });
    let (mut o, mut log) = delivered_and_paid(n);
    let first = full_return(&mut o, &mut log, "r1", vec![("a", 1)], &policy());
    assert_eq!(first.total.amount(), dec!(96.67));
    let second = full_return(&mut o, &mut log, "r2", vec![("a", 1)], &policy());
    let third = full_return(&mut o, &mut log, "r3", vec![("a", 1)], &policy());
    let sum = first.total.checked_add(&second.total).unwrap().checked_add(&third.total).unwrap();
    assert_eq!(sum.amount(), dec!(290.00));
    assert_eq!(o.refunded().amount(), dec!(290.00));
    assert_eq!(o.payment_status(), PaymentStatus::Refunded);
    assert_eq!(o.fulfilment_status(), FulfilmentStatus::Returned);
    assert_eq!(Order::from_events(&log).unwrap(), o);
}

#[test]
fn tax_on_top_and_an_order_discount_refund_99_for_one_of_two_units() {
    // 2 × 100.00, order discount 20.00, 10 % tax on the discounted 180.00 = 18.00
    let mut n = new_order(vec![line("a", 2, "100.00").tax("sales tax", dec!(0.10), usd("18.00"))]);
    n.discounts.push(Discount { code: "TWENTY".into(), amount: usd("20.00") });
    let (mut o, mut log) = delivered_and_paid(n);
    assert_eq!(o.total().amount(), dec!(198.00));
    let b = full_return(&mut o, &mut log, "r1", vec![("a", 1)], &policy());
    assert_eq!(b.total.amount(), dec!(99.00));
    assert_eq!(b.lines[0].tax.amount(), dec!(9.00));
    assert_eq!(b.lines[0].merchandise.amount(), dec!(90.00));
}

#[test]
fn a_two_unit_line_of_1_67_refunds_0_84_then_0_83() {
    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 2, "0.83").tax("t", dec!(0.006), usd("0.01"))]));
    assert_eq!(o.total().amount(), dec!(1.67));
    let first = full_return(&mut o, &mut log, "r1", vec![("a", 1)], &policy());
    let second = full_return(&mut o, &mut log, "r2", vec![("a", 1)], &policy());
    assert_eq!(first.total.amount(), dec!(0.84));
    assert_eq!(second.total.amount(), dec!(0.83));
}

// ---- eligibility ----

#[test]
fn past_the_window_is_denied_with_facts() {
    let (o, _) = delivered_and_paid(new_order(vec![line("a", 1, "10.00")]));
    let req = request("r1", vec![("a", 1, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment);
    let late = t(3, 9) + Duration::days(31);
    let report = evaluate(&o, &req, &policy(), &EligibilityContext::default(), late).unwrap();
    assert_eq!(report.outcome, Outcome::Denied);
    let d = &report.lines[0];
    assert_eq!(d.code, "return.window_closed");
    let w = d.verdicts.iter().find(|v| v.rule == "window").unwrap();
    assert_eq!(w.facts.get("days_left"), Some("0"));
    // delivered 2026-03-03 09:00 UTC + 30 days, closing at the end of that UTC day
    assert_eq!(d.window_end, Some(Utc.with_ymd_and_hms(2026, 4, 3, 0, 0, 0).unwrap()));
    let ok = evaluate(&o, &req, &policy(), &EligibilityContext::default(), t(10, 0)).unwrap();
    assert_eq!(ok.outcome, Outcome::Allowed);
    assert_eq!(ok.lines[0].days_left, Some(24));
}

#[test]
fn the_window_ends_at_the_end_of_the_local_day_in_the_shops_zone() {
    let (o, _) = delivered_and_paid(new_order(vec![line("a", 1, "10.00")]));
    let mut p = policy();
    p.time_zone = "America/Los_Angeles".into();
    let req = request("r1", vec![("a", 1, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment);
    let report = evaluate(&o, &req, &p, &EligibilityContext::default(), t(10, 0)).unwrap();
    // delivered 03-03 09:00 UTC = 03-03 01:00 PST; +30 days = 04-02 local (PDT), ends 04-03 00:00 PDT = 07:00 UTC
    assert_eq!(report.lines[0].window_end, Some(Utc.with_ymd_and_hms(2026, 4, 3, 7, 0, 0).unwrap()));
}

#[test]
fn overrides_tier_days_and_holiday_extension_move_the_window() {
    let n =
        new_order(vec![line("shoe", 1, "80.00").category("shoes"), line("tv", 1, "500.00").category("electronics")]);
    let (o, _) = delivered_and_paid(n);
    let p = ReturnPolicy::from_json(
        r#"{"overrides": [{"category": "shoes", "days": 60}, {"category": "electronics", "days": 14}],
            "holiday_extension": {"placed_from": "2026-02-20", "placed_to": "2026-03-05", "returnable_until": "2026-05-31"}}"#,
    )
    .unwrap();
    let req = request(
        "r1",
        vec![("shoe", 1, ReturnReason::DoesNotFit), ("tv", 1, ReturnReason::ChangedMind)],
        RefundMethod::OriginalPayment,
    );
    let report = evaluate(&o, &req, &p, &EligibilityContext::default(), t(3, 10)).unwrap();
    assert_eq!(report.lines[0].window_end, Some(Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0).unwrap())); // holiday wins
    assert_eq!(report.lines[1].window_end, Some(Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0).unwrap()));
    let mut p2 = p.clone();
    p2.holiday_extension = None;
    let ctx = EligibilityContext {
        tier: Some(TierBenefits { tier: "gold".into(), extra_return_days: 7, free_return_shipping: true }),
        ..Default::default()
    };
    let report = evaluate(&o, &req, &p2, &ctx, t(3, 10)).unwrap();
    assert_eq!(report.lines[0].window_end, Some(Utc.with_ymd_and_hms(2026, 5, 10, 0, 0, 0).unwrap())); // 60 + 7
    assert_eq!(report.lines[1].window_end, Some(Utc.with_ymd_and_hms(2026, 3, 25, 0, 0, 0).unwrap())); // 14 + 7
}

#[test]
fn final_sale_undelivered_and_already_returned_are_denied_with_their_codes() {
    let n = new_order(vec![
        line("sale", 1, "10.00").flags(LineFlags { final_sale: true, ..Default::default() }),
        line("a", 1, "10.00"),
    ]);
    let (mut o, mut log) = placed(n);
    run(
        &mut o,
        &mut log,
        "pay",
        t(1, 9),
        OrderCommand::CapturePayment { payment: PaymentId::new("p1").unwrap(), amount: usd("20.00") },
    )
    .unwrap();
    run(&mut o, &mut log, "ship", t(2, 9), shipment("s1", vec![lq("sale", 1)], None)).unwrap();
    run(
        &mut o,
        &mut log,
        "dlv",
        t(3, 9),
        OrderCommand::MarkDelivered { shipment: ShipmentId::new("s1").unwrap(), at: t(3, 9) },
    )
    .unwrap();
    let req = request(
        "r1",
        vec![("sale", 1, ReturnReason::ChangedMind), ("a", 1, ReturnReason::ChangedMind)],
        RefundMethod::OriginalPayment,
    );
    let report = evaluate(&o, &req, &policy(), &EligibilityContext::default(), t(5, 0)).unwrap();
    assert_eq!(report.lines[0].code, "return.final_sale");
    assert_eq!(report.lines[1].code, "return.quantity_exceeds_returnable");
    assert!(report.lines[1].verdicts.iter().any(|v| v.code == "return.not_delivered"));
    assert_eq!(report.outcome, Outcome::Denied);

    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 1, "10.00")]));
    full_return(&mut o, &mut log, "r1", vec![("a", 1)], &policy());
    let again = evaluate(
        &o,
        &request("r2", vec![("a", 1, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment),
        &policy(),
        &EligibilityContext::default(),
        t(9, 0),
    )
    .unwrap();
    assert_eq!(again.lines[0].code, "return.already_returned");
}

#[test]
fn frequent_returners_and_high_values_go_to_review_not_denial() {
    let (o, _) = delivered_and_paid(new_order(vec![line("a", 1, "600.00")]));
    let p = ReturnPolicy::from_json(
        r#"{"review": {"max_returns": 2, "within_days": 90, "value_above": "500"}, "auto_approve": true}"#,
    )
    .unwrap();
    let ctx = EligibilityContext { recent_returns: vec![t(1, 0), t(2, 0), t(2, 1)], tier: None, ..Default::default() };
    let req = request("r1", vec![("a", 1, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment);
    let (report, ev) = request_return(&o, &req, &p, &ctx, &meta("k", t(5, 0))).unwrap();
    assert_eq!(report.outcome, Outcome::NeedsReview);
    let codes: Vec<_> = report.lines[0]
        .verdicts
        .iter()
        .filter(|v| v.outcome == Outcome::NeedsReview)
        .map(|v| v.code.as_ref())
        .collect();
    assert_eq!(codes, ["return.review_frequent_returner", "return.review_high_value"]);
    assert_eq!(ev.len(), 1, "not auto-approved");
    let mut o = o;
    o.apply(&ev[0]);
    assert_eq!(o.return_case(&rid("r1")).unwrap().status, ReturnStatus::Requested);
    assert_eq!(o.lines()[0].counts.return_requested, 1, "reserved while under review");
}

#[test]
fn staff_can_override_a_denial_and_the_reason_is_recorded() {
    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 1, "10.00")]));
    let req = request("r1", vec![("a", 1, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment);
    let (report, ev) =
        request_return(&o, &req, &policy(), &EligibilityContext::default(), &meta("k", t(3, 9) + Duration::days(40)))
            .unwrap();
    assert_eq!(report.outcome, Outcome::Denied);
    apply_all(&mut o, &mut log, ev);
    assert_eq!(o.return_case(&rid("r1")).unwrap().status, ReturnStatus::Declined);
    let e = run(
        &mut o,
        &mut log,
        "a0",
        t(20, 0),
        ret(ReturnCommand::Approve { return_id: rid("r1"), override_reason: None }),
    )
    .unwrap_err();
    assert_eq!(e.code(), "return.invalid_transition");
    let ev = run(
        &mut o,
        &mut log,
        "a1",
        t(20, 0),
        ret(ReturnCommand::Approve { return_id: rid("r1"), override_reason: Some("loyal customer".into()) }),
    )
    .unwrap();
    let OrderChange::Return { change: ReturnChange::Approved { override_reason, .. } } = &ev[0].change else {
        panic!()
    };
    assert_eq!(override_reason.as_deref(), Some("loyal customer"));
    assert_eq!(o.lines()[0].counts.return_requested, 1);
}

#[test]
fn a_request_for_another_customers_order_is_refused_outright() {
    let (o, _) = delivered_and_paid(new_order(vec![line("a", 1, "10.00")]));
    let mut req = request("r1", vec![("a", 1, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment);
    req.customer = CustomerId::new("intruder").unwrap();
    let e = request_return(&o, &req, &policy(), &EligibilityContext::default(), &meta("k", t(5, 0))).unwrap_err();
    assert_eq!(e.code(), "return.wrong_customer");
}

// ---- lifecycle ----

#[test]
fn a_unit_can_be_in_only_one_open_return() {
    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 2, "10.00")]));
    let (_, ev) = ask(&o, "r1", "a", 2, "k1", t(5, 0));
    apply_all(&mut o, &mut log, ev);
    let (report, _) = ask(&o, "r2", "a", 1, "k2", t(5, 0));
    assert_eq!(report.lines[0].code, "return.already_returned");
    // cancelling r1 frees the units
    run(&mut o, &mut log, "c", t(6, 0), ret(ReturnCommand::Cancel { return_id: rid("r1") })).unwrap();
    let (report, _) = ask(&o, "r2", "a", 1, "k2", t(6, 0));
    assert_eq!(report.outcome, Outcome::Allowed);
}

#[test]
fn receiving_more_than_approved_is_refused_and_only_what_arrived_is_refunded() {
    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 3, "10.00")]));
    let (_, ev) = ask(&o, "r1", "a", 2, "k1", t(5, 0));
    apply_all(&mut o, &mut log, ev);
    run(
        &mut o,
        &mut log,
        "lbl",
        t(5, 1),
        ret(ReturnCommand::IssueLabel { return_id: rid("r1"), carrier: "ups".into(), tracking_number: "1ZR".into() }),
    )
    .unwrap();
    run(
        &mut o,
        &mut log,
        "trk",
        t(6, 1),
        ret(ReturnCommand::RecordTracking {
            return_id: rid("r1"),
            event: CarrierEvent::new(t(6, 0), TrackingStatus::InTransit),
        }),
    )
    .unwrap();
    assert_eq!(o.return_case(&rid("r1")).unwrap().status, ReturnStatus::InTransit);
    let too_many =
        vec![ReceivedItem { line: LineId::new("a").unwrap(), quantity: 3, condition: ItemCondition::Resellable }];
    let e =
        run(&mut o, &mut log, "rc0", t(7, 0), ret(ReturnCommand::Receive { return_id: rid("r1"), items: too_many }))
            .unwrap_err();
    assert_eq!(e.code(), "return.quantity_exceeds_requested");
    let items = vec![
        ReceivedItem { line: LineId::new("a").unwrap(), quantity: 1, condition: ItemCondition::Damaged },
        ReceivedItem { line: LineId::new("a").unwrap(), quantity: 1, condition: ItemCondition::Missing },
    ];
    run(&mut o, &mut log, "rc1", t(7, 0), ret(ReturnCommand::Receive { return_id: rid("r1"), items })).unwrap();
    let e = run(&mut o, &mut log, "cx", t(7, 1), ret(ReturnCommand::Cancel { return_id: rid("r1") })).unwrap_err();
    assert_eq!(e.code(), "return.invalid_transition");
    run(&mut o, &mut log, "rf", t(7, 2), ret(ReturnCommand::Refund { return_id: rid("r1"), payment_order: vec![] }))
        .unwrap();
    let case = o.return_case(&rid("r1")).unwrap();
    assert_eq!(case.refund.as_ref().unwrap().total.amount(), dec!(10.00));
    assert_eq!(case.status, ReturnStatus::Refunded);
    let c = o.lines()[0].counts;
    assert_eq!((c.returned, c.refunded, c.return_requested), (1, 1, 1), "the missing unit is returnable again");
    assert_eq!(Order::from_events(&log).unwrap(), o);
}

#[test]
fn fees_are_their_own_lines_and_waived_by_reason_or_tier() {
    let p = ReturnPolicy::from_json(
        r#"{"restocking_fee": {"default": {"percent": "10"}, "waived_for": ["defective"]},
            "return_shipping_fee": {"amount": "5.95", "waived_for": ["defective", "wrong_item"]}}"#,
    )
    .unwrap();
    let (o, _) = delivered_and_paid(new_order(vec![line("a", 2, "50.00")]));
    let go = |o: &Order, reason: ReturnReason, ctx: EligibilityContext| -> RefundBreakdown {
        let mut o = o.clone();
        let (_, ev) = request_return(
            &o,
            &request("r", vec![("a", 1, reason)], RefundMethod::OriginalPayment),
            &p,
            &ctx,
            &meta("k", t(5, 0)),
        )
        .unwrap();
        for e in &ev {
            o.apply(e);
        }
        o.handle(
            &ret(ReturnCommand::Receive {
                return_id: rid("r"),
                items: vec![ReceivedItem {
                    line: LineId::new("a").unwrap(),
                    quantity: 1,
                    condition: ItemCondition::Resellable,
                }],
            }),
            &meta("rc", t(6, 0)),
        )
        .unwrap();
        refund_quote(&o, &rid("r"), &[]).unwrap()
    };
    let b = go(&o, ReturnReason::ChangedMind, EligibilityContext::default());
    assert_eq!(
        (b.restocking_fee.amount(), b.return_shipping_fee.amount(), b.total.amount()),
        (dec!(5.00), dec!(5.95), dec!(39.05))
    );
    let b = go(&o, ReturnReason::Defective, EligibilityContext::default());
    assert_eq!(
        (b.restocking_fee.amount(), b.return_shipping_fee.amount(), b.total.amount()),
        (dec!(0), dec!(0), dec!(50.00))
    );
    let gold = EligibilityContext {
        tier: Some(TierBenefits { tier: "gold".into(), extra_return_days: 0, free_return_shipping: true }),
        ..Default::default()
    };
    let b = go(&o, ReturnReason::ChangedMind, gold);
    assert_eq!((b.restocking_fee.amount(), b.return_shipping_fee.amount()), (dec!(5.00), dec!(0)));
}

#[test]
fn shipping_is_refunded_when_the_whole_order_comes_back() {
    let mut n = new_order(vec![line("a", 2, "20.00")]);
    n.shipping = Some(usd("4.99"));
    let (mut o, mut log) = delivered_and_paid(n);
    let first = full_return(&mut o, &mut log, "r1", vec![("a", 1)], &policy());
    assert!(first.shipping.is_zero());
    let second = full_return(&mut o, &mut log, "r2", vec![("a", 1)], &policy());
    assert_eq!(second.shipping.amount(), dec!(4.99));
    assert_eq!(o.refunded().amount(), dec!(44.99));
    assert_eq!(o.refunded(), o.captured());
}

#[test]
fn a_refund_never_exceeds_what_was_captured_and_splits_over_payments_in_order() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 2, "50.00")]));
    let gift = PaymentId::new("gift").unwrap();
    let card = PaymentId::new("card").unwrap();
    run(&mut o, &mut log, "g", t(1, 9), OrderCommand::CapturePayment { payment: gift.clone(), amount: usd("30.00") })
        .unwrap();
    run(&mut o, &mut log, "c", t(1, 9), OrderCommand::CapturePayment { payment: card.clone(), amount: usd("50.00") })
        .unwrap();
    run(&mut o, &mut log, "s", t(2, 9), shipment("s1", vec![lq("a", 2)], None)).unwrap();
    run(
        &mut o,
        &mut log,
        "d",
        t(3, 9),
        OrderCommand::MarkDelivered { shipment: ShipmentId::new("s1").unwrap(), at: t(3, 9) },
    )
    .unwrap();
    let (_, ev) = ask(&o, "r1", "a", 2, "k", t(5, 0));
    apply_all(&mut o, &mut log, ev);
    run(
        &mut o,
        &mut log,
        "rc",
        t(6, 0),
        ret(ReturnCommand::Receive {
            return_id: rid("r1"),
            items: vec![ReceivedItem {
                line: LineId::new("a").unwrap(),
                quantity: 2,
                condition: ItemCondition::Resellable,
            }],
        }),
    )
    .unwrap();
    run(
        &mut o,
        &mut log,
        "rf",
        t(6, 1),
        ret(ReturnCommand::Refund { return_id: rid("r1"), payment_order: vec![card.clone()] }),
    )
    .unwrap();
    let b = o.return_case(&rid("r1")).unwrap().refund.clone().unwrap();
    assert!(b.capped);
    assert_eq!(b.total.amount(), dec!(80.00));
    assert_eq!(
        b.payouts,
        vec![
            RefundPayout { destination: RefundDestination::Payment(card), amount: usd("50.00") },
            RefundPayout { destination: RefundDestination::Payment(gift), amount: usd("30.00") },
        ]
    );
}

#[test]
fn store_credit_gets_its_bonus_and_late_refunds_fall_back_to_credit() {
    let p = ReturnPolicy::from_json(
        r#"{"refunds": {"store_credit_bonus_percent": "10", "store_credit_only_after_days": 20}}"#,
    )
    .unwrap();
    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 1, "40.00")]));
    let (report, ev) = request_return(
        &o,
        &request("r1", vec![("a", 1, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment),
        &p,
        &EligibilityContext::default(),
        &meta("k", t(25, 0)),
    )
    .unwrap();
    assert_eq!(report.method, RefundMethod::StoreCredit);
    assert_eq!(report.method_note.as_deref(), Some("return.refund_method_fallback"));
    apply_all(&mut o, &mut log, ev);
    run(
        &mut o,
        &mut log,
        "rc",
        t(26, 0),
        ret(ReturnCommand::Receive {
            return_id: rid("r1"),
            items: vec![ReceivedItem {
                line: LineId::new("a").unwrap(),
                quantity: 1,
                condition: ItemCondition::Resellable,
            }],
        }),
    )
    .unwrap();
    run(&mut o, &mut log, "rf", t(26, 1), ret(ReturnCommand::Refund { return_id: rid("r1"), payment_order: vec![] }))
        .unwrap();
    let case = o.return_case(&rid("r1")).unwrap();
    assert_eq!(case.status, ReturnStatus::Credited);
    let b = case.refund.as_ref().unwrap();
    assert_eq!((b.total.amount(), b.store_credit_bonus.amount()), (dec!(40.00), dec!(4.00)));
    assert!(o.refunded().is_zero());
    assert_eq!(o.store_credit_issued().amount(), dec!(40.00));
}

#[test]
fn an_exchange_states_who_owes_whom_and_an_unreturned_advance_exchange_is_charged() {
    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 1, "40.00")]));
    let mut req = request("x1", vec![("a", 1, ReturnReason::DoesNotFit)], RefundMethod::Exchange);
    req.exchange =
        Some(ExchangeRequest { sku: Sku::new("A-L").unwrap(), price: usd("45.00"), advance: false, shipping: None });
    let (_, ev) = request_return(&o, &req, &policy(), &EligibilityContext::default(), &meta("k", t(5, 0))).unwrap();
    apply_all(&mut o, &mut log, ev);
    run(
        &mut o,
        &mut log,
        "rc",
        t(6, 0),
        ret(ReturnCommand::Receive {
            return_id: rid("x1"),
            items: vec![ReceivedItem {
                line: LineId::new("a").unwrap(),
                quantity: 1,
                condition: ItemCondition::Resellable,
            }],
        }),
    )
    .unwrap();
    run(&mut o, &mut log, "ex", t(6, 1), ret(ReturnCommand::Refund { return_id: rid("x1"), payment_order: vec![] }))
        .unwrap();
    let case = o.return_case(&rid("x1")).unwrap();
    assert_eq!(case.status, ReturnStatus::Exchanged);
    assert_eq!(case.exchange.as_ref().unwrap().difference.amount(), dec!(5.00)); // the customer pays 5.00
    assert!(o.refunded().is_zero());

    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 1, "40.00")]));
    let mut req = request("x2", vec![("a", 1, ReturnReason::DoesNotFit)], RefundMethod::Exchange);
    req.exchange =
        Some(ExchangeRequest { sku: Sku::new("A-S").unwrap(), price: usd("35.00"), advance: true, shipping: None });
    let (_, ev) = request_return(&o, &req, &policy(), &EligibilityContext::default(), &meta("k", t(5, 0))).unwrap();
    apply_all(&mut o, &mut log, ev);
    run(
        &mut o,
        &mut log,
        "adv",
        t(5, 1),
        ret(ReturnCommand::ShipAdvanceReplacement { return_id: rid("x2"), deadline: t(19, 0) }),
    )
    .unwrap();
    let e =
        run(&mut o, &mut log, "ch0", t(10, 0), ret(ReturnCommand::ChargeUnreturnedExchange { return_id: rid("x2") }))
            .unwrap_err();
    assert_eq!(e.code(), "return.exchange_deadline_not_reached");
    let ev =
        run(&mut o, &mut log, "ch1", t(20, 0), ret(ReturnCommand::ChargeUnreturnedExchange { return_id: rid("x2") }))
            .unwrap();
    let OrderChange::Return { change: ReturnChange::ExchangeCharged { amount, .. } } = &ev[0].change else { panic!() };
    assert_eq!(amount.amount(), dec!(35.00));
    assert_eq!(o.lines()[0].counts.return_requested, 0);
}

#[test]
fn a_parcel_lost_in_transit_is_refunded_without_a_return() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 2, "15.00")]));
    run(
        &mut o,
        &mut log,
        "p",
        t(1, 9),
        OrderCommand::CapturePayment { payment: PaymentId::new("p1").unwrap(), amount: usd("30.00") },
    )
    .unwrap();
    run(&mut o, &mut log, "s", t(2, 9), shipment("s1", vec![lq("a", 2)], None)).unwrap();
    run(&mut o, &mut log, "sc", t(2, 10), scan("s1", t(2, 10), TrackingStatus::Lost)).unwrap();
    let claim = ReturnCommand::Claim {
        claim_id: rid("claim-1"),
        lines: vec![lq("a", 2)],
        resolution: ClaimResolution::Refund,
        payment_order: vec![],
    };
    run(&mut o, &mut log, "cl", t(12, 0), ret(claim)).unwrap();
    assert_eq!(o.refunded().amount(), dec!(30.00));
    let e = run(
        &mut o,
        &mut log,
        "cl2",
        t(12, 0),
        ret(ReturnCommand::Claim {
            claim_id: rid("claim-2"),
            lines: vec![lq("a", 1)],
            resolution: ClaimResolution::Replacement,
            payment_order: vec![],
        }),
    )
    .unwrap_err();
    assert_eq!(e.code(), "return.quantity_exceeds_returnable");
    assert_eq!(Order::from_events(&log).unwrap(), o);
}

#[test]
fn replaying_a_request_with_the_same_key_changes_nothing() {
    let (o, _) = delivered_and_paid(new_order(vec![line("a", 1, "10.00")]));
    let req = request("r1", vec![("a", 1, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment);
    let (_, ev) = request_return(&o, &req, &policy(), &EligibilityContext::default(), &meta("k", t(5, 0))).unwrap();
    let mut o = o;
    for e in &ev {
        o.apply(e);
    }
    let (report, again) =
        request_return(&o, &req, &policy(), &EligibilityContext::default(), &meta("k", t(5, 0))).unwrap();
    assert!(again.is_empty());
    assert_eq!(report.outcome, Outcome::Allowed);
    let other = request("r2", vec![("a", 1, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment);
    assert_eq!(
        request_return(&o, &other, &policy(), &EligibilityContext::default(), &meta("k", t(5, 0))).unwrap_err().code(),
        "command.idempotency_conflict"
    );
}

// ---- policy loading ----

#[test]
fn a_policy_loads_from_json_and_toml_and_reports_every_problem() {
    let toml = r#"
        time_zone = "Europe/Berlin"
        require = "delivered"
        [window]
        days = 30
        starts = "item_delivered"
        end_of_local_day = true
        [[overrides]]
        category = "shoes"
        days = 60
        [restocking_fee]
        default = { percent = "15" }
        waived_for = ["defective", "wrong_item"]
    "#;
    let p = ReturnPolicy::from_toml(toml).unwrap();
    assert_eq!(p.overrides[0].days, 60);
    assert_eq!(p.restocking_fee.default, Some(Fee::Percent(dec!(15))));
    let bad = r#"{"time_zone": "Nowhere/Land", "window": {"days": 0, "colour": "red"},
                  "overrides": [{"sku": "A", "category": "b", "days": 0}],
                  "restocking_fee": {"default": {"percent": "150"}}, "surprise": true}"#;
    let e = ReturnPolicy::from_json(bad).unwrap_err();
    assert_eq!(e.code(), "config.invalid");
    let paths: Vec<&str> = e.problems().iter().map(|p| p.path.as_str()).collect();
    for want in [
        "window.colour",
        "surprise",
        "time_zone",
        "window.days",
        "overrides[0]",
        "overrides[0].days",
        "restocking_fee.default",
    ] {
        assert!(paths.contains(&want), "{want} missing from {paths:?}");
    }
    assert_eq!(ReturnPolicy::from_json("{not json").unwrap_err().code(), "config.invalid");
}

#[test]
fn every_reason_code_the_decision_code_can_emit_is_in_the_published_list() {
    use postpurchase::returns::DECISION_CODES;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("commerce/src/returns");
    for file in ["eligibility.rs", "policy.rs"] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        for piece in text.split('"').skip(1).step_by(2) {
            if piece.starts_with("return.") && !piece.contains(' ') {
                assert!(DECISION_CODES.contains(&piece), "{file}: {piece} is not in DECISION_CODES");
            }
        }
    }
    let unique: std::collections::BTreeSet<_> = DECISION_CODES.iter().collect();
    assert_eq!(unique.len(), DECISION_CODES.len());
}

#[test]
fn preview_works_for_a_return_id_at_the_length_limit_and_for_an_order_that_used_preview_keys() {
    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 2, "40.00")]));
    // the host happened to use the key a preview would pick first
    run(&mut o, &mut log, "preview-request-0", t(4, 0), OrderCommand::Confirm).unwrap();
    let long = "r".repeat(128);
    let req = request(&long, vec![("a", 1, ReturnReason::DoesNotFit)], RefundMethod::OriginalPayment);
    let p = preview(&o, &req, &policy(), &EligibilityContext::default(), t(5, 0)).unwrap();
    assert_eq!(p.refund.unwrap().total.amount(), dec!(40.00));
    let (_, ev) = request_return(&o, &req, &policy(), &EligibilityContext::default(), &meta("k", t(5, 0))).unwrap();
    assert_eq!(ev.len(), 2, "the real request still works with the same id");
}

fn lines_add_up(b: &RefundBreakdown) -> bool {
    let lines = b.lines.iter().fold(rust_decimal::Decimal::ZERO, |a, l| a + l.total.amount());
    let fees = b.restocking_fee.amount() + b.return_shipping_fee.amount();
    lines + b.shipping.amount() - fees == b.total.amount()
        && b.lines.iter().all(|l| l.merchandise.amount() + l.tax.amount() == l.total.amount())
}

#[test]
fn a_capped_refund_pays_its_lines_only_what_it_pays() {
    let mut n = new_order(vec![line("a", 1, "60.00").tax("VAT", dec!(0.2), usd("12.00")), line("b", 1, "40.00")]);
    n.tax_mode = TaxMode::Exclusive;
    let (mut o, mut log) = delivered_and_paid(n);
    // 112.00 captured; 62.00 refunded directly leaves 50.00 for the return of both lines
    let refund = OrderCommand::RefundPayment { payment: PaymentId::new("p1").unwrap(), amount: usd("62.00") };
    run(&mut o, &mut log, "direct", t(4, 0), refund).unwrap();
    let b = full_return(&mut o, &mut log, "r1", vec![("a", 1), ("b", 1)], &policy());
    assert!(b.capped);
    assert_eq!(b.total.amount(), dec!(50.00));
    assert!(lines_add_up(&b), "{b:#?}");
    // shares by line total: 72.00 and 40.00 of 112.00
    assert_eq!((b.lines[0].total.amount(), b.lines[1].total.amount()), (dec!(32.14), dec!(17.86)));
    assert_eq!(b.lines[0].tax.amount(), dec!(5.36));
    // each line's open amount went down by what was paid on it
    assert_eq!(o.lines()[0].open_amount.amount(), dec!(72.00) - dec!(32.14));
    assert!(o.refundable().unwrap().is_zero());
    assert_eq!(Order::from_events(&log).unwrap(), o);
}

#[test]
fn a_refund_of_nothing_is_refused_and_the_return_can_then_be_cancelled() {
    let policy = ReturnPolicy::from_json(r#"{"restocking_fee": {"default": {"fixed": "100.00"}}}"#).unwrap();
    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 1, "40.00")]));
    let req = request("r1", vec![("a", 1, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment);
    let (_, ev) = request_return(&o, &req, &policy, &EligibilityContext::default(), &meta("r1", t(5, 0))).unwrap();
    apply_all(&mut o, &mut log, ev);
    let items =
        vec![ReceivedItem { line: LineId::new("a").unwrap(), quantity: 1, condition: ItemCondition::Resellable }];
    run(&mut o, &mut log, "recv", t(6, 0), ret(ReturnCommand::Receive { return_id: rid("r1"), items })).unwrap();
    let refund = ret(ReturnCommand::Refund { return_id: rid("r1"), payment_order: vec![] });
    assert_eq!(run(&mut o, &mut log, "refund-r1", t(6, 1), refund).unwrap_err().code(), "return.nothing_to_refund");
    assert_eq!(o.return_case(&rid("r1")).unwrap().status, ReturnStatus::Received, "nothing changed");
    run(&mut o, &mut log, "close", t(6, 2), ret(ReturnCommand::Cancel { return_id: rid("r1") })).unwrap();
    assert_eq!(o.return_case(&rid("r1")).unwrap().status, ReturnStatus::Cancelled);
    assert!(o.lines()[0].counts.is_consistent());
    // a return that would refund something cannot be cancelled once items are in
    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 1, "40.00")]));
    let (_, ev) =
        request_return(&o, &req, &ReturnPolicy::default(), &EligibilityContext::default(), &meta("r1", t(5, 0)))
            .unwrap();
    apply_all(&mut o, &mut log, ev);
    let items =
        vec![ReceivedItem { line: LineId::new("a").unwrap(), quantity: 1, condition: ItemCondition::Resellable }];
    run(&mut o, &mut log, "recv", t(6, 0), ret(ReturnCommand::Receive { return_id: rid("r1"), items })).unwrap();
    let cancel = ret(ReturnCommand::Cancel { return_id: rid("r1") });
    assert_eq!(run(&mut o, &mut log, "close", t(6, 2), cancel).unwrap_err().code(), "return.invalid_transition");
}

#[test]
fn the_store_credit_clock_runs_per_item_from_the_start_the_policy_names() {
    let (mut o, mut log) = placed_and_paid(new_order(vec![line("a", 1, "40.00"), line("b", 1, "30.00")]));
    // a split order: "a" arrives on day 3, "b" ships on day 15 and arrives on day 20
    run(&mut o, &mut log, "s1", t(2, 9), shipment("s1", vec![lq("a", 1)], None)).unwrap();
    let dlv = |s: &str, at| OrderCommand::MarkDelivered { shipment: ShipmentId::new(s).unwrap(), at };
    run(&mut o, &mut log, "d1", t(3, 9), dlv("s1", t(3, 9))).unwrap();
    run(&mut o, &mut log, "s2", t(15, 9), shipment("s2", vec![lq("b", 1)], None)).unwrap();
    run(&mut o, &mut log, "d2", t(20, 9), dlv("s2", t(20, 9))).unwrap();
    let method = |clock: &str, l: &str| {
        let p = ReturnPolicy::from_json(&format!(
            r#"{{"window": {{"days": 60}}, "refunds": {{"store_credit_only_after_days": 10, "store_credit_clock": "{clock}"}}}}"#
        ))
        .unwrap();
        let req = request("r", vec![(l, 1, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment);
        evaluate(&o, &req, &p, &EligibilityContext::default(), t(22, 9)).unwrap().method
    };
    // from delivery (the default): "a" is 19 days in, "b" only 2
    assert_eq!(method("item_delivered", "a"), RefundMethod::StoreCredit);
    assert_eq!(method("item_delivered", "b"), RefundMethod::OriginalPayment);
    // from shipping: "b" shipped 7 days ago
    assert_eq!(method("item_shipped", "b"), RefundMethod::OriginalPayment);
    // from the order: everything is 21 days in
    assert_eq!(method("order_placed", "b"), RefundMethod::StoreCredit);
}

#[test]
fn units_settled_by_a_transit_claim_cannot_be_returned_too() {
    for resolution in [ClaimResolution::Refund, ClaimResolution::Replacement] {
        let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 2, "40.00")]));
        let claim =
            ReturnCommand::Claim { claim_id: rid("k1"), lines: vec![lq("a", 1)], resolution, payment_order: vec![] };
        run(&mut o, &mut log, "claim", t(4, 0), ret(claim)).unwrap();
        let ask = |q: u32| {
            let req = request("r1", vec![("a", q, ReturnReason::ChangedMind)], RefundMethod::OriginalPayment);
            evaluate(&o, &req, &policy(), &EligibilityContext::default(), t(5, 0)).unwrap()
        };
        let both = ask(2);
        assert_eq!(both.outcome, Outcome::Denied, "{resolution:?}");
        assert_eq!(both.lines[0].code, "return.already_claimed");
        assert_eq!(ask(1).outcome, Outcome::Allowed, "the unit no claim settled can still come back");
    }
}

#[test]
fn units_cannot_be_claimed_twice() {
    for first in [ClaimResolution::Refund, ClaimResolution::Replacement] {
        let (mut o, mut log) = delivered_and_paid(new_order(vec![line("b", 2, "15.00")]));
        let claim = |id: &str, q: u32, resolution| {
            ret(ReturnCommand::Claim { claim_id: rid(id), lines: vec![lq("b", q)], resolution, payment_order: vec![] })
        };
        run(&mut o, &mut log, "k1", t(4, 0), claim("k1", 2, first)).unwrap();
        let again = run(&mut o, &mut log, "k2", t(4, 1), claim("k2", 1, ClaimResolution::Replacement)).unwrap_err();
        assert_eq!(again.code(), "return.quantity_exceeds_returnable", "after a {first:?} claim");
        // and one claim cannot name the same units twice
        let (mut o, mut log) = delivered_and_paid(new_order(vec![line("b", 2, "15.00")]));
        let twice = ret(ReturnCommand::Claim {
            claim_id: rid("k3"),
            lines: vec![lq("b", 2), lq("b", 1)],
            resolution: ClaimResolution::Replacement,
            payment_order: vec![],
        });
        assert_eq!(
            run(&mut o, &mut log, "k3", t(4, 2), twice).unwrap_err().code(),
            "return.quantity_exceeds_returnable"
        );
    }
}

#[test]
fn shipping_is_refunded_once_and_only_the_return_that_takes_it_quotes_it() {
    let mut n = new_order(vec![line("a", 1, "40.00"), line("b", 1, "30.00")]);
    n.shipping = Some(usd("5.00"));
    let (mut o, mut log) = delivered_and_paid(n);
    for (id, l, at) in [("r1", "a", t(5, 0)), ("r2", "b", t(5, 1))] {
        let req = request(id, vec![(l, 1, ReturnReason::Defective)], RefundMethod::OriginalPayment);
        let (_, ev) = request_return(&o, &req, &policy(), &EligibilityContext::default(), &meta(id, at)).unwrap();
        apply_all(&mut o, &mut log, ev);
        let items =
            vec![ReceivedItem { line: LineId::new(l).unwrap(), quantity: 1, condition: ItemCondition::Damaged }];
        run(&mut o, &mut log, &format!("{id}-in"), t(6, 0), ret(ReturnCommand::Receive { return_id: rid(id), items }))
            .unwrap();
    }
    // both qualify for the shipping refund; the earlier request takes it
    assert_eq!(refund_quote(&o, &rid("r1"), &[]).unwrap().shipping.amount(), dec!(5.00));
    let quote2 = refund_quote(&o, &rid("r2"), &[]).unwrap();
    assert!(quote2.shipping.is_zero());
    run(&mut o, &mut log, "pay2", t(7, 0), ret(ReturnCommand::Refund { return_id: rid("r2"), payment_order: vec![] }))
        .unwrap();
    assert_eq!(o.return_case(&rid("r2")).unwrap().refund.as_ref(), Some(&quote2), "the quote was the payout");
    let quote1 = refund_quote(&o, &rid("r1"), &[]).unwrap();
    run(&mut o, &mut log, "pay1", t(7, 1), ret(ReturnCommand::Refund { return_id: rid("r1"), payment_order: vec![] }))
        .unwrap();
    assert_eq!(o.return_case(&rid("r1")).unwrap().refund.as_ref(), Some(&quote1));
    assert_eq!(o.shipping_refunded().amount(), dec!(5.00), "shipping went back once");
}

#[test]
fn exchanges_are_priced_by_the_policy_term_by_term() {
    // returns a 40.00 item for a replacement, received and settled; the settlement
    let settle = |policy_json: &str, reason: ReturnReason, price: &str, shipping: Option<&str>| {
        let policy = ReturnPolicy::from_json(policy_json).unwrap();
        let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 1, "40.00")]));
        let mut req = request("x1", vec![("a", 1, reason)], RefundMethod::Exchange);
        req.exchange = Some(ExchangeRequest {
            sku: Sku::new("A-L").unwrap(),
            price: usd(price),
            advance: false,
            shipping: shipping.map(usd),
        });
        let (_, ev) = request_return(&o, &req, &policy, &EligibilityContext::default(), &meta("x1", t(5, 0)))?;
        apply_all(&mut o, &mut log, ev);
        let items =
            vec![ReceivedItem { line: LineId::new("a").unwrap(), quantity: 1, condition: ItemCondition::Resellable }];
        run(&mut o, &mut log, "in", t(6, 0), ret(ReturnCommand::Receive { return_id: rid("x1"), items })).unwrap();
        run(
            &mut o,
            &mut log,
            "ex",
            t(6, 1),
            ret(ReturnCommand::Refund { return_id: rid("x1"), payment_order: vec![] }),
        )
        .unwrap();
        Ok::<_, postpurchase::Error>(o.return_case(&rid("x1")).unwrap().exchange.clone().unwrap())
    };
    let amount = |m: &Option<Money>| m.unwrap().amount();
    // the default: no return-shipping fee on exchanges, the replacement ships free
    let fee = r#""return_shipping_fee": {"amount": "5.00"}"#;
    let s = settle(&format!("{{{fee}}}"), ReturnReason::DoesNotFit, "45.00", None).unwrap();
    assert_eq!(
        (s.difference.amount(), amount(&s.return_shipping_fee), amount(&s.replacement_shipping)),
        (dec!(5.00), dec!(0), dec!(0))
    );
    // charged globally, with a flat 4.95 for the replacement: 45 + 4.95 + 5 − 40 = 14.95, the customer pays
    let p = format!(
        r#"{{{fee}, "exchanges": {{"charge_return_shipping": true, "replacement_shipping": {{"kind": "flat", "amount": "4.95"}}}}}}"#
    );
    let s = settle(&p, ReturnReason::DoesNotFit, "45.00", None).unwrap();
    assert_eq!(s.difference.amount(), dec!(14.95));
    assert_eq!((amount(&s.returned_value), s.credit.amount()), (dec!(40.00), dec!(35.00)));
    // charged per reason only
    let p = format!(r#"{{{fee}, "exchanges": {{"charge_return_shipping_for": ["changed_mind"]}}}}"#);
    assert_eq!(amount(&settle(&p, ReturnReason::ChangedMind, "30.00", None).unwrap().return_shipping_fee), dec!(5.00));
    let cheaper = settle(&p, ReturnReason::DoesNotFit, "30.00", None).unwrap();
    assert_eq!(cheaper.difference.amount(), dec!(-10.00), "the shop owes the customer 10.00");
    // the host prices the replacement's shipping
    let p = r#"{"exchanges": {"replacement_shipping": {"kind": "host"}}}"#;
    assert_eq!(settle(p, ReturnReason::DoesNotFit, "40.00", None).unwrap_err().code(), "money.invalid_amount");
    assert_eq!(settle(p, ReturnReason::DoesNotFit, "40.00", Some("7.00")).unwrap().difference.amount(), dec!(7.00));
}

#[test]
fn a_policy_resolves_its_time_zone_on_load_and_again_when_the_zone_changes() {
    let mut p = ReturnPolicy::from_json(r#"{"window": {"days": 30}, "time_zone": "Europe/Berlin"}"#).unwrap();
    assert_eq!(p.tz(), chrono_tz::Europe::Berlin);
    p.time_zone = "Asia/Tokyo".into();
    assert_eq!(p.tz(), chrono_tz::Asia::Tokyo, "a changed zone is not answered from the load");
    assert_eq!(ReturnPolicy::default().tz(), chrono_tz::UTC);
}

fn receive_all(o: &mut Order, log: &mut Vec<OrderEvent>, id: &str, line: &str, qty: u32) {
    let items =
        vec![ReceivedItem { line: LineId::new(line).unwrap(), quantity: qty, condition: ItemCondition::Resellable }];
    run(o, log, &format!("{id}-rc"), t(6, 0), ret(ReturnCommand::Receive { return_id: rid(id), items })).unwrap();
}

fn to_p1(amount: &str) -> Vec<RefundPayout> {
    vec![RefundPayout { destination: RefundDestination::Payment(PaymentId::new("p1").unwrap()), amount: usd(amount) }]
}

#[test]
fn a_refund_paid_by_a_platform_is_recorded_as_paid_from_the_same_balance() {
    // 2 × 20.00 with 4.99 shipping: the platform refunds one unit with a 2.00 fee kept
    let mut n = new_order(vec![line("a", 2, "20.00")]);
    n.shipping = Some(usd("4.99"));
    let (mut o, mut log) = delivered_and_paid(n);
    let (_, ev) = ask(&o, "r1", "a", 1, "k1", t(5, 0));
    apply_all(&mut o, &mut log, ev);
    receive_all(&mut o, &mut log, "r1", "a", 1);
    let record = |payouts| ret(ReturnCommand::RecordRefund { return_id: rid("r1"), payouts });
    // more than the unit and the shipping are worth: refused, nothing changes
    let before = o.clone();
    let e = run(&mut o, &mut log, "x", t(6, 1), record(to_p1("25.00"))).unwrap_err();
    assert_eq!(e.code(), "payment.amount_exceeds_available");
    assert_eq!(e.detail("available"), Some("24.99 USD"));
    for bad in [to_p1("0.00"), to_p1("1.001"), vec![]] {
        assert_eq!(run(&mut o, &mut log, "x", t(6, 1), record(bad)).unwrap_err().code(), "input.invalid");
    }
    let stranger = vec![RefundPayout {
        destination: RefundDestination::Payment(PaymentId::new("p9").unwrap()),
        amount: usd("1.00"),
    }];
    assert_eq!(run(&mut o, &mut log, "x", t(6, 1), record(stranger)).unwrap_err().code(), "payment.unknown");
    assert_eq!(o, before);
    run(&mut o, &mut log, "rf", t(6, 1), record(to_p1("18.00"))).unwrap();
    let case = o.return_case(&rid("r1")).unwrap();
    let b = case.refund.clone().unwrap();
    assert_eq!(case.status, ReturnStatus::Refunded);
    assert_eq!(
        (b.total.amount(), b.restocking_fee.amount(), b.lines[0].total.amount()),
        (dec!(18.00), dec!(2.00), dec!(20.00))
    );
    assert!(lines_add_up(&b));
    assert_eq!(o.refunded().amount(), dec!(18.00));
    // a second refund of the same return is a transition error, a repeat of the command a no-op
    assert_eq!(
        run(&mut o, &mut log, "rf2", t(6, 2), record(to_p1("1.00"))).unwrap_err().code(),
        "return.invalid_transition"
    );
    assert!(run(&mut o, &mut log, "rf", t(6, 1), record(to_p1("18.00"))).unwrap().is_empty());
    // the last unit: the platform also refunds the shipping, 24.99 in all
    let (_, ev) = ask(&o, "r2", "a", 1, "k2", t(5, 1));
    apply_all(&mut o, &mut log, ev);
    receive_all(&mut o, &mut log, "r2", "a", 1);
    run(
        &mut o,
        &mut log,
        "rf3",
        t(6, 3),
        ret(ReturnCommand::RecordRefund { return_id: rid("r2"), payouts: to_p1("24.99") }),
    )
    .unwrap();
    let b = o.return_case(&rid("r2")).unwrap().refund.clone().unwrap();
    assert_eq!((b.shipping.amount(), b.restocking_fee.amount()), (dec!(4.99), dec!(0.00)));
    assert_eq!(o.refunded().amount(), dec!(42.99));
    assert!(o.refunded().try_cmp(&o.captured()).unwrap().is_le());
    assert_eq!(Order::from_events(&log).unwrap(), o);
}
