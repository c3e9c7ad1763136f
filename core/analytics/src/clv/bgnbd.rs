//! BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way") and the modified
//! BG/NBD (Batislam, Denizel & Filiztekin 2007), which also lets customers with no repeat purchase
//! drop out.

use serde::{Deserialize, Serialize};

use super::TransactionModel;
use super::fit::{FitDiagnostics, FitOptions, Penalty, RfmData, compress, compress_at, fit_positive};
use super::special::{digamma, hyp2f1, ln_gamma};
use crate::error::{Error, ErrorKind, Result};

/// Which variant of the beta-geometric model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Variant {
    /// BG/NBD: drop-out only after a repeat purchase.
    #[default]
    BgNbd,
    /// Modified BG/NBD: drop-out possible at time zero as well.
    Modified,
}

/// Fitted parameters of a (modified) BG/NBD model.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BetaGeo {
    /// Shape of the gamma distribution of purchase rates.
    pub r: f64,
    /// Scale of the gamma distribution of purchase rates.
    pub alpha: f64,
    /// Beta distribution of the drop-out probability, first shape.
    pub a: f64,
    /// Beta distribution of the drop-out probability, second shape.
    pub b: f64,
    /// Which variant (BG/NBD when left out).
    #[serde(default)]
    pub variant: Variant,
}

/// The distinct recency and age values, so each evaluation takes one logarithm per value
/// instead of two per row.
struct TimeIndex {
    values: Vec<f64>,
    t_x: Vec<usize>,
    t: Vec<usize>,
}

impl TimeIndex {
    fn new(d: &RfmData) -> TimeIndex {
        let mut values: Vec<f64> = d.t_x.iter().chain(&d.t).copied().collect();
        values.sort_unstable_by(f64::total_cmp);
        values.dedup();
        let find = |v: &f64| values.binary_search_by(|x| x.total_cmp(v)).unwrap_or(0);
        let t_x = d.t_x.iter().map(find).collect();
        let t = d.t.iter().map(find).collect();
        TimeIndex { values, t_x, t }
    }
}

/// Sum of weighted log-likelihoods and its gradient in (r, alpha, a, b).
fn ll_and_grad(p: [f64; 4], d: &RfmData, variant: Variant) -> (f64, [f64; 4]) {
    ll_and_grad_indexed(p, d, &TimeIndex::new(d), variant)
}

fn ll_and_grad_indexed(p: [f64; 4], d: &RfmData, ix: &TimeIndex, variant: Variant) -> (f64, [f64; 4]) {
    let [r, alpha, a, b] = p;
    let logs: Vec<f64> = ix.values.iter().map(|v| (alpha + v).ln()).collect();
    let invs: Vec<f64> = ix.values.iter().map(|v| 1.0 / (alpha + v)).collect();
    let (ln_alpha, psi_r, lg_r) = (alpha.ln(), digamma(r), ln_gamma(r));
    let (psi_ab, lg_ab, psi_b, lg_b) = (digamma(a + b), ln_gamma(a + b), digamma(b), ln_gamma(b));
    let mut total = 0.0;
    let mut g = [0.0f64; 4];
    let n = d.rows();
    let mut i = 0;
    while i < n {
        let x = d.x.get(i).copied().unwrap_or(0.0);
        // per-frequency terms
        let off = if variant == Variant::Modified { 1.0 } else { 0.0 };
        let (rx, bx, abx) = (r + x, b + x + off, a + b + x + off);
        let c1 = ln_gamma(rx) - lg_r + r * ln_alpha + lg_ab + ln_gamma(bx) - lg_b - ln_gamma(abx);
        let (psi_rx, psi_bx, psi_abx) = (digamma(rx), digamma(bx), digamma(abx));
        let d1 = [psi_rx - psi_r + ln_alpha, r / alpha, psi_ab - psi_abx, psi_ab + psi_bx - psi_b - psi_abx];
        // the second branch: a / (b + x - 1) for BG/NBD (x > 0 only), a / (b + x) for the modified model
        let has_v = variant == Variant::Modified || x > 0.0;
        let bden = if variant == Variant::Modified { b + x } else { b + x - 1.0 };
        let ln_ab = if has_v { a.ln() - bden.ln() } else { 0.0 };
        let mut j = i;
        while j < n && d.x.get(j).copied() == Some(x) {
            let (it, itx, w) = (
                ix.t.get(j).copied().unwrap_or(0),
                ix.t_x.get(j).copied().unwrap_or(0),
                d.w.get(j).copied().unwrap_or(0.0),
            );
            let (l_t, l_tx) = (logs.get(it).copied().unwrap_or(0.0), logs.get(itx).copied().unwrap_or(0.0));
            let (inv_t, inv_tx) = (invs.get(it).copied().unwrap_or(0.0), invs.get(itx).copied().unwrap_or(0.0));
            let lu = -rx * l_t;
            let (c, wu, wv) = if has_v {
                // log(e^lu + e^lv) and the two shares, with one exponential
                let lv = ln_ab - rx * l_tx;
                let e = (-(lu - lv).abs()).exp();
                let (big, small) = (1.0 / (1.0 + e), e / (1.0 + e));
                if lu >= lv { (lu + e.ln_1p(), big, small) } else { (lv + e.ln_1p(), small, big) }
            } else {
                (lu, 1.0, 0.0)
            };
            total += w * (c1 + c);
            g[0] += w * (d1[0] - wu * l_t - wv * l_tx);
            g[1] += w * (d1[1] - wu * rx * inv_t - wv * rx * inv_tx);
            g[2] += w * d1[2];
            g[3] += w * d1[3];
            if has_v {
                g[2] += w * wv / a;
                g[3] -= w * wv / bden;
            }
            j = j.saturating_add(1);
        }
        i = j;
    }
    (total, g)
}

impl BetaGeo {
    /// Fits by maximum likelihood on summary columns (any order; identical rows are merged).
    ///
    /// ```
    /// use postpurchase::clv::{BetaGeo, FitOptions, Variant};
    /// // some customers buy again until the end, some stop early
    /// let x = [2.0, 1.0, 0.0, 0.0, 4.0, 0.0, 1.0, 3.0, 5.0, 2.0, 1.0, 6.0];
    /// let t_x = [5.0, 1.7, 0.0, 0.0, 35.0, 0.0, 10.0, 6.0, 37.0, 3.0, 2.0, 38.0];
    /// let t = [38.9; 12];
    /// let (model, diag) = BetaGeo::fit(&x, &t_x, &t, None, Variant::BgNbd, &FitOptions::default())?;
    /// assert!(diag.converged && model.r > 0.0);
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] naming bad rows; [`ErrorKind::DegenerateData`] with no repeat
    /// buyers; [`ErrorKind::FitFailed`] if the optimiser cannot reach finite parameters.
    pub fn fit(
        x: &[f64],
        t_x: &[f64],
        t: &[f64],
        weights: Option<&[f64]>,
        variant: Variant,
        opts: &FitOptions,
    ) -> Result<(BetaGeo, FitDiagnostics)> {
        let d = compress_at(x, t_x, t, weights, opts.time_resolution)?;
        BetaGeo::fit_compressed(&d, variant, opts)
    }

    /// Fits on already-compressed rows.
    ///
    /// # Errors
    /// As [`BetaGeo::fit`].
    pub fn fit_compressed(d: &RfmData, variant: Variant, opts: &FitOptions) -> Result<(BetaGeo, FitDiagnostics)> {
        d.check()?;
        if !d.x.iter().zip(&d.w).any(|(x, w)| *x > 0.0 && *w > 0.0) {
            return Err(Error::new(ErrorKind::DegenerateData, "no repeat buyers: the model cannot be identified"));
        }
        let ix = TimeIndex::new(d);
        // lifetimes penalises alpha in units where the oldest customer's age is 1
        let unit = Penalty::<4>::time_unit(d);
        let penalty = Penalty { coefficient: opts.penalizer, scale: [1.0, unit, 1.0, 1.0] };
        let ([r, alpha, a, b], diag) =
            fit_positive(|p| ll_and_grad_indexed(p, d, &ix, variant), d.customers(), d.rows(), opts, &penalty)?;
        Ok((BetaGeo { r, alpha, a, b, variant }, diag))
    }

    /// Total log-likelihood of summary columns under these parameters.
    ///
    /// # Errors
    /// As [`super::fit::compress`].
    pub fn log_likelihood(&self, x: &[f64], t_x: &[f64], t: &[f64]) -> Result<f64> {
        let d = compress(x, t_x, t, None)?;
        Ok(ll_and_grad([self.r, self.alpha, self.a, self.b], &d, self.variant).0)
    }

    /// P(X(t) = n): the probability that a new customer makes `n` purchases in a period of length
    /// `t` (BG/NBD: Fader, Hardie & Lee 2005, eq. 8; modified BG/NBD: Batislam et al. 2007).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for a negative or non-finite `t`, or `n` above
    /// [`super::MAX_PURCHASE_COUNT`].
    pub fn probability_of_purchases(&self, n: u32, t: f64) -> Result<f64> {
        super::check_count(n)?;
        if !(t.is_finite() && t >= 0.0) {
            return Err(Error::new(ErrorKind::InvalidInput, "P(X(t)=n) needs t >= 0"));
        }
        let Self { r, alpha, a, b, variant } = *self;
        let x = f64::from(n);
        let lbeta = |p: f64, q: f64| ln_gamma(p) + ln_gamma(q) - ln_gamma(p + q);
        let ln_q = (alpha / (alpha + t)).ln();
        let ln_p = (t / (alpha + t)).ln();
        let nb = |j: f64| {
            (ln_gamma(r + j) - ln_gamma(r) - ln_gamma(j + 1.0) + r * ln_q + if j > 0.0 { j * ln_p } else { 0.0 }).exp()
        };
        // the modified model is BG/NBD after a possible drop-out at time zero, which adds a/(a+b)
        // mass at zero: both come out as the same two terms with b shifted by one
        let off = if variant == Variant::Modified { 1.0 } else { 0.0 };
        let first = (lbeta(a, b + x + off) - lbeta(a, b)).exp() * nb(x);
        if variant == Variant::BgNbd && n == 0 {
            return Ok(first);
        }
        let partial: f64 = (0..n).map(|j| nb(f64::from(j))).sum();
        let second = (lbeta(a + 1.0, b + x - 1.0 + off) - lbeta(a, b)).exp() * (1.0 - partial);
        let p = first + second;
        if p.is_finite() {
            Ok(p)
        } else {
            Err(Error::new(ErrorKind::InvalidInput, "P(X(t)=n) could not be computed this far ahead"))
        }
    }
}

impl BetaGeo {
    /// The factor in front of a customer's conditional expectation: `(a+b+x-1)/(a-1)` (BG/NBD),
    /// `(a+b+x)/(a-1)` (modified).
    fn conditional_scale(&self, x: f64) -> f64 {
        let Self { a, b, variant, .. } = *self;
        match variant {
            Variant::BgNbd => (a + b + x - 1.0) / (a - 1.0),
            Variant::Modified => (a + b + x) / (a - 1.0),
        }
    }

    /// `w^(r+x) · 2F1(r+x, b+x; a+b+x-1; z)` (BG/NBD; the modified model has `b+x+1` and
    /// `a+b+x`), with `w = age/(age+t)` and `z = t/(age+t)`, the term of the expected purchases
    /// in the next `t` of a customer with `x` repeat purchases and `age` = alpha + T.
    ///
    /// Summed after Euler's transformation `2F1(A, B; C; z) = (1-z)^(C-A-B) 2F1(C-A, C-B; C; z)`,
    /// which turns it into `w^(a-1) · 2F1(a+b-1-r, a-1; a+b+x-1; z)`: parameters of the size of
    /// the model's, not of `x`, so heavy buyers (thousands of purchases) and long horizons sum in
    /// few terms without overflow (the direct series multiplies a power near 0 by one near
    /// infinity).
    fn survival_term(&self, t: f64, x: f64, age: f64) -> f64 {
        let Self { r, a, b, variant, .. } = *self;
        let z = t / (age + t);
        let w = age / (age + t);
        let series = match variant {
            Variant::BgNbd => hyp2f1(a + b - 1.0 - r, a - 1.0, a + b + x - 1.0, z),
            Variant::Modified => hyp2f1(a + b - r, a - 1.0, a + b + x, z),
        };
        w.powf(a - 1.0) * series
    }
}

impl TransactionModel for BetaGeo {
    fn expected_purchases(&self, t: f64) -> f64 {
        // the conditional expectation of a customer with no purchases and age 0
        let Self { alpha, a, b, variant, .. } = *self;
        let scale = match variant {
            Variant::BgNbd => (a + b - 1.0) / (a - 1.0),
            Variant::Modified => b / (a - 1.0),
        };
        scale * (1.0 - self.survival_term(t, 0.0, alpha))
    }

    fn conditional_expected_purchases(&self, t: f64, x: f64, t_x: f64, big_t: f64) -> f64 {
        self.conditional_scale(x)
            * (1.0 - self.survival_term(t, x, self.alpha + big_t))
            * self.probability_alive(x, t_x, big_t)
    }

    /// Each row's hypergeometric term is computed once per distinct (x, T) of the batch: the
    /// same arithmetic as [`BetaGeo::conditional_expected_purchases`], so the same bits.
    fn conditional_expected_purchases_rows(&self, t: f64, x: &[f64], t_x: &[f64], big_t: &[f64]) -> Vec<f64> {
        let mut survival: rustc_hash::FxHashMap<[u64; 2], f64> = rustc_hash::FxHashMap::default();
        (x.iter().zip(t_x).zip(big_t))
            .map(|((&x, &t_x), &big_t)| {
                let term = *survival
                    .entry([x.to_bits(), big_t.to_bits()])
                    .or_insert_with(|| self.survival_term(t, x, self.alpha + big_t));
                self.conditional_scale(x) * (1.0 - term) * self.probability_alive(x, t_x, big_t)
            })
            .collect()
    }

    fn probability_alive(&self, x: f64, t_x: f64, big_t: f64) -> f64 {
        let Self { r, alpha, a, b, variant } = *self;
        let odds = |den: f64| (a / den) * ((alpha + big_t) / (alpha + t_x)).powf(r + x);
        match variant {
            Variant::BgNbd if x == 0.0 => 1.0,
            Variant::BgNbd => 1.0 / (1.0 + odds(b + x - 1.0)),
            Variant::Modified => 1.0 / (1.0 + odds(b + x)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> RfmData {
        compress(
            &[0.0, 2.0, 1.0, 0.0, 5.0, 1.0, 2.0],
            &[0.0, 30.4, 1.7, 0.0, 35.0, 12.0, 30.4],
            &[38.9, 38.9, 20.0, 12.5, 38.9, 38.9, 38.9],
            None,
        )
        .unwrap_or_default()
    }

    #[test]
    fn batch_conditional_expectations_equal_row_ones_to_the_bit() {
        let (mut x, mut t_x, mut t) = (vec![], vec![], vec![]);
        for i in 0..500u32 {
            let xi = f64::from(i % 6);
            x.push(xi);
            t_x.push(if xi == 0.0 { 0.0 } else { f64::from(1 + i % 17) });
            t.push(30.0 + f64::from(i % 7));
        }
        for variant in [Variant::BgNbd, Variant::Modified] {
            let m = BetaGeo { r: 0.24, alpha: 4.41, a: 0.79, b: 2.43, variant };
            let batch = m.conditional_expected_purchases_rows(10.0, &x, &t_x, &t);
            for i in 0..x.len() {
                let one = m.conditional_expected_purchases(10.0, x[i], t_x[i], t[i]);
                assert_eq!(batch[i].to_bits(), one.to_bits(), "row {i}");
            }
        }
    }

    #[test]
    fn the_gradient_matches_finite_differences_for_both_variants() {
        let d = data();
        let p = [0.24, 4.4, 0.79, 2.4];
        for variant in [Variant::BgNbd, Variant::Modified] {
            let (_, g) = ll_and_grad(p, &d, variant);
            for k in 0..4 {
                let h = 1e-6;
                let (mut up, mut down) = (p, p);
                up[k] += h;
                down[k] -= h;
                let num = (ll_and_grad(up, &d, variant).0 - ll_and_grad(down, &d, variant).0) / (2.0 * h);
                assert!((g[k] - num).abs() < 1e-5 * num.abs().max(1.0), "{variant:?} {k}: {} vs {num}", g[k]);
            }
        }
    }
}
