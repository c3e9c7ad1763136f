//! The main job: a seeded simulation of a shop over twelve months, driven through the library
//! with state in SQLite. Placement, confirmation, split shipments with carrier events (some late or
//! lost), returns under `examples/return_policy.json`, loyalty under
//! `examples/loyalty_programme.json`, notifications under `examples/notify_policy.json`, and survey
//! answers. Prints a post-purchase report and writes a self-contained `report.html`.
//!
//! Run with `cargo run --release --example storefront [-- --db PATH --customers N --seed S --force]`;
//! `--help` lists the options. The program never deletes or overwrites a file it did not write: an
//! existing file at `--db` (or its `report.html`) that is not a storefront database (report) is
//! refused, and an earlier storefront run is replaced only with `--force` or at the default path,
//! which lives under `target/` and belongs to the program.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use postpurchase::clv::BetaGeo;
use postpurchase::feedback::{Csat, Nps};
use postpurchase::journey::{next_purchase, replenishment_signal};
use postpurchase::loyalty::{
    Award, EarnLine, Entry, LoyaltyCommand, Member, Programme, loyalty_commands_for_order_events,
};
use postpurchase::metrics::{TimeUnit, customer_summary};
use postpurchase::metrics::{Transaction, purchase_metrics};
use postpurchase::notify::{
    Channel, Intent, NotificationKind, NotifyPolicy, Preferences, Sent, Signal, plan, signals_from_order_events,
};
use postpurchase::returns::*;
use postpurchase::store::{ClaimingOutbox, RelayPolicy, relay_claimed};
use postpurchase::*;
use postpurchase_examples::journey_report::{self as journey, Journey};
use postpurchase_examples::report_html::{self, BandPoint, KeyFigure, Series};
use postpurchase_examples::tracking_page;
use postpurchase_postgres::PostgresStore;
use postpurchase_sqlite::SqliteStore;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_decimal::Decimal;

const CATALOGUE: &[(&str, &str, &str, i64)] = &[
    ("BOOT", "Trail boots", "shoes", 12900),
    ("SNEAK", "Sneakers", "shoes", 8900),
    ("SOCK", "Wool socks", "accessories", 1850),
    ("JACKET", "Rain jacket", "outerwear", 15900),
    ("TEE", "Organic tee", "tops", 2900),
    ("LAMP", "Desk lamp", "electronics", 4900),
    ("BOTTLE", "Steel bottle", "accessories", 2400),
    ("GAITER", "Gaiters", "accessories", 2900),
    ("TENT", "Two-person tent", "outdoor", 24900),
    ("SHORTS", "Running shorts", "bottoms", 3500),
    ("CAP", "Running cap", "accessories", 2200),
    ("STAND", "Laptop stand", "electronics", 5900),
    ("MUG", "Enamel mug", "home", 1600),
    ("NOTE", "Notebook", "home", 1200),
];
/// Purchase structure a recommender can find: each customer has a taste (indexes into
/// [`CATALOGUE`]) and picks most lines from it; the rest are drawn from the whole catalogue.
const TASTES: &[&[usize]] = &[
    &[0, 2, 3, 7, 8, 6], // hiking: boots, socks, jacket, gaiters, tent, bottle
    &[1, 9, 10, 4, 6],   // running: sneakers, shorts, cap, tee, bottle
    &[5, 11, 12, 13],    // desk: lamp, stand, mug, notebook
    &[4, 1, 12, 3],      // casual: tee, sneakers, mug, jacket
];
/// The share of lines picked from the customer's taste.
const TASTE_SHARE: f64 = 0.8;
const ZONES: &[&str] = &["Europe/Berlin", "Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo"];
const REASONS: &[ReturnReason] = &[
    ReturnReason::DoesNotFit,
    ReturnReason::DoesNotFit,
    ReturnReason::ChangedMind,
    ReturnReason::Defective,
    ReturnReason::NotAsDescribed,
    ReturnReason::WrongItem,
];

const DEFAULT_DB: &str = "target/storefront/storefront.db";

/// A seeded shop over twelve months (2026), driven through postpurchase with state in SQLite.
///
/// Prints a post-purchase report and writes report.html beside the database.
#[derive(Parser, Debug)]
#[command(name = "storefront", version)]
struct Args {
    /// SQLite database to create [default: target/storefront/storefront.db]; report.html is
    /// written beside it. An existing file that is not a storefront database is never touched.
    /// A `postgres://` URL writes the same shop into the schema `storefront` there (report.html
    /// in target/storefront/).
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Number of simulated customers.
    #[arg(long, default_value_t = 5000, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    customers: u32,
    /// Seed of the simulation (the same seed gives the same shop and report).
    #[arg(long, default_value_t = 7, value_name = "S")]
    seed: u64,
    /// Replace an earlier storefront database and report at --db (the default path is always
    /// replaced: it belongs to the program).
    #[arg(long)]
    force: bool,
}

/// A failure shown to the user as one line.
struct Fail(String);

impl From<Error> for Fail {
    fn from(e: Error) -> Self {
        Fail(e.to_string())
    }
}

/// SQLite files start with this header.
const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";
/// The table that marks a storefront database.
const RUN_TABLE: &str = "storefront_run";

/// SQLite's application id of a storefront database ("PPSF"), written with the first write.
const STOREFRONT_APP_ID: i32 = 0x5050_5346;

fn is_storefront_db(path: &Path) -> Result<bool, Fail> {
    let mut head = [0u8; 72];
    let mut f = std::fs::File::open(path).map_err(|e| Fail(format!("cannot read {}: {e}", path.display())))?;
    let mut n = 0;
    while n < head.len() {
        let got = std::io::Read::read(&mut f, head.get_mut(n..).unwrap_or_default())
            .map_err(|e| Fail(format!("cannot read {}: {e}", path.display())))?;
        if got == 0 {
            break;
        }
        n += got;
    }
    // an empty file is what a run killed before its first write leaves: nothing to lose
    if n == 0 {
        return Ok(true);
    }
    if n < head.len() || head.get(..16) != Some(SQLITE_HEADER) {
        return Ok(false);
    }
    if head.get(68..72) == Some(&STOREFRONT_APP_ID.to_be_bytes()[..]) {
        return Ok(true);
    }
    let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| Fail(format!("cannot open database {}: {e}", path.display())))?;
    let found: i64 = conn
        .query_row("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?1", [RUN_TABLE], |r| r.get(0))
        .unwrap_or(0);
    Ok(found == 1)
}

fn is_storefront_report(path: &Path) -> Result<bool, Fail> {
    let text = std::fs::read(path).map_err(|e| Fail(format!("cannot read {}: {e}", path.display())))?;
    Ok(text.starts_with(report_html::MARKER.as_bytes()))
}

/// Tells whether an existing file is one the program wrote.
type OursCheck = fn(&Path) -> Result<bool, Fail>;

/// Makes room for the database and the report: refuses foreign files, and earlier runs unless
/// `replace`; removes an earlier run's files only after both checks passed.
fn prepare_outputs(db: &Path, report: &Path, replace: bool, owned: bool) -> Result<(), Fail> {
    let checks: [(&Path, &str, OursCheck); 2] =
        [(db, "storefront database", is_storefront_db), (report, "storefront report", is_storefront_report)];
    // a path ending in a separator names a folder, never the file
    if db.as_os_str().to_string_lossy().ends_with(std::path::MAIN_SEPARATOR)
        || db.as_os_str().to_string_lossy().ends_with('/')
    {
        return Err(Fail(format!("{} names a folder; give the database file's path", db.display())));
    }
    let db_exists = db.symlink_metadata().is_ok();
    for (path, what, ours) in checks {
        let meta = path.symlink_metadata();
        if meta.as_ref().is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(Fail(format!("{} is a symbolic link; refusing to write through it", path.display())));
        }
        if path.is_dir() {
            return Err(Fail(format!("{} is a directory, not a {what}", path.display())));
        }
        if meta.is_ok() {
            // the default path under target/ is the program's own: a run killed before it marked
            // its database is replaced like any other
            if !owned && !ours(path)? {
                return Err(Fail(format!(
                    "{} exists and is not a {what}; refusing to overwrite it (choose another --db)",
                    path.display()
                )));
            }
            if !replace {
                return Err(Fail(format!(
                    "{} holds an earlier storefront run; pass --force to replace it",
                    path.display()
                )));
            }
        }
    }
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Fail(format!("cannot create {}: {e}", dir.display())))?;
    }
    // SQLite's side files belong to the database beside them: with no database of ours there,
    // they are someone else's and stay untouched (and the run refuses, as SQLite would use them)
    for suffix in ["-wal", "-shm"] {
        let f = PathBuf::from(format!("{}{suffix}", db.display()));
        if f.symlink_metadata().is_ok() && !db_exists && !owned {
            return Err(Fail(format!("{} exists without its database; refusing to touch it", f.display())));
        }
    }
    for suffix in ["", "-wal", "-shm"] {
        let f = PathBuf::from(format!("{}{suffix}", db.display()));
        if f.symlink_metadata().is_ok() {
            std::fs::remove_file(&f).map_err(|e| Fail(format!("cannot replace {}: {e}", f.display())))?;
        }
    }
    Ok(())
}

fn read(path: &str) -> Result<String> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&p).map_err(|e| Error::new(ErrorKind::InvalidConfig, format!("{}: {e}", p.display())))
}

#[derive(Default)]
struct Stats {
    orders: u64,
    revenue: Decimal,
    shipments: u64,
    on_time: u64,
    late: u64,
    lost: u64,
    /// Late parcels the library flagged before the promised time from the scans alone.
    caught_early: u64,
    /// On-time parcels flagged before the promise (false alarms).
    false_alarms: u64,
    /// Parcels whose carrier sent a delay scan before the promise.
    warned: u64,
    /// The promise learnt from the shop's parcels, refitted on the first of each month and
    /// measured on that month's parcels beside the shop's own promise.
    promise_months: Vec<(String, promise::AccuracyReport)>,
    /// On time, late, lost per month of the promised date ("2026-03").
    delivery_by_month: BTreeMap<String, [u64; 3]>,
    returns_requested: u64,
    returns_denied: u64,
    returns_review: u64,
    orders_with_returns: u64,
    reasons: BTreeMap<String, u64>,
    refunded_to_payment: Decimal,
    refunded_to_credit: Decimal,
    refunded_value: Decimal,
    /// Refunds paid by transit claims (lost parcels); part of the totals above.
    refunded_claims: Decimal,
    claims: u64,
    messages: BTreeMap<(String, String), u64>,
    nps: Nps,
    nps_by_month: BTreeMap<String, Nps>,
    csat: Csat,
    tiers: BTreeMap<String, u64>,
    points_outstanding: i64,
    members: u64,
    /// One per order, for the library's purchase metrics (repeat rate, return rates).
    transactions: Vec<Transaction>,
    /// The items of each order, beside `transactions`.
    baskets: Vec<Vec<&'static str>>,
    /// Each customer's latest NPS answer.
    latest_nps: BTreeMap<u64, u8>,
    /// Each customer's preferences and the messages planned for them from day 335 on (what
    /// the throttle can still see at the year-end campaign).
    audience: Vec<(Preferences, Vec<Sent>)>,
    /// Replenishment reminders the year-end campaign signalled, and the messages planned for them.
    reminders: u64,
    reminder_messages: u64,
}

impl Stats {
    /// Adds a paid refund (return or claim) to the totals by destination.
    fn count_refund(&mut self, b: &RefundBreakdown) {
        self.refunded_value += b.total.amount();
        for p in &b.payouts {
            match p.destination {
                RefundDestination::StoreCredit => self.refunded_to_credit += p.amount.amount(),
                RefundDestination::Payment(_) => self.refunded_to_payment += p.amount.amount(),
            }
        }
    }
}

/// One write for the store: the simulation hands writes to a writer thread, so serialising events
/// and SQLite's work overlap with the simulation on a second core. Writes keep their order.
enum Write {
    Begin,
    Commit,
    Append { stream: String, expected: u64, events: Vec<String>, messages: Vec<OutboxMessage> },
}

/// Where the shop's events and messages go: a SQLite file (the default) or a PostgreSQL schema.
#[allow(clippy::large_enum_variant)] // one per process, moved rarely
enum ShopStore {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl ShopStore {
    fn begin_batch(&mut self) -> Result<()> {
        match self {
            ShopStore::Sqlite(s) => s.begin_batch(),
            ShopStore::Postgres(s) => s.begin_batch(),
        }
    }

    fn commit_batch(&mut self) -> Result<()> {
        match self {
            ShopStore::Sqlite(s) => s.commit_batch(),
            ShopStore::Postgres(s) => s.commit_batch(),
        }
    }

    fn commit_serialized(
        &mut self,
        stream: &str,
        expected: u64,
        events: &[String],
        messages: &[OutboxMessage],
    ) -> Result<u64> {
        match self {
            ShopStore::Sqlite(s) => s.commit_serialized(stream, expected, events, messages),
            ShopStore::Postgres(s) => s.commit_serialized(stream, expected, events, messages),
        }
    }

    fn pending_count(&self) -> Result<u64> {
        match self {
            ShopStore::Sqlite(s) => s.pending_count(),
            ShopStore::Postgres(s) => s.pending_count(),
        }
    }

    fn outbox(&mut self) -> &mut dyn ClaimingOutbox {
        match self {
            ShopStore::Sqlite(s) => s,
            ShopStore::Postgres(s) => s,
        }
    }
}

/// The writer thread and the channel to it.
struct Writer {
    tx: std::sync::mpsc::SyncSender<Write>,
    thread: std::thread::JoinHandle<Result<(ShopStore, Deliveries)>>,
}

impl Writer {
    /// Starts a thread that owns the store and applies writes in order; it stops at the first
    /// failure and reports it when joined.
    fn start(mut store: ShopStore) -> Writer {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Write>(4096);
        let thread = std::thread::spawn(move || {
            let mut delivered = Deliveries::new();
            for w in rx {
                match w {
                    Write::Begin => store.begin_batch()?,
                    Write::Commit => {
                        store.commit_batch()?;
                        // the relay drains what the batch enqueued, as a relay process would
                        relay_all(&mut store, &mut delivered)?;
                    }
                    Write::Append { stream, expected, events, messages } => {
                        store.commit_serialized(&stream, expected, &events, &messages)?;
                    }
                }
            }
            Ok((store, delivered))
        });
        Writer { tx, thread }
    }

    /// Queues events (serialised here, on the simulation's thread) and messages for a stream.
    fn append<E: serde::Serialize>(
        &self,
        stream: String,
        expected: u64,
        events: &[E],
        messages: Vec<OutboxMessage>,
    ) -> Result<()> {
        let events = events
            .iter()
            .map(|e| serde_json::to_string(e).map_err(|e| Error::new(ErrorKind::Storage, e.to_string())))
            .collect::<Result<Vec<_>>>()?;
        self.send(Write::Append { stream, expected, events, messages })
    }

    /// Queues a write; when the writer has stopped on a failure, an error (the failure itself
    /// comes from [`Writer::finish`]).
    fn send(&self, w: Write) -> Result<()> {
        self.tx.send(w).map_err(|_| Error::new(ErrorKind::Storage, "the store writer stopped"))
    }

    /// Waits for every queued write and hands the store back, or the first failure.
    fn finish(self) -> Result<(ShopStore, Deliveries)> {
        drop(self.tx);
        self.thread.join().unwrap_or_else(|_| Err(Error::new(ErrorKind::Storage, "the store writer panicked")))
    }
}

struct Shop {
    writer: Writer,
    returns: ReturnPolicy,
    programme: Programme,
    notify: NotifyPolicy,
    stats: Stats,
    key: u64,
    /// The events of the order being simulated (for the sampled tracking pages).
    journal: Vec<OrderEvent>,
    /// The emails planned for the order being simulated (for the sampled tracking pages).
    mailed: Vec<Intent>,
    /// Orders sampled for tracking pages, by kind.
    samples: BTreeMap<&'static str, Sample>,
    /// Every parcel as the promise model learns from it, with the shop's promise and the
    /// carrier's delay scan.
    parcels: Vec<promise::TestParcel>,
    /// The shop's business calendar (Milan: weekdays, Italian holidays, 14:00 cut-off).
    calendar: promise::BusinessCalendar,
    /// Each customer's zone (where their parcels go).
    zones: BTreeMap<String, &'static str>,
}

/// Italian public holidays of 2026 and early 2027: no carrier moves a parcel on them.
const HOLIDAYS: &[&str] = &[
    "2026-01-01",
    "2026-01-06",
    "2026-04-06",
    "2026-04-25",
    "2026-05-01",
    "2026-06-02",
    "2026-08-15",
    "2026-11-01",
    "2026-12-08",
    "2026-12-25",
    "2026-12-26",
    "2027-01-01",
    "2027-01-06",
];

fn shop_calendar() -> Result<promise::BusinessCalendar> {
    let days: Vec<NaiveDate> = HOLIDAYS.iter().filter_map(|d| d.parse().ok()).collect();
    promise::BusinessCalendar::weekdays("Europe/Rome", "14:00")?.with_holidays(days)
}

/// The lane of a storefront parcel: its carrier from the Milan warehouse to the customer's zone.
fn parcel_lane(carrier: &str, zone: &str) -> promise::Lane {
    promise::Lane::new(carrier, "standard", "IT-MI", zone)
}

/// Business days a carrier takes from Milan to a zone: its own speed plus the distance.
fn transit_days(carrier: &str, zone: &str) -> u32 {
    let carrier = match carrier {
        "GLS" | "Poste Italiane" => 2,
        _ => 1,
    };
    let distance = match zone {
        "Europe/Berlin" => 1,
        "Europe/London" => 2,
        "America/New_York" => 3,
        _ => 4,
    };
    carrier + distance
}

/// The shop's promise per zone, in calendar days from the handover (what its checkout says;
/// conservative, as shops' promises are).
fn promise_days(zone: &str) -> i64 {
    match zone {
        "Europe/Berlin" => 5,
        "Europe/London" => 7,
        "America/New_York" => 9,
        _ => 11,
    }
}

/// An order sampled for a tracking page: its events and the customer's ledger entries up to the
/// moment the page shows.
struct Sample {
    now: DateTime<Utc>,
    events: Vec<OrderEvent>,
    entries: Vec<Entry>,
    /// The emails about the order sent by then.
    mailed: Vec<Intent>,
}

impl Shop {
    fn meta(&mut self, now: DateTime<Utc>) -> Result<CommandMeta> {
        self.key += 1;
        Ok(CommandMeta::new(IdempotencyKey::new(format!("k{}", self.key))?, now))
    }

    /// Persists order events with the notifications they cause, in one transaction.
    /// Plans the messages the events call for, applies the events to the order and hands both
    /// to the store (one transaction).
    fn commit(
        &mut self,
        order: &mut Order,
        events: Vec<OrderEvent>,
        prefs: &Preferences,
        sent: &mut Vec<Sent>,
    ) -> Result<()> {
        let mut messages = Vec::new();
        for signal in signals_from_order_events(order, &events) {
            messages.extend(self.messages_for(&signal, prefs, sent)?);
        }
        let expected = order.version();
        for e in &events {
            order.apply(e);
        }
        self.journal.extend(events.iter().cloned());
        self.writer.append(order.id().to_string(), expected, &events, messages)
    }

    /// The outbox messages the notification policy plans for a signal; records them as sent.
    fn messages_for(
        &mut self,
        signal: &Signal,
        prefs: &Preferences,
        sent: &mut Vec<Sent>,
    ) -> Result<Vec<OutboxMessage>> {
        let mut messages = Vec::new();
        for intent in plan(signal, prefs, &self.notify, sent)? {
            if intent.channel == Channel::Email {
                self.mailed.push(intent.clone());
            }
            sent.push(Sent {
                dedupe_key: intent.dedupe_key.clone(),
                kind: intent.kind,
                channel: intent.channel,
                send_at: intent.send_at,
            });
            let payload = serde_json::to_string(&intent).unwrap_or_default();
            messages.push(OutboxMessage::new(
                intent.dedupe_key.clone(),
                format!("{}|{:?}", intent.kind.as_str(), intent.channel),
                payload,
                intent.send_at,
            ));
        }
        Ok(messages)
    }

    /// Enqueues the messages for a signal that no order event carries (a parcel presumed lost).
    fn notify(&mut self, order: &Order, signal: &Signal, prefs: &Preferences, sent: &mut Vec<Sent>) -> Result<()> {
        let messages = self.messages_for(signal, prefs, sent)?;
        self.writer.append::<OrderEvent>(order.id().to_string(), order.version(), &[], messages)
    }

    fn run(
        &mut self,
        order: &mut Order,
        cmd: OrderCommand,
        now: DateTime<Utc>,
        prefs: &Preferences,
        sent: &mut Vec<Sent>,
    ) -> Result<Vec<OrderEvent>> {
        let meta = self.meta(now)?;
        let events = order.decide(&cmd, &meta)?;
        self.commit(order, events.clone(), prefs, sent)?;
        Ok(events)
    }

    fn loyalty(&mut self, member: &mut Member, cmd: LoyaltyCommand, now: DateTime<Utc>) -> Result<()> {
        let v = member.version();
        let meta = self.meta(now)?.expecting(v);
        let stream = format!("member-{}", member.customer());
        let entries = member.handle(&cmd, &self.programme, &meta)?;
        self.writer.append(stream, v, entries, vec![])
    }
}

fn money(cents: i64) -> Result<Money> {
    Money::new(Decimal::new(cents, 2), Currency::from_code("EUR")?)
}

fn at(day: i64, hour: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().unwrap_or_default() + Duration::days(day) + Duration::hours(hour)
}

/// What a parcel's carrier sends, decided from the customer, order and parcel (no draw from the
/// random stream, so the rest of the simulation does not move): about 55 % every scan, 20 % no
/// out-for-delivery scan, 15 % only the delivery scan, 10 % nothing (a local courier's proof of
/// delivery, entered with `mark_delivered`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScanFeed {
    Full,
    NoOutForDelivery,
    DeliveredOnly,
    ProofOfDelivery,
}

impl ScanFeed {
    fn of(customer: u32, order: &str, parcel: usize) -> ScanFeed {
        // FNV-1a over the ids: stable across runs and platforms
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in customer.to_le_bytes().iter().chain(order.as_bytes()).chain(&parcel.to_le_bytes()) {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        match h % 20 {
            0..=10 => ScanFeed::Full,
            11..=14 => ScanFeed::NoOutForDelivery,
            15..=17 => ScanFeed::DeliveredOnly,
            _ => ScanFeed::ProofOfDelivery,
        }
    }

    fn carrier(self) -> &'static str {
        match self {
            ScanFeed::Full => "DHL",
            ScanFeed::NoOutForDelivery => "GLS",
            ScanFeed::DeliveredOnly => "Poste Italiane",
            ScanFeed::ProofOfDelivery => "City Courier",
        }
    }

    fn in_transit_scans(self) -> bool {
        matches!(self, ScanFeed::Full | ScanFeed::NoOutForDelivery)
    }

    fn out_for_delivery_scan(self) -> bool {
        self == ScanFeed::Full
    }
}

#[allow(clippy::too_many_lines)]
fn simulate_customer(shop: &mut Shop, rng: &mut StdRng, c: u32) -> Result<()> {
    let customer = CustomerId::new(format!("c{c:05}"))?;
    let zone = ZONES[rng.gen_range(0..ZONES.len())];
    shop.zones.insert(customer.to_string(), zone);
    let prefs = Preferences {
        customer: customer.clone(),
        time_zone: zone.to_string(),
        email: true,
        sms_opt_in: rng.gen_bool(0.3),
        push: rng.gen_bool(0.5),
        marketing_consent: rng.gen_bool(0.6),
        opted_out: Vec::new(),
        reviewed: Vec::new(),
        // every fifth customer reads Italian (decided without a draw)
        locale: Some(if c % 5 == 0 { "it-IT" } else { "en-IE" }.into()),
    };
    let mut sent: Vec<Sent> = Vec::new();
    let mut member = Member::new(customer.clone());
    let rate: f64 = rng.gen_range(0.1..1.2);
    // after each order the customer stops buying with this chance (the BG/NBD story)
    let dropout: f64 = rng.gen_range(0.05..0.45);
    let taste = TASTES[rng.gen_range(0..TASTES.len())];
    let first_day = rng.gen_range(0..355i64);
    let mut day = first_day;
    let mut recent_returns: Vec<DateTime<Utc>> = Vec::new();
    shop.loyalty(&mut member, LoyaltyCommand::Award { award: Award::Signup }, at(day, 8))?;
    let mut n = 0;
    while day < 365 {
        n += 1;
        let placed = at(day, rng.gen_range(7..22));
        let lines_n = rng.gen_range(1..=3usize);
        let mut b = NewOrder::builder(
            OrderId::new(format!("{customer}-{n}"))?,
            customer.clone(),
            Currency::from_code("EUR")?,
            placed,
        )
        .tax_mode(TaxMode::Inclusive);
        let mut merch = 0i64;
        let mut basket: Vec<&'static str> = Vec::with_capacity(lines_n);
        for l in 0..lines_n {
            let pick = |rng: &mut StdRng| {
                if rng.gen_bool(TASTE_SHARE) {
                    taste[rng.gen_range(0..taste.len())]
                } else {
                    rng.gen_range(0..CATALOGUE.len())
                }
            };
            // distinct items per order: a second draw of an item already in the basket is redrawn
            let mut i = pick(rng);
            for _ in 0..8 {
                if !basket.contains(&CATALOGUE[i].0) {
                    break;
                }
                i = pick(rng);
            }
            let (sku, title, cat, price) = CATALOGUE[i];
            if basket.contains(&sku) {
                continue;
            }
            basket.push(sku);
            let qty = rng.gen_range(1..=2u32);
            merch += price * i64::from(qty);
            let vat = (price * i64::from(qty) * 19) / 119;
            let mut line = NewLine::new(LineId::new(format!("l{l}"))?, Sku::new(sku)?, title, qty, money(price)?)
                .tax("VAT", Decimal::new(19, 2), money(vat)?)
                .category(cat);
            line.flags.final_sale = rng.gen_bool(0.04);
            b = b.line(line);
        }
        if merch < 5000 {
            b = b.shipping(money(495)?);
        }
        if rng.gen_bool(0.2) {
            b = b.discount("SPRING10", money((merch / 10).min(2000))?);
        }
        let meta = shop.meta(placed)?;
        let events = Order::place(b.build(), &meta)?;
        let mut order = Order::from_events(&events)?;
        shop.journal.clone_from(&events);
        shop.mailed.clear();
        shop.writer.append(order.id().to_string(), 0, &events, vec![])?;
        shop.stats.orders += 1;
        shop.stats.revenue += order.total().amount();
        let total = order.total();
        shop.run(&mut order, OrderCommand::Confirm, placed + Duration::minutes(2), &prefs, &mut sent)?;
        shop.run(
            &mut order,
            OrderCommand::CapturePayment { payment: PaymentId::new("card")?, amount: total },
            placed + Duration::minutes(3),
            &prefs,
            &mut sent,
        )?;
        // split shipments: one per line with some probability
        let split = basket.len() > 1 && rng.gen_bool(0.35);
        let groups: Vec<Vec<&Line>> =
            if split { order.lines().iter().map(|l| vec![l]).collect() } else { vec![order.lines().iter().collect()] };
        let groups: Vec<Vec<LineQuantity>> = groups
            .iter()
            .map(|g| g.iter().map(|l| LineQuantity { line: l.id().clone(), quantity: l.counts.ordered }).collect())
            .collect();
        let mut delivered_at: Option<DateTime<Utc>> = None;
        let mut lost_any = false;
        let mut claim_events: Vec<OrderEvent> = Vec::new();
        for (si, lines) in groups.into_iter().enumerate() {
            let sid = ShipmentId::new(format!("s{si}"))?;
            let shipped = placed + Duration::hours(rng.gen_range(6..40));
            let promised = shipped + Duration::days(promise_days(zone));
            let roll: f64 = rng.r#gen();
            let lost = roll > 0.99;
            // carriers send what they send: some every scan, some no out-for-delivery, some only
            // the delivery, some nothing (a courier's proof of delivery is entered by hand); a
            // parcel lost in transit was scanned in (one never scanned is not in transit, and a
            // transit claim needs a shipped parcel)
            let feed = ScanFeed::of(c, order.id().as_str(), si);
            let feed = if lost && !feed.in_transit_scans() { ScanFeed::NoOutForDelivery } else { feed };
            // transit in the shop's business days: the carrier's speed and the distance, a GLS hub
            // that stalls a third of its Berlin parcels by two days, and surprises nobody can
            // foresee (one parcel in twenty, one to three days); weekends, holidays and the
            // cut-off do the rest
            let (stall, surprise, extra, hour) =
                (rng.gen_bool(0.35), rng.gen_bool(0.05), rng.gen_range(1..=3u32), rng.gen_range(9..19i64));
            let mut days = transit_days(feed.carrier(), zone);
            if feed.carrier() == "GLS" && zone == "Europe/Berlin" && stall {
                days += 2;
            }
            if surprise {
                days += extra;
            }
            let arrival_day = shop.calendar.add_business_days(shipped, days).unwrap_or_else(|| shipped.date_naive());
            let arrive = shop
                .calendar
                .time_zone
                .from_local_datetime(&arrival_day.and_hms_opt(0, 0, 0).unwrap_or_default())
                .earliest()
                .map_or(shipped, |t| t.with_timezone(&Utc))
                + Duration::hours(hour);
            let arrive = arrive.max(shipped + Duration::hours(40));
            let late = arrive > promised;
            let shipment = NewShipment {
                id: sid.clone(),
                lines,
                carrier: feed.carrier().into(),
                tracking_number: None,
                promised_by: Some(promised),
                route: Route::International,
            };
            shop.run(&mut order, OrderCommand::CreateShipment { shipment }, shipped, &prefs, &mut sent)?;
            shop.stats.shipments += 1;
            let month = promised.format("%Y-%m").to_string();
            let scan = |status: &str, when: DateTime<Utc>, source: CarrierSource| -> OrderCommand {
                let m = map_carrier_status(source, status);
                let event = CarrierEvent {
                    occurred_at: when,
                    status: m.status.unwrap_or(TrackingStatus::InTransit),
                    delayed: m.delayed,
                    raw_code: status.into(),
                    location: None,
                    estimated_delivery: None,
                };
                OrderCommand::RecordTracking { shipment: sid.clone(), event }
            };
            for (code, hours) in [("label_printed", 1), ("in_transit", 8), ("in_transit", 20)] {
                let when = shipped + Duration::hours(hours);
                if feed.in_transit_scans() {
                    shop.run(&mut order, scan(code, when, CarrierSource::Shopify), when, &prefs, &mut sent)?;
                }
            }
            // some parcels get another scan the next day; some late ones a carrier delay scan
            // (the draws are made whatever the feed, so the rest of the simulation is unchanged)
            if rng.gen_bool(0.5) {
                let when = shipped + Duration::hours(rng.gen_range(26..34));
                if feed.in_transit_scans() {
                    shop.run(&mut order, scan("in_transit", when, CarrierSource::Shopify), when, &prefs, &mut sent)?;
                }
            }
            // a parcel that travels longer is scanned each evening on its way
            if feed.in_transit_scans() {
                let mut when = shipped + Duration::hours(44);
                while when < arrive - Duration::hours(8) {
                    shop.run(&mut order, scan("in_transit", when, CarrierSource::Shopify), when, &prefs, &mut sent)?;
                    when += Duration::hours(24);
                }
            }
            // the carrier warns of some of its surprises, a day or so before the promise
            let mut carrier_flagged_at = None;
            if surprise && rng.gen_bool(0.5) && feed.in_transit_scans() {
                let when = (promised - Duration::hours(rng.gen_range(12..30))).min(arrive - Duration::hours(6));
                carrier_flagged_at = Some(when);
                // the carrier's delay scan names a new date: a day after the promise
                let mut delayed = scan("delayed", when, CarrierSource::Shopify);
                if let OrderCommand::RecordTracking { event, .. } = &mut delayed {
                    event.estimated_delivery = Some(promised + Duration::days(1));
                }
                shop.run(&mut order, delayed, when, &prefs, &mut sent)?;
                shop.stats.warned += 1;
            }
            // what the library can tell from the scans alone, six hours before the promise
            let early = order.shipment(&sid)?.assess_delay(promised - Duration::hours(6), &DelayThresholds::default());
            let flagged = early.carrier_delayed || early.stalled || early.late || early.presumed_lost;
            let counts = shop.stats.delivery_by_month.entry(month).or_insert([0; 3]);
            let learnt = promise::TestParcel {
                shipped: promise::Shipped::new(parcel_lane(feed.carrier(), zone), placed).handed_over(shipped),
                carrier_flagged_at,
                promised_by: Some(promised),
            };
            if lost {
                shop.parcels.push(learnt);
                counts[2] += 1;
                let check = promised + Duration::hours(60);
                let a = order.shipment(&sid)?.assess_delay(check, &DelayThresholds::default());
                if a.presumed_lost {
                    shop.stats.lost += 1;
                    lost_any = true;
                    let mut payload = BTreeMap::from([("order".to_string(), order.id().to_string())]);
                    payload.insert("shipment".into(), sid.to_string());
                    let signal = Signal {
                        kind: NotificationKind::PresumedLost,
                        customer: customer.clone(),
                        occurred_at: check,
                        subject: format!("{}/{sid}/lost", order.id()),
                        payload,
                    };
                    shop.notify(&order, &signal, &prefs, &mut sent)?;
                    let lines = order.shipment(&sid)?.spec.lines.clone();
                    let claim_id = ReturnId::new(format!("claim-{si}"))?;
                    let claim = ReturnCommand::Claim {
                        claim_id: claim_id.clone(),
                        lines,
                        resolution: ClaimResolution::Refund,
                        payment_order: vec![],
                    };
                    let events =
                        shop.run(&mut order, OrderCommand::Return { command: claim }, check, &prefs, &mut sent)?;
                    // the claim's loyalty consequences run once the order's points are earned
                    claim_events.extend(events);
                    if let Some(b) = order.return_case(&claim_id)?.refund.clone() {
                        shop.stats.claims += 1;
                        shop.stats.refunded_claims += b.total.amount();
                        shop.stats.count_refund(&b);
                    }
                }
                continue;
            }
            if late {
                counts[1] += 1;
                shop.stats.late += 1;
                if flagged {
                    shop.stats.caught_early += 1;
                }
            } else {
                counts[0] += 1;
                shop.stats.on_time += 1;
                if flagged {
                    shop.stats.false_alarms += 1;
                }
            }
            if feed.out_for_delivery_scan() {
                shop.run(
                    &mut order,
                    scan("out_for_delivery", arrive - Duration::hours(5), CarrierSource::Shopify),
                    arrive - Duration::hours(5),
                    &prefs,
                    &mut sent,
                )?;
            }
            let delivery = match feed {
                ScanFeed::ProofOfDelivery => OrderCommand::MarkDelivered { shipment: sid.clone(), at: arrive },
                _ => scan("delivered", arrive, CarrierSource::Shopify),
            };
            shop.run(&mut order, delivery, arrive, &prefs, &mut sent)?;
            shop.parcels.push(promise::TestParcel { shipped: learnt.shipped.delivered(arrive), ..learnt });
            delivered_at = Some(delivered_at.map_or(arrive, |d: DateTime<Utc>| d.max(arrive)));
        }
        // loyalty: earn on the order, pending until delivery + 14 days / the return window
        let earn_lines: Vec<EarnLine> = order
            .lines()
            .iter()
            .map(|l| {
                Ok(EarnLine {
                    line: l.id().clone(),
                    spend: l.amounts.total.checked_sub(&l.amounts.tax)?,
                    tax: Some(l.amounts.tax),
                })
            })
            .collect::<Result<_>>()?;
        let window_end = delivered_at.map(|d| d + Duration::days(30));
        shop.loyalty(
            &mut member,
            LoyaltyCommand::EarnOrder {
                order: order.id().clone(),
                lines: earn_lines,
                shipping: None,
                delivered_at,
                return_window_end: window_end,
            },
            placed + Duration::hours(1),
        )?;
        // a refunded claim takes back the points of what it refunded, as a return refund does
        for cmd in loyalty_commands_for_order_events(order.id(), &claim_events) {
            shop.loyalty(&mut member, cmd, placed + Duration::hours(2))?;
        }
        // a return for some delivered orders
        if let (Some(d), false) = (delivered_at, lost_any) {
            if rng.gen_bool(0.16) {
                let asked = d + Duration::days(rng.gen_range(1..40));
                let line_id = order.lines()[rng.gen_range(0..order.lines().len())].id().clone();
                let reason = REASONS[rng.gen_range(0..REASONS.len())];
                let mut method =
                    if rng.gen_bool(0.2) { RefundMethod::StoreCredit } else { RefundMethod::OriginalPayment };
                // every third customer whose item does not fit swaps it for another size (decided
                // without a draw, so the rest of the simulation is unchanged)
                let exchange = if reason == ReturnReason::DoesNotFit && c % 3 == 0 {
                    method = RefundMethod::Exchange;
                    let line = order.line(&line_id)?;
                    Some(ExchangeRequest {
                        sku: Sku::new(format!("{}-ALT", line.spec.sku))?,
                        price: line.spec.unit_price,
                        advance: false,
                        shipping: None,
                    })
                } else {
                    None
                };
                let req = ReturnRequest {
                    id: ReturnId::new("r1")?,
                    customer: customer.clone(),
                    lines: vec![RequestedLine { line: line_id.clone(), quantity: 1, reason }],
                    method,
                    exchange,
                };
                let ctx = EligibilityContext {
                    recent_returns: recent_returns.clone(),
                    tier: member.tier_benefits(&shop.programme),
                    delay_thresholds: None,
                };
                let meta = shop.meta(asked)?;
                let (report, events) = request_return(&order, &req, &shop.returns, &ctx, &meta)?;
                shop.commit(&mut order, events, &prefs, &mut sent)?;
                shop.stats.returns_requested += 1;
                *shop
                    .stats
                    .reasons
                    .entry(serde_json::to_string(&reason).unwrap_or_default().trim_matches('"').to_string())
                    .or_insert(0) += 1;
                recent_returns.push(asked);
                let rid = ReturnId::new("r1")?;
                let mut approved = report.outcome == Outcome::Allowed;
                match report.outcome {
                    Outcome::Denied => shop.stats.returns_denied += 1,
                    Outcome::NeedsReview => {
                        shop.stats.returns_review += 1;
                        // staff approve reviews after a day
                        shop.run(
                            &mut order,
                            OrderCommand::Return {
                                command: ReturnCommand::Approve { return_id: rid.clone(), override_reason: None },
                            },
                            asked + Duration::days(1),
                            &prefs,
                            &mut sent,
                        )?;
                        approved = true;
                    }
                    Outcome::Allowed => {}
                }
                if approved {
                    shop.stats.orders_with_returns += 1;
                    let lid = line_id.clone();
                    let recv = ReturnCommand::Receive {
                        return_id: rid.clone(),
                        items: vec![ReceivedItem {
                            line: lid.clone(),
                            quantity: 1,
                            condition: ItemCondition::Resellable,
                        }],
                    };
                    shop.run(
                        &mut order,
                        OrderCommand::Return { command: recv },
                        asked + Duration::days(5),
                        &prefs,
                        &mut sent,
                    )?;
                    let events = shop.run(
                        &mut order,
                        OrderCommand::Return {
                            command: ReturnCommand::Refund { return_id: rid.clone(), payment_order: vec![] },
                        },
                        asked + Duration::days(6),
                        &prefs,
                        &mut sent,
                    )?;
                    let case = order.return_case(&rid)?;
                    if let Some(b) = case.refund.clone().filter(|_| case.status != ReturnStatus::Exchanged) {
                        shop.stats.count_refund(&b);
                    }
                    // the library says what the refund takes back from the points
                    for cmd in loyalty_commands_for_order_events(order.id(), &events) {
                        shop.loyalty(&mut member, cmd, asked + Duration::days(6))?;
                    }
                }
            }
            // survey answers
            if rng.gen_bool(0.35) {
                let late = order
                    .shipments()
                    .values()
                    .any(|s| s.delivered_at.zip(s.spec.promised_by).is_some_and(|(d, p)| d > p));
                let returned = order.returns().len() > 0;
                let base: f64 = if late {
                    6.5
                } else if returned {
                    7.5
                } else {
                    8.6
                };
                let score = (base + rng.gen_range(-3.0..2.5f64)).round().clamp(0.0, 10.0);
                shop.stats.nps.add_scores(&[score])?;
                shop.stats.latest_nps.insert(u64::from(c), score as u8);
                let month = (d + Duration::days(3)).format("%Y-%m").to_string();
                shop.stats.nps_by_month.entry(month).or_default().add_scores(&[score])?;
            }
            // the CSAT question ("how satisfied were you with the delivery?") is its own answer
            if rng.gen_bool(0.25) {
                let late = order
                    .shipments()
                    .values()
                    .any(|s| s.delivered_at.zip(s.spec.promised_by).is_some_and(|(d, p)| d > p));
                let satisfied = if late { 0.55 } else { 0.88 };
                let csat: f64 = if rng.gen_bool(satisfied) {
                    if rng.gen_bool(0.6) { 5.0 } else { 4.0 }
                } else {
                    f64::from(rng.gen_range(1..=3u8))
                };
                shop.stats.csat.add_scores(&[csat])?;
            }
        }
        shop.consider_sample(&order, &member);
        let returned: Decimal = (order.returns().filter(|c| c.status != ReturnStatus::Exchanged))
            .filter_map(|c| c.refund.as_ref())
            .map(|b| b.total.amount())
            .sum();
        let units: u32 = order.lines().iter().map(|l| l.counts.ordered).sum();
        shop.stats.transactions.push(Transaction {
            customer: u64::from(c),
            at: placed,
            amount: total.amount(),
            returned,
            units,
            units_returned: 0,
        });
        shop.stats.baskets.push(basket);
        let next = (rng.gen_range(0.05..1.0f64).ln() * -(60.0 / rate)) as i64 + 3;
        day += if rng.gen_bool(dropout) { 365 } else { next };
        let now = at(day.min(365), 6);
        shop.loyalty(&mut member, LoyaltyCommand::ReleasePending, now)?;
        shop.loyalty(&mut member, LoyaltyCommand::Expire, now)?;
        shop.loyalty(&mut member, LoyaltyCommand::EvaluateTier, now)?;
        if member.balance() >= 500 && rng.gen_bool(0.5) && day < 365 {
            let redeem = LoyaltyCommand::Redeem {
                redemption: format!("rd{n}"),
                order: OrderId::new(format!("{customer}-{}", n + 1))?,
                order_total: Money::new(Decimal::new(5000, 2), Currency::from_code("EUR")?)?,
                points: 0,
                reward: Some("five-off".into()),
            };
            shop.loyalty(&mut member, redeem, now)?;
        }
    }
    let end = at(365, 0);
    shop.loyalty(&mut member, LoyaltyCommand::ReleasePending, end)?;
    shop.loyalty(&mut member, LoyaltyCommand::EvaluateTier, end)?;
    shop.stats.members += 1;
    *shop.stats.tiers.entry(member.tier().map(str::to_string).unwrap_or_else(|| "none".into())).or_insert(0) += 1;
    shop.stats.points_outstanding += member.balance() + member.pending();
    let recent = at(335, 0);
    sent.retain(|m| m.send_at >= recent);
    shop.stats.audience.push((prefs, sent));
    Ok(())
}

impl Shop {
    /// Keeps the first order of each kind a tracking page shows (on time, delayed, lost with a
    /// claim, returned, exchanged), with its events and the ledger up to the page's moment.
    fn consider_sample(&mut self, order: &Order, member: &Member) {
        let Some((kind, now)) = sample_moment(order) else { return };
        // the simulation writes one parcel's whole story before the next parcel's creation, so
        // a split order's events are not in time order; a page shows an order whose are
        let in_order = self.journal.windows(2).all(|w| w.first().map(|e| e.at) <= w.get(1).map(|e| e.at));
        if self.samples.contains_key(kind) || !in_order {
            return;
        }
        let events = self.journal.iter().filter(|e| e.at <= now).cloned().collect();
        let entries = member.entries().iter().filter(|e| e.at <= now).cloned().collect();
        let order_id = order.id().to_string();
        let mailed = (self.mailed.iter())
            .filter(|i| i.send_at <= now && i.payload.get("order") == Some(&order_id))
            .cloned()
            .collect();
        self.samples.insert(kind, Sample { now, events, entries, mailed });
    }
}

/// The kind of tracking page an order makes and the moment it shows: a claimed lost parcel an
/// hour after the claim; a refund or an exchange two hours after it was settled; a late parcel
/// two hours past its promise (before it arrives); an on-time single parcel two hours after its
/// first in-transit scan.
fn sample_moment(order: &Order) -> Option<(&'static str, DateTime<Utc>)> {
    let hours = Duration::hours;
    if let Some(c) = order.returns().find(|c| c.is_claim()) {
        return Some(("lost", c.requested_at + hours(1)));
    }
    let settled = |status: ReturnStatus| order.returns().find(|c| c.status == status);
    if let Some(c) = settled(ReturnStatus::Exchanged) {
        return Some(("exchanged", c.requested_at + Duration::days(6) + hours(2)));
    }
    if let Some(c) = settled(ReturnStatus::Refunded) {
        return Some(("returned", c.requested_at + Duration::days(6) + hours(2)));
    }
    let [s] = order.shipments().values().collect::<Vec<_>>()[..] else { return None };
    let (promised, delivered) = (s.spec.promised_by?, s.delivered_at?);
    // late against the promise, whether or not its carrier said so
    if delivered > promised + hours(2) {
        return Some(("delayed", promised + hours(2)));
    }
    let first_move = s.events.iter().filter(|e| e.status == TrackingStatus::InTransit).map(|e| e.occurred_at).min()?;
    (delivered <= promised && order.lines().len() > 1 && delivered > first_move + hours(2))
        .then(|| ("on-time", first_move + hours(2)))
}

/// The windows a promise model learnt from the shop's parcels up to `now` gives the order's
/// parcels still travelling (P90; none where the history supports no date).
fn arrival_windows(shop: &Shop, order: &Order, now: DateTime<Utc>) -> Result<Vec<customer::ArrivalWindow>> {
    let history: Vec<promise::Shipped> = shop.parcels.iter().map(|p| p.shipped.clone()).collect();
    let model = promise::PromiseModel::fit(&shop.calendar, &history, now)?;
    let zone = shop.zones.get(order.customer().as_str()).copied().unwrap_or("Europe/Berlin");
    let mut out = Vec::new();
    for s in order.shipments().values().filter(|s| !s.cancelled && s.delivered_at.is_none_or(|d| d > now)) {
        if s.created_at > now {
            continue;
        }
        let t = model.in_transit(&parcel_lane(&s.spec.carrier, zone), s.created_at, now, 0.9, None)?;
        let confidence = match t.confidence.code {
            promise::ConfidenceCode::High => customer::WindowConfidence::High,
            promise::ConfidenceCode::Medium => customer::WindowConfidence::Medium,
            promise::ConfidenceCode::Low => customer::WindowConfidence::Low,
            promise::ConfidenceCode::None => continue,
        };
        if let Some(likely) = t.likely {
            out.push(customer::ArrivalWindow { shipment: s.spec.id.to_string(), likely, latest: t.latest, confidence });
        }
    }
    Ok(out)
}

/// The promise model refitted on the first of each month as the shop knew its parcels then (a
/// parcel not yet handed over or delivered is censored), measured on the month's parcels against the
/// shop's promise per zone, with the warning at 18:00 the evening before the promised day.
fn promise_by_month(shop: &Shop) -> Result<Vec<(String, promise::AccuracyReport)>> {
    let options = promise::AccuracyOptions { percentile: 0.9, fixed_days: None, warn_at: 0.5 };
    // every parcel: a fit as of a date censors what came after it
    let history: Vec<promise::Shipped> = shop.parcels.iter().map(|p| p.shipped.clone()).collect();
    let mut out = Vec::new();
    for month in 3..=12u32 {
        let Some(from) = Utc.with_ymd_and_hms(2026, month, 1, 0, 0, 0).single() else { continue };
        let to = if month == 12 {
            Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).single()
        } else {
            Utc.with_ymd_and_hms(2026, month + 1, 1, 0, 0, 0).single()
        };
        let Some(to) = to else { continue };
        let test: Vec<promise::TestParcel> = shop
            .parcels
            .iter()
            .filter(|p| p.shipped.ordered_at >= from && p.shipped.ordered_at < to)
            .cloned()
            .collect();
        let known = shop.parcels.iter().filter(|p| p.shipped.ordered_at < from).count();
        if known < 50 || test.is_empty() {
            continue;
        }
        let model = promise::PromiseModel::fit(&shop.calendar, &history, from)?;
        out.push((from.format("%Y-%m").to_string(), model.accuracy(&test, options)?));
    }
    Ok(out)
}

/// The first bytes of a view file the storefront writes.
const VIEW_MARKER: &str = "{\"generator\":\"postpurchase storefront\"";

/// Writes each sampled order's tracking page in English and Italian, with the view it shows as
/// JSON beside it (for the Chromium check), into `dir`. Files there that the program did not
/// write are never replaced.
fn write_tracking_pages(shop: &Shop, dir: &Path) -> Result<Vec<PathBuf>, Fail> {
    let theme = tracking_page::Theme::from_json(&read("tracking_theme.json")?)?;
    std::fs::create_dir_all(dir).map_err(|e| Fail(format!("cannot create {}: {e}", dir.display())))?;
    // an earlier run's pages go (only files this program wrote), so none is left from another seed
    let listing = std::fs::read_dir(dir).map_err(|e| Fail(format!("cannot read {}: {e}", dir.display())))?;
    for entry in listing.flatten() {
        let path = entry.path();
        let ours = std::fs::read(&path)
            .is_ok_and(|b| b.starts_with(tracking_page::MARKER.as_bytes()) || b.starts_with(VIEW_MARKER.as_bytes()));
        if ours {
            std::fs::remove_file(&path).map_err(|e| Fail(format!("cannot replace {}: {e}", path.display())))?;
        }
    }
    let mut written = Vec::new();
    for (kind, sample) in &shop.samples {
        let order = Order::from_events(&sample.events)?;
        let member = Member::from_entries(order.customer().clone(), &sample.entries);
        let ctx = EligibilityContext::default();
        let thresholds = DelayThresholds::default();
        let arrivals = arrival_windows(shop, &order, sample.now)?;
        let sources = customer::Sources {
            order: &order,
            policy: &shop.returns,
            context: &ctx,
            loyalty: Some((&shop.programme, &member)),
            thresholds: &thresholds,
            arrivals: &arrivals,
            now: sample.now,
        };
        for lang in ["en-IE", "it-IT"] {
            let loc = customer::Localizer::new(lang)?;
            let view = customer::order_view(&sources, &loc)?;
            // each email as it read when it went out: the order and ledger as they were then
            let mut mails = Vec::new();
            for intent in &sample.mailed {
                let then = Order::from_events(
                    &sample.events.iter().filter(|e| e.at <= intent.send_at).cloned().collect::<Vec<_>>(),
                )?;
                let ledger: Vec<Entry> = sample.entries.iter().filter(|e| e.at <= intent.send_at).cloned().collect();
                let member_then = Member::from_entries(order.customer().clone(), &ledger);
                // an email shows what the order said then (no window learnt later)
                let at_send = customer::Sources {
                    order: &then,
                    loyalty: Some((&shop.programme, &member_then)),
                    arrivals: &[],
                    now: intent.send_at,
                    ..sources
                };
                let view_then = customer::order_view(&at_send, &loc)?;
                mails.push((intent.send_at, customer::compose(intent, Some(&view_then), &loc)?));
            }
            mails.sort_by_key(|(at, _)| *at);
            let summary =
                customer::return_policy_summary(&shop.returns, Some(&shop.programme), order.currency(), &loc)?;
            let html = tracking_page::page(&view, &summary, &mails, &theme, &loc)?;
            let messages: Vec<_> =
                mails.iter().map(|(at, m)| serde_json::json!({"sent_at": at, "message": m})).collect();
            let json = serde_json::json!({"generator": "postpurchase storefront", "kind": kind, "now": sample.now, "view": view, "messages": messages});
            let base = dir.join(format!("{kind}.{}", loc.language()));
            let page = base.with_extension(format!("{}.html", loc.language()));
            let data = base.with_extension(format!("{}.json", loc.language()));
            write_ours(&page, &html, tracking_page::MARKER)?;
            write_ours(&data, &json.to_string(), VIEW_MARKER)?;
            written.push(page);
        }
    }
    Ok(written)
}

/// Writes `text` to `path` unless a file there does not start with `marker` (not ours).
fn write_ours(path: &Path, text: &str, marker: &str) -> Result<(), Fail> {
    if path.exists() {
        let head = std::fs::read(path).map_err(|e| Fail(format!("cannot read {}: {e}", path.display())))?;
        if !head.starts_with(marker.as_bytes()) {
            return Err(Fail(format!(
                "{} exists and was not written by the storefront; refusing to overwrite it",
                path.display()
            )));
        }
    }
    std::fs::write(path, text).map_err(|e| Fail(format!("cannot write {}: {e}", path.display())))
}

/// Messages delivered, by (kind, channel).
type Deliveries = BTreeMap<(String, String), u64>;

/// Delivers every message due by the end of the follow-up period through the library's relay
/// (claims under a lease, settled a pass at a time, as a relay process would).
fn relay_all(store: &mut ShopStore, counts: &mut Deliveries) -> Result<()> {
    let end = at(FOLLOW_UP_DAYS, 0);
    let policy = RelayPolicy { lease: Duration::minutes(1), batch: 5000, ..RelayPolicy::default() };
    loop {
        let r = relay_claimed(store.outbox(), &mut CountingSink(counts), "storefront", end, &policy)?;
        if r.delivered + r.retried + r.dead_lettered == 0 {
            break;
        }
    }
    Ok(())
}

struct CountingSink<'a>(&'a mut Deliveries);

impl MessageSink for CountingSink<'_> {
    fn send(&mut self, m: &OutboxMessage) -> Result<()> {
        let (kind, channel) = m.topic.split_once('|').unwrap_or((m.topic.as_str(), ""));
        *self.0.entry((kind.to_string(), channel.to_lowercase())).or_insert(0) += 1;
        Ok(())
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(message)) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The PostgreSQL schema the storefront writes into.
const STOREFRONT_SCHEMA: &str = "storefront";

/// Opens the SQLite file at `db` for a run (checked and marked as the storefront's).
fn open_sqlite(a: &Args, db: &Path) -> Result<ShopStore, Fail> {
    let store = SqliteStore::open(db).map_err(|e| Fail(format!("cannot open database {}: {e}", db.display())))?;
    // the store creates its schema first (it refuses a database with tables of another
    // application); then one transaction marks the file as the storefront's (SQLite's application
    // id, in the header) with the run's record, so the next run recognises it and may replace it
    rusqlite::Connection::open(db)
        .and_then(|c| {
            c.execute_batch(&format!(
                "BEGIN;
                 PRAGMA application_id = {STOREFRONT_APP_ID};
                 CREATE TABLE {RUN_TABLE} (seed INTEGER NOT NULL, customers INTEGER NOT NULL);
                 INSERT INTO {RUN_TABLE} VALUES ({}, {});
                 COMMIT;",
                a.seed as i64, a.customers
            ))
        })
        .map_err(|e| Fail(format!("cannot write database {}: {e}", db.display())))?;
    store
        // a 256 MiB page cache keeps a batch's pages in memory until its commit, so each page
        // reaches the WAL once per batch instead of on every cache spill
        .execute_batch("PRAGMA cache_size = -262144; PRAGMA synchronous = NORMAL;")
        .map_err(|e| Fail(format!("cannot write database {}: {e}", db.display())))?;
    Ok(ShopStore::Sqlite(store))
}

/// Connects to PostgreSQL at `url` for a run, in the schema `storefront`: an earlier run there is
/// replaced only with --force.
fn open_postgres(a: &Args, url: &str) -> Result<ShopStore, Fail> {
    let fail = |e: Error| Fail(format!("cannot use PostgreSQL at {url}: {e}"));
    let store = PostgresStore::connect_in_schema(url, STOREFRONT_SCHEMA).map_err(fail)?;
    if !store.streams().map_err(fail)?.is_empty() {
        if !a.force {
            return Err(Fail(format!(
                "the schema {STOREFRONT_SCHEMA} at {url} holds an earlier storefront run; pass --force to replace it"
            )));
        }
        store.drop_schema().map_err(fail)?;
        return PostgresStore::connect_in_schema(url, STOREFRONT_SCHEMA).map(ShopStore::Postgres).map_err(fail);
    }
    Ok(ShopStore::Postgres(store))
}

fn run(a: &Args) -> Result<(), Fail> {
    let started = std::time::Instant::now();
    let url =
        a.db.as_ref()
            .and_then(|p| p.to_str())
            .filter(|s| s.starts_with("postgres://") || s.starts_with("postgresql://"));
    // the report and the tracking pages go beside the SQLite file, or to the default folder
    let db = match url {
        Some(_) => PathBuf::from(DEFAULT_DB),
        None => a.db.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_DB)),
    };
    let report_path = db.with_file_name("report.html");
    let store = match url {
        Some(url) => {
            let owned = PathBuf::from(DEFAULT_DB);
            prepare_outputs(&owned, &report_path, true, true)?;
            eprintln!("simulating {} customers over 2026 into PostgreSQL (schema {STOREFRONT_SCHEMA})", a.customers);
            open_postgres(a, url)?
        }
        None => {
            prepare_outputs(&db, &report_path, a.force || a.db.is_none(), a.db.is_none())?;
            eprintln!("simulating {} customers over 2026 into {}", a.customers, db.display());
            open_sqlite(a, &db)?
        }
    };
    let programme = Programme::from_json(&read("loyalty_programme.json")?)?;
    let mut shop = Shop {
        writer: Writer::start(store),
        returns: ReturnPolicy::from_json(&read("return_policy.json")?)?,
        programme,
        notify: NotifyPolicy::from_json(&read("notify_policy.json")?)?,
        stats: Stats::default(),
        key: 0,
        journal: Vec::new(),
        mailed: Vec::new(),
        samples: BTreeMap::new(),
        parcels: Vec::new(),
        calendar: shop_calendar()?,
        zones: BTreeMap::new(),
    };
    let simulated = simulate_all(&mut shop, a, started).and_then(|()| {
        let j = Journey::of_year(2026, &shop.stats.transactions, &shop.stats.baskets, &shop.stats.latest_nps)?;
        if let Ok(model) = &j.model {
            replenishment_campaign(&mut shop, model)?;
        }
        Ok(j)
    });
    let pages = match &simulated {
        Ok(_) => write_tracking_pages(&shop, &db.with_file_name("tracking"))?,
        Err(_) => Vec::new(),
    };
    if simulated.is_ok() {
        shop.stats.promise_months = promise_by_month(&shop)?;
    }
    let Shop { writer, mut stats, programme, .. } = shop;
    // the writer's own failure says more than "the writer stopped" seen by the simulation
    let store = match (simulated, writer.finish()) {
        (_, Err(e)) | (Err(e), Ok(_)) => return Err(e.into()),
        (Ok(j), Ok(store)) => (store, j),
    };
    let (store, journey) = store;
    let (mut store, mut counts) = store;
    relay_all(&mut store, &mut counts)?;
    let pending = store.pending_count()?;
    stats.messages = counts;
    let report = Report::new(&stats, &journey, &programme, a, pending)?;
    print!("{}", report.text());
    std::fs::write(&report_path, report.html())
        .map_err(|e| Fail(format!("cannot write {}: {e}", report_path.display())))?;
    match url {
        Some(url) => println!("wrote {} and the schema {STOREFRONT_SCHEMA} at {url}", report_path.display()),
        None => println!("wrote {} and {}", report_path.display(), db.display()),
    }
    if let Some(dir) = pages.first().and_then(|p| p.parent()) {
        println!("wrote {} tracking pages (en, it) in {}", pages.len(), dir.display());
    }
    eprintln!("done in {:.1}s", started.elapsed().as_secs_f64());
    Ok(())
}

/// Simulates every customer, a transaction per [`BATCH`] customers.
fn simulate_all(shop: &mut Shop, a: &Args, started: std::time::Instant) -> Result<()> {
    let mut rng = StdRng::seed_from_u64(a.seed);
    for c in 0..a.customers {
        if c % BATCH == 0 {
            shop.writer.send(Write::Begin)?;
        }
        simulate_customer(shop, &mut rng, c)?;
        if (c + 1) % BATCH == 0 || c + 1 == a.customers {
            shop.writer.send(Write::Commit)?;
        }
        if (c + 1) % 1000 == 0 || c + 1 == a.customers {
            eprintln!(
                "  {:>7}/{} customers, {} orders, {:.1}s",
                c + 1,
                a.customers,
                shop.stats.orders,
                started.elapsed().as_secs_f64()
            );
        }
    }
    Ok(())
}

/// Customers simulated per transaction.
const BATCH: u32 = 1000;

/// Days before the expected next purchase that a replenishment reminder goes out.
const REMINDER_LEAD_DAYS: u32 = 7;

/// The year-end replenishment campaign, on 2027-01-01: for every customer, the next purchase the
/// modified BG/NBD model fitted on the year expects (the median wait from their summary in weeks), and
/// for those expected in January, a reminder [`REMINDER_LEAD_DAYS`] before it, planned under
/// the notification policy's consent, quiet-hours and throttle rules into the outbox (one
/// transaction).
fn replenishment_campaign(shop: &mut Shop, model: &BetaGeo) -> Result<()> {
    let year_end = NaiveDate::from_ymd_opt(2026, 12, 31).ok_or_else(|| Error::new(ErrorKind::InvalidInput, "date"))?;
    let summary = customer_summary(&shop.stats.transactions, year_end, None, TimeUnit::Weeks)?;
    let mut last: BTreeMap<u64, DateTime<Utc>> = BTreeMap::new();
    for t in &shop.stats.transactions {
        let l = last.entry(t.customer).or_insert(t.at);
        *l = (*l).max(t.at);
    }
    let (now, until) = (at(365, 0), at(396, 0));
    let audience = std::mem::take(&mut shop.stats.audience);
    shop.writer.send(Write::Begin)?;
    for (i, c) in summary.customer.iter().enumerate() {
        let (Some((prefs, sent)), Some(last)) = (audience.get(*c as usize), last.get(c)) else { continue };
        let next = next_purchase(model, summary.frequency[i], summary.recency[i], summary.t[i], 4.0)?;
        let Some(signal) = replenishment_signal(&prefs.customer, *last, &next, 7.0, REMINDER_LEAD_DAYS, now)? else {
            continue;
        };
        if signal.occurred_at >= until {
            continue;
        }
        shop.stats.reminders += 1;
        let mut sent = sent.clone();
        let messages = shop.messages_for(&signal, prefs, &mut sent)?;
        shop.stats.reminder_messages += messages.len() as u64;
        shop.writer.append::<OrderEvent>(format!("customer-{}", prefs.customer), 0, &[], messages)?;
    }
    shop.stats.audience = audience;
    shop.writer.send(Write::Commit)
}

/// Days after 2026-01-01 until which follow-ups (returns, surveys, messages) are simulated.
const FOLLOW_UP_DAYS: i64 = 400;

/// The figures of the report, computed once and shown as text and as HTML.
struct Report<'a> {
    s: &'a Stats,
    journey: &'a Journey,
    tiers: Vec<(String, u64)>,
    /// `None` when nobody answered (a tiny run): the section says so.
    nps: Option<postpurchase::feedback::NpsResult>,
    csat: Option<postpurchase::feedback::CsatResult>,
    repeat_rate: f64,
    title: String,
    period: String,
    pending: u64,
}

fn pct(a: u64, b: u64) -> f64 {
    if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 }
}

fn share(a: Decimal, b: Decimal) -> Decimal {
    if b.is_zero() { Decimal::ZERO } else { (a / b * Decimal::ONE_HUNDRED).round_dp(1) }
}

fn month_label(key: &str) -> String {
    NaiveDate::parse_from_str(&format!("{key}-01"), "%Y-%m-%d")
        .map(|d| if d.year() == 2026 { d.format("%b").to_string() } else { d.format("%b %y").to_string() })
        .unwrap_or_else(|_| key.to_string())
}

impl<'a> Report<'a> {
    fn new(s: &'a Stats, journey: &'a Journey, programme: &Programme, a: &Args, pending: u64) -> Result<Self, Fail> {
        // tiers in the programme's order, members without a tier first
        let mut tiers = vec![("none".to_string(), s.tiers.get("none").copied().unwrap_or(0))];
        for level in &programme.tiers.levels {
            tiers.push((level.name.clone(), s.tiers.get(&level.name).copied().unwrap_or(0)));
        }
        let repeat_rate =
            if s.transactions.is_empty() { 0.0 } else { purchase_metrics(&s.transactions)?.repeat_purchase_rate };
        let csat = s.csat.result(0.95).ok();
        let last = at(FOLLOW_UP_DAYS, 0).format("%Y-%m-%d");
        Ok(Report {
            s,
            journey,
            tiers,
            nps: (s.nps.responses() > 0).then(|| s.nps.result(0.95)).transpose()?,
            csat,
            repeat_rate,
            title: format!("Post-purchase report: orders placed in 2026 (seed {}, {} customers)", a.seed, a.customers),
            period: format!(
                "orders placed 2026-01-01 to 2026-12-31; deliveries, returns, surveys and messages followed to {last}"
            ),
            pending,
        })
    }

    fn text(&self) -> String {
        let s = self.s;
        let mut out = String::new();
        out += &format!("\n=== {} ===\n{}\n", self.title, self.period);
        out += &format!(
            "orders {} · revenue {} EUR · shipments {} · repeat-purchase rate {:.1}%\n",
            s.orders,
            s.revenue.round_dp(2),
            s.shipments,
            100.0 * self.repeat_rate
        );
        out += &format!(
            "on-time rate {:.1}% · late {} · lost {} · late parcels flagged before the promise from the scans alone {} of {} ({} had a carrier delay scan) · false alarms on on-time parcels {}\n",
            pct(s.on_time, s.on_time + s.late + s.lost),
            s.late,
            s.lost,
            s.caught_early,
            s.late,
            s.warned,
            s.false_alarms
        );

        if !s.promise_months.is_empty() {
            let (mut n, mut late, mut ours, mut silent, mut carrier, mut on_time, mut alarms) = (0, 0, 0, 0, 0, 0, 0);
            let (mut err_model, mut err_shop) = (0.0, 0.0);
            for (_, r) in &s.promise_months {
                let w = r.warnings;
                n += r.parcels;
                late += w.late;
                ours += w.warned_only_by_us;
                silent += w.late - w.carrier_flagged_late;
                carrier += w.carrier_flagged_late;
                on_time += w.on_time;
                alarms += w.false_alarms;
                err_model += r.model.mae_days * r.parcels as f64;
                err_shop += r.fixed.unwrap_or(r.model).mae_days * r.parcels as f64;
            }
            let n_f = (n.max(1)) as f64;
            out += &format!(
                "delivery promise learnt from the shop's parcels (refitted monthly, Mar-Dec, {n} parcels): P50 error {:.2} business days against the shop's promise {:.2}; of {late} parcels late against the shop's promise, {ours} of the {silent} whose carrier stayed silent were warned the evening before (the carrier flagged {carrier}); false alarms {alarms} of {on_time} on time\n",
                err_model / n_f,
                err_shop / n_f,
            );
        }
        out += &format!(
            "returns requested {} ({:.1}% of orders) · denied {} · sent to review {}\n",
            s.returns_requested,
            pct(s.returns_requested, s.orders),
            s.returns_denied,
            s.returns_review
        );
        out += &format!(
            "refunded {} EUR ({}% of revenue): to original payment {} EUR, to store credit {} EUR; of which {} EUR by {} transit claims for lost parcels\n",
            s.refunded_value.round_dp(2),
            share(s.refunded_value, s.revenue),
            s.refunded_to_payment.round_dp(2),
            s.refunded_to_credit.round_dp(2),
            s.refunded_claims.round_dp(2),
            s.claims
        );
        out += &format!(
            "top return reasons: {}\n",
            self.reasons().iter().map(|(r, n)| format!("{r} {n}")).collect::<Vec<_>>().join(", ")
        );
        out += &format!(
            "loyalty members {} by tier: {} · points outstanding {}\n",
            s.members,
            self.tiers.iter().map(|(t, n)| format!("{t} {n}")).collect::<Vec<_>>().join(", "),
            s.points_outstanding
        );
        out += &match &self.nps {
            Some(n) => {
                format!("NPS {:.1} (95% {:.1} to {:.1}, n={})", n.score, n.interval.low, n.interval.high, n.responses)
            }
            None => "NPS: no answers".to_string(),
        };
        if self.csat.is_none() {
            out += " · delivery CSAT: no answers";
        }
        if let Some(c) = &self.csat {
            out += &format!(
                " · delivery CSAT {:.1}% satisfied (95% {:.1}% to {:.1}%, n={})",
                100.0 * c.score,
                100.0 * c.interval.low,
                100.0 * c.interval.high,
                c.responses
            );
        }
        out += "\n";
        let total_msgs: u64 = s.messages.values().sum();
        out += &format!(
            "messages delivered {total_msgs}, still pending in the outbox {}; by kind and channel:\n",
            self.pending
        );
        let mut kinds: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for ((k, ch), n) in &s.messages {
            kinds.entry(k.as_str()).or_default().push(format!("{ch} {n}"));
        }
        for (k, chans) in &kinds {
            out += &format!("  {k:<22} {}\n", chans.join(", "));
        }
        out += &self.journey_text();
        out
    }

    /// The journey section of the text report.
    fn journey_text(&self) -> String {
        let j = self.journey;
        let mut out = String::from(
            "customer journey: stage at each month end (by each customer's own rhythm; advocates at the year end only):\n",
        );
        out += &format!("  {:<22}{}\n", "", j.month_labels().iter().map(|m| format!("{m:>6}")).collect::<String>());
        for (stage, counts) in &j.stages_by_month {
            let row: String = counts.iter().map(|n| format!("{n:>6}")).collect();
            out += &format!("  {:<22}{row}\n", journey::stage_name(*stage));
        }
        out += "moves into each month end (from the month end before):\n";
        for (m, counts) in &j.moves_by_month {
            let row: String = counts.iter().map(|n| format!("{n:>6}")).collect();
            out += &format!("  {:<22}{row}\n", journey::move_name(*m));
        }
        out += &format!(
            "stages at the year end, with {} and the latest NPS answer: {}\n",
            j.model_note(),
            j.year_end.iter().map(|(s, n)| format!("{} {n}", journey::stage_name(*s))).collect::<Vec<_>>().join(", ")
        );
        out += "RFM segments at the year end, by revenue (customers, revenue EUR):\n";
        for seg in j.segments_by_revenue() {
            out +=
                &format!("  {:<22}{:>6} {:>12.2}\n", journey::segment_name(seg.segment), seg.customers, seg.monetary);
        }
        let delivered: u64 =
            self.s.messages.iter().filter(|((k, _), _)| k == "replenishment_reminder").map(|(_, n)| n).sum();
        if j.model.is_ok() {
            out += &format!(
                "replenishment reminders for purchases expected in January 2027: {} customers, {} messages planned, {} delivered\n",
                self.s.reminders, self.s.reminder_messages, delivered
            );
        } else {
            out += "replenishment reminders: none (no model to time them)\n";
        }
        let h = &j.hit_rate;
        out += &format!(
            "recommender hit rate at {} on {} held-out last orders with something new: {:.3} (most popular: {:.3}); learnt from {} orders\n",
            journey::HIT_K,
            h.customers,
            h.rate,
            h.popular_rate,
            j.training_orders
        );
        out
    }

    /// The journey section of the HTML report: stages by month, moves, year-end stages, segments.
    fn journey_html(&self) -> Vec<String> {
        let j = self.journey;
        let colours = ["#7fb3e6", "#3a8f4a", "#9b59b6", "#e09a2b", "#c0392b"];
        let series: Vec<Series> = j
            .stages_by_month
            .iter()
            .zip(colours)
            .map(|((stage, counts), colour)| Series {
                name: journey::stage_name(*stage),
                colour: colour.into(),
                values: counts.iter().map(|n| *n as f64).collect(),
            })
            .collect();
        let months = j.month_labels();
        let mut parts = vec![report_html::stacked_chart(
            "stages",
            "Customers by lifecycle stage at each month end",
            "customers, judged by each customer's own rhythm between purchases (advocates at the year end only)",
            &months,
            &series,
        )];
        let mut header = vec!["move"];
        header.extend(months.iter().map(String::as_str));
        let rows: Vec<Vec<String>> = j
            .moves_by_month
            .iter()
            .map(|(m, counts)| {
                std::iter::once(journey::move_name(*m)).chain(counts.iter().map(u64::to_string)).collect()
            })
            .collect();
        parts.push(report_html::table(
            "moves",
            "Moves between stages",
            "customers who moved into each month end from the month end before",
            &header,
            &rows,
        ));
        let year_end: Vec<(String, f64)> =
            j.year_end.iter().map(|(s, n)| (journey::stage_name(*s), *n as f64)).collect();
        parts.push(report_html::bar_chart(
            "year-end-stages",
            "Stages at the year end",
            &format!("customers, judged with {} and the latest NPS answer", j.model_note()),
            &year_end,
            &|v| format!("{v:.0}"),
        ));
        let total: f64 = j.segments.iter().map(|s| s.monetary).sum();
        let rows: Vec<Vec<String>> = j
            .segments_by_revenue()
            .iter()
            .map(|s| {
                vec![
                    journey::segment_name(s.segment),
                    s.customers.to_string(),
                    format!("{:.2}", s.monetary),
                    format!("{:.1}%", if total > 0.0 { 100.0 * s.monetary / total } else { 0.0 }),
                ]
            })
            .collect();
        parts.push(report_html::table(
            "segments",
            "RFM segments at the year end",
            "quintile scores of days since the last order, orders and spend",
            &["segment", "customers", "revenue EUR", "share"],
            &rows,
        ));
        parts
    }

    /// The delivery-promise table's rows.
    fn promise_rows(&self) -> Vec<Vec<String>> {
        (self.s.promise_months.iter())
            .map(|(month, r)| {
                let w = r.warnings;
                let fixed = r.fixed.unwrap_or(r.model);
                vec![
                    month_label(month),
                    r.parcels.to_string(),
                    format!("{:.2} / {:.2}", r.model.mae_days, fixed.mae_days),
                    format!(
                        "{:.1}% / {:.1}%",
                        100.0 * r.model.on_or_before_promise,
                        100.0 * fixed.on_or_before_promise
                    ),
                    w.late.to_string(),
                    format!("{} of {}", w.warned_only_by_us, w.late - w.carrier_flagged_late),
                    w.carrier_flagged_late.to_string(),
                    format!("{} of {} ({:.1}%)", w.false_alarms, w.on_time, pct(w.false_alarms, w.on_time)),
                ]
            })
            .collect()
    }

    fn reasons(&self) -> Vec<(String, u64)> {
        let mut reasons: Vec<(String, u64)> = self.s.reasons.iter().map(|(r, n)| (r.clone(), *n)).collect();
        reasons.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        reasons
    }

    fn html(&self) -> String {
        let s = self.s;
        let money = |d: Decimal| format!("{} EUR", d.round_dp(2));
        let mut parts = vec![format!("<p>{}</p>", report_html::escape(&self.period))];
        let figure = |label: &str, value: String, note: String| KeyFigure { label: label.into(), value, note };
        let mut keys = vec![
            figure("Orders", s.orders.to_string(), format!("{} shipments", s.shipments)),
            figure("Revenue", money(s.revenue), String::new()),
            figure("Return rate", format!("{:.1}%", pct(s.returns_requested, s.orders)), "of orders".into()),
            figure(
                "Refund share",
                format!("{}%", share(s.refunded_value, s.revenue)),
                "of revenue, incl. claims".into(),
            ),
            figure(
                "On-time rate",
                format!("{:.1}%", pct(s.on_time, s.on_time + s.late + s.lost)),
                format!("{} late, {} lost", s.late, s.lost),
            ),
            match &self.nps {
                Some(n) => figure(
                    "NPS",
                    format!("{:.1}", n.score),
                    format!("95% {:.1} to {:.1}, n={}", n.interval.low, n.interval.high, n.responses),
                ),
                None => figure("NPS", "–".into(), "no answers".into()),
            },
            figure(
                "Repeat-purchase rate",
                format!("{:.1}%", 100.0 * self.repeat_rate),
                "customers with 2+ orders".into(),
            ),
        ];
        if let Some(c) = &self.csat {
            keys.push(figure(
                "Delivery CSAT",
                format!("{:.1}%", 100.0 * c.score),
                format!("satisfied, n={}", c.responses),
            ));
        }
        let h = &self.journey.hit_rate;
        keys.push(figure(
            &format!("Recommender hit rate at {}", journey::HIT_K),
            format!("{:.1}%", 100.0 * h.rate),
            format!("most popular {:.1}%, {} held-out orders", 100.0 * h.popular_rate, h.customers),
        ));
        keys.push(figure(
            "Replenishment reminders",
            self.s.reminders.to_string(),
            format!("{} messages planned for January", self.s.reminder_messages),
        ));
        parts.push(report_html::key_figures(&keys));
        let monthly: Vec<BandPoint> = s
            .nps_by_month
            .iter()
            .filter_map(|(m, n)| {
                n.result(0.95).ok().map(|r| BandPoint {
                    label: month_label(m),
                    value: r.score,
                    low: r.interval.low,
                    high: r.interval.high,
                })
            })
            .collect();
        parts.push(report_html::band_chart(
            "nps",
            "Monthly NPS with its 95% interval",
            "NPS (−100 to 100), by month of the answer",
            &monthly,
        ));
        let months: Vec<String> = s.delivery_by_month.keys().map(|m| month_label(m)).collect();
        let series = |i: usize, name: &str, colour: &str| Series {
            name: name.into(),
            colour: colour.into(),
            values: s.delivery_by_month.values().map(|c| c[i] as f64).collect(),
        };
        parts.push(report_html::stacked_chart(
            "delivery",
            "Parcels on time, late and lost",
            "parcels, by month of the promised date",
            &months,
            &[series(0, "on time", "#3a8f4a"), series(1, "late", "#e09a2b"), series(2, "lost", "#c0392b")],
        ));
        let count = |v: f64| format!("{v:.0}");
        let reasons: Vec<(String, f64)> = self.reasons().into_iter().map(|(r, n)| (r, n as f64)).collect();
        parts.push(report_html::bar_chart("reasons", "Returns by reason", "return requests", &reasons, &count));
        let refunds = vec![
            ("original payment".to_string(), (s.refunded_to_payment).round_dp(2).to_string().parse().unwrap_or(0.0)),
            ("store credit".to_string(), s.refunded_to_credit.round_dp(2).to_string().parse().unwrap_or(0.0)),
            ("of which transit claims".to_string(), s.refunded_claims.round_dp(2).to_string().parse().unwrap_or(0.0)),
        ];
        parts
            .push(report_html::bar_chart("refunds", "Refunds by destination", "EUR", &refunds, &|v| format!("{v:.2}")));
        let tiers: Vec<(String, f64)> = self.tiers.iter().map(|(t, n)| (t.clone(), *n as f64)).collect();
        parts.push(report_html::bar_chart(
            "tiers",
            "Loyalty members by tier",
            "members, in programme order",
            &tiers,
            &count,
        ));
        let messages: Vec<(String, f64)> =
            s.messages.iter().map(|((k, ch), n)| (format!("{k} · {ch}"), *n as f64)).collect();
        parts.push(report_html::bar_chart(
            "messages",
            "Messages by kind and channel",
            "messages delivered",
            &messages,
            &count,
        ));
        parts.extend(self.journey_html());
        if !s.promise_months.is_empty() {
            parts.push(report_html::table(
                "promise",
                "Delivery promise learnt from the shop's parcels, beside its own promise",
                "refitted on the first of each month, measured on the month's parcels; days are business days; the warning goes out at 18:00 the evening before the promised day at a late risk of 0.5",
                &[
                    "month",
                    "parcels",
                    "P50 error, learnt / shop",
                    "by the promised date, learnt P90 / shop",
                    "late (shop's promise)",
                    "warned, carrier silent",
                    "carrier flagged",
                    "false alarms",
                ],
                &self.promise_rows(),
            ));
        }
        parts.push(format!("<h2>The report as text</h2><pre>{}</pre>", report_html::escape(&self.text())));
        report_html::page(&self.title, &parts)
    }
}
