//! Delivery promises on a realistic history: 100,000 shipments over 5 carriers × 2 services ×
//! 20 origins × 50 destinations (2,000 possible lanes, about 1,800 seen, most thinly), transit
//! times drawn per lane with slow legs, 8 % still travelling at the fit. Fitting the history,
//! and promising orders one at a time (each lane worked out afresh) and through a `Promiser`
//! (each lane worked out once), over lanes seen and unseen; and a day's checkout traffic, 1M
//! orders by lane code (the columns path the bindings use).

use chrono::{Duration, TimeZone, Utc};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use postpurchase::promise::{BusinessCalendar, Lane, PromiseModel, Shipped};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

fn lane(rng: &mut StdRng) -> Lane {
    let carriers = ["dhl", "ups", "dpd", "gls", "hermes"];
    let c = carriers[rng.gen_range(0..carriers.len())];
    let s = if rng.gen_bool(0.7) { "standard" } else { "express" };
    Lane::new(c, s, &format!("O{}", rng.gen_range(0..20)), &format!("D{}", rng.gen_range(0..50)))
}

fn history(n: usize) -> (Vec<Shipped>, chrono::DateTime<Utc>) {
    let mut rng = StdRng::seed_from_u64(7);
    let start = Utc.with_ymd_and_hms(2026, 1, 5, 8, 0, 0).unwrap();
    let as_of = start + Duration::days(120);
    let shipments = (0..n)
        .map(|_| {
            let l = lane(&mut rng);
            let ordered = start + Duration::minutes(rng.gen_range(0..60 * 24 * 118));
            let handed = ordered + Duration::hours(rng.gen_range(2..60));
            let slow = if l.destination.ends_with('7') { 3 } else { 0 };
            let base = if l.service == "express" { 1 } else { 2 };
            let delivered = handed + Duration::hours(24 * (base + slow + rng.gen_range(0..4)) + rng.gen_range(0..10));
            let s = Shipped::new(l, ordered).handed_over(handed);
            if delivered > as_of || rng.gen_bool(0.02) { s } else { s.delivered(delivered) }
        })
        .collect();
    (shipments, as_of)
}

fn bench(c: &mut Criterion) {
    let calendar = BusinessCalendar::weekdays("Europe/Berlin", "14:00").unwrap();
    let (shipments, as_of) = history(100_000);
    let mut g = c.benchmark_group("promise");
    g.sample_size(10);
    g.throughput(Throughput::Elements(shipments.len() as u64));
    g.bench_function("fit 100k shipments", |b| b.iter(|| PromiseModel::fit(&calendar, &shipments, as_of).unwrap()));
    let model = PromiseModel::fit(&calendar, &shipments, as_of).unwrap();
    let mut rng = StdRng::seed_from_u64(11);
    let orders: Vec<(Lane, chrono::DateTime<Utc>)> =
        (0..10_000).map(|i| (lane(&mut rng), as_of + Duration::minutes(i))).collect();
    g.throughput(Throughput::Elements(orders.len() as u64));
    g.bench_function("promise 10k orders, one at a time", |b| {
        b.iter(|| orders.iter().filter(|(l, t)| model.promise(l, *t, 0.9).unwrap().likely.is_some()).count())
    });
    g.bench_function("promise 10k orders, through a Promiser", |b| {
        b.iter(|| {
            let mut p = model.promiser(0.9).unwrap();
            orders.iter().filter(|(l, t)| p.promise(l, *t).likely.is_some()).count()
        })
    });
    // a day's checkout traffic: 1M orders over the lanes, each lane worked out once, found by
    // its code (the columns path every binding uses)
    let mut lanes: Vec<Lane> = Vec::new();
    let mut codes: Vec<i64> = Vec::new();
    let mut seen: std::collections::HashMap<Lane, i64> = std::collections::HashMap::new();
    let mut ordered: Vec<i64> = Vec::new();
    for i in 0..1_000_000_i64 {
        let l = lane(&mut rng);
        let code = *seen.entry(l.clone()).or_insert_with(|| {
            lanes.push(l);
            lanes.len() as i64 - 1
        });
        codes.push(code);
        ordered.push((as_of + Duration::seconds(i * 7)).timestamp_nanos_opt().unwrap());
    }
    g.throughput(Throughput::Elements(codes.len() as u64));
    g.bench_function("promise 1M orders by lane code (columns)", |b| {
        b.iter(|| model.promise_columns(&lanes, &codes, &ordered, 0.9).unwrap().likely.len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
