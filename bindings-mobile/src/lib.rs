//! Kotlin and Swift bindings for postpurchase, through uniffi proc-macros.
//!
//! Thin: records and enums mirror the core's values, functions take values (an order is its event
//! list as JSON, a loyalty ledger its entries as JSON) and call the core. Money crosses as a decimal
//! string plus a currency code, time as a timestamp (`java.time.Instant`, Swift `Date`). Every core
//! error becomes a [`PostPurchaseError`] of its category that carries the kind ([`ErrorCode`]),
//! the core's stable code and the structured details.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

use std::time::{SystemTime, UNIX_EPOCH};

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use postpurchase as pp;

#[rustfmt::skip]
mod contract;
#[cfg(feature = "customer")]
mod customer;
#[cfg(feature = "analytics")]
mod feedback;
#[cfg(feature = "analytics")]
mod journey;
#[cfg(feature = "loyalty")]
mod loyalty;
#[cfg(feature = "loyalty")]
mod member;
mod money;
mod order;
#[cfg(feature = "promise")]
mod promise;
mod returns;
mod state;
mod tracking;
mod wire;

pub use contract::*;
#[cfg(feature = "customer")]
pub use customer::*;
#[cfg(feature = "analytics")]
pub use feedback::*;
#[cfg(feature = "loyalty")]
pub use loyalty::*;
#[cfg(feature = "loyalty")]
pub use member::*;
pub use money::*;
pub use order::*;
#[cfg(feature = "promise")]
pub use promise::*;
pub use returns::*;
pub use state::*;
pub use tracking::*;

uniffi::setup_scaffolding!();

/// Declares the code enum (one value per core kind) and its mappings, from the core's one list
/// of kinds (`for_each_error_kind!`).
macro_rules! error_codes {
    ($($(#[$m:meta])* $kind:ident => $code:literal in $cat:ident,)+) => {
        /// Every stable error code, one value per core error kind (`errorCode()` gives its text).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum ErrorCode {
            $($(#[$m])* $kind,)+
        }

        /// The code of a core kind (a kind newer than this list, which the one list rules out,
        /// would be `Internal`).
        fn code_of(kind: pp::ErrorKind) -> ErrorCode {
            match kind {
                $(pp::ErrorKind::$kind => ErrorCode::$kind,)+
                _ => ErrorCode::Internal,
            }
        }
    };
}

pp::for_each_error_kind!(error_codes);

/// Declares the error type, one variant per category of trouble, each with the same fields, and
/// its conversion from the core's error.
macro_rules! error_categories {
    ($($(#[doc = $doc:literal])* $cat:ident,)+) => {
        /// An error from postpurchase: one exception type per category of trouble (what the caller
        /// can do about it), each carrying the kind as an [`ErrorCode`] value, the stable `code`
        /// text (`money.unknown_currency`), a `detail` without personal data and the structured
        /// `details`.
        #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
        pub enum PostPurchaseError {
            $(
                $(#[doc = $doc])*
                #[error("{code}: {detail}")]
                $cat {
                    /// The kind.
                    kind: ErrorCode,
                    /// The stable code.
                    code: String,
                    /// What went wrong, with the offending fields.
                    detail: String,
                    /// The offending fields and values, by name.
                    details: HashMap<String, String>,
                },
            )+
        }

        impl From<pp::Error> for PostPurchaseError {
            fn from(e: pp::Error) -> Self {
                let (kind, code, detail) = (code_of(e.kind()), e.code().to_string(), describe(&e));
                let details = e.details().iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
                match e.kind().category() {
                    $(pp::ErrorCategory::$cat => PostPurchaseError::$cat { kind, code, detail, details },)+
                    // a category newer than this binding
                    _ => PostPurchaseError::Failure { kind, code, detail, details },
                }
            }
        }

        impl PostPurchaseError {
            /// The kind and the code, whatever the category.
            fn parts(&self) -> (ErrorCode, &str) {
                match self {
                    $(PostPurchaseError::$cat { kind, code, .. } => (*kind, code),)+
                }
            }
        }
    };
}

error_categories! {
    /// The caller's data is malformed or out of range: fix the input.
    Input,
    /// What the call names does not exist.
    NotFound,
    /// The state moved on or an id is taken: reload and decide again.
    Conflict,
    /// A rule refuses the command in the current state; nothing changed.
    Refused,
    /// The data cannot support the model.
    Data,
    /// A check of where a message came from failed: do not trust it.
    Security,
    /// Not the caller's doing: an overflow, storage, or a bug in the library (`Internal`).
    Failure,
}

#[uniffi::export]
impl PostPurchaseError {
    /// The stable code (`money.unknown_currency`), whatever the category.
    pub fn error_code(&self) -> String {
        self.parts().1.to_string()
    }

    /// The kind, whatever the category.
    pub fn error_kind(&self) -> ErrorCode {
        self.parts().0
    }
}

/// Every config problem (`path: message`), else the message and its details (`key=value`).
fn describe(e: &pp::Error) -> String {
    if !e.problems().is_empty() {
        return e.problems().iter().map(|p| format!("{}: {}", p.path, p.message)).collect::<Vec<_>>().join("; ");
    }
    let mut out = e.message().to_string();
    for (k, v) in e.details() {
        out.push_str(&format!("; {k}={v}"));
    }
    out
}

/// Result of every exported call.
pub type Result<T> = std::result::Result<T, PostPurchaseError>;

/// Every stable error code the core can raise.
#[uniffi::export]
pub fn error_codes() -> Vec<String> {
    pp::ErrorKind::ALL.iter().map(|k| k.code().to_string()).collect()
}

/// An `input.invalid` error.
/// Runs an exported call and turns a panic (a bug, never an input) into the `Internal` variant, so
/// even a bug cannot crash the app.
pub(crate) fn guard<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .unwrap_or_else(|payload| Err(pp::Error::from_panic(&*payload).into()))
}

/// Panics on purpose inside the guard (only in builds with the `test-hooks` feature, which the
/// Kotlin tests use; the published bindings are generated without it).
#[cfg(feature = "test-hooks")]
#[uniffi::export]
#[allow(clippy::panic)]
pub fn panic_for_tests() -> Result<()> {
    guard(|| panic!("a deliberate panic from the test hook"))
}

pub(crate) fn invalid(message: &str) -> PostPurchaseError {
    pp::Error::new(pp::ErrorKind::InvalidInput, message).into()
}

/// A timestamp as a UTC instant; out-of-range instants are `input.invalid`, never a panic.
pub(crate) fn instant(t: SystemTime) -> Result<DateTime<Utc>> {
    let parsed = match t.duration_since(UNIX_EPOCH) {
        Ok(after) => {
            i64::try_from(after.as_secs()).ok().and_then(|s| DateTime::from_timestamp(s, after.subsec_nanos()))
        }
        Err(before) => {
            let d = before.duration();
            i64::try_from(d.as_secs()).ok().and_then(|s| {
                let (secs, nanos) =
                    if d.subsec_nanos() == 0 { (-s, 0) } else { (-s - 1, 1_000_000_000 - d.subsec_nanos()) };
                DateTime::from_timestamp(secs, nanos)
            })
        }
    };
    parsed.ok_or_else(|| invalid("timestamp out of range"))
}

/// A UTC instant as a timestamp (the generated records convert through `crate::wire`).
#[cfg(test)]
pub(crate) fn timestamp(t: DateTime<Utc>) -> SystemTime {
    SystemTime::from(t)
}

/// Parses JSON in the core's shape; a failure keeps the core's code (e.g. `money.unknown_currency`).
pub(crate) fn parse<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| pp::Error::from_json_error(what, &e).into())
}

/// Writes JSON in the core's shape.
pub(crate) fn dump<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| pp::Error::from_json_error("output", &e).into())
}

/// A command's idempotency key and time.
pub(crate) fn meta(key: &str, now: SystemTime) -> Result<pp::CommandMeta> {
    Ok(pp::CommandMeta::new(pp::IdempotencyKey::new(key)?, instant(now)?))
}

/// Command metadata with the version the caller last saw, if it names one (a negative version is
/// `input.invalid`).
pub(crate) fn meta_expecting(key: &str, now: SystemTime, expected_version: Option<i64>) -> Result<pp::CommandMeta> {
    let m = meta(key, now)?;
    Ok(match expected_version {
        None => m,
        Some(v) => m.expecting(u64::try_from(v).map_err(|_| {
            pp::Error::new(pp::ErrorKind::InvalidInput, "expectedVersion must be >= 0").with("expected_version", v)
        })?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn every_core_kind_maps_to_a_variant_carrying_its_code() {
        for kind in pp::ErrorKind::ALL {
            let e = PostPurchaseError::from(pp::Error::new(*kind, "boom").with("field", "x"));
            assert_eq!(e.error_code(), kind.code());
            assert!(e.to_string().starts_with(kind.code()), "{e}");
            assert!(e.to_string().contains("field=x"), "{e}");
        }
    }

    #[test]
    fn timestamps_round_trip_before_and_after_the_epoch_and_out_of_range_is_an_error() {
        for secs in [0i64, 1, 1_772_355_600, -1, -86_400 * 365] {
            for nanos in [0u32, 1, 999_999_999] {
                let t = DateTime::from_timestamp(secs, nanos).unwrap_or_default();
                assert_eq!(instant(timestamp(t)).ok(), Some(t), "{secs}.{nanos}");
            }
        }
        let far = UNIX_EPOCH + Duration::from_secs(u64::MAX / 2);
        assert_eq!(instant(far).map_err(|e| e.error_code()), Err("input.invalid".to_string()));
    }
}
