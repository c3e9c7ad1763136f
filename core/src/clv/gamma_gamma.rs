//! The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV: using
//! iso-value curves for customer base analysis"), fitted on repeat buyers.

use serde::{Deserialize, Serialize};

use super::fit::{FitDiagnostics, FitOptions, Penalty, fit_positive};
use super::special::{digamma, ln_gamma};
use crate::error::{Error, ErrorKind, Result};

/// Fitted Gamma-Gamma parameters (`gamma` is called `v` in `lifetimes`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GammaGamma {
    /// Shape of spend per transaction.
    pub p: f64,
    /// Shape of the gamma distribution of the scale.
    pub q: f64,
    /// Scale of the gamma distribution of the scale.
    pub gamma: f64,
}

/// Repeat buyers grouped by frequency, with what does not depend on the parameters computed once:
/// each evaluation then takes the gamma functions once per distinct frequency and one logarithm
/// per customer.
struct Groups {
    /// (frequency, customers, Σ ln m) per distinct frequency, and the range of its rows.
    groups: Vec<(f64, f64, f64, std::ops::Range<usize>)>,
    /// x·m per customer, in group order.
    xm: Vec<f64>,
}

impl Groups {
    fn new(x: &[f64], m: &[f64]) -> Groups {
        let mut rows: Vec<(f64, f64)> = x.iter().copied().zip(m.iter().copied()).collect();
        rows.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let mut groups = Vec::new();
        let mut start = 0;
        while start < rows.len() {
            let fx = rows.get(start).map_or(0.0, |r| r.0);
            let end = rows.iter().skip(start).position(|r| r.0 != fx).map_or(rows.len(), |k| start.saturating_add(k));
            let sum_ln_m = rows.get(start..end).map_or(0.0, |g| g.iter().map(|r| r.1.ln()).sum());
            groups.push((fx, end.saturating_sub(start) as f64, sum_ln_m, start..end));
            start = end;
        }
        Groups { groups, xm: rows.iter().map(|(a, b)| a * b).collect() }
    }
}

/// Sum of log-likelihoods and its gradient in (p, q, gamma).
fn ll_and_grad(p: f64, q: f64, v: f64, d: &Groups) -> (f64, [f64; 3]) {
    let (lg_q, psi_q, ln_v) = (ln_gamma(q), digamma(q), v.ln());
    let mut total = 0.0;
    let mut g = [0.0; 3];
    for (x, n, sum_ln_m, range) in &d.groups {
        let (x, n, sum_ln_m) = (*x, *n, *sum_ln_m);
        let px = p * x;
        let (lg_pxq, lg_px, psi_pxq, psi_px, ln_x) =
            (ln_gamma(px + q), ln_gamma(px), digamma(px + q), digamma(px), x.ln());
        let (mut sum_ln_xmv, mut sum_inv) = (0.0, 0.0);
        for xm in d.xm.get(range.clone()).unwrap_or(&[]) {
            sum_ln_xmv += (xm + v).ln();
            sum_inv += 1.0 / (xm + v);
        }
        total += n * (lg_pxq - lg_px - lg_q + q * ln_v + px * ln_x) + (px - 1.0) * sum_ln_m - (px + q) * sum_ln_xmv;
        g[0] += x * (n * (psi_pxq - psi_px + ln_x) + sum_ln_m - sum_ln_xmv);
        g[1] += n * (psi_pxq - psi_q + ln_v) - sum_ln_xmv;
        g[2] += n * q / v - (px + q) * sum_inv;
    }
    (total, g)
}

fn repeat_buyers(frequency: &[f64], monetary: &[f64]) -> Result<(Vec<f64>, Vec<f64>)> {
    if frequency.len() != monetary.len() {
        return Err(Error::new(ErrorKind::InvalidInput, "frequency and monetary value must have the same length"));
    }
    let bad: Vec<String> = frequency
        .iter()
        .zip(monetary)
        .enumerate()
        .filter(|(_, (x, m))| !(x.is_finite() && m.is_finite() && **x >= 0.0 && (**x == 0.0 || **m > 0.0)))
        .map(|(i, _)| i.to_string())
        .take(20)
        .collect();
    if !bad.is_empty() {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            "frequency must be >= 0 and monetary value > 0 for repeat buyers",
        )
        .with("positions", bad.join(",")));
    }
    Ok(frequency.iter().zip(monetary).filter(|(x, _)| **x > 0.0).map(|(x, m)| (*x, *m)).unzip())
}

impl GammaGamma {
    /// Fits on customers with at least one repeat purchase (others are skipped).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] naming bad rows; [`ErrorKind::DegenerateData`] with fewer than
    /// two repeat buyers; [`ErrorKind::FitFailed`].
    pub fn fit(frequency: &[f64], monetary: &[f64], opts: &FitOptions) -> Result<(GammaGamma, FitDiagnostics)> {
        let (x, m) = repeat_buyers(frequency, monetary)?;
        if x.len() < 2 {
            return Err(Error::new(ErrorKind::DegenerateData, "Gamma-Gamma needs at least two repeat buyers"));
        }
        let groups = Groups::new(&x, &m);
        let ll = |p: [f64; 3]| ll_and_grad(p[0], p[1], p[2], &groups);
        let ([p, q, gamma], diag) = fit_positive(ll, x.len() as f64, x.len(), opts, &Penalty::plain(opts.penalizer))?;
        Ok((GammaGamma { p, q, gamma }, diag))
    }

    /// Expected average spend per transaction of a customer with `frequency` repeat purchases of
    /// mean `monetary`; the population mean `p·gamma/(q−1)` for customers without repeats.
    pub fn conditional_expected_average_value(&self, frequency: f64, monetary: f64) -> f64 {
        let Self { p, q, gamma } = *self;
        let population = gamma * p / (q - 1.0);
        if frequency <= 0.0 {
            return population;
        }
        let weight = p * frequency / (p * frequency + q - 1.0);
        (1.0 - weight) * population + weight * monetary
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The per-customer formula, written out without grouping.
    fn direct(p: f64, q: f64, v: f64, x: &[f64], m: &[f64]) -> f64 {
        x.iter()
            .zip(m)
            .map(|(&x, &m)| {
                let px = p * x;
                ln_gamma(px + q) - ln_gamma(px) - ln_gamma(q) + q * v.ln() + (px - 1.0) * m.ln() + px * x.ln()
                    - (px + q) * (x * m + v).ln()
            })
            .sum()
    }

    #[test]
    fn grouped_likelihood_equals_the_per_customer_formula_and_its_gradient_matches_finite_differences() {
        let x = [1.0, 3.0, 1.0, 2.0, 7.0, 3.0, 1.0];
        let m = [20.5, 33.0, 18.25, 41.0, 27.9, 30.0, 55.1];
        let d = Groups::new(&x, &m);
        let (p, q, v) = (6.2, 3.7, 15.4);
        let (ll, g) = ll_and_grad(p, q, v, &d);
        assert!((ll - direct(p, q, v, &x, &m)).abs() < 1e-9, "{ll}");
        let h = 1e-6;
        let num = [
            (direct(p + h, q, v, &x, &m) - direct(p - h, q, v, &x, &m)) / (2.0 * h),
            (direct(p, q + h, v, &x, &m) - direct(p, q - h, v, &x, &m)) / (2.0 * h),
            (direct(p, q, v + h, &x, &m) - direct(p, q, v - h, &x, &m)) / (2.0 * h),
        ];
        for (a, b) in g.iter().zip(num) {
            assert!((a - b).abs() < 1e-5 * b.abs().max(1.0), "{a} vs {b}");
        }
    }
}
