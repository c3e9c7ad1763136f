//! Medusa v2's order document (what `query.graph` or the admin API's `GET /admin/orders/:id`
//! gives for the order an `order.placed`, `order.updated`, `order.canceled`,
//! `shipment.created` or `delivery.created` event names) read into an [`Observed`].
//!
//! Medusa writes amounts as numbers (`BigNumber`) with their exact text beside them
//! (`raw_unit_price.value`); the exact text is read when present, else the number's digits.
//!
//! The mapping, field by field:
//! - a line's unit price is `unit_price`, its discount `discount_total` (else the sum of its
//!   `adjustments`), its tax `tax_total` at its one tax line's `rate` (a percentage); a line with
//!   tax under several tax lines is refused (Medusa does not say how much each took); every line
//!   must agree on `is_tax_inclusive`, which is the tax mode;
//! - shipping is the shipping methods' `total` (else `amount`);
//! - the payment is one per order (`medusa:{id}`), with the payment collections' authorised and
//!   captured amounts; each payment's `refunds` are refunds;
//! - a fulfilment is a shipment once it is a parcel (it has a label, or has shipped): its
//!   `items`, its provider as the carrier, its first label's tracking number; `shipped_at` counts
//!   as handed to the carrier, `delivered_at` as delivered, `canceled_at` cancels it; before that
//!   (created, packed) its units are still being prepared;
//! - `canceled_at` (or status `canceled`) cancels the order; no `customer_id` is `guest:{id}`;
//! - each of `returns` (the order's return documents, with their `items`) is a return: see
//!   [`medusa_return`] for the statuses; an order `transactions` entry with `reference: refund`,
//!   its refund as `reference_id` and a `return_id` makes that refund the return's (recorded on
//!   the return); a refund no transaction ties to a return is a refund of the payment. A return
//!   belonging to an exchange or a claim is read as a return; the exchange's new items and the
//!   claim's replacements are not read yet.

use chrono::{DateTime, Utc};
use postpurchase_commerce::line::LineQuantity;
use postpurchase_commerce::order::{NewLine, NewOrder, TaxLine, TaxMode};
use postpurchase_commerce::returns::{ItemCondition, ReceivedItem, RequestedLine, ReturnReason};
use postpurchase_commerce::tracking::TrackingStatus;
use postpurchase_kernel::error::Result;
use postpurchase_kernel::ids::{CustomerId, LineId, OrderId, PaymentId, ReturnId, ShipmentId, Sku};
use postpurchase_kernel::money::{Currency, Money};
use rust_decimal::Decimal;

use crate::body::{Obj, below, money, parse, unmappable};
use crate::delivery::Platform;
use crate::observed::{
    Observed, ObservedPayment, ObservedRefund, ObservedReturn, ObservedReturnState, ObservedShipment, ObservedTracking,
};

/// Reads an order document (a body `{"order": {…}}`, as the admin API answers, or the order
/// itself).
///
/// # Errors
/// [`crate::ErrorKind::PlatformPayloadTooLarge`] for a body over the limit;
/// [`crate::ErrorKind::PlatformUnmappable`] naming the field that cannot be mapped.
pub fn observe(body: &[u8]) -> Result<Observed> {
    let value = parse(body)?;
    let root = Obj::root(&value)?;
    match root.object("order") {
        Some(o) => order(Obj::of(o, "order")?),
        None => order(root),
    }
}

/// An amount: `raw_{field}.value` (exact text) if present, else `{field}`.
fn amount(o: Obj<'_>, field: &str, currency: Currency) -> Result<Option<Money>> {
    let raw = format!("raw_{field}");
    if let Some(r) = o.object(&raw) {
        let path = below(o.path(), &raw);
        if let Some(d) = Obj::of(r, &path)?.opt_decimal("value")? {
            return money(d, currency, &below(&path, "value")).map(Some);
        }
    }
    o.opt_decimal(field)?.map(|d| money(d, currency, &below(o.path(), field))).transpose()
}

fn need(o: Obj<'_>, field: &str, currency: Currency) -> Result<Money> {
    amount(o, field, currency)?.ok_or_else(|| unmappable(&below(o.path(), field), "missing"))
}

fn order(root: Obj<'_>) -> Result<Observed> {
    let id = root.id("id")?;
    let order = OrderId::new(id.clone())?;
    let currency = root.currency("currency_code")?;
    let placed_at = root.time("created_at")?;
    let updated_at = root.opt_time("updated_at")?.unwrap_or(placed_at);
    let customer = root.opt_id("customer_id")?.unwrap_or_else(|| crate::guest(&id));
    let mut lines = Vec::new();
    let mut inclusive = None;
    for (path, v) in root.list("items")? {
        let item = Obj::of(v, &path)?;
        let this = item.flag("is_tax_inclusive")?;
        if inclusive.is_some_and(|i| i != this) {
            return Err(unmappable(&below(&path, "is_tax_inclusive"), "lines disagree on whether prices include tax"));
        }
        inclusive = Some(this);
        lines.push(line(item, currency)?);
    }
    if lines.is_empty() {
        return Err(unmappable(&below(root.path(), "items"), "no lines"));
    }
    let mut shipping = Money::zero(currency);
    for (path, v) in root.list("shipping_methods")? {
        let s = Obj::of(v, &path)?;
        let charged = match amount(s, "total", currency)? {
            Some(t) => t,
            None => need(s, "amount", currency)?,
        };
        shipping = shipping.checked_add(&charged)?;
    }
    let new_order = NewOrder {
        id: order.clone(),
        customer: CustomerId::new(customer)?,
        currency,
        placed_at,
        lines,
        discounts: Vec::new(),
        shipping: (!shipping.is_zero()).then_some(shipping),
        tax_mode: if inclusive == Some(true) { TaxMode::Inclusive } else { TaxMode::Exclusive },
    };
    let pay = PaymentId::new(format!("medusa:{id}"))?;
    let (mut authorized, mut captured) = (Money::zero(currency), Money::zero(currency));
    // a refund an order transaction ties to a return pays that return
    let mut refund_return: Vec<(String, ReturnId)> = Vec::new();
    for (path, v) in root.list("transactions")? {
        let t = Obj::of(v, &path)?;
        if let (Some("refund"), Some(refund), Some(ret)) =
            (t.opt_text("reference")?, t.opt_text("reference_id")?, t.opt_text("return_id")?)
        {
            refund_return.push((refund.to_string(), ReturnId::new(ret)?));
        }
    }
    let mut refunds = Vec::new();
    let collections = root.list("payment_collections")?;
    for (path, v) in &collections {
        let c = Obj::of(v, path)?;
        if let Some(a) = amount(c, "authorized_amount", currency)? {
            authorized = authorized.checked_add(&a)?;
        }
        if let Some(a) = amount(c, "captured_amount", currency)? {
            captured = captured.checked_add(&a)?;
        }
        for (pp, p) in c.list("payments")? {
            let p = Obj::of(p, &pp)?;
            for (rp, r) in p.list("refunds")? {
                let r = Obj::of(r, &rp)?;
                let id = r.id("id")?;
                let for_return = refund_return.iter().find(|(rf, _)| *rf == id).map(|(_, ret)| ret.clone());
                refunds.push(ObservedRefund {
                    id,
                    payment: pay.clone(),
                    amount: need(r, "amount", currency)?,
                    cancelled_lines: Vec::new(),
                    for_return,
                    returned: Vec::new(),
                    at: r.opt_time("created_at")?.unwrap_or(updated_at),
                });
            }
        }
    }
    let paid_nothing = authorized.is_zero() && captured.is_zero();
    let payment = (!paid_nothing).then(|| ObservedPayment { id: pay.clone(), authorized, captured });
    let mut shipments = Vec::new();
    for (path, v) in root.list("fulfillments")? {
        shipments.extend(fulfillment(Obj::of(v, &path)?)?);
    }
    let mut returns = Vec::new();
    for (path, v) in root.list("returns")? {
        returns.extend(medusa_return(Obj::of(v, &path)?, updated_at)?);
    }
    let cancelled = match root.opt_time("canceled_at")? {
        Some(at) => Some(("canceled".to_string(), at)),
        None if root.opt_text("status")? == Some("canceled") => Some(("canceled".to_string(), updated_at)),
        None => None,
    };
    Ok(Observed {
        platform: Platform::Medusa,
        order,
        new_order: Some(new_order),
        payment,
        shipments,
        refunds,
        returns,
        edits: Vec::new(),
        cancelled,
        expected_total: amount(root, "total", currency)?,
        updated_at,
    })
}

fn line(item: Obj<'_>, currency: Currency) -> Result<NewLine> {
    let quantity = item.count("quantity")?;
    if quantity == 0 {
        return Err(unmappable(&below(item.path(), "quantity"), "a line of no units"));
    }
    let discount = match amount(item, "discount_total", currency)? {
        Some(d) => d,
        None => {
            let mut d = Money::zero(currency);
            for (path, a) in item.list("adjustments")? {
                d = d.checked_add(&need(Obj::of(a, &path)?, "amount", currency)?)?;
            }
            d
        }
    };
    let mut taxes = Vec::new();
    let tax_lines = item.list("tax_lines")?;
    let tax = amount(item, "tax_total", currency)?.unwrap_or(Money::zero(currency));
    if !tax.is_zero() {
        let [(path, t)] = tax_lines.as_slice() else {
            return Err(unmappable(
                &below(item.path(), "tax_lines"),
                "tax under other than one tax line: how much each took is not said",
            ));
        };
        let t = Obj::of(t, path)?;
        let rate = t.decimal("rate")?.checked_div(Decimal::ONE_HUNDRED).unwrap_or(Decimal::ZERO);
        taxes.push(TaxLine { title: t.opt_text("code")?.unwrap_or("tax").to_string(), rate, amount: tax });
    }
    let sku = item.sku("variant_sku", &["variant_id"], "variant")?;
    let title = item.first_text(&["product_title", "title"])?;
    Ok(NewLine {
        id: LineId::new(item.id("id")?)?,
        sku: Sku::new(sku)?,
        title: title.to_string(),
        quantity,
        unit_price: need(item, "unit_price", currency)?,
        discounts: if discount.is_zero() { Vec::new() } else { vec![discount] },
        taxes,
        flags: Default::default(),
        category: None,
        tags: Vec::new(),
    })
}

/// A count of units: `{field}` when present, else the exact text of `raw_{field}.value` (a
/// return item as Medusa 2.21's admin API answers carries only the `raw_` form).
fn units(o: Obj<'_>, field: &str) -> Result<Option<u32>> {
    if o.get(field).is_some_and(|v| !v.is_null()) {
        return o.count(field).map(Some);
    }
    let raw = format!("raw_{field}");
    match o.object(&raw) {
        Some(r) => Obj::of(r, &below(o.path(), &raw))?.count("value").map(Some),
        None => Ok(None),
    }
}

/// A return: Medusa has no approval step (a return exists once the shop or the customer
/// confirmed it), so `requested`, `partially_received` and `received` are accepted returns;
/// `canceled` (or `canceled_at`) cancels it; `open` is a return still being drafted (nothing yet).
/// Each item's `received_quantity` came back resellable and its `damaged_quantity` damaged.
fn medusa_return(r: Obj<'_>, order_updated: DateTime<Utc>) -> Result<Option<ObservedReturn>> {
    let status = r.opt_text("status")?.unwrap_or("requested");
    let state = match status {
        _ if r.opt_time("canceled_at")?.is_some() => ObservedReturnState::Cancelled,
        "canceled" => ObservedReturnState::Cancelled,
        "requested" | "partially_received" | "received" => ObservedReturnState::Approved,
        "open" => return Ok(None),
        other => return Err(unmappable(&below(r.path(), "status"), format!("`{other}` is not a return status"))),
    };
    let requested_at = match r.opt_time("requested_at")? {
        Some(t) => t,
        None => r.time("created_at")?,
    };
    let updated_at = [r.opt_time("updated_at")?, r.opt_time("received_at")?, r.opt_time("canceled_at")?]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(order_updated);
    let mut lines = Vec::new();
    let mut received = Vec::new();
    for (path, v) in r.list("items")? {
        let i = Obj::of(v, &path)?;
        let line = LineId::new(i.id("item_id")?)?;
        let quantity = units(i, "quantity")?.unwrap_or(0);
        if quantity == 0 {
            continue;
        }
        lines.push(RequestedLine { line: line.clone(), quantity, reason: ReturnReason::Other });
        for (field, condition) in
            [("received_quantity", ItemCondition::Resellable), ("damaged_quantity", ItemCondition::Damaged)]
        {
            let n = units(i, field)?.unwrap_or(0);
            if n > 0 {
                received.push(ReceivedItem { line: line.clone(), quantity: n, condition });
            }
        }
    }
    if lines.is_empty() {
        return Err(unmappable(&below(r.path(), "items"), "a return of no items"));
    }
    Ok(Some(ObservedReturn { id: ReturnId::new(r.id("id")?)?, lines, state, received, requested_at, updated_at }))
}

/// A fulfilment as a shipment, once it is a parcel: it has a label, or has shipped or been
/// delivered. Before that (created, packed) its units are still being prepared, and the tracking
/// number the label brings is not known yet.
fn fulfillment(f: Obj<'_>) -> Result<Option<ObservedShipment>> {
    let created_at = f.time("created_at")?;
    let mut lines = Vec::new();
    for (path, v) in f.list("items")? {
        let i = Obj::of(v, &path)?;
        lines.push(LineQuantity { line: LineId::new(i.id("line_item_id")?)?, quantity: i.count("quantity")? });
    }
    if lines.is_empty() {
        return Err(unmappable(&below(f.path(), "items"), "a fulfilment of no items"));
    }
    let mut tracking = Vec::new();
    if let Some(at) = f.opt_time("shipped_at")? {
        tracking.push(ObservedTracking::new(TrackingStatus::InTransit, "shipped", at));
    }
    if let Some(at) = f.opt_time("delivered_at")? {
        tracking.push(ObservedTracking::new(TrackingStatus::Delivered, "delivered", at));
    }
    let labels = f.list("labels")?;
    if labels.is_empty() && tracking.is_empty() {
        return Ok(None);
    }
    let tracking_number = match labels.first() {
        Some((path, l)) => Obj::of(l, path)?.opt_text("tracking_number")?.map(str::to_string),
        None => None,
    };
    Ok(Some(ObservedShipment {
        id: ShipmentId::new(f.id("id")?)?,
        lines,
        carrier: f.opt_text("provider_id")?.unwrap_or("unknown").to_string(),
        tracking_number,
        created_at,
        tracking,
        cancelled: f.opt_time("canceled_at")?.is_some(),
    }))
}
