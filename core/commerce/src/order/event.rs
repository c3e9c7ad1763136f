//! What an order records: its events, their schema version and how they are read.

use super::*;

/// What changed.
#[allow(clippy::large_enum_variant)] // events are plain data, stored once and rarely moved
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum OrderChange {
    /// The order was placed, with its computed line amounts.
    Placed {
        /// The order.
        order: NewOrder,
        /// Amounts per line, in line order.
        amounts: Vec<LineAmounts>,
    },
    /// Confirmed.
    Confirmed,
    /// Put on hold.
    Held {
        /// Why.
        reason: String,
    },
    /// Hold released.
    Released,
    /// Units cancelled.
    UnitsCancelled {
        /// Per line.
        lines: Vec<CancelledUnits>,
        /// Shipping released (non-zero when the last units were cancelled).
        shipping: Money,
        /// Why.
        reason: String,
    },
    /// Shipment created.
    ShipmentCreated {
        /// The shipment.
        shipment: NewShipment,
    },
    /// A shipment cancelled before the carrier took it; its units are unfulfilled again.
    ShipmentCancelled {
        /// The shipment.
        shipment: ShipmentId,
    },
    /// Carrier scan recorded.
    TrackingRecorded {
        /// Which shipment.
        shipment: ShipmentId,
        /// The scan.
        event: CarrierEvent,
    },
    /// The carrier took the shipment.
    ShipmentShipped {
        /// Which shipment.
        shipment: ShipmentId,
    },
    /// Delivered.
    ShipmentDelivered {
        /// Which shipment.
        shipment: ShipmentId,
        /// When.
        at: DateTime<Utc>,
    },
    /// Payment authorised.
    PaymentAuthorized {
        /// Payment id.
        payment: PaymentId,
        /// Amount.
        amount: Money,
    },
    /// Payment captured.
    PaymentCaptured {
        /// Payment id.
        payment: PaymentId,
        /// Amount.
        amount: Money,
    },
    /// Payment refunded.
    PaymentRefunded {
        /// Payment id.
        payment: PaymentId,
        /// Amount.
        amount: Money,
    },
    /// Authorisation voided.
    PaymentVoided {
        /// Payment id.
        payment: PaymentId,
    },
    /// Something happened to a return.
    Return {
        /// What.
        change: ReturnChange,
    },
}

/// An event of an order: the change, when, and the command key that caused it.
///
/// Events are stored for years, so their shape is versioned: each carries `schema_version`
/// ([`ORDER_EVENT_SCHEMA_VERSION`] when written now), and events written by earlier versions
/// are upcast when read (see [`crate::schema`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OrderEvent {
    /// The shape this event was written in.
    pub schema_version: u32,
    /// Idempotency key of the command.
    pub key: IdempotencyKey,
    /// Fingerprint of the command, to tell a retry from a reuse of the key.
    pub fingerprint: std::sync::Arc<str>,
    /// When the command was decided.
    pub at: DateTime<Utc>,
    /// What changed.
    pub change: OrderChange,
}

/// What an order decision reads besides the order and the command.
#[derive(Debug, Clone, Copy, Default)]
pub struct OrderContext<'a> {
    /// The return policy and the customer's eligibility context, for return requests.
    pub returns: Option<(&'a crate::returns::ReturnPolicy, &'a crate::returns::EligibilityContext)>,
}

pub use crate::schema::ORDER_EVENT_SCHEMA_VERSION;

impl OrderEvent {
    /// An event in the current schema.
    pub fn new(
        key: IdempotencyKey,
        fingerprint: impl Into<std::sync::Arc<str>>,
        at: DateTime<Utc>,
        change: OrderChange,
    ) -> OrderEvent {
        OrderEvent { schema_version: ORDER_EVENT_SCHEMA_VERSION, key, fingerprint: fingerprint.into(), at, change }
    }
}

/// The fields of a stored event.
const EVENT_FIELDS: &[&str] = &["schema_version", "key", "fingerprint", "at", "change"];

/// A change as read: typed straight away when the event declared the current version before it
/// (as every event written now does), else kept as JSON for the upcaster. (One per event read,
/// on the stack of the reader: its size does not matter.)
#[allow(clippy::large_enum_variant)]
enum ReadChange {
    Current(OrderChange),
    Stored(serde_json::Value),
}

struct EventVisitor;

impl<'de> serde::de::Visitor<'de> for EventVisitor {
    type Value = OrderEvent;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an order event")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<OrderEvent, A::Error> {
        use serde::de::Error as _;
        let (mut version, mut key, mut fingerprint, mut at, mut change) = (None, None, None, None, None);
        while let Some(field) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match field.as_ref() {
                "schema_version" => version = Some(map.next_value::<serde_json::Value>()?),
                "key" => key = Some(map.next_value::<IdempotencyKey>()?),
                "fingerprint" => fingerprint = Some(map.next_value::<std::sync::Arc<str>>()?),
                "at" => at = Some(map.next_value::<DateTime<Utc>>()?),
                "change" => {
                    let current = version.as_ref().and_then(serde_json::Value::as_u64)
                        == Some(u64::from(ORDER_EVENT_SCHEMA_VERSION));
                    change = Some(if current {
                        ReadChange::Current(map.next_value()?)
                    } else {
                        ReadChange::Stored(map.next_value()?)
                    });
                }
                other => return Err(A::Error::unknown_field(other, EVENT_FIELDS)),
            }
        }
        let key = key.ok_or_else(|| A::Error::missing_field("key"))?;
        let fingerprint = fingerprint.ok_or_else(|| A::Error::missing_field("fingerprint"))?;
        let at = at.ok_or_else(|| A::Error::missing_field("at"))?;
        let change = match change.ok_or_else(|| A::Error::missing_field("change"))? {
            ReadChange::Current(c) => c,
            ReadChange::Stored(raw) => {
                // an earlier shape (or the version after the change): the upcaster reshapes it
                let mut doc = serde_json::Map::new();
                if let Some(v) = &version {
                    doc.insert("schema_version".into(), v.clone());
                }
                doc.insert("change".into(), raw);
                let mut up =
                    crate::schema::upcast_order_event(serde_json::Value::Object(doc)).map_err(A::Error::custom)?;
                let raw = up.get_mut("change").map(serde_json::Value::take).unwrap_or_default();
                serde_json::from_value(raw).map_err(A::Error::custom)?
            }
        };
        // read in (or brought to) the current shape
        Ok(OrderEvent { schema_version: ORDER_EVENT_SCHEMA_VERSION, key, fingerprint, at, change })
    }
}

/// Reads any stored version: an event of the current version is read in one pass (no JSON tree
/// in between); an earlier one goes through the upcaster ([`crate::schema`]).
impl<'de> Deserialize<'de> for OrderEvent {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<OrderEvent, D::Error> {
        d.deserialize_struct("OrderEvent", EVENT_FIELDS, EventVisitor)
    }
}
