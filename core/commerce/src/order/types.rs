//! What an order is made of: lines and their amounts and counters, shipments, payments and
//! the derived statuses.

use super::*;

/// Whether line prices include tax or tax is added on top.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaxMode {
    /// Tax is added on top of prices (US style).
    #[default]
    Exclusive,
    /// Prices include tax (EU style); tax lines say how much of the price is tax.
    Inclusive,
}

/// A tax charged on a line, as the shop computed it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxLine {
    /// Name of the tax, e.g. "VAT".
    pub title: String,
    /// The rate, e.g. 0.2 for 20 %.
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
    pub rate: Decimal,
    /// The tax amount on the whole line (all units), in whole minor units.
    pub amount: Money,
}

/// A line of a new order.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discount {
    /// The code or title.
    pub code: String,
    /// The amount, in whole minor units.
    pub amount: Money,
}

/// Everything needed to place an order.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    pub spec: std::sync::Arc<NewLine>,
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

/// Units of one line cancelled, with the amount taken out of the line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    pub spec: std::sync::Arc<NewShipment>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// Carrier scans in arrival order.
    pub events: Vec<CarrierEvent>,
    /// Whether the carrier has taken it.
    pub shipped: bool,
    /// When it was delivered.
    pub delivered_at: Option<DateTime<Utc>>,
    /// Cancelled before the carrier had it: its units went back to unfulfilled.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cancelled: bool,
}

impl Shipment {
    /// The merchant-facing status (never moves backwards; delivered once marked delivered,
    /// cancelled once cancelled).
    pub fn status(&self) -> TrackingStatus {
        if self.cancelled {
            TrackingStatus::Cancelled
        } else if self.delivered_at.is_some() {
            TrackingStatus::Delivered
        } else {
            merchant_status(&self.events)
        }
    }

    /// Whether it can still be cancelled: the carrier has not taken it (pending, or only a
    /// label created) and it is not cancelled already.
    pub fn is_cancellable(&self) -> bool {
        !self.cancelled
            && !self.shipped
            && self.delivered_at.is_none()
            && matches!(
                merchant_status(&self.events),
                TrackingStatus::Pending
                    | TrackingStatus::InfoReceived
                    | TrackingStatus::Expired
                    | TrackingStatus::Cancelled
            )
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// More was collected than the order is now due (paid units were cancelled): see
    /// [`crate::order::Order::refund_due`]; it stays so until the difference is refunded.
    RefundDue,
}
