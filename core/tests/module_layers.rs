//! The modules inside each crate form layers: no two top-level modules of a crate reach into each
//! other, directly or round a loop (crates are kept apart by the compiler; this keeps the modules
//! inside one crate apart). The commerce crate's layers are pinned: `line` ← `returns` ← `order`,
//! so a return's data never reads the order it belongs to.
//!
//! A reference is any `crate::<module>` in code (comments and doc links are not dependencies).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Graph = BTreeMap<String, BTreeSet<String>>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file under `src` belongs to (`None` for `lib.rs`).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?.trim_end_matches(".rs").to_owned();
    (first != "lib").then_some(first)
}

/// Every `crate::name` (and `crate::{a, b::c}`) in the code lines of `text`.
fn references(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines().map(str::trim_start).filter(|l| !l.starts_with("//")) {
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            if let Some(group) = after.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                for item in inner.split(',') {
                    let name: String = item.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    if !name.is_empty() {
                        out.insert(name);
                    }
                }
            } else {
                let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
            rest = after;
        }
    }
    out
}

/// The crate's module graph: module → the crate's other top-level modules it refers to.
fn graph(crate_dir: &str) -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(crate_dir).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().filter_map(|f| module_of(&src, f)).collect();
    let mut g = Graph::new();
    for file in &files {
        let Some(from) = module_of(&src, file) else { continue };
        let text = std::fs::read_to_string(file).expect("a source file");
        let to = g.entry(from.clone()).or_default();
        to.extend(references(&text).into_iter().filter(|m| *m != from && modules.contains(m)));
    }
    g
}

/// A loop in the graph, if there is one (as the modules along it).
fn find_cycle(g: &Graph) -> Option<Vec<String>> {
    fn visit(g: &Graph, at: &str, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|m| m == at) {
            let mut cycle = path[start..].to_vec();
            cycle.push(at.to_owned());
            return Some(cycle);
        }
        if done.contains(at) {
            return None;
        }
        path.push(at.to_owned());
        for next in g.get(at).into_iter().flatten() {
            if let Some(c) = visit(g, next, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(at.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    g.keys().find_map(|m| visit(g, m, &mut Vec::new(), &mut done))
}

#[test]
fn no_crate_has_a_module_loop() {
    for krate in ["kernel", "notify", "commerce", "loyalty", "customer", "analytics", "."] {
        let g = graph(krate);
        if let Some(cycle) = find_cycle(&g) {
            panic!("{krate}: modules refer to each other in a loop: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn a_return_never_reads_its_order() {
    let g = graph("commerce");
    let deps = |m: &str| g.get(m).cloned().unwrap_or_default();
    assert!(deps("line").is_empty(), "line depends on {:?}", deps("line"));
    assert!(!deps("returns").contains("order"), "returns reads the order: {:?}", deps("returns"));
    assert!(!deps("tracking").contains("order") && !deps("tracking").contains("returns"));
    assert!(deps("order").contains("returns") && deps("order").contains("line"));
}

#[test]
fn the_check_sees_a_loop() {
    let text = "use crate::{order::Order, money};\nlet x = crate::returns::evaluate;\n// crate::tracking is a comment";
    assert_eq!(references(text), BTreeSet::from(["order".into(), "money".into(), "returns".into()]));
    let mut g = Graph::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("c".into());
    assert_eq!(find_cycle(&g), None);
    g.entry("c".into()).or_default().insert("a".into());
    assert_eq!(find_cycle(&g).map(|c| c.len()), Some(4));
}
