//! # postpurchase
//!
//! What happens after a customer clicks "buy": order confirmation, fulfilment and split
//! shipments, carrier tracking and delay detection, with exact money throughout.
//!
//! The crate is pure and I/O-free: time is an argument, storage and messaging sit behind the
//! traits in [`store`], and every change is a command decided against state that returns events.
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

pub mod aggregate;
pub mod clv;
pub mod config;
pub mod customer;
pub mod error;
pub mod feedback;
pub mod fingerprint;
pub mod ids;
pub mod instant;
pub mod journey;
pub mod loyalty;
pub mod metrics;
pub mod money;
pub mod notify;
pub mod order;
pub mod returns;
pub mod schema;
pub mod store;
pub mod tracking;
pub mod webhook;

pub use error::{Error, ErrorKind, Problem, Result};
pub use ids::{CustomerId, IdempotencyKey, LineId, OrderId, PaymentId, ReturnId, ShipmentId, Sku};
pub use money::{Currency, Money, RoundingMode};
pub use order::{
    CancelledUnits, CommandMeta, Discount, FulfilmentStatus, Line, LineAmounts, LineFlags, LineQuantity, NewLine,
    NewOrder, NewOrderBuilder, NewShipment, ORDER_EVENT_SCHEMA_VERSION, Order, OrderChange, OrderCommand, OrderContext,
    OrderEvent, OrderSummary, Payment, PaymentStatus, ReturnSummary, Shipment, ShipmentSummary, TaxLine, TaxMode,
    UnitCounts,
};
pub use store::{
    EventStore, InMemoryEventStore, InMemoryOutbox, MessageSink, Outbox, OutboxMessage, RelayReport, StoredEvent,
    relay_once,
};
pub use tracking::{
    CarrierEvent, CarrierSource, DelayAssessment, DelayThresholds, MappedStatus, Route, TrackingStatus, assess_delay,
    carrier_estimate, map_carrier_status, merchant_status,
};

#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
