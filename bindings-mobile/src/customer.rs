//! The customer's side: the view of an order (timeline per parcel, promise and estimate, what
//! happens next, the actions open now), answers to customers' questions, message content and
//! plain-language summaries, as records; `customerRun` takes and gives the core's JSON requests
//! (as in `conformance/customer.json`).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use postpurchase as pp;
use postpurchase::customer as c;

use crate::wire::{from_core, to_core};
use crate::{
    EligibilityContext, FulfilmentStatus, LoyaltyProgramme, Money, RefundMethod, Result, ReturnPolicy, ReturnStatus,
    TrackingStatus, instant, mirror_enum, parse, timestamp,
};

mirror_enum!(
    /// A step of a parcel's timeline.
    StepKind => c::StepKind {
        /// The order was placed.
        Ordered,
        /// Packed.
        Packed,
        /// The carrier took it.
        HandedToCarrier,
        /// Moving through the network.
        InTransit,
        /// With the courier.
        OutForDelivery,
        /// Delivered.
        Delivered,
        /// Running late.
        Delayed,
        /// A problem on the way.
        Exception,
        /// A delivery attempt failed.
        AttemptFailed,
        /// Waiting at a pickup point.
        ReadyForPickup,
        /// Going back to the shop.
        ReturningToSender,
        /// Back with the shop.
        ReturnedToSender,
        /// Lost.
        Lost,
        /// Cancelled.
        Cancelled,
        /// Tracking stopped.
        TrackingStopped,
    }
);

mirror_enum!(
    /// Where a step stands.
    StepState => c::StepState {
        /// It happened.
        Done,
        /// Where the parcel is now.
        Current,
        /// Still to come.
        Upcoming,
    }
);

mirror_enum!(
    /// Something the customer can do.
    ActionKind => c::ActionKind {
        /// Return a line.
        Return,
        /// Exchange a line.
        Exchange,
        /// Report a late or stalled parcel.
        ReportProblem,
        /// Claim a lost parcel.
        ClaimLost,
    }
);

/// One sentence with the message that wrote it and the facts behind it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Statement {
    /// What it is about.
    pub topic: String,
    /// The catalogue message id.
    pub message: String,
    /// The facts, by name (the same in every language).
    pub facts: HashMap<String, String>,
    /// The sentence.
    pub text: String,
}

impl From<c::Statement> for Statement {
    fn from(s: c::Statement) -> Self {
        Statement { topic: s.topic, message: s.message, facts: s.facts.into_iter().collect(), text: s.text }
    }
}

fn statements(v: Vec<c::Statement>) -> Vec<Statement> {
    v.into_iter().map(Statement::from).collect()
}

/// A quantity of an order line.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ViewItem {
    /// The order line.
    pub line: String,
    /// The product title.
    pub title: String,
    /// Units (`Long`, as every quantity in and out).
    pub quantity: i64,
}

impl From<c::Item> for ViewItem {
    fn from(i: c::Item) -> Self {
        ViewItem { line: i.line, title: i.title, quantity: i64::from(i.quantity) }
    }
}

/// A step of a timeline.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TimelineStep {
    /// Which step.
    pub step: StepKind,
    /// Done, current or upcoming.
    pub state: StepState,
    /// When it happened.
    pub at: Option<SystemTime>,
    /// The sentence.
    pub statement: Statement,
}

/// What the customer sees of one parcel.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ParcelView {
    /// Shipment id.
    pub id: String,
    /// Carrier.
    pub carrier: String,
    /// Tracking number.
    pub tracking_number: Option<String>,
    /// What is in it.
    pub items: Vec<ViewItem>,
    /// Merchant status.
    pub status: TrackingStatus,
    /// Past the promise and not delivered.
    pub late: bool,
    /// No scan for a while.
    pub stalled: bool,
    /// Presumed lost.
    pub presumed_lost: bool,
    /// The promised delivery.
    pub promised_by: Option<SystemTime>,
    /// The current estimate.
    pub estimate: Option<SystemTime>,
    /// When it was delivered.
    pub delivered_at: Option<SystemTime>,
    /// The transit claim made for it.
    pub claim: Option<String>,
    /// Its steps.
    pub timeline: Vec<TimelineStep>,
    /// What happens next.
    pub next: Statement,
}

/// An action with whether it is open now and its deadline.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CustomerAction {
    /// What.
    pub action: ActionKind,
    /// A line id or a shipment id.
    pub subject: String,
    /// Open now.
    pub available: bool,
    /// The shop checks it first.
    pub needs_review: bool,
    /// Units it covers.
    pub units: i64,
    /// Until when.
    pub deadline: Option<SystemTime>,
    /// Whole days left.
    pub days_left: Option<i64>,
    /// The engine's code.
    pub code: String,
    /// What a return would refund.
    pub refund: Option<Money>,
    /// The fees that refund takes off.
    pub fees: Option<Money>,
    /// The refund method after policy.
    pub method: Option<RefundMethod>,
    /// The sentence.
    pub statement: Statement,
}

/// Points this order earned.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OrderPoints {
    /// Pending.
    pub pending: i64,
    /// When the earliest become available.
    pub available_at: Option<SystemTime>,
    /// Already available.
    pub earned: i64,
    /// The member's balance.
    pub balance: i64,
    /// The sentences.
    pub statements: Vec<Statement>,
}

/// A return or a transit claim.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReturnStatusView {
    /// Id.
    pub id: String,
    /// Status.
    pub status: ReturnStatus,
    /// How the customer asked to be paid back (`Exchange` for an exchange).
    pub method: RefundMethod,
    /// Refunded.
    pub refunded: Option<Money>,
    /// Where the refund went.
    pub destinations: Vec<RefundMethod>,
    /// A transit claim.
    pub claim: bool,
    /// The sentence.
    pub statement: Statement,
}

/// What the customer should see about an order.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OrderView {
    /// Locale of the text.
    pub locale: String,
    /// Order id.
    pub order: String,
    /// Placed at.
    pub placed_at: SystemTime,
    /// Time zone of the dates in the text.
    pub time_zone: String,
    /// Fulfilment status.
    pub fulfilment: FulfilmentStatus,
    /// The order in one sentence.
    pub headline: Statement,
    /// Items not yet shipped.
    pub waiting: Vec<ViewItem>,
    /// Parcels.
    pub shipments: Vec<ParcelView>,
    /// What happens next.
    pub next: Statement,
    /// Actions.
    pub actions: Vec<CustomerAction>,
    /// Points, with a ledger.
    pub points: Option<OrderPoints>,
    /// Returns and claims.
    pub returns: Vec<ReturnStatusView>,
}

impl OrderView {
    fn of(v: c::OrderView) -> Result<Self> {
        Ok(OrderView {
            locale: v.locale,
            order: v.order,
            placed_at: timestamp(v.placed_at),
            time_zone: v.time_zone,
            fulfilment: v.fulfilment.into(),
            headline: v.headline.into(),
            waiting: v.waiting.into_iter().map(ViewItem::from).collect(),
            shipments: v.shipments.into_iter().map(parcel).collect::<Result<_>>()?,
            next: v.next.into(),
            actions: v.actions.into_iter().map(action).collect::<Result<_>>()?,
            points: v.points.map(|p| OrderPoints {
                pending: p.pending,
                available_at: p.available_at.map(timestamp),
                earned: p.earned,
                balance: p.balance,
                statements: statements(p.statements),
            }),
            returns: (v.returns.into_iter())
                .map(|r| {
                    Ok(ReturnStatusView {
                        id: r.id,
                        status: from_core(&r.status, "status")?,
                        method: from_core(&r.method, "method")?,
                        refunded: r.refunded.map(Money::from),
                        destinations: from_core(&r.destinations, "destinations")?,
                        claim: r.claim,
                        statement: r.statement.into(),
                    })
                })
                .collect::<Result<_>>()?,
        })
    }
}

fn parcel(s: c::ShipmentView) -> Result<ParcelView> {
    Ok(ParcelView {
        id: s.id,
        carrier: s.carrier,
        tracking_number: s.tracking_number,
        items: s.items.into_iter().map(ViewItem::from).collect(),
        status: from_core(&s.status, "status")?,
        late: s.delay.late,
        stalled: s.delay.stalled,
        presumed_lost: s.delay.presumed_lost,
        promised_by: s.promised_by.map(timestamp),
        estimate: s.estimate.map(timestamp),
        delivered_at: s.delivered_at.map(timestamp),
        claim: s.claim,
        timeline: (s.timeline.into_iter())
            .map(|t| TimelineStep {
                step: t.step.into(),
                state: t.state.into(),
                at: t.at.map(timestamp),
                statement: t.statement.into(),
            })
            .collect(),
        next: s.next.into(),
    })
}

fn action(a: c::Action) -> Result<CustomerAction> {
    Ok(CustomerAction {
        action: a.action.into(),
        subject: a.subject,
        available: a.available,
        needs_review: a.needs_review,
        units: i64::from(a.units),
        deadline: a.deadline.map(timestamp),
        days_left: a.days_left,
        code: a.code,
        refund: a.refund.map(Money::from),
        fees: a.fees.map(Money::from),
        method: a.method.map(|m| from_core(&m, "method")).transpose()?,
        statement: a.statement.into(),
    })
}

/// The inputs of a view: the order as its events (JSON, as stored), the policy, now and the
/// locale; optionally the programme with the customer's ledger entries (JSON), the customer
/// context and delay thresholds (JSON).
#[derive(uniffi::Record)]
pub struct OrderViewInput {
    /// The order's events as JSON.
    pub events_json: String,
    /// The return policy.
    pub policy: Arc<ReturnPolicy>,
    /// Now.
    pub now: SystemTime,
    /// The customer's locale (BCP 47).
    pub locale: String,
    /// The loyalty programme.
    #[uniffi(default = None)]
    pub programme: Option<Arc<LoyaltyProgramme>>,
    /// The customer's ledger entries as JSON (with `programme`).
    #[uniffi(default = None)]
    pub ledger_json: Option<String>,
    /// What the app knows about the customer.
    #[uniffi(default = None)]
    pub context: Option<EligibilityContext>,
    /// Delay thresholds as JSON (defaults when absent).
    #[uniffi(default = None)]
    pub thresholds_json: Option<String>,
}

fn view_of(input: &OrderViewInput) -> Result<(c::OrderView, c::Localizer)> {
    let events: Vec<pp::OrderEvent> = parse("events", &input.events_json)?;
    let order = pp::Order::from_events(&events)?;
    let entries: Vec<pp::loyalty::Entry> = match &input.ledger_json {
        Some(t) => parse("ledger", t)?,
        None => Vec::new(),
    };
    let member = pp::loyalty::Member::from_entries(order.customer().clone(), &entries);
    let thresholds = match &input.thresholds_json {
        Some(t) => pp::DelayThresholds::from_json(t)?,
        None => pp::DelayThresholds::default(),
    };
    let context = input.context.as_ref().map(|c| to_core(c, "context")).transpose()?.unwrap_or_default();
    let loc = c::Localizer::new(&input.locale)?;
    let sources = c::Sources {
        order: &order,
        policy: &input.policy.inner,
        context: &context,
        loyalty: input.programme.as_ref().map(|p| (&p.inner, &member)),
        thresholds: &thresholds,
        now: instant(input.now)?,
    };
    Ok((c::order_view(&sources, &loc)?, loc))
}

/// What the customer should see about an order at `now`.
#[uniffi::export]
pub fn order_view(input: OrderViewInput) -> Result<OrderView> {
    crate::guard(|| OrderView::of(view_of(&input)?.0))
}

/// An answer: the question, the text and its sentences.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CustomerAnswer {
    /// The question's name.
    pub question: String,
    /// The answer.
    pub text: String,
    /// Its sentences.
    pub statements: Vec<Statement>,
}

/// Answers a question (`where_is_my_order`, `when_will_it_arrive`, `can_i_return`,
/// `how_do_i_return`, `where_is_my_refund`, `how_many_points`) about an order; `line` narrows
/// the return questions to one line.
#[uniffi::export(default(line = None))]
pub fn answer_question(input: OrderViewInput, question: String, line: Option<String>) -> Result<CustomerAnswer> {
    crate::guard(|| {
        let q = c::Question::parse(&question, line.as_deref())?;
        let (view, loc) = view_of(&input)?;
        let a = c::answer(&q, &view, &loc)?;
        Ok(CustomerAnswer { question: a.question, text: a.text, statements: statements(a.statements) })
    })
}

/// A message ready to send.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MessageContent {
    /// Locale of the text.
    pub locale: String,
    /// Subject line or push title.
    pub subject: String,
    /// Short body.
    pub body: String,
    /// The template variables as JSON (`order`, `items`, `tracking`, `estimate`,
    /// `delay_reason`, `return_deadline`, `refund`, `refund_destination`, `points`, …).
    pub payload_json: String,
}

/// The content of a notification intent (JSON, as the planner gives it); `input` is the view of
/// the order it is about (absent for loyalty and marketing messages, then `locale` applies).
#[uniffi::export(default(input = None, locale = None))]
pub fn message_content(
    intent_json: String,
    input: Option<OrderViewInput>,
    locale: Option<String>,
) -> Result<MessageContent> {
    crate::guard(|| {
        let intent: pp::notify::Intent = parse("intent", &intent_json)?;
        let m = match (&input, &locale) {
            (Some(i), _) => {
                let (view, loc) = view_of(i)?;
                c::compose(&intent, Some(&view), &loc)?
            }
            (None, Some(l)) => c::compose(&intent, None, &c::Localizer::new(l)?)?,
            (None, None) => return Err(crate::invalid("message content: give the order's view input or a locale")),
        };
        Ok(MessageContent {
            locale: m.locale,
            subject: m.subject,
            body: m.body,
            payload_json: crate::dump(&m.payload)?,
        })
    })
}

/// A plain-language summary.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PlainSummary {
    /// Locale of the text.
    pub locale: String,
    /// Heading.
    pub title: String,
    /// Sentences.
    pub statements: Vec<Statement>,
}

impl From<c::Summary> for PlainSummary {
    fn from(s: c::Summary) -> Self {
        PlainSummary { locale: s.locale, title: s.title, statements: statements(s.statements) }
    }
}

/// The plain-language summary of a return policy, amounts in `currency`, tier benefits from
/// `programme`.
#[uniffi::export(default(programme = None))]
pub fn return_policy_summary(
    policy: Arc<ReturnPolicy>,
    currency: String,
    locale: String,
    programme: Option<Arc<LoyaltyProgramme>>,
) -> Result<PlainSummary> {
    crate::guard(|| {
        let loc = c::Localizer::new(&locale)?;
        let currency = pp::Currency::from_code(&currency)?;
        Ok(c::return_policy_summary(&policy.inner, programme.as_ref().map(|p| &p.inner), currency, &loc)?.into())
    })
}

/// The plain-language summary of a loyalty programme.
#[uniffi::export]
pub fn loyalty_summary(programme: Arc<LoyaltyProgramme>, locale: String) -> Result<PlainSummary> {
    crate::guard(|| Ok(c::loyalty_summary(&programme.inner, &c::Localizer::new(&locale)?)?.into()))
}

/// Runs a customer-side request in the core's JSON shape (`view`, `answer`, `message`,
/// `policy_summary`, `loyalty_summary`) and returns the result as JSON.
#[uniffi::export]
pub fn customer_run(operation: String, request_json: String) -> Result<String> {
    crate::guard(|| Ok(c::run_json(&operation, &request_json)?))
}
