//! RFM scores and co-purchase recommendations: columns in, columns out.

use postpurchase::journey::{
    CoPurchase, CoPurchaseOptions, CustomerHistory, Segment, Stage, StageAssignment, StageRules,
    rfm_scores_of_measures, stage_at, transitions,
};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::column::{f64s, i64s, u8s};
use crate::{to_json, to_py};

/// The segment codes, in the order of the indexes `rfm` returns.
#[pyfunction]
fn rfm_segments() -> Vec<&'static str> {
    Segment::ALL.iter().map(|s| s.code()).collect()
}

/// Four byte columns: r, f, m and the segment index.
type RfmColumns<'py> = (Bound<'py, PyBytes>, Bound<'py, PyBytes>, Bound<'py, PyBytes>, Bound<'py, PyBytes>);

/// RFM scores of columns (customer keys as int64, measures as float64): the r, f and m scores
/// and each customer's segment index (into `rfm_segments()`), one byte each.
#[pyfunction]
fn rfm<'py>(
    py: Python<'py>,
    customers: &Bound<'_, PyAny>,
    recency_days: &Bound<'_, PyAny>,
    frequency: &Bound<'_, PyAny>,
    monetary: &Bound<'_, PyAny>,
) -> PyResult<RfmColumns<'py>> {
    let (c, r, f, m) = (
        i64s(py, customers, "customers")?,
        f64s(py, recency_days, "recency_days")?,
        f64s(py, frequency, "frequency")?,
        f64s(py, monetary, "monetary")?,
    );
    if r.len() != c.len() || f.len() != c.len() || m.len() != c.len() {
        return Err(to_py(postpurchase::Error::new(
            postpurchase::ErrorKind::InvalidInput,
            "customer, recency, frequency and monetary columns must have the same length",
        )));
    }
    let measures = r.iter().zip(f.iter()).zip(m.iter()).map(|((r, f), m)| (*r, *f, *m));
    let scores = py.detach(|| rfm_scores_of_measures(measures)).map_err(to_py)?;
    let index = |s: Segment| Segment::ALL.iter().position(|x| *x == s).and_then(|i| u8::try_from(i).ok()).unwrap_or(0);
    let col = |f: &dyn Fn(&postpurchase::journey::RfmScore) -> u8| scores.iter().map(f).collect::<Vec<u8>>();
    Ok((
        PyBytes::new(py, &col(&|s| s.r)),
        PyBytes::new(py, &col(&|s| s.f)),
        PyBytes::new(py, &col(&|s| s.m)),
        PyBytes::new(py, &col(&|s| index(s.segment))),
    ))
}

/// The segment index (into `rfm_segments()`) of each (r, f, m) score triple, one byte each.
#[pyfunction]
fn rfm_segments_of<'py>(
    py: Python<'py>,
    r: &Bound<'_, PyAny>,
    f: &Bound<'_, PyAny>,
    m: &Bound<'_, PyAny>,
) -> PyResult<Bound<'py, PyBytes>> {
    let (r, f, m) = (u8s(py, r, "r")?, u8s(py, f, "f")?, u8s(py, m, "m")?);
    if r.len() != f.len() || r.len() != m.len() {
        return Err(to_py(postpurchase::Error::new(
            postpurchase::ErrorKind::InvalidInput,
            "r, f and m columns must have the same length",
        )));
    }
    let index = |s: Segment| Segment::ALL.iter().position(|x| *x == s).and_then(|i| u8::try_from(i).ok()).unwrap_or(0);
    let out: Vec<u8> = r.iter().zip(f.iter()).zip(m.iter()).map(|((r, f), m)| index(Segment::of(*r, *f, *m))).collect();
    Ok(PyBytes::new(py, &out))
}

/// A co-purchase model over baskets of item ids.
#[pyclass(frozen, name = "CoPurchase", module = "postpurchase._native")]
struct PyCoPurchase {
    inner: CoPurchase,
}

#[pymethods]
impl PyCoPurchase {
    #[new]
    #[pyo3(signature = (baskets, min_pair_count=2, min_item_count=2))]
    fn new(py: Python<'_>, baskets: Vec<Vec<String>>, min_pair_count: u64, min_item_count: u64) -> PyResult<Self> {
        let options = CoPurchaseOptions { min_pair_count, min_item_count };
        let inner = py.detach(|| CoPurchase::fit(&baskets, &options)).map_err(to_py)?;
        Ok(PyCoPurchase { inner })
    }

    /// Baskets counted.
    fn baskets(&self) -> u64 {
        self.inner.baskets()
    }

    /// Up to `k` suggestions for a basket, as JSON.
    fn recommend(&self, basket: Vec<String>, exclude: Vec<String>, k: usize) -> PyResult<String> {
        to_json(&self.inner.recommend(&basket, &exclude, k))
    }

    /// The `k` most popular items not excluded.
    fn popular(&self, exclude: Vec<String>, k: usize) -> Vec<String> {
        self.inner.popular(&exclude, k)
    }

    /// Hit rate at `k` over (bought before, bought next) cases, against the popular items, as JSON.
    fn hit_rate(&self, py: Python<'_>, cases: Vec<(Vec<String>, Vec<String>)>, k: usize) -> PyResult<String> {
        let h = py.detach(|| self.inner.hit_rate(&cases, k));
        to_json(&h)
    }
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(rfm_segments, m)?)?;
    m.add_function(wrap_pyfunction!(rfm, m)?)?;
    m.add_function(wrap_pyfunction!(rfm_segments_of, m)?)?;
    m.add_class::<PyCoPurchase>()?;
    m.add_function(wrap_pyfunction!(stage_codes, m)?)?;
    m.add_function(wrap_pyfunction!(stages, m)?)?;
    m.add_function(wrap_pyfunction!(stage_transitions, m)?)?;
    Ok(())
}

/// Histories per customer code (0..n) from (code, time in ns) columns and per-customer columns
/// (NaN for none): latest NPS, referrals, P(alive).
fn histories(
    py: Python<'_>,
    codes: &Bound<'_, PyAny>,
    times_ns: &Bound<'_, PyAny>,
    n: usize,
    nps: &Bound<'_, PyAny>,
    referrals: &Bound<'_, PyAny>,
    p_alive: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<CustomerHistory>> {
    let (c, t) = (i64s(py, codes, "codes")?, i64s(py, times_ns, "times_ns")?);
    let (nps, refs, alive) = (
        f64s(py, nps, "nps")?,
        f64s(py, referrals, "referrals")?,
        p_alive.map(|p| f64s(py, p, "p_alive")).transpose()?,
    );
    let bad = |m: &str| to_py(postpurchase::Error::new(postpurchase::ErrorKind::InvalidInput, m.to_string()));
    if c.len() != t.len() || nps.len() != n || refs.len() != n || alive.as_ref().is_some_and(|a| a.len() != n) {
        return Err(bad("transaction columns, and customer columns, must each have one length"));
    }
    // NaN is "none"; anything else must be a whole number in range (NPS 0–10, referrals >= 0)
    let whole = |v: f64, max: f64, what: &str| -> PyResult<u32> {
        if v.fract() == 0.0 && (0.0..=max).contains(&v) {
            Ok(v as u32)
        } else {
            Err(bad(&format!("{what} must be a whole number from 0 to {max}")))
        }
    };
    let mut out: Vec<CustomerHistory> = Vec::with_capacity(n);
    for i in 0..n {
        let nps = match nps.get(i).copied().filter(|v| !v.is_nan()) {
            Some(v) => Some(u8::try_from(whole(v, 10.0, "latest_nps")?).unwrap_or(u8::MAX)),
            None => None,
        };
        let referrals = match refs.get(i).copied().filter(|v| !v.is_nan()) {
            Some(v) => whole(v, f64::from(u32::MAX), "referrals")?,
            None => 0,
        };
        let p_alive = alive.as_ref().and_then(|a| a.get(i).copied()).filter(|v| !v.is_nan());
        out.push(CustomerHistory { purchases: Vec::new(), latest_nps: nps, referrals, p_alive });
    }
    for (code, ns) in c.iter().zip(t.iter()) {
        let h = usize::try_from(*code)
            .ok()
            .and_then(|k| out.get_mut(k))
            .ok_or_else(|| bad("customer codes must be 0..n"))?;
        if *ns == i64::MIN {
            return Err(bad("a purchase time is missing (NaT)"));
        }
        h.purchases.push(chrono::DateTime::from_timestamp_nanos(*ns));
    }
    Ok(out)
}

fn rules(json: Option<&str>) -> PyResult<StageRules> {
    json.map_or(Ok(StageRules::default()), |j| crate::from_json("stage rules", j))
}

fn stage_index(s: Option<Stage>) -> u8 {
    s.and_then(|s| Stage::ALL.iter().position(|x| *x == s)).and_then(|i| u8::try_from(i).ok()).unwrap_or(u8::MAX)
}

/// The stage codes, in the order of the indexes returned (255: not a customer yet).
#[pyfunction]
fn stage_codes() -> Vec<&'static str> {
    Stage::ALL.iter().map(|s| s.code()).collect()
}

/// Stage index, rule codes, purchases, days since the last and typical gap.
type StageColumns<'py> =
    (Bound<'py, PyBytes>, Vec<&'static str>, Bound<'py, PyBytes>, Bound<'py, PyBytes>, Bound<'py, PyBytes>);

/// Stages of customers 0..n at `at_ns`: stage index bytes, rule codes, purchases, days since
/// the last purchase and typical gap (NaN without one), as float64 bytes.
#[pyfunction]
#[pyo3(signature = (codes, times_ns, n, at_ns, nps, referrals, p_alive, rules_json=None))]
#[allow(clippy::too_many_arguments, reason = "one argument per column")]
fn stages<'py>(
    py: Python<'py>,
    codes: &Bound<'_, PyAny>,
    times_ns: &Bound<'_, PyAny>,
    n: usize,
    at_ns: i64,
    nps: &Bound<'_, PyAny>,
    referrals: &Bound<'_, PyAny>,
    p_alive: &Bound<'_, PyAny>,
    rules_json: Option<&str>,
) -> PyResult<StageColumns<'py>> {
    let hs = histories(py, codes, times_ns, n, nps, referrals, Some(p_alive))?;
    let r = rules(rules_json)?;
    let at = chrono::DateTime::from_timestamp_nanos(at_ns);
    let all: Vec<Option<StageAssignment>> =
        py.detach(|| hs.iter().map(|h| stage_at(h, at, &r)).collect::<postpurchase::Result<_>>()).map_err(to_py)?;
    let idx: Vec<u8> = all.iter().map(|a| stage_index(a.map(|a| a.stage))).collect();
    let rule: Vec<&'static str> = all.iter().map(|a| a.map_or("", |a| a.rule)).collect();
    let num =
        |f: &dyn Fn(&StageAssignment) -> f64| all.iter().map(|a| a.as_ref().map_or(f64::NAN, f)).collect::<Vec<f64>>();
    Ok((
        PyBytes::new(py, &idx),
        rule,
        crate::f64_bytes(py, &num(&|a| a.purchases as f64)),
        crate::f64_bytes(py, &num(&|a| a.days_since_last)),
        crate::f64_bytes(py, &num(&|a| a.typical_gap_days.unwrap_or(f64::NAN))),
    ))
}

/// Stages of customers 0..n at each date (stage index bytes, customer-major) and the
/// transition rows as JSON.
#[pyfunction]
#[pyo3(signature = (codes, times_ns, n, dates_ns, nps, referrals, rules_json=None))]
#[allow(clippy::too_many_arguments, reason = "one argument per column")]
fn stage_transitions<'py>(
    py: Python<'py>,
    codes: &Bound<'_, PyAny>,
    times_ns: &Bound<'_, PyAny>,
    n: usize,
    dates_ns: Vec<i64>,
    nps: &Bound<'_, PyAny>,
    referrals: &Bound<'_, PyAny>,
    rules_json: Option<&str>,
) -> PyResult<(Bound<'py, PyBytes>, String)> {
    let hs = histories(py, codes, times_ns, n, nps, referrals, None)?;
    let r = rules(rules_json)?;
    let dates: Vec<_> = dates_ns.iter().map(|d| chrono::DateTime::from_timestamp_nanos(*d)).collect();
    let (by_date, t) = py.detach(|| transitions(&hs, &dates, &r)).map_err(to_py)?;
    let flat: Vec<u8> = by_date.iter().flatten().map(|s| stage_index(*s)).collect();
    Ok((PyBytes::new(py, &flat), to_json(&t.rows())?))
}
