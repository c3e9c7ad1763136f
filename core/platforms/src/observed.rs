//! What a platform says is true of one order, and the commands that bring the order there.
//!
//! Every platform's body is read into an [`Observed`]; [`Observed::plan`] then decides each
//! candidate command against a running copy of the order, so the plan holds only what changes
//! something, in an order that applies cleanly, and fails whole (nothing half-applied) when a
//! rule refuses a step. Each step's key is built from the platform's own ids, length-prefixed
//! so that no two different ids give one key.

use chrono::{DateTime, SecondsFormat, Utc};
use postpurchase_commerce::line::LineQuantity;
use postpurchase_commerce::order::{
    FulfilmentStatus, NewOrder, NewShipment, Order, OrderCommand, OrderContext, OrderEvent,
};
use postpurchase_commerce::returns::{
    EligibilityContext, ItemCondition, ReceivedItem, RefundDestination, RefundMethod, RefundPayout, RequestedLine,
    ReturnCommand, ReturnPolicy, ReturnReason, ReturnRequest, ReturnStatus,
};
use postpurchase_commerce::tracking::{CarrierEvent, Route, TrackingStatus};
use postpurchase_kernel::aggregate::CommandMeta;
use postpurchase_kernel::error::{Error, ErrorKind, Result};
use postpurchase_kernel::ids::{IdempotencyKey, MAX_ID_BYTES, OrderId, PaymentId, ReturnId, ShipmentId};
use postpurchase_kernel::money::Money;
use sha2::{Digest, Sha256};

use crate::delivery::Platform;

/// What a platform says is true of one order (all of it, or the part one webhook carries).
#[derive(Debug, Clone, PartialEq)]
pub struct Observed {
    /// Who said it.
    pub platform: Platform,
    /// The order.
    pub order: OrderId,
    /// The order as placed, when the body carries it whole.
    pub new_order: Option<NewOrder>,
    /// What has been paid, when the body says.
    pub payment: Option<ObservedPayment>,
    /// Shipments (fulfilments), each with what its carrier reported.
    pub shipments: Vec<ObservedShipment>,
    /// Refunds.
    pub refunds: Vec<ObservedRefund>,
    /// Returns the platform opened, decided or received.
    pub returns: Vec<ObservedReturn>,
    /// Units taken off the order before fulfilment by an edit: (the edit's id, the units, when).
    pub edits: Vec<(String, Vec<LineQuantity>, DateTime<Utc>)>,
    /// The order was cancelled: why, and when.
    pub cancelled: Option<(String, DateTime<Utc>)>,
    /// The order's total as the platform computed it: the placed order must come to the same
    /// amount, or the mapping was not exact and nothing is applied.
    pub expected_total: Option<Money>,
    /// When the platform last changed the order (the time of the commands that have no time of
    /// their own).
    pub updated_at: DateTime<Utc>,
}

/// What has been paid: totals so far, not increments, so a repeated or late body changes nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct ObservedPayment {
    /// The payment's id.
    pub id: PaymentId,
    /// Authorised so far (zero when the platform captured without a separate authorisation).
    pub authorized: Money,
    /// Captured so far.
    pub captured: Money,
}

/// A shipment (a Shopify fulfilment, a WooCommerce tracking item, a Medusa fulfilment).
#[derive(Debug, Clone, PartialEq)]
pub struct ObservedShipment {
    /// Its id.
    pub id: ShipmentId,
    /// The units it carries.
    pub lines: Vec<LineQuantity>,
    /// The carrier's name (`unknown` when the platform names none).
    pub carrier: String,
    /// The tracking number.
    pub tracking_number: Option<String>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// What its carrier reported, oldest first.
    pub tracking: Vec<ObservedTracking>,
    /// The platform cancelled it.
    pub cancelled: bool,
}

/// One status a carrier reported.
#[derive(Debug, Clone, PartialEq)]
pub struct ObservedTracking {
    /// The status.
    pub status: TrackingStatus,
    /// The platform's own code for it.
    pub raw_code: String,
    /// The code says the parcel is late (Shopify's `delayed`).
    pub delayed: bool,
    /// When.
    pub at: DateTime<Utc>,
}

impl ObservedTracking {
    /// A status with the platform's code for it, not flagged late.
    pub fn new(status: TrackingStatus, raw_code: &str, at: DateTime<Utc>) -> ObservedTracking {
        ObservedTracking { status, raw_code: raw_code.to_string(), delayed: false, at }
    }
}

/// A refund.
#[derive(Debug, Clone, PartialEq)]
pub struct ObservedRefund {
    /// The platform's refund id.
    pub id: String,
    /// The payment it returns money to.
    pub payment: PaymentId,
    /// The money returned (zero for a refund of units alone).
    pub amount: Money,
    /// Units the refund cancelled before they were fulfilled (Shopify's `restock_type: cancel`).
    pub cancelled_lines: Vec<LineQuantity>,
    /// The return this refund pays, when the platform links them: the refund is then recorded on
    /// the return ([`ReturnCommand::RecordRefund`]), not as a refund of the payment alone.
    pub for_return: Option<ReturnId>,
    /// Units the refund says came back (with their condition), for its return.
    pub returned: Vec<ReceivedItem>,
    /// When.
    pub at: DateTime<Utc>,
}

/// Where the platform says a return stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ObservedReturnState {
    /// Asked for; the platform has not decided (the shop's return policy decides meanwhile).
    Requested,
    /// Accepted by the platform (approved, open, or closed after its refund).
    Approved,
    /// Declined by the platform, with its reason.
    Declined(String),
    /// Cancelled on the platform.
    Cancelled,
}

/// A return as the platform has it.
#[derive(Debug, Clone, PartialEq)]
pub struct ObservedReturn {
    /// Its id.
    pub id: ReturnId,
    /// The units asked for, with the reason.
    pub lines: Vec<RequestedLine>,
    /// Where it stands.
    pub state: ObservedReturnState,
    /// Units received so far, per line and condition (totals, not increments).
    pub received: Vec<ReceivedItem>,
    /// When it was asked for.
    pub requested_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

/// One command of a plan, under its key and time.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    key: IdempotencyKey,
    command: OrderCommand,
    at: DateTime<Utc>,
}

impl Step {
    /// The key: the same platform object always gives the same key.
    pub fn key(&self) -> &IdempotencyKey {
        &self.key
    }

    /// The command.
    pub fn command(&self) -> &OrderCommand {
        &self.command
    }

    /// The command's time.
    pub fn at(&self) -> DateTime<Utc> {
        self.at
    }

    /// The key and time as a command's metadata.
    pub fn meta(&self) -> CommandMeta {
        CommandMeta::new(self.key.clone(), self.at)
    }
}

/// The commands that bring an order to what the platform says, and the events they make.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    order: OrderId,
    steps: Vec<Step>,
    events: Vec<OrderEvent>,
    version: u64,
}

impl Plan {
    /// The order.
    pub fn order(&self) -> &OrderId {
        &self.order
    }

    /// The steps, in the order they apply.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The events the steps make, in order: what a host appends to the order's stream (at the
    /// version the plan was made against, [`Plan::expected_version`]).
    pub fn events(&self) -> &[OrderEvent] {
        &self.events
    }

    /// The order's version the plan was made against (0 for an order it places).
    pub fn expected_version(&self) -> u64 {
        self.version
    }

    /// Whether the order already says all the platform does.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// Applies the plan's events to `current` (or places the order).
    ///
    /// # Errors
    /// [`ErrorKind::OrderNotPlaced`] when there is neither an order nor a placement.
    pub fn apply(&self, current: Option<Order>) -> Result<Order> {
        match current {
            Some(mut order) => {
                for e in &self.events {
                    order.apply(e);
                }
                Ok(order)
            }
            None => Order::from_events(&self.events),
        }
    }
}

/// A key from the platform, the kind of step and the platform's ids: each id length-prefixed
/// (`shopify:refund:6.123456`), so different ids never give one key; a key over the id limit is
/// its SHA-256.
pub(crate) fn key(platform: Platform, kind: &str, parts: &[&str]) -> Result<IdempotencyKey> {
    let mut text = format!("{}:{kind}", platform.as_str());
    for p in parts {
        text.push_str(&format!(":{}.{p}", p.len()));
    }
    if text.len() > MAX_ID_BYTES {
        let digest = Sha256::digest(text.as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        text = format!("{}:{kind}:sha256:{hex}", platform.as_str());
    }
    IdempotencyKey::new(text)
}

fn returning(command: ReturnCommand) -> OrderCommand {
    OrderCommand::Return { command }
}

/// Opens a return the platform has: the shop's policy decides it (and its report says why).
fn open_return(
    p: Platform,
    plan: &mut Planner<'_>,
    id: &ReturnId,
    lines: Vec<RequestedLine>,
    at: DateTime<Utc>,
) -> Result<()> {
    let Some(order) = &plan.order else {
        return Err(Error::new(ErrorKind::OrderNotPlaced, "the order is not placed yet"));
    };
    let request = ReturnRequest {
        id: id.clone(),
        customer: order.customer().clone(),
        lines,
        method: RefundMethod::OriginalPayment,
        exchange: None,
    };
    plan.step(key(p, "return", &[id.as_str()])?, returning(ReturnCommand::Request { request }), at)
}

/// Approves a return the platform accepted, over the policy's denial if there was one.
fn approve(p: Platform, plan: &mut Planner<'_>, id: &ReturnId, at: DateTime<Utc>) -> Result<()> {
    if !matches!(plan.case_status(id), Some(ReturnStatus::Requested | ReturnStatus::Declined)) {
        return Ok(());
    }
    let command =
        ReturnCommand::Approve { return_id: id.clone(), override_reason: Some(format!("accepted on {}", p.as_str())) };
    plan.step(key(p, "return-approve", &[id.as_str()])?, returning(command), at)
}

/// Receives what the platform says came back and the return does not have yet.
fn receive(
    p: Platform,
    plan: &mut Planner<'_>,
    id: &ReturnId,
    received: &[ReceivedItem],
    at: DateTime<Utc>,
) -> Result<()> {
    let Some(case) = plan.order.as_ref().and_then(|o| o.return_case(id).ok()) else { return Ok(()) };
    let mut items: Vec<ReceivedItem> = Vec::new();
    let mut totals: Vec<String> = Vec::new();
    for want in received {
        let have = case
            .lines
            .iter()
            .filter(|l| l.line == want.line)
            .map(|l| l.received.get(&want.condition).copied().unwrap_or(0))
            .sum::<u32>();
        let asked_before: u32 =
            items.iter().filter(|i| i.line == want.line && i.condition == want.condition).map(|i| i.quantity).sum();
        let more = want.quantity.saturating_sub(have.saturating_add(asked_before));
        if more > 0 {
            items.push(ReceivedItem { line: want.line.clone(), quantity: more, condition: want.condition });
        }
        totals.push(format!("{}.{}.{}", want.line.as_str(), condition_code(want.condition), want.quantity));
    }
    if items.is_empty() || case.status.is_closed() {
        return Ok(());
    }
    let mut parts = vec![id.as_str()];
    parts.extend(totals.iter().map(String::as_str));
    plan.step(key(p, "return-receive", &parts)?, returning(ReturnCommand::Receive { return_id: id.clone(), items }), at)
}

fn condition_code(c: ItemCondition) -> &'static str {
    match c {
        ItemCondition::Resellable => "resellable",
        ItemCondition::Damaged => "damaged",
        ItemCondition::WrongItem => "wrong_item",
        ItemCondition::Missing => "missing",
    }
}

fn time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// Plans against a running copy of the order: a step that changes nothing is left out, one a
/// rule refuses fails the plan.
struct Planner<'a> {
    order: Option<Order>,
    steps: Vec<Step>,
    events: Vec<OrderEvent>,
    context: OrderContext<'a>,
}

impl Planner<'_> {
    fn case_status(&self, id: &ReturnId) -> Option<ReturnStatus> {
        self.order.as_ref().and_then(|o| o.return_case(id).ok()).map(|c| c.status)
    }

    fn step(&mut self, key: IdempotencyKey, command: OrderCommand, at: DateTime<Utc>) -> Result<()> {
        let meta = CommandMeta::new(key.clone(), at);
        let events = match (&mut self.order, &command) {
            (None, OrderCommand::Place { order }) => {
                let events = Order::place(order.clone(), &meta)?;
                self.order = Some(Order::from_events(&events)?);
                events
            }
            (None, _) => return Err(Error::new(ErrorKind::OrderNotPlaced, "the order is not placed yet")),
            (Some(order), _) => {
                order.handle_with(&command, &self.context, &meta).map_err(|e| e.with("step", key.as_str()))?
            }
        };
        if !events.is_empty() {
            self.events.extend(events);
            self.steps.push(Step { key, command, at });
        }
        Ok(())
    }
}

impl Observed {
    /// The commands that bring `current` (the order as it stands; `None` when it is not placed
    /// yet) to what the platform says, decided against a running copy of it.
    ///
    /// # Errors
    /// [`ErrorKind::OrderNotPlaced`] when the order is not placed and the body does not carry it
    /// whole (a fulfilment whose order's create webhook has not come yet: answer with an error so
    /// that the platform retries); [`ErrorKind::InvalidInput`] when `current` is another order;
    /// the error of any step a rule refuses (its key in the `step` detail): then nothing applies.
    pub fn plan(&self, current: Option<&Order>) -> Result<Plan> {
        self.plan_with(current, &ReturnPolicy::default(), &EligibilityContext::default())
    }

    /// As [`Observed::plan`], with the shop's return policy and the customer's eligibility
    /// context for the returns the platform opened: the policy's verdict is kept on the return
    /// (its report explains it), and where the platform accepted what the policy denied, the
    /// return is approved with the platform named as the override's reason.
    ///
    /// # Errors
    /// As [`Observed::plan`].
    pub fn plan_with(
        &self,
        current: Option<&Order>,
        policy: &ReturnPolicy,
        eligibility: &EligibilityContext,
    ) -> Result<Plan> {
        if let Some(o) = current
            && o.id() != &self.order
        {
            return Err(Error::new(ErrorKind::InvalidInput, "the body is about another order")
                .with("order", &self.order)
                .with("given", o.id()));
        }
        let p = self.platform;
        let version = current.map_or(0, Order::version);
        let context = OrderContext { returns: Some((policy, eligibility)) };
        let mut plan = Planner { order: current.cloned(), steps: Vec::new(), events: Vec::new(), context };
        if plan.order.is_none() {
            let Some(new) = &self.new_order else {
                return Err(Error::new(
                    ErrorKind::OrderNotPlaced,
                    "the order was not placed yet and this body does not carry it whole",
                )
                .with("order", &self.order));
            };
            let key = key(p, "place", &[self.order.as_str()])?;
            plan.step(key, OrderCommand::Place { order: new.clone() }, new.placed_at)?;
            if let (Some(expected), Some(placed)) = (&self.expected_total, &plan.order) {
                let total = placed.total();
                if total.try_cmp(expected)?.is_ne() {
                    return Err(crate::body::unmappable(
                        "total",
                        format!("the order comes to {total}, the platform says {expected}: the mapping is not exact"),
                    ));
                }
            }
        }
        self.plan_payment(p, &mut plan)?;
        for s in &self.shipments {
            self.plan_shipment(p, s, &mut plan)?;
        }
        for (id, lines, at) in &self.edits {
            let command = OrderCommand::CancelUnits { lines: lines.clone(), reason: "order edited".to_string() };
            plan.step(key(p, "edit", &[id])?, command, *at)?;
        }
        for r in &self.returns {
            self.plan_return(p, r, &mut plan)?;
        }
        for r in &self.refunds {
            if let Some(id) = &r.for_return {
                self.plan_return_refund(p, id, r, &mut plan)?;
                continue;
            }
            if !r.cancelled_lines.is_empty() {
                let command =
                    OrderCommand::CancelUnits { lines: r.cancelled_lines.clone(), reason: "refunded".to_string() };
                plan.step(key(p, "refund-units", &[&r.id])?, command, r.at)?;
            }
            if !r.amount.is_zero() {
                let command = OrderCommand::RefundPayment { payment: r.payment.clone(), amount: r.amount };
                plan.step(key(p, "refund", &[&r.id])?, command, r.at)?;
            }
        }
        if let Some((reason, at)) = &self.cancelled {
            let done = plan.order.as_ref().is_some_and(|o| o.fulfilment_status() == FulfilmentStatus::Cancelled);
            if !done {
                let command = OrderCommand::Cancel { reason: reason.clone() };
                plan.step(key(p, "cancel", &[self.order.as_str()])?, command, *at)?;
            }
        }
        Ok(Plan { order: self.order.clone(), steps: plan.steps, events: plan.events, version })
    }

    fn plan_return(&self, p: Platform, r: &ObservedReturn, plan: &mut Planner<'_>) -> Result<()> {
        let cancelled = r.state == ObservedReturnState::Cancelled;
        if plan.case_status(&r.id).is_none() {
            if cancelled || r.lines.is_empty() {
                // cancelled before we heard of it, or a body that does not name the units (a
                // decision on a return we never saw: its refund will open it)
                return Ok(());
            }
            open_return(p, plan, &r.id, r.lines.clone(), r.requested_at)?;
        }
        let status = plan.case_status(&r.id);
        let open = status.is_some_and(|s| !s.is_closed());
        match &r.state {
            ObservedReturnState::Requested => {}
            ObservedReturnState::Approved => approve(p, plan, &r.id, r.updated_at)?,
            ObservedReturnState::Declined(reason) => {
                if status == Some(ReturnStatus::Requested) {
                    let command = ReturnCommand::Decline { return_id: r.id.clone(), reason: reason.clone() };
                    plan.step(key(p, "return-decline", &[r.id.as_str()])?, returning(command), r.updated_at)?;
                } else if open {
                    // our policy had approved it: the platform's no closes it
                    let command = ReturnCommand::Cancel { return_id: r.id.clone() };
                    plan.step(key(p, "return-decline", &[r.id.as_str()])?, returning(command), r.updated_at)?;
                }
            }
            ObservedReturnState::Cancelled => {
                if open {
                    let command = ReturnCommand::Cancel { return_id: r.id.clone() };
                    plan.step(key(p, "return-cancel", &[r.id.as_str()])?, returning(command), r.updated_at)?;
                }
            }
        }
        receive(p, plan, &r.id, &r.received, r.updated_at)
    }

    /// A refund the platform paid for a return: the return is opened (from the refund's units)
    /// if we never heard of it, approved and received as the refund says, then the refund is
    /// recorded on it. A further refund of a return already refunded is a refund of the payment.
    fn plan_return_refund(&self, p: Platform, id: &ReturnId, r: &ObservedRefund, plan: &mut Planner<'_>) -> Result<()> {
        let refund_key = key(p, "refund", &[&r.id])?;
        if plan.order.as_ref().is_some_and(|o| o.has_processed(&refund_key)) {
            return Ok(());
        }
        if plan.case_status(id).is_none() {
            let mut lines: Vec<RequestedLine> = Vec::new();
            for item in &r.returned {
                match lines.iter_mut().find(|l| l.line == item.line) {
                    Some(l) => l.quantity = l.quantity.saturating_add(item.quantity),
                    None => lines.push(RequestedLine {
                        line: item.line.clone(),
                        quantity: item.quantity,
                        reason: ReturnReason::Other,
                    }),
                }
            }
            if lines.is_empty() {
                return Err(crate::body::unmappable(
                    "refund_line_items",
                    "a refund for a return we never saw, naming no units: the return cannot be opened",
                ));
            }
            open_return(p, plan, id, lines, r.at)?;
        }
        // a return our policy declined is still the platform's to accept: approve it over the
        // denial (refused, and retried by the platform, while its units are not shipped here)
        let settled = plan.case_status(id).is_some_and(|s| s.is_closed() && s != ReturnStatus::Declined);
        if !settled {
            approve(p, plan, id, r.at)?;
            receive(p, plan, id, &r.returned, r.at)?;
        }
        if r.amount.is_zero() {
            return Ok(());
        }
        let command = if plan.case_status(id) == Some(ReturnStatus::Received) {
            let payouts =
                vec![RefundPayout { destination: RefundDestination::Payment(r.payment.clone()), amount: r.amount }];
            returning(ReturnCommand::RecordRefund { return_id: id.clone(), payouts })
        } else {
            OrderCommand::RefundPayment { payment: r.payment.clone(), amount: r.amount }
        };
        plan.step(refund_key, command, r.at)
    }

    fn plan_payment(&self, p: Platform, plan: &mut Planner) -> Result<()> {
        let Some(pay) = &self.payment else { return Ok(()) };
        let (authorized, captured) = match plan.order.as_ref().and_then(|o| o.payments().get(&pay.id)) {
            Some(now) => (now.authorized, now.captured),
            None => (Money::zero(pay.captured.currency()), Money::zero(pay.captured.currency())),
        };
        if pay.authorized.try_cmp(&authorized)?.is_gt() {
            let command = OrderCommand::AuthorizePayment {
                payment: pay.id.clone(),
                amount: pay.authorized.checked_sub(&authorized)?,
            };
            let key = key(p, "authorize", &[pay.id.as_str(), &pay.authorized.amount().to_string()])?;
            plan.step(key, command, self.updated_at)?;
        }
        if pay.captured.try_cmp(&captured)?.is_gt() {
            let command =
                OrderCommand::CapturePayment { payment: pay.id.clone(), amount: pay.captured.checked_sub(&captured)? };
            let key = key(p, "capture", &[pay.id.as_str(), &pay.captured.amount().to_string()])?;
            plan.step(key, command, self.updated_at)?;
        }
        Ok(())
    }

    fn plan_shipment(&self, p: Platform, s: &ObservedShipment, plan: &mut Planner) -> Result<()> {
        let known = plan.order.as_ref().and_then(|o| o.shipments().get(&s.id)).cloned();
        if known.is_none() {
            if s.cancelled {
                return Ok(()); // created and cancelled before we heard of it: nothing to record
            }
            let shipment = NewShipment {
                id: s.id.clone(),
                lines: s.lines.clone(),
                carrier: s.carrier.clone(),
                tracking_number: s.tracking_number.clone(),
                promised_by: None,
                route: Route::default(),
            };
            plan.step(key(p, "ship", &[s.id.as_str()])?, OrderCommand::CreateShipment { shipment }, s.created_at)?;
        }
        for t in &s.tracking {
            let seen =
                known.as_ref().is_some_and(|k| k.events.iter().any(|e| e.status == t.status && e.occurred_at == t.at));
            if seen {
                continue;
            }
            let event = CarrierEvent {
                occurred_at: t.at,
                status: t.status,
                delayed: t.delayed,
                raw_code: t.raw_code.clone(),
                location: None,
                estimated_delivery: None,
            };
            let key = key(p, "track", &[s.id.as_str(), t.status.as_str(), &time(t.at)])?;
            plan.step(key, OrderCommand::RecordTracking { shipment: s.id.clone(), event }, t.at)?;
        }
        if s.cancelled && known.is_some_and(|k| !k.cancelled) {
            let command = OrderCommand::CancelShipment { shipment: s.id.clone() };
            plan.step(key(p, "unship", &[s.id.as_str()])?, command, self.updated_at)?;
        }
        Ok(())
    }
}
