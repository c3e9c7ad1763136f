//! Reads a CDNOW transaction file, builds the customer summary (39-week calibration from
//! 1997-01-01), fits BG/NBD and Gamma-Gamma, and prints the parameters and the ten customers with
//! the highest 12-month CLV.
//!
//! Run with `cargo run --release --example clv_report [-- FILE]` (default: the committed
//! `conformance/data/cdnow/CDNOW_sample.txt`).

use chrono::NaiveDate;
use postpurchase::clv::*;
use postpurchase::metrics::{TimeUnit, customer_summary, parse_cdnow};
use postpurchase::{Error, ErrorKind, Result};

fn main() -> Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../conformance/data/cdnow/CDNOW_sample.txt").to_string()
    });
    let text =
        std::fs::read_to_string(&path).map_err(|e| Error::new(ErrorKind::InvalidInput, format!("{path}: {e}")))?;
    let started = std::time::Instant::now();
    let txns = parse_cdnow(&text)?;
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| Error::new(ErrorKind::InvalidInput, "date"));
    let s = customer_summary(&txns, day(1997, 9, 30)?, None, TimeUnit::Weeks)?;
    println!("{} transactions, {} customers (calibration to 1997-09-30, weeks)", txns.len(), s.len());
    let opts = FitOptions::default();
    let (bg, d) = BetaGeo::fit(&s.frequency, &s.recency, &s.t, None, Variant::BgNbd, &opts)?;
    println!(
        "BG/NBD      r = {:.3}  alpha = {:.3}  a = {:.3}  b = {:.3}   log-likelihood {:.1}  ({} iterations, {} distinct rows, converged: {})",
        bg.r, bg.alpha, bg.a, bg.b, d.log_likelihood, d.iterations, d.rows, d.converged
    );
    let (gg, d) = GammaGamma::fit(&s.frequency, &s.monetary_value, &opts)?;
    println!(
        "Gamma-Gamma p = {:.3}  q = {:.3}  gamma = {:.3}   log-likelihood {:.1}  ({} repeat buyers)",
        gg.p, gg.q, gg.gamma, d.log_likelihood, d.customers
    );
    let clv = customer_lifetime_value(
        &bg,
        &gg,
        &s.frequency,
        &s.recency,
        &s.t,
        &s.monetary_value,
        12,
        0.01,
        TimeUnit::Weeks,
    )?;
    let alive = probability_alive(&bg, &s.frequency, &s.recency, &s.t)?;
    let mut order: Vec<usize> = (0..s.len()).collect();
    order.sort_by(|&a, &b| clv[b].total_cmp(&clv[a]));
    println!("\nTop 10 customers by 12-month CLV (1% monthly discount):");
    println!(
        "{:>8} {:>9} {:>8} {:>6} {:>10} {:>8} {:>10}",
        "customer", "frequency", "recency", "T", "avg spend", "P(alive)", "CLV"
    );
    for &i in order.iter().take(10) {
        println!(
            "{:>8} {:>9} {:>8.2} {:>6.2} {:>10.2} {:>8.3} {:>10.2}",
            s.customer[i], s.frequency[i], s.recency[i], s.t[i], s.monetary_value[i], alive[i], clv[i]
        );
    }
    println!("\ndone in {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);
    Ok(())
}
