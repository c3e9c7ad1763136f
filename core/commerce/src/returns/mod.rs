//! Returns, exchanges and refunds as data: a declarative policy, the return case and its
//! lifecycle, the commands and events that drive it, eligibility reports and refund breakdowns.
//!
//! Returns live inside the order aggregate (one stream, one expected version), so a unit can be in
//! at most one open return and refunds can never exceed what was captured. This module holds what
//! a return *is* and knows nothing of the order; what an order *decides* about its returns
//! (eligibility, refund arithmetic, the lifecycle's rules) is in [`crate::order::returning`], which
//! reads both. The dependency runs one way: `line` ← `returns` ← `order`.
//!
//! The lifecycle: requested → approved or declined → label issued → in transit → received (per
//! unit: resellable, damaged, wrong item or missing) → refunded, credited or exchanged; or
//! cancelled before anything was received. Open a return with `Order::open_return`; drive it with
//! [`ReturnCommand`]s through `Order::handle`.

mod case;
mod command;
mod eligibility;
mod event;
mod policy;
mod preview;
mod refund;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub(crate) use case::SCANNED_CASE_LINES;
pub use case::*;
pub use command::*;
pub use eligibility::{
    DECISION_CODES, EligibilityContext, EligibilityReport, ExchangeRequest, Facts, LineDecision, Outcome,
    RequestedLine, ReturnRequest, RuleVerdict, TierBenefits,
};
pub use event::*;
pub use policy::{
    ExchangePricing, Fee, HolidayExtension, MAX_WINDOW_DAYS, NonReturnable, RefundClockStart, RefundMethod,
    RefundOptions, ReplacementShipping, RestockingFee, ReturnPolicy, ReturnReason, ReturnShippingFee, ReviewLimits,
    ShippingRefund, ShippingRequirement, WindowOverride, WindowRule, WindowStart,
};
pub use preview::ReturnPreview;
pub use refund::{ExchangeSettlement, RefundBreakdown, RefundDestination, RefundLine, RefundPayout};

use crate::ids::{CustomerId, LineId, PaymentId, ReturnId};
use crate::line::LineQuantity;
use crate::money::Money;
use crate::tracking::CarrierEvent;
