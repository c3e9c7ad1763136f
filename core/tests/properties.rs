//! Properties that must hold for any input.
mod common;

use common::*;
use postpurchase::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn arb_order() -> impl Strategy<Value = NewOrder> {
    (prop::collection::vec((1u32..5, 1i64..100_000, 0i64..500, 0i64..2_000), 1..4), 0i64..3000, 1i64..1500).prop_map(
        |(lines, order_discount, shipping)| {
            let mut n = new_order(
                lines
                    .iter()
                    .enumerate()
                    .map(|(i, &(q, cents, disc, tax))| {
                        let mut l = line(&format!("l{i}"), q, &Decimal::new(cents, 2).to_string());
                        let gross = cents * i64::from(q);
                        l = l.discount(usd(&Decimal::new(disc.min(gross), 2).to_string()));
                        l.tax("tax", Decimal::ZERO, usd(&Decimal::new(tax, 2).to_string()))
                    })
                    .collect(),
            );
            let merch: i64 = lines.iter().map(|&(q, c, d, _)| c * i64::from(q) - d.min(c * i64::from(q))).sum();
            n.discounts.push(Discount {
                code: "D".into(),
                amount: usd(&Decimal::new(order_discount.min(merch), 2).to_string()),
            });
            n.shipping = Some(usd(&Decimal::new(shipping, 2).to_string()));
            n
        },
    )
}

#[derive(Debug, Clone)]
enum Step {
    Ship(usize, u32),
    Cancel(usize, u32),
    Scan(usize, u8, i64),
    Deliver(usize),
    Hold,
    Release,
    Authorize(i64),
    Capture(i64),
    Refund(i64),
    Void,
    Repeat,
}

fn arb_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0usize..4, 0u32..4).prop_map(|(l, q)| Step::Ship(l, q)),
        (0usize..4, 0u32..4).prop_map(|(l, q)| Step::Cancel(l, q)),
        (0usize..6, 0u8..13, -48i64..200).prop_map(|(s, st, h)| Step::Scan(s, st, h)),
        (0usize..6).prop_map(Step::Deliver),
        Just(Step::Hold),
        Just(Step::Release),
        (-100i64..50_000).prop_map(Step::Authorize),
        (-100i64..50_000).prop_map(Step::Capture),
        (-100i64..50_000).prop_map(Step::Refund),
        Just(Step::Void),
        Just(Step::Repeat),
    ]
}

fn command(step: &Step, n_lines: usize) -> OrderCommand {
    let lid = |i: usize| format!("l{}", i % (n_lines + 1)); // sometimes an unknown line
    let pay = || PaymentId::new("p").unwrap();
    let cents = |c: i64| usd(&Decimal::new(c, 2).to_string());
    match step {
        Step::Ship(l, q) => shipment(&format!("s{l}{q}"), vec![lq(&lid(*l), *q)], Some(t(5, 0))),
        Step::Cancel(l, q) => OrderCommand::CancelUnits { lines: vec![lq(&lid(*l), *q)], reason: "r".into() },
        Step::Scan(s, st, h) => OrderCommand::RecordTracking {
            shipment: ShipmentId::new(format!("s{}{}", s % 4, s % 3)).unwrap(),
            event: CarrierEvent::new(t(3, 0) + chrono::Duration::hours(*h), TrackingStatus::ALL[*st as usize % 13]),
        },
        Step::Deliver(s) => OrderCommand::MarkDelivered {
            shipment: ShipmentId::new(format!("s{}{}", s % 4, s % 3)).unwrap(),
            at: t(6, 0),
        },
        Step::Hold => OrderCommand::Hold { reason: "h".into() },
        Step::Release => OrderCommand::Release,
        Step::Authorize(c) => OrderCommand::AuthorizePayment { payment: pay(), amount: cents(*c) },
        Step::Capture(c) => OrderCommand::CapturePayment { payment: pay(), amount: cents(*c) },
        Step::Refund(c) => OrderCommand::RefundPayment { payment: pay(), amount: cents(*c) },
        Step::Void => OrderCommand::VoidPayment { payment: pay() },
        Step::Repeat => OrderCommand::Release,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_commands_keep_counters_consistent_and_replay_rebuilds_state(order in arb_order(), steps in prop::collection::vec(arb_step(), 0..40)) {
        let n_lines = order.lines.len();
        let (mut o, mut log) = placed(order);
        let mut last: Option<(String, OrderCommand)> = None;
        for (i, step) in steps.iter().enumerate() {
            let (key, cmd) = match (step, &last) {
                (Step::Repeat, Some((k, c))) => (k.clone(), c.clone()),
                _ => (format!("k{i}"), command(step, n_lines)),
            };
            let before = o.clone();
            match o.handle(&cmd, &meta(&key, t(2, 0))) {
                Ok(ev) => log.extend(ev),
                Err(_) => prop_assert_eq!(&o, &before, "a refused command changed the order"),
            }
            last = Some((key, cmd));
            for l in o.lines() {
                prop_assert!(l.counts.is_consistent(), "{:?}", l.counts);
                prop_assert!(!l.open_amount.is_negative());
            }
            // captured never drops below refunded
            prop_assert!(!o.captured().checked_sub(&o.refunded()).unwrap().is_negative());
        }
        prop_assert_eq!(Order::from_events(&log).unwrap(), o.clone());
        let back: Vec<OrderEvent> = serde_json::from_str(&serde_json::to_string(&log).unwrap()).unwrap();
        prop_assert_eq!(back, log);
        let state: Order = serde_json::from_str(&serde_json::to_string(&o).unwrap()).unwrap();
        prop_assert_eq!(state, o);
    }

    #[test]
    fn allocation_always_sums_exactly(cents in -10_000_000i64..10_000_000, weights in prop::collection::vec(0u32..1000, 1..12), code in prop::sample::select(vec!["USD", "JPY", "KWD"])) {
        prop_assume!(weights.iter().any(|w| *w > 0));
        let cur = Currency::from_code(code).unwrap();
        let amount = Money::new(Decimal::new(cents, cur.minor_units()), cur).unwrap();
        let ws: Vec<Decimal> = weights.iter().map(|w| Decimal::from(*w)).collect();
        let parts = amount.allocate(&ws).unwrap();
        prop_assert_eq!(parts.len(), ws.len());
        prop_assert_eq!(Money::sum(cur, &parts).unwrap(), amount);
        for (p, w) in parts.iter().zip(&weights) {
            prop_assert!(p.is_whole_minor_units());
            if *w == 0 { prop_assert!(p.is_zero()); }
        }
    }

    #[test]
    fn taking_units_one_by_one_adds_up_to_the_line(cents in 0i64..10_000_000, units in 1u32..20) {
        let total = usd(&Decimal::new(cents, 2).to_string());
        let mut left = total;
        let mut taken = Money::zero(total.currency());
        for remaining in (1..=units).rev() {
            let take = left.take_units(1, remaining).unwrap();
            prop_assert!(!take.is_negative());
            taken = taken.checked_add(&take).unwrap();
            left = left.checked_sub(&take).unwrap();
        }
        prop_assert_eq!(taken, total);
        prop_assert!(left.is_zero());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Over random orders, discounts, fixed taxes and random sequences of partial returns: refunds never
    /// exceed what was paid, returning everything refunds exactly what was paid, counters stay
    /// consistent, and replay rebuilds the same state.
    #[test]
    fn partial_returns_in_any_sequence_refund_exactly_what_was_paid(
        order in arb_order(),
        picks in prop::collection::vec((0usize..4, 1u32..4), 1..12),
        direct in prop_oneof![Just(0i64), 1i64..300_000],
    ) {
        let policy = postpurchase::returns::ReturnPolicy::default();
        let (mut o, mut log) = delivered_and_paid(order);
        let paid = o.captured();
        // sometimes part of the money was refunded directly first: later returns are capped, and
        // their quotes, payouts and lines must still agree (checked in `full_return`)
        let direct = usd(&Decimal::new(direct, 2).to_string()).try_min(&paid).unwrap();
        if !direct.is_zero() {
            let cmd = OrderCommand::RefundPayment { payment: PaymentId::new("p1").unwrap(), amount: direct };
            run(&mut o, &mut log, "direct", t(4, 0), cmd).unwrap();
        }
        let mut n = 0;
        // random partial returns first, then whatever is left, one line at a time
        let mut plan: Vec<(usize, u32)> = picks;
        for i in 0..o.lines().len() {
            plan.push((i, u32::MAX));
        }
        for (li, q) in plan {
            let li = li % o.lines().len();
            let line = &o.lines()[li];
            let left = line.counts.delivered - line.counts.return_requested;
            let q = q.min(left);
            if q == 0 {
                continue;
            }
            let id = line.id().as_str().to_string();
            if o.refundable().unwrap().is_zero() {
                break; // everything captured is back: a further return would refund nothing
            }
            n += 1;
            full_return(&mut o, &mut log, &format!("r{n}"), vec![(id.as_str(), q)], &policy);
            prop_assert!(o.refunded().try_cmp(&paid).unwrap() != std::cmp::Ordering::Greater, "refunded more than paid");
            for l in o.lines() {
                prop_assert!(l.counts.is_consistent(), "{:?}", l.counts);
            }
        }
        prop_assert_eq!(o.refunded(), paid);
        prop_assert_eq!(o.payment_status(), PaymentStatus::Refunded);
        prop_assert_eq!(Order::from_events(&log).unwrap(), o);
    }
}

/// One step of a post-delivery life: returns, claims, receipts, refunds and cancellations in any
/// order, some of them refused.
#[derive(Debug, Clone)]
enum Life {
    Request(usize, u32, bool),
    Claim(usize, u32, bool),
    Receive(usize, u8),
    Refund(usize),
    /// A refund a platform paid: an amount in cents, recorded against a return.
    Recorded(usize, i64),
    CancelReturn(usize),
    Direct(i64),
}

fn arb_life() -> impl Strategy<Value = Life> {
    prop_oneof![
        (0usize..2, 1u32..4, prop::bool::ANY).prop_map(|(l, q, credit)| Life::Request(l, q, credit)),
        (0usize..2, 1u32..3, prop::bool::ANY).prop_map(|(l, q, refund)| Life::Claim(l, q, refund)),
        (0usize..6, 0u8..4).prop_map(|(r, c)| Life::Receive(r, c)),
        (0usize..6).prop_map(Life::Refund),
        (0usize..6, 1i64..9_000).prop_map(|(r, c)| Life::Recorded(r, c)),
        (0usize..6).prop_map(Life::CancelReturn),
        (1i64..6_000).prop_map(Life::Direct),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Random interleavings of claims, return requests, receipts, refunds, cancellations and
    /// direct refunds never leave a return that can be neither refunded, received nor cancelled,
    /// never settle a unit twice, and never refund more than was captured.
    #[test]
    fn returns_and_claims_never_overlap_or_get_stuck(life in prop::collection::vec(arb_life(), 1..30)) {
        use postpurchase::returns::*;
        let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 3, "20.00"), line("b", 2, "15.00")]));
        let captured = o.captured();
        let policy = ReturnPolicy::default();
        let ret = |c: ReturnCommand| OrderCommand::Return { command: c };
        let lid = |l: usize| ["a", "b"][l % 2];
        let mut ids: Vec<String> = Vec::new();
        for (i, step) in life.iter().enumerate() {
            let key = format!("k{i}");
            let r = |n: usize| ReturnId::new(ids.get(n % ids.len().max(1)).cloned().unwrap_or_else(|| "none".into())).unwrap();
            let _ = match step {
                Life::Request(l, q, credit) => {
                    let method = if *credit { RefundMethod::StoreCredit } else { RefundMethod::OriginalPayment };
                    let req = request(&format!("r{i}"), vec![(lid(*l), *q, ReturnReason::ChangedMind)], method);
                    let context = OrderContext { returns: Some((&policy, &EligibilityContext::default())) };
                    let done = postpurchase::aggregate::Aggregate::execute(&mut o, &ret(ReturnCommand::Request { request: req }), &context, &meta(&key, t(5, 0)));
                    if let Ok(ev) = done {
                        log.extend(ev);
                        ids.push(format!("r{i}"));
                    }
                    continue;
                }
                Life::Claim(l, q, refund) => {
                    let resolution = if *refund { ClaimResolution::Refund } else { ClaimResolution::Replacement };
                    let c = ReturnCommand::Claim { claim_id: ReturnId::new(format!("k{i}")).unwrap(), lines: vec![lq(lid(*l), *q)], resolution, payment_order: vec![] };
                    run(&mut o, &mut log, &key, t(5, 1), ret(c))
                }
                Life::Receive(n, c) => {
                    let id = r(*n);
                    let Ok(case) = o.return_case(&id) else { continue };
                    let condition = [ItemCondition::Resellable, ItemCondition::Damaged, ItemCondition::WrongItem, ItemCondition::Missing][*c as usize % 4];
                    let items: Vec<ReceivedItem> = case.lines.iter().filter(|l| l.approved > 0)
                        .map(|l| ReceivedItem { line: l.line.clone(), quantity: l.approved, condition }).collect();
                    run(&mut o, &mut log, &key, t(6, 0), ret(ReturnCommand::Receive { return_id: id, items }))
                }
                Life::Refund(n) => run(&mut o, &mut log, &key, t(7, 0), ret(ReturnCommand::Refund { return_id: r(*n), payment_order: vec![] })),
                Life::Recorded(n, c) => {
                    let payouts = vec![RefundPayout { destination: RefundDestination::Payment(PaymentId::new("p1").unwrap()), amount: usd(&Decimal::new(*c, 2).to_string()) }];
                    run(&mut o, &mut log, &key, t(7, 0), ret(ReturnCommand::RecordRefund { return_id: r(*n), payouts }))
                }
                Life::CancelReturn(n) => run(&mut o, &mut log, &key, t(7, 1), ret(ReturnCommand::Cancel { return_id: r(*n) })),
                Life::Direct(c) => run(&mut o, &mut log, &key, t(7, 2), OrderCommand::RefundPayment {
                    payment: PaymentId::new("p1").unwrap(), amount: usd(&Decimal::new(*c, 2).to_string()) }),
            };
        }
        // money: never more back than was captured
        let back = o.refunded().checked_add(&o.store_credit_issued()).unwrap();
        prop_assert!(back.try_cmp(&captured).unwrap() != std::cmp::Ordering::Greater, "{back} back of {captured}");
        // units: a line's refunded, replaced and returned units never exceed what was shipped
        for l in o.lines() {
            prop_assert!(l.counts.is_consistent(), "{:?}", l.counts);
            let settled: u32 = o.returns().filter(|c| c.is_claim() || c.refund.is_some())
                .flat_map(|c| c.lines.iter().filter(|x| &x.line == l.id()))
                .map(|x| if x.reserved == 0 && x.approved > 0 { x.approved } else { x.refundable() })
                .sum();
            prop_assert!(settled <= l.counts.shipped, "{} settled {settled} of {} shipped", l.id(), l.counts.shipped);
        }
        // no open return is stuck: it can be received, refunded or cancelled
        for case in o.returns() {
            let id = &case.id;
            if case.status.is_closed() {
                continue;
            }
            let probe = |cmd: ReturnCommand| o.decide(&ret(cmd), &meta("probe", t(9, 0))).is_ok();
            let items: Vec<ReceivedItem> = case.lines.iter().filter(|l| l.approved > l.received_total())
                .map(|l| ReceivedItem { line: l.line.clone(), quantity: l.approved - l.received_total(), condition: ItemCondition::Resellable }).collect();
            let movable = probe(ReturnCommand::Refund { return_id: id.clone(), payment_order: vec![] })
                || probe(ReturnCommand::Cancel { return_id: id.clone() })
                || (!items.is_empty() && probe(ReturnCommand::Receive { return_id: id.clone(), items }))
                || probe(ReturnCommand::Approve { return_id: id.clone(), override_reason: None })
                || probe(ReturnCommand::Decline { return_id: id.clone(), reason: "x".into() });
            prop_assert!(movable, "return {id} is stuck: {case:#?}");
        }
        prop_assert_eq!(Order::from_events(&log).unwrap(), o);
    }
}
