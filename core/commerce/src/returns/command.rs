//! What can be asked of a return.

use super::*;

/// A command on a return, sent through [`crate::order::OrderCommand::Return`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum ReturnCommand {
    /// Request a return: evaluated against the return policy in the decision's
    /// [`crate::order::OrderContext`] (the same decision as [`crate::order::returning::request_return`]).
    Request {
        /// The request.
        request: ReturnRequest,
    },
    /// Approve; with `override_reason`, denied lines are approved too (staff override).
    Approve {
        /// The return.
        return_id: ReturnId,
        /// Why staff override a denial.
        #[serde(default)]
        override_reason: Option<String>,
    },
    /// Decline.
    Decline {
        /// The return.
        return_id: ReturnId,
        /// Why.
        reason: String,
    },
    /// A return label was issued.
    IssueLabel {
        /// The return.
        return_id: ReturnId,
        /// Carrier.
        carrier: String,
        /// Tracking number.
        tracking_number: String,
    },
    /// A carrier scan of the parcel coming back.
    RecordTracking {
        /// The return.
        return_id: ReturnId,
        /// The scan.
        event: CarrierEvent,
    },
    /// Units arrived at the warehouse.
    Receive {
        /// The return.
        return_id: ReturnId,
        /// What arrived, per condition.
        items: Vec<ReceivedItem>,
    },
    /// Pay the refund (or settle the exchange) for what was received.
    Refund {
        /// The return.
        return_id: ReturnId,
        /// Payments to refund first, in order; others follow by id.
        #[serde(default)]
        payment_order: Vec<PaymentId>,
    },
    /// The refund for what was received was paid outside the library (a platform refunded it):
    /// record exactly what went where. The lines are valued as [`ReturnCommand::Refund`] values
    /// them; when less was paid, the difference shows as a restocking fee; when more, the fees
    /// are waived first and then the original shipping refunded, and beyond that the command is
    /// refused. The money comes out of the same refundable balance as every other refund.
    RecordRefund {
        /// The return.
        return_id: ReturnId,
        /// What was paid, and to what (payments or store credit).
        payouts: Vec<RefundPayout>,
    },
    /// Cancel before anything was received.
    Cancel {
        /// The return.
        return_id: ReturnId,
    },
    /// Ship the replacement of an advance exchange, due back by `deadline`.
    ShipAdvanceReplacement {
        /// The return.
        return_id: ReturnId,
        /// When the customer is charged if nothing came back.
        deadline: DateTime<Utc>,
    },
    /// Charge the customer for an advance replacement whose return never came.
    ChargeUnreturnedExchange {
        /// The return.
        return_id: ReturnId,
    },
    /// Goods lost or damaged in transit: refund or replace without a return.
    Claim {
        /// Id for the claim.
        claim_id: ReturnId,
        /// Units concerned.
        lines: Vec<LineQuantity>,
        /// Refund or replacement.
        resolution: ClaimResolution,
        /// Payments to refund first.
        #[serde(default)]
        payment_order: Vec<PaymentId>,
    },
}
