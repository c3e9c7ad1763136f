//! The order aggregate's state, building it from events and looking up its parts.

use super::*;

/// The order aggregate. Build it with [`Order::from_events`]; change it with [`Order::handle`].
/// Its fields are private: state changes only by applying events that a command decided; read
/// it through the accessors. (It still serialises and deserialises whole, for snapshots.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    /// Order id.
    pub(crate) id: OrderId,
    /// Customer.
    pub(crate) customer: CustomerId,
    /// Currency.
    pub(crate) currency: Currency,
    /// When placed.
    pub(crate) placed_at: DateTime<Utc>,
    /// Tax mode.
    pub(crate) tax_mode: TaxMode,
    /// Lines in order.
    pub(crate) lines: Vec<Line>,
    /// Order-level discounts.
    pub(crate) discounts: Vec<Discount>,
    /// Shipping charged.
    pub(crate) shipping: Money,
    /// Amount released by cancellations (lines and shipping).
    pub(crate) cancelled_total: Money,
    /// Shipments by id.
    pub(crate) shipments: BTreeMap<ShipmentId, Shipment>,
    /// Payments by id.
    pub(crate) payments: BTreeMap<PaymentId, Payment>,
    /// Whether confirmed.
    pub(crate) confirmed: bool,
    /// Whether on hold.
    pub(crate) on_hold: bool,
    /// Number of events applied.
    pub(crate) version: u64,
    /// Command keys seen, with their fingerprints.
    pub(crate) processed: BTreeMap<IdempotencyKey, std::sync::Arc<str>>,
    /// Returns and transit claims by id.
    /// Return cases and claims (shared with drafts until one of them changes).
    pub(crate) returns: BTreeMap<ReturnId, std::sync::Arc<ReturnCase>>,
    /// Original shipping refunded so far.
    pub(crate) shipping_refunded: Money,
    /// Refunds paid as store credit so far.
    pub(crate) store_credit_issued: Money,
    /// Where each line id sits in `lines`, so a command costs the size of the command, not of
    /// the order.
    #[serde(skip)]
    line_index: LineIndex,
}

/// Positions of line ids in `Order::lines`, for orders of more than [`SCANNED_LINES`] lines
/// (a shorter order is scanned: comparing a few ids costs less than hashing one); derived data,
/// so it takes no part in equality. A lookup checks the line it finds and falls back to a scan
/// if the lines were changed by hand.
#[derive(Debug, Clone, Default)]
struct LineIndex(std::sync::Arc<std::collections::HashMap<LineId, usize, foldhash::fast::RandomState>>);

/// The most lines an order finds by scanning rather than through its index.
const SCANNED_LINES: usize = 8;

impl PartialEq for LineIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for LineIndex {}

pub(super) fn fingerprint(command: &OrderCommand) -> crate::fingerprint::Fingerprint {
    crate::fingerprint::Fingerprint::of("", command)
}

pub(super) fn err(kind: ErrorKind, msg: &str) -> Error {
    Error::new(kind, msg)
}

pub(super) fn require_positive_whole(
    m: &Money,
    currency: Currency,
    what: &'static str,
    allow_zero: bool,
) -> Result<()> {
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
    for ((line, p), share) in order.lines.iter().zip(&partial).zip(&shares) {
        check_tax_lines(line, &p.2, share, order.tax_mode)?;
    }
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

/// A tax line that gives a rate must match it: its amount is the rate over the line's taxable
/// base (net of line discounts, with or without its share of order discounts, as hosts differ),
/// to within one minor unit. For tax-inclusive prices the base includes the tax. A zero rate is
/// a fixed tax and is not checked.
fn check_tax_lines(line: &NewLine, net: &Money, share: &Money, mode: TaxMode) -> Result<()> {
    let expected = |base: &Money, rate: Decimal| -> Result<Decimal> {
        let b = base.amount();
        let v = match mode {
            TaxMode::Exclusive => b.checked_mul(rate),
            TaxMode::Inclusive => {
                b.checked_mul(rate).and_then(|x| rate.checked_add(Decimal::ONE).and_then(|d| x.checked_div(d)))
            }
        };
        v.ok_or_else(crate::money::overflow)
    };
    let after_share = net.checked_sub(share)?;
    let unit = net.currency().minor_unit();
    for t in line.taxes.iter().filter(|t| !t.rate.is_zero()) {
        let close = |base: &Money| -> Result<bool> {
            let gap = expected(base, t.rate)?.checked_sub(t.amount.amount()).ok_or_else(crate::money::overflow)?;
            Ok(gap.abs() <= unit)
        };
        if !close(net)? && !close(&after_share)? {
            return Err(err(ErrorKind::InvalidAmount, "the tax amount does not match its rate over the line's base")
                .with("line", &line.id)
                .with("tax", &t.title)
                .with("expected", expected(&after_share, t.rate)?.round_dp(net.currency().minor_units())));
        }
    }
    Ok(())
}

impl Order {
    /// Decides the placement of a new order.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidOrder`], [`ErrorKind::InvalidQuantity`], [`ErrorKind::InvalidAmount`],
    /// [`ErrorKind::CurrencyMismatch`] or [`ErrorKind::Overflow`] for an invalid order.
    pub fn place(order: NewOrder, meta: &CommandMeta) -> Result<Vec<OrderEvent>> {
        let cmd = OrderCommand::Place { order };
        super::decide::check_command_instants(&cmd, meta)?;
        let OrderCommand::Place { order } = cmd else { return Err(err(ErrorKind::Internal, "not a placement")) };
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
                    spec: spec.clone().into(),
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
        // lines are fixed at placement: copies of the order share the index
        if o.lines.len() > SCANNED_LINES {
            o.line_index = LineIndex(std::sync::Arc::new(
                o.lines.iter().enumerate().map(|(i, l)| (l.spec.id.clone(), i)).collect(),
            ));
        }
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

    /// Whether a command under `key` has been applied to the order (a repeat of it changes
    /// nothing; another command under the same key is refused).
    pub fn has_processed(&self, key: &IdempotencyKey) -> bool {
        self.processed.contains_key(key)
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

    /// A copy to try the steps of a return after its request on (previews): everything but the
    /// processed command keys and the shipments, which approving, receiving and refunding a
    /// return never read (`preview_pays_what_the_refund_pays` and the conformance runners check
    /// the quote against the real refund).
    pub(crate) fn draft_for_returns(&self) -> Order {
        Order {
            id: self.id.clone(),
            customer: self.customer.clone(),
            currency: self.currency,
            placed_at: self.placed_at,
            tax_mode: self.tax_mode,
            lines: self.lines.clone(),
            discounts: self.discounts.clone(),
            shipping: self.shipping,
            cancelled_total: self.cancelled_total,
            shipments: BTreeMap::new(),
            payments: self.payments.clone(),
            confirmed: self.confirmed,
            on_hold: self.on_hold,
            version: self.version,
            processed: BTreeMap::new(),
            returns: self.returns.clone(),
            shipping_refunded: self.shipping_refunded,
            store_credit_issued: self.store_credit_issued,
            line_index: self.line_index.clone(),
        }
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
        if self.lines.len() <= SCANNED_LINES {
            return self.lines.iter().position(|l| &l.spec.id == id);
        }
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
}
