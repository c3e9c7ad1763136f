//! What a platform says is true of one order, and the commands that bring the order there.
//!
//! Every platform's body is read into an [`Observed`]; [`Observed::plan`] then decides each
//! candidate command against a running copy of the order, so the plan holds only what changes
//! something, in an order that applies cleanly, and fails whole (nothing half-applied) when a
//! rule refuses a step. Each step's key is built from the platform's own ids, length-prefixed
//! so that no two different ids give one key.

use chrono::{DateTime, SecondsFormat, Utc};
use postpurchase_commerce::line::LineQuantity;
use postpurchase_commerce::order::{FulfilmentStatus, NewOrder, NewShipment, Order, OrderCommand, OrderEvent};
use postpurchase_commerce::tracking::{CarrierEvent, Route, TrackingStatus};
use postpurchase_kernel::aggregate::CommandMeta;
use postpurchase_kernel::error::{Error, ErrorKind, Result};
use postpurchase_kernel::ids::{IdempotencyKey, MAX_ID_BYTES, OrderId, PaymentId, ShipmentId};
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
    /// When.
    pub at: DateTime<Utc>,
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

fn time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// Plans against a running copy of the order: a step that changes nothing is left out, one a
/// rule refuses fails the plan.
struct Planner {
    order: Option<Order>,
    steps: Vec<Step>,
    events: Vec<OrderEvent>,
}

impl Planner {
    fn step(&mut self, key: IdempotencyKey, command: OrderCommand, at: DateTime<Utc>) -> Result<()> {
        let meta = CommandMeta::new(key.clone(), at);
        let events = match (&mut self.order, &command) {
            (None, OrderCommand::Place { order }) => {
                let events = Order::place(order.clone(), &meta)?;
                self.order = Some(Order::from_events(&events)?);
                events
            }
            (None, _) => return Err(Error::new(ErrorKind::OrderNotPlaced, "the order is not placed yet")),
            (Some(order), _) => order.handle(&command, &meta).map_err(|e| e.with("step", key.as_str()))?,
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
        if let Some(o) = current
            && o.id() != &self.order
        {
            return Err(Error::new(ErrorKind::InvalidInput, "the body is about another order")
                .with("order", &self.order)
                .with("given", o.id()));
        }
        let p = self.platform;
        let version = current.map_or(0, Order::version);
        let mut plan = Planner { order: current.cloned(), steps: Vec::new(), events: Vec::new() };
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
        for r in &self.refunds {
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
