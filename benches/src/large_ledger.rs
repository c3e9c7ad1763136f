//! A long loyalty ledger, in one run: writes `n` entries through commands (earnings with
//! pending points released, redemptions, adjustments), stores them one row per entry as JSON,
//! then reads them back and rebuilds the member in a fresh process, with the time and the peak
//! memory of that load. `cargo run --release -p postpurchase-benches --bin large-ledger --
//! 1000000` (the entry count; 100,000 by default).

use std::time::Instant;

use chrono::{Duration, TimeZone, Utc};
use postpurchase::loyalty::{EarnLine, Entry, LoyaltyCommand, Member, Programme};
use postpurchase::*;
use postpurchase_benches::peak_rss_mb;

fn load(path: &str) {
    let t = Instant::now();
    let file = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let entries: Vec<Entry> =
        std::io::BufRead::lines(file).map(|r| serde_json::from_str(&r.unwrap()).unwrap()).collect();
    let parse = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let m = Member::try_from_entries(CustomerId::new("c-1").unwrap(), &entries).unwrap();
    let fold = t.elapsed().as_secs_f64();
    println!(
        "  load in a fresh process: parse {parse:.3} s + fold {fold:.3} s, {} entries, balance {}, peak memory {:.0} MB",
        m.version(),
        m.balance(),
        peak_rss_mb()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let (Some("--load"), Some(path)) = (args.get(1).map(String::as_str), args.get(2)) {
        return load(path);
    }
    let n: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let p = Programme::from_json(
        r#"{"currency": "EUR", "earning": {"points_per_currency_unit": "1"}, "pending": {"days_after_delivery": 14},
            "expiry": {"kind": "days_after_available", "days": 365},
            "redemption": {"points_per_currency_unit": "100", "min_points": 100}}"#,
    )
    .unwrap();
    let mut m = Member::new(CustomerId::new("c-1").unwrap());
    let start = Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).single().unwrap_or_default();
    let t = Instant::now();
    let mut i = 0u64;
    while m.version() < n {
        let now = start + Duration::minutes(i as i64);
        let key = IdempotencyKey::new(format!("k{i}")).unwrap();
        let cmd = match i % 4 {
            0 => LoyaltyCommand::EarnOrder {
                order: OrderId::new(format!("o{i}")).unwrap(),
                lines: vec![EarnLine {
                    line: LineId::new("l1").unwrap(),
                    spend: Money::parse("25.00", "EUR").unwrap(),
                    tax: None,
                }],
                shipping: None,
                delivered_at: Some(now),
                return_window_end: None,
            },
            1 => LoyaltyCommand::ReleasePending,
            2 if m.balance() >= 100 => LoyaltyCommand::Redeem {
                redemption: format!("r{i}"),
                order: OrderId::new(format!("x{i}")).unwrap(),
                order_total: Money::parse("50.00", "EUR").unwrap(),
                points: 100,
                reward: None,
            },
            _ => LoyaltyCommand::Adjust { points: 3, reason: "goodwill".into() },
        };
        let _ = m.handle(&cmd, &p, &CommandMeta::new(key, now + Duration::days(30)));
        i += 1;
    }
    let write = t.elapsed().as_secs_f64();
    let path = std::env::temp_dir().join(format!("postpurchase-large-ledger-{}.jsonl", std::process::id()));
    let rows: Vec<String> = m.entries().iter().map(|e| serde_json::to_string(e).unwrap()).collect();
    let bytes: usize = rows.iter().map(String::len).sum();
    std::fs::write(&path, rows.join("\n")).unwrap();
    drop(rows);
    println!(
        "large ledger: {} entries written by {i} commands in {write:.3} s; stored {:.1} MB ({:.0} B/entry)",
        m.version(),
        bytes as f64 / 1048576.0,
        bytes as f64 / m.version() as f64
    );
    let status = std::process::Command::new(std::env::current_exe().unwrap()).arg("--load").arg(&path).status();
    let _ = std::fs::remove_file(&path);
    assert!(status.is_ok_and(|s| s.success()));
}
