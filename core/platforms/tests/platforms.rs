//! The adapters on payloads written from the platforms' own documentation (see
//! `tests/fixtures/README.md` for where each shape comes from): every body maps exactly, a
//! sequence of webhooks builds the order a shop sees, a duplicate or late delivery changes
//! nothing, and what cannot be mapped is a typed error naming its field.

use base64::Engine as _;
use hmac::{Hmac, Mac};
use postpurchase::platforms::{Observed, Platform, medusa, shopify, verify, woocommerce};
use postpurchase::{ErrorKind, FulfilmentStatus, Money, Order, PaymentStatus, TaxMode, TrackingStatus};
use proptest::prelude::*;

fn fixture(path: &str) -> Vec<u8> {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path);
    std::fs::read(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

fn shop(topic: &str, file: &str) -> Observed {
    shopify::observe(topic, &fixture(&format!("shopify/{file}"))).unwrap()
}

fn woo(file: &str) -> Observed {
    woocommerce::observe("order.updated", &fixture(&format!("woocommerce/{file}"))).unwrap()
}

/// Plans and applies; returns the order and how many steps the plan had.
fn run(order: Option<Order>, seen: &Observed) -> (Order, usize) {
    let plan = seen.plan(order.as_ref()).unwrap();
    let n = plan.steps().len();
    (plan.apply(order).unwrap(), n)
}

fn usd(a: &str) -> Money {
    Money::parse(a, "USD").unwrap()
}

#[test]
fn a_shopify_order_is_placed_and_paid_exactly() {
    let seen = shop("orders/create", "orders_create.json");
    let plan = seen.plan(None).unwrap();
    let keys: Vec<&str> = plan.steps().iter().map(|s| s.key().as_str()).collect();
    assert_eq!(keys, ["shopify:place:18.820982911946154508", "shopify:capture:26.shopify:820982911946154508:6.210.34"]);
    let order = plan.apply(None).unwrap();
    assert_eq!(order.total(), usd("210.34"));
    assert_eq!(order.payment_status(), PaymentStatus::Paid);
    assert_eq!(order.tax_mode(), TaxMode::Exclusive);
    assert_eq!(order.customer().as_str(), "115310627314723954");
    let case = order.lines().iter().find(|l| l.id().as_str() == "141249953214522974").unwrap();
    assert_eq!(case.spec.sku.as_str(), "variant:808950811", "a line without a SKU is named by its variant");
    assert_eq!(plan.events().len(), 2);
    assert_eq!(plan.expected_version(), 0);
}

#[test]
fn a_tax_included_shop_a_gift_card_and_an_authorisation() {
    let (order, steps) = run(None, &shop("orders/create", "orders_create_tax_included.json"));
    assert_eq!(steps, 2);
    assert_eq!(order.tax_mode(), TaxMode::Inclusive);
    assert_eq!(order.total(), Money::parse("267.90", "EUR").unwrap());
    assert_eq!(order.authorized(), Money::parse("267.90", "EUR").unwrap());
    assert_eq!(order.payment_status(), PaymentStatus::Authorized);
    let gift = order.lines().iter().find(|l| l.id().as_str() == "518995019").unwrap();
    assert!(gift.spec.flags.digital, "a gift card needs no shipping");
}

#[test]
fn a_currency_without_minor_units_and_a_body_from_before_2019() {
    let (jpy, _) = run(None, &shop("orders/create", "orders_create_jpy.json"));
    assert_eq!(jpy.total(), Money::parse("3300", "JPY").unwrap());
    assert_eq!(jpy.payment_status(), PaymentStatus::Paid);
    let (old, _) = run(None, &shop("orders/create", "orders_create_legacy.json"));
    assert_eq!(old.total(), usd("421.88"));
    assert_eq!(old.lines().len(), 2);
}

#[test]
fn a_shopify_order_from_placement_to_delivery_and_refunds_and_nothing_twice() {
    let (order, _) = run(None, &shop("orders/create", "orders_create.json"));
    // a partial fulfilment: the iPod ships, the three cases wait
    let (order, steps) = run(Some(order), &shop("fulfillments/create", "fulfillments_create_partial.json"));
    assert_eq!(steps, 2, "the shipment and its hand-over to the carrier");
    assert_eq!(order.fulfilment_status(), FulfilmentStatus::PartiallyFulfilled);
    let (order, _) = run(Some(order), &shop("fulfillments/update", "fulfillments_update_in_transit.json"));
    let (order, _) = run(Some(order), &shop("fulfillments/update", "fulfillments_update_delayed.json"));
    let parcel = order.shipments().values().next().unwrap();
    assert!(parcel.events.iter().any(|e| e.delayed), "Shopify's `delayed` is kept as a flag");
    let (order, _) = run(Some(order), &shop("fulfillments/update", "fulfillments_update_delivered.json"));
    assert_eq!(order.shipments().values().next().unwrap().status(), TrackingStatus::Delivered);
    // the same delivery again, and a late `in_transit` body: nothing moves
    for late in ["fulfillments_update_delivered.json", "fulfillments_update_in_transit.json"] {
        let plan = shop("fulfillments/update", late).plan(Some(&order)).unwrap();
        assert!(plan.is_empty(), "{late}: {:?}", plan.steps());
    }
    // two cases cancelled before fulfilment, then the iPod refunded without restock
    let (order, steps) = run(Some(order), &shop("refunds/create", "refunds_create_cancel.json"));
    assert_eq!(steps, 1, "units only, no money");
    let (order, steps) = run(Some(order), &shop("refunds/create", "refunds_create_no_restock.json"));
    assert_eq!(steps, 1);
    assert_eq!(order.refunded(), usd("50.00"));
    let case = order.lines().iter().find(|l| l.id().as_str() == "141249953214522974").unwrap();
    assert_eq!(case.counts.cancelled, 2);
    // the whole order again (orders/updated): everything in it is already known
    let plan = shop("orders/updated", "orders_updated_after_refund.json").plan(Some(&order)).unwrap();
    assert!(plan.is_empty(), "{:?}", plan.steps());
}

#[test]
fn a_fulfilment_before_its_order_is_refused_so_that_the_platform_retries() {
    let err = shop("fulfillments/create", "fulfillments_create_partial.json").plan(None).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OrderNotPlaced);
}

#[test]
fn an_edit_removes_units_and_an_addition_is_named_not_guessed() {
    let (order, _) = run(None, &shop("orders/create", "orders_create.json"));
    let (order, steps) = run(Some(order), &shop("orders/edited", "orders_edited_removal.json"));
    assert_eq!(steps, 1);
    let case = order.lines().iter().find(|l| l.id().as_str() == "141249953214522974").unwrap();
    assert_eq!(case.counts.cancelled, 1);
    let err = shopify::observe("orders/edited", &fixture("shopify/orders_edited_addition.json")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::PlatformUnmappable);
    assert_eq!(err.detail("field"), Some("order_edit.line_items.additions"));
}

#[test]
fn a_cancelled_and_refunded_order() {
    let (order, steps) = run(None, &shop("orders/cancelled", "orders_cancelled.json"));
    assert_eq!(steps, 4, "placed, paid, refunded, cancelled");
    assert_eq!(order.fulfilment_status(), FulfilmentStatus::Cancelled);
    assert_eq!(order.refunded(), usd("210.34"));
}

#[test]
fn what_cannot_be_mapped_names_its_field() {
    let body = String::from_utf8(fixture("shopify/orders_create.json")).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&body).unwrap();
    value["line_items"][0].as_object_mut().unwrap().remove("price");
    value["line_items"][0].as_object_mut().unwrap().remove("price_set");
    let err = shopify::observe("orders/create", value.to_string().as_bytes()).unwrap_err();
    assert_eq!((err.kind(), err.detail("field")), (ErrorKind::PlatformUnmappable, Some("line_items[0].price")));

    let mut value: serde_json::Value = serde_json::from_str(&body).unwrap();
    value["total_price"] = "999.00".into();
    let err = shopify::observe("orders/create", value.to_string().as_bytes()).unwrap().plan(None).unwrap_err();
    assert_eq!(err.detail("field"), Some("total"), "an inexact mapping applies nothing: {err}");

    let mut value: serde_json::Value = serde_json::from_str(&body).unwrap();
    value["currency"] = "XXQ".into();
    let err = shopify::observe("orders/create", value.to_string().as_bytes()).unwrap_err();
    assert_eq!(err.detail("field"), Some("currency"));

    let err = shopify::observe("products/create", b"{}").unwrap_err();
    assert_eq!(err.detail("field"), Some("topic"));
    let err = shopify::observe("orders/create", b"webhook_id=12").unwrap_err();
    assert_eq!(err.detail("field"), Some("$"));
    let big = vec![b' '; postpurchase::platforms::MAX_BODY_BYTES + 1];
    assert_eq!(shopify::observe("orders/create", &big).unwrap_err().kind(), ErrorKind::PlatformPayloadTooLarge);

    // unknown fields are ignored
    let mut value: serde_json::Value = serde_json::from_str(&body).unwrap();
    value["a_field_from_a_future_api_version"] = serde_json::json!({"x": [1, 2]});
    value["line_items"][0]["another_one"] = true.into();
    assert!(shopify::observe("orders/create", value.to_string().as_bytes()).is_ok());
}

fn sign(body: &[u8], secret: &str) -> String {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body);
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

#[test]
fn deliveries_are_verified_over_the_raw_body_with_either_secret_of_a_rotation() {
    let body = fixture("shopify/orders_create.json");
    let headers = |sig: &str| {
        vec![
            ("x-shopify-hmac-sha256".to_string(), sig.to_string()),
            ("X-Shopify-Topic".to_string(), "orders/create".to_string()),
            ("X-Shopify-Event-Id".to_string(), "98880550-7158-44d4-b7cd-2c97c8a091b5".to_string()),
        ]
    };
    let as_refs = |h: &[(String, String)]| h.iter().map(|(k, v)| (k.clone(), v.clone())).collect::<Vec<_>>();
    for secret in ["old-secret", "new-secret"] {
        let h = as_refs(&headers(&sign(&body, secret)));
        let h: Vec<(&str, &str)> = h.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let d = verify(Platform::Shopify, &h, &body, &["new-secret", "old-secret"]).unwrap();
        assert_eq!((d.id.as_str(), d.topic.as_str()), ("98880550-7158-44d4-b7cd-2c97c8a091b5", "orders/create"));
        assert_eq!(d.triggered_at, None);
    }
    // the delivery's time, when Shopify sends it; a malformed one is named
    let mut timed = as_refs(&headers(&sign(&body, "new-secret")));
    timed.push(("X-Shopify-Triggered-At".to_string(), "2026-03-11T09:00:00.123Z".to_string()));
    let h: Vec<(&str, &str)> = timed.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let d = verify(Platform::Shopify, &h, &body, &["new-secret"]).unwrap();
    assert_eq!(d.triggered_at.map(|t| t.to_rfc3339()), Some("2026-03-11T09:00:00.123+00:00".to_string()));
    timed.last_mut().unwrap().1 = "yesterday".to_string();
    let h: Vec<(&str, &str)> = timed.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(
        verify(Platform::Shopify, &h, &body, &["new-secret"]).unwrap_err().detail("header"),
        Some("X-Shopify-Triggered-At")
    );
    let forged = as_refs(&headers(&sign(&body, "someone-else")));
    let forged: Vec<(&str, &str)> = forged.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let err = verify(Platform::Shopify, &forged, &body, &["new-secret"]).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::WebhookSignatureMismatch);
    // a body changed by one byte after signing
    let signed = as_refs(&headers(&sign(&body, "new-secret")));
    let signed: Vec<(&str, &str)> = signed.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut changed = body.clone();
    changed[10] ^= 1;
    assert_eq!(
        verify(Platform::Shopify, &signed, &changed, &["new-secret"]).unwrap_err().kind(),
        ErrorKind::WebhookSignatureMismatch
    );

    let woo_body = fixture("woocommerce/order_created.json");
    let sig = sign(&woo_body, "wc-secret");
    let h = [
        ("X-WC-Webhook-Signature", sig.as_str()),
        ("X-WC-Webhook-Topic", "order.created"),
        ("X-WC-Webhook-Delivery-ID", "1b4c1e0a"),
    ];
    let d = verify(Platform::WooCommerce, &h, &woo_body, &["wc-secret"]).unwrap();
    assert_eq!((d.id.as_str(), d.topic.as_str()), ("1b4c1e0a", "order.created"));
    let no_id = &h[..2];
    assert_eq!(
        verify(Platform::WooCommerce, no_id, &woo_body, &["wc-secret"]).unwrap_err().kind(),
        ErrorKind::InvalidInput
    );
}

#[test]
fn a_woocommerce_order_through_its_successive_bodies() {
    let created = woocommerce::observe("order.created", &fixture("woocommerce/order_created.json")).unwrap();
    let (order, steps) = run(None, &created);
    assert_eq!(steps, 1, "placed, not paid yet");
    assert_eq!(order.total(), usd("65.58"));
    let line = order.lines().iter().find(|l| l.id().as_str() == "315").unwrap();
    assert_eq!(line.spec.unit_price, usd("20.00"));
    assert_eq!(line.spec.discounts, vec![usd("4.00")]);
    assert_eq!(line.spec.taxes[0].rate.to_string(), "0.075");
    let (order, steps) = run(Some(order), &woo("order_updated_paid.json"));
    assert_eq!((steps, order.payment_status()), (1, PaymentStatus::Paid));
    let (order, steps) = run(Some(order), &woo("order_updated_tracking.json"));
    assert_eq!(steps, 2);
    assert_eq!(order.fulfilment_status(), FulfilmentStatus::Fulfilled);
    let parcel = order.shipments().values().next().unwrap();
    assert_eq!(
        (parcel.spec.carrier.as_str(), parcel.spec.tracking_number.as_deref()),
        ("usps", Some("9400111899223197428490"))
    );
    let (order, steps) = run(Some(order), &woo("order_updated_completed.json"));
    assert_eq!(steps, 0, "completed with a tracked parcel: nothing new");
    let (order, steps) = run(Some(order), &woo("order_updated_refund.json"));
    assert_eq!((steps, order.refunded()), (1, usd("16.13")));
    // an older body arriving late changes nothing
    for late in ["order_updated_paid.json", "order_updated_tracking.json", "order_created.json"] {
        assert!(woo(late).plan(Some(&order)).unwrap().is_empty(), "{late}");
    }
}

#[test]
fn woocommerce_guests_cancellations_and_what_it_does_not_say() {
    let (order, _) = run(None, &woo("order_guest_cancelled.json"));
    assert_eq!(order.customer().as_str(), "guest:728");
    assert_eq!(order.fulfilment_status(), FulfilmentStatus::Cancelled);
    for (file, field) in
        [("order_two_parcels.json", "meta_data._wc_shipment_tracking_items"), ("order_with_fee.json", "fee_lines")]
    {
        let err = woocommerce::observe("order.updated", &fixture(&format!("woocommerce/{file}"))).unwrap_err();
        assert_eq!((err.kind(), err.detail("field")), (ErrorKind::PlatformUnmappable, Some(field)), "{file}");
    }
}

#[test]
fn a_medusa_order_placed_shipped_delivered_and_refunded() {
    let seen = medusa::observe(&fixture("medusa/order_placed.json")).unwrap();
    let (order, steps) = run(None, &seen);
    assert_eq!(steps, 3, "placed, authorised, captured");
    assert_eq!(order.total(), Money::parse("73.99", "EUR").unwrap());
    let (order, _) = run(Some(order), &medusa::observe(&fixture("medusa/order_shipped.json")).unwrap());
    assert_eq!(order.fulfilment_status(), FulfilmentStatus::PartiallyFulfilled);
    let (order, _) = run(Some(order), &medusa::observe(&fixture("medusa/order_delivered_refunded.json")).unwrap());
    assert_eq!(order.shipments().values().next().unwrap().status(), TrackingStatus::Delivered);
    assert_eq!(order.refunded(), Money::parse("12.50", "EUR").unwrap());
}

#[test]
fn a_shopify_refund_for_a_return_opens_receives_and_pays_the_return_once() {
    let (order, _) = run(None, &shop("orders/create", "orders_create.json"));
    let (order, _) = run(Some(order), &shop("fulfillments/create", "fulfillments_create_partial.json"));
    let (order, _) = run(Some(order), &shop("fulfillments/update", "fulfillments_update_delivered.json"));
    let seen = shop("refunds/create", "refunds_create_return.json");
    let plan = seen.plan(Some(&order)).unwrap();
    let kinds: Vec<&str> = plan.steps().iter().map(|s| s.key().as_str().split(':').nth(1).unwrap()).collect();
    assert_eq!(kinds, ["return", "return-receive", "refund"], "opened (the policy approves it), received, paid");
    let order = plan.apply(Some(order)).unwrap();
    let case = order.returns().next().unwrap();
    assert_eq!(case.id.as_str(), "7364812");
    assert_eq!(case.status, postpurchase::returns::ReturnStatus::Refunded);
    let paid = case.refund.as_ref().unwrap();
    // the iPod's value 200.34 (199.00 - 10.00 discount + 11.34 tax); the shop kept 5.00
    assert_eq!((paid.lines[0].total, paid.total, paid.restocking_fee), (usd("200.34"), usd("195.34"), usd("5.00")));
    assert_eq!(order.refunded(), usd("195.34"));
    let ipod = order.lines().iter().find(|l| l.id().as_str() == "866550311766439020").unwrap();
    assert_eq!((ipod.counts.returned, ipod.counts.refunded), (1, 1));
    // the same delivery again: nothing
    assert!(seen.plan(Some(&order)).unwrap().is_empty());
    // a second refund of the paid return (another id, 4.00 more): a refund of the payment
    let mut body: serde_json::Value = serde_json::from_slice(&fixture("shopify/refunds_create_return.json")).unwrap();
    body["id"] = 509562971u64.into();
    body["transactions"][0]["amount"] = "4.00".into();
    let more = shopify::observe("refunds/create", &serde_json::to_vec(&body).unwrap()).unwrap();
    let plan = more.plan(Some(&order)).unwrap();
    assert!(matches!(plan.steps(), [s] if matches!(s.command(), postpurchase::OrderCommand::RefundPayment { .. })));
    let order = plan.apply(Some(order)).unwrap();
    assert_eq!(order.refunded(), usd("199.34"));
    // more than is left on the order: refused whole
    body["id"] = 509562972u64.into();
    body["transactions"][0]["amount"] = "999.00".into();
    let e = shopify::observe("refunds/create", &serde_json::to_vec(&body).unwrap())
        .unwrap()
        .plan(Some(&order))
        .unwrap_err();
    assert_eq!(e.code(), "payment.amount_exceeds_available");
}

fn shop_at(topic: &str, file: &str, at: &str) -> Observed {
    let at = chrono::DateTime::parse_from_rfc3339(at).unwrap().with_timezone(&chrono::Utc);
    shopify::observe_at(topic, &fixture(&format!("shopify/{file}")), Some(at)).unwrap()
}

#[test]
fn shopify_return_bodies_move_the_return_with_the_delivery_time_and_the_shops_policy() {
    use postpurchase::returns::{EligibilityContext, ReturnPolicy, ReturnStatus};
    let (order, _) = run(None, &shop("orders/create", "orders_create.json"));
    let (order, _) = run(Some(order), &shop("fulfillments/create", "fulfillments_create_partial.json"));
    let (delivered, _) = run(Some(order), &shop("fulfillments/update", "fulfillments_update_delivered.json"));
    // the body carries no time: without the delivery's, it is refused by name
    let e = shopify::observe("returns/request", &fixture("shopify/returns_request.json")).unwrap_err();
    assert_eq!(e.detail("field"), Some("triggered_at"));
    let request = shop_at("returns/request", "returns_request.json", "2026-03-11T09:00:00Z");
    assert_eq!(request.returns[0].lines[0].reason, postpurchase::returns::ReturnReason::DoesNotFit);
    // the default policy allows it and approves it at once; the approval body then changes nothing
    let (order, _) = run(Some(delivered.clone()), &request);
    assert_eq!(order.returns().next().unwrap().status, ReturnStatus::Approved);
    let approve = shop_at("returns/approve", "returns_approve.json", "2026-03-11T10:00:00Z");
    assert!(approve.plan(Some(&order)).unwrap().is_empty());
    // a shop whose policy denies it: declined here, then approved over the denial by Shopify's approval
    let strict = ReturnPolicy::from_json(r#"{"window": {"days": 1}}"#).unwrap();
    let ctx = EligibilityContext::default();
    let plan = request.plan_with(Some(&delivered), &strict, &ctx).unwrap();
    let strict_order = plan.apply(Some(delivered.clone())).unwrap();
    assert_eq!(strict_order.returns().next().unwrap().status, ReturnStatus::Declined);
    let plan = approve.plan_with(Some(&strict_order), &strict, &ctx).unwrap();
    let strict_order = plan.apply(Some(strict_order)).unwrap();
    let case = strict_order.returns().next().unwrap();
    assert_eq!(case.status, ReturnStatus::Approved);
    assert_eq!(case.override_reason.as_deref(), Some("accepted on shopify"));
    // then its refund: received and paid; the close body changes nothing
    let (strict_order, _) = run(Some(strict_order), &shop("refunds/create", "refunds_create_return.json"));
    assert_eq!(strict_order.returns().next().unwrap().status, ReturnStatus::Refunded);
    let close = shop_at("returns/close", "returns_close.json", "2026-03-13T10:00:00Z");
    assert!(close.plan(Some(&strict_order)).unwrap().is_empty());
    // declined on Shopify after our policy approved it: closed here (cancelled), with nothing received
    let decline = shop_at("returns/decline", "returns_decline.json", "2026-03-11T11:00:00Z");
    let (declined, steps) = run(Some(order), &decline);
    assert_eq!(steps, 1);
    assert_eq!(declined.returns().next().unwrap().status, ReturnStatus::Cancelled);
    // a decision on a return we never saw names no units: nothing to record
    assert!(decline.plan(Some(&delivered)).unwrap().is_empty());
}

#[test]
fn a_medusa_return_is_accepted_then_received_and_paid_by_its_linked_refund() {
    let eur = |a: &str| Money::parse(a, "EUR").unwrap();
    let (order, _) = run(None, &medusa::observe(&fixture("medusa/order_placed.json")).unwrap());
    let (order, _) = run(Some(order), &medusa::observe(&fixture("medusa/order_shipped.json")).unwrap());
    let (order, _) = run(Some(order), &medusa::observe(&fixture("medusa/order_delivered_refunded.json")).unwrap());
    // requested on Medusa: the shop accepted it (Medusa has no approval step)
    let (order, _) = run(Some(order), &medusa::observe(&fixture("medusa/order_return_requested.json")).unwrap());
    let case = order.returns().next().unwrap();
    assert_eq!(case.id.as_str(), "return_01");
    assert_eq!(case.status, postpurchase::returns::ReturnStatus::Approved);
    // received (one unit resellable, one damaged) and paid 30.00 by the refund its transaction names
    let seen = medusa::observe(&fixture("medusa/order_returned.json")).unwrap();
    let (order, steps) = run(Some(order), &seen);
    assert_eq!(steps, 2, "received, then the refund recorded on the return");
    let case = order.returns().next().unwrap();
    assert_eq!(case.status, postpurchase::returns::ReturnStatus::Refunded);
    let paid = case.refund.as_ref().unwrap();
    assert_eq!((paid.total, paid.restocking_fee), (eur("30.00"), eur("6.00")), "two shirts at 18.00, 30.00 paid");
    assert_eq!(order.refunded(), eur("42.50"), "the earlier 12.50 goodwill refund stays a refund of the payment");
    let shirt = &order.lines()[0];
    assert_eq!((shirt.counts.returned, shirt.counts.refunded), (2, 2));
    assert!(seen.plan(Some(&order)).unwrap().is_empty(), "the same document again changes nothing");
    // the whole history in one document, to an order that never saw the return: the same end
    let (fresh, _) = run(None, &seen);
    assert_eq!(fresh.returns().next().unwrap().refund, order.returns().next().unwrap().refund);
    // cancelled on Medusa before it arrived: the return is cancelled here too
    let mut body: serde_json::Value = serde_json::from_slice(&fixture("medusa/order_return_requested.json")).unwrap();
    body["order"]["returns"][0]["status"] = "canceled".into();
    body["order"]["returns"][0]["canceled_at"] = "2026-03-09T09:00:00.000Z".into();
    let (requested, _) = run(None, &medusa::observe(&fixture("medusa/order_return_requested.json")).unwrap());
    let (cancelled, steps) = run(Some(requested), &medusa::observe(&serde_json::to_vec(&body).unwrap()).unwrap());
    assert_eq!(steps, 1);
    assert_eq!(cancelled.returns().next().unwrap().status, postpurchase::returns::ReturnStatus::Cancelled);
    body["order"]["returns"][0]["status"] = "lost_in_space".into();
    body["order"]["returns"][0]["canceled_at"] = serde_json::Value::Null;
    let e = medusa::observe(&serde_json::to_vec(&body).unwrap()).unwrap_err();
    assert_eq!(e.detail("field"), Some("order.returns[0].status"));
}

const SHOPIFY_SEQUENCE: &[(&str, &str)] = &[
    ("fulfillments/create", "fulfillments_create_partial.json"),
    ("fulfillments/update", "fulfillments_update_in_transit.json"),
    ("fulfillments/update", "fulfillments_update_delayed.json"),
    ("fulfillments/update", "fulfillments_update_delivered.json"),
    ("refunds/create", "refunds_create_cancel.json"),
    ("refunds/create", "refunds_create_no_restock.json"),
    ("orders/updated", "orders_updated_after_refund.json"),
];

const RETURN_SEQUENCE: &[(&str, &str)] = &[
    ("fulfillments/create", "fulfillments_create_partial.json"),
    ("fulfillments/update", "fulfillments_update_in_transit.json"),
    ("fulfillments/update", "fulfillments_update_delivered.json"),
    ("refunds/create", "refunds_create_return.json"),
];

/// The order after `sequence` delivered once in order, and after the deliveries `picks` names
/// (in that order, repeats included) followed by the whole sequence again: (picked, expected).
fn replay(sequence: &[(&str, &str)], picks: &[usize]) -> (Order, Order) {
    let bodies: Vec<Observed> = sequence.iter().map(|(t, f)| shop(t, f)).collect();
    let (start, _) = run(None, &shop("orders/create", "orders_create.json"));
    let mut expected = start.clone();
    for b in &bodies {
        expected = run(Some(expected), b).0;
    }
    let mut order = start;
    for &i in picks {
        // a delivery a rule refuses now (a scan before its shipment exists) is retried later
        if let Some(Ok(plan)) = bodies.get(i).map(|b| b.plan(Some(&order))) {
            order = plan.apply(Some(order)).unwrap();
        }
    }
    for b in &bodies {
        order = run(Some(order), b).0;
    }
    (order, expected)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Deliveries come in any order, some twice: once the order is placed, the order ends in the
    /// same state as when they came in order once each.
    #[test]
    fn any_order_and_any_repeats_of_the_deliveries_end_in_the_same_order(
        picks in proptest::collection::vec(0..SHOPIFY_SEQUENCE.len(), 0..12),
    ) {
        let (order, expected) = replay(SHOPIFY_SEQUENCE, &picks);
        let parcel = |o: &Order| o.shipments().values().map(|s| (s.status(), s.delivered_at)).collect::<Vec<_>>();
        prop_assert_eq!(parcel(&order), parcel(&expected));
        prop_assert_eq!(order.refunded(), expected.refunded());
        prop_assert_eq!(order.captured(), expected.captured());
        prop_assert_eq!(order.fulfilment_status(), expected.fulfilment_status());
        prop_assert_eq!(order.lines(), expected.lines());
    }

    /// The same for a return paid by a refund: whether its refund comes before the parcel was
    /// delivered, after, or twice, the return ends refunded once for the same money and units.
    #[test]
    fn a_return_refund_in_any_order_pays_once(picks in proptest::collection::vec(0..RETURN_SEQUENCE.len(), 0..10)) {
        let (order, expected) = replay(RETURN_SEQUENCE, &picks);
        prop_assert_eq!(order.refunded(), expected.refunded());
        prop_assert_eq!(order.lines(), expected.lines());
        let paid = |o: &Order| o.returns().map(|c| (c.status, c.refund.as_ref().map(|r| r.total))).collect::<Vec<_>>();
        prop_assert_eq!(paid(&order), paid(&expected));
    }
}
