//! Several processes on one SQLite file: writers racing on one stream, relays draining one
//! outbox, and writers and relays killed with SIGKILL in the middle of their work. The children
//! are this test binary started again with `PP_CHILD` set (see `child`).

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration as StdDuration, Instant};

use chrono::Duration;
use postpurchase::store::conformance::{TestEvent, at, ev, msg};
use postpurchase::store::{
    ClaimingOutbox, CommandLog, EventStore, MessageSink, OutboxMessage, RelayPolicy, relay_claimed,
};
use postpurchase_sqlite::SqliteStore;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pp-sqlite-proc-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("store.db")
}

/// Starts this test binary as a child running `role` on `db`.
fn spawn(role: &str, db: &Path, arg: &str) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child", "--nocapture", "--test-threads", "1"])
        .env("PP_CHILD", role)
        .env("PP_DB", db)
        .env("PP_ARG", arg)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

fn wait_all(children: Vec<Child>) {
    for mut c in children {
        assert!(c.wait().unwrap().success(), "a child failed");
    }
}

/// The child's side: does nothing unless started by one of the tests below.
#[test]
fn child() {
    let Ok(role) = std::env::var("PP_CHILD") else { return };
    let db = PathBuf::from(std::env::var("PP_DB").unwrap());
    let arg = std::env::var("PP_ARG").unwrap();
    let mut s = SqliteStore::open(&db).unwrap();
    match role.as_str() {
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
        // drains the outbox, recording every send in its own file
        "relay" => {
            let mut sink = FileSink(std::fs::OpenOptions::new().create(true).append(true).open(&arg).unwrap());
            let policy = RelayPolicy { lease: Duration::seconds(600), batch: 5, ..RelayPolicy::default() };
            loop {
                let r = relay_claimed(&mut s, &mut sink, &arg, at(0), &policy).unwrap();
                if r.delivered == 0 && r.retried == 0 {
                    break;
                }
            }
        }
        // commits forever in batches of 5 commands: each command is two events on its stream and
        // one message per event
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
        // relays forever with a short lease; the "send" is an effect through the inbox
        "inbox-relay" => {
            let policy = RelayPolicy { lease: Duration::seconds(1), batch: 3, ..RelayPolicy::default() };
            let mut now = 0;
            loop {
                now += 1;
                let claims = s.claim("relay", at(now), policy.lease, policy.batch).unwrap();
                for c in &claims {
                    let key = c.message.dedupe_key.clone();
                    let done = s
                        .handle_once("mailer", &key, at(now), |tx| {
                            tx.execute("INSERT INTO effects (message) VALUES (?1)", [&key]).map_err(|e| {
                                postpurchase::Error::new(postpurchase::ErrorKind::Storage, e.to_string())
                            })?;
                            Ok(())
                        })
                        .unwrap();
                    if done.is_none() {
                        // a message a killed relay had sent but not marked: the inbox absorbed it
                        s.execute_batch(&format!("INSERT INTO absorbed (message) VALUES ('{key}')")).unwrap();
                    }
                    // the window a kill between send and mark falls into
                    std::thread::sleep(StdDuration::from_millis(10));
                    s.delivered(c, at(now)).unwrap();
                }
            }
        }
        other => panic!("no child role {other}"),
    }
}

struct FileSink(std::fs::File);

impl MessageSink for FileSink {
    fn send(&mut self, m: &OutboxMessage) -> postpurchase::Result<()> {
        use std::io::Write;
        // a gateway takes its time: the relays overlap and share the work
        std::thread::sleep(StdDuration::from_millis(1));
        writeln!(self.0, "{}", m.dedupe_key)
            .map_err(|e| postpurchase::Error::new(postpurchase::ErrorKind::Storage, e.to_string()))
    }
}

#[test]
fn four_writers_on_one_stream_lose_nothing() {
    let db = temp("race");
    drop(SqliteStore::open(&db).unwrap());
    wait_all((0..4).map(|p| spawn("racer", &db, &format!("p{p}"))).collect());
    let s = SqliteStore::open(&db).unwrap();
    let events: Vec<TestEvent> = EventStore::load(&s, "race").unwrap();
    assert_eq!(events.len(), 200, "one winner per version, every loser retried");
    for p in 0..4 {
        let mine: Vec<u64> = events.iter().filter(|e| e.name == format!("p{p}")).map(|e| e.n).collect();
        assert_eq!(mine, (0..50).collect::<Vec<_>>(), "each writer's events once, in its order");
    }
}

#[test]
fn four_relays_never_send_a_message_twice_while_a_lease_holds() {
    let db = temp("relays");
    let mut s = SqliteStore::open(&db).unwrap();
    let messages: Vec<OutboxMessage> = (0..200).map(|i| msg(&format!("m-{i:03}"), 0)).collect();
    s.commit("o-1", 0, &[ev("placed", 1)], &messages).unwrap();
    let files: Vec<PathBuf> = (0..4).map(|r| db.with_file_name(format!("sent-{r}.txt"))).collect();
    wait_all(files.iter().map(|f| spawn("relay", &db, f.to_str().unwrap())).collect());
    let mut sent: Vec<String> = files
        .iter()
        .flat_map(|f| std::fs::read_to_string(f).unwrap_or_default().lines().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    let busy = files.iter().filter(|f| std::fs::metadata(f).map(|m| m.len() > 0).unwrap_or(false)).count();
    sent.sort();
    let total = sent.len();
    sent.dedup();
    assert_eq!((total, sent.len()), (200, 200), "every message sent exactly once");
    assert!(busy >= 2, "the relays shared the work ({busy} of 4 sent something)");
    assert_eq!(s.pending_count().unwrap(), 0);
}

/// Kills a child at a random moment after it started working.
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
    let db = temp("kill-writer");
    drop(SqliteStore::open(&db).unwrap());
    let mut seed = 0x9e37_79b9_7f4a_7c15;
    let started = Instant::now();
    for round in 0..20u64 {
        kill_after(spawn("writer", &db, &(round * 1_000_000).to_string()), rand_ms(&mut seed, 60, 160));
        // a batch is whole or absent: the commands land 5 at a time
        let s = SqliteStore::open(&db).unwrap();
        let commands = s.pending_count().unwrap() / 2;
        assert_eq!(commands % 5, 0, "round {round}: {commands} commands, not whole batches");
    }
    let s = SqliteStore::open(&db).unwrap();
    s.execute_batch("PRAGMA integrity_check").unwrap();
    let mut events = 0;
    let messages = s.all_messages().unwrap();
    let keys: std::collections::HashSet<&str> = messages.iter().map(|m| m.dedupe_key.as_str()).collect();
    for stream in s.streams().unwrap() {
        let evs: Vec<TestEvent> = EventStore::load(&s, &stream).unwrap();
        assert_eq!(evs.len() % 2, 0, "{stream}: a command's two events land together");
        // the stream replays: every command's pair in order, nothing from a batch that was cut
        assert!(evs.chunks(2).all(|p| p[0].name == "a" && p[1].name == "b" && p[0].n == p[1].n), "{stream} replays");
        for v in 1..=evs.len() {
            assert!(keys.contains(format!("{stream}/{v}").as_str()), "{stream}/{v} has no message");
        }
        events += evs.len();
    }
    assert_eq!(messages.len(), events, "no message without its event");
    assert!(events > 0, "the writers wrote something in {:?}", started.elapsed());
}

#[test]
fn a_relay_killed_between_send_and_mark_delivers_once_through_the_inbox() {
    let db = temp("kill-relay");
    let mut s = SqliteStore::open(&db).unwrap();
    s.execute_batch("CREATE TABLE effects (message TEXT NOT NULL); CREATE TABLE absorbed (message TEXT NOT NULL)")
        .unwrap();
    let messages: Vec<OutboxMessage> = (0..300).map(|i| msg(&format!("m-{i:03}"), 0)).collect();
    s.commit("o-1", 0, &[ev("placed", 1)], &messages).unwrap();
    drop(s);
    let mut seed = 0x2545_f491_4f6c_dd1d;
    for _ in 0..20 {
        kill_after(spawn("inbox-relay", &db, ""), rand_ms(&mut seed, 20, 80));
    }
    let mut s = SqliteStore::open(&db).unwrap();
    let c = rusqlite::Connection::open(&db).unwrap();
    let by_children: i64 = c.query_row("SELECT COUNT(*) FROM effects", [], |r| r.get(0)).unwrap();
    assert!(by_children > 0, "the killed relays had made progress");
    // whatever is left (and whatever a killed relay held) is drained once every lease is over
    let mut absorbed = 0;
    let policy = RelayPolicy { lease: Duration::seconds(1), batch: 50, ..RelayPolicy::default() };
    loop {
        let claims = s.claim("final", at(1_000_000), policy.lease, policy.batch).unwrap();
        if claims.is_empty() {
            break;
        }
        for c in &claims {
            let key = c.message.dedupe_key.clone();
            let done = s
                .handle_once("mailer", &key, at(1_000_000), |tx| {
                    tx.execute("INSERT INTO effects (message) VALUES (?1)", [&key])
                        .map_err(|e| postpurchase::Error::new(postpurchase::ErrorKind::Storage, e.to_string()))?;
                    Ok(())
                })
                .unwrap();
            absorbed += usize::from(done.is_none());
            s.delivered(c, at(1_000_000)).unwrap();
        }
    }
    let by_children_absorbed: i64 = c.query_row("SELECT COUNT(*) FROM absorbed", [], |r| r.get(0)).unwrap();
    let absorbed = absorbed + usize::try_from(by_children_absorbed).unwrap();
    eprintln!("relays killed 20 times: {by_children} effects by them, {absorbed} redeliveries absorbed by the inbox");
    let all = s.all_messages().unwrap();
    assert!(all.iter().all(|m| m.delivered_at.is_some()), "every message delivered");
    let (rows, distinct): (i64, i64) = c
        .query_row("SELECT COUNT(*), COUNT(DISTINCT message) FROM effects", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((rows, distinct), (300, 300), "each message's effect happened exactly once");
    assert!(absorbed > 0, "at least one relay was killed between its send and its mark");
}
