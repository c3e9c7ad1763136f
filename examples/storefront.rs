//! The main job: a seeded simulation of a shop over twelve months, driven through the library
//! with state in SQLite. Placement, confirmation, split shipments with carrier events (some late or
//! lost), returns under `examples/return_policy.json`, loyalty under
//! `examples/loyalty_programme.json`, notifications under `examples/notify_policy.json`, and survey
//! answers. Prints a post-purchase report and writes a self-contained `report.html`.
//!
//! Run with `cargo run --release --example storefront [-- --db PATH --customers N --seed S]`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use postpurchase::feedback::{Csat, Nps};
use postpurchase::loyalty::{Award, EarnLine, Entry, LoyaltyCommand, Member, Programme};
use postpurchase::notify::{NotifyPolicy, Preferences, Sent, plan, signals_from_order_events};
use postpurchase::returns::*;
use postpurchase::*;
use postpurchase_examples::sqlite_store::SqliteStore;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_decimal::Decimal;

const CATALOGUE: &[(&str, &str, &str, i64)] = &[
    ("BOOT", "Trail boots", "shoes", 12900),
    ("SNEAK", "Sneakers", "shoes", 8900),
    ("SOCK", "Wool socks", "accessories", 1850),
    ("JACKET", "Rain jacket", "outerwear", 15900),
    ("TEE", "Organic tee", "tops", 2900),
    ("LAMP", "Desk lamp", "electronics", 4900),
    ("BOTTLE", "Steel bottle", "accessories", 2400),
];
const ZONES: &[&str] = &["Europe/Berlin", "Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo"];
const REASONS: &[ReturnReason] = &[
    ReturnReason::DoesNotFit,
    ReturnReason::DoesNotFit,
    ReturnReason::ChangedMind,
    ReturnReason::Defective,
    ReturnReason::NotAsDescribed,
    ReturnReason::WrongItem,
];

struct Args {
    db: PathBuf,
    customers: u32,
    seed: u64,
}

fn args() -> Args {
    let mut a = Args { db: PathBuf::from("target/storefront/storefront.db"), customers: 5000, seed: 7 };
    let v: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i + 1 < v.len() {
        match v[i].as_str() {
            "--db" => a.db = PathBuf::from(&v[i + 1]),
            "--customers" => a.customers = v[i + 1].parse().unwrap_or(a.customers),
            "--seed" => a.seed = v[i + 1].parse().unwrap_or(a.seed),
            _ => {}
        }
        i += 2;
    }
    a
}

fn read(path: &str) -> Result<String> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&p).map_err(|e| Error::new(ErrorKind::InvalidConfig, format!("{}: {e}", p.display())))
}

#[derive(Default)]
struct Stats {
    orders: u64,
    revenue: Decimal,
    shipments: u64,
    on_time: u64,
    late: u64,
    lost: u64,
    caught_early: u64,
    returns_requested: u64,
    returns_denied: u64,
    returns_review: u64,
    orders_with_returns: u64,
    reasons: BTreeMap<String, u64>,
    refunded_to_payment: Decimal,
    refunded_to_credit: Decimal,
    refunded_value: Decimal,
    messages: BTreeMap<(String, String), u64>,
    nps: Nps,
    nps_by_month: BTreeMap<u32, Nps>,
    csat: Csat,
    tiers: BTreeMap<String, u64>,
    points_outstanding: i64,
    members: u64,
}

struct Shop {
    store: SqliteStore,
    returns: ReturnPolicy,
    programme: Programme,
    notify: NotifyPolicy,
    stats: Stats,
    key: u64,
}

impl Shop {
    fn meta(&mut self, now: DateTime<Utc>) -> Result<CommandMeta> {
        self.key += 1;
        Ok(CommandMeta::new(IdempotencyKey::new(format!("k{}", self.key))?, now))
    }

    /// Persists order events with the notifications they cause, in one transaction.
    fn commit(
        &mut self,
        before: &Order,
        events: &[OrderEvent],
        prefs: &Preferences,
        sent: &mut Vec<Sent>,
    ) -> Result<()> {
        let mut messages = Vec::new();
        for signal in signals_from_order_events(before, events) {
            for intent in plan(&signal, prefs, &self.notify, sent) {
                sent.push(Sent {
                    dedupe_key: intent.dedupe_key.clone(),
                    kind: intent.kind,
                    channel: intent.channel,
                    send_at: intent.send_at,
                });
                let payload = serde_json::to_string(&intent).unwrap_or_default();
                messages.push(OutboxMessage::new(
                    intent.dedupe_key.clone(),
                    format!("{}|{:?}", intent.kind.as_str(), intent.channel),
                    payload,
                    intent.send_at,
                ));
            }
        }
        self.store.append_with_messages(before.id.as_str(), before.version, events, &messages)?;
        Ok(())
    }

    fn run(
        &mut self,
        order: &mut Order,
        cmd: OrderCommand,
        now: DateTime<Utc>,
        prefs: &Preferences,
        sent: &mut Vec<Sent>,
    ) -> Result<()> {
        let before = order.clone();
        let meta = self.meta(now)?;
        let events = order.handle(&cmd, &meta)?;
        self.commit(&before, &events, prefs, sent)
    }

    fn loyalty(&mut self, member: &mut Member, cmd: LoyaltyCommand, now: DateTime<Utc>) -> Result<Vec<Entry>> {
        let meta = self.meta(now)?;
        let v = member.version;
        let entries = member.handle(&cmd, &self.programme, &meta, v)?;
        let stream = format!("member-{}", member.customer);
        self.store.append_with_messages(&stream, v, &entries, &[])?;
        Ok(entries)
    }
}

fn money(cents: i64) -> Result<Money> {
    Money::new(Decimal::new(cents, 2), Currency::from_code("EUR")?)
}

fn at(day: i64, hour: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().unwrap_or_default() + Duration::days(day) + Duration::hours(hour)
}

#[allow(clippy::too_many_lines)]
fn simulate_customer(shop: &mut Shop, rng: &mut StdRng, c: u32) -> Result<()> {
    let customer = CustomerId::new(format!("c{c:05}"))?;
    let prefs = Preferences {
        customer: customer.clone(),
        time_zone: ZONES[rng.gen_range(0..ZONES.len())].to_string(),
        email: true,
        sms_opt_in: rng.gen_bool(0.3),
        push: rng.gen_bool(0.5),
        marketing_consent: rng.gen_bool(0.6),
        opted_out: Vec::new(),
        reviewed: Vec::new(),
    };
    let mut sent: Vec<Sent> = Vec::new();
    let mut member = Member::new(customer.clone());
    let rate: f64 = rng.gen_range(0.1..1.2);
    let first_day = rng.gen_range(0..300i64);
    let mut day = first_day;
    let mut recent_returns: Vec<DateTime<Utc>> = Vec::new();
    shop.loyalty(&mut member, LoyaltyCommand::Award { award: Award::Signup }, at(day, 8))?;
    let mut n = 0;
    while day < 365 {
        n += 1;
        let placed = at(day, rng.gen_range(7..22));
        let lines_n = rng.gen_range(1..=3usize);
        let mut b = NewOrder::builder(
            OrderId::new(format!("{customer}-{n}"))?,
            customer.clone(),
            Currency::from_code("EUR")?,
            placed,
        )
        .tax_mode(TaxMode::Inclusive);
        let mut merch = 0i64;
        for l in 0..lines_n {
            let (sku, title, cat, price) = CATALOGUE[rng.gen_range(0..CATALOGUE.len())];
            let qty = rng.gen_range(1..=2u32);
            merch += price * i64::from(qty);
            let vat = (price * i64::from(qty) * 19) / 119;
            let mut line = NewLine::new(LineId::new(format!("l{l}"))?, Sku::new(sku)?, title, qty, money(price)?)
                .tax("VAT", Decimal::new(19, 2), money(vat)?)
                .category(cat);
            line.flags.final_sale = rng.gen_bool(0.04);
            b = b.line(line);
        }
        if merch < 5000 {
            b = b.shipping(money(495)?);
        }
        if rng.gen_bool(0.2) {
            b = b.discount("SPRING10", money((merch / 10).min(2000))?);
        }
        let meta = shop.meta(placed)?;
        let events = Order::place(b.build(), &meta)?;
        let mut order = Order::from_events(&events)?;
        shop.store.append_with_messages(order.id.as_str(), 0, &events, &[])?;
        shop.stats.orders += 1;
        shop.stats.revenue += order.total().amount();
        let total = order.total();
        shop.run(&mut order, OrderCommand::Confirm, placed + Duration::minutes(2), &prefs, &mut sent)?;
        shop.run(
            &mut order,
            OrderCommand::CapturePayment { payment: PaymentId::new("card")?, amount: total },
            placed + Duration::minutes(3),
            &prefs,
            &mut sent,
        )?;
        // split shipments: one per line with some probability
        let split = lines_n > 1 && rng.gen_bool(0.35);
        let groups: Vec<Vec<&Line>> =
            if split { order.lines.iter().map(|l| vec![l]).collect() } else { vec![order.lines.iter().collect()] };
        let groups: Vec<Vec<LineQuantity>> = groups
            .iter()
            .map(|g| g.iter().map(|l| LineQuantity { line: l.id().clone(), quantity: l.counts.ordered }).collect())
            .collect();
        let mut delivered_at: Option<DateTime<Utc>> = None;
        let mut lost_any = false;
        for (si, lines) in groups.into_iter().enumerate() {
            let sid = ShipmentId::new(format!("s{si}"))?;
            let shipped = placed + Duration::hours(rng.gen_range(6..40));
            let promised = shipped + Duration::days(3);
            let shipment = NewShipment {
                id: sid.clone(),
                lines,
                carrier: "dhl".into(),
                tracking_number: None,
                promised_by: Some(promised),
                route: Route::Domestic,
            };
            shop.run(&mut order, OrderCommand::CreateShipment { shipment }, shipped, &prefs, &mut sent)?;
            shop.stats.shipments += 1;
            let roll: f64 = rng.r#gen();
            let (late, lost) = (roll < 0.12, roll > 0.99);
            let scan = |status: &str, when: DateTime<Utc>, source: CarrierSource| -> OrderCommand {
                let m = map_carrier_status(source, status);
                let event = CarrierEvent {
                    occurred_at: when,
                    status: m.status.unwrap_or(TrackingStatus::InTransit),
                    delayed: m.delayed,
                    raw_code: status.into(),
                    location: None,
                };
                OrderCommand::RecordTracking { shipment: sid.clone(), event }
            };
            for (code, hours) in [("label_printed", 1), ("in_transit", 8), ("in_transit", 20)] {
                let when = shipped + Duration::hours(hours);
                shop.run(&mut order, scan(code, when, CarrierSource::Shopify), when, &prefs, &mut sent)?;
            }
            if lost {
                let check = promised + Duration::hours(60);
                let s = order.shipment(&sid)?;
                let a = s.assess_delay(check, &DelayThresholds::default());
                if a.presumed_lost {
                    shop.stats.lost += 1;
                    lost_any = true;
                    let lines = order.shipment(&sid)?.spec.lines.clone();
                    let claim = ReturnCommand::Claim {
                        claim_id: ReturnId::new(format!("claim-{si}"))?,
                        lines,
                        resolution: ClaimResolution::Refund,
                        payment_order: vec![],
                    };
                    shop.run(&mut order, OrderCommand::Return { command: claim }, check, &prefs, &mut sent)?;
                }
                continue;
            }
            let arrive = if late {
                // the carrier flags the delay the day before the promise: caught early
                shop.run(
                    &mut order,
                    scan("delayed", promised - Duration::hours(20), CarrierSource::Shopify),
                    promised - Duration::hours(20),
                    &prefs,
                    &mut sent,
                )?;
                let s = order.shipment(&sid)?;
                let a = s.assess_delay(promised - Duration::hours(12), &DelayThresholds::default());
                if a.carrier_delayed || a.stalled {
                    shop.stats.caught_early += 1;
                }
                shop.stats.late += 1;
                promised + Duration::hours(rng.gen_range(6..72))
            } else {
                shop.stats.on_time += 1;
                promised - Duration::hours(rng.gen_range(2..30))
            };
            shop.run(
                &mut order,
                scan("out_for_delivery", arrive - Duration::hours(5), CarrierSource::Shopify),
                arrive - Duration::hours(5),
                &prefs,
                &mut sent,
            )?;
            shop.run(&mut order, scan("delivered", arrive, CarrierSource::Shopify), arrive, &prefs, &mut sent)?;
            delivered_at = Some(delivered_at.map_or(arrive, |d: DateTime<Utc>| d.max(arrive)));
        }
        // loyalty: earn on the order, pending until delivery + 14 days / the return window
        let earn_lines: Vec<EarnLine> = order
            .lines
            .iter()
            .map(|l| EarnLine {
                line: l.id().clone(),
                spend: l.amounts.total.amount() - l.amounts.tax.amount(),
                tax: l.amounts.tax.amount(),
            })
            .collect();
        let window_end = delivered_at.map(|d| d + Duration::days(30));
        shop.loyalty(
            &mut member,
            LoyaltyCommand::EarnOrder {
                order: order.id.clone(),
                lines: earn_lines,
                shipping: Decimal::ZERO,
                delivered_at,
                return_window_end: window_end,
            },
            placed + Duration::hours(1),
        )?;
        // a return for some delivered orders
        if let (Some(d), false) = (delivered_at, lost_any) {
            if rng.gen_bool(0.16) {
                let asked = d + Duration::days(rng.gen_range(1..40));
                let line_id = order.lines[rng.gen_range(0..order.lines.len())].id().clone();
                let reason = REASONS[rng.gen_range(0..REASONS.len())];
                let method = if rng.gen_bool(0.2) { RefundMethod::StoreCredit } else { RefundMethod::OriginalPayment };
                let req = ReturnRequest {
                    id: ReturnId::new("r1")?,
                    customer: customer.clone(),
                    lines: vec![RequestedLine { line: line_id.clone(), quantity: 1, reason }],
                    method,
                    exchange: None,
                };
                let ctx = EligibilityContext {
                    recent_returns: recent_returns.clone(),
                    tier: member.tier_benefits(&shop.programme),
                };
                let before = order.clone();
                let meta = shop.meta(asked)?;
                let (report, events) = request_return(&order, &req, &shop.returns, &ctx, &meta)?;
                for e in &events {
                    order.apply(e);
                }
                shop.commit(&before, &events, &prefs, &mut sent)?;
                shop.stats.returns_requested += 1;
                *shop
                    .stats
                    .reasons
                    .entry(serde_json::to_string(&reason).unwrap_or_default().trim_matches('"').to_string())
                    .or_insert(0) += 1;
                recent_returns.push(asked);
                let rid = ReturnId::new("r1")?;
                let mut approved = report.outcome == Outcome::Allowed;
                match report.outcome {
                    Outcome::Denied => shop.stats.returns_denied += 1,
                    Outcome::NeedsReview => {
                        shop.stats.returns_review += 1;
                        // staff approve reviews after a day
                        shop.run(
                            &mut order,
                            OrderCommand::Return {
                                command: ReturnCommand::Approve { return_id: rid.clone(), override_reason: None },
                            },
                            asked + Duration::days(1),
                            &prefs,
                            &mut sent,
                        )?;
                        approved = true;
                    }
                    Outcome::Allowed => {}
                }
                if approved {
                    shop.stats.orders_with_returns += 1;
                    let lid = line_id.clone();
                    let recv = ReturnCommand::Receive {
                        return_id: rid.clone(),
                        items: vec![ReceivedItem {
                            line: lid.clone(),
                            quantity: 1,
                            condition: ItemCondition::Resellable,
                        }],
                    };
                    shop.run(
                        &mut order,
                        OrderCommand::Return { command: recv },
                        asked + Duration::days(5),
                        &prefs,
                        &mut sent,
                    )?;
                    shop.run(
                        &mut order,
                        OrderCommand::Return {
                            command: ReturnCommand::Refund { return_id: rid.clone(), payment_order: vec![] },
                        },
                        asked + Duration::days(6),
                        &prefs,
                        &mut sent,
                    )?;
                    if let Some(b) = order.return_case(&rid)?.refund.clone() {
                        shop.stats.refunded_value += b.total.amount();
                        for p in &b.payouts {
                            match p.destination {
                                RefundDestination::StoreCredit => shop.stats.refunded_to_credit += p.amount.amount(),
                                RefundDestination::Payment(_) => shop.stats.refunded_to_payment += p.amount.amount(),
                            }
                        }
                        let lines = b
                            .lines
                            .iter()
                            .map(|l| EarnLine {
                                line: l.line.clone(),
                                spend: l.merchandise.amount(),
                                tax: Decimal::ZERO,
                            })
                            .collect();
                        shop.loyalty(
                            &mut member,
                            LoyaltyCommand::Clawback { order: order.id.clone(), lines },
                            asked + Duration::days(6),
                        )?;
                    }
                }
            }
            // survey answers
            if rng.gen_bool(0.35) {
                let late = order
                    .shipments
                    .values()
                    .any(|s| s.delivered_at.zip(s.spec.promised_by).is_some_and(|(d, p)| d > p));
                let returned = !order.returns.is_empty();
                let base: f64 = if late {
                    6.5
                } else if returned {
                    7.5
                } else {
                    8.6
                };
                let score = (base + rng.gen_range(-3.0..2.5f64)).round().clamp(0.0, 10.0);
                shop.stats.nps.add_scores(&[score])?;
                let month = (d + Duration::days(3)).month();
                shop.stats.nps_by_month.entry(month).or_default().add_scores(&[score])?;
                let csat = ((score / 2.0).round()).clamp(1.0, 5.0);
                shop.stats.csat.add_scores(&[csat])?;
            }
        }
        let next = (rng.gen_range(0.05..1.0f64).ln() * -(60.0 / rate)) as i64 + 3;
        day += next;
        let now = at(day.min(365), 6);
        shop.loyalty(&mut member, LoyaltyCommand::ReleasePending, now)?;
        shop.loyalty(&mut member, LoyaltyCommand::Expire, now)?;
        shop.loyalty(&mut member, LoyaltyCommand::EvaluateTier, now)?;
        if member.balance >= 500 && rng.gen_bool(0.5) && day < 365 {
            let redeem = LoyaltyCommand::Redeem {
                redemption: format!("rd{n}"),
                order: OrderId::new(format!("{customer}-{}", n + 1))?,
                order_total: Decimal::new(5000, 2),
                points: 0,
                reward: Some("five-off".into()),
            };
            shop.loyalty(&mut member, redeem, now)?;
        }
    }
    let end = at(365, 0);
    shop.loyalty(&mut member, LoyaltyCommand::ReleasePending, end)?;
    shop.loyalty(&mut member, LoyaltyCommand::EvaluateTier, end)?;
    shop.stats.members += 1;
    *shop.stats.tiers.entry(member.tier.clone().unwrap_or_else(|| "none".into())).or_insert(0) += 1;
    shop.stats.points_outstanding += member.balance + member.pending;
    Ok(())
}

struct CountingSink<'a>(&'a mut BTreeMap<(String, String), u64>);

impl MessageSink for CountingSink<'_> {
    fn send(&mut self, m: &OutboxMessage) -> Result<()> {
        let (kind, channel) = m.topic.split_once('|').unwrap_or((m.topic.as_str(), ""));
        *self.0.entry((kind.to_string(), channel.to_lowercase())).or_insert(0) += 1;
        Ok(())
    }
}

fn bars(title: &str, data: &[(String, f64)], fmt: &dyn Fn(f64) -> String) -> String {
    let max = data.iter().map(|d| d.1.abs()).fold(1e-9, f64::max);
    let w = 560.0;
    let h = 22.0 * data.len() as f64 + 30.0;
    let mut s = format!(
        "<h2>{title}</h2><svg width=\"720\" height=\"{h}\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" font-size=\"12\">"
    );
    for (i, (label, v)) in data.iter().enumerate() {
        let y = 10.0 + 22.0 * i as f64;
        let len = w * v.abs() / max;
        s += &format!(
            "<text x=\"0\" y=\"{}\">{label}</text><rect x=\"140\" y=\"{y}\" width=\"{len:.1}\" height=\"16\" fill=\"#4a7bd0\"/><text x=\"{:.1}\" y=\"{}\">{}</text>",
            y + 12.0,
            146.0 + len,
            y + 12.0,
            fmt(*v)
        );
    }
    s + "</svg>"
}

fn main() -> Result<()> {
    let a = args();
    let started = std::time::Instant::now();
    if let Some(dir) = a.db.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::new(ErrorKind::Storage, e.to_string()))?;
    }
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", a.db.display()));
    }
    let mut shop = Shop {
        store: SqliteStore::open(&a.db)?,
        returns: ReturnPolicy::from_json(&read("return_policy.json")?)?,
        programme: Programme::from_json(&read("loyalty_programme.json")?)?,
        notify: NotifyPolicy::from_json(&read("notify_policy.json")?)?,
        stats: Stats::default(),
        key: 0,
    };
    let mut rng = StdRng::seed_from_u64(a.seed);
    eprintln!("simulating {} customers over 2026 into {}", a.customers, a.db.display());
    for c in 0..a.customers {
        simulate_customer(&mut shop, &mut rng, c)?;
        if (c + 1) % 500 == 0 || c + 1 == a.customers {
            eprintln!(
                "  {:>5}/{} customers, {} orders, {:.1}s",
                c + 1,
                a.customers,
                shop.stats.orders,
                started.elapsed().as_secs_f64()
            );
        }
    }
    // deliver every due message through the relay
    let mut counts = BTreeMap::new();
    let end = at(400, 0);
    loop {
        let r = relay_once(&mut shop.store, &mut CountingSink(&mut counts), end, Duration::minutes(1), 5000)?;
        if r.delivered == 0 {
            break;
        }
    }
    shop.stats.messages = counts;
    let s = &shop.stats;
    let nps = s.nps.result(0.95)?;
    let csat = s.csat.result(0.95)?;
    let pct = |a: u64, b: u64| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
    let mut out = String::new();
    out += &format!("\n=== Post-purchase report, 2026 (seed {}) ===\n", a.seed);
    out += &format!("orders {} · revenue {} EUR · shipments {}\n", s.orders, s.revenue.round_dp(2), s.shipments);
    out += &format!(
        "on-time rate {:.1}% · late {} · lost {} · late caught before the promised date {} of {}\n",
        pct(s.on_time, s.on_time + s.late),
        s.late,
        s.lost,
        s.caught_early,
        s.late
    );
    out += &format!(
        "returns requested {} ({:.1}% of orders) · denied {} · sent to review {} · refunded value {} EUR ({:.1}% of revenue)\n",
        s.returns_requested,
        pct(s.returns_requested, s.orders),
        s.returns_denied,
        s.returns_review,
        s.refunded_value.round_dp(2),
        if s.revenue.is_zero() {
            0.0
        } else {
            (s.refunded_value / s.revenue * Decimal::ONE_HUNDRED).round_dp(1).to_string().parse().unwrap_or(0.0)
        }
    );
    let mut reasons: Vec<_> = s.reasons.iter().collect();
    reasons.sort_by(|x, y| y.1.cmp(x.1));
    out +=
        &format!("top reasons: {}\n", reasons.iter().map(|(r, n)| format!("{r} {n}")).collect::<Vec<_>>().join(", "));
    out += &format!(
        "refunds to original payment {} EUR · to store credit {} EUR\n",
        s.refunded_to_payment.round_dp(2),
        s.refunded_to_credit.round_dp(2)
    );
    out += &format!(
        "loyalty members {} by tier: {} · points outstanding {}\n",
        s.members,
        s.tiers.iter().map(|(t, n)| format!("{t} {n}")).collect::<Vec<_>>().join(", "),
        s.points_outstanding
    );
    out += &format!(
        "NPS {:.1} (95% {:.1} to {:.1}, n={}) · CSAT {:.1}% (95% {:.1}% to {:.1}%, n={})\n",
        nps.score,
        nps.interval.low,
        nps.interval.high,
        nps.responses,
        100.0 * csat.score,
        100.0 * csat.interval.low,
        100.0 * csat.interval.high,
        csat.responses
    );
    let total_msgs: u64 = s.messages.values().sum();
    out += &format!("messages sent {total_msgs} by kind and channel:\n");
    let mut kinds: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for ((k, ch), n) in &s.messages {
        kinds.entry(k.as_str()).or_default().push(format!("{ch} {n}"));
    }
    for (k, chans) in &kinds {
        out += &format!("  {k:<22} {}\n", chans.join(", "));
    }
    out += &format!("done in {:.1}s\n", started.elapsed().as_secs_f64());
    print!("{out}");

    let month_name =
        |m: u32| NaiveDate::from_ymd_opt(2026, m, 1).map(|d| d.format("%b").to_string()).unwrap_or_default();
    let monthly: Vec<(String, f64)> =
        s.nps_by_month.iter().filter_map(|(m, n)| n.result(0.95).ok().map(|r| (month_name(*m), r.score))).collect();
    let reason_bars: Vec<(String, f64)> = reasons.iter().map(|(r, n)| ((*r).clone(), **n as f64)).collect();
    let tier_bars: Vec<(String, f64)> = s.tiers.iter().map(|(t, n)| (t.clone(), *n as f64)).collect();
    let html = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>postpurchase report</title><style>body{{font-family:sans-serif;max-width:760px;margin:2em auto}}pre{{background:#f4f4f4;padding:1em}}</style></head><body><h1>Post-purchase report</h1><pre>{}</pre>{}{}{}</body></html>",
        out.replace('<', "&lt;"),
        bars("Monthly NPS", &monthly, &|v| format!("{v:.1}")),
        bars("Returns by reason", &reason_bars, &|v| format!("{v:.0}")),
        bars("Loyalty members by tier", &tier_bars, &|v| format!("{v:.0}"))
    );
    let report = a.db.with_file_name("report.html");
    std::fs::write(&report, html).map_err(|e| Error::new(ErrorKind::Storage, e.to_string()))?;
    println!("wrote {} and {}", report.display(), a.db.display());
    Ok(())
}
