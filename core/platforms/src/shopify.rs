//! Shopify's REST webhook bodies (the Admin API's `Order`, `Fulfillment`, `Refund` and
//! `OrderEdit` resources) read into an [`Observed`].
//!
//! | topic | body | what it says |
//! |---|---|---|
//! | `orders/create`, `orders/updated`, `orders/paid`, `orders/cancelled`, `orders/fulfilled`, `orders/partially_fulfilled` | the order | the order whole: lines, payment, fulfilments, refunds, cancellation |
//! | `fulfillments/create`, `fulfillments/update` | a fulfilment | one shipment and its carrier status |
//! | `refunds/create` | a refund | one refund |
//! | `orders/edited` | an order edit | units removed before fulfilment |
//! | `returns/request`, `returns/approve`, `returns/decline`, `returns/cancel`, `returns/close`, `returns/reopen` | a return | where the return stands (read with [`observe_at`]: the body carries no time) |
//!
//! The mapping, field by field:
//! - a line's unit price is `price`, its discounts are its `discount_allocations` (which already
//!   share out the order-level discounts; bodies from before 2019 carry `total_discount`
//!   instead), its taxes its `tax_lines` (`rate` and `price`); `requires_shipping: false` or a
//!   gift card marks it digital; a line without a SKU takes `variant:{variant_id}`;
//! - `taxes_included` is the tax mode; shipping is the shipping lines' `discounted_price` (their
//!   `price` in older bodies), plus their taxes in a shop that adds tax on top;
//! - the placed order must come to `total_price` exactly, or nothing is applied;
//! - the payment is one per order (`shopify:{order id}`): `authorized` authorises
//!   `total_price`; `paid`, `partially_refunded` and `refunded` have captured it; `partially_paid`
//!   has captured `total_price − total_outstanding`; `pending`, `voided` and an unknown status
//!   say nothing of money;
//! - a fulfilment is a shipment: its `line_items`, `tracking_company` (`unknown` when absent) and
//!   `tracking_number`; `shipment_status` maps through the Shopify carrier table (at
//!   `updated_at`); a `success` fulfilment without a shipment status counts as handed to the
//!   carrier (Shopify's meaning of "fulfilled"), at its `created_at`; `cancelled`, `error` and
//!   `failure` cancel it;
//! - a refund returns its successful `refund` transactions' amounts; its `restock_type: cancel`
//!   lines cancel those units (a refund without restock moves no units);
//! - a refund that names its `return` (`{"id": …}`, the Admin API's `Refund.return`) pays that
//!   return: its `refund_line_items` are the units that came back (`return` and
//!   `legacy_restock` as resellable, any other restock type as not put back in stock, i.e.
//!   damaged), the return is opened from them if no earlier body did, and the money is recorded
//!   on the return (one refundable balance either way);
//! - a `returns/*` body is where a return stands (see [`observe_at`]);
//! - `cancelled_at` with `cancel_reason` cancels the order;
//! - an order without a `customer` (a guest checkout) is kept for `guest:{order id}`.

use chrono::{DateTime, Utc};
use postpurchase_commerce::line::LineQuantity;
use postpurchase_commerce::order::{LineFlags, NewLine, NewOrder, TaxLine, TaxMode};
use postpurchase_commerce::returns::{ItemCondition, ReceivedItem, RequestedLine, ReturnReason};
use postpurchase_commerce::tracking::{CarrierSource, map_carrier_status};
use postpurchase_kernel::error::Result;
use postpurchase_kernel::ids::{CustomerId, LineId, OrderId, PaymentId, ReturnId, ShipmentId, Sku};
use postpurchase_kernel::money::{Currency, Money};
use rust_decimal::Decimal;

use crate::body::{Obj, below, money, parse, unmappable};
use crate::delivery::Platform;
use crate::observed::{
    Observed, ObservedPayment, ObservedRefund, ObservedReturn, ObservedReturnState, ObservedShipment, ObservedTracking,
};

/// The topics whose body is the whole order.
pub const ORDER_TOPICS: &[&str] = &[
    "orders/create",
    "orders/updated",
    "orders/paid",
    "orders/cancelled",
    "orders/fulfilled",
    "orders/partially_fulfilled",
];

/// Reads one webhook body (`topic` from `X-Shopify-Topic`).
///
/// # Errors
/// [`crate::ErrorKind::PlatformPayloadTooLarge`] for a body over the limit;
/// [`crate::ErrorKind::PlatformUnmappable`] naming the field that cannot be mapped (a topic not
/// in the table above is named as `topic`).
pub fn observe(topic: &str, body: &[u8]) -> Result<Observed> {
    observe_at(topic, body, None)
}

/// As [`observe`], with the delivery's time ([`crate::Delivery::triggered_at`], from
/// `X-Shopify-Triggered-At`) for the bodies that carry none of their own: a `returns/*` body
/// without it is refused, naming `triggered_at`.
///
/// A return body's `status` says where it stands: `requested` (the shop's policy decides),
/// `open`, `closed` or a reopened return (accepted), `declined` (with `decline.reason` or
/// `decline.note`), `canceled`. Its `return_line_items` name the units
/// (`fulfillment_line_item.line_item.id`, `quantity`, `return_reason`); its order is `order.id`
/// or `order_id`.
///
/// # Errors
/// As [`observe`].
pub fn observe_at(topic: &str, body: &[u8], triggered_at: Option<DateTime<Utc>>) -> Result<Observed> {
    let value = parse(body)?;
    let root = Obj::root(&value)?;
    match topic.trim() {
        t if ORDER_TOPICS.contains(&t) => order(root),
        "fulfillments/create" | "fulfillments/update" => {
            let order = OrderId::new(root.id("order_id")?)?;
            let shipment = fulfillment(root, None)?;
            let updated_at = root.opt_time("updated_at")?.unwrap_or(shipment.created_at);
            Ok(Observed { shipments: vec![shipment], ..empty(order, updated_at) })
        }
        "refunds/create" => {
            let order_id = root.id("order_id")?;
            let order = OrderId::new(order_id.clone())?;
            let currency = refund_currency(root)?;
            let refund = refund(root, &payment_id(&order_id)?, currency)?;
            let at = refund.at;
            Ok(Observed { refunds: vec![refund], ..empty(order, at) })
        }
        "orders/edited" => edited(root),
        t if t.starts_with("returns/") => shopify_return(root, triggered_at),
        other => Err(unmappable("topic", format!("`{other}` is not a topic this adapter reads"))),
    }
}

fn empty(order: OrderId, updated_at: DateTime<Utc>) -> Observed {
    Observed {
        platform: Platform::Shopify,
        order,
        new_order: None,
        payment: None,
        shipments: Vec::new(),
        refunds: Vec::new(),
        returns: Vec::new(),
        edits: Vec::new(),
        cancelled: None,
        expected_total: None,
        updated_at,
    }
}

fn payment_id(order: &str) -> Result<PaymentId> {
    PaymentId::new(format!("shopify:{order}"))
}

/// An amount in the shop's money: `{field}` as text, else `{field}_set.shop_money.amount`.
fn amount_of(o: Obj<'_>, field: &str, currency: Currency) -> Result<Option<Money>> {
    if let Some(d) = o.opt_decimal(field)? {
        return money(d, currency, &below(o.path(), field)).map(Some);
    }
    let set = format!("{field}_set");
    let Some(v) = o.object(&set) else { return Ok(None) };
    let path = below(o.path(), &set);
    let set = Obj::of(v, &path)?;
    let Some(shop) = set.object("shop_money") else { return Ok(None) };
    let shop_path = below(&path, "shop_money");
    let shop = Obj::of(shop, &shop_path)?;
    shop.money("amount", currency).map(Some)
}

fn required_amount(o: Obj<'_>, field: &str, currency: Currency) -> Result<Money> {
    amount_of(o, field, currency)?.ok_or_else(|| unmappable(&below(o.path(), field), "missing"))
}

fn sum(amounts: impl IntoIterator<Item = Money>, currency: Currency) -> Result<Money> {
    amounts.into_iter().try_fold(Money::zero(currency), |acc, m| acc.checked_add(&m))
}

fn order(root: Obj<'_>) -> Result<Observed> {
    let order_id = root.id("id")?;
    let order = OrderId::new(order_id.clone())?;
    let currency = root.currency("currency")?;
    let placed_at = root.time("created_at")?;
    let updated_at = root.opt_time("updated_at")?.unwrap_or(placed_at);
    let customer = match root.object("customer") {
        Some(c) => Obj::of(c, "customer")?.id("id")?,
        None => crate::guest(&order_id),
    };
    let taxes_included = root.flag("taxes_included")?;
    let mut lines = Vec::new();
    for (path, v) in root.list("line_items")? {
        lines.push(line(Obj::of(v, &path)?, currency)?);
    }
    if lines.is_empty() {
        return Err(unmappable("line_items", "no lines"));
    }
    let mut shipping = Vec::new();
    for (path, v) in root.list("shipping_lines")? {
        let s = Obj::of(v, &path)?;
        let charged = match amount_of(s, "discounted_price", currency)? {
            Some(m) => m,
            None => required_amount(s, "price", currency)?,
        };
        shipping.push(charged);
        if !taxes_included {
            for (tp, t) in s.list("tax_lines")? {
                shipping.push(required_amount(Obj::of(t, &tp)?, "price", currency)?);
            }
        }
    }
    let shipping = sum(shipping, currency)?;
    let new_order = NewOrder {
        id: order.clone(),
        customer: CustomerId::new(customer)?,
        currency,
        placed_at,
        lines,
        discounts: Vec::new(),
        shipping: (!shipping.is_zero()).then_some(shipping),
        tax_mode: if taxes_included { TaxMode::Inclusive } else { TaxMode::Exclusive },
    };
    let total = required_amount(root, "total_price", currency)?;
    let pay = payment_id(&order_id)?;
    let zero = Money::zero(currency);
    let payment = match root.opt_text("financial_status")? {
        Some("authorized") => Some(ObservedPayment { id: pay.clone(), authorized: total, captured: zero }),
        Some("paid" | "partially_refunded" | "refunded") => {
            Some(ObservedPayment { id: pay.clone(), authorized: zero, captured: total })
        }
        Some("partially_paid") => {
            let outstanding = amount_of(root, "total_outstanding", currency)?
                .ok_or_else(|| unmappable("total_outstanding", "missing: a partly paid order must say what is left"))?;
            Some(ObservedPayment { id: pay.clone(), authorized: zero, captured: total.checked_sub(&outstanding)? })
        }
        _ => None,
    };
    let mut shipments = Vec::new();
    for (path, v) in root.list("fulfillments")? {
        shipments.push(fulfillment(Obj::of(v, &path)?, Some(placed_at))?);
    }
    let mut refunds = Vec::new();
    for (path, v) in root.list("refunds")? {
        refunds.push(refund(Obj::of(v, &path)?, &pay, currency)?);
    }
    let cancelled = match root.opt_time("cancelled_at")? {
        Some(at) => Some((root.opt_text("cancel_reason")?.unwrap_or("other").to_string(), at)),
        None => None,
    };
    Ok(Observed {
        new_order: Some(new_order),
        payment,
        shipments,
        refunds,
        cancelled,
        expected_total: Some(total),
        ..empty(order, updated_at)
    })
}

fn line(l: Obj<'_>, currency: Currency) -> Result<NewLine> {
    let id = l.id("id")?;
    let sku = l.sku("sku", &["variant_id"], "variant")?;
    let title = l.first_text(&["title", "name"])?;
    let quantity = l.count("quantity")?;
    if quantity == 0 {
        return Err(unmappable(&below(l.path(), "quantity"), "a line of no units"));
    }
    let unit_price = required_amount(l, "price", currency)?;
    let mut discounts = Vec::new();
    let allocations = l.list("discount_allocations")?;
    if allocations.is_empty() {
        // bodies from before discount allocations (2019) carry the line's discount whole
        if let Some(d) = amount_of(l, "total_discount", currency)?.filter(|d| !d.is_zero()) {
            discounts.push(d);
        }
    }
    for (path, a) in allocations {
        let d = required_amount(Obj::of(a, &path)?, "amount", currency)?;
        if !d.is_zero() {
            discounts.push(d);
        }
    }
    let mut taxes = Vec::new();
    for (path, t) in l.list("tax_lines")? {
        let t = Obj::of(t, &path)?;
        let amount = required_amount(t, "price", currency)?;
        taxes.push(TaxLine {
            title: t.opt_text("title")?.unwrap_or("tax").to_string(),
            rate: t.opt_decimal("rate")?.unwrap_or(Decimal::ZERO),
            amount,
        });
    }
    let digital = (l.get("requires_shipping").is_some() && !l.flag("requires_shipping")?) || l.flag("gift_card")?;
    Ok(NewLine {
        id: LineId::new(id)?,
        sku: Sku::new(sku)?,
        title: title.to_string(),
        quantity,
        unit_price,
        discounts,
        taxes,
        flags: LineFlags { digital, ..LineFlags::default() },
        category: l.opt_text("product_type")?.map(str::to_string),
        tags: Vec::new(),
    })
}

fn fulfillment(f: Obj<'_>, fallback: Option<DateTime<Utc>>) -> Result<ObservedShipment> {
    let id = f.id("id")?;
    let created_at = match (f.opt_time("created_at")?, fallback) {
        (Some(t), _) | (None, Some(t)) => t,
        (None, None) => f.time("created_at")?,
    };
    let updated_at = f.opt_time("updated_at")?.unwrap_or(created_at);
    let mut lines = Vec::new();
    for (path, v) in f.list("line_items")? {
        let item = Obj::of(v, &path)?;
        lines.push(LineQuantity { line: LineId::new(item.id("id")?)?, quantity: item.count("quantity")? });
    }
    if lines.is_empty() {
        return Err(unmappable(&below(f.path(), "line_items"), "a fulfilment of no lines"));
    }
    let status = f.opt_text("status")?.unwrap_or("success");
    let cancelled = matches!(status, "cancelled" | "error" | "failure");
    let mut tracking = Vec::new();
    match f.opt_text("shipment_status")? {
        Some(code) => {
            let mapped = map_carrier_status(CarrierSource::Shopify, code);
            let status = mapped.status.ok_or_else(|| {
                unmappable(&below(f.path(), "shipment_status"), format!("`{code}` is not a Shopify shipment status"))
            })?;
            tracking.push(ObservedTracking {
                status,
                raw_code: code.to_string(),
                delayed: mapped.delayed,
                at: updated_at,
            });
        }
        None if status == "success" => tracking.push(ObservedTracking::new(
            postpurchase_commerce::tracking::TrackingStatus::InTransit,
            "success",
            created_at,
        )),
        None => {}
    }
    let tracking_number = match f.opt_text("tracking_number")? {
        Some(n) => Some(n.to_string()),
        None => f.list("tracking_numbers")?.first().and_then(|(_, v)| v.as_str()).map(str::to_string),
    };
    Ok(ObservedShipment {
        id: ShipmentId::new(id)?,
        lines,
        carrier: f.opt_text("tracking_company")?.unwrap_or("unknown").to_string(),
        tracking_number,
        created_at,
        tracking,
        cancelled,
    })
}

/// A refund body's currency: its transactions' `currency` (a refund body carries no order).
fn refund_currency(root: Obj<'_>) -> Result<Currency> {
    for (path, t) in root.list("transactions")? {
        let t = Obj::of(t, &path)?;
        if t.get("currency").is_some() {
            return t.currency("currency");
        }
    }
    for (path, l) in root.list("refund_line_items")? {
        let l = Obj::of(l, &path)?;
        if let Some(set) = l.object("subtotal_set") {
            let set_path = below(&path, "subtotal_set");
            if let Some(shop) = Obj::of(set, &set_path)?.object("shop_money") {
                return Obj::of(shop, &below(&set_path, "shop_money"))?.currency("currency_code");
            }
        }
    }
    Err(unmappable("transactions", "no currency: a refund body must carry a transaction or a priced line"))
}

fn refund(r: Obj<'_>, payment: &PaymentId, currency: Currency) -> Result<ObservedRefund> {
    let mut returned = Vec::new();
    for (path, t) in r.list("transactions")? {
        let t = Obj::of(t, &path)?;
        if t.opt_text("kind")? == Some("refund") && t.opt_text("status")?.is_none_or(|s| s == "success") {
            returned.push(required_amount(t, "amount", currency)?);
        }
    }
    let for_return = match r.object("return") {
        Some(v) => Some(ReturnId::new(Obj::of(v, &below(r.path(), "return"))?.id("id")?)?),
        None => None,
    };
    let mut cancelled_lines = Vec::new();
    let mut came_back = Vec::new();
    for (path, l) in r.list("refund_line_items")? {
        let l = Obj::of(l, &path)?;
        let line = LineId::new(l.id("line_item_id")?)?;
        let quantity = l.count("quantity")?;
        match (l.opt_text("restock_type")?, &for_return) {
            (Some("cancel"), _) => cancelled_lines.push(LineQuantity { line, quantity }),
            (Some("return" | "legacy_restock"), Some(_)) => {
                came_back.push(ReceivedItem { line, quantity, condition: ItemCondition::Resellable });
            }
            (_, Some(_)) => came_back.push(ReceivedItem { line, quantity, condition: ItemCondition::Damaged }),
            (_, None) => {}
        }
    }
    Ok(ObservedRefund {
        id: r.id("id")?,
        payment: payment.clone(),
        amount: sum(returned, currency)?,
        cancelled_lines,
        for_return,
        returned: came_back,
        at: r.time("created_at")?,
    })
}

fn shopify_return(root: Obj<'_>, triggered_at: Option<DateTime<Utc>>) -> Result<Observed> {
    let order_id = match root.object("order") {
        Some(o) => Obj::of(o, "order")?.id("id")?,
        None => root.id("order_id")?,
    };
    let at = match root.opt_time("updated_at")?.or(root.opt_time("created_at")?).or(triggered_at) {
        Some(at) => at,
        None => {
            return Err(unmappable(
                "triggered_at",
                "a return body carries no time: pass the delivery's X-Shopify-Triggered-At",
            ));
        }
    };
    let state = match root.opt_text("status")?.map(str::to_ascii_lowercase).as_deref() {
        Some("requested") => ObservedReturnState::Requested,
        Some("open" | "closed") => ObservedReturnState::Approved,
        Some("declined") => {
            let decline = match root.object("decline") {
                Some(d) => Some(Obj::of(d, "decline")?),
                None => None,
            };
            let reason = match decline {
                Some(d) => d.opt_text("note")?.filter(|n| !n.trim().is_empty()).or(d.opt_text("reason")?),
                None => None,
            };
            ObservedReturnState::Declined(reason.unwrap_or("declined on shopify").to_string())
        }
        Some("canceled" | "cancelled") => ObservedReturnState::Cancelled,
        Some(other) => return Err(unmappable("status", format!("`{other}` is not a return status"))),
        None => return Err(unmappable("status", "missing")),
    };
    let mut lines = Vec::new();
    for (path, v) in root.list("return_line_items")? {
        let item = Obj::of(v, &path)?;
        let fli_path = below(&path, "fulfillment_line_item");
        let fli = item.object("fulfillment_line_item").ok_or_else(|| unmappable(&fli_path, "missing"))?;
        let fli = Obj::of(fli, &fli_path)?;
        let li_path = below(fli.path(), "line_item");
        let li = fli.object("line_item").ok_or_else(|| unmappable(&li_path, "missing"))?;
        let line = LineId::new(Obj::of(li, &li_path)?.id("id")?)?;
        let reason = return_reason(item.opt_text("return_reason")?.unwrap_or("unknown"));
        lines.push(RequestedLine { line, quantity: item.count("quantity")?, reason });
    }
    let ret = ObservedReturn {
        id: ReturnId::new(root.id("id")?)?,
        lines,
        state,
        received: Vec::new(),
        requested_at: at,
        updated_at: at,
    };
    Ok(Observed { returns: vec![ret], ..empty(OrderId::new(order_id)?, at) })
}

/// Shopify's return reasons as ours; one we do not know is `other`.
fn return_reason(code: &str) -> ReturnReason {
    match code {
        "size_too_small" | "size_too_large" => ReturnReason::DoesNotFit,
        "defective" => ReturnReason::Defective,
        "not_as_described" => ReturnReason::NotAsDescribed,
        "wrong_item" => ReturnReason::WrongItem,
        "unwanted" | "style" | "color" => ReturnReason::ChangedMind,
        _ => ReturnReason::Other,
    }
}

fn edited(root: Obj<'_>) -> Result<Observed> {
    let edit = root.object("order_edit").ok_or_else(|| unmappable("order_edit", "missing"))?;
    let edit = Obj::of(edit, "order_edit")?;
    let order = OrderId::new(edit.id("order_id")?)?;
    let at = edit.time("created_at")?;
    let items = match edit.object("line_items") {
        Some(v) => Obj::of(v, "order_edit.line_items")?,
        None => return Ok(empty(order, at)),
    };
    if !items.list("additions")?.is_empty() {
        return Err(unmappable(
            "order_edit.line_items.additions",
            "units added after placement are not modelled: the order keeps the units it was placed with",
        ));
    }
    let mut removed = Vec::new();
    for (path, v) in items.list("removals")? {
        let r = Obj::of(v, &path)?;
        removed.push(LineQuantity { line: LineId::new(r.id("id")?)?, quantity: r.count("delta")? });
    }
    let mut seen = empty(order, at);
    if !removed.is_empty() {
        seen.edits.push((edit.id("id")?, removed, at));
    }
    Ok(seen)
}
