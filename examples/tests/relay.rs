//! The relay program on several processes: three relays on one PostgreSQL outbox (woken by NOTIFY
//! when more messages commit) and two on one SQLite file (polling) send every message once, and
//! each stops cleanly on SIGTERM.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use postpurchase::store::conformance::{ev, msg};
use postpurchase::store::{CommandLog, OutboxMessage};
use postpurchase_postgres::PostgresStore;
use postpurchase_sqlite::SqliteStore;

fn relay(db: &str, schema: &str, worker: &str, sink: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_postpurchase-relay"))
        .args(["--db", db, "--schema", schema, "--worker", worker, "--batch", "7", "--sink"])
        .arg(sink)
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn messages(from: usize, n: usize) -> Vec<OutboxMessage> {
    (from..from + n).map(|i| msg(&format!("m-{i:04}"), 0)).collect()
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < Duration::from_secs(90), "{what}: not within 90 s");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// SIGTERM each relay; each must exit 0 within 10 s.
fn stop(relays: Vec<Child>) {
    for r in &relays {
        Command::new("kill").args(["-TERM", &r.id().to_string()]).status().unwrap();
    }
    for mut r in relays {
        let started = Instant::now();
        loop {
            if let Some(status) = r.try_wait().unwrap() {
                assert!(status.success(), "a relay stopped with {status}");
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(10), "a relay did not stop on SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn sent(sinks: &[PathBuf]) -> (usize, usize, usize) {
    let mut ids: Vec<String> = Vec::new();
    let mut busy = 0;
    for s in sinks {
        let text = std::fs::read_to_string(s).unwrap_or_default();
        busy += usize::from(!text.is_empty());
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            ids.push(v["id"].as_str().unwrap().to_owned());
        }
    }
    let total = ids.len();
    ids.sort();
    ids.dedup();
    (total, ids.len(), busy)
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pp-relay-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn three_relays_on_postgres_send_every_message_once_and_stop_on_sigterm() {
    let url = std::env::var("PP_POSTGRES_URL")
        .expect("this test needs PostgreSQL: run it through scripts/with-postgres (scripts/test-all does) or set PP_POSTGRES_URL");
    let schema = format!("relay{}", std::process::id());
    if let Ok(old) = PostgresStore::connect_in_schema(&url, &schema) {
        old.drop_schema().unwrap();
    }
    let mut store = PostgresStore::connect_in_schema(&url, &schema).unwrap();
    store.commit("order-o-1", 0, &[ev("placed", 1)], &messages(0, 300)).unwrap();
    let dir = temp("pg");
    let sinks: Vec<PathBuf> = (0..3).map(|r| dir.join(format!("sent-{r}.jsonl"))).collect();
    let relays: Vec<Child> = sinks.iter().enumerate().map(|(r, s)| relay(&url, &schema, &format!("r{r}"), s)).collect();
    wait_until("the first 300 sent", || store.pending_count().unwrap() == 0);
    // more messages commit while the relays wait: NOTIFY wakes them
    store.commit("order-o-2", 0, &[ev("placed", 2)], &messages(300, 50)).unwrap();
    wait_until("the next 50 sent", || store.pending_count().unwrap() == 0);
    stop(relays);
    let (total, unique, _) = sent(&sinks);
    assert_eq!((total, unique), (350, 350), "every message sent exactly once");
    store.drop_schema().unwrap();
}

#[test]
fn two_relays_on_sqlite_send_every_message_once_and_stop_on_sigterm() {
    let dir = temp("sqlite");
    let db = dir.join("shop.db");
    let mut store = SqliteStore::open(&db).unwrap();
    store.commit("order-o-1", 0, &[ev("placed", 1)], &messages(0, 200)).unwrap();
    let sinks: Vec<PathBuf> = (0..2).map(|r| dir.join(format!("sent-{r}.jsonl"))).collect();
    let db_text = db.to_str().unwrap().to_owned();
    let relays: Vec<Child> =
        sinks.iter().enumerate().map(|(r, s)| relay(&db_text, "unused", &format!("r{r}"), s)).collect();
    wait_until("all 200 sent", || store.pending_count().unwrap() == 0);
    stop(relays);
    let (total, unique, _) = sent(&sinks);
    assert_eq!((total, unique), (200, 200), "every message sent exactly once");
}
