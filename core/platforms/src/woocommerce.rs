//! WooCommerce's webhook bodies (`order.created`, `order.updated`: the REST API v3 order) read
//! into an [`Observed`]. WooCommerce sends the whole order each time, so shipments and refunds
//! are what one body says beyond the order as it stands: [`Observed::plan`] takes the difference.
//!
//! The mapping, field by field:
//! - amounts in the REST API are without tax whatever `prices_include_tax` says, so the order is
//!   tax-exclusive: a line's unit price is `subtotal / quantity` (refused when that is not exact),
//!   its discount `subtotal − total`, its taxes its `taxes` (amount `total`, rate and label from
//!   the order's `tax_lines` by `rate_id`);
//! - shipping is the shipping lines' `total + total_tax`; fee lines are refused (no fee is
//!   modelled), as is an order whose total differs from what its lines come to;
//! - the payment is one per order (`woocommerce:{id}`): captured in full once `date_paid_gmt` is
//!   set;
//! - shipments come from the Shipment Tracking extension's `_wc_shipment_tracking_items` meta
//!   (one parcel: it carries every unit; several are refused, as the extension does not say
//!   which units each carries), else from `completed` (one shipment of every unit); a tracked
//!   parcel counts as handed to the carrier on its `date_shipped`;
//! - `refunds` (`total` is negative) return their amounts, at `date_modified_gmt`;
//! - `cancelled` cancels the order; a guest (`customer_id: 0`) is `guest:{id}`.

use chrono::{DateTime, Utc};
use postpurchase_commerce::line::LineQuantity;
use postpurchase_commerce::order::{NewLine, NewOrder, TaxLine, TaxMode};
use postpurchase_commerce::tracking::TrackingStatus;
use postpurchase_kernel::error::Result;
use postpurchase_kernel::ids::{CustomerId, LineId, OrderId, PaymentId, ShipmentId, Sku};
use postpurchase_kernel::money::{Currency, Money};
use rust_decimal::Decimal;
use serde_json::Value;

use crate::body::{Obj, below, money, parse, unmappable};
use crate::delivery::Platform;
use crate::observed::{Observed, ObservedPayment, ObservedRefund, ObservedShipment, ObservedTracking};

/// The meta key the Shipment Tracking extension keeps its parcels under.
pub const TRACKING_META: &str = "_wc_shipment_tracking_items";

/// Reads one webhook body (`topic` from `X-WC-Webhook-Topic`: `order.created`,
/// `order.updated`, `order.restored`).
///
/// # Errors
/// [`crate::ErrorKind::PlatformPayloadTooLarge`] for a body over the limit;
/// [`crate::ErrorKind::PlatformUnmappable`] naming the field that cannot be mapped (another
/// topic is named as `topic`).
pub fn observe(topic: &str, body: &[u8]) -> Result<Observed> {
    match topic.trim() {
        "order.created" | "order.updated" | "order.restored" => {}
        other => return Err(unmappable("topic", format!("`{other}` is not a topic this adapter reads"))),
    }
    let value = parse(body)?;
    order(Obj::root(&value)?)
}

fn time(o: Obj<'_>, key: &str) -> Result<Option<DateTime<Utc>>> {
    o.opt_utc_time(key)
}

fn order(root: Obj<'_>) -> Result<Observed> {
    let id = root.id("id")?;
    let order = OrderId::new(id.clone())?;
    let currency = root.currency("currency")?;
    let placed_at = time(root, "date_created_gmt")?.ok_or_else(|| unmappable("date_created_gmt", "missing"))?;
    let updated_at = time(root, "date_modified_gmt")?.unwrap_or(placed_at);
    let customer = root.opt_id("customer_id")?.unwrap_or_else(|| crate::guest(&id));
    if !root.list("fee_lines")?.is_empty() {
        return Err(unmappable("fee_lines", "fees are not modelled: the order would not come to its total"));
    }
    let rates = tax_rates(root)?;
    let mut lines = Vec::new();
    for (path, v) in root.list("line_items")? {
        lines.push(line(Obj::of(v, &path)?, currency, &rates)?);
    }
    if lines.is_empty() {
        return Err(unmappable("line_items", "no lines"));
    }
    let mut shipping = Money::zero(currency);
    for (path, v) in root.list("shipping_lines")? {
        let s = Obj::of(v, &path)?;
        shipping = shipping.checked_add(&s.money("total", currency)?)?;
        if let Some(tax) = s.opt_decimal("total_tax")? {
            shipping = shipping.checked_add(&money(tax, currency, &below(&path, "total_tax"))?)?;
        }
    }
    let total = root.money("total", currency)?;
    let new_order = NewOrder {
        id: order.clone(),
        customer: CustomerId::new(customer)?,
        currency,
        placed_at,
        lines: lines.clone(),
        discounts: Vec::new(),
        shipping: (!shipping.is_zero()).then_some(shipping),
        tax_mode: TaxMode::Exclusive,
    };
    let pay = PaymentId::new(format!("woocommerce:{id}"))?;
    let payment = time(root, "date_paid_gmt")?.map(|_| ObservedPayment {
        id: pay.clone(),
        authorized: Money::zero(currency),
        captured: total,
    });
    let status = root.opt_text("status")?.unwrap_or("pending");
    let every_unit: Vec<LineQuantity> =
        lines.iter().map(|l| LineQuantity { line: l.id.clone(), quantity: l.quantity }).collect();
    let mut shipments = Vec::new();
    let parcels = tracking_items(root)?;
    if parcels.len() > 1 {
        return Err(unmappable(
            &format!("meta_data.{TRACKING_META}"),
            "several parcels: the extension does not say which units each carries",
        ));
    }
    for (path, v) in parcels {
        let p = Obj::of(v, &path)?;
        let shipped = shipped_at(p)?.unwrap_or(updated_at);
        let carrier = p.opt_text("tracking_provider")?.or(p.opt_text("custom_tracking_provider")?).unwrap_or("unknown");
        shipments.push(ObservedShipment {
            id: ShipmentId::new(format!("woocommerce:{}", p.id("tracking_id")?))?,
            lines: every_unit.clone(),
            carrier: carrier.to_string(),
            tracking_number: p.opt_text("tracking_number")?.map(str::to_string),
            created_at: shipped,
            tracking: vec![ObservedTracking::new(TrackingStatus::InTransit, "shipped", shipped)],
            cancelled: false,
        });
    }
    if shipments.is_empty() && status == "completed" {
        let at = time(root, "date_completed_gmt")?.unwrap_or(updated_at);
        shipments.push(ObservedShipment {
            id: ShipmentId::new(format!("woocommerce:{id}:completed"))?,
            lines: every_unit,
            carrier: "unknown".to_string(),
            tracking_number: None,
            created_at: at,
            tracking: vec![ObservedTracking::new(TrackingStatus::InTransit, "completed", at)],
            cancelled: false,
        });
    }
    let mut refunds = Vec::new();
    for (path, v) in root.list("refunds")? {
        let r = Obj::of(v, &path)?;
        let amount = r.decimal("total")?.abs();
        refunds.push(ObservedRefund {
            id: r.id("id")?,
            payment: pay.clone(),
            amount: money(amount, currency, &below(&path, "total"))?,
            cancelled_lines: Vec::new(),
            for_return: None,
            returned: Vec::new(),
            at: updated_at,
        });
    }
    let cancelled = (status == "cancelled").then(|| ("cancelled".to_string(), updated_at));
    Ok(Observed {
        platform: Platform::WooCommerce,
        order,
        new_order: Some(new_order),
        payment,
        shipments,
        refunds,
        returns: Vec::new(),
        edits: Vec::new(),
        cancelled,
        expected_total: Some(total),
        updated_at,
    })
}

/// The order's tax rates by `rate_id`: (label, rate as a fraction).
fn tax_rates(root: Obj<'_>) -> Result<Vec<(String, String, Decimal)>> {
    let mut rates = Vec::new();
    for (path, v) in root.list("tax_lines")? {
        let t = Obj::of(v, &path)?;
        let percent = t.opt_decimal("rate_percent")?.unwrap_or(Decimal::ZERO);
        let rate = percent.checked_div(Decimal::ONE_HUNDRED).ok_or_else(|| unmappable(&path, "rate out of range"))?;
        rates.push((t.id("rate_id")?, t.opt_text("label")?.unwrap_or("tax").to_string(), rate));
    }
    Ok(rates)
}

fn line(l: Obj<'_>, currency: Currency, rates: &[(String, String, Decimal)]) -> Result<NewLine> {
    let quantity = l.count("quantity")?;
    if quantity == 0 {
        return Err(unmappable(&below(l.path(), "quantity"), "a line of no units"));
    }
    let subtotal = l.decimal("subtotal")?;
    let unit = subtotal
        .checked_div(Decimal::from(quantity))
        .filter(|u| u.checked_mul(Decimal::from(quantity)) == Some(subtotal))
        .ok_or_else(|| unmappable(&below(l.path(), "subtotal"), "does not divide into a unit price exactly"))?;
    let total = l.decimal("total")?;
    let discount = subtotal.checked_sub(total).unwrap_or(Decimal::ZERO);
    let mut taxes = Vec::new();
    for (path, v) in l.list("taxes")? {
        let t = Obj::of(v, &path)?;
        let amount = t.decimal("total")?;
        if amount.is_zero() {
            continue;
        }
        let rate_id = t.id("id")?;
        let (title, rate) = rates
            .iter()
            .find(|(id, _, _)| *id == rate_id)
            .map(|(_, title, rate)| (title.clone(), *rate))
            .ok_or_else(|| unmappable(&below(&path, "id"), "no tax line of the order has this rate"))?;
        taxes.push(TaxLine { title, rate, amount: money(amount, currency, &below(&path, "total"))? });
    }
    let sku = l.sku("sku", &["variation_id", "product_id"], "product")?;
    let line = NewLine {
        id: LineId::new(l.id("id")?)?,
        sku: Sku::new(sku)?,
        title: l.text("name")?.to_string(),
        quantity,
        unit_price: money(unit, currency, &below(l.path(), "subtotal"))?,
        discounts: if discount > Decimal::ZERO {
            vec![money(discount, currency, &below(l.path(), "total"))?]
        } else {
            Vec::new()
        },
        taxes,
        flags: Default::default(),
        category: None,
        tags: Vec::new(),
    };
    Ok(line)
}

/// The Shipment Tracking extension's parcels, with their paths.
fn tracking_items<'a>(root: Obj<'a>) -> Result<Vec<(String, &'a Value)>> {
    for (path, v) in root.list("meta_data")? {
        if Obj::of(v, &path)?.opt_text("key")? == Some(TRACKING_META) {
            let items = v
                .get("value")
                .and_then(Value::as_array)
                .ok_or_else(|| unmappable(&below(&path, "value"), "not a list"))?;
            return Ok(items.iter().enumerate().map(|(i, item)| (format!("{path}.value[{i}]"), item)).collect());
        }
    }
    Ok(Vec::new())
}

/// `date_shipped`: Unix seconds as text or a number.
fn shipped_at(p: Obj<'_>) -> Result<Option<DateTime<Utc>>> {
    let Some(v) = p.get("date_shipped") else { return Ok(None) };
    let seconds = v.as_i64().or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()));
    match seconds {
        Some(s) => DateTime::from_timestamp(s, 0)
            .map(Some)
            .ok_or_else(|| unmappable(&below(p.path(), "date_shipped"), "out of range")),
        None => Err(unmappable(&below(p.path(), "date_shipped"), "not Unix seconds")),
    }
}
