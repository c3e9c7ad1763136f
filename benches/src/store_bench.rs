//! Commands per second through a store, and relay messages per second: `store-bench KIND TARGET
//! WRITERS SECONDS [BATCH]`, KIND `commit` or `relay`, TARGET a SQLite file path or a
//! `postgres://` URL. Each writer is a thread with its own connection committing storefront-like
//! commands (an order placement's event as the core writes it, about 1.2 kB of JSON, and its
//! confirmation message) to streams of its own, durable: one commit per command, or one per
//! BATCH commands (SQLite's batch; PostgreSQL: BATCH commands' events in one commit). `relay`
//! fills the outbox and lets WRITERS relays drain it into a sink that keeps nothing. Prints one
//! line: `<kind> <target kind> <n> <rate>/s`. `scripts/bench-stores` runs it beside pgbench.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, Duration, TimeZone, Utc};
use postpurchase::store::{ClaimingOutbox, MessageSink, OutboxMessage, RelayPolicy, relay_claimed};
use postpurchase::*;
use postpurchase_postgres::PostgresStore;
use postpurchase_sqlite::SqliteStore;
use rust_decimal::Decimal;

fn placed(order: &str, at: DateTime<Utc>) -> String {
    let usd = Currency::from_code("USD").unwrap();
    let price = |cents| Money::new(Decimal::new(cents, 2), usd).unwrap();
    let new = NewOrder::builder(OrderId::new(order).unwrap(), CustomerId::new("c-bench").unwrap(), usd, at)
        .line(NewLine::new(LineId::new("l1").unwrap(), Sku::new("TRAIL-42").unwrap(), "Trail shoes", 1, price(8990)))
        .line(NewLine::new(LineId::new("l2").unwrap(), Sku::new("SOCK-M").unwrap(), "Wool socks", 2, price(995)))
        .build();
    let events = Order::place(new, &CommandMeta::new(IdempotencyKey::new("place").unwrap(), at)).unwrap();
    serde_json::to_string(&events[0]).unwrap()
}

#[allow(clippy::large_enum_variant)] // one per process, moved rarely
enum Store {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

fn open(target: &str) -> Store {
    if target.starts_with("postgres://") {
        let store = PostgresStore::connect_in_schema(target, "bench").unwrap();
        // PP_BENCH_NOTIFY=0: commits send no NOTIFY (relays that poll)
        store.set_notify(std::env::var("PP_BENCH_NOTIFY").map_or(true, |v| v != "0"));
        Store::Postgres(store)
    } else {
        Store::Sqlite(SqliteStore::open(Path::new(target)).unwrap())
    }
}

impl Store {
    fn commit(&mut self, stream: &str, payloads: &[String], messages: &[OutboxMessage]) {
        match self {
            Store::Sqlite(s) => s.commit_serialized(stream, 0, payloads, messages).map(|_| ()),
            Store::Postgres(s) => s.commit_serialized(stream, 0, payloads, messages).map(|_| ()),
        }
        .unwrap();
    }
}

struct Nowhere;

impl MessageSink for Nowhere {
    fn send(&mut self, _: &OutboxMessage) -> Result<()> {
        Ok(())
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (kind, target) = (args[1].as_str(), args[2].as_str());
    let workers: usize = args[3].parse().unwrap();
    let seconds: u64 = args[4].parse().unwrap();
    let batch: usize = args.get(5).map_or(1, |b| b.parse().unwrap());
    let t0 = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
    let target_kind = if target.starts_with("postgres://") { "postgres" } else { "sqlite" };
    // a fresh store for every run
    match open(target) {
        Store::Postgres(s) => s.drop_schema().unwrap(),
        Store::Sqlite(_) => {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{target}{suffix}"));
            }
        }
    }
    drop(open(target));
    let payload = placed("o-bench", t0);
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    if kind == "relay" {
        let mut s = open(target);
        let n = 50_000 * workers.max(1);
        let messages: Vec<OutboxMessage> =
            (0..n).map(|i| OutboxMessage::new(format!("m-{i}"), "notification.order_confirmed", "{}", t0)).collect();
        for (k, chunk) in messages.chunks(1000).enumerate() {
            s.commit(&format!("fill-{k}"), &[], chunk);
        }
        let started = Instant::now();
        let relays: Vec<_> = (0..workers)
            .map(|r| {
                let (target, stop, done) = (target.to_owned(), stop.clone(), done.clone());
                std::thread::spawn(move || {
                    let policy = RelayPolicy { lease: Duration::seconds(600), batch: 100, ..RelayPolicy::default() };
                    let mut sink = Nowhere;
                    let worker = format!("relay-{r}");
                    let mut run = |outbox: &mut dyn ClaimingOutbox| {
                        while !stop.load(Ordering::Relaxed) {
                            let report = relay_claimed(outbox, &mut sink, &worker, t0, &policy).unwrap();
                            if report.delivered == 0 {
                                break;
                            }
                            done.fetch_add(u64::from(report.delivered), Ordering::Relaxed);
                        }
                    };
                    match open(&target) {
                        Store::Sqlite(mut s) => run(&mut s),
                        Store::Postgres(mut s) => run(&mut s),
                    }
                })
            })
            .collect();
        // until the relays have drained the outbox, or the time is up
        while started.elapsed() < StdDuration::from_secs(seconds) && !relays.iter().all(|r| r.is_finished()) {
            std::thread::sleep(StdDuration::from_millis(5));
        }
        let elapsed = started.elapsed().as_secs_f64();
        stop.store(true, Ordering::Relaxed);
        for r in relays {
            r.join().unwrap();
        }
        let rate = done.load(Ordering::Relaxed) as f64 / elapsed;
        println!("relay {target_kind} {workers} {rate:.0}/s");
        return;
    }
    let writers: Vec<_> = (0..workers)
        .map(|w| {
            let (target, stop, done, payload) = (target.to_owned(), stop.clone(), done.clone(), payload.clone());
            std::thread::spawn(move || {
                let mut s = open(&target);
                let mut i = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    match (&mut s, batch) {
                        (Store::Sqlite(store), b) if b > 1 => {
                            store.begin_batch().unwrap();
                            for _ in 0..b {
                                let stream = format!("order-w{w}-{i}");
                                let m = OutboxMessage::new(
                                    format!("{stream}/confirmed"),
                                    "notification.order_confirmed",
                                    "{}",
                                    t0,
                                );
                                store.commit_serialized(&stream, 0, std::slice::from_ref(&payload), &[m]).unwrap();
                                i += 1;
                            }
                            store.commit_batch().unwrap();
                            done.fetch_add(b as u64, Ordering::Relaxed);
                        }
                        (store, b) => {
                            // PostgreSQL batches: b streams' events in one commit each
                            let stream = format!("order-w{w}-{i}");
                            let payloads = vec![payload.clone(); b];
                            let messages: Vec<OutboxMessage> = (0..b)
                                .map(|k| {
                                    OutboxMessage::new(
                                        format!("{stream}/{k}"),
                                        "notification.order_confirmed",
                                        "{}",
                                        t0,
                                    )
                                })
                                .collect();
                            store.commit(&stream, &payloads, &messages);
                            i += 1;
                            done.fetch_add(b as u64, Ordering::Relaxed);
                        }
                    }
                }
            })
        })
        .collect();
    let started = Instant::now();
    std::thread::sleep(StdDuration::from_secs(seconds));
    stop.store(true, Ordering::Relaxed);
    for w in writers {
        w.join().unwrap();
    }
    let rate = done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64();
    println!("commit {target_kind} {workers} {rate:.0}/s (batch {batch})");
}
