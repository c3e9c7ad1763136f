//! Replays the shared vectors in `conformance/` against the Rust API.

mod common;
use chrono::{DateTime, Utc};
use postpurchase::*;
use rust_decimal::Decimal;
use serde_json::{Value, json};

fn load(file: &str) -> Vec<Value> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc: Value = serde_json::from_str(&text).unwrap();
    doc["cases"].as_array().unwrap().clone()
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("expected a string, got {v}"))
}

fn dec(v: &Value) -> Decimal {
    s(v).parse().unwrap()
}

fn time(v: &Value) -> DateTime<Utc> {
    serde_json::from_value(v.clone()).unwrap()
}

fn money_op(op: &str, i: &Value) -> Result<Value> {
    match op {
        "currency" => Ok(json!({"minor_units": Currency::from_code(s(&i["code"]))?.minor_units()})),
        "allocate" => {
            let m = Money::parse(s(&i["amount"]), s(&i["currency"]))?;
            let w: Vec<Decimal> = i["weights"].as_array().unwrap().iter().map(dec).collect();
            let parts = m.allocate(&w)?;
            Ok(json!({"parts": parts.iter().map(|p| p.amount().to_string()).collect::<Vec<_>>()}))
        }
        "take_units" => {
            let m = Money::parse(s(&i["amount"]), s(&i["currency"]))?;
            let taken = m.take_units(i["taken"].as_u64().unwrap() as u32, i["remaining"].as_u64().unwrap() as u32)?;
            Ok(json!({"amount": taken.amount().to_string()}))
        }
        "settled" => {
            let due = Money::parse(s(&i["due"]), s(&i["currency"]))?;
            let paid = Money::parse(s(&i["paid"]), s(&i["currency"]))?;
            Ok(json!({"settled": due.checked_sub(&paid)?.is_settled()}))
        }
        _ => panic!("unknown money op {op}"),
    }
}

fn tracking_op(op: &str, i: &Value) -> Result<Value> {
    let events = |v: &Value| -> Vec<CarrierEvent> { serde_json::from_value(v.clone()).unwrap() };
    match op {
        "map_carrier_status" => {
            let m = map_carrier_status(CarrierSource::parse(s(&i["source"]))?, s(&i["code"]));
            assert_eq!(m.raw_code, s(&i["code"]));
            Ok(json!({"status": m.status.map(TrackingStatus::as_str), "delayed": m.delayed}))
        }
        "merchant_status" => Ok(json!({"status": merchant_status(&events(&i["events"])).as_str()})),
        "assess_delay" => {
            let promised = if i["promised_by"].is_null() { None } else { Some(time(&i["promised_by"])) };
            let route: Route = serde_json::from_value(i["route"].clone()).unwrap();
            let a = assess_delay(
                &events(&i["events"]),
                time(&i["shipped_at"]),
                promised,
                route,
                time(&i["now"]),
                &DelayThresholds::default(),
            );
            Ok(
                json!({"status": a.status.as_str(), "late": a.late, "stalled": a.stalled, "presumed_lost": a.presumed_lost}),
            )
        }
        _ => panic!("unknown tracking op {op}"),
    }
}

fn order_op(i: &Value) -> Result<Value> {
    let new: NewOrder = match serde_json::from_value(i["order"].clone()) {
        Ok(o) => o,
        Err(e) if e.to_string().contains("money.unknown_currency") => {
            return Err(Error::new(ErrorKind::UnknownCurrency, "unknown currency"));
        }
        Err(e) => panic!("bad order json: {e}"),
    };
    let placed_at = new.placed_at;
    let mut order =
        Order::from_events(&Order::place(new, &CommandMeta::new(IdempotencyKey::new("place")?, placed_at))?)?;
    for step in i["steps"].as_array().unwrap() {
        let cmd: OrderCommand = serde_json::from_value(step["command"].clone()).unwrap();
        order.handle(&cmd, &CommandMeta::new(IdempotencyKey::new(s(&step["key"]))?, time(&step["now"])))?;
    }
    let st = |v: &dyn erased::AsJson| v.json();
    Ok(json!({
        "fulfilment_status": st(&order.fulfilment_status()),
        "payment_status": st(&order.payment_status()),
        "total": order.total().amount().to_string(),
        "amount_due": order.amount_due().amount().to_string(),
    }))
}

mod erased {
    pub trait AsJson {
        fn json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> AsJson for T {
        fn json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap()
        }
    }
}

/// Places the order; pays it in full; ships everything; delivers it at `delivered_at` (if any).
fn setup_order(i: &Value, delivered_at: Option<DateTime<Utc>>) -> Result<Order> {
    let new: NewOrder = serde_json::from_value(i["order"].clone()).unwrap();
    let at = new.placed_at;
    let m = |k: &str| CommandMeta::new(IdempotencyKey::new(k).unwrap(), at);
    let mut o = Order::from_events(&Order::place(new, &m("place"))?)?;
    let total = o.total();
    o.handle(&OrderCommand::CapturePayment { payment: PaymentId::new("p1")?, amount: total }, &m("pay"))?;
    let lines = o.lines().iter().map(|l| LineQuantity { line: l.id().clone(), quantity: l.counts.ordered }).collect();
    let shipment = NewShipment {
        id: ShipmentId::new("s1")?,
        lines,
        carrier: "ups".into(),
        tracking_number: None,
        promised_by: None,
        route: Route::Domestic,
    };
    o.handle(&OrderCommand::CreateShipment { shipment }, &m("ship"))?;
    o.handle(
        &OrderCommand::RecordTracking {
            shipment: ShipmentId::new("s1")?,
            event: CarrierEvent::new(at, TrackingStatus::InTransit),
        },
        &m("scan"),
    )?;
    if let Some(d) = delivered_at {
        o.handle(&OrderCommand::MarkDelivered { shipment: ShipmentId::new("s1")?, at: d }, &m("deliver"))?;
    }
    Ok(o)
}

/// Requests the return, receives every unit resellable and refunds (or settles the exchange),
/// with keys `req…`, `recv…` and `refund…` ending in `suffix`.
fn request_receive_and_settle(
    o: &mut Order,
    req: &postpurchase::returns::ReturnRequest,
    policy: &postpurchase::returns::ReturnPolicy,
    now: DateTime<Utc>,
    suffix: &str,
) -> Result<()> {
    use postpurchase::returns::*;
    let m = |k: &str| CommandMeta::new(IdempotencyKey::new(format!("{k}{suffix}")).unwrap(), now);
    let (_, events) = request_return(o, req, policy, &EligibilityContext::default(), &m("req"))?;
    for e in &events {
        o.apply(e);
    }
    let items = req
        .lines
        .iter()
        .map(|l| ReceivedItem { line: l.line.clone(), quantity: l.quantity, condition: ItemCondition::Resellable })
        .collect();
    handle_return(o, ReturnCommand::Receive { return_id: req.id.clone(), items }, &m("recv"))?;
    handle_return(o, ReturnCommand::Refund { return_id: req.id.clone(), payment_order: vec![] }, &m("refund"))?;
    Ok(())
}

fn returns_op(op: &str, i: &Value) -> Result<Value> {
    use postpurchase::returns::*;
    let policy = postpurchase::config::from_value::<ReturnPolicy>(i["policy"].clone())?;
    match op {
        "return_eligibility" => {
            let delivered = if i["delivered_at"].is_null() { None } else { Some(time(&i["delivered_at"])) };
            let o = setup_order(i, delivered)?;
            let ctx: EligibilityContext = serde_json::from_value(i["context"].clone()).unwrap();
            let req: ReturnRequest = serde_json::from_value(i["request"].clone()).unwrap();
            let r = evaluate(&o, &req, &policy, &ctx, time(&i["now"]))?;
            for d in &r.lines {
                assert!(DECISION_CODES.contains(&d.code.as_ref()), "{}", d.code);
                for v in &d.verdicts {
                    assert!(DECISION_CODES.contains(&v.code.as_ref()), "{}", v.code);
                }
            }
            let p = preview(&o, &req, &policy, &ctx, time(&i["now"]))?;
            assert_eq!(p.report, r, "the preview decides as evaluate does");
            if r.outcome == Outcome::Denied {
                assert!(p.refund.is_none(), "nothing is refunded when every line is denied");
            }
            let enc = |v: &dyn erased::AsJson| v.json();
            Ok(json!({
                "outcome": enc(&r.outcome),
                "method": enc(&r.method),
                "lines": r.lines.iter().map(|d| json!({
                    "outcome": enc(&d.outcome),
                    "code": d.code,
                    "window_end": d.window_end.map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
                    "days_left": d.days_left,
                })).collect::<Vec<_>>(),
            }))
        }
        "return_refunds" => {
            let placed = time(&i["order"]["placed_at"]);
            let mut o = setup_order(i, Some(placed + chrono::Duration::days(2)))?;
            let method: RefundMethod = serde_json::from_value(i["method"].clone()).unwrap();
            let now = placed + chrono::Duration::days(5);
            let mut refunds = Vec::new();
            for (n, lines) in i["returns"].as_array().unwrap().iter().enumerate() {
                let lines: Vec<RequestedLine> = serde_json::from_value(lines.clone()).unwrap();
                let id = ReturnId::new(format!("r{n}"))?;
                let req = ReturnRequest {
                    id: id.clone(),
                    customer: o.customer().clone(),
                    lines: lines.clone(),
                    method,
                    exchange: None,
                };
                // the preview promises exactly what the refund below pays, and changes nothing
                let before = o.clone();
                let quoted = preview(&o, &req, &policy, &EligibilityContext::default(), now)?;
                assert_eq!(o, before);
                request_receive_and_settle(&mut o, &req, &policy, now, &n.to_string())?;
                let paid = o.return_case(&id)?.refund.clone();
                assert_eq!(quoted.refund.as_ref().map(|b| &b.total), paid.as_ref().map(|b| &b.total), "preview");
                refunds.push(paid.map(|b| b.total.amount().to_string()).unwrap_or_default());
            }
            Ok(json!({"refunds": refunds, "total_refunded": o.refunded().amount().to_string()}))
        }
        "exchange_settlement" => {
            let placed = time(&i["order"]["placed_at"]);
            let mut o = setup_order(i, Some(placed + chrono::Duration::days(2)))?;
            let now = placed + chrono::Duration::days(5);
            let lines: Vec<RequestedLine> = serde_json::from_value(i["lines"].clone()).unwrap();
            let id = ReturnId::new("x1")?;
            let req = ReturnRequest {
                id: id.clone(),
                customer: o.customer().clone(),
                lines: lines.clone(),
                method: RefundMethod::Exchange,
                exchange: Some(serde_json::from_value(i["exchange"].clone()).unwrap()),
            };
            request_receive_and_settle(&mut o, &req, &policy, now, "")?;
            let x = o.return_case(&id)?.exchange.clone().expect("an exchange is settled");
            let amount = |m: &Option<Money>| m.as_ref().map(|m| m.amount().to_string());
            Ok(json!({
                "credit": x.credit.amount().to_string(),
                "replacement_price": x.replacement_price.amount().to_string(),
                "difference": x.difference.amount().to_string(),
                "returned_value": amount(&x.returned_value),
                "replacement_shipping": amount(&x.replacement_shipping),
                "return_shipping_fee": amount(&x.return_shipping_fee),
                "restocking_fee": amount(&x.restocking_fee),
            }))
        }
        _ => panic!("unknown returns op {op}"),
    }
}

fn replay(file: &str, run: impl Fn(&str, &Value) -> Result<Value>) {
    let cases = load(file);
    assert!(!cases.is_empty());
    for case in cases {
        let name = s(&case["name"]);
        let got = run(s(&case["op"]), &case["input"]);
        match (&case.get("expected"), &case.get("error"), got) {
            (Some(want), _, Ok(got)) => assert_eq!(&got, *want, "{file}: {name}"),
            (_, Some(code), Err(e)) => assert_eq!(e.code(), s(code), "{file}: {name}"),
            (_, _, got) => panic!("{file}: {name}: unexpected {got:?}"),
        }
    }
}

#[test]
fn money_vectors() {
    replay("money.json", money_op);
}

#[test]
fn tracking_vectors() {
    replay("tracking.json", tracking_op);
}

#[test]
fn order_vectors() {
    replay("order.json", |_, i| order_op(i));
}

#[test]
fn returns_vectors() {
    replay("returns.json", returns_op);
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap()
}

fn scores(i: &Value) -> Vec<f64> {
    i["scores"].as_array().unwrap().iter().map(f).collect()
}

fn feedback_op(op: &str, i: &Value) -> Result<Value> {
    use postpurchase::feedback::*;
    match op {
        "nps" => {
            let r = Nps::from_scores(&scores(i))?.result(f(&i["confidence"]))?;
            Ok(
                json!({"responses": r.responses, "score": r.score, "margin_of_error": r.margin_of_error, "low": r.interval.low, "high": r.interval.high}),
            )
        }
        "csat" => {
            let mut c = Csat::default();
            c.add_scores(&scores(i))?;
            let r = c.result(f(&i["confidence"]))?;
            Ok(json!({"responses": r.responses, "score": r.score, "low": r.interval.low, "high": r.interval.high}))
        }
        "ces" => {
            let mut c = Ces::default();
            c.add_scores(&scores(i))?;
            let r = c.result()?;
            Ok(json!({"responses": r.responses, "mean": r.mean, "easy_share": r.easy_share}))
        }
        _ => panic!("unknown feedback op {op}"),
    }
}

fn close(got: &Value, want: &Value, tol: f64, ctx: &str) {
    for (k, w) in want.as_object().unwrap() {
        let g = &got[k];
        match (g.as_f64(), w.as_f64()) {
            (Some(a), Some(b)) => assert!((a - b).abs() <= tol, "{ctx}: {k}: {a} vs {b}"),
            _ => assert_eq!(g, w, "{ctx}: {k}"),
        }
    }
}

#[test]
fn feedback_vectors() {
    for case in load("feedback.json") {
        let name = s(&case["name"]);
        match (feedback_op(s(&case["op"]), &case["input"]), case.get("error")) {
            (Ok(got), None) => close(&got, &case["expected"], 1e-9, name),
            (Err(e), Some(code)) => assert_eq!(e.code(), s(code), "{name}"),
            (got, _) => panic!("{name}: unexpected {got:?}"),
        }
    }
}

fn cols(i: &Value, k: &str) -> Vec<f64> {
    i[k].as_array().unwrap().iter().map(f).collect()
}

fn clv_op(op: &str, i: &Value) -> Result<Value> {
    use postpurchase::clv::*;
    let fit = |x: &[f64], tx: &[f64], t: &[f64]| -> Result<Value> {
        let (m, d) = BetaGeo::fit(x, tx, t, None, Variant::BgNbd, &FitOptions::default())?;
        Ok(json!({"r": m.r, "alpha": m.alpha, "a": m.a, "b": m.b, "log_likelihood": d.log_likelihood}))
    };
    match op {
        "fit_bgnbd_cdnow" => {
            let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/data").join(s(&i["file"]));
            let text = std::fs::read_to_string(p).unwrap();
            let rows: Vec<Vec<f64>> =
                text.lines().skip(1).map(|l| l.split(',').map(|v| v.parse().unwrap()).collect()).collect();
            let c = |k: usize| rows.iter().map(|r| r[k]).collect::<Vec<f64>>();
            fit(&c(1), &c(2), &c(3))
        }
        "fit_bgnbd" => fit(&cols(i, "frequency"), &cols(i, "recency"), &cols(i, "T")),
        "bgnbd_predict" => {
            let p = &i["params"];
            let m =
                BetaGeo { r: f(&p["r"]), alpha: f(&p["alpha"]), a: f(&p["a"]), b: f(&p["b"]), variant: Variant::BgNbd };
            let v = m.conditional_expected_purchases(f(&i["t"]), f(&i["frequency"]), f(&i["recency"]), f(&i["T"]));
            Ok(json!({"conditional_expected_purchases": v}))
        }
        _ => panic!("unknown clv op {op}"),
    }
}

#[test]
fn clv_vectors() {
    for case in load("clv.json") {
        let name = s(&case["name"]);
        match (clv_op(s(&case["op"]), &case["input"]), case.get("error")) {
            (Ok(got), None) => {
                for (k, digits) in case["round"].as_object().unwrap() {
                    let scale = 10f64.powi(digits.as_i64().unwrap() as i32);
                    let g = (f(&got[k]) * scale).round() / scale;
                    assert_eq!(g, f(&case["expected"][k]), "{name}: {k}");
                }
            }
            (Err(e), Some(code)) => assert_eq!(e.code(), s(code), "{name}"),
            (got, _) => panic!("{name}: unexpected {got:?}"),
        }
    }
}

fn loyalty_op(i: &Value) -> Result<Value> {
    use postpurchase::loyalty::*;
    let p = postpurchase::config::from_value::<Programme>(i["programme"].clone())?;
    let mut m = Member::new(CustomerId::new("c-1")?);
    for (n, step) in i["steps"].as_array().unwrap().iter().enumerate() {
        let cmd: LoyaltyCommand = serde_json::from_value(step["command"].clone()).unwrap();
        let meta = CommandMeta::new(IdempotencyKey::new(format!("k{}", n + 1))?, time(&step["now"]));
        m.handle(&cmd, &p, &meta)?;
    }
    Ok(json!({"balance": m.balance(), "pending": m.pending(), "debt": m.debt(), "tier": m.tier()}))
}

#[test]
fn loyalty_vectors() {
    replay("loyalty.json", |_, i| loyalty_op(i));
}

fn notify_op(i: &Value) -> Result<Value> {
    use postpurchase::notify::*;
    let policy = postpurchase::config::from_value::<NotifyPolicy>(i["policy"].clone())?;
    let prefs: Preferences = serde_json::from_value(i["preferences"].clone()).unwrap();
    let signal: Signal = serde_json::from_value(i["signal"].clone()).unwrap();
    let history: Vec<Sent> = serde_json::from_value(i["history"].clone()).unwrap();
    let intents = plan(&signal, &prefs, &policy, &history)?;
    Ok(json!(intents
        .iter()
        .map(|x| json!({"channel": serde_json::to_value(x.channel).unwrap(), "send_at": x.send_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true), "dedupe_key": x.dedupe_key}))
        .collect::<Vec<_>>()))
}

#[test]
fn notify_vectors() {
    replay("notify.json", |_, i| notify_op(i));
}

fn journey_op(op: &str, i: &Value) -> Result<Value> {
    use postpurchase::journey::{CoPurchase, CoPurchaseOptions, RfmCustomer, rfm_scores};
    let strings = |v: &Value| -> Vec<String> { v.as_array().unwrap().iter().map(|x| s(x).to_string()).collect() };
    let model = || {
        let baskets: Vec<Vec<String>> = i["baskets"].as_array().unwrap().iter().map(strings).collect();
        let options = CoPurchaseOptions {
            min_pair_count: i["min_pair_count"].as_u64().unwrap(),
            min_item_count: i["min_item_count"].as_u64().unwrap(),
        };
        CoPurchase::fit(&baskets, &options)
    };
    match op {
        "rfm" => {
            let customers: Vec<RfmCustomer> = (i["customers"].as_array().unwrap().iter().enumerate())
                .map(|(k, c)| RfmCustomer {
                    customer: k as u64,
                    recency_days: f(&c["recency_days"]),
                    frequency: f(&c["frequency"]),
                    monetary: f(&c["monetary"]),
                })
                .collect();
            let scores = rfm_scores(&customers)?;
            Ok(json!({"scores": scores.iter().map(|x| json!([x.r, x.f, x.m, x.segment.code()])).collect::<Vec<_>>()}))
        }
        "recommend" => {
            let recs =
                model()?.recommend(&strings(&i["basket"]), &strings(&i["exclude"]), i["k"].as_u64().unwrap() as usize);
            Ok(json!({"items": recs}))
        }
        "hit_rate" => {
            let cases: Vec<(Vec<String>, Vec<String>)> =
                i["cases"].as_array().unwrap().iter().map(|c| (strings(&c[0]), strings(&c[1]))).collect();
            Ok(serde_json::to_value(model()?.hit_rate(&cases, i["k"].as_u64().unwrap() as usize)).unwrap())
        }
        "survey_merge" => {
            use postpurchase::feedback::SurveyState;
            let kinds: Vec<String> = match &i["kind"] {
                Value::String(k) => vec![k.clone(); i["parts"].as_array().unwrap().len()],
                other => strings(other),
            };
            let mut merged: Option<SurveyState> = None;
            for (kind, part) in kinds.iter().zip(i["parts"].as_array().unwrap()) {
                let state = SurveyState::count(kind, &scores(&json!({"scores": part})), None)?;
                let state = SurveyState::from_json(&state.to_json())?;
                match &mut merged {
                    Some(m) => m.merge(&state)?,
                    None => merged = Some(state),
                }
            }
            Ok(json!({"state": merged.unwrap().to_json()}))
        }
        "stage" | "transitions" => stage_op(op, i),
        "next_purchase" => {
            let p = &i["params"];
            let m = postpurchase::clv::BetaGeo {
                r: f(&p["r"]),
                alpha: f(&p["alpha"]),
                a: f(&p["a"]),
                b: f(&p["b"]),
                variant: postpurchase::clv::Variant::BgNbd,
            };
            let n = postpurchase::journey::next_purchase(
                &m,
                f(&i["frequency"]),
                f(&i["recency"]),
                f(&i["T"]),
                f(&i["horizon"]),
            )?;
            Ok(json!({"p_alive": n.p_alive, "p_within": n.p_within, "median_wait": n.median_wait}))
        }
        other => panic!("unknown op {other}"),
    }
}

fn stage_op(op: &str, i: &Value) -> Result<Value> {
    use postpurchase::journey::{CustomerHistory, StageRules, stage_at, transitions};
    let day = |d: &Value| {
        chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 1, 1, 0, 0, 0).unwrap()
            + chrono::Duration::days(d.as_i64().unwrap())
    };
    let rules: StageRules = match i.get("rules") {
        Some(r) => serde_json::from_value(r.clone()).unwrap(),
        None => StageRules::default(),
    };
    let history = |days: &Value| CustomerHistory {
        purchases: days.as_array().unwrap().iter().map(day).collect(),
        latest_nps: i.get("latest_nps").and_then(Value::as_u64).map(|n| n as u8),
        referrals: i.get("referrals").and_then(Value::as_u64).unwrap_or(0) as u32,
        p_alive: i.get("p_alive").and_then(Value::as_f64),
    };
    if op == "stage" {
        let a = stage_at(&history(&i["purchase_days"]), day(&i["at_day"]), &rules)?;
        return Ok(json!({"assignment": a.map(|a| json!({
            "stage": a.stage.code(), "rule": a.rule, "purchases": a.purchases,
            "days_since_last": a.days_since_last, "typical_gap_days": a.typical_gap_days,
        }))}));
    }
    let names: Vec<&String> = i["customers"].as_object().unwrap().keys().collect();
    let hs: Vec<CustomerHistory> = names.iter().map(|k| history(&i["customers"][k.as_str()])).collect();
    let dates: Vec<DateTime<Utc>> = i["date_days"].as_array().unwrap().iter().map(day).collect();
    let (stages, t) = transitions(&hs, &dates, &rules)?;
    let code = |s: &Option<postpurchase::journey::Stage>| s.map(|s| s.code());
    Ok(json!({
        "stages": names.iter().zip(&stages).map(|(k, row)| ((*k).clone(), json!(row.iter().map(code).collect::<Vec<_>>()))).collect::<serde_json::Map<_, _>>(),
        "moves": t.rows().iter().map(|r| json!([r.step, code(&r.from), code(&r.to), r.customers])).collect::<Vec<_>>(),
    }))
}

#[test]
fn journey_vectors() {
    for case in load("journey.json") {
        let name = s(&case["name"]);
        match (journey_op(s(&case["op"]), &case["input"]), case.get("error")) {
            (Ok(got), None) if s(&case["op"]) == "next_purchase" => close(&got, &case["expected"], 1e-12, name),
            (Ok(got), None) => assert_eq!(&got, &case["expected"], "{name}"),
            (Err(e), Some(code)) => assert_eq!(e.code(), s(code), "{name}"),
            (got, _) => panic!("{name}: unexpected {got:?}"),
        }
    }
}

/// Where `got` misses what `want` names (`None` when it has it all): an object must have every
/// key `want` gives (a `null` may also be absent), a list the same length with each element
/// matching, anything else must be equal.
fn mismatch(got: &Value, want: &Value, at: &str) -> Option<String> {
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => w.iter().find_map(|(k, v)| match g.get(k) {
            Some(x) => mismatch(x, v, &format!("{at}.{k}")),
            None if v.is_null() => None,
            None => Some(format!("{at}.{k} is missing")),
        }),
        (Value::Array(g), Value::Array(w)) if g.len() != w.len() => {
            Some(format!("{at} has {} elements, not {}", g.len(), w.len()))
        }
        (Value::Array(g), Value::Array(w)) => {
            g.iter().zip(w).enumerate().find_map(|(i, (x, v))| mismatch(x, v, &format!("{at}[{i}]")))
        }
        _ if got == want => None,
        _ => Some(format!("{at} is {got}, not {want}")),
    }
}

fn covers(got: &Value, want: &Value) -> bool {
    mismatch(got, want, "").is_none()
}

/// The customer vectors' expectations are written by hand and partial: `expect` names what the
/// rules decide, and the result must have it (see `covers`).
#[test]
fn customer_vectors() {
    let cases = load("customer.json");
    assert!(cases.len() >= 20);
    for case in cases {
        let name = s(&case["name"]);
        let got = common::run_customer(s(&case["op"]), &case["input"].to_string());
        match (case.get("expect"), case.get("error"), got) {
            (Some(want), _, Ok(got)) => {
                if let Some(m) = mismatch(&got, want, "") {
                    panic!("customer.json: {name}: {m}")
                }
            }
            (_, Some(code), Err(e)) => assert_eq!(e.code(), s(code), "customer.json: {name}"),
            (_, _, got) => panic!("customer.json: {name}: unexpected {got:?}"),
        }
    }
}

#[test]
fn covers_is_partial_on_objects_and_exact_on_lists() {
    let got = json!({"a": 1, "b": [{"c": 2, "d": 3}], "e": null});
    assert!(covers(&got, &json!({"a": 1})));
    assert!(covers(&got, &json!({"b": [{"d": 3}], "e": null, "f": null})));
    assert!(!covers(&got, &json!({"a": 2})));
    assert!(!covers(&got, &json!({"b": []})));
    assert!(!covers(&got, &json!({"g": 1})));
}
