//! The customer's view of an order in the situations a tracking page meets: on its way, late
//! with a new estimate, presumed lost, delivered with returns open, and refunded. Texts are
//! pinned in English and Italian; the facts are the engines' own values.

mod common;

use chrono::{DateTime, Utc};
use postpurchase::customer::{ActionKind, Localizer, OrderView, Sources, StepKind, StepState, order_view};
use postpurchase::loyalty::{LoyaltyCommand, Member, Programme};
use postpurchase::returns::{EligibilityContext, ReturnPolicy};
use postpurchase::*;
use serde_json::{Value, json};

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn policy() -> ReturnPolicy {
    ReturnPolicy::from_json(include_str!("../../examples/return_policy.json")).unwrap()
}

fn programme() -> Programme {
    Programme::from_json(include_str!("../../examples/loyalty_programme.json")).unwrap()
}

/// An order of trail shoes and two pairs of socks (hygiene), paid, in one shipment promised for
/// 5 March, then `steps` (order commands as JSON, each with its time).
fn order_events(steps: &[(&str, Value)]) -> Vec<OrderEvent> {
    let new: NewOrder = serde_json::from_value(json!({
        "id": "o-1001", "customer": "c-7", "currency": "EUR", "placed_at": "2026-03-02T09:00:00Z",
        "lines": [
            {"id": "l1", "sku": "SHOE-42", "title": "Trail shoes", "quantity": 1,
             "unit_price": {"amount": "89.90", "currency": "EUR"}, "category": "shoes"},
            {"id": "l2", "sku": "SOCK-M", "title": "Wool socks", "quantity": 2,
             "unit_price": {"amount": "9.95", "currency": "EUR"}, "flags": {"hygiene": true}}
        ],
        "shipping": {"amount": "4.90", "currency": "EUR"},
        "tax_mode": "inclusive"
    }))
    .unwrap();
    let mut events = Order::place(new, &meta("place", "2026-03-02T09:00:00Z")).unwrap();
    let mut o = Order::from_events(&events).unwrap();
    let mut all = vec![
        (
            "2026-03-02T09:00:01Z",
            json!({"type": "capture_payment", "payment": "pay-1", "amount": {"amount": "114.70", "currency": "EUR"}}),
        ),
        (
            "2026-03-02T15:00:00Z",
            json!({"type": "create_shipment", "shipment": {
            "id": "s1", "lines": [{"line": "l1", "quantity": 1}, {"line": "l2", "quantity": 2}],
            "carrier": "DHL", "tracking_number": "JD0142", "promised_by": "2026-03-05T18:00:00Z"}}),
        ),
        ("2026-03-02T16:00:00Z", scan("2026-03-02T16:00:00Z", "info_received", None)),
    ];
    all.extend(steps.iter().cloned());
    let (policy, ctx) = (policy(), EligibilityContext::default());
    let with_policy = OrderContext { returns: Some((&policy, &ctx)) };
    for (n, (at, cmd)) in all.into_iter().enumerate() {
        let cmd: OrderCommand = serde_json::from_value(cmd).unwrap();
        events.extend(o.handle_with(&cmd, &with_policy, &meta(&format!("k{n}"), at)).unwrap());
    }
    events
}

fn order(steps: &[(&str, Value)]) -> Order {
    Order::from_events(&order_events(steps)).unwrap()
}

fn meta(key: &str, at: &str) -> CommandMeta {
    CommandMeta::new(IdempotencyKey::new(key).unwrap(), t(at))
}

fn scan(at: &str, status: &str, location: Option<&str>) -> Value {
    json!({"type": "record_tracking", "shipment": "s1",
           "event": {"occurred_at": at, "status": status, "location": location}})
}

fn view(o: &Order, now: &str, locale: &str, member: Option<&Member>) -> OrderView {
    let (policy, programme) = (policy(), programme());
    let (ctx, th) = (EligibilityContext::default(), DelayThresholds::default());
    let sources = Sources {
        order: o,
        policy: &policy,
        context: &ctx,
        loyalty: member.map(|m| (&programme, m)),
        thresholds: &th,
        arrivals: &[],
        now: t(now),
    };
    order_view(&sources, &Localizer::new(locale).unwrap()).unwrap()
}

fn timeline(v: &OrderView) -> Vec<(StepKind, StepState, &str)> {
    v.shipments[0].timeline.iter().map(|s| (s.step, s.state, s.statement.text.as_str())).collect()
}

fn in_transit() -> Vec<(&'static str, Value)> {
    vec![("2026-03-03T08:00:00Z", scan("2026-03-03T08:00:00Z", "in_transit", Some("Milan")))]
}

#[test]
fn on_its_way_shows_the_path_and_the_promise() {
    let o = order(&in_transit());
    let v = view(&o, "2026-03-03T12:00:00Z", "en-IE", None);
    assert_eq!(v.headline.text, "Your order is on its way.");
    use StepKind as K;
    use StepState as S;
    assert_eq!(
        timeline(&v),
        vec![
            (K::Ordered, S::Done, "Order placed on 2 March 2026"),
            (K::Packed, S::Done, "Packed on 2 March 2026"),
            (K::HandedToCarrier, S::Done, "Handed to DHL on 3 March 2026"),
            (K::InTransit, S::Current, "In transit, last seen in Milan on 3 March 2026"),
            (K::OutForDelivery, S::Upcoming, "Out for delivery"),
            (K::Delivered, S::Upcoming, "Delivery expected by 5 March 2026"),
        ]
    );
    assert_eq!(v.next.text, "It should arrive by 5 March 2026.");
    assert_eq!(v.shipments[0].estimate, Some(t("2026-03-05T18:00:00Z")));
    // nothing can be returned before delivery, and the view says why
    let returns: Vec<_> = v.actions.iter().map(|a| (a.action, a.available, a.statement.text.as_str())).collect();
    assert_eq!(
        returns,
        vec![
            (ActionKind::Return, false, "Trail shoes cannot be returned: it has not been delivered yet."),
            (ActionKind::Return, false, "Wool socks cannot be returned: hygiene items cannot be returned."),
        ]
    );
    let it = view(&o, "2026-03-03T12:00:00Z", "it-IT", None);
    assert_eq!(it.next.text, "Dovrebbe arrivare entro il 5 marzo 2026.");
    assert_eq!(it.shipments[0].timeline[3].statement.text, "In transito, ultimo passaggio a Milan il 3 marzo 2026");
    // the facts do not depend on the language
    assert_eq!(it.shipments[0].timeline[3].statement.facts, v.shipments[0].timeline[3].statement.facts);
}

#[test]
fn a_late_parcel_shows_the_carriers_new_estimate_and_offers_a_report() {
    let o = order(&late_with_estimate());
    let v = view(&o, "2026-03-06T09:00:00Z", "en-IE", None);
    let s = &v.shipments[0];
    assert!(s.delay.late && !s.delay.presumed_lost);
    assert_eq!(s.estimate, Some(t("2026-03-07T18:00:00Z")));
    assert_eq!(v.headline.text, "Your order is running late.");
    assert_eq!(v.next.text, "It is late: it should now arrive by 7 March 2026.");
    let delayed = s.timeline.iter().find(|x| x.step == StepKind::Delayed).unwrap();
    assert_eq!(delayed.state, StepState::Current);
    assert_eq!(delayed.statement.text, "DHL reported a delay: the new estimate is 7 March 2026.");
    let report = v.actions.iter().find(|a| a.action == ActionKind::ReportProblem).unwrap();
    assert_eq!((report.subject.as_str(), report.code.as_str()), ("s1", "delay.late"));
    assert_eq!(report.statement.text, "The parcel is late: report it and we will chase DHL.");
    // an old event without the new field still reads (the stored format did not change)
    let old: CarrierEvent =
        serde_json::from_str(r#"{"occurred_at": "2026-03-05T07:00:00Z", "status": "in_transit"}"#).unwrap();
    assert_eq!(old.estimated_delivery, None);
    assert!(!serde_json::to_string(&old).unwrap().contains("estimated_delivery"));
}

#[test]
fn a_silent_parcel_is_presumed_lost_and_can_be_claimed() {
    let o = order(&in_transit());
    let v = view(&o, "2026-03-11T09:00:00Z", "en-IE", None);
    let s = &v.shipments[0];
    assert!(s.delay.presumed_lost);
    assert_eq!(v.next.text, "We think the parcel is lost: claim it and we will send a replacement or a refund.");
    let lost = s.timeline.last().unwrap();
    assert_eq!((lost.step, lost.state), (StepKind::Lost, StepState::Current));
    assert_eq!(lost.statement.text, "No news of the parcel since 3 March 2026: we think it is lost.");
    let claim: Vec<_> = v.open_actions().filter(|a| a.action == ActionKind::ClaimLost).collect();
    assert_eq!(claim.len(), 1);
    assert_eq!(claim[0].code, "delay.presumed_lost");
    let it = view(&o, "2026-03-11T09:00:00Z", "it-IT", None);
    assert_eq!(
        it.actions.iter().find(|a| a.action == ActionKind::ClaimLost).unwrap().statement.text,
        "Segnala il pacco smarrito: ti invieremo un articolo sostitutivo o un rimborso."
    );
}

fn delivered() -> Vec<(&'static str, Value)> {
    let mut steps = in_transit();
    steps.push(("2026-03-04T07:00:00Z", scan("2026-03-04T07:00:00Z", "out_for_delivery", None)));
    steps.push(("2026-03-04T10:00:00Z", scan("2026-03-04T10:00:00Z", "delivered", None)));
    steps
}

fn member_with_points(o: &Order) -> Member {
    let p = programme();
    let mut m = Member::new(o.customer().clone());
    let earn: LoyaltyCommand = serde_json::from_value(json!({
        "type": "earn_order", "order": "o-1001",
        "lines": [{"line": "l1", "spend": {"amount": "89.90", "currency": "EUR"}},
                  {"line": "l2", "spend": {"amount": "19.90", "currency": "EUR"}}],
        "delivered_at": "2026-03-04T10:00:00Z", "return_window_end": "2026-04-03T21:59:59Z"}))
    .unwrap();
    m.handle(&earn, &p, &meta("earn", "2026-03-04T10:00:00Z")).unwrap();
    m
}

#[test]
fn delivered_items_show_their_return_deadline_refund_and_pending_points() {
    let o = order(&delivered());
    let m = member_with_points(&o);
    let v = view(&o, "2026-03-10T09:00:00Z", "en-IE", Some(&m));
    assert_eq!(v.headline.text, "Your order has been delivered.");
    assert!(timeline(&v).iter().all(|(_, s, _)| *s == StepState::Done));
    let shoes = v.actions.iter().find(|a| a.action == ActionKind::Return && a.subject == "l1").unwrap();
    assert!(shoes.available);
    // shoes: 60 days (category override), to the end of the local day in Berlin
    assert_eq!(shoes.deadline, Some(t("2026-05-03T22:00:00Z")));
    assert_eq!(shoes.days_left, Some(54));
    // 89.90 less 15% restocking (changed mind) and 4.95 return shipping
    assert_eq!(shoes.refund.unwrap().amount().to_string(), "71.46");
    assert_eq!(shoes.fees.unwrap().amount().to_string(), "18.44");
    assert_eq!(
        shoes.statement.text,
        "You can return Trail shoes until 3 May 2026 (54 days left): you would get €71.46 back on your original payment."
    );
    let exchange = v.actions.iter().find(|a| a.action == ActionKind::Exchange).unwrap();
    assert_eq!(exchange.statement.text, "You can exchange Trail shoes for another size or item until 3 May 2026.");
    assert!(!v.actions.iter().any(|a| a.subject == "l2" && a.available));
    let points = v.points.as_ref().unwrap();
    assert_eq!(points.pending, 118);
    let texts: Vec<_> = points.statements.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        vec!["118 points from this order become available on 3 April 2026.", "You have 0 points to spend."]
    );
    let it = view(&o, "2026-03-10T09:00:00Z", "it-IT", Some(&m));
    let shoes_it = it.actions.iter().find(|a| a.action == ActionKind::Return && a.subject == "l1").unwrap();
    assert_eq!(
        shoes_it.statement.text,
        "Puoi restituire Trail shoes fino al 3 maggio 2026 (mancano 54 giorni): riceveresti 71,46\u{a0}€ sul metodo di pagamento originale."
    );
    // the window closes: the view says so, with the date
    let late = view(&o, "2026-05-04T09:00:00Z", "en-IE", None);
    let shoes = late.actions.iter().find(|a| a.subject == "l1").unwrap();
    assert!(!shoes.available);
    assert_eq!(shoes.code, "return.window_closed");
    assert_eq!(shoes.statement.text, "Trail shoes cannot be returned: the return window closed on 3 May 2026.");
}

/// Delivered, then the shoes returned (does not fit), received and refunded.
fn refunded() -> Vec<(&'static str, Value)> {
    let mut steps = delivered();
    steps.push((
        "2026-03-08T10:00:00Z",
        json!({"type": "return", "command": {"action": "request", "request": {
            "id": "r-1", "customer": "c-7", "method": "original_payment",
            "lines": [{"line": "l1", "quantity": 1, "reason": "does_not_fit"}]}}}),
    ));
    steps.push((
        "2026-03-12T10:00:00Z",
        json!({"type": "return", "command": {"action": "receive", "return_id": "r-1",
            "items": [{"line": "l1", "quantity": 1, "condition": "resellable"}]}}),
    ));
    steps
        .push(("2026-03-12T11:00:00Z", json!({"type": "return", "command": {"action": "refund", "return_id": "r-1"}})));
    steps
}

#[test]
fn a_refunded_return_says_how_much_went_where() {
    let o = order(&refunded());
    let v = view(&o, "2026-03-13T09:00:00Z", "en-IE", None);
    assert_eq!(v.returns.len(), 1);
    let r = &v.returns[0];
    assert_eq!(r.refunded.unwrap().amount().to_string(), "75.96");
    assert_eq!(r.statement.text, "Return r-1: €75.96 refunded to your original payment.");
    // the shoes are back: nothing more of them can be returned
    let shoes = v.actions.iter().find(|a| a.subject == "l1" && a.action == ActionKind::Return).unwrap();
    assert_eq!((shoes.available, shoes.code.as_str()), (false, "return.already_returned"));
    assert_eq!(v.headline.text, "Part of your order has been returned.");
}

#[test]
fn a_ledger_of_another_customer_is_refused() {
    let o = order(&in_transit());
    let m = Member::new(CustomerId::new("someone-else").unwrap());
    let (policy, programme) = (policy(), programme());
    let (ctx, th) = (EligibilityContext::default(), DelayThresholds::default());
    let sources = Sources {
        order: &o,
        policy: &policy,
        context: &ctx,
        loyalty: Some((&programme, &m)),
        thresholds: &th,
        arrivals: &[],
        now: t("2026-03-03T12:00:00Z"),
    };
    let e = order_view(&sources, &Localizer::new("en").unwrap()).unwrap_err();
    assert_eq!(e.code(), "input.invalid");
}

#[test]
fn answers_come_from_the_view() {
    use postpurchase::customer::{Question, answer};
    let o = order(&delivered());
    let m = member_with_points(&o);
    let v = view(&o, "2026-03-10T09:00:00Z", "en-IE", Some(&m));
    let loc = Localizer::new("en-IE").unwrap();
    let ask = |q: Question| answer(&q, &v, &loc).unwrap().text;
    assert_eq!(ask(Question::WhereIsMyOrder), "Your order has been delivered. Delivered on 4 March 2026.");
    assert_eq!(
        ask(Question::CanIReturn { line: Some("l2".into()) }),
        "Wool socks cannot be returned: hygiene items cannot be returned."
    );
    assert_eq!(
        ask(Question::HowDoIReturn { line: None }),
        "Start the return from your order page and choose how you want your money back; then pack the items and send them back with the label. For Trail shoes, €18.44 in fees is kept (restocking and return shipping), so you get €71.46 back."
    );
    assert_eq!(ask(Question::WhereIsMyRefund), "There is no return on this order yet.");
    assert_eq!(
        ask(Question::HowManyPoints),
        "118 points from this order become available on 3 April 2026. You have 0 points to spend."
    );
    let late = order(&in_transit());
    let lv = view(&late, "2026-03-06T09:00:00Z", "en-IE", None);
    assert_eq!(
        answer(&Question::WhenWillItArrive, &lv, &loc).unwrap().text,
        "There has been no news from the carrier since 3 March 2026; we are following it up."
    );
    // a question about a line the order does not have, or in another language, is refused
    let e = answer(&Question::CanIReturn { line: Some("nope".into()) }, &v, &loc).unwrap_err();
    assert_eq!(e.code(), "input.invalid");
    let e = answer(&Question::WhereIsMyOrder, &v, &Localizer::new("it").unwrap()).unwrap_err();
    assert_eq!(e.code(), "input.invalid");
    assert_eq!(Question::parse("how_many_points", None).unwrap(), Question::HowManyPoints);
    assert_eq!(Question::parse("what_is_love", None).unwrap_err().code(), "input.invalid");
}

fn intent(kind: postpurchase::notify::NotificationKind, payload: &[(&str, &str)]) -> postpurchase::notify::Intent {
    postpurchase::notify::Intent {
        kind,
        customer: CustomerId::new("c-7").unwrap(),
        channel: postpurchase::notify::Channel::Email,
        send_at: t("2026-03-06T09:00:00Z"),
        dedupe_key: "k".into(),
        payload: payload.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        locale: None,
    }
}

#[test]
fn every_notification_kind_has_a_payload_and_text_in_both_languages() {
    use postpurchase::customer::compose;
    use postpurchase::notify::NotificationKind;
    let mut steps = in_transit();
    steps.push((
        "2026-03-05T07:00:00Z",
        json!({"type": "record_tracking", "shipment": "s1", "event": {
            "occurred_at": "2026-03-05T07:00:00Z", "status": "in_transit", "delayed": true,
            "estimated_delivery": "2026-03-07T18:00:00Z"}}),
    ));
    let o = order(&steps);
    let loyalty = [
        ("points", "250"),
        ("expires_at", "2026-03-31T20:00:00Z"),
        ("ends_at", "2026-12-31T23:00:00Z"),
        ("tier", "Gold"),
        ("expected_date", "2026-03-20"),
        ("items", "Trail shoes"),
    ];
    for locale in ["en-IE", "it-IT"] {
        let loc = Localizer::new(locale).unwrap();
        let v = view(&o, "2026-03-06T09:00:00Z", locale, None);
        for kind in NotificationKind::ALL {
            let m = compose(&intent(kind, &[("order", "o-1001"), ("shipment", "s1")]), Some(&v), &loc)
                .or_else(|_| compose(&intent(kind, &loyalty), None, &loc))
                .unwrap_or_else(|e| panic!("{kind:?} {locale}: {e}"));
            assert!(!m.subject.is_empty() && !m.body.is_empty(), "{kind:?}");
            assert!(!m.subject.contains('{') && !m.body.contains('{'), "{kind:?}: {}", m.body);
            assert_eq!(m.payload.kind, kind);
        }
    }
    let loc = Localizer::new("en-IE").unwrap();
    let v = view(&o, "2026-03-06T09:00:00Z", "en-IE", None);
    let m = compose(
        &intent(NotificationKind::InTransitDelayed, &[("order", "o-1001"), ("shipment", "s1")]),
        Some(&v),
        &loc,
    )
    .unwrap();
    assert_eq!(m.subject, "Order o-1001 is delayed");
    assert_eq!(
        m.body,
        "Your parcel with DHL is delayed: the carrier reported a delay. The new estimate is 7 March 2026."
    );
    assert_eq!(m.payload.delay_reason.as_deref(), Some("carrier_delayed"));
    assert_eq!(m.payload.estimate, Some(t("2026-03-07T18:00:00Z")));
    assert_eq!(m.payload.tracking.as_ref().unwrap().number.as_deref(), Some("JD0142"));
    let shipped =
        compose(&intent(NotificationKind::Shipped, &[("order", "o-1001"), ("shipment", "s1")]), Some(&v), &loc)
            .unwrap();
    assert_eq!(
        shipped.body,
        "Trail shoes and 2 × Wool socks left with DHL. It should arrive by 7 March 2026. Tracking number: JD0142."
    );
    // an order message without its order is refused, not sent empty
    let e = compose(&intent(NotificationKind::Shipped, &[("order", "o-1001")]), None, &loc).unwrap_err();
    assert_eq!(e.code(), "input.invalid");
    // a refund message names the amount and where it went
    let o = order(&refunded());
    for (locale, want) in [
        ("en-IE", "We refunded €75.96 to your original payment for return r-1."),
        ("it-IT", "Abbiamo rimborsato 75,96\u{a0}€ (il metodo di pagamento originale) per il reso r-1."),
    ] {
        let v = view(&o, "2026-03-12T11:00:00Z", locale, None);
        let m = compose(
            &intent(NotificationKind::ReturnRefunded, &[("order", "o-1001"), ("return", "r-1")]),
            Some(&v),
            &Localizer::new(locale).unwrap(),
        )
        .unwrap();
        assert_eq!(m.body, want);
    }
}

fn late_with_estimate() -> Vec<(&'static str, Value)> {
    let mut steps = in_transit();
    steps.push((
        "2026-03-05T07:00:00Z",
        json!({"type": "record_tracking", "shipment": "s1", "event": {
            "occurred_at": "2026-03-05T07:00:00Z", "status": "in_transit", "delayed": true,
            "location": "Bologna", "estimated_delivery": "2026-03-07T18:00:00Z"}}),
    ));
    steps
}

#[test]
fn an_intent_carries_the_recipients_locale_from_their_preferences() {
    use postpurchase::customer::{compose, recipient_localizer};
    use postpurchase::notify::{NotificationKind, NotifyPolicy, Preferences, Signal, plan};
    let prefs: Preferences =
        serde_json::from_value(json!({"customer": "c-7", "time_zone": "Europe/Rome", "locale": "it-IT"})).unwrap();
    let signal = Signal {
        kind: NotificationKind::Shipped,
        customer: CustomerId::new("c-7").unwrap(),
        occurred_at: t("2026-03-03T08:00:00Z"),
        subject: "o-1001/s1/in_transit".into(),
        payload: [("order".to_string(), "o-1001".to_string()), ("shipment".to_string(), "s1".to_string())].into(),
    };
    let intents = plan(&signal, &prefs, &NotifyPolicy::default(), &[]).unwrap();
    assert!(!intents.is_empty());
    let intent = &intents[0];
    assert_eq!(intent.locale.as_deref(), Some("it-IT"));
    let loc = recipient_localizer(intent).unwrap();
    let v = view(&order(&in_transit()), "2026-03-03T12:00:00Z", loc.locale(), None);
    let m = compose(intent, Some(&v), &loc).unwrap();
    assert_eq!(m.subject, "L'ordine o-1001 è in viaggio");
    // preferences without a locale plan intents without one, and the text is English
    let mut plain = intent.clone();
    plain.locale = None;
    assert_eq!(recipient_localizer(&plain).unwrap().language(), "en");
    assert!(!serde_json::to_string(&plain).unwrap().contains("locale"));
}

#[test]
fn an_exchange_that_arrived_promises_the_replacement_not_a_refund() {
    use postpurchase::customer::compose;
    use postpurchase::notify::NotificationKind;
    let mut steps = delivered();
    steps.push((
        "2026-03-08T10:00:00Z",
        json!({"type": "return", "command": {"action": "request", "request": {
            "id": "x-1", "customer": "c-7", "method": "exchange",
            "exchange": {"sku": "SHOE-43", "price": {"amount": "89.90", "currency": "EUR"}},
            "lines": [{"line": "l1", "quantity": 1, "reason": "does_not_fit"}]}}}),
    ));
    steps.push((
        "2026-03-12T10:00:00Z",
        json!({"type": "return", "command": {"action": "receive", "return_id": "x-1",
            "items": [{"line": "l1", "quantity": 1, "condition": "resellable"}]}}),
    ));
    let o = order(&steps);
    let v = view(&o, "2026-03-12T11:00:00Z", "en-IE", None);
    assert_eq!(v.returns[0].statement.text, "Return x-1 has arrived; your replacement is on its way.");
    let loc = Localizer::new("en-IE").unwrap();
    let m =
        compose(&intent(NotificationKind::ReturnReceived, &[("order", "o-1001"), ("return", "x-1")]), Some(&v), &loc)
            .unwrap();
    assert_eq!(m.body, "We received your return x-1; your replacement is on its way.");
}

/// Regression (#33 item 1): carriers skip scans. A parcel marked delivered with no scan, a lone
/// `delivered` scan, and in-transit straight to delivered each give a view (they failed with
/// `internal: Unknown variable: $date`); a step passed without a scan is done, without a date.
#[test]
fn a_parcel_that_skipped_scans_shows_the_skipped_steps_done_without_a_date() {
    use StepKind as K;
    use StepState as S;
    let marked = vec![(
        "2026-03-04T10:00:00Z",
        json!({"type": "mark_delivered", "shipment": "s1", "at": "2026-03-04T10:00:00Z"}),
    )];
    let lone = vec![("2026-03-04T10:00:00Z", scan("2026-03-04T10:00:00Z", "delivered", None))];
    let mut skip_out = in_transit();
    skip_out.push(("2026-03-04T10:00:00Z", scan("2026-03-04T10:00:00Z", "delivered", None)));
    for (name, steps) in [("marked", marked), ("lone", lone), ("skip_out", skip_out)] {
        let o = order(&steps);
        let v = view(&o, "2026-03-05T12:00:00Z", "en-IE", None);
        let got = timeline(&v);
        let (handed, transit) = if name == "skip_out" {
            ("Handed to DHL on 3 March 2026", "In transit, last seen in Milan on 3 March 2026")
        } else {
            ("Handed to DHL", "In transit")
        };
        assert_eq!(
            got,
            vec![
                (K::Ordered, S::Done, "Order placed on 2 March 2026"),
                (K::Packed, S::Done, "Packed on 2 March 2026"),
                (K::HandedToCarrier, S::Done, handed),
                (K::InTransit, S::Done, transit),
                (K::OutForDelivery, S::Done, "Out for delivery"),
                (K::Delivered, S::Done, "Delivered on 4 March 2026"),
            ],
            "{name}"
        );
        let undated = v.shipments[0].timeline.iter().find(|s| s.step == K::OutForDelivery).unwrap();
        assert_eq!(undated.at, None, "{name}");
        let it = view(&o, "2026-03-05T12:00:00Z", "it-IT", None);
        let texts: Vec<_> = it.shipments[0].timeline.iter().map(|s| s.statement.text.as_str()).collect();
        assert_eq!(texts[4], "In consegna", "{name}");
        assert_eq!(texts[5], "Consegnato il 4 marzo 2026", "{name}");
    }
}

/// Regression (#33 item 3): under `"require": "shipped"`, the units of a parcel the carrier
/// declared lost, or that is presumed lost, are claimable and never returnable: the engine says
/// `return.parcel_lost` and the view offers the claim, not a return or an exchange.
#[test]
fn a_lost_parcel_under_require_shipped_is_claimable_not_returnable() {
    let mut policy = policy();
    policy.require = postpurchase::returns::ShippingRequirement::Shipped;
    let declared = vec![("2026-03-04T10:00:00Z", scan("2026-03-04T10:00:00Z", "lost", None))];
    for (name, steps, now) in
        [("declared", declared, "2026-03-05T12:00:00Z"), ("presumed", in_transit(), "2026-03-11T09:00:00Z")]
    {
        let o = order(&steps);
        let (programme, ctx, th) = (programme(), EligibilityContext::default(), DelayThresholds::default());
        let _ = programme;
        let sources = Sources {
            order: &o,
            policy: &policy,
            context: &ctx,
            loyalty: None,
            thresholds: &th,
            arrivals: &[],
            now: t(now),
        };
        let v = order_view(&sources, &Localizer::new("en-IE").unwrap()).unwrap();
        let open: Vec<_> = v.open_actions().map(|a| a.action).collect();
        assert!(open.contains(&ActionKind::ClaimLost), "{name}: {open:?}");
        assert!(!open.contains(&ActionKind::Return) && !open.contains(&ActionKind::Exchange), "{name}: {open:?}");
        let shoe = v.actions.iter().find(|a| a.action == ActionKind::Return).unwrap();
        assert_eq!(
            shoe.statement.text, "Trail shoes cannot be returned: its parcel was lost in transit: claim it instead.",
            "{name}"
        );
        let req: postpurchase::returns::ReturnRequest = serde_json::from_value(json!({
            "id": "r1", "customer": "c-7", "method": "original_payment",
            "lines": [{"line": "l1", "quantity": 1, "reason": "changed_mind"}]}))
        .unwrap();
        let report = postpurchase::returns::evaluate(&o, &req, &policy, &ctx, t(now)).unwrap();
        assert_eq!(report.lines[0].code, "return.parcel_lost", "{name}");
    }
}

/// Regression (#33 item 18): a transit claim refund takes back the order's points through the
/// library's one rule for refunds (the storefront's lost-parcel page kept 439 pending points),
/// and the view never shows the claim's internal id.
#[test]
fn a_refunded_claim_takes_back_the_orders_points_and_hides_the_claim_id() {
    let mut steps = in_transit();
    let claim = json!({"type": "return", "command": {"action": "claim", "claim_id": "claim-0",
        "lines": [{"line": "l1", "quantity": 1}, {"line": "l2", "quantity": 2}], "resolution": "refund"}});
    steps.push(("2026-03-11T09:00:00Z", claim));
    let events = order_events(&steps);
    let o = Order::from_events(&events).unwrap();
    let p = programme();
    let mut m = Member::new(o.customer().clone());
    let earn: LoyaltyCommand = serde_json::from_value(json!({
        "type": "earn_order", "order": "o-1001",
        "lines": [{"line": "l1", "spend": {"amount": "89.90", "currency": "EUR"}},
                  {"line": "l2", "spend": {"amount": "19.90", "currency": "EUR"}}]}))
    .unwrap();
    m.handle(&earn, &p, &meta("earn", "2026-03-02T10:00:00Z")).unwrap();
    assert!(m.pending() > 0);
    let cmds = postpurchase::loyalty::loyalty_commands_for_order_events(o.id(), &events);
    assert_eq!(cmds.len(), 1, "one clawback for the one refunded claim");
    for (i, cmd) in cmds.iter().enumerate() {
        m.handle(cmd, &p, &meta(&format!("claw{i}"), "2026-03-11T09:00:01Z")).unwrap();
    }
    assert_eq!((m.pending(), m.balance()), (0, 0), "nothing is left of the refunded order's points");
    let v = view(&o, "2026-03-11T10:00:00Z", "en-IE", Some(&m));
    let all = serde_json::to_string(&v).unwrap();
    assert!(!all.contains("claim-0") || v.shipments[0].claim.as_deref() == Some("claim-0"));
    let texts: Vec<&str> = std::iter::once(v.next.text.as_str())
        .chain(v.shipments.iter().map(|s| s.next.text.as_str()))
        .chain(v.actions.iter().map(|a| a.statement.text.as_str()))
        .collect();
    assert!(texts.iter().all(|t| !t.contains("claim-0")), "{texts:?}");
    assert_eq!(v.shipments[0].next.text, "You reported this parcel lost: see below for the refund or the replacement.");
    let shoe = v.actions.iter().find(|a| a.action == ActionKind::Return).unwrap();
    assert_eq!(
        shoe.statement.text,
        "Trail shoes cannot be returned: it was already refunded or replaced after a transit claim."
    );
}

/// Regression (#33 item 7): U+202E in a title or a place flipped the rest of the sentence; the
/// reordering and invisible characters leave values before they join text, the facts keep them.
#[test]
fn bidi_overrides_and_zero_width_characters_do_not_reach_sentences() {
    use postpurchase::customer::{Arg, is_reordering_or_invisible};
    let loc = Localizer::new("en-IE").unwrap();
    let evil = "Trail\u{202E}seohs\u{2066}\u{200B}\u{FEFF}";
    let text = loc
        .message(
            postpurchase::customer::msg!("step-in-transit"),
            &[
                ("has_place", Arg::Text("yes".into())),
                ("place", Arg::Text(evil.into())),
                ("date", Arg::Text("3 March".into())),
            ],
        )
        .unwrap();
    assert_eq!(text, "In transit, last seen in Trailseohs on 3 March");
    assert!(!text.chars().any(is_reordering_or_invisible));
    // joiners and marks some scripts need are kept
    let kept = loc
        .message(
            postpurchase::customer::msg!("step-in-transit"),
            &[
                ("has_place", Arg::Text("yes".into())),
                ("place", Arg::Text("a\u{200D}b\u{200F}".into())),
                ("date", Arg::Text("x".into())),
            ],
        )
        .unwrap();
    assert!(kept.contains("a\u{200D}b\u{200F}"));
    // in a view: the scan's location reaches the sentence clean and the facts as given
    let steps = vec![("2026-03-03T08:00:00Z", scan("2026-03-03T08:00:00Z", "in_transit", Some(evil)))];
    let v = view(&order(&steps), "2026-03-03T12:00:00Z", "en-IE", None);
    let step = v.shipments[0].timeline.iter().find(|s| s.step == StepKind::InTransit).unwrap();
    assert_eq!(step.statement.text, "In transit, last seen in Trailseohs on 3 March 2026");
    assert_eq!(step.statement.facts["location"], evil);
}

/// Regression (#33 item 14): the last day a return is open said "0 days left"; Italian denials
/// agreed with no item ("… non può essere restituito" for socks, plural): a neutral phrasing.
#[test]
fn the_last_day_says_so_and_italian_denials_agree_with_any_item() {
    let o = order(&delivered());
    let early = view(&o, "2026-03-10T09:00:00Z", "en-IE", None);
    let deadline = early.actions.iter().find(|a| a.action == ActionKind::Return && a.subject == "l1").unwrap().deadline;
    let last = (deadline.unwrap() - chrono::Duration::hours(5)).to_rfc3339();
    let v = view(&o, &last, "en-IE", None);
    let shoes = v.actions.iter().find(|a| a.action == ActionKind::Return && a.subject == "l1").unwrap();
    assert_eq!(shoes.days_left, Some(0));
    assert!(shoes.statement.text.contains("(last day today)"), "{}", shoes.statement.text);
    let it = view(&o, &last, "it-IT", None);
    let shoes = it.actions.iter().find(|a| a.action == ActionKind::Return && a.subject == "l1").unwrap();
    assert!(shoes.statement.text.contains("(ultimo giorno oggi)"), "{}", shoes.statement.text);
    let socks = it.actions.iter().find(|a| a.action == ActionKind::Return && a.subject == "l2").unwrap();
    assert_eq!(
        socks.statement.text,
        "Reso non disponibile per Wool socks: gli articoli per l'igiene non si possono restituire."
    );
}

#[test]
fn an_arrival_window_the_host_learnt_is_shown_with_its_confidence_and_the_carriers_later_date() {
    use postpurchase::customer::{ArrivalWindow, WindowConfidence};
    let (policy, programme) = (policy(), programme());
    let (ctx, th) = (EligibilityContext::default(), DelayThresholds::default());
    let with = |o: &Order, now: &str, locale: &str, arrivals: &[ArrivalWindow]| {
        let sources =
            Sources { order: o, policy: &policy, context: &ctx, loyalty: None, thresholds: &th, arrivals, now: t(now) };
        let _ = &programme;
        order_view(&sources, &Localizer::new(locale).unwrap())
    };
    let window = |latest: Option<&str>| ArrivalWindow {
        shipment: "s1".into(),
        likely: "2026-03-04".parse().unwrap(),
        latest: latest.map(|d| d.parse().unwrap()),
        confidence: WindowConfidence::High,
    };
    let o = order(&in_transit());
    let v = with(&o, "2026-03-03T12:00:00Z", "en-IE", &[window(Some("2026-03-05"))]).unwrap();
    let w = v.shipments[0].window.as_ref().unwrap();
    assert_eq!(w.statement.text, "Most likely 4 March 2026, and by 5 March 2026 at the latest (high confidence).");
    assert!(w.carrier_later.is_none(), "the promise (5 March) is not later than the window");
    let it = with(&o, "2026-03-03T12:00:00Z", "it-IT", &[window(None)]).unwrap();
    assert_eq!(
        it.shipments[0].window.as_ref().unwrap().statement.text,
        "Molto probabilmente 4 marzo 2026 (affidabilità alta)."
    );
    // the carrier names a later date: both are shown
    let mut scan_late = scan("2026-03-03T20:00:00Z", "in_transit", Some("Bologna"));
    scan_late["event"]["estimated_delivery"] = json!("2026-03-09T18:00:00Z");
    let later = order(&[in_transit()[0].clone(), ("2026-03-03T20:00:00Z", scan_late)]);
    let v = with(&later, "2026-03-03T21:00:00Z", "en-IE", &[window(Some("2026-03-05"))]).unwrap();
    let note = v.shipments[0].window.as_ref().unwrap().carrier_later.as_ref().unwrap();
    assert_eq!(note.text, "DHL expects it later, on 9 March 2026.");
    // delivered: no window; a window for a shipment the order does not have is refused by name
    let delivered =
        order(&[in_transit()[0].clone(), ("2026-03-04T10:00:00Z", scan("2026-03-04T10:00:00Z", "delivered", None))]);
    assert!(with(&delivered, "2026-03-04T12:00:00Z", "en-IE", &[window(None)]).unwrap().shipments[0].window.is_none());
    let stranger = ArrivalWindow { shipment: "s9".into(), ..window(None) };
    let e = with(&o, "2026-03-03T12:00:00Z", "en-IE", &[stranger]).unwrap_err();
    assert_eq!((e.code(), e.detail("shipment")), ("input.invalid", Some("s9")));
}
