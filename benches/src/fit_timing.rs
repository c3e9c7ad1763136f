//! Times the CLV fits on seeded synthetic data and prints one line per run (used by the
//! side-by-side comparison scripts). Usage: `fit-timing [customers...]`, or
//! `fit-timing --random-continuous [rows...]` for fits on random continuous (x, t_x, T) rows,
//! the data that used to make Pareto/NBD fits run for minutes, or `fit-timing --continuous-binned
//! [customers...]` for fits on continuous times binned to a week (default 10 million customers).

use std::time::Instant;

use postpurchase::clv::{BetaGeo, FitOptions, GammaGamma, ParetoNbd, Variant};
use postpurchase_benches::bgnbd_customers;

/// `n` random (x, t_x, T) rows with continuous times in weeks: T uniform in [1, 52), x below
/// `max_x`, t_x uniform in [0, T) for repeat buyers.
fn continuous_rows(n: usize, seed: u64, max_x: u32) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    use rand::{Rng, SeedableRng};
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let (mut x, mut tx, mut t) = (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
    for _ in 0..n {
        let big_t: f64 = rng.gen_range(1.0..52.0);
        let freq = f64::from(rng.gen_range(0..max_x));
        x.push(freq);
        tx.push(if freq > 0.0 { rng.gen_range(0.0..big_t) } else { 0.0 });
        t.push(big_t);
    }
    (x, tx, t)
}

/// Fits both models on `n` random rows with continuous times: whatever the data, a fit ends
/// with parameters or a typed error, and its time is printed.
fn random_continuous(n: usize) {
    let (x, tx, t) = continuous_rows(n, 7, 12);
    let opts = FitOptions::default();
    let t0 = Instant::now();
    let pn = ParetoNbd::fit(&x, &tx, &t, None, &opts);
    let t_pn = t0.elapsed().as_secs_f64();
    let t0 = Instant::now();
    let bg = BetaGeo::fit(&x, &tx, &t, None, Variant::BgNbd, &opts);
    let t_bg = t0.elapsed().as_secs_f64();
    let show = |r: Result<String, postpurchase::Error>| r.unwrap_or_else(|e| format!("error {}", e.code()));
    println!(
        "random continuous rows={n} pareto={t_pn:.2}s {} | bgnbd={t_bg:.2}s {}",
        show(pn.map(|(m, d)| format!(
            "r={:.4} alpha={:.4} s={:.4} beta={:.4} converged={} iterations={}",
            m.r, m.alpha, m.s, m.beta, d.converged, d.iterations
        ))),
        show(bg.map(|(m, d)| format!(
            "r={:.4} alpha={:.4} a={:.4} b={:.4} converged={} iterations={}",
            m.r, m.alpha, m.a, m.b, d.converged, d.iterations
        ))),
    );
}

/// Fits on `n` customers with continuous times (in weeks), binned to a week.
fn continuous_binned(n: usize) {
    let (x, tx, t) = continuous_rows(n, 11, 8);
    let opts = FitOptions { time_resolution: Some(1.0), ..FitOptions::default() };
    let t0 = Instant::now();
    let bg = BetaGeo::fit(&x, &tx, &t, None, Variant::BgNbd, &opts);
    let t_bg = t0.elapsed().as_secs_f64();
    let t0 = Instant::now();
    let pn = ParetoNbd::fit(&x, &tx, &t, None, &opts);
    let t_pn = t0.elapsed().as_secs_f64();
    let show = |r: Result<String, postpurchase::Error>| r.unwrap_or_else(|e| format!("error {}", e.code()));
    println!(
        "continuous customers={n} binned to a week: bgnbd={t_bg:.2}s {} | pareto={t_pn:.2}s {}",
        show(bg.map(|(_, d)| format!("rows={} converged={}", d.rows, d.converged))),
        show(pn.map(|(_, d)| format!("rows={} converged={}", d.rows, d.converged))),
    );
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("--continuous-binned") {
        let sizes: Vec<usize> = std::env::args().skip(2).filter_map(|a| a.parse().ok()).collect();
        for n in if sizes.is_empty() { vec![10_000_000] } else { sizes } {
            continuous_binned(n);
        }
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("--random-continuous") {
        let sizes: Vec<usize> = std::env::args().skip(2).filter_map(|a| a.parse().ok()).collect();
        for n in if sizes.is_empty() { vec![300, 3_000, 10_000] } else { sizes } {
            random_continuous(n);
        }
        return;
    }
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![100_000, 1_000_000] } else { sizes };
    let opts = FitOptions::default();
    for n in sizes {
        let s = bgnbd_customers(n, 42);
        let t0 = Instant::now();
        let d = postpurchase::clv::compress(&s.frequency, &s.recency, &s.t, None);
        let t_c = t0.elapsed().as_secs_f64();
        if let Ok(d) = &d {
            let t1 = Instant::now();
            let r = BetaGeo::fit_compressed(d, Variant::BgNbd, &opts);
            println!(
                "n={n} compress={t_c:.3}s fit_compressed={:.3}s iterations={:?}",
                t1.elapsed().as_secs_f64(),
                r.map(|x| x.1.iterations).ok()
            );
        }
        let t0 = Instant::now();
        let bg = BetaGeo::fit(&s.frequency, &s.recency, &s.t, None, Variant::BgNbd, &opts);
        let t_bg = t0.elapsed().as_secs_f64();
        let t0 = Instant::now();
        let pn = ParetoNbd::fit(&s.frequency, &s.recency, &s.t, None, &opts);
        let t_pn = t0.elapsed().as_secs_f64();
        let t0 = Instant::now();
        let gg = GammaGamma::fit(&s.frequency, &s.monetary, &opts);
        let t_gg = t0.elapsed().as_secs_f64();
        match (bg, pn, gg) {
            (Ok((bg, d)), Ok((pn, _)), Ok((gg, _))) => println!(
                "n={n} rows={} bgnbd={t_bg:.3}s r={:.4} alpha={:.4} a={:.4} b={:.4} | pareto={t_pn:.3}s r={:.4} alpha={:.4} s={:.4} beta={:.4} | gamma_gamma={t_gg:.3}s p={:.4} q={:.4} v={:.4}",
                d.rows, bg.r, bg.alpha, bg.a, bg.b, pn.r, pn.alpha, pn.s, pn.beta, gg.p, gg.q, gg.gamma
            ),
            (a, b, c) => println!("n={n} failed: {:?} {:?} {:?}", a.err(), b.err(), c.err()),
        }
    }
}
