//! Exact inputs and honest idempotency: amounts are exact or refused, and a key once used is bound
//! to its command whether the command wrote anything or not.
mod common;

use common::*;
use postpurchase::loyalty::{Award, LoyaltyCommand, Member, Programme};
use postpurchase::*;
use proptest::prelude::*;

#[test]
fn an_amount_with_more_digits_than_a_decimal_holds_is_refused_not_rounded() {
    // 33 decimal places: rounding it to 28 would make a line total of 0.01 instead of 0.00
    let err = Money::parse("0.004999999999999999999999999999999", "USD").unwrap_err();
    assert_eq!(err.code(), "money.invalid_amount");
    let err = serde_json::from_str::<Money>(r#"{"amount": "10.000000000000000000000000000001", "currency": "USD"}"#)
        .map_err(|e| Error::from_json_error("money", &e))
        .unwrap_err();
    assert_eq!(err.code(), "money.invalid_amount");
    // 28 places still fit exactly
    assert!(Money::parse("0.0049999999999999999999999999", "USD").is_ok());
}

#[test]
fn a_capture_given_with_31_decimal_places_is_refused_like_one_with_3() {
    let (mut order, _) = placed(new_order(vec![line("l1", 1, "10.00")]));
    for amount in ["10.000000000000000000000000000001", "10.001"] {
        let text = format!(
            r#"{{"type": "capture_payment", "payment": "card", "amount": {{"amount": "{amount}", "currency": "USD"}}}}"#
        );
        let result = serde_json::from_str::<OrderCommand>(&text)
            .map_err(|e| Error::from_json_error("command", &e))
            .and_then(|cmd| order.handle(&cmd, &meta("pay", t(1, 10))));
        assert_eq!(result.unwrap_err().code(), "money.invalid_amount", "{amount}");
    }
    assert!(order.payments().is_empty());
}

#[test]
fn json_floats_are_refused_for_decimals() {
    let err = serde_json::from_str::<Money>(r#"{"amount": 0.1, "currency": "USD"}"#)
        .map_err(|e| Error::from_json_error("money", &e))
        .unwrap_err();
    assert_eq!(err.code(), "money.invalid_amount");
    assert!(serde_json::from_str::<Money>(r#"{"amount": 12, "currency": "USD"}"#).is_ok());
}

fn programme() -> Programme {
    Programme::from_json(r#"{"currency": "USD", "earning": {}}"#).unwrap()
}

#[test]
fn a_loyalty_command_that_changes_nothing_still_binds_its_key() {
    let p = programme();
    let mut m = Member::new(CustomerId::new("c-1").unwrap());
    // nothing pending: releasing writes a no-change entry that records the key
    let entries = m.handle(&LoyaltyCommand::ReleasePending, &p, &meta("k", t(2, 9))).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(m.balance(), 0);
    let err = m.handle(&LoyaltyCommand::Expire, &p, &meta("k", t(2, 9))).unwrap_err();
    assert_eq!(err.code(), "command.idempotency_conflict");
    // the same command again is a no-op
    assert!(m.handle(&LoyaltyCommand::ReleasePending, &p, &meta("k", t(2, 9))).unwrap().is_empty());
}

fn loyalty_command(i: u8) -> LoyaltyCommand {
    match i % 6 {
        0 => LoyaltyCommand::ReleasePending,
        1 => LoyaltyCommand::Expire,
        2 => LoyaltyCommand::EvaluateTier,
        3 => LoyaltyCommand::Award { award: Award::Signup },
        4 => LoyaltyCommand::Adjust { points: 5, reason: "goodwill".into() },
        _ => LoyaltyCommand::Adjust { points: 7, reason: "goodwill".into() },
    }
}

fn order_command(i: u8) -> OrderCommand {
    match i % 6 {
        0 => OrderCommand::Confirm,
        1 => OrderCommand::CapturePayment { payment: PaymentId::new("card").unwrap(), amount: usd("5.00") },
        2 => OrderCommand::CapturePayment { payment: PaymentId::new("card").unwrap(), amount: usd("6.00") },
        3 => shipment("s1", vec![lq("l1", 1)], None),
        4 => shipment("s2", vec![lq("l1", 1)], None),
        _ => scan("s1", t(2, 9), TrackingStatus::InTransit),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_loyalty_key_reused_with_different_content_is_always_a_conflict(a in 0u8..6, b in 0u8..6, first in 0u8..6) {
        let p = programme();
        let mut m = Member::new(CustomerId::new("c-1").unwrap());
        let _ = m.handle(&loyalty_command(first), &p, &meta("warm-up", t(2, 9)));
        if m.handle(&loyalty_command(a), &p, &meta("k", t(3, 9))).is_ok() {
            let before = m.clone();
            let again = m.handle(&loyalty_command(b), &p, &meta("k", t(3, 10)));
            if loyalty_command(a) == loyalty_command(b) {
                prop_assert!(again.unwrap().is_empty());
            } else {
                prop_assert_eq!(again.unwrap_err().code(), "command.idempotency_conflict");
            }
            prop_assert_eq!(m, before);
        }
    }

    #[test]
    fn an_order_key_reused_with_different_content_is_always_a_conflict(a in 0u8..6, b in 0u8..6) {
        let (mut order, _) = placed(new_order(vec![line("l1", 2, "10.00")]));
        let _ = order.handle(&shipment("s1", vec![lq("l1", 1)], None), &meta("ship", t(2, 8)));
        if order.handle(&order_command(a), &meta("k", t(2, 10))).is_ok() {
            let before = order.clone();
            let again = order.handle(&order_command(b), &meta("k", t(2, 11)));
            if order_command(a) == order_command(b) {
                prop_assert!(again.unwrap().is_empty());
            } else {
                prop_assert_eq!(again.unwrap_err().code(), "command.idempotency_conflict");
            }
            prop_assert_eq!(order, before);
        }
    }
}

#[test]
fn decimal_settings_in_a_programme_are_exact_too() {
    let err = Programme::from_json(r#"{"currency": "USD", "earning": {"points_per_currency_unit": 1.5}}"#).unwrap_err();
    assert_eq!(err.code(), "config.invalid", "{err}");
    assert!(err.to_string().contains("money.invalid_amount"), "{err}");
}

/// Regression (#33 item 16): `Money::new` took amounts finer than the currency, which later
/// steps refused; it now refuses them at construction, and the two explicit ways are named.
#[test]
fn money_new_refuses_amounts_finer_than_the_currency() {
    use postpurchase::{Currency, Money, RoundingMode};
    use rust_decimal::Decimal;
    let (usd, jpy) = (Currency::from_code("USD").unwrap(), Currency::from_code("JPY").unwrap());
    assert_eq!(Money::new(Decimal::new(12345, 3), usd).unwrap_err().code(), "money.invalid_amount");
    assert_eq!(Money::new(Decimal::new(495, 2), jpy).unwrap_err().code(), "money.invalid_amount");
    // trailing zeros are not finer: 10.000 USD is 10.00
    assert_eq!(Money::new(Decimal::new(10000, 3), usd).unwrap().amount().to_string(), "10.00");
    assert_eq!(Money::new_rounded(Decimal::new(12345, 3), usd, RoundingMode::HalfEven).amount().to_string(), "12.34");
    assert_eq!(Money::unrounded(Decimal::new(12345, 3), usd).amount().to_string(), "12.345");
}
