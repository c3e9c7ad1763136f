//! Special functions for the CLV models: log-gamma and digamma (from `statrs`), the Gauss
//! hypergeometric function 2F1 by its power series, and a small forward-mode dual number used to
//! get exact gradients of the Pareto/NBD likelihood.
//!
//! 2F1 is written here because no pure-Rust, well-kept crate provides it (`mathru` pulls in
//! BLAS/LAPACK, `GSL` needs the C library). Work is bounded everywhere: the power series is summed
//! for at most [`MAX_TERMS`] terms (NaN when it has not converged, which the callers turn into a
//! typed error), and the Pareto/NBD likelihood's `2F1(a, b; a + 1; z)` is, for `z >= 1/2`, an
//! integral evaluated by Gauss-Legendre quadrature on a fixed number of nodes, so a fit costs the
//! same near `z = 1` as anywhere else.

use std::ops::{Add, Div, Mul, Neg, Sub};

use rust_decimal::prelude::ToPrimitive;

pub(crate) use statrs::function::gamma::{digamma, ln_gamma};

/// At most this many series terms; beyond, the series has not converged and the value is NaN.
pub const MAX_TERMS: usize = 5_000;

/// 2F1(a, b; c; z) for `0 <= z < 1`, summed until terms fall below 1e-16 of the sum.
/// Returns NaN if it does not converge.
pub fn hyp2f1(a: f64, b: f64, c: f64, z: f64) -> f64 {
    if !(0.0..1.0).contains(&z) {
        return f64::NAN;
    }
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 0..MAX_TERMS {
        let nf = n as f64;
        term *= (a + nf) * (b + nf) / ((c + nf) * (nf + 1.0)) * z;
        sum += term;
        if term.abs() <= 1e-16 * sum.abs() {
            return sum;
        }
    }
    f64::NAN
}

/// The arithmetic the Pareto/NBD likelihood needs, for plain values (predictions) and for values
/// with their gradient ([`D4`], fitting): one formula serves both, and predictions do no gradient
/// work.
pub(crate) trait Real:
    Copy
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
    + Add<f64, Output = Self>
    + Mul<f64, Output = Self>
{
    /// The value.
    fn value(self) -> f64;
    /// Natural logarithm.
    fn ln(self) -> Self;
    /// ln Γ.
    fn ln_gamma(self) -> Self;
    /// ln(e^self − e^other) for self > other.
    fn ln_sub_exp(self, other: Self) -> Self;
    /// ln(e^self + e^other).
    fn ln_add_exp(self, other: Self) -> Self;
    /// ln 2F1(a, b; a + 1; z).
    fn ln_hyp2f1_a1(a: Self, b: Self, z: Self) -> Self;
}

#[allow(clippy::arithmetic_side_effects, reason = "f64 arithmetic: IEEE, never panics")]
impl Real for f64 {
    fn value(self) -> f64 {
        self
    }
    fn ln(self) -> f64 {
        f64::ln(self)
    }
    fn ln_gamma(self) -> f64 {
        ln_gamma(self)
    }
    fn ln_sub_exp(self, other: f64) -> f64 {
        self + (-(other - self).exp()).ln_1p()
    }
    fn ln_add_exp(self, other: f64) -> f64 {
        let (hi, lo) = if self >= other { (self, other) } else { (other, self) };
        hi + (lo - hi).exp().ln_1p()
    }
    fn ln_hyp2f1_a1(a: f64, b: f64, z: f64) -> f64 {
        // below 1/2 the plain series (no gradient terms); above, the bounded quadrature
        if (0.0..0.5).contains(&z) && a > 0.0 && b > 0.0 {
            hyp2f1(a, b, a + 1.0, z).ln()
        } else {
            ln_hyp2f1_a1_d(D4::c(a), D4::c(b), D4::c(z)).v
        }
    }
}

impl Real for D4 {
    fn value(self) -> f64 {
        self.v
    }
    fn ln(self) -> D4 {
        D4::ln(self)
    }
    fn ln_gamma(self) -> D4 {
        D4::ln_gamma(self)
    }
    fn ln_sub_exp(self, other: D4) -> D4 {
        D4::ln_sub_exp(self, other)
    }
    fn ln_add_exp(self, other: D4) -> D4 {
        D4::ln_add_exp(self, other)
    }
    fn ln_hyp2f1_a1(a: D4, b: D4, z: D4) -> D4 {
        ln_hyp2f1_a1_d(a, b, z)
    }
}

/// A value with its gradient with respect to the four model parameters.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct D4 {
    pub v: f64,
    pub g: [f64; 4],
}

#[allow(clippy::arithmetic_side_effects, reason = "dual numbers over f64: IEEE arithmetic never panics or wraps")]
impl D4 {
    pub fn c(v: f64) -> D4 {
        D4 { v, g: [0.0; 4] }
    }
    pub fn var(v: f64, i: usize) -> D4 {
        let mut g = [0.0; 4];
        if let Some(x) = g.get_mut(i) {
            *x = 1.0;
        }
        D4 { v, g }
    }
    fn map(self, v: f64, d: f64) -> D4 {
        D4 { v, g: self.g.map(|x| x * d) }
    }
    pub fn ln(self) -> D4 {
        self.map(self.v.ln(), 1.0 / self.v)
    }
    pub fn exp(self) -> D4 {
        let e = self.v.exp();
        self.map(e, e)
    }
    pub fn ln_gamma(self) -> D4 {
        self.map(ln_gamma(self.v), digamma(self.v))
    }
    /// ln(e^self − e^other) for self > other.
    pub fn ln_sub_exp(self, other: D4) -> D4 {
        let d = (other - self).exp();
        self + (D4::c(1.0) - d).ln()
    }
    /// ln(e^self + e^other).
    pub fn ln_add_exp(self, other: D4) -> D4 {
        let (hi, lo) = if self.v >= other.v { (self, other) } else { (other, self) };
        hi + (D4::c(1.0) + (lo - hi).exp()).ln()
    }
}

impl Add for D4 {
    type Output = D4;
    fn add(self, o: D4) -> D4 {
        let mut g = self.g;
        for (a, b) in g.iter_mut().zip(o.g) {
            *a += b;
        }
        D4 { v: self.v + o.v, g }
    }
}

#[allow(clippy::arithmetic_side_effects, reason = "dual numbers over f64: IEEE arithmetic never panics or wraps")]
impl Sub for D4 {
    type Output = D4;
    fn sub(self, o: D4) -> D4 {
        self + (-o)
    }
}

impl Neg for D4 {
    type Output = D4;
    fn neg(self) -> D4 {
        D4 { v: -self.v, g: self.g.map(|x| -x) }
    }
}

impl Mul for D4 {
    type Output = D4;
    fn mul(self, o: D4) -> D4 {
        let mut g = [0.0; 4];
        for (i, x) in g.iter_mut().enumerate() {
            *x = self.g.get(i).copied().unwrap_or(0.0) * o.v + o.g.get(i).copied().unwrap_or(0.0) * self.v;
        }
        D4 { v: self.v * o.v, g }
    }
}

impl Div for D4 {
    type Output = D4;
    fn div(self, o: D4) -> D4 {
        let mut g = [0.0; 4];
        let o2 = o.v * o.v;
        for (i, x) in g.iter_mut().enumerate() {
            *x = (self.g.get(i).copied().unwrap_or(0.0) * o.v - o.g.get(i).copied().unwrap_or(0.0) * self.v) / o2;
        }
        D4 { v: self.v / o.v, g }
    }
}

impl Mul<f64> for D4 {
    type Output = D4;
    fn mul(self, k: f64) -> D4 {
        D4 { v: self.v * k, g: self.g.map(|x| x * k) }
    }
}

impl Add<f64> for D4 {
    type Output = D4;
    fn add(self, k: f64) -> D4 {
        D4 { v: self.v + k, g: self.g }
    }
}

/// ln 2F1(a, b; c; z) with its gradient, by the series (0 <= z < 1), differentiated term by term;
/// NaN when the series needs more than [`MAX_TERMS`] terms.
fn ln_hyp2f1_series_d(a: D4, b: D4, c: D4, z: D4) -> D4 {
    // term_n = term_{n-1} * (a+n-1)(b+n-1) / ((c+n-1) n) * z ; track ln-derivatives of the term
    let mut term = 1.0;
    let mut dln = [0.0f64; 4];
    let mut sum = 1.0;
    let mut dsum = [0.0f64; 4];
    for n in 0..MAX_TERMS {
        let nf = n as f64;
        let (an, bn, cn) = (a.v + nf, b.v + nf, c.v + nf);
        term *= an * bn / (cn * (nf + 1.0)) * z.v;
        for i in 0..4 {
            let gi = |d: &D4| d.g.get(i).copied().unwrap_or(0.0);
            let step = gi(&a) / an + gi(&b) / bn - gi(&c) / cn + gi(&z) / z.v.max(f64::MIN_POSITIVE);
            if let (Some(d), Some(s)) = (dln.get_mut(i), dsum.get_mut(i)) {
                *d += step;
                *s += term * *d;
            }
        }
        sum += term;
        if term.abs() <= 1e-16 * sum.abs() {
            return D4 { v: sum.ln(), g: dsum.map(|d| d / sum) };
        }
    }
    D4::c(f64::NAN)
}

/// Gauss-Legendre nodes and weights on [-1, 1] (16 points), by Newton's method on P16.
fn gauss_legendre_16() -> &'static [(f64, f64); 16] {
    static NODES: std::sync::OnceLock<[(f64, f64); 16]> = std::sync::OnceLock::new();
    NODES.get_or_init(|| {
        const N: usize = 16;
        let mut out = [(0.0, 0.0); N];
        for (i, slot) in out.iter_mut().enumerate() {
            let mut x = (std::f64::consts::PI * (i as f64 + 0.75) / (N as f64 + 0.5)).cos();
            let mut dp = 1.0;
            for _ in 0..100 {
                let (mut p0, mut p1) = (1.0, x);
                for k in 2..=N {
                    let kf = k as f64;
                    let p2 = ((2.0 * kf - 1.0) * x * p1 - (kf - 1.0) * p0) / kf;
                    p0 = p1;
                    p1 = p2;
                }
                dp = N as f64 * (x * p1 - p0) / (x * x - 1.0);
                let dx = p1 / dp;
                x -= dx;
                if dx.abs() < 1e-16 {
                    break;
                }
            }
            *slot = (x, 2.0 / ((1.0 - x * x) * dp * dp));
        }
        out
    })
}

/// At most this many quadrature panels (16 nodes each) for one value.
const MAX_PANELS: usize = 64;

/// ln 2F1(a, b; a + 1; z) with its gradient, for a, b > 0 and 0 <= z < 1, with bounded work.
///
/// `2F1(a, b; a + 1; z) = a ∫_0^1 τ^{a−1} (1 − zτ)^{−b} dτ`. Below τ* = 1/(2z) the binomial
/// series of `(1 − zτ)^{−b}` converges at least as fast as 2^{−n}, so that part is summed (all of
/// it when z < 1/2). The rest, τ in [τ*, 1], is integrated by Gauss-Legendre after
/// `1 − zτ = (1 − z) e^y`, which turns the steep rise near τ = 1 (width (1 − z)/z) into a smooth
/// exponential in y over at most 37 units; panels are sized to the integrand's rate of change, at
/// most [`MAX_PANELS`]. Partial derivatives in a, b and z are integrated on the same nodes.
#[allow(clippy::arithmetic_side_effects, reason = "dual numbers over f64: IEEE arithmetic never panics or wraps")]
pub(crate) fn ln_hyp2f1_a1_d(a: D4, b: D4, z: D4) -> D4 {
    if !((0.0..1.0).contains(&z.v) && a.v > 0.0 && b.v > 0.0) {
        return D4::c(f64::NAN);
    }
    if z.v < 0.5 {
        return ln_hyp2f1_series_d(a, b, a + 1.0, z);
    }
    let (av, bv, zv) = (a.v, b.v, z.v);
    let tau_star = 0.5 / zv;
    let ln_tau_star = tau_star.ln();
    // the series part: sum_n (b)_n/n! z^n a τ*^{n+a}/(n+a), with z τ* = 1/2
    let (mut i0, mut ia, mut ib, mut iz) = (0.0, 0.0, 0.0, 0.0);
    let mut coef = (av * ln_tau_star).exp(); // (b)_n/n! (1/2)^n τ*^a
    let mut dln_b = 0.0; // d ln (b)_n / db
    for n in 0..MAX_TERMS {
        let nf = n as f64;
        if n > 0 {
            coef *= (bv + nf - 1.0) / nf * 0.5;
            dln_b += 1.0 / (bv + nf - 1.0);
        }
        let term = coef * av / (nf + av);
        i0 += term;
        ib += term * dln_b;
        iz += term * nf / zv;
        ia += term * (1.0 / av + ln_tau_star - 1.0 / (nf + av));
        if term <= 1e-17 * i0 && n > 2 {
            break;
        }
        if n.saturating_add(1) == MAX_TERMS {
            return D4::c(f64::NAN);
        }
    }
    // the quadrature part over y in [0, Y], Y = ln(1/(2(1 − z)))
    let ln_1mz = (-zv).ln_1p();
    let length = 0.5f64.ln() - ln_1mz; // Y = ln(1/2) − ln(1 − z)
    if length > 0.0 {
        let rate = (1.0 - bv).abs() + (av - 1.0).abs() + 1.0;
        let panels = (length * rate / 8.0).ceil().to_usize().unwrap_or(MAX_PANELS).clamp(3, MAX_PANELS);
        let panel = length / panels as f64;
        let scale = av / zv * ((1.0 - bv) * ln_1mz).exp(); // (a/z)(1 − z)^{1−b}
        for k in 0..panels {
            let mid = panel * (k as f64 + 0.5);
            for &(x, w) in gauss_legendre_16() {
                let y = mid + 0.5 * panel * x;
                let one_minus_ztau = (ln_1mz + y).exp();
                let ln_tau = (-one_minus_ztau).ln_1p() - zv.ln();
                let g = scale * ((1.0 - bv) * y + (av - 1.0) * ln_tau).exp() * 0.5 * panel * w;
                i0 += g;
                ia += g * (1.0 / av + ln_tau);
                ib += g * -(ln_1mz + y);
                iz += g * bv * ln_tau.exp() / one_minus_ztau;
            }
        }
    }
    if !(i0.is_finite() && i0 > 0.0) {
        return D4::c(f64::NAN);
    }
    let mut g = [0.0; 4];
    for (i, gi) in g.iter_mut().enumerate() {
        let d = |x: &D4| x.g.get(i).copied().unwrap_or(0.0);
        *gi = (ia * d(&a) + ib * d(&b) + iz * d(&z)) / i0;
    }
    D4 { v: i0.ln(), g }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyp2f1_matches_closed_forms() {
        // 2F1(1,1;2;z) = -ln(1-z)/z
        let z: f64 = 0.3;
        assert!((hyp2f1(1.0, 1.0, 2.0, z) - (-(1.0 - z).ln() / z)).abs() < 1e-14);
        // 2F1(a,b;b;z) = (1-z)^-a
        assert!((hyp2f1(2.5, 1.7, 1.7, 0.9) - 0.1f64.powf(-2.5)).abs() < 1e-8);
        assert!(hyp2f1(1.0, 1.0, 2.0, 1.5).is_nan());
    }

    #[test]
    fn dual_hyp2f1_gradient_matches_finite_differences() {
        let f = |a: f64, b: f64, c: f64, z: f64| hyp2f1(a, b, c, z).ln();
        let (a, b, c, z) = (1.3, 2.1, 3.7, 0.4);
        let d = ln_hyp2f1_series_d(D4::var(a, 0), D4::var(b, 1), D4::var(c, 2), D4::var(z, 3));
        let h = 1e-6;
        let num = [
            (f(a + h, b, c, z) - f(a - h, b, c, z)) / (2.0 * h),
            (f(a, b + h, c, z) - f(a, b - h, c, z)) / (2.0 * h),
            (f(a, b, c + h, z) - f(a, b, c - h, z)) / (2.0 * h),
            (f(a, b, c, z + h) - f(a, b, c, z - h)) / (2.0 * h),
        ];
        assert!((d.v - f(a, b, c, z)).abs() < 1e-14);
        for (g, n) in d.g.iter().zip(num) {
            assert!((g - n).abs() < 1e-7, "{g} vs {n}");
        }
    }

    #[test]
    fn quadrature_matches_the_series_where_both_converge() {
        for &(a, b) in &[(0.3, 1.2), (1.7, 1.6), (12.0, 1.05), (0.25, 3.5), (40.0, 2.0)] {
            for &z in &[0.5, 0.7, 0.9, 0.97, 0.99] {
                let series = hyp2f1(a, b, a + 1.0, z).ln();
                let quad = ln_hyp2f1_a1_d(D4::c(a), D4::c(b), D4::c(z)).v;
                assert!((series - quad).abs() < 1e-12 * series.abs().max(1.0), "a={a} b={b} z={z}: {series} vs {quad}");
            }
        }
    }

    #[test]
    fn quadrature_gradient_matches_finite_differences() {
        let f = |a: f64, b: f64, z: f64| ln_hyp2f1_a1_d(D4::c(a), D4::c(b), D4::c(z)).v;
        for &(a, b, z) in &[(1.3, 1.6, 0.8), (0.4, 2.2, 0.999), (9.0, 1.1, 0.6)] {
            let d = ln_hyp2f1_a1_d(D4::var(a, 0), D4::var(b, 1), D4::c(z) + D4::var(0.0, 3));
            let h = 1e-6;
            let num = [
                (f(a + h, b, z) - f(a - h, b, z)) / (2.0 * h),
                (f(a, b + h, z) - f(a, b - h, z)) / (2.0 * h),
                (f(a, b, z + h * (1.0 - z)) - f(a, b, z - h * (1.0 - z))) / (2.0 * h * (1.0 - z)),
            ];
            for (g, n) in [d.g[0], d.g[1], d.g[3]].iter().zip(num) {
                assert!((g - n).abs() < 1e-5 * n.abs().max(1.0), "a={a} b={b} z={z}: {g} vs {n}");
            }
        }
    }

    #[test]
    fn near_one_the_quadrature_follows_the_leading_singular_term() {
        // for b > 1, 2F1(a, b; a+1; z) ~ a/(b-1) (1-z)^(1-b) as z -> 1
        let (a, b, z) = (2.0, 2.5, 1.0 - 1e-10);
        let quad = ln_hyp2f1_a1_d(D4::c(a), D4::c(b), D4::c(z)).v;
        let lead = (a / (b - 1.0)).ln() + (1.0 - b) * (1.0 - z).ln();
        assert!((quad - lead).abs() < 1e-4, "{quad} vs {lead}");
        // and the plain series refuses rather than running on
        assert!(hyp2f1(a, b, a + 1.0, z).is_nan());
    }
}
