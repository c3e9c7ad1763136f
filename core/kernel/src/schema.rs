//! Stored-shape versions. Events and ledger entries are kept for years, so each carries a
//! `schema_version`; each domain brings what an earlier version wrote to today's shape when it is
//! read ("upcast"). This module holds the one rule they share: reading the declared version.

use serde_json::Value;

/// The schema version a stored JSON object declares (1 when it has none).
///
/// # Errors
/// A message when it is not a whole number or is newer than `current`.
pub fn version_of(v: &Value, what: &str, current: u32) -> Result<u32, String> {
    let version = match v.get("schema_version") {
        None => 1,
        Some(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or("schema_version must be a whole number")?,
    };
    if version > current {
        return Err(format!(
            "this {what} was written with schema version {version}; this library reads up to {current}"
        ));
    }
    Ok(version)
}
