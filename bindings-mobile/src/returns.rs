//! Return eligibility, previews and refunds over an order given by its events.
use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use postpurchase as pp;
use pp::returns as r;

use crate::money::quantity;
use crate::order::{OrderUpdate, rebuild, update};
use crate::{Money, Result, dump, instant, mirror_enum, timestamp};

mirror_enum!(
    /// Why the customer returns an item.
    ReturnReason => r::ReturnReason {
        /// Changed their mind.
        ChangedMind,
        /// Wrong size or fit.
        DoesNotFit,
        /// Faulty.
        Defective,
        /// Not what was ordered.
        WrongItem,
        /// Not as described.
        NotAsDescribed,
        /// Damaged on the way.
        DamagedInTransit,
        /// Came too late.
        ArrivedLate,
        /// Anything else.
        Other,
    }
);

mirror_enum!(
    /// How the customer gets the money back.
    RefundMethod => r::RefundMethod {
        /// To the payments the order was paid with.
        OriginalPayment,
        /// As store credit (a bonus may apply).
        StoreCredit,
        /// For a replacement item.
        Exchange,
    }
);

mirror_enum!(
    /// What a rule, a line or a whole request concluded.
    Outcome => r::Outcome {
        /// May be returned.
        Allowed,
        /// Needs a person to look at it.
        NeedsReview,
        /// May not be returned.
        Denied,
    }
);

mirror_enum!(
    /// Where a return stands.
    ReturnStatus => r::ReturnStatus {
        /// Waiting for staff.
        Requested,
        /// Approved; waiting for a label or the parcel.
        Approved,
        /// Declined.
        Declined,
        /// A return label was issued.
        LabelIssued,
        /// The parcel is on its way back.
        InTransit,
        /// Something was received.
        Received,
        /// Refunded to the original payments.
        Refunded,
        /// Refunded as store credit.
        Credited,
        /// Settled by an exchange.
        Exchanged,
        /// An advance exchange whose return never came: the customer was charged.
        Charged,
        /// Cancelled before anything was received.
        Cancelled,
    }
);

/// One line of a return request.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReturnLineRequest {
    /// The order line id.
    pub line: String,
    /// Units to return (a negative number is `order.invalid_quantity`).
    pub quantity: i64,
    /// Why.
    pub reason: ReturnReason,
}

/// The item wanted in exchange.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExchangeItem {
    /// The replacement's SKU.
    pub sku: String,
    /// Its price, in the order's currency.
    pub price: Money,
    /// Ship the replacement before the return arrives.
    pub advance: bool,
    /// The replacement's outbound shipping, when the policy lets the host price it
    /// (`exchanges.replacement_shipping: host`).
    pub shipping: Option<Money>,
}

/// A customer's request to return items.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReturnRequest {
    /// The return's id.
    pub id: String,
    /// Who asks; must be the order's customer.
    pub customer: String,
    /// What.
    pub lines: Vec<ReturnLineRequest>,
    /// How the money comes back.
    pub method: RefundMethod,
    /// The replacement, for an exchange.
    pub exchange: Option<ExchangeItem>,
}

impl ReturnRequest {
    fn to_core(&self) -> Result<r::ReturnRequest> {
        let lines = self
            .lines
            .iter()
            .map(|l| {
                Ok(r::RequestedLine {
                    line: pp::LineId::new(l.line.as_str())?,
                    quantity: quantity(l.quantity, "quantity")?,
                    reason: l.reason.into(),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let exchange = match &self.exchange {
            None => None,
            Some(x) => Some(r::ExchangeRequest {
                sku: pp::Sku::new(x.sku.as_str())?,
                price: x.price.to_core()?,
                advance: x.advance,
                shipping: x.shipping.as_ref().map(Money::to_core).transpose()?,
            }),
        };
        Ok(r::ReturnRequest {
            id: pp::ReturnId::new(self.id.as_str())?,
            customer: pp::CustomerId::new(self.customer.as_str())?,
            lines,
            method: self.method.into(),
            exchange,
        })
    }
}

/// Loyalty-tier benefits that change the return rules.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TierBenefits {
    /// Tier name.
    pub tier: String,
    /// Extra days on the return window.
    pub extra_return_days: u32,
    /// No return shipping fee.
    pub free_return_shipping: bool,
}

/// What the app knows about the customer that the order does not.
#[derive(Debug, Clone, PartialEq, Eq, Default, uniffi::Record)]
pub struct EligibilityContext {
    /// When the customer's earlier returns (any order) were requested.
    pub recent_returns: Vec<SystemTime>,
    /// The customer's tier benefits.
    pub tier: Option<TierBenefits>,
}

impl EligibilityContext {
    pub(crate) fn to_core(&self) -> Result<r::EligibilityContext> {
        Ok(r::EligibilityContext {
            recent_returns: self.recent_returns.iter().map(|t| instant(*t)).collect::<Result<_>>()?,
            tier: self.tier.as_ref().map(|t| r::TierBenefits {
                tier: t.tier.clone(),
                extra_return_days: t.extra_return_days,
                free_return_shipping: t.free_return_shipping,
            }),
        })
    }
}

/// One rule's verdict on one line.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RuleVerdict {
    /// The rule (`window`, `quantity`, `non_returnable`, `shipping`, `review_frequency`, `review_value`).
    pub rule: String,
    /// What it concluded.
    pub outcome: Outcome,
    /// Stable reason code, e.g. `return.window_closed`.
    pub code: String,
    /// The facts that decided it (window end, days left…).
    pub facts: HashMap<String, String>,
}

/// The decision on one requested line.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LineDecision {
    /// The line.
    pub line: String,
    /// Units requested.
    pub quantity: i64,
    /// Why.
    pub reason: ReturnReason,
    /// Allowed, denied or review.
    pub outcome: Outcome,
    /// The deciding reason code (`return.allowed`, `return.window_closed`, …).
    pub code: String,
    /// Every rule's verdict.
    pub verdicts: Vec<RuleVerdict>,
    /// When the window closes.
    pub window_end: Option<SystemTime>,
    /// Whole days left in the window.
    pub days_left: Option<i64>,
}

/// The decision on a whole request.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EligibilityReport {
    /// The return's id.
    pub return_id: String,
    /// Denied if every line is denied; review if any needs review; allowed otherwise.
    pub outcome: Outcome,
    /// Per line.
    pub lines: Vec<LineDecision>,
    /// The refund method after policy (may fall back to store credit).
    pub method: RefundMethod,
    /// Why the method fell back, as a reason code.
    pub method_note: Option<String>,
}

impl From<r::EligibilityReport> for EligibilityReport {
    fn from(x: r::EligibilityReport) -> Self {
        EligibilityReport {
            return_id: x.return_id.to_string(),
            outcome: x.outcome.into(),
            lines: x
                .lines
                .into_iter()
                .map(|d| LineDecision {
                    line: d.line.to_string(),
                    quantity: i64::from(d.quantity),
                    reason: d.reason.into(),
                    outcome: d.outcome.into(),
                    code: d.code.into_owned(),
                    verdicts: d
                        .verdicts
                        .into_iter()
                        .map(|v| RuleVerdict {
                            rule: v.rule.into_owned(),
                            outcome: v.outcome.into(),
                            code: v.code.into_owned(),
                            facts: v.facts.into_iter().collect(),
                        })
                        .collect(),
                    window_end: d.window_end.map(timestamp),
                    days_left: d.days_left,
                })
                .collect(),
            method: x.method.into(),
            method_note: x.method_note,
        }
    }
}

/// Where refunded money goes.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum RefundDestination {
    /// Back to a payment.
    Payment {
        /// The payment id.
        payment_id: String,
    },
    /// Store credit.
    StoreCredit,
}

/// Money going to one destination.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RefundPayout {
    /// Where.
    pub destination: RefundDestination,
    /// How much.
    pub amount: Money,
}

/// The refund for the units of one line.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RefundLine {
    /// The line.
    pub line: String,
    /// Units refunded.
    pub units: i64,
    /// Merchandise after discounts, without tax.
    pub merchandise: Money,
    /// Tax.
    pub tax: Money,
    /// Merchandise + tax.
    pub total: Money,
}

/// A refund line by line, fees as their own lines.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RefundBreakdown {
    /// Per line.
    pub lines: Vec<RefundLine>,
    /// Original shipping refunded.
    pub shipping: Money,
    /// Restocking fee deducted.
    pub restocking_fee: Money,
    /// Return shipping fee deducted.
    pub return_shipping_fee: Money,
    /// Lines + shipping − fees, limited to what is refundable.
    pub total: Money,
    /// Whether the total was cut to what was captured and not yet refunded.
    pub capped: bool,
    /// Store-credit bonus on top of the total.
    pub store_credit_bonus: Money,
    /// Where the money goes.
    pub payouts: Vec<RefundPayout>,
}

impl From<r::RefundBreakdown> for RefundBreakdown {
    fn from(b: r::RefundBreakdown) -> Self {
        RefundBreakdown {
            lines: b
                .lines
                .into_iter()
                .map(|l| RefundLine {
                    line: l.line.to_string(),
                    units: i64::from(l.units),
                    merchandise: l.merchandise.into(),
                    tax: l.tax.into(),
                    total: l.total.into(),
                })
                .collect(),
            shipping: b.shipping.into(),
            restocking_fee: b.restocking_fee.into(),
            return_shipping_fee: b.return_shipping_fee.into(),
            total: b.total.into(),
            capped: b.capped,
            store_credit_bonus: b.store_credit_bonus.into(),
            payouts: b
                .payouts
                .into_iter()
                .map(|p| RefundPayout {
                    destination: match p.destination {
                        r::RefundDestination::Payment(id) => RefundDestination::Payment { payment_id: id.to_string() },
                        r::RefundDestination::StoreCredit => RefundDestination::StoreCredit,
                    },
                    amount: p.amount.into(),
                })
                .collect(),
        }
    }
}

/// "Can I still return this, and what would I get back?"
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReturnPreview {
    /// The decision.
    pub report: EligibilityReport,
    /// The refund once the lines that are not denied come back resellable; none when all are denied.
    pub refund: Option<RefundBreakdown>,
}

/// A return opened on an order.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReturnOpened {
    /// The decision it was opened with.
    pub report: EligibilityReport,
    /// The order after it.
    pub update: OrderUpdate,
}

/// One return of an order.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReturnSummary {
    /// The return's id.
    pub id: String,
    /// Where it stands.
    pub status: ReturnStatus,
    /// When it was requested.
    pub requested_at: SystemTime,
    /// The refund, once paid.
    pub refund: Option<RefundBreakdown>,
    /// The exchange settlement, once made.
    pub exchange: Option<ExchangeSettlement>,
}

/// What an exchange settled: each term, and who owes whom.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExchangeSettlement {
    /// What came back is worth, less the fees: the credit towards the replacement.
    pub credit: Money,
    /// The replacement's price.
    pub replacement_price: Money,
    /// The balance: positive means the customer pays, negative means the shop refunds.
    pub difference: Money,
    /// The value of what came back (lines and any shipping refunded), before fees.
    pub returned_value: Option<Money>,
    /// The replacement's outbound shipping.
    pub replacement_shipping: Option<Money>,
    /// The return-shipping fee charged.
    pub return_shipping_fee: Option<Money>,
    /// The restocking fee charged.
    pub restocking_fee: Option<Money>,
}

impl From<r::ExchangeSettlement> for ExchangeSettlement {
    fn from(x: r::ExchangeSettlement) -> Self {
        ExchangeSettlement {
            credit: x.credit.into(),
            replacement_price: x.replacement_price.into(),
            difference: x.difference.into(),
            returned_value: x.returned_value.map(Into::into),
            replacement_shipping: x.replacement_shipping.map(Into::into),
            return_shipping_fee: x.return_shipping_fee.map(Into::into),
            restocking_fee: x.restocking_fee.map(Into::into),
        }
    }
}

type Inputs = (pp::Order, Vec<pp::OrderEvent>, r::ReturnRequest, r::EligibilityContext);

fn inputs(events_json: &str, request: &ReturnRequest, context: &EligibilityContext) -> Result<Inputs> {
    let (order, events) = rebuild(events_json)?;
    Ok((order, events, request.to_core()?, context.to_core()?))
}

fn evaluate_with(
    policy: &r::ReturnPolicy,
    order_events_json: &str,
    request: &ReturnRequest,
    context: &EligibilityContext,
    now: SystemTime,
) -> Result<EligibilityReport> {
    let (order, _, req, ctx) = inputs(order_events_json, request, context)?;
    Ok(r::evaluate(&order, &req, policy, &ctx, instant(now)?)?.into())
}

fn preview_with(
    policy: &r::ReturnPolicy,
    order_events_json: &str,
    request: &ReturnRequest,
    context: &EligibilityContext,
    now: SystemTime,
) -> Result<ReturnPreview> {
    let (order, _, req, ctx) = inputs(order_events_json, request, context)?;
    let p = r::preview(&order, &req, policy, &ctx, instant(now)?)?;
    Ok(ReturnPreview { report: p.report.into(), refund: p.refund.map(Into::into) })
}

fn request_with(
    policy: &r::ReturnPolicy,
    order_events_json: &str,
    request: &ReturnRequest,
    context: &EligibilityContext,
    key: &str,
    now: SystemTime,
    expected_version: Option<i64>,
) -> Result<ReturnOpened> {
    let (mut order, events, req, ctx) = inputs(order_events_json, request, context)?;
    let m = crate::meta_expecting(key, now, expected_version)?;
    let (report, new) = r::request_return(&order, &req, policy, &ctx, &m)?;
    for e in &new {
        order.apply(e);
    }
    Ok(ReturnOpened { report: report.into(), update: update(&order, events, new, now)? })
}

/// A return policy parsed and validated once; its methods decide without parsing it again (the
/// functions that take `policyJson` parse it on every call).
#[derive(uniffi::Object)]
pub struct ReturnPolicy {
    pub(crate) inner: r::ReturnPolicy,
}

#[uniffi::export]
impl ReturnPolicy {
    /// Parses and validates a policy (JSON); every problem is reported at once.
    #[uniffi::constructor]
    pub fn new(policy_json: String) -> Result<Arc<Self>> {
        crate::guard(|| Ok(Arc::new(ReturnPolicy { inner: r::ReturnPolicy::from_json(&policy_json)? })))
    }

    /// The policy as canonical JSON.
    pub fn to_json(&self) -> Result<String> {
        crate::guard(|| dump(&self.inner))
    }

    /// As [`evaluate_return`].
    pub fn evaluate(
        &self,
        order_events_json: String,
        request: ReturnRequest,
        context: EligibilityContext,
        now: SystemTime,
    ) -> Result<EligibilityReport> {
        crate::guard(|| evaluate_with(&self.inner, &order_events_json, &request, &context, now))
    }

    /// As [`preview_return`].
    pub fn preview(
        &self,
        order_events_json: String,
        request: ReturnRequest,
        context: EligibilityContext,
        now: SystemTime,
    ) -> Result<ReturnPreview> {
        crate::guard(|| preview_with(&self.inner, &order_events_json, &request, &context, now))
    }

    /// As [`request_return`].
    #[uniffi::method(default(expected_version = None))]
    pub fn request(
        &self,
        order_events_json: String,
        request: ReturnRequest,
        context: EligibilityContext,
        key: String,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<ReturnOpened> {
        crate::guard(|| request_with(&self.inner, &order_events_json, &request, &context, &key, now, expected_version))
    }
}

/// Validates a return policy (JSON); every problem is reported at once. Returns the canonical JSON.
#[uniffi::export]
pub fn validate_return_policy(policy_json: String) -> Result<String> {
    crate::guard(|| dump(&r::ReturnPolicy::from_json(&policy_json)?))
}

/// Decides a return request against a policy at `now`, every rule's verdict included.
#[uniffi::export]
pub fn evaluate_return(
    order_events_json: String,
    request: ReturnRequest,
    policy_json: String,
    context: EligibilityContext,
    now: SystemTime,
) -> Result<EligibilityReport> {
    crate::guard(|| {
        evaluate_with(&r::ReturnPolicy::from_json(&policy_json)?, &order_events_json, &request, &context, now)
    })
}

/// The decision plus the refund the return would pay; the order is not changed.
#[uniffi::export]
pub fn preview_return(
    order_events_json: String,
    request: ReturnRequest,
    policy_json: String,
    context: EligibilityContext,
    now: SystemTime,
) -> Result<ReturnPreview> {
    crate::guard(|| {
        preview_with(&r::ReturnPolicy::from_json(&policy_json)?, &order_events_json, &request, &context, now)
    })
}

/// Opens a return on the order: evaluates it and records it (auto-approved when the policy says so).
#[uniffi::export(default(expected_version = None))]
pub fn request_return(
    order_events_json: String,
    request: ReturnRequest,
    policy_json: String,
    context: EligibilityContext,
    key: String,
    now: SystemTime,
    expected_version: Option<i64>,
) -> Result<ReturnOpened> {
    crate::guard(|| {
        let policy = r::ReturnPolicy::from_json(&policy_json)?;
        request_with(&policy, &order_events_json, &request, &context, &key, now, expected_version)
    })
}

/// The returns of an order, in id order.
#[uniffi::export]
pub fn order_returns(order_events_json: String) -> Result<Vec<ReturnSummary>> {
    crate::guard(|| {
        let (order, _) = rebuild(&order_events_json)?;
        Ok(order
            .returns()
            .map(|c| ReturnSummary {
                id: c.id.to_string(),
                status: c.status.into(),
                requested_at: timestamp(c.requested_at),
                refund: c.refund.clone().map(Into::into),
                exchange: c.exchange.clone().map(Into::into),
            })
            .collect())
    })
}
