//! CLV model fitting and prediction over float64 buffers, without holding the GIL.

use postpurchase::clv::{
    BetaGeo, FitOptions, GammaGamma, ParetoNbd, TransactionModel, Variant, customer_lifetime_value,
};
use postpurchase::metrics::TimeUnit;
use postpurchase::{Error, ErrorKind};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::column::f64s;
use crate::{f64_bytes, from_json, to_json, to_py};

fn opts(penalizer: f64, max_iterations: Option<i64>) -> PyResult<FitOptions> {
    if !(penalizer.is_finite() && penalizer >= 0.0) {
        return Err(to_py(Error::new(ErrorKind::InvalidInput, "penalizer must be finite and >= 0")));
    }
    let d = FitOptions::default();
    let max_iterations = match max_iterations {
        None => d.max_iterations,
        Some(m) => u64::try_from(m)
            .map_err(|_| to_py(Error::new(ErrorKind::InvalidInput, "maxiter must be >= 0").with("maxiter", m)))?,
    };
    Ok(FitOptions { penalizer, max_iterations, ..d })
}

fn variant(model: &str) -> PyResult<Option<Variant>> {
    match model {
        "bgnbd" => Ok(Some(Variant::BgNbd)),
        "mbgnbd" => Ok(Some(Variant::Modified)),
        "pareto" => Ok(None),
        _ => Err(to_py(Error::new(ErrorKind::InvalidInput, "model is 'bgnbd', 'mbgnbd' or 'pareto'"))),
    }
}

/// Fits a purchase model; returns JSON {"params": {...}, "diagnostics": {...}}.
#[pyfunction]
#[pyo3(signature = (model, frequency, recency, t, weights=None, penalizer=0.0, max_iterations=None))]
#[allow(clippy::too_many_arguments, reason = "the model, its columns and the fit's options")]
fn fit(
    py: Python<'_>,
    model: &str,
    frequency: &Bound<'_, PyAny>,
    recency: &Bound<'_, PyAny>,
    t: &Bound<'_, PyAny>,
    weights: Option<&Bound<'_, PyAny>>,
    penalizer: f64,
    max_iterations: Option<i64>,
) -> PyResult<String> {
    let (x, tx, tt) = (f64s(py, frequency, "frequency")?, f64s(py, recency, "recency")?, f64s(py, t, "t")?);
    let w = weights.map(|w| f64s(py, w, "weights")).transpose()?;
    let o = opts(penalizer, max_iterations)?;
    let v = variant(model)?;
    let out = py
        .detach(|| -> postpurchase::Result<serde_json::Value> {
            Ok(match v {
                Some(var) => {
                    let (m, d) = BetaGeo::fit(&x, &tx, &tt, w.as_deref(), var, &o)?;
                    serde_json::json!({"params": m, "diagnostics": d})
                }
                None => {
                    let (m, d) = ParetoNbd::fit(&x, &tx, &tt, w.as_deref(), &o)?;
                    serde_json::json!({"params": m, "diagnostics": d})
                }
            })
        })
        .map_err(to_py)?;
    to_json(&out)
}

#[pyfunction]
#[pyo3(signature = (frequency, monetary, penalizer=0.0, max_iterations=None, weights=None))]
fn fit_gamma_gamma(
    py: Python<'_>,
    frequency: &Bound<'_, PyAny>,
    monetary: &Bound<'_, PyAny>,
    penalizer: f64,
    max_iterations: Option<i64>,
    weights: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let (x, m) = (f64s(py, frequency, "frequency")?, f64s(py, monetary, "monetary")?);
    let w = weights.map(|w| f64s(py, w, "weights")).transpose()?;
    let o = opts(penalizer, max_iterations)?;
    let (g, d) = py.detach(|| GammaGamma::fit_weighted(&x, &m, w.as_deref(), &o)).map_err(to_py)?;
    to_json(&serde_json::json!({"params": g, "diagnostics": d}))
}

enum Model {
    Bg(BetaGeo),
    Pareto(ParetoNbd),
}

impl TransactionModel for Model {
    fn expected_purchases(&self, t: f64) -> f64 {
        match self {
            Model::Bg(m) => m.expected_purchases(t),
            Model::Pareto(m) => m.expected_purchases(t),
        }
    }
    fn conditional_expected_purchases(&self, t: f64, x: f64, t_x: f64, big_t: f64) -> f64 {
        match self {
            Model::Bg(m) => m.conditional_expected_purchases(t, x, t_x, big_t),
            Model::Pareto(m) => m.conditional_expected_purchases(t, x, t_x, big_t),
        }
    }
    fn probability_alive(&self, x: f64, t_x: f64, big_t: f64) -> f64 {
        match self {
            Model::Bg(m) => m.probability_alive(x, t_x, big_t),
            Model::Pareto(m) => m.probability_alive(x, t_x, big_t),
        }
    }
    fn costly_rows(&self) -> bool {
        match self {
            Model::Bg(m) => m.costly_rows(),
            Model::Pareto(m) => m.costly_rows(),
        }
    }
    fn conditional_expected_purchases_rows(&self, t: f64, x: &[f64], t_x: &[f64], big_t: &[f64]) -> Vec<f64> {
        match self {
            Model::Bg(m) => m.conditional_expected_purchases_rows(t, x, t_x, big_t),
            Model::Pareto(m) => m.conditional_expected_purchases_rows(t, x, t_x, big_t),
        }
    }
    fn probability_alive_rows(&self, x: &[f64], t_x: &[f64], big_t: &[f64]) -> Vec<f64> {
        match self {
            Model::Bg(m) => m.probability_alive_rows(x, t_x, big_t),
            Model::Pareto(m) => m.probability_alive_rows(x, t_x, big_t),
        }
    }
}

fn model(kind: &str, params_json: &str) -> PyResult<Model> {
    Ok(match variant(kind)? {
        Some(_) => Model::Bg(from_json("BG/NBD parameters", params_json)?),
        None => Model::Pareto(from_json("Pareto/NBD parameters", params_json)?),
    })
}

/// Next-purchase timing over columns from a BG/NBD or modified BG/NBD model: P(alive), P(at
/// least one purchase within `horizon`) and the median wait (NaN when there is none).
#[pyfunction]
fn next_purchase<'py>(
    py: Python<'py>,
    kind: &str,
    params_json: &str,
    frequency: &Bound<'_, PyAny>,
    recency: &Bound<'_, PyAny>,
    big_t: &Bound<'_, PyAny>,
    horizon: f64,
) -> PyResult<(Bound<'py, PyBytes>, Bound<'py, PyBytes>, Bound<'py, PyBytes>)> {
    let Model::Bg(m) = model(kind, params_json)? else {
        return Err(to_py(postpurchase::Error::new(
            postpurchase::ErrorKind::InvalidInput,
            "next-purchase timing needs a BG/NBD or modified BG/NBD model",
        )));
    };
    let (x, tx, tt) = (f64s(py, frequency, "frequency")?, f64s(py, recency, "recency")?, f64s(py, big_t, "big_t")?);
    postpurchase::clv::check_rfm(&x, &tx, &tt).map_err(to_py)?;
    let rows: Vec<postpurchase::journey::NextPurchase> = py
        .detach(|| {
            x.iter()
                .zip(tx.iter().zip(tt.iter()))
                .map(|(x, (tx, tt))| postpurchase::journey::next_purchase(&m, *x, *tx, *tt, horizon))
                .collect::<postpurchase::Result<_>>()
        })
        .map_err(to_py)?;
    let col = |f: &dyn Fn(&postpurchase::journey::NextPurchase) -> f64| rows.iter().map(f).collect::<Vec<f64>>();
    Ok((
        crate::f64_bytes(py, &col(&|n| n.p_alive)),
        crate::f64_bytes(py, &col(&|n| n.p_within)),
        crate::f64_bytes(py, &col(&|n| n.median_wait.unwrap_or(f64::NAN))),
    ))
}

/// "conditional_expected", "probability_alive" or "expected" (new customer) over columns.
#[pyfunction]
#[pyo3(signature = (kind, params_json, what, t, frequency, recency, big_t))]
#[allow(clippy::too_many_arguments)]
fn predict<'py>(
    py: Python<'py>,
    kind: &str,
    params_json: &str,
    what: &str,
    t: f64,
    frequency: &Bound<'_, PyAny>,
    recency: &Bound<'_, PyAny>,
    big_t: &Bound<'_, PyAny>,
) -> PyResult<Bound<'py, PyBytes>> {
    let m = model(kind, params_json)?;
    let (x, tx, tt) = (f64s(py, frequency, "frequency")?, f64s(py, recency, "recency")?, f64s(py, big_t, "big_t")?);
    let run = |x: &[f64], tx: &[f64], tt: &[f64]| -> postpurchase::Result<Vec<f64>> {
        match what {
            "conditional_expected" => postpurchase::clv::conditional_expected_purchases(&m, t, x, tx, tt),
            "probability_alive" => postpurchase::clv::probability_alive(&m, x, tx, tt),
            "expected" => postpurchase::clv::expected_purchases(&m, t).map(|v| vec![v]),
            _ => Err(Error::new(ErrorKind::InvalidInput, "unknown prediction")),
        }
    };
    let split = what != "expected";
    let out = py
        .detach(|| {
            // a costly model (Pareto/NBD) evaluates each distinct customer summary once, on
            // every core; an error is reported as the plain call reports it
            if split && m.costly_rows() && x.len() == tx.len() && x.len() == tt.len() {
                match distinct_in_halves(&x, &tx, &tt, &run) {
                    Ok(values) => Ok(values),
                    Err(_) => run(&x, &tx, &tt),
                }
            } else {
                in_parallel(&x, &tx, &tt, split, &run)
            }
        })
        .map_err(to_py)?;
    Ok(f64_bytes(py, &out))
}

/// A prediction over three columns.
type Columns<'a> = dyn Fn(&[f64], &[f64], &[f64]) -> postpurchase::Result<Vec<f64>> + Sync + 'a;

/// Rows per chunk when predictions run on every core.
const CHUNK: usize = 16_384;

/// `run` over the three columns: in chunks on every core (rayon) when `split` and the columns
/// are long, each chunk evaluated by the core as a whole call would be. When a chunk fails, the
/// whole call runs once more in one piece, so the error names the row as a single call would.
fn in_parallel(x: &[f64], tx: &[f64], tt: &[f64], split: bool, run: &Columns<'_>) -> postpurchase::Result<Vec<f64>> {
    use rayon::prelude::*;
    let same = x.len() == tx.len() && x.len() == tt.len();
    if !split || !same || x.len() <= CHUNK {
        return run(x, tx, tt);
    }
    let parts: postpurchase::Result<Vec<Vec<f64>>> = x
        .par_chunks(CHUNK)
        .zip(tx.par_chunks(CHUNK))
        .zip(tt.par_chunks(CHUNK))
        .map(|((x, tx), tt)| run(x, tx, tt))
        .collect();
    match parts {
        Ok(parts) => Ok(parts.concat()),
        Err(_) => run(x, tx, tt),
    }
}

/// `run` over equally long columns, each half on its own core: a half finds its distinct rows
/// (finding them is a hash pass as costly as the evaluation, so the halves do it side by side),
/// evaluates them in chunks on every core and spreads the values back.
fn distinct_in_halves(x: &[f64], tx: &[f64], tt: &[f64], run: &Columns<'_>) -> postpurchase::Result<Vec<f64>> {
    let half = |x: &[f64], tx: &[f64], tt: &[f64]| -> postpurchase::Result<Vec<f64>> {
        match postpurchase::clv::DistinctRows::of(x, tx, tt) {
            Some(d) => in_parallel(&d.x, &d.t_x, &d.big_t, true, run).map(|v| d.spread(&v)),
            None => run(x, tx, tt),
        }
    };
    if x.len() <= CHUNK {
        return half(x, tx, tt);
    }
    let mid = x.len() / 2;
    let ((x1, x2), (tx1, tx2), (tt1, tt2)) = (x.split_at(mid), tx.split_at(mid), tt.split_at(mid));
    let (a, b) = rayon::join(|| half(x1, tx1, tt1), || half(x2, tx2, tt2));
    let mut out = a?;
    out.extend(b?);
    Ok(out)
}

/// Per row of the `t` and `n` columns: P(X(t) = n) for a new customer (`what` =
/// "probability_of_n", `n` whole and >= 0) or E[X(t)] (`what` = "expected", `n` ignored).
#[pyfunction]
fn predict_new<'py>(
    py: Python<'py>,
    kind: &str,
    params_json: &str,
    what: &str,
    t: &Bound<'_, PyAny>,
    n: &Bound<'_, PyAny>,
) -> PyResult<Bound<'py, PyBytes>> {
    let m = model(kind, params_json)?;
    let (t, n) = (f64s(py, t, "t")?, f64s(py, n, "n")?);
    if t.len() != n.len() {
        return Err(to_py(Error::new(ErrorKind::InvalidInput, "t and n must have the same length")));
    }
    let out = py
        .detach(|| -> postpurchase::Result<Vec<f64>> {
            t.iter()
                .zip(n.iter())
                .enumerate()
                .map(|(i, (t, n))| match what {
                    "expected" => postpurchase::clv::expected_purchases(&m, *t),
                    "probability_of_n" => {
                        let whole = (*n >= 0.0 && n.fract() == 0.0 && *n <= f64::from(u32::MAX)).then_some(*n as u32);
                        let n = whole.ok_or_else(|| {
                            Error::new(ErrorKind::InvalidInput, "n must be a whole number >= 0").with("position", i)
                        })?;
                        match &m {
                            Model::Bg(b) => b.probability_of_purchases(n, *t),
                            Model::Pareto(p) => p.probability_of_purchases(n, *t),
                        }
                    }
                    _ => Err(Error::new(ErrorKind::InvalidInput, "unknown prediction")),
                })
                .collect()
        })
        .map_err(to_py)?;
    Ok(f64_bytes(py, &out))
}

/// Pareto/NBD: P(n purchases in the next `t` | x, t_x, T) per customer.
#[pyfunction]
#[allow(clippy::too_many_arguments, reason = "the model, n, t and three columns")]
fn conditional_probability_of_n<'py>(
    py: Python<'py>,
    params_json: &str,
    n: i64,
    t: f64,
    frequency: &Bound<'_, PyAny>,
    recency: &Bound<'_, PyAny>,
    big_t: &Bound<'_, PyAny>,
) -> PyResult<Bound<'py, PyBytes>> {
    let m: ParetoNbd = from_json("Pareto/NBD parameters", params_json)?;
    let n = u32::try_from(n)
        .map_err(|_| to_py(Error::new(ErrorKind::InvalidInput, "n must be a whole number >= 0").with("n", n)))?;
    let (x, tx, tt) = (f64s(py, frequency, "frequency")?, f64s(py, recency, "recency")?, f64s(py, big_t, "big_t")?);
    postpurchase::clv::check_rfm(&x, &tx, &tt).map_err(to_py)?;
    let out = py
        .detach(|| -> postpurchase::Result<Vec<f64>> {
            x.iter()
                .zip(tx.iter())
                .zip(tt.iter())
                .map(|((x, tx), tt)| m.conditional_probability_of_purchases(n, t, *x, *tx, *tt))
                .collect()
        })
        .map_err(to_py)?;
    Ok(f64_bytes(py, &out))
}

/// Conditional expected average spend per customer.
#[pyfunction]
fn gamma_gamma_value<'py>(
    py: Python<'py>,
    params_json: &str,
    frequency: &Bound<'_, PyAny>,
    monetary: &Bound<'_, PyAny>,
) -> PyResult<Bound<'py, PyBytes>> {
    let g: GammaGamma = from_json("Gamma-Gamma parameters", params_json)?;
    let (x, m) = (f64s(py, frequency, "frequency")?, f64s(py, monetary, "monetary")?);
    if x.len() != m.len() {
        return Err(to_py(Error::new(ErrorKind::InvalidInput, "columns must have the same length")));
    }
    let out: Vec<f64> = x.iter().zip(m.iter()).map(|(a, b)| g.conditional_expected_average_value(*a, *b)).collect();
    Ok(f64_bytes(py, &out))
}

#[pyfunction]
#[allow(clippy::too_many_arguments)]
fn lifetime_value<'py>(
    py: Python<'py>,
    kind: &str,
    params_json: &str,
    gamma_gamma_json: &str,
    frequency: &Bound<'_, PyAny>,
    recency: &Bound<'_, PyAny>,
    big_t: &Bound<'_, PyAny>,
    monetary: &Bound<'_, PyAny>,
    months: u32,
    discount_rate: f64,
    unit: &str,
) -> PyResult<Bound<'py, PyBytes>> {
    let m = model(kind, params_json)?;
    let g: GammaGamma = from_json("Gamma-Gamma parameters", gamma_gamma_json)?;
    let (x, tx, tt, mv) = (
        f64s(py, frequency, "frequency")?,
        f64s(py, recency, "recency")?,
        f64s(py, big_t, "big_t")?,
        f64s(py, monetary, "monetary")?,
    );
    let unit = TimeUnit::parse(unit).map_err(to_py)?;
    let out =
        py.detach(|| customer_lifetime_value(&m, &g, &x, &tx, &tt, &mv, months, discount_rate, unit)).map_err(to_py)?;
    Ok(f64_bytes(py, &out))
}

/// Simulated customers (one per entry of `t`) from a purchase model with a seed: the columns
/// frequency, recency, T, lambda, drop-out (p or mu) as float64 buffers and alive as one byte
/// per customer.
#[pyfunction]
#[allow(clippy::type_complexity, reason = "the six columns of the simulated customers")]
fn generate<'py>(
    py: Python<'py>,
    kind: &str,
    params_json: &str,
    t: &Bound<'_, PyAny>,
    seed: u64,
) -> PyResult<(
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
)> {
    let m = model(kind, params_json)?;
    let t = f64s(py, t, "t")?;
    let g = py
        .detach(|| match &m {
            Model::Bg(b) => b.generate(&t, seed),
            Model::Pareto(p) => p.generate(&t, seed),
        })
        .map_err(to_py)?;
    let alive: Vec<u8> = g.alive.iter().map(|a| u8::from(*a)).collect();
    Ok((
        f64_bytes(py, &g.frequency),
        f64_bytes(py, &g.recency),
        f64_bytes(py, &g.t),
        f64_bytes(py, &g.lambda),
        f64_bytes(py, &g.dropout),
        PyBytes::new(py, &alive),
    ))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(fit, m)?)?;
    m.add_function(wrap_pyfunction!(fit_gamma_gamma, m)?)?;
    m.add_function(wrap_pyfunction!(next_purchase, m)?)?;
    m.add_function(wrap_pyfunction!(predict, m)?)?;
    m.add_function(wrap_pyfunction!(predict_new, m)?)?;
    m.add_function(wrap_pyfunction!(generate, m)?)?;
    m.add_function(wrap_pyfunction!(conditional_probability_of_n, m)?)?;
    m.add_function(wrap_pyfunction!(gamma_gamma_value, m)?)?;
    m.add_function(wrap_pyfunction!(lifetime_value, m)?)?;
    Ok(())
}
