//! The SQLite store against the shared store conformance suite, on files and in memory, plus what
//! only a database can get wrong: a foreign database, a newer schema, a reopened file.

use postpurchase::store::conformance::{self, TestEvent, ev};
use postpurchase::store::{CommandLog, EventStore};
use postpurchase_sqlite::SqliteStore;

fn temp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pp-sqlite-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("store.db")
}

#[test]
fn a_store_in_memory_conforms() {
    conformance::run_all(|| SqliteStore::open_in_memory().unwrap());
}

#[test]
fn a_store_on_a_file_conforms() {
    let mut n = 0;
    conformance::run_all(|| {
        n += 1;
        SqliteStore::open(&temp(&format!("conf-{n}"))).unwrap()
    });
}

#[test]
fn a_reopened_file_has_everything_and_migrates_once() {
    let path = temp("reopen");
    {
        let mut s = SqliteStore::open(&path).unwrap();
        s.commit("o-1", 0, &[ev("placed", 1)], &[conformance::msg("m-1", 0)]).unwrap();
    }
    let s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), postpurchase_sqlite::SCHEMA_VERSION);
    assert_eq!(EventStore::<TestEvent>::load(&s, "o-1").unwrap(), [ev("placed", 1)]);
    assert_eq!(s.pending_count().unwrap(), 1);
}

#[test]
fn a_database_of_another_application_is_refused_untouched() {
    let path = temp("foreign");
    rusqlite::Connection::open(&path).unwrap().execute_batch("CREATE TABLE customers (id TEXT)").unwrap();
    let e = SqliteStore::open(&path).unwrap_err();
    assert_eq!(e.code(), "store.foreign_database", "{e}");
    assert_eq!(table_names(&path), ["customers"], "nothing of ours was created in it");
}

#[test]
fn a_newer_schema_is_refused() {
    let path = temp("newer");
    drop(SqliteStore::open(&path).unwrap());
    let s = SqliteStore::open(&path).unwrap();
    s.execute_batch("INSERT INTO postpurchase_schema (version, name, applied_at) VALUES (99, 'future', 'x')").unwrap();
    drop(s);
    let e = SqliteStore::open(&path).unwrap_err();
    assert_eq!(e.code(), "store.schema_too_new", "{e}");
    assert_eq!(e.detail("schema_version"), Some("99"));
}

#[test]
fn a_file_that_is_not_a_database_is_a_storage_error() {
    let path = temp("garbage");
    std::fs::write(&path, b"this is not a database, just text that is long enough to have a header").unwrap();
    assert_eq!(SqliteStore::open(&path).unwrap_err().code(), "store.failure");
}

#[test]
fn a_payload_that_does_not_read_is_a_typed_error() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    s.commit_serialized("o-1", 0, &["{\"name\": 5}".to_string()], &[]).unwrap();
    let e = EventStore::<TestEvent>::load(&s, "o-1").unwrap_err();
    assert_eq!(e.code(), "input.invalid", "{e}");
    let e = CommandLog::<TestEvent>::read_all(&s, 0, 10).unwrap_err();
    assert_eq!(e.code(), "input.invalid", "{e}");
}

fn table_names(path: &std::path::Path) -> Vec<String> {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut st = c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").unwrap();
    st.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}
