//! The native addon behind the `postpurchase` npm package. Thin: check and convert the arguments,
//! call the core, return plain objects whose TypeScript interfaces are generated into `index.d.ts`.
//! Every failure is a JS `Error` whose `code` is the core's stable code; a wrong argument type is
//! `input.invalid` naming the argument.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod args;
pub mod configs;
pub mod enums;
mod errors;
pub mod feedback;
pub mod loyalty;
pub mod money;
pub mod notify;
pub mod order;
pub mod returns;
pub mod tracking;

use napi_derive::napi;

/// Every core error code.
#[napi]
pub fn error_codes() -> Vec<errors::ErrorCode> {
    postpurchase::ErrorKind::ALL.iter().map(|k| errors::code(*k)).collect()
}
