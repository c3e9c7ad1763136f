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

mod eligibility;
mod policy;
mod refund;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub(crate) use eligibility::start_of_local_day;
pub use eligibility::{
    DECISION_CODES, EligibilityContext, EligibilityReport, ExchangeRequest, LineDecision, Outcome, RequestedLine,
    ReturnRequest, RuleVerdict, TierBenefits, evaluate,
};
pub use policy::{
    Fee, HolidayExtension, MAX_WINDOW_DAYS, NonReturnable, RefundMethod, RefundOptions, RestockingFee, ReturnPolicy,
    ReturnReason, ReturnShippingFee, ReviewLimits, ShippingRefund, ShippingRequirement, WindowOverride, WindowRule,
    WindowStart,
};
pub use refund::{ExchangeSettlement, RefundBreakdown, RefundDestination, RefundLine, RefundPayout};

use crate::error::{Error, ErrorKind, Result};
use crate::ids::{CustomerId, IdempotencyKey, LineId, PaymentId, ReturnId};
use crate::money::{Money, RoundingMode};
use crate::order::{CommandMeta, LineQuantity, Order, OrderChange, OrderCommand, OrderEvent};
use crate::tracking::{CarrierEvent, TrackingStatus, merchant_status};

/// Where a return stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReturnStatus {
    /// Waiting for staff (some line needs review or was denied).
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

impl ReturnStatus {
    /// Whether the return is over.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            ReturnStatus::Declined
                | ReturnStatus::Refunded
                | ReturnStatus::Credited
                | ReturnStatus::Exchanged
                | ReturnStatus::Charged
                | ReturnStatus::Cancelled
        )
    }
}

/// The state of a returned unit on arrival.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemCondition {
    /// Can be sold again.
    Resellable,
    /// Arrived damaged.
    Damaged,
    /// Not the item that was sold.
    WrongItem,
    /// Not in the parcel.
    Missing,
}

/// Units received for one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceivedItem {
    /// The line.
    pub line: LineId,
    /// Units.
    pub quantity: u32,
    /// Their condition.
    pub condition: ItemCondition,
}

/// One line of a return case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnLine {
    /// The line.
    pub line: LineId,
    /// Units requested.
    pub requested: u32,
    /// Why.
    pub reason: ReturnReason,
    /// The eligibility outcome.
    pub outcome: Outcome,
    /// Units reserved on the order line (counted in its `return_requested`).
    pub reserved: u32,
    /// Units approved.
    pub approved: u32,
    /// Units received per condition.
    pub received: BTreeMap<ItemCondition, u32>,
    /// The restocking fee rule resolved at request time.
    pub restocking_fee: Option<Fee>,
}

impl ReturnLine {
    /// Units received in any condition, missing included.
    pub fn received_total(&self) -> u32 {
        self.received.values().sum()
    }

    /// Units received and not missing: what will be refunded.
    pub fn refundable(&self) -> u32 {
        self.received.iter().filter(|(c, _)| **c != ItemCondition::Missing).map(|(_, n)| *n).sum()
    }
}

/// The money terms fixed when the return was requested.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnTerms {
    /// How the refund is paid.
    pub method: RefundMethod,
    /// Store-credit bonus in percent.
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    pub store_credit_bonus_percent: rust_decimal::Decimal,
    /// Return shipping fee charged (zero when waived).
    pub return_shipping_fee: Money,
    /// Refund the original shipping when the whole order has come back.
    pub refund_shipping_when_whole: bool,
    /// Refund the original shipping because of the reason.
    pub refund_shipping_for_reason: bool,
    /// The replacement, for exchanges.
    pub exchange: Option<ExchangeRequest>,
}

/// What a return request decided: the lines reserved, the terms and the report. The case it
/// opens is requested at the event's time, with nothing approved, received or paid yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestedReturn {
    /// Id.
    pub id: ReturnId,
    /// Customer.
    pub customer: CustomerId,
    /// `requested`, or `declined` when the policy denied every line.
    pub status: ReturnStatus,
    /// The lines as decided.
    pub lines: Vec<RequestedReturnLine>,
    /// Money terms.
    pub terms: ReturnTerms,
    /// Why it was declined (when it was).
    pub decline_reason: Option<String>,
    /// The eligibility report.
    pub report: EligibilityReport,
}

/// One line of a return request as decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestedReturnLine {
    /// The line.
    pub line: LineId,
    /// Units requested.
    pub requested: u32,
    /// Why.
    pub reason: ReturnReason,
    /// The eligibility outcome.
    pub outcome: Outcome,
    /// Units reserved on the order line.
    pub reserved: u32,
    /// The restocking fee rule resolved at request time.
    pub restocking_fee: Option<Fee>,
}

impl RequestedReturn {
    /// The case this opens when recorded at `at`.
    pub fn open(&self, at: DateTime<Utc>) -> ReturnCase {
        ReturnCase {
            id: self.id.clone(),
            customer: self.customer.clone(),
            status: self.status,
            requested_at: at,
            lines: self
                .lines
                .iter()
                .map(|l| ReturnLine {
                    line: l.line.clone(),
                    requested: l.requested,
                    reason: l.reason,
                    outcome: l.outcome,
                    reserved: l.reserved,
                    approved: 0,
                    received: BTreeMap::new(),
                    restocking_fee: l.restocking_fee,
                })
                .collect(),
            terms: self.terms.clone(),
            override_reason: None,
            decline_reason: self.decline_reason.clone(),
            label: None,
            tracking: Vec::new(),
            refund: None,
            exchange: None,
            advance_deadline: None,
            report: self.report.clone(),
        }
    }
}

/// What an approval decided for one line of a case: the units approved, the units now reserved
/// on the order line, and by how much the order line's reservation changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApprovedLine {
    /// Position of the line in the case.
    pub position: u32,
    /// The order line.
    pub line: LineId,
    /// Units approved.
    pub approved: u32,
    /// Units reserved after the approval (always the approved units).
    pub reserved: u32,
    /// Change of the order line's `return_requested` (more when an override approves denied
    /// units, less when reserved units were not approved).
    pub reservation_change: i64,
}

/// Decides an approval over a case's lines, given as (line, approved so far, reserved) per
/// position: each approved quantity takes the first line with that id not yet approved; every
/// line ends reserving exactly what it approved.
pub(crate) fn plan_approval<'a>(
    case_lines: impl Iterator<Item = (&'a LineId, u32, u32)>,
    lines: &[LineQuantity],
) -> Vec<ApprovedLine> {
    let mut plan: Vec<ApprovedLine> = Vec::new();
    let mut open: std::collections::HashMap<&LineId, std::collections::VecDeque<usize>> =
        std::collections::HashMap::new();
    let mut before: Vec<u32> = Vec::new();
    for (i, (line, approved, reserved)) in case_lines.enumerate() {
        if approved == 0 {
            open.entry(line).or_default().push_back(i);
        }
        before.push(reserved);
        plan.push(ApprovedLine {
            position: u32::try_from(i).unwrap_or(u32::MAX),
            line: line.clone(),
            approved,
            reserved,
            reservation_change: 0,
        });
    }
    for lq in lines {
        let slot = open.get_mut(&lq.line).and_then(std::collections::VecDeque::pop_front);
        if let Some(p) = slot.and_then(|i| plan.get_mut(i)) {
            p.approved = lq.quantity;
        }
    }
    for (p, reserved_before) in plan.iter_mut().zip(before) {
        p.reserved = p.approved;
        p.reservation_change = i64::from(p.approved).saturating_sub(i64::from(reserved_before));
    }
    plan
}

/// The status a return is in after a carrier scan: approved or labelled returns move to in
/// transit once the parcel moves.
pub(crate) fn status_after_scan(case: &ReturnCase, scan: &CarrierEvent) -> ReturnStatus {
    let mut tracking = case.tracking.clone();
    tracking.push(scan.clone());
    let moving = !matches!(merchant_status(&tracking), TrackingStatus::Pending | TrackingStatus::InfoReceived);
    if moving && matches!(case.status, ReturnStatus::Approved | ReturnStatus::LabelIssued) {
        ReturnStatus::InTransit
    } else {
        case.status
    }
}

/// A return (or a claim) on an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnCase {
    /// Id.
    pub id: ReturnId,
    /// Customer.
    pub customer: CustomerId,
    /// Status.
    pub status: ReturnStatus,
    /// When requested.
    pub requested_at: DateTime<Utc>,
    /// Lines.
    pub lines: Vec<ReturnLine>,
    /// Money terms.
    pub terms: ReturnTerms,
    /// Staff override of a denial, with its reason.
    pub override_reason: Option<String>,
    /// Why it was declined.
    pub decline_reason: Option<String>,
    /// Return label carrier and tracking number.
    pub label: Option<(String, String)>,
    /// Carrier scans of the parcel coming back.
    pub tracking: Vec<CarrierEvent>,
    /// The refund, once paid.
    pub refund: Option<RefundBreakdown>,
    /// The exchange settlement, once made.
    pub exchange: Option<ExchangeSettlement>,
    /// Deadline of an advance exchange whose replacement has shipped.
    pub advance_deadline: Option<DateTime<Utc>>,
    /// The eligibility report the return was opened with.
    pub report: EligibilityReport,
}

impl ReturnCase {
    /// Where each line id first appears in `lines`: built once per command, so touching every
    /// line of a large return costs the size of the return, not its square.
    fn first_positions(&self) -> std::collections::HashMap<LineId, usize> {
        let mut out = std::collections::HashMap::with_capacity(self.lines.len());
        for (i, l) in self.lines.iter().enumerate() {
            out.entry(l.line.clone()).or_insert(i);
        }
        out
    }
}

/// What to do about goods lost or damaged in transit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimResolution {
    /// Refund the units.
    Refund,
    /// Send a replacement (the host creates the replacement order).
    Replacement,
}

/// A command on a return, sent through [`OrderCommand::Return`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum ReturnCommand {
    /// Request a return: evaluated against the return policy in the decision's
    /// [`crate::order::OrderContext`] (the same decision as [`request_return`]).
    Request {
        /// The request.
        request: ReturnRequest,
    },
    /// Approve; with `override_reason`, denied lines are approved too (staff override).
    Approve {
        /// The return.
        return_id: ReturnId,
        /// Why staff override a denial.
        #[serde(default)]
        override_reason: Option<String>,
    },
    /// Decline.
    Decline {
        /// The return.
        return_id: ReturnId,
        /// Why.
        reason: String,
    },
    /// A return label was issued.
    IssueLabel {
        /// The return.
        return_id: ReturnId,
        /// Carrier.
        carrier: String,
        /// Tracking number.
        tracking_number: String,
    },
    /// A carrier scan of the parcel coming back.
    RecordTracking {
        /// The return.
        return_id: ReturnId,
        /// The scan.
        event: CarrierEvent,
    },
    /// Units arrived at the warehouse.
    Receive {
        /// The return.
        return_id: ReturnId,
        /// What arrived, per condition.
        items: Vec<ReceivedItem>,
    },
    /// Pay the refund (or settle the exchange) for what was received.
    Refund {
        /// The return.
        return_id: ReturnId,
        /// Payments to refund first, in order; others follow by id.
        #[serde(default)]
        payment_order: Vec<PaymentId>,
    },
    /// Cancel before anything was received.
    Cancel {
        /// The return.
        return_id: ReturnId,
    },
    /// Ship the replacement of an advance exchange, due back by `deadline`.
    ShipAdvanceReplacement {
        /// The return.
        return_id: ReturnId,
        /// When the customer is charged if nothing came back.
        deadline: DateTime<Utc>,
    },
    /// Charge the customer for an advance replacement whose return never came.
    ChargeUnreturnedExchange {
        /// The return.
        return_id: ReturnId,
    },
    /// Goods lost or damaged in transit: refund or replace without a return.
    Claim {
        /// Id for the claim.
        claim_id: ReturnId,
        /// Units concerned.
        lines: Vec<LineQuantity>,
        /// Refund or replacement.
        resolution: ClaimResolution,
        /// Payments to refund first.
        #[serde(default)]
        payment_order: Vec<PaymentId>,
    },
}

/// What changed on a return, recorded as [`OrderChange::Return`].
#[allow(clippy::large_enum_variant)] // events are plain data, stored once and rarely moved
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReturnChange {
    /// A return was requested and evaluated: what was decided (the case opens from it).
    Requested {
        /// The decision.
        request: RequestedReturn,
    },
    /// Approved.
    Approved {
        /// The return.
        return_id: ReturnId,
        /// Units approved per line.
        lines: Vec<LineQuantity>,
        /// Staff override reason, if a denial was overridden.
        override_reason: Option<String>,
        /// What the approval decided for each line of the case (absent in events written
        /// before version 2, which replay by the rule of the time: [`crate::schema`]).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decided: Option<Vec<ApprovedLine>>,
    },
    /// Declined.
    Declined {
        /// The return.
        return_id: ReturnId,
        /// Why.
        reason: String,
    },
    /// Label issued.
    LabelIssued {
        /// The return.
        return_id: ReturnId,
        /// Carrier.
        carrier: String,
        /// Tracking number.
        tracking_number: String,
    },
    /// Carrier scan recorded.
    TrackingRecorded {
        /// The return.
        return_id: ReturnId,
        /// The scan.
        event: CarrierEvent,
        /// The return's status after the scan (absent in events written before version 2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<ReturnStatus>,
    },
    /// Units received.
    Received {
        /// The return.
        return_id: ReturnId,
        /// What arrived.
        items: Vec<ReceivedItem>,
    },
    /// Refunded or credited.
    Refunded {
        /// The return.
        return_id: ReturnId,
        /// The breakdown.
        breakdown: RefundBreakdown,
        /// `credited` when every payout went to store credit, else `refunded` (decided here, so
        /// replay never re-derives it).
        status: ReturnStatus,
    },
    /// Settled by exchange.
    Exchanged {
        /// The return.
        return_id: ReturnId,
        /// The breakdown of the credit.
        breakdown: RefundBreakdown,
        /// Who owes whom.
        settlement: ExchangeSettlement,
    },
    /// Cancelled.
    Cancelled {
        /// The return.
        return_id: ReturnId,
    },
    /// Advance replacement shipped.
    AdvanceReplacementShipped {
        /// The return.
        return_id: ReturnId,
        /// Deadline for the return.
        deadline: DateTime<Utc>,
    },
    /// Customer charged for an unreturned advance exchange.
    ExchangeCharged {
        /// The return.
        return_id: ReturnId,
        /// Amount charged.
        amount: Money,
    },
    /// A transit claim resolved.
    ClaimResolved {
        /// The claim.
        claim_id: ReturnId,
        /// Units concerned.
        lines: Vec<LineQuantity>,
        /// Refund or replacement.
        resolution: ClaimResolution,
        /// The refund, for refunds.
        breakdown: Option<RefundBreakdown>,
    },
}

fn rerr(kind: ErrorKind, msg: &str) -> Error {
    Error::new(kind, msg)
}

/// Evaluates a return request and decides the events that open the return.
///
/// Lines that are not denied are reserved on the order at once, so a unit can be in at most one
/// open return. When every line is allowed and the policy auto-approves, the return is approved
/// in the same step. Returns the report and the events (apply them with [`Order::apply`] or
/// persist them); the report explains every decision.
///
/// # Errors
/// As [`evaluate`], plus [`ErrorKind::DuplicateReturn`] for a reused return id and
/// [`ErrorKind::IdempotencyConflict`] for a reused key.
pub fn request_return(
    order: &Order,
    request: &ReturnRequest,
    policy: &ReturnPolicy,
    ctx: &EligibilityContext,
    meta: &CommandMeta,
) -> Result<(EligibilityReport, Vec<OrderEvent>)> {
    let fp = crate::fingerprint::Fingerprint::of("return_request", request);
    if let Some(seen) = order.processed.get(&meta.key) {
        if !fp.matches(seen) {
            return Err(rerr(ErrorKind::IdempotencyConflict, "idempotency key reused for a different command"));
        }
        let case = order.return_case(&request.id)?;
        return Ok((case.report.clone(), Vec::new()));
    }
    if order.returns.contains_key(&request.id) {
        return Err(rerr(ErrorKind::DuplicateReturn, "return id already used").with("return", &request.id));
    }
    let report = evaluate(order, request, policy, ctx, meta.now)?;
    let cur = order.currency;
    let reasons: Vec<ReturnReason> = request.lines.iter().map(|l| l.reason).collect();
    let waived_shipping = reasons.iter().all(|r| policy.return_shipping_fee.waived_for.contains(r))
        || ctx.tier.as_ref().is_some_and(|t| t.free_return_shipping)
        || request.method == RefundMethod::Exchange;
    let fee_amount = policy.return_shipping_fee.amount.unwrap_or_default();
    let return_shipping_fee =
        if waived_shipping { Money::zero(cur) } else { Money::new(fee_amount, cur)?.round(RoundingMode::HalfUp) };
    let terms = ReturnTerms {
        method: report.method,
        store_credit_bonus_percent: policy.refunds.store_credit_bonus_percent,
        return_shipping_fee,
        refund_shipping_when_whole: policy.shipping_refund.when_whole_order_returned,
        refund_shipping_for_reason: reasons.iter().any(|r| policy.shipping_refund.for_reasons.contains(r)),
        exchange: request.exchange.clone(),
    };
    let lines = report
        .lines
        .iter()
        .map(|d| {
            let restocking_fee = if policy.restocking_fee.waived_for.contains(&d.reason) {
                None
            } else {
                policy.restocking_fee.per_reason.get(&d.reason).copied().or(policy.restocking_fee.default)
            };
            let reserved = if d.outcome == Outcome::Denied { 0 } else { d.quantity };
            RequestedReturnLine {
                line: d.line.clone(),
                requested: d.quantity,
                reason: d.reason,
                outcome: d.outcome,
                reserved,
                restocking_fee,
            }
        })
        .collect();
    let status = if report.outcome == Outcome::Denied { ReturnStatus::Declined } else { ReturnStatus::Requested };
    let decided = RequestedReturn {
        id: request.id.clone(),
        customer: request.customer.clone(),
        status,
        lines,
        terms,
        decline_reason: (status == ReturnStatus::Declined).then(|| "every line was denied by the policy".to_string()),
        report: report.clone(),
    };
    let decided_lines = decided.lines.clone();
    let mut changes = vec![ReturnChange::Requested { request: decided }];
    if report.outcome == Outcome::Allowed && policy.auto_approve {
        let lines: Vec<LineQuantity> = report
            .lines
            .iter()
            .filter(|d| d.outcome == Outcome::Allowed)
            .map(|d| LineQuantity { line: d.line.clone(), quantity: d.quantity })
            .collect();
        let decided = plan_approval(decided_lines.iter().map(|l| (&l.line, 0, l.reserved)), &lines);
        changes.push(ReturnChange::Approved {
            return_id: request.id.clone(),
            lines,
            override_reason: None,
            decided: Some(decided),
        });
    }
    let events = changes
        .into_iter()
        .map(|change| {
            OrderEvent::new(meta.key.clone(), fp.as_stored().to_string(), meta.now, OrderChange::Return { change })
        })
        .collect();
    Ok((report, events))
}

/// The status a refund leaves its return in: `credited` when every payout went to store credit.
pub(crate) fn refund_status(breakdown: &RefundBreakdown) -> ReturnStatus {
    let all_credit = breakdown.payouts.iter().all(|p| p.destination == RefundDestination::StoreCredit);
    if all_credit && !breakdown.payouts.is_empty() { ReturnStatus::Credited } else { ReturnStatus::Refunded }
}

/// Previews the refund a return would pay now for what it has received (no state change).
///
/// # Errors
/// [`ErrorKind::UnknownReturn`], [`ErrorKind::ReturnNothingToRefund`].
pub fn refund_quote(order: &Order, return_id: &ReturnId, payment_order: &[PaymentId]) -> Result<RefundBreakdown> {
    let case = order.return_case(return_id)?;
    refund::compute(order, case, payment_order)
}

/// What a return request would lead to if it were made now: the eligibility decision and, for
/// the lines that are not denied, the refund it would pay once everything arrives resellable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnPreview {
    /// The decision, as [`evaluate`] gives it.
    pub report: EligibilityReport,
    /// The refund for the lines that are not denied (pending review where a line needs it);
    /// `None` when every line is denied or nothing would be refunded.
    pub refund: Option<RefundBreakdown>,
}

/// Previews a return without changing the order: the decision and the refund it would pay when
/// the approved units come back resellable, with the policy's fees, shipping rules and the cap
/// on what was captured. For "can I still return this, and what would I get back?".
///
/// # Errors
/// As [`request_return`].
pub fn preview(
    order: &Order,
    request: &ReturnRequest,
    policy: &ReturnPolicy,
    ctx: &EligibilityContext,
    now: DateTime<Utc>,
) -> Result<ReturnPreview> {
    let mut draft = order.clone();
    // short keys the order has not used (never derived from the return id, which may already be
    // at the id length limit)
    let fresh = |draft: &Order, step: &str| -> Result<CommandMeta> {
        let key = (0u32..=u32::MAX)
            .map(|n| format!("preview-{step}-{n}"))
            .find(|k| IdempotencyKey::new(k.as_str()).is_ok_and(|k| !draft.processed.contains_key(&k)))
            .ok_or_else(|| rerr(ErrorKind::InvalidInput, "no free preview key"))?;
        Ok(CommandMeta::new(IdempotencyKey::new(key)?, now))
    };
    let meta = fresh(&draft, "request")?;
    let (report, events) = request_return(&draft, request, policy, ctx, &meta)?;
    if report.outcome == Outcome::Denied {
        return Ok(ReturnPreview { report, refund: None });
    }
    for e in &events {
        draft.apply(e);
    }
    if draft.return_case(&request.id)?.status == ReturnStatus::Requested {
        let approve = ReturnCommand::Approve { return_id: request.id.clone(), override_reason: None };
        let m = fresh(&draft, "approve")?;
        handle_return(&mut draft, approve, &m)?;
    }
    let items: Vec<ReceivedItem> = draft
        .return_case(&request.id)?
        .lines
        .iter()
        .filter(|l| l.approved > 0)
        .map(|l| ReceivedItem { line: l.line.clone(), quantity: l.approved, condition: ItemCondition::Resellable })
        .collect();
    if items.is_empty() {
        return Ok(ReturnPreview { report, refund: None });
    }
    let m = fresh(&draft, "receive")?;
    handle_return(&mut draft, ReturnCommand::Receive { return_id: request.id.clone(), items }, &m)?;
    match refund_quote(&draft, &request.id, &[]) {
        Ok(refund) => Ok(ReturnPreview { report, refund: Some(refund) }),
        Err(e) if e.kind() == ErrorKind::ReturnNothingToRefund => Ok(ReturnPreview { report, refund: None }),
        Err(e) => Err(e),
    }
}

/// Sends a return command to an order: shorthand for [`Order::handle`] with [`OrderCommand::Return`].
///
/// # Errors
/// As [`Order::handle`].
pub fn handle_return(order: &mut Order, command: ReturnCommand, meta: &CommandMeta) -> Result<Vec<OrderEvent>> {
    order.handle(&OrderCommand::Return { command }, meta)
}

impl Order {
    /// Looks up a return.
    ///
    /// # Errors
    /// [`ErrorKind::UnknownReturn`].
    pub fn return_case(&self, id: &ReturnId) -> Result<&ReturnCase> {
        self.returns
            .get(id)
            .ok_or_else(|| rerr(ErrorKind::UnknownReturn, "no such return on the order").with("return", id))
    }

    pub(crate) fn decide_return(&self, cmd: &ReturnCommand, meta: &CommandMeta) -> Result<Vec<ReturnChange>> {
        use ReturnCommand as C;
        use ReturnStatus as S;
        let transition = |msg: &str| rerr(ErrorKind::ReturnInvalidTransition, msg);
        match cmd {
            C::Request { .. } => Err(rerr(
                ErrorKind::InvalidInput,
                "a return request is decided against the return policy: pass it in OrderContext (Order::handle_with)",
            )),
            C::Approve { return_id, override_reason } => {
                let case = self.return_case(return_id)?;
                if !matches!(case.status, S::Requested | S::Declined) {
                    return Err(transition("only a requested or declined return can be approved"));
                }
                let overriding = override_reason.as_ref().is_some_and(|r| !r.trim().is_empty());
                if case.status == S::Declined && !overriding {
                    return Err(transition("a declined return can only be approved with an override reason"));
                }
                let mut lines = Vec::new();
                for l in &case.lines {
                    if l.outcome != Outcome::Denied {
                        lines.push(LineQuantity { line: l.line.clone(), quantity: l.requested });
                    } else if overriding {
                        // the override cannot break the counters: check what is still returnable
                        let line = self.line(&l.line)?;
                        let free = line.counts.shipped.saturating_sub(line.counts.return_requested);
                        let already: u32 = lines.iter().filter(|q| q.line == l.line).map(|q| q.quantity).sum();
                        if l.requested > free.saturating_sub(already) {
                            return Err(rerr(
                                ErrorKind::ReturnQuantityExceedsReturnable,
                                "not enough shipped units left to return",
                            )
                            .with("line", &l.line)
                            .with("returnable", free.saturating_sub(already)));
                        }
                        lines.push(LineQuantity { line: l.line.clone(), quantity: l.requested });
                    }
                }
                if lines.is_empty() {
                    return Err(transition("nothing to approve; decline instead or override"));
                }
                let override_reason = if overriding { override_reason.clone() } else { None };
                let decided = plan_approval(case.lines.iter().map(|l| (&l.line, l.approved, l.reserved)), &lines);
                Ok(vec![ReturnChange::Approved {
                    return_id: return_id.clone(),
                    lines,
                    override_reason,
                    decided: Some(decided),
                }])
            }
            C::Decline { return_id, reason } => {
                let case = self.return_case(return_id)?;
                if case.status != S::Requested {
                    return Err(transition("only a requested return can be declined"));
                }
                Ok(vec![ReturnChange::Declined { return_id: return_id.clone(), reason: reason.clone() }])
            }
            C::IssueLabel { return_id, carrier, tracking_number } => {
                let case = self.return_case(return_id)?;
                if case.status != S::Approved {
                    return Err(transition("a label needs an approved return"));
                }
                Ok(vec![ReturnChange::LabelIssued {
                    return_id: return_id.clone(),
                    carrier: carrier.clone(),
                    tracking_number: tracking_number.clone(),
                }])
            }
            C::RecordTracking { return_id, event } => {
                let case = self.return_case(return_id)?;
                if !matches!(case.status, S::Approved | S::LabelIssued | S::InTransit | S::Received) {
                    return Err(transition("tracking needs an approved return"));
                }
                let status = Some(status_after_scan(case, event));
                Ok(vec![ReturnChange::TrackingRecorded { return_id: return_id.clone(), event: event.clone(), status }])
            }
            C::Receive { return_id, items } => {
                let case = self.return_case(return_id)?;
                if !matches!(case.status, S::Approved | S::LabelIssued | S::InTransit | S::Received) {
                    return Err(transition("only an approved return can receive items"));
                }
                if items.is_empty() {
                    return Err(rerr(ErrorKind::InvalidQuantity, "nothing received"));
                }
                let mut per_line: BTreeMap<&LineId, u32> = BTreeMap::new();
                for it in items {
                    if it.quantity == 0 {
                        return Err(
                            rerr(ErrorKind::InvalidQuantity, "quantity must be at least 1").with("line", &it.line)
                        );
                    }
                    let e = per_line.entry(&it.line).or_insert(0);
                    *e = e.saturating_add(it.quantity);
                }
                let positions = case.first_positions();
                for (id, q) in per_line {
                    let rl = positions.get(id).and_then(|i| case.lines.get(*i)).ok_or_else(|| {
                        rerr(ErrorKind::ReturnQuantityExceedsRequested, "the line is not part of this return")
                            .with("line", id)
                    })?;
                    if rl.received_total().saturating_add(q) > rl.approved {
                        return Err(rerr(
                            ErrorKind::ReturnQuantityExceedsRequested,
                            "more units received than were approved",
                        )
                        .with("line", id)
                        .with("approved", rl.approved)
                        .with("already_received", rl.received_total()));
                    }
                }
                Ok(vec![ReturnChange::Received { return_id: return_id.clone(), items: items.clone() }])
            }
            C::Refund { return_id, payment_order } => {
                let case = self.return_case(return_id)?;
                if case.status != S::Received {
                    return Err(transition("only a received return can be refunded"));
                }
                let breakdown = refund::compute(self, case, payment_order)?;
                if case.terms.method == RefundMethod::Exchange {
                    let settlement = refund::settle_exchange(&breakdown, case)?;
                    return Ok(vec![ReturnChange::Exchanged { return_id: return_id.clone(), breakdown, settlement }]);
                }
                let status = refund_status(&breakdown);
                Ok(vec![ReturnChange::Refunded { return_id: return_id.clone(), breakdown, status }])
            }
            C::Cancel { return_id } => {
                let case = self.return_case(return_id)?;
                if case.status.is_closed() || case.lines.iter().any(|l| l.received_total() > 0) {
                    return Err(transition(
                        "a return can be cancelled only while open and before anything is received",
                    ));
                }
                Ok(vec![ReturnChange::Cancelled { return_id: return_id.clone() }])
            }
            C::ShipAdvanceReplacement { return_id, deadline } => {
                let case = self.return_case(return_id)?;
                let advance = case.terms.exchange.as_ref().is_some_and(|x| x.advance);
                if !advance
                    || case.advance_deadline.is_some()
                    || !matches!(case.status, S::Approved | S::LabelIssued | S::InTransit)
                {
                    return Err(transition("an advance replacement needs an approved advance exchange, shipped once"));
                }
                if *deadline <= meta.now {
                    return Err(rerr(ErrorKind::InvalidInput, "the deadline must be in the future"));
                }
                Ok(vec![ReturnChange::AdvanceReplacementShipped { return_id: return_id.clone(), deadline: *deadline }])
            }
            C::ChargeUnreturnedExchange { return_id } => {
                let case = self.return_case(return_id)?;
                let Some(deadline) = case.advance_deadline else {
                    return Err(transition("no advance replacement was shipped"));
                };
                if case.status.is_closed() || case.lines.iter().any(|l| l.received_total() > 0) {
                    return Err(transition("the return arrived or is closed"));
                }
                if meta.now <= deadline {
                    return Err(rerr(ErrorKind::ExchangeDeadlineNotReached, "the deadline has not passed")
                        .with("deadline", deadline.to_rfc3339()));
                }
                let amount = case.terms.exchange.as_ref().map_or_else(|| Money::zero(self.currency), |x| x.price);
                Ok(vec![ReturnChange::ExchangeCharged { return_id: return_id.clone(), amount }])
            }
            C::Claim { claim_id, lines, resolution, payment_order } => {
                if self.returns.contains_key(claim_id) {
                    return Err(rerr(ErrorKind::DuplicateReturn, "return id already used").with("return", claim_id));
                }
                if lines.is_empty() {
                    return Err(rerr(ErrorKind::InvalidQuantity, "a claim needs at least one unit"));
                }
                for lq in lines {
                    let line = self.line(&lq.line)?;
                    let c = &line.counts;
                    let claimable = c
                        .shipped
                        .saturating_sub(c.return_requested)
                        .saturating_sub(c.refunded.saturating_sub(c.returned.min(c.refunded)));
                    if lq.quantity == 0 || lq.quantity > claimable {
                        return Err(rerr(
                            ErrorKind::ReturnQuantityExceedsReturnable,
                            "more units than were shipped and not returned or refunded",
                        )
                        .with("line", &lq.line)
                        .with("claimable", claimable));
                    }
                }
                let breakdown = match resolution {
                    ClaimResolution::Refund => Some(refund::compute_claim(self, lines, payment_order)?),
                    ClaimResolution::Replacement => None,
                };
                Ok(vec![ReturnChange::ClaimResolved {
                    claim_id: claim_id.clone(),
                    lines: lines.clone(),
                    resolution: *resolution,
                    breakdown,
                }])
            }
        }
    }

    pub(crate) fn apply_return(&mut self, change: &ReturnChange, at: DateTime<Utc>) {
        match change {
            ReturnChange::Requested { request } => {
                for l in &request.lines {
                    if let Some(line) = self.line_mut(&l.line) {
                        line.counts.return_requested = line.counts.return_requested.saturating_add(l.reserved);
                    }
                }
                self.returns.insert(request.id.clone(), request.open(at));
            }
            ReturnChange::Approved { return_id, lines, override_reason, decided } => {
                let Some(mut case) = self.returns.remove(return_id) else { return };
                let legacy;
                let decided = match decided {
                    Some(d) => d,
                    None => {
                        legacy = crate::schema::v1_approval(&case, lines);
                        &legacy
                    }
                };
                for d in decided {
                    if let Some(rl) = usize::try_from(d.position).ok().and_then(|i| case.lines.get_mut(i)) {
                        rl.approved = d.approved;
                        rl.reserved = d.reserved;
                    }
                    if let Some(line) = self.line_mut(&d.line) {
                        let n = i64::from(line.counts.return_requested).saturating_add(d.reservation_change);
                        line.counts.return_requested = u32::try_from(n.max(0)).unwrap_or(u32::MAX);
                    }
                }
                case.status = ReturnStatus::Approved;
                case.override_reason = override_reason.clone();
                case.decline_reason = None;
                self.returns.insert(return_id.clone(), case);
            }
            ReturnChange::Declined { return_id, reason } => {
                self.release_reservations(return_id);
                if let Some(case) = self.returns.get_mut(return_id) {
                    case.status = ReturnStatus::Declined;
                    case.decline_reason = Some(reason.clone());
                }
            }
            ReturnChange::LabelIssued { return_id, carrier, tracking_number } => {
                if let Some(case) = self.returns.get_mut(return_id) {
                    case.status = ReturnStatus::LabelIssued;
                    case.label = Some((carrier.clone(), tracking_number.clone()));
                }
            }
            ReturnChange::TrackingRecorded { return_id, event, status } => {
                if let Some(case) = self.returns.get_mut(return_id) {
                    case.status = match status {
                        Some(s) => *s,
                        None => crate::schema::v1_status_after_scan(case, event),
                    };
                    case.tracking.push(event.clone());
                }
            }
            ReturnChange::Received { return_id, items } => {
                let Some(case) = self.returns.get_mut(return_id) else { return };
                let mut returned: Vec<(LineId, u32)> = Vec::new();
                let positions = case.first_positions();
                for it in items {
                    if let Some(rl) = positions.get(&it.line).and_then(|i| case.lines.get_mut(*i)) {
                        let got = rl.received.entry(it.condition).or_insert(0);
                        *got = got.saturating_add(it.quantity);
                        if it.condition != ItemCondition::Missing {
                            returned.push((it.line.clone(), it.quantity));
                        }
                    }
                }
                case.status = ReturnStatus::Received;
                for (id, n) in returned {
                    if let Some(line) = self.line_mut(&id) {
                        line.counts.returned = line.counts.returned.saturating_add(n).min(line.counts.return_requested);
                    }
                }
            }
            ReturnChange::Refunded { return_id, breakdown, status } => {
                self.apply_refund(breakdown);
                self.release_unreceived(return_id);
                if let Some(case) = self.returns.get_mut(return_id) {
                    case.status = *status;
                    case.refund = Some(breakdown.clone());
                }
            }
            ReturnChange::Exchanged { return_id, breakdown, settlement } => {
                self.apply_refund(breakdown);
                self.release_unreceived(return_id);
                if let Some(case) = self.returns.get_mut(return_id) {
                    case.status = ReturnStatus::Exchanged;
                    case.refund = Some(breakdown.clone());
                    case.exchange = Some(settlement.clone());
                }
            }
            ReturnChange::Cancelled { return_id } => {
                self.release_reservations(return_id);
                if let Some(case) = self.returns.get_mut(return_id) {
                    case.status = ReturnStatus::Cancelled;
                }
            }
            ReturnChange::AdvanceReplacementShipped { return_id, deadline } => {
                if let Some(case) = self.returns.get_mut(return_id) {
                    case.advance_deadline = Some(*deadline);
                }
            }
            ReturnChange::ExchangeCharged { return_id, .. } => {
                self.release_reservations(return_id);
                if let Some(case) = self.returns.get_mut(return_id) {
                    case.status = ReturnStatus::Charged;
                }
            }
            ReturnChange::ClaimResolved { claim_id, lines, resolution, breakdown } => {
                if let Some(b) = breakdown {
                    self.apply_refund(b);
                }
                let cur = self.currency;
                let case = ReturnCase {
                    id: claim_id.clone(),
                    customer: self.customer.clone(),
                    status: if *resolution == ClaimResolution::Refund {
                        ReturnStatus::Refunded
                    } else {
                        ReturnStatus::Exchanged
                    },
                    requested_at: at,
                    lines: lines
                        .iter()
                        .map(|lq| ReturnLine {
                            line: lq.line.clone(),
                            requested: lq.quantity,
                            reason: ReturnReason::DamagedInTransit,
                            outcome: Outcome::Allowed,
                            reserved: 0,
                            approved: lq.quantity,
                            received: BTreeMap::new(),
                            restocking_fee: None,
                        })
                        .collect(),
                    terms: ReturnTerms {
                        method: RefundMethod::OriginalPayment,
                        store_credit_bonus_percent: rust_decimal::Decimal::ZERO,
                        return_shipping_fee: Money::zero(cur),
                        refund_shipping_when_whole: false,
                        refund_shipping_for_reason: false,
                        exchange: None,
                    },
                    override_reason: None,
                    decline_reason: None,
                    label: None,
                    tracking: Vec::new(),
                    refund: breakdown.clone(),
                    exchange: None,
                    advance_deadline: None,
                    report: EligibilityReport {
                        return_id: claim_id.clone(),
                        outcome: Outcome::Allowed,
                        lines: Vec::new(),
                        method: RefundMethod::OriginalPayment,
                        method_note: None,
                    },
                };
                self.returns.insert(claim_id.clone(), case);
            }
        }
    }

    fn release_reservations(&mut self, return_id: &ReturnId) {
        let Some(case) = self.returns.get_mut(return_id) else { return };
        let released: Vec<(LineId, u32)> =
            case.lines.iter_mut().map(|l| (l.line.clone(), std::mem::take(&mut l.reserved))).collect();
        for (id, n) in released {
            if let Some(line) = self.line_mut(&id) {
                line.counts.return_requested = line.counts.return_requested.saturating_sub(n).max(line.counts.returned);
            }
        }
    }

    /// After a refund: units reserved but never received (or missing) go back to returnable.
    fn release_unreceived(&mut self, return_id: &ReturnId) {
        let Some(case) = self.returns.get_mut(return_id) else { return };
        let released: Vec<(LineId, u32)> = case
            .lines
            .iter_mut()
            .map(|l| {
                let keep = l.refundable();
                let free = l.reserved.saturating_sub(keep);
                l.reserved = keep;
                (l.line.clone(), free)
            })
            .collect();
        for (id, n) in released {
            if let Some(line) = self.line_mut(&id) {
                line.counts.return_requested = line.counts.return_requested.saturating_sub(n).max(line.counts.returned);
            }
        }
    }

    fn apply_refund(&mut self, b: &RefundBreakdown) {
        for rl in &b.lines {
            if let Some(line) = self.line_mut(&rl.line) {
                line.counts.refunded = line.counts.refunded.saturating_add(rl.units);
                if let Ok(v) = line.open_amount.checked_sub(&rl.total) {
                    line.open_amount = v;
                }
                if let Ok(v) = line.open_tax.checked_sub(&rl.tax) {
                    line.open_tax = v;
                }
            }
        }
        if let Ok(v) = self.shipping_refunded.checked_add(&b.shipping) {
            self.shipping_refunded = v;
        }
        for p in &b.payouts {
            match &p.destination {
                RefundDestination::Payment(id) => {
                    if let Some(pay) = self.payments.get_mut(id) {
                        if let Ok(v) = pay.refunded.checked_add(&p.amount) {
                            pay.refunded = v;
                        }
                    }
                }
                RefundDestination::StoreCredit => {
                    if let Ok(v) = self.store_credit_issued.checked_add(&p.amount) {
                        self.store_credit_issued = v;
                    }
                }
            }
        }
    }
}
