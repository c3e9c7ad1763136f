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

/// Whether line prices include tax or tax is added on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaxMode {
    /// Tax is added on top of prices (US style).
    #[default]
    Exclusive,
    /// Prices include tax (EU style); tax lines say how much of the price is tax.
    Inclusive,
}

/// Properties of a line that return policies look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LineFlags {
    /// Sold as final sale: not returnable.
    pub final_sale: bool,
    /// A digital good: never shipped.
    pub digital: bool,
    /// Perishable goods.
    pub perishable: bool,
    /// Made to the customer's specification.
    pub personalised: bool,
    /// Hygiene goods (cosmetics, underwear) once unsealed.
    pub hygiene: bool,
}

/// A tax charged on a line, as the shop computed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxLine {
    /// Name of the tax, e.g. "VAT".
    pub title: String,
    /// The rate, e.g. 0.2 for 20 %.
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    pub rate: Decimal,
    /// The tax amount on the whole line (all units), in whole minor units.
    pub amount: Money,
}

/// A line of a new order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewLine {
    /// Line id, unique within the order.
    pub id: LineId,
    /// The SKU.
    pub sku: Sku,
    /// Product title.
    pub title: String,
    /// Units ordered (at least 1).
    pub quantity: u32,
    /// Price of one unit (may have more digits than the currency's minor unit).
    pub unit_price: Money,
    /// Line-level discounts on the whole line, as positive amounts.
    #[serde(default)]
    pub discounts: Vec<Money>,
    /// Taxes on the whole line.
    #[serde(default)]
    pub taxes: Vec<TaxLine>,
    /// Flags that return policies read.
    #[serde(default)]
    pub flags: LineFlags,
    /// Product category, for policy overrides.
    #[serde(default)]
    pub category: Option<String>,
    /// Product tags, for policy overrides.
    #[serde(default)]
    pub tags: Vec<String>,
}

impl NewLine {
    /// A line without discounts, taxes, flags, category or tags.
    pub fn new(id: LineId, sku: Sku, title: impl Into<String>, quantity: u32, unit_price: Money) -> Self {
        NewLine {
            id,
            sku,
            title: title.into(),
            quantity,
            unit_price,
            discounts: Vec::new(),
            taxes: Vec::new(),
            flags: LineFlags::default(),
            category: None,
            tags: Vec::new(),
        }
    }

    /// Adds a line discount.
    #[must_use]
    pub fn discount(mut self, amount: Money) -> Self {
        self.discounts.push(amount);
        self
    }

    /// Adds a tax line.
    #[must_use]
    pub fn tax(mut self, title: impl Into<String>, rate: Decimal, amount: Money) -> Self {
        self.taxes.push(TaxLine { title: title.into(), rate, amount });
        self
    }

    /// Sets the flags.
    #[must_use]
    pub fn flags(mut self, flags: LineFlags) -> Self {
        self.flags = flags;
        self
    }

    /// Sets the category.
    #[must_use]
    pub fn category(mut self, category: impl Into<String>) -> Self {
        self.category = Some(category.into());
        self
    }
}

/// An order-level discount (a coupon), as a positive amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discount {
    /// The code or title.
    pub code: String,
    /// The amount, in whole minor units.
    pub amount: Money,
}

/// Everything needed to place an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewOrder {
    /// Order id.
    pub id: OrderId,
    /// The customer who placed it.
    pub customer: CustomerId,
    /// The order's currency; every amount must be in it.
    pub currency: Currency,
    /// When it was placed.
    pub placed_at: DateTime<Utc>,
    /// The lines (at least one).
    pub lines: Vec<NewLine>,
    /// Order-level discounts, shared out over lines by their net amounts.
    #[serde(default)]
    pub discounts: Vec<Discount>,
    /// Shipping charged, if any.
    #[serde(default)]
    pub shipping: Option<Money>,
    /// Whether prices include tax.
    #[serde(default)]
    pub tax_mode: TaxMode,
}

impl NewOrder {
    /// Starts a builder.
    pub fn builder(id: OrderId, customer: CustomerId, currency: Currency, placed_at: DateTime<Utc>) -> NewOrderBuilder {
        NewOrderBuilder(NewOrder {
            id,
            customer,
            currency,
            placed_at,
            lines: Vec::new(),
            discounts: Vec::new(),
            shipping: None,
            tax_mode: TaxMode::Exclusive,
        })
    }
}

/// Builds a [`NewOrder`].
#[derive(Debug, Clone)]
pub struct NewOrderBuilder(NewOrder);

impl NewOrderBuilder {
    /// Adds a line.
    #[must_use]
    pub fn line(mut self, line: NewLine) -> Self {
        self.0.lines.push(line);
        self
    }
    /// Adds an order-level discount.
    #[must_use]
    pub fn discount(mut self, code: impl Into<String>, amount: Money) -> Self {
        self.0.discounts.push(Discount { code: code.into(), amount });
        self
    }
    /// Sets the shipping charge.
    #[must_use]
    pub fn shipping(mut self, amount: Money) -> Self {
        self.0.shipping = Some(amount);
        self
    }
    /// Sets the tax mode.
    #[must_use]
    pub fn tax_mode(mut self, mode: TaxMode) -> Self {
        self.0.tax_mode = mode;
        self
    }
    /// Finishes; validation happens when the order is placed.
    pub fn build(self) -> NewOrder {
        self.0
    }
}

/// What a line costs, computed once at placement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineAmounts {
    /// Quantity × unit price, rounded half-up to the minor unit.
    pub gross: Money,
    /// Sum of line discounts.
    pub line_discount: Money,
    /// This line's share of order-level discounts.
    pub order_discount: Money,
    /// Tax on the line (included in the price or added, per the order's tax mode).
    pub tax: Money,
    /// What the customer pays for the line: gross − discounts (+ tax when exclusive).
    pub total: Money,
}

/// Per-unit counters of a line. No counter exceeds what came before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct UnitCounts {
    /// Units ordered.
    pub ordered: u32,
    /// Units cancelled before fulfilment.
    pub cancelled: u32,
    /// Units put in a shipment.
    pub fulfilled: u32,
    /// Units the carrier has taken.
    pub shipped: u32,
    /// Units delivered.
    pub delivered: u32,
    /// Units reserved by open returns or returned (at most the units shipped).
    pub return_requested: u32,
    /// Units received back.
    pub returned: u32,
    /// Units refunded.
    pub refunded: u32,
}

impl UnitCounts {
    /// Units neither cancelled nor fulfilled.
    pub fn unfulfilled(&self) -> u32 {
        self.ordered.saturating_sub(self.cancelled).saturating_sub(self.fulfilled)
    }

    /// Units not cancelled.
    pub fn active(&self) -> u32 {
        self.ordered.saturating_sub(self.cancelled)
    }

    /// Whether every counter respects the chain ordered ≥ cancelled + fulfilled, fulfilled ≥ shipped
    /// ≥ delivered, shipped ≥ return requested ≥ returned, and refunded ≤ active units.
    pub fn is_consistent(&self) -> bool {
        u64::from(self.cancelled).saturating_add(u64::from(self.fulfilled)) <= u64::from(self.ordered)
            && self.shipped <= self.fulfilled
            && self.delivered <= self.shipped
            && self.return_requested <= self.shipped
            && self.returned <= self.return_requested
            && self.refunded <= self.active()
    }
}

/// A line of a placed order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// The line as ordered.
    pub spec: NewLine,
    /// What it costs.
    pub amounts: LineAmounts,
    /// Per-unit counters.
    pub counts: UnitCounts,
    /// The part of `amounts.total` not yet taken by cancellations or refunds.
    pub open_amount: Money,
    /// The part of `amounts.tax` not yet taken by cancellations or refunds.
    pub open_tax: Money,
}

impl Line {
    /// The line id.
    pub fn id(&self) -> &LineId {
        &self.spec.id
    }

    /// Units that still share `open_amount` (neither cancelled nor refunded).
    pub fn open_units(&self) -> u32 {
        self.counts.active().saturating_sub(self.counts.refunded)
    }

    /// The amount that taking `units` out of the line would take now (half-up; the last unit
    /// takes what is left).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidQuantity`] if `units` is zero or more than the open units.
    pub fn take_amount(&self, units: u32) -> Result<Money> {
        self.open_amount.take_units(units, self.open_units())
    }
}

/// A quantity of one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineQuantity {
    /// The line.
    pub line: LineId,
    /// How many units.
    pub quantity: u32,
}

/// Units of one line cancelled, with the amount taken out of the line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CancelledUnits {
    /// The line.
    pub line: LineId,
    /// Units cancelled.
    pub quantity: u32,
    /// Amount released.
    pub amount: Money,
    /// The tax part of `amount`.
    pub tax: Money,
}

/// A shipment to create.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewShipment {
    /// Shipment id, unique within the order.
    pub id: ShipmentId,
    /// What goes in it.
    pub lines: Vec<LineQuantity>,
    /// Carrier name, e.g. "ups".
    pub carrier: String,
    /// Tracking number, if known.
    #[serde(default)]
    pub tracking_number: Option<String>,
    /// Promised or estimated delivery.
    #[serde(default)]
    pub promised_by: Option<DateTime<Utc>>,
    /// Domestic or international.
    #[serde(default)]
    pub route: Route,
}

/// A shipment of a placed order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shipment {
    /// As created.
    pub spec: NewShipment,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// Carrier scans in arrival order.
    pub events: Vec<CarrierEvent>,
    /// Whether the carrier has taken it.
    pub shipped: bool,
    /// When it was delivered.
    pub delivered_at: Option<DateTime<Utc>>,
}

impl Shipment {
    /// The merchant-facing status (never moves backwards; delivered once marked delivered).
    pub fn status(&self) -> TrackingStatus {
        if self.delivered_at.is_some() { TrackingStatus::Delivered } else { merchant_status(&self.events) }
    }

    /// Delay detection at `now` from this shipment's scans, creation time, promise and route. A
    /// shipment the shop marked delivered is delivered and never late, stalled or lost.
    pub fn assess_delay(&self, now: DateTime<Utc>, thresholds: &DelayThresholds) -> DelayAssessment {
        let a = assess_delay(&self.events, self.created_at, self.spec.promised_by, self.spec.route, now, thresholds);
        if self.delivered_at.is_some() {
            DelayAssessment {
                status: TrackingStatus::Delivered,
                late: false,
                stalled: false,
                presumed_lost: false,
                ..a
            }
        } else {
            a
        }
    }
}

/// One payment's running amounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    /// Authorised.
    pub authorized: Money,
    /// Captured.
    pub captured: Money,
    /// Refunded.
    pub refunded: Money,
    /// Voided.
    pub voided: bool,
}

/// Derived fulfilment status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FulfilmentStatus {
    /// Nothing shipped.
    Unfulfilled,
    /// Some units in shipments.
    PartiallyFulfilled,
    /// Every active unit in a shipment.
    Fulfilled,
    /// Some units delivered.
    PartiallyDelivered,
    /// Every active unit delivered.
    Delivered,
    /// Some units returned.
    PartiallyReturned,
    /// Every active unit returned.
    Returned,
    /// Every unit cancelled.
    Cancelled,
}

/// Derived payment status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatus {
    /// No money authorised or captured.
    NotPaid,
    /// Authorised, not captured.
    Authorized,
    /// Captured less than is due.
    PartiallyPaid,
    /// Captured what is due (to within one minor unit).
    Paid,
    /// Some of the captured money refunded.
    PartiallyRefunded,
    /// All captured money refunded.
    Refunded,
    /// Authorisation voided, nothing captured.
    Voided,
}

/// A command sent to an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum OrderCommand {
    /// Place a new order.
    Place {
        /// The order.
        order: NewOrder,
    },
    /// Confirm the order.
    Confirm,
    /// Put the order on hold (no new shipments).
    Hold {
        /// Why.
        reason: String,
    },
    /// Release a hold.
    Release,
    /// Cancel every unit; refused once anything is fulfilled.
    Cancel {
        /// Why.
        reason: String,
    },
    /// Cancel some unfulfilled units.
    CancelUnits {
        /// Which units.
        lines: Vec<LineQuantity>,
        /// Why.
        reason: String,
    },
    /// Put units in a shipment.
    CreateShipment {
        /// The shipment.
        shipment: NewShipment,
    },
    /// Record a carrier scan.
    RecordTracking {
        /// On which shipment.
        shipment: ShipmentId,
        /// The scan.
        event: CarrierEvent,
    },
    /// Mark a shipment delivered (e.g. proof of delivery outside the carrier feed).
    MarkDelivered {
        /// Which shipment.
        shipment: ShipmentId,
        /// When.
        at: DateTime<Utc>,
    },
    /// A payment was authorised.
    AuthorizePayment {
        /// Payment id.
        payment: PaymentId,
        /// Amount.
        amount: Money,
    },
    /// A payment was captured.
    CapturePayment {
        /// Payment id.
        payment: PaymentId,
        /// Amount.
        amount: Money,
    },
    /// A payment was refunded.
    RefundPayment {
        /// Payment id.
        payment: PaymentId,
        /// Amount.
        amount: Money,
    },
    /// An authorisation was voided.
    VoidPayment {
        /// Payment id.
        payment: PaymentId,
    },
    /// A command on a return (start returns with [`crate::returns::request_return`]).
    Return {
        /// The return command.
        command: ReturnCommand,
    },
}

/// The key and time every command carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommandMeta {
    /// Idempotency key: the same command with the same key twice changes nothing.
    pub key: IdempotencyKey,
    /// The current time (the core has no clock).
    pub now: DateTime<Utc>,
}

impl CommandMeta {
    /// Key and time.
    pub fn new(key: IdempotencyKey, now: DateTime<Utc>) -> Self {
        CommandMeta { key, now }
    }
}

/// What changed.
#[allow(clippy::large_enum_variant)] // events are plain data, stored once and rarely moved
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum OrderChange {
    /// The order was placed, with its computed line amounts.
    Placed {
        /// The order.
        order: NewOrder,
        /// Amounts per line, in line order.
        amounts: Vec<LineAmounts>,
    },
    /// Confirmed.
    Confirmed,
    /// Put on hold.
    Held {
        /// Why.
        reason: String,
    },
    /// Hold released.
    Released,
    /// Units cancelled.
    UnitsCancelled {
        /// Per line.
        lines: Vec<CancelledUnits>,
        /// Shipping released (non-zero when the last units were cancelled).
        shipping: Money,
        /// Why.
        reason: String,
    },
    /// Shipment created.
    ShipmentCreated {
        /// The shipment.
        shipment: NewShipment,
    },
    /// Carrier scan recorded.
    TrackingRecorded {
        /// Which shipment.
        shipment: ShipmentId,
        /// The scan.
        event: CarrierEvent,
    },
    /// The carrier took the shipment.
    ShipmentShipped {
        /// Which shipment.
        shipment: ShipmentId,
    },
    /// Delivered.
    ShipmentDelivered {
        /// Which shipment.
        shipment: ShipmentId,
        /// When.
        at: DateTime<Utc>,
    },
    /// Payment authorised.
    PaymentAuthorized {
        /// Payment id.
        payment: PaymentId,
        /// Amount.
        amount: Money,
    },
    /// Payment captured.
    PaymentCaptured {
        /// Payment id.
        payment: PaymentId,
        /// Amount.
        amount: Money,
    },
    /// Payment refunded.
    PaymentRefunded {
        /// Payment id.
        payment: PaymentId,
        /// Amount.
        amount: Money,
    },
    /// Authorisation voided.
    PaymentVoided {
        /// Payment id.
        payment: PaymentId,
    },
    /// Something happened to a return.
    Return {
        /// What.
        change: ReturnChange,
    },
}

/// An event of an order: the change, when, and the command key that caused it.
///
/// Events are stored for years, so their shape is versioned: each carries `schema_version`
/// ([`ORDER_EVENT_SCHEMA_VERSION`] when written now), and events written by earlier versions
/// are upcast when read (see [`crate::schema`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "serde_json::Value")]
pub struct OrderEvent {
    /// The shape this event was written in.
    pub schema_version: u32,
    /// Idempotency key of the command.
    pub key: IdempotencyKey,
    /// Fingerprint of the command, to tell a retry from a reuse of the key.
    pub fingerprint: String,
    /// When the command was decided.
    pub at: DateTime<Utc>,
    /// What changed.
    pub change: OrderChange,
}

/// What an order decision reads besides the order and the command.
#[derive(Debug, Clone, Copy, Default)]
pub struct OrderContext<'a> {
    /// The return policy and the customer's eligibility context, for return requests.
    pub returns: Option<(&'a crate::returns::ReturnPolicy, &'a crate::returns::EligibilityContext)>,
}

/// The schema version of order events written now.
pub const ORDER_EVENT_SCHEMA_VERSION: u32 = 2;

impl OrderEvent {
    /// An event in the current schema.
    pub fn new(key: IdempotencyKey, fingerprint: String, at: DateTime<Utc>, change: OrderChange) -> OrderEvent {
        OrderEvent { schema_version: ORDER_EVENT_SCHEMA_VERSION, key, fingerprint, at, change }
    }
}

/// The current shape, read after upcasting.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurrentOrderEvent {
    schema_version: u32,
    key: IdempotencyKey,
    fingerprint: String,
    at: DateTime<Utc>,
    change: OrderChange,
}

impl TryFrom<serde_json::Value> for OrderEvent {
    type Error = String;
    fn try_from(value: serde_json::Value) -> std::result::Result<OrderEvent, String> {
        let e: CurrentOrderEvent =
            serde_json::from_value(crate::schema::upcast_order_event(value)?).map_err(|e| e.to_string())?;
        Ok(OrderEvent {
            schema_version: e.schema_version,
            key: e.key,
            fingerprint: e.fingerprint,
            at: e.at,
            change: e.change,
        })
    }
}

/// The order aggregate. Build it with [`Order::from_events`]; change it with [`Order::handle`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    /// Order id.
    pub id: OrderId,
    /// Customer.
    pub customer: CustomerId,
    /// Currency.
    pub currency: Currency,
    /// When placed.
    pub placed_at: DateTime<Utc>,
    /// Tax mode.
    pub tax_mode: TaxMode,
    /// Lines in order.
    pub lines: Vec<Line>,
    /// Order-level discounts.
    pub discounts: Vec<Discount>,
    /// Shipping charged.
    pub shipping: Money,
    /// Amount released by cancellations (lines and shipping).
    pub cancelled_total: Money,
    /// Shipments by id.
    pub shipments: BTreeMap<ShipmentId, Shipment>,
    /// Payments by id.
    pub payments: BTreeMap<PaymentId, Payment>,
    /// Whether confirmed.
    pub confirmed: bool,
    /// Whether on hold.
    pub on_hold: bool,
    /// Number of events applied.
    pub version: u64,
    /// Command keys seen, with their fingerprints.
    pub processed: BTreeMap<IdempotencyKey, String>,
    /// Returns and transit claims by id.
    pub returns: BTreeMap<ReturnId, ReturnCase>,
    /// Original shipping refunded so far.
    pub shipping_refunded: Money,
    /// Refunds paid as store credit so far.
    pub store_credit_issued: Money,
    /// Where each line id sits in `lines`, so a command costs the size of the command, not of
    /// the order.
    #[serde(skip)]
    line_index: LineIndex,
}

/// Positions of line ids in `Order::lines`; derived data, so it takes no part in equality. A
/// lookup checks the line it finds and falls back to a scan if the lines were changed by hand.
#[derive(Debug, Clone, Default)]
struct LineIndex(std::collections::HashMap<LineId, usize>);

impl PartialEq for LineIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for LineIndex {}

fn fingerprint(command: &OrderCommand) -> crate::fingerprint::Fingerprint {
    crate::fingerprint::Fingerprint::of("", command)
}

fn err(kind: ErrorKind, msg: &str) -> Error {
    Error::new(kind, msg)
}

fn require_positive_whole(m: &Money, currency: Currency, what: &'static str, allow_zero: bool) -> Result<()> {
    if m.currency() != currency {
        return Err(err(ErrorKind::CurrencyMismatch, "amount is not in the order's currency").with("field", what));
    }
    if m.is_negative() || (!allow_zero && m.is_zero()) {
        return Err(err(ErrorKind::InvalidAmount, "amount must be positive").with("field", what));
    }
    if !m.is_whole_minor_units() {
        return Err(err(ErrorKind::InvalidAmount, "amount has digits below the minor unit").with("field", what));
    }
    Ok(())
}

/// Computes each line's amounts for a new order (validating it on the way).
fn line_amounts(order: &NewOrder) -> Result<Vec<LineAmounts>> {
    let cur = order.currency;
    if order.lines.is_empty() {
        return Err(err(ErrorKind::InvalidOrder, "an order needs at least one line"));
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut partial = Vec::with_capacity(order.lines.len());
    for line in &order.lines {
        if !seen.insert(&line.id) {
            return Err(err(ErrorKind::InvalidOrder, "duplicate line id").with("line", &line.id));
        }
        if line.quantity == 0 {
            return Err(err(ErrorKind::InvalidQuantity, "a line needs at least one unit").with("line", &line.id));
        }
        if line.unit_price.currency() != cur {
            return Err(
                err(ErrorKind::CurrencyMismatch, "unit price is not in the order's currency").with("line", &line.id)
            );
        }
        if line.unit_price.is_negative() {
            return Err(err(ErrorKind::InvalidAmount, "unit price must not be negative").with("line", &line.id));
        }
        let gross = line.unit_price.checked_mul(Decimal::from(line.quantity))?.round(RoundingMode::HalfUp);
        for d in &line.discounts {
            require_positive_whole(d, cur, "line discount", true)?;
        }
        let line_discount = Money::sum(cur, &line.discounts)?;
        let net = gross.checked_sub(&line_discount)?;
        if net.is_negative() {
            return Err(err(ErrorKind::InvalidOrder, "line discounts exceed the line").with("line", &line.id));
        }
        for t in &line.taxes {
            require_positive_whole(&t.amount, cur, "tax", true)?;
            if t.rate.is_sign_negative() && !t.rate.is_zero() {
                return Err(err(ErrorKind::InvalidAmount, "tax rate must not be negative").with("line", &line.id));
            }
        }
        let tax = Money::sum(cur, line.taxes.iter().map(|t| &t.amount))?;
        partial.push((gross, line_discount, net, tax));
    }
    for d in &order.discounts {
        require_positive_whole(&d.amount, cur, "order discount", true)?;
    }
    if let Some(s) = &order.shipping {
        require_positive_whole(s, cur, "shipping", true)?;
    }
    let order_discount = Money::sum(cur, order.discounts.iter().map(|d| &d.amount))?;
    let merchandise = Money::sum(cur, partial.iter().map(|p| &p.2))?;
    if order_discount.try_cmp(&merchandise)? == std::cmp::Ordering::Greater {
        return Err(err(ErrorKind::InvalidOrder, "order discounts exceed the merchandise total"));
    }
    let shares = if order_discount.is_zero() || merchandise.is_zero() {
        vec![Money::zero(cur); partial.len()]
    } else {
        order_discount.allocate(&partial.iter().map(|p| p.2.amount()).collect::<Vec<_>>())?
    };
    partial
        .into_iter()
        .zip(shares)
        .map(|((gross, line_discount, net, tax), order_discount)| {
            let mut total = net.checked_sub(&order_discount)?;
            if order.tax_mode == TaxMode::Exclusive {
                total = total.checked_add(&tax)?;
            }
            Ok(LineAmounts { gross, line_discount, order_discount, tax, total })
        })
        .collect()
}

impl Order {
    /// Decides the placement of a new order.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidOrder`], [`ErrorKind::InvalidQuantity`], [`ErrorKind::InvalidAmount`],
    /// [`ErrorKind::CurrencyMismatch`] or [`ErrorKind::Overflow`] for an invalid order.
    pub fn place(order: NewOrder, meta: &CommandMeta) -> Result<Vec<OrderEvent>> {
        let amounts = line_amounts(&order)?;
        let cmd = OrderCommand::Place { order: order.clone() };
        let fp = fingerprint(&cmd).as_stored().to_string();
        Ok(vec![OrderEvent::new(meta.key.clone(), fp, meta.now, OrderChange::Placed { order, amounts })])
    }

    /// Rebuilds an order from its events.
    ///
    /// # Errors
    /// [`ErrorKind::OrderNotPlaced`] if the first event is not a placement.
    pub fn from_events(events: &[OrderEvent]) -> Result<Order> {
        let (first, rest) = events.split_first().ok_or_else(|| err(ErrorKind::OrderNotPlaced, "no events"))?;
        let OrderChange::Placed { order, amounts } = &first.change else {
            return Err(err(ErrorKind::OrderNotPlaced, "the first event is not a placement"));
        };
        let cur = order.currency;
        let mut o = Order {
            id: order.id.clone(),
            customer: order.customer.clone(),
            currency: cur,
            placed_at: order.placed_at,
            tax_mode: order.tax_mode,
            lines: order
                .lines
                .iter()
                .zip(amounts.iter())
                .map(|(spec, a)| Line {
                    spec: spec.clone(),
                    amounts: a.clone(),
                    counts: UnitCounts { ordered: spec.quantity, ..UnitCounts::default() },
                    open_amount: a.total,
                    open_tax: a.tax,
                })
                .collect(),
            discounts: order.discounts.clone(),
            shipping: order.shipping.unwrap_or_else(|| Money::zero(cur)),
            cancelled_total: Money::zero(cur),
            shipments: BTreeMap::new(),
            payments: BTreeMap::new(),
            confirmed: false,
            on_hold: false,
            version: 1,
            processed: BTreeMap::new(),
            returns: BTreeMap::new(),
            shipping_refunded: Money::zero(cur),
            store_credit_issued: Money::zero(cur),
            line_index: LineIndex::default(),
        };
        o.line_index = LineIndex(o.lines.iter().enumerate().map(|(i, l)| (l.spec.id.clone(), i)).collect());
        o.processed.insert(first.key.clone(), first.fingerprint.clone());
        for e in rest {
            o.apply(e);
        }
        Ok(o)
    }

    /// Decides a command and applies its events; returns the events to persist.
    ///
    /// # Errors
    /// Whatever [`Order::decide`] returns; the order is unchanged on error.
    pub fn handle(&mut self, command: &OrderCommand, meta: &CommandMeta) -> Result<Vec<OrderEvent>> {
        self.handle_with(command, &OrderContext::default(), meta)
    }

    /// Decides (with `context`, see [`Order::decide_with`]) and applies a command.
    ///
    /// # Errors
    /// As [`Order::decide_with`]; nothing changes on error.
    pub fn handle_with(
        &mut self,
        command: &OrderCommand,
        context: &OrderContext<'_>,
        meta: &CommandMeta,
    ) -> Result<Vec<OrderEvent>> {
        let events = self.decide_with(command, context, meta)?;
        for e in &events {
            self.apply(e);
        }
        Ok(events)
    }

    /// Looks up a line.
    ///
    /// # Errors
    /// [`ErrorKind::UnknownLine`].
    pub fn line(&self, id: &LineId) -> Result<&Line> {
        self.line_position(id)
            .and_then(|i| self.lines.get(i))
            .ok_or_else(|| err(ErrorKind::UnknownLine, "no such line on the order").with("line", id))
    }

    pub(crate) fn line_mut(&mut self, id: &LineId) -> Option<&mut Line> {
        let i = self.line_position(id)?;
        self.lines.get_mut(i)
    }

    /// The position of a line: from the index, checked, else by scanning.
    fn line_position(&self, id: &LineId) -> Option<usize> {
        match self.line_index.0.get(id) {
            Some(&i) if self.lines.get(i).is_some_and(|l| &l.spec.id == id) => Some(i),
            _ => self.lines.iter().position(|l| &l.spec.id == id),
        }
    }

    /// Looks up a shipment.
    ///
    /// # Errors
    /// [`ErrorKind::UnknownShipment`].
    pub fn shipment(&self, id: &ShipmentId) -> Result<&Shipment> {
        self.shipments
            .get(id)
            .ok_or_else(|| err(ErrorKind::UnknownShipment, "no such shipment on the order").with("shipment", id))
    }

    /// Decides a command against the current state: events, or an error and no change.
    ///
    /// A command whose key was already processed with the same content returns no events; the
    /// same key with different content is [`ErrorKind::IdempotencyConflict`].
    ///
    /// # Errors
    /// A typed error per rule broken (see [`ErrorKind`]).
    pub fn decide(&self, command: &OrderCommand, meta: &CommandMeta) -> Result<Vec<OrderEvent>> {
        self.decide_with(command, &OrderContext::default(), meta)
    }

    /// Decides a command with what it reads besides the order: a return request
    /// (`ReturnCommand::Request`) needs the return policy and eligibility context.
    ///
    /// # Errors
    /// As [`Order::decide`]; [`ErrorKind::InvalidInput`] for a return request without a policy.
    pub fn decide_with(
        &self,
        command: &OrderCommand,
        context: &OrderContext<'_>,
        meta: &CommandMeta,
    ) -> Result<Vec<OrderEvent>> {
        if let OrderCommand::Return { command: crate::returns::ReturnCommand::Request { request } } = command {
            if let Some((policy, eligibility)) = context.returns {
                return crate::returns::request_return(self, request, policy, eligibility, meta).map(|(_, ev)| ev);
            }
        }
        let fp = fingerprint(command);
        if let Some(seen) = self.processed.get(&meta.key) {
            return if fp.matches(seen) {
                Ok(Vec::new())
            } else {
                Err(err(ErrorKind::IdempotencyConflict, "idempotency key reused for a different command")
                    .with("key", &meta.key))
            };
        }
        let changes = self.decide_changes(command, meta)?;
        Ok(changes
            .into_iter()
            .map(|change| OrderEvent::new(meta.key.clone(), fp.as_stored().to_string(), meta.now, change))
            .collect())
    }

    fn all_cancelled(&self) -> bool {
        self.lines.iter().all(|l| l.counts.active() == 0)
    }

    fn check_payment_amount(&self, amount: &Money) -> Result<()> {
        require_positive_whole(amount, self.currency, "payment", false)
    }

    fn decide_changes(&self, command: &OrderCommand, meta: &CommandMeta) -> Result<Vec<OrderChange>> {
        use OrderCommand as C;
        match command {
            C::Place { .. } => {
                Err(err(ErrorKind::OrderAlreadyPlaced, "the order is already placed").with("order", &self.id))
            }
            C::Confirm => {
                if self.all_cancelled() {
                    return Err(err(ErrorKind::OrderCancelled, "the order is cancelled"));
                }
                if self.confirmed {
                    return Err(err(ErrorKind::InvalidTransition, "the order is already confirmed"));
                }
                Ok(vec![OrderChange::Confirmed])
            }
            C::Hold { reason } => {
                if self.all_cancelled() {
                    return Err(err(ErrorKind::OrderCancelled, "the order is cancelled"));
                }
                if self.on_hold {
                    return Err(err(ErrorKind::InvalidTransition, "the order is already on hold"));
                }
                Ok(vec![OrderChange::Held { reason: reason.clone() }])
            }
            C::Release => {
                if !self.on_hold {
                    return Err(err(ErrorKind::InvalidTransition, "the order is not on hold"));
                }
                Ok(vec![OrderChange::Released])
            }
            C::Cancel { reason } => {
                if self.all_cancelled() {
                    return Err(err(ErrorKind::OrderCancelled, "the order is already cancelled"));
                }
                if self.lines.iter().any(|l| l.counts.fulfilled > 0) {
                    return Err(err(
                        ErrorKind::QuantityExceedsCancellable,
                        "some units are already fulfilled; cancel units instead",
                    ));
                }
                let lines: Vec<LineQuantity> = self
                    .lines
                    .iter()
                    .filter(|l| l.counts.unfulfilled() > 0)
                    .map(|l| LineQuantity { line: l.spec.id.clone(), quantity: l.counts.unfulfilled() })
                    .collect();
                self.decide_cancel_units(&lines, reason)
            }
            C::CancelUnits { lines, reason } => {
                if self.all_cancelled() {
                    return Err(err(ErrorKind::OrderCancelled, "the order is already cancelled"));
                }
                self.decide_cancel_units(lines, reason)
            }
            C::CreateShipment { shipment } => self.decide_shipment(shipment),
            C::RecordTracking { shipment, event } => {
                let s = self.shipment(shipment)?;
                let mut changes =
                    vec![OrderChange::TrackingRecorded { shipment: shipment.clone(), event: event.clone() }];
                let mut events = s.events.clone();
                events.push(event.clone());
                let status = merchant_status(&events);
                let moving = !matches!(
                    status,
                    TrackingStatus::Pending | TrackingStatus::InfoReceived | TrackingStatus::Cancelled
                );
                if !s.shipped && moving {
                    changes.push(OrderChange::ShipmentShipped { shipment: shipment.clone() });
                }
                if s.delivered_at.is_none() && status == TrackingStatus::Delivered {
                    changes.push(OrderChange::ShipmentDelivered { shipment: shipment.clone(), at: event.occurred_at });
                }
                Ok(changes)
            }
            C::MarkDelivered { shipment, at } => {
                let s = self.shipment(shipment)?;
                if s.delivered_at.is_some() {
                    return Err(err(ErrorKind::InvalidTransition, "the shipment is already delivered")
                        .with("shipment", shipment));
                }
                let mut changes = Vec::new();
                if !s.shipped {
                    changes.push(OrderChange::ShipmentShipped { shipment: shipment.clone() });
                }
                changes.push(OrderChange::ShipmentDelivered { shipment: shipment.clone(), at: *at });
                Ok(changes)
            }
            C::AuthorizePayment { payment, amount } => {
                self.check_payment_amount(amount)?;
                if self.payments.get(payment).is_some_and(|p| p.voided) {
                    return Err(err(ErrorKind::PaymentVoided, "the payment was voided").with("payment", payment));
                }
                Ok(vec![OrderChange::PaymentAuthorized { payment: payment.clone(), amount: *amount }])
            }
            C::CapturePayment { payment, amount } => {
                self.check_payment_amount(amount)?;
                if let Some(p) = self.payments.get(payment) {
                    if p.voided {
                        return Err(err(ErrorKind::PaymentVoided, "the payment was voided").with("payment", payment));
                    }
                    if !p.authorized.is_zero() {
                        let left = p.authorized.checked_sub(&p.captured)?;
                        if amount.try_cmp(&left)? == std::cmp::Ordering::Greater {
                            return Err(err(
                                ErrorKind::PaymentAmountExceedsAvailable,
                                "capture exceeds the authorised amount",
                            )
                            .with("available", left.amount()));
                        }
                    }
                }
                Ok(vec![OrderChange::PaymentCaptured { payment: payment.clone(), amount: *amount }])
            }
            C::RefundPayment { payment, amount } => {
                self.check_payment_amount(amount)?;
                let p = self
                    .payments
                    .get(payment)
                    .ok_or_else(|| err(ErrorKind::UnknownPayment, "no such payment").with("payment", payment))?;
                // what this payment can give back, within what the order as a whole still may
                let left = p.captured.checked_sub(&p.refunded)?.try_min(&self.refundable()?)?;
                if amount.try_cmp(&left)? == std::cmp::Ordering::Greater {
                    return Err(err(
                        ErrorKind::PaymentAmountExceedsAvailable,
                        "refund exceeds what was captured and not yet refunded (store credit included)",
                    )
                    .with("available", left.amount()));
                }
                Ok(vec![OrderChange::PaymentRefunded { payment: payment.clone(), amount: *amount }])
            }
            C::VoidPayment { payment } => {
                let p = self
                    .payments
                    .get(payment)
                    .ok_or_else(|| err(ErrorKind::UnknownPayment, "no such payment").with("payment", payment))?;
                if p.voided {
                    return Err(err(ErrorKind::PaymentVoided, "the payment is already voided"));
                }
                if !p.captured.is_zero() {
                    return Err(err(ErrorKind::InvalidTransition, "a captured payment cannot be voided; refund it"));
                }
                Ok(vec![OrderChange::PaymentVoided { payment: payment.clone() }])
            }
            C::Return { command } => Ok(self
                .decide_return(command, meta)?
                .into_iter()
                .map(|change| OrderChange::Return { change })
                .collect()),
        }
    }

    fn decide_cancel_units(&self, lines: &[LineQuantity], reason: &str) -> Result<Vec<OrderChange>> {
        if lines.is_empty() {
            return Err(err(ErrorKind::InvalidQuantity, "nothing to cancel"));
        }
        let mut per_line: BTreeMap<&LineId, u32> = BTreeMap::new();
        for lq in lines {
            if lq.quantity == 0 {
                return Err(err(ErrorKind::InvalidQuantity, "quantity must be at least 1").with("line", &lq.line));
            }
            let e = per_line.entry(&lq.line).or_insert(0);
            *e = e.saturating_add(lq.quantity);
        }
        let mut cancelled = Vec::new();
        let mut remaining_active = 0u64;
        for line in &self.lines {
            let q = per_line.get(&line.spec.id).copied().unwrap_or(0);
            remaining_active = remaining_active.saturating_add(u64::from(line.counts.active().saturating_sub(q)));
        }
        for (id, q) in per_line {
            let line = self.line(id)?;
            if q > line.counts.unfulfilled() {
                return Err(err(ErrorKind::QuantityExceedsCancellable, "more units than can still be cancelled")
                    .with("line", id)
                    .with("requested", q)
                    .with("cancellable", line.counts.unfulfilled()));
            }
            let amount = line.take_amount(q)?;
            let tax = line.open_tax.take_units(q, line.open_units())?;
            cancelled.push(CancelledUnits { line: id.clone(), quantity: q, amount, tax });
        }
        let shipping = if remaining_active == 0 { self.shipping } else { Money::zero(self.currency) };
        Ok(vec![OrderChange::UnitsCancelled { lines: cancelled, shipping, reason: reason.to_string() }])
    }

    fn decide_shipment(&self, shipment: &NewShipment) -> Result<Vec<OrderChange>> {
        if self.all_cancelled() {
            return Err(err(ErrorKind::OrderCancelled, "the order is cancelled"));
        }
        if self.on_hold {
            return Err(err(ErrorKind::OrderOnHold, "the order is on hold"));
        }
        if self.shipments.contains_key(&shipment.id) {
            return Err(err(ErrorKind::DuplicateShipment, "shipment id already used").with("shipment", &shipment.id));
        }
        if shipment.lines.is_empty() {
            return Err(err(ErrorKind::InvalidQuantity, "a shipment needs at least one unit"));
        }
        let mut per_line: BTreeMap<&LineId, u32> = BTreeMap::new();
        for lq in &shipment.lines {
            if lq.quantity == 0 {
                return Err(err(ErrorKind::InvalidQuantity, "quantity must be at least 1").with("line", &lq.line));
            }
            let e = per_line.entry(&lq.line).or_insert(0);
            *e = e.saturating_add(lq.quantity);
        }
        for (id, q) in per_line {
            let line = self.line(id)?;
            if q > line.counts.unfulfilled() {
                return Err(err(ErrorKind::QuantityExceedsUnfulfilled, "more units than are unfulfilled")
                    .with("line", id)
                    .with("requested", q)
                    .with("unfulfilled", line.counts.unfulfilled()));
            }
        }
        Ok(vec![OrderChange::ShipmentCreated { shipment: shipment.clone() }])
    }

    /// Applies an event. Never fails; an event that does not fit is ignored.
    pub fn apply(&mut self, event: &OrderEvent) {
        self.version = self.version.saturating_add(1);
        self.processed.insert(event.key.clone(), event.fingerprint.clone());
        match &event.change {
            OrderChange::Placed { .. } => {}
            OrderChange::Confirmed => self.confirmed = true,
            OrderChange::Held { .. } => self.on_hold = true,
            OrderChange::Released => self.on_hold = false,
            OrderChange::UnitsCancelled { lines, shipping, .. } => {
                for c in lines {
                    if let Some(line) = self.line_mut(&c.line) {
                        line.counts.cancelled = line.counts.cancelled.saturating_add(c.quantity);
                        if let Ok(open) = line.open_amount.checked_sub(&c.amount) {
                            line.open_amount = open;
                        }
                        if let Ok(open) = line.open_tax.checked_sub(&c.tax) {
                            line.open_tax = open;
                        }
                    }
                    if let Ok(t) = self.cancelled_total.checked_add(&c.amount) {
                        self.cancelled_total = t;
                    }
                }
                if let Ok(t) = self.cancelled_total.checked_add(shipping) {
                    self.cancelled_total = t;
                }
            }
            OrderChange::ShipmentCreated { shipment } => {
                for lq in &shipment.lines {
                    if let Some(line) = self.line_mut(&lq.line) {
                        line.counts.fulfilled = line.counts.fulfilled.saturating_add(lq.quantity);
                    }
                }
                self.shipments.insert(
                    shipment.id.clone(),
                    Shipment {
                        spec: shipment.clone(),
                        created_at: event.at,
                        events: Vec::new(),
                        shipped: false,
                        delivered_at: None,
                    },
                );
            }
            OrderChange::TrackingRecorded { shipment, event: scan } => {
                if let Some(s) = self.shipments.get_mut(shipment) {
                    s.events.push(scan.clone());
                }
            }
            OrderChange::ShipmentShipped { shipment } => self.move_units(shipment, false),
            OrderChange::ShipmentDelivered { shipment, at } => {
                if let Some(s) = self.shipments.get_mut(shipment) {
                    if s.delivered_at.is_none() {
                        s.delivered_at = Some(*at);
                        self.move_units(shipment, true);
                    }
                }
            }
            OrderChange::PaymentAuthorized { payment, amount } => {
                let p = self.payment_entry(payment);
                if let Ok(v) = p.authorized.checked_add(amount) {
                    p.authorized = v;
                }
            }
            OrderChange::PaymentCaptured { payment, amount } => {
                let p = self.payment_entry(payment);
                if let Ok(v) = p.captured.checked_add(amount) {
                    p.captured = v;
                }
            }
            OrderChange::PaymentRefunded { payment, amount } => {
                let p = self.payment_entry(payment);
                if let Ok(v) = p.refunded.checked_add(amount) {
                    p.refunded = v;
                }
            }
            OrderChange::PaymentVoided { payment } => self.payment_entry(payment).voided = true,
            OrderChange::Return { change } => self.apply_return(change, event.at),
        }
    }

    fn payment_entry(&mut self, id: &PaymentId) -> &mut Payment {
        let z = Money::zero(self.currency);
        self.payments.entry(id.clone()).or_insert(Payment { authorized: z, captured: z, refunded: z, voided: false })
    }

    fn move_units(&mut self, shipment: &ShipmentId, delivered: bool) {
        let Some(s) = self.shipments.get_mut(shipment) else { return };
        if !delivered {
            if s.shipped {
                return;
            }
            s.shipped = true;
        }
        let lines = s.spec.lines.clone();
        for lq in lines {
            if let Some(line) = self.line_mut(&lq.line) {
                if delivered {
                    line.counts.delivered = line.counts.delivered.saturating_add(lq.quantity).min(line.counts.shipped);
                } else {
                    line.counts.shipped = line.counts.shipped.saturating_add(lq.quantity).min(line.counts.fulfilled);
                }
            }
        }
    }

    /// Sum of what every line costs plus shipping: the amount charged at placement.
    pub fn total(&self) -> Money {
        let lines = Money::sum(self.currency, self.lines.iter().map(|l| &l.amounts.total));
        lines.and_then(|l| l.checked_add(&self.shipping)).unwrap_or_else(|_| Money::zero(self.currency))
    }

    /// Total minus what cancellations released: the amount the customer owes.
    pub fn amount_due(&self) -> Money {
        self.total().checked_sub(&self.cancelled_total).unwrap_or_else(|_| self.total())
    }

    fn payment_sum(&self, pick: impl Fn(&Payment) -> Money) -> Money {
        let picked: Vec<Money> = self.payments.values().map(pick).collect();
        Money::sum(self.currency, picked.iter()).unwrap_or_else(|_| Money::zero(self.currency))
    }

    /// Total captured over every payment.
    pub fn captured(&self) -> Money {
        self.payment_sum(|p| p.captured)
    }

    /// Total refunded over every payment.
    pub fn refunded(&self) -> Money {
        self.payment_sum(|p| p.refunded)
    }

    /// The one refundable balance every refund path draws from — return refunds to the card or
    /// to store credit, transit-claim refunds and direct payment refunds: captured − refunded to
    /// payments − issued as store credit, never below zero.
    ///
    /// # Errors
    /// [`ErrorKind::Overflow`] only for sums beyond the decimal range.
    pub fn refundable(&self) -> Result<Money> {
        let left = self.captured().checked_sub(&self.refunded())?.checked_sub(&self.store_credit_issued)?;
        Ok(if left.is_negative() { Money::zero(self.currency) } else { left })
    }

    /// Total authorised over every payment.
    pub fn authorized(&self) -> Money {
        self.payment_sum(|p| if p.voided { Money::zero(self.currency) } else { p.authorized })
    }

    /// The fulfilment status, derived from the line counters.
    pub fn fulfilment_status(&self) -> FulfilmentStatus {
        let sum = |f: fn(&UnitCounts) -> u32| -> u64 { self.lines.iter().map(|l| u64::from(f(&l.counts))).sum() };
        let active = sum(UnitCounts::active);
        if active == 0 {
            return FulfilmentStatus::Cancelled;
        }
        let returned = sum(|c| c.returned);
        let delivered = sum(|c| c.delivered);
        let fulfilled = sum(|c| c.fulfilled);
        if returned > 0 {
            return if returned >= active { FulfilmentStatus::Returned } else { FulfilmentStatus::PartiallyReturned };
        }
        if delivered > 0 {
            return if delivered >= active {
                FulfilmentStatus::Delivered
            } else {
                FulfilmentStatus::PartiallyDelivered
            };
        }
        if fulfilled > 0 {
            return if fulfilled >= active {
                FulfilmentStatus::Fulfilled
            } else {
                FulfilmentStatus::PartiallyFulfilled
            };
        }
        FulfilmentStatus::Unfulfilled
    }

    /// The payment status, derived from the payments; gaps below one minor unit count as settled.
    pub fn payment_status(&self) -> PaymentStatus {
        let captured = self.captured();
        let refunded = self.refunded();
        if captured.is_zero() {
            if self.payments.values().any(|p| p.voided) && self.authorized().is_zero() {
                return PaymentStatus::Voided;
            }
            return if self.authorized().is_zero() { PaymentStatus::NotPaid } else { PaymentStatus::Authorized };
        }
        if !refunded.is_zero() {
            let kept = captured.checked_sub(&refunded).unwrap_or(captured);
            return if kept.is_settled() || kept.is_negative() {
                PaymentStatus::Refunded
            } else {
                PaymentStatus::PartiallyRefunded
            };
        }
        let gap = self.amount_due().checked_sub(&captured).unwrap_or_else(|_| Money::zero(self.currency));
        if gap.is_settled() || gap.is_negative() { PaymentStatus::Paid } else { PaymentStatus::PartiallyPaid }
    }
}
