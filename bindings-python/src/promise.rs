//! Delivery promises over columns: the core's `promise` module with lanes as codes into a list of
//! distinct lanes and times as int64 nanoseconds (`NaT` = missing), dates back as int64 days.

use postpurchase::promise::{AccuracyOptions, BusinessCalendar, Lane, PromiseModel, ShipmentColumns};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::column::{Column, i64s};
use crate::{f64_bytes, from_json, to_json, to_py};

type LaneTuple = (String, String, String, String);

fn lanes(given: Vec<LaneTuple>) -> Vec<Lane> {
    given.iter().map(|(c, s, o, d)| Lane::new(c, s, o, d)).collect()
}

fn i64_bytes<'py>(py: Python<'py>, v: &[i64]) -> Bound<'py, PyBytes> {
    PyBytes::new(py, &v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>())
}

/// The four shipment columns: lane codes, ordered, handed over and delivered (int64 ns).
type Columns4 = (Column<i64>, Column<i64>, Column<i64>, Column<i64>);

fn shipment_columns(
    py: Python<'_>,
    lane: &Bound<'_, PyAny>,
    ordered_ns: &Bound<'_, PyAny>,
    handed_over_ns: &Bound<'_, PyAny>,
    delivered_ns: &Bound<'_, PyAny>,
) -> PyResult<Columns4> {
    Ok((
        i64s(py, lane, "lane")?,
        i64s(py, ordered_ns, "ordered_at")?,
        i64s(py, handed_over_ns, "handed_over_at")?,
        i64s(py, delivered_ns, "delivered_at")?,
    ))
}

/// A learnt promise model (`postpurchase.promise.PromiseModel` wraps it).
#[pyclass(frozen, name = "NativePromiseModel", module = "postpurchase._native")]
pub(crate) struct NativePromiseModel {
    inner: PromiseModel,
}

/// Dates, confidence codes and reason bits, as byte buffers.
type PromiseOut<'py> =
    (Bound<'py, PyBytes>, Bound<'py, PyBytes>, Bound<'py, PyBytes>, Bound<'py, PyBytes>, Bound<'py, PyBytes>);

#[pymethods]
impl NativePromiseModel {
    /// Fits on shipment columns (`calendar` as JSON).
    #[staticmethod]
    #[allow(clippy::too_many_arguments, reason = "one column each")]
    fn fit(
        py: Python<'_>,
        calendar: &str,
        lanes: Vec<LaneTuple>,
        lane: &Bound<'_, PyAny>,
        ordered_ns: &Bound<'_, PyAny>,
        handed_over_ns: &Bound<'_, PyAny>,
        delivered_ns: &Bound<'_, PyAny>,
        as_of_ns: i64,
    ) -> PyResult<Self> {
        let calendar: BusinessCalendar = from_json("calendar", calendar)?;
        let calendar = calendar.checked().map_err(to_py)?;
        let lanes = self::lanes(lanes);
        let (lane, o, h, d) = shipment_columns(py, lane, ordered_ns, handed_over_ns, delivered_ns)?;
        let cols = ShipmentColumns { lanes: &lanes, lane: &lane, ordered_ns: &o, handed_over_ns: &h, delivered_ns: &d };
        let inner = py.detach(|| PromiseModel::fit_columns(&calendar, &cols, as_of_ns)).map_err(to_py)?;
        Ok(NativePromiseModel { inner })
    }

    /// Reads a model document.
    #[staticmethod]
    fn from_json(text: &str) -> PyResult<Self> {
        Ok(NativePromiseModel { inner: PromiseModel::from_json(text).map_err(to_py)? })
    }

    /// The model document.
    fn to_json(&self) -> PyResult<String> {
        self.inner.to_json().map_err(to_py)
    }

    /// This model and `other` (a partition) merged.
    fn merged(&self, other: &NativePromiseModel) -> PyResult<Self> {
        let mut inner = self.inner.clone();
        inner.merge(&other.inner).map_err(to_py)?;
        Ok(NativePromiseModel { inner })
    }

    /// Whether two models are the same.
    fn same_as(&self, other: &NativePromiseModel) -> bool {
        self.inner == other.inner
    }

    /// Promises per order: earliest, likely, latest (int64 days), confidence codes, reason bits.
    fn promise<'py>(
        &self,
        py: Python<'py>,
        lanes: Vec<LaneTuple>,
        lane: &Bound<'_, PyAny>,
        ordered_ns: &Bound<'_, PyAny>,
        percentile: f64,
    ) -> PyResult<PromiseOut<'py>> {
        let lanes = self::lanes(lanes);
        let (lane, o) = (i64s(py, lane, "lane")?, i64s(py, ordered_ns, "ordered_at")?);
        let p = py.detach(|| self.inner.promise_columns(&lanes, &lane, &o, percentile)).map_err(to_py)?;
        Ok((
            i64_bytes(py, &p.earliest),
            i64_bytes(py, &p.likely),
            i64_bytes(py, &p.latest),
            PyBytes::new(py, &p.confidence),
            PyBytes::new(py, &p.reasons),
        ))
    }

    /// Parcels in transit: elapsed days, likely and latest (int64 days), late risk (float64,
    /// NaN for none), confidence codes.
    #[allow(clippy::too_many_arguments, reason = "one column each")]
    fn in_transit<'py>(
        &self,
        py: Python<'py>,
        lanes: Vec<LaneTuple>,
        lane: &Bound<'_, PyAny>,
        handed_over_ns: &Bound<'_, PyAny>,
        now_ns: i64,
        percentile: f64,
        promised_day: &Bound<'_, PyAny>,
    ) -> PyResult<PromiseOut<'py>> {
        let lanes = self::lanes(lanes);
        let (lane, h, p) =
            (i64s(py, lane, "lane")?, i64s(py, handed_over_ns, "handed_over_at")?, i64s(py, promised_day, "promised")?);
        let t =
            py.detach(|| self.inner.in_transit_columns(&lanes, &lane, &h, now_ns, percentile, &p)).map_err(to_py)?;
        Ok((
            i64_bytes(py, &t.elapsed_days),
            i64_bytes(py, &t.likely),
            i64_bytes(py, &t.latest),
            f64_bytes(py, &t.late_risk),
            PyBytes::new(py, &t.confidence),
        ))
    }

    /// The accuracy report (JSON) on test columns.
    #[allow(clippy::too_many_arguments, reason = "one column each")]
    fn accuracy(
        &self,
        py: Python<'_>,
        lanes: Vec<LaneTuple>,
        lane: &Bound<'_, PyAny>,
        ordered_ns: &Bound<'_, PyAny>,
        handed_over_ns: &Bound<'_, PyAny>,
        delivered_ns: &Bound<'_, PyAny>,
        carrier_flagged_ns: Option<&Bound<'_, PyAny>>,
        promised_ns: Option<&Bound<'_, PyAny>>,
        options: &str,
    ) -> PyResult<String> {
        let options: AccuracyOptions = from_json("accuracy options", options)?;
        let lanes = self::lanes(lanes);
        let (lane, o, h, d) = shipment_columns(py, lane, ordered_ns, handed_over_ns, delivered_ns)?;
        let flagged = carrier_flagged_ns.map(|f| i64s(py, f, "carrier_flagged_at")).transpose()?;
        let promised = promised_ns.map(|p| i64s(py, p, "promised_by")).transpose()?;
        let cols = ShipmentColumns { lanes: &lanes, lane: &lane, ordered_ns: &o, handed_over_ns: &h, delivered_ns: &d };
        let report = py
            .detach(|| self.inner.accuracy_columns(&cols, flagged.as_deref(), promised.as_deref(), options))
            .map_err(to_py)?;
        to_json(&report)
    }
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NativePromiseModel>()?;
    Ok(())
}
