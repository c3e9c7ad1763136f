//! Never-panic properties: every entry point fed valid documents whose values were replaced by
//! extreme ones (0, −1, i64/u32/u64 limits, the decimal maximum, 28-digit scales, the ends of
//! time, empty and over-long text) returns a value or a typed error, never a panic; a refused
//! command changes nothing.
mod common;

use chrono::{DateTime, Utc};
use common::*;
use postpurchase::clv::{BetaGeo, FitOptions, ParetoNbd, Variant, conditional_expected_purchases};
use postpurchase::feedback::{Ces, Csat, Nps};
use postpurchase::loyalty::{LoyaltyCommand, Member, Programme};
use postpurchase::metrics::{TimeUnit, Transaction, customer_summary, purchase_metrics};
use postpurchase::notify::{NotifyPolicy, Preferences, Signal, plan};
use postpurchase::returns::*;
use postpurchase::*;
use proptest::prelude::*;
use serde_json::{Value, json};

fn extreme() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(0)),
        Just(json!(-1)),
        Just(json!(i64::MIN)),
        Just(json!(i64::MAX)),
        Just(json!(u32::MAX)),
        Just(json!(u64::MAX)),
        Just(json!("79228162514264337593543950335")),
        Just(json!("-79228162514264337593543950335")),
        Just(json!("0.0000000000000000000000000001")),
        Just(json!("0.004999999999999999999999999999999")),
        Just(json!("+262142-12-31T23:59:59Z")),
        Just(json!("-262143-01-01T00:00:00Z")),
        Just(json!("9999-12-31T23:59:59Z")),
        Just(json!("")),
        Just(json!("x".repeat(200))),
        Just(Value::Null),
        Just(json!(true)),
        Just(json!([])),
        Just(json!({})),
        Just(json!(1e300)),
    ]
}

/// Replaces leaves of `base` (picked by index, modulo the number of leaves) with extreme values.
fn mutate(mut base: Value, picks: &[(usize, Value)]) -> Value {
    fn leaves(v: &Value, at: String, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => m.iter().for_each(|(k, x)| leaves(x, format!("{at}/{k}"), out)),
            Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| leaves(x, format!("{at}/{i}"), out)),
            _ => out.push(at),
        }
    }
    let mut paths = Vec::new();
    leaves(&base, String::new(), &mut paths);
    for (i, value) in picks {
        if let Some(slot) = paths.get(i % paths.len().max(1)).and_then(|p| base.pointer_mut(p)) {
            *slot = value.clone();
        }
    }
    base
}

fn picks() -> impl Strategy<Value = Vec<(usize, Value)>> {
    proptest::collection::vec((0usize..64, extreme()), 1..4)
}

fn order_doc() -> Value {
    json!({"id": "o-1", "customer": "c-1", "currency": "USD", "placed_at": "2026-03-01T09:00:00Z",
           "lines": [{"id": "l1", "sku": "S", "title": "T", "quantity": 2, "unit_price": {"amount": "10.00", "currency": "USD"},
                      "discounts": [{"code": "D", "amount": {"amount": "1.00", "currency": "USD"}}]}],
           "shipping": {"amount": "4.95", "currency": "USD"}})
}

fn commands() -> Vec<Value> {
    vec![
        json!({"type": "capture_payment", "payment": "p1", "amount": {"amount": "5.00", "currency": "USD"}}),
        json!({"type": "refund_payment", "payment": "p1", "amount": {"amount": "5.00", "currency": "USD"}}),
        json!({"type": "create_shipment", "shipment": {"id": "s2", "carrier": "ups", "lines": [{"line": "l1", "quantity": 1}],
               "promised_by": "2026-03-05T00:00:00Z"}}),
        json!({"type": "cancel_units", "lines": [{"line": "l1", "quantity": 1}], "reason": "x"}),
        json!({"type": "record_tracking", "shipment": "s1", "event": {"occurred_at": "2026-03-02T00:00:00Z", "status": "in_transit"}}),
        json!({"type": "mark_delivered", "shipment": "s1", "at": "2026-03-03T00:00:00Z"}),
        json!({"type": "cancel_shipment", "shipment": "s1"}),
        json!({"type": "cancel", "reason": "changed mind"}),
        json!({"type": "return", "command": {"action": "claim", "claim_id": "c1", "lines": [{"line": "l1", "quantity": 1}], "resolution": "refund"}}),
    ]
}

fn loyalty_commands() -> Vec<Value> {
    vec![
        json!({"type": "earn_order", "order": "o-1", "lines": [{"line": "l1", "spend": {"amount": "10.00", "currency": "USD"},
               "tax": {"amount": "1.00", "currency": "USD"}}], "shipping": {"amount": "4.95", "currency": "USD"}, "delivered_at": "2026-03-03T00:00:00Z"}),
        json!({"type": "adjust", "points": 50, "reason": "goodwill"}),
        json!({"type": "redeem", "redemption": "r1", "order": "o-2", "order_total": {"amount": "50.00", "currency": "USD"}, "points": 100}),
        json!({"type": "award", "award": {"kind": "referrer", "referred": "c-2"}}),
        json!({"type": "clawback", "order": "o-1", "lines": [{"line": "l1", "spend": {"amount": "10.00", "currency": "USD"}}]}),
        json!({"type": "expire"}),
    ]
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc)).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn placing_an_order_never_panics(p in picks()) {
        if let Ok(new) = serde_json::from_value::<NewOrder>(mutate(order_doc(), &p)) {
            let _ = Order::place(new, &meta("place", t(1, 9)));
        }
    }

    #[test]
    fn order_commands_never_panic_and_refusals_change_nothing(which in 0usize..7, p in picks()) {
        let (mut o, _) = delivered_and_paid(new_order(vec![line("l1", 2, "10.00")]));
        let doc = mutate(commands()[which].clone(), &p);
        if let Ok(cmd) = serde_json::from_value::<OrderCommand>(doc) {
            let before = o.clone();
            if o.handle(&cmd, &meta("k", t(4, 9))).is_err() {
                prop_assert_eq!(o, before);
            }
        }
    }

    #[test]
    fn return_requests_never_panic(p in picks()) {
        let (o, _) = delivered_and_paid(new_order(vec![line("l1", 2, "10.00")]));
        let base = json!({"id": "r1", "customer": "c-1", "method": "store_credit",
                          "lines": [{"line": "l1", "quantity": 1, "reason": "does_not_fit"}]});
        let policy = mutate(json!({"window": {"days": 30}, "restocking_fee": {"default": {"percent": "10"}},
                                   "refunds": {"store_credit_bonus_percent": "5"}}), &p);
        if let (Ok(req), Ok(policy)) = (serde_json::from_value::<ReturnRequest>(mutate(base, &p)),
                                        postpurchase::config::from_value::<ReturnPolicy>(policy)) {
            let _ = request_return(&o, &req, &policy, &EligibilityContext::default(), &meta("r", t(5, 9)));
            let _ = evaluate(&o, &req, &policy, &EligibilityContext::default(), DateTime::<Utc>::MAX_UTC);
        }
    }

    #[test]
    fn loyalty_commands_never_panic_and_refusals_change_nothing(which in 0usize..6, p in picks(), q in picks()) {
        let programme = mutate(json!({"currency": "USD", "earning": {"points_per_currency_unit": "2", "per_order": 10,
            "referral": {"referrer": 100, "referred": 50, "cap_per_period": 3, "period_days": 365}},
            "pending": {"days_after_delivery": 14}, "expiry": {"kind": "days_after_available", "days": 365},
            "tiers": {"levels": [{"name": "gold", "threshold": "100", "multiplier": "2", "extra_return_days": 10}]}}), &q);
        let Ok(programme) = postpurchase::config::from_value::<Programme>(programme) else { return Ok(()) };
        let mut m = Member::new(CustomerId::new("c-1").unwrap());
        let _ = m.handle(&LoyaltyCommand::Adjust { points: 500, reason: "seed".into() }, &programme, &meta("seed", t(1, 9)));
        if let Ok(cmd) = serde_json::from_value::<LoyaltyCommand>(mutate(loyalty_commands()[which].clone(), &p)) {
            let before = m.clone();
            if m.handle(&cmd, &programme, &meta("k", t(20, 9))).is_err() {
                prop_assert_eq!(m, before);
            }
        }
    }

    #[test]
    fn notification_planning_never_panics(p in picks()) {
        let signal = mutate(json!({"kind": "review_request", "customer": "c-1", "occurred_at": "2026-03-01T09:00:00Z", "subject": "o:l1"}), &p);
        let policy = mutate(json!({"quiet_hours": {"start": "21:00:00", "end": "08:00:00"}, "marketing_throttle_hours": 16,
                                   "review": {"days_after_delivery": 7, "max_reminders": 2, "reminder_interval_days": 5}}), &p);
        let prefs: Preferences = serde_json::from_value(json!({"customer": "c-1", "time_zone": "Europe/Berlin", "marketing_consent": true})).unwrap();
        if let (Ok(signal), Ok(policy)) = (serde_json::from_value::<Signal>(signal), postpurchase::config::from_value::<NotifyPolicy>(policy)) {
            let _ = plan(&signal, &prefs, &policy, &[]);
        }
    }

    #[test]
    fn delay_assessment_never_panics(p in picks(), now in prop_oneof![Just(t(5, 0)), Just(DateTime::<Utc>::MAX_UTC), Just(DateTime::<Utc>::MIN_UTC)]) {
        let doc = mutate(json!({"stalled_after_days": 3, "lost_after_days_domestic": 7, "lost_after_days_international": 20, "lost_after_promise_hours": 48}), &p);
        if let Ok(th) = serde_json::from_value::<DelayThresholds>(doc) {
            let events = [CarrierEvent::new(at("2026-03-02T00:00:00Z"), TrackingStatus::InTransit)];
            let _ = assess_delay(&events, at("2026-03-01T00:00:00Z"), Some(at("2026-03-04T00:00:00Z")), Route::International, now, &th);
        }
    }

    #[test]
    fn surveys_metrics_and_clv_never_panic(
        scores in proptest::collection::vec(prop_oneof![any::<f64>(), -20.0..20.0f64], 0..40),
        cols in proptest::collection::vec((any::<f64>(), any::<f64>(), any::<f64>()), 0..12),
        horizon in prop_oneof![Just(0.0), Just(1e9), Just(f64::MAX), Just(f64::NAN), Just(-1.0)],
        amounts in proptest::collection::vec((any::<u64>(), -1_000_000i64..i64::MAX), 0..6),
    ) {
        let _ = Nps::from_scores(&scores).map(|n| n.result(0.95));
        let _ = Csat::default().add_scores(&scores);
        let _ = Ces::default().add_scores(&scores);
        let (x, tx, tt): (Vec<f64>, Vec<f64>, Vec<f64>) = cols.iter().fold((vec![], vec![], vec![]), |(mut a, mut b, mut c), r| {
            a.push(r.0); b.push(r.1); c.push(r.2); (a, b, c)
        });
        let opts = FitOptions { max_iterations: 50, ..FitOptions::default() };
        if let Ok((m, _)) = BetaGeo::fit(&x, &tx, &tt, None, Variant::BgNbd, &opts) {
            let _ = conditional_expected_purchases(&m, horizon, &x, &tx, &tt);
        }
        let _ = ParetoNbd::fit(&x, &tx, &tt, None, &opts);
        let txns: Vec<Transaction> = amounts.iter().map(|(c, a)| {
            Transaction::new(*c, t(1, 9), rust_decimal::Decimal::new(*a, 2))
        }).collect();
        let _ = purchase_metrics(&txns);
        let _ = customer_summary(&txns, at("2026-06-01T00:00:00Z").date_naive(), None, TimeUnit::Weeks);
    }
}
