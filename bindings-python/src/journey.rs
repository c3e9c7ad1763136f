//! RFM scores and co-purchase recommendations: columns in, columns out.

use postpurchase::journey::{CoPurchase, CoPurchaseOptions, RfmCustomer, Segment, rfm_scores};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::{f64s, i64s, to_json, to_py};

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
    customers: &[u8],
    recency_days: &[u8],
    frequency: &[u8],
    monetary: &[u8],
) -> PyResult<RfmColumns<'py>> {
    let (c, r, f, m) = (i64s(customers)?, f64s(recency_days)?, f64s(frequency)?, f64s(monetary)?);
    if r.len() != c.len() || f.len() != c.len() || m.len() != c.len() {
        return Err(to_py(postpurchase::Error::new(
            postpurchase::ErrorKind::InvalidInput,
            "customer, recency, frequency and monetary columns must have the same length",
        )));
    }
    let rows: Vec<RfmCustomer> = (0..c.len())
        .map(|i| RfmCustomer {
            customer: c.get(i).and_then(|k| u64::try_from(*k).ok()).unwrap_or(0),
            recency_days: r.get(i).copied().unwrap_or(f64::NAN),
            frequency: f.get(i).copied().unwrap_or(f64::NAN),
            monetary: m.get(i).copied().unwrap_or(f64::NAN),
        })
        .collect();
    let scores = py.detach(|| rfm_scores(&rows)).map_err(to_py)?;
    let index = |s: Segment| Segment::ALL.iter().position(|x| *x == s).and_then(|i| u8::try_from(i).ok()).unwrap_or(0);
    let col = |f: &dyn Fn(&postpurchase::journey::RfmScore) -> u8| scores.iter().map(f).collect::<Vec<u8>>();
    Ok((
        PyBytes::new(py, &col(&|s| s.r)),
        PyBytes::new(py, &col(&|s| s.f)),
        PyBytes::new(py, &col(&|s| s.m)),
        PyBytes::new(py, &col(&|s| index(s.segment))),
    ))
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
    m.add_class::<PyCoPurchase>()?;
    Ok(())
}
