//! The in-workspace `uniffi-bindgen`, so the generator always matches the library's uniffi.
fn main() {
    uniffi::uniffi_bindgen_main()
}
