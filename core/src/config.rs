//! Loading configuration (return policies, loyalty programmes, notification policies) from JSON
//! or TOML: unknown keys are rejected and every problem is reported at once.

use serde::de::DeserializeOwned;

use crate::error::{Error, Problem, Result};

/// A configuration type that can check itself after parsing.
pub trait Validate {
    /// Every problem found (empty when valid). Paths use `a.b[2].c` notation.
    fn problems(&self) -> Vec<Problem>;
}

/// Parses JSON text into a validated configuration.
///
/// # Errors
/// [`crate::ErrorKind::InvalidConfig`] listing every unknown key and every validation problem,
/// or the single syntax / type error that stopped parsing.
pub fn from_json<T: DeserializeOwned + Validate>(text: &str) -> Result<T> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| Error::invalid_config(vec![Problem::new("$", format!("invalid JSON: {e}"))]))?;
    from_value(value)
}

/// Parses TOML text into a validated configuration.
///
/// # Errors
/// As [`from_json`].
pub fn from_toml<T: DeserializeOwned + Validate>(text: &str) -> Result<T> {
    let value: serde_json::Value = toml::from_str(text)
        .map_err(|e| Error::invalid_config(vec![Problem::new("$", format!("invalid TOML: {}", e.message()))]))?;
    from_value(value)
}

/// Builds a validated configuration from an already-parsed JSON value.
///
/// # Errors
/// As [`from_json`].
pub fn from_value<T: DeserializeOwned + Validate>(value: serde_json::Value) -> Result<T> {
    let mut problems = Vec::new();
    let parsed: std::result::Result<T, _> = serde_ignored::deserialize(value, |path| {
        problems.push(Problem::new(path.to_string(), "unknown key"));
    });
    match parsed {
        Ok(config) => {
            problems.extend(config.problems());
            if problems.is_empty() { Ok(config) } else { Err(Error::invalid_config(problems)) }
        }
        Err(e) => {
            problems.push(Problem::new("$", e.to_string()));
            Err(Error::invalid_config(problems))
        }
    }
}

/// Collects problems with a common path prefix.
#[derive(Debug, Default)]
pub(crate) struct Problems(pub Vec<Problem>);

impl Problems {
    pub(crate) fn check(&mut self, ok: bool, path: impl Into<String>, message: impl Into<String>) {
        if !ok {
            self.0.push(Problem::new(path, message));
        }
    }
}
