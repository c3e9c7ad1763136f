//! Large orders, phase by phase in one run: place, pay, ship, deliver, return every line,
//! receive, refund, then replay the stored events (as JSON, the way a store hands them back),
//! with the stored bytes per line and the process's peak memory. `cargo run --release -p
//! postpurchase-benches --bin large-order -- 100000` (the line count; 10,000 by default).

use std::time::Instant;

use chrono::{Duration, TimeZone, Utc};
use postpurchase::returns::*;
use postpurchase::*;
use postpurchase_benches::peak_rss_mb;

fn meta(k: &str, at: chrono::DateTime<Utc>) -> CommandMeta {
    CommandMeta::new(IdempotencyKey::new(k).unwrap(), at)
}

/// `--replay FILE`: only reads stored events and replays them, so the peak memory is the
/// replay's own.
fn replay_only(path: &str) {
    let t = Instant::now();
    // as a store hands them back: one event per row, each row's text read and parsed in turn
    let file = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let mut rows = std::io::BufRead::lines(file);
    // each row is parsed and applied in turn; only the state is kept
    let first: OrderEvent = serde_json::from_str(&rows.next().unwrap().unwrap()).unwrap();
    let mut o = Order::from_events(std::slice::from_ref(&first)).unwrap();
    drop(first);
    let (mut parse, mut fold) = (t.elapsed().as_secs_f64(), 0.0);
    for row in rows {
        let t = Instant::now();
        let e: OrderEvent = serde_json::from_str(&row.unwrap()).unwrap();
        parse += t.elapsed().as_secs_f64();
        let t = Instant::now();
        o.apply(&e);
        fold += t.elapsed().as_secs_f64();
    }
    println!(
        "  replay in a fresh process: read+parse {parse:.3} s + fold {fold:.3} s, {} lines, peak memory {:.0} MB",
        o.lines().len(),
        peak_rss_mb()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let (Some("--replay"), Some(path)) = (args.get(1).map(String::as_str), args.get(2)) {
        return replay_only(path);
    }
    let n: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let now = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).single().unwrap_or_default();
    let mut b = NewOrder::builder(
        OrderId::new("o-big").unwrap(),
        CustomerId::new("c-1").unwrap(),
        Currency::from_code("EUR").unwrap(),
        now,
    );
    for i in 0..n {
        b = b.line(NewLine::new(
            LineId::new(format!("l{i}")).unwrap(),
            Sku::new(format!("SKU-{}", i % 500)).unwrap(),
            "Item",
            1 + (i % 3) as u32,
            Money::parse("12.99", "EUR").unwrap(),
        ));
    }
    let mut phases: Vec<(&str, f64, usize)> = Vec::new();
    let mut events: Vec<OrderEvent> = Vec::new();
    let mut stored_bytes = 0usize;
    let mut phase = |name: &'static str, start: Instant, new: &[OrderEvent], events: &mut Vec<OrderEvent>| {
        let bytes: usize = new.iter().map(|e| serde_json::to_string(e).map(|s| s.len()).unwrap_or(0)).sum();
        stored_bytes += bytes;
        phases.push((name, start.elapsed().as_secs_f64(), bytes));
        events.extend_from_slice(new);
    };
    let t = Instant::now();
    let placed = Order::place(b.build(), &meta("place", now)).unwrap();
    let mut o = Order::from_events(&placed).unwrap();
    phase("place", t, &placed, &mut events);
    let t = Instant::now();
    let ev = o
        .handle(
            &OrderCommand::CapturePayment { payment: PaymentId::new("p").unwrap(), amount: o.total() },
            &meta("pay", now),
        )
        .unwrap();
    phase("pay", t, &ev, &mut events);
    let lines: Vec<LineQuantity> =
        o.lines().iter().map(|l| LineQuantity { line: l.id().clone(), quantity: l.counts.ordered }).collect();
    let t = Instant::now();
    let shipment = NewShipment {
        id: ShipmentId::new("s1").unwrap(),
        lines: lines.clone(),
        carrier: "ups".into(),
        tracking_number: None,
        promised_by: None,
        route: Route::Domestic,
    };
    let ev = o.handle(&OrderCommand::CreateShipment { shipment }, &meta("ship", now)).unwrap();
    phase("ship", t, &ev, &mut events);
    let at = now + Duration::days(2);
    let t = Instant::now();
    let ev = o
        .handle(&OrderCommand::MarkDelivered { shipment: ShipmentId::new("s1").unwrap(), at }, &meta("dlv", at))
        .unwrap();
    phase("deliver", t, &ev, &mut events);
    let policy = ReturnPolicy::from_json(r#"{"window": {"days": 30}}"#).unwrap();
    let req = ReturnRequest {
        id: ReturnId::new("r1").unwrap(),
        customer: CustomerId::new("c-1").unwrap(),
        lines: lines
            .iter()
            .map(|l| RequestedLine { line: l.line.clone(), quantity: l.quantity, reason: ReturnReason::DoesNotFit })
            .collect(),
        method: RefundMethod::OriginalPayment,
        exchange: None,
    };
    let at = now + Duration::days(5);
    let t = Instant::now();
    let (_, ev) = request_return(&o, &req, &policy, &EligibilityContext::default(), &meta("ret", at)).unwrap();
    for e in &ev {
        o.apply(e);
    }
    phase("return request", t, &ev, &mut events);
    let rid = ReturnId::new("r1").unwrap();
    let items = lines
        .iter()
        .map(|l| ReceivedItem { line: l.line.clone(), quantity: l.quantity, condition: ItemCondition::Resellable })
        .collect();
    let t = Instant::now();
    let ev =
        handle_return(&mut o, ReturnCommand::Receive { return_id: rid.clone(), items }, &meta("recv", at)).unwrap();
    phase("receive", t, &ev, &mut events);
    let t = Instant::now();
    let ev =
        handle_return(&mut o, ReturnCommand::Refund { return_id: rid, payment_order: vec![] }, &meta("refund", at))
            .unwrap();
    phase("refund", t, &ev, &mut events);
    let text = serde_json::to_string(&events).unwrap();
    drop(events);
    let t = Instant::now();
    let stored: Vec<OrderEvent> = serde_json::from_str(&text).unwrap();
    let parse = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let again = Order::from_events(&stored).unwrap();
    let fold = t.elapsed().as_secs_f64();
    assert_eq!(again, o, "replay rebuilds the state");
    println!("large order: {n} lines");
    for (name, secs, bytes) in &phases {
        println!(
            "  {name:<15} {secs:>8.3} s  {:>10.1} KB stored ({:.0} B/line)",
            *bytes as f64 / 1024.0,
            *bytes as f64 / n as f64
        );
    }
    println!(
        "  replay: parse {parse:.3} s + fold {fold:.3} s; stored events {:.1} MB ({:.0} B/line)",
        stored_bytes as f64 / 1048576.0,
        stored_bytes as f64 / n as f64
    );
    println!("  peak memory {:.0} MB (the whole run: building, the JSON text and the replay)", peak_rss_mb());
    // the replay alone, in a fresh process reading the stored events from a file
    let path = std::env::temp_dir().join(format!("postpurchase-large-order-{}.json", std::process::id()));
    // one stored row per event, as an event store keeps them
    let rows: Vec<String> = stored.iter().map(|e| serde_json::to_string(e).unwrap()).collect();
    std::fs::write(&path, rows.join("\n")).unwrap();
    drop(rows);
    let exe = std::env::current_exe().unwrap();
    let status = std::process::Command::new(exe).arg("--replay").arg(&path).status();
    let _ = std::fs::remove_file(&path);
    assert!(status.is_ok_and(|s| s.success()));
}
