//! Loads the return policy in `examples/return_policy.json`, evaluates four requests (one allowed,
//! one past the window, one final-sale, one sent to review) and prints each decision with its
//! reasons and, where allowed, the refund breakdown.
//!
//! Run with `cargo run --example returns`.

use chrono::{DateTime, Duration, TimeZone, Utc};
use postpurchase::returns::*;
use postpurchase::*;
use rust_decimal::Decimal;

fn at(month: u32, day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, 10, 0, 0).single().unwrap_or_default()
}

fn meta(key: &str, now: DateTime<Utc>) -> Result<CommandMeta> {
    Ok(CommandMeta::new(IdempotencyKey::new(key)?, now))
}

/// An order delivered on `delivered` and paid in full.
fn delivered_order(id: &str, lines: Vec<NewLine>, placed: DateTime<Utc>, delivered: DateTime<Utc>) -> Result<Order> {
    let mut b = NewOrder::builder(OrderId::new(id)?, CustomerId::new("cust-7")?, Currency::from_code("EUR")?, placed)
        .shipping(Money::parse("5.90", "EUR")?)
        .tax_mode(TaxMode::Inclusive);
    for l in lines {
        b = b.line(l);
    }
    let mut o = Order::from_events(&Order::place(b.build(), &meta("place", placed)?)?)?;
    let total = o.total();
    o.handle(&OrderCommand::CapturePayment { payment: PaymentId::new("card")?, amount: total }, &meta("pay", placed)?)?;
    let all = o.lines().iter().map(|l| LineQuantity { line: l.id().clone(), quantity: l.counts.ordered }).collect();
    let shipment = NewShipment {
        id: ShipmentId::new("s1")?,
        lines: all,
        carrier: "dhl".into(),
        tracking_number: None,
        promised_by: None,
        route: Route::Domestic,
    };
    o.handle(&OrderCommand::CreateShipment { shipment }, &meta("ship", placed + Duration::days(1))?)?;
    o.handle(
        &OrderCommand::MarkDelivered { shipment: ShipmentId::new("s1")?, at: delivered },
        &meta("deliver", delivered)?,
    )?;
    Ok(o)
}

fn name(v: &impl serde::Serialize) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

fn eur(s: &str) -> Result<Money> {
    Money::parse(s, "EUR")
}

fn item(id: &str, sku: &str, title: &str, qty: u32, price: &str, vat: &str) -> Result<NewLine> {
    Ok(NewLine::new(LineId::new(id)?, Sku::new(sku)?, title, qty, eur(price)?).tax(
        "VAT 19%",
        Decimal::new(19, 2),
        eur(vat)?,
    ))
}

fn show(
    title: &str,
    order: &mut Order,
    req: ReturnRequest,
    policy: &ReturnPolicy,
    ctx: &EligibilityContext,
    now: DateTime<Utc>,
) -> Result<()> {
    println!("── {title}");
    println!("   order {} · asked {} · refund to {:?}", order.id(), now.format("%Y-%m-%d"), req.method);
    let (report, _events) = order.open_return(&req, policy, ctx, &meta(&format!("req-{}", req.id), now)?)?;
    for d in &report.lines {
        let line = order.line(&d.line)?;
        println!("   {} × {:<24} {:<13} {}", d.quantity, line.spec.title, name(&d.outcome), d.code);
        for v in &d.verdicts {
            let facts: Vec<String> = v.facts.iter().map(|(k, v)| format!("{k}={v}")).collect();
            println!("        {:<12} {:<16} {:<38} {}", name(&v.outcome), v.rule, v.code, facts.join(" "));
        }
    }
    if let Some(note) = &report.method_note {
        println!("   refund method: {:?} ({note})", report.method);
    }
    let case = order.return_case(&req.id)?.clone();
    println!("   return status: {:?}", case.status);
    if case.status == ReturnStatus::Approved {
        let items = case
            .lines
            .iter()
            .filter(|l| l.approved > 0)
            .map(|l| ReceivedItem { line: l.line.clone(), quantity: l.approved, condition: ItemCondition::Resellable })
            .collect();
        handle_return(
            order,
            ReturnCommand::Receive { return_id: req.id.clone(), items },
            &meta(&format!("recv-{}", req.id), now + Duration::days(4))?,
        )?;
        handle_return(
            order,
            ReturnCommand::Refund { return_id: req.id.clone(), payment_order: vec![] },
            &meta(&format!("refund-{}", req.id), now + Duration::days(4))?,
        )?;
        if let Some(b) = &order.return_case(&req.id)?.refund {
            println!("   refund breakdown:");
            for l in &b.lines {
                println!(
                    "     {} unit(s) of {:<18} merchandise {:>12}  tax {:>10}  = {:>12}",
                    l.units,
                    l.line,
                    l.merchandise.to_string(),
                    l.tax.to_string(),
                    l.total.to_string()
                );
            }
            println!("     shipping refunded         {:>12}", b.shipping.to_string());
            println!("     restocking fee           -{:>12}", b.restocking_fee.to_string());
            println!("     return shipping fee      -{:>12}", b.return_shipping_fee.to_string());
            println!(
                "     total                     {:>12}{}",
                b.total.to_string(),
                if b.capped { " (capped at what was captured)" } else { "" }
            );
            for p in &b.payouts {
                println!("     → {:?}: {}", p.destination, p.amount);
            }
        }
    }
    println!();
    Ok(())
}

fn main() -> Result<()> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("return_policy.json");
    let text = std::fs::read_to_string(&path).map_err(|e| Error::new(ErrorKind::InvalidConfig, e.to_string()))?;
    let policy = ReturnPolicy::from_json(&text)?;
    println!(
        "Policy {} loaded: {}-day window in {}, {} overrides\n",
        path.display(),
        policy.window.days.unwrap_or(0),
        policy.time_zone,
        policy.overrides.len()
    );
    let ctx = EligibilityContext::default();
    let customer = CustomerId::new("cust-7")?;
    let req = |id: &str, lines: Vec<(&str, u32, ReturnReason)>| -> Result<ReturnRequest> {
        Ok(ReturnRequest {
            id: ReturnId::new(id)?,
            customer: customer.clone(),
            lines: lines
                .into_iter()
                .map(|(l, q, reason)| Ok(RequestedLine { line: LineId::new(l)?, quantity: q, reason }))
                .collect::<Result<_>>()?,
            method: RefundMethod::OriginalPayment,
            exchange: None,
        })
    };

    // 1. allowed: boots that do not fit, 12 days after delivery (shoes have 60 days)
    let mut o1 = delivered_order(
        "A-100",
        vec![
            item("l1", "BOOT-42", "Trail boots", 1, "129.00", "20.60")?.category("shoes"),
            item("l2", "SOCK", "Wool socks", 2, "18.50", "5.91")?,
        ],
        at(3, 1),
        at(3, 3),
    )?;
    show("1. allowed", &mut o1, req("R-1", vec![("l1", 1, ReturnReason::DoesNotFit)])?, &policy, &ctx, at(3, 15))?;

    // 2. past the window: a kettle (electronics, 14 days) 20 days after delivery
    let mut o2 = delivered_order(
        "A-101",
        vec![item("l1", "KETTLE", "Kettle", 1, "49.00", "7.82")?.category("electronics")],
        at(4, 1),
        at(4, 3),
    )?;
    show(
        "2. past the window",
        &mut o2,
        req("R-2", vec![("l1", 1, ReturnReason::ChangedMind)])?,
        &policy,
        &ctx,
        at(4, 23),
    )?;

    // 3. final sale
    let mut sale = item("l1", "COAT-S", "Clearance coat", 1, "59.00", "9.42")?;
    sale.flags.final_sale = true;
    let mut o3 = delivered_order("A-102", vec![sale], at(5, 1), at(5, 3))?;
    show("3. final sale", &mut o3, req("R-3", vec![("l1", 1, ReturnReason::ChangedMind)])?, &policy, &ctx, at(5, 6))?;

    // 4. review: a 450.00 camera, above the 400.00 review limit, from a frequent returner
    let mut o4 = delivered_order(
        "A-103",
        vec![item("l1", "CAM-X", "Camera", 1, "450.00", "71.85")?.category("electronics")],
        at(6, 1),
        at(6, 3),
    )?;
    let frequent = EligibilityContext {
        recent_returns: vec![at(4, 2), at(5, 2), at(5, 20), at(6, 1)],
        tier: None,
        ..Default::default()
    };
    show(
        "4. sent to review",
        &mut o4,
        req("R-4", vec![("l1", 1, ReturnReason::ChangedMind)])?,
        &policy,
        &frequent,
        at(6, 8),
    )?;

    // 5. a partial return of socks with the restocking fee for "changed mind"
    show(
        "5. allowed with fees",
        &mut o1,
        req("R-5", vec![("l2", 1, ReturnReason::ChangedMind)])?,
        &policy,
        &ctx,
        at(3, 16),
    )?;
    Ok(())
}
