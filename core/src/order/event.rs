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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "serde_json::Value")]
pub struct OrderEvent {
    /// The shape this event was written in.
    pub schema_version: u32,
    /// Idempotency key of the command.
    pub key: IdempotencyKey,
    /// Fingerprint of the command, to tell a retry from a reuse of the key.
    pub fingerprint: String,
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

/// The schema version of order events written now.
pub const ORDER_EVENT_SCHEMA_VERSION: u32 = 2;

impl OrderEvent {
    /// An event in the current schema.
    pub fn new(key: IdempotencyKey, fingerprint: String, at: DateTime<Utc>, change: OrderChange) -> OrderEvent {
        OrderEvent { schema_version: ORDER_EVENT_SCHEMA_VERSION, key, fingerprint, at, change }
    }
}

/// The current shape, read after upcasting.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurrentOrderEvent {
    schema_version: u32,
    key: IdempotencyKey,
    fingerprint: String,
    at: DateTime<Utc>,
    change: OrderChange,
}

impl TryFrom<serde_json::Value> for OrderEvent {
    type Error = String;
    fn try_from(value: serde_json::Value) -> std::result::Result<OrderEvent, String> {
        let e: CurrentOrderEvent =
            serde_json::from_value(crate::schema::upcast_order_event(value)?).map_err(|e| e.to_string())?;
        Ok(OrderEvent {
            schema_version: e.schema_version,
            key: e.key,
            fingerprint: e.fingerprint,
            at: e.at,
            change: e.change,
        })
    }
}
