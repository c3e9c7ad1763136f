//! The order and the loyalty member share one aggregate shape; these tests use its
//! given/when/then helper.
mod common;

use common::*;
use postpurchase::aggregate::{Aggregate, Given, LoyaltyContext};
use postpurchase::loyalty::{Award, EntryKind, LoyaltyCommand, Member, Programme};
use postpurchase::returns::*;
use postpurchase::tracking::CarrierEvent;
use postpurchase::*;

fn ret(cmd: ReturnCommand) -> OrderCommand {
    OrderCommand::Return { command: cmd }
}

#[test]
fn a_return_request_goes_through_the_same_handle_path_as_every_command() {
    let (order, log) = delivered_and_paid(new_order(vec![line("a", 2, "40.00")]));
    let policy = ReturnPolicy::default();
    let ctx = EligibilityContext::default();
    let req = request("r1", vec![("a", 1, ReturnReason::DoesNotFit)], RefundMethod::OriginalPayment);
    let (_, direct) = request_return(&order, &req, &policy, &ctx, &meta("r1", t(5, 0))).unwrap();
    let cmd = ret(ReturnCommand::Request { request: req });
    let context = OrderContext { returns: Some((&policy, &ctx)) };
    let state = Given::new(order.clone(), Vec::new()).when(&cmd, &context, &meta("r1", t(5, 0))).then_events(|ev| {
        assert_eq!(ev, direct.as_slice(), "the same decision as request_return");
    });
    assert_eq!(state.return_case(&ReturnId::new("r1").unwrap()).unwrap().status, ReturnStatus::Approved);
    // replayed, the whole history gives the same order
    let mut all = log;
    all.extend(direct);
    assert_eq!(Order::from_events(&all).unwrap(), state);
    // a retry is a no-op, and without a policy the request is refused
    Given::new(state.clone(), Vec::new())
        .when(&cmd, &context, &meta("r1", t(5, 0)))
        .then_events(|ev| assert!(ev.is_empty()));
    Given::new(order, Vec::new())
        .when(&cmd, &OrderContext::default(), &meta("r2", t(5, 0)))
        .then_error("input.invalid");
}

#[test]
fn a_refused_order_command_changes_nothing() {
    let (order, _) = delivered_and_paid(new_order(vec![line("a", 1, "10.00")]));
    let before = order.clone();
    let cmd = OrderCommand::CapturePayment { payment: PaymentId::new("p2").unwrap(), amount: usd("-1.00") };
    let after = Given::new(order, Vec::new())
        .when(&cmd, &OrderContext::default(), &meta("x", t(6, 0)))
        .then_error("money.invalid_amount");
    assert_eq!(after, before);
}

#[test]
fn the_member_is_an_aggregate_too() {
    let p = Programme::from_json(r#"{"currency": "USD", "earning": {"signup": 100, "review": 10}}"#).unwrap();
    let c = CustomerId::new("c-1").unwrap();
    let signup = Member::new(c.clone())
        .decide(&LoyaltyCommand::Award { award: Award::Signup }, &p, &meta("s", t(1, 0)))
        .unwrap();
    let review = LoyaltyCommand::Award { award: Award::Review };
    let m = Given::new(Member::new(c.clone()), signup.clone())
        .when(&review, &LoyaltyContext { programme: &p }, &meta("r", t(2, 0)).expecting(1))
        .then_events(|ev| {
            assert_eq!(ev.len(), 1);
            assert!(matches!(&ev[0].kind, EntryKind::Earn { lot } if lot.points == 10));
        });
    assert_eq!(m.balance(), 110);
    // a stale version is refused, and execute applies nothing
    let mut again = Member::from_entries(c, &signup);
    let context = LoyaltyContext { programme: &p };
    let stale = meta("r", t(2, 0)).expecting(0);
    assert_eq!(again.execute(&review, &context, &stale).unwrap_err().code(), "store.concurrency_conflict");
    assert_eq!(again.version(), 1);
}

/// `apply` copies what the event says: an event that recorded a different outcome replays to
/// that outcome, so a rule changed later cannot change how stored orders replay.
#[test]
fn apply_copies_the_decided_outcomes_and_derives_none() {
    let (mut o, mut log) = delivered_and_paid(new_order(vec![line("a", 2, "40.00")]));
    let req = request("r1", vec![("a", 1, ReturnReason::DoesNotFit)], RefundMethod::StoreCredit);
    let (_, ev) =
        request_return(&o, &req, &ReturnPolicy::default(), &EligibilityContext::default(), &meta("r", t(5, 0)))
            .unwrap();
    for e in &ev {
        o.apply(e);
    }
    log.extend(ev);
    let rid = ReturnId::new("r1").unwrap();
    let scan = CarrierEvent::new(t(6, 0), TrackingStatus::InTransit);
    run(&mut o, &mut log, "scan", t(6, 0), ret(ReturnCommand::RecordTracking { return_id: rid.clone(), event: scan }))
        .unwrap();
    assert_eq!(o.return_case(&rid).unwrap().status, ReturnStatus::InTransit);
    let recv =
        vec![ReceivedItem { line: LineId::new("a").unwrap(), quantity: 1, condition: ItemCondition::Resellable }];
    run(&mut o, &mut log, "recv", t(7, 0), ret(ReturnCommand::Receive { return_id: rid.clone(), items: recv }))
        .unwrap();
    run(
        &mut o,
        &mut log,
        "refund",
        t(7, 1),
        ret(ReturnCommand::Refund { return_id: rid.clone(), payment_order: vec![] }),
    )
    .unwrap();
    assert_eq!(o.return_case(&rid).unwrap().status, ReturnStatus::Credited);
    // rewrite what the events decided: the replay follows the events
    let mut edited = log.clone();
    for e in &mut edited {
        if let OrderChange::Return { change } = &mut e.change {
            match change {
                ReturnChange::TrackingRecorded { status, .. } => *status = Some(ReturnStatus::LabelIssued),
                ReturnChange::Refunded { status, .. } => *status = ReturnStatus::Refunded,
                ReturnChange::Approved { decided: Some(d), .. } => d[0].reserved = 0,
                _ => {}
            }
        }
    }
    let replayed = Order::from_events(&edited).unwrap();
    assert_eq!(replayed.return_case(&rid).unwrap().status, ReturnStatus::Refunded);
    let approved_at = edited
        .iter()
        .position(|e| matches!(&e.change, OrderChange::Return { change: ReturnChange::Approved { .. } }))
        .unwrap();
    let just_approved = Order::from_events(&edited[..=approved_at]).unwrap();
    assert_eq!(just_approved.return_case(&rid).unwrap().lines[0].reserved, 0);
    assert_eq!(Order::from_events(&log).unwrap(), o, "the recorded history replays exactly");
}

#[test]
fn two_writers_who_saw_the_same_version_one_conflict() {
    // both writers read the stream at the same version; the first one's command lands, the second
    // is decided against the newer stream with the version it saw, and is refused
    let (order, log) = placed_and_paid(new_order(vec![line("a", 2, "10.00")]));
    let seen = order.version();
    let mut stream = log;
    let cancel_a = OrderCommand::CancelUnits { lines: vec![lq("a", 1)], reason: "writer a".into() };
    let mut a = Order::from_events(&stream).unwrap();
    stream.extend(a.handle(&cancel_a, &meta("a", t(2, 0)).expecting(seen)).unwrap());
    let cancel_b = OrderCommand::CancelUnits { lines: vec![lq("a", 2)], reason: "writer b".into() };
    let mut b = Order::from_events(&stream).unwrap();
    let before = b.clone();
    let e = b.handle(&cancel_b, &meta("b", t(2, 1)).expecting(seen)).unwrap_err();
    assert_eq!(e.code(), "store.concurrency_conflict");
    assert_eq!(b, before, "nothing changed");
    // a retry of the command that landed is still the no-op it was, whatever version it names
    assert!(b.handle(&cancel_a, &meta("a", t(2, 0)).expecting(seen)).unwrap().is_empty());
    // at the version it now sees, the second writer's command is decided (and refused on its merits)
    let e = b.handle(&cancel_b, &meta("b", t(2, 1)).expecting(b.version())).unwrap_err();
    assert_eq!(e.code(), "order.quantity_exceeds_cancellable");
    // a return request names the version too
    let policy = ReturnPolicy::default();
    let req = request("r1", vec![("a", 1, ReturnReason::DoesNotFit)], RefundMethod::OriginalPayment);
    let e = request_return(&b, &req, &policy, &EligibilityContext::default(), &meta("r1", t(3, 0)).expecting(seen))
        .unwrap_err();
    assert_eq!(e.code(), "store.concurrency_conflict");
}

#[test]
fn a_member_command_names_its_version_in_the_metadata_too() {
    let p = Programme::from_json(r#"{"currency": "USD", "earning": {"signup": 100, "review": 10}}"#).unwrap();
    let mut m = Member::new(CustomerId::new("c-1").unwrap());
    m.handle(&LoyaltyCommand::Award { award: Award::Signup }, &p, &meta("s", t(1, 0))).unwrap();
    let review = LoyaltyCommand::Award { award: Award::Review };
    let e = m.handle(&review, &p, &meta("r", t(1, 1)).expecting(0)).unwrap_err();
    assert_eq!(e.code(), "store.concurrency_conflict");
    assert_eq!(m.handle(&review, &p, &meta("r", t(1, 1)).expecting(1)).unwrap().len(), 1);
}
