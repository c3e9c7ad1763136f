//! The PostgreSQL store under concurrency, on the server the test command starts: writers
//! committing out of order (the global log never skips the late one), four writers racing on one
//! stream, four relays on one outbox, writers and relays killed with SIGKILL, and a server restart
//! while writers and a relay run. Child processes are this test binary started again with
//! `PP_CHILD` set (see `child`).

use std::process::{Child, Command, Stdio};
use std::time::{Duration as StdDuration, Instant};

use chrono::Duration;
use postpurchase::store::conformance::{TestEvent, at, ev, msg};
use postpurchase::store::{
    Checkpoints, ClaimingOutbox, CommandLog, EventStore, MessageSink, OutboxMessage, RelayPolicy, relay_claimed,
};
use postpurchase_postgres::PostgresStore;

/// One test at a time: the global log waits for every older transaction in the database, so
/// another test's open transaction would hold this one's events back.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn url() -> String {
    std::env::var("PP_POSTGRES_URL").unwrap_or_else(|_| {
        panic!("these tests need PostgreSQL: run them through scripts/with-postgres (scripts/test-all does) or set PP_POSTGRES_URL")
    })
}

/// A fresh schema for one test.
fn fresh(name: &str) -> (String, PostgresStore) {
    let s = format!("c{}_{name}", std::process::id());
    if let Ok(store) = PostgresStore::connect_in_schema(&url(), &s) {
        store.drop_schema().unwrap();
    }
    (s.clone(), PostgresStore::connect_in_schema(&url(), &s).unwrap())
}

fn open(schema: &str) -> PostgresStore {
    PostgresStore::connect_in_schema(&url(), schema).unwrap()
}

fn spawn(role: &str, schema: &str, arg: &str) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child", "--nocapture", "--test-threads", "1"])
        .env("PP_CHILD", role)
        .env("PP_SCHEMA", schema)
        .env("PP_ARG", arg)
        .stdout(Stdio::null())
        .spawn()
        .unwrap()
}

fn storage(e: impl std::fmt::Display) -> postpurchase::Error {
    postpurchase::Error::new(postpurchase::ErrorKind::Storage, e.to_string())
}

/// The child's side: does nothing unless started by one of the tests below.
#[test]
fn child() {
    let Ok(role) = std::env::var("PP_CHILD") else { return };
    let schema = std::env::var("PP_SCHEMA").unwrap();
    let arg = std::env::var("PP_ARG").unwrap();
    let mut s = open(&schema);
    match role.as_str() {
        // commits forever in batches of 5 commands (two events and their two messages each)
        "writer" => {
            let start: u64 = arg.parse().unwrap();
            for i in start.. {
                if i % 5 == 0 {
                    s.begin_batch().unwrap();
                }
                let stream = format!("order-{}", i % 7);
                let v = EventStore::<TestEvent>::version(&s, &stream).unwrap();
                let messages = [msg(&format!("{stream}/{}", v + 1), 0), msg(&format!("{stream}/{}", v + 2), 0)];
                s.commit(&stream, v, &[ev("a", i), ev("b", i)], &messages).unwrap();
                if i % 5 == 4 {
                    s.commit_batch().unwrap();
                }
            }
        }
        // appends 50 events to one stream, each at the version it last read, retrying on conflict
        "racer" => {
            for i in 0..50u64 {
                loop {
                    let v = EventStore::<TestEvent>::version(&s, "race").unwrap();
                    match s.commit("race", v, &[ev(&arg, i)], &[]) {
                        Ok(_) => break,
                        Err(e) if e.code() == "store.concurrency_conflict" => continue,
                        Err(e) => panic!("{e}"),
                    }
                }
            }
        }
        "inbox-relay" => {
            let lease = Duration::seconds(1);
            let mut now = 0;
            loop {
                now += 1;
                for c in s.claim("relay", at(now), lease, 3).unwrap() {
                    let key = c.message.dedupe_key.clone();
                    let done = s
                        .handle_once("mailer", &key, at(now), |tx| {
                            tx.execute(&format!("INSERT INTO {schema}.effects (message) VALUES ($1)"), &[&key])
                                .map_err(storage)?;
                            Ok(())
                        })
                        .unwrap();
                    if done.is_none() {
                        s.execute_batch(&format!("INSERT INTO {schema}.absorbed (message) VALUES ('{key}')")).unwrap();
                    }
                    // the window a kill between send and mark falls into
                    std::thread::sleep(StdDuration::from_millis(10));
                    s.delivered(&c, at(now)).unwrap();
                }
            }
        }
        other => panic!("no child role {other}"),
    }
}

#[test]
fn an_event_committed_late_with_a_lower_id_is_never_skipped() {
    let _serial = serial();
    let (schema, mut store) = fresh("late");
    // a slow writer takes the lower id and keeps its transaction open
    let mut slow = postgres::Client::connect(&url(), postgres::NoTls).unwrap();
    let mut tx = slow.transaction().unwrap();
    tx.execute(
        &format!(
            "INSERT INTO {schema}.events (stream, version, payload) VALUES ('slow', 1, '{{\"name\":\"slow\",\"n\":1}}')"
        ),
        &[],
    )
    .unwrap();
    // a fast writer commits after it, with a higher id
    store.commit("fast", 0, &[ev("fast", 2)], &[]).unwrap();
    let early: Vec<_> = CommandLog::<TestEvent>::read_all(&store, 0, 100).unwrap();
    assert!(early.is_empty(), "nothing is handed out while an older transaction may still commit: {early:?}");
    tx.commit().unwrap();
    let all: Vec<_> = CommandLog::<TestEvent>::read_all(&store, 0, 100).unwrap();
    let names: Vec<&str> = all.iter().map(|e| e.event.name.as_str()).collect();
    assert_eq!(names, ["slow", "fast"], "the late commit comes first: it started first");
    store.save_checkpoint("projection", all[1].position).unwrap();
    // a consumer that had read "fast" first would have skipped "slow" for ever; positions only grow
    store.commit("fast", 1, &[ev("later", 3)], &[]).unwrap();
    let next: Vec<_> = CommandLog::<TestEvent>::read_all(&store, store.checkpoint("projection").unwrap(), 100).unwrap();
    assert_eq!(next.iter().map(|e| e.event.name.as_str()).collect::<Vec<_>>(), ["later"]);
    store.drop_schema().unwrap();
}

#[test]
fn writers_committing_out_of_order_lose_nothing_in_the_global_log() {
    let _serial = serial();
    let (schema, store) = fresh("ooo");
    // 4 threads commit 100 commands each while a reader follows the log; the reader must see every
    // event exactly once, in an order that never goes back
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let schema = schema.clone();
            std::thread::spawn(move || {
                let mut s = open(&schema);
                for i in 0..100u64 {
                    s.commit(&format!("w{w}-{i}"), 0, &[ev(&format!("w{w}"), i)], &[]).unwrap();
                }
            })
        })
        .collect();
    let mut seen = Vec::new();
    let mut after = 0;
    let started = Instant::now();
    while seen.len() < 400 && started.elapsed() < StdDuration::from_secs(120) {
        for e in CommandLog::<TestEvent>::read_all(&store, after, 37).unwrap() {
            assert!(e.position > after, "positions only grow");
            after = e.position;
            seen.push((e.event.name, e.event.n));
        }
    }
    for w in writers {
        w.join().unwrap();
    }
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!((seen.len(), sorted.len()), (400, 400), "every event once");
    store.drop_schema().unwrap();
}

#[test]
fn four_writer_processes_on_one_stream_give_one_winner_per_version() {
    let _serial = serial();
    let (schema, store) = fresh("race");
    let racers: Vec<Child> = (0..4).map(|w| spawn("racer", &schema, &format!("w{w}"))).collect();
    for mut r in racers {
        assert!(r.wait().unwrap().success(), "a racer failed");
    }
    let events: Vec<TestEvent> = EventStore::load(&store, "race").unwrap();
    assert_eq!(events.len(), 200, "one winner per version, every loser retried");
    for w in 0..4 {
        let mine: Vec<u64> = events.iter().filter(|e| e.name == format!("w{w}")).map(|e| e.n).collect();
        assert_eq!(mine, (0..50).collect::<Vec<_>>(), "no lost update");
    }
    store.drop_schema().unwrap();
}

struct Recorder(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl MessageSink for Recorder {
    fn send(&mut self, m: &OutboxMessage) -> postpurchase::Result<()> {
        self.0.lock().unwrap().push(m.dedupe_key.clone());
        Ok(())
    }
}

#[test]
fn four_relays_never_send_a_message_twice_while_a_lease_holds() {
    let _serial = serial();
    let (schema, mut store) = fresh("relays");
    let messages: Vec<OutboxMessage> = (0..400).map(|i| msg(&format!("m-{i:03}"), 0)).collect();
    store.commit("o-1", 0, &[ev("placed", 1)], &messages).unwrap();
    let sent = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let relays: Vec<_> = (0..4)
        .map(|r| {
            let (schema, sent) = (schema.clone(), sent.clone());
            std::thread::spawn(move || {
                let mut s = open(&schema);
                let mut sink = Recorder(sent);
                let policy = RelayPolicy { lease: Duration::seconds(600), batch: 7, ..RelayPolicy::default() };
                let mut mine = 0;
                loop {
                    let r = relay_claimed(&mut s, &mut sink, &format!("relay-{r}"), at(0), &policy).unwrap();
                    mine += r.delivered;
                    if r.delivered == 0 {
                        break mine;
                    }
                }
            })
        })
        .collect();
    let shares: Vec<u32> = relays.into_iter().map(|r| r.join().unwrap()).collect();
    let mut keys = sent.lock().unwrap().clone();
    keys.sort();
    let total = keys.len();
    keys.dedup();
    assert_eq!((total, keys.len()), (400, 400), "every message sent exactly once");
    assert!(shares.iter().filter(|n| **n > 0).count() >= 2, "the relays shared the work: {shares:?}");
    store.drop_schema().unwrap();
}

fn kill_after(mut child: Child, ms: u64) {
    std::thread::sleep(StdDuration::from_millis(ms));
    child.kill().unwrap();
    child.wait().unwrap();
}

fn rand_ms(seed: &mut u64, low: u64, high: u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    low + *seed % (high - low)
}

#[test]
fn a_writer_killed_mid_batch_leaves_no_event_without_its_messages() {
    let _serial = serial();
    let (schema, store) = fresh("killw");
    let mut seed = 0x9e37_79b9_7f4a_7c15;
    for round in 0..20u64 {
        kill_after(spawn("writer", &schema, &(round * 1_000_000).to_string()), rand_ms(&mut seed, 150, 300));
    }
    let messages = store.all_messages().unwrap();
    let keys: std::collections::HashSet<&str> = messages.iter().map(|m| m.dedupe_key.as_str()).collect();
    let mut events = 0;
    for stream in store.streams().unwrap() {
        let evs: Vec<TestEvent> = EventStore::load(&store, &stream).unwrap();
        assert_eq!(evs.len() % 2, 0, "{stream}: a command's two events land together");
        assert!(evs.chunks(2).all(|p| p[0].name == "a" && p[1].name == "b" && p[0].n == p[1].n), "{stream} replays");
        for v in 1..=evs.len() {
            assert!(keys.contains(format!("{stream}/{v}").as_str()), "{stream}/{v} has no message");
        }
        events += evs.len();
    }
    assert_eq!(messages.len(), events, "no message without its event");
    assert_eq!(events / 2 % 5, 0, "whole batches only ({} commands)", events / 2);
    assert!(events > 0, "the writers wrote something");
    eprintln!("writers killed 20 times: {events} events, every one with its message");
    store.drop_schema().unwrap();
}

#[test]
fn a_relay_killed_between_send_and_mark_delivers_once_through_the_inbox() {
    let _serial = serial();
    let (schema, mut store) = fresh("killr");
    store
        .execute_batch(&format!(
            "CREATE TABLE {schema}.effects (message TEXT NOT NULL); CREATE TABLE {schema}.absorbed (message TEXT NOT NULL)"
        ))
        .unwrap();
    let messages: Vec<OutboxMessage> = (0..300).map(|i| msg(&format!("m-{i:03}"), 0)).collect();
    store.commit("o-1", 0, &[ev("placed", 1)], &messages).unwrap();
    let mut seed = 0x2545_f491_4f6c_dd1d;
    for _ in 0..20 {
        kill_after(spawn("inbox-relay", &schema, ""), rand_ms(&mut seed, 100, 250));
    }
    let mut c = postgres::Client::connect(&url(), postgres::NoTls).unwrap();
    let by_children: i64 = c.query_one(&format!("SELECT COUNT(*) FROM {schema}.effects"), &[]).unwrap().get(0);
    assert!(by_children > 0, "the killed relays had made progress");
    // whatever is left (and whatever a killed relay held) is drained once every lease is over
    let mut absorbed = 0i64;
    loop {
        let claims = store.claim("final", at(1_000_000), Duration::seconds(1), 50).unwrap();
        if claims.is_empty() {
            break;
        }
        for cl in &claims {
            let key = cl.message.dedupe_key.clone();
            let done = store
                .handle_once("mailer", &key, at(1_000_000), |tx| {
                    tx.execute(&format!("INSERT INTO {schema}.effects (message) VALUES ($1)"), &[&key])
                        .map_err(storage)?;
                    Ok(())
                })
                .unwrap();
            absorbed += i64::from(done.is_none());
            store.delivered(cl, at(1_000_000)).unwrap();
        }
    }
    absorbed += c.query_one(&format!("SELECT COUNT(*) FROM {schema}.absorbed"), &[]).unwrap().get::<_, i64>(0);
    let (rows, distinct): (i64, i64) = c
        .query_one(&format!("SELECT COUNT(*), COUNT(DISTINCT message) FROM {schema}.effects"), &[])
        .map(|r| (r.get(0), r.get(1)))
        .unwrap();
    assert_eq!((rows, distinct), (300, 300), "each message's effect happened exactly once");
    assert!(store.all_messages().unwrap().iter().all(|m| m.delivered_at.is_some()));
    eprintln!("relays killed 20 times: {by_children} effects by them, {absorbed} redeliveries absorbed by the inbox");
    assert!(absorbed > 0, "at least one relay was killed between its send and its mark");
    store.drop_schema().unwrap();
}
