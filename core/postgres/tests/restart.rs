//! A PostgreSQL restart while a writer and a relay run: both report the error, connect again
//! and go on; nothing is lost and nothing is written twice. Its own test binary, so no other
//! test is running when the server goes down.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration as StdDuration;

use chrono::Duration;
use postpurchase::store::conformance::{TestEvent, at, ev, msg};
use postpurchase::store::{CommandLog, EventStore, MessageSink, OutboxMessage, RelayPolicy, relay_claimed};
use postpurchase_postgres::PostgresStore;

fn url() -> String {
    std::env::var("PP_POSTGRES_URL").unwrap_or_else(|_| {
        panic!("these tests need PostgreSQL: run them through scripts/with-postgres (scripts/test-all does) or set PP_POSTGRES_URL")
    })
}

fn open(schema: &str) -> PostgresStore {
    PostgresStore::connect_in_schema(&url(), schema).unwrap()
}

struct Recorder(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl MessageSink for Recorder {
    fn send(&mut self, m: &OutboxMessage) -> postpurchase::Result<()> {
        self.0.lock().unwrap().push(m.dedupe_key.clone());
        Ok(())
    }
}

/// Restarts the server the test command started (`scripts/with-postgres` exports where it is).
fn restart_server() -> bool {
    let (Ok(bin), Ok(data)) = (std::env::var("PP_PG_BIN"), std::env::var("PP_PG_DATA")) else { return false };
    let pg_ctl = PathBuf::from(bin).join("pg_ctl");
    let mut cmd = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(&pg_ctl);
        c
    } else {
        Command::new(&pg_ctl)
    };
    let status =
        cmd.args(["-D", &data, "-m", "fast", "-w", "-t", "60", "restart"]).stdout(Stdio::null()).status().unwrap();
    assert!(status.success(), "pg_ctl restart failed");
    true
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0").unwrap_or(false)
}

#[test]
fn a_server_restart_while_writers_and_a_relay_run_loses_nothing() {
    let schema = format!("r{}_restart", std::process::id());
    if let Ok(old) = PostgresStore::connect_in_schema(&url(), &schema) {
        old.drop_schema().unwrap();
    }
    let store = open(&schema);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    // a writer that reports the error, reconnects and goes on; it knows what it committed
    let writer = {
        let (schema, stop) = (schema.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut s = open(&schema);
            let (mut committed, mut errors) = (0u64, 0u32);
            while !stop.load(std::sync::atomic::Ordering::Relaxed) || committed < 50 {
                let result = EventStore::<TestEvent>::version(&s, "order-r")
                    .and_then(|v| s.commit("order-r", v, &[ev("e", committed)], &[msg(&format!("r/{committed}"), 0)]));
                match result {
                    Ok(_) => committed += 1,
                    Err(e) => {
                        errors += 1;
                        assert!(matches!(e.code(), "store.failure" | "store.concurrency_conflict"), "{e}");
                        std::thread::sleep(StdDuration::from_millis(100));
                        if let Ok(again) = PostgresStore::connect_in_schema(&url(), &schema) {
                            s = again;
                            // a commit whose answer was lost may have landed: the stream says
                            let v = EventStore::<TestEvent>::version(&s, "order-r").unwrap();
                            committed = v;
                        }
                    }
                }
            }
            (committed, errors)
        })
    };
    let relay = {
        let (schema, stop) = (schema.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut s = open(&schema);
            let sent = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
            let mut sink = Recorder(sent.clone());
            let policy = RelayPolicy { lease: Duration::seconds(1), batch: 10, ..RelayPolicy::default() };
            let mut errors = 0u32;
            let mut tick = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                tick += 1;
                if let Err(e) = relay_claimed(&mut s, &mut sink, "relay", at(tick), &policy) {
                    errors += 1;
                    assert_eq!(e.code(), "store.failure", "{e}");
                    std::thread::sleep(StdDuration::from_millis(100));
                    if let Ok(again) = PostgresStore::connect_in_schema(&url(), &schema) {
                        s = again;
                    }
                }
                std::thread::sleep(StdDuration::from_millis(5));
            }
            errors
        })
    };
    std::thread::sleep(StdDuration::from_millis(700));
    let restarted = restart_server();
    std::thread::sleep(StdDuration::from_millis(1500));
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (committed, writer_errors) = writer.join().unwrap();
    let relay_errors = relay.join().unwrap();
    let store = if store.is_closed() || restarted { open(&schema) } else { store };
    let events: Vec<TestEvent> = EventStore::load(&store, "order-r").unwrap();
    assert_eq!(events.len() as u64, committed);
    assert_eq!(
        events.iter().map(|e| e.n).collect::<Vec<_>>(),
        (0..committed).collect::<Vec<_>>(),
        "nothing lost, nothing twice"
    );
    let messages = store.all_messages().unwrap();
    assert_eq!(messages.len() as u64, committed, "every event's message");
    if restarted {
        assert!(writer_errors > 0 || relay_errors > 0, "the restart was seen");
    }
    eprintln!(
        "server restarted: writer committed {committed} with {writer_errors} errors, relay {relay_errors} errors"
    );
    store.drop_schema().unwrap();
}
