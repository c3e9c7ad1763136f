//! Reading platform webhooks: a Shopify `orders/create` body of 50 lines (taxed, some discounted,
//! 1–3 units each: 28 kB) mapped and planned against no order, and a `fulfillments/update`
//! of all 50 lines planned against the placed and shipped order; a 3-line order for scale.
//! Each measures the whole webhook: parsing the body, mapping it, deciding its commands against
//! a copy of the order.

use criterion::{Criterion, criterion_group, criterion_main};
use postpurchase::Order;
use postpurchase::platforms::shopify;
use rust_decimal::Decimal;
use serde_json::{Value, json};

/// A Shopify order body of `n` lines whose totals add up as Shopify's do.
fn order_body(n: u32) -> Vec<u8> {
    let rate = Decimal::new(6, 2);
    let mut total = Decimal::new(1000, 2); // shipping
    let lines: Vec<Value> = (0..n)
        .map(|i| {
            let price = Decimal::new(1000 + i64::from(i) * 137, 2);
            let qty = 1 + i % 3;
            let discount = if i % 4 == 0 { Decimal::new(150, 2) } else { Decimal::ZERO };
            let base = price * Decimal::from(qty) - discount;
            let tax = (base * rate).round_dp(2);
            total += base + tax;
            json!({
                "id": 900_000_000_000_u64 + u64::from(i), "variant_id": 40_000 + i, "title": format!("Item {i}"),
                "name": format!("Item {i} - Blue / M"), "sku": format!("SKU-{i:04}"), "quantity": qty,
                "price": price.to_string(), "price_set": {"shop_money": {"amount": price.to_string(), "currency_code": "USD"}},
                "requires_shipping": true, "gift_card": false, "taxable": true, "grams": 250, "vendor": "Acme",
                "fulfillment_service": "manual", "product_id": 7_000 + i, "properties": [], "duties": [],
                "total_discount": "0.00",
                "tax_lines": [{"title": "State Tax", "rate": 0.06, "price": tax.to_string(),
                               "price_set": {"shop_money": {"amount": tax.to_string(), "currency_code": "USD"}}}],
                "discount_allocations": if discount.is_zero() { json!([]) } else {
                    json!([{"amount": discount.to_string(), "discount_application_index": 0}]) },
            })
        })
        .collect();
    serde_json::to_vec(&json!({
        "id": 820_982_911_946_154_508_u64, "currency": "USD", "created_at": "2026-03-02T10:15:00-05:00",
        "updated_at": "2026-03-02T10:15:00-05:00", "financial_status": "paid", "taxes_included": false,
        "total_price": total.to_string(), "customer": {"id": 115_310_627_314_723_954_u64, "email": "jon@example.com"},
        "line_items": lines,
        "shipping_lines": [{"id": 1, "title": "Ground", "price": "10.00", "discounted_price": "10.00", "tax_lines": []}],
        "fulfillments": [], "refunds": [], "note_attributes": [], "tags": "",
    }))
    .unwrap_or_default()
}

fn fulfilment_body(n: u32, status: &str) -> Vec<u8> {
    let items: Vec<Value> =
        (0..n).map(|i| json!({"id": 900_000_000_000_u64 + u64::from(i), "quantity": 1 + i % 3})).collect();
    serde_json::to_vec(&json!({
        "id": 255_858_046, "order_id": 820_982_911_946_154_508_u64, "status": "success", "tracking_company": "UPS",
        "tracking_number": "1Z2345", "created_at": "2026-03-03T09:00:00-05:00", "updated_at": "2026-03-04T09:00:00-05:00",
        "shipment_status": status, "line_items": items,
    }))
    .unwrap_or_default()
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("shopify webhook");
    for n in [3_u32, 50] {
        let body = order_body(n);
        g.bench_function(format!("orders/create, {n} lines ({} kB)", body.len() / 1000), |b| {
            b.iter(|| shopify::observe("orders/create", &body).and_then(|s| s.plan(None)).map(|p| p.events().len()))
        });
        let order: Order = shopify::observe("orders/create", &body)
            .and_then(|s| s.plan(None))
            .and_then(|p| p.apply(None))
            .unwrap_or_else(|e| panic!("{e}"));
        let shipped = shopify::observe("fulfillments/create", &fulfilment_body(n, "label_printed"))
            .and_then(|s| s.plan(Some(&order)))
            .and_then(|p| p.apply(Some(order.clone())))
            .unwrap_or_else(|e| panic!("{e}"));
        let update = fulfilment_body(n, "in_transit");
        g.bench_function(format!("fulfillments/update, {n} lines"), |b| {
            b.iter(|| {
                shopify::observe("fulfillments/update", &update)
                    .and_then(|s| s.plan(Some(&shipped)))
                    .map(|p| p.events().len())
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
