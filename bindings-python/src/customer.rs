//! The customer's side: one typed native call per request (view, answer, message, policy and
//! loyalty summaries), each reading its request's JSON and giving its result's JSON.

use postpurchase::customer::{
    AnswerRequest, Catalogues, LoyaltySummaryRequest, MessageRequest, PolicySummaryRequest, ViewRequest,
};
use pyo3::prelude::*;

use crate::{to_json, to_py};

/// The words the customer calls read: the shipped catalogues, with the host's Fluent resources
/// on top (`add`), so a shop rewords a message or adds a language.
#[pyclass(name = "NativeCatalogues", module = "postpurchase._native")]
struct PyCatalogues {
    inner: Catalogues,
}

#[pymethods]
impl PyCatalogues {
    #[new]
    fn new() -> Self {
        PyCatalogues { inner: Catalogues::shipped() }
    }

    /// Puts a Fluent resource for `language` on top; nothing is added on error.
    fn add(&mut self, language: &str, source: &str) -> PyResult<()> {
        self.inner.add(language, source).map_err(to_py)
    }

    /// The languages with a resource, English first.
    fn languages(&self) -> Vec<String> {
        self.inner.languages()
    }

    /// The message ids `language` has no words for (they are written in English).
    fn missing(&self, language: &str) -> Vec<&'static str> {
        self.inner.missing(language).into_iter().map(|id| id.as_str()).collect()
    }

    /// How many resources the host added.
    #[getter]
    fn host_resources(&self) -> usize {
        self.inner.host_resources()
    }
}

/// The catalogues a call reads: the host's, else the shipped ones.
fn texts(catalogues: Option<PyRef<'_, PyCatalogues>>) -> Catalogues {
    catalogues.map_or_else(Catalogues::shipped, |c| c.inner.clone())
}

/// What the customer should see about an order (a `ViewRequest`); the `OrderView` as JSON.
#[pyfunction]
#[pyo3(signature = (request_json, catalogues = None))]
fn customer_view(request_json: &str, catalogues: Option<PyRef<'_, PyCatalogues>>) -> PyResult<String> {
    let texts = texts(catalogues);
    to_json(&ViewRequest::from_json(request_json).and_then(|r| r.run_with(&texts)).map_err(to_py)?)
}

/// The answer to a customer's question (an `AnswerRequest`); the `Answer` as JSON.
#[pyfunction]
#[pyo3(signature = (request_json, catalogues = None))]
fn customer_answer(request_json: &str, catalogues: Option<PyRef<'_, PyCatalogues>>) -> PyResult<String> {
    let texts = texts(catalogues);
    to_json(&AnswerRequest::from_json(request_json).and_then(|r| r.run_with(&texts)).map_err(to_py)?)
}

/// The content of one notification (a `MessageRequest`); the `Message` as JSON.
#[pyfunction]
#[pyo3(signature = (request_json, catalogues = None))]
fn customer_message(request_json: &str, catalogues: Option<PyRef<'_, PyCatalogues>>) -> PyResult<String> {
    let texts = texts(catalogues);
    to_json(&MessageRequest::from_json(request_json).and_then(|r| r.run_with(&texts)).map_err(to_py)?)
}

/// The plain-language summary of a return policy (a `PolicySummaryRequest`), as JSON.
#[pyfunction]
#[pyo3(signature = (request_json, catalogues = None))]
fn customer_policy_summary(request_json: &str, catalogues: Option<PyRef<'_, PyCatalogues>>) -> PyResult<String> {
    let texts = texts(catalogues);
    to_json(&PolicySummaryRequest::from_json(request_json).and_then(|r| r.run_with(&texts)).map_err(to_py)?)
}

/// The plain-language summary of a loyalty programme (a `LoyaltySummaryRequest`), as JSON.
#[pyfunction]
#[pyo3(signature = (request_json, catalogues = None))]
fn customer_loyalty_summary(request_json: &str, catalogues: Option<PyRef<'_, PyCatalogues>>) -> PyResult<String> {
    let texts = texts(catalogues);
    to_json(&LoyaltySummaryRequest::from_json(request_json).and_then(|r| r.run_with(&texts)).map_err(to_py)?)
}

/// The names of the questions `answer` takes, from the core's closed set.
#[pyfunction]
fn customer_questions() -> Vec<&'static str> {
    postpurchase::customer::Question::NAMES.to_vec()
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyCatalogues>()?;
    m.add_function(wrap_pyfunction!(customer_view, m)?)?;
    m.add_function(wrap_pyfunction!(customer_answer, m)?)?;
    m.add_function(wrap_pyfunction!(customer_message, m)?)?;
    m.add_function(wrap_pyfunction!(customer_policy_summary, m)?)?;
    m.add_function(wrap_pyfunction!(customer_loyalty_summary, m)?)?;
    m.add_function(wrap_pyfunction!(customer_questions, m)?)?;
    Ok(())
}
