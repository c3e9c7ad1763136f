//! `postpurchase-relay`: drains a store's outbox into a sink, as one of any number of processes
//! on one database. Each pass claims a batch under a lease (no other relay sends those messages
//! while it holds), hands every message to the sink, and marks the batch delivered; a failed send
//! is retried with back-off and dead-lettered after `--dead-after` attempts. Between passes it
//! waits for PostgreSQL's `NOTIFY` (a commit that enqueued messages wakes it at once) or, on
//! SQLite, polls. SIGTERM or SIGINT lets the pass in hand finish, then the program exits 0. A lost
//! connection is reported and the relay connects again.
//!
//! ```sh
//! cargo run --release --bin postpurchase-relay -- --db postgres://app@db/shop --worker relay-1 --sink sent.jsonl
//! cargo run --release --bin postpurchase-relay -- --db shop.db --worker relay-2
//! ```
//!
//! The sink here appends one JSON line per message (`--sink FILE`, stdout by default); a shop
//! puts its e-mail, SMS or push gateway there (the `MessageSink` trait).

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration as StdDuration, SystemTime};

use chrono::{DateTime, Duration, Utc};
use clap::Parser;
use postpurchase::store::{ClaimingOutbox, MessageSink, OutboxMessage, RelayPolicy, relay_claimed};
use postpurchase::{Error, ErrorKind, Result};
use postpurchase_postgres::PostgresStore;
use postpurchase_sqlite::SqliteStore;

#[derive(Parser)]
#[command(name = "postpurchase-relay", about = "Drains a postpurchase outbox into a sink (one of N relays).")]
struct Args {
    /// The store: a `postgres://` URL or a SQLite file.
    #[arg(long)]
    db: String,
    /// The PostgreSQL schema of the store.
    #[arg(long, default_value = postpurchase_postgres::DEFAULT_SCHEMA)]
    schema: String,
    /// This relay's name (each process its own).
    #[arg(long)]
    worker: String,
    /// Where sent messages go, one JSON line each (stdout when absent).
    #[arg(long)]
    sink: Option<PathBuf>,
    /// Messages per pass.
    #[arg(long, default_value_t = 100)]
    batch: usize,
    /// How long a claim holds, in seconds.
    #[arg(long, default_value_t = 30)]
    lease: i64,
    /// Attempts before a message is dead-lettered.
    #[arg(long, default_value_t = 8)]
    dead_after: u32,
    /// Exit when the outbox has nothing due instead of waiting for more.
    #[arg(long)]
    once: bool,
}

/// One JSON line per message.
struct JsonLines(Box<dyn Write>);

impl MessageSink for JsonLines {
    fn send(&mut self, m: &OutboxMessage) -> Result<()> {
        let line = serde_json::json!({"id": m.dedupe_key, "type": m.topic, "payload": m.payload});
        writeln!(self.0, "{line}")
            .and_then(|()| self.0.flush())
            .map_err(|e| Error::new(ErrorKind::Storage, format!("sink: {e}")))
    }
}

#[allow(clippy::large_enum_variant)] // one per process, moved rarely
enum Store {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl Store {
    fn open(a: &Args) -> Result<Store> {
        if a.db.starts_with("postgres://") || a.db.starts_with("postgresql://") {
            PostgresStore::connect_in_schema(&a.db, &a.schema).map(Store::Postgres)
        } else {
            SqliteStore::open(std::path::Path::new(&a.db)).map(Store::Sqlite)
        }
    }

    fn outbox(&mut self) -> &mut dyn ClaimingOutbox {
        match self {
            Store::Sqlite(s) => s,
            Store::Postgres(s) => s,
        }
    }

    /// Waits for more work: NOTIFY on PostgreSQL, a short sleep on SQLite.
    fn wait(&mut self) -> Result<()> {
        match self {
            Store::Postgres(s) => s.wait_for_messages(StdDuration::from_secs(1)).map(|_| ()),
            Store::Sqlite(_) => {
                std::thread::sleep(StdDuration::from_millis(250));
                Ok(())
            }
        }
    }
}

fn now() -> DateTime<Utc> {
    DateTime::<Utc>::from(SystemTime::now())
}

fn main() {
    let a = Args::parse();
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        if let Err(e) = signal_hook::flag::register(signal, stop.clone()) {
            eprintln!("postpurchase-relay: cannot watch signal {signal}: {e}");
            std::process::exit(2);
        }
    }
    let sink: Box<dyn Write> = match &a.sink {
        Some(path) => match std::fs::OpenOptions::new().create(true).append(true).open(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("postpurchase-relay: cannot open the sink {}: {e}", path.display());
                std::process::exit(2);
            }
        },
        None => Box::new(std::io::stdout()),
    };
    let mut sink = JsonLines(sink);
    let policy = RelayPolicy {
        lease: Duration::seconds(a.lease.max(1)),
        batch: a.batch.max(1),
        dead_after: a.dead_after.max(1),
        ..RelayPolicy::default()
    };
    let mut store = match Store::open(&a) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("postpurchase-relay: {e}");
            std::process::exit(2);
        }
    };
    let (mut delivered, mut failed) = (0u64, 0u64);
    while !stop.load(Ordering::Relaxed) {
        match relay_claimed(store.outbox(), &mut sink, &a.worker, now(), &policy) {
            Ok(r) => {
                delivered += u64::from(r.delivered);
                failed += u64::from(r.retried + r.dead_lettered);
                if r.delivered + r.retried + r.dead_lettered == 0 {
                    if a.once {
                        break;
                    }
                    if let Err(e) = store.wait() {
                        eprintln!("postpurchase-relay {}: waiting: {e}", a.worker);
                    }
                }
            }
            Err(e) => {
                // a lost connection (a restarted server): report it, connect again, go on
                eprintln!("postpurchase-relay {}: {e}; connecting again", a.worker);
                std::thread::sleep(StdDuration::from_millis(500));
                if let Ok(again) = Store::open(&a) {
                    store = again;
                }
            }
        }
    }
    eprintln!("postpurchase-relay {}: stopped after {delivered} delivered, {failed} failed", a.worker);
}
