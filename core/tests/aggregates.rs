//! The order and the loyalty member share one aggregate shape; these tests use its
//! given/when/then helper.
mod common;

use common::*;
use postpurchase::aggregate::{Aggregate, Given, LoyaltyContext};
use postpurchase::loyalty::{Award, EntryKind, LoyaltyCommand, Member, Programme};
use postpurchase::returns::*;
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
    let p = Programme::from_json(r#"{"earning": {"signup": 100, "review": 10}}"#).unwrap();
    let c = CustomerId::new("c-1").unwrap();
    let signup = Member::new(c.clone())
        .decide(&LoyaltyCommand::Award { award: Award::Signup }, &p, &meta("s", t(1, 0)), 0)
        .unwrap();
    let review = LoyaltyCommand::Award { award: Award::Review };
    let m = Given::new(Member::new(c.clone()), signup.clone())
        .when(&review, &LoyaltyContext { programme: &p, expected_version: 1 }, &meta("r", t(2, 0)))
        .then_events(|ev| {
            assert_eq!(ev.len(), 1);
            assert!(matches!(&ev[0].kind, EntryKind::Earn { lot } if lot.points == 10));
        });
    assert_eq!(m.balance(), 110);
    // a stale version is refused, and execute applies nothing
    let mut again = Member::from_entries(c, &signup);
    let stale = LoyaltyContext { programme: &p, expected_version: 0 };
    assert_eq!(again.execute(&review, &stale, &meta("r", t(2, 0))).unwrap_err().code(), "store.concurrency_conflict");
    assert_eq!(again.version(), 1);
}
