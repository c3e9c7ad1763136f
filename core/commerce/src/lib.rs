//! Commerce: the order aggregate with its split shipments, carrier tracking and returns with
//! exact refunds, plus the notification signals its events call for and (feature `webhook`) the
//! HMAC-checked carrier webhooks.
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

use postpurchase_kernel::{aggregate, calendar, config, error, fingerprint, ids, instant, money};

pub mod line;
pub mod order;
pub mod returns;
pub mod schema;
pub mod signals;
pub mod tracking;
#[cfg(feature = "webhook")]
pub mod webhook;

pub use signals::signals_from_order_events;
