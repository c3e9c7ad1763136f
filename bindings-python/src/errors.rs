//! Core errors as one native exception, `CoreError(code, message, details, problems)`; the Python
//! package re-raises it as the `PostPurchaseError` subclass of its code (`errors.BY_CODE`, generated
//! with the classes from the core's one list of kinds by core/gen).

use postpurchase::{Error, ErrorKind};
use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(
    _native,
    CoreError,
    PyException,
    "An error from the postpurchase core: (code, message, details, problems)."
);

/// Converts a core error into the native exception.
pub(crate) fn to_py(e: Error) -> PyErr {
    let details: Vec<(String, String)> = e.details().iter().map(|(k, v)| ((*k).to_string(), v.clone())).collect();
    let problems: Vec<(String, String)> = e.problems().iter().map(|p| (p.path.clone(), p.message.clone())).collect();
    CoreError::new_err((e.code(), e.message().to_string(), details, problems))
}

/// Every kind as (code, is an input error): what the Python package's generated classes are checked
/// against.
#[pyfunction]
fn error_kinds() -> Vec<(&'static str, bool)> {
    ErrorKind::ALL.iter().map(|k| (k.code(), k.is_input())).collect()
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("CoreError", m.py().get_type::<CoreError>())?;
    m.add_function(wrap_pyfunction!(error_kinds, m)?)?;
    Ok(())
}
