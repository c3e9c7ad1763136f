//! Times the CLV fits on seeded synthetic data and prints one line per run (used by the
//! side-by-side comparison scripts). Usage: `fit-timing [customers...]`.

use std::time::Instant;

use postpurchase::clv::{BetaGeo, FitOptions, GammaGamma, ParetoNbd, Variant};
use postpurchase_benches::bgnbd_customers;

fn main() {
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
