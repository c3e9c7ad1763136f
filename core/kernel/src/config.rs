//! Loading configuration (return policies, loyalty programmes, notification policies) from JSON
//! or TOML: unknown keys are rejected and every problem is reported at once.

use std::cell::RefCell;
use std::collections::BTreeSet;

use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::error::{Error, Problem, Result};

/// A configuration type that can check itself after parsing.
pub trait Validate {
    /// Every problem found (empty when valid). Paths use `a.b[2].c` notation.
    fn problems(&self) -> Vec<Problem>;

    /// Builds whatever a valid configuration keeps for fast use (indexes); called once on load.
    fn prepare(&mut self) {}
}

/// Parses JSON text into a validated configuration.
///
/// # Errors
/// [`crate::error::ErrorKind::InvalidConfig`] listing every unknown key and every validation problem,
/// or the single syntax / type error that stopped parsing.
pub fn from_json<T: DeserializeOwned + Validate>(text: &str) -> Result<T> {
    reject_duplicate_keys(text)?;
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| Error::invalid_config(vec![Problem::new("$", format!("invalid JSON: {e}"))]))?;
    from_value(value)
}

/// Refuses JSON text in which an object repeats a key (JSON parsers disagree on which one wins,
/// so a repeated key is a way to show one reader one policy and another a different one).
///
/// # Errors
/// [`crate::error::ErrorKind::InvalidConfig`] naming every repeated key's path; syntax errors.
pub fn reject_duplicate_keys(text: &str) -> Result<()> {
    let found = RefCell::new(Vec::new());
    let mut de = serde_json::Deserializer::from_str(text);
    DuplicateKeys { path: "$".into(), found: &found }
        .deserialize(&mut de)
        .and_then(|()| de.end())
        .map_err(|e| Error::invalid_config(vec![Problem::new("$", format!("invalid JSON: {e}"))]))?;
    let found = found.into_inner();
    if found.is_empty() { Ok(()) } else { Err(Error::invalid_config(found)) }
}

/// Walks a JSON document and records the path of every key an object repeats.
struct DuplicateKeys<'a> {
    path: String,
    found: &'a RefCell<Vec<Problem>>,
}

impl<'de> DeserializeSeed<'de> for DuplicateKeys<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for DuplicateKeys<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let mut seen = BTreeSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = format!("{}.{key}", self.path);
            if !seen.insert(key) {
                self.found.borrow_mut().push(Problem::new(path.clone(), "duplicate key"));
            }
            map.next_value_seed(DuplicateKeys { path, found: self.found })?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let mut i = 0usize;
        while seq.next_element_seed(DuplicateKeys { path: format!("{}[{i}]", self.path), found: self.found })?.is_some()
        {
            i = i.saturating_add(1);
        }
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> std::result::Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> std::result::Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> std::result::Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> std::result::Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> std::result::Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> std::result::Result<(), E> {
        Ok(())
    }
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
        Ok(mut config) => {
            problems.extend(config.problems());
            if !problems.is_empty() {
                return Err(Error::invalid_config(problems));
            }
            config.prepare();
            Ok(config)
        }
        Err(e) => {
            problems.push(Problem::new("$", e.to_string()));
            Err(Error::invalid_config(problems))
        }
    }
}

/// Checks a configuration built some other way than from a document (a binding's typed
/// record read straight into the core's type): its problems, then what it keeps for fast use.
///
/// # Errors
/// [`crate::error::ErrorKind::InvalidConfig`] listing every validation problem.
pub fn validated<T: Validate>(mut config: T) -> Result<T> {
    let problems = config.problems();
    if !problems.is_empty() {
        return Err(Error::invalid_config(problems));
    }
    config.prepare();
    Ok(config)
}

/// Collects the problems a configuration check finds (a domain's [`Validate::problems`]).
#[derive(Debug, Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// Records `message` at `path` unless `ok`.
    pub fn check(&mut self, ok: bool, path: impl Into<String>, message: impl Into<String>) {
        if !ok {
            self.0.push(Problem::new(path, message));
        }
    }
}
