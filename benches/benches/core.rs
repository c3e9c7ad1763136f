//! Criterion benchmarks: NPS over 10 million answers, the customer summary from 10 million
//! transactions, BG/NBD and Pareto/NBD fits on 100,000 and 1,000,000 synthetic customers, order
//! lifecycles of 1k and 100k lines, and loyalty commands on ledgers of 1k to 100k entries.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use postpurchase::clv::{BetaGeo, FitOptions, ParetoNbd, Variant};
use postpurchase::feedback::Nps;
use postpurchase::metrics::{TimeUnit, Transaction, customer_summary};
use postpurchase_benches::bgnbd_customers;
use rust_decimal::Decimal;

fn nps(c: &mut Criterion) {
    let answers: Vec<f64> = (0..10_000_000u64).map(|i| ((i * 2_654_435_761) % 11) as f64).collect();
    let mut g = c.benchmark_group("feedback");
    g.sample_size(10);
    g.throughput(Throughput::Elements(answers.len() as u64));
    g.bench_function("nps_10m_answers", |b| b.iter(|| Nps::from_scores(&answers).map(|n| n.promoters)));
    g.finish();
}

fn summary(c: &mut Criterion) {
    let start = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).single().unwrap_or_default();
    let txns: Vec<Transaction> = (0..10_000_000u64)
        .map(|i| {
            Transaction::new(
                i % 1_000_000,
                start + Duration::hours(((i * 7919) % 8760) as i64),
                Decimal::new(1999 + (i % 500) as i64, 2),
            )
        })
        .collect();
    let end = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap_or_default();
    let mut g = c.benchmark_group("metrics");
    g.sample_size(10);
    g.throughput(Throughput::Elements(txns.len() as u64));
    g.bench_function("customer_summary_10m_transactions", |b| {
        b.iter(|| customer_summary(&txns, end, None, TimeUnit::Weeks).map(|s| s.len()))
    });
    g.finish();
}

fn fits(c: &mut Criterion) {
    let opts = FitOptions::default();
    let mut g = c.benchmark_group("clv_fit");
    g.sample_size(10);
    for n in [100_000usize, 1_000_000] {
        let s = bgnbd_customers(n, 42);
        g.bench_function(format!("bgnbd_{n}"), |b| {
            b.iter(|| BetaGeo::fit(&s.frequency, &s.recency, &s.t, None, Variant::BgNbd, &opts).map(|m| m.0.r))
        });
        g.bench_function(format!("pareto_nbd_{n}"), |b| {
            b.iter(|| ParetoNbd::fit(&s.frequency, &s.recency, &s.t, None, &opts).map(|m| m.0.r))
        });
    }
    g.finish();
}

/// An order of `n` lines, placed, paid, shipped whole and delivered; then one return of every
/// line. Per line the work must stay the same at 1k and 100k lines (linear, not quadratic).
fn order_lines(c: &mut Criterion) {
    use chrono::{TimeZone, Utc};
    use postpurchase::returns::*;
    use postpurchase::*;
    let now = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).single().unwrap_or_default();
    let meta = |k: &str| CommandMeta::new(IdempotencyKey::new(k).unwrap(), now);
    let lifecycle = |n: usize| -> Order {
        let mut b = NewOrder::builder(
            OrderId::new("o").unwrap(),
            CustomerId::new("c").unwrap(),
            Currency::from_code("USD").unwrap(),
            now,
        );
        for i in 0..n {
            b = b.line(NewLine::new(
                LineId::new(format!("l{i}")).unwrap(),
                Sku::new("S").unwrap(),
                "T",
                1,
                Money::parse("1.00", "USD").unwrap(),
            ));
        }
        let mut o = Order::from_events(&Order::place(b.build(), &meta("place")).unwrap()).unwrap();
        let lines: Vec<LineQuantity> =
            (0..n).map(|i| LineQuantity { line: LineId::new(format!("l{i}")).unwrap(), quantity: 1 }).collect();
        let total = o.total();
        o.handle(&OrderCommand::CapturePayment { payment: PaymentId::new("p").unwrap(), amount: total }, &meta("pay"))
            .unwrap();
        let shipment = NewShipment {
            id: ShipmentId::new("s").unwrap(),
            lines,
            carrier: "ups".into(),
            tracking_number: None,
            promised_by: None,
            route: Route::Domestic,
        };
        o.handle(&OrderCommand::CreateShipment { shipment }, &meta("ship")).unwrap();
        o.handle(&OrderCommand::MarkDelivered { shipment: ShipmentId::new("s").unwrap(), at: now }, &meta("deliver"))
            .unwrap();
        let req = ReturnRequest {
            id: ReturnId::new("r").unwrap(),
            customer: CustomerId::new("c").unwrap(),
            lines: (0..n)
                .map(|i| RequestedLine {
                    line: LineId::new(format!("l{i}")).unwrap(),
                    quantity: 1,
                    reason: ReturnReason::DoesNotFit,
                })
                .collect(),
            method: RefundMethod::OriginalPayment,
            exchange: None,
        };
        let policy = ReturnPolicy::from_json(r#"{"window": {"days": 30}}"#).unwrap();
        let (_, ev) = request_return(&o, &req, &policy, &EligibilityContext::default(), &meta("ret")).unwrap();
        for e in &ev {
            o.apply(e);
        }
        o
    };
    let mut g = c.benchmark_group("order_lines");
    g.sample_size(10);
    for n in [1_000usize, 100_000] {
        g.throughput(Throughput::Elements(n as u64));
        g.bench_function(format!("lifecycle_{n}_lines"), |b| b.iter(|| lifecycle(n).version()));
    }
    g.finish();
}

/// One loyalty earn and one redemption on members whose ledgers hold 1k, 10k and 100k entries:
/// a command's cost must not grow with the history.
fn loyalty(c: &mut Criterion) {
    use postpurchase::loyalty::{EarnLine, LoyaltyCommand, Member, Programme};
    use postpurchase::{CommandMeta, CustomerId, IdempotencyKey, LineId, OrderId};
    let p = Programme::from_json(
        r#"{"currency": "USD", "earning": {"points_per_currency_unit": "1"},
        "expiry": {"kind": "days_after_available", "days": 365}}"#,
    )
    .unwrap();
    let t0 = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().unwrap_or_default();
    let run = |m: &mut Member, cmd: LoyaltyCommand, key: String, at: chrono::DateTime<Utc>| {
        m.handle(&cmd, &p, &CommandMeta::new(IdempotencyKey::new(key).unwrap(), at)).unwrap();
    };
    let usd = postpurchase::Currency::from_code("USD").unwrap();
    let spend = postpurchase::Money::new(Decimal::new(2500, 2), usd).unwrap();
    let total = postpurchase::Money::new(Decimal::new(10_000, 2), usd).unwrap();
    let earn = |i: u64| LoyaltyCommand::EarnOrder {
        order: OrderId::new(format!("o{i}")).unwrap(),
        lines: vec![EarnLine { line: LineId::new("l").unwrap(), spend, tax: None }],
        shipping: None,
        delivered_at: Some(t0),
        return_window_end: None,
    };
    let redeem = |i: u64| LoyaltyCommand::Redeem {
        redemption: format!("r{i}"),
        order: OrderId::new(format!("x{i}")).unwrap(),
        order_total: total,
        points: 100,
        reward: None,
    };
    let mut g = c.benchmark_group("loyalty");
    g.sample_size(10);
    g.measurement_time(std::time::Duration::from_secs(3));
    for n in [1_000u64, 10_000, 100_000] {
        // a history of n entries: adjustments (each a lot), earns and redemptions
        let mut m = Member::new(CustomerId::new("c").unwrap());
        let at = |i: u64| t0 + Duration::minutes(i64::try_from(i).unwrap_or(0));
        for i in 0..n / 2 {
            run(
                &mut m,
                LoyaltyCommand::Adjust { points: 1_000_000_000, reason: "seed".into() },
                format!("a{i}"),
                at(i),
            );
        }
        for i in n / 2..n {
            let cmd = if i % 2 == 0 { earn(i) } else { redeem(i) };
            run(&mut m, cmd, format!("h{i}"), at(n / 2));
        }
        let now = at(n);
        // each iteration loads the member from its n entries, as a host does, and builds the
        // commands (the host's work, both outside the timing); the timing covers handling a
        // batch of pairs, so every sample measures commands on a ledger of about n entries, not
        // on one grown by millions of entries during the run
        const PAIRS: u64 = 2_500;
        let history = m.entries().to_vec();
        let batch = || {
            let commands: Vec<(LoyaltyCommand, CommandMeta)> = (n..n + PAIRS)
                .flat_map(|k| {
                    let meta = |key: String| CommandMeta::new(IdempotencyKey::new(key).unwrap(), now);
                    [(earn(k), meta(format!("e{k}"))), (redeem(k), meta(format!("r{k}")))]
                })
                .collect();
            (Member::from_entries(CustomerId::new("c").unwrap(), &history), commands)
        };
        g.throughput(Throughput::Elements(2 * PAIRS));
        g.bench_function(format!("earn_and_redeem_{n}_entries"), |b| {
            b.iter_batched_ref(
                batch,
                |(m, commands)| {
                    for (cmd, meta) in commands.iter() {
                        m.handle(cmd, &p, meta).unwrap();
                    }
                },
                criterion::BatchSize::PerIteration,
            )
        });
    }
    g.finish();
}

criterion_group!(benches, nps, summary, fits, order_lines, loyalty);
criterion_main!(benches);
