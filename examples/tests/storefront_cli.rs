//! The storefront program as a user meets it: options, refusals, and a deterministic report.
//! Runs the example binary `cargo test` builds beside the test binaries.
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn storefront() -> PathBuf {
    // target/<profile>/deps/<test> → target/<profile>/examples/storefront
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(Path::parent).unwrap();
    dir.join("examples").join(format!("storefront{}", std::env::consts::EXE_SUFFIX))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("postpurchase-storefront-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(cwd: &Path, args: &[&str]) -> Output {
    Command::new(storefront()).args(args).current_dir(cwd).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn help_prints_usage_and_writes_nothing() {
    let dir = temp_dir("help");
    let o = run(&dir, &["--help"]);
    assert!(o.status.success());
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("--customers <N>") && text.contains("--force"), "{text}");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "--help created files");
}

#[test]
fn bad_values_and_unknown_flags_exit_2_with_usage() {
    let dir = temp_dir("bad");
    for args in [&["--customers", "abc"][..], &["--customers", "-5"], &["--customers", "0"], &["--bogus"]] {
        let o = run(&dir, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).starts_with("error: "), "{args:?}: {}", stderr(&o));
    }
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
}

#[test]
fn a_foreign_file_at_db_is_refused_and_left_as_it_was() {
    let dir = temp_dir("foreign");
    std::fs::write(dir.join("notes.txt"), "my notes").unwrap();
    let o = run(&dir, &["--db", "notes.txt", "--customers", "3"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert_eq!(err.lines().filter(|l| l.starts_with("error: ")).count(), 1, "{err}");
    assert!(err.contains("notes.txt exists and is not a storefront database"), "{err}");
    assert_eq!(std::fs::read_to_string(dir.join("notes.txt")).unwrap(), "my notes");
    assert!(!dir.join("report.html").exists());
}

#[test]
fn a_foreign_report_beside_the_database_is_refused() {
    let dir = temp_dir("report");
    std::fs::write(dir.join("report.html"), "<html>mine</html>").unwrap();
    let o = run(&dir, &["--db", "shop.db", "--customers", "3"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("report.html exists and is not a storefront report"));
    assert_eq!(std::fs::read_to_string(dir.join("report.html")).unwrap(), "<html>mine</html>");
    assert!(!dir.join("shop.db").exists());
}

#[test]
fn an_earlier_run_is_replaced_only_with_force_and_the_report_is_reproducible() {
    let dir = temp_dir("rerun");
    let first = run(&dir, &["--db", "out/shop.db", "--customers", "40", "--seed", "3"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let report = std::fs::read(dir.join("out/report.html")).unwrap();

    let again = run(&dir, &["--db", "out/shop.db", "--customers", "40", "--seed", "3"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("pass --force"), "{}", stderr(&again));

    let forced = run(&dir, &["--db", "out/shop.db", "--customers", "40", "--seed", "3", "--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert_eq!(std::fs::read(dir.join("out/report.html")).unwrap(), report, "same seed, same bytes");

    let html = String::from_utf8(report).unwrap();
    let charts = ["nps", "delivery", "reasons", "refunds", "tiers", "messages", "stages", "year-end-stages"];
    let tables = ["moves", "segments"];
    for (class, id) in charts.iter().map(|c| ("chart", c)).chain(tables.iter().map(|t| ("chart table", t))) {
        let at = html.find(&format!("<figure class=\"{class}\" id=\"{id}\">")).unwrap_or_else(|| panic!("chart {id}"));
        let figure = &html[at..at + html[at..].find("</figure>").unwrap()];
        assert!(figure.contains("<h2>"), "{id} has a title");
        assert!(figure.contains("class=\"mark\""), "{id} has a data mark");
    }
    assert!(!html.contains("done in"), "no timing in the report");
    let text = String::from_utf8_lossy(&forced.stdout);
    assert!(text.contains("orders placed in 2026") && text.contains("transit claims"), "{text}");
    assert!(text.contains("moves into each month end") && text.contains("recommender hit rate at 3"), "{text}");
}

/// Regression (#33 item 8): a user's `X-wal` or `X-shm` with no database at `X` was deleted.
#[test]
fn side_files_without_their_database_are_left_alone() {
    let dir = temp_dir("sidefiles");
    std::fs::write(dir.join("x.db-wal"), "mine").unwrap();
    let o = run(&dir, &["--db", "x.db", "--customers", "3"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("x.db-wal exists without its database"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(dir.join("x.db-wal")).unwrap(), "mine");
    assert!(!dir.join("x.db").exists());
}

/// Regression (#33 item 8): a dangling symbolic link at `--db` created its target elsewhere, and
/// `--db dir/` wrote the report into the parent folder.
#[cfg(unix)]
#[test]
fn symlinks_and_folder_paths_are_refused() {
    let dir = temp_dir("links");
    std::os::unix::fs::symlink(dir.join("elsewhere").join("target.db"), dir.join("link.db")).unwrap();
    let o = run(&dir, &["--db", "link.db", "--customers", "3"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("symbolic link"), "{}", stderr(&o));
    assert!(!dir.join("elsewhere").exists());
    std::fs::create_dir(dir.join("out")).unwrap();
    let o = run(&dir, &["--db", "out/", "--customers", "3"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(!dir.join("report.html").exists() && std::fs::read_dir(dir.join("out")).unwrap().count() == 0);
}

/// Regression (#33 item 8): a run killed before its first write left a file later runs refused
/// forever; the database is now marked in its first write, and an empty file is replaceable.
#[test]
fn a_run_killed_before_its_first_write_does_not_block_the_next() {
    let dir = temp_dir("killed");
    std::fs::write(dir.join("s.db"), "").unwrap();
    let o = run(&dir, &["--db", "s.db", "--customers", "3", "--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // the database carries the storefront's application id in its header from the first write
    let head = std::fs::read(dir.join("s.db")).unwrap();
    assert_eq!(&head[68..72], &0x5050_5346i32.to_be_bytes());
    // and a kill a moment into a run is recognised: a second, killed, run then a third
    let dir = temp_dir("killed-mid-run");
    for wait_ms in [0, 20, 80, 300] {
        let mut child = Command::new(storefront())
            .args(["--db", "k.db", "--customers", "2000", "--force"])
            .current_dir(&dir)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(wait_ms));
        let _ = child.kill();
        let _ = child.wait();
        let o = run(&dir, &["--db", "k.db", "--customers", "3", "--force"]);
        assert!(o.status.success(), "after a kill at {wait_ms} ms: {}", stderr(&o));
    }
}

/// Regression (#33 item 8): `--customers 1` failed with `input.invalid: no answers` after writing
/// the database; a report with no answers says so.
#[test]
fn a_run_with_no_survey_answers_reports_an_empty_section() {
    let dir = temp_dir("tiny");
    for n in ["1", "2"] {
        let o = run(&dir, &["--db", "t.db", "--customers", n, "--force"]);
        assert!(o.status.success(), "{n}: {}", stderr(&o));
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(out.contains("NPS"), "{out}");
    }
}
