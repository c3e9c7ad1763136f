//! The customer's view of an order: per shipment a timeline of plain steps, the promised date
//! and the current estimate, what happens next, and the actions open right now with their
//! deadlines. Every statement is taken from the engines the shop runs: delay detection
//! ([`Shipment::assess_delay`]), return eligibility ([`crate::returns::evaluate`] and
//! [`crate::returns::preview`]) and the loyalty ledger, so the page never offers what the shop
//! would refuse.
//!
//! ```
//! use postpurchase::customer::{Localizer, Sources, order_view};
//! use postpurchase::returns::{EligibilityContext, ReturnPolicy};
//! use postpurchase::*;
//! let t = |s: &str| s.parse::<chrono::DateTime<chrono::Utc>>().unwrap();
//! let line = NewLine::new(LineId::new("l1")?, Sku::new("MUG")?, "Mug", 1, Money::parse("12.00", "EUR")?);
//! let new = NewOrder::builder(OrderId::new("o-1")?, CustomerId::new("c-1")?, Currency::from_code("EUR")?, t("2026-03-01T09:00:00Z")).line(line).build();
//! let order = Order::from_events(&Order::place(new, &CommandMeta::new(IdempotencyKey::new("place")?, t("2026-03-01T09:00:00Z")))?)?;
//! let policy = ReturnPolicy::from_json(r#"{"window": {"days": 30}}"#)?;
//! let (ctx, thresholds) = (EligibilityContext::default(), DelayThresholds::default());
//! let sources = Sources { order: &order, policy: &policy, context: &ctx, loyalty: None, thresholds: &thresholds, arrivals: &[], now: t("2026-03-01T10:00:00Z") };
//! let view = order_view(&sources, &Localizer::new("en-IE")?)?;
//! assert_eq!(view.headline.text, "We are preparing your order.");
//! assert_eq!(view.waiting.len(), 1);
//! # Ok::<(), postpurchase::Error>(())
//! ```

use chrono::{DateTime, SecondsFormat, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::locale::{Arg, Localizer};
use super::summary::{Statement, code, statement};
use crate::error::{Error, ErrorKind, Result};
use crate::ids::ReturnId;
use crate::loyalty::{Member, Programme};
use crate::message_id::{MessageId, of};
use crate::money::Money;
use crate::msg;
use crate::order::returning::{evaluate, preview};
use crate::order::{FulfilmentStatus, Line, Order, Shipment};
use crate::returns::{
    EligibilityContext, ExchangeRequest, Outcome, RefundDestination, RefundMethod, RequestedLine, ReturnCase,
    ReturnPolicy, ReturnReason, ReturnRequest, ReturnStatus,
};
use crate::tracking::{CarrierEvent, DelayAssessment, DelayThresholds, TrackingStatus, carrier_estimate};
use words::StepForm;

/// What the view reads: the same inputs the shop's engines take, and the time.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// The order.
    pub order: &'a Order,
    /// The return policy the shop applies.
    pub policy: &'a ReturnPolicy,
    /// What the host knows about the customer (earlier returns, tier benefits). When it names
    /// no tier and a loyalty ledger is given, the member's tier benefits apply.
    pub context: &'a EligibilityContext,
    /// The loyalty programme and the customer's ledger, if the shop runs one.
    pub loyalty: Option<(&'a Programme, &'a Member)>,
    /// The delay thresholds the shop applies.
    pub thresholds: &'a DelayThresholds,
    /// Arrival windows the host learnt for parcels in transit (from `postpurchase::promise`, or
    /// any estimator), shown beside the carrier's date.
    pub arrivals: &'a [ArrivalWindow],
    /// Now.
    pub now: DateTime<Utc>,
}

/// How far to trust an arrival window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WindowConfidence {
    /// The lane's own history supports it.
    High,
    /// Supported, with a reason to allow for.
    Medium,
    /// Borrowed mostly from the carrier or the whole shop.
    Low,
}

impl WindowConfidence {
    fn as_str(self) -> &'static str {
        match self {
            WindowConfidence::High => "high",
            WindowConfidence::Medium => "medium",
            WindowConfidence::Low => "low",
        }
    }
}

/// When a parcel should arrive, as the host estimated it (the likely and the latest local date
/// in the shop's zone, and how far to trust them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ArrivalWindow {
    /// The shipment.
    pub shipment: String,
    /// The likely date.
    pub likely: chrono::NaiveDate,
    /// The latest date, when the estimate gives one.
    #[serde(default)]
    pub latest: Option<chrono::NaiveDate>,
    /// How far to trust it.
    pub confidence: WindowConfidence,
}

/// An arrival window as the customer reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WindowView {
    /// The likely date.
    pub likely: chrono::NaiveDate,
    /// The latest date.
    pub latest: Option<chrono::NaiveDate>,
    /// How far to trust it.
    pub confidence: WindowConfidence,
    /// The window in the customer's language.
    pub statement: Statement,
    /// The carrier's own date when it is later than the window's latest (or likely) date, said
    /// so: the customer sees both.
    pub carrier_later: Option<Statement>,
}

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StepState {
    /// It happened.
    Done,
    /// It is where the shipment is now.
    Current,
    /// Still to come.
    Upcoming,
}

/// A step of a shipment's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// The order was placed.
    Ordered,
    /// The shipment was packed (created).
    Packed,
    /// The carrier took the parcel.
    HandedToCarrier,
    /// The parcel is moving through the carrier's network (the latest such scan).
    InTransit,
    /// With the courier for delivery.
    OutForDelivery,
    /// Delivered.
    Delivered,
    /// Running late: the carrier flagged a delay, or the promised date has passed.
    Delayed,
    /// The carrier reported a problem.
    Exception,
    /// A delivery attempt failed.
    AttemptFailed,
    /// Waiting at a pickup point.
    ReadyForPickup,
    /// On its way back to the shop.
    ReturningToSender,
    /// Back with the shop.
    ReturnedToSender,
    /// Declared lost by the carrier, or presumed lost by the delay rules.
    Lost,
    /// The shipment was cancelled before the carrier took it.
    Cancelled,
    /// The carrier stopped tracking it.
    TrackingStopped,
}

/// One step of a timeline with its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "TimelineStep"))]
pub struct Step {
    /// Which step.
    pub step: StepKind,
    /// Done, current or upcoming.
    pub state: StepState,
    /// When it happened, if known.
    pub at: Option<DateTime<Utc>>,
    /// The sentence.
    pub statement: Statement,
}

/// An item (a quantity of an order line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "ViewItem"))]
pub struct Item {
    /// The order line.
    pub line: String,
    /// Its product title.
    pub title: String,
    /// Units.
    pub quantity: u32,
}

/// What the customer sees of one shipment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ShipmentView {
    /// Shipment id.
    pub id: String,
    /// Carrier name.
    pub carrier: String,
    /// Tracking number, if known.
    pub tracking_number: Option<String>,
    /// What is in it.
    pub items: Vec<Item>,
    /// The merchant status at `now`.
    pub status: TrackingStatus,
    /// What delay detection says at `now`.
    pub delay: DelayAssessment,
    /// The promised delivery time.
    pub promised_by: Option<DateTime<Utc>>,
    /// The current estimate: the carrier's latest, else the promise; `None` once it has passed
    /// without a delivery (late, no new date).
    pub estimate: Option<DateTime<Utc>>,
    /// When it was delivered.
    pub delivered_at: Option<DateTime<Utc>>,
    /// The transit claim already made for it, if any.
    pub claim: Option<String>,
    /// The steps, done ones in time order, then the upcoming ones.
    pub timeline: Vec<Step>,
    /// What happens next.
    pub next: Statement,
    /// When it should arrive, as the host estimated it (while it travels).
    #[serde(default)]
    pub window: Option<WindowView>,
}

/// Something the customer can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// Return a line for a refund.
    Return,
    /// Exchange a line for another item.
    Exchange,
    /// Report a late or stalled parcel.
    ReportProblem,
    /// Claim a parcel the delay rules presume lost.
    ClaimLost,
}

/// An action with whether it is open now, its deadline and the engine's reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "CustomerAction"))]
pub struct Action {
    /// What.
    pub action: ActionKind,
    /// On what: a line id (returns, exchanges) or a shipment id.
    pub subject: String,
    /// Open now (an action sent to review is open: the shop checks it first).
    pub available: bool,
    /// Needs a person to approve it.
    pub needs_review: bool,
    /// Units it covers (returns and exchanges).
    pub units: u32,
    /// Until when.
    pub deadline: Option<DateTime<Utc>>,
    /// Whole days left.
    pub days_left: Option<i64>,
    /// The engine's deciding code (`return.window_open`, `return.final_sale`, `delay.late`…).
    pub code: String,
    /// What a return would refund now, if everything comes back resellable.
    pub refund: Option<Money>,
    /// The fees that refund already takes off (restocking plus return shipping).
    pub fees: Option<Money>,
    /// The refund method after policy (`store_credit` after a fallback).
    pub method: Option<RefundMethod>,
    /// The sentence.
    pub statement: Statement,
}

/// Loyalty points this order earned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PointsView {
    /// Points from this order still pending.
    pub pending: i64,
    /// When the earliest of them become available, if known.
    pub available_at: Option<DateTime<Utc>>,
    /// Points from this order already available.
    pub earned: i64,
    /// The member's spendable balance.
    pub balance: i64,
    /// The sentences.
    pub statements: Vec<Statement>,
}

/// A return or a transit claim on the order, as the customer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReturnView {
    /// Return id.
    pub id: String,
    /// Its status.
    pub status: ReturnStatus,
    /// The refund paid, if any.
    pub refunded: Option<Money>,
    /// How the customer asked to be paid back (`exchange` for an exchange).
    pub method: RefundMethod,
    /// Where it went: `original_payment` and/or `store_credit`.
    pub destinations: Vec<RefundMethod>,
    /// A transit claim for a lost or damaged parcel rather than a customer's return.
    pub claim: bool,
    /// The sentence.
    pub statement: Statement,
}

/// What the customer should see about an order at `now`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OrderView {
    /// The locale of the text.
    pub locale: String,
    /// Order id.
    pub order: String,
    /// When it was placed.
    pub placed_at: DateTime<Utc>,
    /// The time zone the dates in the text follow (the return policy's).
    pub time_zone: String,
    /// The fulfilment status.
    pub fulfilment: FulfilmentStatus,
    /// The order in one sentence.
    pub headline: Statement,
    /// Items not yet in a shipment.
    pub waiting: Vec<Item>,
    /// The shipments, by id.
    pub shipments: Vec<ShipmentView>,
    /// What happens next for the order as a whole.
    pub next: Statement,
    /// Actions, open or not, in line then shipment order.
    pub actions: Vec<Action>,
    /// Points, when a loyalty ledger was given.
    pub points: Option<PointsView>,
    /// Returns on the order.
    pub returns: Vec<ReturnView>,
}

impl OrderView {
    /// The shipment with this id.
    pub fn shipment(&self, id: &str) -> Option<&ShipmentView> {
        self.shipments.iter().find(|s| s.id == id)
    }

    /// The actions that are open now.
    pub fn open_actions(&self) -> impl Iterator<Item = &Action> {
        self.actions.iter().filter(|a| a.available)
    }
}

/// RFC 3339 in UTC to the second: the form of every time fact.
pub(super) fn instant(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Formats times as local dates in the policy's time zone.
pub(super) struct Dates<'a> {
    pub(super) loc: &'a Localizer,
    pub(super) tz: Tz,
}

impl Dates<'_> {
    pub(super) fn day(&self, t: DateTime<Utc>) -> String {
        self.loc.date(t.with_timezone(&self.tz).date_naive())
    }
    pub(super) fn arg(&self, t: DateTime<Utc>) -> Arg {
        Arg::Text(self.day(t))
    }
    /// The last day before a deadline: windows end at an instant (local midnight after the
    /// last day, with `end_of_local_day`), and the customer reads the last day they have.
    pub(super) fn last_day(&self, end: DateTime<Utc>) -> Arg {
        let last = end.checked_sub_signed(chrono::Duration::seconds(1)).unwrap_or(end);
        Arg::Text(self.day(last))
    }
}

/// A fact list builder.
fn fact(name: &'static str, value: impl ToString) -> (&'static str, String) {
    (name, value.to_string())
}

/// The customer's view of the order at `sources.now`, in the localizer's language.
///
/// # Errors
/// [`ErrorKind::InvalidInput`] when the ledger belongs to another customer; errors of the
/// return engine (a policy whose refund methods the order cannot use) pass through.
pub fn order_view(sources: &Sources<'_>, loc: &Localizer) -> Result<OrderView> {
    let order = sources.order;
    if let Some((_, m)) = sources.loyalty {
        if m.customer() != order.customer() {
            return Err(Error::new(ErrorKind::InvalidInput, "the loyalty ledger belongs to another customer"));
        }
    }
    if let Some(w) = sources.arrivals.iter().find(|w| !order.shipments().keys().any(|id| id.as_str() == w.shipment)) {
        return Err(Error::new(ErrorKind::InvalidInput, "an arrival window names a shipment the order does not have")
            .with("shipment", &w.shipment));
    }
    let dates = Dates { loc, tz: sources.policy.tz() };
    let shipments =
        (order.shipments().values()).map(|s| shipment_view(sources, s, &dates)).collect::<Result<Vec<_>>>()?;
    let waiting: Vec<Item> = (order.lines().iter())
        .filter(|l| l.counts.unfulfilled() > 0)
        .map(|l| item(l, l.counts.unfulfilled()))
        .collect();
    let fulfilment = order.fulfilment_status();
    let headline = headline(order, fulfilment, &shipments, loc)?;
    let mut actions = Vec::new();
    let ctx = context_with_tier(sources);
    for line in order.lines() {
        actions.extend(line_actions(sources, &ctx, line, &dates)?);
    }
    for s in &shipments {
        actions.extend(shipment_action(s, &dates)?);
    }
    let points = match sources.loyalty {
        Some((p, m)) => Some(points_view(order, p, m, &dates)?),
        None => None,
    };
    let returns = order.returns().map(|c| return_view(c, &dates)).collect::<Result<Vec<_>>>()?;
    let next = order_next(&shipments, &waiting, &actions, loc)?;
    Ok(OrderView {
        locale: loc.locale().to_string(),
        order: order.id().to_string(),
        placed_at: order.placed_at(),
        time_zone: dates.tz.name().to_string(),
        fulfilment,
        headline,
        waiting,
        shipments,
        next,
        actions,
        points,
        returns,
    })
}

fn item(line: &Line, quantity: u32) -> Item {
    Item { line: line.id().to_string(), title: line.spec.title.clone(), quantity }
}

/// The context the return engine gets: the host's, with the member's tier benefits when the host
/// named no tier.
fn context_with_tier(sources: &Sources<'_>) -> EligibilityContext {
    let mut ctx = sources.context.clone();
    if ctx.delay_thresholds.is_none() {
        ctx.delay_thresholds = Some(*sources.thresholds);
    }
    if ctx.tier.is_none() {
        if let Some((p, m)) = sources.loyalty {
            ctx.tier = m.tier_benefits(p);
        }
    }
    ctx
}

fn headline(order: &Order, status: FulfilmentStatus, shipments: &[ShipmentView], loc: &Localizer) -> Result<Statement> {
    let open = |s: &&ShipmentView| s.delivered_at.is_none() && s.status != TrackingStatus::Cancelled;
    let trouble = shipments.iter().filter(open).any(|s| s.delay.late || s.delay.stalled || s.delay.presumed_lost);
    let lost = shipments.iter().filter(open).any(|s| s.delay.presumed_lost);
    let id = match status {
        FulfilmentStatus::Cancelled => msg!("headline-cancelled"),
        FulfilmentStatus::Returned => msg!("headline-returned"),
        _ if lost => msg!("headline-parcel-lost"),
        FulfilmentStatus::Delivered => msg!("headline-delivered"),
        FulfilmentStatus::PartiallyDelivered => msg!("headline-partly-delivered"),
        FulfilmentStatus::PartiallyReturned => msg!("headline-partly-returned"),
        _ if trouble => msg!("headline-delayed"),
        FulfilmentStatus::Unfulfilled => msg!("headline-preparing"),
        _ if shipments.iter().any(|s| s.delay.last_scan_at.is_some() || s.status != TrackingStatus::Pending) => {
            msg!("headline-on-its-way")
        }
        _ => msg!("headline-packed"),
    };
    statement(loc, "order", id, &[], &[fact("status", code(&status)), fact("order", order.id())])
}

/// The scans seen by `now`, in time order.
fn seen(events: &[CarrierEvent], now: DateTime<Utc>) -> Vec<&CarrierEvent> {
    let mut v: Vec<&CarrierEvent> = events.iter().filter(|e| e.occurred_at <= now).collect();
    v.sort_by_key(|e| e.occurred_at);
    v
}

/// How far along the main path a status is: 0 ordered … 5 delivered.
fn reach(status: TrackingStatus) -> u8 {
    match status {
        TrackingStatus::Pending | TrackingStatus::InfoReceived | TrackingStatus::Cancelled => 1,
        TrackingStatus::InTransit
        | TrackingStatus::Exception
        | TrackingStatus::Expired
        | TrackingStatus::ReturningToSender
        | TrackingStatus::ReturnedToSender
        | TrackingStatus::Lost => 3,
        TrackingStatus::OutForDelivery | TrackingStatus::AvailableForPickup | TrackingStatus::AttemptFailed => 4,
        TrackingStatus::Delivered => 5,
    }
}

const MAIN_PATH: [StepKind; 6] = [
    StepKind::Ordered,
    StepKind::Packed,
    StepKind::HandedToCarrier,
    StepKind::InTransit,
    StepKind::OutForDelivery,
    StepKind::Delivered,
];

fn shipment_view(sources: &Sources<'_>, s: &Shipment, dates: &Dates<'_>) -> Result<ShipmentView> {
    let now = sources.now;
    let loc = dates.loc;
    let order = sources.order;
    let delay = s.assess_delay(now, sources.thresholds);
    let status = if s.cancelled { TrackingStatus::Cancelled } else { delay.status };
    let scans = seen(&s.events, now);
    // the current estimate: the carrier's latest, else the promise; one that has passed without
    // a delivery is no estimate any more (a late parcel with no new date has none)
    let delivered = s.delivered_at.is_some_and(|d| d <= now);
    let estimate = carrier_estimate(&s.events, now).or(s.spec.promised_by).filter(|e| delivered || *e > now);
    let delivered_at = s.delivered_at.filter(|d| *d <= now).or_else(|| {
        (status == TrackingStatus::Delivered)
            .then(|| scans.iter().find(|e| e.status == TrackingStatus::Delivered).map(|e| e.occurred_at))
            .flatten()
    });
    // handed over: the first scan of the parcel moving (a lone delivery scan says nothing of when)
    let moved = |e: &&&CarrierEvent| {
        !matches!(e.status, TrackingStatus::InfoReceived | TrackingStatus::Pending | TrackingStatus::Delivered)
    };
    let first_moved = scans.iter().find(moved).map(|e| e.occurred_at);
    let latest_transit = scans.iter().rev().find(|e| e.status == TrackingStatus::InTransit).copied();
    let out_for_delivery = scans.iter().find(|e| e.status == TrackingStatus::OutForDelivery).map(|e| e.occurred_at);
    // how far along the main path it got: the furthest status seen, and "shipped" at least
    let mut reached = scans.iter().map(|e| reach(e.status)).max().unwrap_or(1);
    if s.shipped {
        reached = reached.max(3);
    }
    if delivered_at.is_some() {
        reached = 5;
    }
    let terminal = s.cancelled || delivered_at.is_some() || status.is_terminal() || delay.presumed_lost;
    let goes_on =
        !matches!(status, TrackingStatus::ReturningToSender | TrackingStatus::ReturnedToSender | TrackingStatus::Lost);
    let mut steps: Vec<(Option<DateTime<Utc>>, Step)> = Vec::new();
    let step = |kind: StepKind, state: StepState, at: Option<DateTime<Utc>>, st: Statement| Step {
        step: kind,
        state,
        at,
        statement: st,
    };
    // the main path
    let mut path_key: Option<DateTime<Utc>> = None;
    for (index, kind) in (0u8..).zip(MAIN_PATH) {
        if s.cancelled && index > 1 {
            break;
        }
        let done = index <= reached;
        // a parcel that is lost or going back will not reach the rest of the path
        if !done && (delay.presumed_lost || !goes_on) {
            break;
        }
        let at = match kind {
            StepKind::Ordered => Some(order.placed_at()),
            StepKind::Packed => Some(s.created_at),
            StepKind::HandedToCarrier => first_moved,
            StepKind::InTransit => latest_transit.map(|e| e.occurred_at),
            StepKind::OutForDelivery => out_for_delivery,
            _ => delivered_at,
        }
        .filter(|_| done);
        let state = if !done {
            StepState::Upcoming
        } else if index == reached && !terminal {
            StepState::Current
        } else {
            StepState::Done
        };
        let st = main_step_statement(kind, done, at, latest_transit, s, estimate, dates)?;
        // an upcoming step sorts after everything that happened; a done step without a time of its
        // own sorts with the step before it, so the path keeps its order
        let key = if done { at.or(path_key) } else { Some(DateTime::<Utc>::MAX_UTC) };
        path_key = key;
        steps.push((key, step(kind, state, at, st)));
    }
    // what went wrong on the way, where it happened
    let latest = scans.last().map(|e| e.occurred_at);
    for e in &scans {
        let Some(kind) = side_step(e.status) else { continue };
        let current = Some(e.occurred_at) == latest && status == e.status;
        let st = side_statement(kind, e, s, dates)?;
        let state = if current { StepState::Current } else { StepState::Done };
        steps.push((Some(e.occurred_at), step(kind, state, Some(e.occurred_at), st)));
    }
    if let Some(e) = scans.iter().rev().find(|e| e.delayed).filter(|_| delivered_at.is_none() && !s.cancelled) {
        let new_estimate = e.estimated_delivery.or(estimate);
        let st = delay_statement(
            (msg!("step-delayed-carrier"), msg!("step-delayed-carrier-estimate")),
            new_estimate,
            s,
            dates,
        )?;
        steps.push((Some(e.occurred_at), step(StepKind::Delayed, StepState::Done, Some(e.occurred_at), st)));
    } else if delay.late && !delay.presumed_lost {
        let new_estimate = estimate.filter(|d| *d > now);
        let at = s.spec.promised_by;
        let st =
            delay_statement((msg!("step-delayed-late"), msg!("step-delayed-late-estimate")), new_estimate, s, dates)?;
        steps.push((at, step(StepKind::Delayed, StepState::Done, at, st)));
    }
    if s.cancelled {
        let st = statement(loc, "timeline", msg!("step-cancelled"), &[], &[])?;
        steps.push((None, step(StepKind::Cancelled, StepState::Current, None, st)));
    }
    if delay.presumed_lost && status != TrackingStatus::Lost {
        let since = delay.last_scan_at.unwrap_or(s.created_at);
        let st = statement(
            loc,
            "timeline",
            msg!("step-presumed-lost"),
            &[("date", dates.arg(since))],
            &[fact("last_update", instant(since))],
        )?;
        steps.push((Some(now), step(StepKind::Lost, StepState::Current, None, st)));
    }
    // a delay is the current state while nothing more pressing is
    if let Some(i) = steps.iter().position(|(_, st)| st.step == StepKind::Delayed) {
        let pressing = steps.iter().any(|(_, st)| st.state == StepState::Current && st.step > StepKind::Delayed);
        if !terminal && !pressing {
            for (_, st) in &mut steps {
                if st.state == StepState::Current {
                    st.state = StepState::Done;
                }
            }
            if let Some((_, st)) = steps.get_mut(i) {
                st.state = StepState::Current;
            }
        }
    }
    // stable: the main path keeps its order among equal times
    steps.sort_by_key(|(at, _)| at.unwrap_or(DateTime::<Utc>::MIN_UTC));
    let timeline = steps.into_iter().map(|(_, st)| st).collect();
    let items =
        (s.spec.lines.iter()).filter_map(|lq| order.line(&lq.line).ok().map(|l| item(l, lq.quantity))).collect();
    // a transit claim on any of its lines settles the parcel for the customer
    let claim = (order.returns().filter(|c| c.is_claim()))
        .find(|c| c.lines.iter().any(|l| s.spec.lines.iter().any(|q| q.line == l.line)))
        .map(|c| c.id.to_string());
    let window = match sources.arrivals.iter().find(|w| w.shipment == s.spec.id.as_str()) {
        Some(w) if !s.cancelled && delivered_at.is_none() && !delay.presumed_lost && claim.is_none() => {
            Some(window_view(w, s, carrier_estimate(&s.events, now), dates)?)
        }
        _ => None,
    };
    let next = match &claim {
        Some(id) => {
            statement(loc, "next", msg!("next-claimed"), &[("claim", Arg::Text(id.clone()))], &[fact("claim", id)])?
        }
        None => shipment_next(s, status, &delay, estimate, delivered_at, &scans, sources, dates)?,
    };
    Ok(ShipmentView {
        id: s.spec.id.to_string(),
        carrier: s.spec.carrier.clone(),
        tracking_number: s.spec.tracking_number.clone(),
        items,
        status,
        delay,
        promised_by: s.spec.promised_by,
        estimate,
        delivered_at,
        claim,
        timeline,
        next,
        window,
    })
}

/// The window as the customer reads it, with the carrier's date beside it when that is later.
fn window_view(
    w: &ArrivalWindow,
    s: &Shipment,
    carrier: Option<DateTime<Utc>>,
    dates: &Dates<'_>,
) -> Result<WindowView> {
    let loc = dates.loc;
    let mut args =
        vec![("likely", Arg::Text(loc.date(w.likely))), ("confidence", Arg::Text(w.confidence.as_str().into()))];
    let mut facts = vec![fact("likely", w.likely), fact("confidence", w.confidence.as_str())];
    let id = match w.latest.filter(|l| *l > w.likely) {
        Some(latest) => {
            args.push(("latest", Arg::Text(loc.date(latest))));
            facts.push(fact("latest", latest));
            msg!("window-range")
        }
        None => msg!("window-likely"),
    };
    let statement = statement(loc, "window", id, &args, &facts)?;
    let last = w.latest.unwrap_or(w.likely);
    let carrier_later = match carrier.filter(|c| c.with_timezone(&dates.tz).date_naive() > last) {
        Some(c) => Some(super::summary::statement(
            loc,
            "carrier_estimate",
            msg!("window-carrier-later"),
            &[("carrier", Arg::Text(s.spec.carrier.clone())), ("date", dates.arg(c))],
            &[fact("carrier_estimate", instant(c))],
        )?),
        None => None,
    };
    Ok(WindowView { likely: w.likely, latest: w.latest, confidence: w.confidence, statement, carrier_later })
}

fn side_step(status: TrackingStatus) -> Option<StepKind> {
    Some(match status {
        TrackingStatus::Exception => StepKind::Exception,
        TrackingStatus::AttemptFailed => StepKind::AttemptFailed,
        TrackingStatus::AvailableForPickup => StepKind::ReadyForPickup,
        TrackingStatus::ReturningToSender => StepKind::ReturningToSender,
        TrackingStatus::ReturnedToSender => StepKind::ReturnedToSender,
        TrackingStatus::Lost => StepKind::Lost,
        TrackingStatus::Expired => StepKind::TrackingStopped,
        _ => return None,
    })
}

fn main_step_statement(
    kind: StepKind,
    done: bool,
    at: Option<DateTime<Utc>>,
    latest_transit: Option<&CarrierEvent>,
    s: &Shipment,
    estimate: Option<DateTime<Utc>>,
    dates: &Dates<'_>,
) -> Result<Statement> {
    let loc = dates.loc;
    let mut args = vec![("carrier", Arg::Text(s.spec.carrier.clone()))];
    let mut facts = vec![fact("carrier", &s.spec.carrier)];
    if let Some(at) = at {
        args.push(("date", dates.arg(at)));
        facts.push(fact("at", instant(at)));
    }
    // a step passed without a scan of its own (carriers skip some) is done, shown without a date
    let mut form = match (done, at) {
        (true, Some(_)) => StepForm::Dated,
        (true, None) => StepForm::Undated,
        (false, _) => StepForm::Upcoming,
    };
    if kind == StepKind::InTransit && done && at.is_some() {
        let place = latest_transit.and_then(|e| e.location.clone()).unwrap_or_default();
        args.push(("has_place", Arg::Text(if place.is_empty() { "no" } else { "yes" }.into())));
        args.push(("place", Arg::Text(place.clone())));
        facts.push(fact("location", place));
    }
    if kind == StepKind::Delivered && !done {
        if let Some(e) = estimate {
            args.push(("estimate", dates.arg(e)));
            facts.push(fact("estimate", instant(e)));
            form = StepForm::UpcomingEstimate;
        }
    }
    let id = words::main_step(kind, form)
        .ok_or_else(|| Error::new(ErrorKind::Internal, format!("no words for the step {kind:?} shown {form:?}")))?;
    statement(loc, "timeline", id, &args, &facts)
}

fn side_statement(kind: StepKind, e: &CarrierEvent, s: &Shipment, dates: &Dates<'_>) -> Result<Statement> {
    let id = match kind {
        StepKind::Exception => msg!("step-exception"),
        StepKind::AttemptFailed => msg!("step-attempt-failed"),
        StepKind::ReadyForPickup => msg!("step-ready-for-pickup"),
        StepKind::ReturningToSender => msg!("step-returning-to-sender"),
        StepKind::ReturnedToSender => msg!("step-returned-to-sender"),
        StepKind::Lost => msg!("step-lost"),
        _ => msg!("step-tracking-stopped"),
    };
    let place = e.location.clone().unwrap_or_default();
    let args = [
        ("date", dates.arg(e.occurred_at)),
        ("carrier", Arg::Text(s.spec.carrier.clone())),
        ("place", Arg::Text(place.clone())),
        ("has_place", Arg::Text(if place.is_empty() { "no" } else { "yes" }.into())),
    ];
    let facts = [fact("at", instant(e.occurred_at)), fact("location", place), fact("raw_code", &e.raw_code)];
    statement(dates.loc, "timeline", id, &args, &facts)
}

fn delay_statement(
    (plain, with_estimate): (MessageId, MessageId),
    new_estimate: Option<DateTime<Utc>>,
    s: &Shipment,
    dates: &Dates<'_>,
) -> Result<Statement> {
    let mut facts = vec![fact("carrier", &s.spec.carrier)];
    let mut args = vec![("carrier", Arg::Text(s.spec.carrier.clone()))];
    let id = match new_estimate {
        Some(d) => {
            facts.push(fact("estimate", instant(d)));
            args.push(("estimate", dates.arg(d)));
            with_estimate
        }
        None => plain,
    };
    statement(dates.loc, "timeline", id, &args, &facts)
}

#[allow(clippy::too_many_arguments)]
fn shipment_next(
    s: &Shipment,
    status: TrackingStatus,
    delay: &DelayAssessment,
    estimate: Option<DateTime<Utc>>,
    delivered_at: Option<DateTime<Utc>>,
    scans: &[&CarrierEvent],
    sources: &Sources<'_>,
    dates: &Dates<'_>,
) -> Result<Statement> {
    let now = sources.now;
    let loc = dates.loc;
    let place = scans.last().and_then(|e| e.location.clone()).unwrap_or_default();
    let mut args = vec![
        ("carrier", Arg::Text(s.spec.carrier.clone())),
        ("place", Arg::Text(place.clone())),
        ("has_place", Arg::Text(if place.is_empty() { "no" } else { "yes" }.into())),
    ];
    let mut facts = vec![fact("status", status.as_str())];
    let mut with_date = |name: &'static str, t: DateTime<Utc>, args: &mut Vec<(&str, Arg)>| {
        args.push(("date", dates.arg(t)));
        facts.push(fact(name, instant(t)));
    };
    let id = if s.cancelled {
        msg!("next-cancelled")
    } else if let Some(d) = delivered_at {
        with_date("delivered_at", d, &mut args);
        msg!("next-delivered")
    } else if delay.presumed_lost {
        msg!("next-lost")
    } else {
        match status {
            TrackingStatus::ReturningToSender | TrackingStatus::ReturnedToSender => msg!("next-returning"),
            TrackingStatus::AvailableForPickup => msg!("next-pickup"),
            TrackingStatus::AttemptFailed => msg!("next-attempt-failed"),
            TrackingStatus::Exception => msg!("next-exception"),
            TrackingStatus::Expired => msg!("next-tracking-stopped"),
            _ if delay.stalled => {
                with_date("last_update", delay.last_scan_at.unwrap_or(s.created_at), &mut args);
                msg!("next-stalled")
            }
            _ if delay.late => match estimate.filter(|d| *d > now) {
                Some(d) => {
                    with_date("estimate", d, &mut args);
                    msg!("next-late-estimate")
                }
                None => msg!("next-late"),
            },
            TrackingStatus::OutForDelivery => msg!("next-out-for-delivery"),
            _ => match estimate {
                Some(d) => {
                    with_date("estimate", d, &mut args);
                    if status == TrackingStatus::InTransit {
                        msg!("next-in-transit")
                    } else {
                        msg!("next-awaiting-carrier")
                    }
                }
                None if status == TrackingStatus::InTransit => msg!("next-in-transit-no-date"),
                None => msg!("next-awaiting-carrier-no-date"),
            },
        }
    };
    statement(loc, "next", id, &args, &facts)
}

/// The method a return action offers: the original payment when allowed, else store credit.
fn return_method(policy: &ReturnPolicy) -> Option<RefundMethod> {
    [RefundMethod::OriginalPayment, RefundMethod::StoreCredit].into_iter().find(|m| policy.refunds.allowed.contains(m))
}

fn probe(sources: &Sources<'_>, line: &Line, units: u32, method: RefundMethod) -> Result<ReturnRequest> {
    let exchange = match method {
        RefundMethod::Exchange => Some(ExchangeRequest {
            sku: line.spec.sku.clone(),
            price: line.spec.unit_price,
            advance: false,
            shipping: None,
        }),
        _ => None,
    };
    Ok(ReturnRequest {
        id: ReturnId::new("customer-view")?,
        customer: sources.order.customer().clone(),
        lines: vec![RequestedLine { line: line.id().clone(), quantity: units, reason: ReturnReason::ChangedMind }],
        method,
        exchange,
    })
}

/// The return and exchange actions of a line: what the eligibility engine says about returning
/// every unit that can still come back, for a no-fault reason.
fn line_actions(
    sources: &Sources<'_>,
    ctx: &EligibilityContext,
    line: &Line,
    dates: &Dates<'_>,
) -> Result<Vec<Action>> {
    let c = &line.counts;
    // nothing to say about a line that never shipped and never will
    if c.active() == 0 || (c.shipped == 0 && sources.policy.require != crate::returns::ShippingRequirement::None) {
        return Ok(Vec::new());
    }
    let Some(method) = return_method(sources.policy) else { return Ok(Vec::new()) };
    let order = sources.order;
    let now = sources.now;
    // one unit first: its quantity verdict says how many units can come back
    let one = evaluate(order, &probe(sources, line, 1, method)?, sources.policy, ctx, now)?;
    let returnable = (one.lines.first().and_then(|d| d.verdicts.iter().find(|v| v.rule == "quantity")))
        .and_then(|v| v.facts.get("returnable"))
        .and_then(|n| n.parse::<u32>().ok())
        .unwrap_or(0);
    let title = line.spec.title.clone();
    let mut out = Vec::new();
    let units = returnable.max(1);
    let pv = preview(order, &probe(sources, line, units, method)?, sources.policy, ctx, now)?;
    let Some(d) = pv.report.lines.first() else { return Ok(out) };
    let shown = shown_code(d);
    let (refund, fees) = match &pv.refund {
        Some(r) => (Some(r.total), Some(r.restocking_fee.checked_add(&r.return_shipping_fee)?)),
        None => (None, None),
    };
    let available = d.outcome != Outcome::Denied;
    let mut args = vec![("item", Arg::Text(title.clone())), ("units", Arg::Count(i64::from(units)))];
    let mut facts = vec![fact("line", line.id()), fact("code", &shown), fact("units", units)];
    if let Some(end) = d.window_end {
        args.push(("date", dates.last_day(end)));
        args.push(("days", Arg::Count(d.days_left.unwrap_or(0))));
        facts.push(fact("deadline", instant(end)));
        facts.push(fact("days_left", d.days_left.unwrap_or(0)));
    }
    let message = if available {
        if let Some(r) = refund {
            args.push(("refund", Arg::Text(dates.loc.money(&r))));
            facts.push(fact("refund", r.amount()));
        }
        args.push(("method", Arg::Text(code(&pv.report.method))));
        facts.push(fact("method", code(&pv.report.method)));
        words::return_action(d.outcome == Outcome::NeedsReview, d.window_end.is_some(), refund.is_some())
    } else {
        let why = of::why(&shown)
            .ok_or_else(|| Error::new(ErrorKind::Internal, format!("no words for the denial {shown:?}")))?;
        let reason = dates.loc.message(why, &args)?;
        args.push(("reason", Arg::Text(reason)));
        msg!("action-return-denied")
    };
    out.push(Action {
        action: ActionKind::Return,
        subject: line.id().to_string(),
        available,
        needs_review: d.outcome == Outcome::NeedsReview,
        units: if available { units } else { 0 },
        deadline: d.window_end,
        days_left: d.days_left,
        code: shown.clone(),
        refund: refund.filter(|_| available),
        fees: fees.filter(|_| available),
        method: available.then_some(pv.report.method),
        statement: statement(dates.loc, "action", message, &args, &facts)?,
    });
    if available && sources.policy.refunds.allowed.contains(&RefundMethod::Exchange) {
        let x = evaluate(order, &probe(sources, line, units, RefundMethod::Exchange)?, sources.policy, ctx, now)?;
        if let Some(d) = x.lines.first().filter(|d| d.outcome != Outcome::Denied) {
            let id = if d.window_end.is_some() { msg!("action-exchange-until") } else { msg!("action-exchange") };
            let facts = [fact("line", line.id()), fact("code", &d.code)];
            out.push(Action {
                action: ActionKind::Exchange,
                subject: line.id().to_string(),
                available: true,
                needs_review: d.outcome == Outcome::NeedsReview,
                units,
                deadline: d.window_end,
                days_left: d.days_left,
                code: d.code.to_string(),
                refund: None,
                fees: None,
                method: Some(RefundMethod::Exchange),
                statement: statement(dates.loc, "action", id, &args, &facts)?,
            });
        }
    }
    Ok(out)
}

/// The code to show for a line: the engine's deciding code, except that a denial names the
/// rule a customer can understand first: what the item is, then units already returned or settled
/// by a claim, then delivery, then the window, then other quantities (a quantity of nothing is
/// the consequence of the others).
fn shown_code(d: &crate::returns::LineDecision) -> String {
    if d.outcome != Outcome::Denied {
        return d.code.to_string();
    }
    let denied = |rule: &str| d.verdicts.iter().find(|v| v.rule == rule && v.outcome == Outcome::Denied);
    // units already returned or settled by a claim say more than "not delivered" about them
    let settled = denied("quantity").filter(|v| v.code != "return.quantity_exceeds_returnable");
    (["non_returnable"].into_iter().find_map(denied))
        .or(settled)
        .or_else(|| ["shipping", "window", "quantity"].into_iter().find_map(denied))
        .map_or_else(|| d.code.to_string(), |v| v.code.to_string())
}

/// Report a problem (late or stalled) or claim a lost parcel, as the delay rules say.
fn shipment_action(s: &ShipmentView, dates: &Dates<'_>) -> Result<Option<Action>> {
    let d = &s.delay;
    let settled = s.claim.is_some() || s.delivered_at.is_some() || s.status == TrackingStatus::Cancelled;
    let (action, code, id) = if settled {
        return Ok(None);
    } else if d.presumed_lost {
        (ActionKind::ClaimLost, "delay.presumed_lost", msg!("action-claim-lost"))
    } else if d.stalled {
        (ActionKind::ReportProblem, "delay.stalled", msg!("action-report-stalled"))
    } else if d.late {
        (ActionKind::ReportProblem, "delay.late", msg!("action-report-late"))
    } else {
        return Ok(None);
    };
    let facts = [fact("shipment", &s.id), fact("code", code)];
    Ok(Some(Action {
        action,
        subject: s.id.clone(),
        available: true,
        needs_review: false,
        units: s.items.iter().map(|i| i.quantity).fold(0u32, u32::saturating_add),
        deadline: None,
        days_left: None,
        code: code.to_string(),
        refund: None,
        fees: None,
        method: None,
        statement: statement(dates.loc, "action", id, &[("carrier", Arg::Text(s.carrier.clone()))], &facts)?,
    }))
}

fn points_view(order: &Order, p: &Programme, m: &Member, dates: &Dates<'_>) -> Result<PointsView> {
    let mine = m.lots().filter(|l| l.source.as_ref().is_some_and(|(o, _)| o == order.id()));
    let (mut pending, mut earned, mut available_at) = (0i64, 0i64, None::<DateTime<Utc>>);
    for lot in mine {
        if lot.pending {
            pending = pending.saturating_add(lot.remaining);
            if let Some(at) = lot.available_at {
                available_at = Some(available_at.map_or(at, |a| a.min(at)));
            }
        } else {
            earned = earned.saturating_add(lot.points);
        }
    }
    let loc = dates.loc;
    let mut statements = Vec::new();
    if pending > 0 {
        let facts = [fact("pending", pending)];
        let st = match available_at {
            Some(at) => {
                let mut facts = facts.to_vec();
                facts.push(fact("available_at", instant(at)));
                let args = [("points", Arg::Count(pending)), ("date", dates.arg(at))];
                statement(loc, "points", msg!("points-pending-date"), &args, &facts)?
            }
            None => {
                let days = i64::from(p.pending.days_after_delivery);
                let mut facts = facts.to_vec();
                facts.push(fact("days_after_delivery", days));
                let args = [("points", Arg::Count(pending)), ("days", Arg::Count(days))];
                statement(loc, "points", msg!("points-pending-delivery"), &args, &facts)?
            }
        };
        statements.push(st);
    }
    if earned > 0 {
        statements.push(statement(
            loc,
            "points",
            msg!("points-earned"),
            &[("points", Arg::Count(earned))],
            &[fact("earned", earned)],
        )?);
    }
    statements.push(statement(
        loc,
        "points",
        msg!("points-balance"),
        &[("points", Arg::Count(m.balance()))],
        &[fact("balance", m.balance())],
    )?);
    Ok(PointsView { pending, available_at, earned, balance: m.balance(), statements })
}

fn return_view(c: &ReturnCase, dates: &Dates<'_>) -> Result<ReturnView> {
    let loc = dates.loc;
    let refunded = c.refund.as_ref().map(|r| r.total);
    let mut destinations: Vec<RefundMethod> = Vec::new();
    for p in c.refund.iter().flat_map(|r| r.payouts.iter()) {
        let m = match p.destination {
            RefundDestination::Payment(_) => RefundMethod::OriginalPayment,
            RefundDestination::StoreCredit => RefundMethod::StoreCredit,
        };
        if !destinations.contains(&m) && !p.amount.is_zero() {
            destinations.push(m);
        }
    }
    let mut args = vec![("id", Arg::Text(c.id.to_string()))];
    let mut facts = vec![fact("return", &c.id), fact("status", code(&c.status))];
    if let Some(r) = refunded {
        args.push(("amount", Arg::Text(loc.money(&r))));
        let words = (destinations.iter())
            .filter_map(|m| of::destination(*m))
            .map(|id| loc.message(id, &[]))
            .collect::<Result<Vec<_>>>()?;
        args.push(("destination", Arg::Text(loc.and_list(&words))));
        facts.push(fact("refunded", r.amount()));
        facts.push(fact("destinations", destinations.iter().map(code).collect::<Vec<_>>().join(",")));
    }
    if let Some((carrier, number)) = &c.label {
        args.push(("carrier", Arg::Text(carrier.clone())));
        args.push(("tracking", Arg::Text(number.clone())));
        facts.push(fact("label", format!("{carrier} {number}")));
    }
    let what = if c.is_claim() { "claim" } else { "return" };
    // an exchange that has arrived is followed by its replacement, not a refund
    let exchange = c.terms.method == RefundMethod::Exchange;
    let id = words::return_status(c.status, c.is_claim(), exchange)
        .ok_or_else(|| Error::new(ErrorKind::Internal, format!("no words for a {what} that is {}", code(&c.status))))?;
    let st = statement(loc, what, id, &args, &facts)?;
    Ok(ReturnView {
        id: c.id.to_string(),
        status: c.status,
        method: c.terms.method,
        refunded,
        destinations,
        claim: c.is_claim(),
        statement: st,
    })
}

fn order_next(shipments: &[ShipmentView], waiting: &[Item], actions: &[Action], loc: &Localizer) -> Result<Statement> {
    let open: Vec<&ShipmentView> =
        (shipments.iter()).filter(|s| s.delivered_at.is_none() && s.status != TrackingStatus::Cancelled).collect();
    // the most pressing shipment first: lost, then late or stalled, then any on the way
    let pressing = (open.iter().find(|s| s.delay.presumed_lost))
        .or_else(|| open.iter().find(|s| s.delay.late || s.delay.stalled))
        .or_else(|| open.first());
    if let Some(s) = pressing {
        return Ok(s.next.clone());
    }
    if !waiting.is_empty() {
        let n = waiting.iter().map(|i| i.quantity).fold(0u32, u32::saturating_add);
        return statement(
            loc,
            "next",
            msg!("next-preparing"),
            &[("units", Arg::Count(i64::from(n)))],
            &[fact("units", n)],
        );
    }
    let soonest = (actions.iter())
        .filter(|a| a.available && a.action == ActionKind::Return)
        .filter_map(|a| a.deadline.map(|d| (d, a)))
        .min_by_key(|(d, _)| *d);
    match soonest {
        Some((_, a)) => Ok(a.statement.clone()),
        None => statement(loc, "next", msg!("next-nothing"), &[], &[]),
    }
}

/// The view's words for steps, returns and actions, one exhaustive `match` each.
mod words {
    use super::StepKind as K;
    use crate::message_id::MessageId;
    use crate::msg;
    use crate::returns::ReturnStatus as R;

    /// How a main step of the timeline is shown.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) enum StepForm {
        /// Done, with the date of its scan.
        Dated,
        /// Done without a scan of its own (carriers skip some).
        Undated,
        /// Still to come.
        Upcoming,
        /// Still to come, with the estimated date (delivery only).
        UpcomingEstimate,
    }

    /// A main step (ordered … delivered) in a form; `None` for a side step or a form the step
    /// does not have.
    pub(crate) fn main_step(kind: K, form: StepForm) -> Option<MessageId> {
        use StepForm::{Dated as D, Undated as U, Upcoming as Up, UpcomingEstimate as E};
        Some(match (kind, form) {
            (K::Ordered, D) => msg!("step-ordered"),
            (K::Ordered, U) => msg!("step-ordered-undated"),
            (K::Ordered, Up) => msg!("step-ordered-upcoming"),
            (K::Packed, D) => msg!("step-packed"),
            (K::Packed, U) => msg!("step-packed-undated"),
            (K::Packed, Up) => msg!("step-packed-upcoming"),
            (K::HandedToCarrier, D) => msg!("step-handed-to-carrier"),
            (K::HandedToCarrier, U) => msg!("step-handed-to-carrier-undated"),
            (K::HandedToCarrier, Up) => msg!("step-handed-to-carrier-upcoming"),
            (K::InTransit, D) => msg!("step-in-transit"),
            (K::InTransit, U) => msg!("step-in-transit-undated"),
            (K::InTransit, Up) => msg!("step-in-transit-upcoming"),
            (K::OutForDelivery, D) => msg!("step-out-for-delivery"),
            (K::OutForDelivery, U) => msg!("step-out-for-delivery-undated"),
            (K::OutForDelivery, Up) => msg!("step-out-for-delivery-upcoming"),
            (K::Delivered, D) => msg!("step-delivered"),
            (K::Delivered, U) => msg!("step-delivered-undated"),
            (K::Delivered, Up) => msg!("step-delivered-upcoming"),
            (K::Delivered, E) => msg!("step-delivered-upcoming-estimate"),
            (K::Ordered | K::Packed | K::HandedToCarrier | K::InTransit | K::OutForDelivery, E)
            | (
                K::Delayed
                | K::Exception
                | K::AttemptFailed
                | K::ReadyForPickup
                | K::ReturningToSender
                | K::ReturnedToSender
                | K::Lost
                | K::Cancelled
                | K::TrackingStopped,
                _,
            ) => return None,
        })
    }

    /// A return's (or a transit claim's) line in the view; `exchange` picks the words for a
    /// received exchange. `None` for a claim in a status a claim never shows.
    pub(crate) fn return_status(status: R, claim: bool, exchange: bool) -> Option<MessageId> {
        Some(match (claim, status) {
            (true, R::Refunded | R::Credited) => msg!("claim-refunded"),
            (true, R::Exchanged) => msg!("claim-exchanged"),
            (true, _) => return None,
            (false, R::Requested) => msg!("return-requested"),
            (false, R::Approved) => msg!("return-approved"),
            (false, R::Declined) => msg!("return-declined"),
            (false, R::LabelIssued) => msg!("return-label-issued"),
            (false, R::InTransit) => msg!("return-in-transit"),
            (false, R::Received) if exchange => msg!("return-received-exchange"),
            (false, R::Received) => msg!("return-received"),
            (false, R::Refunded) => msg!("return-refunded"),
            (false, R::Credited) => msg!("return-credited"),
            (false, R::Exchanged) => msg!("return-exchanged"),
            (false, R::Charged) => msg!("return-charged"),
            (false, R::Cancelled) => msg!("return-cancelled"),
        })
    }

    /// The offer to return an item: under review or open, with a deadline and a refund when
    /// known.
    pub(crate) fn return_action(review: bool, until: bool, refund: bool) -> MessageId {
        match (review, until, refund) {
            (false, false, false) => msg!("action-return-open"),
            (false, false, true) => msg!("action-return-open-refund"),
            (false, true, false) => msg!("action-return-open-until"),
            (false, true, true) => msg!("action-return-open-until-refund"),
            (true, false, false) => msg!("action-return-review"),
            (true, false, true) => msg!("action-return-review-refund"),
            (true, true, false) => msg!("action-return-review-until"),
            (true, true, true) => msg!("action-return-review-until-refund"),
        }
    }
}
