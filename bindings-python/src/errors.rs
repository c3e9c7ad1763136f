//! Maps every core error kind to its Python exception class name, generated from the core's one
//! list of kinds. The native module raises `CoreError(code, message, class_name,
//! details)`; the Python package re-raises it as the named subclass of `PostPurchaseError`.

use postpurchase::{Error, ErrorKind};
use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(
    _native,
    CoreError,
    PyException,
    "An error from the postpurchase core: (code, message, class name, details)."
);

/// `<Kind>Error` for every kind, generated from the core's one list of kinds.
macro_rules! class_names {
    ($($(#[$m:meta])* $kind:ident => $code:literal,)+) => {
        fn generated_class_name(kind: ErrorKind) -> &'static str {
            match kind {
                $(ErrorKind::$kind => concat!(stringify!($kind), "Error"),)+
            }
        }
    };
}
postpurchase::for_each_error_kind!(class_names);

/// The Python class name for a kind (`money.overflow` is `MoneyOverflowError`, so it does not
/// shadow Python's own `OverflowError`).
pub(crate) fn class_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Overflow => "MoneyOverflowError",
        other => generated_class_name(other),
    }
}

/// Converts a core error into the native exception.
pub(crate) fn to_py(e: Error) -> PyErr {
    let details: Vec<(String, String)> = e.details().iter().map(|(k, v)| ((*k).to_string(), v.clone())).collect();
    let problems: Vec<(String, String)> = e.problems().iter().map(|p| (p.path.clone(), p.message.clone())).collect();
    CoreError::new_err((e.code(), e.message().to_string(), class_name(e.kind()), details, problems))
}

/// Every kind as (code, class name, is an input error), for the Python package to build its classes.
#[pyfunction]
fn error_kinds() -> Vec<(&'static str, &'static str, bool)> {
    ErrorKind::ALL.iter().map(|k| (k.code(), class_name(*k), k.is_input())).collect()
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("CoreError", m.py().get_type::<CoreError>())?;
    m.add_function(wrap_pyfunction!(error_kinds, m)?)?;
    Ok(())
}
