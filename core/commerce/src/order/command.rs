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
    /// A command on a return (open returns with [`Order::open_return`]).
    Return {
        /// The return command.
        command: ReturnCommand,
    },
}
