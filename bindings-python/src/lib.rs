//! The private native module `postpurchase._native`. Thin: convert, call the core, convert back,
//! map errors. Structured values cross as JSON text (the typed Python package builds and reads it),
//! numeric columns as numpy arrays read in place (`column`, the crate's one `unsafe` module) and
//! come back as little-endian byte buffers (`numpy.frombuffer`).
#![deny(unsafe_code)]

mod clv;
mod column;
mod customer;
mod errors;
mod feedback;
mod journey;
mod loyalty;
mod metrics;
mod money;
mod notify;
mod order;
mod promise;
mod returns;
mod stores;
mod tracking;

use pyo3::prelude::*;

pub(crate) use errors::to_py;

/// Parses a JSON argument into a core type, as an input error.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> PyResult<T> {
    serde_json::from_str(text).map_err(|e| to_py(postpurchase::Error::from_json_error(what, &e)))
}

/// Serialises a core value to JSON text.
pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> PyResult<String> {
    serde_json::to_string(value)
        .map_err(|e| to_py(postpurchase::Error::new(postpurchase::ErrorKind::InvalidInput, e.to_string())))
}

/// Parses an RFC 3339 time with an offset.
pub(crate) fn time(text: &str) -> PyResult<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::parse_from_rfc3339(text).map(|t| t.with_timezone(&chrono::Utc)).map_err(|_| {
        to_py(postpurchase::Error::new(
            postpurchase::ErrorKind::InvalidInput,
            "times must be timezone-aware (RFC 3339 with an offset)",
        ))
    })
}

/// A validated configuration kept parsed on the native side, so calls that use it never parse it
/// again: `load(text, toml)` validates once (every problem at once), `to_json()` gives it back.
macro_rules! native_config {
    ($py:ident, $name:literal, $core:ty) => {
        #[doc = concat!("A validated `", stringify!($core), "`, parsed once.")]
        #[pyclass(frozen, name = $name, module = "postpurchase._native")]
        pub(crate) struct $py {
            pub(crate) inner: $core,
        }

        #[pymethods]
        impl $py {
            /// Parses and validates JSON (or TOML) text.
            #[staticmethod]
            fn load(text: &str, toml: bool) -> PyResult<Self> {
                let inner = if toml { <$core>::from_toml(text) } else { <$core>::from_json(text) };
                Ok($py { inner: inner.map_err(crate::to_py)? })
            }

            /// The configuration as canonical JSON.
            fn to_json(&self) -> PyResult<String> {
                crate::to_json(&self.inner)
            }
        }
    };
}
pub(crate) use native_config;

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    errors::register(m)?;
    money::register(m)?;
    tracking::register(m)?;
    order::register(m)?;
    returns::register(m)?;
    loyalty::register(m)?;
    notify::register(m)?;
    feedback::register(m)?;
    journey::register(m)?;
    metrics::register(m)?;
    clv::register(m)?;
    customer::register(m)?;
    stores::register(m)?;
    promise::register(m)?;
    #[cfg(feature = "test-hooks")]
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    Ok(())
}

/// Panics on purpose (only with the `test-hooks` feature): pyo3 turns the panic into a
/// `PanicException`, which the package re-raises as `postpurchase.InternalError`.
#[cfg(feature = "test-hooks")]
#[pyfunction]
#[allow(clippy::panic)]
fn _panic_for_tests() -> PyResult<()> {
    panic!("a deliberate panic from the test hook")
}

/// Writes f64s as a little-endian buffer.
pub(crate) fn f64_bytes<'py>(py: Python<'py>, v: &[f64]) -> Bound<'py, pyo3::types::PyBytes> {
    let mut out = Vec::with_capacity(v.len() * 8);
    for x in v {
        out.extend_from_slice(&x.to_le_bytes());
    }
    pyo3::types::PyBytes::new(py, &out)
}
