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
    /// Frequency × mean spend of each distinct row, with its weight.
    xm: Vec<(f64, f64)>,
}

impl Groups {
    /// Groups weighted (frequency, mean spend) rows by frequency, merging equal rows first, so
    /// a table of distinct rows with their counts (as Spark gives) and the customers it counts
    /// make the same groups.
    fn new(x: &[f64], m: &[f64], w: &[f64]) -> Groups {
        let mut rows: Vec<(f64, f64, f64)> =
            x.iter().zip(m).zip(w).map(|((x, m), w)| (*x, *m, *w)).filter(|r| r.2 > 0.0).collect();
        rows.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let mut merged: Vec<(f64, f64, f64)> = Vec::with_capacity(rows.len());
        for (x, m, w) in rows {
            match merged.last_mut() {
                Some(last) if last.0 == x && last.1 == m => last.2 += w,
                _ => merged.push((x, m, w)),
            }
        }
        let mut groups = Vec::new();
        let mut start = 0;
        while start < merged.len() {
            let fx = merged.get(start).map_or(0.0, |r| r.0);
            let end =
                merged.iter().skip(start).position(|r| r.0 != fx).map_or(merged.len(), |k| start.saturating_add(k));
            let group = merged.get(start..end).unwrap_or(&[]);
            let n = group.iter().map(|r| r.2).sum();
            let sum_ln_m = group.iter().map(|r| r.2 * r.1.ln()).sum();
            groups.push((fx, n, sum_ln_m, start..end));
            start = end;
        }
        Groups { groups, xm: merged.iter().map(|(x, m, w)| (x * m, *w)).collect() }
    }
}

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
        for (xm, w) in d.xm.get(range.clone()).unwrap_or(&[]) {
            sum_ln_xmv += w * (xm + v).ln();
            sum_inv += w / (xm + v);
        }
        total += n * (lg_pxq - lg_px - lg_q + q * ln_v + px * ln_x) + (px - 1.0) * sum_ln_m - (px + q) * sum_ln_xmv;
        g[0] += x * (n * (psi_pxq - psi_px + ln_x) + sum_ln_m - sum_ln_xmv);
        g[1] += n * (psi_pxq - psi_q + ln_v) - sum_ln_xmv;
        g[2] += n * q / v - (px + q) * sum_inv;
    }
    (total, g)
}

/// The repeat buyers' frequency, mean spend and weight.
type RepeatBuyers = (Vec<f64>, Vec<f64>, Vec<f64>);

fn repeat_buyers(frequency: &[f64], monetary: &[f64], weights: Option<&[f64]>) -> Result<RepeatBuyers> {
    if frequency.len() != monetary.len() {
        return Err(Error::new(ErrorKind::InvalidInput, "frequency and monetary value must have the same length"));
    }
    if let Some(w) = weights {
        if w.len() != frequency.len() || w.iter().any(|v| !(v.is_finite() && *v >= 0.0)) {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                "weights must be finite, non-negative and one per customer",
            ));
        }
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
    let weight = |i: usize| weights.and_then(|w| w.get(i).copied()).unwrap_or(1.0);
    let (mut x, mut m, mut w) = (Vec::new(), Vec::new(), Vec::new());
    for (i, (fx, mx)) in frequency.iter().zip(monetary).enumerate() {
        if *fx > 0.0 && weight(i) > 0.0 {
            x.push(*fx);
            m.push(*mx);
            w.push(weight(i));
        }
    }
    Ok((x, m, w))
}

impl GammaGamma {
    /// Fits on customers with at least one repeat purchase (others are skipped).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] naming bad rows; [`ErrorKind::DegenerateData`] with fewer than
    /// two repeat buyers; [`ErrorKind::FitFailed`].
    pub fn fit(frequency: &[f64], monetary: &[f64], opts: &FitOptions) -> Result<(GammaGamma, FitDiagnostics)> {
        GammaGamma::fit_weighted(frequency, monetary, None, opts)
    }

    /// [`GammaGamma::fit`] on rows that each stand for `weights` customers (a table of distinct
    /// rows with their counts): the same fit as on the customers the table counts.
    ///
    /// # Errors
    /// As [`GammaGamma::fit`]; [`ErrorKind::InvalidInput`] for weights that are not finite,
    /// non-negative and one per row.
    pub fn fit_weighted(
        frequency: &[f64],
        monetary: &[f64],
        weights: Option<&[f64]>,
        opts: &FitOptions,
    ) -> Result<(GammaGamma, FitDiagnostics)> {
        let (x, m, w) = repeat_buyers(frequency, monetary, weights)?;
        let customers: f64 = w.iter().sum();
        if customers < 2.0 {
            return Err(Error::new(ErrorKind::DegenerateData, "Gamma-Gamma needs at least two repeat buyers"));
        }
        let groups = Groups::new(&x, &m, &w);
        let ll = |p: [f64; 3]| ll_and_grad(p[0], p[1], p[2], &groups);
        let ([p, q, gamma], diag) =
            fit_positive(ll, customers, groups.xm.len(), opts, &Penalty::plain(opts.penalizer))?;
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
    use std::collections::BTreeMap;

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
        let d = Groups::new(&x, &m, &[1.0; 7]);
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

    #[test]
    fn a_table_of_distinct_rows_with_counts_fits_as_the_customers_it_counts() {
        // CDNOW's repeat buyers, mean spend rounded to 5 dollars so that rows repeat
        let csv = include_str!("../../../../conformance/data/cdnow/cdnow_customers_summary_with_transactions.csv");
        let rows: Vec<(f64, f64)> = csv
            .lines()
            .skip(1)
            .filter_map(|l| {
                let f: Vec<f64> = l.split(',').filter_map(|v| v.trim().parse().ok()).collect();
                Some((*f.get(1)?, (f.get(4)? / 5.0).round() * 5.0))
            })
            .filter(|(x, m)| *x > 0.0 && *m > 0.0)
            .collect();
        let (x, m): (Vec<f64>, Vec<f64>) = rows.iter().copied().unzip();
        let opts = FitOptions::default();
        let (each, _) = GammaGamma::fit(&x, &m, &opts).unwrap();
        let mut table: BTreeMap<(u64, u64), f64> = BTreeMap::new();
        for (x, m) in &rows {
            *table.entry((x.to_bits(), m.to_bits())).or_insert(0.0) += 1.0;
        }
        assert!(table.len() * 2 < rows.len(), "{} distinct of {}", table.len(), rows.len());
        // distinct rows with their counts, largest count first (another order than the customers')
        let mut t: Vec<_> = table.into_iter().collect();
        t.sort_by(|a, b| b.1.total_cmp(&a.1));
        let dx: Vec<f64> = t.iter().map(|((x, _), _)| f64::from_bits(*x)).collect();
        let dm: Vec<f64> = t.iter().map(|((_, m), _)| f64::from_bits(*m)).collect();
        let dw: Vec<f64> = t.iter().map(|(_, w)| *w).collect();
        let (weighted, _) = GammaGamma::fit_weighted(&dx, &dm, Some(&dw), &opts).unwrap();
        assert_eq!(each, weighted);
        let mut bad = dw.clone();
        if let Some(b) = bad.first_mut() {
            *b = f64::NAN;
        }
        let err = GammaGamma::fit_weighted(&dx, &dm, Some(&bad), &opts).unwrap_err();
        assert_eq!(err.code(), "input.invalid");
    }
}
