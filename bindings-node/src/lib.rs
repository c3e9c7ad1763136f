//! The native addon behind the `postpurchase` npm package. Thin: check and convert the arguments,
//! call the core, return plain objects whose TypeScript interfaces are generated into `index.d.ts`.
//! Every failure is a JS `Error` whose `code` is the core's stable code; a wrong argument type is
//! `input.invalid` naming the argument.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod args;
pub mod configs;
#[rustfmt::skip]
mod contract_maps;
pub mod customer;
mod document;
mod errors;
pub mod feedback;
pub mod journey;
mod js_serde;
pub mod loyalty;
pub mod money;
pub mod notify;
pub mod order;
pub mod platforms;
pub mod promise;
pub mod returns;
pub mod stores;
pub mod tracking;

use napi_derive::napi;

/// Every core error code.
#[napi]
pub fn error_codes() -> napi::Result<Vec<errors::ErrorCode>, String> {
    crate::guard(|| Ok(postpurchase::ErrorKind::ALL.iter().map(|k| errors::code(*k)).collect()))
}

/// Runs an exported call and turns a panic (a bug, never an input) into an `Error` with code
/// `internal`, so even a bug cannot take the Node process down.
pub(crate) fn guard<T>(f: impl FnOnce() -> napi::Result<T, String>) -> napi::Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .unwrap_or_else(|payload| Err(args::js(postpurchase::Error::from_panic(&*payload))))
}

/// Panics on purpose inside the guard (only in builds with the `test-hooks` feature), so the tests
/// can prove a panic reaches JavaScript as an `internal` error instead of aborting.
#[cfg(feature = "test-hooks")]
#[napi(skip_typescript)]
#[allow(clippy::panic)]
pub fn panic_for_tests() -> napi::Result<(), String> {
    guard(|| panic!("a deliberate panic from the test hook"))
}
