//! A seeded generator of synthetic customers from the BG/NBD process, for benchmarks and the
//! side-by-side comparisons.

use rand::{Rng, SeedableRng, rngs::StdRng};
use rand_distr::{Beta, Distribution, Gamma};

/// Summary columns (frequency, recency, T) in weeks, on a daily grid like real transaction logs.
pub struct Synthetic {
    /// Repeat purchase days.
    pub frequency: Vec<f64>,
    /// Weeks from first to last purchase day.
    pub recency: Vec<f64>,
    /// Weeks from first purchase day to the end of observation.
    pub t: Vec<f64>,
    /// Mean spend of repeat purchases.
    pub monetary: Vec<f64>,
}

/// Simulates `n` customers from BG/NBD with the CDNOW parameters (r = 0.243, alpha = 4.414,
/// a = 0.793, b = 2.426, weekly rates), joining uniformly over the first 12 weeks of a 39-week
/// observation; purchases on the same day merge. Spend per purchase follows Gamma-Gamma
/// (p = 6.25, q = 3.74, gamma = 15.44). Same seed, same data.
pub fn bgnbd_customers(n: usize, seed: u64) -> Synthetic {
    let mut rng = StdRng::seed_from_u64(seed);
    let (r, alpha, a, b) = (0.243, 4.414, 0.793, 2.426);
    let rate = Gamma::new(r, 1.0 / alpha).unwrap_or_else(|_| unreachable_dist());
    let drop = Beta::new(a, b).unwrap_or_else(|_| unreachable_beta());
    let scale = Gamma::new(3.74, 1.0 / 15.44).unwrap_or_else(|_| unreachable_dist());
    let mut s = Synthetic { frequency: vec![], recency: vec![], t: vec![], monetary: vec![] };
    for _ in 0..n {
        let lambda: f64 = rate.sample(&mut rng);
        let p: f64 = drop.sample(&mut rng);
        let nu: f64 = scale.sample(&mut rng);
        let spend = Gamma::new(6.25, 1.0 / nu).unwrap_or_else(|_| unreachable_dist());
        let join_day = rng.gen_range(0..84u32);
        let horizon_days = f64::from(273 - join_day);
        let (mut time, mut last_day, mut x, mut total) = (0.0f64, 0u32, 0u32, 0.0f64);
        loop {
            let u: f64 = rng.r#gen::<f64>().max(1e-300);
            time += -u.ln() / lambda.max(1e-12) * 7.0;
            if time > horizon_days {
                break;
            }
            let day = time.floor() as u32;
            if day != last_day {
                x += 1;
                last_day = day;
                total += spend.sample(&mut rng);
            }
            if rng.r#gen::<f64>() < p {
                break;
            }
        }
        s.frequency.push(f64::from(x));
        s.recency.push(f64::from(last_day) / 7.0);
        s.t.push(horizon_days / 7.0);
        s.monetary.push(if x > 0 { total / f64::from(x) } else { 0.0 });
    }
    s
}

fn unreachable_dist() -> Gamma<f64> {
    // the parameters above are valid constants; this keeps the generator panic-free
    Gamma::new(1.0, 1.0).unwrap_or_else(|_| unreachable_dist())
}

fn unreachable_beta() -> Beta<f64> {
    Beta::new(1.0, 1.0).unwrap_or_else(|_| unreachable_beta())
}

/// The process's peak resident memory so far, in MB (Linux `VmHWM`; 0 where it is not known).
pub fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}
