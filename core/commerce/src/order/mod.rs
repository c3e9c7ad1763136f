//! The order aggregate: lines with per-unit counters, shipments, payments, derived statuses.
//!
//! Every change is a command decided against the current state by a pure function that returns
//! events or a typed error; applying an event cannot fail and holds no business rule, so an order
//! is exactly the fold of its events.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use postpurchase::*;
//! use rust_decimal::Decimal;
//!
//! let usd = Currency::from_code("USD")?;
//! let now = Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap();
//! let new = NewOrder::builder(OrderId::new("o-1")?, CustomerId::new("c-1")?, usd, now)
//!     .line(NewLine::new(LineId::new("l-1")?, Sku::new("TEE")?, "T-shirt", 2, Money::parse("20.00", "USD")?))
//!     .build();
//! let events = Order::place(new, &CommandMeta::new(IdempotencyKey::new("k1")?, now))?;
//! let mut order = Order::from_events(&events)?;
//! assert_eq!(order.total().amount(), Decimal::new(4000, 2));
//! assert_eq!(order.fulfilment_status(), FulfilmentStatus::Unfulfilled);
//! # Ok::<(), postpurchase::Error>(())
//! ```

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::ids::{CustomerId, IdempotencyKey, LineId, OrderId, PaymentId, ReturnId, ShipmentId, Sku};
use crate::money::{Currency, Money, RoundingMode};
use crate::returns::{ReturnCase, ReturnChange, ReturnCommand};
use crate::tracking::{
    CarrierEvent, DelayAssessment, DelayThresholds, Route, TrackingStatus, assess_delay, merchant_status,
};

mod aggregate;
mod apply;
mod command;
mod decide;
mod event;
mod state;
mod status;
mod summary;
mod types;

pub mod returning;

pub use crate::aggregate::CommandMeta;
pub use crate::line::{LineFlags, LineQuantity};
pub use command::*;
pub use event::*;
pub use state::*;
pub use summary::*;
pub use types::*;

use state::{err, fingerprint, require_positive_whole};
