//! The hostile-input reproducers: each used to abort the host, wrap silently or pay twice; each is
//! now a typed error or a correct answer, and a refused command changes nothing.
mod common;

use chrono::{DateTime, Utc};
use common::*;
use postpurchase::clv::{FitOptions, ParetoNbd, RfmData};
use postpurchase::loyalty::{Award, EarnLine, LoyaltyCommand, Member, Programme};
use postpurchase::metrics::{Transaction, purchase_metrics};
use postpurchase::returns::*;
use postpurchase::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn programme(doc: &str) -> Programme {
    Programme::from_json(doc).unwrap()
}

#[test]
fn earning_on_a_spend_near_the_decimal_maximum_is_an_error_not_an_abort() {
    let p = programme(r#"{"currency": "USD", "earning": {"points_per_currency_unit": "10"}}"#);
    let mut m = Member::new(CustomerId::new("c-1").unwrap());
    let cmd = LoyaltyCommand::EarnOrder {
        order: OrderId::new("o-1").unwrap(),
        lines: vec![EarnLine {
            line: LineId::new("l1").unwrap(),
            spend: Money::new(Decimal::MAX, usd_c()).unwrap(),
            tax: None,
        }],
        shipping: None,
        delivered_at: None,
        return_window_end: None,
    };
    let before = m.clone();
    let err = m.handle(&cmd, &p, &meta("earn", t(2, 9))).unwrap_err();
    assert!(["money.overflow", "input.invalid"].contains(&err.code()), "{err}");
    assert_eq!(m, before);
}

#[test]
fn an_adjustment_of_i64_min_points_is_refused() {
    let p = programme(r#"{"currency": "USD", "earning": {}}"#);
    let mut m = Member::new(CustomerId::new("c-1").unwrap());
    for points in [i64::MIN, i64::MAX, -1_000_000_000_001] {
        let cmd = LoyaltyCommand::Adjust { points, reason: "test".into() };
        assert_eq!(m.handle(&cmd, &p, &meta("adj", t(2, 9))).unwrap_err().code(), "input.invalid", "{points}");
    }
    assert_eq!(m.version(), 0);
}

#[test]
fn delay_thresholds_near_i64_max_mean_never_and_do_not_panic() {
    let huge = DelayThresholds {
        stalled_after_days: i64::MAX,
        lost_after_days_domestic: i64::MAX,
        lost_after_days_international: i64::MAX,
        lost_after_promise_hours: i64::MAX,
    };
    let a = assess_delay(
        &[CarrierEvent::new(t(2, 9), TrackingStatus::InTransit)],
        t(1, 9),
        Some(t(3, 9)),
        Route::Domestic,
        t(30, 9),
        &huge,
    );
    assert!(a.late && !a.stalled && !a.presumed_lost);
    // and loading such thresholds from a document is refused, naming every field out of bounds
    let e = DelayThresholds::from_json(
        r#"{"stalled_after_days": 9223372036854775807, "lost_after_days_domestic": -1,
            "lost_after_days_international": 3651, "lost_after_promise_hours": 0}"#,
    )
    .unwrap_err();
    assert_eq!(e.code(), "config.invalid");
    assert_eq!(e.problems().len(), 4, "{e:?}");
    assert_eq!(DelayThresholds::from_json("{}").unwrap(), DelayThresholds::default());
}

#[test]
fn absurd_windows_are_refused_on_load_and_far_times_do_not_panic() {
    assert_eq!(ReturnPolicy::from_json(r#"{"window": {"days": 4294967295}}"#).unwrap_err().code(), "config.invalid");
    let tier = r#"{"currency": "USD", "earning": {}, "tiers": {"levels": [{"name": "gold", "threshold": "0", "extra_return_days": 4294967295}]}}"#;
    assert_eq!(Programme::from_json(tier).unwrap_err().code(), "config.invalid");
    // times no language can hold are refused before anything changes (#33 item 4): an order
    // placed at the end of time, a `now` there, a policy date past 9999
    let mut order = new_order(vec![line("l1", 1, "10.00")]);
    order.placed_at = DateTime::<Utc>::MAX_UTC;
    let e = Order::place(order, &meta("place", t(1, 9))).unwrap_err();
    assert_eq!((e.code(), e.detail("field")), ("input.invalid", Some("order.placed_at")));
    let (o, _) = placed(new_order(vec![line("l1", 1, "10.00")]));
    let policy =
        ReturnPolicy::from_json(r#"{"window": {"days": 3650, "starts": "order_placed"}, "require": "none"}"#).unwrap();
    let req = request("r1", vec![("l1", 1, ReturnReason::DoesNotFit)], RefundMethod::OriginalPayment);
    let far = evaluate(&o, &req, &policy, &EligibilityContext::default(), DateTime::<Utc>::MAX_UTC).unwrap_err();
    assert_eq!(far.code(), "input.invalid");
    let far = request_return(&o, &req, &policy, &EligibilityContext::default(), &meta("r1", DateTime::<Utc>::MAX_UTC));
    assert_eq!(far.unwrap_err().code(), "input.invalid");
    let holiday = r#"{"holiday_extension": {"placed_from": "2026-11-01", "placed_to": "2026-12-24",
        "returnable_until": "+262142-12-31"}}"#;
    let e = ReturnPolicy::from_json(holiday).unwrap_err();
    assert_eq!(e.code(), "config.invalid");
    assert!(e.problems().iter().any(|p| p.path == "holiday_extension.returnable_until"), "{e:?}");
    // a scan or a promise at 9999-12-31 would give a window end Python cannot read: refused
    for cmd in [
        serde_json::json!({"type": "mark_delivered", "shipment": "s1", "at": "9999-12-31T00:00:00Z"}),
        serde_json::json!({"type": "record_tracking", "shipment": "s1",
            "event": {"occurred_at": "9999-12-31T00:00:00Z", "status": "delivered"}}),
        serde_json::json!({"type": "create_shipment", "shipment": {"id": "s2", "lines": [],
            "carrier": "x", "promised_by": "+262142-12-31T00:00:00Z"}}),
    ] {
        let cmd: OrderCommand = serde_json::from_value(cmd).unwrap();
        assert_eq!(o.decide(&cmd, &meta("k", t(2, 9))).unwrap_err().code(), "input.invalid", "{cmd:?}");
    }
}

#[test]
fn purchase_metrics_over_huge_amounts_overflow_as_a_typed_error() {
    let txns: Vec<Transaction> = (0..3).map(|i| Transaction::new(i, t(1, 9), Decimal::MAX)).collect();
    assert_eq!(purchase_metrics(&txns).unwrap_err().code(), "money.overflow");
}

#[test]
fn rfm_columns_of_different_lengths_are_an_input_error() {
    let e = RfmData::new(vec![1.0, 2.0], vec![1.0], vec![3.0, 4.0], vec![1.0, 1.0]).unwrap_err();
    assert_eq!(e.code(), "input.invalid");
    let d = RfmData::new(vec![1.0, 2.0], vec![1.0, 2.0], vec![3.0, 4.0], vec![1.0, 1.0]).unwrap();
    // two customers are too few for an interior optimum: a typed CLV error, not a panic
    let code = ParetoNbd::fit_compressed(&d, &FitOptions::default()).map(|_| "ok").unwrap_or_else(|e| e.code());
    assert!(code == "ok" || code.starts_with("clv."), "{code}");
}

#[test]
fn a_payment_refund_after_a_store_credit_refund_cannot_pay_twice() {
    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("l1", 1, "100.00")]));
    let policy = ReturnPolicy::from_json(r#"{"window": {"days": 30}}"#).unwrap();
    let req = request("r1", vec![("l1", 1, ReturnReason::DoesNotFit)], RefundMethod::StoreCredit);
    let (_, ev) = request_return(&o, &req, &policy, &EligibilityContext::default(), &meta("r1", t(5, 9))).unwrap();
    for e in &ev {
        o.apply(e);
    }
    log.extend(ev);
    let rid = ReturnId::new("r1").unwrap();
    let items =
        vec![ReceivedItem { line: LineId::new("l1").unwrap(), quantity: 1, condition: ItemCondition::Resellable }];
    let recv = OrderCommand::Return { command: ReturnCommand::Receive { return_id: rid.clone(), items } };
    run(&mut o, &mut log, "recv", t(6, 9), recv).unwrap();
    let refund = OrderCommand::Return { command: ReturnCommand::Refund { return_id: rid, payment_order: vec![] } };
    run(&mut o, &mut log, "refund", t(6, 10), refund).unwrap();
    assert_eq!(o.store_credit_issued().to_string(), "100.00 USD");
    let direct = OrderCommand::RefundPayment { payment: PaymentId::new("p1").unwrap(), amount: usd("100.00") };
    let before = o.clone();
    let err = run(&mut o, &mut log, "direct", t(7, 9), direct).unwrap_err();
    assert_eq!(err.code(), "payment.amount_exceeds_available");
    assert_eq!(o, before);
    assert!(o.refundable().unwrap().is_zero());
}

#[test]
fn a_member_cannot_refer_themselves_or_the_same_customer_twice() {
    let p = programme(
        r#"{"currency": "USD", "earning": {"referral": {"referrer": 500, "referred": 250, "cap_per_period": 10, "period_days": 365}}}"#,
    );
    let me = CustomerId::new("c-1").unwrap();
    let mut m = Member::new(me.clone());
    let award =
        |who: &str| LoyaltyCommand::Award { award: Award::Referrer { referred: CustomerId::new(who).unwrap() } };
    let err = m.handle(&award("c-1"), &p, &meta("self", t(2, 9))).unwrap_err();
    assert_eq!(err.code(), "loyalty.rule_not_applicable");
    m.handle(&award("c-2"), &p, &meta("ref-1", t(2, 9))).unwrap();
    let err = m.handle(&award("c-2"), &p, &meta("ref-2", t(3, 9))).unwrap_err();
    assert_eq!(err.code(), "loyalty.rule_not_applicable");
    m.handle(&award("c-3"), &p, &meta("ref-3", t(3, 9))).unwrap();
    assert_eq!(m.balance(), 1000);
}

/// One refund path, chosen by the fuzzer.
#[derive(Debug, Clone)]
enum RefundPath {
    Direct(u32),
    Return(RefundMethod),
    Claim,
}

fn path() -> impl Strategy<Value = RefundPath> {
    prop_oneof![
        (1u32..=400).prop_map(RefundPath::Direct),
        Just(RefundPath::Return(RefundMethod::OriginalPayment)),
        Just(RefundPath::Return(RefundMethod::StoreCredit)),
        Just(RefundPath::Claim),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    /// Money leaves through one door: however refund paths interleave, the total refunded to
    /// payments and issued as store credit never exceeds what was captured.
    #[test]
    fn refunds_over_every_path_never_exceed_the_capture(paths in proptest::collection::vec(path(), 1..8)) {
        let (mut o, mut log) = delivered_and_paid(new_order(vec![line("l1", 3, "100.00")]));
        let captured = o.captured();
        let policy = ReturnPolicy::from_json(
            r#"{"window": {"days": 30}}"#,
        )
        .unwrap();
        for (i, p) in paths.iter().enumerate() {
            let key = format!("k{i}");
            match p {
                RefundPath::Direct(cents) => {
                    let amount = Money::new(Decimal::new(i64::from(*cents) * 100, 2), captured.currency()).unwrap();
                    let cmd = OrderCommand::RefundPayment { payment: PaymentId::new("p1").unwrap(), amount };
                    let _ = run(&mut o, &mut log, &key, t(9, 9), cmd);
                }
                RefundPath::Return(method) => {
                    let id = format!("r{i}");
                    let req = request(&id, vec![("l1", 1, ReturnReason::DoesNotFit)], *method);
                    if let Ok((_, ev)) = request_return(&o, &req, &policy, &EligibilityContext::default(), &meta(&key, t(9, 9))) {
                        for e in &ev {
                            o.apply(e);
                        }
                        log.extend(ev);
                        let rid = ReturnId::new(&id).unwrap();
                        let items = vec![ReceivedItem { line: LineId::new("l1").unwrap(), quantity: 1, condition: ItemCondition::Resellable }];
                        let recv = OrderCommand::Return { command: ReturnCommand::Receive { return_id: rid.clone(), items } };
                        if run(&mut o, &mut log, &format!("{key}-in"), t(9, 10), recv).is_ok() {
                            let pay = OrderCommand::Return { command: ReturnCommand::Refund { return_id: rid, payment_order: vec![] } };
                            let _ = run(&mut o, &mut log, &format!("{key}-pay"), t(9, 11), pay);
                        }
                    }
                }
                RefundPath::Claim => {
                    let cmd = OrderCommand::Return { command: ReturnCommand::Claim {
                        claim_id: ReturnId::new(format!("c{i}")).unwrap(),
                        lines: vec![lq("l1", 1)],
                        resolution: ClaimResolution::Refund,
                        payment_order: vec![],
                    } };
                    let _ = run(&mut o, &mut log, &key, t(9, 9), cmd);
                }
            }
            let out = o.refunded().checked_add(&o.store_credit_issued()).unwrap();
            prop_assert!(out.try_cmp(&captured).unwrap() != std::cmp::Ordering::Greater, "{out} > {captured}");
        }
        // replaying the events rebuilds the same state
        prop_assert_eq!(Order::from_events(&log).unwrap(), o);
    }
}

/// Regression (#33 item 10): counts and points that cannot be represented are refused, never
/// saturated into figures that disagree with their parts.
#[test]
fn survey_counts_and_ledger_sums_past_their_types_are_refused() {
    use postpurchase::feedback::{MAX_ANSWERS, SurveyState};
    let max = u64::MAX;
    let huge = format!(r#"{{"v": 1, "kind": "nps", "promoters": {max}, "passives": {max}, "detractors": {max}}}"#);
    assert_eq!(SurveyState::from_json(&huge).unwrap_err().code(), "input.invalid");
    // built in Rust past the bound: the result refuses rather than report shares that add past 1
    let n = postpurchase::feedback::Nps { promoters: max, detractors: max, ..Default::default() };
    assert_eq!(n.result(0.95).unwrap_err().code(), "input.invalid");
    // two states that each fit but whose merge would not
    let half = MAX_ANSWERS / 2 + 1;
    let a = SurveyState::from_json(&format!(
        r#"{{"v": 1, "kind": "nps", "promoters": {half}, "passives": 0, "detractors": 0}}"#
    ))
    .unwrap();
    let mut merged = a.clone();
    let err = merged.merge(&a).unwrap_err();
    assert_eq!(err.code(), "input.invalid");
    assert_eq!(merged, a, "a refused merge changes nothing");
    let stored = a.to_json();
    assert_eq!(SurveyState::merge_stored(&[stored.clone(), stored]).unwrap_err().code(), "input.invalid");
    // a ledger whose entries sum past i64
    let p = Programme::from_json(r#"{"currency": "USD", "earning": {}}"#).unwrap();
    let mut m = Member::new(CustomerId::new("c-1").unwrap());
    m.handle(&LoyaltyCommand::Adjust { points: 5, reason: "x".into() }, &p, &meta("a", t(1, 9))).unwrap();
    let mut e1 = serde_json::to_value(&m.entries()[0]).unwrap();
    e1["points"] = serde_json::json!(i64::MAX);
    e1["balance_after"] = serde_json::json!(i64::MAX);
    let mut e2 = e1.clone();
    e2["seq"] = serde_json::json!(2);
    e2["key"] = serde_json::json!("b");
    let entries: Vec<postpurchase::loyalty::Entry> = serde_json::from_value(serde_json::json!([e1, e2])).unwrap();
    let err = Member::try_from_entries(CustomerId::new("c-1").unwrap(), &entries).unwrap_err();
    assert_eq!((err.code(), err.detail("seq")), ("input.invalid", Some("2")));
}
