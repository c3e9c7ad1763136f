//! The PostgreSQL store against the shared store conformance suite, on the server the test
//! command starts (`scripts/with-postgres`), each check in a schema of its own; plus what only a
//! database can get wrong: a wrong URL, a refused connection, a schema of another application, a
//! newer schema, a payload that does not read.

use postpurchase::store::conformance::{self, TestEvent, ev, msg};
use postpurchase::store::{CommandLog, EventStore};
use postpurchase_postgres::PostgresStore;

/// The server to test against: `PP_POSTGRES_URL`, which `scripts/with-postgres` sets.
/// One test at a time: the global log waits for every older transaction in the database, so
/// another test's open transaction would hold this one's events back.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn url() -> String {
    std::env::var("PP_POSTGRES_URL").unwrap_or_else(|_| {
        panic!(
            "these tests need PostgreSQL: run them through scripts/with-postgres (scripts/test-all does) \
             or set PP_POSTGRES_URL=postgres://user@host:port/database"
        )
    })
}

fn schema(name: &str) -> String {
    let s = format!("t{}_{name}", std::process::id());
    if let Ok(store) = PostgresStore::connect_in_schema(&url(), &s) {
        store.drop_schema().unwrap();
    }
    s
}

#[test]
fn the_store_conforms() {
    let _serial = serial();
    let mut n = 0;
    let mut used = Vec::new();
    conformance::run_all(|| {
        n += 1;
        let s = schema(&format!("conf{n}"));
        used.push(s.clone());
        PostgresStore::connect_in_schema(&url(), &s).unwrap()
    });
    for s in used {
        PostgresStore::connect_in_schema(&url(), &s).unwrap().drop_schema().unwrap();
    }
}

#[test]
fn a_reconnected_store_has_everything_and_migrates_once() {
    let _serial = serial();
    let s = schema("reopen");
    {
        let mut store = PostgresStore::connect_in_schema(&url(), &s).unwrap();
        store.commit("o-1", 0, &[ev("placed", 1)], &[msg("m-1", 0)]).unwrap();
    }
    let store = PostgresStore::connect_in_schema(&url(), &s).unwrap();
    assert_eq!(store.schema_version().unwrap(), postpurchase_postgres::SCHEMA_VERSION);
    assert_eq!(EventStore::<TestEvent>::load(&store, "o-1").unwrap(), [ev("placed", 1)]);
    assert_eq!(store.pending_count().unwrap(), 1);
    store.drop_schema().unwrap();
}

#[test]
fn a_wrong_url_and_a_refused_connection_are_typed_errors() {
    let _serial = serial();
    let e = PostgresStore::connect("postgres://user:secret@host:notaport/db").unwrap_err();
    assert_eq!(e.code(), "input.invalid", "{e}");
    assert!(!format!("{e:?}").contains("secret"), "the password stays out of the error: {e:?}");
    // a port nobody listens on
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let e = PostgresStore::connect(&format!("postgres://postgres@127.0.0.1:{closed}/postgres")).unwrap_err();
    assert_eq!(e.code(), "store.failure", "{e}");
    assert!(e.to_string().contains("cannot reach PostgreSQL"), "{e}");
    assert_eq!(
        PostgresStore::connect_in_schema(&url(), "Robert'); DROP TABLE x;--").unwrap_err().code(),
        "input.invalid"
    );
}

#[test]
fn a_schema_of_another_application_is_refused_untouched() {
    let _serial = serial();
    let s = schema("foreign");
    let admin = PostgresStore::connect_in_schema(&url(), &schema("admin")).unwrap();
    admin.execute_batch(&format!("CREATE SCHEMA {s}; CREATE TABLE {s}.customers (id TEXT)")).unwrap();
    let e = PostgresStore::connect_in_schema(&url(), &s).unwrap_err();
    assert_eq!(e.code(), "store.foreign_database", "{e}");
    let tables = admin_tables(&s);
    assert_eq!(tables, ["customers"], "nothing of ours was created in it");
    admin.execute_batch(&format!("DROP SCHEMA {s} CASCADE")).unwrap();
    admin.drop_schema().unwrap();
}

fn admin_tables(schema: &str) -> Vec<String> {
    let mut c = postgres::Client::connect(&url(), postgres::NoTls).unwrap();
    c.query("SELECT table_name::text FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1", &[&schema])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

#[test]
fn a_newer_schema_is_refused() {
    let _serial = serial();
    let s = schema("newer");
    let store = PostgresStore::connect_in_schema(&url(), &s).unwrap();
    store.execute_batch(&format!("INSERT INTO {s}.postpurchase_schema (version, name) VALUES (99, 'future')")).unwrap();
    let e = PostgresStore::connect_in_schema(&url(), &s).unwrap_err();
    assert_eq!(e.code(), "store.schema_too_new", "{e}");
    assert_eq!(e.detail("schema_version"), Some("99"));
    store.drop_schema().unwrap();
}

#[test]
fn a_payload_that_does_not_read_is_a_typed_error() {
    let _serial = serial();
    let s = schema("payload");
    let mut store = PostgresStore::connect_in_schema(&url(), &s).unwrap();
    store.commit_serialized("o-1", 0, &["{\"name\": 5}".to_string()], &[]).unwrap();
    assert_eq!(EventStore::<TestEvent>::load(&store, "o-1").unwrap_err().code(), "input.invalid");
    // the log hands the event out once every older transaction has ended
    let started = std::time::Instant::now();
    let e = loop {
        match CommandLog::<TestEvent>::read_all(&store, 0, 10) {
            Err(e) => break e,
            Ok(_) if started.elapsed() < std::time::Duration::from_secs(10) => {
                std::thread::sleep(std::time::Duration::from_millis(10))
            }
            Ok(got) => panic!("the bad event never came: {got:?}"),
        }
    };
    assert_eq!(e.code(), "input.invalid");
    store.drop_schema().unwrap();
}
