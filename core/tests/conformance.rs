//! Replays the shared vectors in `conformance/` against the Rust API.
use chrono::{DateTime, Utc};
use postpurchase::*;
use rust_decimal::Decimal;
use serde_json::{Value, json};

fn load(file: &str) -> Vec<Value> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc: Value = serde_json::from_str(&text).unwrap();
    doc["cases"].as_array().unwrap().clone()
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("expected a string, got {v}"))
}

fn dec(v: &Value) -> Decimal {
    s(v).parse().unwrap()
}

fn time(v: &Value) -> DateTime<Utc> {
    serde_json::from_value(v.clone()).unwrap()
}

fn money_op(op: &str, i: &Value) -> Result<Value> {
    match op {
        "currency" => Ok(json!({"minor_units": Currency::from_code(s(&i["code"]))?.minor_units()})),
        "allocate" => {
            let m = Money::parse(s(&i["amount"]), s(&i["currency"]))?;
            let w: Vec<Decimal> = i["weights"].as_array().unwrap().iter().map(dec).collect();
            let parts = m.allocate(&w)?;
            Ok(json!({"parts": parts.iter().map(|p| p.amount().to_string()).collect::<Vec<_>>()}))
        }
        "take_units" => {
            let m = Money::parse(s(&i["amount"]), s(&i["currency"]))?;
            let taken = m.take_units(i["taken"].as_u64().unwrap() as u32, i["remaining"].as_u64().unwrap() as u32)?;
            Ok(json!({"amount": taken.amount().to_string()}))
        }
        "settled" => {
            let due = Money::parse(s(&i["due"]), s(&i["currency"]))?;
            let paid = Money::parse(s(&i["paid"]), s(&i["currency"]))?;
            Ok(json!({"settled": due.checked_sub(&paid)?.is_settled()}))
        }
        _ => panic!("unknown money op {op}"),
    }
}

fn tracking_op(op: &str, i: &Value) -> Result<Value> {
    let events = |v: &Value| -> Vec<CarrierEvent> { serde_json::from_value(v.clone()).unwrap() };
    match op {
        "map_carrier_status" => {
            let m = map_carrier_status(CarrierSource::parse(s(&i["source"]))?, s(&i["code"]));
            assert_eq!(m.raw_code, s(&i["code"]));
            Ok(json!({"status": m.status.map(TrackingStatus::as_str), "delayed": m.delayed}))
        }
        "merchant_status" => Ok(json!({"status": merchant_status(&events(&i["events"])).as_str()})),
        "assess_delay" => {
            let promised = if i["promised_by"].is_null() { None } else { Some(time(&i["promised_by"])) };
            let route: Route = serde_json::from_value(i["route"].clone()).unwrap();
            let a = assess_delay(
                &events(&i["events"]),
                time(&i["shipped_at"]),
                promised,
                route,
                time(&i["now"]),
                &DelayThresholds::default(),
            );
            Ok(
                json!({"status": a.status.as_str(), "late": a.late, "stalled": a.stalled, "presumed_lost": a.presumed_lost}),
            )
        }
        _ => panic!("unknown tracking op {op}"),
    }
}

fn order_op(i: &Value) -> Result<Value> {
    let new: NewOrder = match serde_json::from_value(i["order"].clone()) {
        Ok(o) => o,
        Err(e) if e.to_string().contains("money.unknown_currency") => {
            return Err(Error::new(ErrorKind::UnknownCurrency, "unknown currency"));
        }
        Err(e) => panic!("bad order json: {e}"),
    };
    let placed_at = new.placed_at;
    let mut order =
        Order::from_events(&Order::place(new, &CommandMeta::new(IdempotencyKey::new("place")?, placed_at))?)?;
    for step in i["steps"].as_array().unwrap() {
        let cmd: OrderCommand = serde_json::from_value(step["command"].clone()).unwrap();
        order.handle(&cmd, &CommandMeta::new(IdempotencyKey::new(s(&step["key"]))?, time(&step["now"])))?;
    }
    let st = |v: &dyn erased::AsJson| v.json();
    Ok(json!({
        "fulfilment_status": st(&order.fulfilment_status()),
        "payment_status": st(&order.payment_status()),
        "total": order.total().amount().to_string(),
        "amount_due": order.amount_due().amount().to_string(),
    }))
}

mod erased {
    pub trait AsJson {
        fn json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> AsJson for T {
        fn json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap()
        }
    }
}

fn replay(file: &str, run: impl Fn(&str, &Value) -> Result<Value>) {
    let cases = load(file);
    assert!(!cases.is_empty());
    for case in cases {
        let name = s(&case["name"]);
        let got = run(s(&case["op"]), &case["input"]);
        match (&case.get("expected"), &case.get("error"), got) {
            (Some(want), _, Ok(got)) => assert_eq!(&got, *want, "{file}: {name}"),
            (_, Some(code), Err(e)) => assert_eq!(e.code(), s(code), "{file}: {name}"),
            (_, _, got) => panic!("{file}: {name}: unexpected {got:?}"),
        }
    }
}

#[test]
fn money_vectors() {
    replay("money.json", money_op);
}

#[test]
fn tracking_vectors() {
    replay("tracking.json", tracking_op);
}

#[test]
fn order_vectors() {
    replay("order.json", |_, i| order_op(i));
}
