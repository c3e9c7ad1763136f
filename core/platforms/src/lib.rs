//! The platforms shops run, read into the library: Shopify, WooCommerce and Medusa v2 webhook
//! bodies become what the library knows (a [`NewOrder`](postpurchase_commerce::order::NewOrder),
//! payments, shipments and their tracking, refunds, cancellations) and then the commands that
//! bring an order there.
//!
//! Pure: the caller passes the bytes it received, its headers and the order as it stands.
//!
//! - [`verify`] checks a delivery's signature (`X-Shopify-Hmac-Sha256`, `X-WC-Webhook-Signature`:
//!   base64 HMAC-SHA256 of the raw body; during a secret rotation any of the secrets may have
//!   signed it) and names the delivery's id (`X-Shopify-Event-Id`, `X-WC-Webhook-Delivery-ID`),
//!   which the host records in its inbox so that a duplicate delivery is a no-op.
//! - [`shopify::observe`], [`woocommerce::observe`] and [`medusa::observe`] read one body into
//!   an [`Observed`]: what the platform says is true of one order. A field that cannot be mapped
//!   without a guess is [`ErrorKind::PlatformUnmappable`] naming it; unknown fields are ignored;
//!   a body over [`MAX_BODY_BYTES`] is refused before parsing.
//! - [`Observed::plan`] compares that with the order as it stands and gives the commands, in
//!   order, each under a key built from the platform's own ids (so that the same refund seen in
//!   `refunds/create` and again in `orders/updated` is applied once, and an update that arrives
//!   late changes nothing it should not).
//!
//! ```
//! use postpurchase::platforms::shopify;
//! # let body = include_bytes!("../tests/fixtures/shopify/orders_create.json");
//! // the order's create webhook: placed and paid
//! let plan = shopify::observe("orders/create", body)?.plan(None)?;
//! assert_eq!(plan.steps().len(), 2);
//! let order = plan.apply(None)?; // or append `plan.events()` to the order's stream
//! assert_eq!(order.total(), postpurchase::Money::parse("210.34", "USD")?);
//! // the same body again: nothing to do
//! assert!(shopify::observe("orders/create", body)?.plan(Some(&order))?.is_empty());
//! # Ok::<(), postpurchase::Error>(())
//! ```
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

mod body;
pub mod delivery;
pub mod medusa;
mod observed;
pub mod shopify;
pub mod woocommerce;

pub use delivery::{Delivery, Platform, verify};
pub use observed::{Observed, ObservedPayment, ObservedRefund, ObservedShipment, ObservedTracking, Plan, Step};
use postpurchase_kernel::error;

/// The largest body read (5 MiB; a 250-line order is about 400 kB); a bigger one is refused
/// before parsing.
pub const MAX_BODY_BYTES: usize = 5 * 1024 * 1024;

pub use error::ErrorKind;

/// The customer of a guest order (one the platform names no customer for): `guest:{order id}`,
/// so a guest's orders are never joined to anyone else's.
pub fn guest(order: &str) -> String {
    format!("guest:{order}")
}
