//! Returns, exchanges and refunds: a declarative policy, eligibility decisions with reasons, the
//! return lifecycle, and exact refund arithmetic.
//!
//! Returns live inside the order aggregate (one stream, one expected version), so a unit can be in
//! at most one open return and refunds can never exceed what was captured.
//!
//! The lifecycle: requested → approved or declined → label issued → in transit → received (per
//! unit: resellable, damaged, wrong item or missing) → refunded, credited or exchanged; or
//! cancelled before anything was received. Start a return with [`request_return`]; drive it with
//! [`ReturnCommand`]s through [`crate::Order::handle`].

mod apply;
mod case;
mod command;
mod decide;
mod eligibility;
mod event;
mod policy;
mod preview;
mod refund;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use case::*;
pub use command::*;
pub use decide::request_return;
pub use eligibility::{
    DECISION_CODES, EligibilityContext, EligibilityReport, ExchangeRequest, Facts, LineDecision, Outcome,
    RequestedLine, ReturnRequest, RuleVerdict, TierBenefits, evaluate,
};
pub use event::*;
pub use policy::{
    ExchangePricing, Fee, HolidayExtension, MAX_WINDOW_DAYS, NonReturnable, RefundClockStart, RefundMethod,
    RefundOptions, ReplacementShipping, RestockingFee, ReturnPolicy, ReturnReason, ReturnShippingFee, ReviewLimits,
    ShippingRefund, ShippingRequirement, WindowOverride, WindowRule, WindowStart,
};
pub use preview::*;
pub use refund::{ExchangeSettlement, RefundBreakdown, RefundDestination, RefundLine, RefundPayout};

use crate::error::{Error, ErrorKind, Result};
use crate::ids::{CustomerId, IdempotencyKey, LineId, PaymentId, ReturnId};
use crate::money::{Money, RoundingMode};
use crate::order::{CommandMeta, LineQuantity, Order, OrderChange, OrderCommand, OrderEvent};
use crate::tracking::{CarrierEvent, TrackingStatus, merchant_status};

fn rerr(kind: ErrorKind, msg: &str) -> Error {
    Error::new(kind, msg)
}
