//! Pareto/NBD (Schmittlein, Morrison & Colombo 1987), with the likelihood as in Fader & Hardie's
//! note "A note on deriving the Pareto/NBD model and related expressions" (2005). Gradients are
//! exact: the likelihood is evaluated with forward-mode dual numbers, including the 2F1 series.

use serde::{Deserialize, Serialize};

use super::TransactionModel;
use super::fit::{FitDiagnostics, FitOptions, Penalty, RfmData, compress, compress_at, fit_positive};
use super::special::{D4, Real, ln_gamma};
use crate::error::{Error, ErrorKind, Result};

/// Fitted Pareto/NBD parameters.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ParetoNbd {
    /// Shape of the purchase-rate gamma.
    pub r: f64,
    /// Scale of the purchase-rate gamma.
    pub alpha: f64,
    /// Shape of the drop-out-rate gamma.
    pub s: f64,
    /// Scale of the drop-out-rate gamma.
    pub beta: f64,
}

/// Per-customer log-likelihood: in plain values for predictions, with its gradient in (r, alpha,
/// s, beta) when `N` is [`D4`] (fitting).
#[allow(clippy::arithmetic_side_effects, reason = "dual numbers over f64: IEEE arithmetic never panics or wraps")]
fn ll_row<N: Real>(p: [N; 4], x: f64, t_x: f64, t: f64) -> N {
    ll_row_with(p, x, t_x, t, N::ln_hyp2f1_a1, N::ln_hyp2f1_a1)
}

/// [`ll_row`] with the two hypergeometric terms given by `at_recency` (the one at `t_x`) and
/// `at_age` (the one at `T`), so predictions can compute each once per (x, t_x) and (x, T).
#[allow(clippy::arithmetic_side_effects, reason = "dual numbers over f64: IEEE arithmetic never panics or wraps")]
fn ll_row_with<N: Real>(
    p: [N; 4],
    x: f64,
    t_x: f64,
    t: f64,
    at_recency: impl FnOnce(N, N, N) -> N,
    at_age: impl FnOnce(N, N, N) -> N,
) -> N {
    let [r, alpha, s, beta] = p;
    let logs = |at: f64| [(alpha + at).ln(), (beta + at).ln()];
    let parts = RowParts { a1: first_part(p, x), at_recency: logs(t_x), at_age: logs(t), ln_rsf: (r + s + x).ln() };
    ll_row_from(p, x, t_x, t, &parts, || {
        let (rsf, t2, z1) = term_args(p, x, t_x);
        let (_, _, z2) = term_args(p, x, t);
        (at_recency(rsf, t2, z1), at_age(rsf, t2, z2))
    })
}

/// `ln Γ(r+x) - ln Γ(r) + r ln α + s ln β`: the part of a customer's log-likelihood that depends
/// on `x` alone.
#[allow(clippy::arithmetic_side_effects, reason = "dual numbers over f64: IEEE arithmetic never panics or wraps")]
fn first_part<N: Real>(p: [N; 4], x: f64) -> N {
    let [r, alpha, s, beta] = p;
    (r + x).ln_gamma() - r.ln_gamma() + r * alpha.ln() + s * beta.ln()
}

/// The pieces of a customer's log-likelihood that a fit shares between customers: the part of
/// `x` alone, `[ln(alpha + τ), ln(beta + τ)]` at τ = t_x and at τ = T, and `ln(r + s + x)`.
struct RowParts<N> {
    a1: N,
    at_recency: [N; 2],
    at_age: [N; 2],
    ln_rsf: N,
}

/// A customer's log-likelihood from its shared pieces; `terms` gives the hypergeometric terms at
/// t_x and at T, and is called only when the customer has purchased before T.
#[allow(clippy::arithmetic_side_effects, reason = "dual numbers over f64: IEEE arithmetic never panics or wraps")]
fn ll_row_from<N: Real>(p: [N; 4], x: f64, t_x: f64, t: f64, parts: &RowParts<N>, terms: impl FnOnce() -> (N, N)) -> N {
    let [r, alpha, s, beta] = p;
    let rx = r + x;
    let RowParts { a1, at_recency: [la_tx, lb_tx], at_age: [la_t, lb_t], ln_rsf } = *parts;
    let alive = -(rx * la_t) - s * lb_t;
    if t_x >= t {
        return a1 + alive;
    }
    let rsf = r + s + x;
    // ln(max(alpha, beta) + t_x) and at T
    let (lq1, lq2) = if alpha.value() >= beta.value() { (la_tx, la_t) } else { (lb_tx, lb_t) };
    let (ln_p1, ln_p2) = terms();
    let ln_a0 = (ln_p1 + rsf * lq2).ln_sub_exp(ln_p2 + rsf * lq1) - rsf * (lq1 + lq2);
    let dead = s.ln() + ln_a0 - ln_rsf;
    a1 + alive.ln_add_exp(dead)
}

/// The rows of a fit's data grouped by the two hypergeometric terms of their likelihood: one per
/// distinct (x, t_x) and one per distinct (x, T). Customers share these far more than whole
/// summaries (on 100k simulated customers: about 2,900 and 1,500 keys for 30k distinct rows),
/// so every likelihood evaluation of a fit computes each term once per key, not per row.
struct SharedTerms {
    /// The distinct (x, t_x) pairs.
    at_recency: Vec<[f64; 2]>,
    /// The distinct (x, T) pairs.
    at_age: Vec<[f64; 2]>,
    /// The distinct values of x.
    xs: Vec<f64>,
    /// The distinct values of t_x and T.
    times: Vec<f64>,
    /// Per row: its key in `at_recency`, in `at_age`, in `xs`, and in `times` for t_x and T.
    keys: Vec<[usize; 5]>,
}

impl SharedTerms {
    fn of(d: &RfmData) -> SharedTerms {
        fn key<const K: usize>(
            seen: &mut rustc_hash::FxHashMap<[u64; K], usize>,
            list: &mut Vec<[f64; K]>,
            item: [f64; K],
        ) -> usize {
            *seen.entry(item.map(f64::to_bits)).or_insert_with(|| {
                list.push(item);
                list.len().saturating_sub(1)
            })
        }
        let (mut seen_recency, mut seen_age) = (rustc_hash::FxHashMap::default(), rustc_hash::FxHashMap::default());
        let (mut seen_x, mut seen_time) = (rustc_hash::FxHashMap::default(), rustc_hash::FxHashMap::default());
        let (mut at_recency, mut at_age, mut xs, mut times) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let keys =
            d.x.iter()
                .zip(&d.t_x)
                .zip(&d.t)
                .map(|((&x, &t_x), &t)| {
                    [
                        key(&mut seen_recency, &mut at_recency, [x, t_x]),
                        key(&mut seen_age, &mut at_age, [x, t]),
                        key(&mut seen_x, &mut xs, [x]),
                        key(&mut seen_time, &mut times, [t_x]),
                        key(&mut seen_time, &mut times, [t]),
                    ]
                })
                .collect();
        SharedTerms {
            at_recency,
            at_age,
            xs: xs.into_iter().map(|[x]| x).collect(),
            times: times.into_iter().map(|[t]| t).collect(),
            keys,
        }
    }
}

/// The arguments of the hypergeometric term at time `at` (t_x or T) of a customer with `x`
/// repeat purchases: the same expressions [`ll_row_with`] hands its closures.
#[allow(clippy::arithmetic_side_effects, reason = "dual numbers over f64: IEEE arithmetic never panics or wraps")]
fn term_args<N: Real>(p: [N; 4], x: f64, at: f64) -> (N, N, N) {
    let [r, alpha, s, beta] = p;
    let rsf = r + s + x;
    let (max, min, t2) = if alpha.value() >= beta.value() { (alpha, beta, s + 1.0) } else { (beta, alpha, r + x) };
    (rsf, t2, (max - min) / (max + at))
}

/// The total log-likelihood and its gradient, each hypergeometric term computed once per key of
/// `shared`; the same arithmetic per row as [`ll_row`], so the same value to the last bit.
#[allow(clippy::arithmetic_side_effects, reason = "dual numbers over f64: IEEE arithmetic never panics or wraps")]
fn ll_and_grad(p: [f64; 4], d: &RfmData, shared: &SharedTerms) -> (f64, [f64; 4]) {
    let [r, alpha, s, beta] = p;
    let vars = [D4::var(r, 0), D4::var(alpha, 1), D4::var(s, 2), D4::var(beta, 3)];
    let [rv, alphav, sv, betav] = vars;
    let term = |[x, at]: &[f64; 2]| {
        let (a, b, z) = term_args(vars, *x, *at);
        D4::ln_hyp2f1_a1(a, b, z)
    };
    let at_recency: Vec<D4> = shared.at_recency.iter().map(term).collect();
    let at_age: Vec<D4> = shared.at_age.iter().map(term).collect();
    let per_x: Vec<(D4, D4)> = shared.xs.iter().map(|x| (first_part(vars, *x), (rv + sv + *x).ln())).collect();
    let logs: Vec<[D4; 2]> = shared.times.iter().map(|t| [(alphav + *t).ln(), (betav + *t).ln()]).collect();
    let mut total = D4::c(0.0);
    for ((((x, t_x), t), w), [kr, ka, kx, ktx, kt]) in d.x.iter().zip(&d.t_x).zip(&d.t).zip(&d.w).zip(&shared.keys) {
        let (Some(p1), Some(p2), Some((a1, ln_rsf)), Some(l_tx), Some(l_t)) =
            (at_recency.get(*kr), at_age.get(*ka), per_x.get(*kx), logs.get(*ktx), logs.get(*kt))
        else {
            continue;
        };
        let parts = RowParts { a1: *a1, at_recency: *l_tx, at_age: *l_t, ln_rsf: *ln_rsf };
        total = total + ll_row_from(vars, *x, *t_x, *t, &parts, || (*p1, *p2)) * *w;
    }
    (total.v, total.g)
}

impl ParetoNbd {
    /// Fits by maximum likelihood on summary columns.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] naming bad rows; [`ErrorKind::DegenerateData`] with no repeat
    /// buyers; [`ErrorKind::FitFailed`] if the optimiser cannot reach finite parameters.
    pub fn fit(
        x: &[f64],
        t_x: &[f64],
        t: &[f64],
        weights: Option<&[f64]>,
        opts: &FitOptions,
    ) -> Result<(ParetoNbd, FitDiagnostics)> {
        let d = compress_at(x, t_x, t, weights, opts.time_resolution)?;
        ParetoNbd::fit_compressed(&d, opts)
    }

    /// Fits on already-compressed rows.
    ///
    /// # Errors
    /// As [`ParetoNbd::fit`].
    pub fn fit_compressed(d: &RfmData, opts: &FitOptions) -> Result<(ParetoNbd, FitDiagnostics)> {
        d.check()?;
        if !d.x.iter().zip(&d.w).any(|(x, w)| *x > 0.0 && *w > 0.0) {
            return Err(Error::new(ErrorKind::DegenerateData, "no repeat buyers: the model cannot be identified"));
        }
        // lifetimes penalises alpha and beta in units where the oldest customer's age is 1, and
        // adds the penalty to the total (not the mean) negative log-likelihood
        let unit = Penalty::<4>::time_unit(d);
        let per_customer = if d.customers() > 0.0 { opts.penalizer / d.customers() } else { opts.penalizer };
        let penalty = Penalty { coefficient: per_customer, scale: [1.0, unit, 1.0, unit] };
        let shared = SharedTerms::of(d);
        let ([r, alpha, s, beta], diag) =
            fit_positive(|p| ll_and_grad(p, d, &shared), d.customers(), d.rows(), opts, &penalty)?;
        Ok((ParetoNbd { r, alpha, s, beta }, diag))
    }

    /// Total log-likelihood of summary columns under these parameters.
    ///
    /// # Errors
    /// As [`super::fit::compress`].
    pub fn log_likelihood(&self, x: &[f64], t_x: &[f64], t: &[f64]) -> Result<f64> {
        let d = compress(x, t_x, t, None)?;
        Ok(ll_and_grad([self.r, self.alpha, self.s, self.beta], &d, &SharedTerms::of(&d)).0)
    }

    /// A customer's log-likelihood, in plain values (predictions need no gradient).
    fn row_ll(&self, x: f64, t_x: f64, t: f64) -> f64 {
        ll_row([self.r, self.alpha, self.s, self.beta], x, t_x, t)
    }

    fn ln_alive_part(&self, x: f64, t: f64) -> f64 {
        let Self { r, alpha, s, beta } = *self;
        ln_gamma(r + x) - ln_gamma(r) + r * alpha.ln() + s * beta.ln()
            - (r + x) * (alpha + t).ln()
            - s * (beta + t).ln()
    }
}

impl ParetoNbd {
    /// P(X(t) = n): the probability that a new customer makes `n` purchases in a period of length
    /// `t` (Fader & Hardie 2006, "Deriving an expression for P(X(t) = x) under the Pareto/NBD model").
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for a negative or non-finite `t`, or `n` above
    /// [`super::MAX_PURCHASE_COUNT`].
    pub fn probability_of_purchases(&self, n: u32, t: f64) -> Result<f64> {
        super::check_count(n)?;
        if !(t.is_finite() && t >= 0.0) {
            return Err(Error::new(ErrorKind::InvalidInput, "P(X(t)=n) needs t >= 0"));
        }
        let Self { r, alpha, s, beta } = *self;
        let x = f64::from(n);
        let lbeta = |p: f64, q: f64| ln_gamma(p) + ln_gamma(q) - ln_gamma(p + q);
        let first = (ln_gamma(r + x) - ln_gamma(r) - ln_gamma(x + 1.0)
            + r * (alpha / (alpha + t)).ln()
            + if n > 0 { x * (t / (alpha + t)).ln() } else { 0.0 }
            + s * (beta / (beta + t)).ln())
        .exp();
        // B1 and B2_i, choosing the 2F1 form whose argument is in [0, 1)
        let (hi, second_b, diff) =
            if alpha >= beta { (alpha, s + 1.0, alpha - beta) } else { (beta, r + x, beta - alpha) };
        let c = r + s + x + 1.0;
        let ln_b1 = super::special::hyp2f1(r + s, second_b, c, diff / hi).ln() - (r + s) * hi.ln();
        let mut sum = 0.0;
        for i in 0..=n {
            let fi = f64::from(i);
            let ln_b2 =
                super::special::hyp2f1(r + s + fi, second_b, c, diff / (hi + t)).ln() - (r + s + fi) * (hi + t).ln();
            let coef =
                ln_gamma(r + s + fi) - ln_gamma(r + s) - ln_gamma(fi + 1.0) + if i > 0 { fi * t.ln() } else { 0.0 };
            sum += (coef + ln_b2 - ln_b1).exp();
        }
        let scale = (r * alpha.ln() + s * beta.ln() + lbeta(r + x, s + 1.0) - lbeta(r, s) + ln_b1).exp();
        let p = first + scale * (1.0 - sum);
        if p.is_finite() {
            Ok(p)
        } else {
            Err(Error::new(ErrorKind::InvalidInput, "P(X(t)=n) could not be computed this far ahead"))
        }
    }
}

impl ParetoNbd {
    /// P(X(T, T + t] = n | x, t_x, T): the probability that a customer with summary (x, t_x, T)
    /// makes exactly `n` purchases in the next `t` (Fader, Hardie & Lee 2006; the form
    /// `lifetimes` evaluates in `conditional_probability_of_n_purchases_up_to_time`).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for `t` not positive and finite, or a value that cannot be
    /// computed (a series that does not converge).
    pub fn conditional_probability_of_purchases(&self, n: u32, t: f64, x: f64, t_x: f64, big_t: f64) -> Result<f64> {
        super::check_count(n)?;
        if !(t.is_finite() && t > 0.0) {
            return Err(Error::new(ErrorKind::InvalidInput, "the horizon t must be positive"));
        }
        let Self { r, alpha, s, beta } = *self;
        let nf = f64::from(n);
        let lbeta = |p: f64, q: f64| ln_gamma(p) + ln_gamma(q) - ln_gamma(p + q);
        let (low, high, p) = if alpha < beta { (alpha, beta, r + x + nf) } else { (beta, alpha, s + 1.0) };
        let gap = high - low;
        let log_l = self.row_ll(x, t_x, big_t);
        let head = r * alpha.ln() + s * beta.ln();
        let log_p_zero =
            ln_gamma(r + x) + head - (ln_gamma(r) + (r + x) * (alpha + big_t).ln() + s * (beta + big_t).ln() + log_l);
        let log_b_one = ln_gamma(r + x + nf) + head
            - (ln_gamma(r) + (r + x + nf) * (alpha + big_t + t).ln() + s * (beta + big_t + t).ln());
        let log_b = |i: f64, end: f64| {
            head + ln_gamma(r + s + x + i)
                + lbeta(r + x + nf, s + 1.0)
                + super::special::hyp2f1(r + s + x + i, p, r + s + x + nf + 1.0, gap / (high + end)).ln()
                - (ln_gamma(r) + ln_gamma(s) + (r + s + x + i) * (high + end).ln())
        };
        let zeroth = if n == 0 { 1.0 - log_p_zero.exp() } else { 0.0 };
        let first = nf * t.ln() - ln_gamma(nf + 1.0) + log_b_one - log_l;
        let second = log_b(0.0, big_t) - log_l;
        let third: Vec<f64> = (0..=n)
            .map(|i| {
                let fi = f64::from(i);
                fi * t.ln() - ln_gamma(fi + 1.0) + log_b(fi, big_t + t) - log_l
            })
            .collect();
        let top = third.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let third = top + third.iter().map(|v| (v - top).exp()).sum::<f64>().ln();
        // as lifetimes: tiny rounding can leave the sum a hair below zero; its size is the value
        let p = zeroth + (first.exp() + second.exp() - third.exp()).abs();
        if p.is_finite() {
            Ok(p)
        } else {
            Err(Error::new(
                ErrorKind::InvalidInput,
                "the probability could not be computed (a series did not converge)",
            ))
        }
    }
}

impl TransactionModel for ParetoNbd {
    fn expected_purchases(&self, t: f64) -> f64 {
        let Self { r, alpha, s, beta } = *self;
        r * beta / (alpha * (s - 1.0)) * (1.0 - (beta / (beta + t)).powf(s - 1.0))
    }

    fn conditional_expected_purchases(&self, t: f64, x: f64, t_x: f64, big_t: f64) -> f64 {
        let Self { r, alpha, s, beta } = *self;
        let second = (r + x).ln() + (beta + big_t).ln() - (alpha + big_t).ln();
        let third = ((1.0 - ((beta + big_t) / (beta + big_t + t)).powf(s - 1.0)) / (s - 1.0)).ln();
        (self.ln_alive_part(x, big_t) + second + third - self.row_ll(x, t_x, big_t)).exp()
    }

    fn probability_alive(&self, x: f64, t_x: f64, big_t: f64) -> f64 {
        (self.ln_alive_part(x, big_t) - self.row_ll(x, t_x, big_t)).exp().min(1.0)
    }

    fn costly_rows(&self) -> bool {
        true
    }

    fn conditional_expected_purchases_rows(&self, t: f64, x: &[f64], t_x: &[f64], big_t: &[f64]) -> Vec<f64> {
        let Self { r, s, alpha, beta } = *self;
        let mut memo = Memo::default();
        (x.iter().zip(t_x).zip(big_t))
            .map(|((&x, &t_x), &big_t)| {
                let second = (r + x).ln() + (beta + big_t).ln() - (alpha + big_t).ln();
                let third = ((1.0 - ((beta + big_t) / (beta + big_t + t)).powf(s - 1.0)) / (s - 1.0)).ln();
                (self.ln_alive_part_memo(&mut memo, x, big_t) + second + third
                    - self.row_ll_memo(&mut memo, x, t_x, big_t))
                .exp()
            })
            .collect()
    }

    fn probability_alive_rows(&self, x: &[f64], t_x: &[f64], big_t: &[f64]) -> Vec<f64> {
        let mut memo = Memo::default();
        (x.iter().zip(t_x).zip(big_t))
            .map(|((&x, &t_x), &big_t)| {
                (self.ln_alive_part_memo(&mut memo, x, big_t) - self.row_ll_memo(&mut memo, x, t_x, big_t))
                    .exp()
                    .min(1.0)
            })
            .collect()
    }
}

/// The parts of the likelihood already computed in a batch of predictions: the hypergeometric
/// terms by (x, t_x) and by (x, T), the parts of `x` alone, the logarithms at each time, and the
/// alive part by (x, T). Customers share them far more than they share whole summaries.
#[derive(Default)]
struct Memo {
    at_recency: rustc_hash::FxHashMap<[u64; 2], f64>,
    at_age: rustc_hash::FxHashMap<[u64; 2], f64>,
    per_x: rustc_hash::FxHashMap<u64, (f64, f64)>,
    logs: rustc_hash::FxHashMap<u64, [f64; 2]>,
    alive_part: rustc_hash::FxHashMap<[u64; 2], f64>,
}

impl ParetoNbd {
    /// [`ParetoNbd::row_ll`] with its parts looked up in (or added to) `memo`; the same
    /// arithmetic, so the same value to the last bit.
    #[allow(clippy::arithmetic_side_effects, reason = "f64 arithmetic: IEEE, never panics")]
    fn row_ll_memo(&self, memo: &mut Memo, x: f64, t_x: f64, t: f64) -> f64 {
        let p = [self.r, self.alpha, self.s, self.beta];
        let Memo { at_recency, at_age, per_x, logs, .. } = memo;
        let (a1, ln_rsf) = *per_x.entry(x.to_bits()).or_insert_with(|| (first_part(p, x), (self.r + self.s + x).ln()));
        let mut log =
            |at: f64| *logs.entry(at.to_bits()).or_insert_with(|| [(self.alpha + at).ln(), (self.beta + at).ln()]);
        let parts = RowParts { a1, at_recency: log(t_x), at_age: log(t), ln_rsf };
        ll_row_from(p, x, t_x, t, &parts, || {
            let term = |map: &mut rustc_hash::FxHashMap<[u64; 2], f64>, at: f64| {
                *map.entry([x.to_bits(), at.to_bits()]).or_insert_with(|| {
                    let (a, b, z) = term_args(p, x, at);
                    f64::ln_hyp2f1_a1(a, b, z)
                })
            };
            (term(at_recency, t_x), term(at_age, t))
        })
    }

    /// [`ParetoNbd::ln_alive_part`] looked up in (or added to) `memo`.
    fn ln_alive_part_memo(&self, memo: &mut Memo, x: f64, t: f64) -> f64 {
        *memo.alive_part.entry([x.to_bits(), t.to_bits()]).or_insert_with(|| self.ln_alive_part(x, t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fit_likelihood_with_shared_terms_equals_the_row_sum_to_the_bit() {
        let (mut x, mut t_x, mut t, mut w) = (vec![], vec![], vec![], vec![]);
        for i in 0..400u32 {
            let xi = f64::from(i % 5);
            x.push(xi);
            t_x.push(if xi == 0.0 { 0.0 } else { f64::from(1 + i % 13) });
            t.push(20.0 + f64::from(i % 3));
            w.push(f64::from(1 + i % 4));
        }
        let d = RfmData::new(x.clone(), t_x.clone(), t.clone(), w.clone()).unwrap();
        let shared = SharedTerms::of(&d);
        assert!(shared.at_recency.len() < 70 && shared.at_age.len() <= 15 && shared.xs.len() == 5, "keys are shared");
        for p in [[0.55, 10.58, 0.61, 11.67], [0.55, 15.0, 0.61, 2.0]] {
            let vars = [D4::var(p[0], 0), D4::var(p[1], 1), D4::var(p[2], 2), D4::var(p[3], 3)];
            let mut total = D4::c(0.0);
            for i in 0..x.len() {
                total = total + ll_row(vars, x[i], t_x[i], t[i]) * w[i];
            }
            let (v, g) = ll_and_grad(p, &d, &shared);
            assert_eq!(v.to_bits(), total.v.to_bits());
            for (k, (ours, direct)) in g.iter().zip(total.g).enumerate() {
                assert_eq!(ours.to_bits(), direct.to_bits(), "gradient {k}");
            }
        }
    }

    #[test]
    fn batch_predictions_share_work_and_equal_row_predictions_to_the_bit() {
        let m = ParetoNbd { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
        // rows that share (x, t_x) and (x, T), in both branches (alpha above and below beta)
        let (mut x, mut t_x, mut t) = (vec![], vec![], vec![]);
        for i in 0..600u32 {
            let xi = f64::from(i % 7);
            x.push(xi);
            t_x.push(if xi == 0.0 { 0.0 } else { f64::from(i % 29) });
            t.push(30.0 + f64::from(i % 11));
        }
        for model in [m, ParetoNbd { alpha: 15.0, beta: 2.0, ..m }] {
            let alive = model.probability_alive_rows(&x, &t_x, &t);
            let expected = model.conditional_expected_purchases_rows(10.0, &x, &t_x, &t);
            for i in 0..x.len() {
                assert_eq!(alive[i].to_bits(), model.probability_alive(x[i], t_x[i], t[i]).to_bits(), "row {i}");
                let one = model.conditional_expected_purchases(10.0, x[i], t_x[i], t[i]);
                assert_eq!(expected[i].to_bits(), one.to_bits(), "row {i}");
            }
        }
    }
}
