//! Newtypes for every identifier, so an order id can never be passed where a line id is expected.
//!
//! Identifiers are chosen by the host (its database keys, its SKUs). They must be non-empty,
//! at most [`MAX_ID_BYTES`] (128) bytes of UTF-8 — bytes, not characters, so the limit is the
//! same in every language and every database column — and contain no control characters. An id's
//! text is shared (`Arc<str>`): copying an id, which every event, index and state does, copies no
//! text.

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize};

use crate::error::{Error, ErrorKind, Result};

/// The longest identifier, in bytes of UTF-8.
pub const MAX_ID_BYTES: usize = 128;

fn validate(kind: &'static str, value: &str) -> Result<()> {
    if value.is_empty() || value.len() > MAX_ID_BYTES || value.chars().any(char::is_control) {
        return Err(Error::new(
            ErrorKind::InvalidId,
            format!("{kind} must be 1 to {MAX_ID_BYTES} bytes of UTF-8 without control characters"),
        )
        .with("id_type", kind)
        .with("bytes", value.len()));
    }
    Ok(())
}

/// Reads an identifier's text straight into its shared buffer, validated.
struct IdVisitor(&'static str);

impl serde::de::Visitor<'_> for IdVisitor {
    type Value = Arc<str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} (text)", self.0)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<Arc<str>, E> {
        validate(self.0, v).map_err(E::custom)?;
        Ok(Arc::from(v))
    }
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash, Serialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(Arc<str>);

        impl Ord for $name {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                // a copy of an id shares its text: equal without comparing bytes
                if Arc::ptr_eq(&self.0, &other.0) { std::cmp::Ordering::Equal } else { self.0.cmp(&other.0) }
            }
        }

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl $name {
            /// Creates the identifier.
            ///
            /// # Errors
            /// [`ErrorKind::InvalidId`] if it is empty, longer than 128 bytes of UTF-8 or has control characters.
            pub fn new(value: impl Into<String>) -> Result<Self> {
                let value = value.into();
                validate(stringify!($name), &value)?;
                Ok(Self(Arc::from(value)))
            }

            /// The identifier as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self> {
                Self::new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = Error;
            fn try_from(s: &str) -> Result<Self> {
                Self::new(s)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                // borrowed text (the usual case from JSON text) is copied once, into the Arc
                d.deserialize_str(IdVisitor(stringify!($name)))
                    .map(Self)
            }
        }
    };
}

id_type!(
    /// Identifies an order.
    OrderId
);
id_type!(
    /// Identifies a line of an order (unique within the order).
    LineId
);
id_type!(
    /// Identifies a customer.
    CustomerId
);
id_type!(
    /// Identifies a shipment (unique within the order).
    ShipmentId
);
id_type!(
    /// Identifies a return request.
    ReturnId
);
id_type!(
    /// Identifies a payment (authorisation, capture and refunds share it).
    PaymentId
);
id_type!(
    /// A stock-keeping unit.
    Sku
);
id_type!(
    /// A caller-chosen key that makes a command safe to retry: the same key twice changes nothing.
    IdempotencyKey
);

#[cfg(test)]
mod tests {
    #[test]
    fn the_length_limit_counts_bytes() {
        use super::*;
        assert!(OrderId::new("a".repeat(128)).is_ok());
        assert!(OrderId::new("a".repeat(129)).is_err());
        // 64 two-byte characters are 128 bytes; 65 are too many
        assert!(OrderId::new("é".repeat(64)).is_ok());
        assert_eq!(OrderId::new("é".repeat(65)).unwrap_err().code(), "input.invalid_id");
    }

    use super::*;

    #[test]
    fn empty_or_control_ids_are_rejected() {
        assert_eq!(OrderId::new("").unwrap_err().code(), "input.invalid_id");
        assert_eq!(LineId::new("a\nb").unwrap_err().code(), "input.invalid_id");
        assert_eq!(Sku::new("x".repeat(129)).unwrap_err().code(), "input.invalid_id");
        assert!(serde_json::from_str::<OrderId>("\"\"").is_err());
    }

    #[test]
    fn ids_round_trip_as_plain_strings() {
        let id = OrderId::new("o-1001").unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"o-1001\"");
        assert_eq!(serde_json::from_str::<OrderId>("\"o-1001\"").unwrap(), id);
        assert_eq!(id.to_string(), "o-1001");
    }
}
