//! The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV: using
//! iso-value curves for customer base analysis"), fitted on repeat buyers.

use serde::{Deserialize, Serialize};

use super::fit::{FitDiagnostics, FitOptions, fit_positive};
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

fn ll_and_grad(p: f64, q: f64, v: f64, x: &[f64], m: &[f64]) -> (f64, [f64; 3]) {
    let (lg_q, psi_q, ln_v) = (ln_gamma(q), digamma(q), v.ln());
    let mut total = 0.0;
    let mut g = [0.0; 3];
    for (&x, &m) in x.iter().zip(m) {
        let px = p * x;
        let (ln_m, ln_x, ln_xmv) = (m.ln(), x.ln(), (x * m + v).ln());
        let (psi_pxq, psi_px) = (digamma(px + q), digamma(px));
        total += ln_gamma(px + q) - ln_gamma(px) - lg_q + q * ln_v + (px - 1.0) * ln_m + px * ln_x - (px + q) * ln_xmv;
        g[0] += x * (psi_pxq - psi_px + ln_m + ln_x - ln_xmv);
        g[1] += psi_pxq - psi_q + ln_v - ln_xmv;
        g[2] += q / v - (px + q) / (x * m + v);
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
        let ll = |p: [f64; 3]| ll_and_grad(p[0], p[1], p[2], &x, &m);
        let ([p, q, gamma], diag) = fit_positive(ll, x.len() as f64, x.len(), opts)?;
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
