//! A command stored before an upgrade can be retried after it (#33 item 2).
//!
//! `fixtures/v2/commands.json` was written by the release whose events and ledger entries were
//! schema 2 (loyalty amounts were decimal strings then): order streams using every order and
//! return command, and a ledger using every loyalty command, each with the commands that made
//! it, in that release's JSON. A host that retries one of them today (a queued job, a webhook
//! redelivered across a deploy) sends it in today's shape under its original key; the retry must
//! be the no-op it is, not `command.idempotency_conflict`. The file is never regenerated.

use postpurchase::loyalty::{Entry, LoyaltyCommand, Member, Programme};
use postpurchase::returns::{EligibilityContext, ReturnPolicy};
use postpurchase::*;
use serde_json::{Value, json};

const FIXTURE: &str = include_str!("fixtures/v2/commands.json");

fn meta(key: &str, now: &Value) -> CommandMeta {
    CommandMeta::new(IdempotencyKey::new(key).unwrap(), now.as_str().unwrap().parse().unwrap())
}

/// What today's host sends for a v2 loyalty command: amounts as Money in the programme's
/// currency; a zero tax or shipping it had no figure for, left out.
fn loyalty_today(mut c: Value, currency: &str) -> Value {
    let money = |v: &Value| json!({"amount": v.as_str().unwrap(), "currency": currency});
    let obj = c.as_object_mut().unwrap();
    if let Some(lines) = obj.get_mut("lines").and_then(Value::as_array_mut) {
        for l in lines {
            let l = l.as_object_mut().unwrap();
            let spend = money(&l["spend"]);
            l.insert("spend".into(), spend);
            match l.get("tax").and_then(Value::as_str) {
                Some("0") | None => {
                    l.remove("tax");
                }
                Some(_) => {
                    let tax = money(&l["tax"]);
                    l.insert("tax".into(), tax);
                }
            }
        }
    }
    for field in ["shipping", "order_total"] {
        match obj.get(field).and_then(Value::as_str) {
            Some("0") if field == "shipping" => {
                obj.remove(field);
            }
            Some(_) => {
                let m = money(&obj[field]);
                obj.insert(field.into(), m);
            }
            None => {}
        }
    }
    c
}

#[test]
fn every_order_and_return_command_of_the_previous_release_retries_as_a_no_op() {
    let f: Value = serde_json::from_str(FIXTURE).unwrap();
    let policy: ReturnPolicy = serde_json::from_value(f["policy"].clone()).unwrap();
    let ctx = EligibilityContext::default();
    let mut retried = 0;
    for (stream, s) in f["orders"].as_object().unwrap() {
        let events: Vec<OrderEvent> = serde_json::from_value(s["events"].clone()).unwrap();
        let order = Order::from_events(&events).unwrap();
        for c in s["commands"].as_array().unwrap() {
            let key = c["key"].as_str().unwrap();
            let cmd: OrderCommand = serde_json::from_value(c["command"].clone()).unwrap();
            if matches!(cmd, OrderCommand::Place { .. }) {
                continue; // placement makes the stream; it is not retried against it
            }
            let with = OrderContext { returns: Some((&policy, &ctx)) };
            let out = order.decide_with(&cmd, &with, &meta(key, &c["now"]));
            assert_eq!(out.map(|e| e.len()).map_err(|e| e.code()), Ok(0), "{stream} {key}");
            retried += 1;
        }
    }
    assert!(retried >= 30, "{retried}");
}

#[test]
fn every_loyalty_command_of_the_previous_release_retries_as_a_no_op() {
    let f: Value = serde_json::from_str(FIXTURE).unwrap();
    // today's programmes name their currency; the stored one is the same programme in EUR
    let mut programme = f["programme"].clone();
    programme["currency"] = json!("EUR");
    if let Some(rewards) = programme["redemption"]["rewards"].as_array_mut() {
        for r in rewards {
            r["value"] = json!({"amount": r["value"], "currency": "EUR"});
        }
    }
    let programme = Programme::from_json(&programme.to_string()).unwrap();
    let mut kinds = std::collections::BTreeSet::new();
    for (stream, s) in f["members"].as_object().unwrap() {
        let entries: Vec<Entry> = serde_json::from_value(s["entries"].clone()).unwrap();
        let customer = CustomerId::new(stream.trim_start_matches("member-")).unwrap();
        let member = Member::from_entries(customer, &entries);
        for c in s["commands"].as_array().unwrap() {
            let key = c["key"].as_str().unwrap();
            let today = loyalty_today(c["command"].clone(), "EUR");
            let cmd: LoyaltyCommand = serde_json::from_value(today).unwrap();
            let out = member.decide(&cmd, &programme, &meta(key, &c["now"]));
            assert_eq!(out.map(|e| e.len()).map_err(|e| e.code()), Ok(0), "{stream} {key}");
            kinds.insert(c["command"]["type"].as_str().unwrap().to_string());
        }
    }
    let every = ["adjust", "award", "clawback", "earn_order", "evaluate_tier", "expire", "redeem"];
    for k in every.into_iter().chain(["release_pending", "reverse_redemption", "schedule_release"]) {
        assert!(kinds.contains(k), "{k} not retried");
    }
}

#[test]
fn a_different_command_under_a_stored_key_is_still_a_conflict() {
    let f: Value = serde_json::from_str(FIXTURE).unwrap();
    let s = &f["members"]["member-c-1"];
    let entries: Vec<Entry> = serde_json::from_value(s["entries"].clone()).unwrap();
    let member = Member::from_entries(CustomerId::new("c-1").unwrap(), &entries);
    let mut programme = f["programme"].clone();
    programme["currency"] = json!("EUR");
    programme["redemption"]["rewards"][0]["value"] = json!({"amount": "5.00", "currency": "EUR"});
    let programme = Programme::from_json(&programme.to_string()).unwrap();
    let earn = s["commands"].as_array().unwrap().iter().find(|c| c["key"] == "earn").unwrap();
    let mut other = loyalty_today(earn["command"].clone(), "EUR");
    other["lines"][0]["spend"]["amount"] = json!("81.98");
    let cmd: LoyaltyCommand = serde_json::from_value(other).unwrap();
    let e = member.decide(&cmd, &programme, &meta("earn", &earn["now"])).unwrap_err();
    assert_eq!(e.code(), "command.idempotency_conflict");
}
