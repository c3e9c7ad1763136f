//! Criterion benchmarks: NPS over 10 million answers, the customer summary from 10 million
//! transactions, and BG/NBD and Pareto/NBD fits on 100,000 and 1,000,000 synthetic customers.

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

criterion_group!(benches, nps, summary, fits);
criterion_main!(benches);
