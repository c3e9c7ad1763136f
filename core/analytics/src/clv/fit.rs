//! Input checks, compression into weighted rows, and the optimiser wrapper (argmin's L-BFGS on
//! log-parameters with analytic gradients).

use std::cell::RefCell;

use argmin::core::{CostFunction, Executor, Gradient, State, TerminationReason, TerminationStatus};
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::quasinewton::LBFGS;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};

/// Customers with identical (frequency, recency, T) merged into weighted rows, sorted by frequency.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RfmData {
    pub(crate) x: Vec<f64>,
    pub(crate) t_x: Vec<f64>,
    pub(crate) t: Vec<f64>,
    pub(crate) w: Vec<f64>,
}

impl RfmData {
    /// Columns of rows built elsewhere (one customer or one group of identical customers per
    /// row), checked as [`RfmData::check`] does.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] naming what is wrong.
    pub fn new(x: Vec<f64>, t_x: Vec<f64>, t: Vec<f64>, w: Vec<f64>) -> Result<RfmData> {
        let d = RfmData { x, t_x, t, w };
        d.check()?;
        Ok(d)
    }
    /// Repeat purchases per row.
    pub fn x(&self) -> &[f64] {
        &self.x
    }
    /// Recency per row.
    pub fn t_x(&self) -> &[f64] {
        &self.t_x
    }
    /// Age (T) per row.
    pub fn t(&self) -> &[f64] {
        &self.t
    }
    /// How many customers each row stands for.
    pub fn w(&self) -> &[f64] {
        &self.w
    }

    /// Checks the data: four columns of one length, valid rows, finite non-negative weights.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] naming what is wrong.
    pub fn check(&self) -> Result<()> {
        let n = self.x.len();
        if self.t_x.len() != n || self.t.len() != n || self.w.len() != n {
            return Err(Error::new(ErrorKind::InvalidInput, "x, t_x, t and w must have the same length")
                .with("x", n)
                .with("t_x", self.t_x.len())
                .with("t", self.t.len())
                .with("w", self.w.len()));
        }
        check_rfm(&self.x, &self.t_x, &self.t)?;
        if self.w.iter().any(|w| !(w.is_finite() && *w >= 0.0)) {
            return Err(Error::new(ErrorKind::InvalidInput, "weights must be finite and >= 0"));
        }
        Ok(())
    }

    /// Number of distinct rows.
    pub fn rows(&self) -> usize {
        self.x.len()
    }

    /// Number of customers (sum of weights).
    pub fn customers(&self) -> f64 {
        self.w.iter().sum()
    }
}

fn positions(bad: &[usize]) -> String {
    bad.iter().take(20).map(ToString::to_string).collect::<Vec<_>>().join(",")
}

/// Checks summary columns: same lengths, finite, `x >= 0`, `0 <= t_x <= T`, `T > 0`, `t_x = 0`
/// when `x = 0`. The error names the offending positions.
///
/// # Errors
/// [`ErrorKind::InvalidInput`].
pub fn check_rfm(x: &[f64], t_x: &[f64], t: &[f64]) -> Result<()> {
    if x.len() != t_x.len() || x.len() != t.len() {
        return Err(Error::new(ErrorKind::InvalidInput, "frequency, recency and T must have the same length"));
    }
    let bad: Vec<usize> = (0..x.len())
        .filter(|&i| {
            let (a, b, c) = (
                x.get(i).copied().unwrap_or(f64::NAN),
                t_x.get(i).copied().unwrap_or(f64::NAN),
                t.get(i).copied().unwrap_or(f64::NAN),
            );
            !(a.is_finite()
                && b.is_finite()
                && c.is_finite()
                && a >= 0.0
                && b >= 0.0
                && b <= c
                && c > 0.0
                && (a > 0.0 || b == 0.0))
        })
        .collect();
    if bad.is_empty() {
        Ok(())
    } else {
        Err(Error::new(
            ErrorKind::InvalidInput,
            format!("invalid customer summary rows (need finite x >= 0, 0 <= recency <= T, T > 0, recency 0 when x is 0) at {}", positions(&bad)),
        )
        .with("positions", positions(&bad))
        .with("invalid_count", bad.len()))
    }
}

/// Validates and compresses summary columns into weighted rows.
///
/// # Errors
/// [`ErrorKind::InvalidInput`] for bad rows or weights; [`ErrorKind::DegenerateData`] with no customers.
pub fn compress(x: &[f64], t_x: &[f64], t: &[f64], weights: Option<&[f64]>) -> Result<RfmData> {
    compress_at(x, t_x, t, weights, None)
}

/// [`compress`], with recency and age first rounded to the nearest multiple of `resolution` (in
/// the data's time unit; `1/7` is a day when times are in weeks). Continuous times make every
/// customer a distinct row; binned, ten million customers compress to the few thousand distinct
/// rows a fit needs, at the cost of that much precision in the times.
///
/// # Errors
/// As [`compress`]; [`ErrorKind::InvalidInput`] for a resolution that is not finite and positive.
pub fn compress_at(
    x: &[f64],
    t_x: &[f64],
    t: &[f64],
    weights: Option<&[f64]>,
    resolution: Option<f64>,
) -> Result<RfmData> {
    check_rfm(x, t_x, t)?;
    if let Some(r) = resolution {
        if !(r.is_finite() && r > 0.0) {
            return Err(Error::new(ErrorKind::InvalidInput, "the time resolution must be finite and > 0"));
        }
        let bin = |v: f64| (v / r).round() * r;
        let big_t: Vec<f64> = t.iter().map(|v| bin(*v)).collect();
        // a repeat buyer's recency stays at least one bin (and within the age): x > 0 at t_x = 0
        // is not a customer the models can describe
        let recency: Vec<f64> = x
            .iter()
            .zip(t_x)
            .zip(&big_t)
            .map(|((x, tx), bt)| if *x > 0.0 { bin(*tx).max(r).min(*bt) } else { bin(*tx) })
            .collect();
        return compress_at(x, &recency, &big_t, weights, None);
    }
    if let Some(w) = weights {
        if w.len() != x.len() || w.iter().any(|v| !(v.is_finite() && *v >= 0.0)) {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                "weights must be finite, non-negative and one per customer",
            ));
        }
    }
    if x.is_empty() {
        return Err(Error::new(ErrorKind::DegenerateData, "no customers"));
    }
    // values are checked finite and >= 0, so their bit patterns sort like the numbers
    let mut rows: Vec<(u64, u64, u64, f64)> = (0..x.len())
        .map(|i| {
            let v = |c: &[f64]| c.get(i).copied().unwrap_or(0.0).to_bits();
            (v(x), v(t_x), v(t), weights.and_then(|w| w.get(i).copied()).unwrap_or(1.0))
        })
        .collect();
    rows.sort_unstable_by_key(|r| (r.0, r.1, r.2));
    let mut d = RfmData::default();
    for (a, b, c, wi) in rows {
        let same = d.x.last().map(|v| v.to_bits()) == Some(a)
            && d.t_x.last().map(|v| v.to_bits()) == Some(b)
            && d.t.last().map(|v| v.to_bits()) == Some(c);
        if same {
            if let Some(w) = d.w.last_mut() {
                *w += wi;
            }
        } else {
            d.x.push(f64::from_bits(a));
            d.t_x.push(f64::from_bits(b));
            d.t.push(f64::from_bits(c));
            d.w.push(wi);
        }
    }
    if d.customers() <= 0.0 {
        return Err(Error::new(ErrorKind::DegenerateData, "all weights are zero"));
    }
    Ok(d)
}

/// Fitting options.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FitOptions {
    /// Most L-BFGS iterations (default 500, at most [`MAX_ITERATIONS`]); the likelihood is
    /// evaluated at most 40 times per iteration, so a fit always ends.
    pub max_iterations: u64,
    /// Stop when the gradient norm (in log-parameters, per customer) falls below this (default 1e-8).
    pub gradient_tolerance: f64,
    /// L2 penalty on the parameters, meaning what `penalizer_coef` means in `lifetimes` (default 0):
    /// the coefficient times the sum of the squared parameters, with time in units where the
    /// longest customer age `T` is 1 (so `alpha`, and Pareto/NBD's `beta`, are penalised in
    /// those units, whatever unit the data come in), added to the mean negative log-likelihood
    /// per customer (BG/NBD, modified BG/NBD, Gamma-Gamma) or to the total over customers
    /// (Pareto/NBD), as lifetimes does for unweighted data.
    pub penalizer: f64,
    /// Round recency and age to this resolution before compressing (see [`compress_at`]);
    /// `None` (the default) keeps the exact values.
    pub time_resolution: Option<f64>,
}

impl Default for FitOptions {
    fn default() -> Self {
        FitOptions { max_iterations: 500, gradient_tolerance: 1e-8, penalizer: 0.0, time_resolution: None }
    }
}

/// How a fit went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FitDiagnostics {
    /// L-BFGS iterations.
    pub iterations: u64,
    /// Total log-likelihood at the optimum (weights included, penalty excluded).
    pub log_likelihood: f64,
    /// Norm of the gradient of the mean negative log-likelihood in log-parameters.
    pub gradient_norm: f64,
    /// Whether the optimiser met its tolerance.
    pub converged: bool,
    /// Why it stopped.
    pub termination: String,
    /// Distinct (x, t_x, T) rows after compression.
    pub rows: usize,
    /// Customers (sum of weights).
    pub customers: f64,
    /// Standard errors of the parameters (in their order), from the inverse Hessian of the
    /// fitted objective in log-parameters (the delta method, as `lifetimes` computes them);
    /// empty when the Hessian is not positive definite there.
    #[serde(default)]
    pub standard_errors: Vec<f64>,
}

/// Standard errors of `p` from the objective's Hessian in log-parameters at `phi` (central
/// differences of the analytic gradient): `p_k · sqrt((H⁻¹)_kk / customers)`. Empty when the
/// Hessian is not positive definite or not finite.
fn standard_errors<const K: usize>(f: &Objective<'_>, phi: &[f64], p: &[f64; K], customers: f64) -> Vec<f64> {
    const STEP: f64 = 1e-5;
    let mut h = [[0.0f64; K]; K];
    for k in 0..K {
        let shifted = |d: f64| {
            let mut x = phi.to_vec();
            if let Some(v) = x.get_mut(k) {
                *v += d;
            }
            f(&x).1
        };
        let (up, down) = (shifted(STEP), shifted(-STEP));
        for (row, (u, d)) in h.iter_mut().zip(up.iter().zip(&down)) {
            if let Some(cell) = row.get_mut(k) {
                *cell = (u - d) / (2.0 * STEP);
            }
        }
    }
    // symmetrise, then invert (the matrix is at most 4 x 4)
    let sym: [[f64; K]; K] = std::array::from_fn(|i| {
        std::array::from_fn(|j| {
            let a = h.get(i).and_then(|r| r.get(j)).copied().unwrap_or(f64::NAN);
            let b = h.get(j).and_then(|r| r.get(i)).copied().unwrap_or(f64::NAN);
            (a + b) / 2.0
        })
    });
    let Some(inv) = invert(sym) else { return Vec::new() };
    let se: Vec<f64> = p
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let d = inv.get(k).and_then(|r| r.get(k)).copied().unwrap_or(f64::NAN);
            p * (d / customers).sqrt()
        })
        .collect();
    if se.iter().all(|v| v.is_finite()) { se } else { Vec::new() }
}

/// The inverse of a small symmetric positive definite matrix by Gauss-Jordan elimination with
/// partial pivoting; `None` when it is singular or not positive definite.
#[allow(clippy::arithmetic_side_effects, reason = "f64 arithmetic: IEEE, never panics")]
fn invert<const K: usize>(m: [[f64; K]; K]) -> Option<[[f64; K]; K]> {
    let mut a = m;
    let mut inv: [[f64; K]; K] = std::array::from_fn(|i| std::array::from_fn(|j| if i == j { 1.0 } else { 0.0 }));
    let at = |m: &[[f64; K]; K], i: usize, j: usize| m.get(i).and_then(|r| r.get(j)).copied();
    for col in 0..K {
        let pivot = (col..K).max_by(|x, y| {
            let (vx, vy) = (at(&a, *x, col).map_or(0.0, f64::abs), at(&a, *y, col).map_or(0.0, f64::abs));
            vx.total_cmp(&vy)
        })?;
        a.swap(col, pivot);
        inv.swap(col, pivot);
        let d = at(&a, col, col)?;
        if !(d.is_finite() && d.abs() > 1e-300) {
            return None;
        }
        let scale = |row: &mut [f64; K]| row.iter_mut().for_each(|x| *x /= d);
        a.get_mut(col).map(scale)?;
        inv.get_mut(col).map(|row| row.iter_mut().for_each(|x| *x /= d))?;
        let (pivot_row, pivot_inv) = (*a.get(col)?, *inv.get(col)?);
        for row in (0..K).filter(|r| *r != col) {
            let factor = at(&a, row, col)?;
            for (x, p) in a.get_mut(row)?.iter_mut().zip(&pivot_row) {
                *x -= factor * p;
            }
            for (x, p) in inv.get_mut(row)?.iter_mut().zip(&pivot_inv) {
                *x -= factor * p;
            }
        }
    }
    // positive definite: the inverse's diagonal is positive
    (0..K).all(|k| at(&inv, k, k).is_some_and(|v| v > 0.0)).then_some(inv)
}

/// The optimiser stays where |ln p| <= 17 (parameters between 4e-8 and 2.4e7): beyond, a steep
/// bowl pulls it back. Results outside [`MIN_PARAMETER`, `MAX_PARAMETER`] are refused as
/// degenerate anyway, and this keeps a fit on degenerate data from wandering where every
/// likelihood evaluation is expensive.
const MAX_LOG_PARAMETER: f64 = 17.0;

/// Objective: mean negative log-likelihood and its gradient, in log-parameters.
pub(crate) type Objective<'a> = dyn Fn(&[f64]) -> (f64, Vec<f64>) + 'a;

/// The last evaluation: parameters, cost, gradient.
type Evaluation = (Vec<f64>, f64, Vec<f64>);

struct Problem<'a> {
    f: &'a Objective<'a>,
    cache: RefCell<Option<Evaluation>>,
    /// Likelihood evaluations so far.
    evaluations: std::cell::Cell<u64>,
    /// The most evaluations the fit may make: the line search has no iteration limit of its own,
    /// and on a flat or pathological likelihood it would otherwise never stop.
    budget: u64,
}

/// The most optimiser iterations a fit may ask for.
pub const MAX_ITERATIONS: u64 = 1_000_000;

/// Likelihood evaluations allowed per optimiser iteration (More-Thuente needs a handful).
const EVALUATIONS_PER_ITERATION: u64 = 40;

impl Problem<'_> {
    fn eval(&self, p: &[f64]) -> std::result::Result<(f64, Vec<f64>), argmin::core::Error> {
        if let Some((cp, c, g)) = self.cache.borrow().as_ref() {
            if cp.as_slice() == p {
                return Ok((*c, g.clone()));
            }
        }
        let n = self.evaluations.get().saturating_add(1);
        self.evaluations.set(n);
        if n > self.budget {
            return Err(argmin::core::Error::msg(format!("no progress after {} likelihood evaluations", self.budget)));
        }
        let (mut c, mut g) = (self.f)(p);
        if !c.is_finite() || g.iter().any(|v| !v.is_finite()) || p.iter().any(|v| v.abs() > MAX_LOG_PARAMETER) {
            // outside the region where the likelihood is finite: a steep bowl pulls the line search back
            c = 1e12 * (1.0 + p.iter().map(|v| v * v).sum::<f64>());
            g = p.iter().map(|v| 2e12 * v).collect();
        }
        *self.cache.borrow_mut() = Some((p.to_vec(), c, g.clone()));
        Ok((c, g))
    }
}

impl CostFunction for Problem<'_> {
    type Param = Vec<f64>;
    type Output = f64;
    fn cost(&self, p: &Vec<f64>) -> std::result::Result<f64, argmin::core::Error> {
        Ok(self.eval(p)?.0)
    }
}

impl Gradient for Problem<'_> {
    type Param = Vec<f64>;
    type Gradient = Vec<f64>;
    fn gradient(&self, p: &Vec<f64>) -> std::result::Result<Vec<f64>, argmin::core::Error> {
        Ok(self.eval(p)?.1)
    }
}

fn failed(msg: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::FitFailed, format!("the optimiser failed: {msg}"))
}

/// Minimises `f` from `start` (log-parameters); returns the optimum, iterations, gradient norm,
/// whether it converged and why it stopped.
pub(crate) fn minimise(
    f: &Objective<'_>,
    start: Vec<f64>,
    opts: &FitOptions,
) -> Result<(Vec<f64>, u64, f64, bool, String)> {
    if opts.max_iterations > MAX_ITERATIONS
        || !(opts.gradient_tolerance.is_finite() && opts.gradient_tolerance >= 0.0)
        || !(opts.penalizer.is_finite() && opts.penalizer >= 0.0)
    {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            "fit options: max_iterations is at most 1,000,000; the tolerance and penalizer are finite and >= 0",
        ));
    }
    let (c0, g0) = f(&start);
    if !c0.is_finite() || g0.iter().any(|g| !g.is_finite()) {
        return Err(failed("the likelihood is not finite at the starting point"));
    }
    let budget = opts.max_iterations.saturating_add(1).saturating_mul(EVALUATIONS_PER_ITERATION);
    let problem = Problem { f, cache: RefCell::new(None), evaluations: std::cell::Cell::new(0), budget };
    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 10)
        .with_tolerance_grad(opts.gradient_tolerance)
        .map_err(failed)?
        .with_tolerance_cost(1e-13)
        .map_err(failed)?;
    let res = Executor::new(problem, solver)
        .configure(|s| s.param(start).max_iters(opts.max_iterations))
        .run()
        .map_err(failed)?;
    let state = res.state();
    let best = state.get_best_param().cloned().ok_or_else(|| failed("no parameters"))?;
    let (cost, grad) = f(&best);
    let norm = grad.iter().map(|g| g * g).sum::<f64>().sqrt();
    if !cost.is_finite() || best.iter().any(|p| !p.is_finite()) {
        return Err(failed("non-finite parameters"));
    }
    let termination = match state.get_termination_status() {
        TerminationStatus::Terminated(r) => r.text().to_string(),
        TerminationStatus::NotTerminated => "not terminated".to_string(),
    };
    let converged =
        matches!(state.get_termination_status(), TerminationStatus::Terminated(TerminationReason::SolverConverged))
            || norm < opts.gradient_tolerance * 100.0;
    Ok((best, state.get_iter(), norm, converged, termination))
}

/// Fitted parameters outside [1e-6, 1e6] mean the likelihood has no interior optimum on this
/// data (one customer, no repeat buyers who lapse, …): the fit is `clv.degenerate_data`, never a
/// silent "converged".
const MIN_PARAMETER: f64 = 1e-6;
/// See [`MIN_PARAMETER`].
const MAX_PARAMETER: f64 = 1e6;

/// The L2 penalty of a fit: `coefficient × Σ (scale_k × p_k)²`, added to the mean negative
/// log-likelihood.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Penalty<const K: usize> {
    /// The coefficient, per customer.
    pub(crate) coefficient: f64,
    /// Each parameter's scale (the time unit for time-scale parameters, 1 for shapes).
    pub(crate) scale: [f64; K],
}

impl<const K: usize> Penalty<K> {
    /// The same coefficient on every parameter as it is.
    pub(crate) fn plain(coefficient: f64) -> Penalty<K> {
        Penalty { coefficient, scale: [1.0; K] }
    }

    /// `1 / max(T)`: the time unit lifetimes penalises in (its fitters rescale so the oldest
    /// customer's age is 1); 1 when there is no positive age.
    pub(crate) fn time_unit(d: &RfmData) -> f64 {
        let longest = d.t.iter().copied().fold(0.0f64, f64::max);
        if longest > 0.0 && longest.is_finite() { 1.0 / longest } else { 1.0 }
    }

    /// The penalty at `p` and its gradient in `p`.
    fn at(&self, p: &[f64; K]) -> (f64, [f64; K]) {
        let c = self.coefficient;
        let value = p.iter().zip(&self.scale).map(|(p, s)| (p * s) * (p * s)).sum::<f64>() * c;
        let mut grad = [0.0; K];
        for ((g, p), s) in grad.iter_mut().zip(p).zip(&self.scale) {
            *g = 2.0 * c * p * s * s;
        }
        (value, grad)
    }
}

/// Fits `K` positive parameters by maximum likelihood: `ll` gives the total log-likelihood and its
/// gradient in the natural parameters; the optimiser works on their logarithms from all ones,
/// minimising the mean negative log-likelihood plus the L2 penalty.
pub(crate) fn fit_positive<const K: usize>(
    ll: impl Fn([f64; K]) -> (f64, [f64; K]),
    customers: f64,
    rows: usize,
    opts: &FitOptions,
    penalty: &Penalty<K>,
) -> Result<([f64; K], FitDiagnostics)> {
    let natural = |phi: &[f64]| -> [f64; K] { std::array::from_fn(|k| phi.get(k).copied().unwrap_or(0.0).exp()) };
    let f = |phi: &[f64]| -> (f64, Vec<f64>) {
        let p = natural(phi);
        let (value, g) = ll(p);
        let (pen, grad) = penalty.at(&p);
        let cost = -value / customers + pen;
        (cost, g.iter().zip(p).zip(grad).map(|((g, p), dp)| (-g / customers + dp) * p).collect())
    };
    let (best, iterations, gradient_norm, converged, termination) = minimise(&f, vec![0.0; K], opts)?;
    let p = natural(&best);
    if let Some((i, v)) = p.iter().enumerate().find(|(_, v)| !(MIN_PARAMETER..=MAX_PARAMETER).contains(*v)) {
        return Err(Error::new(
            ErrorKind::DegenerateData,
            "the data do not identify the model: a parameter ran off towards 0 or infinity",
        )
        .with("parameter", i)
        .with("value", v));
    }
    let log_likelihood = ll(p).0;
    let standard_errors = standard_errors(&f, &best, &p, customers);
    Ok((
        p,
        FitDiagnostics {
            iterations,
            log_likelihood,
            gradient_norm,
            converged,
            termination,
            rows,
            customers,
            standard_errors,
        },
    ))
}
