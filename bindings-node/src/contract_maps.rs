//! Generated from the core's types by core/tests/contract.rs: do not edit.

/// Contract fields whose values are maps with data for keys: their keys are never renamed.
pub(crate) const MAP_FIELDS: &[&str] = &["payload"];
