//! How an order decides, applies and previews its returns: the eligibility engine, the rules of
//! the return lifecycle, and exact refund arithmetic. These read the order and the return data of
//! [`crate::returns`]; the order's own `decide` sends every [`ReturnCommand`] here.
//!
//! A host opens a return with [`Order::open_return`] (decides and applies) and drives it with
//! [`OrderCommand::Return`] through [`Order::handle`]; [`evaluate`], [`preview`] and
//! [`refund_quote`] answer questions without changing the order. The facade re-exports these
//! beside the data (`postpurchase::returns::evaluate`).

mod apply;
mod decide;
mod eligibility;
mod preview;
mod refund;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

pub use decide::request_return;
pub use eligibility::evaluate;
pub use preview::{handle_return, preview, refund_quote};

use super::{CommandMeta, LineQuantity, Order, OrderChange, OrderCommand, OrderEvent};
use crate::error::{Error, ErrorKind, Result};
use crate::ids::{IdempotencyKey, LineId, PaymentId, ReturnId};
use crate::money::{Money, RoundingMode};
use crate::returns::*;
use crate::tracking::{CarrierEvent, TrackingStatus, merchant_status};

fn rerr(kind: ErrorKind, msg: &str) -> Error {
    Error::new(kind, msg)
}
