//! NPS / CSAT / CES over numeric columns, computed without holding the GIL.

use postpurchase::feedback::{Ces, Csat, Nps, SurveyState};
use pyo3::prelude::*;

use crate::column::{Answers, answers, f64s, u8s};
use crate::{to_json, to_py};
use postpurchase::feedback::AnswerValue;

/// A batch this long is counted in two halves on two threads (the machine's cores; the counts
/// merge exactly).
const SPLIT_AT: usize = 1 << 20;

fn counted<T: AnswerValue>(s: &[T]) -> postpurchase::Result<Nps> {
    let mut n = Nps::default();
    n.add_values(s)?;
    Ok(n)
}

/// NPS counts of a column: the two halves of a long one on two threads, merged; an error is
/// reported for the whole column (positions as the caller gave them).
fn nps_counts<T: AnswerValue + Sync>(s: &[T]) -> postpurchase::Result<Nps> {
    if s.len() < SPLIT_AT {
        return counted(s);
    }
    let (a, b) = s.split_at(s.len() / 2);
    let (left, right) = std::thread::scope(|scope| {
        let right = scope.spawn(|| counted(b));
        (counted(a), right.join())
    });
    match (left, right) {
        (Ok(mut n), Ok(Ok(m))) => {
            n.merge(&m);
            Ok(n)
        }
        _ => counted(s),
    }
}

/// NPS of a column of answers of any real number type, counted where it lies.
#[pyfunction]
fn nps(py: Python<'_>, scores: &Bound<'_, PyAny>, confidence: f64) -> PyResult<String> {
    let column = answers(py, scores, "scores")?;
    let (counts, r) = py
        .detach(|| {
            let n = match &column {
                Answers::F64(c) => nps_counts(c.values()),
                Answers::F32(c) => nps_counts(c.values()),
                Answers::I64(c) => nps_counts(c.values()),
                Answers::I32(c) => nps_counts(c.values()),
                Answers::U8(c) => nps_counts(c.values()),
            }?;
            n.result(confidence).map(|r| (n, r))
        })
        .map_err(to_py)?;
    to_json(&serde_json::json!({"counts": counts, "result": r}))
}

/// NPS of a uint8 column of answers, read in place: counted in one pass, never converted.
#[pyfunction]
fn nps_answers(py: Python<'_>, answers: &Bound<'_, PyAny>, confidence: f64) -> PyResult<String> {
    let answers = u8s(py, answers, "answers")?;
    let answers: &[u8] = &answers;
    let (counts, r) = py
        .detach(|| {
            let mut n = Nps::default();
            n.add_answers(answers)?;
            n.result(confidence).map(|r| (n, r))
        })
        .map_err(to_py)?;
    to_json(&serde_json::json!({"counts": counts, "result": r}))
}

#[pyfunction]
#[pyo3(signature = (scores, confidence, scale_low=1, scale_high=5, top_boxes=2))]
fn csat(
    py: Python<'_>,
    scores: &Bound<'_, PyAny>,
    confidence: f64,
    scale_low: u8,
    scale_high: u8,
    top_boxes: u8,
) -> PyResult<String> {
    let s = f64s(py, scores, "scores")?;
    let r = py
        .detach(|| {
            let mut c = Csat::with_scale(scale_low, scale_high, top_boxes)?;
            c.add_scores(&s)?;
            c.result(confidence)
        })
        .map_err(to_py)?;
    to_json(&r)
}

#[pyfunction]
fn ces(py: Python<'_>, scores: &Bound<'_, PyAny>) -> PyResult<String> {
    let s = f64s(py, scores, "scores")?;
    let r = py
        .detach(|| {
            let mut c = Ces::default();
            c.add_scores(&s)?;
            c.result()
        })
        .map_err(to_py)?;
    to_json(&r)
}

/// Counts answers of a kind into a survey state (its stable JSON form).
#[pyfunction]
#[pyo3(signature = (kind, scores, scale_low=1, scale_high=5, top_boxes=2))]
fn survey_state(
    py: Python<'_>,
    kind: &str,
    scores: &Bound<'_, PyAny>,
    scale_low: u8,
    scale_high: u8,
    top_boxes: u8,
) -> PyResult<String> {
    let s = f64s(py, scores, "scores")?;
    let state = py.detach(|| SurveyState::count(kind, &s, Some((scale_low, scale_high, top_boxes)))).map_err(to_py)?;
    Ok(state.to_json())
}

/// Merges survey states into one.
#[pyfunction]
fn survey_merge(states: Vec<String>) -> PyResult<String> {
    SurveyState::merge_stored(&states).map_err(to_py)
}

/// The counts and result of a survey state.
#[pyfunction]
fn survey_result(state: &str, confidence: f64) -> PyResult<String> {
    let s = SurveyState::from_json(state).map_err(to_py)?;
    let r = s.result(confidence).map_err(to_py)?;
    to_json(&serde_json::json!({"state": s, "result": r}))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(survey_state, m)?)?;
    m.add_function(wrap_pyfunction!(survey_merge, m)?)?;
    m.add_function(wrap_pyfunction!(survey_result, m)?)?;
    m.add_function(wrap_pyfunction!(nps, m)?)?;
    m.add_function(wrap_pyfunction!(nps_answers, m)?)?;
    m.add_function(wrap_pyfunction!(csat, m)?)?;
    m.add_function(wrap_pyfunction!(ces, m)?)?;
    Ok(())
}
