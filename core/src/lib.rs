//! # postpurchase
//!
//! What happens after a customer clicks "buy": order confirmation, fulfilment and split
//! shipments, carrier tracking and delay detection, with exact money throughout.
//!
//! The crate is pure and I/O-free: time is an argument, storage and messaging sit behind the
//! traits in [`store`], and every change is a command decided against state that returns events.
//!
//! This crate is the facade over crates the compiler keeps apart; a host compiles only the
//! domains it turns on (the `default` feature is everything):
//!
//! | feature | crate | modules |
//! |---|---|---|
//! | (always) | `postpurchase-kernel` | [`money`], [`ids`], [`error`], [`instant`], [`fingerprint`], [`config`], [`aggregate`], [`schema`], [`store`] |
//! | `notify` | `postpurchase-notify` | `notify` |
//! | `commerce` | `postpurchase-commerce` | `order`, `returns`, `tracking` |
//! | `webhook` | `postpurchase-commerce` | `webhook` |
//! | `loyalty` | `postpurchase-loyalty` | `loyalty` |
//! | `customer` | `postpurchase-customer` | `customer` (Fluent and ICU4X) |
//! | `analytics` | `postpurchase-analytics` | `metrics`, `feedback`, `clv`, `journey` |
//! | `platforms` | `postpurchase-platforms` | `platforms` (Shopify, WooCommerce, Medusa) |
//! | `promise` | `postpurchase-promise` | `promise` (delivery dates learnt from history) |
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use postpurchase::*;
//!
//! let now = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
//! let usd = Currency::from_code("USD")?;
//! let meta = |k: &str| CommandMeta::new(IdempotencyKey::new(k).unwrap(), now);
//! let new = NewOrder::builder(OrderId::new("o-1")?, CustomerId::new("c-1")?, usd, now)
//!     .line(NewLine::new(LineId::new("l-1")?, Sku::new("MUG")?, "Mug", 2, Money::parse("12.50", "USD")?))
//!     .build();
//! let mut order = Order::from_events(&Order::place(new, &meta("place"))?)?;
//! order.handle(&OrderCommand::CapturePayment {
//!     payment: PaymentId::new("p-1")?,
//!     amount: Money::parse("25.00", "USD")?,
//! }, &meta("pay"))?;
//! assert_eq!(order.payment_status(), PaymentStatus::Paid);
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

pub use postpurchase_kernel::{config, error, fingerprint, ids, instant, money, store};

/// The one shape of every event-sourced state, and the helpers that drive it.
pub mod aggregate {
    pub use postpurchase_kernel::aggregate::*;
    #[cfg(feature = "loyalty")]
    pub use postpurchase_loyalty::LoyaltyContext;
}

/// Stored shapes and their versions. Events and ledger entries are kept for years, so each
/// carries a `schema_version`, and what an earlier version wrote is brought to today's shape
/// when read ("upcast"). An upcaster only reshapes: it never decides anything.
///
/// | stored | version | shape |
/// |---|---|---|
/// | order events | 1 (no field) | `requested` returns embedded the whole new case; approvals, return scans and refunds left their outcome to replay |
/// | order events | 2 | `requested` records the decision (`returns::RequestedReturn`); `approved` records each line's approval and reservation (`returns::ApprovedLine`); a return scan records the status it leads to; `refunded` records `credited` or `refunded`; a claim opens at its event's time (v1 replay opened claims at the earliest representable time) |
/// | loyalty entries | 1 (no field) | `earn` entries embedded the whole new lot |
/// | loyalty entries | 2 | `earn` records the decision (`loyalty::EarnedLot`) |
/// | loyalty entries | 3 | `rule` is a `loyalty::Rule` code; an adjustment's `reason` and a referral's `referred` customer are fields of their own (v2 wrote `adjust: <reason>` and `award.referrer:<id>`); a redemption records its `currency` (absent when upcast) |
///
/// The order upcasters live in the commerce crate, the entry upcasters in the loyalty crate;
/// both read the declared version with [`schema::version_of`].
/// A v1 approval or return scan recorded no decision, so it replays by the rule of its time:
/// frozen copies of those rules (and of v1's tracking milestones) live beside the order upcasters,
/// pinned by the v1 streams in `core/tests/fixtures/v1/`.
pub mod schema {
    pub use postpurchase_kernel::schema::*;
}

/// Post-purchase communications: which message each domain event calls for, when and on which
/// channel.
#[cfg(feature = "notify")]
pub mod notify {
    #[cfg(feature = "commerce")]
    pub use postpurchase_commerce::signals_from_order_events;
    pub use postpurchase_notify::*;
}

#[cfg(feature = "analytics")]
pub use postpurchase_analytics::{clv, feedback, journey, metrics};
#[cfg(feature = "webhook")]
pub use postpurchase_commerce::webhook;
#[cfg(feature = "commerce")]
pub use postpurchase_commerce::{line, order, tracking};

/// Returns, exchanges and refunds: the return data of `postpurchase_commerce::returns` and the
/// decisions an order makes about them (`postpurchase_commerce::order::returning`), under one
/// path.
#[cfg(feature = "commerce")]
pub mod returns {
    pub use postpurchase_commerce::order::returning::*;
    pub use postpurchase_commerce::returns::*;
}
#[cfg(feature = "customer")]
pub use postpurchase_customer as customer;
#[cfg(feature = "loyalty")]
pub use postpurchase_loyalty as loyalty;
#[cfg(feature = "platforms")]
pub use postpurchase_platforms as platforms;
#[cfg(feature = "promise")]
pub use postpurchase_promise as promise;

pub use aggregate::CommandMeta;
pub use error::{Error, ErrorCategory, ErrorKind, Problem, Result};
pub use ids::{CustomerId, IdempotencyKey, LineId, OrderId, PaymentId, ReturnId, ShipmentId, Sku};
pub use money::{Currency, Money, RoundingMode};
#[cfg(feature = "commerce")]
pub use order::{
    CancelledUnits, Discount, FulfilmentStatus, Line, LineAmounts, LineFlags, LineQuantity, NewLine, NewOrder,
    NewOrderBuilder, NewShipment, ORDER_EVENT_SCHEMA_VERSION, Order, OrderChange, OrderCommand, OrderContext,
    OrderEvent, OrderSummary, Payment, PaymentStatus, ReturnSummary, Shipment, ShipmentSummary, TaxLine, TaxMode,
    UnitCounts,
};
pub use postpurchase_kernel::for_each_error_kind;
pub use store::{
    EventStore, InMemoryEventStore, InMemoryOutbox, MessageSink, Outbox, OutboxMessage, RelayReport, StoredEvent,
    relay_once,
};
#[cfg(feature = "commerce")]
pub use tracking::{
    CarrierEvent, CarrierSource, DelayAssessment, DelayThresholds, MappedStatus, Route, TrackingStatus, assess_delay,
    carrier_estimate, map_carrier_status, merchant_status,
};

#[doc = include_str!("../../README.md")]
#[cfg(all(doctest, feature = "default"))]
pub struct ReadmeDoctests;
