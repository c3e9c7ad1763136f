//! The kernel every postpurchase domain shares: exact [`money`], typed [`ids`], the [`error`]
//! codes, [`instant`]s, local days ([`calendar`]), canonical [`fingerprint`]s, configuration checks ([`config`]), the
//! [`aggregate`] machinery (one idempotency check, one expected-version check, one way to
//! decide, apply and execute), stored-shape versions ([`schema`]) and the [`store`] ports a host
//! implements. It knows no domain: the domain crates build on it and never on each other's
//! internals.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::indexing_slicing,
        clippy::cast_possible_truncation,
        clippy::arithmetic_side_effects
    )
)]

pub mod aggregate;
pub mod calendar;
pub mod config;
pub mod error;
pub mod fingerprint;
pub mod ids;
pub mod instant;
pub mod money;
pub mod schema;
pub mod store;

pub use aggregate::{Aggregate, CommandMeta};
pub use error::{Error, ErrorCategory, ErrorKind, Problem, Result};
pub use ids::{CustomerId, IdempotencyKey, LineId, OrderId, PaymentId, ReturnId, ShipmentId, Sku};
pub use money::{Currency, Money, RoundingMode};
