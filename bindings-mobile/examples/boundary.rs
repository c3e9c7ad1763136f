//! What the mobile boundary adds to a customer view on the Rust side, side by side in one run:
//! the typed call Kotlin and Swift make (`order_view`: generated records in and out, converted to
//! and from the core's types through serde), its JSON twin (`order_view_json`: JSON text in and
//! out) and the core's own call on the same request (`ViewRequest::run`). Kotlin's own lowering
//! through JNA comes on top and is not measured here.
//!
//! `cargo run --release -p postpurchase-mobile --example boundary` (medians of 7 rounds).
use std::hint::black_box;
use std::time::{Duration, Instant, SystemTime};

use postpurchase::customer::ViewRequest;
use postpurchase_mobile::{Order, OrderCommand, OrderEvent, OrderViewInput, ReturnPolicy, order_view, order_view_json};

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn per_call(n: u32, mut f: impl FnMut()) -> f64 {
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    t.elapsed().as_secs_f64() * 1e6 / f64::from(n)
}

fn main() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/customer.json");
    let vectors: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let case = vectors["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "refunded return")
        .expect("the refunded-return vector");
    // the vectors' events have their keys in alphabetical order (`change` before `schema_version`,
    // as a JSON tree or PostgreSQL's jsonb gives them back); `--written-order` puts them back in
    // the order the library writes them
    let request = &case["input"];
    let (mut request_json, mut events_json) = (request.to_string(), request["events"].to_string());
    if std::env::args().any(|a| a == "--written-order") {
        let events: Vec<postpurchase::OrderEvent> = serde_json::from_value(request["events"].clone()).unwrap();
        events_json = serde_json::to_string(&events).unwrap();
        let mut rest = request.clone();
        rest["events"] = serde_json::Value::Null;
        request_json = rest.to_string().replacen("\"events\":null", &format!("\"events\":{events_json}"), 1);
    }
    let policy = ReturnPolicy::new(request["policy"].to_string()).unwrap();
    let now: SystemTime = SystemTime::UNIX_EPOCH
        + Duration::from_secs(
            chrono::DateTime::parse_from_rfc3339(request["now"].as_str().unwrap()).unwrap().timestamp() as u64,
        );
    let core_request = ViewRequest::from_json(&request_json).unwrap();
    let input = || OrderViewInput {
        events_json: events_json.clone(),
        policy: policy.clone(),
        now,
        locale: request["locale"].as_str().unwrap().to_string(),
        programme: None,
        ledger_json: None,
        context: None,
        thresholds_json: None,
        catalogues: None,
        arrivals_json: None,
    };
    let (mut typed, mut twin, mut core, mut parsed) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..7 {
        typed.push(per_call(2000, || {
            black_box(order_view(input()).unwrap());
        }));
        twin.push(per_call(2000, || {
            black_box(order_view_json(request_json.clone(), None).unwrap());
        }));
        core.push(per_call(2000, || {
            black_box(core_request.run().unwrap());
        }));
        parsed.push(per_call(2000, || {
            black_box(ViewRequest::from_json(&request_json).unwrap().run().unwrap());
        }));
    }
    let (typed, twin, core, parsed) = (median(typed), median(twin), median(core), median(parsed));
    println!(
        "order view, {} events: core ViewRequest::run {core:.1} µs/call",
        request["events"].as_array().unwrap().len()
    );
    println!(
        "  core, reading the request's JSON first: {parsed:.1} µs/call (+{:.1} µs reading the stored events)",
        parsed - core
    );
    println!("  typed records (order_view): {typed:.1} µs/call (+{:.1} µs at the boundary)", typed - core);
    println!("  JSON twin (order_view_json): {twin:.1} µs/call (+{:.1} µs at the boundary)", twin - core);

    // the stored events as records: rebuilding an order from them and giving them back, against
    // the same through JSON text
    let records: Vec<OrderEvent> = serde_json::from_str(&events_json).unwrap();
    let order = Order::from_events(records.clone()).unwrap();
    let (mut rebuilt, mut rebuilt_json, mut out, mut out_json) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..7 {
        rebuilt.push(per_call(2000, || {
            black_box(Order::from_events(records.clone()).unwrap());
        }));
        rebuilt_json.push(per_call(2000, || {
            black_box(Order::from_events_json(events_json.clone()).unwrap());
        }));
        out.push(per_call(2000, || {
            black_box(order.events().unwrap());
        }));
        out_json.push(per_call(2000, || {
            black_box(order.events_json().unwrap());
        }));
    }
    println!(
        "Order.fromEvents, {} events: records {:.1} µs/call, JSON text {:.1} µs/call",
        records.len(),
        median(rebuilt),
        median(rebuilt_json)
    );
    println!("Order.events: records {:.1} µs/call, JSON text {:.1} µs/call", median(out), median(out_json));

    // a command in and its events out: hold, then release, each under a new key
    let (mut handled, mut handled_json) = (Vec::new(), Vec::new());
    let at = |i: u32| now + Duration::from_secs(u64::from(i));
    let mut n = 0_u32;
    for _ in 0..7 {
        handled.push(per_call(2000, || {
            n += 1;
            let command =
                if n % 2 == 0 { OrderCommand::Release } else { OrderCommand::Hold { reason: "check".into() } };
            black_box(order.handle(command, format!("bench-hold-{n}"), at(n), None).unwrap());
        }));
        handled_json.push(per_call(2000, || {
            n += 1;
            let command = if n % 2 == 0 { r#"{"type":"release"}"# } else { r#"{"type":"hold","reason":"check"}"# };
            black_box(order.handle_json(command.to_string(), format!("bench-hold-{n}"), at(n), None).unwrap());
        }));
    }
    println!(
        "Order.handle (hold or release): records {:.1} µs/call, JSON text {:.1} µs/call",
        median(handled),
        median(handled_json)
    );
}
