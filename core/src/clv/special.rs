//! Special functions for the CLV models: log-gamma and digamma (from `statrs`), the Gauss
//! hypergeometric function 2F1 by its power series, and a small forward-mode dual number used to
//! get exact gradients of the Pareto/NBD likelihood.
//!
//! 2F1 is written here because no pure-Rust, well-kept crate provides it (`mathru` pulls in
//! BLAS/LAPACK, `GSL` needs the C library); the series below is only ever evaluated for
//! `0 <= z < 1`, where it converges.

use std::ops::{Add, Div, Mul, Neg, Sub};

pub(crate) use statrs::function::gamma::{digamma, ln_gamma};

const MAX_TERMS: usize = 200_000;

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

/// A value with its gradient with respect to the four model parameters.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct D4 {
    pub v: f64,
    pub g: [f64; 4],
}

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

/// ln 2F1(a, b; c; z) with its gradient, by the series (0 <= z < 1), differentiated term by term.
pub(crate) fn ln_hyp2f1_d(a: D4, b: D4, c: D4, z: D4) -> D4 {
    if !(0.0..1.0).contains(&z.v) {
        return D4::c(f64::NAN);
    }
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
            break;
        }
    }
    D4 { v: sum.ln(), g: dsum.map(|d| d / sum) }
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
        let d = ln_hyp2f1_d(D4::var(a, 0), D4::var(b, 1), D4::var(c, 2), D4::var(z, 3));
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
}
