//! The README's Rust example is `examples/readme.rs`, verbatim, so the text a newcomer pastes is
//! the code cargo compiles and runs.

#[test]
fn readme_rust_example_is_examples_readme_rs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let code = std::fs::read_to_string(root.join("examples/readme.rs")).unwrap();
    assert!(readme.contains(&format!("```rust\n{code}```\n")), "README's Rust block differs from examples/readme.rs");
}
