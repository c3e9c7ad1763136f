//! What can be asked of an order.

use super::*;

/// A command sent to an order.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum OrderCommand {
    /// Place a new order.
    Place {
        /// The order.
        order: NewOrder,
    },
    /// Confirm the order.
    Confirm,
    /// Put the order on hold (no new shipments).
    Hold {
        /// Why.
        reason: String,
    },
    /// Release a hold.
    Release,
    /// Cancel every unit; refused once anything is fulfilled.
    Cancel {
        /// Why.
        reason: String,
    },
    /// Cancel some unfulfilled units.
    CancelUnits {
        /// Which units.
        lines: Vec<LineQuantity>,
        /// Why.
        reason: String,
    },
    /// Put units in a shipment.
    CreateShipment {
        /// The shipment.
        shipment: NewShipment,
    },
    /// Cancel a shipment the carrier has not taken yet (pending or label created): its units go
    /// back to unfulfilled.
    CancelShipment {
        /// The shipment.
        shipment: ShipmentId,
    },
    /// Record a carrier scan.
    RecordTracking {
        /// On which shipment.
        shipment: ShipmentId,
        /// The scan.
        event: CarrierEvent,
    },
    /// Mark a shipment delivered (e.g. proof of delivery outside the carrier feed).
    MarkDelivered {
        /// Which shipment.
        shipment: ShipmentId,
        /// When.
        at: DateTime<Utc>,
    },
    /// A payment was authorised.
    AuthorizePayment {
        /// Payment id.
        payment: PaymentId,
        /// Amount.
        amount: Money,
    },
    /// A payment was captured.
    CapturePayment {
        /// Payment id.
        payment: PaymentId,
        /// Amount.
        amount: Money,
    },
    /// A payment was refunded.
    RefundPayment {
        /// Payment id.
        payment: PaymentId,
        /// Amount.
        amount: Money,
    },
    /// An authorisation was voided.
    VoidPayment {
        /// Payment id.
        payment: PaymentId,
    },
    /// A command on a return (start returns with [`crate::returns::request_return`]).
    Return {
        /// The return command.
        command: ReturnCommand,
    },
}

/// The key and time every command carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommandMeta {
    /// Idempotency key: the same command with the same key twice changes nothing.
    pub key: IdempotencyKey,
    /// The current time (the core has no clock).
    pub now: DateTime<Utc>,
    /// The version the caller last saw (optimistic concurrency): a command decided against a
    /// state at another version is refused with `store.concurrency_conflict`. `None` decides
    /// against whatever the state is.
    pub expected_version: Option<u64>,
}

impl CommandMeta {
    /// Key and time, with no expected version.
    pub fn new(key: IdempotencyKey, now: DateTime<Utc>) -> Self {
        CommandMeta { key, now, expected_version: None }
    }

    /// The same, decided only against the state at `version`.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use postpurchase::{CommandMeta, IdempotencyKey};
    /// let now = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
    /// let meta = CommandMeta::new(IdempotencyKey::new("k")?, now).expecting(3);
    /// assert_eq!(meta.expected_version, Some(3));
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    pub fn expecting(mut self, version: u64) -> Self {
        self.expected_version = Some(version);
        self
    }
}
